"""A big photo's frame (its proportions, name and verdict) shows before its picture is decoded,
and the window's one thumbnail cache decodes a file once."""

from __future__ import annotations

import os

import pytest
from PIL import Image

from app.ui.images import DropZone
from app.ui.widgets.thumbnails import ThumbnailCache, thumbnail_cache

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 20_000


@pytest.mark.slow
def test_a_big_jpeg_shows_its_frame_at_once_and_its_picture_after(qtbot, catalogue, tmp_path):
    path = tmp_path / "harbour-5999.jpg"
    noise = Image.effect_noise((5999, 3999), 64).convert("RGB")
    noise.save(path, quality=94)
    thumbnail_cache().clear()
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.resize(320, 420)
    zone.show()

    seen: dict[str, object] = {}

    def verdict(state: str) -> None:
        if state in ("valid", "invalid") and "state" not in seen:
            seen.update(
                state=state,
                thumbnail=zone.thumbnail(),
                frame=zone.preview.image_rect(),
                name=zone.name_label.text(),
            )

    zone.state_changed.connect(verdict)
    zone.set_source(str(path))
    qtbot.waitUntil(lambda: "state" in seen, timeout=WAIT)
    # The verdict comes from the header: the picture is still being decoded.
    assert seen["state"] == "valid" and seen["thumbnail"] is None
    assert seen["name"] == "harbour-5999.jpg"
    frame = seen["frame"]
    assert not frame.isEmpty()
    assert abs(frame.width() / frame.height() - 5999 / 3999) < 0.02
    qtbot.waitUntil(lambda: zone.thumbnail() is not None, timeout=WAIT)
    assert max(zone.thumbnail().width(), zone.thumbnail().height()) == 512


def test_the_thumbnail_cache_decodes_a_file_once_and_again_when_it_changes(tmp_path):
    path = tmp_path / "frame.png"
    Image.new("RGB", (800, 600), (40, 90, 160)).save(path)
    cache = ThumbnailCache()
    first = cache.get(path, 256)
    assert (first.width(), first.height()) == (256, 192)
    assert cache.get(path, 256).cacheKey() == first.cacheKey() and cache.decoded == 1
    assert cache.get(path, 128).width() == 128 and cache.decoded == 2  # another size
    before = path.stat().st_mtime_ns
    Image.new("RGB", (600, 600), (200, 90, 40)).save(path)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))  # coarse clocks
    again = cache.get(path, 256)
    assert (again.width(), again.height()) == (256, 256) and cache.decoded == 3


def test_the_thumbnail_cache_keeps_to_its_budget(tmp_path):
    paths = []
    for i in range(4):
        paths.append(tmp_path / f"p{i}.png")
        Image.new("RGB", (400, 400), (i * 40, 0, 0)).save(paths[-1])
    cache = ThumbnailCache(budget=2 * 256 * 256 * 4)
    for path in paths:
        cache.get(path, 256)
    assert len(cache) == 2
    cache.get(paths[-1], 256)
    assert cache.decoded == 4  # the newest is still there
