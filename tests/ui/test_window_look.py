"""What the screenshots showed wrong, kept right: the storyboard's video plays inside its
player (not in the screen's corner) once the preview badge is over it; a single frame's
zone takes the panel's width, so its verdict is one line and its rules read in full; the
shot note is one whole line with no scroll arrows; dialog buttons are words alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QProxyStyle,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from test_held_frame import FPS, FRAMES, write_clip

from app.core.storyboard import Segment
from app.ui import icons
from app.ui.panel import ParameterPanel
from app.ui.preview_badge import preview_badge
from app.ui.sequence_player import SequencePlayer
from app.ui.storyboard.notes import ShotNoteEditor

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    return write_clip(tmp_path_factory.mktemp("look") / "clip.mp4")


def video_windows_of(widget: QWidget) -> list[QWindow]:
    """The native windows Qt draws ``widget``'s video in."""
    found = []
    for window in QGuiApplication.allWindows():
        if window.metaObject().className() != "QVideoWindow" or not window.isVisible():
            continue
        parent = window.parent()
        while parent is not None and parent is not widget.window().windowHandle():
            if parent is widget.windowHandle() or any(
                parent is child.windowHandle() for child in widget.findChildren(QWidget)
            ):
                found.append(window)
                break
            parent = parent.parent()
    return found


def test_the_sequence_video_stays_inside_its_player_with_the_preview_badge(qtbot, clip):
    # As in the storyboard: the player shown late, beside a board, below a header.
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("A header above the board"))
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(QLabel("The board"))
    player = SequencePlayer()
    split.addWidget(player)
    layout.addWidget(split, 1)
    root.resize(900, 600)
    root.show()
    split.setSizes([400, 500])
    player.set_segments([Segment(1, "a", FRAMES / FPS, clip=clip, preview=True)])
    player.play()
    badge = preview_badge(player.surface)
    qtbot.waitUntil(lambda: badge is not None and badge.isVisible(), timeout=10_000)
    root.resize(1000, 650)  # the window moves the player after the badge made it native
    split.setSizes([300, 700])
    surface = player.surface

    def placed() -> bool:
        windows = video_windows_of(surface)
        return bool(windows) and all(
            w.mapToGlobal(QPoint(0, 0)) == surface.mapToGlobal(QPoint(0, 0))
            and w.size() == surface.size()
            for w in windows
        )

    qtbot.waitUntil(placed, timeout=10_000)
    player.stop()


def panel_for(qtbot, catalogue, model_id: str) -> ParameterPanel:
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.set_model(catalogue.get(model_id))
    panel.resize(480, 700)
    panel.show()
    return panel


def test_a_single_frame_takes_the_panels_width_and_two_frames_share_it(
    qtbot, catalogue, image_file, dnd
):
    panel = panel_for(qtbot, catalogue, PRO)
    zone = panel.field_widget("first_frame_image_url").zones()[0]
    prompt = panel.field_widget("prompt").focus_widget()
    qtbot.waitUntil(lambda: zone.width() > 0 and prompt.width() > 0)
    assert zone.width() >= prompt.width() * 0.9, (zone.width(), prompt.width())
    dnd.files(zone, image_file("ok.png", (1280, 720)))
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=10_000)
    label = zone.status_label
    one_line = label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: label.height() < 2 * one_line, timeout=5_000)

    lite = panel_for(qtbot, catalogue, LITE)
    first = lite.field_widget("first_frame_image_url").zones()[0]
    last = lite.field_widget("last_frame_image_url").zones()[0]
    qtbot.waitUntil(lambda: first.width() > 0)
    top = lambda zone: zone.mapTo(lite, QPoint(0, 0))  # noqa: E731
    assert top(first).y() == top(last).y() and top(first).x() < top(last).x()


def test_the_shot_note_is_one_whole_line_without_scroll_arrows(qtbot):
    editor = ShotNoteEditor()
    qtbot.addWidget(editor)
    editor.resize(300, editor.sizeHint().height())
    editor.show()
    text = editor.text
    assert text.viewport().height() >= text.fontMetrics().lineSpacing()
    # The hint fits its one line (shortened with "…"), whole in the tooltip.
    room = text.viewport().width()
    assert text.fontMetrics().horizontalAdvance(text.placeholderText()) <= room
    assert text.placeholderText().endswith("…")
    assert text.toolTip().startswith(text.placeholderText()[:-1])
    text.setPlainText("Night falls\nThe keeper climbs the stairs\nThe lamp is lit")
    assert not text.verticalScrollBar().isVisible()
    assert not text.horizontalScrollBar().isVisible()


def test_dialog_buttons_are_words_alone(qtbot):
    icons.install_style()
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    for button in box.buttons():
        assert button.icon().isNull(), button.text()


class _PlatformStyle(QProxyStyle):
    """A platform's style that puts pictures on dialog buttons (as X11 without a desktop's
    theme does) or not (as Windows does)."""

    def __init__(self, pictures: bool) -> None:
        super().__init__("fusion")
        self.pictures = pictures

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
        if hint is QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return int(self.pictures)
        return super().styleHint(hint, option, widget, data)


def test_dialog_buttons_are_words_alone_where_the_platform_gives_them_pictures(qtbot):
    boxes = []

    def buttons(style: QStyle) -> list[QAbstractButton]:
        box = QDialogButtonBox()
        qtbot.addWidget(box)
        boxes.append((box, style))
        box.setStyle(style)
        box.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        return box.buttons()

    platform = _PlatformStyle(pictures=True)
    assert all(not button.icon().isNull() for button in buttons(platform))
    style = icons.style_class(platform)(_PlatformStyle(pictures=True))
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    for button in buttons(style):
        assert button.icon().isNull(), button.text()
    # Where the platform gives none, no hint is answered in Python at all.
    assert icons.style_class(_PlatformStyle(pictures=False)) is icons.TintedIconStyle


def test_the_framing_tool_opens_about_as_tall_as_its_picture(qtbot):
    from PySide6.QtGui import QImage

    from app.ui.framing import FramingCanvas

    def hint(width: int, height: int):
        image = QImage(width // 8, height // 8, QImage.Format.Format_RGB32)
        canvas = FramingCanvas(image, (width, height), 16 / 9)
        qtbot.addWidget(canvas)
        return canvas.sizeHint()

    panorama, still = hint(2400, 600), hint(1280, 720)
    # A 4:1 panorama is not a thin band between wide empty margins.
    assert panorama.height() <= panorama.width() / 4 + 40
    assert still.height() >= still.width() * 9 / 16


@pytest.mark.parametrize("standard", ["SP_TrashIcon", "SP_DirOpenIcon", "SP_FileIcon"])
def test_the_file_folder_and_bin_are_drawn_in_the_text_colour_and_dim_when_disabled(qapp, standard):
    icons.install_style()
    from PySide6.QtGui import QIcon, QPalette

    icon = qapp.style().standardIcon(getattr(QStyle.StandardPixmap, standard))
    palette = qapp.palette()

    def inks(mode: QIcon.Mode) -> set[tuple[int, int, int]]:
        image = icon.pixmap(32, 32, mode).toImage()
        colours = [
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        ]
        return {(c.red(), c.green(), c.blue()) for c in colours if c.alpha() == 255}

    def rgb(group: QPalette.ColorGroup) -> tuple[int, int, int]:
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        return (colour.red(), colour.green(), colour.blue())

    # One ink, the buttons' text colour, as the other icons of the bar; dimmed when disabled.
    assert inks(QIcon.Mode.Normal) == {rgb(QPalette.ColorGroup.Active)}
    assert inks(QIcon.Mode.Disabled) == {rgb(QPalette.ColorGroup.Disabled)}


@pytest.mark.parametrize("kind", ["check", "radio"])
def test_an_unticked_box_is_outlined_readably_in_the_dark(qtbot, kind):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyleOptionButton

    from app.core.settings import Appearance
    from app.ui import theme

    theme.apply_appearance(Appearance.DARK)
    try:
        box = QCheckBox("Captions") if kind == "check" else QRadioButton("Captions")
        qtbot.addWidget(box)
        box.show()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if kind == "check"
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        indicator = box.style().subElementRect(element, option, box)
        image = box.grab().toImage()
        ratio = image.devicePixelRatio()
        window = box.palette().color(QPalette.ColorRole.Window)
        best = max(
            theme.contrast(image.pixelColor(round(x * ratio), round(y * ratio)), window)
            for x in range(indicator.left(), indicator.right() + 1)
            for y in range(indicator.top(), indicator.bottom() + 1)
        )
        # WCAG asks 3:1 of the parts of a control a user must see.
        assert best >= 3, best
    finally:
        theme.apply_appearance(Appearance.SYSTEM)
