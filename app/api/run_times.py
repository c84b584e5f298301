"""What finished runs teach about the next: how much run times differ (``run_spread``), how
run time grows with clip length (``RunTimeLine``), and the run times seen in this session
(``RunMemory``), which teach jobs that have too little stored history.
"""

from __future__ import annotations

import statistics
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from app.api.poll_timing import PollTimings
from app.api.poll_tracks import Track


@dataclass(frozen=True)
class RunTimeLine:
    """Run time against clip length for one model, engine and resolution: ``intercept +
    slope × length`` seconds, and how much runs stray from it (see :func:`run_spread`)."""

    intercept: float
    slope: float
    spread: float | None

    def seconds(self, length: float) -> float:
        return max(0.5, self.intercept + self.slope * length)

    @classmethod
    def fit(cls, runs: Sequence[tuple[float, float]], *, minimum: int = 3) -> RunTimeLine | None:
        """The line through ``(clip length, seconds)`` runs, or None with fewer than
        ``minimum`` runs or a single length.

        Generation time grows with the length of the clip, so the line predicts a length
        that has no history of its own yet. It is Theil–Sen's (the median of the slopes
        between every two runs of different lengths, then the median intercept), so one odd
        run does not tilt it; it never falls with length.
        """
        if len(runs) < minimum:
            return None
        slopes = [
            (s2 - s1) / (l2 - l1)
            for i, (l1, s1) in enumerate(runs)
            for l2, s2 in runs[i + 1 :]
            if l2 != l1
        ]
        if not slopes:
            return None
        slope = max(0.0, statistics.median(slopes))
        intercept = statistics.median(s - slope * n for n, s in runs)
        spread = run_spread([s - (intercept + slope * n) for n, s in runs])
        return cls(intercept, slope, spread)


def run_spread(history: Sequence[float]) -> float | None:
    """How much the run times of a history differ (a robust standard deviation), or None
    when there are too few to say."""
    if len(history) < 3:
        return None
    middle = statistics.median(history)
    return 1.4826 * statistics.median(abs(d - middle) for d in history)


class RunMemory:
    """Run times seen in this session, by kind (jobs whose run times compare) and by family
    (the same model, engine and resolution, any length): they make a job without enough
    stored history confident before that history reaches the job store."""

    def __init__(self, timings: PollTimings) -> None:
        self.timings = timings
        self._recent: dict[str, deque[float]] = {}
        self._family_runs: dict[str, deque[tuple[float, float]]] = {}
        self._family_lines: dict[str, RunTimeLine | None] = {}

    def teach(self, track: Track) -> None:
        """Without enough stored history, run times just seen: of the same kind of job, else
        of other lengths of the same family."""
        if track.confident:
            return
        recent = self._recent.get(track.kind) if track.kind else None
        if recent and len(recent) >= self.timings.confident_after:
            track.expected = statistics.median(recent)
            track.spread = run_spread(list(recent))
            track.confident = True
            return
        if not track.family or track.length is None or track.family not in self._family_runs:
            return
        if track.family not in self._family_lines:
            runs = list(self._family_runs[track.family])
            minimum = self.timings.confident_after
            self._family_lines[track.family] = RunTimeLine.fit(runs, minimum=minimum)
        line = self._family_lines[track.family]
        if line is not None:
            track.expected, track.spread = line.seconds(track.length), line.spread
            track.confident = True

    def learn(self, track: Track, started: float, finished: float) -> bool:
        """Keep a run time whose start was seen closely; True when it was kept."""
        if not track.kind or track.start_bounds is None:
            return False
        low, high = track.start_bounds
        if high - low > 2 * self.timings.near_finish:
            return False
        self._recent.setdefault(track.kind, deque(maxlen=20)).append(finished - started)
        if track.family and track.length is not None:
            runs = self._family_runs.setdefault(track.family, deque(maxlen=40))
            runs.append((track.length, finished - started))
            self._family_lines.pop(track.family, None)
        return True
