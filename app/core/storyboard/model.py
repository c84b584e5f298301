"""The parts of a board: frames, shots, the two cuts, and the names they share.

A shot is keyed by its cut and the ids of its frames, never by its position (see
:class:`app.core.storyboard.board.Storyboard`, which plans the shots from the frames).
"""

from __future__ import annotations

import copy
import enum
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import InputError
from app.core.takes import Take
from app.core.validation import Problem
from app.core.wording import QT_TRANSLATE_NOOP, said_in

FILE_SUFFIX = ".storyboard.json"
DEFAULT_MODEL_ID = "bytedance/seedance-1-0/pro/image-to-video"

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})


class StoryboardError(InputError):
    """A board file that cannot be opened, or shots that cannot be rendered as they are.

    ``problems`` lists the shots' problems when the error is about rendering.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class CutMode(enum.StrEnum):
    PER_FRAME = "per_frame"
    PER_PAIR = "per_pair"

    @property
    def label(self) -> str:
        """What the cut is, said: the window shows it in its language."""
        if self is CutMode.PER_FRAME:
            return said_in("Storyboard", QT_TRANSLATE_NOOP("Storyboard", "One clip per frame"))
        return said_in(
            "Storyboard",
            QT_TRANSLATE_NOOP(
                "Storyboard", "One clip per pair of frames (first frame to last frame)"
            ),
        )


def new_id() -> str:
    """A fresh id for a frame or a shot."""
    return uuid.uuid4().hex[:16]


def natural_key(name: str) -> list[Any]:
    """Sort key under which "frame2" comes before "frame10"."""
    parts = re.split(r"(\d+)", name.casefold())
    return [int(p) if p.isdigit() else p for p in parts]


def is_image_file(path: Path) -> bool:
    """An image by its name, for picking frames out of a folder (the probe checks content)."""
    return path.suffix.lower() in IMAGE_SUFFIXES and not path.name.startswith(".")


@dataclass
class Frame:
    """One still of the board. ``image`` is always absolute in memory."""

    image: Path
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return self.image.is_file()

    @property
    def name(self) -> str:
        return self.image.name


@dataclass
class Shot:
    """One clip of the board: what to ask for, and what came back.

    ``values`` are the settings as the parameter panel produces them, without the prompt
    and the image fields: the prompt is ``prompt`` and the images come from the frames.
    ``input_key`` is the key of the inputs ``clip`` was made from (see
    :func:`app.core.storyboard.status.input_key`); ``job_id``/``request_id``/``job_state``
    describe the latest job, which may still run.

    ``note`` is the shot's action or dialogue, for captions, the board PDF and the editor;
    it is never sent. ``trim_in``/``trim_out`` are the part of the shot kept in the cut, in
    seconds from the start of its clip (or of its held frame): ``trim_out`` None keeps it to
    its end. ``takes`` are every finished generation of the shot, kept; ``chosen_take`` is
    the job id of the one ``clip`` plays (see :mod:`app.core.storyboard.takes`).
    """

    cut_mode: CutMode
    frame_ids: tuple[str, ...]
    model_id: str
    prompt: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    job_id: str | None = None
    request_id: str | None = None
    job_state: str | None = None
    error: str | None = None
    clip: Path | None = None
    clip_engine: str | None = None
    cost: float | None = None
    input_key: str | None = None
    note: str = ""
    trim_in: float = 0.0
    trim_out: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    takes: list[Take] = field(default_factory=list)
    chosen_take: str | None = None

    @property
    def trimmed(self) -> bool:
        return self.trim_in > 0 or self.trim_out is not None

    def kept_seconds(self, length: float) -> float:
        """How long the shot lasts in the cut, out of a clip or hold of ``length`` s."""
        end = length if self.trim_out is None else min(self.trim_out, length)
        return max(0.0, end - min(self.trim_in, end))

    @property
    def key(self) -> tuple[CutMode, tuple[str, ...]]:
        return (self.cut_mode, self.frame_ids)

    def copy_settings_from(self, other: Shot, *, prompt: bool = True) -> None:
        self.model_id = other.model_id
        self.values = copy.deepcopy(other.values)
        if prompt:
            self.prompt = other.prompt


ShotKey = tuple[CutMode, tuple[str, ...]]
"""A shot's identity: its cut and the ids of its frames."""
