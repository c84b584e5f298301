"""Captions for a board: one SubRip (``.srt``) cue per shot, "Shot N" and the shot's note,
from the shot's first frame to its last; what the animatic's burn-in draws, too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.fileio import write_atomic
from app.core.storyboard.board import Storyboard
from app.core.storyboard.cut import Cut


@dataclass(frozen=True)
class Caption:
    number: int
    start_s: float
    end_s: float
    note: str

    @property
    def text(self) -> str:
        note = " ".join(self.note.split())
        return f"Shot {self.number}\n{note}" if note else f"Shot {self.number}"


def captions_for_cut(cut: Cut) -> list[Caption]:
    """One caption per shot of the edit-list cut."""
    return [
        Caption(clip.number, start, end, clip.note)
        for clip, (start, end) in zip(cut.clips, cut.boundaries(), strict=True)
    ]


def captions_for_video(
    board: Storyboard, boundaries: Sequence[float], duration_s: float
) -> list[Caption]:
    """One caption per shot of an exported MP4: shot n runs from ``boundaries[n]`` to the
    next boundary (the last to the end of the video)."""
    shots = board.shots
    ends = [*boundaries[1:], duration_s]
    return [
        Caption(n, start, end, shots[n - 1].note if n <= len(shots) else "")
        for n, (start, end) in enumerate(zip(boundaries, ends, strict=True), start=1)
    ]


def _timestamp(seconds: float) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def srt_text(captions: Sequence[Caption]) -> str:
    blocks = [
        f"{index}\n{_timestamp(c.start_s)} --> {_timestamp(c.end_s)}\n{c.text}\n"
        for index, c in enumerate(captions, start=1)
    ]
    return "\n".join(blocks)


def write_srt(captions: Sequence[Caption], path: Path | str) -> Path:
    """The captions as a UTF-8 SubRip file at ``path`` (whole or not at all)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, srt_text(captions), errors="surrogateescape")
