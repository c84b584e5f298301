"""Painting the cards: frame cards in the strip, shot cards in the row under it."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.storyboard import (
    ShotStatus,
)
from app.ui import theme
from app.ui.numbers import decimal
from app.ui.storyboard.constants import (
    ACCENT_ROLE,
    BADGE,
    CARD_PADDING,
    CARD_WIDTH,
    COST_ROLE,
    FRAME_ROLE,
    INVALID,
    MODEL_NAME_ROLE,
    NUMBER_ROLE,
    PICTURE_ROLE,
    STATE_TEXT_ROLE,
    THUMB_HEIGHT,
    THUMB_WIDTH,
    VALID,
    VERDICT_ROLE,
)


class CardRow(Protocol):
    """What the shot cards are painted from (the shot row, :class:`ShotRow`)."""

    model: Any  # the ShotModel

    def is_selected(self, shot_id: str) -> bool: ...
    def current_id(self) -> str: ...
    def frame_centres(self, row: int) -> list[float]: ...
    def font(self) -> QFont: ...
    def palette(self) -> QPalette: ...
    def hasFocus(self) -> bool: ...  # noqa: N802 (Qt's name)
    def tr(self, text: str) -> str: ...


def _draw_picture(
    painter: QPainter, target: QRect, image: QImage | None, palette: QPalette
) -> None:
    """A thumbnail fitted into ``target`` on a quiet backdrop (only the backdrop while loading)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(QRectF(target), 4, 4)
    if image is not None and not image.isNull():
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = target.left() + (target.width() - size.width()) / 2
        y = target.top() + (target.height() - size.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
    painter.restore()


# --- frames ------------------------------------------------------------------------------------


def _card_fill(palette: QPalette, selected: bool) -> QColor:
    """A card's background: the base colour, tinted a fifth of the way to the highlight
    when selected, so the picture on it stays readable."""
    fill = QColor(palette.color(QPalette.ColorRole.Base))
    if not selected:
        return fill
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return QColor(
        (fill.red() * 4 + highlight.red()) // 5,
        (fill.green() * 4 + highlight.green()) // 5,
        (fill.blue() * 4 + highlight.blue()) // 5,
    )


def _paint_badge(
    painter: QPainter, thumb: QRect, number: str, font: QFont, palette: QPalette
) -> None:
    """The frame's number in a round badge on its thumbnail."""
    badge = QRectF(thumb.left() + 4, thumb.top() + 4, BADGE, BADGE)
    back = QColor(palette.color(QPalette.ColorRole.Window))
    back.setAlpha(225)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(back)
    painter.drawEllipse(badge)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)


class FrameDelegate(QStyledItemDelegate):
    """One frame card: its number, thumbnail and file name, bordered by its verdict."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(CARD_WIDTH, CARD_PADDING * 2 + THUMB_HEIGHT + 6 + line)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        frame = index.data(FRAME_ROLE)
        if frame is None:
            return
        palette = option.palette
        verdict = index.data(VERDICT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent = {
            VALID: theme.accent(theme.Accent.VALID, palette),
            INVALID: theme.accent(theme.Accent.INVALID, palette),
        }.get(verdict, theme.accent(theme.Accent.CHECKING, palette))
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(_card_fill(palette, selected))
        border = palette.color(QPalette.ColorRole.Highlight) if selected else accent
        painter.setPen(QPen(border, 3.0 if selected else theme.ZONE_BORDER))
        painter.drawRoundedRect(rect, 8, 8)
        if focused and selected:
            painter.setPen(QPen(accent, 1.5))
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 6, 6)

        top_left = option.rect.topLeft() + QPoint(CARD_PADDING, CARD_PADDING)
        thumb = QRect(top_left, QSize(THUMB_WIDTH, THUMB_HEIGHT))
        _draw_picture(painter, thumb, index.data(PICTURE_ROLE), palette)

        _paint_badge(painter, thumb, str(index.data(NUMBER_ROLE)), option.font, palette)

        metrics = QFontMetrics(option.font)
        line = metrics.height()
        text_top = thumb.bottom() + 6
        mark = {VALID: "✓", INVALID: "✗"}.get(verdict, "…")
        mark_width = metrics.horizontalAdvance(mark) + 4
        name_rect = QRect(thumb.left(), text_top, THUMB_WIDTH - mark_width, line)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = metrics.elidedText(frame.name, Qt.TextElideMode.ElideMiddle, name_rect.width())
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setPen(accent)
        painter.drawText(
            QRect(thumb.right() - mark_width, text_top, mark_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            mark,
        )
        painter.restore()


def paint_connector(
    widget: CardRow, painter: QPainter, row: int, card: QRect, palette: QPalette
) -> None:
    """A bracket from the card up to the frame (or the two frames) it is cut from."""
    centres = widget.frame_centres(row)
    painter.setPen(QPen(theme.muted(palette), 1.5))
    middle = card.center().x()
    if len(centres) >= 2:
        left, right = min(centres), max(centres)
        painter.drawLine(round(left), 0, round(left), 5)
        painter.drawLine(round(right), 0, round(right), 5)
        painter.drawLine(round(left), 5, round(right), 5)
        painter.drawLine(middle, 5, middle, card.top())
    else:
        painter.drawLine(middle, 0, middle, card.top())


def paint_card(
    widget: CardRow, painter: QPainter, row: int, rect: QRect, palette: QPalette
) -> None:
    """One shot card: state bar, thumbnail (dimmed until rendered), title, model, state, cost."""
    index = widget.model.index(row)
    planned = widget.model.planned(row)
    shot_id = planned.shot.id
    selected = widget.is_selected(shot_id)
    current = shot_id == widget.current_id()
    accent = theme.accent(index.data(ACCENT_ROLE), palette)
    status = widget.model.status(row)  # the enum itself: through data() it is a plain str
    painter.save()
    card = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
    painter.setBrush(_card_fill(palette, selected))
    border = palette.color(QPalette.ColorRole.Highlight) if selected else theme.muted(palette)
    painter.setPen(QPen(border, 3.0 if current else 1.0))
    painter.drawRoundedRect(card, 8, 8)
    if current and widget.hasFocus():
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
        painter.drawRoundedRect(card.adjusted(4, 4, -4, -4), 6, 6)
    # The state as a bar along the left edge, in its colour.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawRoundedRect(
        QRectF(card.left() + 3, card.top() + 10, theme.ACCENT_BAR, card.height() - 20), 1.5, 1.5
    )

    thumb = QRect(rect.left() + CARD_PADDING, rect.top() + CARD_PADDING, THUMB_WIDTH, THUMB_HEIGHT)
    image = index.data(PICTURE_ROLE)
    if status is ShotStatus.DONE:
        _draw_picture(painter, thumb, image, palette)
    else:
        painter.setOpacity(0.45)
        _draw_picture(painter, thumb, image, palette)
        painter.setOpacity(1.0)

    _paint_card_text(widget, painter, index, thumb, accent)
    painter.restore()


# -- input ----------------------------------------------------------------------------


def _paint_card_text(
    widget: CardRow, painter: QPainter, index: QModelIndex, thumb: QRect, accent: QColor
) -> None:
    """The card's three lines: shot number and length, model, state and cost."""
    palette = widget.palette()
    planned = widget.model.planned(index.row())
    metrics = QFontMetrics(widget.font())
    line = metrics.height()
    top = thumb.bottom() + 6
    bold = QFont(widget.font())
    bold.setBold(True)
    title = QCoreApplication.translate("Storyboard", "Shot {n} · {s} s").format(
        n=planned.number, s=decimal(planned.seconds)
    )
    painter.setFont(bold)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(
        QRect(thumb.left(), top, THUMB_WIDTH, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, THUMB_WIDTH),
    )
    assert isinstance(widget, QWidget)  # the shot row
    small = theme.small_font(widget)
    small_metrics = QFontMetrics(small)
    painter.setFont(small)
    painter.setPen(theme.muted(palette))
    painter.drawText(
        QRect(thumb.left(), top + line, THUMB_WIDTH, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        small_metrics.elidedText(
            index.data(MODEL_NAME_ROLE) or "", Qt.TextElideMode.ElideRight, THUMB_WIDTH
        ),
    )
    # The state on the left in its colour, what it cost (or will cost) on the right.
    cost = index.data(COST_ROLE) or ""
    cost_width = small_metrics.horizontalAdvance(cost) + 6 if cost else 0
    state_top = top + 2 * line
    if cost:
        painter.drawText(
            QRect(thumb.left(), state_top, THUMB_WIDTH, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            cost,
        )
    state_font = QFont(small)
    state_font.setBold(True)
    painter.setFont(state_font)
    painter.setPen(accent)
    painter.drawText(
        QRect(thumb.left(), state_top, THUMB_WIDTH - cost_width, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        QFontMetrics(state_font).elidedText(
            index.data(STATE_TEXT_ROLE) or "",
            Qt.TextElideMode.ElideRight,
            THUMB_WIDTH - cost_width,
        ),
    )
