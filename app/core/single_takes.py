"""The takes of the single shot: its finished generations with the inputs it shows now.

A storyboard shot keeps its takes in the board file. The single shot has no file: its takes
are read from the job store. They are the succeeded jobs sent from the single shot (no
storyboard shot in their origin) with the model and the inputs it shows now, the seed apart
(a take differs from another by its seed): the same key as a storyboard shot's
(:func:`app.core.storyboard.status.values_key`), over the inputs without the seed. A changed
prompt, setting or frame makes another key, so it starts a new set of takes.

What the user decided about them (the chosen take, the rejected ones) is kept per model and
key in the settings (``single_takes``), as :class:`TakeChoices`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.catalogue import Model
from app.core.jobs import Job, JobState
from app.core.storyboard.status import values_key
from app.core.storyboard.takes import take_from_job
from app.core.takes import Take, seed_field

# How many sets of inputs per model keep their choices in the settings (the newest).
KEPT_CHOICES = 40


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


@dataclass
class TakeChoices:
    """The chosen take and the rejected ones of one set of single-shot inputs."""

    chosen: str | None = None
    rejected: set[str] = field(default_factory=set)
    used_at: float = 0.0

    @classmethod
    def read(cls, raw: object) -> TakeChoices:
        """From the settings; anything of the wrong kind is left out, never an error."""
        if not isinstance(raw, dict):
            return cls()
        chosen = raw.get("chosen")
        rejected = raw.get("rejected")
        used = raw.get("used_at")
        return cls(
            chosen=chosen if isinstance(chosen, str) and chosen else None,
            rejected={r for r in rejected if isinstance(r, str)}
            if isinstance(rejected, list)
            else set(),
            used_at=float(used)
            if isinstance(used, int | float) and not isinstance(used, bool)
            else 0.0,
        )

    def saved(self) -> dict[str, Any]:
        return {"chosen": self.chosen, "rejected": sorted(self.rejected), "used_at": self.used_at}

    def choose(self, job_id: str) -> None:
        """Circle a take: the single shot's player plays it (and it is no longer rejected)."""
        self.chosen = job_id
        self.rejected.discard(job_id)

    def reject(self, takes: list[Take], job_id: str, rejected: bool = True) -> None:
        """Set a take aside but keep it (or take it back); a rejected chosen take gives its
        place to the newest take that is not rejected."""
        if rejected:
            self.rejected.add(job_id)
        else:
            self.rejected.discard(job_id)
        for take in takes:
            take.rejected = take.job_id in self.rejected
        if rejected and self.chosen == job_id:
            self._fall_back(takes)

    def remove(self, takes: list[Take], job_id: str) -> None:
        """A take deleted: forget it (a chosen one gives its place as for a rejection)."""
        takes[:] = [t for t in takes if t.job_id != job_id]
        self.rejected.discard(job_id)
        if self.chosen == job_id:
            self._fall_back(takes)

    def _fall_back(self, takes: list[Take]) -> None:
        kept = [t for t in takes if t.job_id not in self.rejected]
        self.chosen = max(kept, key=lambda t: t.created_at).job_id if kept else None

    def copy(self) -> TakeChoices:
        return TakeChoices(self.chosen, set(self.rejected), self.used_at)

    def apply(self, takes: list[Take]) -> None:
        """Mark the rejected takes (and forget the ids of takes that are gone)."""
        ids = {t.job_id for t in takes}
        for take in takes:
            take.rejected = take.job_id in self.rejected
        if self.chosen not in ids:
            self.chosen = None


def read_choices(saved: Mapping[str, Any], model_id: str, key: str) -> TakeChoices:
    per_model = saved.get(model_id)
    return TakeChoices.read(per_model.get(key) if isinstance(per_model, dict) else None)


def keep_choices(
    saved: dict[str, Any], model_id: str, key: str, choices: TakeChoices
) -> dict[str, Any]:
    """``saved`` with ``choices`` kept for the inputs ``key`` (the newest
    :data:`KEPT_CHOICES` sets of inputs of each model are kept)."""
    per_model = saved.get(model_id)
    table = dict(per_model) if isinstance(per_model, dict) else {}
    table[key] = choices.saved()
    if len(table) > KEPT_CHOICES:
        newest = sorted(table, key=lambda k: TakeChoices.read(table[k]).used_at, reverse=True)
        table = {k: table[k] for k in newest[:KEPT_CHOICES]}
    return {**saved, model_id: table}


__all__ = [
    "KEPT_CHOICES",
    "TakeChoices",
    "is_single_shot_job",
    "keep_choices",
    "read_choices",
    "single_key",
    "single_takes",
]
