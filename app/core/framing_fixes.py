"""The crop and pad fixes shaped by the user: a framed region, a chosen fill.

:func:`framing_ratio` is the ratio the framing tool locks its rectangle to: the model's
ratio setting, or the nearest ratio the field's rules allow. :func:`framed_crop` turns the
rectangle the user framed into a :class:`~app.core.fixes.Fix` that keeps exactly that
region; :func:`with_fill` is a pad fix with another fill. Both are applied, like every
fix, by :func:`app.core.fixes.apply_fix` (on a worker: it decodes and encodes).
"""

from __future__ import annotations

import dataclasses
import re

from app.core.catalogue import Field
from app.core.fixes import (
    Fix,
    _Limits,
    _mb_text,
    _pass,
    _Plan,
    _ratio_text,
    _rules,
    _scaled,
    _size_limit_bytes,
    _target_format,
)
from app.core.framing import Box, PadFill, nearest_allowed, parse_ratio
from app.core.images import ImageInfo, may_be_transparent

_RATIO_RULES = ("width/height",)
_PAD_BARS = re.compile(
    r"^Adds ((black|transparent) bars|bars of one colour|a blurred copy of the picture"
    r"|the picture's edges mirrored)"
)


def framing_ratio(field: Field, info: ImageInfo, setting: str | None) -> float:
    """The ratio to frame to: the ``setting`` ("16:9"; None or "adaptive": the image's own
    ratio), moved to the nearest ratio the field's rules allow when it breaks them.

    A strict bound ("less than 2.5") is approached to the nearest whole pixel of the image's
    height that passes, so the framed region itself passes.
    """
    wanted = parse_ratio(setting) or info.width / max(1, info.height)
    limits = _Limits.of(field)
    ratio = nearest_allowed(wanted, limits.min_ratio, limits.max_ratio)
    rules = _rules(field, _RATIO_RULES)
    if _pass(rules, round(info.height * ratio), info.height) or not rules:
        return ratio
    height = max(1, info.height)
    for step in range(1, 64):
        for width in (round(height * ratio) - step, round(height * ratio) + step):
            if width >= 1 and _pass(rules, width, height):
                return width / height
    return ratio


def framed_crop(field: Field, info: ImageInfo, box: Box) -> Fix | None:
    """The fix that keeps exactly ``box`` of the upright image, scaled only as far as the
    size rules ask. None when no size near the box's passes every rule."""
    if not box.inside(info.width, info.height):
        return None
    box = _ratio_inside(field, box)
    limits = _Limits.of(field)
    size = _scaled(field, limits, box.width, box.height)
    if size is None:
        return None
    plan = _Plan("crop_ratio", *size)
    fmt = _target_format(field, info, plan, may_be_transparent(info))
    if fmt is None:
        return None
    text = f"{size[0]} × {size[1]}"
    saved = f"saved as a new {fmt} file"
    limit = _size_limit_bytes(field)
    if limit is not None:
        saved += f" under {_mb_text(limit)}"
    scaled = "" if size == (box.width, box.height) else f" and makes it {text} px"
    description = (
        f"Keeps the framed {box.width} × {box.height} px region at an aspect ratio of "
        f"{_ratio_text(*size)}{scaled}, {saved}."
    )
    return Fix("crop_ratio", f"Crop to {text}", description, *size, fmt, box=box)


def _ratio_inside(field: Field, box: Box) -> Box:
    """The box, a pixel or two smaller on one side when its rounded size lands exactly on a
    strict ratio bound, so that the crop keeps its pixels as they are instead of stretching
    them by a pixel."""
    rules = _rules(field, _RATIO_RULES)
    if _pass(rules, box.width, box.height):
        return box
    for step in range(1, 4):
        for smaller in (
            Box(box.left, box.top, box.right - step, box.bottom),
            Box(box.left, box.top, box.right, box.bottom - step),
        ):
            fits = smaller.width >= 1 and smaller.height >= 1
            if fits and _pass(rules, smaller.width, smaller.height):
                return smaller
    return box


def with_fill(fix: Fix, fill: PadFill, colour: tuple[int, int, int] = (0, 0, 0)) -> Fix:
    """A pad fix whose bars are filled as ``fill`` says (its description says so too)."""
    if fix.kind != "pad_ratio":
        return fix
    if fill is PadFill.COLOUR:
        words = "bars of one colour" if colour != (0, 0, 0) else "black bars"
        if "transparent bars" in fix.description:
            words = "transparent bars"
    else:
        words = fill.words
    description = _PAD_BARS.sub(f"Adds {words}", fix.description, count=1)
    return dataclasses.replace(fix, fill=fill, colour=colour, description=description)


def passes_geometry(field: Field, width: int, height: int) -> bool:
    """Whether a width × height image meets every size and ratio rule of the field."""
    return _pass(_rules(field, ("width_pixels", "height_pixels", "width/height")), width, height)


__all__ = ["framed_crop", "framing_ratio", "passes_geometry", "with_fill"]
