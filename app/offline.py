"""The free offline preview engine: the simulator's parts assembled into an Engine backend.

The simulator (``app.sim``) serves RunComfy's API on loopback and renders a motion sketch of
the user's own frames (``SimServer(preview=True)``). Here it becomes the backend the Engine
runs ``"offline"`` jobs on; the command line and the window hand :func:`offline_preview` (or
:func:`offline_factory` with other timings) to the Engine they make, so that ``app.api`` never
imports the simulator.

The simulator is imported only when the Engine makes the backend, in a worker thread: on the
window's thread, importing it stalled the window at the first preview of a session.
"""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.api.backends import Backend, BackendNeeds, OfflineFactory
from app.api.client import RetryPolicy, RunComfyClient
from app.api.downloads import Downloader
from app.core.catalogue import Catalogue
from app.core.catalogue_cache import read_listings
from app.core.catalogue_source import assemble
from app.core.engines import EngineKind

if TYPE_CHECKING:
    from app.sim.server import SimServer, Timings


def preview_timings() -> Timings:
    """How long a preview waits in the queue and renders: short, it is the user's own sketch."""
    from app.sim.server import Timings

    return Timings(queue_seconds=0.05, run_seconds=0.1, render=True)


class OfflinePreview(Backend):
    """A preview simulator on a free loopback port, its client and its downloader."""

    kind = EngineKind.OFFLINE

    def __init__(self, server: SimServer, retry: RetryPolicy) -> None:
        super().__init__()
        self.server = server
        self._retry = retry
        self._running = False

    async def start(self) -> None:
        await asyncio.to_thread(self.server.start)
        self._running = True
        self.api_base = self.server.api_base
        self._client = await asyncio.to_thread(
            RunComfyClient, self.api_base, self.server.token, retry=self._retry
        )
        self._downloader = Downloader(allow_loopback=True, retry=self._retry)

    async def stop(self) -> None:
        try:
            await super().stop()
        finally:
            if self._running:
                self._running = False
                await asyncio.to_thread(self.server.stop)


def offline_preview(needs: BackendNeeds, timings: Any = None) -> OfflinePreview:
    """The offline backend, not yet started (an :data:`~app.api.backends.OfflineFactory`).

    Imports the simulator: the Engine calls it in a worker thread.
    """
    from app.sim.server import SimServer

    server = SimServer(
        preview=True, timings=timings or preview_timings(), catalogue=needs.catalogue
    )
    return OfflinePreview(server, needs.retry)


def offline_factory(timings: Timings | None = None) -> OfflineFactory:
    """An offline backend factory whose simulator keeps ``timings`` (tests, benchmarks)."""
    return functools.partial(offline_preview, timings=timings)


def offline_catalogue(user_dir: Path | None = None) -> Catalogue:
    """The models the offline preview engine serves (the shipped five and the simulator's
    catalogue), with the user's model files: what the window offers without a key."""
    from app.sim.catalogue import default_entries

    listings, warnings = read_listings(default_entries())
    return assemble(listings, user_dir=user_dir, warnings=warnings)


__all__ = [
    "OfflinePreview",
    "offline_catalogue",
    "offline_factory",
    "offline_preview",
    "preview_timings",
]
