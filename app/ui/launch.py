"""``storyreel`` with no command: the real window on the screen first, then everything else.

The window is built and painted before anything it does not show is loaded: the asyncio
loop on Qt's (qasync), the icon's files, the log file, the keyring, the job store, Pillow and
the network stack all come after the first paint (see :mod:`app.ui.app`), and the storyboard
view, the settings dialog and the media player when they are first used. The single-shot
form (its drop zones, prompt and choices, and their modules) is built right after the first
paint, before any input is taken: the window is painted with the model chosen and the form's
place kept.

Two things before Qt make that paint sooner. The engine-free modules the window is built
from are imported first: Qt for Python reads the source of every module imported after it
(looking for ``from __feature__ import …``), a fraction of a millisecond each. And Python's
cyclic garbage collector waits until the window has painted: nearly everything start-up
makes lives as long as the window, and the dozens of collections it would otherwise run
find almost nothing to free. Of the modules imported after Qt, PySide's own scan of each
source is replaced by a quicker one giving the same answer (:mod:`app.ui.source_scan`).
"""

from __future__ import annotations

import gc
import importlib
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.single_instance import FirstWindow

# Imported before Qt (see above); all of them are needed for the first paint anyway.
BEFORE_QT = (
    "concurrent.futures",
    "hashlib",
    "app.api.tasks",
    "app.core.catalogue_source",
    "app.core.exit_codes",
    "app.core.history",
    "app.core.settings",
    "app.core.takes",
)


def run_app(argv: list[str]) -> int:
    """Open the window and run until the user quits; the exit code."""
    args = list(argv)
    if "--smoke-test" in args:
        from app.ui.smoke import smoke_test

        return smoke_test()
    collecting = gc.isenabled()
    gc.disable()
    try:
        shown = _show_window(args)
    finally:
        if collecting:
            gc.enable()  # the GUI thread's collector takes it over while the window runs
    if isinstance(shown, int):
        return shown
    app, window, first = shown
    from app.ui.app import run, run_window

    try:
        return run(app, run_window(window))
    finally:
        first.close()


def _show_window(args: list[str]) -> tuple[QApplication, MainWindow, FirstWindow] | int:
    """Everything up to the window's first paint, or the exit code when it must not open."""
    for name in BEFORE_QT:
        importlib.import_module(name)
    from PySide6.QtCore import QEventLoop

    from app.ui import source_scan

    source_scan.install()  # Qt is loaded: the modules imported from here are scanned quicker
    from app.core.paths import data_dir
    from app.ui.application import app_icon, make_application

    app = make_application(args, icon=False)  # the icon's files are read after the first paint
    from app.ui import i18n
    from app.ui.start_check import refuse_start, start_language

    # Before any dialog or window: a refusal to start speaks the user's language too.
    start = start_language()
    i18n.install(app, start)
    if (code := refuse_start()) is not None:  # a data folder that cannot be used: say so
        return code
    # Ctrl+C in the terminal ends the process at once; the job store is safe against that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from app.ui.single_instance import ALREADY_OPEN, claim

    first = claim()  # one window per data folder: a second start raises the first
    if first is None:
        print(ALREADY_OPEN.format(folder=data_dir()), file=sys.stderr)
        return 0
    from app.core.languages import Language
    from app.core.settings import Settings
    from app.ui.app import build_window

    settings = Settings.load()
    chosen = Language.parse(settings.language)
    if chosen is not start:  # the settings file read differently in full: its choice
        i18n.install(app, chosen)  # before any window is built
    window = build_window(settings, form_after_paint=True)
    first.bring_to_front(window)
    window.show()
    window.repaint()
    # The first paint, with the model chosen and its form's place kept; no input is taken
    # until the form is there, built right after.
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    window.build_form()
    first.listen()  # later starts on this data folder can now bring this window forward
    app.setWindowIcon(app_icon())
    return app, window, first


__all__ = ["run_app"]
