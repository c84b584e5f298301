"""The takes of the single shot: its finished generations with the inputs it shows now.

A storyboard shot keeps its takes in the board file. The single shot has no file: its takes
are read from the job store. They are the succeeded jobs sent from the single shot (no
storyboard shot in their origin) with the model and the inputs it shows now, the seed apart
(a take differs from another by its seed): the same key as a storyboard shot's
(:func:`app.core.storyboard.status.values_key`), over the inputs without the seed. A changed
prompt, setting or frame makes another key, so it starts a new set of takes.

What the user decided about them (the chosen take, the rejected ones) is kept per model and
key in the settings (``single_takes``), as :class:`app.core.take_choices.TakeChoices`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.catalogue import Model
from app.core.jobs import Job, JobState
from app.core.storyboard.status import values_key
from app.core.storyboard.takes import take_from_job
from app.core.takes import Take, seed_field


def _without_seed(model: Model | None, values: Mapping[str, Any]) -> dict[str, Any]:
    seed = seed_field(model) if model is not None else None
    names = {seed.name} if seed is not None else set()
    return {k: v for k, v in values.items() if k not in names and k.lower() != "seed"}


def single_key(model_id: str, model: Model | None, values: Mapping[str, Any]) -> str:
    """The key of the single shot's inputs: its takes are the jobs with the same key.
    Hashes the local frames (cached): call it off the UI thread."""
    return values_key(model_id, model, _without_seed(model, values))


def is_single_shot_job(job: Job) -> bool:
    """A job sent from the single shot (or the command line), not for a storyboard shot."""
    return "shot_id" not in job.origin


def single_takes(jobs: Iterable[Job], model: Model | None, model_id: str, key: str) -> list[Take]:
    """The takes of the single shot's inputs (``key``) among ``jobs``, oldest first. A job
    whose video is no longer on disk (deleted, to the trash) is no take."""
    takes: list[Take] = []
    for job in jobs:
        if job.state is not JobState.SUCCEEDED or job.model_id != model_id:
            continue
        if not is_single_shot_job(job) or single_key(model_id, model, job.inputs) != key:
            continue
        take = take_from_job(job, model, key)
        if take is not None:
            takes.append(take)
    takes.sort(key=lambda t: t.created_at)
    return takes


__all__ = ["is_single_shot_job", "single_key", "single_takes"]
