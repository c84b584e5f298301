"""The first run as someone who never opened a terminal meets it: a welcome that says what
Storyreel does and which engine it runs on, bundled samples that fill the panel in one click,
the way to the RunComfy key, and a close that is remembered.

The real window runs with its real engine (the offline preview, or the RunComfy-compatible
simulator on loopback), in the test's own Storyreel home.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from qt_async import run_async, wait_until
from window_support import window_maker

from app.core import samples
from app.core.settings import Settings
from app.ui.app import run_window
from app.ui.images import DropZone
from app.ui.main_window import MainWindow
from app.ui.storyboard import MODE_SINGLE, MODE_STORYBOARD
from app.ui.welcome import WelcomeBanner

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


@pytest.fixture
def new_window(qapp) -> Iterator:
    """``new_window()``: a real window; whatever happens, all are gone after the test."""
    with window_maker() as make:
        yield make


def help_action(window: MainWindow, text: str) -> QAction:
    """An action of the Help menu, found by its visible text as a user would."""
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == "Help":
            for action in menu_action.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"Help → {text} is not in the menu")


def first_frame_zone(window: MainWindow) -> DropZone:
    model = window.current_model()
    assert model is not None
    image_field = model.role("first_frame") or model.role("reference_images")
    assert image_field is not None
    widget = window.panel.field_widget(image_field.name)
    return widget.zones()[0]


def button_for(banner: WelcomeBanner, name: str):
    return next(b for b in banner.sample_buttons if b.sample.name == name)


async def wait_for_valid(zone: DropZone) -> None:
    await wait_until(
        lambda: zone.state() == "valid", zone.state_changed, what="the sample to be checked"
    )


async def wait_for_generate_focus(window: MainWindow) -> None:
    await wait_until(
        lambda: QApplication.focusWidget() is window.generate_button,
        QApplication.instance().focusChanged,
        window.panel.validity_changed,
        what="Generate to take the focus",
    )


def test_first_run_welcomes_offers_samples_and_says_where_the_key_is(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        banner = win.banner
        assert banner.isVisible()
        assert banner.title_label.text() == "Welcome to Storyreel"
        assert "video clips" in banner.intro.text()
        engine_line = banner.message.text()
        assert "offline preview" in engine_line and "not AI generation" in engine_line
        assert "RunComfy API key" in engine_line
        assert banner.add_key_button.text() == "Add your RunComfy key…"
        assert banner.key_hint.isVisible()
        assert "RunComfy → Profile → API keys" in banner.key_hint.text()

        # One thumbnail per bundled sample, each named for screen readers and reachable by Tab.
        listed = [sample.name for sample in samples.samples()]
        assert [b.sample.name for b in banner.sample_buttons] == listed
        for button in banner.sample_buttons:
            assert button.isVisible()
            assert button.accessibleName() == f"Try the sample “{button.sample.title}”"
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert not button.image().isNull()
        assert banner.dismiss_button.accessibleName() == "Close the welcome"
        # Only one message about the offline preview: the welcome is it.
        assert win.findChildren(WelcomeBanner) == [banner]

        banner.add_key_button.click()
        assert win.settings_dialog is not None and win.settings_dialog.isVisible()
        win.settings_dialog.reject()
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_clicking_a_sample_fills_the_first_frame_and_prompt_and_focuses_generate(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        win.activateWindow()
        win.picker.set_current_model(PRO)
        sample = samples.sample("paper-boat")
        QTest.mouseClick(button_for(win.banner, sample.name), Qt.MouseButton.LeftButton)

        zone = first_frame_zone(win)
        await wait_for_valid(zone)
        assert zone.path() == str(samples.samples_dir() / sample.file)
        assert win.panel.values()["prompt"] == sample.suggested_prompt
        await wait_for_generate_focus(win)
        assert win.generate_button.isEnabled()
        assert "is in the panel" in win.banner.sample_note.text()

        # Another sample replaces the frame, and the prompt now written stays.
        win.panel.set_values({"prompt": "my own slow dolly in"})
        button = button_for(win.banner, "city-blue-hour")
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Return)  # the keyboard works as well as the mouse
        await wait_until(
            lambda: zone.path() == str(samples.samples_dir() / "city-blue-hour.jpg"),
            zone.changed,
        )
        await wait_for_valid(zone)
        assert win.panel.values()["prompt"] == "my own slow dolly in"
        await wait_for_generate_focus(win)
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_a_sample_fills_the_reference_images_and_a_sequence_fills_the_last_frame(qapp, new_window):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        win.picker.set_current_model(REFERENCE)
        button_for(win.banner, "mountain-road").click()
        zone = first_frame_zone(win)
        await wait_for_valid(zone)
        assert win.panel.values()["images"] == [str(samples.samples_dir() / "mountain-road.jpg")]
        assert win.panel.values()["text"] == samples.sample("mountain-road").suggested_prompt

        # Seedance 1.0 Lite takes a last frame: dusk goes on into night.
        win.picker.set_current_model(LITE)
        button_for(win.banner, "lighthouse-dusk").click()
        last = win.panel.field_widget("last_frame_image_url").zones()[0]
        await wait_for_valid(first_frame_zone(win))
        await wait_for_valid(last)
        values = win.panel.values()
        assert values["first_frame_image_url"].endswith("lighthouse-dusk.jpg")
        assert values["last_frame_image_url"].endswith("lighthouse-night.jpg")

        # Dreamina takes its first frame as a one-image list. Over the storyboard, a sample
        # brings back the single-shot view its frame goes into.
        win.picker.set_current_model(DREAMINA)
        win.set_mode(MODE_STORYBOARD)
        assert win.banner.isVisible()
        button_for(win.banner, "city-blue-hour").click()
        assert win.mode() == MODE_SINGLE
        await wait_for_valid(first_frame_zone(win))
        assert win.panel.values()["image_urls"] == [
            str(samples.samples_dir() / "city-blue-hour.jpg")
        ]
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))


def test_closing_the_welcome_is_remembered_and_help_brings_it_back(qapp, new_window):
    first = new_window()

    async def close_it(win: MainWindow) -> None:
        assert win.banner.isVisible()
        QTest.mouseClick(win.banner.dismiss_button, Qt.MouseButton.LeftButton)
        assert not win.banner.isVisible()
        assert Settings.load().welcome_dismissed
        win.close()

    run_async(qapp, run_window(first, until=close_it, log=False))

    second = new_window()

    async def next_run(win: MainWindow) -> None:
        win.activateWindow()
        assert win.engine_switch.isEnabled()  # the engine is ready, the choice is made
        assert not win.banner.isVisible()
        help_action(win, "Show welcome").trigger()
        assert win.banner.isVisible()
        await wait_until(
            lambda: QApplication.focusWidget() is win.banner.sample_buttons[0],
            QApplication.instance().focusChanged,
            what="the first sample to take the focus",
        )
        # Escape closes it again, and that too is remembered.
        QTest.keyClick(win.banner.sample_buttons[0], Qt.Key.Key_Escape)
        assert not win.banner.isVisible()
        assert Settings.load().welcome_dismissed
        win.close()

    run_async(qapp, run_window(second, until=next_run, log=False))


def test_with_a_runcomfy_key_the_welcome_waits_for_help_and_says_runcomfy(
    qapp, new_window, runcomfy_sim
):
    window = new_window()

    async def scenario(win: MainWindow) -> None:
        assert win.engine_kind == "runcomfy"
        assert not win.banner.isVisible()  # someone with a key is already set up
        help_action(win, "Show welcome").trigger()
        assert win.banner.isVisible()
        engine_line = win.banner.message.text()
        assert "API key is set" in engine_line and "real AI clips" in engine_line
        assert win.banner.add_key_button.text() == "Change your RunComfy key…"
        assert not win.banner.key_hint.isVisible()
        win.banner.add_key_button.click()
        assert win.settings_dialog is not None and win.settings_dialog.isVisible()
        win.settings_dialog.reject()
        # The price asked for at start-up has its answer before the window goes.
        await wait_until(
            lambda: win.price_label.text() != "Reading the price…",
            win.price_updated,
            what="the price line",
        )
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False))
