"""Where Storyreel keeps things: the platform's usual folders, or all under STORYREEL_HOME.

Kept apart from the settings so that the window's very first paint can find its saved
size without importing more than platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Storyreel"


def _home() -> Path | None:
    value = os.environ.get("STORYREEL_HOME")
    return Path(value).expanduser() if value else None


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
