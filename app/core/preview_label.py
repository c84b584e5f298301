"""The label that says a video is an offline preview, not AI generation.

Offline previews are rendered clean: a frame taken from one (Continue from last frame)
becomes the next shot's first frame, and a label in its pixels would be carried into every
clip after it. The label is shown over the player instead (:mod:`app.ui.preview_badge`)
and burnt into exports of previews (:mod:`app.core.video_export`) with :func:`stamp_frame`.
A preview is known by its container's title, :data:`PREVIEW_TITLE`; its comment holds the
label's text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
from PIL import Image, ImageDraw, ImageFont

DEFAULT_LABEL = "Storyreel preview · motion sketch, not AI generation"
PREVIEW_TITLE = "Storyreel offline preview"

_KR, _KG, _KB = 0.2126, 0.7152, 0.0722
_Y_SCALE = 219 / 255
# RGB to the BT.709 limited-range luma the label is drawn with (Pillow's matrix convert).
_LUMA_MATRIX = (
    _KR * _Y_SCALE, _KG * _Y_SCALE, _KB * _Y_SCALE, 16.0,
    0.0, 0.0, 0.0, 128.0,
    0.0, 0.0, 0.0, 128.0,
)  # fmt: skip


def even(value: float) -> int:
    """``value`` rounded to an even whole number, at least 2."""
    return max(2, 2 * round(value / 2))


def preview_label(path: Path | str) -> str | None:
    """The label of an offline preview clip (from its container's tags), None for any other
    clip or a file that cannot be opened. Reads the file: call it off the UI thread."""
    try:
        with av.open(str(path)) as container:
            tags = {k.lower(): v for k, v in container.metadata.items()}
    except (av.error.FFmpegError, OSError, ValueError):
        return None
    if tags.get("title") != PREVIEW_TITLE:
        return None
    return " ".join(str(tags.get("comment", "")).split()) or DEFAULT_LABEL


@dataclass(frozen=True)
class Label:
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


def build_label(text: str, width: int, height: int) -> Label | None:
    """A small translucent dark pill with light text, bottom-left.

    It scales with the video's height (its short side, for portrait videos) and takes at
    most about 70 % of the width; text that still does not fit is shortened with "…".
    """
    text = " ".join(text.split()) or DEFAULT_LABEL
    short = min(width, height)
    margin = even(max(4.0, short * 0.03))
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
    pill_w = even(text_w + 2 * pad_x)
    pill_h = even(size * 1.75)
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
    luma = label.convert("RGB").convert("RGB", _LUMA_MATRIX).getchannel(0)
    return Label(
        x=margin,
        y=height - margin - pill_h,
        luma=luma,
        alpha=alpha,
        chroma_alpha=alpha.resize((pill_w // 2, pill_h // 2), Image.Resampling.BOX),
    )


def stamp_frame(frame: av.VideoFrame, label: Label) -> av.VideoFrame:
    """A yuv420p frame with ``label`` drawn into its planes (a new frame, same tags)."""
    planes = []
    for index, plane in enumerate(frame.planes):
        width = frame.width if index == 0 else frame.width // 2
        height = frame.height if index == 0 else frame.height // 2
        rows = Image.frombytes("L", (plane.line_size, height), bytes(plane))
        planes.append(rows.crop((0, 0, width, height)) if plane.line_size != width else rows)
    label.draw(*planes)
    out = av.VideoFrame(frame.width, frame.height, "yuv420p")
    for plane, image in zip(out.planes, planes, strict=True):
        if plane.line_size != image.width:  # rows are padded for alignment
            padded = Image.new("L", (plane.line_size, image.height), 0)
            padded.paste(image, (0, 0))
            image = padded
        plane.update(image.tobytes())
    out.colorspace = frame.colorspace
    out.color_range = frame.color_range
    return out


def _text_width(font: ImageFont.FreeTypeFont | ImageFont.ImageFont, text: str) -> int:
    left, _, right, _ = font.getbbox(text)
    return math.ceil(right - left)
