"""Framing an image to an aspect ratio: the region a crop keeps, and what a pad adds.

No Qt here: the framing tool in the window (:mod:`app.ui.framing`) lets the user drag a
rectangle locked to a ratio, and the fixes (:mod:`app.core.fixes`) cut or pad the pixels
with these functions on a worker thread.

A region is a :class:`Box` in the upright image's pixels (left, top, right, bottom; right
and bottom exclusive, as Pillow counts). :class:`PadFill` is the closed set of ways to fill
the bars a pad adds, with their words beside them.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow loads when pixels are first changed, not before the first paint
    from PIL import Image


@dataclass(frozen=True)
class Box:
    """A region of an image in whole pixels; right and bottom are exclusive."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def ratio(self) -> float:
        return self.width / self.height if self.height else math.inf

    def as_tuple(self) -> tuple[int, int, int, int]:
        return self.left, self.top, self.right, self.bottom

    def inside(self, width: int, height: int) -> bool:
        return 0 <= self.left < self.right <= width and 0 <= self.top < self.bottom <= height


def parse_ratio(text: str | None) -> float | None:
    """ "16:9" → 1.777…; None for anything that is not two positive numbers ("adaptive")."""
    if not text or ":" not in text:
        return None
    left, _, right = text.partition(":")
    try:
        width, height = float(left), float(right)
    except ValueError:
        return None
    if width <= 0 or height <= 0 or not math.isfinite(width / height):
        return None
    return width / height


def nearest_allowed(ratio: float, low: float | None, high: float | None) -> float:
    """``ratio`` if it lies within [low, high], else the nearer bound (None: unbounded)."""
    if low is not None and ratio < low:
        return low
    if high is not None and ratio > high:
        return high
    return ratio


def ratio_box(width: int, height: int, ratio: float) -> tuple[int, int]:
    """The largest whole-pixel size of ``ratio`` that fits in width × height."""
    if width / height > ratio:
        return max(1, min(width, round(height * ratio))), height
    return width, max(1, min(height, round(width / ratio)))


def centred_box(width: int, height: int, ratio: float) -> Box:
    """The largest region of ``ratio`` in the middle of a width × height image."""
    box_width, box_height = ratio_box(width, height, ratio)
    left = (width - box_width) // 2
    top = (height - box_height) // 2
    return Box(left, top, left + box_width, top + box_height)


def crop_region(image: Image.Image, box: Box, size: tuple[int, int]) -> Image.Image:
    """The region ``box`` of ``image`` at ``size``: exactly its pixels when the sizes agree,
    else scaled in the same pass (no full-size copy)."""
    from PIL import Image

    if (box.width, box.height) == size:
        return image.crop(box.as_tuple())
    return image.resize(size, Image.Resampling.LANCZOS, box=box.as_tuple(), reducing_gap=3.0)


class PadFill(enum.StrEnum):
    """How the bars a pad adds are filled."""

    COLOUR = "colour"  # one flat colour (see-through for a transparent image)
    BLUR = "blur"  # the picture itself, enlarged to cover and blurred
    MIRROR = "mirror"  # the picture's edges reflected outwards

    @property
    def words(self) -> str:
        """The bars in a sentence: "Adds {words} above and below"."""
        return _FILL_WORDS[self]


_FILL_WORDS = {
    PadFill.COLOUR: "bars of one colour",
    PadFill.BLUR: "a blurred copy of the picture",
    PadFill.MIRROR: "the picture's edges mirrored",
}


def content_size(image_size: tuple[int, int], target: tuple[int, int]) -> tuple[int, int]:
    """The picture's size inside a pad of ``target``: scaled to fit, keeping its shape."""
    width, height = image_size
    scale = min(target[0] / width, target[1] / height)
    return (
        min(target[0], max(1, round(width * scale))),
        min(target[1], max(1, round(height * scale))),
    )


def pad_image(
    image: Image.Image,
    target: tuple[int, int],
    fill: PadFill = PadFill.COLOUR,
    colour: tuple[int, int, int] = (0, 0, 0),
) -> Image.Image:
    """``image`` scaled to fit ``target`` and centred, the bars around it filled as asked."""
    from PIL import Image

    size = content_size(image.size, target)
    content = image
    if size != image.size:
        content = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    offset = ((target[0] - size[0]) // 2, (target[1] - size[1]) // 2)
    if fill is PadFill.BLUR:
        canvas = _blurred_cover(content, target)
    elif fill is PadFill.MIRROR:
        canvas = _mirrored(content, target, offset)
    else:
        background = (0, 0, 0, 0) if image.mode == "RGBA" else colour
        canvas = Image.new(image.mode, target, background)
    canvas.paste(content, offset)
    return canvas


def _blurred_cover(content: Image.Image, target: tuple[int, int]) -> Image.Image:
    """The picture enlarged to cover the whole target, blurred so that it reads as a
    backdrop rather than as part of the picture."""
    from PIL import Image, ImageFilter

    scale = max(target[0] / content.width, target[1] / content.height)
    cover = (max(1, math.ceil(content.width * scale)), max(1, math.ceil(content.height * scale)))
    # Blurring a small copy is fast and looks the same once enlarged.
    small_scale = min(1.0, 96 / max(cover))
    small = content.resize(
        (max(1, round(cover[0] * small_scale)), max(1, round(cover[1] * small_scale))),
        Image.Resampling.BILINEAR,
    )
    small = small.filter(ImageFilter.GaussianBlur(radius=max(1.0, max(small.size) / 24)))
    large = small.resize(cover, Image.Resampling.BILINEAR)
    left = (cover[0] - target[0]) // 2
    top = (cover[1] - target[1]) // 2
    return large.crop((left, top, left + target[0], top + target[1]))


def _mirrored(
    content: Image.Image, target: tuple[int, int], offset: tuple[int, int]
) -> Image.Image:
    """A canvas tiled with the picture and its reflections, so that every bar continues
    the edge next to it as in a mirror."""
    from PIL import Image

    width, height = content.size
    flipped_x = content.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    flipped_y = content.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    rotated = content.transpose(Image.Transpose.ROTATE_180)
    canvas = Image.new(content.mode, target)
    first_column = -math.ceil(offset[0] / width)
    first_row = -math.ceil(offset[1] / height)
    columns = range(first_column, math.ceil((target[0] - offset[0]) / width))
    rows = range(first_row, math.ceil((target[1] - offset[1]) / height))
    for row in rows:
        for column in columns:
            odd_x, odd_y = column % 2 == 1, row % 2 == 1
            tile = (
                rotated
                if odd_x and odd_y
                else flipped_x
                if odd_x
                else flipped_y
                if odd_y
                else content
            )
            canvas.paste(tile, (offset[0] + column * width, offset[1] + row * height))
    return canvas


__all__ = [
    "Box",
    "PadFill",
    "centred_box",
    "content_size",
    "crop_region",
    "nearest_allowed",
    "pad_image",
    "parse_ratio",
    "ratio_box",
]
