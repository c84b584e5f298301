"""The title card of a text-only preview: the calm gradient card with the prompt set on it,
so that a sketch of a model that takes no picture still shows what was asked for."""

from __future__ import annotations

import random
import textwrap

from PIL import Image, ImageDraw, ImageFont

from app.sim.preview.sources import gradient_card

_MAX_LINES = 5


def title_card(size: tuple[int, int], rng: random.Random, text: str) -> Image.Image:
    """``gradient_card`` with ``text`` centred in light type, wrapped to at most five lines
    (the rest shortened with "…")."""
    card = gradient_card(size, rng)
    text = " ".join(text.split())
    if not text:
        return card
    width, height = size
    font_px = max(10, round(min(width, height) * 0.065))
    font = ImageFont.load_default(size=font_px)
    average = max(1.0, font.getlength("abcdefghijklmnopqrstuvwxyz") / 26)
    columns = max(8, int(width * 0.78 / average))
    lines = textwrap.wrap(text, columns)
    if len(lines) > _MAX_LINES:
        lines = lines[:_MAX_LINES]
        lines[-1] = lines[-1][: max(1, columns - 1)].rstrip() + "…"
    draw = ImageDraw.Draw(card)
    spacing = round(font_px * 0.35)
    block = "\n".join(lines)
    left, top, right, bottom = draw.multiline_textbbox(
        (0, 0), block, font=font, spacing=spacing, align="center"
    )
    x = (width - (right - left)) / 2 - left
    y = (height - (bottom - top)) / 2 - top
    shadow = max(1, font_px // 14)
    draw.multiline_text(
        (x + shadow, y + shadow), block, font=font, fill=(8, 10, 14), spacing=spacing,
        align="center",
    )  # fmt: skip
    draw.multiline_text((x, y), block, font=font, fill=(240, 240, 236), spacing=spacing,
                        align="center")  # fmt: skip
    return card
