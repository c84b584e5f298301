"""The QApplication as Storyreel sets it up, its icon, and the file the window layout is kept in.

The bottom of the start-up modules: ``launch`` (the ``storyreel`` command) uses ``app``
(the window and the asyncio loop), which uses ``main_window``, and all of them use this
module, which imports none of them. Before the first paint it costs nothing but QtWidgets,
a few QtCore types and English's small catalogue of plural forms (``app.ui.i18n``): QIcon
and QPixmap are imported only when the icon is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.paths import APP_NAME, config_dir
from app.ui import i18n

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

LAYOUT_FILE = "layout.ini"


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
    # English until a language is installed (launch installs the chosen one before any
    # window): its catalogue gives each counted text its singular, "1 frame".
    i18n.ensure(app)
    if icon:
        app.setWindowIcon(app_icon())
    # The window decides when the application ends (it may ask first), not Qt.
    app.setQuitOnLastWindowClosed(False)
    return app


def layout_store() -> QSettings:
    """Where the window keeps its size, place and splitters."""
    # A file in Storyreel's own config folder (not the platform registry), so that
    # STORYREEL_HOME isolates it like everything else.
    return QSettings(str(config_dir() / LAYOUT_FILE), QSettings.Format.IniFormat)


__all__ = ["LAYOUT_FILE", "app_icon", "layout_store", "make_application"]
