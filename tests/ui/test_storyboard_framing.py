"""Framing a storyboard frame: the tool opens locked to the shot's ratio, the frame then
shows exactly the framed region, and Ctrl+Z gives back the exact board."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from window_support import one_window

from app.ui.framing import ratio_name
from app.ui.main_window import MainWindow

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 15_000


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window(shown=True, storyboard=True, forget_changes=True) as win:
        yield win


def test_a_storyboard_frame_is_framed_in_one_step_and_undone_exactly(qtbot, window, tmp_path):
    view = window.storyboard
    original = Image.effect_noise((1200, 600), 70).convert("RGB")
    path = tmp_path / "frames" / "harbour.png"
    path.parent.mkdir(parents=True)
    original.save(path)
    assert view.add_frames([path]) == 1
    view.select_shot(0)
    view.picker.set_current_model(PRO)
    view.panel.set_values({"ratio": "1:1"})
    qtbot.waitUntil(lambda: view.board.shots[0].values.get("ratio") == "1:1", timeout=WAIT)
    before = view.board.to_document()

    view.strip.setCurrentIndex(view.strip_model.index(0))
    view.file_menu.frame_action.trigger()
    qtbot.waitUntil(lambda: view.framing.dialog is not None, timeout=WAIT)
    tool = view.framing.dialog
    assert ratio_name(tool.canvas.ratio) == "1:1"
    for _ in range(30):  # 300 px to the right
        qtbot.keyClick(tool.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    box = tool.box()
    assert (box.left, box.width, box.height) == (600, 600, 600)
    tool.ok_button.click()
    qtbot.waitUntil(lambda: view.board.frames[0].image != path, timeout=WAIT)

    framed = view.board.frames[0].image
    with Image.open(framed) as result:
        assert result.convert("RGB").tobytes() == original.crop(box.as_tuple()).tobytes()
    assert path.is_file()  # the original is untouched
    assert window.undo.undo_action.text().replace("&", "") == "Undo Frame image"

    window.undo.undo_action.trigger()
    assert view.board.to_document() == before
