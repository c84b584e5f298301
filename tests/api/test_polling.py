"""The poll scheduler: adaptive intervals, a shared 429 pause, and jobs that are never dropped."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field, replace

import pytest
from api_support import FAST_POLL, FAST_RETRY, LITE, TOKEN, ArrivalClock

from app.api.client import Result, RunComfyClient
from app.api.encoding import encode_inputs
from app.api.polling import (
    PollScheduler,
    PollTimings,
    QueuePace,
    RunTimeLine,
    expected_run_seconds,
    poll_interval,
    run_spread,
)
from app.core.errors import JobGone
from app.sim.faults import Fault
from app.sim.server import SimServer, Timings

PRO = "bytedance/seedance-1-0/pro/image-to-video"  # takes any clip length from 2 to 12 s

# --- the intervals themselves ----------------------------------------------------------------


def test_a_job_further_back_in_the_queue_is_asked_less_often():
    def at(position: int, **kw) -> float:
        return poll_interval(
            running=False, position=position, started_at=None, expected=60, now=0, **kw
        )

    timings = PollTimings()
    # Before the queue's pace is known: by position, but at least every 10 s.
    unknown = [at(p) for p in (1, 2, 5, 10, 40)]
    assert unknown == sorted(unknown)
    assert unknown[0] <= 4 and unknown[-1] == timings.unknown_pace_interval
    # A slow queue (one job every 10 s): when it should start, at most a minute ahead, even
    # at the front (its place tells nothing the pace does not).
    slow = [at(p, queue_wait=p * 10, confident=False) for p in (1, 2, 5, 10, 40)]
    assert slow == sorted(slow) and slow[-1] == timings.max_interval
    assert slow[0] == 10.0
    # A quick queue: asked when it should have started ...
    assert at(10, queue_wait=3.0, confident=False) == 3.0
    # ... or, when its run time is known, once it should be done.
    done_by = poll_interval(
        running=False,
        position=10,
        started_at=None,
        expected=5,
        now=0,
        queue_wait=3.0,
        confident=True,
        spread=0.0,
    )
    assert done_by == pytest.approx(3.0 + 5 + timings.aim_after)


def test_only_the_front_of_the_queue_is_asked_often_before_its_pace_is_known():
    def at(position: int, probe: bool) -> float:
        return poll_interval(
            running=False, position=position, started_at=None, expected=60, now=0, probe=probe
        )

    timings = PollTimings()
    # The job at the front of those followed learns the pace for every job behind it, which
    # is asked by its place alone until then (and re-planned as soon as the pace is known).
    assert at(40, probe=True) == timings.unknown_pace_interval
    assert at(40, probe=False) == timings.max_interval
    assert at(2, probe=False) == at(2, probe=True) < timings.unknown_pace_interval


def test_a_queue_that_does_not_move_is_asked_less_and_less_often():
    def at(position: int, unmoved: int, probe: bool = True) -> float:
        return poll_interval(
            running=False,
            position=position,
            started_at=None,
            expected=60,
            now=0,
            probe=probe,
            unmoved=unmoved,
        )

    timings = PollTimings()
    # The front of the queue, its pace unknown: 2 s, then twice as long each time it is found
    # at the same place, but still at least every 10 s (it learns the pace for the others).
    assert [at(1, n) for n in range(5)] == [2.0, 4.0, 8.0, 10.0, 10.0]
    # Further back, up to a minute.
    assert at(3, 0, probe=False) == 5.0
    assert at(3, 2, probe=False) == 20.0
    assert at(3, 9, probe=False) == timings.max_interval


def test_the_queue_pace_is_learned_from_moves_and_starts():
    pace = QueuePace()
    assert pace.per_second is None and pace.wait(5) is None
    pace.moved(4, 2.0)
    pace.moved(0, 2.0)
    assert pace.per_second == pytest.approx(1.0)
    assert pace.wait(5) == pytest.approx(4.5)
    for at in (10.0, 10.5, 11.0, 11.5):
        pace.started(at)
    assert pace.per_second == pytest.approx(2.0)


def test_a_running_job_is_asked_rarely_early_and_densely_near_its_expected_end():
    def at(now: float, **kw) -> float:
        return poll_interval(running=True, position=None, started_at=0, expected=30, now=now, **kw)

    timings = PollTimings()
    assert at(1) == pytest.approx(30 - 6 - 1)  # straight to the dense window (20 % of 30 s)
    assert at(25) == timings.near_finish
    assert at(30) == timings.near_finish
    assert at(35) == timings.near_finish
    assert timings.near_finish < at(45) < at(80) <= timings.max_interval
    assert at(1000) == timings.max_interval  # a job far overdue is still asked once a minute
    # With no history to trust, never sleep longer than the job has already run.
    assert at(10, confident=False) == 10


def test_failures_back_off_and_are_capped():
    waits = [
        poll_interval(running=True, position=None, started_at=0, expected=9, now=3, failures=n)
        for n in (1, 2, 3, 10)
    ]
    assert waits[0] < waits[1] < waits[2]
    assert waits[3] <= PollTimings().max_failure_backoff * 1.2


def test_expected_durations_come_from_history_then_from_defaults():
    assert expected_run_seconds([30, 40, 500], 5, "480p", offline=False) == 40
    short = expected_run_seconds([], 5, "480p", offline=False)
    assert short < expected_run_seconds([], 10, "480p", offline=False)
    assert short < expected_run_seconds([], 5, "1080p", offline=False)
    assert expected_run_seconds([], 5, "480p", offline=True) < 5
    assert run_spread([10, 10.5]) is None
    assert run_spread([10, 10, 10, 30]) == 0  # one outlier does not make a history unsteady


def fitted_run_seconds(runs, length):
    line = RunTimeLine.fit(runs)
    return None if line is None else (line.seconds(length), line.spread)


def test_runs_of_other_lengths_predict_a_new_length():
    # Run time grows with clip length: 10 s plus 3 s per second of video.
    runs = [(2, 16.0), (4, 22.0), (6, 28.0), (4, 22.0)]
    expected, spread = fitted_run_seconds(runs, 10)
    assert expected == pytest.approx(40.0) and spread == pytest.approx(0.0)
    # One odd run (a busy moment on the server) neither tilts the line nor hides it.
    expected, spread = fitted_run_seconds([*runs, (2, 90.0)], 10)
    assert expected == pytest.approx(40.0) and spread == pytest.approx(0.0)
    # Runs that stray from the line say so, and the scheduler then asks densely near the end.
    _, loose = fitted_run_seconds([(2, 12.0), (2, 20.0), (6, 24.0), (6, 32.0)], 4)
    assert loose > 2
    # Too few runs, or a single length, predict nothing.
    assert fitted_run_seconds(runs[:2], 10) is None
    assert fitted_run_seconds([(5, 30.0), (5, 31.0), (5, 29.0)], 10) is None
    # Runs that happen to get quicker with length never predict a longer clip to be quicker.
    falling = [(2, 30.0), (4, 20.0), (6, 10.0)]
    assert fitted_run_seconds(falling, 12)[0] >= fitted_run_seconds(falling, 2)[0] > 0


def test_steady_history_aims_just_after_the_expected_end():
    timings = PollTimings()
    first = poll_interval(running=True, position=None, started_at=0, expected=20, now=1, spread=0.5)
    assert first == pytest.approx(20 - 1 + 0.25 + timings.aim_after)


# --- the scheduler against the simulator ----------------------------------------------------


@dataclass
class Recorder:
    """A PollListener that keeps everything it is told and lets tests await outcomes."""

    positions: dict[str, list[int | None]] = field(default_factory=dict)
    started: dict[str, float] = field(default_factory=dict)
    finished: dict[str, Result] = field(default_factory=dict)
    settled: dict[str, tuple[float, float]] = field(default_factory=dict)
    gone: dict[str, JobGone] = field(default_factory=dict)
    notices: list[tuple[str, str, bool]] = field(default_factory=list)
    failing: dict[str, list[float]] = field(default_factory=dict)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def job_queued(self, job_id, position):
        self.positions.setdefault(job_id, []).append(position)
        self.changed.set()

    def job_running(self, job_id, started_at):
        self.started[job_id] = started_at
        self.changed.set()

    def job_finished(self, job_id, result, started_at, finished_at):
        assert started_at <= finished_at
        self.finished[job_id] = result
        self.settled[job_id] = (started_at, finished_at)
        self.changed.set()

    def job_gone(self, job_id, error):
        self.gone[job_id] = error
        self.changed.set()

    def job_notice(self, job_id, message, *, long_running=False):
        self.notices.append((job_id, message, long_running))
        self.changed.set()

    def job_poll_failed(self, job_id, error, failing_for):
        self.failing.setdefault(job_id, []).append(failing_for)

    async def until(self, condition, timeout: float = 10.0) -> None:
        async def wait() -> None:
            while not condition():
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(wait(), timeout)


@pytest.fixture
def body(catalogue, lite_values, tmp_path):
    request, _ = encode_inputs(catalogue.get(LITE), lite_values, workdir=tmp_path)
    return request


@pytest.fixture
async def scheduler():
    recorder = Recorder()
    polls = PollScheduler(recorder, timings=FAST_POLL)
    yield polls, recorder
    await polls.aclose()


async def test_jobs_are_followed_to_the_end(sim, client, body, scheduler):
    polls, recorder = scheduler
    ids = []
    for n in range(3):
        submission = await client.submit(LITE, body)
        polls.follow(f"job{n}", submission.request_id, client, expected=0.1, confident=True)
        ids.append(f"job{n}")
    await recorder.until(lambda: len(recorder.finished) == 3)
    assert all(recorder.finished[i].status == "succeeded" for i in ids)
    assert all(recorder.finished[i].cost == pytest.approx(0.18) for i in ids)
    assert set(recorder.started) == set(ids)
    assert polls.following() == []


async def test_deep_queue_positions_are_polled_less(sim, client, body, scheduler):
    polls, recorder = scheduler
    sim.timings = Timings(hold=True, render=False)
    # By place alone: a held queue does not move, which would also space out every question.
    timings = replace(
        FAST_POLL, queue_base=0.02, per_position=0.08, max_interval=2.0, unmoved_growth=1.0
    )
    polls.timings = timings
    request_ids = []
    for n in range(6):
        submission = await client.submit(LITE, body)
        request_ids.append(submission.request_id)
        polls.follow(f"job{n}", submission.request_id, client, expected=1, confident=True)

    def status_polls() -> Counter[str]:
        return Counter(r.request_id for r in sim.requests_log if r.kind == "status")

    await asyncio.to_thread(sim.wait_for, lambda: status_polls()[request_ids[0]] >= 12, 10)
    counts = status_polls()
    front, back = counts[request_ids[0]], counts[request_ids[-1]]
    assert back * 3 <= front, counts
    assert recorder.positions["job5"][0] == 6


async def test_a_queue_that_does_not_move_is_asked_ever_less_often(sim, client, body, scheduler):
    polls, _recorder = scheduler
    sim.timings = Timings(hold=True, render=False)
    submission = await client.submit(LITE, body)
    begun = time.monotonic()
    polls.follow("job", submission.request_id, client, expected=1, confident=True)

    def status_polls() -> int:
        return sum(r.kind == "status" for r in sim.requests_log)

    await asyncio.to_thread(sim.wait_for, lambda: status_polls() >= 6, 10)
    # At the front, never moving: 0.02 s to the first question, then 0.05, 0.1, 0.2, 0.4 and
    # 0.8 s, so six questions take 1.57 s (0.27 s if it kept asking every 0.05 s).
    assert time.monotonic() - begun >= 1.2


async def test_a_429_pauses_every_job(sim, client, body, scheduler):
    polls, _recorder = scheduler
    sim.timings = Timings(hold=True, render=False)
    for n in range(4):
        submission = await client.submit(LITE, body)
        polls.follow(f"job{n}", submission.request_id, client, expected=1, confident=True)
    await asyncio.to_thread(
        sim.wait_for, lambda: sum(r.kind == "status" for r in sim.requests_log) >= 8, 10
    )
    with ArrivalClock(sim) as clock:
        sim.api_faults.add(Fault("status_429", match="status", retry_after=1))
        await asyncio.to_thread(sim.wait_for, lambda: "status_429" in sim.api_faults.fired, 10)
        paused_at = len(sim.requests_log)
        await asyncio.to_thread(sim.wait_for, lambda: len(sim.requests_log) >= paused_at + 4, 10)
    pause_started = clock.times[paused_at - 1]
    later = [t - pause_started for t in clock.times[paused_at:]]
    # Requests already on their way when the 429 came back may land just after it; after
    # that, nothing until the Retry-After second has passed, then polling goes on.
    assert all(d < 0.05 or d >= 0.9 for d in later), later
    assert any(d >= 0.9 for d in later), later


async def test_transient_failures_never_fail_a_job(sim, client, body, scheduler):
    polls, recorder = scheduler
    sim.timings = Timings(hold=True, render=False)
    submission = await client.submit(LITE, body)
    # Each poll's own retries see 4 of these; 24 make six failed polls in a row.
    sim.api_faults.add(Fault("status_503", count=24, match="status", retry_after=0))
    polls.follow("job", submission.request_id, client, expected=0.1, confident=True)
    await recorder.until(lambda: recorder.notices)
    job_id, message, long_running = recorder.notices[0]
    assert job_id == "job" and not long_running
    assert "keeps checking" in message and "not lost" in message
    assert polls.following() == ["job"]
    sim.release()
    await recorder.until(lambda: "job" in recorder.finished)
    assert recorder.finished["job"].status == "succeeded"
    assert recorder.gone == {}


async def test_a_job_the_server_no_longer_knows_is_gone(sim, client, scheduler):
    polls, recorder = scheduler
    polls.follow("job", "no-such-request", client, expected=1, confident=True)
    await recorder.until(lambda: "job" in recorder.gone)
    assert "gone on the server" in str(recorder.gone["job"])
    assert polls.following() == []


async def test_a_long_running_job_is_flagged_not_failed(sim, client, body, scheduler):
    polls, recorder = scheduler
    polls.timings = replace(FAST_POLL, long_minimum=0.2, long_factor=3)
    sim.timings = Timings(queue_seconds=0, run_seconds=0, render=False, hold_running=True)
    submission = await client.submit(LITE, body)
    polls.follow("job", submission.request_id, client, expected=0.1, confident=True)
    await recorder.until(lambda: any(flag for _, _, flag in recorder.notices))
    assert "not cancelled" in recorder.notices[-1][1]
    assert polls.following() == ["job"]
    sim.release()
    await recorder.until(lambda: "job" in recorder.finished)
    assert [flag for _, _, flag in recorder.notices].count(True) == 1


async def test_a_job_finished_before_the_first_poll_costs_two_requests(sim, client, body):
    recorder = Recorder()
    polls = PollScheduler(recorder, timings=replace(FAST_POLL, first_poll=0.3))
    try:
        submission = await client.submit(LITE, body)
        await asyncio.to_thread(sim.wait_state, submission.request_id, "succeeded")
        polls.follow("job", submission.request_id, client, expected=0.1, confident=True)
        await recorder.until(lambda: "job" in recorder.finished)
    finally:
        await polls.aclose()
    kinds = [r.kind for r in sim.requests_log if r.request_id == submission.request_id]
    assert kinds == ["status", "result"]
    assert polls.requests == 2


async def test_a_waiting_job_started_when_the_job_before_it_ended(body):
    """Run times learned from coarse polls stay true: a queue hands the slot over at once."""
    recorder = Recorder()
    polls = PollScheduler(recorder, timings=replace(FAST_POLL, queue_base=0.3, max_interval=0.6))
    one_worker = SimServer(TOKEN, workers=1, timings=Timings(run_seconds=0.4, render=False))
    with one_worker:
        async with RunComfyClient(one_worker.api_base, TOKEN, retry=FAST_RETRY) as api:
            try:
                for n in range(3):
                    submission = await api.submit(LITE, body)
                    polls.follow(
                        f"job{n}", submission.request_id, api, expected=5, confident=False, kind="k"
                    )
                await recorder.until(lambda: len(recorder.finished) == 3)
            finally:
                await polls.aclose()
    starts, ends = zip(*(recorder.settled[f"job{n}"] for n in range(3)), strict=True)
    # One worker: each job started when the one before it ended (the server's end times).
    assert starts[1] == ends[0] and starts[2] == ends[1]
    assert all(ends[n] - starts[n] == pytest.approx(0.4, abs=0.1) for n in (1, 2))


async def follow_family(
    body, lengths, *, timings: PollTimings, workers: int, run: float, per_clip_second: float
) -> tuple[Recorder, dict[int, str], Counter[str]]:
    """Clips of one family (the Pro model, ``lengths`` in seconds) sent at once to a fresh
    simulator whose run time grows with clip length, and followed with no history yet: what
    the scheduler told, the clips' request ids, and how many result requests each cost."""
    recorder = Recorder()
    polls = PollScheduler(recorder, timings=timings)
    growing = Timings(queue_seconds=0, run_seconds=run, run_seconds_per_clip_second=per_clip_second)
    server = SimServer(TOKEN, workers=workers, timings=replace(growing, render=False))
    with server:
        async with RunComfyClient(server.api_base, TOKEN, retry=FAST_RETRY) as api:
            try:
                ids = {}
                for seconds in lengths:
                    submission = await api.submit(PRO, {**body, "duration": seconds})
                    ids[seconds] = submission.request_id
                    polls.follow(
                        f"clip{seconds}",
                        submission.request_id,
                        api,
                        expected=60.0,  # a default far from the truth, as before any history
                        confident=False,
                        kind=f"k{seconds}",
                        family="f",
                        length=seconds,
                    )
                await recorder.until(lambda: len(recorder.finished) == len(lengths))
            finally:
                await polls.aclose()
            asked = Counter(r.request_id for r in server.requests_log if r.kind == "result")
    return recorder, ids, asked


async def test_a_longer_clip_waits_for_a_shorter_one_while_run_times_are_unknown(body):
    """With no history, a 10 s clip is not asked about before the 2 s clip started with it has
    ended: longer clips take longer. It is still noticed promptly once done."""
    timings = replace(FAST_POLL, max_interval=5.0, unsure_min=0.1)
    recorder, ids, asked = await follow_family(
        body, (2, 10), timings=timings, workers=2, run=0.3, per_clip_second=0.2
    )
    # Without the rule it is asked ever more sparsely from its start: at 0.1, 0.2, 0.4, 0.8,
    # 1.6 and 3.2 s; with it, once the short clip has ended (0.7 s), then as its time grows.
    assert asked[ids[10]] <= 3
    started, finished = recorder.settled["clip10"]
    assert finished - started == pytest.approx(2.3, abs=0.3)


async def test_a_running_job_that_learns_its_run_time_is_next_asked_when_it_should_end(body):
    """Short clips that end teach long clips of their family, still running, how long they
    take: each long clip is then asked when it should be done, not at once."""
    timings = replace(FAST_POLL, max_interval=10.0, unsure_min=0.1, aim_after=0.2)
    recorder, ids, asked = await follow_family(
        body, (2, 3, 4, 10, 11, 12), timings=timings, workers=6, run=0.5, per_clip_second=0.25
    )
    # Once the 2, 3 and 4 s clips have ended (by 1.5 s), the 10-12 s clips (3 to 3.5 s) are
    # known to end about 1.5 s later: one question each, at that moment (re-planned from
    # their first question instead, each was asked again at once, well before its end).
    assert sum(asked[ids[seconds]] for seconds in (10, 11, 12)) <= 4, asked
    for seconds in (10, 11, 12):
        started, finished = recorder.settled[f"clip{seconds}"]
        assert finished - started == pytest.approx(0.5 + 0.25 * seconds, abs=0.3)
