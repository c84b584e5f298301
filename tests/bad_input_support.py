"""Running ``storyreel`` as a confused user or a hostile file would, and checking the answer.

``cli`` runs the real entry point in this process with captured output (fast, for the bulk);
``storyreel`` runs it as its own process, for a representative few. Both assert that no
traceback reached the user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

TRACEBACK = "Traceback (most recent call last)"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err

    def json_lines(self) -> list[dict[str, Any]]:
        """Every line of standard output, each of which must be JSON."""
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]

    def json_error(self) -> dict[str, Any]:
        """The error object ``--json`` promises, as the last line of standard output."""
        record = self.json_lines()[-1]
        assert set(record) >= {"error", "exit"}, record
        assert record["exit"] == self.code
        return record


def cli(capsys, *args: str) -> Outcome:
    """``storyreel ARGS`` through the real entry point, in this process."""
    from app.__main__ import main

    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    outcome = Outcome(int(code), captured.out, captured.err)
    assert TRACEBACK not in outcome.text, outcome.text
    return outcome


def storyreel(*args: str | bytes, env: dict[str, str] | None = None) -> Outcome:
    """``storyreel ARGS`` as its own process (arguments may be raw bytes)."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        timeout=180,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )
    outcome = Outcome(
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
    )
    assert TRACEBACK not in outcome.text, outcome.text
    return outcome


def frame(path: Path | bytes, size: tuple[int, int] = (640, 480)) -> Path:
    """A real PNG every Seedance model accepts, at ``path`` (bytes: any file name)."""
    target = Path(os.fsdecode(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (40, 90, 150)).save(target, format="PNG")
    return target


def offline_run_args(image: Path | str, *extra: str) -> list[str]:
    return [
        "run",
        PRO,
        "--offline",
        "--set",
        "prompt=a lighthouse at dusk",
        "--set",
        "resolution=480p",
        "--set",
        "duration=2",
        "--file",
        f"first_frame_image_url={image}",
        *extra,
    ]
