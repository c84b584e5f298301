"""Burning shot numbers and notes into an animatic: each frame gets its shot's caption in a
chosen corner, white on a dark band, sized to the picture's height (legible at 480p).

The video is re-encoded (H.264, the same size and rate) and its sound copied as it is; the
file is replaced only when the new one is complete.
"""

from __future__ import annotations

import contextlib
import enum
import os
import uuid
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

import av
import av.error
from PIL import Image, ImageDraw, ImageFont

from app.core.storyboard.captions import Caption
from app.core.video_reading import VideoError, stream_time_base
from app.core.wording import QT_TRANSLATE_NOOP


class Corner(enum.StrEnum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


_X264 = {"preset": "veryfast", "crf": "20"}
_FONT_NAMES = ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf", "Helvetica-Bold.ttf")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in _FONT_NAMES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def caption_overlay(caption: Caption, size: tuple[int, int], corner: Corner) -> Image.Image:
    """A transparent picture of ``size`` with the caption's band in ``corner``."""
    width, height = size
    text_px = max(14, round(height / 22))
    font = _font(text_px)
    pad = max(4, text_px // 3)
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    limit = int(width * 0.6)
    lines = [f"Shot {caption.number}"] + _wrapped(draw, caption.note, font, limit)[:2]
    line_h = round(text_px * 1.3)
    band_w = max(int(draw.textlength(line, font=font)) for line in lines) + 2 * pad
    band_h = line_h * len(lines) + 2 * pad
    margin = max(6, height // 40)
    left = margin if corner in (Corner.TOP_LEFT, Corner.BOTTOM_LEFT) else width - margin - band_w
    top = margin if corner in (Corner.TOP_LEFT, Corner.TOP_RIGHT) else height - margin - band_h
    draw.rectangle((left, top, left + band_w, top + band_h), fill=(0, 0, 0, 170))
    for n, line in enumerate(lines):
        draw.text((left + pad, top + pad + n * line_h), line, font=font, fill=(255, 255, 255, 255))
    return overlay


def _wrapped(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> list[str]:  # fmt: skip
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], lines[1].rstrip() + "…"]
    return lines


def burn_in(
    path: Path | str,
    captions: Sequence[Caption],
    corner: Corner,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Draw each caption over its time span in the video at ``path`` (replaced in place)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.burn.part")
    try:
        try:
            _rewrite(path, tmp, list(captions), corner, progress)
        except av.error.FFmpegError as exc:
            raise VideoError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "The captions could not be burnt into {name}: {reason}"
                ),
                name=path.name,
                reason=str(exc),
            ) from None
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def _rewrite(
    source_path: Path,
    tmp: Path,
    captions: list[Caption],
    corner: Corner,
    progress: Callable[[int, int], None] | None,
) -> None:
    try:
        source = av.open(str(source_path))
    except av.error.FFmpegError as exc:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read to burn captions in: {reason}"),
            name=source_path.name,
            reason=str(exc),
        ) from None
    with source:
        video = source.streams.video[0]
        audio = source.streams.audio[0] if source.streams.audio else None
        rate = Fraction(video.average_rate or 24)
        total = int(video.frames or 0)
        output = av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"})
        try:
            out_video = output.add_stream("libx264", rate=rate, options=dict(_X264))
            out_video.width, out_video.height = video.width, video.height
            out_video.pix_fmt = "yuv420p"
            out_audio = output.add_stream_from_template(audio) if audio is not None else None
            overlays: dict[int, Image.Image] = {}
            time_base = stream_time_base(video)
            origin = video.start_time or 0
            done = 0
            streams = [s for s in (video, audio) if s is not None]
            for packet in source.demux(streams):
                if audio is not None and packet.stream.index == audio.index:
                    if packet.dts is not None and out_audio is not None:
                        packet.stream = out_audio
                        output.mux(packet)
                    continue
                for frame in packet.decode():
                    if not isinstance(frame, av.VideoFrame):
                        continue
                    seconds = float(((frame.pts or 0) - origin) * time_base)
                    drawn = _drawn(frame, seconds, captions, corner, overlays)
                    drawn.pts = done
                    drawn.time_base = Fraction(1) / rate
                    output.mux(out_video.encode(drawn))
                    done += 1
                    if progress is not None:
                        progress(done, max(total, done))
            output.mux(out_video.encode(None))
        finally:
            output.close()


def _drawn(
    frame: av.VideoFrame,
    seconds: float,
    captions: list[Caption],
    corner: Corner,
    overlays: dict[int, Image.Image],
) -> av.VideoFrame:
    index = next(
        (n for n, c in enumerate(captions) if c.start_s <= seconds + 1e-6 < c.end_s),
        len(captions) - 1 if captions and seconds >= captions[-1].start_s else None,
    )
    picture = frame.to_image().convert("RGB")
    if index is not None:
        overlay = overlays.get(index)
        if overlay is None:
            overlay = overlays[index] = caption_overlay(captions[index], picture.size, corner)
        picture.paste(overlay, (0, 0), overlay)
    drawn: av.VideoFrame = av.VideoFrame.from_image(picture).reformat(format="yuv420p")
    return drawn
