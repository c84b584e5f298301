"""What the RunComfy calls return, read tolerantly: the answer types, the status words other
deployments use, output URLs in every documented shape, the amount charged wherever it was
put, timestamps in seconds, milliseconds or ISO 8601, and a human message from any error
shape.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

# Documented states, and words other deployments have been seen to use for them.
QUEUED, RUNNING, COMPLETED = "in_queue", "in_progress", "completed"
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"
_STATUS_WORDS = {
    QUEUED: QUEUED,
    "queued": QUEUED,
    "pending": QUEUED,
    "waiting": QUEUED,
    "submitted": QUEUED,
    RUNNING: RUNNING,
    "running": RUNNING,
    "processing": RUNNING,
    "starting": RUNNING,
    "started": RUNNING,
    COMPLETED: COMPLETED,
    "complete": COMPLETED,
    "done": COMPLETED,
    "finished": COMPLETED,
    SUCCEEDED: SUCCEEDED,
    "success": SUCCEEDED,
    "successful": SUCCEEDED,
    FAILED: FAILED,
    "failure": FAILED,
    "error": FAILED,
    "errored": FAILED,
    CANCELLED: CANCELLED,
    "canceled": CANCELLED,
}
VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".mkv", ".m4v", ".avi")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
COST_KEYS = (
    "cost",
    "cost_usd",
    "total_cost",
    "total_cost_usd",
    "charged",
    "charged_usd",
    "charge",
    "amount",
    "amount_usd",
    "billed",
    "billed_usd",
)
_COST_CONTAINERS = ("billing", "usage", "metadata", "meta", "cost")


# --- what the calls return -------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    request_id: str
    status_url: str | None
    result_url: str | None
    cancel_url: str | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Status:
    """``status`` is one of in_queue, in_progress, completed, cancelled, succeeded, failed
    (other words are mapped to these; a word never seen is kept as it came)."""

    status: str
    queue_position: int | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Result:
    status: str
    outputs: list[str]
    created_at: float | None
    finished_at: float | None
    cost: float | None
    raw: dict[str, Any] = field(repr=False)

    @property
    def error_message(self) -> str | None:
        """The server's reason for a failed job, when it gave one."""
        return message_from(self.raw, deep=True)


@dataclass(frozen=True)
class Price:
    unit_price: float
    unit: str  # "second" or "output"
    note: str


def amount_from(value: Any) -> float | None:
    """A finite, non-negative amount from a number or a numeric string ("0.25", "$0.25")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().removeprefix("$").removesuffix("USD").strip()
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def timestamp_from(value: Any) -> float | None:
    """Seconds since the epoch from a number (seconds or milliseconds) or an ISO 8601 text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = float(text)
        except ValueError:
            try:
                parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=datetime.now().astimezone().tzinfo).timestamp()
            return parsed.timestamp()
    if isinstance(value, (int, float)) and math.isfinite(value) and value > 0:
        return value / 1000 if value > 1e12 else float(value)
    return None


def find_cost(data: Mapping[str, Any], depth: int = 0) -> float | None:
    """The amount charged, wherever a deployment put it ("cost", "cost_usd", "billing"...)."""
    for key in COST_KEYS:
        if key in data:
            amount = amount_from(data[key])
            if amount is not None:
                return amount
    if depth < 2:
        for key in (*COST_KEYS, *_COST_CONTAINERS):
            nested = data.get(key)
            if isinstance(nested, Mapping):
                amount = find_cost(nested, depth + 1)
                if amount is not None:
                    return amount
    return None


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://"))


def _suffix(url: str) -> str:
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


def output_urls(output: Any) -> list[str]:
    """Every output URL, videos first, then anything else, then images; each once.

    Accepts every documented shape: an object with ``video``/``videos``/``image``/``images``
    (and other URL-valued keys), a single URL string, or an array of URLs (or of objects
    with a ``url``).
    """
    videos: list[str] = []
    others: list[str] = []
    images: list[str] = []

    def by_suffix(url: str) -> None:
        suffix = _suffix(url)
        if suffix in VIDEO_SUFFIXES:
            videos.append(url)
        elif suffix in IMAGE_SUFFIXES:
            images.append(url)
        else:
            others.append(url)

    def items(value: Any) -> Iterable[str]:
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, Mapping):
                item = item.get("url") or item.get("uri")
            if _is_url(item):
                yield item

    if isinstance(output, Mapping):
        for key in ("video", "videos"):
            videos.extend(items(output.get(key)))
        for key in ("image", "images"):
            images.extend(items(output.get(key)))
        for key, value in output.items():
            if key not in ("video", "videos", "image", "images"):
                for url in items(value):
                    by_suffix(url)
    else:
        for url in items(output):
            by_suffix(url)
    seen: set[str] = set()
    ordered = []
    for url in videos + others + images:
        if url not in seen:
            seen.add(url)
            ordered.append(url)
    return ordered


def status_word(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    word = value.strip().lower()
    return _STATUS_WORDS.get(word, word)


def position_from(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value) and value >= 0:
        return int(value)
    return None


def message_from(data: Any, deep: bool = False) -> str | None:
    """A human message from whatever error shape came back."""
    if isinstance(data, str):
        return data.strip() or None
    if isinstance(data, list):
        parts = [m for m in (message_from(item, deep) for item in data) if m]
        return "; ".join(parts) or None
    if not isinstance(data, Mapping):
        return None
    for key in ("message", "detail", "error_message", "msg", "reason", "description"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (Mapping, list)):
            nested = message_from(value, deep)
            if nested:
                return nested
    error = data.get("error")
    if isinstance(error, str) and error.strip():
        return error.strip()
    if isinstance(error, Mapping):
        return message_from(error, deep)
    if deep:
        for key in ("output", "result", "data"):
            if isinstance(data.get(key), Mapping):
                nested = message_from(data[key], False)
                if nested:
                    return nested
    return None
