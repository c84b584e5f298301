"""The storyboard view is built when it is first needed, and until then its File-menu entries
and shortcuts behave as if it had been there all along."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from window_support import one_window

from app.ui.main_window import MainWindow
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD
from app.ui.storyboard import StoryboardView


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window(shown=True) as win:
        yield win


def shortcuts(actions) -> set[str]:
    return {
        a.shortcut().toString() for a in actions if a is not None and not a.shortcut().isEmpty()
    }


def test_the_first_screen_has_no_storyboard_until_the_user_switches_to_it(window):
    assert window.findChildren(StoryboardView) == []
    assert window.mode() == MODE_SINGLE
    window.set_mode(MODE_STORYBOARD)
    (view,) = window.findChildren(StoryboardView)
    assert window.pages.currentWidget() is view
    assert window.mode() == MODE_STORYBOARD
    assert window.mode_actions[MODE_STORYBOARD].isChecked()
    window.set_mode(MODE_SINGLE)
    assert window.pages.currentWidget() is window.main_splitter
    assert window.findChildren(StoryboardView) == [view]  # built once, kept


def test_the_file_menu_shows_the_storyboard_entries_first_when_opened(window):
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(QPoint(10, 10)))
    try:
        (view,) = window.findChildren(StoryboardView)
        texts = [a.text() for a in file_menu.actions()]
        expected = [a.text() if a is not None else "" for a in view.file_actions()]
        assert texts == [*expected, "", "Open o&utput folder", "Re&fresh models", "", "&Quit"]
    finally:
        file_menu.hide()
    # Opened again: the same entries, not twice.
    file_menu.popup(window.mapToGlobal(QPoint(10, 10)))
    file_menu.hide()
    assert [a.text() for a in file_menu.actions()] == texts


def test_a_storyboard_shortcut_pressed_first_acts_on_the_storyboard(window):
    waiting = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    assert window.findChildren(StoryboardView) == []
    waiting[QKeySequence("Ctrl+O").toString()].trigger()  # Open storyboard…
    (view,) = window.findChildren(StoryboardView)
    try:
        assert view.file_dialog is not None and view.file_dialog.isVisible()
    finally:
        if view.file_dialog is not None:
            view.file_dialog.reject()
    # The storyboard's own actions hold its shortcuts now: each key means one action.
    assert set(waiting) == shortcuts(view.file_actions())
    assert shortcuts(window.actions()).isdisjoint(shortcuts(view.file_actions()))
