"""Two engines on one job store never follow or download the same job; a job another one
follows is reported, not failed, and taken over when that one stops."""

from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from pathlib import Path

from api_support import FAST_SIM, LITE

from app.api.engine import Engine
from app.core.jobs import EventKind, JobEvent, JobState
from app.offline import offline_preview
from app.store.leases import WINDOW

WAIT = 15.0


def downloads_of(sim, request_id: str) -> int:
    return sum(
        1 for r in sim.cdn_requests if r.method == "GET" and f"/outputs/{request_id}/" in r.path
    )


def finished_in(engine: Engine, job_id: str) -> asyncio.Future[JobEvent]:
    """Resolved by the first event of ``engine`` that shows the job finished."""
    done: asyncio.Future[JobEvent] = asyncio.get_running_loop().create_future()

    def seen(item: JobEvent) -> None:
        if item.job_id == job_id and item.job.state.finished and not done.done():
            done.set_result(item)

    engine.add_listener(seen)
    return done


def notices(engine: Engine) -> list[str]:
    found: list[str] = []
    engine.add_listener(
        lambda e: found.append(e.message or "") if e.kind is EventKind.NOTICE else None
    )
    return found


async def submitted(make_engine, values, count: int) -> list[str]:
    """``count`` jobs sent by an engine that then quits, as `storyreel run --no-wait` does."""
    engine = make_engine()
    try:
        jobs = [await engine.submit(LITE, values, engine="runcomfy") for _ in range(count)]
    finally:
        await engine.aclose()
    return [job.id for job in jobs]


async def test_two_engines_resuming_at_once_follow_and_download_each_job_once(
    sim, make_engine, lite_values
):
    # The jobs stay queued until both engines have looked at every one, however slowly
    # they run: a job that ended before an engine got to it is not one to follow.
    sim.timings = replace(FAST_SIM, hold=True)
    ids = await submitted(make_engine, lite_values, 3)
    first, second = make_engine(), make_engine()
    told = notices(second), notices(first)
    try:
        picked = await asyncio.gather(first.resume(), second.resume())
        mine = [[job.id for job in jobs] for jobs in picked]
        assert sorted(mine[0] + mine[1]) == sorted(ids)  # every job, each by one engine
        assert sim.release() == 3
        done = [
            await engine.wait(job_id, timeout=WAIT)
            for engine, jobs in zip((first, second), mine, strict=True)
            for job_id in jobs
        ]
    finally:
        await first.aclose()
        await second.aclose()
    assert [job.state for job in done] == [JobState.SUCCEEDED] * 3
    for job in done:
        assert downloads_of(sim, job.request_id) == 1
        assert Path(job.files[0]).read_bytes() == sim.output_path(job.request_id).read_bytes()
    said = [m for messages in told for m in messages if "another Storyreel" in m]
    assert len(said) == 3  # one line for each job the other one follows
    assert not list(first.library_dir.glob("*.part"))


async def test_a_closed_engine_asks_about_its_jobs_no_more(sim, make_engine, lite_values):
    # Its leases are released: another Storyreel may follow the jobs from now on.
    sim.timings = replace(FAST_SIM, hold=True)
    [job_id] = await submitted(make_engine, lite_values, 1)
    polls = [t for t in asyncio.all_tasks() if t.get_name().startswith("poll")]
    assert polls == []
    resumed = make_engine()
    try:
        assert [job.id for job in await resumed.resume()] == [job_id]
        sim.release()
        done = await resumed.wait(job_id, timeout=WAIT)
    finally:
        await resumed.aclose()
    assert done.state is JobState.SUCCEEDED
    assert downloads_of(sim, done.request_id) == 1


async def test_a_window_takes_over_the_jobs_another_storyreel_leaves(sim, make_engine, lite_values):
    terminal = make_engine(lease_seconds=0.6)
    job = await terminal.submit(LITE, lite_values, engine="runcomfy")
    window = make_engine(holder=WINDOW, lease_seconds=0.6)
    told = notices(window)
    try:
        window.watch_for_freed_jobs()
        assert await window.resume() == []
        assert window.followed_elsewhere.keys() == {job.id}
        assert told == [
            f"Job {job.request_id} is followed by another Storyreel command in a terminal "
            f"(process {os.getpid()}): this window takes it over if that one stops."
        ]
        finished = finished_in(window, job.id)
        await terminal.aclose()  # the terminal's command is stopped before the job finished
        done = (await asyncio.wait_for(finished, WAIT)).job
    finally:
        await terminal.aclose()
        await window.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert downloads_of(sim, done.request_id) == 1
    assert window.store.get(job.id).state is JobState.SUCCEEDED


async def test_a_window_shows_the_progress_another_storyreel_saves(sim, make_engine, lite_values):
    terminal = make_engine(lease_seconds=0.6)
    window = make_engine(holder=WINDOW, lease_seconds=0.6)
    try:
        window.watch_for_freed_jobs()
        await window.resume()
        # A job sent from a terminal while the window is open appears in it, and so does
        # its end, which the terminal saves.
        job = await terminal.submit(LITE, lite_values, engine="runcomfy")
        seen = finished_in(window, job.id)
        await terminal.wait(job.id, timeout=WAIT)
        shown = (await asyncio.wait_for(seen, WAIT)).job
    finally:
        await terminal.aclose()
        await window.aclose()
    assert shown.state is JobState.SUCCEEDED and shown.files
    assert downloads_of(sim, shown.request_id) == 1


async def test_an_output_another_storyreel_already_saved_is_kept_not_fetched_again(
    sim, make_engine, lite_values
):
    # The other Storyreel renamed the complete file into place and died before saving that.
    [job_id] = await submitted(make_engine, lite_values, 1)
    first = make_engine()
    try:
        await first.resume()
        done = await first.wait(job_id, timeout=WAIT)
    finally:
        await first.aclose()
    job = first.store.get(job_id)
    job.state, job.files = JobState.DOWNLOADING, []
    first.store.update(job)
    second = make_engine()
    try:
        await second.resume()
        again = await second.wait(job_id, timeout=WAIT)
    finally:
        await second.aclose()
    assert again.state is JobState.SUCCEEDED and again.files == done.files
    assert downloads_of(sim, done.request_id) == 1


async def test_a_job_taken_over_while_this_engine_froze_is_let_go_not_failed(
    tmp_path, catalogue, lite_values, monkeypatch
):
    from api_support import FAST_POLL, FAST_RETRY, TOKEN

    from app.core.errors import FollowedElsewhere
    from app.core.settings import Settings
    from app.sim.server import SimServer, Timings
    from app.store import JobStore
    from app.store.leases import LeaseBook

    with SimServer(TOKEN, timings=Timings(queue_seconds=0.05, run_seconds=0.1, hold=True)) as sim:
        monkeypatch.setenv("RUNCOMFY_API_BASE", sim.api_base)
        monkeypatch.setenv("RUNCOMFY_API_TOKEN", sim.token)
        store = JobStore(tmp_path / "jobs.sqlite3")
        engine = Engine(
            store=store,
            catalogue=catalogue,
            library_dir=tmp_path / "library",
            settings=Settings(api_base=sim.api_base),
            poll_timings=FAST_POLL,
            retry=FAST_RETRY,
            lease_seconds=0.6,
            offline=offline_preview,
        )
        told = notices(engine)
        try:
            job = await engine.submit(LITE, lite_values, engine="runcomfy")
            # While it did not answer, its lease lapsed and another Storyreel took the job.
            other = LeaseBook(store)
            store.execute("UPDATE jobs SET lease_until = 0 WHERE id = ?", (job.id,))
            assert other.take(job.id)
            sim.release()
            try:
                await engine.wait(job.id, timeout=WAIT)
            except FollowedElsewhere as exc:
                assert "Another Storyreel took this job over" in str(exc)
            else:
                raise AssertionError("the engine kept following a job it no longer holds")
        finally:
            await engine.aclose()
            store.close()
        assert store_state(tmp_path, job.id) is JobState.QUEUED  # left to the new holder
        assert any("Another Storyreel took this job over" in m for m in told)
        assert downloads_of(sim, job.request_id) == 0


def store_state(tmp_path: Path, job_id: str) -> JobState:
    from app.store import JobStore

    with JobStore(tmp_path / "jobs.sqlite3") as store:
        return store.get(job_id).state
