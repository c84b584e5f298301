"""`storyreel --smoke-test`, as the installers run it on a built bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_the_smoke_test_runs_a_preview_job_and_plays_it(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Storyreel smoke test passed" in result.stdout
    assert "offline preview job succeeded" in result.stdout
    # It works over a throw-away home: nothing is left in the user's.
    assert not any((tmp_path / ".local").rglob("jobs.sqlite3"))


# Run as `storyreel` with no arguments, in its own process, watching every window paint. The
# layout a previous session saved is written first, as the main window writes it on quitting.
WATCHED_START = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from app.core.paths import config_dir

HEAVY = sys.argv[1].split(",")
report = {}

def window_facts(window):
    rect = window.geometry()
    return {
        "class": type(window).__name__,
        "title": window.windowTitle(),
        "geometry": [rect.x(), rect.y(), rect.width(), rect.height()],
        "labels": [label.text() for label in window.findChildren(QLabel)],
    }

def form_ready(window):
    # The first turn of the event loop after the first paint, before any input is read.
    report["form_when_ready"] = sorted(window.panel.field_widgets())
    print(json.dumps(report), flush=True)
    os._exit(0)

class WatchPaints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            if "first" not in report:
                report["first"] = window_facts(obj)
                report["loaded_at_first_paint"] = [m for m in HEAVY if m in sys.modules]
            if type(obj).__name__ == "MainWindow" and "main" not in report:
                report["main"] = window_facts(obj)
                report["visible_windows"] = sorted(
                    type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
                )
                QTimer.singleShot(0, lambda: form_ready(obj))
        return False

app = QApplication(["storyreel"])
watcher = WatchPaints()
app.installEventFilter(watcher)
previous = QWidget()
previous.setGeometry(40, 30, 1200, 760)
layout = QSettings(str(config_dir() / "layout.ini"), QSettings.Format.IniFormat)
layout.setValue("window/geometry", previous.saveGeometry())
layout.sync()
previous.deleteLater()

from app.__main__ import main
main([])
"""

# What the first paint must not wait for: the network, video, picture decoding, the key
# store, the job database, asyncio and its bridge to Qt, the storyboard (its view and its
# model), the settings dialog and the log file machinery, Qt's multimedia modules, the
# Spending view and its charts; nor for what it does not show: the welcome card (shown,
# when it is, once the engine has started), desktop notifications, the quit question, the
# framing tool, html's entity table, and the CSV export of the spending ledger. The
# single-shot form is built right after the first paint (its place kept): its field widgets,
# drop zones and their checks are not imported before; nor is the local socket a later start
# asks this window through (the window's lock file claims the data folder until then).
HEAVY_MODULES = (
    "httpx",
    "av",
    "PIL",
    "keyring",
    "sqlite3",
    "qasync",
    "asyncio",
    "app.core.storyboard",
    "app.ui.storyboard.view",
    "app.ui.settings_dialog",
    "app.ui.diagnostics",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "app.ui.spend.view",
    "PySide6.QtCharts",
    "app.ui.welcome",
    "app.ui.notifications",
    "app.ui.closing",
    "app.ui.framing",
    "html",
    "csv",
    "app.ui.fields",
    "app.ui.images",
    "app.ui.problems",
    "app.ui.media.zone",
    "app.ui.media.request_size",
    "app.core.validation",
    "app.core.images",
    "app.core.fixes",
    "PySide6.QtNetwork",
    "app.core.spending",
)


def test_storyreel_opens_as_the_full_window_where_it_was_left(tmp_path):
    # A desktop-sized screen: the offscreen platform's default 800×600 would move the window.
    screen = tmp_path / "screen.json"
    desktop = {"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080}
    screen.write_text(json.dumps({"screens": [desktop]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "HOME": str(tmp_path),
        "STORYREEL_HOME": str(tmp_path / "home"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-c", WATCHED_START, ",".join(HEAVY_MODULES)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    first, main = report["first"], report["main"]
    # The first window on the screen is the real one, usable, where the last one was: no
    # "Starting…" stand-in before it.
    assert first["class"] == "MainWindow"
    assert first["title"].startswith("Storyreel")
    assert first["geometry"] == [40, 30, 1200, 760]
    assert "Starting Storyreel…" not in first["labels"]
    assert any(label.replace("&", "") == "Model:" for label in first["labels"])
    assert report["loaded_at_first_paint"] == []
    assert main == first
    assert report["visible_windows"] == ["MainWindow"]
    # The model's form follows the first paint at once, its place kept meanwhile (no "Choose
    # a model" in between): it is there when the window first reads input.
    assert not any(label.startswith("Choose a model") for label in first["labels"])
    assert {"prompt", "first_frame_image_url"} <= set(report["form_when_ready"])
