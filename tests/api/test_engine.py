"""The Engine end to end through the simulator: jobs run once, are never lost, and say why."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace
from pathlib import Path

import av
import pytest
from api_support import FAST_POLL, LITE, TOKEN

from app.api.engine import Engine, PriceEstimate, learned_run_time
from app.api.polling import expected_run_seconds
from app.core.errors import AuthError, PriceUnavailable, StoryreelError, ValidationError
from app.core.jobs import UNCERTAIN_HELP, EventKind, Job, JobEvent, JobState
from app.offline import offline_factory
from app.sim.faults import Fault
from app.sim.server import Timings
from app.store import JobStore

WAIT = 15.0
PRO = "bytedance/seedance-1-0/pro/image-to-video"


class Events:
    """Every event, with the state the store held for that job at the moment it was sent."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.items: list[JobEvent] = []
        self.saved_states: list[JobState | None] = []
        self.remove = engine.add_listener(self)

    def __call__(self, item: JobEvent) -> None:
        self.items.append(item)
        saved = self.engine.store.get(item.job_id)
        self.saved_states.append(saved.state if saved else None)

    def states(self, job_id: str) -> list[JobState]:
        """The states this job was announced in, each run of repeats counted once."""
        states = [
            e.job.state
            for e in self.items
            if e.kind in (EventKind.CREATED, EventKind.CHANGED) and e.job_id == job_id
        ]
        return [s for i, s in enumerate(states) if i == 0 or states[i - 1] != s]

    def notices(self, job_id: str) -> list[str]:
        return [
            e.message or "" for e in self.items if e.kind is EventKind.NOTICE and e.job_id == job_id
        ]


def submit_requests(sim) -> int:
    return sum(1 for r in sim.requests_log if r.kind == "submit")


async def test_a_job_runs_to_a_downloaded_file(sim, make_engine, lite_values, tmp_path):
    engine = make_engine()
    events = Events(engine)
    try:
        price = await engine.estimate(LITE, lite_values, "runcomfy")
        assert price == PriceEstimate(0.036, "second", 0.18, price.note)
        job = await engine.submit(LITE, lite_values, engine="runcomfy", origin={"shot": 3})
        assert job.state is JobState.QUEUED and job.request_id
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert done.cost == pytest.approx(0.18)
    assert (done.unit_price, done.price_unit, done.price_estimate) == (0.036, "second", 0.18)
    assert done.origin == {"shot": 3}
    assert done.submitted_at <= done.started_at <= done.finished_at
    (file,) = done.files
    assert Path(file).parent == tmp_path / "library"
    assert Path(file).name.endswith(f"_{done.request_id}.mp4")
    assert "a-lighthouse-at-dusk" in Path(file).name
    assert Path(file).read_bytes() == sim.output_path(done.request_id).read_bytes()
    assert done.sent_inputs["first_frame_image_url"].startswith("data:image/png, ")
    assert events.states(job.id)[:3] == [JobState.PENDING, JobState.SUBMITTING, JobState.QUEUED]
    assert events.states(job.id)[-2:] == [JobState.DOWNLOADING, JobState.SUCCEEDED]
    assert events.items[0].kind is EventKind.CREATED
    # Saved first, announced second: the store already held each announced state.
    for item, saved in zip(events.items, events.saved_states, strict=True):
        if item.kind in (EventKind.CREATED, EventKind.CHANGED):
            assert saved is item.job.state
    assert len(sim.submissions) == 1
    assert engine.jobs()[0].id == job.id


async def test_the_key_is_never_sent_to_the_output_host_nor_stored(sim, make_engine, lite_values):
    engine = make_engine()
    seen: list[str] = []
    engine.add_listener(lambda e: seen.append(repr(e)))
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert sim.cdn_requests and not any(r.has_header("Authorization") for r in sim.cdn_requests)
    assert all(r.has_header("Authorization") for r in sim.requests_log)
    database = engine.store.path
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert TOKEN.encode() not in stored
    assert b"base64," not in stored
    assert not any(TOKEN in text for text in seen)
    assert TOKEN not in repr(engine)


async def test_a_lost_answer_makes_the_job_uncertain_and_it_is_never_resent(
    sim, make_engine, lite_values
):
    sim.api_faults.add(Fault("lose_submit_answer"))
    engine = make_engine()
    events = Events(engine)
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        assert await engine.resume() == []
    finally:
        await engine.aclose()
    assert job.state is JobState.UNCERTAIN
    assert UNCERTAIN_HELP in job.error
    assert UNCERTAIN_HELP in events.notices(job.id)
    assert events.states(job.id) == [JobState.PENDING, JobState.SUBMITTING, JobState.UNCERTAIN]
    assert len(sim.submissions) == 1 and submit_requests(sim) == 1
    again = make_engine()
    try:
        assert await again.resume() == []
    finally:
        await again.aclose()
    assert submit_requests(sim) == 1


async def test_a_refused_submission_is_failed_as_not_sent(sim, make_engine, lite_values):
    sim.api_faults.add(Fault("status_429", count=10, match="submit", retry_after=0))
    engine = make_engine()
    events = Events(engine)
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
    finally:
        await engine.aclose()
    assert job.state is JobState.FAILED
    assert job.error.startswith("Not sent: ")
    assert events.states(job.id) == [
        JobState.PENDING,
        JobState.SUBMITTING,
        JobState.PENDING,
        JobState.FAILED,
    ]
    assert sim.submissions == []


async def test_nothing_is_sent_without_a_live_price(sim, make_engine, lite_values):
    sim.api_faults.add(Fault("status_503", count=20, match="model", retry_after=0))
    engine = make_engine()
    try:
        with pytest.raises(PriceUnavailable, match="could not be read, so nothing is sent"):
            await engine.submit(LITE, lite_values, engine="runcomfy")
        sim.api_faults.clear()
        shown = await engine.estimate(LITE, lite_values, "runcomfy")
        sim.set_price(LITE, 0.05, "second")
        with pytest.raises(PriceUnavailable, match=r"changed from \$0.036 per second to \$0.05"):
            await engine.submit(LITE, lite_values, engine="runcomfy", expected_price=shown)
    finally:
        await engine.aclose()
    assert engine.jobs() == []
    assert sim.submissions == []


async def test_invalid_values_and_a_missing_key_are_refused_before_anything(
    sim, make_engine, lite_values, monkeypatch
):
    engine = make_engine()
    try:
        with pytest.raises(ValidationError, match="resolution"):
            await engine.submit(LITE, {**lite_values, "resolution": "8k"}, engine="runcomfy")
        monkeypatch.delenv("RUNCOMFY_API_TOKEN")
        with pytest.raises(AuthError, match="No RunComfy API key is set"):
            await engine.submit(LITE, lite_values, engine="runcomfy")
    finally:
        await engine.aclose()
    assert engine.jobs() == []
    assert sim.requests_log == []


async def test_the_client_is_prepared_ahead_without_sending_anything(
    sim, make_engine, lite_values, monkeypatch
):
    import app.api.backends as backends_module

    made = []

    class Counted(backends_module.RunComfyClient):
        def __init__(self, *args, **kw):
            made.append(args[0])
            super().__init__(*args, **kw)

    monkeypatch.setattr(backends_module, "RunComfyClient", Counted)
    engine = make_engine()
    try:
        assert await engine.prepare()
        assert sim.requests_log == [] and made == [sim.api_base]
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        assert (await engine.wait(job.id, timeout=WAIT)).state is JobState.SUCCEEDED
        assert made == [sim.api_base]  # the first submission used the prepared client
        monkeypatch.delenv("RUNCOMFY_API_TOKEN")
        fresh = make_engine()
        assert not await fresh.prepare()  # no key: the first submission will say so
        await fresh.aclose()
    finally:
        await engine.aclose()


async def test_a_broken_image_fails_the_job_without_sending_it(sim, make_engine, lite_values):
    engine = make_engine()
    try:
        values = {**lite_values, "first_frame_image_url": "/no/such/frame.png"}
        job = await engine.submit(LITE, values, engine="runcomfy")
    finally:
        await engine.aclose()
    assert job.state is JobState.FAILED
    assert "does not exist" in job.error
    assert sim.submissions == []


async def test_a_job_survives_a_crash_and_finishes_after_resume(sim, make_engine, lite_values):
    sim.timings = Timings(hold=True, render=False)
    first = make_engine()
    job = await first.submit(LITE, lite_values, engine="runcomfy")
    assert job.state is JobState.QUEUED
    await first.aclose()  # the app quits; the job stays queued on the server
    assert first.store.get(job.id).state is JobState.QUEUED

    second = make_engine()
    try:
        resumed = await second.resume()
        assert [j.id for j in resumed] == [job.id]
        sim.release()
        done = await second.wait(job.id, timeout=WAIT)
    finally:
        await second.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert Path(done.files[0]).read_bytes() == sim.output_path(done.request_id).read_bytes()
    assert len(sim.submissions) == 1 and submit_requests(sim) == 1


async def test_a_job_that_finished_while_the_app_was_closed_is_downloaded(
    sim, make_engine, lite_values
):
    sim.timings = Timings(hold=True, render=False)
    first = make_engine()
    job = await first.submit(LITE, lite_values, engine="runcomfy")
    await first.aclose()
    sim.release()
    await asyncio.to_thread(sim.wait_state, job.request_id, "succeeded")
    second = make_engine()
    try:
        await second.resume()
        done = await second.wait(job.id, timeout=WAIT)
    finally:
        await second.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert done.cost == pytest.approx(0.18)
    assert Path(done.files[0]).read_bytes() == sim.output_path(done.request_id).read_bytes()
    assert len(sim.submissions) == 1


async def test_jobs_caught_mid_way_are_resumed_without_resending(
    sim, make_engine, lite_values, tmp_path
):
    store = JobStore(tmp_path / "jobs.sqlite3")
    sending = Job(LITE, dict(lite_values), api_base=sim.api_base, state=JobState.SUBMITTING)
    waiting = Job(LITE, dict(lite_values), api_base=sim.api_base)
    preview = Job(LITE, dict(lite_values), engine="offline", state=JobState.RUNNING)
    preview.request_id = "lost-preview"
    for job in (sending, waiting, preview):
        store.add(job)
    store.close()
    engine = make_engine()
    events = Events(engine)
    try:
        resumed = {j.id: j for j in await engine.resume()}
    finally:
        await engine.aclose()
    assert resumed[sending.id].state is JobState.UNCERTAIN
    assert UNCERTAIN_HELP in events.notices(sending.id)
    assert resumed[waiting.id].state is JobState.FAILED
    assert "Nothing was charged" in resumed[waiting.id].error
    assert resumed[preview.id].state is JobState.FAILED
    assert "offline preview" in resumed[preview.id].error
    assert sim.requests_log == []


async def test_an_interrupted_download_is_finished_by_resume(sim, make_engine, lite_values):
    sim.cdn_faults.add(Fault("slow_download", bytes_per_second=300))
    first = make_engine()
    receiving = asyncio.Event()
    first.add_listener(lambda e: receiving.set() if e.kind is EventKind.PROGRESS else None)
    job = await first.submit(LITE, lite_values, engine="runcomfy")
    await asyncio.wait_for(receiving.wait(), WAIT)
    await first.aclose()  # quits mid-download
    assert first.store.get(job.id).state is JobState.DOWNLOADING
    assert list((first.library_dir).glob("*.part"))
    sim.cdn_faults.clear()
    second = make_engine()
    try:
        await second.resume()
        done = await second.wait(job.id, timeout=WAIT)
    finally:
        await second.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert Path(done.files[0]).read_bytes() == sim.output_path(done.request_id).read_bytes()
    resumed_from = sim.cdn_requests[-1].header("Range")
    assert resumed_from and resumed_from != "bytes=0-"
    assert len(sim.submissions) == 1


async def test_a_job_that_fails_on_the_server_says_why(sim, make_engine, lite_values):
    sim.api_faults.add(Fault("fail_job", message="Content policy: the frame was refused."))
    engine = make_engine()
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.FAILED
    assert (
        done.error == "RunComfy could not make this video: Content policy: the frame was refused."
    )


async def test_polling_trouble_is_survived(sim, make_engine, lite_values):
    engine = make_engine()
    try:
        sim.api_faults.add(Fault("status_500", count=12, match="status"))
        sim.api_faults.add(Fault("drop", count=3, match="result"))
        sim.api_faults.add(Fault("non_json", count=2, match="result"))
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error


async def test_cancel_retry_and_remove(sim, make_engine, lite_values):
    sim.timings = Timings(hold=True, render=False)
    engine = make_engine()
    events = Events(engine)
    try:
        queued = await engine.submit(LITE, lite_values, engine="runcomfy")
        with pytest.raises(StoryreelError, match="cannot be removed"):
            await engine.remove(queued.id)
        with pytest.raises(StoryreelError, match="wait for it or cancel it"):
            await engine.retry(queued.id)
        assert await engine.cancel(queued.id) == "cancelled"
        assert engine.store.get(queued.id).state is JobState.CANCELLED
        assert sim.state(queued.request_id) == "cancelled"

        again = await engine.retry(queued.id)
        assert again.id != queued.id and again.request_id != queued.request_id
        assert again.inputs == queued.inputs
        # No longer held in the queue, it starts at once, and is held while it runs.
        sim.timings = Timings(queue_seconds=0, run_seconds=0, render=False, hold_running=True)
        await asyncio.to_thread(sim.wait_state, again.request_id, "in_progress")
        assert await engine.cancel(again.id) == "not_cancellable"
        sim.release()
        assert (await engine.wait(again.id, timeout=WAIT)).state is JobState.SUCCEEDED

        await engine.remove(queued.id)
        assert engine.store.get(queued.id) is None
        assert [e.kind for e in events.items if e.job_id == queued.id][-1] is EventKind.REMOVED
        assert await engine.cancel(again.id) == "not_cancellable"
    finally:
        await engine.aclose()
    assert len(sim.submissions) == 2


async def test_subscribers_see_every_event_until_the_engine_closes(sim, make_engine, lite_values):
    engine = make_engine()
    stream = engine.subscribe()
    job = await engine.submit(LITE, lite_values, engine="runcomfy")
    await engine.wait(job.id, timeout=WAIT)
    await engine.aclose()
    items = [item async for item in stream]
    assert items[0].kind is EventKind.CREATED
    assert items[-1].job.state is JobState.SUCCEEDED
    assert {item.job_id for item in items} == {job.id}


async def test_a_long_running_job_is_flagged_and_kept(sim, make_engine, lite_values):
    sim.timings = Timings(queue_seconds=0, run_seconds=0, render=False, hold_running=True)
    engine = make_engine(poll_timings=replace(FAST_POLL, long_minimum=0.3, long_absolute=0.3))
    flagged = asyncio.Event()
    engine.add_listener(
        lambda e: (
            flagged.set() if e.kind is EventKind.NOTICE and "not cancelled" in e.message else None
        )
    )
    try:
        job = await engine.submit(LITE, lite_values, engine="runcomfy")
        await asyncio.wait_for(flagged.wait(), WAIT)
        assert engine.store.get(job.id).long_running is True
        assert engine.store.get(job.id).state is JobState.RUNNING
        sim.release()
        done = await engine.wait(job.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED and done.long_running


async def test_offline_previews_never_teach_the_eta_of_runcomfy_jobs(sim, make_engine, lite_values):
    sim.timings = Timings(queue_seconds=0, run_seconds=0.8, render=False)
    engine = make_engine(
        offline=offline_factory(Timings(queue_seconds=0, run_seconds=0.02, render=False))
    )
    try:
        previews = [await engine.submit(LITE, lite_values, engine="offline") for _ in range(3)]
        for preview in previews:
            assert (await engine.wait(preview.id, timeout=WAIT)).state is JobState.SUCCEEDED
        paid = await engine.submit(LITE, lite_values, engine="runcomfy")
        assert (await engine.wait(paid.id, timeout=WAIT)).state is JobState.SUCCEEDED
    finally:
        await engine.aclose()
    # What the queue shows as the usual run time of a job like this one, per engine.
    paid_history = engine.store.durations(LITE, JobStore.duration_key(paid))
    preview_history = engine.store.durations(LITE, JobStore.duration_key(previews[0]))
    assert len(paid_history) == 1 and len(preview_history) == 3
    assert paid_history[0] >= 0.7 > max(preview_history)
    assert expected_run_seconds(paid_history, 5, "480p", offline=False) == paid_history[0]


async def test_clips_of_other_lengths_teach_the_run_time_of_a_new_length(
    sim, make_engine, lite_values
):
    # Seedance 1.0 Pro takes any length from 2 to 12 s. As on RunComfy, longer clips take
    # longer: here 0.3 s plus 0.1 s per second of video.
    sim.timings = Timings(
        queue_seconds=0, run_seconds=0.3, run_seconds_per_clip_second=0.1, render=False
    )
    engine = make_engine()
    try:
        for seconds in (3, 5, 7):
            job = await engine.submit(PRO, {**lite_values, "duration": seconds}, engine="runcomfy")
            assert (await engine.wait(job.id, timeout=WAIT)).state is JobState.SUCCEEDED
    finally:
        await engine.aclose()
    ten = Job(model_id=PRO, inputs={**lite_values, "duration": 10}, engine="runcomfy")
    seconds, trusted, _ = learned_run_time(engine.store, ten)
    assert trusted and seconds == pytest.approx(1.3, abs=0.25)
    # Another resolution, or the offline preview, learns nothing from them.
    sharp = Job(model_id=PRO, inputs={**lite_values, "resolution": "720p"}, engine="runcomfy")
    assert learned_run_time(engine.store, sharp) is None
    preview = Job(model_id=PRO, inputs={**lite_values, "duration": 10}, engine="offline")
    assert learned_run_time(engine.store, preview) is None


@pytest.mark.slow
async def test_the_offline_preview_renders_a_real_video(sim, make_engine, tmp_path):
    from PIL import Image

    first = tmp_path / "first.png"
    Image.new("RGB", (640, 360), (200, 60, 40)).save(first)
    engine = make_engine()
    try:
        price = await engine.estimate(LITE, {}, "offline")
        assert (price.unit_price, price.estimate) == (0.0, 0.0)
        job = await engine.submit(
            LITE,
            {"prompt": "A red card", "first_frame_image_url": str(first), "duration": 5},
            engine="offline",
        )
        done = await engine.wait(job.id, timeout=60)
    finally:
        await engine.aclose()
    assert done.state is JobState.SUCCEEDED, done.error
    assert done.engine == "offline" and done.api_base.startswith("http://127.0.0.1:")
    assert done.cost == 0
    with av.open(done.files[0]) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        size = (stream.codec_context.width, stream.codec_context.height)
    assert frames == 5 * 24
    assert min(size) == 480
    assert sim.submissions == []  # the test's own simulator was not used
    port = int(done.api_base.rsplit(":", 1)[1])
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass  # the embedded preview server stopped with the engine


async def test_an_engine_without_the_offline_preview_refuses_previews_and_saves_nothing(
    sim, make_engine, lite_values
):
    engine = make_engine(offline=None)
    try:
        with pytest.raises(StoryreelError, match="offline preview engine is not part of"):
            await engine.submit(LITE, lite_values, engine="offline")
        paid = await engine.submit(LITE, lite_values, engine="runcomfy")
        assert (await engine.wait(paid.id, timeout=WAIT)).state is JobState.SUCCEEDED
    finally:
        await engine.aclose()
    assert [job.id for job in engine.jobs()] == [paid.id]


async def test_an_unknown_engine_is_refused_before_anything_is_saved(make_engine, lite_values):
    engine = make_engine()
    try:
        with pytest.raises(ValueError, match="Unknown engine 'cloud'"):
            await engine.submit(LITE, lite_values, engine="cloud")
    finally:
        await engine.aclose()
    assert engine.jobs() == []
