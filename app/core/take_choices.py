"""What the user decided about the takes of one set of single-shot inputs: the chosen take
and the rejected ones, kept in the settings per model and key of the inputs (see
:mod:`app.core.single_takes`). Light on purpose: the window reads it as it starts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.takes import Take

# How many sets of inputs per model keep their choices in the settings (the newest).
KEPT_CHOICES = 40


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


__all__ = ["KEPT_CHOICES", "TakeChoices", "keep_choices", "read_choices"]
