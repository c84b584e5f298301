"""Offline preview renderer: a motion sketch of the user's own frames, written as a real MP4.

This is what the local "offline preview engine" returns instead of a generated video. It
is *not* AI generation: it only moves a virtual camera over the user's input images and
dissolves between them, so that timing and storyboards can be checked for free. Every
frame carries a corner label that says so.

The work is done in Y'CbCr 4:2:0 from the start: each source image is decoded once,
cover-cropped to the output shape at a working size slightly larger than the output,
converted to BT.709 limited-range planes, and then each video frame is only a sub-pixel
crop + bilinear resize (plus a blend during dissolves) of those planes. A helper thread
renders frames ahead while libx264 encodes (a 1080p 12 s clip takes ~8 s on two cores).
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import uuid
from array import array
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont, ImageOps

__all__ = [
    "DEFAULT_LABEL",
    "RATIOS",
    "RESOLUTIONS",
    "RenderSpec",
    "output_size",
    "render_preview",
]

DEFAULT_LABEL = "Storyreel preview · motion sketch, not AI generation"

RESOLUTIONS: dict[str, int] = {"480p": 480, "720p": 720, "1080p": 1080}
"""Short side of the output, in pixels, for each resolution name."""

RATIOS: dict[str, tuple[int, int]] = {
    "16:9": (16, 9),
    "4:3": (4, 3),
    "1:1": (1, 1),
    "3:4": (3, 4),
    "9:16": (9, 16),
    "21:9": (21, 9),
}
ADAPTIVE = "adaptive"
MIN_ASPECT = 9 / 21
MAX_ASPECT = 21 / 9

MIN_SIDE = 16
MAX_SIDE = 4096
MAX_FPS = 120
MAX_DURATION_S = 600
AUDIO_RATE = 48_000

# Working sources are this much larger than the output, so the deepest zoom (12 %) is
# still a (slight) downscale and never an upscale.
_MAX_ZOOM = 0.12
_WORK_MARGIN = 1.0 + _MAX_ZOOM

# Transparent pixels are flattened onto this neutral grey.
NEUTRAL_BACKGROUND = (128, 128, 128)

_X264_OPTIONS = {"preset": "veryfast", "crf": "21"}
_PREFETCH = 4  # frames rendered ahead of the encoder

# RGB (full range) -> BT.709 limited-range Y'CbCr, as a Pillow 12-tuple conversion matrix.
_KR, _KG, _KB = 0.2126, 0.7152, 0.0722
_Y_SCALE, _C_SCALE = 219 / 255, 224 / 255
_BT709_MATRIX = (
    _KR * _Y_SCALE, _KG * _Y_SCALE, _KB * _Y_SCALE, 16.0,
    -_KR / (2 * (1 - _KB)) * _C_SCALE, -_KG / (2 * (1 - _KB)) * _C_SCALE, 0.5 * _C_SCALE, 128.0,
    0.5 * _C_SCALE, -_KG / (2 * (1 - _KR)) * _C_SCALE, -_KB / (2 * (1 - _KR)) * _C_SCALE, 128.0,
)  # fmt: skip
# AVCOL_* values for BT.709 primaries / transfer / matrix, and AVCOL_RANGE_MPEG.
_AVCOL_BT709 = 1
_AVCOL_RANGE_MPEG = 1

_BILINEAR = Image.Resampling.BILINEAR


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True)
class RenderSpec:
    """What to render. Image paths must be files already on local disk."""

    width: int  # output size in pixels, both even
    height: int
    fps: int  # 24 by default
    frame_count: int  # total frames (duration_s * fps, or the model's 'frames' value)
    first_frame: Path | None = None
    last_frame: Path | None = None
    references: tuple[Path, ...] = ()
    audio: bool = False  # add an AAC stereo track of the same duration
    seed: int | None = None  # same spec + same seed -> same motion; None -> random motion
    label: str = DEFAULT_LABEL

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.fps

    def validate(self) -> None:
        """Raise ValueError with a readable message if this spec cannot be rendered.

        Only checks the numbers and that the image paths are existing files; whether the
        files are readable images is found out when they are opened.
        """
        for name in ("width", "height", "fps", "frame_count"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"{name} must be an integer, got {value!r}")
        w, h = self.width, self.height
        if w <= 0 or h <= 0:
            raise ValueError(f"output size must be positive, got {w}x{h}")
        if w % 2 or h % 2:
            raise ValueError(f"output width and height must be even numbers, got {w}x{h}")
        if min(w, h) < MIN_SIDE or max(w, h) > MAX_SIDE:
            raise ValueError(
                f"output size {w}x{h} is outside {MIN_SIDE}..{MAX_SIDE} pixels per side"
            )
        if not 1 <= self.fps <= MAX_FPS:
            raise ValueError(f"fps must be between 1 and {MAX_FPS}, got {self.fps}")
        if self.frame_count < 1:
            raise ValueError(f"frame_count must be at least 1, got {self.frame_count}")
        if self.frame_count > self.fps * MAX_DURATION_S:
            raise ValueError(
                f"{self.frame_count} frames at {self.fps} fps is longer than {MAX_DURATION_S} s"
            )
        if self.seed is not None and (
            not isinstance(self.seed, int) or isinstance(self.seed, bool)
        ):
            raise ValueError(f"seed must be an integer or None, got {self.seed!r}")
        if not isinstance(self.label, str):
            raise ValueError(f"label must be a string, got {self.label!r}")
        if not isinstance(self.references, tuple | list):
            raise ValueError("references must be a tuple of paths")
        images = [("first_frame", self.first_frame), ("last_frame", self.last_frame)]
        images += [(f"references[{i}]", p) for i, p in enumerate(self.references)]
        for name, path in images:
            if path is None:
                if name.startswith("references"):
                    raise ValueError(f"{name} is None")
                continue
            if not Path(path).is_file():
                raise ValueError(f"{name} is not an image file on disk: {path}")


def output_size(
    resolution: str | None, ratio: str | None, image_size: tuple[int, int] | None
) -> tuple[int, int]:
    """The (width, height) of a preview, both even.

    ``resolution`` ("480p", "720p", "1080p"; None -> 480p) sets the short side. ``ratio``
    ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9") sets the shape; "adaptive" or None
    follows ``image_size`` (clamped to between 9:21 and 21:9), or 16:9 without an image.
    """
    key = "480p" if resolution is None else str(resolution).strip().lower()
    if key not in RESOLUTIONS:
        raise ValueError(
            f"unknown resolution {resolution!r}; expected one of {', '.join(RESOLUTIONS)}"
        )
    short = RESOLUTIONS[key]

    shape = ADAPTIVE if ratio is None else str(ratio).strip().lower()
    if shape in RATIOS:
        rw, rh = RATIOS[shape]
        aspect = rw / rh
    elif shape == ADAPTIVE:
        if image_size is not None and image_size[0] > 0 and image_size[1] > 0:
            aspect = min(max(image_size[0] / image_size[1], MIN_ASPECT), MAX_ASPECT)
        else:
            aspect = 16 / 9
    else:
        raise ValueError(
            f"unknown ratio {ratio!r}; expected one of {', '.join(RATIOS)} or {ADAPTIVE!r}"
        )

    width: float
    height: float
    if aspect >= 1:
        width, height = short * aspect, short
    else:
        width, height = short, short / aspect
    return _even(width), _even(height)


def render_preview(
    spec: RenderSpec,
    out_path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Render ``spec`` to an MP4 at ``out_path`` (H.264 yuv420p, plus AAC when asked).

    The file is written beside ``out_path`` under a temporary name and renamed into place
    once complete, so ``out_path`` is either the finished video or untouched. Raises
    ValueError for a bad spec or an unreadable image. ``progress(done, total)`` is called
    from the calling thread after each encoded frame; an exception raised by it aborts the
    render (that is how to cancel one) and leaves no file behind.
    """
    spec.validate()
    out_path = Path(out_path)
    rng = random.Random(spec.seed) if spec.seed is not None else random.Random()
    timeline = _build_timeline(spec, rng)
    label = _build_label(spec.label, spec.width, spec.height)

    tmp_path = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        _encode(spec, timeline, label, rng, tmp_path, progress)
        os.replace(tmp_path, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


# --------------------------------------------------------------------------- small helpers


def _even(value: float) -> int:
    return max(2, 2 * round(value / 2))


def _clamp01(x: float) -> float:
    return 0.0 if x <= 0 else 1.0 if x >= 1 else x


def _smoothstep(x: float) -> float:
    x = _clamp01(x)
    return x * x * (3 - 2 * x)


def _smootherstep(x: float) -> float:
    x = _clamp01(x)
    return x * x * x * (x * (6 * x - 15) + 10)


# --------------------------------------------------------------------------- sources


class _Source:
    """One picture prepared for per-frame work: BT.709 Y'CbCr 4:2:0 planes at working size."""

    def __init__(self, rgb: Image.Image) -> None:
        ycc = rgb.convert("RGB", _BT709_MATRIX)
        y, cb, cr = ycc.split()
        self.y = y
        self.cb = cb.reduce(2)
        self.cr = cr.reduce(2)
        self.width, self.height = y.size  # both even

    def view(self, cam: _Camera, width: int, height: int) -> tuple[Image.Image, ...]:
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


def _working_size(width: int, height: int) -> tuple[int, int]:
    return _even(width * _WORK_MARGIN + 1), _even(height * _WORK_MARGIN + 1)


def _load_rgb(path: Path, size: tuple[int, int]) -> Image.Image:
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


def _gradient_card(size: tuple[int, int], rng: random.Random) -> Image.Image:
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


# --------------------------------------------------------------------------- motion


@dataclass(frozen=True)
class _Camera:
    """Zoom >= 1 over the working source; dx/dy in [-1, 1] place the view within the slack."""

    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0


@dataclass(frozen=True)
class _Move:
    """A camera move from ``start`` to ``end``; ``at`` takes an already-eased 0..1."""

    start: _Camera
    end: _Camera

    def at(self, e: float) -> _Camera:
        a, b = self.start, self.end
        return _Camera(
            a.zoom + (b.zoom - a.zoom) * e, a.dx + (b.dx - a.dx) * e, a.dy + (b.dy - a.dy) * e
        )


def _direction(rng: random.Random) -> tuple[float, float]:
    angle = rng.choice(range(8)) * math.pi / 4 + rng.uniform(-0.3, 0.3)
    return math.cos(angle), math.sin(angle)


def _push_in(rng: random.Random) -> _Move:
    """Ken Burns that starts exactly on the full picture: zoom in 8-12 % with a slight pan."""
    dx, dy = _direction(rng)
    reach = rng.uniform(0.55, 0.9)
    zoom = 1.0 + rng.uniform(0.08, _MAX_ZOOM)
    return _Move(_Camera(1.0), _Camera(zoom, dx * reach, dy * reach))


def _pull_out(rng: random.Random) -> _Move:
    """The reverse: starts zoomed in and settles exactly on the full picture."""
    move = _push_in(rng)
    return _Move(move.end, move.start)


def _drift(rng: random.Random) -> _Move:
    """A held zoom with a slow pan across."""
    dx, dy = _direction(rng)
    zoom = 1.0 + rng.uniform(0.08, _MAX_ZOOM)
    return _Move(_Camera(zoom, -dx * 0.8, -dy * 0.8), _Camera(zoom, dx * 0.8, dy * 0.8))


@dataclass(frozen=True)
class _Layer:
    source: int  # index into the timeline's sources
    camera: _Camera
    weight: float  # how much of this layer shows over the layers before it (0..1)


class _Timeline:
    """The sources and, for each frame, which of them show with which camera."""

    def __init__(self, sources: list[_Source], frames: list[tuple[_Layer, ...]]) -> None:
        self.sources = sources
        self.frames = frames


def _build_timeline(spec: RenderSpec, rng: random.Random) -> _Timeline:
    n = spec.frame_count
    size = _working_size(spec.width, spec.height)

    if spec.first_frame is not None or spec.last_frame is not None:
        paths = [p for p in (spec.first_frame, spec.last_frame) if p is not None]
    else:
        paths = list(spec.references)
    sources = _load_sources(paths, size)

    def t_of(i: int) -> float:
        return i / (n - 1) if n > 1 else 0.0

    frames: list[tuple[_Layer, ...]] = []
    if spec.first_frame is not None and spec.last_frame is not None:
        # One shared camera pushes in gently while the first picture dissolves into the last.
        dx, dy = _direction(rng)
        push = _Move(_Camera(1.0), _Camera(1.0 + rng.uniform(0.035, 0.05), dx * 0.4, dy * 0.4))
        for i in range(n):
            t = t_of(i)
            cam = push.at(_smoothstep(t))
            mix = _smootherstep((t - 0.15) / 0.7)
            frames.append((_Layer(0, cam, 1.0), _Layer(1, cam, mix)))
    elif sources and spec.first_frame is None and spec.last_frame is not None:
        move = _pull_out(rng)  # lands exactly on the last frame
        frames = [(_Layer(0, move.at(_smoothstep(t_of(i))), 1.0),) for i in range(n)]
    elif len(sources) == 1:  # first frame only, or a single reference
        move = _push_in(rng)
        frames = [(_Layer(0, move.at(_smoothstep(t_of(i))), 1.0),) for i in range(n)]
    elif sources:
        frames = _sequence(len(sources), n, spec.fps, rng)
    else:
        sources = [_Source(_gradient_card(size, rng))]
        zoom = 1.0 + rng.uniform(0.05, 0.07)
        dx, dy = _direction(rng)
        move = _Move(_Camera(1.0), _Camera(zoom, dx * 0.6, dy * 0.6))
        frames = [(_Layer(0, move.at(_smoothstep(t_of(i))), 1.0),) for i in range(n)]
    return _Timeline(sources, frames)


def _sequence(count: int, n: int, fps: int, rng: random.Random) -> list[tuple[_Layer, ...]]:
    """Each reference held with its own slow move, with short dissolves between them."""
    makers = [_push_in, _pull_out, _drift]
    moves: list[_Move] = []
    previous = None
    for _ in range(count):
        maker = rng.choice([m for m in makers if m is not previous])
        moves.append(maker(rng))
        previous = maker

    seg = n / count
    half = max(min(0.3 * fps, 0.2 * seg), 1e-6)  # half the dissolve, in frames

    def camera(k: int, x: float) -> _Camera:
        start = max(0.0, k * seg - half)
        end = min(float(n), (k + 1) * seg + half)
        u = _clamp01((x - start) / (end - start))
        return moves[k].at(0.35 * u + 0.65 * _smoothstep(u))

    frames: list[tuple[_Layer, ...]] = []
    for i in range(n):
        x = i + 0.5  # the middle of frame i on the timeline [0, n]
        k = min(int(x // seg), count - 1)
        if k > 0 and x - k * seg < half:
            a, b, mix = k - 1, k, _smootherstep((x - k * seg + half) / (2 * half))
        elif k < count - 1 and (k + 1) * seg - x < half:
            a, b, mix = k, k + 1, _smootherstep((x - (k + 1) * seg + half) / (2 * half))
        else:
            frames.append((_Layer(k, camera(k, x), 1.0),))
            continue
        frames.append((_Layer(a, camera(a, x), 1.0), _Layer(b, camera(b, x), mix)))
    return frames


def _load_sources(paths: list[Path], size: tuple[int, int]) -> list[_Source]:
    if not paths:
        return []

    def prepare(path: Path) -> _Source:
        return _Source(_load_rgb(Path(path), size))

    if len(paths) == 1:
        return [prepare(paths[0])]
    with ThreadPoolExecutor(max_workers=2) as pool:  # decoding releases the GIL
        return list(pool.map(prepare, paths))


# --------------------------------------------------------------------------- label


@dataclass(frozen=True)
class _Label:
    x: int  # even position and size, so the chroma planes line up
    y: int
    luma: Image.Image
    alpha: Image.Image
    chroma_alpha: Image.Image

    def draw(self, y: Image.Image, cb: Image.Image, cr: Image.Image) -> None:
        y.paste(self.luma, (self.x, self.y), self.alpha)
        cx, cy = self.x // 2, self.y // 2
        box = (cx, cy, cx + self.chroma_alpha.width, cy + self.chroma_alpha.height)
        cb.paste(128, box, self.chroma_alpha)
        cr.paste(128, box, self.chroma_alpha)


_MIN_FONT_PX = 9


def _build_label(text: str, width: int, height: int) -> _Label | None:
    """A small translucent dark pill with light text, bottom-left.

    It scales with the video's height (its short side, for portrait videos) and takes at
    most about 70 % of the width; text that still does not fit is shortened with "…".
    """
    text = " ".join(text.split()) or DEFAULT_LABEL
    short = min(width, height)
    margin = _even(max(4.0, short * 0.03))
    max_width = width - 2 * margin
    comfortable = min(max_width, round(width * 0.7))
    size = max(_MIN_FONT_PX, round(short * 0.026))
    while True:
        font = ImageFont.load_default(size=size)
        pad_x, text_w = round(size * 0.75), _text_width(font, text)
        if text_w + 2 * pad_x <= comfortable or size <= _MIN_FONT_PX:
            break
        size -= 1
    while text_w + 2 * pad_x > max_width and len(text) > 1:
        text = text[:-2].rstrip() + "…"
        text_w = _text_width(font, text)
    pill_w = _even(text_w + 2 * pad_x)
    pill_h = _even(size * 1.75)
    if pill_w > max_width or pill_h + 2 * margin > height:
        return None  # too small a video for any legible label

    sample = 4  # draw the pill supersampled for smooth round ends
    pill = Image.new("L", (pill_w * sample, pill_h * sample), 0)
    ImageDraw.Draw(pill).rounded_rectangle(
        (0, 0, pill_w * sample - 1, pill_h * sample - 1), radius=pill_h * sample // 2, fill=255
    )
    pill_alpha = pill.resize((pill_w, pill_h), Image.Resampling.BOX).point(
        lambda v: round(v * 0.56)
    )
    ink = Image.new("L", (pill_w, pill_h), 0)
    ImageDraw.Draw(ink).text(
        ((pill_w - text_w) / 2, pill_h / 2), text, fill=255, font=font, anchor="lm"
    )
    back = Image.new("RGBA", (pill_w, pill_h), (8, 8, 10, 0))
    back.putalpha(pill_alpha)
    front = Image.new("RGBA", (pill_w, pill_h), (246, 246, 246, 0))
    front.putalpha(ink.point(lambda v: round(v * 0.94)))
    label = Image.alpha_composite(back, front)
    alpha = label.getchannel("A")
    luma = label.convert("RGB").convert("RGB", _BT709_MATRIX).getchannel(0)
    return _Label(
        x=margin,
        y=height - margin - pill_h,
        luma=luma,
        alpha=alpha,
        chroma_alpha=alpha.resize((pill_w // 2, pill_h // 2), Image.Resampling.BOX),
    )


def _text_width(font: ImageFont.FreeTypeFont | ImageFont.ImageFont, text: str) -> int:
    left, _, right, _ = font.getbbox(text)
    return math.ceil(right - left)


# --------------------------------------------------------------------------- frames


def _compose(
    timeline: _Timeline, index: int, width: int, height: int, label: _Label | None
) -> av.VideoFrame:
    layers = timeline.frames[index]
    # Start from the topmost fully opaque layer: whatever lies below it is hidden.
    bottom = max(i for i, layer in enumerate(layers) if layer.weight >= 1.0)
    planes: tuple[Image.Image, ...] = ()
    for layer in layers[bottom:]:
        if layer.weight <= 0.0:
            continue
        view = timeline.sources[layer.source].view(layer.camera, width, height)
        if not planes:
            planes = view
        else:
            planes = tuple(
                Image.blend(a, b, layer.weight) for a, b in zip(planes, view, strict=True)
            )
    if label is not None:
        label.draw(*planes)
    frame = av.VideoFrame(width, height, "yuv420p")
    for plane, image in zip(frame.planes, planes, strict=True):
        if plane.line_size != image.width:  # rows are padded for alignment
            padded = Image.new("L", (plane.line_size, image.height), 0)
            padded.paste(image, (0, 0))
            image = padded
        plane.update(image.tobytes())
    frame.colorspace = _AVCOL_BT709
    frame.color_range = _AVCOL_RANGE_MPEG
    return frame


# --------------------------------------------------------------------------- audio


def _ambient_pad(samples: int, rng: random.Random) -> tuple[bytes, bytes]:
    """A soft, slowly breathing major-add9 pad: float32 samples for the left and right channel.

    Every partial is a multiple of 0.5 Hz, so each layer repeats exactly every two seconds;
    one period is synthesised and tiled, then shaped by slow envelopes.
    """
    root = rng.choice((98, 110, 130, 146))  # ~G2, A2, C3, D3 (even, so 2.25x stays on 0.5 Hz)
    period = 2 * AUDIO_RATE
    # (ratio to the root, amplitude, right-channel detune in Hz)
    body = ((1.0, 0.50, 0.0), (1.5, 0.30, 0.5), (2.0, 0.26, -0.5), (4.0, 0.04, 0.5))
    colour = ((2.25, 0.16, 0.5), (2.5, 0.20, -0.5), (3.0, 0.14, 0.5), (4.5, 0.05, -0.5))

    def layer(partials: tuple[tuple[float, float, float], ...], right: bool) -> list[float]:
        (a1, s1, p1), (a2, s2, p2), (a3, s3, p3), (a4, s4, p4) = (
            (amp, 2 * math.pi * (root * ratio + (detune if right else 0.0)) / AUDIO_RATE,
             rng.uniform(0, 2 * math.pi))
            for ratio, amp, detune in partials
        )  # fmt: skip
        sin = math.sin
        return [
            a1 * sin(p1 + s1 * k) + a2 * sin(p2 + s2 * k) + a3 * sin(p3 + s3 * k)
            + a4 * sin(p4 + s4 * k)
            for k in range(period)
        ]  # fmt: skip

    layers = {
        (name, right): layer(parts, right)
        for name, parts in (("body", body), ("colour", colour))
        for right in (False, True)
    }
    peak = max(
        max(map(abs, layers["body", right])) + max(map(abs, layers["colour", right]))
        for right in (False, True)
    )
    level = 0.36 / peak  # peaks near -14 dBFS once the slow envelopes are applied

    # Envelopes, piecewise constant over 10 ms blocks (far too slow to be heard as steps).
    duration = samples / AUDIO_RATE
    block = AUDIO_RATE // 100
    fade_in = min(1.5, duration * 0.3)
    fade_out = min(2.0, duration * 0.35)
    body_rate, colour_rate = rng.uniform(0.05, 0.08), rng.uniform(0.09, 0.13)
    body_phase, colour_phase = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    body_gain: list[float] = []
    colour_gain: list[float] = []
    for start in range(0, samples, block):
        t = (start + block / 2) / AUDIO_RATE
        master = _smoothstep(t / fade_in) * _smoothstep((duration - t) / fade_out) * level
        b = master * (0.82 + 0.18 * math.sin(2 * math.pi * body_rate * t + body_phase))
        c = master * (0.5 + 0.5 * math.sin(2 * math.pi * colour_rate * t + colour_phase)) ** 2
        body_gain.append(b)
        colour_gain.append(c)
    bg = [g for g in body_gain for _ in range(block)][:samples]
    cg = [g for g in colour_gain for _ in range(block)][:samples]

    def channel(right: bool) -> bytes:
        repeats = samples // period + 1
        body_wave = (layers["body", right] * repeats)[:samples]
        colour_wave = (layers["colour", right] * repeats)[:samples]
        mixed = [
            a * ga + b * gb for a, ga, b, gb in zip(body_wave, bg, colour_wave, cg, strict=True)
        ]
        return array("f", mixed).tobytes()

    return channel(False), channel(True)


class _AudioWriter:
    """Feeds the pad to the AAC encoder in step with the video, so the file interleaves."""

    def __init__(self, stream: av.audio.stream.AudioStream, left: bytes, right: bytes) -> None:
        self.stream = stream
        self.left, self.right = left, right
        self.total = len(left) // 4
        self.done = 0
        self.chunk = stream.codec_context.frame_size or 1024

    def write_until(self, container: av.container.OutputContainer, sample: int) -> None:
        sample = min(sample, self.total)
        while self.done + self.chunk <= sample or (sample == self.total and self.done < sample):
            count = min(self.chunk, self.total - self.done)
            frame = av.AudioFrame(format="fltp", layout="stereo", samples=count)
            frame.sample_rate = AUDIO_RATE
            frame.pts = self.done
            frame.time_base = Fraction(1, AUDIO_RATE)
            a, b = self.done * 4, (self.done + count) * 4
            frame.planes[0].update(self.left[a:b])
            frame.planes[1].update(self.right[a:b])
            container.mux(self.stream.encode(frame))
            self.done += count

    def finish(self, container: av.container.OutputContainer) -> None:
        self.write_until(container, self.total)
        container.mux(self.stream.encode(None))


# --------------------------------------------------------------------------- encoding


def _encode(
    spec: RenderSpec,
    timeline: _Timeline,
    label: _Label | None,
    rng: random.Random,
    tmp_path: Path,
    progress: Callable[[int, int], None] | None,
) -> None:
    width, height, n, fps = spec.width, spec.height, spec.frame_count, spec.fps
    container = av.open(str(tmp_path), mode="w", format="mp4", options={"movflags": "+faststart"})
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyreel-preview")
    pending: deque[Future[av.VideoFrame]] = deque()
    try:
        container.metadata["title"] = "Storyreel offline preview"
        container.metadata["comment"] = " ".join(spec.label.split()) or DEFAULT_LABEL
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        video.options = dict(_X264_OPTIONS)
        ctx = video.codec_context
        ctx.gop_size = 2 * fps  # a keyframe every 2 s keeps scrubbing snappy
        ctx.colorspace = ctx.color_primaries = ctx.color_trc = _AVCOL_BT709
        ctx.color_range = _AVCOL_RANGE_MPEG

        audio_stream = None
        if spec.audio:
            audio_stream = container.add_stream(
                "aac", rate=AUDIO_RATE, options={"aac_coder": "fast"}
            )
            audio_stream.layout = "stereo"
            audio_stream.codec_context.bit_rate = 128_000

        def submit(i: int) -> None:
            pending.append(pool.submit(_compose, timeline, i, width, height, label))

        for i in range(min(_PREFETCH, n)):
            submit(i)
        audio: _AudioWriter | None = None
        if audio_stream is not None:  # synthesised while the first frames render
            samples = round(n * AUDIO_RATE / fps)
            audio = _AudioWriter(audio_stream, *_ambient_pad(samples, rng))
        time_base = Fraction(1, fps)
        for i in range(n):
            frame = pending.popleft().result()
            if i + _PREFETCH < n:
                submit(i + _PREFETCH)
            frame.pts = i
            frame.time_base = time_base
            container.mux(video.encode(frame))
            if audio is not None:
                audio.write_until(container, (i + 1) * AUDIO_RATE // fps)
            if progress is not None:
                progress(i + 1, n)
        container.mux(video.encode(None))
        if audio is not None:
            audio.finish(container)
    except BaseException:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        with contextlib.suppress(Exception):
            container.close()
        raise
    pool.shutdown(wait=True)
    container.close()
