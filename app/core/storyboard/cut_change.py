"""Changing the cut keeps the work in the shots.

A board keeps the shots of both cuts, so that switching back finds each shot as it was (its
prompt, model and settings, even if its prompt is still empty). A shot new to the cut starts
from the shot of the cut being left that began on the same frame: one clip per frame to one
clip per pair, frame 3's prompt and settings go to the pair 3 → 4; back, the pair 3 → 4's go
to frame 3, and the last frame takes the pair that ends on it. Nothing is ever blank without
a word: the shots that took something over are returned, so the window can say so.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.core.storyboard.model import Shot, ShotKey


def _differs(source: Shot, shot: Shot) -> bool:
    return (
        source.prompt != shot.prompt
        or source.values != shot.values
        or source.model_id != shot.model_id
    )


def carry_over(
    before: Sequence[Shot], after: Sequence[Shot], known: Collection[ShotKey]
) -> list[Shot]:
    """Give each shot of ``after`` (the new cut) that is new (its key not in ``known``) the
    prompt, model and settings of its shot in ``before`` (the cut being left). Returns the
    shots that changed, in order."""
    by_first: dict[str, Shot] = {}
    by_last: dict[str, Shot] = {}
    for shot in before:
        if shot.frame_ids:
            by_first.setdefault(shot.frame_ids[0], shot)
            by_last[shot.frame_ids[-1]] = shot
    carried: list[Shot] = []
    for shot in after:
        if not shot.frame_ids or shot.key in known:
            continue
        source = by_first.get(shot.frame_ids[0]) or by_last.get(shot.frame_ids[-1])
        if source is not None and source is not shot and _differs(source, shot):
            shot.copy_settings_from(source)
            carried.append(shot)
    return carried


__all__ = ["carry_over"]
