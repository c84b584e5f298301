"""The languages Storyreel's window speaks, and which one a user gets.

A closed set: English (the language of the source), and the four it is translated into
(``resources/i18n/storyreel_<code>.qm``). ``SYSTEM`` follows the operating system's
preferred languages. The command line always speaks English: scripts parse it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Language(StrEnum):
    """A choice in Settings → Language; the value is what the settings file holds."""

    SYSTEM = "system"
    ENGLISH = "en"
    ITALIAN = "it"
    GERMAN = "de"
    CHINESE = "zh_CN"
    KOREAN = "ko"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a speaker looks for it in a list ("" for
        SYSTEM, whose name the window translates)."""
        return _NATIVE_NAMES[self]

    @property
    def translated(self) -> bool:
        """Storyreel ships a translation for it (English is the source: it needs none)."""
        return self in TRANSLATED

    @property
    def locale_name(self) -> str:
        """The QLocale name for numbers, dates and money in this language."""
        return _LOCALES[self]

    @classmethod
    def parse(cls, value: object) -> Language:
        """The language a settings value names; SYSTEM for anything else."""
        for language in cls:
            if value == language.value:
                return language
        return cls.SYSTEM


TRANSLATED = (Language.ITALIAN, Language.GERMAN, Language.CHINESE, Language.KOREAN)

_NATIVE_NAMES = {
    Language.SYSTEM: "",
    Language.ENGLISH: "English",
    Language.ITALIAN: "Italiano",
    Language.GERMAN: "Deutsch",
    Language.CHINESE: "中文",
    Language.KOREAN: "한국어",
}

_LOCALES = {
    Language.SYSTEM: "",
    Language.ENGLISH: "en_US",
    Language.ITALIAN: "it_IT",
    Language.GERMAN: "de_DE",
    Language.CHINESE: "zh_CN",
    Language.KOREAN: "ko_KR",
}


def from_system(ui_languages: Iterable[str]) -> Language:
    """The language for a system whose preferred languages are ``ui_languages`` (BCP 47
    names, most wanted first, as QLocale.uiLanguages gives them): the first one Storyreel
    speaks, English when none is."""
    for name in ui_languages:
        primary = name.replace("_", "-").split("-")[0].lower()
        if primary == "en":
            return Language.ENGLISH
        if primary == "zh":
            return Language.CHINESE  # the only Chinese Storyreel speaks is Simplified
        for language in TRANSLATED:
            if language.value.split("_")[0] == primary:
                return language
    return Language.ENGLISH


def effective(choice: Language, ui_languages: Iterable[str]) -> Language:
    """The language the window speaks for a choice in Settings: never SYSTEM."""
    return from_system(ui_languages) if choice is Language.SYSTEM else choice


__all__ = ["TRANSLATED", "Language", "effective", "from_system"]
