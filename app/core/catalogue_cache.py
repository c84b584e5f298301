"""RunComfy's catalogue as Storyreel keeps it: the listed entries, read tolerantly, and the
cache file in the data folder.

An entry of ``GET /v1/models`` becomes a :class:`Listing` (``listing_from_entry``), or a
:class:`~app.core.errors.CatalogueError` whose sentence says why it is left out: one bad
entry never keeps the others out.

The cache is one file per API base (``catalogue/<host>-<port>.json`` in the data folder),
written atomically: its ``format_version``, the API base, when the catalogue was read
(``fetched_at``, ISO-8601 UTC), the entries as RunComfy listed them and the model ids that
were new at that reading. A reading is fresh for a day (:data:`MAX_AGE`). A cache file that
cannot be read, or was written by a newer Storyreel, counts as no cache (and is replaced at
the next reading); it never stops Storyreel.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core import catalogue_wording as words
from app.core import safe_json
from app.core.errors import CatalogueError, FileFormatError
from app.core.fileio import write_atomic
from app.core.paths import data_dir

CACHE_FORMAT = 1
MAX_AGE = timedelta(days=1)
MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")
PRICE_UNITS = frozenset({"second", "output"})


@dataclass(frozen=True)
class Listing:
    """One model as RunComfy's catalogue lists it."""

    model_id: str
    display_name: str
    categories: tuple[str, ...]
    kind: str
    base_price_usd: float | None
    price_unit: str
    input_schema: Mapping[str, Any] = field(repr=False)
    entry: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def is_video(self) -> bool:
        return any(c.endswith("video") for c in self.categories) or "-to-video" in self.model_id


def _named(entry: Mapping[str, Any]) -> str | None:
    model_id = entry.get("model_id")
    if isinstance(model_id, str) and model_id.strip():
        return safe_json.printable(model_id.strip()[:120])
    return None


def listing_from_entry(entry: Any, position: int) -> Listing:
    """The entry at ``position`` (0-based) of the catalogue, or CatalogueError saying why not."""
    if not isinstance(entry, Mapping):
        raise CatalogueError.said(words.ENTRY_NOT_A_MODEL, number=position + 1)
    name = _named(entry)
    model_id = entry.get("model_id")
    if not isinstance(model_id, str) or not MODEL_ID.fullmatch(model_id.strip()):
        if name is None:
            raise CatalogueError.said(words.ENTRY_NO_ID_AT, number=position + 1)
        raise CatalogueError.said(words.ENTRY_NO_ID, name=name)
    schema = entry.get("input_schema")
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        if name is None:
            raise CatalogueError.said(words.ENTRY_NO_SCHEMA_AT, number=position + 1)
        raise CatalogueError.said(words.ENTRY_NO_SCHEMA, name=name)
    display = entry.get("display_name")
    categories = entry.get("categories")
    price = entry.get("base_price_usd")
    unit = entry.get("price_unit")
    return Listing(
        model_id=model_id.strip(),
        display_name=display.strip() if isinstance(display, str) and display.strip() else "",
        categories=tuple(c for c in categories if isinstance(c, str))
        if isinstance(categories, list)
        else (),
        kind=str(entry.get("kind") or "model"),
        base_price_usd=float(price)
        if isinstance(price, (int, float)) and not isinstance(price, bool) and price >= 0
        else None,
        price_unit=unit if unit in PRICE_UNITS else "",
        input_schema=schema,
        entry=entry,
    )


def read_listings(entries: Iterable[Any]) -> tuple[list[Listing], list[str]]:
    """The usable listings of ``entries`` (the first of each model id), and one warning per
    entry left out."""
    listings: list[Listing] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries):
        try:
            listing = listing_from_entry(entry, position)
        except CatalogueError as exc:
            warnings.append(words.message_of(exc))
            continue
        if listing.model_id in seen:
            continue
        seen.add(listing.model_id)
        listings.append(listing)
    return listings, warnings


@dataclass(frozen=True)
class CachedCatalogue:
    """One reading of the catalogue of one API base."""

    api_base: str
    fetched_at: datetime
    entries: tuple[Mapping[str, Any], ...]
    new_ids: frozenset[str] = frozenset()

    def is_fresh(self, now: datetime | None = None) -> bool:
        age = (now or datetime.now(UTC)) - self.fetched_at
        return timedelta(0) <= age < MAX_AGE

    def model_ids(self) -> frozenset[str]:
        return frozenset(e["model_id"] for e in self.entries if isinstance(e.get("model_id"), str))


def new_since(previous: CachedCatalogue | None, listings: Iterable[Listing]) -> frozenset[str]:
    """The model ids listed now that the previous reading did not list (none at the first)."""
    if previous is None:
        return frozenset()
    before = previous.model_ids()
    return frozenset(item.model_id for item in listings if item.model_id not in before)


def cache_path(api_base: str) -> Path:
    """The cache file of one API base: a name made of its host and port."""
    parts = urlsplit(api_base)
    host = re.sub(r"[^A-Za-z0-9.-]", "_", parts.hostname or "unknown")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return data_dir() / "catalogue" / f"{host}-{port}.json"


def _moment(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_cache(api_base: str, path: Path | None = None) -> tuple[CachedCatalogue | None, str]:
    """The cached reading of ``api_base`` and "" — or None and why there is none to use
    ("" when there simply is no cache yet). Never raises."""
    path = path or cache_path(api_base)
    shown = safe_json.printable(str(path))
    try:
        doc = safe_json.read_json_file(path, words.said(words.THE_CACHE, path=shown))
    except FileNotFoundError:
        return None, ""
    except (FileFormatError, OSError) as exc:
        return None, words.said(words.CACHE_READ_AGAIN, reason=words.message_of(exc))
    version = doc.get("format_version") if isinstance(doc, dict) else None
    if isinstance(version, int) and version > CACHE_FORMAT:
        return None, words.said(words.CACHE_NEWER, path=shown)
    fetched = _moment(doc.get("fetched_at")) if isinstance(doc, dict) else None
    entries = doc.get("models") if isinstance(doc, dict) else None
    if version != CACHE_FORMAT or fetched is None or not isinstance(entries, list):
        return None, words.said(words.CACHE_DAMAGED, path=shown)
    new = doc.get("new_ids")
    return (
        CachedCatalogue(
            api_base=str(doc.get("api_base") or api_base),
            fetched_at=fetched,
            entries=tuple(e for e in entries if isinstance(e, dict)),
            new_ids=frozenset(n for n in new if isinstance(n, str))
            if isinstance(new, list)
            else frozenset(),
        ),
        "",
    )


def write_cache(cached: CachedCatalogue, path: Path | None = None) -> Path:
    """Save a reading atomically; OSError when the data folder cannot be written."""
    path = path or cache_path(cached.api_base)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "format_version": CACHE_FORMAT,
        "api_base": cached.api_base,
        "fetched_at": cached.fetched_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "new_ids": sorted(cached.new_ids),
        "models": [dict(e) for e in cached.entries],
    }
    return write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1))


__all__ = [
    "CACHE_FORMAT",
    "MAX_AGE",
    "CachedCatalogue",
    "Listing",
    "cache_path",
    "listing_from_entry",
    "new_since",
    "read_cache",
    "read_listings",
    "write_cache",
]
