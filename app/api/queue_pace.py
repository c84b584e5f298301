"""How fast one server's queue moves, learned from the polls of the jobs waiting in it."""

from __future__ import annotations

from collections import deque


class QueuePace:
    """How fast one server's queue moves (jobs leaving it per second), learned from polls.

    Two measures, the larger wins (each can only under-rate a queue that also serves
    others): how many places queued jobs moved up between two polls (the ratio of the sums,
    so quiet spells count as much as busy ones), and how often jobs that had to wait in the
    queue started.
    """

    def __init__(self, keep: int = 40) -> None:
        self._moves: deque[tuple[int, float]] = deque(maxlen=keep)
        self._starts: deque[float] = deque(maxlen=keep)
        # Read for every queued job each time any of them is re-planned, changed only by a
        # poll: worked out once per change.
        self._rate: float | None = None
        self._rate_known = False

    def moved(self, places: int, seconds: float) -> None:
        if seconds > 0:
            self._moves.append((max(0, places), seconds))
            self._rate_known = False

    def started(self, at: float) -> None:
        self._starts.append(at)
        self._rate_known = False

    @property
    def per_second(self) -> float | None:
        if not self._rate_known:
            self._rate, self._rate_known = self._measure(), True
        return self._rate

    def _measure(self) -> float | None:
        rates = []
        places = sum(m for m, _ in self._moves)
        seconds = sum(s for _, s in self._moves)
        if places and seconds >= 1.0:
            rates.append(places / seconds)
        if len(self._starts) >= 3:
            span = max(self._starts) - min(self._starts)
            if span >= 1.0:
                rates.append((len(self._starts) - 1) / span)
        return max(rates) if rates else None

    def wait(self, position: int | None) -> float | None:
        """Seconds until a job at ``position`` is expected to start, when the pace is known."""
        pace = self.per_second
        if pace is None or position is None:
            return None
        return max(0.0, position - 0.5) / pace
