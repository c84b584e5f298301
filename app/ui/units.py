"""Values with units and counts as the window's language writes them: "2,4996", "29,9996 MB",
"5 秒", "121 Frames ≈ 5 s".

The core writes the cells of a rule row and a clip's summary in English ("2.4996",
"less than 30 MB", "stereo", "3 channels", "6.0 s · 1280 × 720 · 30 fps"), which the
command line prints as they are. The window rewrites the ones it knows: each number keeps
its digits (so the comparison a reader makes is the one checked) and takes the locale's
decimal mark; each unit and fixed word is translated; a count goes through its plural forms.
Any other text is shown as the core wrote it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.catalogue import Field
from app.core.wording import QT_TRANSLATE_NOOP
from app.ui.number_format import local_numbers

# A number with its unit, as the core writes one after a compact comparison ("≤ ").
UNITS = {
    "px": QT_TRANSLATE_NOOP("Units", "{number} px"),
    "kB": QT_TRANSLATE_NOOP("Units", "{number} kB"),
    "MB": QT_TRANSLATE_NOOP("Units", "{number} MB"),
    "MiB": QT_TRANSLATE_NOOP("Units", "{number} MiB"),
    "s": QT_TRANSLATE_NOOP("Units", "{number} s"),
    "min": QT_TRANSLATE_NOOP("Units", "{number} min"),
    "fps": QT_TRANSLATE_NOOP("Units", "{number} fps"),
    "Hz": QT_TRANSLATE_NOOP("Units", "{number} Hz"),
    "kHz": QT_TRANSLATE_NOOP("Units", "{number} kHz"),
    "megapixels": QT_TRANSLATE_NOOP("Units", "{number} megapixels"),
}
# The cells that are words, in the rule rows' own context.
WORDS = (
    QT_TRANSLATE_NOOP("RuleRows", "cut short"),
    QT_TRANSLATE_NOOP("RuleRows", "the whole file"),
    QT_TRANSLATE_NOOP("RuleRows", "first frame used"),
    QT_TRANSLATE_NOOP("RuleRows", "unknown"),
    QT_TRANSLATE_NOOP("RuleRows", "mono"),
    QT_TRANSLATE_NOOP("RuleRows", "stereo"),
)
CHANNELS = QT_TRANSLATE_NOOP("RuleRows", "%n channels")
FRAMES = QT_TRANSLATE_NOOP("RuleRows", "%n frames")  # of an animated image
FRAMES_ABOUT = QT_TRANSLATE_NOOP("Units", "%n frames ≈ {seconds}")

_NUMBER = r"-?\d[\d.,]*(?:e[+-]?\d+)?"
_CELL = re.compile(rf"^(?P<op>[<>≤≥] )?(?P<number>{_NUMBER})(?: (?P<unit>[A-Za-z]+))?$")
_COUNTED = re.compile(r"^(?P<n>\d+) (?P<what>channels|frames)$")
_PIXELS = re.compile(r"^(?P<width>\d+) × (?P<height>\d+) px$")
_FORMATS = re.compile(r"^[A-Z0-9]+(?: or [A-Z0-9]+)+$")


def _units(text: str) -> str:
    return QCoreApplication.translate("Units", text)


def _rows(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RuleRows", text, None, n)


def amount(number: str, unit: str) -> str:
    """``number`` (written in English) with ``unit``, both in the window's language (a unit
    not known keeps its English)."""
    shown = local_numbers(number)
    template = UNITS.get(unit)
    return _units(template).format(number=shown) if template else f"{shown} {unit}"


def cell_text(text: str) -> str:
    """A value or limit the core wrote in English, in the window's language."""
    if text in WORDS:
        return _rows(text)
    counted = _COUNTED.match(text)
    if counted is not None:
        counts = CHANNELS if counted["what"] == "channels" else FRAMES
        return _rows(counts, int(counted["n"]))
    if _PIXELS.match(text):  # "6000 × 4000 px": plain digits, the unit in the window's words
        return amount(text[: -len(" px")], "px")
    found = _CELL.match(text)
    if found is not None:
        unit = found["unit"]
        if unit is not None and unit not in UNITS:
            return text
        number = amount(found["number"], unit) if unit else local_numbers(found["number"])
        return (found["op"] or "") + number
    if _FORMATS.match(text):  # "PNG or JPEG"
        return QCoreApplication.translate("ImageRules", " or ").join(text.split(" or "))
    return _rows(text)


def summary_text(summary: str) -> str:
    """A clip's one-line summary ("6 s · 1280 × 720 · 30 fps · MP4 (H.264) · 2.1 MB"), each
    part rewritten as a cell."""
    return " · ".join(cell_text(part) for part in summary.split(" · "))


def seconds(value: float) -> str:
    """A length in seconds as a cell: "5 s", "2,5 s"."""
    return amount(f"{value:g}", "s")


def choice_text(field: Field, value: Any) -> str:
    """How a choice of ``field`` reads in the window ("5 s", "121 Frames ≈ 5 s", "720p"):
    ``Field.choice_label`` in the window's language."""
    whole = isinstance(value, int) and not isinstance(value, bool)
    if isinstance(value, str) and value.isdigit():
        value, whole = int(value), True
    if field.unit == "frames" and field.frame_rate and whole:
        about = seconds(round(value / field.frame_rate))
        counted = QCoreApplication.translate("Units", FRAMES_ABOUT, None, value)
        return counted.format(seconds=about)
    label = field.choice_label(value)
    if field.unit == "s" and label.endswith(" s"):
        return cell_text(label)
    return label


__all__ = ["amount", "cell_text", "choice_text", "seconds", "summary_text"]
