"""The sample frames bundled with Storyreel, so a first run can try something at once.

``resources/samples/samples.json`` lists them (made by ``scripts/make_samples.py``): each
sample's title, file, the prompt and the model it suits best, and which samples form a
sequence (a lighthouse at dusk, at night, at dawn).

Drop zones, the job store and the API encoder all expect a real file path, while a bundled
resource may live inside a wheel or a frozen bundle. So :func:`copy_sample` writes the
sample's bytes to ``cache_dir()/samples`` once and hands back that path; copying again
leaves an identical file alone.

:func:`values_for_sample` turns "try this sample" into panel values for any model: the
first frame (or the reference images), the last frame from the next frame of the sample's
sequence when the model takes one, and the suggested prompt when none is written yet.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import resources
from app.core.catalogue import FieldKind, Model
from app.core.fileio import write_atomic
from app.core.paths import cache_dir

SAMPLES_FOLDER = "samples"
INDEX_FILE = "samples.json"


@dataclass(frozen=True)
class Sample:
    """One bundled frame. ``suggested_model`` is a model id the sample shows off best."""

    name: str
    title: str
    file: str
    suggested_prompt: str
    suggested_model: str


@dataclass(frozen=True)
class Sequence:
    """Samples meant to follow each other, in order: first and last frames, a storyboard."""

    name: str
    title: str
    frames: tuple[str, ...]


@dataclass(frozen=True)
class SampleIndex:
    samples: tuple[Sample, ...]
    sequences: tuple[Sequence, ...]


@functools.cache
def _index() -> SampleIndex:
    raw = json.loads(resources.read_text(SAMPLES_FOLDER, INDEX_FILE))
    found = tuple(
        Sample(
            name=entry["name"],
            title=entry["title"],
            file=entry["file"],
            suggested_prompt=entry.get("suggested_prompt", ""),
            suggested_model=entry.get("suggested_model", ""),
        )
        for entry in raw.get("samples", ())
    )
    sequences = tuple(
        Sequence(name=entry["name"], title=entry["title"], frames=tuple(entry["frames"]))
        for entry in raw.get("sequences", ())
    )
    return SampleIndex(found, sequences)


def samples() -> list[Sample]:
    """Every bundled sample, in the order the welcome shows them."""
    return list(_index().samples)


def sequences() -> list[Sequence]:
    return list(_index().sequences)


def sample(name: str) -> Sample:
    """The sample called ``name``; KeyError for a name that is not bundled."""
    for found in _index().samples:
        if found.name == name:
            return found
    raise KeyError(name)


def next_frame(name: str) -> Sample | None:
    """The sample that follows ``name`` in its sequence, if any."""
    for sequence in _index().sequences:
        if name in sequence.frames:
            position = sequence.frames.index(name)
            if position + 1 < len(sequence.frames):
                return sample(sequence.frames[position + 1])
    return None


def sample_bytes(name: str) -> bytes:
    return resources.read_bytes(SAMPLES_FOLDER, sample(name).file)


def samples_dir() -> Path:
    """Where samples become real files (see :func:`copy_sample`)."""
    return cache_dir() / SAMPLES_FOLDER


def copy_sample(name: str, dest_dir: Path | None = None) -> Path:
    """The sample as a real file in ``dest_dir`` (default :func:`samples_dir`).

    Written through a temporary file and renamed, so a drop zone never sees half a file;
    an existing file with the same bytes is left as it is. OSError when it cannot be written.
    """
    wanted = sample(name)
    data = sample_bytes(name)
    folder = dest_dir if dest_dir is not None else samples_dir()
    target = folder / wanted.file
    try:
        if target.read_bytes() == data:
            return target
    except OSError:
        pass  # missing or unreadable: write it afresh
    folder.mkdir(parents=True, exist_ok=True)
    return write_atomic(target, data)


def _is_sample_file(value: Any, folder: Path) -> bool:
    """Whether a field holds a sample copied earlier (so a sample may replace it)."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, str) and item for item in items):
        return False
    return all(Path(item).parent == folder for item in items)


def values_for_sample(
    model: Model,
    name: str,
    current: Mapping[str, Any],
    dest_dir: Path | None = None,
) -> dict[str, Any]:
    """The panel values that try sample ``name`` with ``model``, given the ``current`` values.

    * The first frame (a one-image list for a model that takes a list) becomes the sample;
      for a reference-to-video model, the reference images become the sample alone.
    * The last frame, when the model takes one and it is empty or holds a sample, becomes
      the next frame of the sample's sequence (so dusk turns into night), or is cleared
      when the sample starts no sequence. A frame the user chose is never replaced.
    * The prompt becomes the sample's suggested prompt only when none is written yet.

    Copies the needed samples into ``dest_dir`` (default :func:`samples_dir`).
    """
    folder = dest_dir if dest_dir is not None else samples_dir()
    chosen = sample(name)
    values: dict[str, Any] = {}
    image = str(copy_sample(name, folder))

    first = model.role("first_frame") or model.role("reference_images")
    if first is not None:
        values[first.name] = [image] if first.kind is FieldKind.IMAGE_LIST else image

    last = model.role("last_frame")
    if last is not None:
        present = current.get(last.name)
        if present in (None, "", []) or _is_sample_file(present, folder):
            following = next_frame(name)
            values[last.name] = str(copy_sample(following.name, folder)) if following else None

    prompt = model.role("prompt")
    if prompt is not None and not str(current.get(prompt.name) or "").strip():
        values[prompt.name] = chosen.suggested_prompt
    return values


__all__ = [
    "Sample",
    "SampleIndex",
    "Sequence",
    "copy_sample",
    "next_frame",
    "sample",
    "sample_bytes",
    "samples",
    "samples_dir",
    "sequences",
    "values_for_sample",
]
