"""One still picture from a clip on local disk, with PyAV: its first frame, or the frame a
given share of the way in (the queue's rows show a job's clip by it).

Seeks to the keyframe before the wanted time and decodes from there, so a long clip costs
no more than a short one. Call it from a worker thread: it reads and decodes.
"""

from __future__ import annotations

from pathlib import Path

import av.error
from PIL import Image

from app.core.video_reading import (
    VideoError,
    open_clip,
    stream_seconds,
    stream_time_base,
    undecodable,
)
from app.core.video_reading import video_stream as first_video_stream
from app.core.wording import QT_TRANSLATE_NOOP


def video_still(path: Path | str, *, at: float = 0.0, max_side: int | None = None) -> Image.Image:
    """The frame ``at`` (a share of the clip's length, 0 for the first frame) as an RGB
    picture, made to fit ``max_side`` when given. A missing, unreadable or empty clip is a
    :class:`VideoError`."""
    path = Path(path)
    with open_clip(path) as container:
        stream = first_video_stream(container, path)
        stream.thread_type = "AUTO"
        try:
            frame = _frame_at(container, stream, min(max(at, 0.0), 1.0))
        except av.error.FFmpegError as exc:
            raise undecodable(path, exc) from None
        if frame is None:
            raise VideoError.said(
                QT_TRANSLATE_NOOP("Errors", "{name} has no video frames."), name=path.name
            )
        picture: Image.Image = frame.to_image()
    if max_side is not None:
        picture.thumbnail((max_side, max_side))
    if picture.mode != "RGB":
        picture = picture.convert("RGB")
    return picture


def _frame_at(
    container: av.container.InputContainer, stream: av.video.VideoStream, at: float
) -> av.VideoFrame | None:
    """The first frame at or after the time ``at`` of the way in (the last one before it
    when the clip ends first)."""
    length = stream_seconds(stream)
    if length is None and container.duration:
        length = container.duration / av.time_base
    target = (length or 0.0) * at
    if target > 0:
        container.seek(int(target / stream_time_base(stream)), stream=stream, backward=True)
    chosen = None
    for frame in container.decode(stream):
        chosen = frame
        if target <= 0 or (frame.time is not None and frame.time >= target - 1e-6):
            break
    if chosen is None and target > 0:  # a seek past what can be read: the first frame then
        container.seek(0, stream=stream, backward=True)
        chosen = next(iter(container.decode(stream)), None)
    return chosen


__all__ = ["video_still"]
