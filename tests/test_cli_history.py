"""`storyreel jobs` searching the history and `storyreel star`, run as the command line runs
them (``main``), over a real job store in the test's Storyreel home."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli.main import main as run_cli
from app.core import settings
from app.core.jobs import Job, JobState
from app.store import JobStore

LITE = "bytedance/seedance-1-0/lite/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"


def at(day: str) -> float:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12)).timestamp()


@pytest.fixture
def history(storyreel_home):
    with JobStore(settings.database_path()) as store:
        for rid, model, inputs, state, day in [
            ("r-harbour", LITE, {"prompt": "A harbour at dawn"}, JobState.SUCCEEDED, "2026-03-01"),
            ("r-rain", REF, {"text": "Harbour rain", "seed": 9}, JobState.FAILED, "2026-03-05"),
            ("r-gulls", LITE, {"prompt": "Gulls over the pier"}, JobState.SUCCEEDED, "2026-03-09"),
        ]:
            store.add(Job(model, inputs, state=state, request_id=rid, created_at=at(day)))


def listed(capsys, *args: str) -> list[dict]:
    assert run_cli(["jobs", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_jobs_searches_by_words_model_dates_and_state(history, capsys):
    assert [j["request_id"] for j in listed(capsys, "--search", "harbour")] == [
        "r-rain",
        "r-harbour",
    ]
    assert [j["request_id"] for j in listed(capsys, "--search", "harb", "--model", LITE)] == [
        "r-harbour"
    ]
    found = listed(capsys, "--since", "2026-03-05", "--until", "2026-03-05")
    assert [j["request_id"] for j in found] == ["r-rain"]
    assert found[0]["inputs"] == {"text": "Harbour rain", "seed": 9}  # its settings, seed too
    assert [j["request_id"] for j in listed(capsys, "--state", "succeeded")] == [
        "r-gulls",
        "r-harbour",
    ]


def test_a_star_marks_a_job_and_the_search_finds_it(history, capsys):
    assert run_cli(["star", "r-gulls"]) == 0
    assert "Starred r-gulls." in capsys.readouterr().out
    starred = listed(capsys, "--starred")
    assert [(j["request_id"], j["starred"]) for j in starred] == [("r-gulls", True)]
    assert run_cli(["jobs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("★") and "r-gulls" in lines[0] and not lines[1].startswith("★")
    assert run_cli(["star", "r-gulls", "--off"]) == 0
    capsys.readouterr()
    assert listed(capsys, "--starred") == []


def test_nothing_found_and_bad_options_say_so(history, capsys):
    assert run_cli(["jobs", "--search", "submarine"]) == 0
    assert "No job matches." in capsys.readouterr().err
    assert run_cli(["jobs", "--since", "1 March"]) == 2
    assert "is not a date: write it as year-month-day" in capsys.readouterr().err
    assert run_cli(["jobs", "--state", "done-ish"]) == 2
    assert "'done-ish' is not a job state; choose from pending" in capsys.readouterr().err
    assert run_cli(["star", "r-nowhere"]) == 1
    assert "r-nowhere is not in your Storyreel queue or history." in capsys.readouterr().err
