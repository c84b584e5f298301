"""What a video or audio file is, read with PyAV: length, picture, sound, size, and whether it
is whole.

A probe opens the container, reads its stream headers, decodes the first frame of the
track that matters (a file whose codec cannot be decoded is no use to anyone) and then reads
every packet of that track without decoding it, to find a file cut short (an unfinished
download or copy): its packets stop well before the length its header announces, point past
the end of the file, or cannot be read at all. Reading packets is fast (no decoding), so a
probe of a 30 s 1080p clip takes a fraction of a second; call it off the UI thread all the
same.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error

from app.core.errors import MediaError
from app.core.media.kinds import MIB, MediaKind
from app.core.wording import QT_TRANSLATE_NOOP, said

__all__ = ["MIB", "MediaInfo", "MediaKind", "probe_media"]

# Codecs that go inline as they are: H.264 video in MP4 (with AAC, MP3 or no sound), and
# plain PCM in WAV.
_INLINE_VIDEO_CODECS = frozenset({"h264"})
_INLINE_SOUND_IN_MP4 = frozenset({"aac", "mp3"})
_WAV_CODECS = frozenset({"pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_f32le", "pcm_u8"})
_CODEC_NAMES = {
    "h264": "H.264",
    "hevc": "H.265",
    "vp8": "VP8",
    "vp9": "VP9",
    "av1": "AV1",
    "mpeg4": "MPEG-4",
    "mpeg2video": "MPEG-2",
    "prores": "ProRes",
    "aac": "AAC",
    "mp3": "MP3",
    "mp3float": "MP3",
    "opus": "Opus",
    "vorbis": "Vorbis",
    "flac": "FLAC",
}
# How much shorter than its header says a file may read before it counts as cut short.
_SHORTFALL_S = 0.5
_SHORTFALL_PART = 0.05


@dataclass(frozen=True)
class MediaInfo:
    """A probed video or audio file. Sizes in bytes, lengths in seconds."""

    kind: MediaKind
    source: str
    file_size: int
    container: str  # what a user calls it: "MP4", "WebM", "WAV", "M4A", "MKV"...
    duration_s: float
    width: int = 0
    height: int = 0
    fps: float = 0.0
    video_codec: str = ""  # PyAV's codec name: "h264", "vp9"...
    audio_codec: str = ""
    sample_rate: int = 0
    channels: int = 0
    incomplete: str | None = None  # why the file looks cut short; None when it is whole
    rotation: int = 0  # degrees counter-clockwise a player turns the picture (width/height
    # above are as shown, after it)

    @property
    def name(self) -> str:
        return Path(self.source).name or self.source

    @property
    def file_size_mb(self) -> float:
        return self.file_size / 1_000_000

    @property
    def has_sound(self) -> bool:
        return bool(self.audio_codec)

    @property
    def inline_ready(self) -> bool:
        """Whether the file can go inline byte for byte, in the format RunComfy documents."""
        if self.kind is MediaKind.VIDEO:
            return (
                self.rotation == 0  # turned upright before sending: servers differ on it
                and self.container == "MP4"
                and self.video_codec in _INLINE_VIDEO_CODECS
                and (not self.audio_codec or self.audio_codec in _INLINE_SOUND_IN_MP4)
            )
        return self.container == "WAV" and self.audio_codec in _WAV_CODECS

    @property
    def format_text(self) -> str:
        """ "MP4 (H.264, AAC)", "WebM (VP9)", "WAV (PCM)"."""
        codecs = [codec_name(c) for c in (self.video_codec, self.audio_codec) if c]
        if self.kind is MediaKind.AUDIO and self.video_codec:
            codecs = [codec_name(self.audio_codec)]
        return f"{self.container} ({', '.join(codecs)})" if codecs else self.container

    def summary(self) -> str:
        """One line for the interface: "6.0 s · 1280 × 720 · 30 fps · MP4 (H.264) · 2.1 MB"."""
        parts = [seconds_text(self.duration_s)]
        if self.kind is MediaKind.VIDEO:
            parts += [f"{self.width} × {self.height}", f"{self.fps:.3g} fps"]
        else:
            parts += [f"{self.sample_rate / 1000:g} kHz", channels_text(self.channels)]
        parts += [self.format_text, size_text(self.file_size)]
        return " · ".join(parts)


def codec_name(codec: str) -> str:
    if codec.startswith("pcm_"):
        return "PCM"
    return _CODEC_NAMES.get(codec, codec.upper())


def channels_text(channels: int) -> str:
    return {1: "mono", 2: "stereo"}.get(channels, f"{channels} channels")


def seconds_text(seconds: float) -> str:
    if seconds >= 600:
        return f"{int(seconds // 60)} min"
    return f"{seconds:.2f}".rstrip("0").rstrip(".") + " s"


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} kB"


def _container_name(format_name: str, suffix: str, kind: MediaKind, video: bool) -> str:
    names = set(format_name.split(","))
    if "mp4" in names or "mov" in names:
        if suffix == ".mov":
            return "MOV"
        return "M4A" if kind is MediaKind.AUDIO and not video else "MP4"
    if "webm" in names or "matroska" in names:
        return "WebM" if suffix == ".webm" else "MKV"
    known = {"wav": "WAV", "mp3": "MP3", "ogg": "Ogg", "flac": "FLAC", "avi": "AVI"}
    for key, shown in known.items():
        if key in names:
            return shown
    return format_name.split(",")[0].upper()


def ffmpeg_reason(exc: BaseException) -> str:
    """FFmpeg's reason in a few words ("invalid data found when processing input"), without
    its error number and file name."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def _unreadable(name: str, kind: MediaKind, exc: BaseException) -> MediaError:
    template = (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} cannot be read as a video: it may be cut short (an unfinished download or "
            "copy), damaged, or another kind of file ({reason}).",
        )
        if kind is MediaKind.VIDEO
        else QT_TRANSLATE_NOOP(
            "Errors",
            "{name} cannot be read as an audio clip: it may be cut short (an unfinished "
            "download or copy), damaged, or another kind of file ({reason}).",
        )
    )
    return MediaError.said(template, name=name, reason=ffmpeg_reason(exc))


def probe_media(path: Path | str, kind: MediaKind) -> MediaInfo:
    """Probe ``path`` as ``kind``. Raises :class:`MediaError` with a sentence for the user for
    a missing, unreadable or empty file, or one without a track of that kind."""
    path = Path(path)
    name = path.name or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path)
        ) from None
    except OSError as exc:
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read ({reason})."),
            path=str(path),
            reason=str(exc.strerror or exc),
        ) from None
    if path.is_dir():
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a video file.")
            if kind is MediaKind.VIDEO
            else QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not an audio file."),
            name=name,
        )
    if size == 0:
        raise MediaError.said(QT_TRANSLATE_NOOP("Errors", "{name} is empty (0 bytes)."), name=name)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, OSError) as exc:
        raise _unreadable(name, kind, exc) from None
    try:
        return _probe_open(container, path, size, kind)
    except av.error.FFmpegError as exc:
        raise _unreadable(name, kind, exc) from None
    finally:
        container.close()


def _probe_open(
    container: av.container.InputContainer, path: Path, size: int, kind: MediaKind
) -> MediaInfo:
    name = path.name
    video = container.streams.video[0] if container.streams.video else None
    audio = container.streams.audio[0] if container.streams.audio else None
    # A cover picture in an audio file is a "video" stream of one frame: not a video.
    if video is not None and video.disposition & 0x400:  # AV_DISPOSITION_ATTACHED_PIC
        video = None
    main = video if kind is MediaKind.VIDEO else audio
    if main is None:
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} has no picture (no video track).")
            if kind is MediaKind.VIDEO
            else QT_TRANSLATE_NOOP("Errors", "{name} has no sound (no audio track)."),
            name=name,
        )
    declared = _declared_seconds(container, main)
    rotation = _first_frame(container, main, name, kind)
    read_to, beyond_end = _read_packets(container, main, size)
    incomplete = None
    if beyond_end or _wav_cut_short(path, size, container.format.name):
        incomplete = said(
            QT_TRANSLATE_NOOP("Errors", "{name} ends before its data does: it was cut short."),
            name=name,
        )
    elif declared and read_to < declared - max(_SHORTFALL_S, declared * _SHORTFALL_PART):
        incomplete = said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} stops after {read} of the {declared} its header announces: it was cut "
                "short.",
            ),
            name=name,
            read=seconds_text(read_to),
            declared=seconds_text(declared),
        )
    duration = declared or read_to
    info = MediaInfo(
        kind=kind,
        source=str(path),
        file_size=size,
        container=_container_name(
            container.format.name, path.suffix.lower(), kind, video is not None
        ),
        duration_s=round(duration, 3),
        audio_codec=audio.codec_context.name if audio is not None else "",
        sample_rate=(audio.codec_context.sample_rate or 0) if audio is not None else 0,
        channels=(audio.codec_context.channels or 0) if audio is not None else 0,
        incomplete=incomplete,
    )
    if video is None:
        return info
    ctx = video.codec_context
    rate = next((r for r in (video.average_rate, video.guessed_rate, video.base_rate) if r), 0)
    return MediaInfo(
        **{
            **info.__dict__,
            # The size a player shows: a phone video stored on its side is turned upright.
            "width": ctx.height if rotation % 180 == 90 else ctx.width,
            "height": ctx.width if rotation % 180 == 90 else ctx.height,
            "rotation": rotation,
            "fps": round(float(Fraction(rate)), 3) if rate else 0.0,
            "video_codec": ctx.name,
        }
    )


def _declared_seconds(container: av.container.InputContainer, stream: av.stream.Stream) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return 0.0


def _first_frame(
    container: av.container.InputContainer, stream: av.stream.Stream, name: str, kind: MediaKind
) -> int:
    """Decode one frame of ``stream`` (a codec PyAV cannot decode is found here); the
    rotation a player applies to it, in degrees counter-clockwise (phone videos)."""
    try:
        for frame in container.decode(stream):
            rotation = getattr(frame, "rotation", 0) if isinstance(frame, av.VideoFrame) else 0
            return int(rotation or 0) % 360
        else:
            raise MediaError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} holds no video frames: it is empty or cut short."
                )
                if kind is MediaKind.VIDEO
                else QT_TRANSLATE_NOOP(
                    "Errors", "{name} holds no audio clip frames: it is empty or cut short."
                ),
                name=name,
            )
    except av.error.FFmpegError as exc:
        raise MediaError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} cannot be decoded: it may be cut short (an unfinished download or copy) "
                "or damaged ({reason}).",
            ),
            name=name,
            reason=ffmpeg_reason(exc),
        ) from None


def _read_packets(
    container: av.container.InputContainer, stream: av.stream.Stream, size: int
) -> tuple[float, bool]:
    """How far the packets of ``stream`` reach, in seconds, and whether any points past the
    end of the file. A read error partway counts as the end of what can be read."""
    reach = 0.0
    beyond = False
    base = stream.time_base
    with contextlib.suppress(av.error.FFmpegError):
        container.seek(0, stream=stream)
    try:
        for packet in container.demux(stream):
            if packet.size == 0:
                continue
            if packet.pos is not None and packet.pos >= 0 and packet.pos + packet.size > size:
                beyond = True
            if packet.pts is not None and base is not None:
                end = float((packet.pts + (packet.duration or 0)) * base)
                reach = max(reach, end)
    except av.error.FFmpegError:
        pass
    start = float(stream.start_time * base) if stream.start_time and base else 0.0
    return max(0.0, reach - start), beyond


def _wav_cut_short(path: Path, size: int, format_name: str) -> bool:
    """Whether a WAV file holds fewer sound bytes than its ``data`` chunk announces (FFmpeg
    reads such a file without complaint and reports the shorter length)."""
    if "wav" not in format_name.split(","):
        return False
    with path.open("rb") as handle:
        head = handle.read(65536)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return False
    offset = 12
    while offset + 8 <= len(head):
        chunk, length = (
            head[offset : offset + 4],
            int.from_bytes(head[offset + 4 : offset + 8], "little"),
        )
        if chunk == b"data":
            # 0 and 0xFFFFFFFF mean "unknown" (a recording still being written, or a stream).
            return length not in (0, 0xFFFFFFFF) and offset + 8 + length > size
        offset += 8 + length + (length & 1)
    return False
