"""Planning a board's shots: each shot's model and full request values, images from its
frames, and what stands in the way of sending it.

Problems (an unknown model, a model that cannot take a last frame in the per-pair cut, a
missing frame file, a setting the model refuses) come back on each planned shot;
:func:`require_ready` turns them into one error.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.catalogue import Catalogue, FieldKind, Model
from app.core.errors import CatalogueError, ImageError
from app.core.storyboard.board import Storyboard
from app.core.storyboard.model import CutMode, Frame, Shot, StoryboardError
from app.core.validation import Problem, advice, image_problems
from app.core.validation import validate_values as validate_fields
from app.core.wording import QT_TRANSLATE_NOOP, Said, said

# How long a shot is held when its model does not say how long its clips are.
FALLBACK_SHOT_SECONDS = 5.0


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


# A frame's problem: "Frame 3 (beach.png): <what is wrong>".
_FRAME_PROBLEM = QT_TRANSLATE_NOOP("Errors", "{frame}: {problem}")


def _frame_label(board: Storyboard, frame: Frame) -> Said:
    """How a frame is named in a message: "Frame 3 (beach.png)"."""
    return said(
        QT_TRANSLATE_NOOP("Errors", "Frame {number} ({name})"),
        number=board.frame_index(frame.id) + 1,
        name=frame.name,
    )


def _frame_problem(board: Storyboard, frame: Frame, problem: str) -> Said:
    return said(_FRAME_PROBLEM, frame=_frame_label(board, frame), problem=problem)


def without_frame_label(message: str) -> str:
    """A frame's problem without its "Frame 3 (beach.png): " label (still said when it was
    made here), for a place that names the frame already; any other message as it is."""
    if isinstance(message, Said) and message.template == _FRAME_PROBLEM:
        problem = message.arguments["problem"]
        return problem if isinstance(problem, str) else str(problem)
    return message


def plan_shot(board: Storyboard, index: int, catalogue: Catalogue) -> PlannedShot:
    shot = board.shots[index]
    frames = tuple(board.shot_frames(shot))
    try:
        model = catalogue.get(shot.model_id)
    except CatalogueError as exc:
        problem = Problem("model", "unknown", exc.message, shot.model_id)
        return PlannedShot(index, shot, frames, None, {}, None, (problem,))
    values = _request_values(model, shot)
    problems, suggestion = _place_frames(model, shot.cut_mode, frames, values, catalogue)
    for frame in frames:
        if not frame.exists:
            problems.append(_missing_frame(board, frame))
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


def _request_values(model: Model, shot: Shot) -> dict[str, Any]:
    """The model's defaults, the shot's settings over them, and the shot's prompt."""
    prompt_field = model.roles.get("prompt")
    settings = {
        name: value
        for name, value in shot.values.items()
        if model.has_field(name) and not model.field(name).is_image and name != prompt_field
    }
    values: dict[str, Any] = {**_plain_defaults(model), **copy.deepcopy(settings)}
    if prompt_field and shot.prompt:
        values[prompt_field] = shot.prompt
    return values


def _place_frames(
    model: Model,
    mode: CutMode,
    frames: Sequence[Frame],
    values: dict[str, Any],
    catalogue: Catalogue,
) -> tuple[list[Problem], str | None]:
    """Put the frames' images into the model's first-frame (and last-frame) fields of
    ``values``; a problem for each field the model does not have, and the id of a model
    that can take a last frame when this one cannot."""
    problems: list[Problem] = []
    suggestion: str | None = None
    first = model.role("first_frame") or model.role("reference_images")
    if first is None:
        problems.append(
            Problem(
                "model",
                "first_frame",
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{model} cannot start from a frame: it takes no first frame "
                        "or reference images.",
                    ),
                    model=model.display_name,
                ),
                model.model_id,
            )
        )
    else:
        values[first.name] = _image_value(first.kind, frames[0].image)
    if mode is CutMode.PER_PAIR:
        last = model.role("last_frame")
        if last is None:
            pair_model = suggest_pair_model(catalogue)
            suggestion = pair_model.model_id if pair_model is not None else None
            problems.append(_no_last_frame(model, pair_model))
        else:
            values[last.name] = _image_value(last.kind, frames[1].image)
    return problems, suggestion


def _no_last_frame(model: Model, pair_model: Model | None) -> Problem:
    """The problem of a model that cannot take a last frame, naming one that can (as the
    problem's ``limit``) when there is one."""
    if pair_model is None:
        message = said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{model} cannot take a last frame, and no model in the catalogue can: "
                "choose one clip per frame instead.",
            ),
            model=model.display_name,
        )
        return Problem("model", "last_frame", message, model.model_id, None)
    message = said(
        QT_TRANSLATE_NOOP("Errors", "{model} cannot take a last frame; {other} can."),
        model=model.display_name,
        other=pair_model.display_name,
    )
    return Problem("model", "last_frame", message, model.model_id, pair_model.model_id)


def _missing_frame(board: Storyboard, frame: Frame) -> Problem:
    return Problem(
        "frame",
        "missing",
        _frame_problem(
            board,
            frame,
            said(
                QT_TRANSLATE_NOOP("Errors", "the image file {path} is missing."),
                path=str(frame.image),
            ),
        ),
        str(frame.image),
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
    text: str | None = None
    problems: list[Problem] = []
    for item in planned:
        for problem in item.errors:
            problems.append(problem)
            line = (
                said(
                    QT_TRANSLATE_NOOP("Errors", "Shot {number}: {problem}"),
                    number=item.number,
                    problem=problem.message,
                )
                if problem.field in ("model", "frame")
                else said(
                    QT_TRANSLATE_NOOP("Errors", "Shot {number}: {field}: {problem}"),
                    number=item.number,
                    field=problem.field,
                    problem=problem.message,
                )
            )
            text = line if text is None else said("{lines}\n{line}", lines=text, line=line)
    if text is not None:
        raise StoryboardError(text, problems)


def _plain_defaults(model: Model) -> dict[str, Any]:
    return {k: v for k, v in model.defaults().items() if not model.field(k).is_image}


def _image_value(kind: FieldKind, path: Path) -> str | list[str]:
    return [str(path)] if kind is FieldKind.IMAGE_LIST else str(path)


# --- checking frames -------------------------------------------------------------------------


def frame_problems(board: Storyboard, frame_index: int, catalogue: Catalogue) -> list[Problem]:
    """What is wrong with one frame for the shots that use it: the file is missing or not an
    image, or it breaks an image rule of the model's first-frame (or last-frame, reference
    image) field. Probes the file header: call it off the interface thread."""
    from app.core.images import probe

    frame = board.frames[frame_index]
    if not frame.exists:
        return [_missing_frame(board, frame)]
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
        message = _frame_problem(board, frame, exc.message)
        return [Problem("frame", "readable", message, str(frame.image))]
    problems: list[Problem] = []
    seen: set[str] = set()
    for role in fields:
        for problem in image_problems(role, info):
            if problem.message not in seen:
                seen.add(problem.message)
                problems.append(problem)
    return problems
