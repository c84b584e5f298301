"""The job database's schema, one migration per version.

Each migration takes the database from version N-1 to N and is never edited once released:
a new change is a new migration. ``PRAGMA user_version`` holds the version. A database
written by a newer Storyreel (a version above ``LATEST``) is refused, never touched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable


def _run(db: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the migration's transaction half-way: run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE jobs (
            id            TEXT PRIMARY KEY,
            model_id      TEXT NOT NULL,
            engine        TEXT NOT NULL,
            api_base      TEXT NOT NULL DEFAULT '',
            state         TEXT NOT NULL,
            request_id    TEXT,
            queue_position INTEGER,
            inputs        TEXT NOT NULL,
            sent_inputs   TEXT,
            created_at    REAL NOT NULL,
            submitted_at  REAL,
            started_at    REAL,
            finished_at   REAL,
            updated_at    REAL NOT NULL,
            unit_price    REAL,
            price_unit    TEXT,
            price_estimate REAL,
            cost          REAL,
            outputs       TEXT NOT NULL DEFAULT '[]',
            files         TEXT NOT NULL DEFAULT '[]',
            error         TEXT,
            long_running  INTEGER NOT NULL DEFAULT 0,
            origin        TEXT NOT NULL DEFAULT '{}',
            extra         TEXT NOT NULL DEFAULT '{}'
        );
        CREATE UNIQUE INDEX jobs_request_id ON jobs(request_id) WHERE request_id IS NOT NULL;
        CREATE INDEX jobs_created ON jobs(created_at);
        CREATE INDEX jobs_state ON jobs(state);
        """,
    )


def _v2(db: sqlite3.Connection) -> None:
    # Run-time history for ETAs: how long jobs of one model and one kind of clip took.
    _run(
        db,
        """
        ALTER TABLE jobs ADD COLUMN duration_key TEXT NOT NULL DEFAULT '';
        CREATE INDEX jobs_duration ON jobs(model_id, duration_key, state);
        """,
    )


def _v3(db: sqlite3.Connection) -> None:
    # Run-time history per engine: an offline preview takes seconds and a RunComfy job
    # minutes, so the key that groups comparable runs starts with the engine. Every row gets
    # the new key, including rows from version 1 that version 2 left with an empty one.
    # The key is spelled out here, not borrowed from JobStore, so that this step stays what it
    # was when released even if the store's key changes again (that would be a new migration).
    rows = db.execute("SELECT id, engine, inputs FROM jobs").fetchall()
    for job_id, engine, inputs_json in rows:
        try:
            inputs = json.loads(inputs_json)
        except (TypeError, ValueError):
            inputs = None
        if not isinstance(inputs, dict):
            inputs = {}
        resolution = inputs.get("resolution", "")
        length = inputs.get("duration", inputs.get("frames", ""))
        db.execute(
            "UPDATE jobs SET duration_key = ? WHERE id = ?",
            (f"{engine}|{resolution}|{length}", job_id),
        )


def _v4(db: sqlite3.Connection) -> None:
    # Who follows a job: one Storyreel (a window or a terminal command) holds a lease on it,
    # renewed while it lives. ``lease_owner`` is a token made at each start, ``lease_until``
    # the moment the lease lapses unless renewed, ``lease_pid`` and ``lease_host`` tell a
    # holder that died (killed, crashed) apart at once on this computer, and ``lease_app``
    # says what holds it ("window" or "terminal"), for the messages. Free when owner is NULL.
    _run(
        db,
        """
        ALTER TABLE jobs ADD COLUMN lease_owner TEXT;
        ALTER TABLE jobs ADD COLUMN lease_until REAL;
        ALTER TABLE jobs ADD COLUMN lease_pid INTEGER;
        ALTER TABLE jobs ADD COLUMN lease_host TEXT;
        ALTER TABLE jobs ADD COLUMN lease_app TEXT;
        CREATE INDEX jobs_lease_owner ON jobs(lease_owner) WHERE lease_owner IS NOT NULL;
        """,
    )


def _v5(db: sqlite3.Connection) -> None:
    # Each job records the folder its files go to, so that a job resumed by another run (or
    # after the library folder changed in Settings) still lands where it was asked to. Jobs
    # saved before have none: they go to the folder of the run that resumes them.
    _run(db, "ALTER TABLE jobs ADD COLUMN output_folder TEXT NOT NULL DEFAULT ''")


def _v6(db: sqlite3.Connection) -> None:
    # The history: a star on a job (a take worth keeping), and a full-text index of each
    # job's prompt (the "prompt" or "text" input), kept by triggers, so that searching 5,000
    # jobs by words, model, date, state or star stays fast. The index is its own table of
    # (job id, prompt); a Python whose SQLite lacks FTS5 searches the prompts row by row.
    _run(
        db,
        """
        ALTER TABLE jobs ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX jobs_model_created ON jobs(model_id, created_at);
        CREATE INDEX jobs_starred ON jobs(created_at) WHERE starred = 1
        """,
    )
    try:
        db.execute("CREATE VIRTUAL TABLE job_text USING fts5(job_id UNINDEXED, prompt)")
    except sqlite3.OperationalError:
        return  # no FTS5 in this SQLite
    prompt = (
        "COALESCE(json_extract({row}.inputs, '$.prompt'), json_extract({row}.inputs, '$.text'), '')"
    )
    # One statement each: a trigger's body holds semicolons, which _run would split on.
    db.execute(
        "INSERT INTO job_text (job_id, prompt) SELECT id, "
        + prompt.format(row="jobs")
        + " FROM jobs WHERE json_valid(inputs)"
    )
    new = prompt.format(row="new")
    db.execute(
        f"""CREATE TRIGGER job_text_added AFTER INSERT ON jobs WHEN json_valid(new.inputs)
        BEGIN INSERT INTO job_text (job_id, prompt) VALUES (new.id, {new}); END"""
    )
    db.execute(
        f"""CREATE TRIGGER job_text_changed AFTER UPDATE OF inputs ON jobs
        WHEN old.inputs IS NOT new.inputs BEGIN
            DELETE FROM job_text WHERE job_id = old.id;
            INSERT INTO job_text (job_id, prompt)
                SELECT new.id, {new} WHERE json_valid(new.inputs);
        END"""
    )
    db.execute(
        """CREATE TRIGGER job_text_removed AFTER DELETE ON jobs
        BEGIN DELETE FROM job_text WHERE job_id = old.id; END"""
    )


def _v7(db: sqlite3.Connection) -> None:
    # A job's reason (why it failed, what its download waits for) in the user's language
    # after a restart: beside its English text in ``error``, ``error_wording`` keeps how it
    # was said (JSON of the template, its context and its arguments: ``app.core.wording``),
    # for the window to translate. Jobs saved before have none and show their English text.
    _run(db, "ALTER TABLE jobs ADD COLUMN error_wording TEXT")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
LATEST = len(MIGRATIONS)
