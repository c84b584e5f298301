"""Where Storyreel keeps things: the platform's usual folders, or all under STORYREEL_HOME.

Kept apart from the settings so that the window's very first paint can find its saved
size without importing more than platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
                    "it is a file, not a folder"
                    if part == path
                    else f"{_shown(part)} is a file, not a folder"
                )
        except OSError as exc:  # a folder on the way that may not be looked into
            return f"{_shown(part)} cannot be reached ({exc.strerror or exc})"
        if found:
            break
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"it cannot be created ({exc.strerror or exc})"
    if not os.access(path, os.W_OK | os.X_OK):
        return "Storyreel is not allowed to write in it"
    return None


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
        f"point STORYREEL_HOME (now '{_shown(home)}') at a folder Storyreel can write in"
        if home
        else "set STORYREEL_HOME to a folder Storyreel can write in"
    )
    raise DataFolderError(
        f"Storyreel cannot use its {what} folder {_shown(path)}: {problem}. Storyreel changed "
        f"nothing there. Make that path a folder Storyreel can write in, or {elsewhere}."
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
