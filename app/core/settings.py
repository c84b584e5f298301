"""Where Storyreel keeps things, and the user's preferences.

Everything lives in the platform's usual folders (platformdirs). ``STORYREEL_HOME`` puts
all of it under one folder instead: for tests and portable installs.

The preferences file never holds the API key: see ``app.api.secrets``.
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import safe_json
from app.core.cap_values import parse_cap
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
from app.core.wording import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    from app.core.spending import SpendingCaps

log = logging.getLogger(__name__)

__all__ = [
    "APP_NAME",
    "Appearance",
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
# 2: ``last_images``, the single shot's images (paths or URLs) for each model.
# 3: the spending caps (``day_cap``, ``render_cap``). An older file has none: no cap.
SETTINGS_VERSION = 3
UNREADABLE_COPY = "settings.unreadable.json"
_CAPS_ORDER = ("day_cap", "render_cap")
_CAPS = frozenset(_CAPS_ORDER)


class Appearance(enum.StrEnum):
    """Light or dark: the system's choice (followed as it changes), or always one of them.
    Saved in the settings as its value."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    def is_dark(self, system_is_dark: bool) -> bool:
        """Whether the window is dark, given whether the system is."""
        if self is Appearance.SYSTEM:
            return system_is_dark
        return self is Appearance.DARK

    @classmethod
    def read(cls, value: object) -> Appearance:
        """A saved value; anything else (a hand-edited file) is the system's choice."""
        if isinstance(value, str) and value in cls._value2member_map_:
            return cls(value)
        return cls.SYSTEM


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_image_value(value: Any) -> bool:
    """A remembered image: a path or URL, or a list of them (reference images)."""
    if isinstance(value, list):
        return bool(value) and all(_is_text(item) for item in value)
    return _is_text(value)


def _from_1(raw: dict[str, Any]) -> dict[str, Any]:
    """1 → 2: the single shot's images start unremembered."""
    raw.setdefault("last_images", {})
    return raw


def _from_2(raw: dict[str, Any]) -> dict[str, Any]:
    """2 → 3: no spending cap until the user sets one."""
    raw.setdefault("day_cap", None)
    raw.setdefault("render_cap", None)
    return raw


# Each step takes the settings of version N (as read from the file) to N + 1.
UPGRADES = {1: _from_1, 2: _from_2}


def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Settings of any earlier version as this version reads them. A file without a
    version is version 1; a newer file is read as it is (what this version knows of it)."""
    raw = dict(raw)
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        version = 1
    while version < SETTINGS_VERSION and version in UPGRADES:
        raw = UPGRADES[version](raw)
        version += 1
    raw["version"] = version
    return raw


@dataclass
class Settings:
    """The user's preferences, saved as JSON in the config folder."""

    api_base: str = DEFAULT_API_BASE
    library_dir: str = ""
    concurrency: int = 4
    notifications: bool = True
    engine: str = "auto"  # "auto": RunComfy when a key is set, else the offline preview
    welcome_dismissed: bool = False
    appearance: str = Appearance.SYSTEM.value  # an Appearance; older files have none: system
    last_model: str = ""
    last_values: dict[str, dict[str, Any]] = field(default_factory=dict)
    # model id -> image field -> a path or URL, or a list of them: the frames the single
    # shot had, shown again at the next start (kept apart from ``last_values``, which are
    # carried to other models; a picture is not).
    last_images: dict[str, dict[str, Any]] = field(default_factory=dict)
    recent_storyboards: list[str] = field(default_factory=list)
    # model id -> key of the single shot's inputs -> its chosen and rejected takes
    # (app.core.single_takes.TakeChoices). Optional: a file without it has no choices yet.
    single_takes: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Spending caps in USD (app.core.spending); None is no cap.
    day_cap: float | None = None
    render_cap: float | None = None
    # The window's language (a Language value): "system" follows the operating system.
    language: str = Language.SYSTEM.value
    version: int = SETTINGS_VERSION
    # Why the saved settings could not be used, when they could not. Not annotated, so that
    # it is a plain attribute of each instance, not a field that would be saved.
    problem = ""

    @property
    def caps(self) -> SpendingCaps:
        from app.core.spending import SpendingCaps  # the ledger's module: not needed to start

        return SpendingCaps(parse_cap(self.day_cap), parse_cap(self.render_cap))

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
            raw = safe_json.read_json_file(
                file, said(QT_TRANSLATE_NOOP("Errors", "The settings file {path}"), path=shown)
            )
        except FileNotFoundError:
            return cls()
        except FileFormatError as exc:
            return cls._unreadable(file, exc.message)
        if not isinstance(raw, dict):
            return cls._unreadable(
                file,
                said(
                    QT_TRANSLATE_NOOP("Errors", "The settings file {path} does not hold settings."),
                    path=shown,
                ),
            )
        raw = upgrade(raw)
        known = {f.name for f in fields(cls)} - _CAPS
        values = {k: v for k, v in raw.items() if k in known}
        settings = cls()
        settings.day_cap, settings.render_cap = (parse_cap(raw.get(k)) for k in _CAPS_ORDER)
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
        settings.appearance = Appearance.read(settings.appearance).value
        settings.last_values = {
            model: dict(values)
            for model, values in settings.last_values.items()
            if isinstance(values, dict)
        }
        settings.last_images = {
            model: {name: value for name, value in images.items() if _is_image_value(value)}
            for model, images in settings.last_images.items()
            if isinstance(images, dict)
        }
        settings.single_takes = {
            model: dict(keys)
            for model, keys in settings.single_takes.items()
            if isinstance(keys, dict)
        }
        settings.language = Language.parse(settings.language).value
        return settings

    @classmethod
    def _unreadable(cls, file: Path, message: str) -> Settings:
        """The defaults, with the unreadable file copied aside first, so that saving the
        defaults later loses nothing of it. ``problem`` says what happened."""
        keep = file.with_name(UNREADABLE_COPY)
        kept = False
        try:
            if file.is_file():
                shutil.copyfile(file, keep)
                kept = True
        except OSError:
            pass
        settings = cls()
        settings.problem = (
            said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{reason} Storyreel uses its default settings for now. A copy of it is kept "
                    "as {path}.",
                ),
                reason=message,
                path=safe_json.printable(str(keep)),
            )
            if kept
            else said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{reason} Storyreel uses its default settings for now."
                ),
                reason=message,
            )
        )
        log.warning("%s", settings.problem)
        return settings

    def save(self) -> None:
        file = self.path()
        file.parent.mkdir(parents=True, exist_ok=True)
        # Any file names, byte for byte; always written as this version's file.
        data = safe_json.dumps({**asdict(self), "version": SETTINGS_VERSION}, indent=2)
        write_atomic(file, data)
