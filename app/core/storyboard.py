"""Storyboards: a row of frames cut into shots, each shot one clip, saved as a versioned file.

A board holds ordered frames (image files) and the shots cut from them. Two cuts:

* ``per_frame``: one clip per frame, image-to-video from that frame, on any model that
  takes a first frame or reference images;
* ``per_pair``: one clip per pair of neighbouring frames, first frame to last frame, on a
  model that takes a last frame, so consecutive clips meet where the frames meet.

A shot is keyed by its cut and the ids of its frames, never by its position: inserting,
removing or moving frames re-plans the shots and every shot whose frames are still
neighbours keeps its prompt, settings and clip. Shots of the cut not in use are kept too,
so switching the cut back and forth loses nothing; a shot is dropped only when one of its
frames is removed.

Whether a finished clip still fits its shot is decided by :func:`input_key`: a SHA-256
over the model id, the request values and the content of every local image. Images are
identified by a full SHA-256 of their bytes (cached per path, size and modification time),
not by size and mtime alone: copying a board folder to another disk or machine changes
modification times but must not make every clip look out of date and cost money again.
Hashing a frame takes milliseconds, and the cache makes repeated planning free.

The file (``"format": "storyreel-storyboard"``) is JSON. Frame images and clips inside the
board's folder are written relative to the board file, so the folder can be moved; files
elsewhere are written as absolute paths. Files written by an older Storyreel are upgraded
on load through :data:`UPGRADES`, one version step at a time; a file from a newer one is
refused with a message that says so. Keys this version does not know are kept and written
back unchanged.

No Qt and no network here: the window and the command line build on this module.
"""

from __future__ import annotations

import copy
import csv
import dataclasses
import enum
import hashlib
import logging
import math
import os
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app.core import safe_json
from app.core.catalogue import Catalogue, FieldKind, Model
from app.core.errors import CatalogueError, FileFormatError, ImageError, InputError
from app.core.fileio import write_atomic
from app.core.paths import expand_user
from app.core.validation import Problem, advice, image_problems, is_url
from app.core.validation import validate_values as validate_fields

if TYPE_CHECKING:
    from app.core.settings import Settings

log = logging.getLogger(__name__)

FORMAT_NAME = "storyreel-storyboard"
FORMAT_VERSION = 1
FILE_SUFFIX = ".storyboard.json"
RECENT_LIMIT = 10
DEFAULT_MODEL_ID = "bytedance/seedance-1-0/pro/image-to-video"
# How long a shot is held when its model does not say how long its clips are.
FALLBACK_SHOT_SECONDS = 5.0

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})

# Keys the current version writes; anything else found in a file is kept as it was.
_BOARD_KEYS = frozenset(
    {"format", "version", "cut_mode", "model_id", "prompt", "values", "frames", "shots"}
)
_FRAME_KEYS = frozenset({"id", "image"})
_SHOT_KEYS = frozenset(
    {
        "id",
        "cut_mode",
        "frames",
        "model_id",
        "prompt",
        "values",
        "job_id",
        "request_id",
        "job_state",
        "error",
        "clip",
        "clip_engine",
        "cost",
        "input_key",
    }
)


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
        if self is CutMode.PER_FRAME:
            return "One clip per frame"
        return "One clip per pair of frames (first frame to last frame)"


class ShotStatus(enum.StrEnum):
    NOT_RENDERED = "not rendered"
    RENDERING = "rendering"
    DONE = "done"
    OUT_OF_DATE = "out of date"  # there is a clip, but it was made from other inputs
    CLIP_MISSING = "clip missing"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "submission uncertain"


# Job states (app.core.jobs.JobState values) during which a shot's job is still under way.
_UNDER_WAY = frozenset({"pending", "submitting", "queued", "running", "downloading"})


def _new_id() -> str:
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
    id: str = field(default_factory=_new_id)
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
    ``input_key`` is the key of the inputs ``clip`` was made from (see :func:`input_key`);
    ``job_id``/``request_id``/``job_state`` describe the latest job, which may still run.
    """

    cut_mode: CutMode
    frame_ids: tuple[str, ...]
    model_id: str
    prompt: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=_new_id)
    job_id: str | None = None
    request_id: str | None = None
    job_state: str | None = None
    error: str | None = None
    clip: Path | None = None
    clip_engine: str | None = None
    cost: float | None = None
    input_key: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[CutMode, tuple[str, ...]]:
        return (self.cut_mode, self.frame_ids)

    def copy_settings_from(self, other: Shot, *, prompt: bool = True) -> None:
        self.model_id = other.model_id
        self.values = copy.deepcopy(other.values)
        if prompt:
            self.prompt = other.prompt


# What the engine reports on a shot: never undone (an undo must not forget a paid job).
_RENDER_FIELDS = (
    "job_id", "request_id", "job_state", "error", "clip", "clip_engine", "cost", "input_key"
)  # fmt: skip


@dataclass(frozen=True)
class BoardState:
    """What the user edits on a board, frozen for undo and redo: the cut, the settings for
    new shots, the frames, and every shot's frames, model, prompt and settings."""

    cut_mode: CutMode
    model_id: str
    prompt: str
    values: dict[str, Any]
    frames: tuple[Frame, ...]
    shots: tuple[Shot, ...]


class Storyboard:
    """Ordered frames, the shots cut from them, the cut mode and the settings for new shots.

    Every frame operation re-plans the shots (:meth:`shots` is always current). Indexes are
    positions from 0, as in any list.
    """

    def __init__(
        self,
        *,
        model_id: str = DEFAULT_MODEL_ID,
        cut_mode: CutMode | str = CutMode.PER_FRAME,
        values: Mapping[str, Any] | None = None,
        prompt: str = "",
        path: Path | None = None,
    ) -> None:
        self.model_id = model_id
        self.cut_mode = CutMode(cut_mode)
        self.values: dict[str, Any] = dict(values or {})
        self.prompt = prompt
        self.path = Path(path) if path is not None else None
        self._frames: list[Frame] = []
        self.extra: dict[str, Any] = {}
        self._shots: dict[tuple[CutMode, tuple[str, ...]], Shot] = {}
        self._active: list[Shot] = []
        self._render_memory: dict[str, dict[str, Any]] = {}

    # --- naming -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The board's name, from its file name ("Trip.storyboard.json" -> "Trip")."""
        if self.path is None:
            return "Untitled storyboard"
        file_name = self.path.name
        if file_name.lower().endswith(FILE_SUFFIX):
            return file_name[: -len(FILE_SUFFIX)]
        return self.path.stem

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def __repr__(self) -> str:
        return (
            f"<Storyboard {self.name!r}: {len(self._frames)} frames, {len(self._active)} shots, "
            f"{self.cut_mode.value}>"
        )

    # --- frames ------------------------------------------------------------------------

    @property
    def frames(self) -> list[Frame]:
        """The frames in order (a copy: change them through the methods below, which
        re-plan the shots)."""
        return list(self._frames)

    def frame_index(self, frame_id: str) -> int:
        for index, frame in enumerate(self._frames):
            if frame.id == frame_id:
                return index
        raise KeyError(frame_id)

    def frame(self, frame_id: str) -> Frame:
        return self._frames[self.frame_index(frame_id)]

    def add_frames(self, sources: Path | str | Iterable[Path | str]) -> list[Frame]:
        """Append frames from image files, or from every image in a folder (natural order)."""
        return self.insert_frames(len(self._frames), sources)

    def insert_frames(self, index: int, sources: Path | str | Iterable[Path | str]) -> list[Frame]:
        """Insert frames before position ``index``. A folder adds its images, sorted so that
        "frame2" comes before "frame10"; files that are not images are left out."""
        paths = _image_paths(sources)
        index = max(0, min(index, len(self._frames)))
        added = [Frame(image=p) for p in paths]
        self._frames[index:index] = added
        self._sync_shots()
        return added

    def duplicate_frame(self, index: int) -> Frame:
        """A copy of the frame right after it. Its one-frame shot starts with the original's
        prompt and settings (not its clip)."""
        original = self._frames[index]
        twin = Frame(image=original.image, extra=copy.deepcopy(original.extra))
        self._frames.insert(index + 1, twin)
        source = self._shots.get((CutMode.PER_FRAME, (original.id,)))
        if source is not None:
            shot = self._new_shot(CutMode.PER_FRAME, (twin.id,))
            shot.copy_settings_from(source)
            shot.extra = copy.deepcopy(source.extra)
            self._shots[shot.key] = shot
        self._sync_shots()
        return twin

    def remove_frame(self, index: int) -> Frame:
        """Remove a frame; the shots it belonged to are dropped, the others kept."""
        frame = self._frames.pop(index)
        self._sync_shots()
        return frame

    def move_frame(self, from_index: int, to_index: int) -> None:
        """Move a frame so that it ends at position ``to_index``."""
        frame = self._frames.pop(from_index)
        to_index = max(0, min(to_index, len(self._frames)))
        self._frames.insert(to_index, frame)
        self._sync_shots()

    def set_frame_image(self, index: int, image: Path | str) -> None:
        """Point a frame at another file (a fixed copy, a relinked missing file)."""
        self._frames[index].image = expand_user(image).absolute()

    def missing_frames(self) -> list[int]:
        """Positions of the frames whose image file is not there."""
        return [i for i, frame in enumerate(self._frames) if not frame.exists]

    # --- shots -------------------------------------------------------------------------

    @property
    def shots(self) -> list[Shot]:
        """The shots of the current cut, in order."""
        return list(self._active)

    def shot(self, shot_id: str) -> Shot | None:
        """A shot by id, in either cut."""
        for shot in self._shots.values():
            if shot.id == shot_id:
                return shot
        return None

    def shot_frames(self, shot: Shot) -> list[Frame]:
        return [self.frame(frame_id) for frame_id in shot.frame_ids]

    def set_cut_mode(self, mode: CutMode | str) -> None:
        self.cut_mode = CutMode(mode)
        self._sync_shots()

    def apply_settings_to_all(
        self, model_id: str, values: Mapping[str, Any], *, prompt: str | None = None
    ) -> None:
        """Give every shot of the current cut (and every new shot) this model and settings;
        the prompt too when one is given."""
        self.model_id = model_id
        self.values = copy.deepcopy(dict(values))
        if prompt is not None:
            self.prompt = prompt
        for shot in self._active:
            shot.model_id = model_id
            shot.values = copy.deepcopy(dict(values))
            if prompt is not None:
                shot.prompt = prompt

    def _new_shot(self, mode: CutMode, frame_ids: tuple[str, ...]) -> Shot:
        return Shot(
            cut_mode=mode,
            frame_ids=frame_ids,
            model_id=self.model_id,
            prompt=self.prompt,
            values=copy.deepcopy(self.values),
        )

    def _wanted_keys(self) -> list[tuple[CutMode, tuple[str, ...]]]:
        ids = [frame.id for frame in self._frames]
        if self.cut_mode is CutMode.PER_FRAME:
            return [(CutMode.PER_FRAME, (i,)) for i in ids]
        return [(CutMode.PER_PAIR, (a, b)) for a, b in zip(ids, ids[1:], strict=False)]

    def _sync_shots(self) -> None:
        present = {frame.id for frame in self._frames}
        for key in [k for k in self._shots if not set(k[1]) <= present]:
            del self._shots[key]
        active = []
        for key in self._wanted_keys():
            shot = self._shots.get(key)
            if shot is None:
                shot = self._shots[key] = self._new_shot(*key)
            active.append(shot)
        self._active = active

    # --- undo ----------------------------------------------------------------------------

    def edit_state(self) -> BoardState:
        """A deep copy of what the user edits (see :class:`BoardState`)."""
        self._remember_renders()
        return BoardState(
            cut_mode=self.cut_mode,
            model_id=self.model_id,
            prompt=self.prompt,
            values=copy.deepcopy(self.values),
            frames=tuple(copy.deepcopy(self._frames)),
            shots=tuple(copy.deepcopy(list(self._shots.values()))),
        )

    def restore_edit_state(self, state: BoardState) -> None:
        """Put an earlier :meth:`edit_state` back, in place. What the engine reported on a
        shot (its job, clip and cost) is not an edit: each shot keeps the latest it had."""
        self._remember_renders()
        self.cut_mode = state.cut_mode
        self.model_id = state.model_id
        self.prompt = state.prompt
        self.values = copy.deepcopy(state.values)
        # The same objects where they still exist: a render under way keeps its shot.
        frames = {frame.id: frame for frame in self._frames}
        self._frames = [_reuse(frames, frame) for frame in state.frames]
        live = {shot.id: shot for shot in self._shots.values()}
        shots = [_reuse(live, shot, keep=_RENDER_FIELDS) for shot in state.shots]
        for shot in shots:
            for name, value in self._render_memory.get(shot.id, {}).items():
                setattr(shot, name, value)
        self._shots = {shot.key: shot for shot in shots}
        self._sync_shots()

    def _remember_renders(self) -> None:
        for shot in self._shots.values():
            self._render_memory[shot.id] = {name: getattr(shot, name) for name in _RENDER_FIELDS}

    # --- saving and opening ------------------------------------------------------------

    def to_document(self, folder: Path | None = None) -> dict[str, Any]:
        """The board as the JSON document saved on disk, paths relative to ``folder``."""
        folder = folder if folder is not None else self.folder
        frames = []
        for frame in self._frames:
            frames.append({**frame.extra, "id": frame.id, "image": _path_text(frame.image, folder)})
        shots = []
        for shot in self._shots.values():
            entry: dict[str, Any] = {
                **shot.extra,
                "id": shot.id,
                "cut_mode": shot.cut_mode.value,
                "frames": list(shot.frame_ids),
                "model_id": shot.model_id,
                "prompt": shot.prompt,
                "values": shot.values,
            }
            render = {
                "job_id": shot.job_id,
                "request_id": shot.request_id,
                "job_state": shot.job_state,
                "error": shot.error,
                "clip": _path_text(shot.clip, folder) if shot.clip is not None else None,
                "clip_engine": shot.clip_engine,
                "cost": shot.cost,
                "input_key": shot.input_key,
            }
            entry.update({k: v for k, v in render.items() if v is not None})
            shots.append(entry)
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            **self.extra,
            "cut_mode": self.cut_mode.value,
            "model_id": self.model_id,
            "prompt": self.prompt,
            "values": self.values,
            "frames": frames,
            "shots": shots,
        }

    def save(self, path: Path | str | None = None) -> Path:
        """Write the board (to ``path``, which becomes its file, or to its own file).

        Written to a temporary file and renamed, so a crash never leaves half a board.
        """
        if path is not None:
            self.path = expand_user(path).absolute()
        if self.path is None:
            raise ValueError("The storyboard has no file yet: give a path to save it to.")
        target = self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        # Any file name, even one whose bytes are not UTF-8, is written so it reads back exactly.
        text = safe_json.dumps(self.to_document(target.parent), indent=2)
        return write_atomic(target, text + "\n")

    @classmethod
    def from_document(cls, doc: Mapping[str, Any], folder: Path, *, source: str = "") -> Storyboard:
        """A board from its parsed JSON (upgraded first when it is an older version)."""
        what = source or "The storyboard file"
        doc = upgrade_document(doc, source=what)
        _check_shape(doc, what)
        board = cls(
            model_id=_text(doc.get("model_id")) or DEFAULT_MODEL_ID,
            cut_mode=_cut_mode(doc.get("cut_mode"), what),
            values=doc.get("values") if isinstance(doc.get("values"), Mapping) else {},
            prompt=_text(doc.get("prompt")),
        )
        board.extra = {k: copy.deepcopy(v) for k, v in doc.items() if k not in _BOARD_KEYS}
        seen: set[str] = set()
        for position, entry in enumerate(doc.get("frames") or (), start=1):
            if not isinstance(entry, Mapping) or not _text(entry.get("image")):
                log.warning("%s: frame %d has no image; left out", what, position)
                continue
            frame_id = _text(entry.get("id")) or _new_id()
            if frame_id in seen:
                frame_id = _new_id()
            seen.add(frame_id)
            board._frames.append(
                Frame(
                    image=_resolve(entry["image"], folder),
                    id=frame_id,
                    extra={k: copy.deepcopy(v) for k, v in entry.items() if k not in _FRAME_KEYS},
                )
            )
        for entry in doc.get("shots") or ():
            shot = _shot_from_entry(entry, folder, board.model_id, seen)
            if shot is None:
                log.warning("%s: a shot refers to frames the board does not have; left out", what)
                continue
            board._shots.setdefault(shot.key, shot)
        board._sync_shots()
        return board

    @classmethod
    def load(cls, path: Path | str) -> Storyboard:
        """Open a board file. Missing frame images are not an error: see :meth:`missing_frames`.

        Raises :class:`StoryboardError` for a file that is not a board, or one saved by a
        newer Storyreel.
        """
        path = _expand(Path(path)).absolute()
        shown = safe_json.printable(str(path))
        try:
            doc = safe_json.read_json_file(path, f"The storyboard file {shown}")
        except FileNotFoundError:
            raise StoryboardError(f"The storyboard file {shown} does not exist.") from None
        except FileFormatError as exc:
            raise StoryboardError(f"{exc} The file was left as it is.") from None
        board = cls.from_document(doc, path.parent, source=safe_json.printable(path.name))
        board.path = path
        return board


def _reuse(live: dict[str, Any], saved: Any, keep: tuple[str, ...] = ()) -> Any:
    """``saved`` (a Frame or Shot of a BoardState) as a live object: the live one with the
    same id brought back to ``saved`` (but for the fields in ``keep``), else a copy."""
    target = live.get(saved.id)
    if target is None:
        return copy.deepcopy(saved)
    for item in dataclasses.fields(saved):
        if item.name not in keep:
            setattr(target, item.name, copy.deepcopy(getattr(saved, item.name)))
    return target


# --- file format: reading helpers and upgrades ----------------------------------------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _cut_mode(value: Any, what: str) -> CutMode:
    try:
        return CutMode(value)
    except ValueError:
        log.warning("%s: unknown cut mode %r; using one clip per frame", what, value)
        return CutMode.PER_FRAME


def _number_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


_KIND_NAMES = {bool: "true or false", int: "a number", float: "a number", str: "text"}


def _kind_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "a group of named values"
    if isinstance(value, list):
        return "a list"
    return _KIND_NAMES.get(type(value), type(value).__name__)


# What each part of a board must be, and how a person would say it.
_SHAPE: tuple[tuple[str, type | tuple[type, ...], str], ...] = (
    ("frames", list, "a list of frames"),
    ("shots", list, "a list of shots"),
    ("values", Mapping, "a group of named settings"),
    ("model_id", str, "a model id (text)"),
    ("prompt", str, "text"),
    ("prompts", list, "a list of prompts"),
    ("settings", Mapping, "a group of named settings"),
)


def _check_shape(doc: Mapping[str, Any], what: str) -> None:
    """StoryboardError for a part of the board of the wrong kind (frames as a number...):
    opening it without that part and saving it again would lose it."""
    for key, kind, wanted in _SHAPE:
        value = doc.get(key)
        if value is not None and not isinstance(value, kind):
            raise StoryboardError(
                f'{what} cannot be opened: its "{key}" should be {wanted}, but it is '
                f"{_kind_name(value)}. The file was left as it is; correct it in a text editor "
                "or open another storyboard."
            )


def _shot_from_entry(
    entry: Any, folder: Path, default_model: str, frame_ids: set[str]
) -> Shot | None:
    if not isinstance(entry, Mapping):
        return None
    listed = entry.get("frames")
    ids = tuple(i for i in listed if isinstance(i, str)) if isinstance(listed, list) else ()
    mode_text = entry.get("cut_mode")
    if mode_text not in (CutMode.PER_FRAME.value, CutMode.PER_PAIR.value):
        mode_text = CutMode.PER_PAIR.value if len(ids) == 2 else CutMode.PER_FRAME.value
    mode = CutMode(mode_text)
    wanted = 1 if mode is CutMode.PER_FRAME else 2
    if len(ids) != wanted or not set(ids) <= frame_ids:
        return None
    clip = _text(entry.get("clip"))
    values = entry.get("values")
    return Shot(
        cut_mode=mode,
        frame_ids=ids,
        model_id=_text(entry.get("model_id")) or default_model,
        prompt=_text(entry.get("prompt")),
        values=copy.deepcopy(dict(values)) if isinstance(values, Mapping) else {},
        id=_text(entry.get("id")) or _new_id(),
        job_id=_text(entry.get("job_id")) or None,
        request_id=_text(entry.get("request_id")) or None,
        job_state=_text(entry.get("job_state")) or None,
        error=_text(entry.get("error")) or None,
        clip=_resolve(clip, folder) if clip else None,
        clip_engine=_text(entry.get("clip_engine")) or None,
        cost=_number_or_none(entry.get("cost")),
        input_key=_text(entry.get("input_key")) or None,
        extra={k: copy.deepcopy(v) for k, v in entry.items() if k not in _SHOT_KEYS},
    )


def _path_text(path: Path, folder: Path | None) -> str:
    """Relative (with "/") when the file is inside the board's folder, else absolute."""
    path = Path(path)
    if folder is not None:
        try:
            relative = path.absolute().relative_to(Path(folder).absolute())
        except ValueError:
            pass
        else:
            return PurePosixPath(*relative.parts).as_posix()
    return str(path.absolute())


def _expand(path: Path) -> Path:
    return expand_user(path)


def _resolve(text: str, folder: Path) -> Path:
    path = _expand(Path(text))
    return path if path.is_absolute() else (folder / path).absolute()


def _upgrade_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the first prototype) listed frames as bare paths, called the cut ``mode``
    ("frames" or "pairs"), the default model ``model``, its settings ``settings``, and kept
    one prompt per shot by position in ``prompts``. Shots had no identity or render state.
    """
    mode = CutMode.PER_PAIR if doc.get("mode") == "pairs" else CutMode.PER_FRAME
    model_id = _text(doc.get("model")) or DEFAULT_MODEL_ID
    found = doc.get("settings")
    settings: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    frames = [{"id": _new_id(), "image": item} for item in doc.get("frames") or () if _text(item)]
    ids = [f["id"] for f in frames]
    if mode is CutMode.PER_FRAME:
        groups = [[i] for i in ids]
    else:
        groups = [[a, b] for a, b in zip(ids, ids[1:], strict=False)]
    prompts = [p if isinstance(p, str) else "" for p in doc.get("prompts") or ()]
    shots = [
        {
            "id": _new_id(),
            "cut_mode": mode.value,
            "frames": group,
            "model_id": model_id,
            "prompt": prompts[n] if n < len(prompts) else "",
            "values": copy.deepcopy(dict(settings)),
        }
        for n, group in enumerate(groups)
    ]
    renamed = {"mode", "model", "settings", "frames", "prompts", "version"}
    upgraded = {k: v for k, v in doc.items() if k not in renamed}
    upgraded.update(
        {
            "version": 1,
            "cut_mode": mode.value,
            "model_id": model_id,
            "prompt": "",
            "values": copy.deepcopy(dict(settings)),
            "frames": frames,
            "shots": shots,
        }
    )
    return upgraded


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0_to_1}
"""Version n -> n + 1, for every n below :data:`FORMAT_VERSION`."""


def upgrade_document(doc: Any, *, source: str = "The storyboard file") -> dict[str, Any]:
    """Check a parsed board file and bring it to the current version, step by step."""
    if isinstance(doc, Mapping) and doc.get("version", 0) == 0:
        _check_shape(doc, source)  # the upgrade reads these parts
    if not isinstance(doc, Mapping) or doc.get("format") != FORMAT_NAME:
        raise StoryboardError(
            f'{source} is not a Storyreel storyboard: it has no "format": "{FORMAT_NAME}" entry.'
        )
    version = doc.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise StoryboardError(
            f"{source} has an unreadable storyboard version ({version!r}); "
            f"expected a whole number from 0 to {FORMAT_VERSION}."
        )
    if version > FORMAT_VERSION:
        raise StoryboardError(
            f"{source} was saved by a newer Storyreel (storyboard format version {version}); "
            f"this Storyreel opens versions up to {FORMAT_VERSION}. Update Storyreel to open it."
        )
    upgraded = copy.deepcopy(dict(doc))
    while version < FORMAT_VERSION:
        upgraded = UPGRADES[version](upgraded)
        version += 1
        upgraded["version"] = version
    return upgraded


def _image_paths(sources: Path | str | Iterable[Path | str]) -> list[Path]:
    items = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    paths: list[Path] = []
    for item in items:
        path = expand_user(item).absolute()
        if path.is_dir():
            found = [p for p in path.iterdir() if p.is_file() and is_image_file(p)]
            paths.extend(sorted(found, key=lambda p: natural_key(p.name)))
        else:
            paths.append(path)
    return paths


def remember_recent(path: Path | str, settings: Settings) -> list[str]:
    """Put a board at the top of ``settings.recent_storyboards`` (10 at most, no repeats).

    The caller saves the settings.
    """
    text = str(expand_user(path).absolute())
    key = os.path.normcase(text)
    rest = [p for p in settings.recent_storyboards if os.path.normcase(p) != key]
    settings.recent_storyboards = [text, *rest][:RECENT_LIMIT]
    return list(settings.recent_storyboards)


# --- planning --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedShot:
    """A shot ready to send: its model and the full request values, images from its frames.

    ``problems`` are blocking errors and warnings; ``suggested_model_id`` names a model
    that would fix a "cannot take a last frame" problem.
    """

    index: int  # position in board.shots, from 0
    shot: Shot
    frames: tuple[Frame, ...]
    model: Model | None
    values: dict[str, Any]
    duration_s: float | None
    problems: tuple[Problem, ...] = ()
    suggested_model_id: str | None = None

    @property
    def number(self) -> int:
        """The shot's number as the user reads it, from 1."""
        return self.index + 1

    @property
    def model_id(self) -> str:
        return self.shot.model_id

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def ready(self) -> bool:
        return self.model is not None and not self.errors

    @property
    def seconds(self) -> float:
        """The shot's length on the timeline (a fallback when the model does not say)."""
        return self.duration_s if self.duration_s is not None else FALLBACK_SHOT_SECONDS


def suggest_pair_model(catalogue: Catalogue) -> Model | None:
    """A model that takes a first and a last frame, for the per-pair cut."""
    candidates = [m for m in catalogue.models() if "last_frame" in m.capabilities]
    candidates.sort(key=lambda m: not m.builtin)
    return candidates[0] if candidates else None


def _image_value(kind: FieldKind, path: Path) -> str | list[str]:
    return [str(path)] if kind is FieldKind.IMAGE_LIST else str(path)


def _frame_label(board: Storyboard, frame: Frame) -> str:
    return f"Frame {board.frame_index(frame.id) + 1} ({frame.name})"


def plan_shot(board: Storyboard, index: int, catalogue: Catalogue) -> PlannedShot:
    shot = board.shots[index]
    frames = tuple(board.shot_frames(shot))
    try:
        model = catalogue.get(shot.model_id)
    except CatalogueError as exc:
        problem = Problem("model", "unknown", str(exc), shot.model_id)
        return PlannedShot(index, shot, frames, None, {}, None, (problem,))
    problems: list[Problem] = []
    suggestion: str | None = None
    prompt_field = model.roles.get("prompt")
    settings = {
        name: value
        for name, value in shot.values.items()
        if model.has_field(name) and not model.field(name).is_image and name != prompt_field
    }
    values: dict[str, Any] = {**_plain_defaults(model), **copy.deepcopy(settings)}
    if prompt_field and shot.prompt:
        values[prompt_field] = shot.prompt
    first = model.role("first_frame") or model.role("reference_images")
    if first is None:
        problems.append(
            Problem(
                "model",
                "first_frame",
                f"{model.display_name} cannot start from a frame: it takes no first frame "
                "or reference images.",
                model.model_id,
            )
        )
    else:
        values[first.name] = _image_value(first.kind, frames[0].image)
    if shot.cut_mode is CutMode.PER_PAIR:
        last = model.role("last_frame")
        if last is None:
            pair_model = suggest_pair_model(catalogue)
            if pair_model is not None:
                suggestion = pair_model.model_id
                message = (
                    f"{model.display_name} cannot take a last frame; {pair_model.display_name} can."
                )
            else:
                message = (
                    f"{model.display_name} cannot take a last frame, and no model in the "
                    "catalogue can: choose one clip per frame instead."
                )
            problems.append(Problem("model", "last_frame", message, model.model_id, suggestion))
        else:
            values[last.name] = _image_value(last.kind, frames[1].image)
    for frame in frames:
        if not frame.exists:
            problems.append(
                Problem(
                    "frame",
                    "missing",
                    f"{_frame_label(board, frame)}: the image file {frame.image} is missing.",
                    str(frame.image),
                )
            )
    problems.extend(validate_fields(model, values))
    problems.extend(advice(model, values))
    return PlannedShot(
        index,
        shot,
        frames,
        model,
        values,
        model.duration_seconds(values),
        tuple(problems),
        suggestion,
    )


def plan_shots(board: Storyboard, catalogue: Catalogue) -> list[PlannedShot]:
    """Every shot of the current cut with its model and full request values, in order.

    Problems (an unknown model, a model that cannot take a last frame in the per-pair cut,
    a missing frame file, a setting the model refuses) come back on each planned shot;
    :func:`require_ready` turns them into one error.
    """
    return [plan_shot(board, i, catalogue) for i in range(len(board.shots))]


def require_ready(planned: Iterable[PlannedShot]) -> None:
    """Raise :class:`StoryboardError` naming each shot that cannot be sent as it is."""
    lines: list[str] = []
    problems: list[Problem] = []
    for item in planned:
        for problem in item.errors:
            problems.append(problem)
            where = "" if problem.field in ("model", "frame") else f"{problem.field}: "
            lines.append(f"Shot {item.number}: {where}{problem.message}")
    if lines:
        raise StoryboardError("\n".join(lines), problems)


def _plain_defaults(model: Model) -> dict[str, Any]:
    return {k: v for k, v in model.defaults().items() if not model.field(k).is_image}


# --- changed-input detection ----------------------------------------------------------------

_HASH_CHUNK = 1 << 20
_HASH_CACHE_SIZE = 2048
_hash_cache: OrderedDict[tuple[str, int, int], str] = OrderedDict()
_hash_lock = threading.Lock()


def content_identity(path: Path) -> str:
    """A file's identity for :func:`input_key`: the SHA-256 of its bytes.

    Cached by path, size and modification time, so a file is hashed once until it changes.
    """
    try:
        stat = path.stat()
    except OSError:
        return f"missing:{path.name}"
    cache_key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _hash_lock:
        cached = _hash_cache.get(cache_key)
        if cached is not None:
            _hash_cache.move_to_end(cache_key)
            return cached
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return f"missing:{path.name}"
    identity = f"sha256:{digest.hexdigest()}"
    with _hash_lock:
        _hash_cache[cache_key] = identity
        while len(_hash_cache) > _HASH_CACHE_SIZE:
            _hash_cache.popitem(last=False)
    return identity


def _identify_images(model: Model | None, values: Mapping[str, Any]) -> dict[str, Any]:
    identified: dict[str, Any] = {}
    for name, value in values.items():
        is_image = model is not None and model.has_field(name) and model.field(name).is_image
        if is_image and isinstance(value, str):
            identified[name] = _image_identity(value)
        elif is_image and isinstance(value, list):
            identified[name] = [_image_identity(v) if isinstance(v, str) else v for v in value]
        else:
            identified[name] = value
    return identified


def _image_identity(value: str) -> str:
    return value if is_url(value) else content_identity(Path(value))


def input_key(planned: PlannedShot) -> str:
    """A SHA-256 over the model id, the request values (canonical JSON) and, for each local
    image, the SHA-256 of its content (so the key does not depend on where the board lives).

    Two shots with the same key ask for the same clip: a finished clip whose key equals its
    shot's key is kept, and not paid for again.
    """
    payload = {
        "model_id": planned.model_id,
        "values": _identify_images(planned.model, planned.values),
    }
    text = safe_json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clip_is_current(planned: PlannedShot, key: str | None = None) -> bool:
    """The shot has a finished clip, still on disk, made from exactly its current inputs."""
    shot = planned.shot
    if shot.clip is None or shot.input_key is None or not shot.clip.is_file():
        return False
    return shot.input_key == (key if key is not None else input_key(planned))


def shot_status(planned: PlannedShot, key: str | None = None) -> ShotStatus:
    shot = planned.shot
    if clip_is_current(planned, key):
        return ShotStatus.DONE
    state = shot.job_state
    if state in _UNDER_WAY:
        return ShotStatus.RENDERING
    if state == "failed":
        return ShotStatus.FAILED
    if state == "uncertain":
        return ShotStatus.UNCERTAIN
    if state == "cancelled":
        return ShotStatus.CANCELLED
    if shot.clip is not None and not shot.clip.is_file():
        return ShotStatus.CLIP_MISSING
    if shot.clip is not None:
        return ShotStatus.OUT_OF_DATE
    return ShotStatus.NOT_RENDERED


# --- timing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One piece of "Play sequence": the shot's finished clip, or its first frame held still
    for the shot's length until the clip exists."""

    shot_number: int
    shot_id: str
    duration_s: float
    clip: Path | None = None
    still: Path | None = None

    @property
    def held(self) -> bool:
        return self.clip is None

    def describe(self) -> str:
        if self.clip is not None:
            return f"Shot {self.shot_number}: {self.clip.name}"
        name = self.still.name if self.still is not None else "no frame"
        return f"Shot {self.shot_number}: hold {name} for {self.duration_s:g} s"


def total_duration(planned: Iterable[PlannedShot]) -> float:
    """The board's length in seconds, from the models' durations."""
    return sum(item.seconds for item in planned)


def sequence(board: Storyboard, catalogue: Catalogue | None = None) -> list[Segment]:
    """The ordered segments of the whole board: finished clips that still match their shot,
    and held first frames for the others, so that the timing reads before all is rendered."""
    if catalogue is None:
        from app.core.catalogue import default_catalogue

        catalogue = default_catalogue()
    segments = []
    for item in plan_shots(board, catalogue):
        if clip_is_current(item):
            segments.append(Segment(item.number, item.shot.id, item.seconds, clip=item.shot.clip))
        else:
            still = item.frames[0].image if item.frames else None
            segments.append(Segment(item.number, item.shot.id, item.seconds, still=still))
    return segments


# --- checking frames -------------------------------------------------------------------------


def frame_problems(board: Storyboard, frame_index: int, catalogue: Catalogue) -> list[Problem]:
    """What is wrong with one frame for the shots that use it: the file is missing or not an
    image, or it breaks an image rule of the model's first-frame (or last-frame, reference
    image) field. Probes the file header: call it off the interface thread."""
    from app.core.images import probe

    frame = board.frames[frame_index]
    label = _frame_label(board, frame)
    if not frame.exists:
        return [
            Problem(
                "frame",
                "missing",
                f"{label}: the image file {frame.image} is missing.",
                str(frame.image),
            )
        ]
    fields = []
    for shot in board.shots:
        if frame.id not in shot.frame_ids or shot.model_id not in catalogue:
            continue
        model = catalogue.get(shot.model_id)
        if shot.frame_ids[0] == frame.id:
            role = model.role("first_frame") or model.role("reference_images")
        else:
            role = model.role("last_frame")
        if role is not None and role not in fields:
            fields.append(role)
    if not fields:
        return []
    try:
        info = probe(frame.image)
    except ImageError as exc:
        return [Problem("frame", "readable", f"{label}: {exc}", str(frame.image))]
    problems: list[Problem] = []
    seen: set[str] = set()
    for role in fields:
        for problem in image_problems(role, info):
            if problem.message not in seen:
                seen.add(problem.message)
                problems.append(problem)
    return problems


# --- the shot list ---------------------------------------------------------------------------

SHOT_LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("shot", "Shot"),
    ("frames", "Frame file(s)"),
    ("model", "Model"),
    ("prompt", "Prompt"),
    ("settings", "Settings (JSON)"),
    ("seed", "Seed"),
    ("request_id", "Request ID"),
    ("cost", "Cost (USD)"),
    ("clip", "Clip file"),
    ("state", "State"),
)


def shot_list(board: Storyboard, catalogue: Catalogue) -> list[dict[str, Any]]:
    """One row per shot, for sharing a board's plan and its results."""
    rows = []
    for item in plan_shots(board, catalogue):
        shot = item.shot
        model = item.model
        prompt_field = model.roles.get("prompt") if model else None
        settings = {
            k: v
            for k, v in item.values.items()
            if k != prompt_field and not (model and model.field(k).is_image)
        }
        seed_field = model.roles.get("seed") if model else None
        rows.append(
            {
                "shot": item.number,
                "frames": [frame.name for frame in item.frames],
                "model": shot.model_id,
                "prompt": shot.prompt,
                "settings": settings,
                "seed": settings.get(seed_field) if seed_field else None,
                "request_id": shot.request_id,
                "cost": shot.cost,
                "clip": shot.clip.name if shot.clip is not None else None,
                "state": shot_status(item).value,
            }
        )
    return rows


def export_shot_list_json(board: Storyboard, catalogue: Catalogue, path: Path | str) -> Path:
    document = {
        "format": "storyreel-shot-list",
        "version": 1,
        "storyboard": board.name,
        "cut_mode": board.cut_mode.value,
        "shots": shot_list(board, catalogue),
    }
    return _write_text(Path(path), safe_json.dumps(document, indent=2) + "\n")


def export_shot_list_csv(board: Storyboard, catalogue: Catalogue, path: Path | str) -> Path:
    """The shot list as CSV. Written with a byte-order mark so that spreadsheet programs
    read non-English prompts correctly."""
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for _key, title in SHOT_LIST_COLUMNS])
    for row in shot_list(board, catalogue):
        writer.writerow(
            [
                row["shot"],
                " → ".join(row["frames"]),
                row["model"],
                row["prompt"],
                safe_json.dumps(row["settings"], sort_keys=True),
                "" if row["seed"] is None else row["seed"],
                row["request_id"] or "",
                "" if row["cost"] is None else f"{row['cost']:.2f}",
                row["clip"] or "",
                row["state"],
            ]
        )
    return _write_text(Path(path), buffer.getvalue(), encoding="utf-8-sig")


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # surrogateescape: a file name whose bytes are not UTF-8 is written as those bytes.
    return write_atomic(path, text, encoding=encoding, errors="surrogateescape")


__all__ = [
    "BoardState",
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "UPGRADES",
    "CutMode",
    "Frame",
    "PlannedShot",
    "Segment",
    "Shot",
    "ShotStatus",
    "Storyboard",
    "StoryboardError",
    "clip_is_current",
    "content_identity",
    "export_shot_list_csv",
    "export_shot_list_json",
    "frame_problems",
    "input_key",
    "natural_key",
    "plan_shot",
    "plan_shots",
    "remember_recent",
    "require_ready",
    "sequence",
    "shot_list",
    "shot_status",
    "suggest_pair_model",
    "total_duration",
    "upgrade_document",
]
