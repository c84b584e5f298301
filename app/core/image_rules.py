"""An image rule ("width_pixels<=1920") measured against an image: one row of its verdict.

Rules are applied exactly as their operator is written; "MB" is 1,000,000 bytes, and an image
stored on its side must pass in both orientations (see :mod:`app.core.validation`). The
numbers shown beside a limit are precise enough that the comparison a reader makes is the one
the rule checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.catalogue import ImageRule
from app.core.images import ImageInfo


@dataclass(frozen=True)
class Check:
    """One row of an image's verdict: a rule, whether it passed, the actual value and the limit."""

    rule: str
    label: str
    passed: bool
    actual: str
    limit: str
    message: str
    fixable: bool = True


# The comparisons of a rule ("width_pixels<=1920") and how a message says them.
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
OPERATOR_WORDS = {"<": "less than", "<=": "at most", ">": "more than", ">=": "at least"}
_RULE_RE = re.compile(r"^(width_pixels|height_pixels|width/height|file_size_mb)(<=|>=|<|>)$")
_SUBJECT = {
    "width_pixels": ("Width", "size", "px"),
    "height_pixels": ("Height", "size", "px"),
    "width/height": ("Aspect ratio (width ÷ height)", "ratio", ""),
    "file_size_mb": ("File size", "file_size", "MB"),
}


def _fmt(value: float, unit: str) -> str:
    if unit == "px":
        return f"{int(value)} px"
    if unit == "MB":
        if value < 1:
            return f"{value * 1000:.0f} kB"
        return f"{value:.2f} MB" if value < 100 else f"{value:.0f} MB"
    return f"{value:.3g}"


def _shown(value: float, unit: str, op: str, limit: float) -> str:
    """The actual value as a cell beside the limit, precise enough that the comparison a
    reader makes between the two shown numbers is the one the rule checks.

    A ratio of 2.4996 under a strict "< 2.5" reads "2.4996", never "2.5"; a file of
    29.9996 MB under "< 30 MB" reads "29.9996 MB", not "30.00 MB".
    """
    text = _fmt(value, unit)
    if unit == "px":
        return text
    compare = OPERATORS[op]
    passed = compare(value, limit)
    for extra in range(0, 10):
        if unit == "MB":
            scale, suffix = (1000.0, "kB") if value < 1 else (1.0, "MB")
            base = 0 if value < 1 or value >= 100 else 2
            shown_value = round(value * scale, base + extra)
            candidate = f"{shown_value:.{base + extra}f} {suffix}" if extra else text
            shown_limit = limit * scale
        else:
            candidate = f"{value:.{3 + extra}g}"
            shown_value, shown_limit = float(candidate), limit
        if compare(shown_value, shown_limit) == passed:
            return candidate
    return f"{value!r}"


def _limit_text(value: float, unit: str) -> str:
    if unit == "px":
        return f"{int(value)} px"
    if unit == "MB":
        return f"{value:g} MB"
    return f"{value:g}"


def _measure(subject: str, info: ImageInfo, width: int, height: int) -> float:
    if subject == "width_pixels":
        return width
    if subject == "height_pixels":
        return height
    if subject == "width/height":
        return width / height if height else math.inf
    return info.file_size_mb


def _orientations(info: ImageInfo) -> list[tuple[int, int]]:
    sizes = [(info.width, info.height)]
    if info.rotated and info.stored_width and (info.stored_width, info.stored_height) not in sizes:
        sizes.append((info.stored_width, info.stored_height))
    return sizes


def check_rule(rule: ImageRule, info: ImageInfo) -> Check:
    match = _RULE_RE.match(rule.operator)
    if not match:
        return Check(
            rule=rule.operator,
            label=rule.operator,
            passed=True,
            actual="",
            limit=f"{rule.value:g}",
            message=f"Storyreel cannot check the rule '{rule.operator}'; the server will.",
            fixable=False,
        )
    subject, op = match.groups()
    label, _category, unit = _SUBJECT[subject]
    compare = OPERATORS[op]
    worst = None
    for width, height in _orientations(info):
        actual = _measure(subject, info, width, height)
        if not compare(actual, rule.value):
            worst = actual
            break
        worst = actual if worst is None else worst
    assert worst is not None
    passed = compare(worst, rule.value)
    actual_text = _shown(worst, unit, op, rule.value)
    limit_text = f"{OPERATOR_WORDS[op]} {_limit_text(rule.value, unit)}"
    if passed:
        message = f"{label} {actual_text} is {limit_text}."
    else:
        message = f"{label} is {actual_text}; it must be {limit_text}."
        if info.rotated and (worst != _measure(subject, info, info.width, info.height)):
            message += " (The file is stored rotated; a server may read it either way.)"
    return Check(rule.operator, label, passed, actual_text, limit_text, message)
