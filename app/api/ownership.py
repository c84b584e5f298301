"""The engine's side of job leases: it follows only the jobs it holds.

The rules are in :mod:`app.store.leases`; this module applies them to an :class:`Engine`:

* A job the engine creates is saved with its lease; ``resume`` takes the lease of each
  unfinished job nobody holds and leaves the others, with one notice each ("followed by
  another Storyreel"), never a failure.
* While the engine holds leases, a heartbeat renews them every ``HEARTBEAT`` seconds. A job
  whose lease was lost (the engine froze longer than a lease lasts and another Storyreel
  took it) is let go at once: its polling and its download stop.
* With :meth:`Ownership.watch` (the window), the heartbeat also picks up the unfinished jobs
  whose holder quit or died, and shows the changes another Storyreel saved to the jobs it
  follows, so that the window needs no restart to see them.
* Closing releases every lease, so the next Storyreel takes the jobs at once.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from app.api.tasks import TaskRegistry
from app.core.errors import StoryreelError
from app.core.jobs import EventKind, Job
from app.core.wording import QT_TRANSLATE_NOOP, said
from app.store import JobStore, leases
from app.store.leases import Holder, LeaseBook

log = logging.getLogger(__name__)


def elsewhere_message(job: Job, holder: Holder, *, watching: bool) -> str:
    template = (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Job {name} is followed by {holder}: this window takes it over if that one stops.",
        )
        if watching
        else QT_TRANSLATE_NOOP(
            "Errors",
            "Job {name} is followed by {holder}: this one leaves it to that one; nothing is lost.",
        )
    )
    return said(template, name=job.request_id or job.id, holder=holder.describe())


class Engine(Protocol):
    """What the leases need of the engine that holds them (``app.api.engine.Engine``)."""

    store: JobStore
    _live: dict[str, Job]
    _closed: bool
    _tasks: TaskRegistry

    def _emit(self, kind: EventKind, job: Job, *, message: str | None = None) -> None: ...

    def _let_go(self, job_id: str, message: str) -> None: ...

    async def resume(self) -> list[Job]: ...


LOST_MESSAGE = said(
    QT_TRANSLATE_NOOP(
        "Errors",
        "Another Storyreel took this job over while this one was not responding; it follows "
        "the job from now on.",
    )
)


class Ownership:
    """Which jobs an engine holds, and the heartbeat that keeps them (module docstring)."""

    def __init__(self, engine: Engine, *, app: str, seconds: float | None = None) -> None:
        self.engine = engine
        self.book = LeaseBook(engine.store, app=app, seconds=seconds)
        self.elsewhere: dict[str, Holder] = {}  # unfinished jobs another Storyreel follows
        self._seen: dict[str, float] = {}  # their updated_at as last shown
        self._watching = False
        self._heartbeat: asyncio.Task[Any] | None = None

    @property
    def owner(self) -> str:
        return self.book.owner

    def columns(self) -> dict[str, Any]:
        self._start()
        return self.book.columns()

    def take(self, job: Job) -> bool:
        """Take ``job``'s lease; when another Storyreel holds it, say so once and say no."""
        taken = self.book.take(job.id)
        holder = None if taken else self.book.holder(job.id)
        if not taken and holder is None:  # freed between the two reads: once more
            taken = self.book.take(job.id)
            holder = None if taken else self.book.holder(job.id)
        if taken:
            self.elsewhere.pop(job.id, None)
            self._start()
            return True
        if holder is not None:
            self._note_elsewhere(job, holder)
        return False

    def _note_elsewhere(self, job: Job, holder: Holder) -> None:
        """Remember that ``holder`` follows ``job``; say so when that is news."""
        known = self.elsewhere.get(job.id)
        self.elsewhere[job.id] = holder
        self._seen.setdefault(job.id, job.updated_at)
        if known is None or known.owner != holder.owner:
            message = elsewhere_message(job, holder, watching=self._watching)
            self.engine._emit(EventKind.NOTICE, job, message=message)

    def holds(self, job_id: str) -> bool:
        return job_id in self.book.held()

    def may_continue_leftovers(self, job_id: str) -> bool:
        """Whether the job's leftover ``.part`` files were left by a Storyreel that closed or
        died (so this one continues them), rather than one that may still write them."""
        return job_id in self.book.inherited

    def release(self, job_id: str) -> None:
        self.book.release(job_id)

    def watch(self) -> None:
        """Pick up freed jobs and show others' progress on every heartbeat (the window)."""
        self._watching = True
        self._start()

    # -- the heartbeat ------------------------------------------------------------------------

    def _start(self) -> None:
        if self._heartbeat is None and not self.engine._closed:
            self._heartbeat = self.engine._tasks.spawn(self._beat(), "lease-heartbeat")

    async def _beat(self) -> None:
        while True:
            # A short lease (tests) is renewed well before it lapses too.
            await asyncio.sleep(min(leases.HEARTBEAT, self.book.seconds / 3))
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception:  # one failed beat must not end the heartbeat
                log.exception("renewing the job leases failed")

    async def beat(self) -> None:
        """Renew; let go of lost jobs; when watching, refresh others' and take freed ones."""
        held = self.book.renew()
        for job_id in [j for j in self.engine._live if j not in held]:
            self.engine._let_go(job_id, LOST_MESSAGE)
        if not self._watching:
            return
        free = False
        for job in self.engine.store.unfinished():
            if job.id in self.engine._live:
                continue
            holder = self.book.holder(job.id)
            if holder is None:
                free = True
            elif job.id not in self.elsewhere:  # sent by another Storyreel meanwhile
                self._seen[job.id] = -1.0  # shown below
                self._note_elsewhere(job, holder)
        self._show_others_progress()
        if free:
            try:
                await self.engine.resume()
            except StoryreelError as exc:
                log.warning("freed jobs cannot be followed yet: %s", exc)

    def _show_others_progress(self) -> None:
        for job_id in list(self.elsewhere):
            job = self.engine.store.get(job_id)
            if job is None:
                self.elsewhere.pop(job_id, None)
                continue
            if job.updated_at != self._seen.get(job_id):
                self._seen[job_id] = job.updated_at
                self.engine._emit(EventKind.CHANGED, job)
            if job.state.finished:
                self.elsewhere.pop(job_id, None)
                self._seen.pop(job_id, None)

    def close(self) -> None:
        """Release every lease (the engine's tasks are already stopped)."""
        self._heartbeat = None
        try:
            self.book.release_all()
        except StoryreelError as exc:
            log.warning("the job leases could not be released: %s", exc)
        except Exception:
            log.exception("the job leases could not be released")


__all__ = ["LOST_MESSAGE", "Ownership", "elsewhere_message"]
