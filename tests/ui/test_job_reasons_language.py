"""A job's state and its reason read in the window's language, also after a restart: the
reason is saved with its wording in the job database (a real SQLite file), and a new window
over that file shows it in German. What the command line reads (``str()``) stays English."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from qt_async import run_async, wait_until

from app.api.engine import NOT_SENT_AFTER_RESTART, Engine
from app.core.catalogue import Catalogue
from app.core.errors import StoreError, StoryreelError
from app.core.jobs import UNCERTAIN_HELP, Job, JobState
from app.store.migrations import LATEST
from app.store.store import JobStore
from app.ui.app import build_window, run_window
from app.ui.error_text import error_text
from app.ui.main_window import MainWindow
from app.ui.notifications import Notifier
from app.ui.queue_model import DETAIL_ROLE, EXPLANATION_ROLE, detail_text, explanation

PRO = "bytedance/seedance-1-0/pro/image-to-video"
NOT_SENT_DE = (
    "Nicht gesendet: Storyreel wurde geschlossen, bevor dieser Auftrag gesendet wurde. Es "
    "wurde nichts berechnet; senden Sie ihn mit „Wiederholen“."
)


def saved_unsent_job() -> Job:
    """A job saved by an earlier run that closed before sending it."""
    job = Job(model_id=PRO, inputs={"prompt": "a heron lifts off the lake"}, engine="runcomfy")
    with JobStore.open_default() as store:
        store.add(job)
    return job


def row_texts(win: MainWindow, job_id: str) -> tuple[str, str]:
    model = win.queue_model
    index = model.index(model.row_of(job_id))
    return model.data(index, DETAIL_ROLE), model.data(index, EXPLANATION_ROLE)


def in_a_window(qapp, scenario) -> None:
    window = build_window()
    try:
        run_async(qapp, run_window(window, until=scenario, log=False))
    finally:
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_failed_jobs_reason_reads_german_before_and_after_a_restart(qapp, german):
    job = saved_unsent_job()

    async def first_run(win: MainWindow) -> None:
        model = win.queue_model
        await wait_until(
            lambda: model.job(job.id) is not None and model.job(job.id).state is JobState.FAILED,
            win.controller.bridge.job_changed,
            win.controller.ready,
            what="the unsent job to be failed by the restart",
        )
        detail, why = row_texts(win, job.id)
        assert detail.startswith("Fehlgeschlagen · ") and NOT_SENT_DE in detail
        assert why == NOT_SENT_DE

    in_a_window(qapp, first_run)
    with JobStore.open_default() as store:  # the file keeps the English for the command line
        assert store.get(job.id).error == str(NOT_SENT_AFTER_RESTART)

    async def second_run(win: MainWindow) -> None:
        model = win.queue_model
        await wait_until(
            lambda: model.row_of(job.id) is not None,
            win.controller.ready,
            win.controller.bridge.job_changed,
            what="the saved job to be listed",
        )
        detail, why = row_texts(win, job.id)
        assert detail.startswith("Fehlgeschlagen") and NOT_SENT_DE in detail
        assert why == NOT_SENT_DE
        # The history names the states in German too: its filter and its rows.
        win.menus.show_history()
        history = win.menus.history
        await wait_until(
            lambda: history.results.topLevelItemCount() == 1, history.searched, what="the job"
        )
        assert history.results.topLevelItem(0).text(2) == "Fehlgeschlagen"
        names = [history.state.itemText(i) for i in range(history.state.count())]
        assert "Übermittlung unsicher" in names and "Download wartet" in names

    in_a_window(qapp, second_run)


def test_a_reason_saved_before_its_wording_was_kept_shows_its_english(tmp_path, german):
    job = Job(model_id=PRO, inputs={}, state=JobState.FAILED, error="The server said no.")
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        store.add(job)
        loaded = store.get(job.id)
    assert explanation(loaded) == "The server said no."
    assert detail_text(loaded) == "Fehlgeschlagen · The server said no."


def test_state_names_and_the_uncertain_help_read_german(german):
    waiting = Job(model_id=PRO, inputs={}, state=JobState.DOWNLOAD_WAITING)
    assert detail_text(waiting) == "Download wartet"
    uncertain = Job(model_id=PRO, inputs={}, state=JobState.UNCERTAIN)
    assert explanation(uncertain).startswith("Storyreel kann nicht feststellen, ob RunComfy")
    assert str(UNCERTAIN_HELP).startswith("Storyreel cannot tell whether RunComfy received")


def test_what_a_state_forbids_reads_german_and_stays_english_for_the_terminal(tmp_path, german):
    running = Job(model_id=PRO, inputs={"prompt": "dunes"}, state=JobState.RUNNING)
    running.request_id = "req-running"

    async def refused() -> StoryreelError:
        with JobStore(tmp_path / "jobs.sqlite3") as store:
            store.add(running)
            engine = Engine(store=store, catalogue=Catalogue.load(), library_dir=tmp_path)
            try:
                with pytest.raises(StoryreelError) as caught:
                    await engine.remove(running.id)
                with pytest.raises(StoryreelError) as waiting:
                    await engine.retry_download(running.id)
            finally:
                await engine.aclose()
        assert error_text(waiting.value) == (
            "Dieser Auftrag hat den Status „Wird generiert“: Nur ein wartender Download kann "
            "wiederholt werden."
        )
        return caught.value

    error = asyncio.run(refused())
    assert str(error) == (
        "This job is still generating, so it cannot be removed from the list: cancel it or "
        "wait until it has finished."
    )
    assert error_text(error) == (
        "Dieser Auftrag hat noch den Status „Wird generiert“ und kann daher nicht aus der Liste "
        "entfernt werden: Brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist."
    )


def test_a_failure_notification_gives_the_reason_in_german(qtbot, german):
    window = QWidget()
    qtbot.addWidget(window)
    notifier = Notifier(window, enabled=lambda: True, model_name=lambda job: "Seedance Pro")
    failed = Job(model_id=PRO, inputs={"prompt": "fog"}, state=JobState.FAILED)
    failed.error = NOT_SENT_AFTER_RESTART
    title, body = notifier.message_for(failed)
    assert body == f"Seedance Pro · fog: {NOT_SENT_DE}"


def test_a_database_from_a_newer_storyreel_is_refused_in_german(tmp_path, german):
    path = tmp_path / "jobs.sqlite3"
    JobStore(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    with pytest.raises(StoreError) as refused:
        JobStore(path)
    assert str(refused.value) == (
        f"The job database {path} was written by a newer version of Storyreel (database "
        f"version {LATEST + 1}, this version understands up to {LATEST}). Update Storyreel to "
        "open it; it has not been changed."
    )
    assert error_text(refused.value) == (
        f"Die Auftragsdatenbank {path} wurde von einer neueren Version von Storyreel "
        f"geschrieben (Datenbankversion {LATEST + 1}, diese Version unterstützt höchstens "
        f"{LATEST}). Aktualisieren Sie Storyreel, um sie zu öffnen; sie wurde nicht verändert."
    )
