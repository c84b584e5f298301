"""The queue: what each row says in each state, that it follows events one row at a time
with hundreds of jobs, which actions each job offers, and that an uncertain submission is
explained and never retried blindly."""

from __future__ import annotations

import sys
import time

import pytest
from PIL import Image
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QMessageBox, QSplitter, QWidget

from app.core.jobs import HISTORY_URL, UNCERTAIN_HELP, Job, JobState
from app.ui import theme
from app.ui.queue_model import (
    CLIP_ROLE,
    COST_ROLE,
    DETAIL_ROLE,
    EXPLANATION_ROLE,
    THUMBNAIL_PATH_ROLE,
    QueueModel,
    clock,
    detail_text,
)
from app.ui.queue_view import (
    CANCEL,
    COPY_REQUEST_ID,
    COPY_URL,
    OPEN,
    REMOVE,
    RETRY,
    RETRY_DOWNLOAD,
    REUSE,
    REVEAL,
    QueueView,
    available_actions,
    state_colour,
)

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"


def make_job(state: JobState, created_at: float | None = None, **changes) -> Job:
    job = Job(
        model_id=changes.pop("model_id", PRO),
        inputs=changes.pop("inputs", {"prompt": f"a {state.value} shot of a lighthouse"}),
        engine=changes.pop("engine", "runcomfy"),
        state=state,
        created_at=created_at if created_at is not None else time.time(),
    )
    for key, value in changes.items():
        setattr(job, key, value)
    return job


@pytest.fixture
def model(qapp, catalogue) -> QueueModel:
    return QueueModel(catalogue)


@pytest.fixture
def view(qtbot, model) -> QueueView:
    widget = QueueView(model)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    return widget


def row_text(model: QueueModel, job: Job, role: int = DETAIL_ROLE) -> str:
    return model.data(model.index(model.row_of(job.id)), role)


def test_each_state_reads_as_the_user_expects(model):
    now = time.time()
    jobs = {
        "pending": make_job(JobState.PENDING, now - 9),
        "queued": make_job(
            JobState.QUEUED,
            now - 8,
            queue_position=3,
            submitted_at=now - 30,
            request_id="req-q",
            price_estimate=0.3,
        ),
        "running": make_job(
            JobState.RUNNING,
            now - 7,
            submitted_at=now - 50,
            started_at=now - 40,
            unit_price=0.06,
            price_unit="second",
        ),
        "downloading": make_job(JobState.DOWNLOADING, now - 6, submitted_at=now - 90),
        "done": make_job(
            JobState.SUCCEEDED, now - 5, submitted_at=now - 100, finished_at=now - 8, cost=0.3
        ),
        "failed": make_job(JobState.FAILED, now - 4, error="RunComfy could not make this video."),
        "cancelled": make_job(JobState.CANCELLED, now - 3),
        "uncertain": make_job(JobState.UNCERTAIN, now - 2, error=UNCERTAIN_HELP),
        "preview": make_job(JobState.SUCCEEDED, now - 1, engine="offline", finished_at=now),
    }
    model.set_typical_duration(lambda job: 100.0)
    model.set_jobs(jobs.values())
    model.set_progress(jobs["downloading"].id, 0.45)

    assert model.rowCount() == len(jobs)
    assert model.job_at(0).id == jobs["preview"].id  # newest first
    assert row_text(model, jobs["pending"]).startswith("Waiting to send")
    assert row_text(model, jobs["queued"]).startswith("In queue · position 3 · elapsed 0:3")
    running = row_text(model, jobs["running"])
    assert (
        running.startswith("Generating · elapsed 0:5")
        and "about 1:0" in running
        and "left" in running
    )
    assert row_text(model, jobs["downloading"]).startswith("Downloading · 45% · elapsed 1:3")
    assert row_text(model, jobs["done"]) == "Done · elapsed 1:32"
    assert row_text(model, jobs["failed"]) == "Failed · RunComfy could not make this video."
    assert row_text(model, jobs["cancelled"]) == "Cancelled"
    assert row_text(model, jobs["uncertain"]) == "Submission uncertain"

    assert row_text(model, jobs["uncertain"], EXPLANATION_ROLE) == UNCERTAIN_HELP
    assert row_text(model, jobs["failed"], EXPLANATION_ROLE) == jobs["failed"].error
    assert row_text(model, jobs["done"], EXPLANATION_ROLE) == ""

    assert row_text(model, jobs["done"], COST_ROLE) == "$0.30"
    assert row_text(model, jobs["queued"], COST_ROLE) == "≈ $0.30"
    assert row_text(model, jobs["running"], COST_ROLE) == "$0.06 per second"
    assert row_text(model, jobs["preview"], COST_ROLE) == "Free preview"

    display = model.data(model.index(model.row_of(jobs["uncertain"].id)))
    assert display.startswith("Seedance 1.0 Pro — a uncertain shot of a lighthouse")
    assert "Submission uncertain" in display


def test_a_finished_row_says_what_the_clip_is(model, view):
    now = time.time()
    pro = make_job(
        JobState.SUCCEEDED,
        now - 2,
        inputs={"prompt": "a lighthouse", "duration": 10, "resolution": "1080p", "ratio": "16:9"},
        submitted_at=now - 42,
        finished_at=now,
        cost=0.75,
    )
    dreamina = make_job(
        JobState.SUCCEEDED,
        now - 1,
        model_id="bytedance/dreamina-3-0/pro/image-to-video",
        inputs={"prompt": "waves", "frames": 121, "seed": 42},
        submitted_at=now - 30,
        finished_at=now,
        cost=0.4,
    )
    defaults = make_job(JobState.SUCCEEDED, now - 3, inputs={"prompt": "fog"}, cost=0.2)
    model.set_jobs([pro, dreamina, defaults])
    assert row_text(model, pro, CLIP_ROLE) == "10 s · 1080p · 16:9"
    assert row_text(model, pro) == "Done · elapsed 0:42"
    assert row_text(model, pro, COST_ROLE) == "$0.75"
    assert row_text(model, dreamina, CLIP_ROLE) == "121 frames ≈ 5 s · seed 42"
    # Settings left at the model's defaults are what the clip was made with: shown too.
    assert row_text(model, defaults, CLIP_ROLE) == "5 s · 480p · ratio adaptive"
    # Read aloud and shown in one line: the model, the prompt, the clip, the state, the cost.
    display = model.data(model.index(model.row_of(pro.id)))
    assert display == (
        "Seedance 1.0 Pro — a lighthouse — 10 s · 1080p · 16:9 — Done · elapsed 0:42 — $0.75"
    )
    # A row is tall enough for all four lines.
    assert view.list.sizeHintForRow(0) >= 4 * view.list.fontMetrics().height()


def test_uncertain_is_amber_not_red_in_light_and_dark(qapp):
    light = QPalette(QPalette().color(QPalette.ColorRole.Window).lighter(300))
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, dark.color(QPalette.ColorRole.Window).darker(400))
    for palette in (light, dark):
        amber = theme.accent(theme.Accent.WARNING, palette)
        assert state_colour(JobState.UNCERTAIN, palette) == amber
        assert state_colour(JobState.FAILED, palette) == theme.accent(theme.Accent.INVALID, palette)
        assert state_colour(JobState.UNCERTAIN, palette) != state_colour(JobState.FAILED, palette)
    assert theme.accent(theme.Accent.WARNING, light) != theme.accent(theme.Accent.WARNING, dark)


def test_clock_and_eta_texts():
    assert clock(7) == "0:07" and clock(92) == "1:32" and clock(3723) == "1:02:03"
    now = time.time()
    late = make_job(JobState.RUNNING, now - 200, submitted_at=now - 200, started_at=now - 200)
    assert detail_text(late, typical=60.0).endswith("any moment now")
    assert "left" not in detail_text(late, typical=None)


def test_an_event_updates_one_row_among_hundreds(model, view):
    now = time.time()
    jobs = [make_job(JobState.SUCCEEDED, now - 1000 + i) for i in range(500)]
    moving = [jobs[10], jobs[250], jobs[490]]
    for job in moving:
        job.state = JobState.RUNNING
        job.started_at = now - 5
    model.set_jobs(jobs)
    changes: list[tuple[int, int, list[int]]] = []
    resets: list[bool] = []
    model.dataChanged.connect(
        lambda top, bottom, roles: changes.append((top.row(), bottom.row(), list(roles)))
    )
    model.modelReset.connect(lambda: resets.append(True))

    updated = jobs[250].snapshot()
    updated.state = JobState.DOWNLOADING
    row = model.upsert(updated)
    assert row == model.row_of(updated.id) == 500 - 1 - 250
    assert changes == [(row, row, [])]
    assert model.job_at(row).state is JobState.DOWNLOADING

    changes.clear()
    assert model.ticking
    model.tick()
    ticked = sorted(top for top, bottom, roles in changes)
    assert ticked == sorted(model.row_of(j.id) for j in moving)
    assert all(roles == [DETAIL_ROLE] for _, _, roles in changes)

    inserted: list[int] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    newest = make_job(JobState.PENDING, now + 1)
    assert model.upsert(newest) == 0 and inserted == [0]
    assert model.row_of(jobs[0].id) == 500  # everything after it moved down by one
    assert resets == []

    for job in [*moving, newest]:
        done = model.job(job.id).snapshot()
        done.state = JobState.CANCELLED
        model.upsert(done)
    assert not model.ticking  # nothing moves: the clock stops

    image = view.grab()
    assert not image.isNull()


def test_signals_do_not_wear_away_the_interpreter(qapp):
    """Guards the PySide6 pin: 6.12.0 loses a reference to True on every emit from Python and
    aborts the interpreter after a few thousand (the queue's clock alone emits every second)."""

    class Source(QObject):
        fired = Signal(object)

    source = Source()
    received: list[object] = []
    source.fired.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(3000):
        source.fired.emit(n)
    assert len(received) == 3000
    assert sys.getrefcount(True) - before > -100


def test_cancel_only_while_waiting_and_the_other_actions_by_state(tmp_path):
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not really a video, but a file")
    expectations = {
        JobState.PENDING: {CANCEL, REUSE},
        JobState.SUBMITTING: {REUSE},
        JobState.QUEUED: {CANCEL, REUSE, COPY_REQUEST_ID},
        JobState.RUNNING: {REUSE, COPY_REQUEST_ID},
        JobState.DOWNLOADING: {REUSE, COPY_REQUEST_ID, COPY_URL},
        JobState.DOWNLOAD_WAITING: {RETRY_DOWNLOAD, REUSE, COPY_REQUEST_ID, COPY_URL},
        JobState.SUCCEEDED: {RETRY, REMOVE, REUSE, OPEN, REVEAL, COPY_URL, COPY_REQUEST_ID},
        JobState.FAILED: {RETRY, REMOVE, REUSE},
        JobState.CANCELLED: {RETRY, REMOVE, REUSE, COPY_REQUEST_ID},
        JobState.UNCERTAIN: {RETRY, REMOVE, REUSE},
    }
    for state, expected in expectations.items():
        job = make_job(state)
        if state not in (
            JobState.PENDING,
            JobState.SUBMITTING,
            JobState.FAILED,
            JobState.UNCERTAIN,
        ):
            job.request_id = "req-1"
        if state in (JobState.DOWNLOADING, JobState.DOWNLOAD_WAITING, JobState.SUCCEEDED):
            job.outputs = ["https://cdn.example/out.mp4"]
            job.files = [str(video)]
        assert available_actions(job) == expected, state
    moved = make_job(JobState.SUCCEEDED, files=[str(tmp_path / "gone.mp4")])
    assert OPEN not in available_actions(moved) and REVEAL not in available_actions(moved)


def test_the_action_bar_follows_the_selected_job(model, view):
    queued = make_job(JobState.QUEUED, request_id="req-77", queue_position=1)
    model.set_jobs([queued])
    view.select_job(queued.id)
    cancel = view.action(CANCEL)
    assert cancel.isEnabled()
    cancelled: list[str] = []
    view.cancel_requested.connect(cancelled.append)
    cancel.trigger()
    assert cancelled == [queued.id]

    started = queued.snapshot()
    started.state = JobState.RUNNING
    model.upsert(started)
    assert not cancel.isEnabled()
    assert not view.action(REMOVE).isEnabled()

    view.action(COPY_REQUEST_ID).trigger()
    assert QGuiApplication.clipboard().text() == "req-77"


def test_the_action_bar_folds_to_icons_when_its_names_do_not_fit(qtbot, model):
    # In a splitter beside the player, as in the window.
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    view = QueueView(model)
    splitter.addWidget(view)
    splitter.addWidget(QWidget())
    splitter.resize(1800, 480)
    splitter.show()
    styles = lambda: {button.toolButtonStyle() for button in view._bar_buttons}  # noqa: E731

    splitter.setSizes([1400, 400])
    assert view.width() >= 1300
    assert styles() == {Qt.ToolButtonStyle.ToolButtonTextBesideIcon}
    splitter.setSizes([360, 1440])
    assert view.width() <= 400
    assert styles() == {Qt.ToolButtonStyle.ToolButtonIconOnly}
    # Every action keeps its name in its tooltip and for screen readers.
    assert all(button.defaultAction().toolTip() for button in view._bar_buttons)
    splitter.setSizes([1400, 400])
    assert styles() == {Qt.ToolButtonStyle.ToolButtonTextBesideIcon}
    # A column that is always narrow (the storyboard's) keeps icons only at any width.
    view.set_compact(True)
    assert styles() == {Qt.ToolButtonStyle.ToolButtonIconOnly}


def test_an_uncertain_job_is_explained_and_retrying_it_asks_first(model, view):
    uncertain = make_job(JobState.UNCERTAIN, error=UNCERTAIN_HELP)
    failed = make_job(JobState.FAILED, time.time() - 10, error="Not sent: the key was refused.")
    model.set_jobs([uncertain, failed])
    retried: list[str] = []
    view.retry_requested.connect(retried.append)

    view.select_job(uncertain.id)
    assert view.info.isVisible()
    assert "cannot tell whether RunComfy received this job" in view.info.text()
    assert f'href="{HISTORY_URL}"' in view.info.text()

    view.action(RETRY).trigger()
    box = view.confirmation
    assert retried == [] and box is not None and box.isVisible()
    assert box.informativeText() == UNCERTAIN_HELP
    send = next(b for b in box.buttons() if b.text() == "Send again")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    send.click()
    assert retried == [uncertain.id]

    # A job that certainly failed is retried at once: nothing can be charged twice.
    view.select_job(failed.id)
    assert "Not sent: the key was refused." in view.info.text()
    view.action(RETRY).trigger()
    assert retried == [uncertain.id, failed.id]

    done = make_job(JobState.SUCCEEDED, time.time() + 5)
    model.upsert(done)
    view.select_job(done.id)
    assert not view.info.isVisible()


def test_a_waiting_download_shows_its_reason_in_amber_and_offers_retry_download(model, view):
    reason = "The video could not be saved here: the disk that holds /media/clips is full."
    waiting = make_job(
        JobState.DOWNLOAD_WAITING,
        request_id="req-9",
        outputs=["https://cdn.example/out.mp4"],
        error=reason,
    )
    model.set_jobs([waiting])
    view.select_job(waiting.id)
    assert model.data(model.index(0), DETAIL_ROLE) == f"Download waiting · {reason}"
    assert view.info.isVisible() and reason in view.info.text()
    amber = state_colour(JobState.UNCERTAIN, view.palette())
    assert state_colour(JobState.DOWNLOAD_WAITING, view.palette()) == amber
    # Retry download fetches the same output; Retry (a new paid job) is not offered.
    assert view.action(RETRY_DOWNLOAD).isEnabled() and not view.action(RETRY).isEnabled()
    asked: list[str] = []
    view.retry_download_requested.connect(asked.append)
    view.action(RETRY_DOWNLOAD).trigger()
    assert asked == [waiting.id]
    fetching = waiting.snapshot()
    fetching.state, fetching.error = JobState.DOWNLOADING, None
    model.upsert(fetching)
    assert not view.action(RETRY_DOWNLOAD).isEnabled()


def test_removing_and_reusing_go_to_the_controller(model, view):
    done = make_job(JobState.CANCELLED)
    model.set_jobs([done])
    view.select_job(done.id)
    removed: list[str] = []
    reused: list[Job] = []
    view.remove_requested.connect(removed.append)
    view.reuse_requested.connect(reused.append)
    view.action(REMOVE).trigger()
    view.action(REUSE).trigger()
    assert removed == [done.id] and [j.id for j in reused] == [done.id]
    model.remove_job(done.id)
    assert model.rowCount() == 0
    assert view.empty.isVisible() and not view.list.isVisible()


def test_the_first_input_image_becomes_a_cached_thumbnail(qtbot, model, view, tmp_path):
    first = tmp_path / "refs" / "a.png"
    first.parent.mkdir()
    Image.new("RGB", (900, 600), (200, 40, 40)).save(first)
    job = make_job(
        JobState.SUCCEEDED,
        model_id=REF,
        inputs={"text": "two friends", "images": [str(first), "https://example.com/b.png"]},
    )
    url_only = make_job(JobState.FAILED, inputs={"first_frame_image_url": "https://x.test/a.png"})
    model.set_jobs([job, url_only])
    assert row_text(model, job, THUMBNAIL_PATH_ROLE) == str(first)
    assert row_text(model, url_only, THUMBNAIL_PATH_ROLE) is None

    cache = view.thumbnails
    with qtbot.waitSignal(cache.updated, timeout=10000) as blocker:
        assert cache.pixmap(str(first), 2.0) is None  # made in a worker thread, not here
    assert blocker.args == [str(first)]
    pixmap = cache.pixmap(str(first), 2.0)
    assert pixmap is not None and pixmap.devicePixelRatio() == 2.0
    assert max(pixmap.width(), pixmap.height()) <= 2 * 56
    assert cache.pixmap(str(first), 2.0) is pixmap  # cached, not made again
