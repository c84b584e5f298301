"""Rendering a storyboard: each shot one ordinary job in the Engine's queue.

The runner plans the shots (:func:`app.core.storyboard.plan_shots`), keeps every finished
clip that still matches its shot's inputs (:func:`app.core.storyboard.input_key`), reads
the price of the rest, and submits them through :meth:`Engine.submit` with an ``origin``
naming the board and the shot, so the queue shows them like any other job and the job
store remembers which shot each one renders. As each job finishes its request id, cost,
clip and input key are written on the shot and the board is saved.

Nothing is lost when the app closes mid-render: the jobs live on in the Engine's store
(and on RunComfy), and :func:`attach_finished_jobs` gives their clips to the board's shots
when it is opened again. Jobs are matched to shots by the shot's id and the input key
stored in the job's origin, not by the board's path, so a board that was moved or renamed
still picks its clips up.

Money rules, in line with the Engine's:

* a shot whose finished clip matches its inputs is never paid for again; a clip from the
  paid engine also serves an offline render, but an offline preview never stands in for
  a paid render;
* a shot with a job still under way for the same inputs is waited for, not sent again;
* a shot whose last submission is *uncertain* (the answer was lost) is not sent again
  unless the caller names it in ``only``: the user checks their RunComfy history first.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.api.spend_caps import check_board
from app.api.storyboard_report import (
    BoardEstimate,
    ConfirmCallback,
    EventCallback,
    Outcome,
    RenderEvent,
    RenderEventKind,
    RenderReport,
    ShotOutcome,
    ShotPrice,
)
from app.core.catalogue import Catalogue
from app.core.engines import OFFLINE, RUNCOMFY, EngineKind
from app.core.errors import (
    ApiError,
    PriceUnavailable,
    SpendingCapReached,
    StoryreelError,
    ValidationError,
)
from app.core.jobs import Job, JobState
from app.core.storyboard import (
    PlannedShot,
    Shot,
    Storyboard,
    clip_is_current,
    input_key,
    plan_shots,
    require_ready,
)
from app.core.storyboard.takes import add_take, take_from_job
from app.core.wording import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    from app.api.engine import Engine


# --- deciding what to send -----------------------------------------------------------------


def _clip_serves(planned: PlannedShot, key: str, engine_kind: str) -> bool:
    """A finished clip fits these inputs, and comes from an engine at least as good."""
    if not clip_is_current(planned, key):
        return False
    return engine_kind == OFFLINE or planned.shot.clip_engine in (None, RUNCOMFY)


def _under_way(jobs: Iterable[Job]) -> dict[tuple[str, str], Job]:
    """Unfinished jobs by (shot id, input key), from their origin."""
    found: dict[tuple[str, str], Job] = {}
    for job in sorted(jobs, key=lambda j: j.created_at):
        origin = job.origin or {}
        shot_id, key = origin.get("shot_id"), origin.get("input_key")
        if not job.state.finished and isinstance(shot_id, str) and isinstance(key, str):
            found[(shot_id, key)] = job
    return found


def _uncertain_for(shot: Shot, key: str, jobs: dict[str, Job]) -> bool:
    """The shot's latest submission, for these very inputs, may or may not have reached
    RunComfy (a job no longer in the store counts as such: better safe than charged twice)."""
    if shot.job_state != JobState.UNCERTAIN.value:
        return False
    job = jobs.get(shot.job_id or "")
    return job is None or job.origin.get("input_key") == key


@dataclass
class _Work:
    planned: PlannedShot
    key: str
    engine_kind: str
    job: Job | None = None


async def _keys(planned: list[PlannedShot]) -> dict[int, str]:
    """Input keys hash the frames' bytes: worked out off the event loop."""
    return await asyncio.to_thread(lambda: {p.index: input_key(p) for p in planned})


async def _price(engine: Engine, work: _Work) -> ShotPrice:
    p = work.planned
    try:
        price = await engine.estimate(p.model_id, p.values, work.engine_kind)
    except ApiError as exc:
        return ShotPrice(p.index, error=exc.message)
    return ShotPrice(
        p.index,
        unit_price=price.unit_price,
        unit=price.unit,
        estimate=price.estimate,
        note=price.note,
        price=price,
    )


@dataclass
class _Plan:
    estimate: BoardEstimate
    to_send: list[_Work]
    to_wait: list[_Work]
    kept: list[_Work]
    held_back: list[_Work]


async def _prepare(
    board: Storyboard,
    engine: Engine,
    catalogue: Catalogue,
    engine_kind: str,
    only: set[int] | None,
) -> _Plan:
    EngineKind.parse(engine_kind)  # a ValueError naming the kinds for anything else
    planned = [p for p in plan_shots(board, catalogue) if only is None or p.index in only]
    require_ready(planned)
    keys = await _keys(planned)
    jobs = engine.jobs()
    running = _under_way(jobs)
    by_id = {job.id: job for job in jobs}
    to_send, to_wait, kept, held_back = [], [], [], []
    for p in planned:
        work = _Work(p, keys[p.index], engine_kind)
        shot = p.shot
        if _clip_serves(p, work.key, engine_kind):
            kept.append(work)
        elif (job := running.get((shot.id, work.key))) is not None:
            work.job = job
            to_wait.append(work)
        elif only is None and _uncertain_for(shot, work.key, by_id):
            held_back.append(work)
        else:
            to_send.append(work)
    prices = [await _price(engine, w) for w in to_send]
    estimate = BoardEstimate(
        engine_kind,
        tuple(prices),
        kept=tuple(w.planned.index for w in kept),
        waiting=tuple(w.planned.index for w in to_wait),
        held_back=tuple(w.planned.index for w in held_back),
    )
    return _Plan(estimate, to_send, to_wait, kept, held_back)


async def estimate_storyboard(
    board: Storyboard,
    engine: Engine,
    catalogue: Catalogue,
    *,
    engine_kind: str,
    only: set[int] | None = None,
) -> BoardEstimate:
    """What :func:`render_storyboard` would send and what it would cost, sending nothing.

    Raises :class:`app.core.storyboard.StoryboardError` when a shot cannot be sent as it is.
    """
    plan = await _prepare(board, engine, catalogue, engine_kind, only)
    return plan.estimate


# --- rendering -------------------------------------------------------------------------------


def _render_state(shot: Shot) -> tuple[object, ...]:
    return (
        shot.job_id,
        shot.request_id,
        shot.job_state,
        shot.error,
        shot.clip,
        shot.clip_engine,
        shot.cost,
        shot.input_key,
        shot.chosen_take,
        len(shot.takes),
    )


def _start_job(work: _Work, job: Job) -> None:
    """A job just sent is the shot's latest."""
    shot = work.planned.shot
    shot.job_id, shot.request_id = job.id, job.request_id
    shot.job_state, shot.error = job.state.value, job.error


def _record_job(work: _Work, job: Job, *, latest: bool) -> bool:
    """Write what a job says on its shot; returns whether anything changed.

    Only the shot's latest job sets its job state; a succeeded job gives the shot its clip
    when it is the latest or the shot has no clip, but a preview never replaces a paid clip
    made from the same inputs.
    """
    shot = work.planned.shot
    before = _render_state(shot)
    if latest:
        _start_job(work, job)
    made = job.state is JobState.SUCCEEDED and bool(job.files) and Path(job.files[0]).is_file()
    has_clip = shot.clip is not None and shot.clip.is_file()
    paid_clip_kept = (
        job.engine == OFFLINE
        and has_clip
        and shot.clip_engine == RUNCOMFY
        and shot.input_key == work.key
    )
    take = take_from_job(job, work.planned.model, work.key) if made else None
    if take is not None:
        add_take(shot, take, choose=(latest or not has_clip) and not paid_clip_kept)
    return _render_state(shot) != before


def _save(board: Storyboard) -> None:
    if board.path is not None:
        board.save()


def _outcome_of(work: _Work, job: Job) -> ShotOutcome:
    p = work.planned
    state = job.state
    if state is JobState.SUCCEEDED and job.files:
        return ShotOutcome(
            p.index,
            p.shot.id,
            Outcome.RENDERED,
            said(
                QT_TRANSLATE_NOOP("Errors", "Shot {number} is rendered: {name}."),
                number=p.number,
                name=Path(job.files[0]).name,
            ),
            job,
            Path(job.files[0]),
            p.shot.cost,
        )
    kinds = {
        JobState.UNCERTAIN: Outcome.UNCERTAIN,
        JobState.CANCELLED: Outcome.CANCELLED,
    }
    outcome = kinds.get(state, Outcome.FAILED)
    reason = job.error or said(
        QT_TRANSLATE_NOOP("Errors", "it finished without a video")
        if state is JobState.SUCCEEDED
        else QT_TRANSLATE_NOOP("Errors", "no reason was given")
    )
    message = said(
        QT_TRANSLATE_NOOP("Errors", "Shot {number}: {state}: {reason}"),
        number=p.number,
        state=state.in_sentence,
        reason=reason,
    )
    return ShotOutcome(p.index, p.shot.id, outcome, message, job)


async def render_storyboard(
    board: Storyboard,
    engine: Engine,
    catalogue: Catalogue,
    *,
    engine_kind: str,
    only: set[int] | None = None,
    on_event: EventCallback | None = None,
    confirm: ConfirmCallback | None = None,
    patience: float | None = None,
) -> RenderReport:
    """Render the board's shots that need it through ``engine``, and wait for them.

    ``only`` limits the render to these shot positions (from 0, as in ``board.shots``).
    The price comes first, as a :class:`RenderEvent` of kind ``estimate`` and in the
    report: ``confirm(estimate)`` (plain or async) may decline, and then nothing is sent.
    When a live price cannot be read and no ``confirm`` was given, nothing is sent and
    :class:`PriceUnavailable` is raised. Raises :class:`StoryboardError` when a shot
    cannot be sent as it is (nothing is sent then either).

    The board is saved (when it has a file) after each submission and each finished job.

    Without ``patience`` (the window) each job is waited for until it finishes. With it (the
    command line) the wait for a job ends as :meth:`Engine.follow` says: when its download
    waits for the user, on a refused key, or after ``patience`` seconds without an answer;
    the shot is then reported as still under way, picked up when the board is opened again.
    """

    plan = await _prepare(board, engine, catalogue, engine_kind, only)
    report = RenderReport(plan.estimate)
    render = _Render(board, engine, engine_kind, on_event, report)
    render.emit(RenderEventKind.ESTIMATE, plan.estimate.summary(), estimate=plan.estimate)
    render.keep(plan)
    if engine_kind == RUNCOMFY and plan.estimate.available:
        check_board(plan.estimate, len(plan.to_send), engine.day_cap, engine.settings)
    if confirm is not None and plan.to_send:
        answer = confirm(plan.estimate)
        if inspect.isawaitable(answer):
            answer = await answer
        if not answer:
            report.declined = True
            return report
    elif not plan.estimate.available:
        raise PriceUnavailable.said(
            QT_TRANSLATE_NOOP("Errors", "{summary} Nothing was sent."),
            summary=plan.estimate.summary(),
        )
    sent = await render.send(plan)
    await render.wait_for([*sent, *plan.to_wait], patience)
    report.outcomes.sort(key=lambda o: o.index)
    return report


class _Render:
    """One render of a board: what it sends, what it hears, and the report it writes."""

    def __init__(
        self,
        board: Storyboard,
        engine: Engine,
        engine_kind: str,
        on_event: EventCallback | None,
        report: RenderReport,
    ) -> None:
        self.board = board
        self.engine = engine
        self.engine_kind = engine_kind
        self.on_event = on_event
        self.report = report

    def emit(self, kind: RenderEventKind, message: str, **kw: Any) -> None:
        if self.on_event is not None:
            self.on_event(RenderEvent(kind, message, **kw))

    def keep(self, plan: _Plan) -> None:
        """Report the shots kept as rendered, and those held back (uncertain)."""
        report = self.report
        for work in plan.kept:
            p = work.planned
            report.outcomes.append(
                ShotOutcome(
                    p.index,
                    p.shot.id,
                    Outcome.KEPT,
                    said(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Shot {number} is already rendered from these inputs: {name}."
                        ),
                        number=p.number,
                        name=p.shot.clip.name if p.shot.clip else "",
                    ),
                    clip=p.shot.clip,
                    cost=p.shot.cost,
                )
            )
            self.emit(RenderEventKind.KEPT, report.outcomes[-1].message, index=p.index)
        for work in plan.held_back:
            p = work.planned
            report.outcomes.append(
                ShotOutcome(
                    p.index,
                    p.shot.id,
                    Outcome.UNCERTAIN,
                    said(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Shot {number} was not sent again: its last submission is "
                            "uncertain. Check your generation history on RunComfy, then render "
                            "this shot on its own to send it again.",
                        ),
                        number=p.number,
                    ),
                )
            )

    def not_sent(self, p: PlannedShot, exc: StoryreelError, *, earlier: bool = False) -> None:
        """A shot not sent: for its own error (told as an event too), or for the error an
        ``earlier`` shot met (the account, the key or the price)."""
        message = said(
            QT_TRANSLATE_NOOP("Errors", "Shot {number}: {reason}")
            if earlier
            else QT_TRANSLATE_NOOP("Errors", "Shot {number} was not sent: {reason}"),
            number=p.number,
            reason=exc.message,
        )
        self.report.outcomes.append(
            ShotOutcome(p.index, p.shot.id, Outcome.NOT_SENT, message, error=exc)
        )
        if not earlier:
            self.emit(RenderEventKind.NOT_SENT, message, index=p.index)

    async def send(self, plan: _Plan) -> list[_Work]:
        """Send the shots to send; after an error of the account, the key or the price the
        rest are not sent (they share it). Returns the shots sent."""
        sent: list[_Work] = []
        stop: ApiError | SpendingCapReached | None = None
        prices = {price.index: price for price in plan.estimate.prices}
        for work in plan.to_send:
            p = work.planned
            if stop is not None:
                self.not_sent(p, stop, earlier=True)
                continue
            origin = {
                "storyboard": str(self.board.path) if self.board.path is not None else "",
                "shot_id": p.shot.id,
                "input_key": work.key,
            }
            try:
                job = await self.engine.submit(
                    p.model_id,
                    p.values,
                    engine=self.engine_kind,
                    origin=origin,
                    expected_price=prices[p.index].price,
                )
            except ValidationError as exc:
                self.not_sent(p, exc)
                continue
            except (ApiError, SpendingCapReached) as exc:  # the next shots share it
                stop = exc
                self.not_sent(p, exc)
                continue
            self.report.submitted += 1
            work.job = job
            _start_job(work, job)
            _save(self.board)
            sent.append(work)
            self.emit(
                RenderEventKind.SUBMITTED,
                said(
                    QT_TRANSLATE_NOOP("Errors", "Shot {number} sent as {request}."),
                    number=p.number,
                    request=job.request_id or job.id,
                ),
                index=p.index,
                job=job,
            )
        for work in plan.to_wait:
            assert work.job is not None
            self.emit(
                RenderEventKind.SUBMITTED,
                said(
                    QT_TRANSLATE_NOOP("Errors", "Shot {number} is already under way as {request}."),
                    number=work.planned.number,
                    request=work.job.request_id or work.job.id,
                ),
                index=work.planned.index,
                job=work.job,
            )
        return sent

    async def follow(
        self, work: _Work, patience: float | None
    ) -> tuple[_Work, Job | None, str | None]:
        assert work.job is not None
        try:
            if patience is None:
                return work, await self.engine.wait(work.job.id), None
            job = await self.engine.follow(work.job.id, patience=patience)
        except StoryreelError as exc:
            return work, None, exc.message
        if not job.state.finished:  # its download waits (disk full, folder gone...)
            return work, None, job.error or job.state.name_said
        return work, job, None

    async def wait_for(self, works: list[_Work], patience: float | None) -> None:
        """Record each job as it finishes (or stops being waited for)."""
        waiting = [asyncio.ensure_future(self.follow(w, patience)) for w in works]
        try:
            for next_done in asyncio.as_completed(waiting):
                work, finished, problem = await next_done
                p = work.planned
                if finished is None:
                    message = said(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Shot {number} is still under way ({problem}); it is picked up when "
                            "the board is opened again.",
                        ),
                        number=p.number,
                        problem=problem,
                    )
                    self.report.outcomes.append(
                        ShotOutcome(p.index, p.shot.id, Outcome.STILL_RUNNING, message, work.job)
                    )
                    self.emit(RenderEventKind.FINISHED, message, index=p.index, job=work.job)
                    continue
                _record_job(work, finished, latest=p.shot.job_id == finished.id)
                _save(self.board)
                outcome = _outcome_of(work, finished)
                self.report.outcomes.append(outcome)
                self.emit(RenderEventKind.FINISHED, outcome.message, index=p.index, job=finished)
        finally:
            for task in waiting:
                task.cancel()


def attach_finished_jobs(
    board: Storyboard, jobs: Iterable[Job], catalogue: Catalogue | None = None
) -> list[int]:
    """Give the board's shots the clips of jobs that finished while it was closed.

    A job belongs to a shot when its origin names the shot's id and the inputs it was made
    from (the ``input_key`` in its origin) are the shot's current inputs. The newest such
    job sets the shot's job state (a job still under way shows the shot as rendering); a
    succeeded job whose file is still there gives the shot its clip. Returns the positions
    of the shots that changed; the caller saves the board.
    """
    if catalogue is None:
        from app.core.catalogue_source import default_catalogue

        catalogue = default_catalogue()
    jobs = sorted(jobs, key=lambda j: j.created_at)  # the newest job has the last word
    by_id = {job.id: job for job in jobs}
    planned = {p.shot.id: p for p in plan_shots(board, catalogue) if p.model is not None}
    keys: dict[str, str] = {}
    changed: set[int] = set()
    for job in jobs:
        shot_id = job.origin.get("shot_id")
        p = planned.get(shot_id) if isinstance(shot_id, str) else None
        if p is None:
            continue
        key = keys.get(p.shot.id)
        if key is None:
            key = keys[p.shot.id] = input_key(p)
        if job.origin.get("input_key") != key:
            if _keep_as_take(p.shot, job, catalogue):  # an earlier version of the shot
                changed.add(p.index)
            continue
        recorded = by_id.get(p.shot.job_id or "")
        latest = recorded is None or job.created_at >= recorded.created_at
        if _record_job(_Work(p, key, job.engine), job, latest=latest):
            changed.add(p.index)
    return sorted(changed)


def _keep_as_take(shot: Shot, job: Job, catalogue: Catalogue) -> bool:
    """A succeeded job of the shot made from other inputs (before an edit, or a variation)
    is kept as one of its takes, not chosen."""
    if job.state is not JobState.SUCCEEDED:
        return False
    model = catalogue.get(job.model_id) if job.model_id in catalogue else None
    key = job.origin.get("input_key")
    take = take_from_job(job, model, key if isinstance(key, str) else None)
    return take is not None and add_take(shot, take, choose=False)


__all__ = [
    "BoardEstimate",
    "Outcome",
    "RenderEvent",
    "RenderEventKind",
    "RenderReport",
    "ShotOutcome",
    "ShotPrice",
    "attach_finished_jobs",
    "estimate_storyboard",
    "render_storyboard",
]
