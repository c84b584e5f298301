"""Where the Engine's jobs run: a backend is a RunComfy-compatible API at an address, the
client that talks to it and the downloader that fetches its outputs.

* :class:`RunComfyBackend` (here): RunComfy's Model API at one API base, with that base's key.
* The offline preview backend is assembled outside this package (``app.offline``) from the
  simulator's parts and handed to the Engine as an :data:`OfflineFactory`: this package never
  imports the simulator.

The Engine starts a backend before its first use (:meth:`Backend.start`, awaited on the loop;
anything slow in it runs in a worker thread) and stops it when it closes (:meth:`Backend.stop`:
connections first, then whatever the backend runs).
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from app.api.client import RetryPolicy, RunComfyClient
from app.api.downloads import Downloader
from app.core.catalogue import Catalogue
from app.core.engines import EngineKind
from app.core.wording import QT_TRANSLATE_NOOP


class Backend(abc.ABC):
    """What a backend provides the Engine once started: ``client`` and ``downloader``."""

    kind: EngineKind
    api_base: str = ""
    key: str = ""  # a fingerprint of the API key it was made with, never the key

    def __init__(self) -> None:
        self._client: RunComfyClient | None = None
        self._downloader: Downloader | None = None

    @property
    def client(self) -> RunComfyClient:
        if self._client is None:
            raise RuntimeError(f"the {self.kind} backend is not started")
        return self._client

    @property
    def downloader(self) -> Downloader:
        if self._downloader is None:
            raise RuntimeError(f"the {self.kind} backend is not started")
        return self._downloader

    @abc.abstractmethod
    async def start(self) -> None:
        """Make it ready: after this, ``api_base``, ``client`` and ``downloader`` are set."""

    async def stop(self) -> None:
        """Close its connections; a subclass also stops what it runs, after calling this."""
        client, self._client = self._client, None
        downloader, self._downloader = self._downloader, None
        if client is not None:
            await client.aclose()
        if downloader is not None:
            await downloader.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind} {self.api_base or '(not started)'}>"


class RunComfyBackend(Backend):
    """RunComfy's Model API at ``api_base`` (already checked), with its key ``token``."""

    kind = EngineKind.RUNCOMFY

    def __init__(self, api_base: str, token: str, key: str, retry: RetryPolicy) -> None:
        super().__init__()
        self.api_base = api_base
        self.key = key
        self._token = token
        self._retry = retry

    async def start(self) -> None:
        # Its TLS set-up reads the certificate bundle from disk (and the first one imports
        # httpx's connection layer): not on the window's thread.
        client = await asyncio.to_thread(
            RunComfyClient, self.api_base, self._token, retry=self._retry
        )
        self._client = client
        self._downloader = Downloader(allow_loopback=client.is_loopback, retry=self._retry)
        self._token = ""


@dataclass(frozen=True)
class BackendNeeds:
    """What the Engine gives an offline backend it has made: the models it serves and how
    its client retries."""

    catalogue: Catalogue
    retry: RetryPolicy


# Makes the offline preview backend (not yet started). The Engine awaits it in a worker thread
# (``asyncio.to_thread``), so that importing what it is made of never stalls the window.
OfflineFactory = Callable[[BackendNeeds], Backend]

OFFLINE_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The offline preview engine is not part of this Storyreel, so the preview cannot be made.",
)

__all__ = [
    "OFFLINE_MISSING",
    "Backend",
    "BackendNeeds",
    "OfflineFactory",
    "RunComfyBackend",
]
