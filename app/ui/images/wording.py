"""An image's or a clip's rule sentences and the titles of its fixes, in the window's
language.

``app.core.validation``, ``app.core.media.checks`` and ``app.core.fixes`` word them in
English (the command line prints them as they are): "Height is 300 px; it must be more than
300 px.", "Length 5.2 s is at most 10 s.", "Pad to 3000 × 1201". The window words the ones
it knows from their parts in its own language, the numbers in its locale and the units in
its words (``app.ui.units``); any other text keeps the core's English. The fixes' longer
descriptions (tooltips) are templates the core keeps (``app.core.wording``), translated by
``app.ui.error_text.said_text``, and so is the title of a video or audio fix, which the core
says as a template too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.wording import Said
from app.ui.error_text import said_text
from app.ui.number_format import local_numbers
from app.ui.units import cell_text

_LIMIT = re.compile(
    r"^(?P<label>.+?) is (?P<actual>[^;]+); it must be "
    r"(?P<op>less than|more than|at most|at least) (?P<limit>.+?)\.(?P<rotated> \(The file.*)?$"
)
_FORMAT = re.compile(r"^Format is (?P<actual>.+); this model takes (?P<allowed>.+) only\.$")
_VALUE = r"(?P<actual>mono|stereo|inf|-?\d[\d.,]*(?:e[+-]?\d+)?(?: [A-Za-z]+)?)"
_PASSED = re.compile(
    rf"^(?P<label>.+?) {_VALUE} is (?P<op>less than|more than|at most|at least) "
    r"(?P<limit>.+?)\.$"
)

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
_PASSED_SENTENCES = {
    "less than": QT_TRANSLATE_NOOP("ImageRules", "{label} {actual} is less than {limit}."),
    "more than": QT_TRANSLATE_NOOP("ImageRules", "{label} {actual} is more than {limit}."),
    "at most": QT_TRANSLATE_NOOP("ImageRules", "{label} {actual} is at most {limit}."),
    "at least": QT_TRANSLATE_NOOP("ImageRules", "{label} {actual} is at least {limit}."),
}
# The names of a clip's rules (an image's are in app.ui.images.rules).
MEDIA_LABELS = (
    QT_TRANSLATE_NOOP("RuleRows", "Length"),
    QT_TRANSLATE_NOOP("RuleRows", "Frame rate"),
    QT_TRANSLATE_NOOP("RuleRows", "Sample rate"),
    QT_TRANSLATE_NOOP("RuleRows", "Channels"),
    QT_TRANSLATE_NOOP("RuleRows", "Size to send"),
)
# A clip sent from a file: the rows of its format and size; a rule Storyreel cannot check.
# Each group is a cell (a number, a size) or a name kept as it is (a format, a rule).
_OTHER_SENTENCES = (
    (
        re.compile(r"^(?P<fmt>.+) can be sent as it is\.$"),
        QT_TRANSLATE_NOOP("ImageRules", "{fmt} can be sent as it is."),
    ),
    (
        re.compile(
            r"^(?P<size>\S+ [kM]B) fits in the (?P<mib>\d+) MiB RunComfy takes from a file\.$"
        ),
        QT_TRANSLATE_NOOP("ImageRules", "{size} fits in the {mib} MiB RunComfy takes from a file."),
    ),
    (
        re.compile(
            r"^(?P<size>\S+ [kM]B) is more than the (?P<mib>\d+) MiB RunComfy takes from a file\. "
            r"Make it smaller, or give a URL to the file instead\.$"
        ),
        QT_TRANSLATE_NOOP(
            "ImageRules",
            "{size} is more than the {mib} MiB RunComfy takes from a file. Make it smaller, or "
            "give a URL to the file instead.",
        ),
    ),
    (
        re.compile(
            r"^(?P<fmt>.+) cannot be sent from a file; RunComfy takes (?P<inline>.+) only\. "
            r"Convert it, or give a URL to the file instead\.$"
        ),
        QT_TRANSLATE_NOOP(
            "ImageRules",
            "{fmt} cannot be sent from a file; RunComfy takes {inline} only. Convert it, or give "
            "a URL to the file instead.",
        ),
    ),
    (
        re.compile(
            r"^The video is stored on its side and shown turned by (?P<degrees>\d+)°; it is sent "
            r"turned upright, so that every server sees it as you do\. Convert it\.$"
        ),
        QT_TRANSLATE_NOOP(
            "ImageRules",
            "The video is stored on its side and shown turned by {degrees}°; it is sent turned "
            "upright, so that every server sees it as you do. Convert it.",
        ),
    ),
    (
        re.compile(
            r"^(?P<size>\d+ × \d+ px) is more than the (?P<mp>\d+) megapixels Storyreel can "
            r"read safely\. Save a smaller copy of it in an image editor\.$"
        ),
        QT_TRANSLATE_NOOP(
            "ImageRules",
            "{size} is more than the {mp} megapixels Storyreel can read safely. Save a smaller "
            "copy of it in an image editor.",
        ),
    ),
    (
        re.compile(r"^Animated image: only its first frame is used\.$"),
        QT_TRANSLATE_NOOP("ImageRules", "Animated image: only its first frame is used."),
    ),
    (
        re.compile(r"^Storyreel cannot check the rule '(?P<rule>.+)'; the server will\.$"),
        QT_TRANSLATE_NOOP(
            "ImageRules", "Storyreel cannot check the rule '{rule}'; the server will."
        ),
    ),
)
_CELLS = ("size",)

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
    """A rule's sentence, failed or passed, in the window's language (numbers and units as
    the language writes them); the core's words for a sentence not known."""
    found = _LIMIT.match(message)
    if found is not None:
        text = _rules(str(_SENTENCES[found["op"]])).format(
            label=_label(found["label"]),
            actual=cell_text(found["actual"]),
            limit=cell_text(found["limit"]),
        )
        return text + (_rules(str(_ROTATED)) if found["rotated"] else "")
    found = _PASSED.match(message)
    if found is not None:
        return _rules(str(_PASSED_SENTENCES[found["op"]])).format(
            label=_label(found["label"]),
            actual=cell_text(found["actual"]),
            limit=cell_text(found["limit"]),
        )
    found = _FORMAT.match(message)
    if found is not None:
        allowed = QCoreApplication.translate("ImageRules", " or ").join(
            found["allowed"].split(" or ")
        )
        text = QCoreApplication.translate(
            "ImageRules", "Format is {actual}; this model takes {allowed} only."
        )
        return text.format(actual=found["actual"], allowed=allowed)
    for pattern, template in _OTHER_SENTENCES:
        found = pattern.match(message)
        if found is not None:
            parts = {
                name: cell_text(value) if name in _CELLS else value
                for name, value in found.groupdict().items()
            }
            return _rules(str(template)).format(**parts)
    return said_text(message)


def fix_title(title: str) -> str:
    """A fix's title in the window's language (the core's English for a title not known)."""
    if isinstance(title, Said):
        return said_text(title)
    for pattern, text in _TITLES:
        found = pattern.match(title)
        if found is not None:
            parts = {
                name: cell_text(value) if name == "mb" else value  # "30 MB", "29,5 MB"
                for name, value in found.groupdict().items()
            }
            return QCoreApplication.translate("FixTitles", str(text)).format(**parts)
    return title


def fix_description(description: str) -> str:
    """A fix's description (its tooltip) in the window's language, its numbers as the
    language writes them (a ratio the core wrote as text, "2.4983", too)."""
    return local_numbers(said_text(description))


__all__ = ["check_sentence", "fix_description", "fix_title"]
