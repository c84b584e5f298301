"""Starting the window: Qt, asyncio on Qt's loop (qasync), the engine behind the shown window.

The order is what the user feels: the window is built and shown first; then, inside the
running loop, the log file is opened, the keyring asked, the job store opened and the
network stack imported (off the UI thread) to create the one Engine, and the queue fills.
Quitting waits for the window's ``closed`` signal (the window asks first when jobs are
still running), then cancels every background task and closes the engine with
``aclose()``; ``asyncio.Runner`` finally cancels anything left and stops the executor.

asyncio and qasync are imported inside the functions that run the loop: building the window
does not need them, and importing them costs the first paint about as much as the window.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import QApplication

from app.core.catalogue import Catalogue
from app.core.catalogue_source import default_catalogue
from app.core.paths import data_dir
from app.core.settings import Settings
from app.ui import workers
from app.ui.application import make_application
from app.ui.bridge import Controller
from app.ui.collector import (
    GuiThreadCollector,
    set_aside_start_up_objects,
    take_back_start_up_objects,
)
from app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

# What the first image dropped needs (Pillow and its usual decoders, the image checks and
# fixes): loaded on a worker right after the first paint, while nothing waits, rather than
# in the middle of that first drop (an import holds the interpreter for its whole length).
AFTER_FIRST_PAINT = (
    "PIL.Image",
    "PIL.ImageFile",
    "PIL.JpegImagePlugin",
    "PIL.PngImagePlugin",
    "PIL.WebPImagePlugin",
    "app.core.image_probe",
    "app.core.fixes",
)


def _load_modules(names: tuple[str, ...]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


def build_window(
    settings: Settings | None = None,
    catalogue: Catalogue | None = None,
    *,
    form_after_paint: bool = False,
) -> MainWindow:
    """The window and its controller, without starting the engine (with
    ``form_after_paint``, without the single-shot form either: see ``MainWindow``)."""
    settings = settings or Settings.load()
    catalogue = catalogue or default_catalogue()
    controller = Controller(settings, catalogue)
    window = MainWindow(settings, controller, catalogue, form_after_paint=form_after_paint)
    controller.setParent(window)
    return window


async def wait_closed(window: MainWindow) -> None:
    """Until the user has quit (the window's ``closed`` signal)."""
    import asyncio

    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done() -> None:
        if not future.done():
            future.set_result(None)

    window.closed.connect(done)
    await future


async def run_window(
    window: MainWindow,
    *,
    until: Callable[[MainWindow], Awaitable[object]] = wait_closed,
    log: bool = True,
) -> int:
    """Show the window, start the engine behind it, wait ``until`` (the user quits), close."""
    import asyncio

    from app.ui import diagnostics

    window.show()
    # One turn of the loop so the window is painted before anything slow starts.
    await asyncio.sleep(0)
    workers.warm_up()
    workers.run_in_thread(_load_modules, AFTER_FIRST_PAINT)
    if log:
        diagnostics.install_logging()
        diagnostics.route_qt_messages()
        logger.info("the window is open on the data folder %s", data_dir())
    try:
        await window.start()
        # The window, its modules and the jobs loaded are kept out of later collections,
        # which then stay short (see ``collector``).
        set_aside_start_up_objects()
        await until(window)
    finally:
        take_back_start_up_objects()
        try:
            await window.shutdown()
        finally:
            workers.shutdown()
            if window.isVisible():
                window.hide()
            if log:
                diagnostics.remove_logging()
    return 0


def run(app: QApplication, main: Awaitable[int]) -> int:
    """Run ``main`` on an asyncio loop that is Qt's own loop (qasync), then tidy up.

    Python's garbage collection runs on the GUI thread meanwhile (see ``collector``).
    """
    import asyncio

    import qasync

    collector = GuiThreadCollector(app)
    collector.start()
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            return runner.run(main)  # type: ignore[arg-type]
    finally:
        collector.stop()


__all__ = ["build_window", "make_application", "run", "run_window", "wait_closed"]
