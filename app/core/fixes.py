"""The fixers: for an image that breaks a field's rules, the changes that would make it pass.

:func:`plan_fixes` looks only at what :func:`app.core.images.probe` read, so the interface
can show each :class:`Fix` (a button title and one sentence) before anything is decoded.
:func:`apply_fix` then writes a new file in the folder it is given; the original is only
ever read. Every fix is complete on its own: a crop that leaves the image too large also scales
it, and every result is encoded under the file-size limit and re-checked with the same
:func:`app.core.validation.check_image` the user saw, so a fixed image cannot fail.

Rules are applied exactly as their operators say (strict ``<`` is strict, MB is
1,000,000 bytes). A fixed image has its EXIF rotation applied to the pixels and carries no
orientation tag, so only its displayed size matters afterwards.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.catalogue import Field, ImageRule
from app.core.errors import ImageError
from app.core.fix_wording import CROPS, PADS, pixel_limit, scaling, size_reason
from app.core.framing import Box, PadFill, centred_box, crop_region, pad_image
from app.core.image_writing import encodings, flattened, write_new
from app.core.images import (
    BYTES_PER_MB,
    ImageInfo,
    can_decode,
    decode_for_fixing,
    may_be_transparent,
    probe,
)
from app.core.validation import check_format, check_image, check_rule
from app.core.wording import FIXES, QT_TRANSLATE_NOOP, Said, said_in

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported where pixels are changed, not with this module: the window uses this
# module before its first paint, and that paint should not wait for Pillow to load.

KINDS = ("downscale", "upscale", "crop_ratio", "pad_ratio", "reencode", "convert_format")

# The operators check_rule understands (app.core.image_rules), split into subject and comparison.
_RULE_RE = re.compile(r"^(width_pixels|height_pixels|width/height|file_size_mb)(<=|>=|<|>)$")
_GEOMETRY = ("width_pixels", "height_pixels", "width/height")
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png"}
# A PNG kept as PNG whose size is estimated this close to the limit is saved as JPEG
# instead, so that the size shown on the button is the size the user gets.
_PNG_SIZE_MARGIN = 0.85
_NUDGE = 4


@dataclass(frozen=True)
class Fix:
    """One way to make an image pass, described before it is applied.

    A crop keeps ``box`` (the upright image's pixels the user framed; None: the middle);
    a pad fills its bars as ``fill`` says. See :mod:`app.core.framing_fixes` for both.
    """

    kind: str
    title: str
    description: str
    target_width: int
    target_height: int
    target_format: str
    box: Box | None = None
    fill: PadFill = PadFill.COLOUR
    colour: tuple[int, int, int] = (0, 0, 0)


# --- reading the rules ----------------------------------------------------------------------


def _parts(rule: ImageRule) -> tuple[str, str] | None:
    match = _RULE_RE.match(rule.operator)
    return (match[1], match[2]) if match else None


def _rules(field: Field, subjects: tuple[str, ...], ops: tuple[str, ...] = ()) -> list[ImageRule]:
    chosen = []
    for rule in field.image_rules:
        parts = _parts(rule)
        if parts and parts[0] in subjects and (not ops or parts[1] in ops):
            chosen.append(rule)
    return chosen


def _as_upright(width: int, height: int, file_size: int = 0, fmt: str | None = None) -> ImageInfo:
    return ImageInfo(
        source="",
        format=fmt,
        width=width,
        height=height,
        file_size=file_size,
        stored_width=width,
        stored_height=height,
    )


def _pass(rules: list[ImageRule], width: int, height: int, file_size: int = 0) -> bool:
    """The same test the user sees (check_rule), on a would-be upright image."""
    info = _as_upright(width, height, file_size)
    return all(check_rule(rule, info).passed for rule in rules)


@dataclass(frozen=True)
class _Limits:
    """Whole-pixel bounds implied by the size rules, and the ratio values to aim at."""

    min_width: int
    max_width: int | None
    min_height: int
    max_height: int | None
    min_ratio: float | None
    max_ratio: float | None

    @classmethod
    def of(cls, field: Field) -> _Limits:
        lows = {"width_pixels": 1, "height_pixels": 1}
        highs: dict[str, int | None] = {"width_pixels": None, "height_pixels": None}
        min_ratio: float | None = None
        max_ratio: float | None = None
        for rule in _rules(field, _GEOMETRY):
            subject, op = _parts(rule) or ("", "")
            value = rule.value
            if subject == "width/height":
                if op in (">", ">="):
                    min_ratio = value if min_ratio is None else max(min_ratio, value)
                else:
                    max_ratio = value if max_ratio is None else min(max_ratio, value)
                continue
            if op == "<":
                bound = math.ceil(value) - 1
            elif op == "<=":
                bound = math.floor(value)
            elif op == ">":
                lows[subject] = max(lows[subject], math.floor(value) + 1)
                continue
            else:
                lows[subject] = max(lows[subject], math.ceil(value))
                continue
            current = highs[subject]
            highs[subject] = bound if current is None else min(current, bound)
        return cls(
            lows["width_pixels"],
            highs["width_pixels"],
            lows["height_pixels"],
            highs["height_pixels"],
            min_ratio,
            max_ratio,
        )

    def clamp(self, width: int, height: int) -> tuple[int, int]:
        width = max(width, self.min_width)
        height = max(height, self.min_height)
        if self.max_width is not None:
            width = min(width, self.max_width)
        if self.max_height is not None:
            height = min(height, self.max_height)
        return width, height


def _size_limit_bytes(field: Field) -> float | None:
    values = [rule.value for rule in _rules(field, ("file_size_mb",))]
    return min(values) * BYTES_PER_MB if values else None


# --- planning the geometry ------------------------------------------------------------------


def _nudged(field: Field, limits: _Limits, width: int, height: int) -> tuple[int, int] | None:
    """The nearest whole-pixel size to (width, height) that passes every geometry rule.

    Rounding a scaled size can land a ratio exactly on a strict bound; a pixel or two
    either way fixes that.
    """
    geometry = _rules(field, _GEOMETRY)
    width, height = limits.clamp(width, height)
    offsets = sorted(
        ((dx, dy) for dx in range(-_NUDGE, _NUDGE + 1) for dy in range(-_NUDGE, _NUDGE + 1)),
        key=lambda d: (abs(d[0]) + abs(d[1]), d),
    )
    for dx, dy in offsets:
        candidate = (width + dx, height + dy)
        if candidate[0] >= 1 and candidate[1] >= 1 and _pass(geometry, *candidate):
            return candidate
    return None


def _scale_into(limits: _Limits, region_width: float, region_height: float) -> float | None:
    """The scale closest to 1 (exactly 1 if it fits) that brings a region into the size bounds."""
    low = max(limits.min_width / region_width, limits.min_height / region_height)
    high = math.inf
    if limits.max_width is not None:
        high = min(high, limits.max_width / region_width)
    if limits.max_height is not None:
        high = min(high, limits.max_height / region_height)
    if low > high:
        return None
    return min(max(1.0, low), high)


def _scaled(
    field: Field, limits: _Limits, region_width: float, region_height: float
) -> tuple[int, int] | None:
    scale = _scale_into(limits, region_width, region_height)
    if scale is None:
        return None
    width = max(1, round(region_width * scale))
    height = max(1, round(region_height * scale))
    return _nudged(field, limits, width, height)


def _upscaled(field: Field, limits: _Limits, width: int, height: int) -> tuple[int, int] | None:
    """The size a too-small image is scaled up to: the side the minimum binds rounded up to
    a multiple of 16 (of 8 when 16 would break a maximum), the other side scaled to keep the
    ratio and put on a multiple of 8 when that moves the ratio by less than 0.5 %.

    A 200 × 200 image under "more than 300 px" becomes 304 × 304, not 301 × 301.
    """
    geometry = _rules(field, _GEOMETRY)
    binding_is_width = limits.min_width / width >= limits.min_height / height
    if binding_is_width:
        side, other, minimum = width, height, limits.min_width
    else:
        side, other, minimum = height, width, limits.min_height
    for step in (16, 8):
        new_side = -(-minimum // step) * step
        new_other = max(1, round(other * new_side / side))
        rounded = max(8, round(new_other / 8) * 8)
        others = [rounded] if abs(rounded / new_other - 1) < 0.005 else []
        for other_side in [*others, new_other]:
            candidate = (new_side, other_side) if binding_is_width else (other_side, new_side)
            if _pass(geometry, *candidate):
                return candidate
    return None


def _reshaped_size(
    field: Field,
    limits: _Limits,
    region: tuple[float, float],
    free_side: int,
    direction: int,
) -> tuple[int, int] | None:
    """A crop (direction -1) or pad (+1) target: the region scaled into the size bounds, then
    the side that the crop takes from or the pad adds to moved pixel by pixel until the
    ratio is strictly inside its bounds: the largest crop or the smallest pad that passes.
    """
    scale = _scale_into(limits, *region)
    if scale is None:
        return None
    size = list(limits.clamp(round(region[0] * scale), round(region[1] * scale)))
    geometry = _rules(field, _GEOMETRY)
    first = size[free_side] - 2 * direction
    for step in range(4 * _NUDGE):
        size[free_side] = first + direction * step
        if size[free_side] >= 1 and _pass(geometry, size[0], size[1]):
            return size[0], size[1]
    return None


@dataclass(frozen=True)
class _Plan:
    kind: str
    width: int
    height: int
    too_wide: bool = False


_WIDTH, _HEIGHT = 0, 1
_CROP, _PAD = -1, 1


def _geometry_plans(field: Field, info: ImageInfo) -> list[_Plan]:
    """Target sizes for the upright image: crop and pad for a ratio, else a scale."""
    limits = _Limits.of(field)
    width, height = info.width, info.height
    too_wide = not _pass(_rules(field, ("width/height",), ("<", "<=")), width, height)
    too_tall = not _pass(_rules(field, ("width/height",), (">", ">=")), width, height)
    if too_wide and limits.max_ratio is not None and limits.max_ratio > 0:
        crop = _reshaped_size(field, limits, (height * limits.max_ratio, height), _WIDTH, _CROP)
        pad = _reshaped_size(field, limits, (width, width / limits.max_ratio), _HEIGHT, _PAD)
    elif too_tall and limits.min_ratio is not None and limits.min_ratio > 0:
        crop = _reshaped_size(field, limits, (width, width / limits.min_ratio), _HEIGHT, _CROP)
        pad = _reshaped_size(field, limits, (height * limits.min_ratio, height), _WIDTH, _PAD)
    elif too_wide or too_tall:
        return []
    else:
        size = _scaled(field, limits, width, height)
        if size is None:
            return []
        if size[0] * size[1] > width * height:
            size = _upscaled(field, limits, width, height) or size
        if size == (width, height):
            return [_Plan("same", width, height)]
        kind = "downscale" if size[0] * size[1] < width * height else "upscale"
        return [_Plan(kind, *size)]
    plans = []
    if crop is not None:
        plans.append(_Plan("crop_ratio", *crop, too_wide=too_wide))
    if pad is not None:
        plans.append(_Plan("pad_ratio", *pad, too_wide=too_wide))
    return plans


# --- formats --------------------------------------------------------------------------------


def _target_format(field: Field, info: ImageInfo, plan: _Plan, transparent: bool) -> str | None:
    accepted = field.accepted_formats
    original = (info.format or "").upper()
    limit = _size_limit_bytes(field)
    if original in _EXTENSIONS and (not accepted or original in accepted):
        if original == "PNG" and not transparent and limit is not None:
            scale = (plan.width * plan.height) / max(1, info.width * info.height)
            if info.file_size * scale >= limit * _PNG_SIZE_MARGIN:
                return "JPEG" if not accepted or "JPEG" in accepted else original
        return original
    wanted = "PNG" if transparent else "JPEG"
    if not accepted or wanted in accepted:
        return wanted
    other = "JPEG" if wanted == "PNG" else "PNG"
    return other if other in accepted else None


# --- words ----------------------------------------------------------------------------------


def _ratio_text(width: int, height: int) -> str:
    return f"{width / height:.4f}".rstrip("0").rstrip(".")


def _mb_text(limit: float) -> str:
    return f"{limit / BYTES_PER_MB:g} MB"


def _size_reason(field: Field) -> Said:
    """What a scaled size achieves, from the size rules it now meets: 'each side is …'."""
    by_side: dict[str, list[Said]] = {}
    for rule in _rules(field, ("width_pixels", "height_pixels")):
        subject, op = _parts(rule) or ("", "")
        side = "width" if subject == "width_pixels" else "height"
        by_side.setdefault(side, []).append(pixel_limit(op, rule.value))
    return size_reason(by_side)


def _words(
    field: Field, info: ImageInfo, plan: _Plan, fmt: str, kind: str, transparent: bool
) -> tuple[str, str]:
    size = f"{plan.width} × {plan.height}"
    limit = _size_limit_bytes(field)
    saved = (
        said_in(FIXES, QT_TRANSLATE_NOOP("Fixes", "saved as a new {format} file"), format=fmt)
        if limit is None
        else said_in(
            FIXES,
            QT_TRANSLATE_NOOP("Fixes", "saved as a new {format} file under {limit}"),
            format=fmt,
            limit=_mb_text(limit),
        )
    )
    ratio = _ratio_text(plan.width, plan.height)
    if kind in ("crop_ratio", "pad_ratio"):
        return _reframe_words(kind, plan, size, ratio, saved, fmt == "PNG" and transparent)
    if kind in ("downscale", "upscale"):
        return (
            f"{'Downscale' if kind == 'downscale' else 'Upscale'} to {size}",
            scaling(kind, size, _size_reason(field), saved),
        )
    size_fails = not _pass(
        _rules(field, ("file_size_mb",)), plan.width, plan.height, info.file_size
    )
    if kind == "convert_format" and not size_fails:
        return (
            f"Convert to {fmt}",
            said_in(
                FIXES,
                QT_TRANSLATE_NOOP(
                    "Fixes",
                    "Saves a copy in {format} format, which this field accepts; the picture "
                    "itself is not changed.",
                ),
                format=fmt,
            ),
        )
    if size_fails and limit is not None:
        return (
            f"{'Convert' if kind == 'convert_format' else 'Re-encode'} to {fmt} "
            f"under {_mb_text(limit)}",
            said_in(
                FIXES,
                QT_TRANSLATE_NOOP(
                    "Fixes",
                    "Saves a {format} copy at the highest quality that stays under {limit}, "
                    "scaling it down only if that is not enough.",
                ),
                format=fmt,
                limit=_mb_text(limit),
            ),
        )
    return (
        "Save upright",
        said_in(
            FIXES,
            QT_TRANSLATE_NOOP(
                "Fixes",
                "Saves a {format} copy with the camera's rotation applied to the pixels, so "
                "that every reader sees it upright at {size} px.",
            ),
            format=fmt,
            size=size,
        ),
    )


def _reframe_words(
    kind: str, plan: _Plan, size: str, ratio: str, saved: str, transparent: bool
) -> tuple[str, str]:
    if kind == "crop_ratio":
        template = CROPS[plan.too_wide]
        title = f"Crop to {size}"
    else:
        template = PADS[(plan.too_wide, transparent)]
        title = f"Pad to {size}"
    return title, said_in(FIXES, template, ratio=ratio, size=size, saved=saved)


# --- planning -------------------------------------------------------------------------------


def _decode_fit(
    kind: str, width: int, height: int, target: tuple[int, int], box: Box | None = None
) -> tuple[int, int]:
    """The upright source size a fix needs decoded, given the source's upright size."""
    target_width, target_height = target
    if kind == "crop_ratio":
        ratio = target_width / target_height
        box_width = min(width, height * ratio) if box is None else box.width
        scale = target_width / box_width
    elif kind == "pad_ratio":
        scale = min(target_width / width, target_height / height)
    else:
        scale = max(target_width / width, target_height / height)
    scale = min(1.0, scale)
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def plan_fixes(field: Field, info: ImageInfo) -> list[Fix]:
    """Every fix that makes this image pass all of the field's rules; [] when nothing fails.

    A ratio problem offers a crop and a pad; a size problem a scale; a format or file-size
    problem a new encoding. No fix is offered for a rule Storyreel cannot check, or for an
    image too large to decode.
    """
    failing = [check for check in check_image(field, info) if not check.passed]
    if not failing:
        return []
    if any(not check.fixable for check in failing):
        return []
    # Nothing here makes a file bigger on purpose.
    if any(check.rule.startswith("file_size_mb>") for check in failing):
        return []
    transparent = may_be_transparent(info)
    format_check = check_format(field, info)
    format_fails = format_check is not None and not format_check.passed
    fixes = []
    for plan in _geometry_plans(field, info):
        fmt = _target_format(field, info, plan, transparent)
        if fmt is None:
            continue
        kind = plan.kind
        if kind == "same":
            kind = "convert_format" if format_fails else "reencode"
        target = (plan.width, plan.height)
        if not can_decode(info, _decode_fit(kind, info.width, info.height, target)):
            continue
        title, description = _words(field, info, plan, fmt, kind, transparent)
        fixes.append(Fix(kind, title, description, plan.width, plan.height, fmt))
    return fixes


# --- applying -------------------------------------------------------------------------------


def _reshaped(image: Image.Image, fix: Fix, source_width: int) -> Image.Image:
    """The decoded upright image cropped, padded or scaled to the fix's target size.

    ``source_width`` is the upright width the fix was planned on: a JPEG decoded at a
    reduced scale has its framed box scaled along.
    """
    from PIL import Image

    target = (fix.target_width, fix.target_height)
    width, height = image.size
    if fix.kind == "crop_ratio":
        box = fix.box
        if box is None:
            box = centred_box(width, height, fix.target_width / fix.target_height)
        elif source_width != width:
            scale = width / source_width
            box = Box(*(round(v * scale) for v in box.as_tuple()))
        return crop_region(image, box, target)
    if fix.kind == "pad_ratio":
        return pad_image(image, target, fix.fill, fix.colour)
    if image.size == target:
        return image
    return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encoded_under_limit(image: Image.Image, fix: Fix, field: Field, name: str) -> bytes:
    """The best encoding under the file-size rules, scaled down only when quality is not enough."""
    from PIL import Image

    size_rules = _rules(field, ("file_size_mb",))
    limits = _Limits.of(field)
    icc = image.info.get("icc_profile")
    if fix.target_format == "JPEG":
        image = flattened(image)
    limit = _size_limit_bytes(field)
    while True:
        data = b""
        for data in encodings(image, fix.target_format, icc):
            if _pass(size_rules, *image.size, file_size=len(data)):
                return data
        assert limit is not None  # without a size rule the first encoding passes
        factor = max(0.5, min(0.9, math.sqrt(limit / len(data)) * 0.95))
        smaller = _nudged(field, limits, int(image.width * factor), int(image.height * factor))
        if smaller is None or smaller[0] >= image.width or smaller[1] >= image.height:
            raise ImageError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} cannot be saved under {megabytes:g} MB without breaking the minimum "
                    "size rules.",
                ),
                name=name,
                megabytes=limit / BYTES_PER_MB,
            )
        image = image.resize(smaller, Image.Resampling.LANCZOS, reducing_gap=3.0)


def apply_fix(
    fix: Fix, field: Field, source: str | os.PathLike[str], dest_dir: str | os.PathLike[str]
) -> Path:
    """Write the fixed image as a new file in ``dest_dir`` and return its path.

    The original is only read. The result is probed and checked against every rule of the
    field; if it would still fail, it is deleted and :class:`ImageError` says why.
    JPEG sources are decoded at reduced scale when the target is much smaller.
    """
    if fix.kind not in KINDS:
        raise ValueError(f"unknown fix kind {fix.kind!r}")
    if fix.target_format not in _EXTENSIONS:
        raise ValueError(f"cannot write {fix.target_format!r}")
    source_path = Path(source)
    name = source_path.name
    target = (fix.target_width, fix.target_height)

    def fit_for(width: int, height: int) -> tuple[int, int]:
        return _decode_fit(fix.kind, width, height, target, fix.box)

    source_width = probe(source_path).width if fix.box is not None else 0
    image = decode_for_fixing(source_path, fit_for)
    icc = image.info.get("icc_profile")
    fixed = _reshaped(image, fix, source_width or image.width)
    fixed.info = {"icc_profile": icc} if icc else {}
    data = _encoded_under_limit(fixed, fix, field, name)
    folder = Path(dest_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = write_new(folder, source_path.stem, fix.kind, _EXTENSIONS[fix.target_format], data)
    try:
        result = probe(path)
    except ImageError:
        path.unlink(missing_ok=True)
        raise
    still_failing = [check.message for check in check_image(field, result) if not check.passed]
    if still_failing:
        path.unlink(missing_ok=True)
        raise ImageError.said(
            QT_TRANSLATE_NOOP("Errors", "The fixed copy of {name} still fails: {reasons}"),
            name=name,
            reasons=" ".join(still_failing),
        )
    return path
