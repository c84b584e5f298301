"""Where images come from: files, URLs, pastes and drags, and the files they become.

A drop, a paste or the file dialog offers one or more :class:`Source` objects (a local file, an
http(s) URL, or image data). Image data from a browser or the clipboard is saved to
``cache_dir()/inputs`` under a name taken from its content, so the same picture dropped twice
is one file; a URL is fetched there by :class:`app.ui.bridge.ImageFetch`.
"""

from __future__ import annotations

import enum
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDrag, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core import images
from app.core.errors import ImageError
from app.core.settings import cache_dir
from app.core.urls import is_allowed_image_url
from app.core.validation import is_url
from app.core.wording import QT_TRANSLATE_NOOP, said
from app.ui import theme
from app.ui.local_files import local_path

IMAGE_FILE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff"
_last_directory = ""  # the file dialog opens where the last image was chosen
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


def inputs_dir() -> Path:
    """Where fetched URLs and pasted or dragged image data are kept for checking."""
    return cache_dir() / "inputs"


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


def offers_images(mime: QMimeData) -> bool:
    """A cheap look at a drag's formats, without reading its data."""
    if mime.hasUrls():
        return any(u.isLocalFile() or u.scheme() in ("http", "https") for u in mime.urls())
    if mime.hasImage() or any(f.startswith("image/") for f in mime.formats()):
        return True
    return mime.hasText() and bool(sources_from_mime(mime))


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


def save_bytes(data: bytes, mime_type: str) -> Path:
    """Image data from a drag or the clipboard, kept as a file named by its content."""
    info = images.probe_bytes(data, said(QT_TRANSLATE_NOOP("Errors", "The dropped image")))
    subtype = mime_type.partition("/")[2].lower()
    suffix = _IMAGE_SUFFIXES.get((info.format or "").upper()) or f".{subtype or 'img'}"
    digest = hashlib.sha256(data).hexdigest()[:20]
    return _write_atomically(inputs_dir(), f"dropped-{digest}{suffix}", data)


def save_qimage(image: QImage) -> Path:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 takes the format as str only, though its stub says bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ImageError(
            said(QT_TRANSLATE_NOOP("Errors", "The pasted image could not be saved as PNG."))
        )
    data = bytes(buffer.data().data())
    return save_bytes(data, "image/png")


def open_image_dialog(
    parent: QWidget,
    title: str,
    multiple: bool,
    current: str | None,
    on_chosen: Callable[[list[str]], None],
) -> QFileDialog:
    """The file dialog for images, opened non-modally where the last image was chosen."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("DropZone", text)

    dialog = QFileDialog(parent, title)
    dialog.setNameFilters(
        [tr("Images ({patterns})").format(patterns=IMAGE_FILE_PATTERNS), tr("All files (*)")]
    )
    mode = QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile
    dialog.setFileMode(mode)
    directory = _last_directory or (str(Path(current).parent) if current else "")
    if directory:
        dialog.setDirectory(directory)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(files: list[str]) -> None:
        global _last_directory
        if files:
            _last_directory = str(Path(files[0]).parent)
            on_chosen(files)

    dialog.filesSelected.connect(chosen)
    dialog.open()
    return dialog


def start_reorder_drag(source: QWidget, thumbnail: QImage | None) -> None:
    """Drag a zone's image to another slot of its strip (the strip finds the zone by id)."""
    mime = QMimeData()
    mime.setData(REORDER_MIME, QByteArray(str(id(source)).encode()))
    drag = QDrag(source)
    drag.setMimeData(mime)
    if thumbnail is not None:
        drag.setPixmap(theme.pixmap_for(thumbnail, QSize(96, 96), source.devicePixelRatioF()))
    drag.exec(Qt.DropAction.MoveAction)
