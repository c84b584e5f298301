"""Fetching an image URL for checking: the drop zones' ``ImageFetch``."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import FetchError
from app.ui.bridge.base import tr

if TYPE_CHECKING:
    import asyncio

_fetched_lock = threading.Lock()
_fetched: dict[tuple[str, str], Path] = {}
_running: set[ImageFetch] = set()  # guarded by _fetched_lock


class ImageFetch:
    """One image URL fetched for checking: run in a worker thread, watched and cancelled from
    the window. The drop zones fetch only through this, so the window never imports the
    network code itself.

    :meth:`run` fetches once per session per folder (switching models re-checks the same
    image against other rules and should not download it again), within the fetch's overall
    deadline (``app.api.fetch.FETCH_DEADLINE``). :meth:`progress` may be read from any thread;
    :meth:`cancel` stops the download at once and leaves nothing behind.
    """

    def __init__(self, url: str, dest_dir: Path, *, max_bytes: int = 50_000_000) -> None:
        self.url = url
        self.dest_dir = Path(dest_dir)
        self.max_bytes = max_bytes  # a video or audio clip may be larger than an image
        self._lock = threading.Lock()
        self._received = 0
        self._total: int | None = None
        self._cancelled = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Any] | None = None

    @staticmethod
    def cancel_all() -> None:
        """Stop every fetch still running (on quit: no worker thread waits on a slow server)."""
        with _fetched_lock:
            running = list(_running)
        for fetch in running:
            fetch.cancel()

    def progress(self) -> tuple[int, int | None]:
        """Bytes received so far, and the size the server announced (None when unknown)."""
        with self._lock:
            return self._received, self._total

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            loop, task = self._loop, self._task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has finished already
                loop.call_soon_threadsafe(task.cancel)

    def _note(self, received: int, total: int | None) -> None:
        with self._lock:
            self._received, self._total = received, total

    def run(self) -> Path:
        """The URL's image as a local file (blocking: call it from a worker thread)."""
        key = (str(self.dest_dir), self.url)
        with _fetched_lock:
            known = _fetched.get(key)
        if known is not None and known.is_file():
            return known
        # httpx loads with the first URL, in this worker thread, not at start-up.
        import asyncio

        from app.api.fetch import fetch_image

        async def fetch() -> Path:
            with self._lock:
                if self._cancelled:
                    raise asyncio.CancelledError
                self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
            return await fetch_image(
                self.url, self.dest_dir, max_bytes=self.max_bytes, on_progress=self._note
            )

        with _fetched_lock:
            _running.add(self)
        try:
            # The worker thread has no event loop of its own; this one lives for one download.
            copy = asyncio.run(fetch())
        except asyncio.CancelledError:
            raise FetchError(tr("Fetching the image was cancelled.")) from None
        finally:
            with _fetched_lock:
                _running.discard(self)
            with self._lock:
                self._loop = self._task = None
        with _fetched_lock:
            _fetched[key] = copy
        return copy
