"""The takes of one shot as a list model, and the delegate that draws each as a card.

A card shows the take's picture (the middle of its clip), its seed, its model, its settings
and its cost; the chosen take is circled, a rejected one is dimmed and says so, a starred
one carries a star.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.catalogue import Catalogue
from app.core.takes import Take
from app.ui.numbers import money
from app.ui.storyboard.pictures import PictureCache
from app.ui.units import choice_text
from app.ui.widgets.placeholder import paint_placeholder

if TYPE_CHECKING:
    from app.ui.takes.subject import TakesHolder

TAKE_ROLE = Qt.ItemDataRole.UserRole + 1
CHOSEN_ROLE = Qt.ItemDataRole.UserRole + 2
STARRED_ROLE = Qt.ItemDataRole.UserRole + 3
LINES_ROLE = Qt.ItemDataRole.UserRole + 4

CARD = QSize(220, 214)
PICTURE = QSize(204, 116)
_Index = QModelIndex | QPersistentModelIndex


class TakesModel(QAbstractListModel):
    """The takes of one shot, oldest first (the order they were made in)."""

    def __init__(self, catalogue: Catalogue, pictures: PictureCache, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.pictures = pictures
        self.shot: TakesHolder | None = None
        self.starred: set[str] = set()
        self._takes: list[Take] = []
        pictures.updated.connect(self._picture_arrived)

    def show(self, shot: TakesHolder | None, starred: set[str]) -> None:
        self.beginResetModel()
        self.shot = shot
        self.starred = set(starred)
        self._takes = list(shot.takes) if shot is not None else []
        self.endResetModel()

    def take(self, row: int) -> Take:
        return self._takes[row]

    def row_of(self, job_id: str) -> int | None:
        for row, take in enumerate(self._takes):
            if take.job_id == job_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._takes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._takes):
            return None
        take = self._takes[index.row()]
        if role == TAKE_ROLE:
            return take
        if role == CHOSEN_ROLE:
            return self.shot is not None and self.shot.chosen_take == take.job_id
        if role == STARRED_ROLE:
            return take.job_id in self.starred
        if role == LINES_ROLE:
            return self.lines(take)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pictures.image(take.clip, clip=True) if take.exists else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row())
        return None

    def lines(self, take: Take) -> list[str]:
        """Seed, model, settings, cost: the card's lines."""
        name = take.model_id
        if take.model_id in self.catalogue:
            name = self.catalogue.get(take.model_id).display_name
        seed = (
            self.tr("Seed {seed}").format(seed=take.seed)
            if take.seed is not None
            else self.tr("No seed")
        )
        settings = " · ".join(
            self._setting(take.model_id, k, v)
            for k, v in take.values.items()
            if k.lower() != "seed" and v is not None
        )
        if take.cost is None:
            cost = self.tr("cost unknown")
        elif take.cost == 0:
            cost = self.tr("free preview") if take.engine == "offline" else money(0.0)
        else:
            cost = money(take.cost)
        return [seed, name, settings or self.tr("default settings"), cost]

    def _setting(self, model_id: str, name: str, value: Any) -> str:
        """A setting as the panel says it: "121 frames ≈ 5 s", "480p", "Camera fixed: on"."""
        model = self.catalogue.get(model_id) if model_id in self.catalogue else None
        if model is None or not model.has_field(name):
            return f"{name} {value}"
        field = model.field(name)
        if field.choices:
            return choice_text(field, value)
        if isinstance(value, bool):
            return f"{field.title}: " + (self.tr("on") if value else self.tr("off"))
        return f"{field.title} {value}"

    def describe(self, row: int) -> str:
        take = self._takes[row]
        parts = [self.tr("Take {n}").format(n=row + 1), *self.lines(take)]
        if self.shot is not None and self.shot.chosen_take == take.job_id:
            parts.append(self.tr("chosen: the sequence plays it"))
        if take.rejected:
            parts.append(self.tr("rejected, kept"))
        if take.job_id in self.starred:
            parts.append(self.tr("starred"))
        if not take.exists:
            parts.append(self.tr("its file is missing"))
        return ", ".join(parts)

    def _picture_arrived(self, path: str) -> None:
        for row, take in enumerate(self._takes):
            if str(take.clip) == path:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class TakeDelegate(QStyledItemDelegate):
    """One take as a card: the picture, the lines, the circle of the chosen one."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        take: Take = index.data(TAKE_ROLE)
        palette = option.palette
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        if selected:
            background.setAlpha(60)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect), 8, 8)
        if take.rejected:
            painter.setOpacity(0.45)
        picture_rect = QRect(rect.left() + 4, rect.top() + 4, PICTURE.width(), PICTURE.height())
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if image is not None and not image.isNull():
            scaled = image.scaled(
                picture_rect.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = picture_rect.left() + (picture_rect.width() - scaled.width()) // 2
            painter.drawImage(x, picture_rect.top(), scaled)
        else:
            painter.fillRect(picture_rect, palette.color(QPalette.ColorRole.AlternateBase))
            if self._unavailable(index, take):  # its clip is gone or broken: say it is a clip
                device = painter.device()
                ratio = device.devicePixelRatioF() if device is not None else 1.0
                paint_placeholder(painter, picture_rect, "film", palette, ratio, side=32)
        self._paint_lines(painter, palette, rect, index.data(LINES_ROLE))
        painter.setOpacity(1.0)
        if take.rejected:
            self._badge(painter, picture_rect, self.tr("Rejected"), QColor(90, 90, 90))
        if index.data(CHOSEN_ROLE):
            self._circle(painter, rect)
        if index.data(STARRED_ROLE):
            font = QFont(painter.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.setPen(QColor(240, 190, 40))
            star_rect = QRect(picture_rect.right() - 28, picture_rect.top() + 2, 26, 26)
            painter.drawText(star_rect, Qt.AlignmentFlag.AlignCenter, "★")
        painter.restore()

    @staticmethod
    def _unavailable(index: _Index, take: Take) -> bool:
        """True once a worker found the take's clip gone or unreadable (asked for here when
        the model did not: the disk is never looked at on this thread)."""
        model = index.model()
        if not isinstance(model, TakesModel):
            return False
        pictures = model.pictures
        return pictures.image(take.clip, clip=True) is None and pictures.unavailable(
            take.clip, clip=True
        )

    def _paint_lines(self, painter: QPainter, palette: QPalette, rect: QRect, lines) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        y = rect.top() + 8 + PICTURE.height()
        for n, line in enumerate(lines or ()):
            font = QFont(painter.font())
            font.setBold(n == 0)
            painter.setFont(font)
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width() - 12)
            painter.drawText(
                QRect(rect.left() + 6, y, rect.width() - 12, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            y += metrics.height() + 1

    def _circle(self, painter: QPainter, rect: QRect) -> None:
        """The chosen take is circled, as on a contact sheet."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(220, 60, 50), 3))
        painter.drawEllipse(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))

    def _badge(self, painter: QPainter, where: QRect, text: str, colour: QColor) -> None:
        metrics = painter.fontMetrics()
        box = QRect(
            where.left() + 6,
            where.top() + 6,
            metrics.horizontalAdvance(text) + 12,
            metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(box), 4, 4)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
