"""A probed video or audio clip against a field's rules and RunComfy's inline limits.

The field's ``validations`` (on a list field they apply to each item) are applied exactly as
their operators are written, like image rules: ``duration_seconds<``, ``width_pixels<=``,
``file_size_mb<`` (MB is 1,000,000 bytes, the stricter reading), ``fps<=``,
``sample_rate<=``, ``channels<=``... An operator Storyreel does not know is shown as a row
the server will check, never silently passed off as checked.

A local file goes inline as a data URI, which RunComfy takes only as MP4 (H.264) video up to
32 MiB and WAV audio up to 16 MiB: those two rows are added for local files (``inline``),
not for a URL, which the server fetches itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.catalogue import Field, ImageRule
from app.core.media.probe import MediaInfo, MediaKind, channels_text, seconds_text, size_text
from app.core.validation import OPERATOR_WORDS, OPERATORS, Check, Problem

_OPERATOR_RE = re.compile(
    r"^(duration_seconds|duration|width_pixels|height_pixels|width/height|file_size_mb|fps|"
    r"frame_rate|sample_rate|channels)(<=|>=|<|>)$"
)


@dataclass(frozen=True)
class _Subject:
    label: str
    measure: Callable[[MediaInfo], float]
    shown: Callable[[float], str]
    video_only: bool = False
    audio_only: bool = False


def _px(value: float) -> str:
    return f"{int(value)} px"


SUBJECTS: dict[str, _Subject] = {
    "duration_seconds": _Subject("Length", lambda i: i.duration_s, lambda v: f"{v:g} s"),
    "width_pixels": _Subject("Width", lambda i: i.width, _px, video_only=True),
    "height_pixels": _Subject("Height", lambda i: i.height, _px, video_only=True),
    "width/height": _Subject(
        "Aspect ratio (width ÷ height)",
        lambda i: i.width / i.height if i.height else math.inf,
        lambda v: f"{v:.3g}",
        video_only=True,
    ),
    "file_size_mb": _Subject("File size", lambda i: i.file_size_mb, lambda v: f"{v:g} MB"),
    "fps": _Subject("Frame rate", lambda i: i.fps, lambda v: f"{v:g} fps", video_only=True),
    "sample_rate": _Subject(
        "Sample rate", lambda i: i.sample_rate, lambda v: f"{v:g} Hz", audio_only=True
    ),
    "channels": _Subject(
        "Channels", lambda i: i.channels, lambda v: channels_text(int(v)), audio_only=True
    ),
}
_ALIASES = {"duration": "duration_seconds", "frame_rate": "fps"}
# Upper limits a fix can meet (trim, downscale, re-encode); lower limits it cannot.
FIXABLE_UPPER = frozenset(
    {"duration_seconds", "width_pixels", "height_pixels", "file_size_mb", "fps", "sample_rate",
     "channels"}
)  # fmt: skip


def rule_parts(rule: ImageRule) -> tuple[str, str] | None:
    """(subject, comparison) of a rule Storyreel can check on media; None otherwise."""
    match = _OPERATOR_RE.match(rule.operator)
    if match is None:
        return None
    subject, op = match.groups()
    return _ALIASES.get(subject, subject), op


def _applies(subject: _Subject, kind: MediaKind) -> bool:
    if subject.video_only:
        return kind is MediaKind.VIDEO
    if subject.audio_only:
        return kind is MediaKind.AUDIO
    return True


def check_rule(rule: ImageRule, info: MediaInfo) -> Check | None:
    """One rule's row; None for a rule that does not concern this kind of media."""
    parts = rule_parts(rule)
    if parts is None:
        return Check(
            rule.operator,
            rule.operator,
            True,
            "",
            f"{rule.value:g}",
            f"Storyreel cannot check the rule '{rule.operator}'; the server will.",
            fixable=False,
        )
    name, op = parts
    subject = SUBJECTS[name]
    if not _applies(subject, info.kind):
        return None
    actual = subject.measure(info)
    passed = OPERATORS[op](actual, rule.value)
    actual_text = seconds_text(actual) if name == "duration_seconds" else subject.shown(actual)
    if name == "file_size_mb":
        actual_text = size_text(info.file_size)
    limit_text = f"{OPERATOR_WORDS[op]} {subject.shown(rule.value)}"
    message = (
        f"{subject.label} {actual_text} is {limit_text}."
        if passed
        else f"{subject.label} is {actual_text}; it must be {limit_text}."
    )
    fixable = name in FIXABLE_UPPER and op in ("<", "<=")
    return Check(rule.operator, subject.label, passed, actual_text, limit_text, message, fixable)


def inline_checks(info: MediaInfo) -> list[Check]:
    """The rows only a local file has: the format and the size RunComfy takes inline."""
    kind = info.kind
    ready = info.inline_ready
    if ready:
        message = f"{info.format_text} can be sent as it is."
    elif info.rotation and kind is MediaKind.VIDEO:
        message = (
            f"The video is stored on its side and shown turned by {info.rotation}°; it is "
            "sent turned upright, so that every server sees it as you do. Convert it."
        )
    else:
        message = (
            f"{info.format_text} cannot be sent from a file; RunComfy takes "
            f"{kind.inline_format} only. Convert it, or give a URL to the file instead."
        )
    fmt = Check("inline_format", "Format", ready, info.format_text, kind.inline_format, message)
    limit = kind.inline_limit
    fits = info.file_size <= limit
    mib = limit // (1024 * 1024)
    size = Check(
        "inline_size",
        "Size to send",
        fits,
        size_text(info.file_size),
        f"at most {mib} MiB",
        f"{size_text(info.file_size)} fits in the {mib} MiB RunComfy takes from a file."
        if fits
        else f"{size_text(info.file_size)} is more than the {mib} MiB RunComfy takes from a "
        f"file. Make it smaller, or give a URL to the file instead.",
    )
    return [fmt, size]


def incomplete_check(message: str) -> Check:
    return Check("complete", "Complete file", False, "cut short", "the whole file", message, False)


def check_media(field: Field, info: MediaInfo, *, inline: bool) -> list[Check]:
    """Every row of a clip's verdict, pass or fail: the whole file first, then the field's
    rules in the schema's order, then (for a local file) the inline format and size."""
    checks = [incomplete_check(info.incomplete)] if info.incomplete else []
    for rule in field.image_rules:
        check = check_rule(rule, info)
        if check is not None:
            checks.append(check)
    if inline:
        checks += inline_checks(info)
    return checks


def media_problems(
    field: Field, info: MediaInfo, item: int | None = None, *, inline: bool
) -> list[Problem]:
    """The failing rows of :func:`check_media` as problems of the field (and list item)."""
    return [
        Problem(field.name, c.rule, c.message, c.actual, c.limit, item=item)
        for c in check_media(field, info, inline=inline)
        if not c.passed
    ]
