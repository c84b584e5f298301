"""Decoding images: thumbnails, the full-decode check, and pixels for the encoder and fixers.

Decoding (:func:`make_thumbnail`, :func:`verify_decodable`, :func:`load_for_encoding`,
:func:`decode_for_fixing`) refuses images above :data:`MAX_DECODE_PIXELS`, except JPEGs
that libjpeg can decode at 1/2, 1/4 or 1/8 scale below that cap (``Image.draft``). Files
are opened and identified as :mod:`app.core.image_probe` does, never through Pillow's
process-wide bomb guard, and judged by content, never by the file name.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import image_integrity
from app.core.errors import ImageError, IncompleteImage
from app.core.image_probe import (
    ALPHA_MODES,
    DAMAGED_ERRORS,
    HEAD_BYTES,
    ImageInfo,
    displayed_size,
    identify,
    is_webp,
    open_image_file,
    read_orientation,
    read_webp_header,
)
from app.core.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported where pixels are decoded, not with this module: the window uses this
# module before its first paint, and that paint should not wait for Pillow to load.

# About 10000 × 8000 px, 240 MB as RGB. Kept below Pillow's own threshold (89.5 megapixels
# by default) so that Pillow never warns about an image this module agreed to decode.
MAX_DECODE_PIXELS = 80_000_000

_WIDE_GRAY_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N", "F"})


def _draft_size(width: int, height: int, fit: tuple[int, int] | None) -> tuple[int, int]:
    """The size libjpeg decodes at when asked for at least ``fit`` (as ``JpegImageFile.draft``)."""
    if fit is None:
        return width, height
    scale = min(width // max(1, fit[0]), height // max(1, fit[1]))
    for step in (8, 4, 2, 1):
        if scale >= step:
            return -(-width // step), -(-height // step)
    return width, height


def _drafts(fmt: str | None) -> bool:
    return fmt in ("JPEG", "MPO")


def can_decode(info: ImageInfo, fit: tuple[int, int] | None = None) -> bool:
    """Whether the decoding functions here will accept this image.

    ``fit`` is the displayed size the caller needs at least; JPEGs decode at a reduced
    scale that still covers it, which is how oversized JPEGs stay within the cap.
    """
    width, height = info.stored_width or info.width, info.stored_height or info.height
    if _drafts(info.format) and fit is not None:
        stored_fit = displayed_size(fit[0], fit[1], info.orientation)
        width, height = _draft_size(width, height, stored_fit)
    return width * height <= MAX_DECODE_PIXELS


def _too_large(name: str, purpose: str, width: int, height: int) -> ImageError:
    return ImageError(
        f"{name} is too large to {purpose}: {width} × {height} px is more than the "
        f"{MAX_DECODE_PIXELS // 1_000_000} megapixels Storyreel decodes."
    )


def _damaged(name: str, exc: BaseException) -> ImageError:
    detail = str(exc) or type(exc).__name__
    if "truncated" in detail.lower() or isinstance(exc, EOFError):
        return IncompleteImage(image_integrity.describe(name, image_integrity.CUT_SHORT))
    return ImageError(f"{name} is damaged: its image data cannot be decoded ({detail}).")


FitFor = Callable[[int, int], tuple[int, int] | None]


def _decode_first_frame(
    path: str | os.PathLike[str], purpose: str, fit_for: FitFor | None = None
) -> Image.Image:
    """The first frame decoded and turned upright, in the mode the file stores.

    ``fit_for`` receives the displayed size and returns the displayed size the caller
    needs at least (or None for full size); JPEGs are then decoded at the smallest of
    1/1, 1/2, 1/4, 1/8 that still covers it.
    """
    from PIL import Image, ImageOps

    with open_image_file(path) as (fp, name, _size):
        head = fp.read(HEAD_BYTES)
        if is_webp(head):
            webp = read_webp_header(fp, name)
            if webp.width * webp.height > MAX_DECODE_PIXELS:
                raise _too_large(name, purpose, webp.width, webp.height)
        im = identify(fp, name, head)
        orientation = read_orientation(im, fp)
        fit = fit_for(*displayed_size(*im.size, orientation)) if fit_for else None
        if fit is not None and _drafts(im.format):
            im.draft(None, displayed_size(fit[0], fit[1], orientation))
        width, height = im.size
        if width * height > MAX_DECODE_PIXELS:
            raise _too_large(name, purpose, width, height)
        try:
            im.load()
        except Image.DecompressionBombError:
            raise _too_large(name, purpose, width, height) from None
        except DAMAGED_ERRORS as exc:
            raise _damaged(name, exc) from None
        if orientation != 1:
            # unreadable EXIF: probe called it upright, so it stays upright
            with contextlib.suppress(*DAMAGED_ERRORS):
                ImageOps.exif_transpose(im, in_place=True)
        return im


def _gray_to_8bit(im: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) gray scaled to 0-255 over its full range, not clipped at 255."""
    wide = im if im.mode == "F" else im.convert("I")
    _low, high = wide.getextrema()
    assert not isinstance(high, tuple)  # a gray image has one band, so plain numbers
    if im.mode.startswith("I;16"):
        top = 65535.0
    elif im.mode == "F" and high <= 1.0:
        top = 1.0
    elif high > 255:
        top = 65535.0 if high <= 65535 else float(high)
    else:
        top = 255.0
    if top != 255.0:
        wide = wide.point(lambda value: value * (255.0 / top) + 0.5)
    return wide.convert("L")


def _upright_rgb(im: Image.Image, name: str) -> Image.Image:
    """RGB, or RGBA when some pixel is actually see-through; colour profile kept if still valid."""
    icc = im.info.get("icc_profile") if im.mode in ("RGB", "RGBA", "P", "PA") else None
    try:
        if im.mode in _WIDE_GRAY_MODES:
            im = _gray_to_8bit(im)
        if im.mode in ALPHA_MODES or "transparency" in im.info:
            rgba = im.convert("RGBA")
            low_alpha = rgba.getchannel("A").getextrema()[0]
            assert not isinstance(low_alpha, tuple)  # one channel, so plain numbers
            result = rgba if low_alpha < 255 else rgba.convert("RGB")
        else:
            result = im if im.mode == "RGB" else im.convert("RGB")
    except ValueError:
        raise ImageError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} uses a colour mode ({mode}) Storyreel cannot convert to RGB."
            ),
            name=name,
            mode=im.mode,
        ) from None
    # A clean slate: stale EXIF (orientation!) or transparency keys must not reach a saved copy.
    result.info = {"icc_profile": icc} if icc else {}
    return result


def make_thumbnail(path: str | os.PathLike[str], max_side: int = 256) -> Image.Image:
    """A preview at most ``max_side`` px on its longer side, upright, RGB or RGBA.

    JPEGs are decoded at the smallest of 1/2 to 1/8 scale that still covers the thumbnail:
    libjpeg's scaled decoding averages each block, so that is already a clean reduction,
    and decoding at 1/8 instead of 1/4 saves a quarter of the time on a 36-megapixel photo.
    What remains is reading every byte of the compressed data, which no scale avoids.
    """
    if max_side < 1:
        raise ValueError("max_side must be at least 1")

    def fit_for(width: int, height: int) -> tuple[int, int]:
        scale = min(1.0, max_side / max(width, height))
        return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))

    from PIL import Image

    name = Path(path).name
    image = _upright_rgb(_decode_first_frame(path, "preview", fit_for), name)
    image.thumbnail((max_side, max_side), Image.Resampling.BICUBIC, reducing_gap=2.0)
    return image


def verify_decodable(path: str | os.PathLike[str]) -> None:
    """Decode the first frame fully, to find pixel data that is cut short or corrupt.

    Slow for big files: call it from a worker thread. An oversized JPEG is decoded at a
    reduced scale, which still reads every byte of its compressed data.
    """

    def fit_for(width: int, height: int) -> tuple[int, int] | None:
        if width * height <= MAX_DECODE_PIXELS:
            return None
        scale = math.sqrt(MAX_DECODE_PIXELS / (width * height))
        return max(1, int(width * scale)), max(1, int(height * scale))

    _decode_first_frame(path, "check", fit_for)


def _fit_pixels(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    if width * height <= max_pixels:
        return width, height
    scale = math.sqrt(max_pixels / (width * height))
    fitted_width, fitted_height = max(1, int(width * scale)), max(1, int(height * scale))
    while fitted_width * fitted_height > max_pixels:
        if fitted_width >= fitted_height:
            fitted_width -= 1
        else:
            fitted_height -= 1
    return fitted_width, fitted_height


def load_for_encoding(path: str | os.PathLike[str], max_pixels: int | None = None) -> Image.Image:
    """The first frame, upright, as RGB (RGBA only with real transparency), ready to encode.

    CMYK becomes RGB, 16-bit becomes 8-bit over the full range, palettes are expanded.
    With ``max_pixels`` the result is scaled down to at most that many pixels.
    """
    if max_pixels is not None and max_pixels < 1:
        raise ValueError("max_pixels must be at least 1")

    def fit_for(width: int, height: int) -> tuple[int, int] | None:
        if max_pixels is None or width * height <= max_pixels:
            return None
        return _fit_pixels(width, height, max_pixels)

    from PIL import Image

    name = Path(path).name
    image = _upright_rgb(_decode_first_frame(path, "convert", fit_for), name)
    if max_pixels is not None and image.width * image.height > max_pixels:
        size = _fit_pixels(image.width, image.height, max_pixels)
        icc = image.info.get("icc_profile")
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        image.info = {"icc_profile": icc} if icc else {}
    return image


def decode_for_fixing(path: str | os.PathLike[str], fit_for: FitFor | None) -> Image.Image:
    """:func:`load_for_encoding` for the fixers, which need their own decode size.

    ``fit_for`` gets the displayed size and returns the displayed size needed at least.
    """
    name = Path(path).name
    return _upright_rgb(_decode_first_frame(path, "fix", fit_for), name)
