"""The board as a PDF for reading on paper: landscape A4 or US Letter, six shots a page in
a grid of three by two, each with its frame, its number and length, its prompt and its note.

Pages are drawn with Pillow at 200 dots per inch (the same on every platform and in the
command line, no Qt needed) and written as one PDF, whole or not at all.
"""

from __future__ import annotations

import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from app.core.fileio import write_atomic
from app.core.storyboard.cut import Cut, CutClip

DPI = 200
SHOTS_PER_PAGE = 6
COLUMNS = 3
INK = (28, 28, 32)
MUTED = (96, 96, 104)
NOTE_INK = (30, 70, 150)
HELD_INK = (180, 60, 40)
RULE = (200, 200, 205)
PAPER = (255, 255, 255)


class PaperSize(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def inches(self) -> tuple[float, float]:
        """Landscape width and height in inches."""
        if self is PaperSize.A4:
            return 297 / 25.4, 210 / 25.4
        return 11.0, 8.5

    @property
    def pixels(self) -> tuple[int, int]:
        width, height = self.inches
        return round(width * DPI), round(height * DPI)

    @property
    def label(self) -> str:
        return "A4" if self is PaperSize.A4 else "US Letter"


@dataclass(frozen=True)
class _Fonts:
    title: ImageFont.FreeTypeFont | ImageFont.ImageFont
    heading: ImageFont.FreeTypeFont | ImageFont.ImageFont
    body: ImageFont.FreeTypeFont | ImageFont.ImageFont
    small: ImageFont.FreeTypeFont | ImageFont.ImageFont


def _font(names: Sequence[str], size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _fonts() -> _Fonts:
    bold = ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf", "Helvetica-Bold.ttf")
    regular = ("DejaVuSans.ttf", "Arial.ttf", "arial.ttf", "Helvetica.ttf")
    pt = DPI / 72
    return _Fonts(
        _font(bold, round(16 * pt)),
        _font(bold, round(10.5 * pt)),
        _font(regular, round(9 * pt)),
        _font(regular, round(8 * pt)),
    )


def page_count(shots: int) -> int:
    return max(1, -(-shots // SHOTS_PER_PAGE))


def render_pages(cut: Cut, paper: PaperSize = PaperSize.A4) -> list[Image.Image]:
    """The pages as RGB images (one per six shots, at least one)."""
    fonts = _fonts()
    clips = list(cut.clips)
    total = page_count(len(clips))
    return [
        _page(cut, clips[n * SHOTS_PER_PAGE : (n + 1) * SHOTS_PER_PAGE], n + 1, total, paper, fonts)
        for n in range(total)
    ]


def write_board_pdf(cut: Cut, path: Path | str, paper: PaperSize = PaperSize.A4) -> Path:
    """The board PDF at ``path``."""
    path = Path(path)
    pages = render_pages(cut, paper)
    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(DPI),
        quality=90,
        title=cut.name,
        author="Storyreel",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, buffer.getvalue())


def _page(
    cut: Cut,
    clips: list[CutClip],
    number: int,
    total: int,
    paper: PaperSize,
    fonts: _Fonts,
) -> Image.Image:
    width, height = paper.pixels
    margin = round(0.45 * DPI)
    page = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(page)
    draw.text((margin, margin), cut.name, font=fonts.title, fill=INK, anchor="lt")
    shots = len(cut.clips)
    summary = f"{shots} shot{'s' if shots != 1 else ''} · {_seconds(cut.seconds)}"
    draw.text((width - margin, margin), summary, font=fonts.body, fill=MUTED, anchor="rt")
    top = margin + round(0.42 * DPI)
    draw.line((margin, top, width - margin, top), fill=RULE, width=3)
    footer = f"Page {number} of {total}"
    draw.text((width // 2, height - margin // 2), footer, font=fonts.small, fill=MUTED, anchor="md")
    gap = round(0.22 * DPI)
    cell_w = (width - 2 * margin - (COLUMNS - 1) * gap) // COLUMNS
    rows = SHOTS_PER_PAGE // COLUMNS
    area_top = top + gap
    cell_h = (height - margin - area_top - (rows - 1) * gap) // rows
    for index, clip in enumerate(clips):
        row, column = divmod(index, COLUMNS)
        x = margin + column * (cell_w + gap)
        y = area_top + row * (cell_h + gap)
        _cell(page, draw, clip, (x, y, cell_w, cell_h), fonts)
    return page


def _cell(
    page: Image.Image,
    draw: ImageDraw.ImageDraw,
    clip: CutClip,
    box: tuple[int, int, int, int],
    fonts: _Fonts,
) -> None:
    x, y, width, height = box
    picture_h = round(width * 9 / 16)
    _picture(page, draw, clip, (x, y, width, picture_h), fonts)
    line_y = y + picture_h + round(0.08 * DPI)
    title = f"Shot {clip.number}"
    draw.text((x, line_y), title, font=fonts.heading, fill=INK, anchor="lt")
    length = _seconds(clip.seconds) + (" · not rendered" if clip.held else "")
    draw.text(
        (x + width, line_y), length, font=fonts.small, fill=HELD_INK if clip.held else MUTED,
        anchor="rt",
    )  # fmt: skip
    line_y += _line_height(fonts.heading) + round(0.04 * DPI)
    bottom = y + height
    body_h = _line_height(fonts.body)
    note_lines = _wrap(draw, clip.note, fonts.body, width, 3) if clip.note.strip() else []
    room = max(1, (bottom - line_y) // body_h - len(note_lines) - (1 if note_lines else 0))
    prompt = clip.prompt.strip() or "(no prompt)"
    for text in _wrap(draw, prompt, fonts.body, width, room):
        draw.text((x, line_y), text, font=fonts.body, fill=INK if clip.prompt else MUTED)
        line_y += body_h
    if note_lines:
        line_y += body_h // 3
        for text in note_lines:
            draw.text((x, line_y), text, font=fonts.body, fill=NOTE_INK)
            line_y += body_h


def _picture(
    page: Image.Image,
    draw: ImageDraw.ImageDraw,
    clip: CutClip,
    box: tuple[int, int, int, int],
    fonts: _Fonts,
) -> None:
    x, y, width, height = box
    frame = _frame_image(clip)
    if frame is None:
        draw.rectangle((x, y, x + width, y + height), fill=(236, 236, 240), outline=RULE)
        draw.text(
            (x + width // 2, y + height // 2), "frame missing", font=fonts.small, fill=MUTED,
            anchor="mm",
        )  # fmt: skip
        return
    fitted = ImageOps.pad(frame, (width, height), color=(20, 20, 24))
    page.paste(fitted, (x, y))
    draw.rectangle((x, y, x + width - 1, y + height - 1), outline=RULE, width=2)


def _frame_image(clip: CutClip) -> Image.Image | None:
    """The shot's frame: its first frame image (the still it is held as, or the frame its
    clip was made from)."""
    source = clip.media if clip.held else clip.frame_path
    if source is None:
        return None
    try:
        with Image.open(source) as image:
            image.draft("RGB", (1200, 1200))
            return ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _line_height(font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> int:
    left, top, right, bottom = font.getbbox("Hg")
    return round((bottom - top) * 1.35)


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
    limit: int,
) -> list[str]:
    """``text`` in lines that fit ``width``, at most ``limit`` (the last ending in "…")."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        while draw.textlength(current, font=font) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and draw.textlength(current[:cut], font=font) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    if len(lines) > limit:
        lines = lines[:limit]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=font) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _seconds(value: float) -> str:
    return f"{value:.1f} s"
