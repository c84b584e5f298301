"""The queue's rows as painted: the state's colour bar, the picture, the model, the
prompt, what the clip is (length, resolution, ratio, seed), the state and its detail, and
the cost.

A row's picture is chosen by :func:`app.core.job_picture.job_picture` (an input image, the
first frame of an input video, or a frame of the job's own clip) and made in a worker through
the window's one cache (:mod:`app.ui.widgets.thumbnails`); a row without its picture yet is
painted at once and again when the picture arrives. A job without a picture, or whose file
cannot be read, shows an icon of what it was made from (words, sound, pictures, video).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.job_picture import JobPicture, PictureSource
from app.core.jobs import Job, JobState
from app.ui import theme
from app.ui.queue_model import (
    CLIP_ROLE,
    COST_ROLE,
    DETAIL_ROLE,
    JOB_ROLE,
    MODEL_NAME_ROLE,
    PICTURE_ROLE,
    PROGRESS_ROLE,
    PROMPT_ROLE,
)
from app.ui.widgets.placeholder import paint_placeholder
from app.ui.widgets.thumbnails import Decoder, Thumbnails, to_qimage

THUMBNAIL = 56
ROW_HEIGHT = 92
LINES = 4
PADDING = 8
STATE_BAR = 3


def state_colour(state: JobState, palette: QPalette) -> QColor:
    """Each state in a colour that reads in light and dark mode; uncertain is amber, not red."""
    if state is JobState.SUCCEEDED:
        return theme.accent(theme.Accent.VALID, palette)
    if state is JobState.FAILED:
        return theme.accent(theme.Accent.INVALID, palette)
    if state in (JobState.UNCERTAIN, JobState.DOWNLOAD_WAITING):
        return theme.accent(theme.Accent.WARNING, palette)
    if state in (JobState.SUBMITTING, JobState.RUNNING, JobState.DOWNLOADING):
        return theme.accent(theme.Accent.CHECKING, palette)
    return theme.muted(palette)


def read_thumbnail(path: Path, size: int) -> QImage:
    """Runs in a worker: decode only as many pixels as the thumbnail needs."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and original.width() > 0 and original.height() > 0:
        scale = size / max(original.width(), original.height())
        if scale < 1:
            reader.setScaledSize(
                QSize(
                    max(1, round(original.width() * scale)),
                    max(1, round(original.height() * scale)),
                )
            )
    image = reader.read()
    if image.isNull():
        raise OSError(reader.errorString())
    return image


def read_video_start(path: Path, size: int) -> QImage:
    """Runs in a worker: the first frame of an input video."""
    from app.core.video_still import video_still  # PyAV loads with the first video row

    return to_qimage(video_still(path, at=PictureSource.VIDEO_START.at, max_side=size))


def read_result_frame(path: Path, size: int) -> QImage:
    """Runs in a worker: a frame of a job's own clip, a third of the way in."""
    from app.core.video_still import video_still

    return to_qimage(video_still(path, at=PictureSource.RESULT.at, max_side=size))


DECODERS: dict[PictureSource, Decoder] = {
    PictureSource.IMAGE: read_thumbnail,
    PictureSource.VIDEO_START: read_video_start,
    PictureSource.RESULT: read_result_frame,
}


def thumbnail_pixels(device_pixel_ratio: float) -> int:
    """Decoded once per file, sharp up to 200 % (and beyond, slightly soft)."""
    return round(THUMBNAIL * max(device_pixel_ratio, 2.0))


class RowThumbnails(Thumbnails):
    """The rows' pictures from the window's one thumbnail cache; ``updated`` when one
    arrives (a row without its picture yet is painted at once and again then)."""

    def pixmap(
        self, path: str, device_pixel_ratio: float, source: PictureSource = PictureSource.IMAGE
    ) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise start making it and return None."""
        box = QSize(THUMBNAIL, THUMBNAIL)
        pixels = thumbnail_pixels(device_pixel_ratio)
        return self.pixmap_of(path, pixels, box, device_pixel_ratio, DECODERS[source])

    def row_pixmap(self, picture: JobPicture, device_pixel_ratio: float) -> QPixmap | None:
        """The row's picture when it is ready (None while it is made, or without one)."""
        if picture.path is None or picture.source is None:
            return None
        return self.pixmap(picture.path, device_pixel_ratio, picture.source)

    def unavailable(self, picture: JobPicture, device_pixel_ratio: float) -> bool:
        """True when the row has no picture to wait for: none chosen, or its file cannot be
        read (missing, broken): the placeholder stands for it then."""
        if picture.path is None or picture.source is None:
            return True
        pixels = thumbnail_pixels(device_pixel_ratio)
        return self.failed(picture.path, pixels, DECODERS[picture.source])


class JobDelegate(QStyledItemDelegate):
    """Paints one job row; no widgets, so hundreds of rows cost nothing to keep."""

    def __init__(self, thumbnails: RowThumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = QFontMetrics(option.font).height() * LINES + PADDING * 2 + 4
        return QSize(320, max(ROW_HEIGHT, lines))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        job: Job | None = index.data(JOB_ROLE)
        if job is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        palette = option.palette
        accent = state_colour(job.state, palette)
        rect: QRect = option.rect
        painter.fillRect(QRect(rect.left(), rect.top(), STATE_BAR, rect.height()), accent)
        thumb_rect = QRect(
            rect.left() + STATE_BAR + PADDING,
            rect.top() + (rect.height() - THUMBNAIL) // 2,
            THUMBNAIL,
            THUMBNAIL,
        )
        self._paint_thumbnail(painter, thumb_rect, index, palette, widget)
        text_rect = QRect(
            QPoint(thumb_rect.right() + PADDING + 1, rect.top()),
            QPoint(rect.right() - PADDING, rect.bottom()),
        )
        self._paint_lines(painter, option, index, text_rect, accent)
        progress = index.data(PROGRESS_ROLE)
        if job.state is JobState.DOWNLOADING and progress is not None:
            span = text_rect.right() - text_rect.left()
            bar = QRect(text_rect.left(), rect.bottom() - 3, round(span * progress), 2)
            painter.fillRect(bar, accent)
        painter.restore()

    def _paint_lines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        area: QRect,
        accent: QColor,
    ) -> None:
        """The four lines beside the thumbnail: model and cost, prompt, clip, state detail."""
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        secondary = text_colour if selected else theme.muted(palette)
        left, width = area.left(), area.right() - area.left()
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        top = area.top() + (area.height() - LINES * line) // 2
        self._paint_title(painter, option, index, QRect(left, top, width, line), text_colour)

        def text_line(row: int, role: int, colour: QColor) -> None:
            text = metrics.elidedText(index.data(role) or "", Qt.TextElideMode.ElideRight, width)
            painter.setPen(colour)
            painter.drawText(
                QRect(left, top + row * line, width, line), Qt.AlignmentFlag.AlignLeft, text
            )

        text_line(1, PROMPT_ROLE, secondary)
        text_line(2, CLIP_ROLE, secondary)
        text_line(3, DETAIL_ROLE, text_colour if selected else accent)

    def _paint_title(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        target: QRect,
        text_colour: QColor,
    ) -> None:
        """The model's name in bold, elided so that the cost (right-aligned) stays whole."""
        metrics = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        cost = index.data(COST_ROLE) or ""
        cost_width = metrics.horizontalAdvance(cost) + PADDING if cost else 0
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = QFontMetrics(bold).elidedText(
            index.data(MODEL_NAME_ROLE) or "",
            Qt.TextElideMode.ElideRight,
            target.width() - cost_width,
        )
        painter.drawText(target, Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(option.font)
        if cost:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setPen(text_colour if selected else theme.muted(option.palette))
            painter.drawText(target, Qt.AlignmentFlag.AlignRight, cost)

    def _paint_thumbnail(
        self,
        painter: QPainter,
        target: QRect,
        index: QModelIndex | QPersistentModelIndex,
        palette: QPalette,
        widget: QWidget | None,
    ) -> None:
        picture: JobPicture | None = index.data(PICTURE_ROLE)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        pixmap = self._thumbnails.row_pixmap(picture, ratio) if picture is not None else None
        if pixmap is None:
            painter.setPen(QPen(theme.muted(palette), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(target.adjusted(0, 0, -1, -1), 6, 6)
            if picture is not None and self._thumbnails.unavailable(picture, ratio):
                paint_placeholder(painter, target, picture.placeholder.icon, palette, ratio)
            return
        logical = pixmap.deviceIndependentSize().toSize()
        x = target.left() + (target.width() - logical.width()) // 2
        y = target.top() + (target.height() - logical.height()) // 2
        painter.drawPixmap(QPoint(x, y), pixmap)


__all__ = [
    "DECODERS",
    "ROW_HEIGHT",
    "STATE_BAR",
    "THUMBNAIL",
    "JobDelegate",
    "RowThumbnails",
    "read_result_frame",
    "read_video_start",
    "state_colour",
]
