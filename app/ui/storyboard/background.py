"""Work the storyboard view does in worker threads (never on the interface thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtGui import (
    QImage,
)

from app.core import images
from app.core.catalogue import Catalogue, Model
from app.core.jobs import Job
from app.core.storyboard import (
    PlannedShot,
    Storyboard,
    frame_problems,
    input_key,
    sequence,
)
from app.core.wording import Said
from app.ui.panel import carry_values
from app.ui.storyboard.constants import INVALID, PICTURE_SIDE, VALID
from app.ui.widgets.thumbnails import to_qimage


def frame_picture(path: Path, side: int = PICTURE_SIDE) -> QImage:
    return to_qimage(images.make_thumbnail(path, max_side=side))


def clip_picture(path: Path, side: int = PICTURE_SIDE) -> QImage:
    """The frame half-way through a clip: what the shot looks like once it moves."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        middle = None
        if stream.duration and stream.time_base:
            middle = float(stream.duration * stream.time_base) / 2
        chosen = None
        for frame in container.decode(stream):
            chosen = frame
            if middle is None or (frame.time is not None and frame.time >= middle):
                break
        if chosen is None:
            raise OSError(f"{path.name} has no video frames.")
        picture = chosen.to_image()
    picture.thumbnail((side, side))
    return to_qimage(picture)


def frame_verdicts_of(
    snapshot: Storyboard, catalogue: Catalogue, indexes: list[int]
) -> dict[str, tuple[str, str]]:
    """Each frame's verdict: (VALID or INVALID, the first failing rule without its label)."""
    verdicts: dict[str, tuple[str, str]] = {}
    frames = snapshot.frames
    for index in indexes:
        frame = frames[index]
        problems = [p for p in frame_problems(snapshot, index, catalogue) if p.blocking]
        if not problems:
            verdicts[frame.id] = (VALID, "")
            continue
        message = problems[0].message
        label = f"Frame {index + 1} ({frame.name}): "
        # A said sentence naming the frame stays whole: the strip shows it in its language.
        names_frame = isinstance(message, Said) and "frame" in message.arguments
        if not names_frame and message.startswith(label):
            message = message[len(label) :]
        verdicts[frame.id] = (INVALID, message)
    return verdicts


def input_keys(work: list[tuple[str, PlannedShot]]) -> dict[str, str]:
    """Input keys hash the frames' bytes: worked out here, never on the interface thread."""
    return {signature: input_key(planned) for signature, planned in work}


def extract_last_frame(clip: Path, folder: Path) -> Path:
    """The clip's final frame as a PNG in ``folder`` (PyAV; call it off the UI thread)."""
    from app.core.video import last_frame

    return last_frame(clip, Path(folder) / f"{Path(clip).stem}-last-frame.png")


def export_sequence_video(
    snapshot: Storyboard,
    catalogue: Catalogue,
    path: Path,
    progress: Callable[[int, int], None],
) -> Any:
    """One MP4 of the board, with its captions (.srt, shot numbers and notes) beside it."""
    from app.core.storyboard.captions import captions_for_video, write_srt
    from app.core.storyboard.trimming import trimmed_segments
    from app.core.video import export_sequence

    with trimmed_segments(snapshot, sequence(snapshot, catalogue), Path(path).parent) as pieces:
        result = export_sequence(pieces, path, progress=progress)
    captions = captions_for_video(snapshot, result.boundaries, result.info.duration_s)
    write_srt(captions, Path(path).with_suffix(".srt"))
    return result


def playable_clip(job: Job) -> Path | None:
    for name in job.files:
        path = Path(name)
        if path.is_file():
            return path
    return None


class ExportCancelled(Exception):
    """Raised from the progress callback: the user stopped the export."""


class ExportProgress(QObject):
    """Lives in the GUI thread; the export's worker reports frames through it."""

    progressed = Signal(int, int)


def settings_for(
    old: Model | None, values: dict[str, Any], prompt: str, target: Model
) -> dict[str, Any]:
    """The settings of ``values`` that fit ``target`` (prompt and images left out)."""
    if old is None:
        return {}
    with_prompt = dict(values)
    old_prompt = old.roles.get("prompt")
    if old_prompt:
        with_prompt[old_prompt] = prompt
    carried = carry_values(old, with_prompt, target)
    target_prompt = target.roles.get("prompt")
    return {
        k: v
        for k, v in carried.items()
        if k != target_prompt and target.has_field(k) and not target.field(k).is_image
    }
