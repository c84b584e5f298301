"""Real video and audio files for tests, made with PyAV: small, fast, and of known content.

Each video frame is a flat colour that changes over time (``colour_at``), so a test can tell
which part of a clip ended up where by comparing pixels; each audio clip is a sine tone of a
known pitch, so a test can find it again after decoding.
"""

from __future__ import annotations

import math
from array import array
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image


def colour_at(index: int, frames: int) -> tuple[int, int, int]:
    """The flat colour of frame ``index``: red fades in, blue fades out, green stays."""
    t = index / max(1, frames - 1)
    return (round(40 + 180 * t), 200, round(220 - 180 * t))


def make_video(
    path: Path,
    *,
    seconds: float = 1.0,
    size: tuple[int, int] = (160, 90),
    fps: int = 12,
    codec: str = "libx264",
    container: str | None = None,
    sound: bool = False,
    colour: tuple[int, int, int] | None = None,
    bit_rate: int | None = None,
) -> Path:
    """A clip of flat-colour frames (``colour`` for all, else :func:`colour_at`)."""
    frames = max(1, round(seconds * fps))
    pix_fmt = "yuv420p"
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=fps)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], pix_fmt
        if bit_rate:
            stream.codec_context.bit_rate = bit_rate
        audio = None
        if sound:
            audio = out.add_stream("aac" if codec != "libvpx-vp9" else "libopus", rate=48000)
            audio.layout = "stereo"
        for index in range(frames):
            picture = Image.new("RGB", size, colour or colour_at(index, frames))
            frame = av.VideoFrame.from_image(picture)
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
        if audio is not None:
            _write_tone(out, audio, seconds, 440.0, 48000, 2)
    return path


def make_noise_video(path: Path, *, seconds: float, size: tuple[int, int], fps: int = 24) -> Path:
    """A clip that compresses badly (random pixels): large for its length, for size limits."""
    import random

    rng = random.Random(7)
    frames = max(1, round(seconds * fps))
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        stream.options = {"crf": "0", "preset": "ultrafast"}
        for index in range(frames):
            picture = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
            frame = av.VideoFrame.from_image(picture)
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def tone(seconds: float, pitch: float, rate: int) -> bytes:
    """A sine tone at half scale, as float32 samples of one channel."""
    count = round(seconds * rate)
    step = 2 * math.pi * pitch / rate
    period = rate / pitch
    if period.is_integer() and count > period:  # one period, repeated: fast for long tones
        one = array("f", [0.5 * math.sin(step * k) for k in range(int(period))])
        return (one * (count // int(period) + 1))[:count].tobytes()
    return array("f", [0.5 * math.sin(step * k) for k in range(count)]).tobytes()


def _write_tone(
    out: av.container.OutputContainer,
    stream: av.audio.stream.AudioStream,
    seconds: float,
    pitch: float,
    rate: int,
    channels: int,
    chunk: int | None = None,
) -> None:
    """A tone in frames of ``chunk`` samples (by default, the codec's frame size)."""
    samples = tone(seconds, pitch, rate)
    total = len(samples) // 4
    chunk = chunk or stream.codec_context.frame_size or 1024
    layout = "mono" if channels == 1 else "stereo"
    done = 0
    while done < total:
        count = min(chunk, total - done)
        frame = av.AudioFrame(format="fltp", layout=layout, samples=count)
        frame.sample_rate = rate
        frame.pts = done
        frame.time_base = Fraction(1, rate)
        for plane in frame.planes:
            plane.update(samples[done * 4 : (done + count) * 4])
        out.mux(stream.encode(frame))
        done += count
    out.mux(stream.encode(None))


def make_audio(
    path: Path,
    *,
    seconds: float = 1.0,
    pitch: float = 440.0,
    rate: int = 48000,
    channels: int = 2,
    codec: str | None = None,
) -> Path:
    """A tone as WAV (PCM, the default for a .wav path), M4A (AAC) or whatever ``codec`` says."""
    suffix = path.suffix.lower()
    codec = codec or {".wav": "pcm_s16le", ".m4a": "aac", ".mp3": "libmp3lame"}[suffix]
    container = {".m4a": "mp4"}.get(suffix)
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono" if channels == 1 else "stereo"
        chunk = 4096 if codec.startswith("pcm_") else None
        _write_tone(out, stream, seconds, pitch, rate, channels, chunk)
    return path


def truncated_copy(source: Path, dest: Path, keep: float = 0.5) -> Path:
    """The first ``keep`` part of ``source``'s bytes: an unfinished download."""
    data = source.read_bytes()
    dest.write_bytes(data[: int(len(data) * keep)])
    return dest


def dominant_tone(samples: list[float], rate: int, candidates: list[float]) -> float:
    """Which of ``candidates`` (Hz) is loudest in ``samples`` (one channel), by correlation."""

    def power(pitch: float) -> float:
        step = 2 * math.pi * pitch / rate
        re = sum(s * math.cos(step * k) for k, s in enumerate(samples))
        im = sum(s * math.sin(step * k) for k, s in enumerate(samples))
        return re * re + im * im

    return max(candidates, key=power)
