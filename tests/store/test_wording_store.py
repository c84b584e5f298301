"""A job's reason keeps its wording across a restart (for the window to translate it);
jobs saved before version 7 keep their English reason, and a damaged wording falls back to
it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.api.engine import NOT_SENT_AFTER_RESTART
from app.core.history import HistoryQuery
from app.core.jobs import Job, JobState
from app.core.wording import Said, said
from app.store import JobStore
from app.store.migrations import LATEST

FIXTURES = Path(__file__).parent / "fixtures"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAITING_ID = "w" * 32
FAILED_ID = "f" * 32


def failed_job(error: str) -> Job:
    job = Job(model_id=PRO, inputs={"prompt": "a heron takes off"})
    return job.move(JobState.FAILED, error=error)


def test_a_version_6_database_keeps_its_jobs_and_their_english_reasons(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v6.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST == 7
        failed, waiting = store.get(FAILED_ID), store.get(WAITING_ID)
        assert failed.state is JobState.FAILED
        assert failed.error == str(NOT_SENT_AFTER_RESTART)
        assert not isinstance(failed.error, Said)  # saved before its wording was kept
        assert waiting.state is JobState.DOWNLOAD_WAITING
        assert waiting.error.startswith("The file /home/user/Videos/Storyreel/waves.mp4 cannot")
        assert (waiting.request_id, waiting.cost) == ("req-waiting-1", 0.62)
        assert [j.id for j in store.unfinished()] == [WAITING_ID]
        assert [j.id for j in store.search(HistoryQuery(words="fox"))] == [FAILED_ID]
        assert store.starred_ids() == {"d" * 32}
        # A reason written now keeps its wording, in the upgraded file.
        waiting.move(JobState.FAILED, error=NOT_SENT_AFTER_RESTART)
        store.update(waiting)
    with JobStore(path) as reopened:
        again = reopened.get(WAITING_ID)
        assert isinstance(again.error, Said)
        assert again.error.template == NOT_SENT_AFTER_RESTART.template
        assert not isinstance(reopened.get(FAILED_ID).error, Said)


def test_a_said_reason_with_a_said_argument_comes_back_after_a_restart(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    reason = said("{size:.1f} MB of {total:.1f} MB arrived.", size=3.25, total=10.0)
    error = said("The video could not be downloaded: {reason}", reason=reason)
    job = failed_job(error)
    with JobStore(path) as store:
        store.add(job)
    with JobStore(path) as reopened:
        back = reopened.get(job.id).error
    assert back == "The video could not be downloaded: 3.2 MB of 10.0 MB arrived."
    assert isinstance(back, Said) and isinstance(back.arguments["reason"], Said)
    assert back.arguments["reason"].arguments == {"size": 3.25, "total": 10.0}


def test_a_reason_naming_outside_text_is_cleaned_and_keeps_its_wording(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    job = failed_job(said("The server said: {what}", what="no\x1b[31m room"))
    with JobStore(path) as store:
        store.add(job)
        back = store.get(job.id).error
    assert "\x1b" not in back
    assert isinstance(back, Said) and "\x1b" not in back.arguments["what"]
    assert back == back.template.format(**back.arguments)


def test_a_damaged_wording_shows_the_english_reason(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    job = failed_job(NOT_SENT_AFTER_RESTART)
    with JobStore(path) as store:
        store.add(job)
    db = sqlite3.connect(path)
    unfilled = '{"context": "Errors", "template": "{gone}", "arguments": {}}'
    for damaged in ('{"template": ', unfilled):
        with db:
            db.execute("UPDATE jobs SET error_wording = ? WHERE id = ?", (damaged, job.id))
        with JobStore(path) as reopened:
            back = reopened.get(job.id)
        assert back.error == str(NOT_SENT_AFTER_RESTART) and not isinstance(back.error, Said)
    db.close()


def test_a_plain_reason_stays_plain_and_a_cleared_one_clears_its_wording(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    job = failed_job("The server gave no reason.")
    with JobStore(path) as store:
        store.add(job)
        assert store.get(job.id).error == "The server gave no reason."
        waiting = Job(model_id=PRO, inputs={}, state=JobState.DOWNLOAD_WAITING, error=said("x"))
        store.add(waiting)
        waiting.move(JobState.DOWNLOADING, error=None)
        store.update(waiting)
        _, rows = store.execute("SELECT error, error_wording FROM jobs WHERE id = ?", (waiting.id,))
    assert tuple(rows[0]) == (None, None)
