"""Who follows a job: one lease per job, so that two Storyreels never fight over one.

Several Storyreels may share one data folder: a window and a ``storyreel resume`` in a
terminal, two terminals, two windows for a moment. Only the holder of a job's lease polls
it, downloads its outputs and changes its state; the others leave it alone and say that
another Storyreel follows it.

The rules:

* A lease is taken with one ``UPDATE … WHERE`` the job is unfinished and the lease is free,
  already ours, lapsed, or held by a process on this computer that no longer exists
  (killed, crashed), in one write transaction with the read of who held it: of two
  processes asking at once exactly one gets it, and a job another one finished (and so
  released) is never taken again.
* A new job is saved with its lease in the same ``INSERT`` (:meth:`LeaseBook.columns`).
* The holder renews its leases (:meth:`LeaseBook.renew`) well before they lapse, every
  ``HEARTBEAT`` seconds; a holder that stops renewing (it died on another computer, or
  froze) loses them after ``LEASE_SECONDS``.
* A finished job's lease is released, and so is every lease when the engine closes.

Each LeaseBook has its own ``owner`` token, so two engines in one process are two holders.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from dataclasses import dataclass
from typing import Any

from app.core.jobs import FINISHED
from app.store.store import JobStore

LEASE_SECONDS = 30.0  # a lease not renewed for this long is free
HEARTBEAT = 5.0  # seconds between two renewals (and checks for jobs that became free)
WINDOW = "window"
TERMINAL = "terminal"
_FINISHED_STATES = sorted(str(state) for state in FINISHED)
_FINISHED_MARKS = ", ".join("?" for _ in _FINISHED_STATES)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    except OSError:
        return True  # cannot tell: trust the lease's expiry instead
    return True


@dataclass(frozen=True)
class Holder:
    """Who holds a job's lease (another Storyreel)."""

    owner: str
    app: str
    pid: int | None
    host: str | None
    until: float

    def describe(self) -> str:
        """ "another Storyreel window (process 1234)" and the like, for messages."""
        what = "window" if self.app == WINDOW else "command in a terminal"
        where = f"process {self.pid}" if self.pid else "a process"
        if self.host and self.host != socket.gethostname():
            where += f" on {self.host}"
        return f"another Storyreel {what} ({where})"


class LeaseBook:
    """This process's leases in one job store (see the module docstring)."""

    def __init__(
        self, store: JobStore, *, app: str = TERMINAL, seconds: float | None = None
    ) -> None:
        self.store = store
        self.app = app
        self.seconds = LEASE_SECONDS if seconds is None else seconds
        self.owner = uuid.uuid4().hex[:12]
        self.pid = os.getpid()
        self.host = socket.gethostname()
        # Jobs whose leftover files (a .part) this book may continue: nobody alive wrote them.
        self.inherited: set[str] = set()

    def __repr__(self) -> str:
        return f"<LeaseBook owner={self.owner} app={self.app}>"

    def columns(self) -> dict[str, Any]:
        """The lease columns of a job this book holds from now on (for ``JobStore.add``)."""
        return {
            "lease_owner": self.owner,
            "lease_until": time.time() + self.seconds,
            "lease_pid": self.pid,
            "lease_host": self.host,
            "lease_app": self.app,
        }

    def _dead_holders(self, job_id: str) -> list[str]:
        """Owners of this job's lease that are processes on this computer no longer alive."""
        _, rows = self.store.execute(
            "SELECT lease_owner, lease_pid, lease_host FROM jobs "
            "WHERE id = ? AND lease_owner IS NOT NULL AND lease_owner != ?",
            (job_id, self.owner),
        )
        return [
            row["lease_owner"]
            for row in rows
            if row["lease_host"] == self.host
            and row["lease_pid"] is not None
            and not pid_alive(int(row["lease_pid"]))
        ]

    def take(self, job_id: str) -> bool:
        """Take the job's lease if it is unfinished and nobody (alive) holds it; True when this
        book holds it.

        One write transaction: who held the lease is read and the lease written with nothing
        in between, and a job that finished (its lease released by the Storyreel that
        finished it) is never taken again from an older list of unfinished jobs.
        """
        with self.store.transaction():
            now = time.time()
            dead = self._dead_holders(job_id)
            _, before = self.store.execute("SELECT lease_owner FROM jobs WHERE id = ?", (job_id,))
            marks = ", ".join("?" for _ in dead) or "NULL"
            columns = self.columns()
            changed, _ = self.store.execute(
                "UPDATE jobs SET lease_owner = ?, lease_until = ?, lease_pid = ?, lease_host = ?, "
                f"lease_app = ? WHERE id = ? AND state NOT IN ({_FINISHED_MARKS}) "
                "AND (lease_owner IS NULL OR lease_owner = ? "
                f"OR lease_until < ? OR lease_owner IN ({marks}))",
                (*columns.values(), job_id, *_FINISHED_STATES, self.owner, now, *dead),
            )
        if not changed:
            return False
        if before and (
            before[0]["lease_owner"] in (None, self.owner) or before[0]["lease_owner"] in dead
        ):
            # Free (its holder closed), or taken from a holder that died: the files they left
            # are ours to continue. One that merely stopped renewing may still be writing.
            self.inherited.add(job_id)
        return True

    def holder(self, job_id: str) -> Holder | None:
        """Who else holds the job's lease now; None when it is free or ours."""
        _, rows = self.store.execute(
            "SELECT lease_owner, lease_app, lease_pid, lease_host, lease_until FROM jobs "
            "WHERE id = ?",
            (job_id,),
        )
        if not rows or rows[0]["lease_owner"] in (None, self.owner):
            return None
        row = rows[0]
        if row["lease_until"] is not None and row["lease_until"] < time.time():
            return None
        if row["lease_owner"] in self._dead_holders(job_id):
            return None
        return Holder(
            owner=row["lease_owner"],
            app=row["lease_app"] or TERMINAL,
            pid=row["lease_pid"],
            host=row["lease_host"],
            until=float(row["lease_until"] or 0.0),
        )

    def renew(self) -> set[str]:
        """Push every lease this book holds forward; returns the ids it still holds."""
        self.store.execute(
            "UPDATE jobs SET lease_until = ? WHERE lease_owner = ?",
            (time.time() + self.seconds, self.owner),
        )
        return self.held()

    def held(self) -> set[str]:
        _, rows = self.store.execute("SELECT id FROM jobs WHERE lease_owner = ?", (self.owner,))
        return {row["id"] for row in rows}

    def free_candidates(self, unfinished: list[str]) -> list[str]:
        """Of these job ids, the ones whose lease is free, lapsed or held by a dead process."""
        return [job_id for job_id in unfinished if self.holder(job_id) is None]

    def release(self, job_id: str) -> None:
        self.store.execute(
            "UPDATE jobs SET lease_owner = NULL, lease_until = NULL, lease_pid = NULL, "
            "lease_host = NULL, lease_app = NULL WHERE id = ? AND lease_owner = ?",
            (job_id, self.owner),
        )
        self.inherited.discard(job_id)

    def release_all(self) -> None:
        self.store.execute(
            "UPDATE jobs SET lease_owner = NULL, lease_until = NULL, lease_pid = NULL, "
            "lease_host = NULL, lease_app = NULL WHERE lease_owner = ?",
            (self.owner,),
        )
        self.inherited.clear()


__all__ = ["HEARTBEAT", "LEASE_SECONDS", "Holder", "LeaseBook", "TERMINAL", "WINDOW", "pid_alive"]
