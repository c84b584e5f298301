"""The storyboard view's sizes, item roles and frame verdicts, in one place."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from app.core.engines import EngineKind
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD  # noqa: F401 (re-exported)

OFFLINE = EngineKind.OFFLINE

CARD_WIDTH = 164
CARD_GAP = 14
CARD_PADDING = 8
THUMB_WIDTH = CARD_WIDTH - 2 * CARD_PADDING
THUMB_HEIGHT = round(THUMB_WIDTH * 9 / 16)
CONNECTOR_HEIGHT = 14
BADGE = 22
# Thumbnails are decoded at twice their drawn size: sharp at 200 % scaling.
PICTURE_SIDE = THUMB_WIDTH * 2
FRAME_MIME = "application/x-storyreel-frames"
AUTOSAVE_MS = 800
REPLAN_MS = 120
SEQUENCE_REFRESH_MS = 250
DROP_SCROLL_MARGIN = 32
DROP_SCROLL_STEP = 24

FRAME_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3
SHOT_ROLE = Qt.ItemDataRole.UserRole + 10
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 11
STATUS_ROLE = Qt.ItemDataRole.UserRole + 12
STATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 13
ACCENT_ROLE = Qt.ItemDataRole.UserRole + 14
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 15
COST_ROLE = Qt.ItemDataRole.UserRole + 16
FRAME_ROWS_ROLE = Qt.ItemDataRole.UserRole + 17
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 18
MODEL_NAME_ROLE = Qt.ItemDataRole.UserRole + 19

# Verdicts of a frame's check.
CHECKING = "checking"
VALID = "valid"
INVALID = "invalid"

# The shot's job has been sent and waits (Queued) or is being made (Rendering).
_WAITING_STATES = frozenset({"pending", "submitting", "queued"})


def tr(text: str) -> str:
    return QCoreApplication.translate("Storyboard", text)
