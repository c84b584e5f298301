"""The storyboard's card picture cache: thumbnails of frames and clips, made in workers.

Not the window's shared :mod:`app.ui.widgets.thumbnails` cache: cards are painted from here
while they are drawn, so a picture must be looked up at once without touching the disk, and a
file that cannot be read is remembered as such (not tried again at every repaint). The shared
cache answers only through a worker (its key is the file's modification time and size), and
keeps no failures."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtGui import (
    QImage,
)

from app.ui.storyboard.background import clip_picture, frame_picture
from app.ui.storyboard.constants import PICTURE_CACHE_SIZE
from app.ui.workers import run_in_thread


class PictureCache(QObject):
    """Thumbnails of frames and clips, made in worker threads; ``updated`` when one arrives."""

    updated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._loading: set[str] = set()

    def image(self, path: Path | str | None, *, clip: bool = False) -> QImage | None:
        """The picture when it is ready; otherwise start making it and return None."""
        if path is None:
            return None
        key = str(path)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if key not in self._loading:
            self._loading.add(key)
            picture = clip_picture if clip else frame_picture

            def done(image: QImage, k: str = key) -> None:
                self._store(k, image)

            def failed(_error: BaseException, k: str = key) -> None:
                self._store(k, None)

            run_in_thread(picture, Path(key), owner=self, on_done=done, on_error=failed)
        return None

    def _store(self, key: str, image: QImage | None) -> None:
        self._loading.discard(key)
        self._images[key] = image
        while len(self._images) > PICTURE_CACHE_SIZE:
            self._images.popitem(last=False)
        self.updated.emit(key)
