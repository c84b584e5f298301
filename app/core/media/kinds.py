"""The kinds of media besides images, with RunComfy's inline rules beside them. Imports
nothing heavy, so that modules which only name a kind do not load PyAV."""

from __future__ import annotations

import enum

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
