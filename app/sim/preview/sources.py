"""The preview's pictures: each decoded once, upright, cover-cropped to the output shape at a
working size slightly larger than the output, and kept as BT.709 Y'CbCr 4:2:0 planes, so that
each video frame is only a sub-pixel crop and bilinear resize of them."""

from __future__ import annotations

import math
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps

from app.sim.preview.camera import MAX_ZOOM, Camera
from app.sim.preview.spec import even

_WORK_MARGIN = 1.0 + MAX_ZOOM

# Transparent pixels are flattened onto this neutral grey.
NEUTRAL_BACKGROUND = (128, 128, 128)

# RGB (full range) -> BT.709 limited-range Y'CbCr, as a Pillow 12-tuple conversion matrix.
_KR, _KG, _KB = 0.2126, 0.7152, 0.0722
_Y_SCALE, _C_SCALE = 219 / 255, 224 / 255
BT709_MATRIX = (
    _KR * _Y_SCALE, _KG * _Y_SCALE, _KB * _Y_SCALE, 16.0,
    -_KR / (2 * (1 - _KB)) * _C_SCALE, -_KG / (2 * (1 - _KB)) * _C_SCALE, 0.5 * _C_SCALE, 128.0,
    0.5 * _C_SCALE, -_KG / (2 * (1 - _KR)) * _C_SCALE, -_KB / (2 * (1 - _KR)) * _C_SCALE, 128.0,
)  # fmt: skip

_BILINEAR = Image.Resampling.BILINEAR


class Source:
    """One picture prepared for per-frame work: BT.709 Y'CbCr 4:2:0 planes at working size."""

    def __init__(self, rgb: Image.Image) -> None:
        ycc = rgb.convert("RGB", BT709_MATRIX)
        y, cb, cr = ycc.split()
        self.y = y
        self.cb = cb.reduce(2)
        self.cr = cr.reduce(2)
        self.width, self.height = y.size  # both even

    def view(self, cam: Camera, width: int, height: int) -> tuple[Image.Image, ...]:
        """The output-sized planes seen by ``cam`` (sub-pixel crop + bilinear resize)."""
        sw, sh = self.width, self.height
        bw, bh = sw / cam.zoom, sh / cam.zoom
        cx = sw / 2 + cam.dx * (sw - bw) / 2
        cy = sh / 2 + cam.dy * (sh - bh) / 2
        x0 = max(0.0, cx - bw / 2)
        y0 = max(0.0, cy - bh / 2)
        x1 = min(float(sw), x0 + bw)
        y1 = min(float(sh), y0 + bh)
        y = self.y.resize((width, height), _BILINEAR, box=(x0, y0, x1, y1))
        cbox = (x0 / 2, y0 / 2, x1 / 2, y1 / 2)
        csize = (width // 2, height // 2)
        cb = self.cb.resize(csize, _BILINEAR, box=cbox)
        cr = self.cr.resize(csize, _BILINEAR, box=cbox)
        return y, cb, cr


def working_size(width: int, height: int) -> tuple[int, int]:
    return even(width * _WORK_MARGIN + 1), even(height * _WORK_MARGIN + 1)


def load_rgb(path: Path, size: tuple[int, int]) -> Image.Image:
    """Open ``path``, upright and in RGB, cover-cropped (centred) and resized to ``size``."""
    want_w, want_h = size
    try:
        with Image.open(path) as im:
            stored_w, stored_h = im.size
            try:
                orientation = int(im.getexif().get(0x0112, 1))
            except Exception:  # a broken EXIF block must not stop the preview
                orientation = 1
            upright_w, upright_h = (
                (stored_h, stored_w) if orientation in (5, 6, 7, 8) else (stored_w, stored_h)
            )
            scale = max(want_w / upright_w, want_h / upright_h)
            if scale < 1 and im.format == "JPEG":
                # Let libjpeg decode at 1/2, 1/4 or 1/8 scale (never below what we need).
                im.draft(None, (math.ceil(stored_w * scale), math.ceil(stored_h * scale)))
            im.load()
            try:
                upright = ImageOps.exif_transpose(im)
            except Exception:
                upright = im
            rgb = _to_rgb(upright)
    except ValueError:
        raise
    except Exception as exc:  # OSError, DecompressionBombError, decoder errors on bad files
        raise ValueError(f"cannot read image {path}: {exc}") from exc
    return _cover(rgb, size)


def _cover(rgb: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Centre-crop ``rgb`` to the shape of ``size`` and resize it there (never stretched)."""
    want_w, want_h = size
    w, h = rgb.size
    target = want_w / want_h
    if w / h > target:
        crop_w, crop_h = h * target, float(h)
    else:
        crop_w, crop_h = float(w), w / target
    x0, y0 = (w - crop_w) / 2, (h - crop_h) / 2
    box = (x0, y0, x0 + crop_w, y0 + crop_h)
    return rgb.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)


def _to_rgb(im: Image.Image) -> Image.Image:
    """Any Pillow mode to 8-bit RGB; transparency is flattened onto a neutral grey."""
    mode = im.mode
    if mode == "RGB":
        return im
    if mode.startswith("I") or mode == "F":
        return _high_depth_to_l(im).convert("RGB")
    if mode == "P":
        has_alpha = "transparency" in im.info
        return _flatten(im.convert("RGBA")) if has_alpha else im.convert("RGB")
    if mode in ("RGBA", "LA", "La", "RGBa", "PA"):
        return _flatten(im.convert("RGBA"))
    try:
        return im.convert("RGB")
    except (ValueError, OSError) as exc:
        raise ValueError(f"unsupported image mode {mode!r}") from exc


def _high_depth_to_l(im: Image.Image) -> Image.Image:
    """16-bit / 32-bit integer or float greyscale to 8-bit L."""
    if im.mode not in ("I", "F"):
        im = im.convert("I")  # I;16, I;16B, I;16L, I;16N ...
    lo, hi = im.getextrema()
    assert not isinstance(lo, tuple) and not isinstance(hi, tuple)  # one band: plain numbers
    if im.mode == "F" and lo >= 0 and hi <= 1.0:
        factor = 255.0
    elif hi <= 255:
        factor = 1.0
    elif hi <= 65535:
        factor = 1 / 257
    else:
        factor = 255.0 / hi
    return im.point(lambda v: v * factor).convert("L")


def _flatten(rgba: Image.Image) -> Image.Image:
    background = Image.new("RGB", rgba.size, NEUTRAL_BACKGROUND)
    background.paste(rgba, (0, 0), rgba)
    return background


_CARD_PALETTES = (
    # (top-left, bottom-right, glow)
    ((24, 30, 54), (18, 66, 78), (92, 122, 160)),  # dusk indigo -> deep teal
    ((44, 30, 58), (28, 40, 70), (150, 108, 150)),  # plum -> slate
    ((22, 44, 52), (52, 60, 48), (140, 150, 118)),  # pine -> olive
    ((48, 38, 44), (30, 34, 52), (170, 128, 112)),  # warm clay -> night blue
)


def gradient_card(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A calm diagonal gradient with a soft off-centre glow and vignette."""
    top_left, bottom_right, glow = rng.choice(_CARD_PALETTES)
    small = (max(8, size[0] // 6), max(8, size[1] // 6))
    vertical = Image.linear_gradient("L").resize(small, Image.Resampling.BICUBIC)
    horizontal = (
        Image.linear_gradient("L")
        .transpose(Image.Transpose.ROTATE_90)
        .transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        .resize(small, Image.Resampling.BICUBIC)
    )
    diagonal = Image.blend(vertical, horizontal, 0.5)
    card = Image.composite(
        Image.new("RGB", small, bottom_right), Image.new("RGB", small, top_left), diagonal
    )
    # radial_gradient is 0 at the centre and 255 at the edge; invert it for a glow.
    radial = Image.radial_gradient("L")
    glow_mask = radial.point(lambda v: max(0, 255 - v * 2) * 0.42)
    gx, gy = rng.uniform(0.25, 0.75), rng.uniform(0.25, 0.6)
    glow_layer = Image.new("L", small, 0)
    gsize = (int(small[0] * 1.3), int(small[0] * 1.3))
    glow_mask = glow_mask.resize(gsize, Image.Resampling.BICUBIC)
    glow_layer.paste(
        glow_mask, (int(small[0] * gx - gsize[0] / 2), int(small[1] * gy - gsize[1] / 2))
    )
    card = Image.composite(Image.new("RGB", small, glow), card, glow_layer)
    vignette = radial.point(lambda v: max(0, v - 150) * 0.9).resize(small, Image.Resampling.BICUBIC)
    card = Image.composite(Image.new("RGB", small, (6, 8, 12)), card, vignette)
    return card.resize(size, Image.Resampling.BICUBIC)


def load_sources(paths: list[Path], size: tuple[int, int]) -> list[Source]:
    if not paths:
        return []

    def prepare(path: Path) -> Source:
        return Source(load_rgb(Path(path), size))

    if len(paths) == 1:
        return [prepare(paths[0])]
    with ThreadPoolExecutor(max_workers=2) as pool:  # decoding releases the GIL
        return list(pool.map(prepare, paths))
