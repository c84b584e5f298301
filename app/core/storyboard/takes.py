"""A shot's takes: every finished generation kept, one chosen, any rejected but kept.

The chosen take is the shot's clip: choosing a take sets ``shot.clip`` (and its engine, cost
and input key) and gives the shot back the model, prompt and settings the take was made
with, so the clip fits its shot and the sequence plays it and the export holds it. A take
that is rejected stays in the list (and on disk); rejecting or removing the chosen take
chooses the newest take left that is not rejected, or leaves the shot without a clip.

These are plain operations on a :class:`Shot`; the window wraps each in an undoable
command (:func:`take_memory` and :func:`restore_takes` give it the before and after).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.catalogue import Model
from app.core.engines import OFFLINE
from app.core.jobs import Job
from app.core.storyboard.model import Shot
from app.core.takes import Take, find_take, take_seed

# The shot's fields a choice of take sets, saved and put back as one for undo.
_CHOICE_FIELDS = (
    "clip", "clip_engine", "cost", "input_key", "model_id", "prompt", "values", "chosen_take"
)  # fmt: skip


def take_from_job(job: Job, model: Model | None, input_key: str | None) -> Take | None:
    """The take a succeeded job made (None when its video is not on disk).

    Its settings are the job's inputs without the images and the prompt, as a shot keeps
    them; the prompt goes into ``extra["prompt"]``.
    """
    if not job.files or not Path(job.files[0]).is_file():
        return None
    images = {f.name for f in model.fields if f.is_image} if model is not None else set()
    prompt_field = model.roles.get("prompt") if model is not None else None
    values = {
        k: copy.deepcopy(v) for k, v in job.inputs.items() if k not in images and k != prompt_field
    }
    cost = job.cost if job.cost is not None else (0.0 if job.engine == OFFLINE else None)
    return Take(
        job_id=job.id,
        clip=Path(job.files[0]),
        model_id=job.model_id,
        engine=job.engine,
        values=values,
        seed=take_seed(job.inputs),
        cost=cost,
        created_at=job.finished_at or job.created_at,
        request_id=job.request_id,
        input_key=input_key,
        extra={"prompt": job.prompt},
    )


def add_take(shot: Shot, take: Take, *, choose: bool, settings: bool = False) -> bool:
    """Keep ``take`` among the shot's takes (once: a job is one take); choose it when asked,
    giving the shot the take's settings too with ``settings`` (a render just made from the
    shot's own settings leaves them as the user typed them). Returns whether it changed."""
    known = find_take(shot.takes, take.job_id)
    changed = known is None
    if known is None:
        shot.takes.append(take)
        known = take
    if choose and shot.chosen_take != known.job_id:
        _apply(shot, known, settings=settings)
        changed = True
    return changed


def choose_take(shot: Shot, job_id: str) -> Take:
    """Circle a take: it becomes the shot's clip (and is no longer rejected)."""
    take = find_take(shot.takes, job_id)
    if take is None:
        raise KeyError(job_id)
    take.rejected = False
    _apply(shot, take)
    return take


def reject_take(shot: Shot, job_id: str, rejected: bool = True) -> None:
    """Set a take aside but keep it (or take it back with ``rejected=False``)."""
    take = find_take(shot.takes, job_id)
    if take is None:
        raise KeyError(job_id)
    take.rejected = rejected
    if rejected and shot.chosen_take == job_id:
        _choose_fallback(shot)


def remove_take(shot: Shot, job_id: str) -> Take:
    """Drop a take from the shot (its file is the caller's: to the trash or the bin)."""
    take = find_take(shot.takes, job_id)
    if take is None:
        raise KeyError(job_id)
    shot.takes.remove(take)
    if shot.chosen_take == job_id:
        _choose_fallback(shot)
    return take


def chosen(shot: Shot) -> Take | None:
    return find_take(shot.takes, shot.chosen_take)


def _apply(shot: Shot, take: Take, *, settings: bool = True) -> None:
    shot.chosen_take = take.job_id
    shot.clip = take.clip
    shot.clip_engine = take.engine
    shot.cost = take.cost
    shot.input_key = take.input_key
    if not settings:
        return
    shot.model_id = take.model_id
    prompt = take.extra.get("prompt")
    if isinstance(prompt, str):
        shot.prompt = prompt
    shot.values = copy.deepcopy(take.values)


def _choose_fallback(shot: Shot) -> None:
    kept = [t for t in shot.takes if not t.rejected]
    if kept:
        _apply(shot, max(kept, key=lambda t: t.created_at))
        return
    shot.chosen_take = None
    shot.clip = None
    shot.clip_engine = None
    shot.cost = None
    shot.input_key = None


@dataclass(frozen=True)
class TakeMemory:
    """A shot's takes and choice at one moment, for undo and redo."""

    takes: tuple[Take, ...]
    rejected: tuple[bool, ...]
    fields: Mapping[str, Any]


def take_memory(shot: Shot) -> TakeMemory:
    return TakeMemory(
        takes=tuple(shot.takes),
        rejected=tuple(t.rejected for t in shot.takes),
        fields={name: copy.deepcopy(getattr(shot, name)) for name in _CHOICE_FIELDS},
    )


def restore_takes(shot: Shot, memory: TakeMemory) -> None:
    """Put a :func:`take_memory` back on its shot."""
    shot.takes = list(memory.takes)
    for take, rejected in zip(memory.takes, memory.rejected, strict=True):
        take.rejected = rejected
    for name, value in memory.fields.items():
        setattr(shot, name, copy.deepcopy(value))


__all__ = [
    "TakeMemory",
    "add_take",
    "choose_take",
    "chosen",
    "reject_take",
    "remove_take",
    "restore_takes",
    "take_from_job",
    "take_memory",
]
