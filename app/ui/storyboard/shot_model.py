"""The shots of the board as a list model: plan, state, price and picture of each."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QImage,
)

from app.core.catalogue import Catalogue
from app.core.storyboard import (
    PlannedShot,
    ShotStatus,
    Storyboard,
    plan_shots,
    shot_status,
)
from app.ui import theme
from app.ui.numbers import decimal
from app.ui.problems import problem_text
from app.ui.queue_model import money

if TYPE_CHECKING:
    from app.ui.bridge import BoardEstimate
from app.ui.storyboard.constants import (
    _WAITING_STATES,
    ACCENT_ROLE,
    COST_ROLE,
    FRAME_ROWS_ROLE,
    MODEL_NAME_ROLE,
    OFFLINE,
    PICTURE_ROLE,
    PLANNED_ROLE,
    SECONDS_ROLE,
    SHOT_ROLE,
    STATE_TEXT_ROLE,
    STATUS_ROLE,
    tr,
)
from app.ui.storyboard.pictures import PictureCache


def state_text(status: ShotStatus | None, job_state: str | None, errors: bool) -> str:
    """A shot's state in the words its card shows."""
    if status is None:
        return tr("Checking…")
    if status is ShotStatus.RENDERING:
        return tr("Queued") if job_state in _WAITING_STATES else tr("Rendering")
    if status is ShotStatus.NOT_RENDERED and errors:
        return tr("Not ready")
    return {
        ShotStatus.DONE: tr("Done"),
        ShotStatus.NOT_RENDERED: tr("Not rendered"),
        ShotStatus.OUT_OF_DATE: tr("Out of date"),
        ShotStatus.CLIP_MISSING: tr("Clip missing"),
        ShotStatus.FAILED: tr("Failed"),
        ShotStatus.CANCELLED: tr("Cancelled"),
        ShotStatus.UNCERTAIN: tr("Uncertain"),
    }[status]


def state_accent(status: ShotStatus | None, errors: bool) -> theme.Accent:
    if status is ShotStatus.DONE:
        return theme.Accent.VALID
    if status in (ShotStatus.FAILED, ShotStatus.CLIP_MISSING):
        return theme.Accent.INVALID
    if status in (ShotStatus.UNCERTAIN, ShotStatus.OUT_OF_DATE):
        return theme.Accent.WARNING
    if status is ShotStatus.NOT_RENDERED and errors:
        return theme.Accent.WARNING
    if status is ShotStatus.RENDERING or status is None:
        return theme.Accent.CHECKING
    return theme.Accent.NEUTRAL


def _signature(planned: PlannedShot) -> str:
    """What a shot's input key depends on, cheaply: its model, its values and the files'
    sizes and modification times (the key itself hashes their content, in a worker)."""
    stats = []
    for frame in planned.frames:
        try:
            stat = frame.image.stat()
            stats.append([str(frame.image), stat.st_size, stat.st_mtime_ns])
        except OSError:
            stats.append([str(frame.image), None, None])
    return json.dumps([planned.model_id, planned.values, stats], sort_keys=True, default=str)


class ShotModel(QAbstractListModel):
    """The shots of the current cut, planned, with their state, length, cost and picture."""

    def __init__(
        self, catalogue: Catalogue, pictures: PictureCache, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._pictures = pictures
        self._board: Storyboard | None = None
        self._planned: list[PlannedShot] = []
        self._signatures: list[str] = []
        self._frame_rows: list[tuple[int, ...]] = []
        self._statuses: list[ShotStatus | None] = []
        self._keys: dict[str, str] = {}
        self._last_status: dict[str, ShotStatus] = {}
        self._prices: dict[str, float | None] = {}

    def set_board(self, board: Storyboard) -> None:
        self._board = board
        self._prices = {}
        self._last_status = {}
        self.replan()

    def replan(self) -> list[tuple[str, PlannedShot]]:
        """Plan every shot again; returns the input keys still to work out (in a worker)."""
        self.beginResetModel()
        board = self._board
        self._planned = plan_shots(board, self._catalogue) if board is not None else []
        self._signatures = [_signature(p) for p in self._planned]
        positions = {f.id: i for i, f in enumerate(board.frames)} if board is not None else {}
        self._frame_rows = [tuple(positions[f.id] for f in p.frames) for p in self._planned]
        self._compute_statuses()
        self.endResetModel()
        if len(self._keys) > 4 * max(64, len(self._planned)):
            wanted = set(self._signatures)
            self._keys = {s: k for s, k in self._keys.items() if s in wanted}
        return [
            (signature, dataclasses.replace(p, shot=copy.copy(p.shot)))
            for signature, p in zip(self._signatures, self._planned, strict=True)
            if signature not in self._keys
        ]

    def set_keys(self, keys: dict[str, str]) -> None:
        self._keys.update(keys)
        self.refresh()

    def refresh(self) -> None:
        """Job states or clips changed (not the inputs): work the states out again."""
        self._compute_statuses()
        if self._planned:
            self.dataChanged.emit(self.index(0), self.index(len(self._planned) - 1))

    def set_prices(self, estimate: BoardEstimate) -> None:
        for price in estimate.prices:
            if 0 <= price.index < len(self._planned):
                self._prices[self._planned[price.index].shot.id] = price.estimate
        self.refresh()

    def _compute_statuses(self) -> None:
        statuses: list[ShotStatus | None] = []
        for planned, signature in zip(self._planned, self._signatures, strict=True):
            shot = planned.shot
            key = self._keys.get(signature)
            if key is not None:
                status: ShotStatus | None = shot_status(planned, key)
            elif shot.job_state in _WAITING_STATES or shot.job_state in ("running", "downloading"):
                status = ShotStatus.RENDERING
            elif shot.clip is None and shot.job_state is None:
                status = ShotStatus.NOT_RENDERED
            else:
                status = self._last_status.get(shot.id)
            if status is not None:
                self._last_status[shot.id] = status
            statuses.append(status)
        self._statuses = statuses

    # -- reading --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._planned)

    def planned(self, row: int) -> PlannedShot:
        return self._planned[row]

    def all_planned(self) -> list[PlannedShot]:
        return list(self._planned)

    def status(self, row: int) -> ShotStatus | None:
        return self._statuses[row]

    def row_of(self, shot_id: str) -> int | None:
        for row, planned in enumerate(self._planned):
            if planned.shot.id == shot_id:
                return row
        return None

    def frame_rows(self, row: int) -> tuple[int, ...]:
        return self._frame_rows[row]

    def cost_text(self, row: int) -> str:
        shot = self._planned[row].shot
        if self._statuses[row] is ShotStatus.DONE:
            if shot.clip_engine == OFFLINE:
                return tr("Free preview")
            return money(shot.cost) if shot.cost is not None else ""
        price = self._prices.get(shot.id)
        if price is None:
            return ""
        return tr("Free") if price == 0 else tr("≈ {price}").format(price=money(price))

    def picture(self, row: int) -> QImage | None:
        planned = self._planned[row]
        if self._statuses[row] is ShotStatus.DONE and planned.shot.clip is not None:
            return self._pictures.image(planned.shot.clip, clip=True)
        return self._pictures.image(planned.frames[0].image) if planned.frames else None

    def model_name(self, row: int) -> str:
        planned = self._planned[row]
        return planned.model.display_name if planned.model is not None else planned.model_id

    def describe(self, row: int) -> str:
        """The card in one sentence, for screen readers and tooltips."""
        planned = self._planned[row]
        parts = [
            tr("Shot {n}").format(n=planned.number),
            state_text(self._statuses[row], planned.shot.job_state, bool(planned.errors)),
            tr("{s} s").format(s=decimal(planned.seconds)),
            self.model_name(row),
        ]
        cost = self.cost_text(row)
        if cost:
            parts.append(cost)
        text = ", ".join(parts)
        if planned.errors and self._statuses[row] is not ShotStatus.DONE:
            text += ". " + problem_text(planned.errors[0])
        elif planned.shot.error and self._statuses[row] in (
            ShotStatus.FAILED,
            ShotStatus.UNCERTAIN,
        ):
            text += ". " + planned.shot.error
        return text

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._planned):
            return None
        row = index.row()
        planned = self._planned[row]
        status = self._statuses[row]
        errors = bool(planned.errors)
        if role == SHOT_ROLE:
            return planned.shot
        if role == PLANNED_ROLE:
            return planned
        if role == STATUS_ROLE:
            return status.value if status is not None else None  # Qt hands enums back as str
        if role == STATE_TEXT_ROLE:
            return state_text(status, planned.shot.job_state, errors)
        if role == ACCENT_ROLE:
            return state_accent(status, errors)
        if role == SECONDS_ROLE:
            return planned.seconds
        if role == COST_ROLE:
            return self.cost_text(row)
        if role == FRAME_ROWS_ROLE:
            return self._frame_rows[row]
        if role == PICTURE_ROLE:
            return self.picture(row)
        if role == MODEL_NAME_ROLE:
            return self.model_name(row)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.describe(row)
        return None
