"""One cache of thumbnails for the whole window, decoded off the UI thread.

A thumbnail is known by the file's path, its modification time and size, and the side it was
made for: a file replaced under the same name is decoded again, the same file asked for twice
is decoded once. The cache keeps the most recently used pictures up to a memory budget.

Two ways in. A worker-backed request, for a widget that waits for one picture:

    cache = thumbnail_cache()
    task = cache.request(path, side=512, owner=widget, on_done=show, on_error=fail)

and :class:`Thumbnails`, for views that paint many pictures (the queue's rows, the
storyboard's cards): its lookup answers at once with what is ready (or None, and starts the
decode), and ``updated`` tells the view when a picture arrives, so painting never waits.

``on_done`` receives a :class:`QImage` on the UI thread (see :mod:`app.ui.workers`); the file
is looked at (``stat``) and decoded in a worker thread, so even a cache hit never waits on the
disk in the UI thread. ``decoder`` makes the cache serve any kind of picture (a video's frame):
it turns a path and a side into a Pillow image or a QImage.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QPixmap

from app.ui import theme
from app.ui.workers import Task, run_in_thread

if TYPE_CHECKING:  # Pillow loads with the first decode, in a worker, not before the first paint
    from PIL import Image

# Enough for a few dozen 512 px pictures; a thumbnail of that size is about 1 MB.
DEFAULT_BUDGET = 96 * 1024 * 1024
# Files that could not be made into a picture, remembered so that a repaint does not try again.
FAILURES_KEPT = 512
# The last key seen for each (path, side, decoder): what a lookup on the UI thread goes by.
SLOTS_KEPT = 4096
# How often a painted picture's file is looked at again (in a worker) for a replacement.
RECHECK_S = 3.0
# Scaled pixmaps kept for painting (they are small: the size drawn).
PIXMAPS_KEPT = 400

Decoder = Callable[[Path, int], "Image.Image | QImage"]
Key = tuple[str, int, int, int, str]
Slot = tuple[str, int, str]


def decode_image(path: Path, side: int) -> Image.Image:
    """A still image's thumbnail (JPEGs decoded at a reduced scale, see ``make_thumbnail``)."""
    from app.core import images  # the image modules load with the first picture, not earlier

    return images.make_thumbnail(path, max_side=side)


def to_qimage(picture: Image.Image) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    picture = picture.convert("RGBA") if picture.mode != "RGBA" else picture
    data = picture.tobytes("raw", "RGBA")
    qimage = QImage(
        data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888
    )
    return qimage.copy()  # detach from the Python buffer before it goes away


def slot_of(path: Path | str, side: int, decoder: Decoder) -> Slot:
    """What a lookup goes by without touching the disk: the path as given, side, decoder."""
    return (str(path), side, decoder.__qualname__)


class ThumbnailCache:
    """Thumbnails by (path, mtime, size, side, decoder), least recently used dropped first.

    Thread-safe: workers decode and store, the UI thread peeks."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._lock = threading.Lock()
        self._items: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0
        self._failures: OrderedDict[Key, None] = OrderedDict()
        self._latest: OrderedDict[Slot, Key] = OrderedDict()
        self.decoded = 0  # how many pictures were actually decoded (hits cost no decode)

    @staticmethod
    def key(path: Path, side: int, decoder: Decoder = decode_image) -> Key:
        """The key of a file as it is now on disk (call from a worker: it reads the disk)."""
        try:
            stat = path.stat()
        except OSError:  # gone: a key of its own, so that the failure is remembered
            return (str(path), -1, -1, side, decoder.__qualname__)
        return (str(path.resolve()), stat.st_mtime_ns, stat.st_size, side, decoder.__qualname__)

    def get(self, path: Path, side: int, decoder: Decoder = decode_image) -> QImage:
        """The thumbnail, from memory or decoded now. Blocking: call it from a worker thread."""
        path = Path(path)
        key = self.key(path, side, decoder)
        with self._lock:
            self._remember(slot_of(path, side, decoder), key)
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        try:
            result = decoder(path, side)
        except Exception:
            with self._lock:
                self._failures[key] = None
                self._failures.move_to_end(key)
                while len(self._failures) > FAILURES_KEPT:
                    self._failures.popitem(last=False)
            raise
        image = result if isinstance(result, QImage) else to_qimage(result)
        self._store(key, image)
        return image

    def peek(self, path: Path | str, side: int, decoder: Decoder = decode_image) -> QImage | None:
        """The thumbnail of the file as last seen, if it is in memory. Never touches the disk."""
        with self._lock:
            key = self._latest.get(slot_of(path, side, decoder))
            found = self._items.get(key) if key is not None else None
            if found is not None and key is not None:
                self._items.move_to_end(key)
            return found

    def failed(self, path: Path | str, side: int, decoder: Decoder = decode_image) -> bool:
        """True when the file, as last seen, could not be made into a picture."""
        with self._lock:
            key = self._latest.get(slot_of(path, side, decoder))
            return key is not None and key in self._failures

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
            self._failures.clear()
            self._latest.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    @property
    def size_in_bytes(self) -> int:
        """The pixels held now (at most the budget, or one picture when that alone is more)."""
        with self._lock:
            return self._bytes

    def _remember(self, slot: Slot, key: Key) -> None:
        """Under the lock: ``slot`` now means ``key``."""
        self._latest[slot] = key
        self._latest.move_to_end(slot)
        while len(self._latest) > SLOTS_KEPT:
            self._latest.popitem(last=False)

    def _store(self, key: Key, image: QImage) -> None:
        size = image.sizeInBytes()
        with self._lock:
            self.decoded += 1
            self._failures.pop(key, None)
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


class Thumbnails(QObject):
    """A painting view's way into the shared cache: ``picture`` answers at once with what is
    ready (None while it is decoded in a worker, or when the file cannot be shown), and
    ``updated`` carries the path when a picture arrives or changes.

    A file that cannot be read is remembered as such (not tried again at every repaint); a
    picture that is painted has its file looked at again, in a worker, every few seconds, so
    a file replaced under the same name is shown anew."""

    updated = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        cache: ThumbnailCache | None = None,
        recheck_s: float = RECHECK_S,
    ) -> None:
        super().__init__(parent)
        self._cache = cache if cache is not None else thumbnail_cache()
        self._recheck_s = recheck_s
        self._loading: set[Slot] = set()
        self._checked: OrderedDict[Slot, float] = OrderedDict()
        self._pixmaps: OrderedDict[tuple[int, int, int, float], QPixmap] = OrderedDict()

    def picture(
        self, path: Path | str | None, side: int, decoder: Decoder = decode_image
    ) -> QImage | None:
        """The thumbnail when it is ready; otherwise start making it and return None."""
        if path is None:
            return None
        slot = slot_of(path, side, decoder)
        found = self._cache.peek(path, side, decoder)
        if found is None and not self._cache.failed(path, side, decoder):
            self._load(slot, decoder, previous=None, first=True)
            return None
        checked = self._checked.get(slot)
        if checked is None or time.monotonic() - checked > self._recheck_s:
            self._load(slot, decoder, previous=found, first=False)
        return found

    def failed(self, path: Path | str, side: int, decoder: Decoder = decode_image) -> bool:
        """True when the file, as last seen, could not be made into a picture."""
        return self._cache.failed(path, side, decoder)

    @property
    def busy(self) -> bool:
        """True while a picture (or a look at a painted picture's file) is being made."""
        return bool(self._loading)

    def pixmap_of(
        self,
        path: Path | str | None,
        side: int,
        box: QSize,
        device_pixel_ratio: float,
        decoder: Decoder = decode_image,
    ) -> QPixmap | None:
        """The thumbnail scaled to fit ``box`` on a screen of this ratio, once per picture."""
        image = self.picture(path, side, decoder)
        if image is None:
            return None
        key = (image.cacheKey(), box.width(), box.height(), device_pixel_ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = theme.pixmap_for(image, box, device_pixel_ratio)
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > PIXMAPS_KEPT:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        return pixmap

    def _load(self, slot: Slot, decoder: Decoder, *, previous: QImage | None, first: bool) -> None:
        if slot in self._loading:
            return
        self._loading.add(slot)
        path, side, _name = slot

        def done(image: QImage) -> None:
            self._arrived(slot, changed=image is not previous)

        def failed(_error: BaseException) -> None:
            self._arrived(slot, changed=first or previous is not None)

        run_in_thread(
            self._cache.get, Path(path), side, decoder, owner=self, on_done=done, on_error=failed
        )

    def _arrived(self, slot: Slot, *, changed: bool) -> None:
        self._loading.discard(slot)
        self._checked[slot] = time.monotonic()
        self._checked.move_to_end(slot)
        while len(self._checked) > SLOTS_KEPT:
            self._checked.popitem(last=False)
        if changed:
            self.updated.emit(slot[0])


__all__ = [
    "Decoder",
    "ThumbnailCache",
    "Thumbnails",
    "decode_image",
    "thumbnail_cache",
    "to_qimage",
]
