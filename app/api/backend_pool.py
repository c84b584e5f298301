"""The engine's backends: one RunComfy client per API base and key, and the offline preview.

A key belongs to one base, and a job stays with the base it was sent to: a RunComfy job is
followed only with its own base's key (``WAITING_FOR_KEY`` when it has none). When a base's
key changes, a new client is made and the old one is kept (polls already under way still use
it) until the pool stops.
"""

from __future__ import annotations

import asyncio
import hashlib

from app.api import secrets
from app.api.backends import (
    OFFLINE_MISSING,
    Backend,
    BackendNeeds,
    OfflineFactory,
    RunComfyBackend,
)
from app.api.client import RetryPolicy, check_api_base
from app.core.catalogue import Catalogue
from app.core.engines import OFFLINE, RUNCOMFY, EngineKind
from app.core.errors import MissingKey, StoryreelError
from app.core.jobs import Job
from app.core.settings import Settings
from app.core.wording import QT_TRANSLATE_NOOP, said

NO_KEY = QT_TRANSLATE_NOOP(
    "Errors",
    "No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the "
    "RUNCOMFY_API_TOKEN environment variable), or use the free offline preview.",
)
NO_KEY_FOR = QT_TRANSLATE_NOOP(
    "Errors",
    "No RunComfy API key is set for {base}. Add one in Settings (or with `storyreel login "
    "--api-base {base}`, or the RUNCOMFY_API_TOKEN environment variable), or use the free "
    "offline preview.",
)
WAITING_FOR_KEY = QT_TRANSLATE_NOOP(
    "Errors",
    "Waiting for the API key of {base}: set it in Settings or with `storyreel login "
    "--api-base {base}`. This job was sent there, and Storyreel sends a key only to the "
    "address it was given for.",
)


def no_key_message(base: str) -> str:
    """The message for a base without a key (the default base's reads without the address)."""
    if secrets.normal_base(base) == secrets.normal_base(None):
        return said(NO_KEY)
    return said(NO_KEY_FOR, base=base)


class BackendPool:
    """Makes and keeps the backends jobs run on (module docstring)."""

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue,
        retry: RetryPolicy,
        offline: OfflineFactory | None,
    ) -> None:
        self.settings = settings
        self.catalogue = catalogue
        self.retry = retry
        self._offline = offline  # makes the offline preview backend (app.offline)
        self._backends: dict[tuple[str, str], Backend] = {}
        self._retired: list[Backend] = []
        self._lock = asyncio.Lock()
        self.closed = False

    @property
    def has_offline(self) -> bool:
        """Whether the offline preview engine runs in this session."""
        return (OFFLINE, "") in self._backends

    async def get(self, engine: str, api_base: str | None = None) -> Backend:
        if self.closed:
            raise StoryreelError.said(QT_TRANSLATE_NOOP("Errors", "The engine is closed."))
        kind = EngineKind.parse(engine)
        async with self._lock:
            if kind is OFFLINE:
                return await self._offline_backend()
            base = check_api_base(api_base or self.settings.effective_api_base())
            # A key belongs to one base: never ask for another's. The keyring may answer
            # over D-Bus: not on the window's thread.
            token = await asyncio.to_thread(secrets.get_token, base)
            if not token:
                if api_base:
                    raise MissingKey(said(WAITING_FOR_KEY, base=base), api_base=base)
                raise MissingKey(no_key_message(base), api_base=base)
            key = hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()
            backend = self._backends.get((RUNCOMFY, base))
            if backend is not None and backend.key == key:
                return backend
            if backend is not None:
                self._retired.append(backend)  # still used by polls already under way
            backend = RunComfyBackend(base, token, key, self.retry)
            await backend.start()
            self._backends[(RUNCOMFY, base)] = backend
            return backend

    async def of(self, job: Job) -> Backend:
        """The backend a job lives on: a RunComfy job stays with the API base it was sent to."""
        base = job.api_base or None if job.engine == RUNCOMFY else None
        return await self.get(job.engine, base)

    async def _offline_backend(self) -> Backend:
        backend = self._backends.get((OFFLINE, ""))
        if backend is not None:
            return backend
        if self._offline is None:
            raise StoryreelError.said(OFFLINE_MISSING)
        # Made in a worker: on the window's thread, importing the simulator stalled the
        # window at the first preview of a session (benchmarks/soak.py measures the stalls).
        needs = BackendNeeds(catalogue=self.catalogue, retry=self.retry)
        backend = await asyncio.to_thread(self._offline, needs)
        try:
            await backend.start()
        except BaseException:
            await backend.stop()
            raise
        self._backends[(OFFLINE, "")] = backend
        return backend

    async def stop(self) -> None:
        """Close the connections, then what a backend runs (the offline engine, in a worker)."""
        for backend in [*self._backends.values(), *self._retired]:
            await backend.stop()
        self._backends.clear()
        self._retired.clear()
