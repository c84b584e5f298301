"""The window over bad input: a board whose frame names are not UTF-8 opens, keeps them and
saves them back exactly; a board of the wrong shape is named in a message, not a crash."""

from __future__ import annotations

import json
import os
import urllib.parse
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData
from qt_async import run_async, wait_until

from app.core.storyboard import Storyboard
from app.ui.app import build_window, run_window
from app.ui.images import sources_from_mime
from app.ui.local_files import file_url, local_path
from app.ui.main_window import MainWindow

BAD_NAME = b"caf\xe9 \xff frame.png"


def test_the_window_opens_saves_and_names_boards_with_odd_names_and_shapes(qapp, tmp_path):
    image = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + BAD_NAME))
    Image.new("RGB", (640, 360), (30, 90, 160)).save(image, "PNG")
    board = Storyboard(prompt="waves")
    board.add_frames([image])
    good = board.save(tmp_path / "Odd names.storyboard.json")
    broken = tmp_path / "Broken.storyboard.json"
    broken.write_text(json.dumps({"format": "storyreel-storyboard", "version": 1, "frames": 5}))
    window = build_window()

    async def scenario(win: MainWindow) -> None:
        view = win.storyboard
        view.open_board(good)
        await wait_until(
            lambda: view.board.path == good and len(view.board.frames) == 1,
            view.board_replaced,
            what="the board with an odd frame name to open",
        )
        assert view.board.frames[0].image == image
        assert view.strip_model.rowCount() == 1
        assert view.save()
        assert Storyboard.load(good).frames[0].image == image

        view.open_board(broken)
        await wait_until(
            lambda: "Broken.storyboard.json" in view.message_notice.text.text(),
            view.show_requested,
            what="the message about the broken board",
        )
        text = view.message_notice.text.text()
        assert '"frames" should be a list of frames, but it is a number' in text
        assert view.board.path == good  # the open board stays as it was
        win.close()

    try:
        assert run_async(qapp, run_window(window, until=scenario, log=False)) == 0
    finally:
        window.deleteLater()


def test_the_window_says_when_its_settings_file_was_damaged(qapp, ui_home):
    settings = ui_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("[" * 50_000)
    window = build_window()
    seen: list[str] = []

    window.controller.bridge.notice.connect(lambda _job, message: seen.append(message))

    async def scenario(win: MainWindow) -> None:
        await wait_until(lambda: win.controller.started, win.controller.ready, what="the engine")
        [message] = [m for m in seen if m.startswith("The settings file")]
        assert win.statusBar().currentMessage() == message  # shown, not overwritten
        assert "nested more than 64 levels deep" in message
        assert "settings.unreadable.json" in message
        win.close()

    try:
        assert run_async(qapp, run_window(window, until=scenario, log=False)) == 0
    finally:
        window.deleteLater()
    assert (settings.parent / "settings.unreadable.json").read_text() == "[" * 50_000


def uri_list(path: Path) -> QMimeData:
    """What a file manager offers when a file is dragged: the raw bytes of its name, encoded."""
    mime = QMimeData()
    quoted = urllib.parse.quote(os.fsencode(path), safe="/")
    mime.setData("text/uri-list", f"file://{quoted}\r\n".encode("ascii"))
    return mime


def test_a_dropped_file_whose_name_is_not_utf8_arrives_with_its_exact_name(qapp, tmp_path, dnd):
    image = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + BAD_NAME))
    Image.new("RGB", (640, 360), (30, 90, 160)).save(image, "PNG")
    assert [s.value for s in sources_from_mime(uri_list(image))] == [str(image)]

    window = build_window()
    try:
        view = window.storyboard
        dnd.mime(view.strip.viewport(), uri_list(image))
        assert [frame.image for frame in view.board.frames] == [image]
    finally:
        window.deleteLater()

    # Dragged out again (to a file manager or an editor), the name keeps its bytes.
    encoded = bytes(file_url(image).toEncoded())
    assert encoded.endswith(urllib.parse.quote(BAD_NAME).encode("ascii"))
    assert local_path(file_url(image)) == str(image)


def test_remembered_numbers_too_big_for_their_fields_leave_the_defaults(qapp, ui_home):
    dreamina = "bytedance/dreamina-3-0/pro/image-to-video"
    remembered = {dreamina: {"seed": 10**30, "frames": -(10**40), "prompt": "kept"}}
    settings = ui_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"last_model": dreamina, "last_values": remembered}))
    window = build_window()
    try:
        values = window.panel.values()
        assert values["seed"] == -1 and values["frames"] == 121 and values["prompt"] == "kept"
    finally:
        window.deleteLater()
