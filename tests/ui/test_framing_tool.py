"""The framing tool and the one-click fixes in a real panel: the crop keeps what was framed,
a pad fills as chosen, each is one step that Ctrl+Z takes back to the exact earlier image."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_support import settled, single_shot
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.core.framing import PadFill
from app.ui.framing import FramingDialog, ratio_name
from app.ui.panel import ParameterPanel

PRO = "bytedance/seedance-1-0/pro/image-to-video"
FRAME = "first_frame_image_url"
WAIT = 10_000


@pytest.fixture
def panel_with(qtbot, catalogue):
    return lambda: single_shot(qtbot, catalogue.get(PRO))


@pytest.fixture
def wide_picture(tmp_path: Path) -> tuple[Path, Image.Image]:
    """3:1 noise (no two regions alike), too wide for Seedance (ratio under 2.5)."""
    image = Image.effect_noise((1500, 500), 90).convert("RGB")
    path = tmp_path / "images" / "harbour.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path, image


def load(qtbot, panel: ParameterPanel, path: Path):
    zone = panel.field_widget(FRAME).zone
    zone.set_source(str(path))
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    qtbot.waitUntil(lambda: zone.thumbnail() is not None, timeout=WAIT)
    return zone


def test_the_crop_fix_opens_the_framing_tool_and_keeps_exactly_the_framed_region(
    qtbot, panel_with, wide_picture
):
    panel, document = panel_with()
    panel.field_widget("ratio").set_value("16:9")
    path, original = wide_picture
    zone = load(qtbot, panel, path)
    before = (panel.values(), zone.path(), zone.state())
    steps = document.stack.count()

    [crop] = [i for i, f in enumerate(zone.fixes()) if f.kind == "crop_ratio"]
    assert zone.fix_buttons[crop].text() == "Crop to 16:9…"
    zone.fix_buttons[crop].click()
    tool = zone.fix_actions.framing
    assert isinstance(tool, FramingDialog) and tool.isVisible()
    assert ratio_name(tool.canvas.ratio) == "16:9"  # the model's ratio setting
    start = tool.box()
    assert (start.width, start.height) == (889, 500)  # the largest 16:9, in the middle
    # Move it to the right edge with the keyboard, then 20 px back and smaller.
    for _ in range(40):
        qtbot.keyClick(tool.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tool.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ShiftModifier)
    box = tool.box()
    assert box.right <= 1500 and box.right >= 1490
    assert abs(box.width / box.height - 16 / 9) < 0.005
    tool.ok_button.click()
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    settled(qtbot, panel)

    with Image.open(zone.path()) as fixed:
        assert fixed.size == (box.width, box.height)
        assert fixed.convert("RGB").tobytes() == original.crop(box.as_tuple()).tobytes()
    assert document.stack.count() == steps + 1
    assert document.stack.undoText() == "Fix image in First frame"

    document.stack.undo()
    settled(qtbot, panel)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    assert (panel.values(), zone.path(), zone.state()) == before


def test_a_pad_with_mirrored_edges_is_one_click_and_undone_exactly(qtbot, panel_with, wide_picture):
    panel, document = panel_with()
    path, original = wide_picture
    zone = load(qtbot, panel, path)
    before = (panel.values(), zone.path())
    [pad] = [i for i, f in enumerate(zone.fixes()) if f.kind == "pad_ratio"]
    button = zone.fix_buttons[pad]
    assert isinstance(button, QToolButton) and button.menu() is not None
    [mirror] = [a for a in button.menu().actions() if a.objectName() == "padFill-mirror"]
    mirror.trigger()  # no confirmation box: the fix is applied at once
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    settled(qtbot, panel)
    assert zone.fix_actions.fill is PadFill.MIRROR
    with Image.open(zone.path()) as fixed:
        padded = fixed.convert("RGB")
        width, height = padded.size
        assert width == 1500 and 600 < height < 610
        top = (height - 500) // 2
        # the row above the picture mirrors its first row, the row below its last one
        assert (
            padded.crop((0, top - 1, width, top)).tobytes()
            == padded.crop((0, top, width, top + 1)).tobytes()
        )
        assert (
            padded.crop((0, top, width, top + 1)).tobytes()
            == original.crop((0, 0, 1500, 1)).tobytes()
        )

    document.stack.undo()
    settled(qtbot, panel)
    assert (panel.values(), zone.path()) == before


def test_a_valid_image_can_be_framed_too(qtbot, panel_with, image_file):
    panel, document = panel_with()
    panel.field_widget("ratio").set_value("1:1")
    zone = panel.field_widget(FRAME).zone
    photo = image_file("meadow.png", (1280, 720))
    zone.set_source(str(photo))
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    assert zone.frame_button.isVisible()
    tool = zone.frame()
    assert tool is not None and ratio_name(tool.canvas.ratio) == "1:1"
    qtbot.keyClick(tool.canvas, Qt.Key.Key_Home)
    tool.ok_button.click()
    qtbot.waitUntil(lambda: zone.state() == "valid" and zone.path() != str(photo), timeout=WAIT)
    with Image.open(zone.path()) as fixed:
        assert fixed.size == (720, 720)
    document.stack.undo()
    settled(qtbot, panel)
    assert zone.path() == str(photo)


def test_the_canvas_drags_and_keeps_the_ratio(qtbot, wide_picture):
    from PySide6.QtGui import QImage

    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGray)
    tool = FramingDialog(image, (1500, 500), 4 / 3, "harbour.png")
    qtbot.addWidget(tool)
    tool.resize(900, 520)
    tool.show()
    qtbot.waitExposed(tool)
    canvas = tool.canvas
    frame = canvas.frame_rect()
    # drag the middle of the rectangle 100 screen px left
    middle = frame.center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(canvas, middle - type(middle)(100, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=middle - type(middle)(100, 0))
    moved = tool.box()
    assert moved.left < 500  # it started centred at 500
    # drag the bottom-right corner up and left: smaller, same ratio
    corner = canvas.frame_rect().bottomRight().toPoint()
    target = corner - type(corner)(80, 10)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    smaller = tool.box()
    assert smaller.width < moved.width and smaller.left == moved.left
    assert abs(smaller.width / smaller.height - 4 / 3) < 0.01
    assert "Keeps" in tool.summary.text()
    tool.reject()


@pytest.mark.parametrize(
    ("operator", "size", "cells"),
    [
        ("width/height<", (24996, 10000), ("✓", "2.4996", "< 2.5")),
        ("width/height<", (2500, 1000), ("✗", "2.5", "< 2.5")),
        ("width/height<=", (2500, 1000), ("✓", "2.5", "≤ 2.5")),
        ("width/height>", (40004, 100000), ("✓", "0.40004", "> 0.4")),
        ("width/height>=", (400, 1000), ("✓", "0.4", "≥ 0.4")),
    ],
)
def test_a_rule_row_reads_as_the_comparison_the_server_applies(qtbot, operator, size, cells):
    from PySide6.QtWidgets import QWidget

    from app.core.catalogue import ImageRule
    from app.core.images import ImageInfo
    from app.core.validation import check_rule
    from app.ui.images.rules import RuleRows

    host = QWidget()
    qtbot.addWidget(host)
    rows = RuleRows(host)
    info = ImageInfo(
        source="", format="PNG", width=size[0], height=size[1], file_size=1000,
        stored_width=size[0], stored_height=size[1],
    )  # fmt: skip
    limit = 2.5 if "<" in operator else 0.4
    rows.show_checks([check_rule(ImageRule(operator, limit, ""), info)], ("key",), force=True)
    shown = [rows.grid.itemAtPosition(0, column).widget().text() for column in (0, 2, 3)]
    assert tuple(shown) == cells
