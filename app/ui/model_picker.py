"""The model picker: a combo box of the catalogue's models under their family headers.

ByteDance's video models come first, by display name under their family; every other model
of RunComfy's catalogue follows under "All RunComfy models" (headers cannot be chosen). Each
model says what it takes ("first frame", "first and last frame", "1–4 reference images",
"video", "audio", "text only"), whether it makes sound, its price unit, and whether it is new
since the catalogue was read before. The popup has a search field
(:mod:`app.ui.model_search`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.catalogue import Model
from app.core.catalogue_source import is_bytedance_video, takes
from app.ui import theme
from app.ui.model_notes import notes_text
from app.ui.model_roles import (
    GROUP_ROLE,
    HEADER_ROLE,
    MODEL_ID_ROLE,
    NEW_ROLE,
    PRICE_ROLE,
    SEARCH_TEXT_ROLE,
    SUMMARY_ROLE,
)

if TYPE_CHECKING:
    from app.ui.model_search import ModelSearchPopup


class ModelItemDelegate(QStyledItemDelegate):
    """Family headers in small capitals; each model with what it takes on a second line."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        if index.data(HEADER_ROLE):
            return QSize(200, metrics.height() + theme.SPACING)
        name_width = metrics.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole)))
        if index.data(NEW_ROLE):
            name_width += metrics.horizontalAdvance(str(index.data(NEW_ROLE))) + theme.SPACING * 2
        summary = f"{index.data(SUMMARY_ROLE) or ''}    {index.data(PRICE_ROLE) or ''}"
        summary_width = metrics.horizontalAdvance(summary)
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
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignVCenter, name)
        badge = str(index.data(NEW_ROLE) or "")
        if badge:
            self._paint_badge(painter, option, inner, line, name, badge)
        painter.setPen(text_colour if selected else theme.muted(palette))
        second = QRect(inner.left(), inner.top() + line, inner.width(), line)
        summary = str(index.data(SUMMARY_ROLE) or "")
        if summary:
            painter.drawText(second, Qt.AlignmentFlag.AlignVCenter, summary)
        price = str(index.data(PRICE_ROLE) or "")
        if price:
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(second, right, price)
        painter.restore()

    @staticmethod
    def _paint_badge(
        painter: QPainter,
        option: QStyleOptionViewItem,
        inner: QRect,
        line: int,
        name: str,
        badge: str,
    ) -> None:
        """A small "New" mark after the model's name."""
        metrics = option.fontMetrics
        left = inner.left() + metrics.horizontalAdvance(name) + theme.SPACING
        width = metrics.horizontalAdvance(badge) + theme.SPACING
        box = QRect(left, inner.top() + 2, width, line - 4)
        palette = option.palette
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)


class ModelPicker(QComboBox):
    """The models by display name, grouped under their family, each with what it takes."""

    model_changed = Signal(object)

    def __init__(self, models: Iterable[Model] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._models: dict[str, Model] = {}
        self._popup: ModelSearchPopup | None = None
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
        self.blockSignals(True)
        try:
            self._items.clear()
            self._models = {}
            for group, members in self._groups(models):
                self._add_header(group)
                for m in members:
                    self._items.appendRow(self._item(m, group))
                    self._models[m.model_id] = m
        finally:
            self.blockSignals(False)
        if keep is not None and keep.model_id in self._models:
            self.set_current_model(keep.model_id)
        else:
            first = next(iter(self._models), None)
            self.setCurrentIndex(self._row_of(first) if first else -1)

    def _groups(self, models: Iterable[Model]) -> list[tuple[str, list[Model]]]:
        """ByteDance's video models by family, then every other model in one group."""
        grouped: dict[str, list[Model]] = {}
        others: list[Model] = []
        for m in models:
            if is_bytedance_video(m):
                grouped.setdefault(m.family, []).append(m)
            else:
                others.append(m)
        groups = list(grouped.items())
        if others:
            others.sort(key=lambda m: (m.family.lower(), m.display_name.lower()))
            groups.append((self.tr("All RunComfy models"), others))
        return groups

    def _add_header(self, group: str) -> None:
        header = QStandardItem(group)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        header.setData(True, HEADER_ROLE)
        header.setData(group, GROUP_ROLE)
        header.setAccessibleText(self.tr("{family} models").format(family=group))
        self._items.appendRow(header)

    def _item(self, m: Model, group: str) -> QStandardItem:
        item = QStandardItem(m.display_name)
        summary = self.takes_text(m)
        price = self.price_text(m)
        item.setData(m.model_id, MODEL_ID_ROLE)
        item.setData(summary, SUMMARY_ROLE)
        item.setData(price, PRICE_ROLE)
        item.setData(group, GROUP_ROLE)
        item.setData(self.tr("New") if m.is_new else "", NEW_ROLE)
        item.setData(
            " ".join((m.display_name, m.model_id, m.family, summary)), SEARCH_TEXT_ROLE
        )
        item.setData(notes_text(m) or f"{m.model_id}\n{summary}", Qt.ItemDataRole.ToolTipRole)
        spoken = ", ".join(
            part
            for part in (m.display_name, self.tr("new") if m.is_new else "", summary, price)
            if part
        )
        item.setAccessibleText(spoken)
        return item

    def takes_text(self, m: Model) -> str:
        """What the model takes, in words: "first frame, with sound"."""
        words = {
            "first frame": self.tr("first frame"),
            "first and last frame": self.tr("first and last frame"),
            "video": self.tr("video"),
            "audio": self.tr("audio"),
            "text only": self.tr("text only"),
        }
        parts = []
        for taken in takes(m):
            if taken == "references":
                ref = m.role("reference_images") or next(
                    (f for f in m.fields if f.is_image), None
                )
                low = (ref.min_items if ref else None) or 1
                high = ref.max_items if ref else None
                count = f"{low}–{high}" if high else f"{low}+"
                parts.append(self.tr("{count} reference images").format(count=count))
            else:
                parts.append(words.get(taken, taken))
        if m.role("audio") is not None:
            parts.append(self.tr("with sound"))
        return ", ".join(parts)

    def price_text(self, m: Model) -> str:
        if m.price_unit == "second":
            return self.tr("priced per second")
        if m.price_unit == "output":
            return self.tr("priced per video")
        return ""

    # -- the popup with its search field ---------------------------------------------------

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        if self._popup is None:
            from app.ui.model_search import ModelSearchPopup  # made when first opened

            self._popup = ModelSearchPopup(self._items, self.itemDelegate(), self)
            self._popup.chosen.connect(self.setCurrentIndex)
        self._popup.open_at(self, self.currentIndex())

    def hidePopup(self) -> None:  # noqa: N802 (Qt's name)
        if self._popup is not None:
            self._popup.hide()
        super().hidePopup()

    @property
    def popup(self) -> ModelSearchPopup | None:
        return self._popup

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


__all__ = ["ModelItemDelegate", "ModelPicker"]
