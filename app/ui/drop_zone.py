"""Drop zones: where images come in, get checked against the model's rules, and get fixed.

A :class:`DropZone` takes one image for one image field:

* files dragged from a file manager (``text/uri-list`` with ``file://`` URLs);
* images or image URLs dragged from a web browser (http(s) URLs in ``text/uri-list`` or
  ``text/plain``, or the image itself as ``image/png``/``image/jpeg`` bytes or Qt image data);
* images pasted from the clipboard (Ctrl+V while the zone has focus);
* the file dialog (click, or Enter/Space with focus); removal with the ✕ button or
  Delete/Backspace.

Nothing slow happens on the UI thread (see :mod:`app.ui.workers`): a URL is fetched and
image data is saved to ``cache_dir()/inputs`` first; then the header is probed and every rule
of the field is checked (one row per rule: label, ✓ or ✗, actual value, limit) while the
thumbnail is decoded in parallel. The border shows the state: dashed when empty, blue while
checking, green when valid, red when invalid or unreadable, amber when valid with a warning.

A URL is fetched through :class:`app.ui.bridge.ImageFetch` (the window's one way to the
network code): the zone shows how much has arrived and a Cancel button, which brings back
the image shown before; the fetch gives up by itself after 30 s. A file cut short fails a
"Complete file" row with no fix (only the original can replace it), whether its structure
shows it or the thumbnail's decoder meets its end.

For an image that breaks a rule, each fix the core offers (``plan_fixes``) is a button; its
description is its tooltip and is shown again in a confirmation before anything happens.
Applying writes a new file to ``cache_dir()/fixed`` and checks it; the original is never
touched. A file that cannot be read at all shows its error, and "Restore previous" brings
back the image that was there before.

Public API::

    DropZone(field: Field, parent=None)
    DropZone.path() -> str | None          the value: a local path or a URL
    DropZone.set_source(path_or_url: str)  load and check an image
    DropZone.clear()
    DropZone.state() -> str                "empty", "checking", "valid", "invalid", "error"
    DropZone.checks() -> list[Check]       one row per rule of the field
    DropZone.fixes() -> list[Fix]          one-click fixes for a broken rule
    DropZone.reason() -> str | None        why the image cannot be used (or is not ready)
    DropZone.set_frame_ratio(ratio: str | None)  preview how "16:9" frames the image
    DropZone.request_fix(index) -> FixConfirmation  the confirmation for one fix (non-modal)
    DropZone.changed, DropZone.state_changed(str)

:class:`ImageStrip` holds the zones of an image list field in order, honouring its minimum
and maximum: filled zones, then one empty zone to add another while there is room. Several
files dropped at once fill it in order; dragging a thumbnail onto another slot moves it
(Alt+Left/Right does the same from the keyboard).
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMimeData,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import images
from app.core.catalogue import Field
from app.core.errors import ImageError, IncompleteImage, StoryreelError
from app.core.fixes import Fix, apply_fix, plan_fixes
from app.core.images import ImageInfo
from app.core.settings import cache_dir
from app.core.urls import is_allowed_image_url
from app.core.validation import Check, Problem, check_image, incomplete_check, is_url
from app.ui import theme
from app.ui.bridge import ImageFetch
from app.ui.fetch_progress import FetchProgress
from app.ui.local_files import local_path
from app.ui.workers import Task, run_in_thread

log = logging.getLogger(__name__)

# Drawn at up to 2× the preview's logical size, so it stays sharp at 200 % scaling.
THUMBNAIL_SIDE = 512
IMAGE_FILE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff"
REORDER_MIME = "application/x-storyreel-zone"
MAX_TEXT_LINES = 20
_IMAGE_SUFFIXES = {
    "PNG": ".png",
    "JPEG": ".jpg",
    "MPO": ".jpg",
    "WEBP": ".webp",
    "GIF": ".gif",
    "BMP": ".bmp",
    "TIFF": ".tif",
}

_last_directory = ""


def inputs_dir() -> Path:
    """Where fetched URLs and pasted or dragged image data are kept for checking."""
    return cache_dir() / "inputs"


def fixed_dir() -> Path:
    """Where one-click fixes write their new files."""
    return cache_dir() / "fixed"


class State(enum.StrEnum):
    EMPTY = "empty"
    CHECKING = "checking"
    VALID = "valid"
    INVALID = "invalid"
    ERROR = "error"


# --- where an image comes from --------------------------------------------------------------


class SourceKind(enum.Enum):
    FILE = "file"
    URL = "url"
    IMAGE_DATA = "image data"
    IMAGE_BYTES = "image bytes"


@dataclass(frozen=True)
class Source:
    """One image offered by a drop, a paste or the file dialog."""

    kind: SourceKind
    value: str = ""
    image: QImage | None = field(default=None, compare=False)
    data: bytes = field(default=b"", compare=False)

    @classmethod
    def from_text(cls, text: str) -> Source | None:
        """A path, a ``file://`` URL or an http(s) URL typed, pasted or restored as text."""
        text = text.strip()
        if not text:
            return None
        if is_url(text):
            return cls(SourceKind.URL, text)
        if text.startswith("file:"):
            url = QUrl(text)
            return cls(SourceKind.FILE, local_path(url)) if url.isLocalFile() else None
        if "://" in text:
            return cls(SourceKind.URL, text)
        return cls(SourceKind.FILE, text)


def sources_from_mime(mime: QMimeData) -> list[Source]:
    """The images a drag or the clipboard offers, best first.

    Files and http(s) URLs win over image data, since a URL can be sent as it is; but a
    browser's URL that is not an image address (the page the image links to) gives way to the
    image data dragged with it.
    """
    files: list[Source] = []
    urls: list[Source] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                files.append(Source(SourceKind.FILE, local_path(url)))
            elif url.scheme() in ("http", "https"):
                urls.append(Source(SourceKind.URL, url.toString()))
    if files:
        return files
    raw = _image_bytes(mime)
    has_data = raw is not None or mime.hasImage()
    if urls and (not has_data or any(is_allowed_image_url(s.value) for s in urls)):
        return urls
    if raw is not None:
        return [Source(SourceKind.IMAGE_BYTES, raw[0], data=raw[1])]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [Source(SourceKind.IMAGE_DATA, "image/png", image=image)]
        if isinstance(image, QPixmap) and not image.isNull():
            return [Source(SourceKind.IMAGE_DATA, "image/png", image=image.toImage())]
    if mime.hasText():
        found = []
        # A few lines at most: a drag of a whole text document is not a list of images.
        for line in mime.text().splitlines()[:MAX_TEXT_LINES]:
            source = Source.from_text(line)
            if source is None:
                continue
            if source.kind is SourceKind.URL or Path(source.value).is_file():
                found.append(source)
        return found
    return []


def _image_bytes(mime: QMimeData) -> tuple[str, bytes] | None:
    for fmt in mime.formats():
        if fmt.startswith("image/") and fmt != "image/svg+xml":
            data = bytes(mime.data(fmt).data())
            if data:
                return fmt, data
    return None


def _offers_images(mime: QMimeData) -> bool:
    """A cheap look at a drag's formats, without reading its data."""
    if mime.hasUrls():
        return any(u.isLocalFile() or u.scheme() in ("http", "https") for u in mime.urls())
    if mime.hasImage() or any(f.startswith("image/") for f in mime.formats()):
        return True
    return mime.hasText() and bool(sources_from_mime(mime))


# --- work done in worker threads -------------------------------------------------------------


@dataclass(frozen=True)
class Inspection:
    """A probed image's verdict against one field's rules."""

    info: ImageInfo
    checks: list[Check]
    fixes: list[Fix]


def _inspect(image_field: Field, path: Path) -> Inspection:
    info = images.probe(path)
    checks = check_image(image_field, info)
    fixes = plan_fixes(image_field, info) if any(not c.passed for c in checks) else []
    return Inspection(info, checks, list(fixes))


def _with_damage(inspection: Inspection, message: str) -> Inspection:
    """The verdict once decoding found the file cut short: a failing row first, and no fixes
    (every fix decodes the file; only the original can replace it)."""
    if any(check.rule == "complete" for check in inspection.checks):
        return replace(inspection, fixes=[])
    return Inspection(inspection.info, [incomplete_check(message), *inspection.checks], [])


def _thumbnail(path: Path) -> QImage:
    picture = images.make_thumbnail(path, max_side=THUMBNAIL_SIDE)
    picture = picture.convert("RGBA") if picture.mode != "RGBA" else picture
    data = picture.tobytes("raw", "RGBA")
    qimage = QImage(
        data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888
    )
    return qimage.copy()  # detach from the Python buffer before it goes away


def _write_atomically(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.exists() and target.stat().st_size == len(data):
        return target
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".incoming-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def _save_bytes(data: bytes, mime_type: str) -> Path:
    """Image data from a drag or the clipboard, kept as a file named by its content."""
    info = images.probe_bytes(data, "The dropped image")
    subtype = mime_type.partition("/")[2].lower()
    suffix = _IMAGE_SUFFIXES.get((info.format or "").upper()) or f".{subtype or 'img'}"
    digest = hashlib.sha256(data).hexdigest()[:20]
    return _write_atomically(inputs_dir(), f"dropped-{digest}{suffix}", data)


def _save_qimage(image: QImage) -> Path:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ImageError("The pasted image could not be saved as PNG.")
    data = bytes(buffer.data().data())
    return _save_bytes(data, "image/png")


def _apply(fix: Fix, image_field: Field, source: Path) -> Path:
    return apply_fix(fix, image_field, source, fixed_dir())


def _describe_error(error: BaseException, name: str) -> str:
    if isinstance(error, StoryreelError):
        return str(error)
    log.error("unexpected failure while reading %s", name, exc_info=error)
    return f"{name} could not be read ({type(error).__name__}: {error})."


# --- the zone -------------------------------------------------------------------------------


@dataclass
class _Snapshot:
    """Everything shown for one image, so "Restore previous" is instant."""

    value: str
    local: Path | None
    inspection: Inspection | None
    thumbnail: QImage | None
    state: State
    error: str | None


class FixConfirmation(QMessageBox):
    """The confirmation shown before a fix creates a new file (opened with ``open()``)."""

    def __init__(self, fix: Fix, parent: QWidget) -> None:
        super().__init__(parent)
        self.fix = fix
        description = fix.description.strip().rstrip(".")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(fix.title)
        self.setText(
            self.tr(
                "Storyreel will create a new file: {description}. Your original stays untouched."
            ).format(description=description)
        )
        self.apply_button = self.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.apply_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class _Preview(QWidget):
    """The thumbnail (or the hint), with the chosen aspect ratio's framing over it."""

    def __init__(self, zone: DropZone) -> None:
        super().__init__(zone)
        self.zone = zone
        self.setMinimumHeight(theme.PREVIEW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(theme.PREVIEW_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._cache_key: tuple[int, int, int, float] | None = None
        self._cache: QPixmap | None = None
        self._press: QPoint | None = None

    def image_rect(self) -> QRectF:
        thumb = self.zone._thumbnail
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        if thumb is None or thumb.isNull() or area.width() <= 0 or area.height() <= 0:
            return QRectF()
        scale = min(area.width() / thumb.width(), area.height() / thumb.height())
        width, height = thumb.width() * scale, thumb.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def framed_rect(self) -> QRectF:
        """The part of the image the chosen aspect ratio keeps (centre crop)."""
        shown = self.image_rect()
        ratio = self.zone._frame_ratio
        if shown.isEmpty() or ratio is None:
            return shown
        if shown.width() / shown.height() > ratio:
            width = shown.height() * ratio
            return QRectF(shown.center().x() - width / 2, shown.top(), width, shown.height())
        height = shown.width() / ratio
        return QRectF(shown.left(), shown.center().y() - height / 2, shown.width(), height)

    def _pixmap(self, size: QSize) -> QPixmap | None:
        thumb = self.zone._thumbnail
        if thumb is None or thumb.isNull():
            return None
        ratio = self.devicePixelRatioF()
        key = (thumb.cacheKey(), size.width(), size.height(), ratio)
        if key != self._cache_key:
            self._cache = theme.pixmap_for(thumb, size, ratio)
            self._cache_key = key
        return self._cache

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = self.palette()
        shown = self.image_rect()
        pixmap = self._pixmap(shown.size().toSize()) if not shown.isEmpty() else None
        if pixmap is not None:
            painter.drawPixmap(shown, pixmap, QRectF(pixmap.rect()))
            framed = self.framed_rect()
            if framed != shown:
                outside = QPainterPath()
                outside.addRect(shown)
                inside = QPainterPath()
                inside.addRect(framed)
                painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, theme.OVERLAY_ALPHA))
                painter.setPen(QPen(QColor(255, 255, 255, 200), 1.0, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(framed)
                self._draw_badge(painter, framed, self.zone._frame_ratio_text)
        else:
            painter.setPen(theme.muted(palette))
            text = self.zone._placeholder_text()
            area = QRectF(self.rect()).adjusted(14, 10, -14, -10)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def _draw_badge(self, painter: QPainter, framed: QRectF, text: str) -> None:
        if not text:
            return
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 10
        badge = QRectF(framed.left() + 4, framed.top() + 4, width, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.zone.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._press is None or not self.zone._can_be_moved():
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance >= QApplication.startDragDistance():
            self._press = None
            self.zone._start_move_drag()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        pressed, self._press = self._press, None
        if pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            self.zone.choose_file()
        super().mouseReleaseEvent(event)


# A zone is as narrow as half the panel: "less than 6000 px" becomes "< 6000 px" in its rows
# (the tooltip and the accessible name keep the sentence).
_LIMIT_SYMBOLS = (
    ("less than ", "< "),
    ("more than ", "> "),
    ("at most ", "≤ "),
    ("at least ", "≥ "),
)


def compact_limit(limit: str) -> str:
    """A rule's limit as a short cell: the comparison as a symbol, the number and unit kept."""
    for words, symbol in _LIMIT_SYMBOLS:
        if limit.startswith(words):
            return symbol + limit[len(words) :]
    return limit


class DropZone(QWidget):
    """One image for one image field: drop, paste or choose it; see it checked; fix it."""

    changed = Signal()
    state_changed = Signal(str)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._value: str | None = None
        self._local: Path | None = None
        self._inspection: Inspection | None = None
        self._thumbnail: QImage | None = None
        self._state = State.EMPTY
        self._error: str | None = None
        self._note = ""
        self._previous: _Snapshot | None = None
        self._generation = 0
        self._tasks: list[Task] = []
        self._waiting_for: set[str] = set()
        self._frame_ratio: float | None = None
        self._frame_ratio_text = ""
        self._warning = False
        self._hovered = False
        self._subject = self.tr("an image")
        self._hint = ""
        self._pending_name = ""
        self._damage: str | None = None  # a decoder found the file cut short
        self._fetch: ImageFetch | None = None
        self._shown_checks: tuple[object, ...] | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirmation: FixConfirmation | None = None
        # Set by an ImageStrip: several images at once, and moving images between slots.
        self.many_dropped: Callable[[DropZone, list[Source]], None] | None = None
        self.move_requested: Callable[[DropZone, int], None] | None = None
        self.moved_onto: Callable[[DropZone, str], None] | None = None
        self.allows_many = False

        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(theme.ZONE_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.preview = _Preview(self)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("zoneFileName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        theme.make_small(self.name_label, bold=True)

        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this image (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove image"))
        self.remove_button.clicked.connect(self.clear)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("zoneStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton(self.tr("Restore previous"), self)
        self.restore_button.setFlat(True)
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_button.setToolTip(self.tr("Bring back the image that was here before."))
        self.restore_button.clicked.connect(self.restore_previous)

        self.fetch_progress = FetchProgress(self)
        self.fetch_progress.cancel_requested.connect(self.cancel_fetch)

        self.checks_widget = QWidget(self)
        self.checks_grid = QGridLayout(self.checks_widget)
        self.checks_grid.setContentsMargins(0, 0, 0, 0)
        self.checks_grid.setHorizontalSpacing(theme.SPACING)
        self.checks_grid.setVerticalSpacing(1)
        # Compact rows: the spare width goes to an empty last column, not between the cells.
        self.checks_grid.setColumnStretch(4, 1)

        self.fixes_row = QHBoxLayout()
        self.fixes_row.setContentsMargins(0, 0, 0, 0)
        self.fixes_row.setSpacing(theme.SPACING // 2)
        self.fix_buttons: list[QPushButton] = []

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.remove_button)

        restore_row = QHBoxLayout()
        restore_row.setContentsMargins(0, 0, 0, 0)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)

        layout = QVBoxLayout(self)
        margin = theme.SPACING + 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(theme.SPACING // 2 + 2)
        layout.addLayout(header)
        layout.addWidget(self.preview)
        layout.addWidget(self.status_label)
        layout.addWidget(self.fetch_progress)
        layout.addLayout(restore_row)
        layout.addWidget(self.checks_widget)
        layout.addLayout(self.fixes_row)
        self._refresh()

    # --- public API ---------------------------------------------------------------------

    def path(self) -> str | None:
        return self._value

    def local_path(self) -> Path | None:
        """The local file the checks read (a URL's downloaded copy), once there is one."""
        return self._local

    def state(self) -> str:
        return self._state.value

    def checks(self) -> list[Check]:
        return list(self._inspection.checks) if self._inspection else []

    def fixes(self) -> list[Fix]:
        return list(self._inspection.fixes) if self._inspection else []

    def info(self) -> ImageInfo | None:
        return self._inspection.info if self._inspection else None

    def thumbnail(self) -> QImage | None:
        return self._thumbnail

    def error(self) -> str | None:
        return self._error

    def can_restore(self) -> bool:
        """Whether "Restore previous" applies: the new image cannot be read, or is cut short."""
        if self._previous is None:
            return False
        damaged = any(c.rule == "complete" and not c.passed for c in self.checks())
        return self._state is State.ERROR or (self._state is State.INVALID and damaged)

    def set_source(self, path_or_url: str) -> None:
        """Load and check the image at a local path, a ``file://`` URL or an http(s) URL."""
        source = Source.from_text(path_or_url)
        if source is None:
            self.clear()
            return
        self.load(source)

    def load(self, source: Source) -> None:
        """Load one offered image (a file, a URL, or image data) and start checking it."""
        name = self._display_name(source)
        if source.kind is SourceKind.FILE:
            self._begin(source.value, name)
            self._check_local(Path(source.value))
        elif source.kind is SourceKind.URL:
            self._begin(source.value, name)
            if not is_url(source.value):
                scheme = source.value.split("://", 1)[0]
                self._fail(
                    self.tr("Only http and https URLs can be used, not {scheme}.").format(
                        scheme=scheme
                    )
                )
                return
            self._waiting_for = {"download"}
            self._fetch = ImageFetch(source.value, inputs_dir())
            self.fetch_progress.start(self._fetch)
            self._run(self._fetch.run, step="download", on_done=self._downloaded)
        else:
            self._begin(None, name)
            self._waiting_for = {"save"}
            if source.kind is SourceKind.IMAGE_BYTES:
                self._run(_save_bytes, source.data, source.value, step="save", on_done=self._saved)
            else:
                self._run(_save_qimage, source.image, step="save", on_done=self._saved)
        self._refresh()

    def load_many(self, sources: list[Source]) -> None:
        """Several images offered at once: a strip takes them all, a single zone the first."""
        if not sources:
            return
        if len(sources) > 1 and self.many_dropped is not None:
            self.many_dropped(self, sources)
            return
        self.load(sources[0])
        if len(sources) > 1:
            self._note = self.tr(
                "Only one image fits here; the first of the {count} was used."
            ).format(count=len(sources))
            self._refresh()

    def clear(self) -> None:
        had_value = self._value is not None or self._state is not State.EMPTY
        self._cancel_work()
        self._value = None
        self._local = None
        self._inspection = None
        self._thumbnail = None
        self._error = None
        self._note = ""
        self._previous = None
        self._set_state(State.EMPTY)
        self._refresh()
        if had_value:
            self.changed.emit()

    def fetching(self) -> bool:
        return self._fetch is not None

    def cancel_fetch(self) -> None:
        """Stop fetching a URL (the Cancel button): the image shown before comes back."""
        if self._fetch is None:
            return
        self._cancel_work()
        if self._previous is not None:
            self.restore_previous()
        else:
            self.clear()
        self._note = self.tr("Fetching the image was cancelled.")
        self._refresh()

    def restore_previous(self) -> None:
        """Bring back the image shown before a drop that could not be read or was cut short."""
        snapshot, self._previous = self._previous, None
        if snapshot is None:
            return
        self._cancel_work()
        self._value = snapshot.value
        self._local = snapshot.local
        self._inspection = snapshot.inspection
        self._thumbnail = snapshot.thumbnail
        self._error = snapshot.error
        self._note = ""
        self._set_state(snapshot.state)
        self._refresh()
        self.changed.emit()

    def reason(self) -> str | None:
        """Why this image cannot be used yet: the first broken rule, an error, or still busy."""
        if self._state is State.CHECKING:
            return self.tr("{name} is still being checked.").format(name=self._name_for_messages())
        if self._state is State.ERROR:
            return self._error
        if self._state is State.INVALID:
            failing = [c for c in self.checks() if not c.passed]
            return failing[0].message if failing else None
        return None

    def problems(self, item: int | None = None) -> list[Problem]:
        """The image's verdict as problems of its field (errors only: they block)."""
        if self._state is State.ERROR and self._error:
            return [Problem(self.field.name, "image", self._error, item=item)]
        if self._state is not State.INVALID:
            return []
        problems: list[Problem] = []
        seen: set[str] = set()
        for check in self.checks():
            if check.passed or check.message in seen:
                continue
            seen.add(check.message)
            problems.append(
                Problem(
                    self.field.name, check.rule, check.message, check.actual, check.limit, item=item
                )
            )
        return problems

    def set_frame_ratio(self, ratio: str | None) -> None:
        """Show how this aspect ratio ("16:9") frames the image; None or "adaptive": no frame."""
        value = _parse_ratio(ratio)
        self._frame_ratio = value
        self._frame_ratio_text = ratio if value is not None and ratio else ""
        self.preview.update()

    def frame_ratio(self) -> float | None:
        return self._frame_ratio

    def set_warning(self, warning: bool) -> None:
        """A warning about this image from elsewhere (a setting that ignores it): amber."""
        if warning != self._warning:
            self._warning = warning
            self.update()

    def set_subject(self, subject: str) -> None:
        """How the hint names what goes here: "the first frame", "reference images"."""
        self._subject = subject
        self.preview.update()
        self._refresh_accessibility()

    def set_hint(self, hint: str) -> None:
        """Replace the whole empty-zone hint (a strip's "+ Add another image")."""
        self._hint = hint
        self.preview.update()

    def border_accent(self) -> theme.Accent:
        if self._state is State.CHECKING:
            return theme.Accent.CHECKING
        if self._state in (State.INVALID, State.ERROR):
            return theme.Accent.INVALID
        if self._state is State.VALID:
            warned = self._warning or self._has_notes()
            return theme.Accent.WARNING if warned else theme.Accent.VALID
        return theme.Accent.NEUTRAL

    def choose_file(self) -> None:
        """Open the file dialog (non-modal: the answer arrives through a signal)."""
        dialog = QFileDialog(self, self.tr("Choose {subject}").format(subject=self._subject))
        dialog.setNameFilters(
            [
                self.tr("Images ({patterns})").format(patterns=IMAGE_FILE_PATTERNS),
                self.tr("All files (*)"),
            ]
        )
        multiple = self.many_dropped is not None and self.allows_many
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile
        )
        directory = _last_directory or (str(Path(self._value).parent) if self._is_local() else "")
        if directory:
            dialog.setDirectory(directory)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._files_chosen)
        self.file_dialog = dialog
        dialog.open()

    def paste(self) -> None:
        """Take an image (or an image's URL or path) from the clipboard."""
        mime = QGuiApplication.clipboard().mimeData()
        sources = sources_from_mime(mime) if mime is not None else []
        if not sources:
            self._note = self.tr("The clipboard holds no image, image file or image URL.")
            self._refresh()
            return
        self.load_many(sources)

    def request_fix(self, index: int) -> FixConfirmation:
        """Ask before applying a fix: the confirmation says what the new file will be."""
        fix = self.fixes()[index]
        box = FixConfirmation(fix, self)
        generation = self._generation
        box.buttonClicked.connect(
            lambda button: self._apply_fix(fix, generation) if button is box.apply_button else None
        )
        self.confirmation = box
        box.open()
        return box

    # --- loading and checking -----------------------------------------------------------

    def _begin(self, value: str | None, name: str) -> None:
        if self._state in (State.VALID, State.INVALID) and self._value is not None:
            self._previous = _Snapshot(
                self._value,
                self._local,
                self._inspection,
                self._thumbnail,
                self._state,
                self._error,
            )
        self._cancel_work()
        self._generation += 1
        self._value = value
        self._pending_name = name
        self._local = None
        self._inspection = None
        self._thumbnail = None
        self._error = None
        self._note = ""
        self._damage = None
        self._set_state(State.CHECKING)
        self.changed.emit()

    def _run(self, work: Callable, *args, step: str, on_done: Callable) -> None:
        generation = self._generation

        def done(result) -> None:
            if generation == self._generation:
                self._waiting_for.discard(step)
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._waiting_for.discard(step)
                if isinstance(error, IncompleteImage) and step == "thumbnail":
                    self._found_damaged(str(error))
                    return
                self._fail(_describe_error(error, self._name_for_messages()))

        self._tasks.append(run_in_thread(work, *args, owner=self, on_done=done, on_error=failed))

    def _saved(self, path: Path) -> None:
        self._value = str(path)
        self.changed.emit()
        self._check_local(path)

    def _check_local(self, path: Path) -> None:
        self._local = Path(path)
        self._waiting_for = {"checks", "thumbnail"}
        self._run(_inspect, self.field, self._local, step="checks", on_done=self._inspected)
        self._run(_thumbnail, self._local, step="thumbnail", on_done=self._thumbnail_ready)
        self._refresh()

    def _downloaded(self, path: Path) -> None:
        self._fetch = None
        self.fetch_progress.stop()
        self._check_local(path)

    def _inspected(self, inspection: Inspection) -> None:
        self._inspection = inspection
        if self._damage is not None:
            self._inspection = _with_damage(inspection, self._damage)
        self._settle()

    def _found_damaged(self, message: str) -> None:
        """The thumbnail's decoder met the end of the file: a failing row, not a crash."""
        self._damage = message
        self.preview.update()
        if self._inspection is None:
            self._refresh()  # the verdict, still to come, takes the row
            return
        self._inspection = _with_damage(self._inspection, message)
        self._set_state(State.INVALID)
        self._refresh()
        self.changed.emit()

    def _thumbnail_ready(self, image: QImage) -> None:
        self._thumbnail = image
        self.preview.update()
        self._settle()

    def _settle(self) -> None:
        # The verdict needs only the header checks: it does not wait for the thumbnail, which
        # for a large JPEG takes longer to decode than every rule takes to check.
        if (
            "checks" in self._waiting_for
            or "fix" in self._waiting_for
            or (self._state is State.ERROR)
        ):
            self._refresh()
            return
        if self._state in (State.VALID, State.INVALID):
            self._refresh()
            return
        failing = any(not c.passed for c in self.checks())
        self._set_state(State.INVALID if failing else State.VALID)
        self._refresh()
        self.changed.emit()

    def _fail(self, message: str) -> None:
        self._cancel_work()
        self._error = message
        self._waiting_for = set()
        self._set_state(State.ERROR)
        self._refresh()
        self.changed.emit()

    def _apply_fix(self, fix: Fix, generation: int) -> None:
        if generation != self._generation or self._local is None:
            return
        source = self._local
        self._begin(self._value, self._name_for_messages())
        self._note = self.tr("Applying “{title}”…").format(title=fix.title)
        self._waiting_for = {"fix"}
        self._run(_apply, fix, self.field, source, step="fix", on_done=self._fixed)
        self._refresh()

    def _fixed(self, path: Path) -> None:
        self._previous = None
        self.set_source(str(path))

    def _cancel_work(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        self._waiting_for = set()
        if self._fetch is not None:
            self._fetch.cancel()
            self._fetch = None
        self.fetch_progress.stop()

    def _files_chosen(self, files: list[str]) -> None:
        global _last_directory
        if not files:
            return
        _last_directory = str(Path(files[0]).parent)
        self.load_many([Source(SourceKind.FILE, f) for f in files])

    # --- display ------------------------------------------------------------------------

    def _set_state(self, state: State) -> None:
        if state is self._state:
            return
        self._state = state
        self.state_changed.emit(state.value)
        self.update()

    def _is_local(self) -> bool:
        return self._value is not None and not is_url(self._value)

    def _display_name(self, source: Source) -> str:
        if source.kind is SourceKind.FILE:
            return Path(source.value).name or source.value
        if source.kind is SourceKind.URL:
            tail = QUrl(source.value).fileName()
            return tail or source.value
        return self.tr("Dropped image")

    def _name_for_messages(self) -> str:
        if self._value:
            return (
                Path(self._value).name
                if self._is_local()
                else (QUrl(self._value).fileName() or self._value)
            )
        return self._pending_name or self.tr("The image")

    def _has_notes(self) -> bool:
        return any(c.passed and not c.fixable for c in self.checks())

    def _placeholder_text(self) -> str:
        if self._state is State.CHECKING:
            if "download" in self._waiting_for:
                return self.tr("Fetching {name}…").format(name=self._name_for_messages())
            return self.tr("Checking…")
        if self._state is State.ERROR:
            return self.tr("No preview")
        if self._hint:
            return self._hint
        return self.tr("Drop {subject} here · or click to choose · Ctrl+V to paste").format(
            subject=self._subject
        )

    def _refresh(self) -> None:
        has_image = self._state is not State.EMPTY
        self.name_label.setText(self._name_for_messages() if has_image else "")
        self.name_label.setToolTip(self._value or "")
        self.name_label.setVisible(has_image)
        self.remove_button.setVisible(has_image)
        self.restore_button.setVisible(self.can_restore())
        self._show_status()
        self._show_checks()
        self._show_fixes()
        self._refresh_accessibility()
        self.preview.update()
        self.update()

    def _show_status(self) -> None:
        palette = self.palette()
        text = ""
        colour: QColor | None = None
        if self._state is State.ERROR:
            text, colour = self._error or "", theme.accent(theme.Accent.INVALID, palette)
        elif self._state is State.INVALID:
            text, colour = self.reason() or "", theme.accent(theme.Accent.INVALID, palette)
        elif self._state is State.VALID:
            info = self.info()
            if info is not None:
                text = self.tr("Ready: {width} × {height} px, {format}").format(
                    width=info.width, height=info.height, format=info.format or "image"
                )
            colour = theme.accent(theme.Accent.VALID, palette)
        elif self._state is State.CHECKING:
            text = self._note or self.tr("Checking {name}…").format(name=self._name_for_messages())
            colour = theme.muted(palette)
        if self._note and self._state is not State.CHECKING:
            text = f"{text}\n{self._note}" if text else self._note
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        theme.set_text_colour(self.status_label, colour)

    def _show_checks(self, force: bool = False) -> None:
        key = (self._inspection, self._state)
        if key == self._shown_checks and not force:
            return
        self._shown_checks = key
        while self.checks_grid.count():
            item = self.checks_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        checks = self.checks()
        palette = self.palette()
        for row, check in enumerate(checks):
            passed = check.passed
            mark = QLabel("✓" if passed else "✗", self.checks_widget)
            accent = theme.Accent.VALID if passed else theme.Accent.INVALID
            if passed and not check.fixable:
                mark.setText("ℹ")
                accent = theme.Accent.NEUTRAL
            theme.set_text_colour(mark, theme.accent(accent, palette))
            # "Aspect ratio (width ÷ height)" reads as "Aspect ratio" in a narrow row; the
            # tooltip keeps the whole sentence.
            short_label = check.label.split(" (")[0]
            cells = [
                mark,
                QLabel(short_label),
                QLabel(check.actual),
                QLabel(compact_limit(check.limit)),
            ]
            for column, cell in enumerate(cells):
                cell.setParent(self.checks_widget)
                theme.make_small(cell, bold=(column == 0))
                cell.setToolTip(check.message)
                if column >= 2:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.checks_grid.addWidget(cell, row, column)
            verdict = self.tr("passed") if passed else self.tr("failed")
            mark.setAccessibleName(f"{check.label}: {verdict}. {check.message}")
        self.checks_widget.setVisible(bool(checks))

    def _show_fixes(self) -> None:
        wanted = self.fixes() if self._state is State.INVALID else []
        if [b.property("fixTitle") for b in self.fix_buttons] == [f.title for f in wanted]:
            return
        for button in self.fix_buttons:
            self.fixes_row.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        while self.fixes_row.count():
            self.fixes_row.takeAt(0)
        for index, fix in enumerate(wanted):
            button = QPushButton(fix.title, self)
            button.setProperty("fixTitle", fix.title)
            button.setToolTip(fix.description)
            button.setAccessibleDescription(fix.description)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, i=index: self.request_fix(i))
            self.fixes_row.addWidget(button)
            self.fix_buttons.append(button)
        self.fixes_row.addStretch(1)

    def _refresh_accessibility(self) -> None:
        self.setAccessibleName(self.tr("Drop zone for {subject}").format(subject=self._subject))
        descriptions = {
            State.EMPTY: self.tr("Empty. Press Enter to choose a file or Ctrl+V to paste."),
            State.CHECKING: self.tr("Checking the image."),
            State.VALID: self.tr("Valid image: {name}."),
            State.INVALID: self.tr("Image cannot be used: {reason}"),
            State.ERROR: self.tr("Image cannot be read: {reason}"),
        }
        self.setAccessibleDescription(
            descriptions[self._state].format(
                name=self._name_for_messages(), reason=self.reason() or ""
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = theme.ZONE_FOCUS_BORDER
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        accent = self.border_accent()
        pen = QPen(theme.accent(accent, palette), theme.ZONE_BORDER)
        if self._state is State.EMPTY:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self._hovered:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), theme.ZONE_FOCUS_BORDER)
        painter.setPen(pen)
        painter.setBrush(theme.zone_background(palette, hovered=self._hovered))
        painter.drawRoundedRect(rect, theme.ZONE_RADIUS, theme.ZONE_RADIUS)
        if self.hasFocus():
            focus = QPen(palette.color(QPalette.ColorRole.Highlight), theme.ZONE_FOCUS_BORDER)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outer = QRectF(self.rect()).adjusted(1.25, 1.25, -1.25, -1.25)
            painter.drawRoundedRect(outer, theme.ZONE_RADIUS + 1.5, theme.ZONE_RADIUS + 1.5)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_checks(force=True)
            self._refresh()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.preview.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose_file()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.move_requested:
            self.move_requested(self, -1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- drag and drop ------------------------------------------------------------------

    def _can_be_moved(self) -> bool:
        return self.moved_onto is not None and self._state is not State.EMPTY

    def _start_move_drag(self) -> None:
        mime = QMimeData()
        mime.setData(REORDER_MIME, QByteArray(str(id(self)).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        if self._thumbnail is not None:
            drag.setPixmap(
                theme.pixmap_for(self._thumbnail, QSize(96, 96), self.devicePixelRatioF())
            )
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, mime: QMimeData) -> bool:
        if mime.hasFormat(REORDER_MIME):
            return self.moved_onto is not None
        return _offers_images(mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._accepts(event.mimeData()):
            if event.mimeData().hasFormat(REORDER_MIME):
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
            else:
                event.acceptProposedAction()
            self._hovered = True
            self.update()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovered = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovered = False
        self.update()
        mime = event.mimeData()
        if mime.hasFormat(REORDER_MIME):
            if self.moved_onto is not None:
                self.moved_onto(self, bytes(mime.data(REORDER_MIME).data()).decode())
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
            return
        sources = sources_from_mime(mime)
        if not sources:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_many(sources)


def _parse_ratio(ratio: str | None) -> float | None:
    if not ratio or ":" not in ratio:
        return None
    width, _, height = ratio.partition(":")
    try:
        w, h = float(width), float(height)
    except ValueError:
        return None
    return w / h if w > 0 and h > 0 else None


# --- image lists ----------------------------------------------------------------------------


class ImageStrip(QWidget):
    """The ordered zones of an image list field: filled ones, then one to add another."""

    changed = Signal()

    COLUMNS = 2

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._zones: list[DropZone] = []
        self._frame_ratio: str | None = None
        self._subject = self.tr("images")
        self._settling = False
        self.setAcceptDrops(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.SPACING)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        theme.make_small(self.note_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING // 2)
        layout.addLayout(self.grid)
        layout.addWidget(self.note_label)
        self._normalise()

    @property
    def max_items(self) -> int | None:
        return self.field.max_items

    @property
    def min_items(self) -> int:
        return max(1, self.field.min_items or 0)

    def zones(self) -> list[DropZone]:
        return list(self._zones)

    def filled_zones(self) -> list[DropZone]:
        return [z for z in self._zones if z.state() != State.EMPTY]

    def paths(self) -> list[str]:
        return [p for z in self._zones if (p := z.path()) is not None]

    def set_sources(self, values: list[str]) -> None:
        """Show exactly these images, in this order (extra ones beyond the maximum are left out)."""
        had_images = bool(self.filled_zones())
        for zone in list(self._zones):
            self._remove_zone(zone)
        self.note_label.hide()
        sources = [s for v in values if (s := Source.from_text(str(v))) is not None]
        self._insert(sources, 0, announce=False)
        if had_images or sources:
            self.changed.emit()

    def add_sources(self, sources: list[Source], at: int | None = None) -> None:
        """Add images at a position (the end by default), up to the field's maximum."""
        filled = len(self.filled_zones())
        self._insert(sources, filled if at is None else min(at, filled))

    def clear(self) -> None:
        self.set_sources([])

    def move(self, zone: DropZone, to_index: int) -> None:
        """Move a filled zone to another filled slot, keeping the others in order."""
        filled = self.filled_zones()
        if zone not in filled:
            return
        to_index = max(0, min(to_index, len(filled) - 1))
        if filled.index(zone) == to_index:
            return
        filled.remove(zone)
        filled.insert(to_index, zone)
        empties = [z for z in self._zones if z not in filled]
        self._zones = filled + empties
        self._relayout()
        zone.setFocus()
        self.changed.emit()

    def set_frame_ratio(self, ratio: str | None) -> None:
        self._frame_ratio = ratio
        for zone in self._zones:
            zone.set_frame_ratio(ratio)

    def set_subject(self, subject: str) -> None:
        self._subject = subject
        self._update_hints()

    def pending(self) -> list[DropZone]:
        return [z for z in self._zones if z.state() == State.CHECKING]

    # --- internals ----------------------------------------------------------------------

    def _insert(self, sources: list[Source], at: int, announce: bool = True) -> None:
        filled = self.filled_zones()
        room = len(sources) if self.max_items is None else max(0, self.max_items - len(filled))
        taken, left_out = sources[:room], sources[room:]
        new_zones = [self._make_zone() for _ in taken]
        filled[at:at] = new_zones
        self._zones = filled + [z for z in self._zones if z not in filled]
        # Each load announces a change; the strip settles once, after all of them.
        self._settling = True
        try:
            for zone, source in zip(new_zones, taken, strict=True):
                zone.load(source)
        finally:
            self._settling = False
        if left_out:
            self.note_label.setText(
                self.tr("Only {limit} images fit here; {count} were left out.").format(
                    limit=self.max_items, count=len(left_out)
                )
            )
        self.note_label.setVisible(bool(left_out))
        self._normalise()
        if new_zones and announce:
            self.changed.emit()

    def _make_zone(self) -> DropZone:
        zone = DropZone(self.field, self)
        zone.allows_many = self.max_items is None or self.max_items > 1
        if zone.allows_many:
            # A one-image list behaves like a single zone: a new drop replaces its image.
            zone.many_dropped = self._many_dropped
            zone.move_requested = self._move_by
            zone.moved_onto = self._moved_onto
        zone.set_frame_ratio(self._frame_ratio)
        zone.changed.connect(self._zone_changed)
        return zone

    def _remove_zone(self, zone: DropZone) -> None:
        # Hidden now, deleted later: this may run inside the zone's own signal.
        if zone in self._zones:
            self._zones.remove(zone)
        zone.blockSignals(True)
        zone._cancel_work()
        self.grid.removeWidget(zone)
        zone.hide()
        zone.deleteLater()

    def _zone_changed(self) -> None:
        if self._settling:
            return
        self._normalise()
        self.changed.emit()

    def _normalise(self) -> None:
        """Filled zones first, then empty ones: as many as the minimum asks, at least one,
        while there is room for more."""
        filled = self.filled_zones()
        empties = [z for z in self._zones if z not in filled]
        room = self.max_items is None or len(filled) < self.max_items
        wanted_empty = max(1, self.min_items - len(filled)) if room else 0
        for zone in empties[wanted_empty:]:
            self._remove_zone(zone)
        empties = empties[:wanted_empty]
        while len(empties) < wanted_empty:
            empties.append(self._make_zone())
        self._zones = filled + empties
        self._relayout()

    def _relayout(self) -> None:
        for zone in self._zones:
            self.grid.removeWidget(zone)
        columns = 1 if self.max_items == 1 else self.COLUMNS
        for index, zone in enumerate(self._zones):
            self.grid.addWidget(zone, index // columns, index % columns)
            zone.show()
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self._update_hints()

    def _update_hints(self) -> None:
        filled = len(self.filled_zones())
        for index, zone in enumerate(self._zones):
            zone.set_subject(self._subject)
            if zone.state() == State.EMPTY and filled > 0:
                if self.max_items:
                    hint = self.tr("+ Add another image (up to {limit}) · drop, click or Ctrl+V")
                else:
                    hint = self.tr("+ Add another image · drop, click or Ctrl+V")
                zone.set_hint(hint.format(limit=self.max_items))
            else:
                zone.set_hint("")
            if self.max_items != 1:
                zone.setAccessibleName(
                    self.tr("Drop zone for {subject}, image {n}").format(
                        subject=self._subject, n=index + 1
                    )
                )

    def _many_dropped(self, zone: DropZone, sources: list[Source]) -> None:
        filled = self.filled_zones()
        if zone in filled:
            self._insert(sources, filled.index(zone))
        else:
            self._insert(sources, len(filled))

    def _move_by(self, zone: DropZone, step: int) -> None:
        filled = self.filled_zones()
        if zone in filled:
            self.move(zone, filled.index(zone) + step)

    def _moved_onto(self, target: DropZone, zone_id: str) -> None:
        moving = next((z for z in self._zones if str(id(z)) == zone_id), None)
        if moving is None or moving is target:
            return
        filled = self.filled_zones()
        index = filled.index(target) if target in filled else len(filled) - 1
        self.move(moving, index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _offers_images(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        sources = sources_from_mime(event.mimeData())
        if not sources:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_sources(sources)
