"""Variations of one storyboard shot: N deliberate jobs from one click, each a take to be.

The settings of each variation are the shot's with another seed (or the same, on a model
without one: :mod:`app.core.takes`). :func:`plan_variations` plans each against the shot's
frames and reads the price once, so the total is shown before anything is sent;
:func:`send_variations` then submits each through :meth:`Engine.submit` (saved before it is
sent, as every job) with an ``origin`` naming the shot and the inputs of that variation.
As each finishes, :func:`app.api.storyboard_runner.attach_finished_jobs` keeps it as one of
the shot's takes. Nothing is ever sent twice: a variation is sent once, by the one call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.catalogue import Catalogue
from app.core.jobs import Job, new_job_id
from app.core.storyboard import PlannedShot, Storyboard, StoryboardError, input_key, plan_shot
from app.core.storyboard import require_ready as _require_ready
from app.core.takes import take_seed, total_price
from app.core.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.api.engine import Engine
    from app.api.submission import PriceEstimate


@dataclass(frozen=True)
class VariationPlan:
    """What :func:`send_variations` will send: one planned shot and key per variation, the
    price of one and of all, and the seeds (None on a model without one)."""

    shot_id: str
    number: int
    planned: tuple[PlannedShot, ...]
    keys: tuple[str, ...]
    price: PriceEstimate
    seeds: tuple[int | None, ...]

    @property
    def total(self) -> float | None:
        return total_price(self.price.estimate, len(self.planned))


def _plan_one(
    board: Storyboard,
    index: int,
    values: Mapping[str, Any],
    catalogue: Catalogue,
    prompt: str | None,
) -> PlannedShot:
    shot = board.shots[index]
    kept = shot.values, shot.prompt
    shot.values = dict(values)
    if prompt is not None:
        shot.prompt = prompt
    try:
        return plan_shot(board, index, catalogue)
    finally:
        shot.values, shot.prompt = kept


async def plan_variations(
    board: Storyboard,
    engine: Engine,
    catalogue: Catalogue,
    shot_id: str,
    runs: list[dict[str, Any]],
    engine_kind: str,
    *,
    prompt: str | None = None,
) -> VariationPlan:
    """Plan each variation of the shot (with ``prompt`` instead of the shot's when given: a
    seed sweep around an earlier take) and read the price; sends nothing.

    Raises :class:`StoryboardError` when the shot cannot be sent as it is."""
    index = next((n for n, s in enumerate(board.shots) if s.id == shot_id), None)
    if index is None:
        raise StoryboardError.said(
            QT_TRANSLATE_NOOP("Errors", "This shot is no longer on the board.")
        )
    planned = tuple(_plan_one(board, index, values, catalogue, prompt) for values in runs)
    _require_ready(planned)
    price = await engine.estimate(planned[0].model_id, planned[0].values, engine_kind)
    return VariationPlan(
        shot_id=shot_id,
        number=index + 1,
        planned=planned,
        keys=tuple(input_key(p) for p in planned),
        price=price,
        seeds=tuple(take_seed(values) for values in runs),
    )


async def send_variations(
    board: Storyboard, engine: Engine, plan: VariationPlan, engine_kind: str
) -> list[Job]:
    """Send each planned variation once; stops at the first that cannot be sent (the jobs
    sent before it keep running and become takes)."""
    group = new_job_id()
    jobs: list[Job] = []
    for n, (planned, key) in enumerate(zip(plan.planned, plan.keys, strict=True), start=1):
        origin = {
            "storyboard": str(board.path) if board.path is not None else "",
            "shot_id": plan.shot_id,
            "input_key": key,
            "variations": group,
            "variation": n,
            "of": len(plan.planned),
        }
        job = await engine.submit(
            planned.model_id,
            planned.values,
            engine=engine_kind,
            origin=origin,
            expected_price=plan.price,
        )
        jobs.append(job)
    return jobs


__all__ = ["VariationPlan", "plan_variations", "send_variations"]
