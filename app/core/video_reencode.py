"""Re-encoding a sequence into one H.264/AAC MP4: the road :mod:`app.core.video_export`
takes when the clips cannot simply be copied end to end.

Clips of different sizes are scaled into the output size keeping their shape, with black
bars where the shapes differ; clips of another frame rate are retimed by repeating or
dropping frames; held stills become still video of their length. When any clip has sound,
the output has a soundtrack, silent under clips and stills without sound. Pixels go
through Pillow (``VideoFrame.to_image`` / ``from_image``), never numpy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Protocol

import av
import av.error
from av.video.frame import PictureType
from av.video.reformatter import ColorRange, Colorspace
from PIL import Image, ImageOps

from app.core.video_reading import VideoError, VideoInfo, stream_time_base
from app.core.wording import QT_TRANSLATE_NOOP

AUDIO_RATE = 48_000
AUDIO_LAYOUT = "stereo"
# Without a clip to take the size from, stills are fitted into this box.
STILL_BOX = (1920, 1080)

_X264_OPTIONS = {"preset": "veryfast", "crf": "20"}
# The output is tagged BT.709, limited range (AVCOL_SPC_BT709, AVCOL_RANGE_MPEG): what HD
# video is, and what the preview engine writes.
_BT709 = 1
_LIMITED_RANGE = 1


class SegmentSource(Protocol):
    """A piece of a sequence: a clip file, or a still image held for ``duration_s``."""

    @property
    def clip(self) -> Path | None: ...

    @property
    def still(self) -> Path | None: ...

    @property
    def duration_s(self) -> float: ...


# --- re-encoding -----------------------------------------------------------------------------


def _fit(frame: av.VideoFrame, size: tuple[int, int]) -> av.VideoFrame:
    """A BT.709 yuv420p frame of ``size``: scaled keeping its shape, black bars where the
    shapes differ by more than a pixel."""
    width, height = size
    scale = min(width / frame.width, height / frame.height)
    bars = max(width - frame.width * scale, height - frame.height * scale)
    same_colours = frame.colorspace == _BT709 and frame.color_range in (0, _LIMITED_RANGE)
    if same_colours and bars < 2:
        fitted = frame.reformat(width=width, height=height, format="yuv420p")
    else:  # through RGB, which reads the clip's own colour tags and writes BT.709
        fitted = _fit_image(frame.to_image(), size)
    return _tagged(fitted)


def _fit_image(image: Image.Image, size: tuple[int, int]) -> av.VideoFrame:
    padded = ImageOps.pad(image.convert("RGB"), size, color=(0, 0, 0), centering=(0.5, 0.5))
    frame = av.VideoFrame.from_image(padded).reformat(
        format="yuv420p",
        dst_colorspace=Colorspace.ITU709,
        dst_color_range=ColorRange.MPEG,
    )
    return _tagged(frame)


def _tagged(frame: av.VideoFrame) -> av.VideoFrame:
    frame.colorspace = _BT709
    frame.color_range = _LIMITED_RANGE
    frame.pict_type = PictureType.NONE  # the encoder chooses frame types, not the source
    return frame


def _still_frame(path: Path, size: tuple[int, int]) -> av.VideoFrame:
    try:
        with Image.open(path) as image:
            upright = ImageOps.exif_transpose(image)
            return _fit_image(upright, size)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "The frame {name} cannot be read as an image: {reason}."),
            name=path.name,
            reason=str(exc),
        ) from None


def _clip_frames(
    path: Path, count: int, fps: Fraction, size: tuple[int, int]
) -> Iterator[av.VideoFrame]:
    """``count`` output frames at ``fps`` from a clip: for each output time, the latest
    source frame shown by then (frames repeat or drop when the rates differ)."""
    with av.open(str(path)) as source:
        stream = source.streams.video[0]
        stream.thread_type = "AUTO"
        origin = stream.start_time or 0
        time_base = stream_time_base(stream)
        decoded = source.decode(stream)
        current = next(decoded, None)
        upcoming = next(decoded, None)
        if current is None:
            raise VideoError.said(
                QT_TRANSLATE_NOOP("Errors", "{name} has no frames."), name=path.name
            )
        fitted: av.VideoFrame | None = None
        half = Fraction(1, 2) / fps
        for k in range(count):
            now = Fraction(k) / fps + half
            while upcoming is not None and ((upcoming.pts or 0) - origin) * time_base < now:
                current, upcoming, fitted = upcoming, next(decoded, None), None
            if fitted is None:
                fitted = _fit(current, size)
            yield fitted


def _silence(samples: int) -> av.AudioFrame:
    frame = av.AudioFrame(format="fltp", layout=AUDIO_LAYOUT, samples=samples)
    frame.sample_rate = AUDIO_RATE
    for plane in frame.planes:
        plane.update(bytes(plane.buffer_size))
    return frame


def _take(fifo: av.AudioFifo, samples: int) -> av.AudioFrame:
    """``samples`` from a FIFO that holds at least that many, with no timestamp of its own."""
    frame = fifo.read(samples)
    if frame is None:
        raise VideoError(f"The sound buffer holds {fifo.samples} samples, not {samples}.")
    frame.pts = None
    return frame


def _clip_sound(path: Path, samples: int) -> av.AudioFifo:
    """Exactly ``samples`` of the clip's sound as 48 kHz stereo: cut, or padded with silence."""
    fifo = av.AudioFifo()
    resampler = av.AudioResampler(format="fltp", layout=AUDIO_LAYOUT, rate=AUDIO_RATE)
    with av.open(str(path)) as source:
        if source.streams.audio:
            for frame in source.decode(source.streams.audio[0]):
                for out in resampler.resample(frame):
                    out.pts = None
                    fifo.write(out)
            for out in resampler.resample(None):
                out.pts = None
                fifo.write(out)
    exact = av.AudioFifo()
    have = min(fifo.samples, samples)
    if have:
        exact.write(_take(fifo, have))
    if samples > have:
        exact.write(_silence(samples - have))
    return exact


class _SoundWriter:
    """Feeds the AAC encoder in whole encoder frames, in step with the picture."""

    def __init__(self, output: av.container.OutputContainer) -> None:
        self.output = output
        self.stream = output.add_stream("aac", rate=AUDIO_RATE)
        self.stream.layout = AUDIO_LAYOUT
        self.stream.codec_context.bit_rate = 192_000
        self.pending = av.AudioFifo()
        self.written = 0

    def add(self, fifo: av.AudioFifo) -> None:
        if fifo.samples:
            self.pending.write(_take(fifo, fifo.samples))

    def write_until(self, sample: int) -> None:
        size = self.stream.codec_context.frame_size or 1024
        while self.written + size <= sample and self.pending.samples >= size:
            self._encode(_take(self.pending, size))

    def finish(self) -> None:
        if self.pending.samples:
            self._encode(_take(self.pending, self.pending.samples))
        self.output.mux(self.stream.encode(None))

    def _encode(self, frame: av.AudioFrame) -> None:
        frame.pts = self.written
        frame.time_base = Fraction(1, AUDIO_RATE)
        frame.sample_rate = AUDIO_RATE
        self.written += frame.samples
        self.output.mux(self.stream.encode(frame))


def reencode(
    pieces: Sequence[SegmentSource],
    infos: dict[Path, VideoInfo],
    tmp: Path,
    fps: Fraction,
    size: tuple[int, int],
    progress: Callable[[int, int], None] | None,
    overlay: Callable[[int, av.VideoFrame], av.VideoFrame] | None = None,
) -> list[float]:
    """Encode the pieces one after the other into ``tmp``; returns where each one starts (s).

    ``infos`` holds what every clip among the pieces is (from its headers). ``overlay``
    (piece index, frame) gives the frame to encode instead, such as one with a label on it.
    """
    counts = []
    for piece in pieces:
        seconds = infos[Path(piece.clip)].duration_s if piece.clip else piece.duration_s
        counts.append(max(1, round(Fraction(seconds) * fps)))
    total = sum(counts)
    with_sound = any(infos[Path(p.clip)].has_audio for p in pieces if p.clip is not None)
    boundaries: list[float] = []
    output = av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"})
    try:
        video = _add_video_stream(output, fps, size)
        sound = _SoundWriter(output) if with_sound else None
        time_base = 1 / fps
        done = 0
        for index, (piece, count) in enumerate(zip(pieces, counts, strict=True)):
            boundaries.append(float(done * time_base))
            if sound is not None:
                end_sample = round((done + count) * time_base * AUDIO_RATE)
                sound.add(_piece_sound(piece, end_sample - round(done * time_base * AUDIO_RATE)))
            for shown in _piece_frames(piece, count, fps, size):
                frame = shown if overlay is None else overlay(index, shown)
                frame.pts = done
                frame.time_base = time_base
                output.mux(video.encode(frame))
                done += 1
                if sound is not None:
                    sound.write_until(round(done * time_base * AUDIO_RATE))
                if progress is not None:
                    progress(done, total)
        output.mux(video.encode(None))
        if sound is not None:
            sound.finish()
    except av.error.FFmpegError as exc:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "The sequence could not be encoded: {reason}."),
            reason=str(exc),
        ) from None
    finally:
        output.close()
    return boundaries


def _add_video_stream(
    output: av.container.OutputContainer, fps: Fraction, size: tuple[int, int]
) -> av.video.VideoStream:
    video = output.add_stream("libx264", rate=fps)
    video.width, video.height = size
    video.pix_fmt = "yuv420p"
    video.options = dict(_X264_OPTIONS)
    ctx = video.codec_context
    ctx.colorspace = ctx.color_primaries = ctx.color_trc = _BT709
    ctx.color_range = _LIMITED_RANGE
    return video


def _piece_sound(piece: SegmentSource, samples: int) -> av.AudioFifo:
    """A piece's sound, exactly ``samples`` long: the clip's own, or silence."""
    if piece.clip is not None:
        return _clip_sound(Path(piece.clip), samples)
    fifo = av.AudioFifo()
    fifo.write(_silence(samples))
    return fifo


def _piece_frames(
    piece: SegmentSource, count: int, fps: Fraction, size: tuple[int, int]
) -> Iterator[av.VideoFrame]:
    if piece.clip is not None:
        return _clip_frames(Path(piece.clip), count, fps, size)
    if piece.still is not None:
        still = _still_frame(Path(piece.still), size)
        return (still for _ in range(count))
    raise VideoError("A shot has neither a clip nor a frame to hold.")
