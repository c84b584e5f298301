"""The board as an editor's cut: one clip per shot, in frames at its own rate, with what an
editor needs to know of it. The edit-list exports (:mod:`.interchange`), the captions
(:mod:`.captions`) and the board PDF (:mod:`.board_pdf`) are all made from this.

A shot with a finished clip that still matches it is that clip; any other shot is its first
frame held still for the shot's length (what "Play sequence" and the MP4 show). A clip's
frames are counted at the clip's own frame rate; a held frame is counted at the timeline's
rate, which is the rate most of the board's clips have (24 fps when none is rendered).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.core.catalogue import Catalogue
from app.core.storyboard.board import Storyboard
from app.core.storyboard.planning import PlannedShot, plan_shots
from app.core.storyboard.status import clip_is_current
from app.core.takes import Take
from app.core.video_reading import DEFAULT_FPS, VideoInfo, probe_video


@dataclass(frozen=True)
class CutClip:
    """One shot of the cut. Frames are counted at ``rate`` from the start of ``media``;
    the cut keeps ``in_frame`` up to (not including) ``out_frame``."""

    number: int
    shot_id: str
    media: Path
    held: bool
    rate: Fraction
    available_frames: int
    in_frame: int
    out_frame: int
    frame_names: tuple[str, ...] = ()
    frame_path: Path | None = None  # the shot's first frame
    prompt: str = ""
    note: str = ""
    model_id: str = ""
    seed: Any = None
    request_id: str | None = None
    cost: float | None = None
    takes: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return f"Shot {self.number}"

    @property
    def frames(self) -> int:
        return self.out_frame - self.in_frame

    @property
    def seconds(self) -> float:
        return float(Fraction(self.frames) / self.rate)


@dataclass(frozen=True)
class Cut:
    """The board's shots in order, at the timeline's frame rate."""

    name: str
    rate: Fraction
    clips: tuple[CutClip, ...]

    @property
    def seconds(self) -> float:
        return sum(clip.seconds for clip in self.clips)

    def boundaries(self) -> list[tuple[float, float]]:
        """(start, end) of every shot in seconds from the start of the cut."""
        spans = []
        start = 0.0
        for clip in self.clips:
            spans.append((start, start + clip.seconds))
            start += clip.seconds
        return spans


Prober = Callable[[Path], VideoInfo]


def build_cut(board: Storyboard, catalogue: Catalogue, *, probe: Prober = probe_video) -> Cut:
    """The board's cut (reads each finished clip's header: call it off the UI thread).

    Raises :class:`app.core.video_reading.VideoError` for a clip that cannot be read.
    """
    planned = plan_shots(board, catalogue)
    infos = {
        item.shot.id: probe(item.shot.clip)
        for item in planned
        if item.shot.clip is not None and clip_is_current(item)
    }
    rates = Counter(info.fps for info in infos.values())
    rate = Fraction(rates.most_common(1)[0][0]) if rates else Fraction(DEFAULT_FPS)
    clips = tuple(_cut_clip(item, infos.get(item.shot.id), rate) for item in planned)
    return Cut(board.name, rate, clips)


def take_metadata(take: Take, *, chosen: bool) -> dict[str, Any]:
    """What an editor's timeline keeps of one take, so that nothing of the choice is lost."""
    found = {
        "job_id": take.job_id,
        "clip": take.clip,
        "model_id": take.model_id,
        "seed": take.seed,
        "cost": take.cost,
        "request_id": take.request_id,
        "rejected": take.rejected,
        "chosen": chosen,
    }
    return {k: v for k, v in found.items() if v is not None}


def _cut_clip(item: PlannedShot, info: VideoInfo | None, timeline_rate: Fraction) -> CutClip:
    shot = item.shot
    if info is not None and shot.clip is not None:
        media, held, rate = shot.clip, False, Fraction(info.fps)
        available = max(1, round(info.duration_s * rate))
    else:
        media = item.frames[0].image if item.frames else Path()
        held, rate = True, timeline_rate
        available = max(1, round(item.seconds * rate))
    in_frame = min(available - 1, max(0, round(shot.trim_in * rate)))
    out_frame = available if shot.trim_out is None else round(shot.trim_out * rate)
    out_frame = max(in_frame + 1, min(available, out_frame))
    model = item.model
    seed_field = model.roles.get("seed") if model is not None else None
    takes = [take_metadata(take, chosen=take.job_id == shot.chosen_take) for take in shot.takes]
    if shot.clip is not None and all(Path(t.get("clip", "")) != shot.clip for t in takes):
        takes.insert(0, {"clip": shot.clip, "request_id": shot.request_id, "cost": shot.cost})
    return CutClip(
        number=item.number,
        shot_id=shot.id,
        media=media,
        held=held,
        rate=rate,
        available_frames=available,
        in_frame=in_frame,
        out_frame=out_frame,
        frame_names=tuple(frame.name for frame in item.frames),
        frame_path=item.frames[0].image if item.frames else None,
        prompt=shot.prompt,
        note=shot.note,
        model_id=shot.model_id,
        seed=item.values.get(seed_field) if seed_field else None,
        request_id=shot.request_id if not held else None,
        cost=shot.cost if not held else None,
        takes=tuple(takes),
    )
