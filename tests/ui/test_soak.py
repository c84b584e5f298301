"""A short soak: the real window through several rounds of a long session, as a user drives it.

Each round, on the free offline preview engine (no API key): a too-small first frame dropped
and fixed, ten previews generated from the panel and the last one played, then a new
four-shot storyboard dropped on the strip, rendered, played and exported. The scenario is
the soak benchmark's own (benchmarks/soak.py), at a small size. Whatever the session does,
nothing crashes, Qt warns of nothing but the headless machine (no display, no sound),
Storyreel logs no problem, memory levels off, and every job is created and finished
exactly once.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from qt_async import run_async
from window_support import one_window

from app.core.jobs import JobState
from app.store.store import JobStore
from app.ui.app import run_window
from app.ui.main_window import MainWindow

ROUNDS, JOBS, SHOTS = 4, 10, 4
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window() as made:
        yield made


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_a_long_session_of_previews_and_storyboards_stays_clean(
    qapp, window, tmp_path, monkeypatch
):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    soak = importlib.import_module("soak")
    outcome = {}

    async def session(win: MainWindow) -> None:
        outcome["report"] = await soak.soak(
            win, tmp_path / "soak", rounds=ROUNDS, jobs=JOBS, shots=SHOTS
        )

    run_async(qapp, run_window(window, until=session, log=False), timeout=360)
    report = outcome["report"]
    lines = "\n".join(figures.line() for figures in report.rounds)

    assert len(report.rounds) == ROUNDS
    assert report.qt_unexpected == [], lines
    assert report.log_problems == [], lines
    assert report.job_problems == [], lines
    assert report.created == ROUNDS * (JOBS + SHOTS)
    assert report.memory_levels_off(0.10), lines
    assert all(abs(seconds - SHOTS * soak.CLIP_SECONDS) < 0.25 for seconds in report.exports_s)
    assert len(report.exports_s) == ROUNDS
    # The store agrees: every job once, every one succeeded, each with its own clip.
    with JobStore.open_default() as store:
        jobs = store.jobs()
    assert len(jobs) == ROUNDS * (JOBS + SHOTS)
    assert all(job.state is JobState.SUCCEEDED for job in jobs)
    clips = [job.files[0] for job in jobs]
    assert len(set(clips)) == len(clips) and all(Path(clip).is_file() for clip in clips)
