"""The board's timing: "Play sequence" as finished clips and held frames, and its length."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.catalogue import Catalogue
from app.core.engines import EngineKind
from app.core.storyboard.board import Storyboard
from app.core.storyboard.planning import PlannedShot, plan_shots
from app.core.storyboard.status import clip_is_current


@dataclass(frozen=True)
class Segment:
    """One piece of "Play sequence": the shot's finished clip, or its first frame held still
    for the shot's length until the clip exists.

    ``duration_s`` is the length the piece lasts in the cut: for a trimmed shot, its kept
    part. A clip plays from ``clip_in_s`` (seconds into the file) to ``clip_out_s`` (its
    end when None); a held frame's trim is already in its ``duration_s``."""

    shot_number: int
    shot_id: str
    duration_s: float
    clip: Path | None = None
    still: Path | None = None
    preview: bool = False  # the clip is an offline preview: the player labels it
    clip_in_s: float = 0.0
    clip_out_s: float | None = None

    @property
    def held(self) -> bool:
        return self.clip is None

    @property
    def trimmed(self) -> bool:
        """The clip plays only a part of its file."""
        return self.clip is not None and (self.clip_in_s > 0 or self.clip_out_s is not None)

    def describe(self) -> str:
        if self.clip is not None and self.trimmed:
            end = f"{self.clip_out_s:g} s" if self.clip_out_s is not None else "its end"
            return f"Shot {self.shot_number}: {self.clip.name} from {self.clip_in_s:g} s to {end}"
        if self.clip is not None:
            return f"Shot {self.shot_number}: {self.clip.name}"
        name = self.still.name if self.still is not None else "no frame"
        return f"Shot {self.shot_number}: hold {name} for {self.duration_s:g} s"


def total_duration(planned: Iterable[PlannedShot]) -> float:
    """The board's length in seconds, from the models' durations."""
    return sum(item.seconds for item in planned)


def sequence(board: Storyboard, catalogue: Catalogue | None = None) -> list[Segment]:
    """The ordered segments of the whole board: finished clips that still match their shot,
    and held first frames for the others, so that the timing reads before all is rendered.
    A trimmed shot lasts its kept part: its clip plays from its trim's in to its out (the
    export cuts a copy, :mod:`.trimming`), and its held frame is held for its kept length."""
    if catalogue is None:
        from app.core.catalogue_source import default_catalogue

        catalogue = default_catalogue()
    segments = []
    for item in plan_shots(board, catalogue):
        shot = item.shot
        kept = shot.kept_seconds(item.seconds)  # a trim from an editor shortens the shot
        if clip_is_current(item):
            segments.append(
                Segment(
                    item.number,
                    shot.id,
                    kept,
                    clip=shot.clip,
                    preview=shot.clip_engine == EngineKind.OFFLINE,
                    clip_in_s=max(0.0, shot.trim_in),
                    clip_out_s=shot.trim_out,
                )
            )
        else:
            still = item.frames[0].image if item.frames else None
            segments.append(Segment(item.number, shot.id, kept, still=still))
    return segments
