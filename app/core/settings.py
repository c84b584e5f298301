"""Where Storyreel keeps things, and the user's preferences.

Everything lives in the platform's usual folders (platformdirs). ``STORYREEL_HOME`` puts
all of it under one folder instead: for tests and portable installs.

The preferences file never holds the API key: see ``app.api.secrets``.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.core import safe_json
from app.core.errors import FileFormatError
from app.core.fileio import write_atomic
from app.core.languages import Language
from app.core.paths import (
    APP_NAME,
    cache_dir,
    config_dir,
    data_dir,
    database_path,
    default_library_dir,
    expand_user,
    log_dir,
    user_catalogue_dir,
)

log = logging.getLogger(__name__)

__all__ = [
    "APP_NAME",
    "DEFAULT_API_BASE",
    "Settings",
    "cache_dir",
    "config_dir",
    "data_dir",
    "database_path",
    "default_library_dir",
    "log_dir",
    "user_catalogue_dir",
]

DEFAULT_API_BASE = "https://model-api.runcomfy.net"
SETTINGS_VERSION = 1
UNREADABLE_COPY = "settings.unreadable.json"


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


@dataclass
class Settings:
    """The user's preferences, saved as JSON in the config folder."""

    api_base: str = DEFAULT_API_BASE
    library_dir: str = ""
    concurrency: int = 4
    notifications: bool = True
    engine: str = "auto"  # "auto": RunComfy when a key is set, else the offline preview
    welcome_dismissed: bool = False
    last_model: str = ""
    last_values: dict[str, dict[str, Any]] = field(default_factory=dict)
    recent_storyboards: list[str] = field(default_factory=list)
    # The window's language (a Language value): "system" follows the operating system.
    language: str = Language.SYSTEM.value
    version: int = SETTINGS_VERSION
    # Why the saved settings could not be used, when they could not. Not annotated, so that
    # it is a plain attribute of each instance, not a field that would be saved.
    problem = ""

    @property
    def library_path(self) -> Path:
        return expand_user(self.library_dir) if self.library_dir else default_library_dir()

    def effective_api_base(self) -> str:
        return os.environ.get("RUNCOMFY_API_BASE") or self.api_base or DEFAULT_API_BASE

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        file = cls.path()
        shown = safe_json.printable(str(file))
        try:
            raw = safe_json.read_json_file(file, f"The settings file {shown}")
        except FileNotFoundError:
            return cls()
        except FileFormatError as exc:
            return cls._unreadable(file, str(exc))
        if not isinstance(raw, dict):
            return cls._unreadable(file, f"The settings file {shown} does not hold settings.")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = cls()
        for key, value in values.items():
            default = getattr(settings, key)
            if isinstance(default, bool) != isinstance(value, bool):
                continue
            if type(default) is type(value) or (
                isinstance(default, int) and isinstance(value, int)
            ):
                setattr(settings, key, value)
        # The parts of a list or a table, too: a hand-edited file may hold anything there.
        settings.recent_storyboards = [p for p in settings.recent_storyboards if _is_text(p)]
        settings.last_values = {
            model: dict(values)
            for model, values in settings.last_values.items()
            if isinstance(values, dict)
        }
        settings.language = Language.parse(settings.language).value
        return settings

    @classmethod
    def _unreadable(cls, file: Path, message: str) -> Settings:
        """The defaults, with the unreadable file copied aside first, so that saving the
        defaults later loses nothing of it. ``problem`` says what happened."""
        keep = file.with_name(UNREADABLE_COPY)
        note = ""
        try:
            if file.is_file():
                shutil.copyfile(file, keep)
                note = f" A copy of it is kept as {safe_json.printable(str(keep))}."
        except OSError:
            pass
        settings = cls()
        settings.problem = f"{message} Storyreel uses its default settings for now.{note}"
        log.warning("%s", settings.problem)
        return settings

    def save(self) -> None:
        file = self.path()
        file.parent.mkdir(parents=True, exist_ok=True)
        data = safe_json.dumps(asdict(self), indent=2)  # file names of any bytes, exactly
        write_atomic(file, data)
