"""The preview's motion plan: for every frame, which pictures show, with which camera, and how
strongly (dissolves between pictures)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from app.sim.preview.camera import Camera, Move, direction, drift, pull_out, push_in
from app.sim.preview.easing import clamp01, smootherstep, smoothstep
from app.sim.preview.sources import Source, gradient_card, load_sources, working_size
from app.sim.preview.spec import RenderSpec
from app.sim.preview.title_card import title_card


class Picture(Protocol):
    """What a layer shows: a still :class:`Source`, or a frame of a video reference."""

    def view(self, cam: Camera, width: int, height: int) -> tuple[Image.Image, ...]: ...


@dataclass(frozen=True)
class Layer:
    source: int  # index into the timeline's sources
    camera: Camera
    weight: float  # how much of this layer shows over the layers before it (0..1)


class Timeline:
    """The sources and, for each frame, which of them show with which camera."""

    def __init__(
        self,
        sources: Sequence[Picture],
        frames: list[tuple[Layer, ...]],
        closers: Sequence[Callable[[], None]] = (),
    ) -> None:
        self.sources = sources
        self.frames = frames
        self.closers = list(closers)

    def close(self) -> None:
        """Let go of what the pictures hold open (the decoders of video references)."""
        for close in self.closers:
            close()


def build_timeline(spec: RenderSpec, rng: random.Random) -> Timeline:
    if spec.clips:
        return _with_clips(spec, rng)
    n = spec.frame_count
    size = working_size(spec.width, spec.height)

    if spec.first_frame is not None or spec.last_frame is not None:
        paths = [p for p in (spec.first_frame, spec.last_frame) if p is not None]
    else:
        paths = list(spec.references)
    sources = load_sources(paths, size)

    def t_of(i: int) -> float:
        return i / (n - 1) if n > 1 else 0.0

    frames: list[tuple[Layer, ...]] = []
    if spec.first_frame is not None and spec.last_frame is not None:
        # One shared camera pushes in gently while the first picture dissolves into the last.
        dx, dy = direction(rng)
        push = Move(Camera(1.0), Camera(1.0 + rng.uniform(0.035, 0.05), dx * 0.4, dy * 0.4))
        for i in range(n):
            t = t_of(i)
            cam = push.at(smoothstep(t))
            mix = smootherstep((t - 0.15) / 0.7)
            frames.append((Layer(0, cam, 1.0), Layer(1, cam, mix)))
    elif sources and spec.first_frame is None and spec.last_frame is not None:
        move = pull_out(rng)  # lands exactly on the last frame
        frames = [(Layer(0, move.at(smoothstep(t_of(i))), 1.0),) for i in range(n)]
    elif len(sources) == 1:  # first frame only, or a single reference
        move = push_in(rng)
        frames = [(Layer(0, move.at(smoothstep(t_of(i))), 1.0),) for i in range(n)]
    elif sources:
        frames = _sequence(len(sources), n, spec.fps, rng)
    else:
        card = title_card(size, rng, spec.title) if spec.title else gradient_card(size, rng)
        sources = [Source(card)]
        zoom = 1.0 + rng.uniform(0.05, 0.07)
        dx, dy = direction(rng)
        move = Move(Camera(1.0), Camera(zoom, dx * 0.6, dy * 0.6))
        frames = [(Layer(0, move.at(smoothstep(t_of(i))), 1.0),) for i in range(n)]
    return Timeline(sources, frames)


def _with_clips(spec: RenderSpec, rng: random.Random) -> Timeline:
    """The stills' sketch first (when there are stills), then each video reference cut in."""
    from app.sim.preview.clips import clip_frames, segments, still_part

    stills = spec.first_frame is not None or spec.last_frame is not None or spec.references
    parts = segments(spec.frame_count, len(spec.clips) + (1 if stills else 0))
    sources: list[Picture] = []
    frames: list[tuple[Layer, ...]] = []
    closers: list[Callable[[], None]] = []
    if stills:
        part = build_timeline(still_part(spec, parts.pop(0)), rng)
        sources += part.sources
        frames += part.frames
    for path, count in zip(spec.clips, parts, strict=False):
        base = len(sources)
        clip = clip_frames(path, count, spec.fps, (spec.width, spec.height))
        closers.append(clip[0].reader.close)
        sources += clip
        frames += [(Layer(base + i, Camera(1.0), 1.0),) for i in range(count)]
    return Timeline(sources, frames, closers)


def _sequence(count: int, n: int, fps: int, rng: random.Random) -> list[tuple[Layer, ...]]:
    """Each reference held with its own slow move, with short dissolves between them."""
    makers = [push_in, pull_out, drift]
    moves: list[Move] = []
    previous = None
    for _ in range(count):
        maker = rng.choice([m for m in makers if m is not previous])
        moves.append(maker(rng))
        previous = maker

    seg = n / count
    half = max(min(0.3 * fps, 0.2 * seg), 1e-6)  # half the dissolve, in frames

    def camera(k: int, x: float) -> Camera:
        start = max(0.0, k * seg - half)
        end = min(float(n), (k + 1) * seg + half)
        u = clamp01((x - start) / (end - start))
        return moves[k].at(0.35 * u + 0.65 * smoothstep(u))

    frames: list[tuple[Layer, ...]] = []
    for i in range(n):
        x = i + 0.5  # the middle of frame i on the timeline [0, n]
        k = min(int(x // seg), count - 1)
        if k > 0 and x - k * seg < half:
            a, b, mix = k - 1, k, smootherstep((x - k * seg + half) / (2 * half))
        elif k < count - 1 and (k + 1) * seg - x < half:
            a, b, mix = k, k + 1, smootherstep((x - (k + 1) * seg + half) / (2 * half))
        else:
            frames.append((Layer(k, camera(k, x), 1.0),))
            continue
        frames.append((Layer(a, camera(a, x), 1.0), Layer(b, camera(b, x), mix)))
    return frames
