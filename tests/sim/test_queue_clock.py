"""The simulated queue keeps RunComfy's timing by its own clock, not by its threads' wake-ups."""

from __future__ import annotations

import base64
import io
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PIL import Image

from app.sim.server import Timings

LITE = "bytedance/seedance-1-0/lite/image-to-video"


def png_uri(width: int = 640, height: int = 480) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def submit(api: httpx.Client, **settings: object) -> str:
    body = {"prompt": "A lighthouse at dusk", "first_frame_image_url": png_uri(), **settings}
    answer = api.post(f"/v1/models/{LITE}", json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()["request_id"]


def result(api: httpx.Client, request_id: str) -> dict:
    answer = api.get(f"/v1/requests/{request_id}/result")
    assert answer.status_code == 200, answer.text
    return answer.json()


def finished_at(api: httpx.Client, request_id: str) -> datetime:
    return datetime.fromisoformat(result(api, request_id)["finished_at"])


def test_a_freed_slot_goes_to_the_next_job_at_the_moment_it_is_freed(make_sim, connect):
    sim = make_sim(workers=1, timings=Timings(queue_seconds=0, run_seconds=0.3, render=False))
    api = connect(sim)
    first, second, third = (submit(api) for _ in range(3))

    def second_when_first_ended() -> str | None:
        # Checked with the simulator's lock held: no worker thread runs in between.
        return sim.state(second) if sim.state(first) == "succeeded" else None

    # Whoever sees the first job finished sees the second one running, never still queued.
    assert sim.wait_for(second_when_first_ended) == "in_progress"
    sim.wait_state(third, "succeeded")
    ends = [finished_at(api, r) for r in (first, second, third)]
    # Each ran its 0.3 s from the end of the one before (times are given to the millisecond).
    for before, after in zip(ends, ends[1:], strict=False):
        assert abs((after - before) - timedelta(seconds=0.3)) <= timedelta(milliseconds=2)


def test_a_released_job_hands_its_slot_over_in_the_same_moment(make_sim, connect):
    sim = make_sim(
        workers=1,
        timings=Timings(queue_seconds=0, run_seconds=0, render=False, hold_running=True),
    )
    api = connect(sim)
    running, waiting = submit(api), submit(api)
    sim.wait_state(running, "in_progress")
    assert api.get(f"/v1/requests/{waiting}/status").json()["queue_position"] == 1

    sim.release(running)

    def waiting_when_released_ended() -> str | None:
        return sim.state(waiting) if sim.state(running) == "succeeded" else None

    assert sim.wait_for(waiting_when_released_ended) == "in_progress"
    done = result(api, running)
    assert httpx.get(done["output"]["video"]).status_code == 200
    assert api.get(f"/v1/requests/{waiting}/status").json()["status"] == "in_progress"


def test_shorter_timings_end_a_job_from_now_not_in_the_past(make_sim, connect):
    sim = make_sim(workers=1, timings=Timings(queue_seconds=0, run_seconds=60, render=False))
    api = connect(sim)
    job = submit(api)
    sim.wait_state(job, "in_progress")
    changed = datetime.now(UTC)
    sim.timings = Timings(queue_seconds=0, run_seconds=0, render=False)

    sim.wait_state(job, "succeeded")
    assert finished_at(api, job) >= changed - timedelta(milliseconds=2)


@pytest.mark.slow
def test_a_job_is_never_completed_before_its_video_is_rendered(make_sim, connect):
    """The run time is over at once, but the real render takes a while: until it is done the
    job is in progress, and the moment it is said to have succeeded its video is served."""
    sim = make_sim(workers=1, timings=Timings(queue_seconds=0, run_seconds=0, render=True))
    api = connect(sim)
    job = submit(api, resolution="480p")
    statuses = []
    deadline = time.monotonic() + 60
    while not statuses or statuses[-1] != "succeeded":
        assert time.monotonic() < deadline, statuses[-3:]
        answer = result(api, job)
        statuses.append(answer["status"])
        assert ("output" in answer) == (answer["status"] == "succeeded"), answer
    assert "in_progress" in statuses
    download = httpx.get(answer["output"]["video"])
    assert download.status_code == 200 and download.content[4:8] == b"ftyp"
