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

The package, by what each part does (each imports only those above it):

* :mod:`.model`: frames, shots, the cuts, and the error a board raises;
* :mod:`.edit_state`: what the user edits, frozen for undo, and how it is put back;
* :mod:`.file_format`: the versioned JSON file, its checks and its upgrades;
* :mod:`.board`: :class:`Storyboard`, the frames and the shots planned from them;
* :mod:`.planning`: each shot's model and request values, and what stops it being sent;
* :mod:`.status`: whether a clip still fits its shot (:func:`input_key`), and its status;
* :mod:`.sequence`: the board's timing, for "Play sequence";
* :mod:`.shot_list`: the shot list, exported as JSON or CSV;
* :mod:`.cut`: the board as an editor's cut (clips in frames, at their rates);
* :mod:`.interchange`: edit lists through OpenTimelineIO (.otio, .xml, .edl) and reading
  an edited one back; :mod:`.conform`: what an edited one changes on the board;
* :mod:`.captions`, :mod:`.burn_in`, :mod:`.board_pdf`, :mod:`.trimming`: captions, their
  burn-in, the board PDF and the animatic's trims; :mod:`.handoff`: every export by kind.

Every public name of the modules up to :mod:`.shot_list` is importable from here; the
hand-off modules (which load OpenTimelineIO and PyAV) are imported by their own names. No
Qt and no network here: the window and the command line build on this package.
"""

from app.core.storyboard.board import RECENT_LIMIT, Storyboard, remember_recent
from app.core.storyboard.edit_state import BoardState
from app.core.storyboard.file_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    UPGRADES,
    upgrade_document,
)
from app.core.storyboard.model import (
    DEFAULT_MODEL_ID,
    FILE_SUFFIX,
    IMAGE_SUFFIXES,
    CutMode,
    Frame,
    Shot,
    StoryboardError,
    is_image_file,
    natural_key,
)
from app.core.storyboard.planning import (
    FALLBACK_SHOT_SECONDS,
    PlannedShot,
    frame_problems,
    plan_shot,
    plan_shots,
    require_ready,
    suggest_pair_model,
)
from app.core.storyboard.sequence import Segment, sequence, total_duration
from app.core.storyboard.shot_list import (
    SHOT_LIST_COLUMNS,
    export_shot_list_csv,
    export_shot_list_json,
    shot_list,
)
from app.core.storyboard.status import (
    ShotStatus,
    clip_is_current,
    content_identity,
    input_key,
    shot_status,
)

__all__ = [
    "BoardState",
    "DEFAULT_MODEL_ID",
    "FALLBACK_SHOT_SECONDS",
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "IMAGE_SUFFIXES",
    "RECENT_LIMIT",
    "SHOT_LIST_COLUMNS",
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
    "is_image_file",
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
