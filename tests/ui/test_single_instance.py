"""One window per data folder: starting Storyreel again brings the open window to the front
instead of opening a second queue; a window killed outright does not block the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WAIT = 60.0


def start(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_text(home: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in home.rglob("*.log"))


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def opened(home: Path) -> int:
    """How many windows have opened on this data folder (each says so in the log)."""
    return log_text(home).count("the window is open on the data folder")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "STORYREEL_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "HOME": str(tmp_path),
    }


def test_a_second_start_brings_the_first_window_forward_and_ends(env, tmp_path):
    home = tmp_path / "home"
    first = start(env)
    try:
        wait_until(lambda: opened(home), "the first window never started")
        second = subprocess.run(
            [sys.executable, "-m", "app"], env=env, capture_output=True, text=True, timeout=WAIT
        )
        assert second.returncode == 0, second.stderr[-2000:]
        assert "Storyreel is already open for this data folder" in second.stderr
        assert "brought to the front" in second.stderr
        wait_until(
            lambda: "asked for this window: brought to the front" in log_text(home),
            "the first window never heard of the second start",
        )
        # Another data folder is another Storyreel: its window opens.
        other = start({**env, "STORYREEL_HOME": str(tmp_path / "other")})
        try:
            wait_until(lambda: opened(tmp_path / "other"), "the other folder's window")
            assert other.poll() is None
        finally:
            other.kill()
            other.communicate(timeout=WAIT)
        assert first.poll() is None
    finally:
        first.kill()
        first.communicate(timeout=WAIT)


def test_a_window_killed_outright_does_not_block_the_next_one(env, tmp_path):
    home = tmp_path / "home"
    first = start(env)
    wait_until(lambda: opened(home), "the first window never started")
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=WAIT)
    second = start(env)
    try:
        wait_until(lambda: opened(home) == 2, "the next window never opened")
        assert second.poll() is None
        # And it is the one later starts now find.
        third = subprocess.run(
            [sys.executable, "-m", "app"], env=env, capture_output=True, text=True, timeout=WAIT
        )
        assert "Storyreel is already open" in third.stderr
        assert opened(home) == 2
    finally:
        second.kill()
        second.communicate(timeout=WAIT)
