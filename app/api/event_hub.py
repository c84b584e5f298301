"""The engine's event plumbing: who hears of a job's changes, and how.

Two kinds of hearers: subscriptions (async iterators, for the command line and tests) and
listeners (callbacks on the loop's thread, for the window's bridge). The engine saves a
change first and only then hands the event here (see ``app.api.engine``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from app.core.jobs import EventKind, Job, JobEvent, event

log = logging.getLogger(__name__)


class Subscription:
    """An async iterator over every event from the moment it was made."""

    def __init__(self, hub: EventHub) -> None:
        self._hub = hub
        self._queue: asyncio.Queue[JobEvent | None] = asyncio.Queue()
        hub.queues.append(self._queue)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> JobEvent:
        item = await self._queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        with contextlib.suppress(ValueError):
            self._hub.queues.remove(self._queue)


class EventHub:
    """Sends each job event to every subscription and listener."""

    def __init__(self) -> None:
        self.queues: list[asyncio.Queue[JobEvent | None]] = []
        self._listeners: list[Callable[[JobEvent], None]] = []

    def subscribe(self) -> Subscription:
        """Every event from now on, until the hub closes."""
        return Subscription(self)

    def add_listener(self, callback: Callable[[JobEvent], None]) -> Callable[[], None]:
        """Call ``callback`` (on the loop's thread) for every event; returns its remover."""
        self._listeners.append(callback)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(callback)

        return remove

    def emit(
        self,
        kind: EventKind,
        job: Job,
        *,
        message: str | None = None,
        progress: float | None = None,
    ) -> None:
        item = event(kind, job, message=message, progress=progress)
        for queue in list(self.queues):
            queue.put_nowait(item)
        for callback in list(self._listeners):
            try:
                callback(item)
            except Exception:  # one broken listener must not stop the engine or the others
                log.exception("a job event listener failed")

    def close(self) -> None:
        """End every subscription."""
        for queue in self.queues:
            queue.put_nowait(None)
        self.queues.clear()
