"""The animatic keeps the trims that came back from an editor: a trimmed shot's clip is cut to
its kept part (a copy in a scratch folder; the clip itself is never touched) before the
sequence is joined, and a trimmed held frame is held for its kept length.

The picture is re-encoded (H.264, the clip's own size and rate: a cut rarely falls on a key
frame); the sound's packets inside the kept part are copied as they are.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Iterator, Sequence
from fractions import Fraction
from pathlib import Path

import av
import av.error

from app.core.storyboard.board import Storyboard
from app.core.storyboard.sequence import Segment
from app.core.video_reading import VideoError, stream_time_base
from app.core.wording import QT_TRANSLATE_NOOP

_X264 = {"preset": "veryfast", "crf": "18"}


@contextlib.contextmanager
def trimmed_segments(
    board: Storyboard, segments: Sequence[Segment], scratch: Path
) -> Iterator[list[Segment]]:
    """The segments with each trimmed clip replaced by a copy of its kept part, made in a
    temporary folder inside ``scratch`` that is removed afterwards."""
    wanted = []
    for segment in segments:
        shot = board.shot(segment.shot_id)
        wanted.append(shot if shot is not None and shot.trimmed and segment.clip else None)
    if not any(wanted):
        yield list(segments)
        return
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".storyreel-trims-", dir=scratch) as folder:
        result = []
        for segment, shot in zip(segments, wanted, strict=True):
            if shot is None or segment.clip is None:
                result.append(segment)
                continue
            copy = Path(folder) / f"shot{segment.shot_number}{segment.clip.suffix}"
            try:
                end = trim_clip(segment.clip, copy, shot.trim_in, shot.trim_out)
            except av.error.FFmpegError as exc:
                raise VideoError.said(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Shot {number}: its clip could not be trimmed: {reason}"
                    ),
                    number=segment.shot_number,
                    reason=str(exc),
                ) from None
            result.append(
                dataclasses.replace(
                    segment,
                    clip=copy,
                    duration_s=end - shot.trim_in,
                    clip_in_s=0.0,  # the copy is the kept part
                    clip_out_s=None,
                )
            )
        yield result


def trim_clip(source: Path, target: Path, start_s: float, end_s: float | None) -> float:
    """Write the part of ``source`` from ``start_s`` to ``end_s`` (its end when None) to
    ``target``; returns where the kept part ends in the source (seconds)."""
    try:
        container = av.open(str(source))
    except av.error.FFmpegError as exc:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read to trim it: {reason}"),
            name=source.name,
            reason=str(exc),
        ) from None
    with container:
        video = container.streams.video[0]
        audio = container.streams.audio[0] if container.streams.audio else None
        rate = Fraction(video.average_rate or 24)
        origin = Fraction(video.start_time or 0) * stream_time_base(video)
        start = Fraction(start_s).limit_denominator(1_000_000)
        end = Fraction(end_s).limit_denominator(1_000_000) if end_s is not None else None
        output = av.open(str(target), mode="w", format="mp4")
        try:
            out_video = output.add_stream("libx264", rate=rate, options=dict(_X264))
            out_video.width, out_video.height = video.width, video.height
            out_video.pix_fmt = "yuv420p"
            out_audio = output.add_stream_from_template(audio) if audio is not None else None
            written = 0
            last = start
            for packet in container.demux([s for s in (video, audio) if s is not None]):
                if packet.pts is None:
                    continue
                at = Fraction(packet.pts) * packet.time_base - origin
                if audio is not None and packet.stream.index == audio.index:
                    if out_audio is not None and start <= at and (end is None or at < end):
                        shift = round(start / packet.time_base)
                        packet.pts -= shift
                        packet.dts = packet.pts
                        packet.stream = out_audio
                        output.mux(packet)
                    continue
                for frame in packet.decode():
                    if not isinstance(frame, av.VideoFrame) or frame.pts is None:
                        continue
                    shown = Fraction(frame.pts) * stream_time_base(video) - origin
                    if shown + Fraction(1, 2) / rate < start:
                        continue
                    if end is not None and shown + Fraction(1, 2) / rate >= end:
                        continue
                    kept = frame.reformat(format="yuv420p")
                    kept.pts = written
                    kept.time_base = Fraction(1) / rate
                    kept.pict_type = av.video.frame.PictureType.NONE
                    output.mux(out_video.encode(kept))
                    written += 1
                    last = shown + 1 / rate
            output.mux(out_video.encode(None))
        finally:
            output.close()
    if not written:
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} has no frames between {start:g} s and {end} s."),
            name=source.name,
            start=start_s,
            end=end_s,
        )
    return float(last)
