"""Where Storyreel keeps things: the platform's usual folders, or all under STORYREEL_HOME.

Kept apart from the settings so that the window's very first paint can find its saved
size without importing more than platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.core.wording import QT_TRANSLATE_NOOP, said

APP_NAME = "Storyreel"


def expand_user(path: Path | str) -> Path:
    """``~`` expanded when it can be: "~someone" with no account here stays as it is (a
    folder of that name), rather than ending in an error."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def _home() -> Path | None:
    value = os.environ.get("STORYREEL_HOME")
    return expand_user(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_library_dir() -> Path:
    home = _home()
    if home:
        return home / "library"
    return Path(platformdirs.user_videos_dir()) / APP_NAME


def user_catalogue_dir() -> Path:
    return config_dir() / "models"


def database_path() -> Path:
    return data_dir() / "jobs.sqlite3"


def _shown(path: Path | str) -> str:
    """A path for a message: bytes that are not UTF-8 shown as ``\\xff`` escapes."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _folder_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as a folder to write in, or None when it can."""
    for part in [path, *path.parents]:
        try:
            found = part.exists() or part.is_symlink()
            if found and not part.is_dir():
                return (
                    said(QT_TRANSLATE_NOOP("Errors", "it is a file, not a folder"))
                    if part == path
                    else said(
                        QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder"),
                        path=_shown(part),
                    )
                )
        except OSError as exc:  # a folder on the way that may not be looked into
            return said(
                QT_TRANSLATE_NOOP("Errors", "{path} cannot be reached ({reason})"),
                path=_shown(part),
                reason=exc.strerror or str(exc),
            )
        if found:
            break
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return said(
            QT_TRANSLATE_NOOP("Errors", "it cannot be created ({reason})"),
            reason=exc.strerror or str(exc),
        )
    if not os.access(path, os.W_OK | os.X_OK):
        return said(QT_TRANSLATE_NOOP("Errors", "Storyreel is not allowed to write in it"))
    return None


# The folders Storyreel names in its messages, as the window translates them.
_FOLDERS = {
    "settings": QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its settings folder {path}"),
    "data": QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its data folder {path}"),
    "log": QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its log folder {path}"),
    "cache": QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its cache folder {path}"),
    "video library": QT_TRANSLATE_NOOP(
        "Errors", "Storyreel cannot use its video library folder {path}"
    ),
    "output": QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its output folder {path}"),
}


def ensure_folder(path: Path, what: str, remedy: str = "") -> Path:
    """Create ``path`` if needed; DataFolderError naming ``what`` when it cannot be used.

    ``remedy`` says what else the user can do (default: point STORYREEL_HOME elsewhere).
    """
    from app.core.errors import DataFolderError

    problem = _folder_problem(path)
    if problem is None:
        return path
    home = os.environ.get("STORYREEL_HOME")
    elsewhere = remedy or (
        said(
            QT_TRANSLATE_NOOP(
                "Errors", "point STORYREEL_HOME (now '{home}') at a folder Storyreel can write in"
            ),
            home=_shown(home),
        )
        if home
        else said(
            QT_TRANSLATE_NOOP("Errors", "set STORYREEL_HOME to a folder Storyreel can write in")
        )
    )
    folder = _FOLDERS.get(what)
    cannot = (
        said(folder, path=_shown(path))
        if folder is not None
        else said(
            QT_TRANSLATE_NOOP("Errors", "Storyreel cannot use its {what} folder {path}"),
            what=what,
            path=_shown(path),
        )
    )
    raise DataFolderError.said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{cannot}: {problem}. Storyreel changed nothing there. Make that path a folder "
            "Storyreel can write in, or {elsewhere}.",
        ),
        cannot=cannot,
        problem=problem,
        elsewhere=elsewhere,
    )


def ensure_data_folders() -> None:
    """Check (and create) the folders for settings, the job database, logs and the cache.

    Raises DataFolderError for the first that cannot be used.
    """
    for what, folder in (
        ("settings", config_dir()),
        ("data", data_dir()),
        ("log", log_dir()),
        ("cache", cache_dir()),
    ):
        ensure_folder(folder, what)
