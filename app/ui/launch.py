"""The first tenth of a second: a window on the screen before the heavy parts load.

Importing the whole window (the panel, the drop zones, the player, qasync, Pillow) takes
about three times as long as starting Qt itself. So ``storyreel`` first shows a light
window at the size and place the real one will have, with a quiet "Starting…", and only
then imports and builds the real window, which takes its place. Before that first paint
this module imports nothing but QtWidgets, two QtCore types and the settings paths: not the
``Qt`` namespace (about 25 ms), and not QIcon and QPixmap (about 2 ms), which only the icon
needs, after the first paint. Each PySide6 name costs its type's set-up when first imported.
"""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app import __version__
from app.core.paths import APP_NAME, config_dir, data_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

LAYOUT_FILE = "layout.ini"  # shared with the main window, which saves it


def app_icon() -> QIcon:
    """Storyreel's icon at every size it is drawn in, for the window, task bar and tray."""
    from PySide6.QtGui import QIcon, QPixmap

    from app.core import resources

    icon = QIcon()
    for item in resources.listdir("icons"):
        if item.name.endswith(".png"):
            pixmap = QPixmap()
            if pixmap.loadFromData(item.read_bytes()):
                icon.addPixmap(pixmap)
    return icon


def make_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The QApplication, named for settings and the desktop, crisp at fractional scaling."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Qt 6 uses fractional scale factors (125 %, 150 %) as they are (its default
        # rounding policy is PassThrough), so text and thumbnails stay sharp at any scaling.
        app = QApplication(["storyreel", *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("storyreel")
    if icon:
        app.setWindowIcon(app_icon())
    # The window decides when the application ends (it may ask first), not Qt.
    app.setQuitOnLastWindowClosed(False)
    return app


def layout_store() -> QSettings:
    # A file in Storyreel's own config folder (not the platform registry), so that
    # STORYREEL_HOME isolates it like everything else.
    return QSettings(str(config_dir() / LAYOUT_FILE), QSettings.Format.IniFormat)


class StartingWindow(QMainWindow):
    """Shown while Storyreel loads, where the real window will appear."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        geometry = layout_store().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        label = QLabel(self.tr("Starting Storyreel…"), self)
        # Through Qt's property system: importing Python's Qt namespace costs ~25 ms here.
        label.setStyleSheet("qproperty-alignment: AlignCenter;")
        label.setEnabled(False)  # the palette's muted text colour, light or dark
        self.setCentralWidget(label)


def run_app(argv: list[str]) -> int:
    """``storyreel`` with no command: open the window and run until the user quits."""
    args = list(argv)
    if "--smoke-test" in args:
        from app.ui.app import smoke_test

        return smoke_test()
    app = make_application(args, icon=False)  # the icon's files are read after the first paint
    from app.ui.start_check import refuse_start

    if (code := refuse_start()) is not None:  # a data folder that cannot be used: say so
        return code
    # Ctrl+C in the terminal ends the process at once; the job store is safe against that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from app.ui.single_instance import ALREADY_OPEN, claim

    first = claim()  # one window per data folder: a second start raises the first
    if first is None:
        print(ALREADY_OPEN.format(folder=data_dir()), file=sys.stderr)
        return 0
    starting = StartingWindow()
    starting.show()
    starting.repaint()
    app.processEvents()
    app.setWindowIcon(app_icon())

    from app.ui.app import build_window, run, run_window

    window = build_window()
    first.bring_to_front(window)
    window.show()
    starting.close()
    starting.deleteLater()
    try:
        return run(app, run_window(window))
    finally:
        first.close()
