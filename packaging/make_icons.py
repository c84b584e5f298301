"""Draws Storyreel's icon once, as SVG and as PNGs, from one description of its shapes.

The icon is a cream film reel over a strip of amber film on a deep indigo tile. The same
list of shapes is written out as SVG (for desktops that scale icons) and painted with
Pillow at every size the platforms ask for, so the two can never drift apart. Painting
happens at eight times the target size and is then scaled down, which gives clean
anti-aliased edges with nothing but Pillow.

Run it after changing the design; the outputs are committed::

    python packaging/make_icons.py

Outputs: ``resources/icons/storyreel.svg``, ``resources/icons/storyreel-<N>.png`` for the
sizes in :data:`PNG_SIZES`, ``packaging/windows/storyreel.ico`` and
``packaging/macos/storyreel.icns``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
WINDOWS_ICON = ROOT / "packaging" / "windows" / "storyreel.ico"
MAC_ICON = ROOT / "packaging" / "macos" / "storyreel.icns"

CANVAS = 512  # the design grid; every coordinate below is in these units
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SUPERSAMPLE = 8

TILE_TOP = "#4353B8"
TILE_BOTTOM = "#1A1E4A"
FILM = "#FFB43F"
REEL = "#FFF4E2"
SHADOW = "#0D1030"


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float


@dataclass(frozen=True)
class Box:
    """A rectangle with rounded corners (radius ``r``)."""

    x: float
    y: float
    w: float
    h: float
    r: float = 0.0


Shape = Circle | Box


@dataclass(frozen=True)
class Layer:
    """Shapes filled with one colour (or the tile's gradient), minus the cut-out shapes.

    Cut-outs are real holes: whatever lies below shows through them, as in a real reel.
    """

    name: str
    shapes: tuple[Shape, ...]
    fill: str
    cutouts: tuple[Shape, ...] = field(default=())
    opacity: float = 1.0
    gradient_to: str | None = None  # vertical gradient from ``fill`` (top) to this (bottom)


def _reel_holes() -> tuple[Shape, ...]:
    centre_x, centre_y, spoke, hole = 236.0, 236.0, 84.0, 37.0
    holes: list[Shape] = [
        Circle(
            round(centre_x + spoke * math.cos(math.radians(-90 + k * 72)), 2),
            round(centre_y + spoke * math.sin(math.radians(-90 + k * 72)), 2),
            hole,
        )
        for k in range(5)
    ]
    holes.append(Circle(centre_x, centre_y, 17.0))  # the axle
    return tuple(holes)


def _sprocket_holes() -> tuple[Shape, ...]:
    holes: list[Shape] = []
    for x in range(292, 452, 36):
        holes.append(Box(x, 306, 20, 16, 4))
        holes.append(Box(x, 358, 20, 16, 4))
    return tuple(holes)


REEL_DISC = Circle(236, 236, 148)

LAYERS: tuple[Layer, ...] = (
    Layer("tile", (Box(24, 24, 464, 464, 100),), TILE_TOP, gradient_to=TILE_BOTTOM),
    # The film leaves the reel along its lower edge, tangent to it, like film being pulled;
    # the part wound on the reel is cut away so the reel's holes show the tile, not film.
    Layer(
        "film",
        (Box(230, 296, 236, 88, 12),),
        FILM,
        cutouts=(REEL_DISC, *_sprocket_holes()),
    ),
    Layer("shadow", (Circle(236, 246, 150),), SHADOW, opacity=0.35),
    Layer("reel", (REEL_DISC,), REEL, cutouts=_reel_holes()),
)


def _fmt(value: float) -> str:
    return f"{value:g}"


def _svg_shape(shape: Shape, colour: str) -> str:
    if isinstance(shape, Circle):
        return (
            f'<circle cx="{_fmt(shape.cx)}" cy="{_fmt(shape.cy)}" r="{_fmt(shape.r)}" '
            f'fill="{colour}"/>'
        )
    return (
        f'<rect x="{_fmt(shape.x)}" y="{_fmt(shape.y)}" width="{_fmt(shape.w)}" '
        f'height="{_fmt(shape.h)}" rx="{_fmt(shape.r)}" fill="{colour}"/>'
    )


def svg() -> str:
    """The icon as a standalone SVG document."""
    defs: list[str] = []
    body: list[str] = []
    for layer in LAYERS:
        fill = layer.fill
        if layer.gradient_to:
            gradient_id = f"{layer.name}-gradient"
            defs.append(
                f'<linearGradient id="{gradient_id}" x1="0" y1="0" x2="0" y2="1">'
                f'<stop offset="0" stop-color="{layer.fill}"/>'
                f'<stop offset="1" stop-color="{layer.gradient_to}"/></linearGradient>'
            )
            fill = f"url(#{gradient_id})"
        attributes = f' opacity="{_fmt(layer.opacity)}"' if layer.opacity < 1 else ""
        if layer.cutouts:
            mask_id = f"{layer.name}-holes"
            cut = "".join(_svg_shape(shape, "#000") for shape in layer.cutouts)
            defs.append(
                f'<mask id="{mask_id}"><rect width="{CANVAS}" height="{CANVAS}" fill="#fff"/>'
                f"{cut}</mask>"
            )
            attributes += f' mask="url(#{mask_id})"'
        shapes = "".join(_svg_shape(shape, fill) for shape in layer.shapes)
        body.append(f'<g id="{layer.name}"{attributes}>{shapes}</g>')
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">',
        "<title>Storyreel</title>",
        "<defs>",
        *defs,
        "</defs>",
        *body,
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


def _paint_shape(draw: ImageDraw.ImageDraw, shape: Shape, scale: float, value: int) -> None:
    if isinstance(shape, Circle):
        box = [
            (shape.cx - shape.r) * scale,
            (shape.cy - shape.r) * scale,
            (shape.cx + shape.r) * scale,
            (shape.cy + shape.r) * scale,
        ]
        draw.ellipse(box, fill=value)
        return
    box = [
        shape.x * scale,
        shape.y * scale,
        (shape.x + shape.w) * scale - 1,
        (shape.y + shape.h) * scale - 1,
    ]
    draw.rounded_rectangle(box, radius=shape.r * scale, fill=value)


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _fill_image(layer: Layer, side: int) -> Image.Image:
    if not layer.gradient_to:
        return Image.new("RGB", (side, side), _hex(layer.fill))
    top, bottom = _hex(layer.fill), _hex(layer.gradient_to)
    column = Image.new("RGB", (1, side))
    for y in range(side):
        t = y / max(side - 1, 1)
        column.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return column.resize((side, side), Image.Resampling.NEAREST)


def render(size: int) -> Image.Image:
    """The icon painted at ``size`` × ``size`` pixels, RGBA."""
    side = size * SUPERSAMPLE
    scale = side / CANVAS
    canvas = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    for layer in LAYERS:
        mask = Image.new("L", (side, side), 0)
        draw = ImageDraw.Draw(mask)
        for shape in layer.shapes:
            _paint_shape(draw, shape, scale, 255)
        for shape in layer.cutouts:
            _paint_shape(draw, shape, scale, 0)
        if layer.opacity < 1:
            mask = mask.point(lambda value, k=layer.opacity: round(value * k))
        paint = _fill_image(layer, side).convert("RGBA")
        paint.putalpha(mask)
        canvas = Image.alpha_composite(canvas, paint)
    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    (ICON_DIR / "storyreel.svg").write_text(svg(), encoding="utf-8")
    rendered = {size: render(size) for size in {*PNG_SIZES, *ICO_SIZES, 1024}}
    for size in PNG_SIZES:
        rendered[size].save(ICON_DIR / f"storyreel-{size}.png", optimize=True)
    # Each size is painted on its own rather than left to the formats' own downscaling.
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    rendered[256].save(
        WINDOWS_ICON,
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[rendered[size] for size in ICO_SIZES if size != 256],
    )
    MAC_ICON.parent.mkdir(parents=True, exist_ok=True)
    mac_sizes = (16, 32, 64, 128, 256, 512)
    rendered[1024].save(MAC_ICON, append_images=[rendered[size] for size in mac_sizes])
    print(f"wrote {ICON_DIR.relative_to(ROOT)}/, {WINDOWS_ICON.name}, {MAC_ICON.name}")


if __name__ == "__main__":
    main()
