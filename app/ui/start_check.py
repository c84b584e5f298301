"""Before the window: the folders Storyreel keeps its data in must be usable.

A data folder that is a file, lies under a file or cannot be created (a mistyped
STORYREEL_HOME, a read-only disk) would otherwise end the start-up in a traceback. Instead
the user sees a dialog that names the folder and says what to do, and Storyreel ends with
the command line's exit code for it (6). Nothing is created or changed elsewhere.

The dialog speaks the user's language: ``start_language`` reads the choice from the
settings file before anything else (without writing anything, and without failing when the
settings folder is the one that cannot be used: then the system's language is taken), and
the launcher installs it before this check.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core import safe_json
from app.core.errors import DataFolderError, StoryreelError
from app.core.exit_codes import ExitCode
from app.core.languages import Language
from app.core.paths import ensure_data_folders
from app.core.settings import Settings
from app.core.wording import QT_TRANSLATE_NOOP
from app.ui.error_text import error_text

TITLE = QT_TRANSLATE_NOOP("StartCheck", "Storyreel cannot start")
UNTOUCHED = QT_TRANSLATE_NOOP("StartCheck", "Your jobs, videos and settings are untouched.")


def start_language() -> Language:
    """The language chosen in the settings file; SYSTEM when there is none or the file
    cannot be read (a missing, damaged or unreachable file: the start-up check says why)."""
    try:
        raw = safe_json.read_json_file(Settings.path())
    except (OSError, StoryreelError):
        return Language.SYSTEM
    return Language.parse(raw.get("language") if isinstance(raw, dict) else None)


def folder_problem() -> str | None:
    """Why Storyreel's data folders cannot be used (in the window's language), or None
    when they can."""
    try:
        ensure_data_folders()
    except DataFolderError as exc:
        return error_text(exc)
    return None


def refuse_start() -> int | None:
    """Show why Storyreel cannot start and return the exit code, or None when all is well.

    Needs the QApplication (with the user's language installed). The dialog is modal and
    waits for the user.
    """
    problem = folder_problem()
    if problem is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("StartCheck", TITLE)
    box = QMessageBox(QMessageBox.Icon.Critical, title, problem, QMessageBox.StandardButton.Close)
    box.setInformativeText(QCoreApplication.translate("StartCheck", UNTOUCHED))
    box.exec()
    return int(ExitCode.DATA)


__all__ = ["TITLE", "folder_problem", "refuse_start", "start_language"]
