"""Images coming into the window: where they come from, how they are checked, where they show.

sources   files, URLs, pastes and drags, and the files image data becomes
checking  the states of one image (an enum with its transitions) and the presenter
          that loads, checks, fixes and restores it
preview   the picture with the chosen aspect ratio's framing
rules     the rule rows and the one-click fix buttons
fix_actions  what the fix buttons and the Frame button do (one click, undoable)
zone      the DropZone widget (one image for one field)
strip     the ImageStrip (an ordered list of zones for an image list field)
"""

from app.ui.images.checking import THUMBNAIL_SIDE, ImageCheck, Inspection, State, fixed_dir
from app.ui.images.fix_actions import FixActions
from app.ui.images.preview import Preview, parse_ratio
from app.ui.images.rules import compact_limit
from app.ui.images.sources import (
    IMAGE_FILE_PATTERNS,
    REORDER_MIME,
    Source,
    SourceKind,
    inputs_dir,
    offers_images,
    sources_from_mime,
)
from app.ui.images.strip import ImageStrip
from app.ui.images.zone import DropZone

__all__ = [
    "IMAGE_FILE_PATTERNS",
    "REORDER_MIME",
    "THUMBNAIL_SIDE",
    "DropZone",
    "FixActions",
    "ImageCheck",
    "ImageStrip",
    "Inspection",
    "Preview",
    "Source",
    "SourceKind",
    "State",
    "compact_limit",
    "fixed_dir",
    "inputs_dir",
    "offers_images",
    "parse_ratio",
    "sources_from_mime",
]
