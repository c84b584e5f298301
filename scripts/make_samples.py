"""Draw Storyreel's bundled sample frames and write resources/samples/ (images + samples.json).

The samples let someone who has never used Storyreel try it at once, with frames made for
motion: a lighthouse from dusk through the night to dawn (a sequence, so a first and a last
frame make a transition), a paper boat on a pond, a city at blue hour and a mountain road.

Everything is drawn here with Pillow primitives (gradients, polygons, blurred glows), with
fixed random seeds, so running the script again gives the same pictures: no fonts, no
downloads, nothing anyone else owns. Each scene is drawn at twice the output size and scaled
down, which gives the anti-aliased edges ImageDraw does not draw by itself.

Every frame is 1280 × 720 JPEG, well inside every model's rules (sides above 320 px and at
most 4096, width/height between 0.4 and 2.5, JPEG or PNG, under 4.7 MB) and small enough to
commit (the script fails if one reaches 300 KB).

    python scripts/make_samples.py            # writes into resources/samples/
    python scripts/make_samples.py --out DIR  # somewhere else
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1280, 720
SCALE = 2  # drawn at twice the size, then scaled down for smooth edges
W, H = WIDTH * SCALE, HEIGHT * SCALE
JPEG_QUALITY = 88
MAX_BYTES = 300_000
SAMPLES_VERSION = 1

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "samples"

Colour = tuple[int, int, int]
Point = tuple[float, float]

LITE = "bytedance/seedance-1-0/lite/image-to-video"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
PRO_15 = "bytedance/seedance-v1.5-pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


# --- drawing helpers -------------------------------------------------------------------------


def mix(a: Colour, b: Colour, t: float) -> Colour:
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def ramp(stops: Sequence[tuple[float, Colour]], t: float) -> Colour:
    """The colour at ``t`` (0..1) along a gradient of (position, colour) stops."""
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
        if t <= p1:
            return mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return stops[-1][1]


def vertical_gradient(
    image: Image.Image, box: tuple[int, int, int, int], stops: Sequence[tuple[float, Colour]]
) -> None:
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = box
    span = max(1, bottom - top - 1)
    for y in range(top, bottom):
        draw.line([(left, y), (right, y)], fill=ramp(stops, (y - top) / span))


def vertical_gradient_mask(mask: Image.Image, top: int, bottom: int) -> None:
    """Fill an "L" mask from ``top`` at its first row to ``bottom`` at its last."""
    draw = ImageDraw.Draw(mask)
    span = max(1, mask.height - 1)
    for y in range(mask.height):
        draw.line([(0, y), (mask.width, y)], fill=round(top + (bottom - top) * y / span))


def glow(
    image: Image.Image,
    centre: Point,
    radius: float,
    colour: Colour,
    strength: float = 1.0,
    blur: float | None = None,
) -> None:
    """A soft light: a filled disc, blurred, added over the picture."""
    layer = Image.new("L", image.size, 0)
    x, y = centre
    ImageDraw.Draw(layer).ellipse(
        (x - radius, y - radius, x + radius, y + radius), fill=round(255 * strength)
    )
    layer = layer.filter(ImageFilter.GaussianBlur(blur if blur is not None else radius * 0.8))
    light = Image.new("RGB", image.size, colour)
    image.paste(ImageChops.screen(image, light), (0, 0), layer)


def shape_layer(
    size: tuple[int, int], draw_on: Callable[[ImageDraw.ImageDraw], None]
) -> Image.Image:
    layer = Image.new("L", size, 0)
    draw_on(ImageDraw.Draw(layer))
    return layer


def paint(image: Image.Image, mask: Image.Image, colour: Colour, blur: float = 0.0) -> None:
    if blur:
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    image.paste(Image.new("RGB", image.size, colour), (0, 0), mask)


def ridge(rng: random.Random, base: float, roughness: float, steps: int = 7) -> list[Point]:
    """A mountain or hill skyline across the whole width, by midpoint displacement."""
    heights = [base + rng.uniform(-roughness, roughness), base + rng.uniform(-roughness, roughness)]
    spread = roughness
    for _ in range(steps):
        refined = []
        for a, b in zip(heights, heights[1:], strict=False):
            refined += [a, (a + b) / 2 + rng.uniform(-spread, spread)]
        refined.append(heights[-1])
        heights = refined
        spread *= 0.55
    step = W / (len(heights) - 1)
    return [(i * step, h) for i, h in enumerate(heights)]


def fill_below(image: Image.Image, line: list[Point], colour: Colour, blur: float = 0) -> None:
    polygon = [*line, (W, H), (0, H)]
    paint(image, shape_layer(image.size, lambda d: d.polygon(polygon, fill=255)), colour, blur)


def stars(
    image: Image.Image,
    rng: random.Random,
    count: int,
    bottom: float,
    fade: float,
    halos: int = 0,
) -> None:
    """Stars thinning out towards the horizon; ``halos`` bright ones with a soft halo."""
    draw = ImageDraw.Draw(image)
    for _ in range(count):
        x, y = rng.uniform(0, W), rng.uniform(0, bottom)
        depth = 1 - y / bottom
        if rng.random() > depth**fade:
            continue
        r = rng.choice((1.2, 1.6, 2.0, 2.6, 3.4))
        level = rng.randint(170, 255)
        colour = mix((level, level, level), (255, 236, 200), rng.random() * 0.4)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    for _ in range(halos):
        x, y = rng.uniform(0, W), rng.uniform(0, bottom * 0.6)
        r = rng.uniform(2.5, 3.5)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 250, 236))
        glow(image, (x, y), 6, (200, 210, 255), 0.6, blur=8)


def water_reflection(
    image: Image.Image,
    top: int,
    x: float,
    half_width: float,
    colour: Colour,
    rng: random.Random,
    strength: float = 0.8,
) -> None:
    """A shimmer on water below a light: broken horizontal strokes, wider further down."""
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    y = top + 4
    while y < H:
        depth = (y - top) / (H - top)
        spread = half_width * (0.35 + depth * 1.6)
        for _ in range(3):
            cx = x + rng.uniform(-spread, spread) * 0.8
            length = rng.uniform(0.2, 0.7) * spread
            level = round(255 * strength * (1 - depth * 0.55) * rng.uniform(0.5, 1.0))
            thickness = 3 + depth * 6
            draw.rounded_rectangle(
                (cx - length, y, cx + length, y + thickness), radius=thickness / 2, fill=level
            )
        y += round(10 + depth * 22)
    layer = layer.filter(ImageFilter.GaussianBlur(2.5))
    light = Image.new("RGB", image.size, colour)
    image.paste(ImageChops.screen(image, light), (0, 0), layer)


def ripples(image: Image.Image, rng: random.Random, top: int, colour: Colour, count: int) -> None:
    """Thin light ellipses on calm water, flatter near the horizon."""
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        y = top + (H - top) * rng.random() ** 1.3
        depth = (y - top) / (H - top)
        half = rng.uniform(60, 260) * (0.4 + depth)
        x = rng.uniform(0, W)
        draw.line([(x - half, y), (x + half, y)], fill=round(110 * (0.3 + depth)), width=2)
    layer = layer.filter(ImageFilter.GaussianBlur(1.5))
    paint(image, layer, colour)


# --- the lighthouse, at three times of day -----------------------------------------------------

LIGHTHOUSE_X = 0.70 * W
HORIZON = round(0.66 * H)

Stops = tuple[tuple[float, Colour], ...]


@dataclass(frozen=True)
class TimeOfDay:
    """How the lighthouse scene looks at one time of day; the shapes never change."""

    sky: Stops
    sea: Stops
    far_hills: Colour
    rock: Colour
    tower_light: Colour
    tower_stripe: Colour
    lamp: Colour
    lamp_strength: float
    beam: float  # 0: no beam
    sun: tuple[float, float, Colour] | None  # x (0..1), height above the horizon, colour
    star_count: int = 0
    moon: bool = False
    birds: bool = False


LIGHTHOUSE_TIMES = {
    "dusk": TimeOfDay(
        sky=(
            (0.0, (34, 36, 84)),
            (0.45, (120, 70, 128)),
            (0.8, (236, 128, 102)),
            (1.0, (255, 196, 128)),
        ),
        sea=((0.0, (92, 70, 104)), (0.25, (46, 50, 86)), (1.0, (18, 24, 48))),
        far_hills=(78, 58, 98),
        rock=(30, 24, 42),
        tower_light=(236, 226, 220),
        tower_stripe=(178, 58, 64),
        lamp=(255, 214, 140),
        lamp_strength=0.75,
        beam=0.18,
        sun=(0.24, 1.0, (255, 190, 120)),
        star_count=40,
    ),
    "night": TimeOfDay(
        sky=((0.0, (6, 10, 30)), (0.6, (16, 26, 62)), (1.0, (40, 56, 102))),
        sea=((0.0, (26, 38, 74)), (0.3, (12, 20, 44)), (1.0, (4, 8, 22))),
        far_hills=(20, 28, 56),
        rock=(8, 10, 22),
        tower_light=(150, 160, 190),
        tower_stripe=(90, 40, 60),
        lamp=(255, 228, 160),
        lamp_strength=1.0,
        beam=0.42,
        sun=None,
        star_count=900,
        moon=True,
    ),
    "dawn": TimeOfDay(
        sky=(
            (0.0, (86, 122, 178)),
            (0.5, (170, 170, 200)),
            (0.82, (250, 196, 172)),
            (1.0, (255, 226, 176)),
        ),
        sea=((0.0, (232, 196, 176)), (0.2, (126, 146, 176)), (1.0, (50, 80, 120))),
        far_hills=(120, 122, 160),
        rock=(46, 48, 72),
        tower_light=(246, 242, 236),
        tower_stripe=(200, 64, 62),
        lamp=(255, 236, 190),
        lamp_strength=0.25,
        beam=0.0,
        sun=(0.14, 0.35, (255, 236, 190)),
        birds=True,
    ),
}


def lighthouse(time: str) -> Image.Image:
    look = LIGHTHOUSE_TIMES[time]
    image = Image.new("RGB", (W, H))
    vertical_gradient(image, (0, 0, W, HORIZON), look.sky)
    vertical_gradient(image, (0, HORIZON, W, H), look.sea)

    # The same seed for every time of day, so the coast and the rocks stay put.
    shore = random.Random(7)
    sky = random.Random({"dusk": 11, "night": 12, "dawn": 13}[time])

    if look.star_count:
        night = time == "night"
        stars(image, sky, look.star_count, HORIZON * 0.95, 2.0 if night else 6.0, 8 if night else 0)
    if look.moon:
        moon = (0.2 * W, 0.2 * H)
        glow(image, moon, 150, (90, 110, 170), 0.55, blur=110)
        disc = shape_layer(
            image.size,
            lambda d: d.ellipse((moon[0] - 46, moon[1] - 46, moon[0] + 46, moon[1] + 46), fill=255),
        )
        bite = shape_layer(
            image.size,
            lambda d: d.ellipse((moon[0] - 22, moon[1] - 60, moon[0] + 70, moon[1] + 34), fill=255),
        )
        paint(image, ImageChops.subtract(disc, bite), (250, 244, 222), blur=1)
        water_reflection(image, HORIZON, moon[0], 60, (200, 210, 240), sky, 0.45)
    sun = look.sun
    if sun:
        sx, lift, colour = sun
        centre = (sx * W, HORIZON - lift * 90)
        glow(image, centre, 420, colour, 0.55, blur=300)
        glow(image, centre, 150, colour, 0.7, blur=90)
        disc = shape_layer(
            image.size,
            lambda d: d.ellipse(
                (centre[0] - 70, centre[1] - 70, centre[0] + 70, centre[1] + 70), fill=255
            ),
        )
        above_sea = shape_layer(image.size, lambda d: d.rectangle((0, 0, W, HORIZON), fill=255))
        paint(
            image, ImageChops.multiply(disc, above_sea), mix(colour, (255, 255, 240), 0.5), blur=2
        )
        water_reflection(image, HORIZON, centre[0], 120, colour, sky, 0.7)

    # Far headland on the horizon, left.
    far = [
        (0, HORIZON - 40),
        (0.12 * W, HORIZON - 70),
        (0.22 * W, HORIZON - 30),
        (0.34 * W, HORIZON),
    ]
    paint(
        image,
        shape_layer(image.size, lambda d: d.polygon([*far, (0, HORIZON)], fill=255)),
        look.far_hills,
        blur=1.5,
    )

    ripples(image, shore, HORIZON, (255, 255, 255) if time == "dawn" else (170, 180, 220), 140)

    # The rocky point the lighthouse stands on.
    base_y = HORIZON + 0.1 * H
    cliff = [
        (0.52 * W, H * 0.9),
        (0.56 * W, HORIZON + 60),
        (0.6 * W, base_y - 30),
        (0.66 * W, base_y - 44),
        (0.75 * W, base_y - 40),
        (0.82 * W, base_y - 10),
        (0.9 * W, HORIZON + 40),
        (W, HORIZON + 30),
        (W, H),
        (0.52 * W, H),
    ]
    rock = look.rock
    cliff_mask = shape_layer(image.size, lambda d: d.polygon(cliff, fill=255))
    paint(image, cliff_mask, rock, blur=1)
    # Light catches the top edge of the rock.
    rim_colour = mix(rock, ramp(look.sky, 0.9), 0.28)
    top_edge = cliff[1:8]
    rim = [*top_edge, *[(x, y + 22) for x, y in reversed(top_edge)]]
    rim_mask = shape_layer(image.size, lambda d: d.polygon(rim, fill=255))
    rim_mask = ImageChops.multiply(rim_mask.filter(ImageFilter.GaussianBlur(6)), cliff_mask)
    paint(image, rim_mask, rim_colour)

    # The tower: tapered, with two red bands, a gallery, the lantern room and a cap.
    foot, top_y = base_y - 36, 0.2 * H
    bottom_half, top_half = 78, 50
    light = look.tower_light
    stripe = look.tower_stripe

    def half_width(y: float) -> float:
        return top_half + (bottom_half - top_half) * (y - top_y) / (foot - top_y)

    def band(y0: float, y1: float) -> list[Point]:
        return [
            (LIGHTHOUSE_X - half_width(y0), y0),
            (LIGHTHOUSE_X + half_width(y0), y0),
            (LIGHTHOUSE_X + half_width(y1), y1),
            (LIGHTHOUSE_X - half_width(y1), y1),
        ]

    draw = ImageDraw.Draw(image)
    draw.polygon(band(top_y, foot), fill=light)
    span = foot - top_y
    for start in (0.22, 0.62):
        draw.polygon(band(top_y + span * start, top_y + span * (start + 0.18)), fill=stripe)
    # Shade the tower's right side so it reads round.
    shade = shape_layer(
        image.size,
        lambda d: d.polygon(
            [
                (LIGHTHOUSE_X + top_half * 0.25, top_y),
                (LIGHTHOUSE_X + top_half, top_y),
                (LIGHTHOUSE_X + bottom_half, foot),
                (LIGHTHOUSE_X + bottom_half * 0.25, foot),
            ],
            fill=90,
        ),
    )
    paint(image, shade, mix(rock, (0, 0, 0), 0.3), blur=8)
    door_w = 16
    draw.rounded_rectangle(
        (LIGHTHOUSE_X - door_w, foot - 70, LIGHTHOUSE_X + door_w, foot), radius=12, fill=rock
    )
    for fraction in (0.12, 0.5):
        wy = top_y + span * fraction
        draw.rounded_rectangle(
            (LIGHTHOUSE_X - 9, wy, LIGHTHOUSE_X + 9, wy + 30), radius=6, fill=rock
        )

    gallery_y = top_y - 6
    draw.rectangle(
        (LIGHTHOUSE_X - top_half - 22, gallery_y, LIGHTHOUSE_X + top_half + 22, gallery_y + 14),
        fill=rock,
    )
    for i in range(9):
        x = LIGHTHOUSE_X - top_half - 18 + i * (2 * top_half + 36) / 8
        draw.line([(x, gallery_y - 30), (x, gallery_y)], fill=rock, width=4)
    draw.line(
        [
            (LIGHTHOUSE_X - top_half - 22, gallery_y - 30),
            (LIGHTHOUSE_X + top_half + 22, gallery_y - 30),
        ],
        fill=rock,
        width=5,
    )
    lamp = look.lamp
    lantern = (LIGHTHOUSE_X - 34, gallery_y - 96, LIGHTHOUSE_X + 34, gallery_y - 6)
    lit = mix(mix(rock, light, 0.4), lamp, look.lamp_strength)
    draw.rectangle(lantern, fill=lit)
    for x in (LIGHTHOUSE_X - 12, LIGHTHOUSE_X + 12):
        draw.line([(x, lantern[1]), (x, lantern[3])], fill=rock, width=4)
    draw.polygon(
        [
            (LIGHTHOUSE_X - 48, lantern[1]),
            (LIGHTHOUSE_X + 48, lantern[1]),
            (LIGHTHOUSE_X, lantern[1] - 58),
        ],
        fill=stripe,
    )
    draw.ellipse((LIGHTHOUSE_X - 8, lantern[1] - 72, LIGHTHOUSE_X + 8, lantern[1] - 56), fill=rock)

    lamp_centre = (LIGHTHOUSE_X, (lantern[1] + lantern[3]) / 2)
    strength = look.lamp_strength
    if look.beam:
        beam = shape_layer(
            image.size,
            lambda d: d.polygon(
                [
                    (lamp_centre[0], lamp_centre[1] - 10),
                    (-0.1 * W, lamp_centre[1] - 260),
                    (-0.1 * W, lamp_centre[1] + 150),
                    (lamp_centre[0], lamp_centre[1] + 10),
                ],
                fill=round(255 * look.beam),
            ),
        ).filter(ImageFilter.GaussianBlur(40))
        image.paste(ImageChops.screen(image, Image.new("RGB", image.size, lamp)), (0, 0), beam)
    glow(image, lamp_centre, 120 * strength + 30, lamp, 0.9 * strength, blur=90)
    glow(image, lamp_centre, 30, lamp, strength, blur=18)

    if look.birds:
        flock = random.Random(5)
        for _ in range(6):
            bx, by = flock.uniform(0.25 * W, 0.5 * W), flock.uniform(0.15 * H, 0.35 * H)
            span_b = flock.uniform(14, 24)
            draw.line(
                [(bx - span_b, by - span_b * 0.4), (bx, by), (bx + span_b, by - span_b * 0.4)],
                fill=(60, 60, 90),
                width=4,
                joint="curve",
            )
    return image


# --- a paper boat on a pond -----------------------------------------------------------------


def paper_boat() -> Image.Image:
    rng = random.Random(21)
    image = Image.new("RGB", (W, H))
    bank = round(0.34 * H)
    vertical_gradient(image, (0, 0, W, bank), [(0.0, (196, 226, 236)), (1.0, (236, 240, 216))])
    # The far bank: rounded tree crowns, back rows darker, on a strip of grass.
    for row, (low, high, tone_a, tone_b) in enumerate(
        (
            (0.08, 0.2, (70, 120, 96), (96, 146, 106)),
            (0.14, 0.26, (84, 140, 92), (120, 168, 100)),
        )
    ):
        x = -80.0 + row * 60
        while x < W + 80:
            r = rng.uniform(70, 130)
            y = rng.uniform(low, high) * H + r * 0.5
            crown = shape_layer(
                image.size,
                lambda d, x=x, y=y, r=r: d.ellipse((x - r, y - r, x + r, bank + 20), fill=255),
            )
            paint(image, crown, mix(tone_a, tone_b, rng.random()), blur=1.5)
            x += r * rng.uniform(0.9, 1.4)
    vertical_gradient(image, (0, bank - 26, W, bank), [(0.0, (110, 160, 90)), (1.0, (82, 128, 78))])
    # The water mirrors the bank, softened, and deepens towards the viewer.
    reflection = image.crop((0, 0, W, bank)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    reflection = reflection.resize((W, round(bank * 1.2))).filter(ImageFilter.GaussianBlur(14))
    water = Image.new("RGB", (W, H - bank))
    vertical_gradient(
        water,
        (0, 0, W, H - bank),
        [(0.0, (120, 178, 176)), (0.4, (70, 140, 160)), (1.0, (36, 92, 124))],
    )
    fade = Image.new("L", reflection.size)
    vertical_gradient_mask(fade, 150, 0)
    water.paste(reflection, (0, 0), fade)
    image.paste(water, (0, bank))
    # Sunlight on the water.
    glow(image, (0.3 * W, 0.55 * H), 500, (255, 240, 200), 0.35, blur=260)
    ripples(image, rng, bank + 10, (230, 250, 250), 120)

    # Lily pads, each with a notch.
    for _ in range(9):
        x = rng.uniform(0.02 * W, 0.98 * W)
        y = rng.uniform(0.5 * H, 0.97 * H)
        if abs(x - 0.55 * W) < 320 and abs(y - 0.64 * H) < 160:
            continue  # keep the boat's water clear
        r = rng.uniform(40, 90) * (0.5 + (y / H))
        start = rng.uniform(0, 360)
        pad = shape_layer(
            image.size,
            lambda d, x=x, y=y, r=r, s=start: d.pieslice(
                (x - r, y - r * 0.45, x + r, y + r * 0.45), s + 25, s + 360, fill=255
            ),
        )
        paint(image, pad.filter(ImageFilter.GaussianBlur(6)).point(lambda v: v // 3), (10, 40, 50))
        tone = mix((70, 140, 70), (130, 180, 90), rng.random())
        paint(image, pad, tone, blur=1)
        if rng.random() < 0.45:
            glow(image, (x + r * 0.3, y - r * 0.1), 14, (255, 200, 220), 0.9, blur=4)

    # The boat: a folded-paper hull and two sails, with a soft shadow and reflection.
    bx, by = 0.55 * W, 0.64 * H
    hull = [(bx - 230, by - 40), (bx + 230, by - 40), (bx + 150, by + 50), (bx - 150, by + 50)]
    sail_back = [(bx - 40, by - 40), (bx + 150, by - 40), (bx + 40, by - 250)]
    sail_front = [(bx - 150, by - 40), (bx + 40, by - 40), (bx + 40, by - 250)]
    shadow = shape_layer(
        image.size, lambda d: d.ellipse((bx - 260, by + 20, bx + 260, by + 90), fill=150)
    )
    paint(image, shadow, (20, 60, 80), blur=22)
    reflection = shape_layer(
        image.size,
        lambda d: d.polygon(
            [(bx - 150, by + 50), (bx + 150, by + 50), (bx + 40, by + 230), (bx - 40, by + 200)],
            fill=90,
        ),
    )
    paint(image, reflection, (230, 240, 240), blur=16)
    draw = ImageDraw.Draw(image)
    draw.polygon(sail_back, fill=(214, 220, 226))
    draw.polygon(sail_front, fill=(250, 250, 246))
    draw.polygon(hull, fill=(236, 238, 236))
    draw.polygon(
        [(bx - 230, by - 40), (bx - 150, by + 50), (bx - 110, by - 40)], fill=(206, 212, 218)
    )
    draw.polygon(
        [(bx + 230, by - 40), (bx + 150, by + 50), (bx + 110, by - 40)], fill=(220, 224, 228)
    )
    draw.line([(bx + 40, by - 250), (bx + 40, by - 40)], fill=(196, 200, 206), width=4)
    draw.line([(bx - 150, by + 50), (bx + 150, by + 50)], fill=(186, 196, 204), width=3)

    # Reeds in the foreground, left and right.
    for side_x in (0.04 * W, 0.95 * W):
        for _ in range(18):
            x = side_x + rng.uniform(-90, 90)
            top = H - rng.uniform(200, 520)
            lean = rng.uniform(-60, 60)
            draw.line([(x, H), (x + lean, top)], fill=(44, 82, 56), width=rng.randint(6, 10))
            if rng.random() < 0.4:
                draw.rounded_rectangle(
                    (x + lean * 0.92 - 9, top + 20, x + lean * 0.92 + 9, top + 90),
                    radius=9,
                    fill=(110, 70, 46),
                )
    return image


def lit_windows(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    box: tuple[float, float, float, float],
    chance: float,
    colour: Colour,
) -> None:
    left, top, right, bottom = box
    for wy in range(round(top + 30), round(bottom - 30), 34):
        for wx in range(round(left + 16), round(right - 26), 28):
            if rng.random() < chance:
                tint = mix(colour, (255, 255, 255), rng.random() * 0.3)
                draw.rectangle((wx, wy, wx + 12, wy + 16), fill=tint)


# --- a city at blue hour ----------------------------------------------------------------------


def city_skyline() -> Image.Image:
    rng = random.Random(31)
    image = Image.new("RGB", (W, H))
    river = round(0.7 * H)
    vertical_gradient(
        image,
        (0, 0, W, river),
        [
            (0.0, (18, 30, 78)),
            (0.55, (60, 72, 140)),
            (0.85, (196, 120, 150)),
            (1.0, (250, 170, 130)),
        ],
    )
    vertical_gradient(image, (0, river, W, H), [(0.0, (70, 60, 110)), (1.0, (14, 18, 44))])
    stars(image, rng, 160, river * 0.45, 3.0, halos=3)
    glow(image, (0.5 * W, river), 600, (255, 150, 120), 0.35, blur=320)

    layers = [
        # (depth colour, building heights range, widths range, window chance, window colour)
        ((86, 78, 140), (160, 420), (90, 180), 0.05, (255, 210, 160)),
        ((48, 44, 96), (220, 620), (110, 220), 0.16, (255, 214, 150)),
        ((20, 20, 46), (140, 460), (140, 260), 0.3, (255, 224, 160)),
    ]
    tower_x = 0.44 * W
    for index, (colour, heights, widths, windows, window_colour) in enumerate(layers):
        x = rng.uniform(-120, 0)
        draw = ImageDraw.Draw(image)
        while x < W:
            width = rng.uniform(*widths)
            height = rng.uniform(*heights)
            top = river - height
            draw.rectangle((x, top, x + width, river), fill=colour)
            if rng.random() < 0.35:
                draw.rectangle((x + width * 0.3, top - 40, x + width * 0.7, top), fill=colour)
            if windows:
                lit_windows(draw, rng, (x, top, x + width, river), windows, window_colour)
            x += width + rng.uniform(0, 24)
        if index == 1:
            # One tall stepped tower with a thin spire gives the skyline a centre.
            steps = [(150, 560), (112, 720), (74, 840)]
            for half, height in steps:
                box = (tower_x - half, river - height, tower_x + half, river)
                draw.rectangle(box, fill=colour)
                lit_windows(draw, rng, box, windows, window_colour)
            draw.polygon(
                [(tower_x - 10, river - 840), (tower_x + 10, river - 840), (tower_x, river - 1040)],
                fill=colour,
            )
            glow(image, (tower_x, river - 1040), 8, (255, 120, 110), 1.0, blur=8)
        # Haze between layers gives depth.
        haze = Image.new("L", image.size, 0)
        ImageDraw.Draw(haze).rectangle((0, river - 260, W, river), fill=26 - index * 8)
        paint(image, haze.filter(ImageFilter.GaussianBlur(90)), (250, 170, 150))

    # The river mirrors the city, softened, with a few long streaks of light.
    depth = H - river
    reflection = image.crop((0, river - depth, W, river)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    reflection = reflection.filter(ImageFilter.GaussianBlur(10))
    fade = Image.new("L", reflection.size)
    vertical_gradient_mask(fade, 170, 40)
    image.paste(reflection, (0, river), fade)
    for x in (0.12 * W, 0.3 * W, tower_x, 0.62 * W, 0.86 * W):
        water_reflection(image, river, x + rng.uniform(-40, 40), 18, (255, 200, 140), rng, 0.4)

    # A stone bridge across the river: deck, arches and lamps.
    draw = ImageDraw.Draw(image)
    bridge: Colour = (12, 12, 30)
    deck = river + 90
    span = 440
    draw.rectangle((0, deck, W, deck + 24), fill=bridge)
    for x in range(-200, W + span, span):
        draw.arc((x, deck, x + span, deck + 2 * 160), 180, 360, fill=bridge, width=16)
        draw.rectangle((x - 22, deck, x + 22, H), fill=bridge)
    for x in range(40, W, 120):
        draw.line([(x, deck), (x, deck - 50)], fill=bridge, width=5)
        glow(image, (x, deck - 56), 10, (255, 214, 150), 1.0, blur=10)
    return image


# --- a mountain road at sunset ------------------------------------------------------------------


def mountain_road() -> Image.Image:
    rng = random.Random(41)
    image = Image.new("RGB", (W, H))
    vertical_gradient(
        image,
        (0, 0, W, H),
        [
            (0.0, (64, 96, 160)),
            (0.22, (150, 140, 180)),
            (0.38, (246, 170, 140)),
            (0.46, (255, 206, 150)),
        ],
    )
    sun = (0.62 * W, 0.37 * H)
    glow(image, sun, 460, (255, 200, 150), 0.55, blur=300)
    glow(image, sun, 130, (255, 226, 180), 0.8, blur=70)
    glow(image, sun, 48, (255, 248, 226), 1.0, blur=6)

    ranges = [
        (0.4, 120, (150, 140, 180)),
        (0.5, 110, (112, 104, 150)),
        (0.6, 90, (76, 76, 118)),
        (0.7, 70, (46, 56, 86)),
    ]
    for base, rough, colour in ranges:
        fill_below(image, ridge(rng, base * H, rough), colour, blur=1.5)
        haze = Image.new("L", image.size, 0)
        ImageDraw.Draw(haze).rectangle((0, base * H, W, H), fill=40)
        paint(image, haze.filter(ImageFilter.GaussianBlur(60)), (250, 200, 170))

    # The valley floor and the road winding up to the pass.
    meadow_top = 0.72 * H
    vertical_gradient(
        image, (0, round(meadow_top), W, H), [(0.0, (64, 84, 70)), (1.0, (30, 48, 40))]
    )
    fill_below(image, ridge(random.Random(42), meadow_top, 18, steps=5), (52, 74, 60), blur=2)

    centre_line: list[Point] = []
    for i in range(61):
        t = i / 60
        y = H + 40 - t * (H + 40 - 0.715 * H)
        x = 0.5 * W + math.sin(t * 5.2 + 0.6) * 360 * (1 - t) ** 1.2 + t * 0.1 * W
        centre_line.append((x, y))
    left_edge, right_edge = [], []
    for i, (x, y) in enumerate(centre_line):
        half = 220 * (1 - i / 60) ** 1.5 + 3
        left_edge.append((x - half, y))
        right_edge.append((x + half, y))
    road = shape_layer(image.size, lambda d: d.polygon(left_edge + right_edge[::-1], fill=255))
    paint(image, road, (72, 70, 78), blur=1)
    draw = ImageDraw.Draw(image)
    for i in range(0, 56, 4):
        a, b = centre_line[i], centre_line[i + 2]
        width = max(2, round(12 * (1 - i / 60) ** 1.5))
        draw.line([a, b], fill=(240, 214, 150), width=width)
    # Warm light on the road where the sun meets it.
    glow(image, centre_line[50], 60, (255, 200, 150), 0.5, blur=40)

    # Pines on both sides, farther ones first so nearer ones overlap them.
    pines = []
    for _ in range(60):
        side = rng.choice((-1, 1))
        y = rng.uniform(0.72 * H, H + 60)
        t = (y - 0.72 * H) / (0.28 * H)
        x = 0.5 * W + side * rng.uniform(250, 900) * (0.35 + t)
        pines.append((y, x, t))
    for y, x, t in sorted(pines):
        height = 60 + 380 * t**1.4
        draw.rectangle(
            (x - height * 0.025, y - height * 0.2, x + height * 0.025, y), fill=(40, 30, 28)
        )
        green = mix((66, 84, 86), (18, 36, 30), t)
        for tier in range(4):
            top = y - height * (1 - tier * 0.2)
            half = height * (0.1 + tier * 0.05)
            draw.polygon(
                [(x, top), (x + half, top + height * 0.34), (x - half, top + height * 0.34)],
                fill=green,
            )
    return image


# --- the catalogue of samples ------------------------------------------------------------------


@dataclass(frozen=True)
class SampleSpec:
    """One bundled sample: its file is ``<name>.jpg``; ``model`` is the model it suits best."""

    name: str
    title: str
    draw: Callable[[], Image.Image]
    prompt: str
    model: str


SAMPLES = (
    SampleSpec(
        name="lighthouse-dusk",
        title="Lighthouse at dusk",
        draw=lambda: lighthouse("dusk"),
        prompt="The sun sinks below the sea as the lighthouse lamp warms up and its beam "
        "begins to sweep; gentle waves roll in and the camera drifts slowly to the right.",
        model=LITE,
    ),
    SampleSpec(
        name="lighthouse-night",
        title="Lighthouse at night",
        draw=lambda: lighthouse("night"),
        prompt="The lighthouse beam sweeps across a starry sky while moonlight shimmers "
        "on the dark water; a slow, steady push in towards the lantern.",
        model=PRO,
    ),
    SampleSpec(
        name="lighthouse-dawn",
        title="Lighthouse at dawn",
        draw=lambda: lighthouse("dawn"),
        prompt="Dawn breaks over the sea, the lamp fades out, gulls glide past the tower "
        "and soft light spreads across the rocks; the camera rises gently.",
        model=PRO_15,
    ),
    SampleSpec(
        name="paper-boat",
        title="Paper boat on a pond",
        draw=paper_boat,
        prompt="A paper boat drifts slowly across a calm pond, rocking on small ripples "
        "between the lily pads; sunlight glitters on the water as the camera follows it.",
        model=PRO,
    ),
    SampleSpec(
        name="city-blue-hour",
        title="City at blue hour",
        draw=city_skyline,
        prompt="A slow pan across the city skyline at blue hour: windows flicker on one by "
        "one, lights shimmer in the river and the sky deepens from rose to blue.",
        model=DREAMINA,
    ),
    SampleSpec(
        name="mountain-road",
        title="Mountain road at sunset",
        draw=mountain_road,
        prompt="A drone glides forward along the winding mountain road towards the setting "
        "sun, pines passing on both sides, haze glowing between the ridges.",
        model=PRO,
    ),
)

SEQUENCES = [
    {
        "name": "lighthouse",
        "title": "A night at the lighthouse",
        "frames": ["lighthouse-dusk", "lighthouse-night", "lighthouse-dawn"],
    }
]


def render(draw: Callable[[], Image.Image]) -> bytes:
    picture = draw().resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def write_samples(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    entries = []
    for sample in SAMPLES:
        file_name = f"{sample.name}.jpg"
        data = render(sample.draw)
        if len(data) >= MAX_BYTES:
            raise SystemExit(
                f"{file_name} is {len(data)} bytes; bundled samples must stay under {MAX_BYTES}."
            )
        (out / file_name).write_bytes(data)
        written.append(out / file_name)
        entries.append(
            {
                "name": sample.name,
                "title": sample.title,
                "file": file_name,
                "suggested_prompt": sample.prompt,
                "suggested_model": sample.model,
            }
        )
    catalogue = {"version": SAMPLES_VERSION, "samples": entries, "sequences": SEQUENCES}
    index = out / "samples.json"
    index.write_text(json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(index)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    for path in write_samples(args.out):
        print(f"{path.stat().st_size:>8} bytes  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
