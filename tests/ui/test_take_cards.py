"""A take's card whose clip is gone or broken shows a film icon in place of its picture, and a
good clip its own frame; nothing is shown as an error."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from media_files import make_video
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView

from app.core.takes import Take
from app.ui import theme
from app.ui.storyboard.pictures import PictureCache
from app.ui.takes.model import PICTURE, TakeDelegate, TakesModel


@dataclass
class Shot:
    takes: list[Take] = field(default_factory=list)
    chosen_take: str | None = None


def has_colour(view: QListView, row: int, colour: QColor, slack: int) -> bool:
    """Whether the middle of the card's picture holds a pixel of ``colour``."""
    rect = view.visualRect(view.model().index(row))
    image = view.viewport().grab().toImage()
    box = QRect(rect.left() + 4, rect.top() + 4, PICTURE.width(), PICTURE.height())
    centre = box.center()
    for y in range(centre.y() - 16, centre.y() + 16):
        for x in range(centre.x() - 16, centre.x() + 16):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= slack
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                return True
    return False


def test_a_take_without_a_readable_clip_shows_a_film_icon(qtbot, qapp, catalogue, tmp_path, caplog):
    good = make_video(tmp_path / "good.mp4", colour=(200, 60, 40))
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all" * 50)
    gone = tmp_path / "gone.mp4"
    model_id = next(iter(catalogue)).model_id
    takes = [
        Take(job_id=f"j{i}", clip=Path(p), model_id=model_id, engine="offline")
        for i, p in enumerate((good, broken, gone))
    ]
    pictures = PictureCache()
    model = TakesModel(catalogue, pictures)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TakeDelegate(view))
    view.resize(420, 600)
    view.show()
    caplog.set_level(logging.DEBUG)
    model.show(Shot(takes), set())
    muted = theme.muted(view.palette())

    def settled() -> None:
        view.viewport().repaint()
        assert has_colour(view, 0, QColor(200, 60, 40), 14)
        assert has_colour(view, 1, muted, 10)
        assert has_colour(view, 2, muted, 10)

    qtbot.waitUntil(settled, timeout=15000)
    assert not has_colour(view, 0, muted, 10)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
