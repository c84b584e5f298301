"""The Storyboard view, as a package whose module names say what each part does (see
:mod:`app.ui.storyboard.view`)."""

from app.ui.modes import ModeSwitch
from app.ui.storyboard.background import extract_last_frame
from app.ui.storyboard.constants import MODE_SINGLE, MODE_STORYBOARD
from app.ui.storyboard.document import BoardDocument, BoardEdit
from app.ui.storyboard.frames import FrameStrip, FrameStripModel
from app.ui.storyboard.pictures import PictureCache
from app.ui.storyboard.shot_model import ShotModel, state_text
from app.ui.storyboard.shots import ShotRow
from app.ui.storyboard.view import StoryboardView

__all__ = [
    "BoardDocument",
    "BoardEdit",
    "FrameStrip",
    "FrameStripModel",
    "MODE_SINGLE",
    "MODE_STORYBOARD",
    "ModeSwitch",
    "PictureCache",
    "ShotModel",
    "ShotRow",
    "StoryboardView",
    "extract_last_frame",
    "state_text",
]
