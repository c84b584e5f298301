"""Joining a sequence of clips and held stills into one MP4, with PyAV.

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

A clip that is an offline preview (rendered clean, so that its frames can start the next
shot) has its "not AI generation" label burnt into every one of its frames in the export,
which is therefore always re-encoded: a joined file leaves the app without its player.

The output is written beside its final name under a temporary name and renamed into place
when complete: the final path is either the whole video or untouched.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error
from PIL import Image, ImageOps

from app.core.preview_label import Label, build_label, preview_label, stamp_frame
from app.core.video_reading import (
    DEFAULT_FPS,
    VideoError,
    VideoInfo,
    open_clip,
    probe_container,
    probe_video,
    stream_time_base,
)
from app.core.video_reencode import STILL_BOX, SegmentSource, reencode
from app.core.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ExportResult:
    """The joined video, where each shot starts in it (seconds), and how it was made."""

    path: Path
    info: VideoInfo
    boundaries: list[float]
    remuxed: bool  # True: packets were copied, nothing was re-encoded


# --- joining ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ClipFacts:
    info: VideoInfo
    extradata: bytes
    audio_extradata: bytes
    label: str | None = None  # an offline preview's label

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
    with open_clip(path) as container:
        info = probe_container(container, path)
        video = container.streams.video[0]
        audio = container.streams.audio[0] if container.streams.audio else None
        return _ClipFacts(
            info,
            bytes(video.codec_context.extradata or b""),
            bytes(audio.codec_context.extradata or b"") if audio is not None else b"",
            preview_label(path),
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
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "There is nothing to export: the sequence has no shots.")
        )
    facts: dict[Path, _ClipFacts] = {}
    for number, piece in enumerate(pieces, start=1):
        if piece.clip is not None:
            clip = Path(piece.clip)
            if clip not in facts:
                facts[clip] = _clip_facts(clip)
        elif piece.still is None:
            raise VideoError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "Shot {number} has neither a clip nor a frame to hold."
                ),
                number=number,
            )
        elif not Path(piece.still).is_file():
            raise VideoError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "Shot {number}: the frame {path} to hold does not exist."
                ),
                number=number,
                path=str(piece.still),
            )
        elif piece.duration_s <= 0:
            raise VideoError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "Shot {number}: a held frame needs a length above 0 s, not {length}."
                ),
                number=number,
                length=piece.duration_s,
            )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        boundaries: list[float] | None = None
        remuxed = False
        clips = [Path(p.clip) for p in pieces if p.clip is not None]
        alike = len({facts[c].signature() for c in clips}) == 1
        same_size = size is None or (clips and facts[clips[0]].info.size == size)
        previews = any(facts[c].label is not None for c in clips)
        if len(clips) == len(pieces) and alike and same_size and not previews:
            try:
                boundaries = _remux(clips, tmp)
                remuxed = True
            except _CannotRemux:
                tmp.unlink(missing_ok=True)
        if boundaries is None:
            target = size or _majority_size(pieces, facts)
            infos = {clip: fact.info for clip, fact in facts.items()}
            even = _even_size(target)
            overlay = _label_overlay(pieces, facts, even) if previews else None
            boundaries = reencode(pieces, infos, tmp, Fraction(fps), even, progress, overlay)
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return ExportResult(out_path, probe_video(out_path), boundaries, remuxed)


def _label_overlay(
    pieces: Sequence[SegmentSource], facts: dict[Path, _ClipFacts], size: tuple[int, int]
) -> Callable[[int, av.VideoFrame], av.VideoFrame]:
    """The frames of preview clips with their label drawn on; every other frame as it is."""
    labels: dict[str, Label | None] = {}
    for piece in pieces:
        text = facts[Path(piece.clip)].label if piece.clip is not None else None
        if text is not None and text not in labels:
            labels[text] = build_label(text, *size)
    texts = [facts[Path(p.clip)].label if p.clip is not None else None for p in pieces]

    def overlay(index: int, frame: av.VideoFrame) -> av.VideoFrame:
        text = texts[index]
        label = labels.get(text) if text is not None else None
        return stamp_frame(frame, label) if label is not None else frame

    return overlay


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
        raise VideoError.said(
            QT_TRANSLATE_NOOP("Errors", "The frame {name} cannot be read as an image: {reason}."),
            name=first_still.name,
            reason=str(exc),
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
        origin = Fraction(video.start_time or 0) * stream_time_base(video)
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
