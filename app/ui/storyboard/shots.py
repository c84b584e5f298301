"""The shot cards under the strip: selection, scrolling with the strip, keys and mouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from app.ui.storyboard.constants import CARD_PADDING, CARD_WIDTH, CONNECTOR_HEIGHT, THUMB_HEIGHT
from app.ui.storyboard.frames import FrameStrip
from app.ui.storyboard.painting import paint_card, paint_connector
from app.ui.storyboard.shot_model import ShotModel


class ShotRow(QWidget):
    """The shot cards, each under its frame (or between its two frames), scrolled with the
    strip. Click to select (Ctrl/Shift for more), ←/→ to move, Enter plays from the shot."""

    current_changed = Signal(str)  # shot id ("" when none)
    selection_changed = Signal()
    menu_requested = Signal(int, QPoint)  # row, global position
    activated = Signal(int)  # row

    def __init__(
        self,
        strip: FrameStrip,
        model: ShotModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.strip = strip
        self.model = model
        self._current = ""
        self._selected: set[str] = set()
        self._anchor = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Shots"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = QFontMetrics(self.font()).height()
        self._card_height = CARD_PADDING * 2 + THUMB_HEIGHT + 6 + 3 * line
        self.setFixedHeight(CONNECTOR_HEIGHT + self._card_height + 4)
        strip.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        strip.geometry_changed.connect(self.update)
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(lambda *_: self._data_changed())

    # -- selection ------------------------------------------------------------------------

    def current_id(self) -> str:
        return self._current

    def is_selected(self, shot_id: str) -> bool:
        return shot_id in self._selected

    def current_row(self) -> int | None:
        return self.model.row_of(self._current) if self._current else None

    def selected_rows(self) -> list[int]:
        rows = [self.model.row_of(i) for i in self._selected]
        return sorted(r for r in rows if r is not None)

    def set_current_row(
        self, row: int | None, *, extend: bool = False, toggle: bool = False
    ) -> None:
        count = self.model.rowCount()
        if row is None or not 0 <= row < count:
            changed = bool(self._current)
            self._current, self._selected, self._anchor = "", set(), ""
            self.update()
            if changed:
                self.current_changed.emit("")
                self.selection_changed.emit()
            return
        shot_id = self.model.planned(row).shot.id
        if toggle:
            if shot_id in self._selected and len(self._selected) > 1:
                self._selected.discard(shot_id)
            else:
                self._selected.add(shot_id)
            self._anchor = shot_id
        elif extend and self._anchor and self.model.row_of(self._anchor) is not None:
            anchor = self.model.row_of(self._anchor)
            assert anchor is not None
            low, high = sorted((anchor, row))
            self._selected = {self.model.planned(r).shot.id for r in range(low, high + 1)}
        else:
            self._selected = {shot_id}
            self._anchor = shot_id
        changed = shot_id != self._current
        self._current = shot_id
        self._scroll_to(row)
        self._refresh_accessibility()
        self.update()
        if changed:
            self.current_changed.emit(shot_id)
        self.selection_changed.emit()

    def select_all(self) -> None:
        self._selected = {p.shot.id for p in self.model.all_planned()}
        self.update()
        self.selection_changed.emit()

    def _model_reset(self) -> None:
        """Keep the selection by shot, not by position: a replan may move shots around."""
        present = {p.shot.id for p in self.model.all_planned()}
        self._selected &= present
        if self._current not in present:
            self._current = ""
        self._refresh_accessibility()
        self.update()

    def _data_changed(self) -> None:
        self._refresh_accessibility()
        self.update()

    def _refresh_accessibility(self) -> None:
        row = self.current_row()
        self.setAccessibleDescription(self.model.describe(row) if row is not None else "")

    def _scroll_to(self, row: int) -> None:
        frames = self.model.frame_rows(row)
        strip_model = self.strip.model()
        if frames and strip_model is not None:
            self.strip.scrollTo(strip_model.index(frames[-1], 0))
            self.strip.scrollTo(strip_model.index(frames[0], 0))

    # -- geometry -------------------------------------------------------------------------

    def _strip_offset(self) -> int:
        """Where the strip's viewport starts, in this widget's coordinates."""
        window = self.window()
        strip_left = self.strip.viewport().mapTo(window, QPoint(0, 0)).x()
        return strip_left - self.mapTo(window, QPoint(0, 0)).x()

    def frame_centres(self, row: int) -> list[float]:
        strip_model = self.strip.model()
        if strip_model is None:
            return []
        offset = self._strip_offset()
        centres = []
        for frame_row in self.model.frame_rows(row):
            rect = self.strip.visualRect(strip_model.index(frame_row, 0))
            if rect.isValid():
                centres.append(rect.center().x() + 0.5 + offset)
        return centres

    def card_rect(self, row: int) -> QRect | None:
        centres = self.frame_centres(row)
        if not centres:
            return None
        centre = sum(centres) / len(centres)
        return QRect(
            round(centre - CARD_WIDTH / 2), CONNECTOR_HEIGHT, CARD_WIDTH, self._card_height
        )

    def row_at(self, pos: QPoint) -> int | None:
        for row in range(self.model.rowCount()):
            rect = self.card_rect(row)
            if rect is not None and rect.contains(pos):
                return row
        return None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        count = self.model.rowCount()
        if not count:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("The shots cut from your frames appear here.")
            if self.strip.model() is not None and self.strip.model().rowCount() == 1:
                text = self.tr(
                    "One clip per pair of frames needs at least two frames: add another."
                )
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        visible = event.rect()
        for row in range(count):
            rect = self.card_rect(row)
            if rect is None or not rect.adjusted(-CARD_WIDTH, 0, CARD_WIDTH, 0).intersects(visible):
                continue
            paint_connector(self, painter, row, rect, palette)
            paint_card(self, painter, row, rect, palette)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is None:
            super().mousePressEvent(event)
            return
        modifiers = event.modifiers()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.RightButton and row in self.selected_rows():
            return  # keep a multiple selection for its context menu
        self.set_current_row(
            row,
            extend=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            toggle=bool(modifiers & Qt.KeyboardModifier.ControlModifier),
        )
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is not None:
            self.activated.emit(row)
            event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.pos())
        if row is None:
            row = self.current_row()
        if row is not None:
            if self.model.planned(row).shot.id not in self._selected:
                self.set_current_row(row)
            self.menu_requested.emit(row, event.globalPos())
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        count = self.model.rowCount()
        row = self.current_row()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            if key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = count - 1
            elif row is None:
                target = 0
            else:
                step = -1 if key == Qt.Key.Key_Left else 1
                target = max(0, min(count - 1, row + step))
            self.set_current_row(target, extend=shift)
        elif key == Qt.Key.Key_A and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self.activated.emit(row)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        # The row has no scroll bar of its own: it scrolls with the strip.
        bar = self.strip.horizontalScrollBar()
        delta = event.angleDelta()
        steps = delta.x() if delta.x() else delta.y()
        bar.setValue(bar.value() - steps)
        event.accept()

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if not self._current and self.model.rowCount():
            self.set_current_row(0)
        self.update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()


# --- inline notices ----------------------------------------------------------------------------
