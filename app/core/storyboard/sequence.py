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
    for the shot's length until the clip exists."""

    shot_number: int
    shot_id: str
    duration_s: float
    clip: Path | None = None
    still: Path | None = None
    preview: bool = False  # the clip is an offline preview: the player labels it

    @property
    def held(self) -> bool:
        return self.clip is None

    def describe(self) -> str:
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
    A clip's trim is applied when it is exported (:mod:`.trimming`); a held frame is held
    for its kept length."""
    if catalogue is None:
        from app.core.catalogue_source import default_catalogue

        catalogue = default_catalogue()
    segments = []
    for item in plan_shots(board, catalogue):
        if clip_is_current(item):
            preview = item.shot.clip_engine == EngineKind.OFFLINE
            segments.append(
                Segment(
                    item.number, item.shot.id, item.seconds, clip=item.shot.clip, preview=preview
                )
            )
        else:
            still = item.frames[0].image if item.frames else None
            held = item.shot.kept_seconds(item.seconds)  # a trim from an editor shortens it
            segments.append(Segment(item.number, item.shot.id, held, still=still))
    return segments
