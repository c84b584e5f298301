"""`storyreel run` and `resume` as a person runs them (real processes, the simulator on
loopback): a paid video is never given up for a local reason, a job resumes into the folder
it was given, and a foreground wait on an API that fails ends with the job kept."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import LITE, command, fast_sim, png_frame, storyreel

from app.sim.faults import Fault
from app.sim.server import SimServer, Timings

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(monkeypatch) -> Iterator[SimServer]:
    with fast_sim(monkeypatch) as server:
        yield server


@pytest.fixture
def frame(tmp_path) -> Path:
    return png_frame(tmp_path / "frame.png")


def run_args(frame: Path, *extra: str) -> list[str]:
    return [
        "run",
        LITE,
        "--set",
        "prompt=a harbour at dawn",
        "--file",
        f"first_frame_image_url={frame}",
        *extra,
    ]


def test_a_video_that_could_not_be_saved_is_fetched_by_resume_once_the_folder_is_fixed(
    sim, frame, tmp_path
):
    out = tmp_path / "clips"
    out.mkdir()
    sent = storyreel(*run_args(frame, "--out", str(out), "--no-wait"))
    assert sent.returncode == 0, sent.stderr
    # The folder the job was sent with became a file before its video came in.
    out.rmdir()
    out.write_text("a file where the folder should be")
    result = storyreel("resume")
    assert result.returncode == 4, result.stderr
    assert "Download waiting: The video could not be saved here" in result.stderr
    assert "is a file, not a folder" in result.stderr and "storyreel resume" in result.stderr
    listed = storyreel("jobs")
    assert "Download waiting" in listed.stdout
    out.unlink()
    resumed = storyreel("resume")
    assert resumed.returncode == 0, resumed.stderr
    [saved] = out.glob("*.mp4")
    assert resumed.stdout.splitlines()[-1] == str(saved)
    assert saved.read_bytes() == sim.output_path(sim.submissions[0].request_id).read_bytes()
    assert len(sim.submissions) == 1


def test_a_refused_key_stops_run_at_once_and_resume_finishes_into_the_folder_it_was_given(
    sim, frame, tmp_path
):
    sim.timings = Timings(queue_seconds=0.05, run_seconds=0.1, render=False, hold=True)
    out = tmp_path / "asked"
    process = subprocess.Popen(
        command(*run_args(frame, "--out", str(out))),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    try:
        [submission] = sim.wait_submissions(1, timeout=60)
        token, sim.token = sim.token, "revoked-since"
        started = time.monotonic()
        _, stderr = process.communicate(timeout=60)
        stopped_after = time.monotonic() - started
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 4, stderr
    assert "RunComfy refused the API key" in stderr
    assert "once the key is fixed (`storyreel login`), `storyreel resume` continues it" in stderr
    assert stopped_after < 20  # the next poll, not a five-minute patience
    sim.token = token
    sim.release()
    resumed = storyreel("resume")  # no --out: the job remembers its folder
    assert resumed.returncode == 0, resumed.stderr
    [saved] = out.glob(f"*{submission.request_id}.mp4")
    assert saved.stat().st_size > 0
    assert len(sim.submissions) == 1


def test_an_api_that_fails_on_every_poll_ends_run_after_its_patience(sim, frame, tmp_path):
    sim.timings = Timings(queue_seconds=0.05, run_seconds=0.1, render=False, hold=True)
    for kind in ("status", "result"):
        sim.api_faults.add(Fault("status_503", count=100_000, match=kind, retry_after=0))
    started = time.monotonic()
    result = storyreel(*run_args(frame, "--out", str(tmp_path), "--give-up-after", "2"))
    took = time.monotonic() - started
    assert result.returncode == 4, result.stderr
    assert "Storyreel got no answer about request" in result.stderr
    assert (
        "The job is saved" in result.stderr and "`storyreel resume` continues it" in result.stderr
    )
    assert took < 60
    listed = storyreel("jobs")
    assert "In queue" in listed.stdout
