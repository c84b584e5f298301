"""The kinds of media besides images, with RunComfy's inline rules beside them. Imports
nothing heavy, so that modules which only name a kind do not load PyAV."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

MIB = 1024 * 1024


class MediaKind(enum.StrEnum):
    """The two kinds of media besides images, with RunComfy's inline rules beside them."""

    VIDEO = "video"
    AUDIO = "audio"

    @property
    def noun(self) -> str:
        return "video" if self is MediaKind.VIDEO else "audio clip"

    @property
    def inline_limit(self) -> int:
        """The most RunComfy takes inline as a data URI (32 MiB video, 16 MiB audio)."""
        return 32 * MIB if self is MediaKind.VIDEO else 16 * MIB

    @property
    def inline_format(self) -> str:
        """The one format RunComfy documents for inline media: MP4 video, WAV audio."""
        return "MP4 (H.264)" if self is MediaKind.VIDEO else "WAV"

    @property
    def inline_mime(self) -> str:
        return "video/mp4" if self is MediaKind.VIDEO else "audio/wav"


# The schema's ``format`` of a media field: the kind, and whether the value is a list.
MEDIA_FORMATS: dict[str, tuple[MediaKind, bool]] = {
    "video_uri": (MediaKind.VIDEO, False),
    "video_url": (MediaKind.VIDEO, False),
    "video_uris": (MediaKind.VIDEO, True),
    "video_urls": (MediaKind.VIDEO, True),
    "audio_uri": (MediaKind.AUDIO, False),
    "audio_url": (MediaKind.AUDIO, False),
    "audio_uris": (MediaKind.AUDIO, True),
    "audio_urls": (MediaKind.AUDIO, True),
}


def media_format(prop: Mapping[str, Any]) -> tuple[MediaKind, bool] | None:
    """(kind, is a list) of a schema property that takes video or audio, from its ``format``
    or its items' ``format``; None for any other property."""
    fmt = prop.get("format")
    if prop.get("type") == "string" and not prop.get("enum"):
        found = MEDIA_FORMATS.get(fmt) if isinstance(fmt, str) else None
        return found if found is not None and not found[1] else None
    if prop.get("type") != "array":
        return None
    items = prop.get("items")
    if isinstance(items, Mapping) and items.get("type") not in (None, "string"):
        return None
    item_format = items.get("format") if isinstance(items, Mapping) else None
    for name in (fmt, item_format):
        if isinstance(name, str) and name in MEDIA_FORMATS:
            return MEDIA_FORMATS[name][0], True
    return None
