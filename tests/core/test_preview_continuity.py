"""Continuity through offline previews: a frame taken from a preview carries no label, even
after several continuations, and an exported animatic of a preview carries the label."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops, ImageStat

from app.core.preview_label import DEFAULT_LABEL, preview_label
from app.core.video import export_sequence
from app.core.video_reading import last_frame
from app.sim.render import RenderSpec, render_preview

WIDTH, HEIGHT = 640, 360
LABEL_CORNER = (0, HEIGHT * 3 // 4, WIDTH // 2, HEIGHT)  # where a label would sit
OTHER_CORNER = (WIDTH // 2, HEIGHT * 3 // 4, WIDTH, HEIGHT)


@dataclass(frozen=True)
class Piece:
    clip: Path | None = None
    still: Path | None = None
    duration_s: float = 0.0


def decoded_last(path: Path) -> Image.Image:
    with av.open(str(path)) as container:
        frames = [f.to_image() for f in container.decode(video=0)]
    return frames[-1].convert("RGB")


def largest_difference(a: Image.Image, b: Image.Image) -> int:
    return max(high for _, high in ImageChops.difference(a, b).getextrema())


@pytest.mark.slow
def test_continuing_from_a_preview_twice_carries_no_label(tmp_path):
    start = tmp_path / "start.png"
    Image.new("RGB", (WIDTH, HEIGHT), (236, 232, 214)).save(start)
    clean = tmp_path / "clean.mp4"
    render_preview(RenderSpec(WIDTH, HEIGHT, 24, 12, first_frame=start, seed=4), clean)
    reference = decoded_last(clean)

    frame = start
    for round_number in range(2):
        clip = tmp_path / f"continued-{round_number}.mp4"
        render_preview(RenderSpec(WIDTH, HEIGHT, 24, 12, first_frame=frame, seed=4), clip)
        frame = last_frame(clip, tmp_path / f"last-{round_number}.png")
        with Image.open(frame) as taken:
            picture = taken.convert("RGB")
        # What Continue puts in the next first frame is the clean render's picture…
        assert largest_difference(picture, reference) <= 6
        # …with nothing dark in the corner where the label used to be burnt in.
        corner = picture.crop(LABEL_CORNER).convert("L")
        assert corner.getextrema()[0] > 200


@pytest.mark.slow
def test_an_exported_animatic_of_a_preview_carries_the_label(tmp_path):
    start = tmp_path / "start.png"
    Image.new("RGB", (WIDTH, HEIGHT), (236, 232, 214)).save(start)
    preview = tmp_path / "preview.mp4"
    render_preview(RenderSpec(WIDTH, HEIGHT, 24, 12, first_frame=start, seed=2), preview)
    assert preview_label(preview) == DEFAULT_LABEL

    held = tmp_path / "held.png"
    Image.new("RGB", (WIDTH, HEIGHT), (236, 232, 214)).save(held)
    result = export_sequence(
        [Piece(clip=preview), Piece(still=held, duration_s=0.5)], tmp_path / "animatic.mp4"
    )
    assert not result.remuxed
    with av.open(str(result.path)) as container:
        frames = [f.to_image().convert("L") for f in container.decode(video=0)]
    in_preview, in_still = frames[5], frames[-1]
    corner = in_preview.crop(LABEL_CORNER)
    assert corner.getextrema()[0] < 140  # the dark pill of the label
    assert ImageStat.Stat(corner).mean[0] < ImageStat.Stat(in_preview.crop(OTHER_CORNER)).mean[0]
    # The user's own held frame is no preview: no label on it.
    assert in_still.crop(LABEL_CORNER).getextrema()[0] > 200


@pytest.mark.slow
def test_joining_previews_alone_still_burns_the_label_in(tmp_path):
    start = tmp_path / "start.png"
    Image.new("RGB", (WIDTH, HEIGHT), (236, 232, 214)).save(start)
    clips = []
    for n in range(2):
        clip = tmp_path / f"p{n}.mp4"
        render_preview(RenderSpec(WIDTH, HEIGHT, 24, 6, first_frame=start, seed=n), clip)
        clips.append(Piece(clip=clip))
    result = export_sequence(clips, tmp_path / "joined.mp4")
    assert not result.remuxed  # the packets alone would carry no label
    last = decoded_last(result.path).convert("L")
    assert last.crop(LABEL_CORNER).getextrema()[0] < 140
