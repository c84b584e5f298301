"""Reading video files on local disk, with PyAV: what a clip is, and its last frame.

Local file work only (no network), so it lives in the core. The stream helpers here
(opening a clip with a readable message, its video track, frame rate, length and time
base) are shared with the joining in :mod:`app.core.video_export`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error

from app.core.errors import InputError
from app.core.fileio import write_atomic
from app.core.wording import QT_TRANSLATE_NOOP

DEFAULT_FPS = 24
# How far before the end "last frame" starts decoding: more than one keyframe interval of
# the clips Storyreel meets (2 s), so the seek lands on a keyframe before the last frame.
_LAST_FRAME_WINDOW_S = 3.0


class VideoError(InputError):
    """A file that is not a usable video, or a sequence that cannot be joined as given."""


@dataclass(frozen=True)
class VideoInfo:
    """What a clip is, from its container and stream headers."""

    width: int
    height: int
    fps: Fraction
    duration_s: float
    frame_count: int
    has_audio: bool
    codec: str
    pix_fmt: str = ""
    audio_codec: str | None = None
    audio_rate: int | None = None
    audio_layout: str | None = None

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)


# --- probing ---------------------------------------------------------------------------------


def open_clip(path: Path) -> av.container.InputContainer:
    """Open a clip for reading; a missing or unreadable file is a :class:`VideoError`."""
    if not path.is_file():
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "The video file {path} does not exist."), path=str(path)
        )
    try:
        return av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable video: {reason}."),
            name=path.name,
            reason=str(exc),
        ) from None


def video_stream(container: av.container.InputContainer, path: Path) -> av.video.VideoStream:
    """The clip's first video track; a clip without one is a :class:`VideoError`."""
    if not container.streams.video:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} has no video track."), name=path.name
        )
    return container.streams.video[0]


def frame_rate(stream: av.video.VideoStream) -> Fraction:
    """The stream's frame rate, from the first of its rates that is known (else 24)."""
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate:
            return Fraction(rate)
    return Fraction(DEFAULT_FPS)


def stream_seconds(stream: av.stream.Stream) -> float | None:
    """The stream's length in seconds, when its header says."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def stream_time_base(stream: av.stream.Stream) -> Fraction:
    """A stream's time base; every stream of an opened file has one."""
    if stream.time_base is None:
        raise VideoError(f"The {stream.type} track has no time base.")
    return Fraction(stream.time_base)


def probe_video(path: Path | str) -> VideoInfo:
    """Size, frame rate, length, frame count, codec and audio of a clip, from its headers.

    Frames are counted by reading packets only when the container does not say.
    """
    path = Path(path)
    with open_clip(path) as container:
        return probe_container(container, path)


def probe_container(container: av.container.InputContainer, path: Path) -> VideoInfo:
    """:func:`probe_video` for a clip that is already open."""
    video = video_stream(container, path)
    ctx = video.codec_context
    fps = frame_rate(video)
    frame_count = video.frames
    if not frame_count:
        try:
            frame_count = sum(1 for p in container.demux(video) if p.size)
        except av.error.FFmpegError as exc:
            raise VideoError.said(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read to its end: {reason}."),
                name=path.name,
                reason=str(exc),
            ) from None
    duration = stream_seconds(video)
    if duration is None and container.duration:
        duration = container.duration / av.time_base
    if duration is None:
        duration = float(frame_count / fps)
    audio = container.streams.audio[0] if container.streams.audio else None
    return VideoInfo(
        width=ctx.width,
        height=ctx.height,
        fps=fps,
        duration_s=float(duration),
        frame_count=int(frame_count),
        has_audio=audio is not None,
        codec=ctx.name,
        pix_fmt=ctx.pix_fmt or "",
        audio_codec=audio.codec_context.name if audio is not None else None,
        audio_rate=audio.codec_context.sample_rate if audio is not None else None,
        audio_layout=audio.codec_context.layout.name if audio is not None else None,
    )


# --- the last frame --------------------------------------------------------------------------


def undecodable(path: Path, exc: Exception) -> VideoError:
    """The error of a clip whose frames FFmpeg cannot decode (``exc`` says why)."""
    return VideoError.said(
        QT_TRANSLATE_NOOP("Errors", "{name} cannot be decoded: {reason}."),
        name=path.name,
        reason=str(exc),
    )


def last_frame(path: Path | str, out_png: Path | str) -> Path:
    """Save a clip's final frame as a PNG ("Continue from last frame" starts a shot from it).

    Seeks to a keyframe shortly before the end and decodes from there, so a long clip
    costs no more than a short one.
    """
    path, out_png = Path(path), Path(out_png)
    with open_clip(path) as container:
        stream = video_stream(container, path)
        stream.thread_type = "AUTO"
        frame = None
        try:
            end = stream_seconds(stream)
            if end is not None and end > _LAST_FRAME_WINDOW_S:
                target = int((end - _LAST_FRAME_WINDOW_S) / stream_time_base(stream))
                container.seek(target, stream=stream, backward=True)
                frame = _latest_frame(container, stream)
            if frame is None:  # a short clip, or a seek that found nothing: read it all
                container.seek(0, stream=stream, backward=True)
                frame = _latest_frame(container, stream)
        except av.error.FFmpegError as exc:
            raise undecodable(path, exc) from None
        if frame is None:
            raise VideoError.said(
                QT_TRANSLATE_NOOP("Errors", "{name} has no frames to take the last one from."),
                name=path.name,
            )
        image = frame.to_image()
    out_png.parent.mkdir(parents=True, exist_ok=True)
    encoded = io.BytesIO()
    image.save(encoded, format="PNG")
    return write_atomic(out_png, encoded.getvalue())


def _latest_frame(
    container: av.container.InputContainer, stream: av.video.VideoStream
) -> av.VideoFrame | None:
    latest = None
    for frame in container.decode(stream):
        if latest is None or (frame.pts or 0) >= (latest.pts or 0):
            latest = frame
    return latest
