"""The window's one thumbnail cache as the painting views use it: a lookup answers at once, the
picture follows with a signal, a file that cannot be read is not tried at every repaint, a file
replaced under the same name is shown anew, and the queue and the storyboard share pictures."""

from __future__ import annotations

import os

from PIL import Image
from PySide6.QtCore import QSize

from app.ui.queue_delegate import RowThumbnails, read_thumbnail
from app.ui.storyboard.background import frame_picture
from app.ui.storyboard.constants import PICTURE_SIDE
from app.ui.storyboard.pictures import PictureCache
from app.ui.widgets.thumbnails import ThumbnailCache, Thumbnails, thumbnail_cache

WAIT = 10_000


def colour_at_centre(image) -> tuple[int, int, int]:
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return (colour.red(), colour.green(), colour.blue())


def test_a_lookup_answers_at_once_and_the_picture_follows(qtbot, tmp_path):
    path = tmp_path / "boat.png"
    Image.new("RGB", (800, 400), (30, 120, 200)).save(path)
    cache = ThumbnailCache()
    pictures = Thumbnails(cache=cache)
    with qtbot.waitSignal(pictures.updated, timeout=WAIT) as blocker:
        assert pictures.picture(path, 200) is None  # decoded in a worker, not here
    assert blocker.args == [str(path)]
    image = pictures.picture(path, 200)
    assert image is not None and (image.width(), image.height()) == (200, 100)
    assert pictures.picture(path, 200) is image and cache.decoded == 1
    pixmap = pictures.pixmap_of(path, 200, QSize(50, 50), 2.0)
    assert pixmap is not None and pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (100, 50)
    assert pictures.pixmap_of(path, 200, QSize(50, 50), 2.0) is pixmap


def test_a_file_that_cannot_be_read_is_not_tried_at_every_repaint(qtbot, tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"not a picture at all")
    cache = ThumbnailCache()
    pictures = Thumbnails(cache=cache, recheck_s=3600)
    with qtbot.waitSignal(pictures.updated, timeout=WAIT):
        assert pictures.picture(path, 100) is None
    for _ in range(20):
        assert pictures.picture(path, 100) is None
    assert cache.failed(path, 100) and cache.decoded == 0
    assert not pictures.busy  # nothing started again


def test_a_file_replaced_under_the_same_name_is_shown_anew(qtbot, tmp_path):
    path = tmp_path / "frame.png"
    Image.new("RGB", (300, 300), (200, 40, 40)).save(path)
    cache = ThumbnailCache()
    pictures = Thumbnails(cache=cache, recheck_s=0)
    with qtbot.waitSignal(pictures.updated, timeout=WAIT):
        pictures.picture(path, 100)
    first = pictures.picture(path, 100)
    assert first is not None and colour_at_centre(first) == (200, 40, 40)
    before = path.stat().st_mtime_ns
    Image.new("RGB", (300, 300), (40, 200, 40)).save(path)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))  # coarse clocks
    qtbot.waitUntil(
        lambda: (image := pictures.picture(path, 100)) is not None
        and colour_at_centre(image) == (40, 200, 40),
        timeout=WAIT,
    )
    assert cache.decoded == 2


def test_an_unchanged_file_is_looked_at_again_without_a_new_decode(qtbot, tmp_path):
    path = tmp_path / "still.png"
    Image.new("RGB", (300, 200), (90, 90, 20)).save(path)
    cache = ThumbnailCache()
    pictures = Thumbnails(cache=cache, recheck_s=0)
    arrivals: list[str] = []
    pictures.updated.connect(arrivals.append)
    qtbot.waitUntil(lambda: pictures.picture(path, 120) is not None, timeout=WAIT)
    for _ in range(5):
        pictures.picture(path, 120)
        qtbot.waitUntil(lambda: not pictures.busy, timeout=WAIT)
    assert cache.decoded == 1 and arrivals == [str(path)]  # no repaint for the same picture


def test_the_queue_and_the_storyboard_draw_from_one_cache(qtbot, tmp_path):
    path = tmp_path / "harbour.png"
    Image.new("RGB", (640, 480), (10, 100, 160)).save(path)
    rows = RowThumbnails()
    cards = PictureCache()
    with qtbot.waitSignal(rows.updated, timeout=WAIT):
        assert rows.pixmap(str(path), 1.0) is None
    with qtbot.waitSignal(cards.updated, timeout=WAIT):
        assert cards.image(path) is None
    assert rows.pixmap(str(path), 1.0) is not None and cards.image(path) is not None
    shared = thumbnail_cache()
    assert shared.peek(path, 112, read_thumbnail) is not None
    assert shared.peek(path, PICTURE_SIDE, frame_picture) is not None


def test_the_cache_holds_to_its_memory_budget_least_recently_used_first(tmp_path):
    paths = []
    for i in range(5):
        paths.append(tmp_path / f"p{i}.png")
        Image.new("RGB", (200, 200), (i * 40, 0, 0)).save(paths[-1])
    one = 100 * 100 * 4
    cache = ThumbnailCache(budget=3 * one)
    for path in paths[:3]:
        cache.get(path, 100)
    assert cache.peek(paths[0], 100) is not None  # used: now the most recent
    cache.get(paths[3], 100)
    assert cache.size_in_bytes <= 3 * one
    assert cache.peek(paths[1], 100) is None  # the least recently used went first
    assert all(cache.peek(p, 100) is not None for p in (paths[0], paths[2], paths[3]))
