"""Opening a clip prints nothing on standard error: Qt's multimedia messages and FFmpeg's
own lines (its "Input #0…" stream dump) go into the log file, each at its level.

A process of its own, as the app runs: the log file installed, Qt's messages routed, a real
MP4 (rendered by the preview renderer) opened and decoded by Qt's FFmpeg backend.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_player import make_clip

OPEN_A_CLIP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from app.ui import diagnostics
from app.ui.application import make_application

app = make_application([], icon=False)
log = diagnostics.install_logging(Path(sys.argv[2]))
diagnostics.route_qt_messages()
from app.ui.player import PlayerView

view = PlayerView()
view.resize(480, 360)
view.show()
frames = []
view.video_sink().videoFrameChanged.connect(frames.append)
view.load(Path(sys.argv[1]))
view.media_player.play()
deadline = time.monotonic() + 20
while len(frames) < 3 and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
view.clear()
diagnostics.remove_logging()
print("frames", len(frames), flush=True)
"""


@pytest.mark.slow
def test_opening_a_clip_writes_nothing_to_stderr_and_qt_speaks_into_the_log(tmp_path):
    clip = make_clip(tmp_path / "clips", "with-sound", audio=True)
    logs = tmp_path / "log"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STORYREEL_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    env.pop("QT_FFMPEG_DEBUG", None)
    env.pop("QT_LOGGING_RULES", None)
    result = subprocess.run(
        [sys.executable, "-c", OPEN_A_CLIP, str(clip), str(logs)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "frames" in result.stdout and result.stdout.split()[-1] != "0"  # it really played
    assert result.stderr == ""
    log = (logs / "storyreel.log").read_text(encoding="utf-8")
    # Qt's media backend spoke, into the log; FFmpeg's stream dump is debugging detail,
    # below the log file's level.
    assert "Qt multimedia with FFmpeg" in log
    assert "Input #0" not in log and "Stream #0" not in log
