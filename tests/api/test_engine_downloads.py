"""A made video is never given up for a reason that may pass, and a foreground wait ends.

Through the Engine and the simulator: a download that cannot be saved here, or whose server
keeps breaking off, leaves the job waiting for its download (with the reason) until Retry
download, a resume or the next start fetches it; only an output the CDN no longer has fails
it. Each job downloads into the folder it recorded. ``follow`` (the command line's wait) ends
at once for a refused key and after its patience for an API that keeps failing, while the
engine itself keeps following the job.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from api_support import FAST_SIM, LITE

from app.core.errors import FollowStopped, StoryreelError
from app.core.jobs import EventKind, JobState
from app.sim.faults import Fault

WAIT = 15.0


def block_folder(folder: Path) -> None:
    """A file where the folder should be: it can be neither made nor written into."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")


async def test_a_video_that_cannot_be_saved_waits_and_retry_download_fetches_it(
    sim, make_engine, lite_values, tmp_path
):
    library = tmp_path / "library"
    block_folder(library)
    engine = make_engine()
    notices: list[str] = []
    engine.add_listener(lambda e: notices.append(e.message) if e.kind is EventKind.NOTICE else 0)
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        waiting = await engine.follow(job.id, patience=WAIT)
        assert waiting.state is JobState.DOWNLOAD_WAITING
        assert "is a file, not a folder" in waiting.error
        assert "choose Retry download in the queue or run `storyreel resume`" in waiting.error
        assert waiting.error in notices
        # Saved as waiting: `storyreel resume` and the next start find it.
        assert [j.id for j in engine.store.unfinished()] == [job.id]
        # Retry (a new, paid job) is refused: the video only needs fetching.
        with pytest.raises(StoryreelError, match="use Retry download"):
            await engine.retry(job.id)
        library.unlink()
        again = await engine.retry_download(job.id)
        assert again.state is JobState.DOWNLOADING and again.error is None
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert Path(done.files[0]).parent == library
    assert Path(done.files[0]).read_bytes() == sim.output_path(done.request_id).read_bytes()
    assert len(sim.submissions) == 1


async def test_a_waiting_download_is_fetched_at_the_next_start(
    sim, make_engine, lite_values, tmp_path
):
    library = tmp_path / "library"
    block_folder(library)
    first = make_engine()
    try:
        job = await first.submit(LITE, lite_values, engine="runcomfy")
        assert (await first.follow(job.id, patience=WAIT)).state is JobState.DOWNLOAD_WAITING
    finally:
        await first.aclose()
    library.unlink()
    second = make_engine()
    try:
        [resumed] = await second.resume()
        assert resumed.state is JobState.DOWNLOADING
        done = await second.wait(job.id, timeout=WAIT)
    finally:
        await second.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert len(sim.submissions) == 1


async def test_a_server_that_keeps_breaking_off_leaves_the_job_waiting(
    sim, make_engine, lite_values
):
    sim.cdn_faults.add(Fault("truncate_download", count=100))
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        waiting = await engine.follow(job.id, patience=WAIT)
        assert waiting.state is JobState.DOWNLOAD_WAITING
        assert "kept breaking off" in waiting.error and "12 tries" in waiting.error
        sim.cdn_faults.clear()
        await engine.retry_download(job.id)
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert Path(done.files[0]).read_bytes() == sim.output_path(done.request_id).read_bytes()


async def test_an_output_the_cdn_no_longer_has_fails_pointing_to_the_history(
    sim, make_engine, lite_values, tmp_path
):
    library = tmp_path / "library"
    block_folder(library)
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        waiting = await engine.follow(job.id, patience=WAIT)
        sim.output_path(waiting.request_id).unlink()
        library.unlink()
        await engine.retry_download(job.id)
        failed = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert failed.state is JobState.FAILED
    assert "HTTP 404" in failed.error and "generation history on RunComfy" in failed.error


async def test_only_a_waiting_download_can_be_retried(sim, make_engine, lite_values):
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        await engine.wait(job.id, timeout=WAIT)
        with pytest.raises(Exception, match="only a download that is waiting"):
            await engine.retry_download(job.id)
    finally:
        await engine.aclose()


async def test_each_job_downloads_into_the_folder_it_recorded(
    sim, make_engine, lite_values, tmp_path
):
    sim.timings = replace(FAST_SIM, hold=True)
    first = make_engine(library_dir=tmp_path / "asked")
    try:
        job = await first.submit(LITE, lite_values, engine="runcomfy")
        assert job.output_folder == str(tmp_path / "asked")
    finally:
        await first.aclose()
    # Resumed by a run whose own folder is another one (another --out, changed Settings).
    second = make_engine(library_dir=tmp_path / "elsewhere")
    try:
        await second.resume()
        sim.release()
        done = await second.wait(job.id, timeout=WAIT)
    finally:
        await second.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert Path(done.files[0]).parent == tmp_path / "asked"
    assert not (tmp_path / "elsewhere").exists()


async def test_a_refused_key_ends_a_foreground_wait_at_once_and_the_engine_keeps_following(
    sim, make_engine, lite_values
):
    sim.timings = replace(FAST_SIM, hold=True)
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        token, sim.token = sim.token, "a-key-revoked-since"
        with pytest.raises(FollowStopped, match="refused the API key") as stopped:
            await engine.follow(job.id, patience=WAIT)
        assert "`storyreel resume` continues it" in str(stopped.value)
        assert engine.store.get(job.id).state is JobState.QUEUED
        # The window's engine never gives up: once the key works again, the job ends.
        sim.token = token
        sim.release()
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error


async def test_an_api_that_keeps_failing_ends_a_foreground_wait_after_its_patience(
    sim, make_engine, lite_values
):
    sim.timings = replace(FAST_SIM, hold=True)
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        for kind in ("status", "result"):
            sim.api_faults.add(Fault("status_503", count=100_000, match=kind, retry_after=0))
        with pytest.raises(FollowStopped, match="got no answer about request") as stopped:
            await engine.follow(job.id, patience=0.5)
        assert "The job is saved" in str(stopped.value)
        assert engine.store.get(job.id).state is JobState.QUEUED
        sim.api_faults.clear()
        sim.release()
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
