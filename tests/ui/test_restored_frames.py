"""After a restart the single shot comes back with its frames, not just its prompt and model:
a real window closed and reopened over the same Storyreel home, PNGs made with Pillow."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from window_support import window_maker

from app.core.settings import SETTINGS_VERSION, Settings
from app.ui.images import DropZone
from app.ui.main_window import MainWindow

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"


@pytest.fixture
def new_window(qapp) -> Iterator:
    with window_maker(shown=True) as make:
        yield make


def picture(path: Path, colour=(40, 90, 160)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 480), colour).save(path, "PNG")
    return path


def zones(window: MainWindow, name: str) -> list[DropZone]:
    return window.panel.field_widget(name).zones()


def test_the_frames_come_back_after_a_restart(qtbot, new_window, tmp_path):
    first = picture(tmp_path / "pictures" / "harbour.png")
    win = new_window()
    win.picker.set_current_model(PRO)
    win.panel.set_values({"prompt": "boats rocking", "first_frame_image_url": str(first)})
    qtbot.waitUntil(lambda: zones(win, "first_frame_image_url")[0].state() == "valid")
    win.close()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved["version"] == SETTINGS_VERSION
    assert saved["last_images"][PRO] == {"first_frame_image_url": str(first)}
    assert "first_frame_image_url" not in saved["last_values"][PRO]

    again = new_window()
    zone = zones(again, "first_frame_image_url")[0]
    qtbot.waitUntil(lambda: zone.path() == str(first), timeout=5000)
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=5000)
    assert again.panel.values()["prompt"] == "boats rocking"
    # Where the user left off, not an edit: there is nothing to undo.
    assert not again.inputs.stack.canUndo()
    assert again.panel.can_generate()[0]  # the frame counts, as if dropped again


def test_reference_images_come_back_and_a_gone_file_is_named_not_an_error(
    qtbot, new_window, tmp_path
):
    kept = picture(tmp_path / "refs" / "kept.png")
    gone = picture(tmp_path / "refs" / "gone.png", (200, 60, 40))
    win = new_window()
    win.picker.set_current_model(REFERENCE)
    win.panel.set_values({"prompt": "a red kite", "images": [str(kept), str(gone)]})
    qtbot.waitUntil(lambda: all(z.state() == "valid" for z in zones(win, "images")[:2]))
    win.close()
    gone.unlink()

    again = new_window()
    qtbot.waitUntil(lambda: again.panel.values().get("images") == [str(kept)], timeout=5000)
    note = again.models.frames.note
    assert note.startswith("The picture gone.png from last time is no longer where it was")
    assert "Drop it again" in note
    assert "gone.png" in again.statusBar().currentMessage()
