"""The model picker: a combo box of the catalogue's models under their family headers.

Models are listed by display name under their family (headers cannot be chosen), each with
what it takes ("first and last frame", "1–4 reference images", "audio").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.catalogue import Model
from app.ui import theme

MODEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3


class ModelItemDelegate(QStyledItemDelegate):
    """Family headers in small capitals; each model with what it takes on a second line."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        if index.data(HEADER_ROLE):
            return QSize(200, metrics.height() + theme.SPACING)
        name_width = metrics.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole)))
        summary_width = metrics.horizontalAdvance(str(index.data(SUMMARY_ROLE) or ""))
        width = max(name_width, summary_width) + theme.SPACING * 4
        return QSize(width, metrics.height() * 2 + theme.SPACING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette = option.palette
        painter.save()
        rect = QRect(option.rect)
        if index.data(HEADER_ROLE):
            font = QFont(option.font)
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.SmallCaps)
            painter.setFont(font)
            painter.setPen(theme.muted(palette))
            text_rect = rect.adjusted(theme.SPACING, 0, -theme.SPACING, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, index.data())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        line = option.fontMetrics.height()
        inner = rect.adjusted(theme.SPACING * 2, theme.SPACING // 2, -theme.SPACING, 0)
        painter.setFont(option.font)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )
        summary = str(index.data(SUMMARY_ROLE) or "")
        if summary:
            painter.setPen(text_colour if selected else theme.muted(palette))
            painter.drawText(
                QRect(inner.left(), inner.top() + line, inner.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                summary,
            )
        painter.restore()


class ModelPicker(QComboBox):
    """The models by display name, grouped under their family, each with what it takes."""

    model_changed = Signal(object)

    def __init__(self, models: Iterable[Model] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._models: dict[str, Model] = {}
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setItemDelegate(ModelItemDelegate(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("The video model that makes the clip."))
        self.currentIndexChanged.connect(self._index_changed)
        self.set_models(models)

    def set_models(self, models: Iterable[Model]) -> None:
        keep = self.current_model()
        grouped: dict[str, list[Model]] = {}
        for m in models:
            grouped.setdefault(m.family, []).append(m)
        self.blockSignals(True)
        try:
            self._items.clear()
            self._models = {}
            for family, members in grouped.items():
                header = QStandardItem(family)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setData(True, HEADER_ROLE)
                header.setAccessibleText(self.tr("{family} models").format(family=family))
                self._items.appendRow(header)
                for m in members:
                    item = QStandardItem(m.display_name)
                    summary = m.capability_summary()
                    item.setData(m.model_id, MODEL_ID_ROLE)
                    item.setData(summary, SUMMARY_ROLE)
                    item.setData(m.notes or summary, Qt.ItemDataRole.ToolTipRole)
                    spoken = f"{m.display_name}, {summary}" if summary else m.display_name
                    item.setAccessibleText(spoken)
                    self._items.appendRow(item)
                    self._models[m.model_id] = m
        finally:
            self.blockSignals(False)
        if keep is not None and keep.model_id in self._models:
            self.set_current_model(keep.model_id)
        else:
            first = next(iter(self._models), None)
            self.setCurrentIndex(self._row_of(first) if first else -1)

    def models(self) -> list[Model]:
        return list(self._models.values())

    def current_model(self) -> Model | None:
        model_id = self.currentData(MODEL_ID_ROLE)
        return self._models.get(model_id) if model_id else None

    def set_current_model(self, model: Model | str) -> bool:
        """Select a model by object or id; False when it is not in the list."""
        model_id = model if isinstance(model, str) else model.model_id
        row = self._row_of(model_id)
        if row < 0:
            return False
        self.setCurrentIndex(row)
        return True

    def summary_of(self, model_id: str) -> str:
        row = self._row_of(model_id)
        return str(self.itemData(row, SUMMARY_ROLE) or "") if row >= 0 else ""

    def is_header(self, row: int) -> bool:
        return bool(self.itemData(row, HEADER_ROLE))

    def _row_of(self, model_id: str | None) -> int:
        for row in range(self.count()):
            if model_id is not None and self.itemData(row, MODEL_ID_ROLE) == model_id:
                return row
        return -1

    def _index_changed(self, row: int) -> None:
        model = self.current_model()
        if model is not None:
            self.model_changed.emit(model)


__all__ = ["HEADER_ROLE", "MODEL_ID_ROLE", "SUMMARY_ROLE", "ModelItemDelegate", "ModelPicker"]
