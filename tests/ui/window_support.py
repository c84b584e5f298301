"""Real main windows for the widget tests, and the simulator they talk to.

Every window a test makes is gone before the next test, whatever happened: hidden, deleted
and its deferred deletions run. ``forget_changes`` first drops a storyboard's unsaved edits,
so that closing asks nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from qt_async import wait_until

from app.sim.server import SimServer, Timings
from app.ui.app import build_window
from app.ui.main_window import MainWindow
from app.ui.storyboard import MODE_STORYBOARD, StoryboardView


def close_windows(windows: Iterable[MainWindow], *, forget_changes: bool = False) -> None:
    for window in windows:
        if forget_changes:
            window.storyboard.document.forget_changes()
        window.hide()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def window_list() -> Iterator[list[MainWindow]]:
    """A list the test appends the windows it builds to; all are closed afterwards."""
    made: list[MainWindow] = []
    yield made
    close_windows(made)


@contextmanager
def window_maker(
    *, shown: bool = False, storyboard: bool = False, forget_changes: bool = False
) -> Iterator[Callable[[], MainWindow]]:
    """``make()`` builds a real window (``shown``; on the storyboard with ``storyboard``);
    all it made are closed afterwards."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = build_window()
        if shown:
            window.show()
        if storyboard:
            window.set_mode(MODE_STORYBOARD)
        made.append(window)
        return window

    yield make
    close_windows(made, forget_changes=forget_changes)


@contextmanager
def one_window(
    *, shown: bool = False, storyboard: bool = False, forget_changes: bool = False
) -> Iterator[MainWindow]:
    """One real window, as :func:`window_maker` makes it, closed afterwards."""
    with window_maker(shown=shown, storyboard=storyboard, forget_changes=forget_changes) as make:
        yield make()


@contextmanager
def instant_sim(monkeypatch) -> Iterator[SimServer]:
    """The RunComfy-compatible simulator on loopback, answering at once and rendering
    nothing, as the configured API with its key."""
    server = SimServer(timings=Timings(queue_seconds=0, run_seconds=0, render=False)).start()
    monkeypatch.setenv("RUNCOMFY_API_BASE", server.api_base)
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", server.token)
    try:
        yield server
    finally:
        server.stop()


async def ready_to_generate(win: MainWindow, frames: list[Path]) -> StoryboardView:
    """The storyboard on screen with ``frames`` added, the first shot's prompt and settings
    (2 s at 480p) applied to every shot, once "Generate all" is enabled."""
    view = win.storyboard
    win.set_mode(MODE_STORYBOARD)
    view.add_frames(frames)
    view.select_shot(0)
    view.panel.set_values({"prompt": "rain on the bay", "duration": 2, "resolution": "480p"})
    view.apply_with_prompt_action.trigger()
    await wait_until(
        view.generate_button.isEnabled,
        view.frames_checked,
        view.board_changed,
        win.controller.ready,
        what=f"Generate all to be enabled ({view.reason_label.text()})",
    )
    return view
