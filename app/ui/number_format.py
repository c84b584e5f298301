"""Numbers inside the window's sentences, written the way its language writes them.

Python writes a number one way ("2.5", "1,234,567.5"); German and Italian write "2,5" and
"1.234.567,5". ``formatted`` takes a number and a format spec as a template gives it
(``{size:.1f}``: the digits it shows are the template's choice) and writes the result with
the marks of the window's locale (the one ``app.ui.i18n`` installs), so that the number
shown is the same number, only written as the reader expects.

Grouping: a whole number without a spec is grouped from 10000 on ("12.500" in German,
"12,500" in English) and never below, so that years, pixel sizes, ports and short counts
read as plain digits ("2026", "1920 px"); a spec of ``d`` asks for plain digits always (ids),
``,`` for grouping always.

``local_numbers`` does the same to numbers already written in English inside a cell of text
("2.4996", "29.9996 MB"): each keeps its digits, only its marks change.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

GROUPED_FROM = 10_000
# A number as Python writes one, with decimals or "," groups (plain digits need no change);
# not part of a longer dotted run such as a version "1.2.3".
_NUMBER = re.compile(
    r"(?<![\w.,])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?!\w|[.,]\d)"
)


def _marks() -> dict[int, str]:
    locale = QLocale()
    return {ord("."): locale.decimalPoint(), ord(","): locale.groupSeparator()}


def formatted(value: float, spec: str = "") -> str:
    """``value`` formatted by ``spec`` as Python would, written with the locale's decimal
    mark and group separator. Raises ValueError for a spec that does not fit the value,
    as ``format`` does."""
    if isinstance(value, int) and not isinstance(value, bool) and spec == "":
        spec = "," if abs(value) >= GROUPED_FROM else "d"
    text = format(value, spec)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return text
    return text.translate(_marks())


def local_numbers(text: str) -> str:
    """``text`` (a cell the core wrote in English, "2.4996", "29.9996 MB") with each
    decimal or grouped number written with the locale's marks; all else unchanged."""
    marks = _marks()
    if marks == {ord("."): ".", ord(","): ","}:
        return text
    return _NUMBER.sub(lambda found: found[0].translate(marks), text)


__all__ = ["GROUPED_FROM", "formatted", "local_numbers"]
