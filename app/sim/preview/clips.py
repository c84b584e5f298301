"""Video references in the preview: each clip is cut into the sketch as a segment of its own,
played from its start (looped when shorter than the segment), cover-cropped to the output
shape with a still camera; the stills (first and last frame, reference images) keep their
slow moves in the segment before.

A clip's frames are decoded as the renderer asks for them, in order, by one reader per clip,
so a long clip never sits in memory whole: each output frame of a clip segment is a light
:class:`ClipFrame` that knows its clip and its time.
"""

from __future__ import annotations

import dataclasses
import random
import threading
from pathlib import Path

import av
import av.error
from PIL import Image

from app.core.media.transcode import upright
from app.sim.preview.camera import Camera
from app.sim.preview.sources import Source, _cover, gradient_card
from app.sim.preview.spec import RenderSpec


class ClipReader:
    """Frames of one clip by time, decoded forward; asking for an earlier time starts over.

    A clip that cannot be decoded (or runs out) shows its last good frame, or a card.
    """

    def __init__(self, path: Path, size: tuple[int, int]) -> None:
        self.path, self.size = path, size
        self._lock = threading.Lock()
        self._container: av.container.InputContainer | None = None
        self._frames: object = None
        self._current: Image.Image | None = None
        self._current_time = -1.0
        self._next: tuple[float, Image.Image] | None = None
        self.duration = self._duration()

    def _duration(self) -> float:
        try:
            with av.open(str(self.path)) as probe:
                stream = probe.streams.video[0]
                if stream.duration and stream.time_base:
                    return float(stream.duration * stream.time_base)
                return (probe.duration or 0) / av.time_base
        except (av.error.FFmpegError, IndexError):
            return 0.0

    def _open(self) -> None:
        self.close()
        self._container = av.open(str(self.path))
        self._frames = self._container.decode(video=0)
        self._current, self._current_time, self._next = None, -1.0, None

    def _advance(self) -> tuple[float, Image.Image] | None:
        try:
            frame = next(self._frames)  # type: ignore[call-overload]
        except (StopIteration, av.error.FFmpegError):
            return None
        t = float(frame.time) if frame.time is not None else self._current_time + 1 / 24
        return t, _cover(upright(frame).to_image(), self.size)

    def at(self, t: float) -> Image.Image:
        """The picture showing at ``t`` seconds into the clip."""
        with self._lock:
            try:
                if self._container is None or t < self._current_time:
                    self._open()
                while True:
                    if self._next is None:
                        self._next = self._advance()
                    if self._next is None or self._next[0] > t + 1e-6:
                        break
                    self._current_time, self._current = self._next
                    self._next = None
            except av.error.FFmpegError:
                pass
            if self._current is None:
                self._current = gradient_card(self.size, random.Random(0))
            return self._current

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None


class ClipFrame:
    """One output frame of a clip segment: the clip's picture at ``time``, seen whole."""

    def __init__(self, reader: ClipReader, time: float) -> None:
        self.reader, self.time = reader, time

    def view(self, cam: Camera, width: int, height: int) -> tuple[Image.Image, ...]:
        return Source(self.reader.at(self.time)).view(Camera(1.0), width, height)


def clip_frames(path: Path, frames: int, fps: int, size: tuple[int, int]) -> list[ClipFrame]:
    """``frames`` output frames of the clip at ``path`` from its start, looped if shorter."""
    reader = ClipReader(path, size)
    length = reader.duration if reader.duration > 0 else frames / fps
    return [ClipFrame(reader, (i / fps) % length) for i in range(frames)]


def segments(total: int, parts: int) -> list[int]:
    """``total`` frames split into ``parts`` near-equal whole segments, none empty."""
    parts = max(1, min(parts, total))
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def still_part(spec: RenderSpec, frames: int) -> RenderSpec:
    """The spec of the stills' segment: the same pictures and size, fewer frames, no clips."""
    return dataclasses.replace(spec, frame_count=frames, clips=(), soundtrack=None)
