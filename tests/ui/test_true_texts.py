"""Texts that stay true after what the user does: the storyboard header after a frame moves,
the quit question after a preview finishes, the welcome after its sample became a clip, and
the reason beside Generate while the price question is open.

The real window (``build_window``), its real engine where one is needed (the offline
preview, rendering with PyAV), frames made with Pillow.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from qt_async import run_async, wait_until
from window_support import ready_to_generate, window_maker

from app.core import samples
from app.core.jobs import Job, JobState
from app.ui.app import run_window
from app.ui.main_window import MainWindow
from app.ui.storyboard import MODE_STORYBOARD

PRO = "bytedance/seedance-1-0/pro/image-to-video"
COLOURS = [(200, 60, 40), (40, 160, 80), (40, 80, 200), (220, 190, 40), (120, 40, 160)]


@pytest.fixture
def new_window(qapp) -> Iterator:
    with window_maker(forget_changes=True) as make:
        yield make


def make_frames(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(1, count + 1):
        path = folder / f"frame{n}.png"
        Image.new("RGB", (640, 360), COLOURS[(n - 1) % len(COLOURS)]).save(path, "PNG")
        made.append(path)
    return made


def test_the_shot_header_follows_a_frame_dragged_to_the_front(qapp, new_window, tmp_path):
    win = new_window()
    win.show()
    win.set_mode(MODE_STORYBOARD)
    view = win.storyboard
    view.add_frames(make_frames(tmp_path / "frames", 5))
    view.select_shot(4)
    assert view.shot_title.text() == "Shot 5 of 5 · frame 5"
    # Frame 5 dropped before frame 1, as a drag on the strip does it.
    view.strip_model.moveRow(QModelIndex(), 4, QModelIndex(), 0)
    assert view.board.frames[0].name == "frame5.png"
    assert view.shot_title.text() == "Shot 1 of 5 · frame 1"


def test_the_quit_question_follows_a_preview_that_finishes_meanwhile(qapp, new_window):
    win = new_window()
    win.show()
    preview = Job(model_id=PRO, inputs={}, engine="offline", state=JobState.RUNNING)
    win.queue_model.set_jobs([preview])
    win.close()
    box = win.quit_confirmation
    assert box is not None and win.isVisible()
    assert box.informativeText().startswith("1 offline preview will stop")

    done = preview.snapshot()
    done.state, done.finished_at, done.files = JobState.SUCCEEDED, time.time(), []
    win.queue_model.upsert(done)
    assert box.text() == "Every job has finished."
    assert "offline preview" not in box.informativeText()
    keep = next(b for b in box.buttons() if b.text() == "Keep Storyreel open")
    keep.click()
    assert win.quit_confirmation is None and win.isVisible()


@pytest.mark.slow
def test_the_welcome_note_follows_its_sample_to_the_finished_clip(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        win.picker.set_current_model(PRO)
        sample = samples.sample("paper-boat")
        button = next(b for b in win.banner.sample_buttons if b.sample.name == sample.name)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        note = win.banner.sample_note
        assert "Press Generate to see it move" in note.text()
        win.panel.set_values({"duration": 2, "resolution": "480p"})  # the shortest preview
        await wait_until(
            win.generate_button.isEnabled,
            win.panel.validity_changed,
            win.controller.busy_changed,
            what="Generate to be enabled",
        )
        win.generate_button.click()
        await wait_until(
            lambda: "is being made" in note.text(), win.queue_model.rowsInserted, what="sent"
        )
        model = win.queue_model
        await wait_until(
            lambda: model.rowCount() and model.job_at(0).state.finished,
            model.dataChanged,
            timeout=60,
            what="the sample's clip",
        )
        assert model.job_at(0).state is JobState.SUCCEEDED
        assert "Press Generate" not in note.text()
        assert note.text().startswith(f"“{sample.title}” is made")
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=90)


@pytest.mark.slow
def test_generate_waits_for_the_price_answer_before_saying_it_sends(qapp, new_window, tmp_path):
    frames = make_frames(tmp_path / "frames", 2)

    async def scenario(win: MainWindow) -> None:
        view = await ready_to_generate(win, frames)
        view.generate_button.click()
        await wait_until(
            lambda: view.confirmation_buttons(), view.confirmation_requested, what="the price"
        )
        # The question is open: nothing is being sent yet, and the reason says so.
        assert view.reason_label.text() == "Waiting for your answer to the price."
        assert "Sending" not in view.reason_label.text()
        assert [b.text() for b in view.confirmation_buttons()] == ["Generate 2 previews", "Cancel"]
        reports: list[object] = []
        view.render_finished.connect(reports.append)
        view.confirmation_buttons()[1].click()
        await wait_until(lambda: reports, view.render_finished, what="the declined render")
        assert view.reason_label.text() == ""
        win.close()

    run_async(qapp, run_window(new_window(), until=scenario, log=False), timeout=90)
