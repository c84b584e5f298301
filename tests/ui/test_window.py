"""The whole window as a user meets it: first start without a key, a job from the panel to the
player on the offline engine, the queue across a restart, quitting with jobs still running,
the price line and a lost submission on a (simulated) RunComfy, notifications, diagnostics.

Everything is real: the Engine, its offline preview engine rendering with PyAV, the
RunComfy-compatible simulator on loopback, SQLite in the test's own Storyreel home, and
Qt's media player decoding the downloaded MP4.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from qt_async import run_async, wait_until

from app.api import secrets
from app.core.jobs import HISTORY_URL, UNCERTAIN_HELP, Job, JobState
from app.core.settings import Settings
from app.sim.faults import Fault, FaultKind
from app.store.store import JobStore
from app.ui import diagnostics
from app.ui.app import build_window, run_window
from app.ui.images import DropZone
from app.ui.main_window import MainWindow
from app.ui.notifications import Notifier
from app.ui.preview_badge import preview_badge
from app.ui.queue_view import REMOVE, RETRY, RETRY_DOWNLOAD

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


def make_image(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (40, 90, 160))
    w, h = size
    image.paste((235, 200, 60), (w // 4, h // 4, w // 2, h // 2))
    image.save(path, "PNG")
    return path


@pytest.fixture
def new_window(windows):
    def make() -> MainWindow:
        window = build_window()
        windows.append(window)
        return window

    return make


@pytest.fixture
def forget_key() -> Iterator[None]:
    yield
    secrets.delete_token()


def fill_in_pro(window: MainWindow, image: Path, prompt: str = "a slow dolly in") -> None:
    """Seedance 1.0 Pro at its shortest: 2 s at 480p."""
    window.picker.set_current_model(PRO)
    window.panel.set_values(
        {
            "prompt": prompt,
            "first_frame_image_url": str(image),
            "duration": 2,
            "resolution": "480p",
        }
    )


def press_ctrl_enter(window: MainWindow) -> None:
    window.activateWindow()
    target = window.panel.field_widget("prompt").focus_widget()
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


async def generate_and_wait(window: MainWindow, timeout: float = 60.0) -> Job:
    """Wait until Generate is possible, press Ctrl+Enter, wait for the job to finish."""
    await wait_until(
        window.generate_button.isEnabled,
        window.panel.validity_changed,
        window.controller.busy_changed,
        what="Generate to be enabled",
    )
    model = window.queue_model
    before = model.rowCount()
    press_ctrl_enter(window)
    await wait_until(
        lambda: model.rowCount() > before and model.job_at(0).state.finished,
        model.dataChanged,
        model.rowsInserted,
        timeout=timeout,
        what="the new job to finish",
    )
    return model.job_at(0)


def store_jobs(*jobs: Job) -> None:
    with JobStore.open_default() as store:
        for job in jobs:
            store.add(job)


def test_first_start_without_a_key_opens_on_the_offline_preview_and_says_so(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        assert win.engine_kind == "offline"
        assert win.engine_switch.offline.isChecked() and win.engine_switch.isEnabled()
        assert win.banner.isVisible()
        banner = win.banner.message.text()
        assert "offline preview" in banner and "not AI generation" in banner
        assert "API key" in banner
        assert win.price_label.text().startswith("Free local preview")
        # Nothing filled in yet: Generate says why, beside itself and on its tooltip.
        assert not win.generate_button.isEnabled()
        reason = win.reason_label.text()
        assert reason and win.reason_label.isVisible()
        assert win.generate_button.toolTip() == reason

        # Choosing RunComfy without a key keeps the preview and opens Settings at the key.
        win.engine_switch.runcomfy.click()
        assert win.engine_kind == "offline" and win.engine_switch.offline.isChecked()
        assert win.settings_dialog is not None and win.settings_dialog.isVisible()
        win.settings_dialog.reject()

        win.banner.add_key_requested.emit()
        assert win.settings_dialog is not None and win.settings_dialog.isVisible()
        win.settings_dialog.reject()

        # It fits a small laptop screen (1024 × 600 at 125 % scaling leaves about this),
        # welcome and all: the queue's buttons fold to icons and the panel scrolls.
        hint = win.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 560, hint
        win.set_mode("storyboard")
        assert win.minimumSizeHint().height() > hint.height()  # the storyboard gets its room
        win.set_mode("single")

        win.banner.dismiss_button.click()
        assert not win.banner.isVisible()
        assert Settings.load().welcome_dismissed
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


@pytest.mark.slow
def test_a_whole_offline_job_from_the_panel_to_the_inline_player(qapp, new_window, tmp_path):
    image = make_image(tmp_path / "frames" / "first.png")
    window = new_window()
    frames: list[object] = []

    async def scenario(win: MainWindow) -> None:
        fill_in_pro(win, image)
        await wait_until(
            win.generate_button.isEnabled, win.panel.validity_changed, what="a valid panel"
        )
        assert win.generate_button.text() == "Generate preview"
        sink = win.player.video_sink()
        sink.videoFrameChanged.connect(frames.append)
        job = await generate_and_wait(win)
        assert job.state is JobState.SUCCEEDED, job.error
        assert job.engine == "offline" and job.model_id == PRO
        video = Path(job.files[0])
        assert video.is_file() and video.parent == Settings.load().library_path
        row = win.queue_model.data(win.queue_model.index(0))
        assert "Seedance 1.0 Pro" in row and "a slow dolly in" in row and "Done" in row
        # The new job is selected and plays inline, marked as a preview.
        assert win.queue.current_job().id == job.id
        assert win.player.current_file == video
        badge = preview_badge(win.player.surface)  # over the picture, not in its pixels
        assert badge is not None and badge.isVisible()
        assert "not AI generation" in badge.text()
        await wait_until(
            lambda: len(frames) > 0, sink.videoFrameChanged, what="decoded video frames"
        )
        # What was used is remembered for next time (no images).
        win.close()
        saved = Settings.load()
        assert saved.last_model == PRO
        assert saved.last_values[PRO]["prompt"] == "a slow dolly in"
        assert "first_frame_image_url" not in saved.last_values[PRO]

    run_async(qapp, run_window(window, until=scenario, log=False))
    assert len(frames) > 0


@pytest.mark.slow
def test_the_queue_comes_back_after_a_restart(qapp, new_window, tmp_path):
    image = make_image(tmp_path / "frames" / "first.png")
    done: dict[str, Job] = {}

    async def first_session(win: MainWindow) -> None:
        fill_in_pro(win, image, prompt="a lighthouse at dusk")
        done["job"] = await generate_and_wait(win)
        win.close()

    run_async(qapp, run_window(new_window(), until=first_session, log=False))
    earlier = done["job"]
    assert earlier.state is JobState.SUCCEEDED

    async def second_session(win: MainWindow) -> None:
        model = win.queue_model
        assert model.rowCount() == 1
        assert model.job_at(0).id == earlier.id
        assert model.job_at(0).state is JobState.SUCCEEDED
        # Last time's model and prompt are back in the panel.
        assert win.current_model().model_id == PRO
        assert win.panel.values()["prompt"] == "a lighthouse at dusk"
        frames: list[object] = []
        win.player.video_sink().videoFrameChanged.connect(frames.append)
        win.queue.select_job(earlier.id)
        assert win.player.current_file == Path(earlier.files[0])
        await wait_until(
            lambda: frames, win.player.video_sink().videoFrameChanged, what="frames again"
        )
        # Removing it takes it off the list and out of the player; the video file stays.
        win.queue.action(REMOVE).trigger()
        await wait_until(lambda: model.rowCount() == 0, model.rowsRemoved, what="the removal")
        assert win.player.current_file is None
        assert Path(earlier.files[0]).is_file()
        win.close()

    run_async(qapp, run_window(new_window(), until=second_session, log=False))
    with JobStore.open_default() as store:
        assert store.count() == 0


def test_quitting_with_jobs_running_says_what_happens_to_them(qapp, new_window):
    now = time.time()
    on_runcomfy = Job(
        model_id=LITE,
        inputs={"prompt": "rain on a window"},
        engine="runcomfy",
        api_base="https://model-api.runcomfy.net",
        state=JobState.QUEUED,
        request_id="req-queued-1",
        created_at=now - 60,
        submitted_at=now - 60,
        queue_position=3,
    )
    store_jobs(on_runcomfy)
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        # There is no key to follow it with; the window says so, on the job too, and keeps it.
        waiting = "Waiting for the API key of https://model-api.runcomfy.net"
        assert waiting in win.statusBar().currentMessage()
        assert waiting in (win.queue_model.waiting(on_runcomfy.id) or "")
        assert win.queue_model.job(on_runcomfy.id).state is JobState.QUEUED
        win.close()
        box = win.quit_confirmation
        assert box is not None and box.isVisible() and win.isVisible()
        text = box.informativeText()
        assert "1 job is still running on RunComfy" in text
        assert "next time you start it" in text
        preview = Job(model_id=PRO, inputs={}, engine="offline", state=JobState.RUNNING)
        assert "will stop" in win.quit_message([], [preview])
        assert "be lost" in win.quit_message([], [preview])
        preparing = Job(model_id=PRO, inputs={}, engine="runcomfy", state=JobState.PENDING)
        unsent = win.quit_message([], [], [preparing])
        assert "not been sent to RunComfy" in unsent and "nothing is charged" in unsent
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        closed: list[bool] = []
        win.closed.connect(lambda: closed.append(True))
        quit_button.click()
        await wait_until(lambda: closed, win.closed, what="the window to close")

    run_async(qapp, run_window(window, until=scenario, log=False))
    with JobStore.open_default() as store:
        assert store.get(on_runcomfy.id).state is JobState.QUEUED  # left for the next start


def test_an_offline_preview_cut_off_by_quitting_is_explained_after_the_restart(qapp, new_window):
    interrupted = Job(
        model_id=PRO,
        inputs={"prompt": "a kite over dunes"},
        engine="offline",
        state=JobState.RUNNING,
        request_id="req-offline-1",
        submitted_at=time.time() - 5,
    )
    store_jobs(interrupted)
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        job = win.queue_model.job(interrupted.id)
        assert job.state is JobState.FAILED
        win.queue.select_job(job.id)
        assert win.queue.info.isVisible()
        assert "offline preview engine stopped" in win.queue.info.text()
        assert win.queue.action(RETRY).isEnabled()
        win.close()
        assert win.quit_confirmation is None  # nothing running any more

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_runcomfy_shows_the_price_before_a_paid_job_and_a_lost_answer_as_uncertain(
    qapp, new_window, runcomfy_sim, tmp_path
):
    image = make_image(tmp_path / "frames" / "first.png")
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        assert win.engine_kind == "runcomfy" and win.engine_switch.runcomfy.isChecked()
        assert not win.banner.isVisible()
        fill_in_pro(win, image)
        # Simulator prices (made up for tests): $0.06 per second × 2 s.
        label = win.price_label
        await wait_until(
            lambda: label.text() == "$0.12 estimated · $0.06 per second",
            win.price_updated,
            what="the price line",
        )
        await wait_until(win.generate_button.isEnabled, win.panel.validity_changed)
        assert win.generate_button.text() == "Generate · $0.12"
        win.panel.set_values({"duration": 6})
        await wait_until(
            lambda: label.text() == "$0.36 estimated · $0.06 per second",
            win.price_updated,
            what="the price after a change",
        )
        assert win.generate_button.text() == "Generate · $0.36"

        runcomfy_sim.api_faults.add(Fault(FaultKind.LOSE_SUBMIT_ANSWER))
        job = await generate_and_wait(win)
        assert job.state is JobState.UNCERTAIN
        row = win.queue_model.data(win.queue_model.index(0))
        assert "Submission uncertain" in row
        win.queue.select_job(job.id)
        info = win.queue.info.text()
        assert UNCERTAIN_HELP[:60] in info
        assert f'href="{HISTORY_URL}"' in info
        # Retrying asks first and sends nothing by itself.
        submitted = len(runcomfy_sim.submissions)
        win.queue.action(RETRY).trigger()
        box = win.queue.confirmation
        assert box is not None and box.isVisible()
        assert len(runcomfy_sim.submissions) == submitted
        box.reject()

        # When the price cannot be read, the window says so rather than guessing.
        runcomfy_sim.api_faults.add(Fault(FaultKind.NON_JSON, match="model", count=5))
        win.panel.set_values({"duration": 4})
        await wait_until(
            lambda: label.text() == "Price unavailable",
            win.price_updated,
            what="the price to be unavailable",
        )
        assert label.toolTip()
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_reuse_settings_puts_a_jobs_model_and_values_back_in_the_panel(qapp, new_window):
    window = new_window()
    job = Job(
        model_id=LITE,
        inputs={"prompt": "a paper boat drifts", "resolution": "720p", "duration": 10},
        engine="offline",
        state=JobState.FAILED,
        error="Not sent: something",
    )
    window.reuse_settings(job)
    assert window.picker.current_model().model_id == LITE
    assert window.current_model().model_id == LITE
    values = window.panel.values()
    assert values["prompt"] == "a paper boat drifts"
    assert values["resolution"] == "720p" and values["duration"] == 10


def test_a_job_finishing_in_the_background_is_announced(qapp):
    host = QWidget()  # never shown, so never the active window
    notifier = Notifier(host, enabled=lambda: True, model_name=lambda job: "Seedance 1.0 Pro")
    job = Job(model_id=PRO, inputs={"prompt": "a fox in snow"}, state=JobState.DOWNLOADING)
    notifier.observe(job)
    assert notifier.sent == []
    done = job.snapshot()
    done.state = JobState.SUCCEEDED
    notifier.observe(done)
    assert notifier.sent == [("Your clip is ready", "Seedance 1.0 Pro · a fox in snow")]
    failed = Job(model_id=PRO, inputs={"prompt": "x"}, state=JobState.RUNNING)
    notifier.observe(failed)
    failed = failed.snapshot()
    failed.state, failed.error = JobState.FAILED, "The server refused it."
    notifier.observe(failed)
    assert notifier.sent[-1][0] == "A job failed"
    assert "The server refused it." in notifier.sent[-1][1]
    # Without a system tray (as here), the message is a toast inside the window.
    assert notifier.toast.isVisibleTo(host)
    # A job that was already finished when first seen is not news.
    notifier.observe(Job(model_id=PRO, inputs={}, state=JobState.SUCCEEDED))
    assert len(notifier.sent) == 2
    host.deleteLater()


def test_copy_diagnostics_tells_what_helps_and_never_the_key(qapp, new_window, forget_key):
    key = "rc_live_SECRET_abcdef123456"
    assert secrets.set_token(key) is False  # no keyring in tests: kept for the session
    # A key is set, but the window stays on the preview: nothing may reach the real API.
    Settings(engine="offline").save()
    log_path = diagnostics.install_logging()
    try:
        import logging

        logging.getLogger("app.test").error("request failed with header Bearer %s", key)
        logging.getLogger("app.test").warning("the key %s was refused", key)
        store_jobs(
            Job(model_id=PRO, inputs={"prompt": "a"}, state=JobState.SUCCEEDED),
            Job(model_id=PRO, inputs={"prompt": "b"}, state=JobState.UNCERTAIN),
        )
        window = new_window()

        async def scenario(win: MainWindow) -> None:
            win.copy_diagnostics()
            win.close()

        run_async(qapp, run_window(window, until=scenario, log=False))
        text = QGuiApplication.clipboard().text()
    finally:
        diagnostics.remove_logging()
    assert key not in text
    assert key not in log_path.read_text(encoding="utf-8")
    assert "Storyreel" in text and "PySide6" in text
    assert "Engine: Offline preview" in text
    assert "kept for this session only" in text
    assert "API base: https://model-api.runcomfy.net" in text
    assert "Done 1" in text and "Submission uncertain 1" in text
    assert "the key [redacted] was refused" in text


def test_every_control_is_reachable_with_tab_and_named(qapp, new_window):
    store_jobs(Job(model_id=PRO, inputs={"prompt": "a"}, state=JobState.CANCELLED))
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        win.activateWindow()
        win.picker.setFocus()
        seen = set()
        widget = win.picker
        for _ in range(80):
            seen.add(widget)
            widget = widget.nextInFocusChain()
            while not (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            ):
                widget = widget.nextInFocusChain()
        expected = [
            win.picker,
            win.panel.field_widget("prompt").focus_widget(),
            win.engine_switch.offline,
            win.engine_switch.runcomfy,
            win.settings_button,
            win.queue.list,
        ]
        for control in expected:
            assert control in seen, control.accessibleName() or control
        for control in (win.generate_button, win.picker, win.queue.list, win.player.slider):
            assert control.accessibleName()
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_ctrl_v_outside_a_text_field_pastes_the_image_into_a_frame_box(qtbot, new_window):
    window = new_window()
    window.show()
    window.activateWindow()
    window.picker.set_current_model(PRO)
    picture = QImage(640, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor(20, 120, 200))
    QGuiApplication.clipboard().setImage(picture)
    zone = window.panel.findChildren(DropZone)[0]
    assert zone.state() == "empty"
    window.queue.list.setFocus()  # not a text field and not a frame box
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=15000)
    assert zone.hasFocus()
    assert Path(zone.path()).is_file()


def test_window_layout_and_each_models_settings_are_remembered(qapp, new_window):
    window = new_window()
    window.show()
    # The offscreen screen is small: stay within it, or restoring would shrink the window.
    width = window.minimumSizeHint().width()
    window.resize(width, 700)
    window.main_splitter.setSizes([width // 2 - 20, width // 2 + 20])
    window.picker.set_current_model(PRO)
    window.panel.set_values({"prompt": "waves on rocks", "duration": 3})
    window.picker.set_current_model(LITE)
    # The prompt comes along; Lite's own settings are its own.
    assert window.panel.values()["prompt"] == "waves on rocks"
    window.panel.set_values({"resolution": "720p"})
    window.picker.set_current_model(PRO)
    assert window.panel.values()["duration"] == 3
    sizes = window.main_splitter.sizes()
    window.close()

    again = new_window()
    again.show()
    assert (again.width(), again.height()) == (width, 700)
    assert again.main_splitter.sizes() == sizes
    assert again.current_model().model_id == PRO
    assert again.panel.values()["duration"] == 3
    again.picker.set_current_model(LITE)
    assert again.panel.values()["resolution"] == "720p"


def test_a_video_that_cannot_be_saved_waits_in_the_queue_until_retry_download(
    qapp, new_window, runcomfy_sim, tmp_path
):
    image = make_image(tmp_path / "frames" / "first.png")
    library = tmp_path / "Videos"
    library.write_text("a file where the library folder should be")
    Settings(library_dir=str(library)).save()
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        fill_in_pro(win, image)
        await wait_until(
            win.generate_button.isEnabled,
            win.panel.validity_changed,
            win.controller.busy_changed,
            what="Generate to be enabled",
        )
        model = win.queue_model
        press_ctrl_enter(win)
        await wait_until(
            lambda: model.rowCount() == 1 and model.job_at(0).state is JobState.DOWNLOAD_WAITING,
            model.dataChanged,
            model.rowsInserted,
            what="the download to wait",
        )
        job = model.job_at(0)
        assert "Download waiting" in model.data(model.index(0))
        win.queue.select_job(job.id)
        assert "is a file, not a folder" in win.queue.info.text()
        assert "Retry download" in win.queue.info.text()
        library.unlink()
        win.queue.action(RETRY_DOWNLOAD).trigger()
        await wait_until(
            lambda: model.job_at(0).state is JobState.SUCCEEDED,
            model.dataChanged,
            what="the retried download to finish",
        )
        [saved] = library.glob("*.mp4")
        assert model.job_at(0).files == [str(saved)]
        assert len(runcomfy_sim.submissions) == 1
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))
