"""Re-encoding one clip with PyAV: to H.264/AAC MP4, or to WAV, optionally trimmed, scaled
and retimed. The building blocks of :mod:`app.core.media.fixes`; the simulator uses
:func:`decoded_sound` to make a reference clip the soundtrack of a preview."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.error

Progress = Callable[[float, float], None]
AUDIO_RATE = 48_000
_X264 = {"preset": "veryfast", "crf": "23"}


def _seconds(frame: av.VideoFrame | av.AudioFrame) -> float | None:
    return float(frame.time) if frame.time is not None else None


def write_mp4(
    source: Path,
    dest: Path,
    max_seconds: float | None,
    size: tuple[int, int] | None,
    fps: Fraction | None,
    bit_rate: int | None,
    progress: Progress | None = None,
) -> None:
    """``source`` as H.264 (yuv420p) + AAC stereo MP4 at ``dest``, cut at ``max_seconds``."""
    with (
        av.open(str(source)) as inp,
        av.open(str(dest), "w", format="mp4", options={"movflags": "+faststart"}) as out,
    ):
        vin = inp.streams.video[0]
        ain = inp.streams.audio[0] if inp.streams.audio else None
        rate = fps or Fraction(vin.average_rate or vin.guessed_rate or 24).limit_denominator(1001)
        width, height = size or _shown_size(inp, vin)
        width, height = max(2, width // 2 * 2), max(2, height // 2 * 2)
        vout = out.add_stream("libx264", rate=rate)
        vout.width, vout.height, vout.pix_fmt = width, height, "yuv420p"
        options: dict[str, object] = dict(_X264)
        if bit_rate:
            options.update(maxrate=str(bit_rate), bufsize=str(bit_rate))
        vout.options = options
        aout = None
        if ain is not None:
            aout = out.add_stream("aac", rate=AUDIO_RATE)
            aout.layout = "stereo"
            aout.codec_context.bit_rate = 128_000
        total = _total_seconds(inp, vin, max_seconds)
        sound = _SoundCopier(out, aout, max_seconds) if aout is not None else None
        streams = [vin] + ([ain] if ain is not None else [])
        index = -1
        for packet in inp.demux(*streams):
            for frame in _decoded(packet):
                t = _seconds(frame)
                if isinstance(frame, av.AudioFrame):
                    if sound is not None:
                        sound.add(frame)
                    continue
                if t is None or (max_seconds is not None and t >= max_seconds):
                    continue
                wanted = round(t * rate)
                if wanted <= index:
                    continue  # a lower frame rate drops frames
                index = wanted
                picture = upright(frame).reformat(width, height, "yuv420p")
                picture.pts = index
                picture.time_base = Fraction(1) / rate
                out.mux(vout.encode(picture))
                if progress is not None:
                    progress(min(t, total), total)
        out.mux(vout.encode(None))
        if sound is not None:
            sound.finish()


def upright(frame: av.VideoFrame) -> av.VideoFrame:
    """``frame`` turned the way a player shows it (the output carries no rotation)."""
    rotation = int(getattr(frame, "rotation", 0) or 0) % 360
    if not rotation:
        return frame
    turned: av.VideoFrame = av.VideoFrame.from_image(
        frame.to_image().rotate(rotation, expand=True)
    )
    turned.pts, turned.time_base = frame.pts, frame.time_base
    return turned


def _shown_size(inp: av.container.InputContainer, stream: av.video.VideoStream) -> tuple[int, int]:
    """The size of the first frame as a player shows it."""
    width, height = stream.codec_context.width, stream.codec_context.height
    for frame in inp.decode(stream):
        if int(getattr(frame, "rotation", 0) or 0) % 180 == 90:
            width, height = height, width
        break
    inp.seek(0)
    return width, height


def _decoded(packet: av.Packet[Any]) -> Iterator[av.VideoFrame | av.AudioFrame]:
    try:
        yield from packet.decode()
    except av.error.InvalidDataError:
        return  # one damaged packet: keep the rest


def _total_seconds(
    inp: av.container.InputContainer, stream: av.stream.Stream, max_seconds: float | None
) -> float:
    total = 0.0
    if stream.duration and stream.time_base:
        total = float(stream.duration * stream.time_base)
    elif inp.duration:
        total = inp.duration / av.time_base
    if max_seconds is not None:
        total = min(total, max_seconds) if total else max_seconds
    return max(total, 0.001)


class _SoundCopier:
    """Sound resampled to 48 kHz stereo float and encoded as AAC, cut at ``max_seconds``."""

    def __init__(
        self,
        out: av.container.OutputContainer,
        stream: av.audio.stream.AudioStream,
        max_seconds: float | None,
    ) -> None:
        self.out, self.stream = out, stream
        self.resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
        self.fifo = av.AudioFifo()
        self.limit = None if max_seconds is None else round(max_seconds * AUDIO_RATE)
        self.written = 0
        self.chunk = stream.codec_context.frame_size or 1024

    def add(self, frame: av.AudioFrame) -> None:
        frame.pts = None
        for converted in self.resampler.resample(frame):
            self.fifo.write(converted)
        self._drain(final=False)

    def _drain(self, final: bool) -> None:
        while self.fifo.samples >= self.chunk or (final and self.fifo.samples):
            count = min(self.chunk, self.fifo.samples)
            if self.limit is not None:
                count = min(count, self.limit - self.written)
                if count <= 0:
                    return
            chunk = self.fifo.read(count)
            if chunk is None:
                return
            chunk.pts = self.written
            chunk.time_base = Fraction(1, AUDIO_RATE)
            self.written += chunk.samples
            self.out.mux(self.stream.encode(chunk))

    def finish(self) -> None:
        for converted in self.resampler.resample(None):
            self.fifo.write(converted)
        self._drain(final=True)
        self.out.mux(self.stream.encode(None))


def decoded_sound(
    source: Path, rate: int, layout: str, max_seconds: float | None = None
) -> Iterator[av.AudioFrame]:
    """The first sound track of ``source``, resampled to packed signed 16-bit ``rate`` Hz in
    ``layout`` ("mono", "stereo"), as frames, up to ``max_seconds``."""
    limit = None if max_seconds is None else round(max_seconds * rate)
    written = 0
    resampler = av.AudioResampler(format="s16", layout=layout, rate=rate)
    with av.open(str(source)) as inp:
        stream = inp.streams.audio[0]
        for packet in inp.demux(stream):
            for frame in _decoded(packet):
                frame.pts = None
                for converted in resampler.resample(frame):  # type: ignore[arg-type]
                    kept = _cut(converted, limit, written)
                    if kept is None:
                        return
                    written += kept.samples
                    yield kept
        for converted in resampler.resample(None):
            kept = _cut(converted, limit, written)
            if kept is None:
                return
            written += kept.samples
            yield kept


def _cut(frame: av.AudioFrame, limit: int | None, written: int) -> av.AudioFrame | None:
    """``frame``, or its first part when it crosses ``limit``; None once past it."""
    if limit is None or written + frame.samples <= limit:
        return frame
    keep = limit - written
    if keep <= 0:
        return None
    fifo = av.AudioFifo()
    fifo.write(frame)
    return fifo.read(keep)


def write_wav(
    source: Path,
    dest: Path,
    max_seconds: float | None,
    sample_rate: int | None,
    channels: int | None,
    progress: Progress | None = None,
) -> None:
    """The sound of ``source`` as 16-bit PCM WAV at ``dest``."""
    rate = sample_rate or AUDIO_RATE
    layout = "mono" if channels == 1 else "stereo"
    with av.open(str(source)) as probe:
        stream = probe.streams.audio[0]
        total = _total_seconds(probe, stream, max_seconds)
    with av.open(str(dest), "w", format="wav") as out:
        wav = out.add_stream("pcm_s16le", rate=rate)
        wav.layout = layout
        written = 0
        for frame in decoded_sound(source, rate, layout, max_seconds):
            frame.pts = written
            frame.time_base = Fraction(1, rate)
            written += frame.samples
            out.mux(wav.encode(frame))
            if progress is not None:
                progress(min(written / rate, total), total)
        out.mux(wav.encode(None))
