"""The board: ordered frames, the shots cut from them, the cut mode and the settings for new
shots, with the operations the window and the command line edit it through.

Every frame operation re-plans the shots: a shot is keyed by its cut and the ids of its
frames, so every shot whose frames are still neighbours keeps its prompt, settings and clip.
Shots of the cut not in use are kept too; a shot is dropped only when one of its frames is
removed.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import safe_json
from app.core.errors import FileFormatError
from app.core.fileio import write_atomic
from app.core.paths import expand_user
from app.core.storyboard.cut_change import carry_over
from app.core.storyboard.edit_state import (
    BoardState,
    RenderMemory,
    remember_renders,
    restored_frames,
    restored_shots,
)
from app.core.storyboard.file_format import BoardContents, read_document, write_document
from app.core.storyboard.model import (
    DEFAULT_MODEL_ID,
    FILE_SUFFIX,
    CutMode,
    Frame,
    Shot,
    ShotKey,
    StoryboardError,
    is_image_file,
    natural_key,
)
from app.core.wording import QT_TRANSLATE_NOOP, said, said_in

if TYPE_CHECKING:
    from app.core.settings import Settings

RECENT_LIMIT = 10


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
        self._shots: dict[ShotKey, Shot] = {}
        self._active: list[Shot] = []
        self._render_memory: RenderMemory = {}

    # --- naming -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The board's name, from its file name ("Trip.storyboard.json" -> "Trip"); a board
        without a file is "Untitled storyboard" (said: the window shows it in its language)."""
        if self.path is None:
            return said_in("Storyboard", QT_TRANSLATE_NOOP("Storyboard", "Untitled storyboard"))
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

    def set_cut_mode(self, mode: CutMode | str) -> list[Shot]:
        """Cut the board another way. New (or still blank) shots start from the prompt and
        settings of the shot that began on the same frame (see :mod:`.cut`); returns them."""
        mode = CutMode(mode)
        if mode is self.cut_mode:
            return []
        before, known = list(self._active), set(self._shots)
        self.cut_mode = mode
        self._sync_shots()
        return carry_over(before, self._active, known)

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

    def _wanted_keys(self) -> list[ShotKey]:
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
        remember_renders(self._render_memory, self._shots.values())
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
        remember_renders(self._render_memory, self._shots.values())
        self.cut_mode = state.cut_mode
        self.model_id = state.model_id
        self.prompt = state.prompt
        self.values = copy.deepcopy(state.values)
        # The same objects where they still exist: a render under way keeps its shot.
        self._frames = restored_frames(self._frames, state.frames)
        shots = restored_shots(self._shots.values(), state.shots, self._render_memory)
        self._shots = {shot.key: shot for shot in shots}
        self._sync_shots()

    # --- saving and opening ------------------------------------------------------------

    def to_document(self, folder: Path | None = None) -> dict[str, Any]:
        """The board as the JSON document saved on disk, paths relative to ``folder``."""
        contents = BoardContents(
            cut_mode=self.cut_mode,
            model_id=self.model_id,
            prompt=self.prompt,
            values=self.values,
            frames=list(self._frames),
            shots=list(self._shots.values()),
            extra=self.extra,
        )
        return write_document(contents, folder if folder is not None else self.folder)

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
        contents = read_document(doc, folder, source=source)
        board = cls(
            model_id=contents.model_id,
            cut_mode=contents.cut_mode,
            values=contents.values,
            prompt=contents.prompt,
        )
        board.extra = contents.extra
        board._frames = contents.frames
        board._shots = {shot.key: shot for shot in contents.shots}
        board._sync_shots()
        return board

    @classmethod
    def load(cls, path: Path | str) -> Storyboard:
        """Open a board file. Missing frame images are not an error: see :meth:`missing_frames`.

        Raises :class:`StoryboardError` for a file that is not a board, or one saved by a
        newer Storyreel.
        """
        path = expand_user(Path(path)).absolute()
        shown = safe_json.printable(str(path))
        try:
            doc = safe_json.read_json_file(
                path, said(QT_TRANSLATE_NOOP("Errors", "The storyboard file {path}"), path=shown)
            )
        except FileNotFoundError:
            raise StoryboardError.said(
                QT_TRANSLATE_NOOP("Errors", "The storyboard file {path} does not exist."),
                path=shown,
            ) from None
        except FileFormatError as exc:
            raise StoryboardError.said(
                QT_TRANSLATE_NOOP("Errors", "{error} The file was left as it is."),
                error=exc.message,
            ) from None
        board = cls.from_document(doc, path.parent, source=safe_json.printable(path.name))
        board.path = path
        return board


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
