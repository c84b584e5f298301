"""Video files on local disk, with PyAV: probing clips, the last frame, joining a sequence.

Local file work only (no network), so it lives in the core. Pixels go through Pillow
(``VideoFrame.to_image`` / ``from_image``), never numpy.

Joining (:func:`export_sequence`) takes one of two roads:

* **Remux**, when every segment is a finished clip and the clips match: same codec and
  codec set-up (the H.264 parameter sets must be byte-identical, or the joined file would
  decode wrongly), same size, frame rate and pixel format, and the same audio (codec,
  sample rate, channel layout) or none. Packets are copied as they are, their timestamps
  moved along by the length of the clips before them. Nothing is re-encoded, so nothing
  is lost and it takes a moment. Each clip's audio starts with its video; an audio packet
  that would overlap the previous clip's last one (AAC's leading "priming" packet, or
  audio that runs past the end of its video) is left out, so the sound never drifts.
* **Re-encode** (H.264 yuv420p, AAC) otherwise: clips of different sizes are scaled into
  the output size keeping their shape, with black bars where the shapes differ; clips of
  another frame rate are retimed by repeating or dropping frames; held stills (shots of a
  partly rendered board, shown as their first frame) become still video of their length.
  When any clip has sound, the output has a soundtrack, silent under clips and stills
  without sound, so every later clip's sound stays in step with its picture.

The output is written beside its final name under a temporary name and renamed into place
when complete: the final path is either the whole video or untouched.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Protocol

import av
import av.error
from av.video.frame import PictureType
from av.video.reformatter import ColorRange, Colorspace
from PIL import Image, ImageOps

from app.core.errors import InputError
from app.core.fileio import write_atomic

AUDIO_RATE = 48_000
AUDIO_LAYOUT = "stereo"
DEFAULT_FPS = 24
# Without a clip to take the size from, stills are fitted into this box.
STILL_BOX = (1920, 1080)

_X264_OPTIONS = {"preset": "veryfast", "crf": "20"}
# The output is tagged BT.709, limited range (AVCOL_SPC_BT709, AVCOL_RANGE_MPEG): what HD
# video is, and what the preview engine writes.
_BT709 = 1
_LIMITED_RANGE = 1
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


@dataclass(frozen=True)
class ExportResult:
    """The joined video, where each shot starts in it (seconds), and how it was made."""

    path: Path
    info: VideoInfo
    boundaries: list[float]
    remuxed: bool  # True: packets were copied, nothing was re-encoded


class SegmentSource(Protocol):
    """A piece of a sequence: a clip file, or a still image held for ``duration_s``."""

    @property
    def clip(self) -> Path | None: ...

    @property
    def still(self) -> Path | None: ...

    @property
    def duration_s(self) -> float: ...


# --- probing ---------------------------------------------------------------------------------


def _open(path: Path) -> av.container.InputContainer:
    if not path.is_file():
        raise VideoError(f"The video file {path} does not exist.")
    try:
        return av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise VideoError(f"{path.name} is not a readable video: {exc}.") from None


def _video_stream(container: av.container.InputContainer, path: Path) -> av.video.VideoStream:
    if not container.streams.video:
        raise VideoError(f"{path.name} has no video track.")
    return container.streams.video[0]


def _rate(stream: av.video.VideoStream) -> Fraction:
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate:
            return Fraction(rate)
    return Fraction(DEFAULT_FPS)


def _stream_seconds(stream: av.stream.Stream) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def _time_base(stream: av.stream.Stream) -> Fraction:
    """A stream's time base; every stream of an opened file has one."""
    if stream.time_base is None:
        raise VideoError(f"The {stream.type} track has no time base.")
    return Fraction(stream.time_base)


def probe_video(path: Path | str) -> VideoInfo:
    """Size, frame rate, length, frame count, codec and audio of a clip, from its headers.

    Frames are counted by reading packets only when the container does not say.
    """
    path = Path(path)
    with _open(path) as container:
        return _probe_open(container, path)


def _probe_open(container: av.container.InputContainer, path: Path) -> VideoInfo:
    video = _video_stream(container, path)
    ctx = video.codec_context
    fps = _rate(video)
    frame_count = video.frames
    if not frame_count:
        try:
            frame_count = sum(1 for p in container.demux(video) if p.size)
        except av.error.FFmpegError as exc:
            raise VideoError(f"{path.name} cannot be read to its end: {exc}.") from None
    duration = _stream_seconds(video)
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


def last_frame(path: Path | str, out_png: Path | str) -> Path:
    """Save a clip's final frame as a PNG ("Continue from last frame" starts a shot from it).

    Seeks to a keyframe shortly before the end and decodes from there, so a long clip
    costs no more than a short one.
    """
    path, out_png = Path(path), Path(out_png)
    with _open(path) as container:
        stream = _video_stream(container, path)
        stream.thread_type = "AUTO"
        frame = None
        try:
            end = _stream_seconds(stream)
            if end is not None and end > _LAST_FRAME_WINDOW_S:
                target = int((end - _LAST_FRAME_WINDOW_S) / _time_base(stream))
                container.seek(target, stream=stream, backward=True)
                frame = _latest_frame(container, stream)
            if frame is None:  # a short clip, or a seek that found nothing: read it all
                container.seek(0, stream=stream, backward=True)
                frame = _latest_frame(container, stream)
        except av.error.FFmpegError as exc:
            raise VideoError(f"{path.name} cannot be decoded: {exc}.") from None
        if frame is None:
            raise VideoError(f"{path.name} has no frames to take the last one from.")
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


# --- joining ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ClipFacts:
    info: VideoInfo
    extradata: bytes
    audio_extradata: bytes

    def signature(self) -> tuple[object, ...]:
        i = self.info
        return (
            i.codec,
            i.width,
            i.height,
            i.fps,
            i.pix_fmt,
            self.extradata,
            i.audio_codec,
            i.audio_rate,
            i.audio_layout,
            self.audio_extradata,
        )


def _clip_facts(path: Path) -> _ClipFacts:
    with _open(path) as container:
        info = _probe_open(container, path)
        video = container.streams.video[0]
        audio = container.streams.audio[0] if container.streams.audio else None
        return _ClipFacts(
            info,
            bytes(video.codec_context.extradata or b""),
            bytes(audio.codec_context.extradata or b"") if audio is not None else b"",
        )


class _CannotRemux(Exception):
    """The clips looked alike but their packets cannot simply be laid end to end."""


def export_sequence(
    segments: Sequence[SegmentSource],
    out_path: Path | str,
    *,
    fps: int | Fraction = DEFAULT_FPS,
    size: tuple[int, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Join the segments into one MP4 at ``out_path`` (see the module's docstring for how).

    ``fps`` and ``size`` apply when re-encoding: ``size`` defaults to the size most clips
    have. ``progress(done, total)`` reports frames while re-encoding; an exception raised
    by it stops the export and leaves nothing behind. Raises :class:`VideoError` for a
    missing or unreadable clip or still.
    """
    out_path = Path(out_path)
    pieces = list(segments)
    if not pieces:
        raise VideoError("There is nothing to export: the sequence has no shots.")
    facts: dict[Path, _ClipFacts] = {}
    for number, piece in enumerate(pieces, start=1):
        if piece.clip is not None:
            clip = Path(piece.clip)
            if clip not in facts:
                facts[clip] = _clip_facts(clip)
        elif piece.still is None:
            raise VideoError(f"Shot {number} has neither a clip nor a frame to hold.")
        elif not Path(piece.still).is_file():
            raise VideoError(f"Shot {number}: the frame {piece.still} to hold does not exist.")
        elif piece.duration_s <= 0:
            raise VideoError(
                f"Shot {number}: a held frame needs a length above 0 s, not {piece.duration_s}."
            )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        boundaries: list[float] | None = None
        remuxed = False
        clips = [Path(p.clip) for p in pieces if p.clip is not None]
        alike = len({facts[c].signature() for c in clips}) == 1
        same_size = size is None or (clips and facts[clips[0]].info.size == size)
        if len(clips) == len(pieces) and alike and same_size:
            try:
                boundaries = _remux(clips, tmp)
                remuxed = True
            except _CannotRemux:
                tmp.unlink(missing_ok=True)
        if boundaries is None:
            target = size or _majority_size(pieces, facts)
            boundaries = _reencode(pieces, facts, tmp, Fraction(fps), _even_size(target), progress)
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return ExportResult(out_path, probe_video(out_path), boundaries, remuxed)


def _even_size(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    return max(2, width - width % 2), max(2, height - height % 2)


def _majority_size(
    pieces: Sequence[SegmentSource], facts: dict[Path, _ClipFacts]
) -> tuple[int, int]:
    sizes = [facts[Path(p.clip)].info.size for p in pieces if p.clip is not None]
    if sizes:
        counts = Counter(sizes)
        best = max(counts.values())
        return next(s for s in sizes if counts[s] == best)  # ties: the earliest clip's size
    first_still = next(Path(p.still) for p in pieces if p.still is not None)
    try:
        with Image.open(first_still) as image:
            width, height = ImageOps.exif_transpose(image).size
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise VideoError(
            f"The frame {first_still.name} cannot be read as an image: {exc}."
        ) from None
    scale = min(1.0, STILL_BOX[0] / width, STILL_BOX[1] / height)
    return round(width * scale), round(height * scale)


def _remux(clips: list[Path], tmp: Path) -> list[float]:
    """Copy every clip's packets into one file, one clip after the other."""
    boundaries: list[float] = []
    offset = Fraction(0)  # where the current clip starts in the output, in seconds
    try:
        with av.open(str(clips[0])) as first:
            output = av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"})
            try:
                try:
                    video_out = output.add_stream_from_template(first.streams.video[0])
                    audio_out = (
                        output.add_stream_from_template(first.streams.audio[0])
                        if first.streams.audio
                        else None
                    )
                except ValueError as exc:  # a codec the MP4 container cannot hold
                    raise _CannotRemux(str(exc)) from None
                last_dts: dict[str, Fraction] = {}
                for clip in clips:
                    boundaries.append(float(offset))
                    offset += _copy_clip(clip, output, video_out, audio_out, offset, last_dts)
            finally:
                output.close()
    except av.error.FFmpegError as exc:
        raise _CannotRemux(str(exc)) from None
    return boundaries


def _copy_clip(
    clip: Path,
    output: av.container.OutputContainer,
    video_out: av.stream.Stream,
    audio_out: av.stream.Stream | None,
    offset: Fraction,
    last_dts: dict[str, Fraction],
) -> Fraction:
    """Mux one clip's packets at ``offset`` seconds; returns the clip's video length."""
    with av.open(str(clip)) as source:
        video = source.streams.video[0]
        audio = source.streams.audio[0] if audio_out is not None else None
        origin = Fraction(video.start_time or 0) * _time_base(video)
        video_end = origin
        streams = [s for s in (video, audio) if s is not None]
        for packet in source.demux(streams):
            if not packet.size or packet.pts is None or packet.dts is None:
                continue
            is_video = packet.stream.index == video.index
            time_base = packet.time_base
            if is_video:
                end = Fraction(packet.pts + (packet.duration or 0)) * time_base
                video_end = max(video_end, end)
            shift = round((offset - origin) / time_base)
            packet.pts += shift
            packet.dts += shift
            kind = "video" if is_video else "audio"
            dts = Fraction(packet.dts) * time_base
            previous = last_dts.get(kind)
            if previous is not None and dts <= previous:
                if is_video:
                    raise _CannotRemux(f"{clip.name}: video timestamps would overlap")
                continue  # an AAC priming packet, or sound past the end of the last clip
            last_dts[kind] = dts
            if is_video:
                packet.stream = video_out
            elif audio_out is not None:
                packet.stream = audio_out
            packet.time_base = time_base
            output.mux(packet)
        return video_end - origin


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
        raise VideoError(f"The frame {path.name} cannot be read as an image: {exc}.") from None


def _clip_frames(
    path: Path, count: int, fps: Fraction, size: tuple[int, int]
) -> Iterator[av.VideoFrame]:
    """``count`` output frames at ``fps`` from a clip: for each output time, the latest
    source frame shown by then (frames repeat or drop when the rates differ)."""
    with av.open(str(path)) as source:
        stream = source.streams.video[0]
        stream.thread_type = "AUTO"
        origin = stream.start_time or 0
        time_base = _time_base(stream)
        decoded = source.decode(stream)
        current = next(decoded, None)
        upcoming = next(decoded, None)
        if current is None:
            raise VideoError(f"{path.name} has no frames.")
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


def _reencode(
    pieces: Sequence[SegmentSource],
    facts: dict[Path, _ClipFacts],
    tmp: Path,
    fps: Fraction,
    size: tuple[int, int],
    progress: Callable[[int, int], None] | None,
) -> list[float]:
    counts = []
    for piece in pieces:
        seconds = facts[Path(piece.clip)].info.duration_s if piece.clip else piece.duration_s
        counts.append(max(1, round(Fraction(seconds) * fps)))
    total = sum(counts)
    with_sound = any(facts[Path(p.clip)].info.has_audio for p in pieces if p.clip is not None)
    boundaries: list[float] = []
    output = av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"})
    try:
        video = output.add_stream("libx264", rate=fps)
        video.width, video.height = size
        video.pix_fmt = "yuv420p"
        video.options = dict(_X264_OPTIONS)
        ctx = video.codec_context
        ctx.colorspace = ctx.color_primaries = ctx.color_trc = _BT709
        ctx.color_range = _LIMITED_RANGE
        sound = _SoundWriter(output) if with_sound else None
        time_base = 1 / fps
        done = 0
        for piece, count in zip(pieces, counts, strict=True):
            boundaries.append(float(done * time_base))
            if sound is not None:
                end_sample = round((done + count) * time_base * AUDIO_RATE)
                samples = end_sample - round(done * time_base * AUDIO_RATE)
                if piece.clip is not None:
                    sound.add(_clip_sound(Path(piece.clip), samples))
                else:
                    fifo = av.AudioFifo()
                    fifo.write(_silence(samples))
                    sound.add(fifo)
            if piece.clip is not None:
                frames: Iterator[av.VideoFrame] = _clip_frames(Path(piece.clip), count, fps, size)
            elif piece.still is not None:
                still = _still_frame(Path(piece.still), size)
                frames = (still for _ in range(count))
            for frame in frames:
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
        raise VideoError(f"The sequence could not be encoded: {exc}.") from None
    finally:
        output.close()
    return boundaries


__all__ = [
    "ExportResult",
    "SegmentSource",
    "VideoError",
    "VideoInfo",
    "export_sequence",
    "last_frame",
    "probe_video",
]
