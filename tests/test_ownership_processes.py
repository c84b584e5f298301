"""Several Storyreels on one data folder, as real processes against the simulator: two
`storyreel resume` at once, the window beside a resume, a resume killed mid-download and
taken over. Each output is downloaded once, every file plays, every job succeeds once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from PIL import Image

from app.core.jobs import JobState
from app.sim.faults import Fault
from app.sim.server import SimServer, Timings
from app.store import JobStore

pytestmark = pytest.mark.slow

LITE = "bytedance/seedance-1-0/lite/image-to-video"
JOBS = 4
WAIT = 90.0

# The real window, offscreen, with its engine; it quits once every job in the store has
# finished, and prints the request id of each job it finished itself. Its heartbeat is
# shortened so that it takes over freed jobs within a second.
WINDOW = """
import asyncio, sys
from app.store import leases
leases.HEARTBEAT = 0.3
from app.ui.app import build_window, run, run_window
from app.ui.application import make_application
from app.core.jobs import EventKind

app = make_application([])
window = build_window()

async def until_all_finished(win):
    engine = win.controller.engine
    def mine(event):
        if event.kind is EventKind.CHANGED and event.job_id in engine._live:
            if event.job.state.value == "succeeded":
                print("finished", event.job.request_id, flush=True)
    engine.add_listener(mine)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + float(sys.argv[1])
    while engine.store.unfinished() and loop.time() < deadline:
        await asyncio.sleep(0.1)
    win.close()

sys.exit(run(app, run_window(window, until=until_all_finished, log=False)))
"""


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(timings=Timings(queue_seconds=0.3, run_seconds=0.6, render=False)) as server:
        yield server


@pytest.fixture
def env(sim, tmp_path) -> dict[str, str]:
    return {
        **os.environ,
        "STORYREEL_HOME": str(tmp_path / "home"),
        "RUNCOMFY_API_TOKEN": sim.token,
        "RUNCOMFY_API_BASE": sim.api_base,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def storyreel(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[str, str]:
    out, err = process.communicate(timeout=WAIT)
    assert process.returncode == 0, err[-2000:]
    return out, err


def library(env: dict[str, str]) -> Path:
    return Path(env["STORYREEL_HOME"]) / "library"


def send_jobs(env: dict[str, str], tmp_path: Path) -> list[str]:
    """JOBS jobs sent with `storyreel run --no-wait`; their request ids."""
    frame = tmp_path / "frame.png"
    Image.new("RGB", (640, 480), (30, 90, 160)).save(frame)
    ids = []
    for n in range(JOBS):
        run = storyreel(
            env,
            "run",
            LITE,
            "--set",
            f"prompt=shot {n}",
            "--set",
            "resolution=480p",
            "--set",
            "duration=5",
            "--file",
            f"first_frame_image_url={frame}",
            "--no-wait",
            "--out",
            str(library(env)),
        )
        _, err = finish(run)
        ids.append(err.split("Queued as ")[1].split(".")[0])
    return ids


def slow_downloads(sim: SimServer, bytes_per_second: int = 1000) -> None:
    """Each output takes a while to download (about 2 s), so that the processes overlap."""
    sim.cdn_faults.clear()
    sim.cdn_faults.add(Fault("slow_download", count=1000, bytes_per_second=bytes_per_second))


def wait_for_a_download(process: subprocess.Popen, env: dict[str, str]) -> None:
    """Until ``process`` is downloading an output (its .part is there)."""
    deadline = time.monotonic() + WAIT
    while not list(library(env).glob("*.part")):
        assert time.monotonic() < deadline, "no download started"
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)


def gets(sim: SimServer, request_id: str, since: int = 0) -> int:
    return sum(
        1
        for r in sim.cdn_requests[since:]
        if r.method == "GET" and f"/outputs/{request_id}/" in r.path
    )


def check_all_done_once(env: dict[str, str], sim: SimServer, ids: list[str], *reports: str):
    """Every job SUCCEEDED, reported finished by one process only, its file plays."""
    with JobStore(Path(env["STORYREEL_HOME"]) / "data" / "jobs.sqlite3") as store:
        jobs = [store.find_request(request_id) for request_id in ids]
    for job in jobs:
        assert job.state is JobState.SUCCEEDED, job.error
        said = sum(report.count(f"{job.request_id}") for report in reports)
        assert said == 1, f"{job.request_id} was reported finished {said} times"
        [file] = job.files
        assert Path(file).read_bytes() == sim.output_path(job.request_id).read_bytes()
        with av.open(file) as video:
            assert sum(1 for _ in video.decode(video=0)) > 0
    assert not list(library(env).glob("*.part"))


def assert_left_to(err: str, other_done: str, what: str = "command in a terminal") -> None:
    """Every job this process said another Storyreel follows was finished by that one."""
    for line in err.splitlines():
        if "is followed by another Storyreel" in line:
            assert f"another Storyreel {what}" in line
            request_id = line.split("Job ")[1].split(" ")[0]
            assert request_id in other_done


def done_lines(out: str) -> str:
    return "\n".join(line for line in out.splitlines() if line.startswith("Done"))


def test_two_resumes_at_once_download_each_output_once(sim, env, tmp_path):
    ids = send_jobs(env, tmp_path)
    slow_downloads(sim)
    first = storyreel(env, "resume", "--out", str(library(env)))
    second = storyreel(env, "resume", "--out", str(library(env)))
    (out1, err1), (out2, err2) = finish(first), finish(second)
    for request_id in ids:
        assert gets(sim, request_id) == 1
    check_all_done_once(env, sim, ids, done_lines(out1), done_lines(out2))
    # Each job one of them left was followed to the end by the other.
    assert_left_to(err1, done_lines(out2))
    assert_left_to(err2, done_lines(out1))


@pytest.mark.parametrize("window_first", [True, False], ids=["window first", "resume first"])
def test_the_window_and_a_resume_share_the_jobs(sim, env, tmp_path, window_first):
    ids = send_jobs(env, tmp_path)
    slow_downloads(sim)
    if not window_first:
        resume = storyreel(env, "resume", "--out", str(library(env)))
        wait_for_a_download(resume, env)
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(WAIT)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert window.stdout.readline().strip() == "ready"  # its engine has resumed
    if window_first:
        resume = storyreel(env, "resume", "--out", str(library(env)))
    out, err = finish(resume)
    window_out, window_err = finish(window)
    for request_id in ids:
        assert gets(sim, request_id) == 1
    window_done = "\n".join(line for line in window_out.splitlines() if line.startswith("finished"))
    check_all_done_once(env, sim, ids, done_lines(out), window_done)
    assert_left_to(err, window_done, "window")
    if window_first:  # the window held every job when the resume started
        assert "Nothing to resume here: 4 unfinished jobs are followed by another Storyreel." in err


def test_a_killed_resume_is_taken_over_by_the_next_ones(sim, env, tmp_path):
    ids = send_jobs(env, tmp_path)
    slow_downloads(sim, bytes_per_second=100)
    killed = storyreel(env, "resume", "--out", str(library(env)))
    wait_for_a_download(killed, env)
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=WAIT)
    slow_downloads(sim)
    since = len(sim.cdn_requests)
    first = storyreel(env, "resume", "--out", str(library(env)))
    second = storyreel(env, "resume", "--out", str(library(env)))
    (out1, _), (out2, _) = finish(first), finish(second)
    for request_id in ids:
        assert gets(sim, request_id, since) == 1  # after the kill: once each
    check_all_done_once(env, sim, ids, done_lines(out1), done_lines(out2))
