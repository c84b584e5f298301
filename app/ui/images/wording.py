"""An image's failing rule and the titles of its fixes, in the window's language.

``app.core.validation`` and ``app.core.fixes`` word them in English (the command line prints
them as they are): "Height is 300 px; it must be more than 300 px.", "Pad to 3000 × 1201".
The window words the ones it knows from their parts in its own language; any other text
keeps the core's English. The fixes' longer descriptions (tooltips) are templates the core
keeps (``app.core.wording``), translated by ``app.ui.error_text.said_text``, and so is the
title of a video or audio fix, which the core says as a template too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.wording import Said
from app.ui.error_text import said_text

_LIMIT = re.compile(
    r"^(?P<label>.+?) is (?P<actual>[^;]+); it must be "
    r"(?P<op>less than|more than|at most|at least) (?P<limit>.+?)\.(?P<rotated> \(The file.*)?$"
)
_FORMAT = re.compile(r"^Format is (?P<actual>.+); this model takes (?P<allowed>.+) only\.$")

_SENTENCES = {
    "less than": QT_TRANSLATE_NOOP(
        "ImageRules", "{label} is {actual}; it must be less than {limit}."
    ),
    "more than": QT_TRANSLATE_NOOP(
        "ImageRules", "{label} is {actual}; it must be more than {limit}."
    ),
    "at most": QT_TRANSLATE_NOOP("ImageRules", "{label} is {actual}; it must be at most {limit}."),
    "at least": QT_TRANSLATE_NOOP(
        "ImageRules", "{label} is {actual}; it must be at least {limit}."
    ),
}
# The rules' names are the rule rows' ("Width"), except this one's, which says what it divides.
_RATIO = QT_TRANSLATE_NOOP("ImageRules", "Aspect ratio (width ÷ height)")
_ROTATED = QT_TRANSLATE_NOOP(
    "ImageRules", " (The file is stored rotated; a server may read it either way.)"
)

_SIZE = r"(?P<size>\d+ × \d+)"
_FORMAT_NAME = r"(?P<fmt>[A-Z0-9]+)"
_TITLES = (
    (re.compile(rf"^Crop to {_SIZE}$"), QT_TRANSLATE_NOOP("FixTitles", "Crop to {size}")),
    (re.compile(rf"^Pad to {_SIZE}$"), QT_TRANSLATE_NOOP("FixTitles", "Pad to {size}")),
    (re.compile(rf"^Downscale to {_SIZE}$"), QT_TRANSLATE_NOOP("FixTitles", "Downscale to {size}")),
    (re.compile(rf"^Upscale to {_SIZE}$"), QT_TRANSLATE_NOOP("FixTitles", "Upscale to {size}")),
    (
        re.compile(rf"^Convert to {_FORMAT_NAME}$"),
        QT_TRANSLATE_NOOP("FixTitles", "Convert to {fmt}"),
    ),
    (
        re.compile(rf"^Convert to {_FORMAT_NAME} under (?P<mb>.+)$"),
        QT_TRANSLATE_NOOP("FixTitles", "Convert to {fmt} under {mb}"),
    ),
    (
        re.compile(rf"^Re-encode to {_FORMAT_NAME} under (?P<mb>.+)$"),
        QT_TRANSLATE_NOOP("FixTitles", "Re-encode to {fmt} under {mb}"),
    ),
    (re.compile(r"^Save upright$"), QT_TRANSLATE_NOOP("FixTitles", "Save upright")),
)


def _rules(text: str) -> str:
    return QCoreApplication.translate("ImageRules", text)


def _label(label: str) -> str:
    if label == _RATIO:
        return _rules(label)
    return QCoreApplication.translate("RuleRows", label)


def check_sentence(message: str) -> str:
    """A failing image rule's sentence in the window's language (the core's English for a
    sentence not known)."""
    found = _LIMIT.match(message)
    if found is not None:
        text = _rules(str(_SENTENCES[found["op"]])).format(
            label=_label(found["label"]),
            actual=found["actual"],
            limit=found["limit"],
        )
        return text + (_rules(str(_ROTATED)) if found["rotated"] else "")
    found = _FORMAT.match(message)
    if found is not None:
        allowed = QCoreApplication.translate("ImageRules", " or ").join(
            found["allowed"].split(" or ")
        )
        text = QCoreApplication.translate(
            "ImageRules", "Format is {actual}; this model takes {allowed} only."
        )
        return text.format(actual=found["actual"], allowed=allowed)
    return message


def fix_title(title: str) -> str:
    """A fix's title in the window's language (the core's English for a title not known)."""
    if isinstance(title, Said):
        return said_text(title)
    for pattern, text in _TITLES:
        found = pattern.match(title)
        if found is not None:
            return QCoreApplication.translate("FixTitles", str(text)).format(**found.groupdict())
    return title


__all__ = ["check_sentence", "fix_title"]
