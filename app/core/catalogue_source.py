"""The models Storyreel offers, put together from their three sources.

1. The five models Storyreel ships (``resources/models``): always there.
2. RunComfy's catalogue (read by ``app.api.catalogue``, kept in the cache of
   ``app.core.catalogue_cache``): each entry whose schema loads is offered; an entry with
   the id of a shipped model replaces it only when its schema loads, keeping what Storyreel
   knows of it beyond the schema (roles, advice, accepted formats) where the fields are still
   there. An entry that does not load is left out with one warning; the others load as usual.
3. The user's own model files (``models/*.json`` in the settings folder): loaded last; one
   whose id is already offered replaces it, with a warning that says so.

:func:`default_catalogue` is the one catalogue of a process: shipped, cached (for the current
API base) and the user's files. The window refreshes it in place when the catalogue is read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.core import catalogue_wording as words
from app.core import resources
from app.core.catalogue import Catalogue, Field, FieldKind, Model, model_from_document
from app.core.catalogue_cache import Listing, read_cache, read_listings
from app.core.errors import CatalogueError

BYTEDANCE = "bytedance/"
VIDEO_FORMATS = frozenset({"video_uri", "video_uris", "video_url", "video"})
AUDIO_FORMATS = frozenset({"audio_uri", "audio_uris", "audio_url", "audio"})
OUTPUT_SCHEMA = {
    "output": {
        "type": "object",
        "properties": {
            "image": {"type": "string", "format": "uri"},
            "video": {"type": "string", "format": "uri"},
            "images": {"type": "array", "items": {"type": "string", "format": "uri"}},
            "videos": {"type": "array", "items": {"type": "string", "format": "uri"}},
        },
    }
}


def shipped_documents() -> dict[str, dict[str, Any]]:
    """The shipped model files by model id, freshly parsed (callers may change them)."""
    docs: dict[str, dict[str, Any]] = {}
    for item in resources.listdir("models"):
        if item.name.endswith(".json"):
            doc = json.loads(item.read_text(encoding="utf-8"))
            doc["_source"] = item.name
            docs[doc["model_id"]] = doc
    return docs


def family_of(model_id: str, display_name: str) -> str:
    """The family a model is grouped under: "Seedance" for bytedance/seedance-2.5/…, else the
    first word of its name ("Kling 2.1 Pro" → "Kling")."""
    owner, _, rest = model_id.partition("/")
    if owner == "bytedance" and rest:
        word = re.match(r"[A-Za-z]+", rest)
        if word:
            return word.group(0).capitalize()
    first = display_name.split()[0] if display_name.split() else owner
    return first[:1].upper() + first[1:]


def is_bytedance_video(model: Model) -> bool:
    """ByteDance's video models: what Storyreel lists first (and `storyreel models` lists)."""
    if not model.model_id.startswith(BYTEDANCE):
        return False
    if model.builtin or not model.categories:
        return "-to-video" in model.model_id or model.builtin
    return any(c.endswith("video") for c in model.categories)


def _format_of(f: Field) -> str:
    fmt = f.schema.get("format")
    items = f.schema.get("items")
    if not isinstance(fmt, str) and isinstance(items, Mapping):
        fmt = items.get("format")
    return fmt.lower() if isinstance(fmt, str) else ""


def takes(model: Model) -> tuple[str, ...]:
    """What the model takes, in the user's words: "first frame", "first and last frame",
    "references", "video", "audio" — or ("text only",) when it takes no media at all."""
    found: list[str] = []
    images = [f for f in model.fields if f.is_image]
    if model.role("reference_images") is not None or any(
        f.kind is FieldKind.IMAGE_LIST and (f.max_items or 2) > 1 for f in images
    ):
        found.append("references")
    elif model.role("last_frame") is not None or len(images) > 1:
        found.append("first and last frame")
    elif images:
        found.append("first frame")
    formats = {_format_of(f) for f in model.fields}
    if formats & VIDEO_FORMATS:
        found.append("video")
    if formats & AUDIO_FORMATS:
        found.append("audio")
    return tuple(found) or ("text only",)


def unshowable_field(model: Model) -> Field | None:
    """A required field this Storyreel has no way to fill in (a video, an audio clip or a
    list of objects it cannot show yet), or None when every required field can be given."""
    for f in model.fields:
        if not f.required or f.kind is not FieldKind.GENERIC:
            continue
        if f.json_type in ("array", "object") or _format_of(f) not in ("", "uri", "url"):
            return f
    return None


def _kept_extras(shipped: Mapping[str, Any], properties: Mapping[str, Any]) -> dict[str, Any]:
    """Storyreel's notes on a shipped model, when every field they name is still there."""
    extra = shipped.get("storyreel")
    if not isinstance(extra, Mapping):
        return {}
    named = set((extra.get("roles") or {}).values())
    named |= set(extra.get("sample_defaults") or ())
    named |= set(extra.get("accepted_formats") or {}) | set(extra.get("frame_rate") or {})
    return dict(extra) if named <= set(properties) else {}


def model_from_listing(
    listing: Listing, shipped: Mapping[str, Any] | None = None, *, is_new: bool = False
) -> Model:
    """The model a catalogue entry describes; CatalogueError (a sentence) when its schema
    does not load."""
    props = listing.input_schema.get("properties") or {}
    doc: dict[str, Any] = {
        "model_id": listing.model_id,
        "display_name": listing.display_name or listing.model_id.split("/", 1)[-1],
        "family": family_of(listing.model_id, listing.display_name),
        "input_schema": dict(listing.input_schema),
        "output_schema": OUTPUT_SCHEMA,
        "categories": list(listing.categories),
        "base_price_usd": listing.base_price_usd,
        "price_unit": listing.price_unit,
        "new": is_new,
    }
    if shipped is not None:
        for key in ("display_name", "family", "notes", "schema_language", "output_schema"):
            if key in shipped:
                doc[key] = shipped[key]
        doc["storyreel"] = _kept_extras(shipped, props)
    try:
        model = model_from_document(doc, builtin=shipped is not None, source="catalogue")
    except CatalogueError as exc:
        raise CatalogueError.said(
            words.ENTRY_DOES_NOT_LOAD, model=listing.model_id, reason=words.message_of(exc)
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
        raise CatalogueError.said(
            words.ENTRY_WRONG_KIND, model=listing.model_id, reason=str(exc)
        ) from None
    if not model.fields:
        raise CatalogueError.said(words.ENTRY_NO_FIELDS, model=listing.model_id)
    missing = unshowable_field(model)
    if missing is not None:
        what = _format_of(missing) or missing.json_type or "unknown"
        raise CatalogueError.said(
            words.ENTRY_UNSHOWABLE, model=listing.model_id, field=missing.name, what=what
        )
    return model


def _user_models(user_dir: Path | None) -> tuple[list[Model], list[str]]:
    if user_dir is None or not user_dir.is_dir():
        return [], []
    loaded = Catalogue.load(user_dir)
    return [m for m in loaded.models() if not m.builtin], list(loaded.problems)


def assemble(
    listings: Iterable[Listing] = (),
    *,
    user_dir: Path | None = None,
    new_ids: Iterable[str] = (),
    warnings: Iterable[str] = (),
) -> Catalogue:
    """Shipped models, then the catalogue's, then the user's files (see the module text)."""
    problems = list(warnings)
    shipped = shipped_documents()
    models: dict[str, Model] = {
        model_id: model_from_document(doc, builtin=True, source=doc["_source"])
        for model_id, doc in shipped.items()
    }
    fresh = set(new_ids)
    for listing in listings:
        try:
            model = model_from_listing(
                listing, shipped.get(listing.model_id), is_new=listing.model_id in fresh
            )
        except CatalogueError as exc:
            if listing.model_id in shipped:
                problems.append(words.said(words.SHIPPED_USED, reason=words.message_of(exc)))
            else:
                problems.append(words.message_of(exc))
            continue
        models[model.model_id] = model
    user_models, user_problems = _user_models(user_dir)
    problems += user_problems
    for model in user_models:
        replaced = models.get(model.model_id)
        if replaced is not None:
            template = words.REPLACES_OWN if replaced.builtin else words.REPLACES_CATALOGUES
            problems.append(
                words.said(template, name=Path(model.source).name, model=model.model_id)
            )
        models[model.model_id] = model
    return Catalogue(models.values(), problems)


def cached_catalogue(api_base: str, user_dir: Path | None = None) -> Catalogue:
    """Shipped models, the cached catalogue of ``api_base`` and the user's files."""
    cached, problem = read_cache(api_base)
    warnings = [problem] if problem else []
    listings: list[Listing] = []
    new_ids: Iterable[str] = ()
    if cached is not None:
        listings, skipped = read_listings(cached.entries)
        warnings += skipped
        new_ids = cached.new_ids
    return assemble(listings, user_dir=user_dir, new_ids=new_ids, warnings=warnings)


_default: Catalogue | None = None


def default_catalogue() -> Catalogue:
    """The process's catalogue (shipped, cached for the current API base, the user's files),
    loaded once."""
    global _default
    if _default is None:
        from app.core.settings import Settings, user_catalogue_dir

        base = Settings.load().effective_api_base()
        _default = cached_catalogue(base, user_catalogue_dir())
    return _default


__all__ = [
    "BYTEDANCE",
    "assemble",
    "cached_catalogue",
    "default_catalogue",
    "family_of",
    "is_bytedance_video",
    "model_from_listing",
    "shipped_documents",
    "takes",
    "unshowable_field",
]
