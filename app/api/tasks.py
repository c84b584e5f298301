"""The one registry of background tasks, so that quitting cancels every one of them.

A task that fails is logged (with the API key redacted by the logging filter) instead of
vanishing; cancellation is never swallowed: ``cancel_all`` cancels, then waits, and a
cancellation of ``cancel_all`` itself propagates to its caller.

asyncio is imported by the methods that run on the loop: the window creates its registry
before its first paint, and asyncio is loaded after that.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)


class TaskRegistry:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        if self._closed:
            coro.close()
            raise RuntimeError("the engine is closed: no new background work can start")
        import asyncio

        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    def __len__(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        """Cancel every task and wait until each has finished its clean-up."""
        import asyncio

        self._closed = True
        current = asyncio.current_task()
        while True:
            pending = [t for t in self._tasks if t is not current and not t.done()]
            if not pending:
                return
            for task in pending:
                task.cancel()
            # Children report their own cancellation as a result here; if this coroutine
            # is itself cancelled, gather raises and the cancellation goes up.
            await asyncio.gather(*pending, return_exceptions=True)
