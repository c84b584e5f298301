"""Which picture stands for a job in the queue: a closed choice, with its rule beside it.

A job's picture is, in this order: its first local input image; else the first frame of its
first local input video; else, once it has succeeded, a frame of its own clip (a third of the
way in, where the shot has started to move); else none, and the row shows a placeholder that
says what the job was made from (a prompt alone, a sound, pictures or videos out of reach).

Pure: no Qt, no disk, no decoding (the window decodes, in a worker).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.catalogue import Catalogue
from app.core.jobs import Job, JobState

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi"})
AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".m4a", ".aac", ".ogg", ".flac", ".opus"})
# Where in a finished clip its picture is taken: a third of the way in, past a fade-in.
RESULT_AT = 1 / 3


class PictureSource(enum.Enum):
    """Where a job's picture comes from (the rule is :func:`job_picture`)."""

    IMAGE = "image"  # the first input image, as it is
    VIDEO_START = "video-start"  # the first frame of the first input video
    RESULT = "result"  # a frame of the job's own clip, once it has succeeded

    @property
    def at(self) -> float:
        """Where in a video the frame is taken, as a share of its length."""
        return RESULT_AT if self is PictureSource.RESULT else 0.0


class Placeholder(enum.Enum):
    """What a row shows when the job has no picture (or its file cannot be read)."""

    TEXT = "text"  # made from a prompt alone
    AUDIO = "audio"  # made from sound (and words), no picture or video
    IMAGE = "image"  # from pictures that are not on this computer (addresses)
    VIDEO = "video"  # from videos, or its clip, that cannot be shown

    @property
    def icon(self) -> str:
        """The name of the window's icon for it (resources/icons/ui-<name>.svg)."""
        return {
            Placeholder.TEXT: "text",
            Placeholder.AUDIO: "waveform",
            Placeholder.IMAGE: "frame",
            Placeholder.VIDEO: "film",
        }[self]


@dataclass(frozen=True)
class JobPicture:
    """The file to take the picture from (None: the placeholder alone), and the fallback."""

    path: str | None
    source: PictureSource | None
    placeholder: Placeholder


def _items(value: Any) -> Iterator[str]:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item:
            yield item


def _local(value: str, suffixes: frozenset[str]) -> str | None:
    if "://" in value or value.startswith("data:"):
        return None
    path = Path(value).expanduser()
    return str(path) if path.suffix.lower() in suffixes else None


def _first(values: Iterable[Any], suffixes: frozenset[str]) -> str | None:
    for value in values:
        for item in _items(value):
            found = _local(item, suffixes)
            if found:
                return found
    return None


def _has(values: Iterable[Any], suffixes: frozenset[str]) -> bool:
    """Any value naming such a file, local or an address (with or without a query)."""
    for value in values:
        for item in _items(value):
            if item.startswith("data:"):
                continue
            if Path(item.split("?", 1)[0]).suffix.lower() in suffixes:
                return True
    return False


Values = tuple[list[Any], list[Any], list[Any]]


def _input_values(job: Job, catalogue: Catalogue | None) -> tuple[Values, bool]:
    """The job's image, video and audio input values, and whether they are known by the
    model's fields (else every input is looked at, by the files' suffixes)."""
    if catalogue is not None and job.model_id in catalogue:
        fields = catalogue.get(job.model_id).fields
        typed = (
            [job.inputs.get(f.name) for f in fields if f.is_image],
            [job.inputs.get(f.name) for f in fields if f.is_video],
            [job.inputs.get(f.name) for f in fields if f.is_audio],
        )
        return typed, True
    values = list(job.inputs.values())
    return (values, values, values), False


def first_image(job: Job, catalogue: Catalogue | None = None) -> str | None:
    """The first local input image of a job (its first frame or first reference), if any."""
    (images, _videos, _audio), _typed = _input_values(job, catalogue)
    return _first(images, IMAGE_SUFFIXES)


def result_clip(job: Job) -> str | None:
    """The job's own clip on this computer, once it has succeeded."""
    if job.state is not JobState.SUCCEEDED:
        return None
    return _first(job.files, VIDEO_SUFFIXES)


def job_picture(job: Job, catalogue: Catalogue | None = None) -> JobPicture:
    """The picture that stands for ``job`` (see the module's rule)."""
    (images, videos, audio), typed = _input_values(job, catalogue)
    placeholder = _placeholder((images, videos, audio), typed=typed)
    image = _first(images, IMAGE_SUFFIXES)
    if image is not None:
        return JobPicture(image, PictureSource.IMAGE, placeholder)
    video = _first(videos, VIDEO_SUFFIXES)
    if video is not None:
        return JobPicture(video, PictureSource.VIDEO_START, placeholder)
    clip = result_clip(job)
    if clip is not None:
        return JobPicture(clip, PictureSource.RESULT, placeholder)
    return JobPicture(None, None, placeholder)


def _placeholder(values: Values, *, typed: bool) -> Placeholder:
    """What the job was made from, the richest kind first."""
    images, videos, audio = values
    for found, suffixes, kind in (
        (videos, VIDEO_SUFFIXES, Placeholder.VIDEO),
        (images, IMAGE_SUFFIXES, Placeholder.IMAGE),
        (audio, AUDIO_SUFFIXES, Placeholder.AUDIO),
    ):
        if _has(found, suffixes) or (typed and any(next(_items(v), None) for v in found)):
            return kind
    return Placeholder.TEXT


__all__ = [
    "AUDIO_SUFFIXES",
    "IMAGE_SUFFIXES",
    "RESULT_AT",
    "VIDEO_SUFFIXES",
    "JobPicture",
    "PictureSource",
    "Placeholder",
    "first_image",
    "job_picture",
    "result_clip",
]
