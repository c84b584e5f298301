"""The jobs the poll scheduler follows (``Track``), and what they tell about each other
(``TrackBook``): the pace of each server's queue, and the ends of jobs, each of which hands
a free slot to the next waiting job, so that a job's start is known without asking it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.api.client import RunComfyClient
from app.api.poll_timing import PollTimings
from app.api.queue_pace import QueuePace
from app.api.replies import Result


@dataclass
class Track:
    """One job followed: what is known of it, and when it is next asked."""

    job_id: str
    request_id: str
    client: RunComfyClient
    expected: float
    confident: bool
    submitted_at: float
    spread: float | None = None
    kind: str = ""
    family: str = ""
    length: float | None = None
    running: bool = False
    position: int | None = None
    started_at: float | None = None
    start_bounds: tuple[float, float] | None = None  # it started between these two times
    waited_position: int | None = None  # its place when last seen queued
    inferred_start: float | None = None  # a queued job's start, told by another's end
    last_queued_seen: float | None = None
    unmoved: int = 0  # questions in a row that found it at the same place in the queue
    last_asked: float = 0.0  # monotonic
    due: float = 0.0
    failures: int = 0
    failing_since: float | None = None  # monotonic: when the first of those failures was asked
    warned: bool = False
    long_flagged: bool = False
    in_flight: bool = False
    empty_completions: int = 0

    @property
    def start(self) -> float | None:
        """When it started, as seen (running) or as told by the ends of others (waiting)."""
        return self.started_at if self.running else self.inferred_start


class TrackBook:
    """The tracks followed, by job id, with each server's queue pace and recent job ends."""

    def __init__(self, timings: PollTimings, clock: Callable[[], float]) -> None:
        self.timings = timings
        self._clock = clock
        self.tracks: dict[str, Track] = {}
        self._paces: dict[RunComfyClient, QueuePace] = {}
        self._finishes: dict[RunComfyClient, deque[float]] = {}

    def pace(self, track: Track) -> QueuePace:
        pace = self._paces.get(track.client)
        if pace is None:
            pace = self._paces[track.client] = QueuePace()
        return pace

    def note_end(self, client: RunComfyClient, finished: float) -> None:
        """A job of this server ended at ``finished``."""
        self._finishes.setdefault(client, deque(maxlen=200)).append(finished)

    def ends_between(self, client: RunComfyClient, low: float, high: float) -> int:
        """How many jobs of this server ended after ``low``, up to ``high``."""
        return sum(1 for t in self._finishes.get(client, ()) if low < t <= high)

    def shorter_sibling_runs(self, track: Track) -> bool:
        """A shorter clip of the same family, started no later, still runs: longer clips take
        longer, so this one is not done before it. Only asked while run times are unknown."""
        if not track.family or track.length is None:
            return False
        if track.start is None:
            return False
        latest = track.start + self.timings.near_finish  # starts are known to a poll or so
        return any(
            other.family == track.family
            and other.length is not None
            and other.length < track.length
            and other.start is not None
            and other.start <= latest
            for other in self.tracks.values()
        )

    def front_of_queue(self, track: Track) -> bool:
        """No other job followed on this server waits ahead of this one (it probes the pace)."""
        if track.running or track.position is None:
            return True
        return not any(
            other.client is track.client
            and not other.running
            and other.inferred_start is None
            and other.position is not None
            and other.position < track.position
            for other in self.tracks.values()
        )

    def due_to_have_started(self, track: Track) -> bool:
        """The queue's pace says this queued job has started by now."""
        if track.inferred_start is not None:
            return True
        if track.last_queued_seen is None:
            return False
        wait = self.pace(track).wait(track.position)
        return wait is not None and self._clock() - track.last_queued_seen >= wait

    def slot_start(
        self, track: Track, low: float, high: float, place: int | None = None
    ) -> float | None:
        """When a job that had to wait started, from the finishes of other jobs.

        A queue hands a free slot to the next waiting job the moment a running job ends, so
        a job that waited at position ``p`` started at the ``p``-th end after it was last
        seen queued. None when too few ends are known yet, or its position is not known (a
        result says "still queued" without one).
        """
        if track.last_queued_seen is None:
            return None
        place = track.waited_position if place is None else place
        if place is None:
            return None
        ends = sorted(t for t in self._finishes.get(track.client, ()) if low < t <= high)
        place = max(1, place)
        return ends[place - 1] if len(ends) >= place else None

    def settle_times(self, track: Track, result: Result, now: float) -> tuple[float, float]:
        """When the job started and finished, as well as the polls and the server tell.

        The end is the server's ``finished_at`` when it is plausible, else now. The start
        is only known to lie between two polls. Within that span it is, in order of
        preference: the end of another job that freed its slot; the moment that fits the
        expected duration, when earlier runs are a reliable guide; the middle. So a coarse
        poll does not teach later estimates a wrong run time.
        """
        low, high = track.start_bounds or (track.last_queued_seen or track.submitted_at, now)
        finished = result.finished_at
        if finished is None or not low - 5 <= finished <= now + 5:
            finished = now
        high = min(high, finished)
        low = min(low, high)
        guess = self.slot_start(track, low, high)
        if guess is None:
            guess = finished - track.expected if track.confident else (low + high) / 2
        return min(max(guess, low), high), finished
