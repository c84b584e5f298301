"""The preview's sound: a quiet ambient pad, fed to the AAC encoder in step with the video."""

from __future__ import annotations

import math
import random
from array import array
from fractions import Fraction

import av

from app.sim.preview.easing import smoothstep

AUDIO_RATE = 48_000


def ambient_pad(samples: int, rng: random.Random) -> tuple[bytes, bytes]:
    """A soft, slowly breathing major-add9 pad: float32 samples for the left and right channel.

    Every partial is a multiple of 0.5 Hz, so each layer repeats exactly every two seconds;
    one period is synthesised and tiled, then shaped by slow envelopes.
    """
    root = rng.choice((98, 110, 130, 146))  # ~G2, A2, C3, D3 (even, so 2.25x stays on 0.5 Hz)
    period = 2 * AUDIO_RATE
    # (ratio to the root, amplitude, right-channel detune in Hz)
    body = ((1.0, 0.50, 0.0), (1.5, 0.30, 0.5), (2.0, 0.26, -0.5), (4.0, 0.04, 0.5))
    colour = ((2.25, 0.16, 0.5), (2.5, 0.20, -0.5), (3.0, 0.14, 0.5), (4.5, 0.05, -0.5))

    def layer(partials: tuple[tuple[float, float, float], ...], right: bool) -> list[float]:
        (a1, s1, p1), (a2, s2, p2), (a3, s3, p3), (a4, s4, p4) = (
            (amp, 2 * math.pi * (root * ratio + (detune if right else 0.0)) / AUDIO_RATE,
             rng.uniform(0, 2 * math.pi))
            for ratio, amp, detune in partials
        )  # fmt: skip
        sin = math.sin
        return [
            a1 * sin(p1 + s1 * k) + a2 * sin(p2 + s2 * k) + a3 * sin(p3 + s3 * k)
            + a4 * sin(p4 + s4 * k)
            for k in range(period)
        ]  # fmt: skip

    layers = {
        (name, right): layer(parts, right)
        for name, parts in (("body", body), ("colour", colour))
        for right in (False, True)
    }
    peak = max(
        max(map(abs, layers["body", right])) + max(map(abs, layers["colour", right]))
        for right in (False, True)
    )
    level = 0.36 / peak  # peaks near -14 dBFS once the slow envelopes are applied

    bg, cg = _envelopes(samples, level, rng)

    def channel(right: bool) -> bytes:
        repeats = samples // period + 1
        body_wave = (layers["body", right] * repeats)[:samples]
        colour_wave = (layers["colour", right] * repeats)[:samples]
        mixed = [
            a * ga + b * gb for a, ga, b, gb in zip(body_wave, bg, colour_wave, cg, strict=True)
        ]
        return array("f", mixed).tobytes()

    return channel(False), channel(True)


def _envelopes(samples: int, level: float, rng: random.Random) -> tuple[list[float], list[float]]:
    """The gains of the body and the colour layer for every sample: fades in and out and slow
    swells, piecewise constant over 10 ms blocks (far too slow to be heard as steps)."""
    duration = samples / AUDIO_RATE
    block = AUDIO_RATE // 100
    fade_in = min(1.5, duration * 0.3)
    fade_out = min(2.0, duration * 0.35)
    body_rate, colour_rate = rng.uniform(0.05, 0.08), rng.uniform(0.09, 0.13)
    body_phase, colour_phase = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    body_gain: list[float] = []
    colour_gain: list[float] = []
    for start in range(0, samples, block):
        t = (start + block / 2) / AUDIO_RATE
        master = smoothstep(t / fade_in) * smoothstep((duration - t) / fade_out) * level
        b = master * (0.82 + 0.18 * math.sin(2 * math.pi * body_rate * t + body_phase))
        c = master * (0.5 + 0.5 * math.sin(2 * math.pi * colour_rate * t + colour_phase)) ** 2
        body_gain.append(b)
        colour_gain.append(c)
    bg = [g for g in body_gain for _ in range(block)][:samples]
    cg = [g for g in colour_gain for _ in range(block)][:samples]
    return bg, cg


class AudioWriter:
    """Feeds the pad to the AAC encoder in step with the video, so the file interleaves."""

    def __init__(self, stream: av.audio.stream.AudioStream, left: bytes, right: bytes) -> None:
        self.stream = stream
        self.left, self.right = left, right
        self.total = len(left) // 4
        self.done = 0
        self.chunk = stream.codec_context.frame_size or 1024

    def write_until(self, container: av.container.OutputContainer, sample: int) -> None:
        sample = min(sample, self.total)
        while self.done + self.chunk <= sample or (sample == self.total and self.done < sample):
            count = min(self.chunk, self.total - self.done)
            frame = av.AudioFrame(format="fltp", layout="stereo", samples=count)
            frame.sample_rate = AUDIO_RATE
            frame.pts = self.done
            frame.time_base = Fraction(1, AUDIO_RATE)
            a, b = self.done * 4, (self.done + count) * 4
            frame.planes[0].update(self.left[a:b])
            frame.planes[1].update(self.right[a:b])
            container.mux(self.stream.encode(frame))
            self.done += count

    def finish(self, container: av.container.OutputContainer) -> None:
        self.write_until(container, self.total)
        container.mux(self.stream.encode(None))
