"""A still from a clip: its first frame, or the frame a share of the way in (with a seek on a
longer clip), and a readable error for a file that is not a video."""

from __future__ import annotations

import pytest
from media_files import colour_at, make_video

from app.core.video_reading import VideoError
from app.core.video_still import video_still


def near(got: tuple[int, ...], expected: tuple[int, int, int], slack: int = 14) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(got[:3], expected, strict=True))


def test_the_first_frame_and_the_frame_a_third_of_the_way_in(tmp_path):
    frames = 36
    clip = make_video(tmp_path / "clip.mp4", seconds=3.0, fps=12, size=(320, 180))
    first = video_still(clip, max_side=64)
    assert max(first.size) == 64 and first.mode == "RGB"
    assert near(first.getpixel((32, 18)), colour_at(0, frames))
    third = video_still(clip, at=1 / 3)
    assert third.size == (320, 180)
    assert near(third.getpixel((160, 90)), colour_at(12, frames))
    last = video_still(clip, at=1.0)  # past the last frame: the last one
    assert near(last.getpixel((160, 90)), colour_at(frames - 1, frames))


def test_a_file_that_is_not_a_video_is_said_plainly(tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video" * 40)
    with pytest.raises(VideoError) as caught:
        video_still(broken)
    assert "broken.mp4" in str(caught.value)
    with pytest.raises(VideoError, match="does not exist"):
        video_still(tmp_path / "gone.mp4")
