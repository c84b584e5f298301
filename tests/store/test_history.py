"""The history: searching the job store by words of the prompt, model, dates, state and star,
over a real SQLite file; a version 5 database gains the index with its jobs searchable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.history import HistoryQuery, parse_day
from app.core.jobs import Job, JobState
from app.store import JobStore
from app.store.migrations import LATEST

FIXTURES = Path(__file__).parent / "fixtures"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DAY = 86400.0


def ids(jobs: list[Job]) -> list[str | None]:
    return [j.request_id for j in jobs]


@pytest.fixture
def store(tmp_path):
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        for n, (model, inputs, state) in enumerate(
            [
                (LITE, {"prompt": "A harbour at dawn"}, JobState.SUCCEEDED),
                (REF, {"text": "Harbour lights in the rain", "seed": 3}, JobState.FAILED),
                (LITE, {"prompt": "Gulls over the pier"}, JobState.SUCCEEDED),
                (LITE, {"prompt": "Café at night, harbour behind"}, JobState.QUEUED),
            ]
        ):
            at = 1.7e9 + n * DAY
            store.add(
                Job(model, inputs, state=state, request_id=f"r{n}", created_at=at, updated_at=at)
            )
        yield store


def test_words_find_prompts_by_prefix_any_case_and_accent(store):
    assert ids(store.search(HistoryQuery(words="harb"))) == ["r3", "r1", "r0"]
    assert ids(store.search(HistoryQuery(words="HARBOUR dawn"))) == ["r0"]  # every word
    assert ids(store.search(HistoryQuery(words="cafe"))) == ["r3"]
    assert ids(store.search(HistoryQuery(words='"gulls" -*'))) == ["r2"]  # punctuation is not SQL
    assert store.search(HistoryQuery(words="lighthouse")) == []


def test_model_dates_state_and_star_narrow_the_search(store):
    assert ids(store.search(HistoryQuery(words="harbour", model_id=LITE))) == ["r3", "r0"]
    since, until = 1.7e9 + DAY, 1.7e9 + 3 * DAY
    assert ids(store.search(HistoryQuery(since=since, until=until))) == ["r2", "r1"]
    done = frozenset({JobState.SUCCEEDED})
    assert ids(store.search(HistoryQuery(states=done))) == ["r2", "r0"]
    assert store.search(HistoryQuery(starred=True)) == []
    store.set_starred(store.find_request("r2").id, True)
    assert ids(store.search(HistoryQuery(starred=True))) == ["r2"]
    assert store.starred_ids() == {store.find_request("r2").id}
    assert ids(store.search(HistoryQuery())) == ["r3", "r2", "r1", "r0"]


def test_a_star_survives_the_engine_saving_the_job_again(store):
    job = store.find_request("r3")
    store.set_starred(job.id, True)
    job.move(JobState.RUNNING)
    store.update(job)  # the engine's copy knows nothing of the star
    assert store.starred_ids() == {job.id}


def test_removed_jobs_leave_the_search_and_new_ones_join_it(store):
    store.remove(store.find_request("r0").id)
    store.add(Job(LITE, {"prompt": "harbour fog rolls in"}, request_id="r9", created_at=2e9))
    assert ids(store.search(HistoryQuery(words="harbour"))) == ["r9", "r3", "r1"]


def test_a_version_5_database_is_searchable_after_its_upgrade(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v5.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST
        assert ids(store.search(HistoryQuery(words="harbour mist"))) == ["req_v5_harbour"]
        assert ids(store.search(HistoryQuery(words="café rain"))) == ["req_v5_cafe"]  # "text"
        assert ids(store.search(HistoryQuery(words="lighthouse"))) == ["req_v5_beam"]
        assert store.starred_ids() == set()
        cafe = store.find_request("req_v5_cafe")
        assert cafe.inputs["seed"] == 4242 and cafe.cost == 0.2
        assert [j.request_id for j in store.unfinished()] == ["req_v5_beam"]
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT COUNT(*) FROM jobs WHERE starred = 0").fetchone() == (4,)
    finally:
        db.close()


def test_days_are_read_as_people_type_them():
    start, end = parse_day("2026-03-31"), parse_day("2026-03-31", end=True)
    assert end - start == pytest.approx(DAY, abs=3600)  # a clock change may shift one hour
    with pytest.raises(UsageError, match="year-month-day"):
        parse_day("31/03/2026")
