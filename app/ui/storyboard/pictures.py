"""The storyboard's card pictures (frames and clips) from the window's one thumbnail cache.

Cards are painted from here while they are drawn: a picture is looked up at once without
touching the disk (None until a worker has made it), ``updated`` says when one arrives, and a
file that cannot be read is remembered as such (not tried again at every repaint)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.ui.storyboard.background import clip_picture, frame_picture
from app.ui.storyboard.constants import PICTURE_SIDE
from app.ui.widgets.thumbnails import Thumbnails


class PictureCache(Thumbnails):
    """Thumbnails of frames and clips, made in worker threads; ``updated`` when one arrives."""

    def image(self, path: Path | str | None, *, clip: bool = False) -> QImage | None:
        """The picture when it is ready; otherwise start making it and return None."""
        return self.picture(path, PICTURE_SIDE, clip_picture if clip else frame_picture)

    def unavailable(self, path: Path | str, *, clip: bool = False) -> bool:
        """True when the file, as last seen, could not be made into a picture."""
        return self.failed(path, PICTURE_SIDE, clip_picture if clip else frame_picture)
