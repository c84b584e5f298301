"""One cache of thumbnails for the whole window, decoded off the UI thread.

A thumbnail is known by the file's path, its modification time and size, and the side it was
made for: a file replaced under the same name is decoded again, the same file asked for twice
is decoded once. The cache keeps the most recently used pictures up to a memory budget.

    cache = thumbnail_cache()
    task = cache.request(path, side=512, owner=widget, on_done=show, on_error=fail)

``on_done`` receives a :class:`QImage` on the UI thread (see :mod:`app.ui.workers`); the file
is looked at (``stat``) and decoded in a worker thread, so even a cache hit never waits on the
disk in the UI thread. ``decoder`` makes the cache serve any kind of picture (a video's frame):
it turns a path and a side into a Pillow image.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from app.core import images
from app.ui.workers import Task, run_in_thread

if TYPE_CHECKING:  # Pillow loads with the first decode, in a worker, not before the first paint
    from PIL import Image

# Enough for a few dozen 512 px pictures; a thumbnail of that size is about 1 MB.
DEFAULT_BUDGET = 96 * 1024 * 1024

Decoder = Callable[[Path, int], "Image.Image"]
Key = tuple[str, int, int, int, str]


def decode_image(path: Path, side: int) -> Image.Image:
    """A still image's thumbnail (JPEGs decoded at a reduced scale, see ``make_thumbnail``)."""
    return images.make_thumbnail(path, max_side=side)


def to_qimage(picture: Image.Image) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    picture = picture.convert("RGBA") if picture.mode != "RGBA" else picture
    data = picture.tobytes("raw", "RGBA")
    qimage = QImage(
        data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888
    )
    return qimage.copy()  # detach from the Python buffer before it goes away


class ThumbnailCache:
    """Thumbnails by (path, mtime, size, side, decoder), least recently used dropped first."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._lock = threading.Lock()
        self._items: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0
        self.decoded = 0  # how many pictures were actually decoded (hits cost no decode)

    @staticmethod
    def key(path: Path, side: int, decoder: Decoder = decode_image) -> Key:
        """The key of a file as it is now on disk (call from a worker: it reads the disk)."""
        stat = path.stat()
        return (str(path.resolve()), stat.st_mtime_ns, stat.st_size, side, decoder.__qualname__)

    def get(self, path: Path, side: int, decoder: Decoder = decode_image) -> QImage:
        """The thumbnail, from memory or decoded now. Blocking: call it from a worker thread."""
        key = self.key(Path(path), side, decoder)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        image = to_qimage(decoder(Path(path), side))
        self._store(key, image)
        return image

    def request(
        self,
        path: Path,
        side: int,
        *,
        owner: QObject | None,
        on_done: Callable[[QImage], None],
        on_error: Callable[[BaseException], None] | None = None,
        decoder: Decoder = decode_image,
    ) -> Task:
        """Get the thumbnail in a worker thread; the answer arrives on the UI thread."""
        return run_in_thread(
            self.get, Path(path), side, decoder, owner=owner, on_done=on_done, on_error=on_error
        )

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def _store(self, key: Key, image: QImage) -> None:
        size = image.sizeInBytes()
        with self._lock:
            self.decoded += 1
            if key in self._items:
                self._bytes -= self._items.pop(key).sizeInBytes()
            self._items[key] = image
            self._bytes += size
            while self._bytes > self.budget and len(self._items) > 1:
                _old, dropped = self._items.popitem(last=False)
                self._bytes -= dropped.sizeInBytes()


_shared = ThumbnailCache()


def thumbnail_cache() -> ThumbnailCache:
    """The window's one thumbnail cache."""
    return _shared


__all__ = ["ThumbnailCache", "decode_image", "thumbnail_cache", "to_qimage"]
