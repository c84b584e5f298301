"""Takes and variations: every generation of a shot is a take of it, kept.

A *take* is one finished generation: the clip, the job that made it, the seed, the model and
settings it was made with, and what it cost. A shot keeps all of its takes; one of them is
*chosen* (the one the sequence plays and exports), any may be *rejected but kept*.

*Variations* are N deliberate jobs from one click: with different seeds when the model has a
seed field, or the same inputs run again when it has none. A *seed sweep* asks for the
seeds next to a chosen take's, to explore around a result that is nearly right.
"""

from __future__ import annotations

import copy
import math
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.catalogue import Field as SchemaField
from app.core.catalogue import FieldKind, Model
from app.core.errors import InputError, UsageError
from app.core.wording import QT_TRANSLATE_NOOP

MIN_VARIATIONS = 2
MAX_VARIATIONS = 8
# Seeds are drawn in the range every model accepts when its schema gives no limits.
_SEED_LOW = 0
_SEED_HIGH = 2**31 - 1


def check_variation_count(count: int) -> int:
    """``count`` when it is a number of variations one click may ask for (2 to 8)."""
    if isinstance(count, bool) or not isinstance(count, int):
        raise UsageError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "The number of variations must be a whole number from {low} to {high}."
            ),
            low=MIN_VARIATIONS,
            high=MAX_VARIATIONS,
        )
    if not MIN_VARIATIONS <= count <= MAX_VARIATIONS:
        raise UsageError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} variations cannot be asked for at once: choose from {low} to {high}.",
            ),
            count=count,
            low=MIN_VARIATIONS,
            high=MAX_VARIATIONS,
        )
    return count


def seed_field(model: Model) -> SchemaField | None:
    """The model's seed field, when it has one that takes a whole number."""
    found = model.role("seed")
    if found is None and model.has_field("seed"):
        found = model.field("seed")
    if found is None or found.kind is not FieldKind.INTEGER:
        return None
    return found


def seed_range(seed: SchemaField) -> tuple[int, int]:
    """The seeds a field accepts (a random seed, -1 in some schemas, is not one of them)."""
    low = _SEED_LOW if seed.minimum is None else max(_SEED_LOW, math.ceil(seed.minimum))
    high = _SEED_HIGH if seed.maximum is None else min(_SEED_HIGH, math.floor(seed.maximum))
    if seed.exclusive_minimum is not None:
        low = max(low, math.floor(seed.exclusive_minimum) + 1)
    if seed.exclusive_maximum is not None:
        high = min(high, math.ceil(seed.exclusive_maximum) - 1)
    return low, max(low, high)


def fixed_seed(model: Model, values: Mapping[str, Any]) -> int | None:
    """The seed the inputs lock, or None when they leave it random (absent, -1)."""
    seed = seed_field(model)
    if seed is None:
        return None
    value = values.get(seed.name)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    low, high = seed_range(seed)
    return value if low <= value <= high else None


def variation_inputs(
    model: Model,
    values: Mapping[str, Any],
    count: int,
    *,
    rng: random.Random | None = None,
) -> list[dict[str, Any]]:
    """The inputs of ``count`` variations of ``values``, one dict per job.

    With a seed field each variation has its own seed: a seed the inputs lock is the first,
    the others are drawn at random, all different. Without one the inputs are repeated: the
    model varies by itself from run to run.
    """
    check_variation_count(count)
    seed = seed_field(model)
    if seed is None:
        return [copy.deepcopy(dict(values)) for _ in range(count)]
    low, high = seed_range(seed)
    chosen: list[int] = []
    locked = fixed_seed(model, values)
    if locked is not None:
        chosen.append(locked)
    draw = rng or random.SystemRandom()
    while len(chosen) < min(count, high - low + 1):
        candidate = draw.randint(low, high)
        if candidate not in chosen:
            chosen.append(candidate)
    return [{**copy.deepcopy(dict(values)), seed.name: s} for s in chosen]


def sweep_seeds(center: int, count: int, low: int = _SEED_LOW, high: int = _SEED_HIGH) -> list[int]:
    """``count`` seeds around ``center`` (not ``center`` itself, which has its take):
    center+1, center-1, center+2, center-2 … within ``low``..``high``."""
    seeds: list[int] = []
    step = 1
    while len(seeds) < count and step <= high - low:
        for candidate in (center + step, center - step):
            if low <= candidate <= high and len(seeds) < count:
                seeds.append(candidate)
        step += 1
    return seeds


def sweep_inputs(
    model: Model, values: Mapping[str, Any], center: int, count: int
) -> list[dict[str, Any]]:
    """The inputs of a seed sweep: ``count`` jobs with the seeds next to ``center``."""
    check_variation_count(count)
    seed = seed_field(model)
    if seed is None:
        raise InputError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{model} has no seed setting, so there is no seed to sweep around. Ask for "
                "variations instead: the model varies by itself from run to run.",
            ),
            model=model.display_name,
        )
    low, high = seed_range(seed)
    return [
        {**copy.deepcopy(dict(values)), seed.name: s} for s in sweep_seeds(center, count, low, high)
    ]


def total_price(estimate: float | None, count: int) -> float | None:
    """What ``count`` runs at ``estimate`` each cost together (None when unknown)."""
    return None if estimate is None else round(estimate * count, 6)


# --- takes -------------------------------------------------------------------------------------


@dataclass
class Take:
    """One finished generation of a shot (or of the single-shot inputs).

    ``job_id`` is its identity (the job in the store that made it). ``values`` are the
    settings it was made with (without images), ``seed`` the seed it used when the model has
    one. ``rejected`` marks a take set aside but kept.
    """

    job_id: str
    clip: Path
    model_id: str
    engine: str
    values: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    cost: float | None = None
    created_at: float = field(default_factory=time.time)
    request_id: str | None = None
    input_key: str | None = None
    rejected: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return self.clip.is_file()


TAKE_KEYS = frozenset(
    {
        "job_id",
        "clip",
        "model_id",
        "engine",
        "values",
        "seed",
        "cost",
        "created_at",
        "request_id",
        "input_key",
        "rejected",
    }
)


def take_seed(values: Mapping[str, Any]) -> int | None:
    """The seed recorded in a job's inputs (any field named seed), or None."""
    for name, value in values.items():
        if name.lower() == "seed" and isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def find_take(takes: Sequence[Take], job_id: str | None) -> Take | None:
    for take in takes:
        if take.job_id == job_id:
            return take
    return None


__all__ = [
    "MAX_VARIATIONS",
    "MIN_VARIATIONS",
    "TAKE_KEYS",
    "Take",
    "check_variation_count",
    "find_take",
    "fixed_seed",
    "seed_field",
    "seed_range",
    "sweep_inputs",
    "sweep_seeds",
    "take_seed",
    "total_price",
    "variation_inputs",
]
