"""Running ``storyreel`` as its own process, the way a person runs it, against the simulator
on loopback: the pieces the command-line tests share."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from app.sim.server import SimServer, Timings

LITE = "bytedance/seedance-1-0/lite/image-to-video"
FAST = Timings(queue_seconds=0.05, run_seconds=0.1, render=False)


def command(*args: str) -> list[str]:
    """The command line that runs ``storyreel ARGS`` with this Python."""
    return [sys.executable, "-m", "app", *args]


def storyreel(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``storyreel ARGS`` as its own process, run to its end, its output as text."""
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@contextmanager
def fast_sim(monkeypatch) -> Iterator[SimServer]:
    """The simulator with quick jobs and no rendering, and the environment that points
    ``storyreel`` processes at it."""
    with SimServer(timings=FAST) as server:
        monkeypatch.setenv("RUNCOMFY_API_BASE", server.api_base)
        monkeypatch.setenv("RUNCOMFY_API_TOKEN", server.token)
        yield server


def png_frame(path: Path) -> Path:
    """A real 640×480 PNG every Seedance image-to-video model accepts, at ``path``."""
    Image.new("RGB", (640, 480), (40, 90, 160)).save(path)
    return path
