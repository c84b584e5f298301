"""Bringing an edited timeline back into the board: shots reordered, trimmed or removed in an
editor change the board the same way.

:func:`plan_conform` compares the edited clips (:func:`app.core.storyboard.interchange.
read_timeline`) with the board's cut and says what changed; :func:`apply_conform` makes the
change on the board (the window wraps it in one undoable step).

A clip is matched to its shot by the shot id the export wrote into it (``.otio`` keeps it),
else by its media file (the shot's clip, or the frame held for it). In the one-clip-per-
frame cut a shot is its frame, so reordering shots reorders the frames and removing a shot
removes its frame. In the pair cut a shot is the passage between two frames, so only the
trims can come back; the summary says so when the editor also reordered or removed shots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.catalogue import Catalogue
from app.core.storyboard.board import Storyboard
from app.core.storyboard.cut import Cut, CutClip, build_cut
from app.core.storyboard.interchange import EditedClip, read_timeline
from app.core.storyboard.model import CutMode


@dataclass(frozen=True)
class Trim:
    number: int  # the shot's number before the change
    shot_id: str
    trim_in: float
    trim_out: float | None
    was_s: float
    now_s: float


@dataclass
class ConformPlan:
    """What an edited timeline changes on the board (numbers are the shots' numbers before)."""

    order: list[str] = field(default_factory=list)  # the shot ids kept, in the new order
    moved: list[tuple[int, int]] = field(default_factory=list)  # (number, new position)
    removed: list[int] = field(default_factory=list)
    removed_ids: list[str] = field(default_factory=list)
    trims: list[Trim] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # clip names that match no shot
    order_refused: bool = False  # the pair cut: reorders and removals cannot come back

    @property
    def changes_anything(self) -> bool:
        applied_order = not self.order_refused and (self.moved or self.removed)
        return bool(applied_order or self.trims)

    def describe(self) -> list[str]:
        """One plain sentence per change, for the command line and the log."""
        lines = [f"Shot {n} moved to position {p}." for n, p in self.moved]
        lines += [
            f"Shot {t.number} trimmed: {t.now_s:.2f} s (was {t.was_s:.2f} s)." for t in self.trims
        ]
        lines += [f"Shot {n} removed." for n in self.removed]
        if self.order_refused:
            lines.append(
                "The shots of a pair cut follow their frames: the new order and the removals "
                "were not applied (move or remove the frames in the board instead)."
            )
        lines += [f"{name}: matches no shot of this board, left out." for name in self.unmatched]
        if not lines:
            lines.append("The edit list matches the board: nothing changed.")
        return lines


def _match(edited: list[EditedClip], cut: Cut) -> list[tuple[EditedClip, CutClip | None]]:
    by_id = {clip.shot_id: clip for clip in cut.clips}
    used: set[str] = set()
    pairs: list[tuple[EditedClip, CutClip | None]] = []
    for item in edited:
        found = by_id.get(item.shot_id or "")
        if found is None or found.shot_id in used:
            found = next(
                (
                    c
                    for c in cut.clips
                    if c.shot_id not in used
                    and item.media is not None
                    and _same_file(c.media, item.media)
                ),
                None,
            )
        if found is not None:
            used.add(found.shot_id)
        pairs.append((item, found))
    return pairs


def _same_file(a: Path, b: Path) -> bool:
    return Path(a).absolute() == Path(b).absolute()


def read_edit(board: Storyboard, catalogue: Catalogue, path: Path) -> ConformPlan:
    """What the edited ``.otio`` or ``.xml`` at ``path`` changes on the board (reads files:
    call it off the UI thread)."""
    return plan_conform(board, build_cut(board, catalogue), read_timeline(path))


def plan_conform(board: Storyboard, cut: Cut, edited: list[EditedClip]) -> ConformPlan:
    """What the edited clips change on the board, whose current cut is ``cut``."""
    plan = ConformPlan()
    pairs = _match(edited, cut)
    kept = [clip for _item, clip in pairs if clip is not None]
    plan.unmatched = [item.name or "A clip" for item, clip in pairs if clip is None]
    plan.order = [clip.shot_id for clip in kept]
    kept_ids = set(plan.order)
    plan.removed = [c.number for c in cut.clips if c.shot_id not in kept_ids]
    plan.removed_ids = [c.shot_id for c in cut.clips if c.shot_id not in kept_ids]
    staying = _longest_rising([clip.number for clip in kept])
    plan.moved = [
        (clip.number, position)
        for position, clip in enumerate(kept, start=1)
        if clip.number not in staying
    ]
    plan.order_refused = board.cut_mode is CutMode.PER_PAIR and bool(plan.moved or plan.removed)
    for item, clip in pairs:
        if clip is not None:
            trim = _trim_of(item, clip)
            if trim is not None:
                plan.trims.append(trim)
    return plan


def _longest_rising(numbers: list[int]) -> set[int]:
    """The most shots that kept their order among themselves: the others are the moved ones
    (moving shot 3 to the front moves one shot, not three)."""
    best: list[list[int]] = []  # the longest rising chain ending at each number
    longest: list[int] = []
    for number in numbers:
        before: list[int] = []
        for chain in best:
            if chain[-1] < number and len(chain) > len(before):
                before = chain
        best.append([*before, number])
        if len(best[-1]) > len(longest):
            longest = best[-1]
    return set(longest)


def _trim_of(item: EditedClip, clip: CutClip) -> Trim | None:
    """The shot's new trim when the editor changed which part of it is kept."""
    half_frame = 0.5 / float(clip.rate)
    length = clip.available_frames / float(clip.rate)
    trim_in = round(item.in_s, 3) if item.in_s > half_frame else 0.0
    trim_out = round(item.out_s, 3) if item.out_s < length - half_frame else None
    was_in = clip.in_frame / float(clip.rate)
    was_out = clip.out_frame / float(clip.rate)
    if abs(item.in_s - was_in) < half_frame and abs(item.out_s - was_out) < half_frame:
        return None
    now = (length if trim_out is None else trim_out) - trim_in
    return Trim(clip.number, clip.shot_id, trim_in, trim_out, clip.seconds, max(0.0, now))


def apply_conform(board: Storyboard, plan: ConformPlan) -> None:
    """Make the planned change on the board: the trims, and in the one-clip-per-frame cut
    the new order of the frames and the removals."""
    for trim in plan.trims:
        shot = board.shot(trim.shot_id)
        if shot is not None:
            shot.trim_in, shot.trim_out = trim.trim_in, trim.trim_out
    if plan.order_refused or board.cut_mode is not CutMode.PER_FRAME:
        return
    frame_of = {shot.id: shot.frame_ids[0] for shot in board.shots}
    for shot_id in plan.removed_ids:
        frame_id = frame_of.get(shot_id)
        if frame_id is not None:
            board.remove_frame(board.frame_index(frame_id))
    for position, shot_id in enumerate(plan.order):
        frame_id = frame_of.get(shot_id)
        if frame_id is None:
            continue
        index = board.frame_index(frame_id)
        if index != position:
            board.move_frame(index, position)
