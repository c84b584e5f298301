"""Numbers and money as the window's language writes them (QLocale): "2,5 s" and "0,30 $" in
German, "2.5 s" and "$0.30" in English.

The locale is the one ``app.ui.i18n`` sets at start (the chosen language's, or the
system's). The command line keeps Python's own formatting: scripts read it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

# Locales that write money the way the source does ("$0.30"): English, and Qt's C locale,
# whose "0.30$" no one writes.
_SOURCE_LANGUAGES = (QLocale.Language.C, QLocale.Language.English)


def decimal(value: float, places: int | None = None) -> str:
    """``value`` with the locale's decimal mark: ``places`` digits after it, or (None) as
    few as it needs, like Python's ``:g``."""
    locale = QLocale()
    if places is None:
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", places)


def money(value: float) -> str:
    """A price in US dollars: two decimals, three for amounts under a cent."""
    places = 2 if value >= 0.01 or value == 0 else 3
    locale = QLocale()
    if locale.language() in _SOURCE_LANGUAGES:
        return f"${value:.{places}f}"
    return locale.toCurrencyString(float(value), "$", places)


__all__ = ["decimal", "money"]
