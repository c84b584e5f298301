"""The persistent job queue: one SQLite file in the user's data folder.

Every change to a job is written here before anything else hears of it, so that after a
crash or a kill at any moment the next start knows exactly which jobs exist, which were
sent, and which request ids to follow. WAL mode keeps readers and the one writer apart and
makes each write a short append; every call is one short transaction, cheap enough to make
from the event loop's thread.

The API key is never stored here: jobs hold what the user gave and what was sent in place
of local files (without data URI bodies), nothing else. What came from the server (the
error, the outputs, the result fields kept in ``extra``) was cleaned where it came in; it is
cleaned once more as it is written (``app.core.text``: no key this process knows, no control
character), so that nothing a server said reaches the file unchecked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from app.core import safe_json, settings
from app.core.errors import StoreError
from app.core.history import HistoryQuery, search_words
from app.core.jobs import FINISHED, Job, JobState
from app.core.text import clean_data, outside_text
from app.core.wording import QT_TRANSLATE_NOOP, cleaned, from_json, to_json
from app.store.migrations import LATEST, MIGRATIONS

log = logging.getLogger(__name__)

_JSON_COLUMNS = {"inputs", "sent_inputs", "outputs", "files", "origin", "extra"}
_COLUMNS = [f.name for f in fields(Job)]
# Columns that hold what a server said: cleaned again as they are written.
_OUTSIDE_COLUMNS = {"error", "outputs", "extra"}
NOT_STORED = QT_TRANSLATE_NOOP("Errors", "Job {job} is not in the job database.")


def _number(value: Any) -> float | None:
    """A clip length as a number: 5, 5.0 and "5" alike; None for anything else."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _stored_text(text: str) -> str:
    return safe_json.printable(outside_text(text))  # a message naming an undecodable file name


def _to_row(job: Job, duration_key: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in _COLUMNS:
        value = getattr(job, name)
        if name == "error":
            # Its English text, and how it was said (for the window to translate it after a
            # restart): its arguments cleaned as the text is.
            message = None
            if value is not None:
                message = cleaned(value if isinstance(value, str) else str(value), _stored_text)
            row["error"] = None if message is None else str(message)
            row["error_wording"] = to_json(message)
            continue
        if name in _OUTSIDE_COLUMNS and value is not None:
            value = clean_data(value)
        if name in _JSON_COLUMNS:
            value = None if value is None else safe_json.dumps(value)  # any file name
        elif name == "state":
            value = str(value)
        elif name == "long_running":
            value = int(bool(value))
        elif isinstance(value, str):
            value = safe_json.printable(value)  # a message naming an undecodable file name
        row[name] = value
    row["duration_key"] = duration_key
    return row


def _from_row(row: sqlite3.Row) -> Job:
    values: dict[str, Any] = {}
    keys = row.keys()
    for name in _COLUMNS:
        if name not in keys:
            continue
        value = row[name]
        try:
            if name in _JSON_COLUMNS and value is not None:
                value = json.loads(value)
            elif name == "state":
                value = JobState(value)
            elif name == "long_running":
                value = bool(value)
        except (ValueError, TypeError, RecursionError):
            raise StoreError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The job database has a damaged entry (the {column} of job {job} cannot "
                    "be read). It was left as it is: it holds the request ids of the jobs you "
                    "sent, so keep the file and ask for help before changing it.",
                ),
                column=name,
                job=str(row["id"]),
            ) from None
        values[name] = value
    if values.get("error") is not None and "error_wording" in keys:
        values["error"] = from_json(row["error_wording"], str(values["error"]))
    return Job(**values)


WAL_SWITCH_SECONDS = 30.0  # how long a start waits for others to let it switch the file to WAL


class JobStore:
    """Jobs in a SQLite file. Thread-safe: one connection guarded by a lock."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._migrate()
            self._use_wal()
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The job database {path} cannot be opened ({reason}). It is left as it is: "
                    "it holds the request ids of the jobs you sent, so do not delete or move "
                    "it. If another Storyreel was starting at the same moment, wait a few "
                    "seconds and try again; otherwise check that its folder can be read and "
                    "written.",
                ),
                path=str(self.path),
                reason=str(exc),
            ) from exc

    def _use_wal(self) -> None:
        """WAL mode, set once per file (it is kept in the file). Switching needs the file to
        itself, and SQLite answers "locked" at once, without waiting, while other Storyreels
        starting at the same moment have it open: then it asks again, for a while."""
        deadline = time.monotonic() + WAL_SWITCH_SECONDS
        while True:
            try:
                mode = self._db.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)  # a back-off between two tries, not a synchronisation

    @classmethod
    def open_default(cls) -> JobStore:
        return cls(settings.database_path())

    # -- schema ---------------------------------------------------------------------------

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema up to date, atomically across processes.

        Two Storyreels may open a fresh folder at the same moment: each step reads the
        version inside a write transaction (``BEGIN IMMEDIATE`` waits for the other's), so
        only one of them runs a migration and the other sees its result.
        """
        with self._lock:
            while True:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    current = self.version
                    if current > LATEST:
                        raise StoreError.said(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The job database {path} was written by a newer version of "
                                "Storyreel (database version {version}, this version "
                                "understands up to {latest}). Update Storyreel to open it; it "
                                "has not been changed.",
                            ),
                            path=str(self.path),
                            version=current,
                            latest=LATEST,
                        )
                    if current == LATEST:
                        self._db.execute("COMMIT")
                        return
                    MIGRATIONS[current](self._db)
                    self._db.execute(f"PRAGMA user_version = {current + 1}")
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                log.info("job database migrated to version %d", current + 1)

    # -- writing --------------------------------------------------------------------------

    @staticmethod
    def duration_key(job: Job) -> str:
        """Groups jobs whose run times are comparable: same engine, resolution and clip length.

        The engine comes first because an offline preview renders in seconds what RunComfy
        takes minutes to generate: one must never teach the other's ETA.
        """
        length = job.inputs.get("duration", job.inputs.get("frames", ""))
        return f"{JobStore.family_key(job)}{length}"

    @staticmethod
    def family_key(job: Job) -> str:
        """The part of :meth:`duration_key` before the clip's length: runs of one family
        differ by length only, so runs of other lengths can predict this one's."""
        return f"{job.engine}|{job.inputs.get('resolution', '')}|"

    @staticmethod
    def clip_length(job: Job) -> float | None:
        """The length :meth:`duration_key` ends with, as a number (seconds or frames)."""
        length = job.inputs.get("duration", job.inputs.get("frames"))
        return _number(length)

    def add(self, job: Job, *, lease: dict[str, Any] | None = None) -> None:
        """Save a new job; ``lease`` (lease column → value) is taken with it, atomically."""
        row = _to_row(job, self.duration_key(job))
        row.update(lease or {})
        names = ", ".join(row)
        marks = ", ".join(f":{n}" for n in row)
        with self._lock:
            self._db.execute(f"INSERT INTO jobs ({names}) VALUES ({marks})", row)

    def update(self, job: Job, *, holder: str | None = None) -> bool:
        """Save ``job``. With ``holder`` (a lease owner, see ``app.store.leases``) only while
        no other Storyreel holds the job's lease: False, and nothing saved, when one does."""
        row = _to_row(job, self.duration_key(job))
        assignments = ", ".join(f"{n} = :{n}" for n in row if n != "id")
        sql = f"UPDATE jobs SET {assignments} WHERE id = :id"
        if holder is not None:
            sql += " AND (lease_owner IS NULL OR lease_owner = :holder)"
            row["holder"] = holder
        with self._lock:
            cursor = self._db.execute(sql, row)
            exists = "SELECT 1 FROM jobs WHERE id = ?"
            if cursor.rowcount == 0 and holder and self._db.execute(exists, (job.id,)).fetchone():
                return False
        if cursor.rowcount == 0:
            raise StoreError.said(NOT_STORED, job=job.id)
        return True

    def execute(self, sql: str, params: Any = ()) -> tuple[int, list[sqlite3.Row]]:
        """One statement in its own transaction: ``(rows changed, rows read)``. For the
        lease book (``app.store.leases``), which keeps its SQL beside its rules."""
        with self._lock:
            cursor = self._db.execute(sql, params)
            return cursor.rowcount, cursor.fetchall()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """The statements run inside (``execute``) as one write transaction: what they read
        cannot be changed by another Storyreel before they write (``BEGIN IMMEDIATE``)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def remove(self, job_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    # -- reading --------------------------------------------------------------------------

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _from_row(row) if row else None

    def find_request(self, request_id: str) -> Job | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM jobs WHERE request_id = ?", (request_id,)
            ).fetchone()
        return _from_row(row) if row else None

    def jobs(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        states: Iterable[JobState] | None = None,
    ) -> list[Job]:
        """Jobs newest first."""
        sql = "SELECT * FROM jobs"
        params: list[Any] = []
        if states is not None:
            wanted = [str(s) for s in states]
            sql += f" WHERE state IN ({', '.join('?' for _ in wanted)})"
            params.extend(wanted)
        sql += " ORDER BY created_at DESC, rowid DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params.extend([limit, offset])
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [_from_row(r) for r in rows]

    def unfinished(self) -> list[Job]:
        states = [s for s in JobState if s not in FINISHED]
        return list(reversed(self.jobs(states=states)))

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM jobs").fetchone()[0])

    def durations(self, model_id: str, key: str, limit: int = 20) -> list[float]:
        """How long the latest succeeded jobs of this model and kind ran, in seconds.

        ``key`` is :meth:`duration_key` of the job asking, so the history is per engine.
        """
        with self._lock:
            rows = self._db.execute(
                """
                SELECT finished_at - COALESCE(started_at, submitted_at) FROM jobs
                WHERE model_id = ? AND duration_key = ? AND state = 'succeeded'
                  AND finished_at IS NOT NULL AND COALESCE(started_at, submitted_at) IS NOT NULL
                ORDER BY finished_at DESC LIMIT ?
                """,
                (model_id, key, limit),
            ).fetchall()
        return [float(r[0]) for r in rows if r[0] is not None and r[0] >= 0]

    def family_durations(
        self, model_id: str, family: str, limit: int = 40
    ) -> list[tuple[float, float]]:
        """``(clip length, seconds)`` of the latest succeeded jobs of this model and family
        (:meth:`family_key`), whatever their length."""
        with self._lock:
            rows = self._db.execute(
                """
                SELECT substr(duration_key, ?), finished_at - COALESCE(started_at, submitted_at)
                FROM jobs
                WHERE model_id = ? AND substr(duration_key, 1, ?) = ? AND state = 'succeeded'
                  AND finished_at IS NOT NULL AND COALESCE(started_at, submitted_at) IS NOT NULL
                ORDER BY finished_at DESC LIMIT ?
                """,
                (len(family) + 1, model_id, len(family), family, limit),
            ).fetchall()
        runs = []
        for length, seconds in rows:
            number = _number(length)
            if number is not None and seconds is not None and seconds >= 0:
                runs.append((number, float(seconds)))
        return runs

    # -- the history ----------------------------------------------------------------------

    def set_starred(self, job_id: str, starred: bool) -> None:
        """Star a job (or take its star away). Kept apart from the job's other columns, so a
        Storyreel following the job never writes an old star back."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE jobs SET starred = ? WHERE id = ?", (int(bool(starred)), job_id)
            )
        if cursor.rowcount == 0:
            raise StoreError.said(NOT_STORED, job=job_id)

    def starred_ids(self, job_ids: Iterable[str] | None = None) -> set[str]:
        """The ids of the starred jobs (among ``job_ids`` when given)."""
        with self._lock:
            rows = self._db.execute("SELECT id FROM jobs WHERE starred = 1").fetchall()
        found = {str(r[0]) for r in rows}
        return found if job_ids is None else found & set(job_ids)

    def search(self, query: HistoryQuery, *, limit: int = 200, offset: int = 0) -> list[Job]:
        """The jobs that answer ``query``, newest first (see :class:`HistoryQuery`)."""
        sql, params = self._search_sql(query)
        sql += " ORDER BY jobs.created_at DESC, jobs.rowid DESC LIMIT ? OFFSET ?"
        params.extend([limit, offset])
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [_from_row(r) for r in rows]

    def count_matching(self, query: HistoryQuery) -> int:
        """How many jobs answer ``query`` (a history view shows its first page of them)."""
        sql, params = self._search_sql(query)
        sql = sql.replace("SELECT jobs.* FROM jobs", "SELECT COUNT(*) FROM jobs", 1)
        with self._lock:
            return int(self._db.execute(sql, params).fetchone()[0])

    def _search_sql(self, query: HistoryQuery) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        words = search_words(query.words)
        if words and self._has_text_index():
            match = " AND ".join(f'"{w}"*' for w in words)
            where.append("jobs.id IN (SELECT job_id FROM job_text WHERE job_text MATCH ?)")
            params.append(match)
        else:
            for word in words:  # no FTS5 here: the prompts, row by row
                where.append("lower(jobs.inputs) LIKE ? ESCAPE '\\'")
                params.append("%" + word.replace("%", "\\%").replace("_", "\\_") + "%")
        if query.model_id:
            where.append("jobs.model_id = ?")
            params.append(query.model_id)
        if query.since is not None:
            where.append("jobs.created_at >= ?")
            params.append(query.since)
        if query.until is not None:
            where.append("jobs.created_at < ?")
            params.append(query.until)
        if query.states is not None:
            wanted = sorted(str(s) for s in query.states)
            where.append(f"jobs.state IN ({', '.join('?' for _ in wanted)})")
            params.extend(wanted)
        if query.starred:
            where.append("jobs.starred = 1")
        sql = "SELECT jobs.* FROM jobs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql, params

    def _has_text_index(self) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'job_text'"
            ).fetchone()
        return row is not None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> JobStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
