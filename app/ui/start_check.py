"""Before the window: the folders Storyreel keeps its data in must be usable.

A data folder that is a file, lies under a file or cannot be created (a mistyped
STORYREEL_HOME, a read-only disk) would otherwise end the start-up in a traceback. Instead
the user sees a dialog that names the folder and says what to do, and Storyreel ends with
the command line's exit code for it (6). Nothing is created or changed elsewhere.
"""

from __future__ import annotations

from app.core.errors import DataFolderError
from app.core.exit_codes import ExitCode
from app.core.paths import ensure_data_folders
from app.ui.error_text import error_text

TITLE = "Storyreel cannot start"


def folder_problem() -> str | None:
    """Why Storyreel's data folders cannot be used, or None when they can."""
    try:
        ensure_data_folders()
    except DataFolderError as exc:
        return error_text(exc)
    return None


def refuse_start() -> int | None:
    """Show why Storyreel cannot start and return the exit code, or None when all is well.

    Needs the QApplication. The dialog is modal and waits for the user.
    """
    problem = folder_problem()
    if problem is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, problem, QMessageBox.StandardButton.Close)
    box.setInformativeText("Your jobs, videos and settings are untouched.")
    box.exec()
    return int(ExitCode.DATA)
