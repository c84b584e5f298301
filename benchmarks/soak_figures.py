"""What the soak run measures: memory, event-loop stalls, Qt's warnings, Storyreel's log
warnings, and every job's events (see soak.py)."""

from __future__ import annotations

import gc
import logging
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QtMsgType, Signal, qInstallMessageHandler

STALL_INTERVAL_MS = 10


def resident_mb() -> float:
    """This process's resident memory (Linux), after collecting what is already garbage."""
    gc.collect()
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class StallMeter:
    """A periodic Qt timer; how late each tick comes is how long the event loop was stalled."""

    def __init__(self, interval_ms: int = STALL_INTERVAL_MS) -> None:
        self.interval = interval_ms / 1000
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.lateness: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def take(self) -> tuple[float, float]:
        """(worst, 99th percentile) lateness in ms since the last call; starts afresh."""
        samples, self.lateness = sorted(self.lateness), []
        self._last = time.perf_counter()
        if not samples:
            return 0.0, 0.0
        return samples[-1] * 1000, samples[int(len(samples) * 0.99)] * 1000


# What Qt says on a machine with no display and no sound (the offscreen platform cannot
# raise a window or pass size hints on; no sound server; no GPU): the machine, not Storyreel.
HEADLESS = (
    "This plugin does not support",
    "PulseAudioService",
    "No audio device detected",
    "No RHI backend",
)


def headless(message: str) -> bool:
    return any(text in message for text in HEADLESS)


class QtMessages:
    """Counts Qt's warnings (and worse) while installed; passes every message on."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self._previous: Any = None

    def install(self) -> None:
        self._previous = qInstallMessageHandler(self._handle)

    def remove(self) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, kind: Any, context: Any, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.warnings.append(message)
        if self._previous is not None:
            self._previous(kind, context, message)
        elif kind is not QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)


class LogProblems(logging.Handler):
    """Storyreel's own log records at WARNING and above (an action that failed, a bug)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


class JobLedger(QObject):
    """Every job event of the engine, counted per job id. ``counted`` fires after each:
    the window's own signals for an event fire before the ledger has seen it."""

    counted = Signal()

    def __init__(self) -> None:
        super().__init__()
        from app.core.jobs import EventKind, JobState

        self._created_kind = EventKind.CREATED
        self._changed_kind = EventKind.CHANGED
        self._succeeded = JobState.SUCCEEDED
        self.created: Counter[str] = Counter()
        self.finished: Counter[str] = Counter()  # changes into a finished state
        self.succeeded: Counter[str] = Counter()
        self.last: dict[str, Any] = {}

    def on_event(self, event: Any) -> None:
        if event.kind is self._created_kind:
            self.created[event.job_id] += 1
        elif event.kind is self._changed_kind:
            before = self.last.get(event.job_id)
            if event.job.state.finished and (before is None or before.state is not event.job.state):
                self.finished[event.job_id] += 1
                if event.job.state is self._succeeded:
                    self.succeeded[event.job_id] += 1
        if event.job is not None:
            self.last[event.job_id] = event.job
        self.counted.emit()

    def done(self) -> int:
        return sum(1 for job in self.last.values() if job.state.finished)

    def problems(self) -> list[str]:
        """Every job not created exactly once, not finished exactly once, or not succeeded."""
        out = []
        for job_id in sorted(set(self.created) | set(self.last)):
            job = self.last.get(job_id)
            if self.created[job_id] != 1:
                out.append(f"{job_id}: created {self.created[job_id]} times")
            if self.finished[job_id] != 1:
                out.append(f"{job_id}: finished {self.finished[job_id]} times")
            if job is None or job.state is not self._succeeded:
                state = job.state.value if job is not None else "unknown"
                error = f" ({job.error})" if job is not None and job.error else ""
                out.append(f"{job_id}: ended {state}{error}")
        return out


@dataclass
class RoundFigures:
    number: int
    rss_mb: float
    worst_stall_ms: float
    p99_stall_ms: float
    jobs_done: int
    seconds: float
    qt_warnings: int

    def line(self) -> str:
        return (
            f"round {self.number}: {self.rss_mb:.0f} MB resident, event-loop stall worst "
            f"{self.worst_stall_ms:.0f} ms (p99 {self.p99_stall_ms:.1f} ms), "
            f"{self.jobs_done} jobs done, {self.seconds:.0f} s, Qt warnings so far "
            f"{self.qt_warnings}"
        )


@dataclass
class SoakReport:
    rounds: list[RoundFigures] = field(default_factory=list)
    expected_jobs: int = 0
    created: int = 0
    job_problems: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    log_problems: list[str] = field(default_factory=list)
    exports_s: list[float] = field(default_factory=list)
    frames_seen: int = 0

    @property
    def qt_unexpected(self) -> list[str]:
        """Qt's warnings that are not about the headless machine."""
        return [text for text in self.qt_warnings if not headless(text)]

    def memory_levels_off(self, tolerance: float = 0.10) -> bool:
        """The last round's memory within ``tolerance`` of the middle round's."""
        middle = self.rounds[len(self.rounds) // 2].rss_mb
        return self.rounds[-1].rss_mb <= middle * (1 + tolerance)

    def summary(self) -> str:
        worst = max((r.worst_stall_ms for r in self.rounds), default=0.0)
        p99 = statistics.median(r.p99_stall_ms for r in self.rounds) if self.rounds else 0.0
        middle = self.rounds[len(self.rounds) // 2].rss_mb
        last = self.rounds[-1].rss_mb
        return (
            f"{len(self.rounds)} rounds, {self.created} jobs created of {self.expected_jobs} "
            f"expected, {len(self.job_problems)} not created and finished exactly once; "
            f"memory {self.rounds[0].rss_mb:.0f} → {middle:.0f} (middle) → {last:.0f} MB "
            f"(last/middle {last / middle:.3f}); worst stall {worst:.0f} ms, median round p99 "
            f"{p99:.1f} ms; {len(self.qt_warnings)} Qt warnings ("
            f"{len(self.qt_warnings) - len(self.qt_unexpected)} about the headless machine), "
            f"{len(self.log_problems)} log warnings; exports "
            + ", ".join(f"{seconds:.1f} s" for seconds in self.exports_s)
        )
