"""Whether a shot's clip still fits it, and the shot's status as the user reads it.

Whether a finished clip still fits its shot is decided by :func:`input_key`: a SHA-256
over the model id, the request values and the content of every local image. Images are
identified by a full SHA-256 of their bytes (cached per path, size and modification time),
not by size and mtime alone: copying a board folder to another disk or machine changes
modification times but must not make every clip look out of date and cost money again.
Hashing a frame takes milliseconds, and the cache makes repeated planning free.
"""

from __future__ import annotations

import enum
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core import safe_json
from app.core.catalogue import Model
from app.core.storyboard.planning import PlannedShot
from app.core.validation import is_url


class ShotStatus(enum.StrEnum):
    NOT_RENDERED = "not rendered"
    RENDERING = "rendering"
    DONE = "done"
    OUT_OF_DATE = "out of date"  # there is a clip, but it was made from other inputs
    CLIP_MISSING = "clip missing"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "submission uncertain"


# Job states (app.core.jobs.JobState values) during which a shot's job is still under way.
_UNDER_WAY = frozenset({"pending", "submitting", "queued", "running", "downloading"})

_HASH_CHUNK = 1 << 20
_HASH_CACHE_SIZE = 2048
_hash_cache: OrderedDict[tuple[str, int, int], str] = OrderedDict()
_hash_lock = threading.Lock()


def content_identity(path: Path) -> str:
    """A file's identity for :func:`input_key`: the SHA-256 of its bytes.

    Cached by path, size and modification time, so a file is hashed once until it changes.
    """
    try:
        stat = path.stat()
    except OSError:
        return f"missing:{path.name}"
    cache_key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _hash_lock:
        cached = _hash_cache.get(cache_key)
        if cached is not None:
            _hash_cache.move_to_end(cache_key)
            return cached
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return f"missing:{path.name}"
    identity = f"sha256:{digest.hexdigest()}"
    with _hash_lock:
        _hash_cache[cache_key] = identity
        while len(_hash_cache) > _HASH_CACHE_SIZE:
            _hash_cache.popitem(last=False)
    return identity


def _identify_images(model: Model | None, values: Mapping[str, Any]) -> dict[str, Any]:
    identified: dict[str, Any] = {}
    for name, value in values.items():
        is_image = model is not None and model.has_field(name) and model.field(name).is_image
        if is_image and isinstance(value, str):
            identified[name] = _image_identity(value)
        elif is_image and isinstance(value, list):
            identified[name] = [_image_identity(v) if isinstance(v, str) else v for v in value]
        else:
            identified[name] = value
    return identified


def _image_identity(value: str) -> str:
    return value if is_url(value) else content_identity(Path(value))


def input_key(planned: PlannedShot) -> str:
    """A SHA-256 over the model id, the request values (canonical JSON) and, for each local
    image, the SHA-256 of its content (so the key does not depend on where the board lives).

    Two shots with the same key ask for the same clip: a finished clip whose key equals its
    shot's key is kept, and not paid for again.
    """
    return values_key(planned.model_id, planned.model, planned.values)


def values_key(model_id: str, model: Model | None, values: Mapping[str, Any]) -> str:
    """The key of :func:`input_key` for any model and request values (the single shot's
    takes are grouped by it too)."""
    payload = {"model_id": model_id, "values": _identify_images(model, values)}
    text = safe_json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clip_is_current(planned: PlannedShot, key: str | None = None) -> bool:
    """The shot has a finished clip, still on disk, made from exactly its current inputs."""
    shot = planned.shot
    if shot.clip is None or shot.input_key is None or not shot.clip.is_file():
        return False
    return shot.input_key == (key if key is not None else input_key(planned))


def shot_status(planned: PlannedShot, key: str | None = None) -> ShotStatus:
    shot = planned.shot
    if clip_is_current(planned, key):
        return ShotStatus.DONE
    state = shot.job_state
    if state in _UNDER_WAY:
        return ShotStatus.RENDERING
    if state == "failed":
        return ShotStatus.FAILED
    if state == "uncertain":
        return ShotStatus.UNCERTAIN
    if state == "cancelled":
        return ShotStatus.CANCELLED
    if shot.clip is not None and not shot.clip.is_file():
        return ShotStatus.CLIP_MISSING
    if shot.clip is not None:
        return ShotStatus.OUT_OF_DATE
    return ShotStatus.NOT_RENDERED
