"""Edit lists for editors, through OpenTimelineIO: ``.otio`` (its own format; DaVinci Resolve
imports it), ``.xml`` (Final Cut Pro 7 XML, which Premiere Pro and Resolve import) and
``.edl`` (CMX 3600), each written by OTIO's maintained adapter, and the reading back of an
edited ``.otio`` or ``.xml``.

The timeline has one video track, one clip per shot. A rendered shot is its clip file; a
shot not rendered yet is its first frame, an image file, held for the shot's length (an
external reference to the still image with the shot's length as its available range: what
Resolve and Premiere import as a still clip). Media paths are written relative to the
exported file (with "/"), so the edit list and the board's folder can move together. The
timeline starts at 00:00:00:00, at the rate most of the clips have; each clip is counted at
its own rate.

Each clip carries, under ``metadata["storyreel"]``, the shot's number and id, its prompt,
note, model, seed, request id and cost, whether it is held, and the shot's known takes; and
a marker at its first frame named "Shot N" with the prompt as its comment (green: rendered,
red: held).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

import opentimelineio as otio
from opentimelineio.opentime import RationalTime, TimeRange

from app.core.errors import FileFormatError
from app.core.fileio import write_atomic
from app.core.storyboard.cut import Cut, CutClip
from app.core.wording import QT_TRANSLATE_NOOP


class TimelineKind:
    """The edit-list formats: file suffix -> OTIO adapter name."""

    OTIO = "otio"
    XML = "xml"
    EDL = "edl"
    ADAPTERS = {"otio": "otio_json", "xml": "fcp_xml", "edl": "cmx_3600"}
    LABELS = {
        "otio": "OpenTimelineIO",
        "xml": "Final Cut Pro 7 XML (Premiere Pro, DaVinci Resolve)",
        "edl": "CMX 3600 EDL",
    }


METADATA_KEY = "storyreel"


def _rational(frames: int, rate: Fraction) -> RationalTime:
    return RationalTime(frames, float(rate))


def _relative(media: Path, folder: Path) -> str:
    """The media's path from ``folder`` (with "/"; ".." where it lies elsewhere)."""
    try:
        relative = os.path.relpath(Path(media).absolute(), Path(folder).absolute())
    except ValueError:  # another drive (Windows): only an absolute path reaches it
        return Path(media).absolute().as_posix()
    return PurePosixPath(*Path(relative).parts).as_posix()


def _jsonable(value: Any) -> Any:
    if isinstance(value, Path):
        return value.as_posix()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def clip_metadata(clip: CutClip, folder: Path) -> dict[str, Any]:
    """What a clip carries for the editor and for the way back."""
    takes = []
    for take in clip.takes:
        entry = {str(k): _jsonable(v) for k, v in take.items()}
        if take.get("clip"):
            entry["clip"] = _relative(Path(str(take["clip"])), folder)
        takes.append(entry)
    return {
        "shot": clip.number,
        "shot_id": clip.shot_id,
        "held": clip.held,
        "frames": list(clip.frame_names),
        "prompt": clip.prompt,
        "note": clip.note,
        "model": clip.model_id,
        "seed": _jsonable(clip.seed),
        "request_id": clip.request_id,
        "cost": clip.cost,
        "takes": takes,
    }


def build_timeline(cut: Cut, folder: Path) -> Any:
    """The cut as an OTIO timeline, media paths relative to ``folder``."""
    timeline = otio.schema.Timeline(name=cut.name)
    timeline.global_start_time = _rational(0, cut.rate)
    track = otio.schema.Track(name="Storyboard", kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    for clip in cut.clips:
        available = TimeRange(_rational(0, clip.rate), _rational(clip.available_frames, clip.rate))
        reference = otio.schema.ExternalReference(
            target_url=_relative(clip.media, folder), available_range=available
        )
        kept = TimeRange(_rational(clip.in_frame, clip.rate), _rational(clip.frames, clip.rate))
        item = otio.schema.Clip(name=clip.name, media_reference=reference, source_range=kept)
        metadata = clip_metadata(clip, folder)
        item.metadata[METADATA_KEY] = metadata
        marker = otio.schema.Marker(
            name=clip.name,
            marked_range=TimeRange(kept.start_time, _rational(0, clip.rate)),
            color=otio.schema.MarkerColor.RED if clip.held else otio.schema.MarkerColor.GREEN,
            metadata={METADATA_KEY: metadata},
        )
        marker.comment = _marker_comment(clip)
        item.markers.append(marker)
        track.append(item)
    return timeline


def _marker_comment(clip: CutClip) -> str:
    parts = [clip.prompt.strip() or "(no prompt)"]
    if clip.note.strip():
        parts.append(f"Note: {clip.note.strip()}")
    if clip.held:
        parts.append("Not rendered yet: the frame is held.")
    return " | ".join(parts)


def write_timeline(cut: Cut, path: Path | str, kind: str) -> Path:
    """Write the cut as ``kind`` ("otio", "xml" or "edl") at ``path`` (whole or not at all)."""
    path = Path(path)
    timeline = build_timeline(cut, path.parent)
    adapter = TimelineKind.ADAPTERS[kind]
    options: dict[str, Any] = {}
    if kind == TimelineKind.EDL:
        options = {"rate": float(cut.rate), "style": "avid"}
    text = otio.adapters.write_to_string(timeline, adapter_name=adapter, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, str(text), errors="surrogateescape")


# --- reading an edited timeline back ---------------------------------------------------------


@dataclass(frozen=True)
class EditedClip:
    """A clip of an edited timeline: what it names (the shot id the export wrote, when the
    format kept it; the media, absolute) and the part of its media kept, in seconds."""

    name: str
    shot_id: str | None
    media: Path | None
    in_s: float
    out_s: float


def read_timeline(path: Path | str) -> list[EditedClip]:
    """The clips of an edited ``.otio`` or ``.xml``, in order (the first video track that
    has clips). Raises :class:`FileFormatError` with a readable message for a file that is
    not an edit list."""
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in (TimelineKind.OTIO, TimelineKind.XML):
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not an edit list Storyreel can read back: open an .otio or an "
                ".xml (Final Cut Pro 7 XML) file.",
            ),
            name=path.name,
        )
    try:
        timeline = otio.adapters.read_from_file(
            str(path), adapter_name=TimelineKind.ADAPTERS[suffix]
        )
    except FileNotFoundError:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "The edit list {name} does not exist."), name=path.name
        ) from None
    except Exception as exc:  # the adapters raise many kinds for a damaged file
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as an edit list ({reason})."),
            name=path.name,
            reason=f"{type(exc).__name__}: {exc}",
        ) from None
    tracks = [t for t in _video_tracks(timeline) if any(True for _ in t.find_clips())]
    if not tracks:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "{name} has no video clips."), name=path.name
        )
    return [_edited(clip, path.parent) for clip in tracks[0].find_clips()]


def _video_tracks(timeline: Any) -> list[Any]:
    if isinstance(timeline, otio.schema.SerializableCollection):
        found = [t for t in timeline.find_children(descended_from_type=otio.schema.Timeline)]
        timeline = found[0] if found else None
    if not isinstance(timeline, otio.schema.Timeline):
        return []
    return list(timeline.video_tracks())


def _edited(clip: Any, folder: Path) -> EditedClip:
    own = clip.metadata.get(METADATA_KEY)
    shot_id = own.get("shot_id") if hasattr(own, "get") else None
    reference = clip.media_reference
    url = getattr(reference, "target_url", None)
    media = _media_path(url, folder) if isinstance(url, str) and url else None
    kept = clip.source_range if clip.source_range is not None else clip.available_range()
    start = kept.start_time.to_seconds()
    origin = 0.0
    available = getattr(reference, "available_range", None)
    if available is not None:
        origin = available.start_time.to_seconds()
    in_s = max(0.0, start - origin)
    return EditedClip(
        name=str(clip.name or ""),
        shot_id=shot_id if isinstance(shot_id, str) else None,
        media=media,
        in_s=in_s,
        out_s=in_s + kept.duration.to_seconds(),
    )


def _media_path(url: str, folder: Path) -> Path:
    if url.startswith("file:"):
        parsed = urlparse(url)
        text = unquote(parsed.path)
        if os.name == "nt" and text.startswith("/") and text[2:3] == ":":
            text = text[1:]
        return Path(text)
    path = Path(unquote(url))
    return Path(os.path.normpath(path if path.is_absolute() else folder.absolute() / path))
