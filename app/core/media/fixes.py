"""The fix for a video or audio clip that breaks a field's rules or RunComfy's inline limits.

:func:`plan_fix` looks only at the probe, so the interface can show the fix (a button title
and one sentence) before anything is decoded. It is one fix that does everything needed at
once, since each step re-encodes the whole clip anyway: trim to the allowed length,
downscale into the allowed size, lower the frame rate, and write H.264/AAC MP4 (video) or
WAV (audio) under the size limit. :func:`apply_fix` writes a new file in the folder it is
given (the original is only read), probes the result and checks it with the same rows the
user saw: a fixed clip cannot fail, or it is deleted and :class:`MediaError` says why.

A clip that breaks a rule no fix can meet (too short, too small, the wrong shape, cut short)
gets no fix.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error

from app.core.catalogue import Field
from app.core.errors import MediaError
from app.core.media import fix_wording as words
from app.core.media.checks import check_media, rule_parts
from app.core.media.probe import (
    MediaInfo,
    MediaKind,
    ffmpeg_reason,
    probe_media,
)
from app.core.media.transcode import write_mp4, write_wav
from app.core.wording import QT_TRANSLATE_NOOP

# Progress of a fix: seconds written, seconds in all. Raising from it cancels the fix.
Progress = Callable[[float, float], None]
_AUDIO_STEPS = ((48000, 2), (32000, 2), (24000, 2), (24000, 1))
_WAV_HEADER = 1024
_MIN_VIDEO_BITRATE = 150_000


@dataclass(frozen=True)
class MediaFix:
    """What the fix will do, decided from the probe before anything is decoded."""

    kind: MediaKind
    title: str
    description: str
    max_seconds: float | None = None
    size: tuple[int, int] | None = None  # video: the output size, both even
    fps: float | None = None  # video: a lower frame rate
    max_bytes: int | None = None
    sample_rate: int | None = None  # audio
    channels: int | None = None  # audio


@dataclass
class _Limits:
    max_seconds: float | None = None
    max_width: float | None = None
    max_height: float | None = None
    max_fps: float | None = None
    max_bytes: int | None = None
    max_rate: float | None = None
    max_channels: float | None = None


def _upper(limits: _Limits, name: str, value: float) -> None:
    current = getattr(limits, name)
    setattr(limits, name, value if current is None else min(current, value))


def _limits(field: Field, info: MediaInfo, inline: bool) -> _Limits:
    limits = _Limits(max_bytes=info.kind.inline_limit if inline else None)
    for rule in field.image_rules:
        parts = rule_parts(rule)
        if parts is None or parts[1] not in ("<", "<="):
            continue
        subject, op = parts
        strict = op == "<"
        value = rule.value
        if subject == "duration_seconds":
            step = 1 / info.fps if info.fps else 0.01
            _upper(limits, "max_seconds", value - step if strict else value)
        elif subject in ("width_pixels", "height_pixels"):
            name = "max_width" if subject == "width_pixels" else "max_height"
            _upper(limits, name, math.ceil(value) - 1 if strict else math.floor(value))
        elif subject == "fps":
            _upper(limits, "max_fps", value - 0.01 if strict else value)
        elif subject == "file_size_mb":
            bytes_ = math.ceil(value * 1_000_000) - 1 if strict else math.floor(value * 1_000_000)
            limits.max_bytes = bytes_ if limits.max_bytes is None else min(limits.max_bytes, bytes_)
        elif subject == "sample_rate":
            _upper(limits, "max_rate", value - 1 if strict else value)
        elif subject == "channels":
            _upper(limits, "max_channels", value - 1 if strict else value)
    return limits


def _even_down(value: float) -> int:
    return max(2, int(value) // 2 * 2)


def plan_fix(field: Field, info: MediaInfo, *, inline: bool) -> MediaFix | None:
    """The fix that makes ``info`` pass every failing row, or None when no fix can."""
    failing = [c for c in check_media(field, info, inline=inline) if not c.passed]
    if not failing or any(not c.fixable for c in failing):
        return None
    limits = _limits(field, info, inline)
    if info.kind is MediaKind.VIDEO:
        return _video_fix(info, limits)
    return _audio_fix(info, limits)


def sending_fix(field: Field, info: MediaInfo) -> MediaFix | None:
    """The conversion a local clip needs to go inline (format, size), changing nothing the
    user chose: None when it cannot be made to fit without trimming it, or needs nothing."""
    bare = dataclasses.replace(field, image_rules=())
    fix = plan_fix(bare, info, inline=True)
    return fix if fix is not None and fix.max_seconds is None else None


def _video_fix(info: MediaInfo, limits: _Limits) -> MediaFix | None:
    seconds = info.duration_s
    steps: list[words.Step] = []
    max_seconds = None
    if limits.max_seconds is not None and seconds > limits.max_seconds:
        if limits.max_seconds <= 0:
            return None
        max_seconds = limits.max_seconds
        seconds = max_seconds
        steps.append(words.step(words.TRIM, length=words.length(max_seconds)))
    scale = 1.0
    if limits.max_width is not None:
        scale = min(scale, limits.max_width / info.width)
    if limits.max_height is not None:
        scale = min(scale, limits.max_height / info.height)
    fps = info.fps or 24.0
    new_fps = None
    if limits.max_fps is not None and fps > limits.max_fps:
        new_fps = math.floor(limits.max_fps * 100) / 100
        fps = new_fps
        steps.append(words.step(words.FRAME_RATE, fps=new_fps))
    if limits.max_bytes is not None:
        # Enough bits per pixel for a watchable picture at the bit rate the size allows.
        budget = limits.max_bytes * 8 * 0.9 / max(seconds, 0.1) - (128_000 if info.has_sound else 0)
        if budget < _MIN_VIDEO_BITRATE:
            return None
        pixels = budget / (0.08 * fps)
        scale = min(scale, math.sqrt(pixels / max(1, info.width * info.height)))
    size = (info.width, info.height)
    if scale < 1.0:
        size = (_even_down(info.width * scale), _even_down(info.height * scale))
        if min(size) < 16:
            return None
        steps.append(words.step(words.DOWNSCALE, width=size[0], height=size[1]))
    codecs = "H.264, AAC" if info.has_sound else "H.264"
    if limits.max_bytes is not None and info.file_size > limits.max_bytes:
        steps.append(words.step(words.MP4_UNDER, codecs=codecs, size=words.size(limits.max_bytes)))
    else:
        steps.append(words.step(words.MP4, codecs=codecs))
    title = words.title(steps)
    return MediaFix(
        MediaKind.VIDEO,
        title,
        words.description(title),
        max_seconds=max_seconds,
        size=size if size != (info.width, info.height) else None,
        fps=new_fps,
        max_bytes=limits.max_bytes,
    )


def _audio_fix(info: MediaInfo, limits: _Limits) -> MediaFix | None:
    seconds = info.duration_s
    steps: list[words.Step] = []
    max_seconds = limits.max_seconds if limits.max_seconds is not None else None
    if max_seconds is not None and seconds > max_seconds:
        if max_seconds <= 0:
            return None
        seconds = max_seconds
    else:
        max_seconds = None
    top_rate = min(info.sample_rate or 48000, 48000, int(limits.max_rate or 48000))
    top_channels = min(info.channels or 2, 2, int(limits.max_channels or 2))
    if top_channels < 1:
        return None
    options = [(top_rate, top_channels)]
    options += [(min(r, top_rate), min(c, top_channels)) for r, c in _AUDIO_STEPS]
    rate, channels = options[0]
    if limits.max_bytes is not None:
        for rate, channels in options:
            if _wav_bytes(seconds, rate, channels) <= limits.max_bytes:
                break
        else:
            fit = (limits.max_bytes - _WAV_HEADER) / (rate * channels * 2)
            max_seconds = math.floor(fit * 10) / 10
            seconds = max_seconds
    if max_seconds is not None:
        steps.append(words.step(words.TRIM, length=words.length(max_seconds)))
    steps.append(
        words.step(words.WAV_MONO if channels == 1 else words.WAV_STEREO, rate=rate / 1000)
    )
    title = words.title(steps)
    return MediaFix(
        MediaKind.AUDIO,
        title,
        words.description(title),
        max_seconds=max_seconds,
        max_bytes=limits.max_bytes,
        sample_rate=rate,
        channels=channels,
    )


def _wav_bytes(seconds: float, rate: int, channels: int) -> int:
    return _WAV_HEADER + math.ceil(seconds * rate) * channels * 2


def apply_fix(
    fix: MediaFix,
    field: Field,
    source: str | os.PathLike[str],
    dest_dir: str | os.PathLike[str],
    *,
    inline: bool,
    progress: Progress | None = None,
) -> Path:
    """Write the fixed clip as a new file in ``dest_dir`` and return its path.

    Raises :class:`MediaError` when the source cannot be decoded, or the result still
    fails a rule (it is then deleted). An exception from ``progress`` cancels the fix and
    leaves nothing behind.
    """
    source_path = Path(source)
    folder = Path(dest_dir)
    folder.mkdir(parents=True, exist_ok=True)
    extension = "mp4" if fix.kind is MediaKind.VIDEO else "wav"
    tmp = folder / f".{source_path.stem[:60]}.{uuid.uuid4().hex[:12]}.part.{extension}"
    try:
        if fix.kind is MediaKind.VIDEO:
            _write_video_under_limit(fix, source_path, tmp, progress)
        else:
            write_wav(source_path, tmp, fix.max_seconds, fix.sample_rate, fix.channels, progress)
        path = _claim(folder, source_path.stem[:80], extension)
        os.replace(tmp, path)
    except av.error.FFmpegError as exc:
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be converted ({reason})."),
            name=source_path.name,
            reason=ffmpeg_reason(exc),
        ) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    try:
        result = probe_media(path, fix.kind)
    except MediaError:
        path.unlink(missing_ok=True)
        raise
    failing = [c.message for c in check_media(field, result, inline=inline) if not c.passed]
    if failing:
        path.unlink(missing_ok=True)
        raise MediaError.said(
            QT_TRANSLATE_NOOP("Errors", "The fixed copy of {name} still fails: {reasons}"),
            name=source_path.name,
            reasons=" ".join(failing),
        )
    return path


def _write_video_under_limit(
    fix: MediaFix, source: Path, tmp: Path, progress: Progress | None
) -> None:
    """Write the MP4, lowering the bit rate when the size limit was missed (up to 3 tries)."""
    info = probe_media(source, MediaKind.VIDEO)
    seconds = min(info.duration_s, fix.max_seconds or info.duration_s) or 0.1
    bit_rate = None
    if fix.max_bytes is not None:
        bit_rate = int(fix.max_bytes * 8 * 0.9 / seconds - (128_000 if info.has_sound else 0))
        bit_rate = max(bit_rate, _MIN_VIDEO_BITRATE)
    fps = Fraction(fix.fps).limit_denominator(1001) if fix.fps else None
    for _attempt in range(3):
        write_mp4(source, tmp, fix.max_seconds, fix.size, fps, bit_rate, progress)
        if fix.max_bytes is None or tmp.stat().st_size <= fix.max_bytes or bit_rate is None:
            return
        bit_rate = max(_MIN_VIDEO_BITRATE // 2, int(bit_rate * 0.7))
    raise MediaError.said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} could not be made smaller than {size}; trim it or give a URL to the file "
            "instead.",
        ),
        name=source.name,
        size=words.size(fix.max_bytes or 0),
    )


def _claim(folder: Path, stem: str, extension: str) -> Path:
    """'<stem>-fixed.<ext>', then '-fixed-2'…: never over a file that is there."""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        path = folder / f"{stem}-fixed{suffix}.{extension}"
        if not path.exists():
            return path
        number += 1
