"""The window fits the screens people have and looks like one tool: both views, welcome shown
and a frame loaded, fit 1280 × 720 with the player at least 240 px tall and the prompt in
view; a valid image is one verdict line, a failing one opens its rule table; long names and
fix titles are elided, whole in their tooltips; Light, Dark or System from Settings changes
the palette; no visible text carries an emoji (a system without an emoji font shows boxes).
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from qt_async import run_async, wait_until
from window_support import window_maker

from app.core.settings import Appearance, Settings
from app.ui import icons, theme
from app.ui.app import run_window
from app.ui.images import DropZone
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.widgets.elided import ElidedButton, ElidedLabel
from app.ui.widgets.flow import FlowLayout

PRO = "bytedance/seedance-1-0/pro/image-to-video"
FIT = QSize(1280, 720)  # a 1280 × 800 laptop with its panels; 1920 × 1080 at 150 %
USABLE = (QSize(1366, 768), QSize(1280, 720))
PLAYER_MIN = 240

# Characters that draw as emoji (or as boxes without an emoji font): everything past the
# Basic Multilingual Plane, the emoji variation selector, and the BMP's emoji-presentation
# symbols (watch, hourglass, ballot boxes, weather, zodiac, check and cross marks…).
_EMOJI_BMP = (
    (0x231A, 0x231B), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x25FD, 0x25FE), (0x2614, 0x2615),
    (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB),
    (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
    (0x26F2, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
    (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50),
    (0x2B55, 0x2B55), (0xFE0F, 0xFE0F),
)  # fmt: skip


def emoji_in(text: str) -> list[str]:
    found = []
    for char in text:
        point = ord(char)
        if point > 0xFFFF or any(low <= point <= high for low, high in _EMOJI_BMP):
            found.append(f"{char} U+{point:04X} {unicodedata.name(char, '?')}")
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of every visible widget that shows text."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QComboBox):
            texts += [("QComboBox", widget.itemText(i)) for i in range(widget.count())]
    return texts


@pytest.fixture
def new_window(qapp) -> Iterator:
    with window_maker() as make:
        yield make
    theme.apply_appearance(Appearance.SYSTEM)


async def settle() -> None:
    """A few turns of the loop: posted layout requests and resizes are handled."""
    for _ in range(4):
        await asyncio.sleep(0)
        QCoreApplication.sendPostedEvents()


def prompt_in_view(panel) -> bool:
    """The prompt's label and at least two lines of its editor are on screen, unscrolled."""
    editor = panel.field_widget("prompt").focus_widget()
    shown = editor.visibleRegion().boundingRect()
    return shown.height() >= min(editor.height(), 2 * editor.fontMetrics().lineSpacing() + 8)


async def check_fit(win: MainWindow, player: QWidget, panel, what: str) -> None:
    hint = win.minimumSizeHint()
    assert hint.width() <= FIT.width() and hint.height() <= FIT.height(), (what, hint)
    for size in USABLE:
        win.resize(size)
        await settle()
        assert win.size() == size, (what, win.size())
        assert player.height() >= PLAYER_MIN, (what, size, player.height())
        editor = panel.field_widget("prompt").focus_widget()
        assert prompt_in_view(panel), (
            what,
            size,
            editor.visibleRegion().boundingRect(),
            editor.height(),
        )


def test_both_views_fit_1280_by_720_with_the_welcome_and_a_frame(qapp, new_window, image_file):
    frame = image_file("frame.png", (1280, 720))
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        win.show_welcome()
        win.picker.set_current_model(PRO)
        win.panel.set_values({"first_frame_image_url": str(frame)})
        zone = win.panel.field_widget("first_frame_image_url").zone
        await wait_until(lambda: zone.state() == "valid", win.panel.validity_changed)
        assert win.banner.isVisible()
        await check_fit(win, win.player, win.panel, "single shot")

        win.set_mode("storyboard")
        board = win.storyboard
        board.add_frames([frame])
        await wait_until(lambda: len(board.board.frames) == 1, board.board_changed)
        await settle()
        assert win.banner.isVisible() and win.banner.is_compact()
        await check_fit(win, board.player, board.panel, "storyboard")

        # The whole welcome card again in the single-shot view, with its samples.
        win.set_mode("single")
        assert not win.banner.is_compact() and win.banner.sample_buttons[0].isVisible()
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def zone_for(qtbot, catalogue, model_id: str, field_name: str) -> DropZone:
    zone = DropZone(catalogue.get(model_id).field(field_name))
    qtbot.addWidget(zone)
    zone.resize(260, 420)
    zone.show()
    return zone


def test_a_valid_image_is_one_line_and_a_failing_one_opens_its_rules(
    qtbot, catalogue, image_file, dnd
):
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, image_file("ok.png", (1280, 720)))
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=10_000)
    assert zone.status_label.text() == "Ready · 1280×720 PNG · all 7 rules pass"
    assert not zone.checks_widget.isVisible()  # folded: the prompt below stays in view
    assert zone.details_button.isVisible()
    zone.details_button.click()
    assert zone.checks_widget.isVisible() and zone.checks_grid.rowCount() >= 7
    zone.details_button.click()
    assert not zone.checks_widget.isVisible()

    dnd.files(zone, image_file("thin.png", (3000, 100)))
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=10_000)
    assert zone.checks_widget.isVisible() and not zone.details_button.isVisible()
    marks = [zone.checks_grid.itemAtPosition(r, 0).widget().text() for r in range(7)]
    assert "✗" in marks


def test_long_names_and_fix_titles_are_elided_and_whole_in_their_tooltips(
    qtbot, catalogue, image_file, dnd
):
    name = "dropped-81b321d8-a-frame-from-the-lighthouse-sequence-at-dusk.png"
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    zone.resize(theme.ZONE_MIN_WIDTH, 520)
    dnd.files(zone, image_file(name, (2600, 300)))  # too wide: crop and pad fixes
    qtbot.waitUntil(lambda: zone.state() == "invalid" and bool(zone.fix_buttons), timeout=10_000)
    label = zone.name_label
    assert isinstance(label, ElidedLabel)
    assert label.text() == name and label.is_elided()
    shown = label.shown_text()
    assert "…" in shown and shown.startswith("dropped") and shown.endswith(".png")
    assert name in label.toolTip()
    for button in zone.fix_buttons:
        # Inside the zone, never past its edge; a shortened title is whole in the tooltip.
        inside = zone.contentsRect()
        assert button.geometry().right() <= inside.right(), button.text()
        if not isinstance(button, ElidedButton):
            # The pad's button (a short title, with its menu of fills) is never shortened:
            # it is as wide as its whole title asks.
            assert button.menu() is not None
            assert button.width() >= button.sizeHint().width(), button.text()
            continue
        if button.is_elided():
            assert button.shown_text().endswith("…")
            assert button.text() in button.toolTip()
    # The buttons wrap rather than clip: they do not fit in one row here, so they take two.
    widths = sum(b.sizeHint().width() for b in zone.fix_buttons)
    assert widths > zone.contentsRect().width()
    assert len({b.geometry().top() for b in zone.fix_buttons}) > 1


def test_a_title_wider_than_its_row_is_elided_never_clipped(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row)
    title = "Crop to 2499 × 1000 around the lighthouse"
    button = ElidedButton(title, row, "Crops the image to 2499 × 1000 px.")
    flow.addWidget(button)
    row.resize(120, 80)
    row.show()
    qtbot.waitExposed(row)
    assert button.geometry().right() < row.width()
    assert button.is_elided() and button.shown_text().endswith("…")
    assert button.text() == title and button.accessibleName() == title
    assert title in button.toolTip() and "Crops the image" in button.toolTip()
    row.resize(600, 80)
    qtbot.waitUntil(lambda: not button.is_elided())
    assert button.toolTip() == "Crops the image to 2499 × 1000 px."


def test_light_dark_or_system_from_settings_changes_the_palette(qtbot, catalogue):
    from app.ui.bridge import Controller

    settings = Settings.load()
    assert settings.appearance == "system"
    dialog = SettingsDialog(settings, Controller(settings, catalogue))
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
        assert dialog.save()
        assert Settings.load().appearance == "dark"
        assert theme.is_dark(QApplication.palette())
        # Icons are painted in the palette's text colour: light on dark.
        image = icons.icon("dice").pixmap(QSize(32, 32)).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert inked and all(colour.lightness() > 160 for colour in inked)

        again = SettingsDialog(settings, Controller(settings, catalogue))
        qtbot.addWidget(again)
        assert again.appearance.currentData() == "dark"
        again.appearance.setCurrentIndex(again.appearance.findData("light"))
        assert again.save()
        assert not theme.is_dark(QApplication.palette())
        assert Settings.load().appearance == "light"
    finally:
        theme.apply_appearance(Appearance.SYSTEM)


def test_a_hand_edited_appearance_falls_back_to_the_system(ui_home):
    settings = Settings()
    settings.appearance = "purple"
    settings.save()
    assert Settings.load().appearance == "system"
    assert Appearance.read("dark").is_dark(system_is_dark=False)
    assert Appearance.SYSTEM.is_dark(system_is_dark=True)
    assert not Appearance.LIGHT.is_dark(system_is_dark=True)


def test_no_visible_text_carries_an_emoji_in_either_view_or_theme(qapp, new_window, catalogue):
    window = new_window()
    seen: list[tuple[str, str, str]] = []

    async def scenario(win: MainWindow) -> None:
        win.show_welcome()
        for appearance in (Appearance.LIGHT, Appearance.DARK):
            theme.apply_appearance(appearance)
            for model in catalogue.models():  # every field kind, the seed's buttons too
                win.picker.set_current_model(model.model_id)
                await settle()
                seen.extend((model.model_id, *text) for text in visible_texts(win))
            win.set_mode("storyboard")
            await settle()
            seen.extend(("storyboard", *text) for text in visible_texts(win))
            win.set_mode("single")
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))
    assert len(seen) > 100
    offending = [
        (where, kind, text, emoji_in(text)) for where, kind, text in seen if emoji_in(text)
    ]
    assert offending == []


def test_the_selected_view_and_engine_read_in_light_and_dark(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        for appearance in (Appearance.LIGHT, Appearance.DARK):
            theme.apply_appearance(appearance)
            await settle()
            for switch in (win.mode_switch, win.engine_switch):
                chosen = switch.first if switch.first.isChecked() else switch.second
                other = switch.second if chosen is switch.first else switch.first
                middle = lambda b: b.grab().toImage().pixelColor(4, b.height() // 2)  # noqa: E731
                # The chosen half is filled with the highlight; the other is not.
                highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
                assert middle(chosen) == highlight, (appearance, switch.accessibleName())
                assert middle(other) != highlight
            # Generate is the one coloured button, its text readable on it.
            for generate in (win.generate_button, win.storyboard.generate_button):
                active = QPalette.ColorGroup.Active  # (disabled now: nothing to generate yet)
                fill = generate.palette().color(active, QPalette.ColorRole.Button)
                text = generate.palette().color(active, QPalette.ColorRole.ButtonText)
                assert fill.hue() == highlight.hue() and theme.contrast(fill, text) >= 4.5
            plain = win.settings_button.palette().color(active, QPalette.ColorRole.Button)
            assert plain.hue() != highlight.hue() or plain.saturation() < 40
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_a_note_on_a_valid_image_opens_the_rules_by_itself(qtbot, catalogue, tmp_path, dnd):
    from PIL import Image

    path = tmp_path / "animated.gif"
    frames = [Image.new("RGB", (640, 360), colour) for colour in ((200, 60, 40), (40, 60, 200))]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, path)
    qtbot.waitUntil(lambda: zone.state() in ("valid", "invalid"), timeout=10_000)
    assert any(c.rule == "animation" for c in zone.checks())
    # Something worth reading is never folded away: the table is open, no fold button.
    assert zone.checks_widget.isVisible() and not zone.details_button.isVisible()
