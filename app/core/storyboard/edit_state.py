"""What the user edits on a board, frozen for undo and redo, and how it is put back.

An undo brings back the cut, the settings for new shots, the frames and every shot's frames,
model, prompt, settings, note and trim. What the engine reported on a shot (its job, clip,
cost and takes) is not an edit and is never undone: an undo must not forget a paid job.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from app.core.storyboard.model import CutMode, Frame, Shot

# What the engine reports on a shot: never undone (an undo must not forget a paid job).
RENDER_FIELDS = (
    "job_id", "request_id", "job_state", "error", "clip", "clip_engine", "cost", "input_key",
    "takes", "chosen_take",
)  # fmt: skip

RenderMemory = dict[str, dict[str, Any]]
"""The latest render fields of every shot ever seen, by shot id."""


@dataclass(frozen=True)
class BoardState:
    """What the user edits on a board, frozen for undo and redo: the cut, the settings for
    new shots, the frames, and every shot's frames, model, prompt and settings."""

    cut_mode: CutMode
    model_id: str
    prompt: str
    values: dict[str, Any]
    frames: tuple[Frame, ...]
    shots: tuple[Shot, ...]


def remember_renders(memory: RenderMemory, shots: Iterable[Shot]) -> None:
    """Note what the engine last reported on each shot, so that an undo that brings a shot
    back brings it back with its latest job, clip and cost."""
    for shot in shots:
        memory[shot.id] = {name: _kept(getattr(shot, name)) for name in RENDER_FIELDS}


def _kept(value: Any) -> Any:
    """A render field as remembered: the list of takes copied (the takes themselves are
    shared: what the engine or the takes view changes on one shows wherever it is kept)."""
    return list(value) if isinstance(value, list) else value


def restored_frames(live: Iterable[Frame], saved: Iterable[Frame]) -> list[Frame]:
    """The frames of a :class:`BoardState`, as the live objects where they still exist."""
    by_id = {frame.id: frame for frame in live}
    return [_reuse(by_id, frame) for frame in saved]


def restored_shots(
    live: Iterable[Shot], saved: Iterable[Shot], memory: Mapping[str, Mapping[str, Any]]
) -> list[Shot]:
    """The shots of a :class:`BoardState`, as the live objects where they still exist (a
    render under way keeps its shot), each with the latest render fields it had."""
    by_id = {shot.id: shot for shot in live}
    shots = [_reuse(by_id, shot, keep=RENDER_FIELDS) for shot in saved]
    for shot in shots:
        for name, value in memory.get(shot.id, {}).items():
            setattr(shot, name, _kept(value))
    return shots


_Part = TypeVar("_Part", Frame, Shot)


def _reuse(live: dict[str, _Part], saved: _Part, keep: tuple[str, ...] = ()) -> _Part:
    """``saved`` (a Frame or Shot of a BoardState) as a live object: the live one with the
    same id brought back to ``saved`` (but for the fields in ``keep``), else a copy."""
    target = live.get(saved.id)
    if target is None:
        return copy.deepcopy(saved)
    for item in dataclasses.fields(saved):
        if item.name not in keep:
            setattr(target, item.name, copy.deepcopy(getattr(saved, item.name)))
    return target
