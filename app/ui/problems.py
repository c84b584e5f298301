"""Validation problems in the window's language.

``app.core.validation`` describes each problem in English (the command line prints it as
it is) with its kind (``rule``), the value found and the limit. The window words the kinds
it knows in its own language from those parts; a problem the core said as a template (a
schema warning) is translated from it; a problem of any other kind keeps the core's English
sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.validation import Problem
from app.core.wording import Said
from app.ui.error_text import said_text
from app.ui.images.wording import check_sentence
from app.ui.numbers import decimal

# Sentences the core uses as they are, whatever the value: translated whole.
FIXED = (
    QT_TRANSLATE_NOOP("Problems", "Expected an image file or URL."),
    QT_TRANSLATE_NOOP("Problems", "Expected text."),
    QT_TRANSLATE_NOOP("Problems", "Expected a whole number."),
    QT_TRANSLATE_NOOP("Problems", "Expected a number."),
    QT_TRANSLATE_NOOP("Problems", "Expected on or off (true or false)."),
    QT_TRANSLATE_NOOP("Problems", "Expected a list of images."),
    QT_TRANSLATE_NOOP("Problems", "Expected a video file or URL."),
    QT_TRANSLATE_NOOP("Problems", "Expected an audio clip file or URL."),
    QT_TRANSLATE_NOOP("Problems", "Expected a list of videos."),
    QT_TRANSLATE_NOOP("Problems", "Expected a list of audio clips."),
)

# "7 must be at most 5." as app.core.json_schema.range_problems words it.
_RANGE = re.compile(r" must be (at least|at most|more than|less than) ")


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def _number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return decimal(value)


def _range(problem: Problem) -> str | None:
    found = _RANGE.search(problem.message)
    if found is None:
        return None
    texts = {
        "at least": tr("{value} must be at least {limit}."),
        "at most": tr("{value} must be at most {limit}."),
        "more than": tr("{value} must be more than {limit}."),
        "less than": tr("{value} must be less than {limit}."),
    }
    return texts[found.group(1)].format(value=_number(problem.actual), limit=_number(problem.limit))


def problem_text(problem: Problem) -> str:
    """The problem in the window's language (the core's English for a kind not known)."""
    if isinstance(problem.message, Said):  # said below the window: its template translates
        return said_text(problem.message)
    rule, actual, limit = problem.rule, problem.actual, problem.limit
    if rule == "type" and problem.message in FIXED:
        return tr(problem.message)
    if rule == "minLength":
        text = tr("Too short: {count} characters, at least {limit} needed.")
        return text.format(count=actual, limit=limit)
    if rule == "maxLength":
        text = tr("Too long: {count} characters, at most {limit} allowed.")
        return text.format(count=actual, limit=limit)
    if rule in ("minItems", "maxItems") and isinstance(actual, int):
        text = (
            QCoreApplication.translate(
                "Problems", "%n images given; at least {limit} needed.", "", actual
            )
            if rule == "minItems"
            else QCoreApplication.translate(
                "Problems", "%n images given; at most {limit} allowed.", "", actual
            )
        )
        return text.format(limit=limit)
    if rule == "multipleOf" and limit is not None:
        text = tr("{value} must be a multiple of {step}.")
        return text.format(value=_number(actual), step=_number(limit))
    if rule == "range" and limit is not None:
        return _range(problem) or problem.message
    # An image's rule, a message said below the window, else the core's own words.
    return said_text(check_sentence(problem.message))


__all__ = ["problem_text"]
