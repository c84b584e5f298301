"""The board file: a versioned JSON document, read, checked, upgraded and written.

The file (``"format": "storyreel-storyboard"``) is JSON. Frame images and clips inside the
board's folder are written relative to the board file, so the folder can be moved; files
elsewhere are written as absolute paths. Files written by an older Storyreel are upgraded
on load through :data:`UPGRADES`, one version step at a time; a file from a newer one is
refused with a message that says so. Keys this version does not know are kept and written
back unchanged.

A shot's ``error`` is its English text; ``error_wording`` (optional, added within version 2)
keeps how it was said (:func:`app.core.wording.to_json`), so that a reopened board still shows
the reason in the window's language. An older Storyreel keeps the key as it is; should it
write another error beside it, the wording no longer says that error and is not used.
"""

from __future__ import annotations

import copy
import json
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from app.core.paths import expand_user
from app.core.storyboard.model import (
    DEFAULT_MODEL_ID,
    CutMode,
    Frame,
    Shot,
    ShotKey,
    StoryboardError,
    new_id,
)
from app.core.takes import TAKE_KEYS, Take
from app.core.wording import QT_TRANSLATE_NOOP, from_data, said, to_json

log = logging.getLogger(__name__)

FORMAT_NAME = "storyreel-storyboard"
FORMAT_VERSION = 2

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
        "error_wording",
        "clip",
        "clip_engine",
        "cost",
        "input_key",
        "note",
        "trim_in",
        "trim_out",
        "takes",
        "chosen_take",
    }
)


@dataclass
class BoardContents:
    """What a board file holds, paths absolute: the settings for new shots, the frames in
    order, every kept shot of both cuts (one per key), and the keys this version does not
    know (``extra``)."""

    cut_mode: CutMode
    model_id: str
    prompt: str
    values: dict[str, Any]
    frames: list[Frame]
    shots: list[Shot]
    extra: dict[str, Any]


# --- writing ---------------------------------------------------------------------------------


def write_document(contents: BoardContents, folder: Path | None) -> dict[str, Any]:
    """The board as the JSON document saved on disk, paths relative to ``folder``."""
    frames = [
        {**frame.extra, "id": frame.id, "image": _path_text(frame.image, folder)}
        for frame in contents.frames
    ]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        **contents.extra,
        "cut_mode": contents.cut_mode.value,
        "model_id": contents.model_id,
        "prompt": contents.prompt,
        "values": contents.values,
        "frames": frames,
        "shots": [_shot_entry(shot, folder) for shot in contents.shots],
    }


def _shot_entry(shot: Shot, folder: Path | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        **shot.extra,
        "id": shot.id,
        "cut_mode": shot.cut_mode.value,
        "frames": list(shot.frame_ids),
        "model_id": shot.model_id,
        "prompt": shot.prompt,
        "values": shot.values,
        "note": shot.note,
        "trim_in": shot.trim_in,
        "trim_out": shot.trim_out,
    }
    render = {
        "job_id": shot.job_id,
        "request_id": shot.request_id,
        "job_state": shot.job_state,
        "error": shot.error,
        "error_wording": _wording(shot.error),
        "clip": _path_text(shot.clip, folder) if shot.clip is not None else None,
        "clip_engine": shot.clip_engine,
        "cost": shot.cost,
        "input_key": shot.input_key,
    }
    entry.update({k: v for k, v in render.items() if v is not None})
    if shot.takes:
        entry["takes"] = [_take_entry(take, folder) for take in shot.takes]
    if shot.chosen_take is not None:
        entry["chosen_take"] = shot.chosen_take
    return entry


def _take_entry(take: Take, folder: Path | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        **take.extra,
        "job_id": take.job_id,
        "clip": _path_text(take.clip, folder),
        "model_id": take.model_id,
        "engine": take.engine,
        "values": take.values,
        "created_at": take.created_at,
    }
    optional = {
        "seed": take.seed,
        "cost": take.cost,
        "request_id": take.request_id,
        "input_key": take.input_key,
    }
    entry.update({k: v for k, v in optional.items() if v is not None})
    if take.rejected:
        entry["rejected"] = True
    return entry


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


# --- reading ---------------------------------------------------------------------------------


def read_document(doc: Mapping[str, Any], folder: Path, *, source: str = "") -> BoardContents:
    """A board's contents from its parsed JSON (upgraded first when it is an older version).

    Frames without an image and shots whose frames the board does not have are left out
    (with a warning in the log). Raises :class:`StoryboardError` for a document that is not
    a board, one from a newer Storyreel, or one with a part of the wrong kind.
    """
    what = source or said(QT_TRANSLATE_NOOP("Errors", "The storyboard file"))
    doc = upgrade_document(doc, source=what)
    _check_shape(doc, what)
    cut_mode = _cut_mode(doc.get("cut_mode"), what)
    values = doc.get("values")
    frames = _frames_from(doc.get("frames") or (), folder, what)
    model_id = _text(doc.get("model_id")) or DEFAULT_MODEL_ID
    frame_ids = {frame.id for frame in frames}
    shots: dict[ShotKey, Shot] = {}
    for entry in doc.get("shots") or ():
        shot = _shot_from_entry(entry, folder, model_id, frame_ids)
        if shot is None:
            log.warning("%s: a shot refers to frames the board does not have; left out", what)
            continue
        shots.setdefault(shot.key, shot)
    return BoardContents(
        cut_mode=cut_mode,
        model_id=model_id,
        prompt=_text(doc.get("prompt")),
        values=dict(values) if isinstance(values, Mapping) else {},
        frames=frames,
        shots=list(shots.values()),
        extra={k: copy.deepcopy(v) for k, v in doc.items() if k not in _BOARD_KEYS},
    )


def _frames_from(entries: Any, folder: Path, what: str) -> list[Frame]:
    frames: list[Frame] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or not _text(entry.get("image")):
            log.warning("%s: frame %d has no image; left out", what, position)
            continue
        frame_id = _text(entry.get("id")) or new_id()
        if frame_id in seen:
            frame_id = new_id()
        seen.add(frame_id)
        frames.append(
            Frame(
                image=_resolve(entry["image"], folder),
                id=frame_id,
                extra={k: copy.deepcopy(v) for k, v in entry.items() if k not in _FRAME_KEYS},
            )
        )
    return frames


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _wording(error: str | None) -> Any:
    """How a shot's error was said, as JSON data for the file (None for plain text)."""
    wording = to_json(error)
    return json.loads(wording) if wording is not None else None


def _error(entry: Mapping[str, Any]) -> str | None:
    """A shot's error as saved: said again when its wording still says that text."""
    english = _text(entry.get("error"))
    if not english:
        return None
    return from_data(entry.get("error_wording"), english)


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


# How a person would call each kind of JSON value (Said: the window translates it).
_KIND_NAMES = {
    bool: said(QT_TRANSLATE_NOOP("Errors", "true or false")),
    int: said(QT_TRANSLATE_NOOP("Errors", "a number")),
    float: said(QT_TRANSLATE_NOOP("Errors", "a number")),
    str: said(QT_TRANSLATE_NOOP("Errors", "text")),
}
_NULL = said(QT_TRANSLATE_NOOP("Errors", "null"))
_GROUP = said(QT_TRANSLATE_NOOP("Errors", "a group of named values"))
_LIST = said(QT_TRANSLATE_NOOP("Errors", "a list"))


def _kind_name(value: Any) -> str:
    if value is None:
        return _NULL
    if isinstance(value, Mapping):
        return _GROUP
    if isinstance(value, list):
        return _LIST
    return _KIND_NAMES.get(type(value), type(value).__name__)


# What each part of a board must be, and how a person would say it.
_SHAPE: tuple[tuple[str, type | tuple[type, ...], str], ...] = (
    ("frames", list, said(QT_TRANSLATE_NOOP("Errors", "a list of frames"))),
    ("shots", list, said(QT_TRANSLATE_NOOP("Errors", "a list of shots"))),
    ("values", Mapping, said(QT_TRANSLATE_NOOP("Errors", "a group of named settings"))),
    ("model_id", str, said(QT_TRANSLATE_NOOP("Errors", "a model id (text)"))),
    ("prompt", str, said(QT_TRANSLATE_NOOP("Errors", "text"))),
    ("prompts", list, said(QT_TRANSLATE_NOOP("Errors", "a list of prompts"))),
    ("settings", Mapping, said(QT_TRANSLATE_NOOP("Errors", "a group of named settings"))),
)


def _check_shape(doc: Mapping[str, Any], what: str) -> None:
    """StoryboardError for a part of the board of the wrong kind (frames as a number...):
    opening it without that part and saving it again would lose it."""
    for key, kind, wanted in _SHAPE:
        value = doc.get(key)
        if value is not None and not isinstance(value, kind):
            raise StoryboardError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    '{what} cannot be opened: its "{key}" should be {wanted}, but it is '
                    "{actual}. The file was left as it is; correct it in a text editor "
                    "or open another storyboard.",
                ),
                what=what,
                key=key,
                wanted=wanted,
                actual=_kind_name(value),
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
        id=_text(entry.get("id")) or new_id(),
        job_id=_text(entry.get("job_id")) or None,
        request_id=_text(entry.get("request_id")) or None,
        job_state=_text(entry.get("job_state")) or None,
        error=_error(entry),
        clip=_resolve(clip, folder) if clip else None,
        clip_engine=_text(entry.get("clip_engine")) or None,
        cost=_number_or_none(entry.get("cost")),
        input_key=_text(entry.get("input_key")) or None,
        note=_text(entry.get("note")),
        trim_in=max(0.0, _number_or_none(entry.get("trim_in")) or 0.0),
        trim_out=_trim_out(entry.get("trim_out")),
        extra={k: copy.deepcopy(v) for k, v in entry.items() if k not in _SHOT_KEYS},
        takes=_takes_from(entry.get("takes"), folder),
        chosen_take=_text(entry.get("chosen_take")) or None,
    )


def _trim_out(value: Any) -> float | None:
    number = _number_or_none(value)
    return number if number is not None and number > 0 else None


def _takes_from(entries: Any, folder: Path) -> list[Take]:
    """The takes of a shot entry; one without a job id or a clip is left out (logged)."""
    takes: list[Take] = []
    seen: set[str] = set()
    for entry in entries if isinstance(entries, list) else ():
        job_id = _text(entry.get("job_id")) if isinstance(entry, Mapping) else ""
        clip = _text(entry.get("clip")) if isinstance(entry, Mapping) else ""
        if not job_id or not clip or job_id in seen:
            log.warning("a take without a job or a clip (or listed twice) was left out")
            continue
        seen.add(job_id)
        values = entry.get("values")
        seed = entry.get("seed")
        created = _number_or_none(entry.get("created_at"))
        takes.append(
            Take(
                job_id=job_id,
                clip=_resolve(clip, folder),
                model_id=_text(entry.get("model_id")),
                engine=_text(entry.get("engine")),
                values=copy.deepcopy(dict(values)) if isinstance(values, Mapping) else {},
                seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
                cost=_number_or_none(entry.get("cost")),
                created_at=created if created is not None else 0.0,
                request_id=_text(entry.get("request_id")) or None,
                input_key=_text(entry.get("input_key")) or None,
                rejected=entry.get("rejected") is True,
                extra={k: copy.deepcopy(v) for k, v in entry.items() if k not in TAKE_KEYS},
            )
        )
    return takes


def _resolve(text: str, folder: Path) -> Path:
    path = expand_user(Path(text))
    return path if path.is_absolute() else (folder / path).absolute()


# --- upgrades --------------------------------------------------------------------------------


def _upgrade_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the first prototype) listed frames as bare paths, called the cut ``mode``
    ("frames" or "pairs"), the default model ``model``, its settings ``settings``, and kept
    one prompt per shot by position in ``prompts``. Shots had no identity or render state.
    """
    mode = CutMode.PER_PAIR if doc.get("mode") == "pairs" else CutMode.PER_FRAME
    model_id = _text(doc.get("model")) or DEFAULT_MODEL_ID
    found = doc.get("settings")
    settings: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    frames = [{"id": new_id(), "image": item} for item in doc.get("frames") or () if _text(item)]
    ids = [f["id"] for f in frames]
    if mode is CutMode.PER_FRAME:
        groups = [[i] for i in ids]
    else:
        groups = [[a, b] for a, b in zip(ids, ids[1:], strict=False)]
    prompts = [p if isinstance(p, str) else "" for p in doc.get("prompts") or ()]
    shots = [
        {
            "id": new_id(),
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


def _upgrade_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps every generation of a shot as a take (``takes``) and names the chosen
    one (``chosen_take``), and gives each shot a note (its action or dialogue) and a trim
    (the part kept in the cut, set when an edited timeline comes back from an editor). A
    version 1 shot had one clip: it becomes the shot's one take, chosen, made with the
    shot's model, prompt and settings (its seed among them); it has no note and no trim."""
    upgraded = dict(doc)
    if not isinstance(doc.get("shots"), list):
        return upgraded  # no shots, or of the wrong kind: reading says so
    shots = []
    for found_entry in doc["shots"]:
        if not isinstance(found_entry, Mapping):
            shots.append(found_entry)
            continue
        entry = {"note": "", "trim_in": 0.0, "trim_out": None, **found_entry}
        if not _text(entry.get("clip")):
            shots.append(entry)
            continue
        job_id = _text(entry.get("job_id")) or new_id()
        found = entry.get("values")
        values = dict(found) if isinstance(found, Mapping) else {}
        seed = values.get("seed")
        take = {
            "job_id": job_id,
            "clip": entry["clip"],
            "model_id": _text(entry.get("model_id")) or _text(doc.get("model_id")),
            "engine": _text(entry.get("clip_engine")) or "runcomfy",
            "values": copy.deepcopy(values),
            "prompt": _text(entry.get("prompt")),
            "created_at": 0.0,
        }
        optional = {
            "seed": seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
            "cost": _number_or_none(entry.get("cost")),
            "request_id": _text(entry.get("request_id")) or None,
            "input_key": _text(entry.get("input_key")) or None,
        }
        take.update({k: v for k, v in optional.items() if v is not None})
        shots.append({**entry, "takes": [take], "chosen_take": job_id})
    upgraded["shots"] = shots
    upgraded["version"] = 2
    return upgraded


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _upgrade_0_to_1,
    1: _upgrade_1_to_2,
}
"""Version n -> n + 1, for every n below :data:`FORMAT_VERSION`."""


def upgrade_document(doc: Any, *, source: str = "") -> dict[str, Any]:
    """Check a parsed board file and bring it to the current version, step by step."""
    source = source or said(QT_TRANSLATE_NOOP("Errors", "The storyboard file"))
    if isinstance(doc, Mapping):
        _check_shape(doc, source)  # the upgrades read these parts
    if not isinstance(doc, Mapping) or doc.get("format") != FORMAT_NAME:
        raise StoryboardError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                '{what} is not a Storyreel storyboard: it has no "format": "{name}" entry.',
            ),
            what=source,
            name=FORMAT_NAME,
        )
    version = doc.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise StoryboardError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{what} has an unreadable storyboard version ({version}); "
                "expected a whole number from 0 to {latest}.",
            ),
            what=source,
            version=repr(version),
            latest=FORMAT_VERSION,
        )
    if version > FORMAT_VERSION:
        raise StoryboardError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{what} was saved by a newer Storyreel (storyboard format version {version}); "
                "this Storyreel opens versions up to {latest}. Update Storyreel to open it.",
            ),
            what=source,
            version=version,
            latest=FORMAT_VERSION,
        )
    upgraded = copy.deepcopy(dict(doc))
    while version < FORMAT_VERSION:
        upgraded = UPGRADES[version](upgraded)
        version += 1
        upgraded["version"] = version
    return upgraded
