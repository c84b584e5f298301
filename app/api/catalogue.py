"""Reading RunComfy's catalogue (``GET /v1/models``, every page, with schemas) and keeping it.

``read_catalogue`` pages through the catalogue with the client's read retries (a page that
fails with a 5xx, a 429 or a dropped connection is asked again, with back-off) and its one
error translation; an entry of the wrong shape is left out with one warning and never keeps
the others out.

``refresh_catalogue`` is what the window and ``storyreel models --refresh`` use: it reads the
catalogue when the cache of this API base is older than a day (or when asked), writes the
cache atomically, and otherwise — no network, a refused key, a server error after every
retry — falls back to the cache, saying why. The shipped models are always there (see
``app.core.catalogue_source``). The key goes only to the API base itself: the catalogue is on
the Model API host, and the client sends the key nowhere else.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.api.client import RetryPolicy, RunComfyClient
from app.core.catalogue import Catalogue
from app.core.catalogue_cache import (
    CachedCatalogue,
    Listing,
    new_since,
    read_cache,
    read_listings,
    write_cache,
)
from app.core.catalogue_source import assemble
from app.core.errors import ApiError, ProtocolError

log = logging.getLogger(__name__)

PAGE_SIZE = 50
MAX_PAGES = 200  # 10,000 models: far beyond RunComfy's catalogue, and a stop for a server
# that keeps answering full pages


@dataclass(frozen=True)
class Reading:
    """One complete reading of the catalogue: the usable listings and a warning for each
    entry left out."""

    listings: list[Listing]
    warnings: list[str]
    pages: int


async def read_catalogue(client: RunComfyClient, page_size: int = PAGE_SIZE) -> Reading:
    """Every page of the catalogue. ApiError (already in the user's words) when a page cannot
    be read after the client's retries."""
    entries: list[Any] = []
    offset = 0
    pages = 0
    for pages in range(1, MAX_PAGES + 1):  # noqa: B007 (the count is kept)
        page = await client.list_models(page_size, offset)
        models = page.get("models")
        if not isinstance(models, list):
            raise ProtocolError(
                "Reading RunComfy's list of models: an answer came without a list of models."
            )
        found = page.get("total")
        total = found if isinstance(found, int) and not isinstance(found, bool) else None
        entries += models
        offset += len(models)
        if not models or (offset >= total if total is not None else len(models) < page_size):
            break
    else:
        log.warning("the catalogue kept answering full pages; stopped after %s", MAX_PAGES)
    listings, warnings = read_listings(entries)
    return Reading(listings, warnings, pages)


@dataclass(frozen=True)
class Refreshed:
    """The catalogue to offer after a refresh, and what became of the reading."""

    catalogue: Catalogue
    read_now: bool  # the catalogue was read from the API base just now
    fetched_at: datetime | None  # when the catalogue offered was read (None: never)
    problem: str = ""  # why it could not be read now ("" when it was, or was not needed)
    new_ids: frozenset[str] = field(default_factory=frozenset)
    error: ApiError | None = None  # the failure behind ``problem``


def _from_cache(
    cached: CachedCatalogue | None,
    user_dir: Path | None,
    warnings: list[str],
    error: ApiError | None = None,
) -> Refreshed:
    listings: list[Listing] = []
    new_ids: frozenset[str] = frozenset()
    if cached is not None:
        listings, skipped = read_listings(cached.entries)
        warnings = warnings + skipped
        new_ids = cached.new_ids
    catalogue = assemble(listings, user_dir=user_dir, new_ids=new_ids, warnings=warnings)
    fetched_at = cached.fetched_at if cached is not None else None
    problem = f"RunComfy's list of models could not be read: {error}" if error else ""
    return Refreshed(catalogue, False, fetched_at, problem, new_ids, error)


async def refresh_catalogue(
    api_base: str,
    token: str,
    *,
    force: bool = False,
    user_dir: Path | None = None,
    retry: RetryPolicy | None = None,
    now: datetime | None = None,
) -> Refreshed:
    """The catalogue of ``api_base``: read now when the cache is older than a day or
    ``force``; otherwise, or when it cannot be read, the cache (see the module text)."""
    cached, cache_problem = await asyncio.to_thread(read_cache, api_base)
    warnings = [cache_problem] if cache_problem else []
    if not force and cached is not None and cached.is_fresh(now):
        return await asyncio.to_thread(_from_cache, cached, user_dir, warnings)
    try:
        async with RunComfyClient(api_base, token, retry=retry) as client:
            reading = await read_catalogue(client)
    except ApiError as exc:
        return await asyncio.to_thread(_from_cache, cached, user_dir, warnings, exc)
    moment = now or datetime.now(UTC)
    new_ids = new_since(cached, reading.listings)
    fresh = CachedCatalogue(api_base, moment, tuple(_entries(reading.listings)), new_ids)
    try:
        await asyncio.to_thread(write_cache, fresh)
    except OSError as exc:
        warnings.append(
            f"The list of models could not be kept for the next start ({exc.strerror or exc}); "
            "it is read again then."
        )
    catalogue = await asyncio.to_thread(
        assemble,
        reading.listings,
        user_dir=user_dir,
        new_ids=new_ids,
        warnings=warnings + reading.warnings,
    )
    return Refreshed(catalogue, True, moment, "", new_ids)


def _entries(listings: list[Listing]) -> list[Mapping[str, Any]]:
    return [item.entry for item in listings]


__all__ = ["MAX_PAGES", "PAGE_SIZE", "Reading", "Refreshed", "read_catalogue", "refresh_catalogue"]
