"""The log file, and the "Copy diagnostics" report a user can paste into a bug report.

The log is a rotating file in the platform's log folder (a few hundred kilobytes at most, so
it never grows without bound), and every record passes through ``RedactingFilter`` first:
the API key cannot land in it even when an exception message carries it.

The diagnostics report says what a helper needs to know (versions, platform, engine, API
base, how many jobs are in which state, the latest problems from the log) and is redacted
as a whole once more before it reaches the clipboard.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication

from app import __version__
from app.core.engines import EngineKind
from app.core.jobs import Job, JobState
from app.core.settings import Settings, log_dir
from app.ui import bridge

LOG_FILE_NAME = "storyreel.log"
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
RECENT_PROBLEMS = 20
# Reading the whole log for the last few problems would be wasteful: its tail is enough.
_TAIL_BYTES = 64 * 1024
_PROBLEM_LEVELS = (" WARNING ", " ERROR ", " CRITICAL ")

log = logging.getLogger(__name__)


class _StoryreelLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so installing again replaces it."""


def install_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send every log record (redacted) to a rotating file; return the file's path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    remove_logging()
    handler = _StoryreelLogHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.addFilter(bridge.key_redacting_filter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def remove_logging() -> None:
    """Take the log file handler away again (at exit, and between tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _StoryreelLogHandler):
            root.removeHandler(handler)
            handler.close()


def log_file() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _StoryreelLogHandler):
            return Path(handler.baseFilename)
    return None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# FFmpeg's own lines, which Qt hands on (see route_qt_messages): its stream dump at each
# clip opened is detail for debugging, its warnings and errors are problems.
_FFMPEG_PREFIX = "FFmpeg log:"
_FFMPEG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Qt categories whose warnings are expected on an ordinary system (an optional library such
# as PipeWire or VA-API not installed): information, not problems.
_QUIET_CATEGORIES = ("qt.multimedia.symbolsresolver",)
# Set before Qt's FFmpeg backend loads, it makes Qt hand FFmpeg's log lines to the message
# handler instead of FFmpeg printing them on standard error (the "Input #0…" dump).
FFMPEG_LOG_VARIABLE = "QT_FFMPEG_DEBUG"


def route_qt_messages() -> None:
    """Qt's own messages (a media backend missing, a font not found) and FFmpeg's, through
    Qt, go into the log at their level, and nothing of them to standard error."""
    qt_log = logging.getLogger("qt")
    ffmpeg_log = logging.getLogger("qt.ffmpeg")
    os.environ.setdefault(FFMPEG_LOG_VARIABLE, "1")

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        text = message.strip('"')
        if text.startswith(_FFMPEG_PREFIX):
            level = _FFMPEG_LEVELS.get(kind, logging.DEBUG)
            if ffmpeg_log.isEnabledFor(level):
                ffmpeg_log.log(level, "%s", text[len(_FFMPEG_PREFIX) :].rstrip())
            return
        level = _QT_LEVELS.get(kind, logging.INFO)
        if getattr(context, "category", "") in _QUIET_CATEGORIES:
            level = min(level, logging.INFO)
        if qt_log.isEnabledFor(level):
            qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def recent_problems(path: Path | None, limit: int = RECENT_PROBLEMS) -> list[str]:
    """The last ``limit`` warnings and errors in the log (first lines only), oldest first."""
    if path is None or not path.exists():
        return []
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError as exc:
        return [f"(the log file {path} cannot be read: {exc})"]
    lines = [line for line in tail.splitlines() if any(lv in line for lv in _PROBLEM_LEVELS)]
    return lines[-limit:]


def job_counts(jobs: Iterable[Job]) -> dict[JobState, int]:
    counts = Counter(job.state for job in jobs)
    return {state: counts[state] for state in JobState if counts[state]}


def diagnostics_report(
    *,
    settings: Settings,
    engine: str,
    jobs: Iterable[Job],
    log_path: Path | None = None,
) -> str:
    """A plain-text report for bug reports. Never contains the API key."""
    app = QGuiApplication.instance()
    platform_name = QGuiApplication.platformName() if app is not None else "none"
    screen = QGuiApplication.primaryScreen() if app is not None else None
    scale = f"{screen.devicePixelRatio():g}" if screen is not None else "unknown"
    counts = job_counts(jobs)
    total = sum(counts.values())
    engine_name = {kind.value: kind.label for kind in EngineKind}.get(engine, engine)
    lines = [
        f"Storyreel {__version__}",
        f"Platform: {platform.platform()} ({platform.machine()})",
        f"Python: {sys.version.split()[0]}",
        f"Qt: {qVersion()} · PySide6 {pyside_version} · platform plugin {platform_name}",
        f"Screen scale: {scale}",
        f"Engine: {engine_name}",
        f"API base: {settings.effective_api_base()}",
        f"API key: {bridge.key_whereabouts(settings.effective_api_base())}",
        f"Library folder: {settings.library_path}",
        f"Log file: {log_path or 'not written'}",
        f"Jobs: {total}"
        + (
            " (" + ", ".join(f"{state.label} {n}" for state, n in counts.items()) + ")"
            if counts
            else ""
        ),
        "Recent problems from the log:",
    ]
    problems = recent_problems(log_path)
    lines += [f"  {line}" for line in problems] or ["  none"]
    return bridge.without_keys("\n".join(lines)) + "\n"


__all__ = [
    "LOG_FILE_NAME",
    "diagnostics_report",
    "install_logging",
    "job_counts",
    "log_file",
    "recent_problems",
    "remove_logging",
    "route_qt_messages",
]
