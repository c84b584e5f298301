"""The storyboard's cut is the window's one switch: its two segments are named for a screen
reader, reached and chosen with the keyboard, each choice is one step of Undo, and undoing it
shows the earlier choice again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from app.core.storyboard import CutMode
from app.ui.app import build_window
from app.ui.main_window import MainWindow
from app.ui.storyboard import MODE_STORYBOARD
from app.ui.widgets.switch import Switch


@pytest.fixture
def window(qapp, qtbot) -> Iterator[MainWindow]:
    win = build_window()
    win.show()
    win.set_mode(MODE_STORYBOARD)
    yield win
    win.storyboard.document.forget_changes()
    win.hide()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_cut_is_a_switch_chosen_by_keyboard_and_undone(window, qtbot, tmp_path):
    view = window.storyboard
    frames = []
    for n in range(3):
        frames.append(tmp_path / f"frame{n + 1}.png")
        Image.new("RGB", (640, 360), (60 * n, 90, 160)).save(frames[-1])
    view.add_frames(frames)
    switch = view.cut_switch
    assert isinstance(switch, Switch)
    assert switch.accessibleName() == "Cut" and switch.caption.text() == "Cut:"
    assert view.per_frame_button.accessibleName() == "One clip per frame"
    assert view.per_pair_button.accessibleName() == "One clip per pair of frames"
    assert view.per_frame_button.isChecked() and not view.per_pair_button.isChecked()

    view.per_pair_button.setFocus()
    qtbot.waitUntil(view.per_pair_button.hasFocus, timeout=5000)
    QTest.keyClick(view.per_pair_button, Qt.Key.Key_Space)
    assert view.board.cut_mode is CutMode.PER_PAIR and view.shot_model.rowCount() == 2
    assert switch.value() is CutMode.PER_PAIR
    assert window.undo.undo_action.text() == "&Undo Cut one clip per pair of frames"

    view.undo_stack.undo()
    assert view.board.cut_mode is CutMode.PER_FRAME and view.shot_model.rowCount() == 3
    assert view.per_frame_button.isChecked() and not view.per_pair_button.isChecked()
    view.undo_stack.redo()
    assert view.per_pair_button.isChecked() and switch.value() is CutMode.PER_PAIR
