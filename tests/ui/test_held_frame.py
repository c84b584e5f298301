"""The end of a clip: both players hold its last frame (decoded by Qt's own media backend from
a real MP4 written with PyAV) instead of going black, and Space plays it again."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest

from app.core.jobs import Job, JobState
from app.core.storyboard import Segment
from app.ui.player import PlayerView
from app.ui.sequence_player import SequencePlayer

PRO = "bytedance/seedance-1-0/pro/image-to-video"
BLUE = (30, 90, 210)
RED = (220, 40, 30)
FPS = 24
FRAMES = 12


def write_clip(path: Path) -> Path:
    """Half a second of blue whose very last frame is red: what the end must show."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        stream.time_base = Fraction(1, FPS)
        for index in range(FRAMES):
            colour = RED if index == FRAMES - 1 else BLUE
            frame = av.VideoFrame.from_image(Image.new("RGB", (160, 120), colour))
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    return write_clip(tmp_path_factory.mktemp("held") / "blue-then-red.mp4")


def centre_colour(sink) -> QColor | None:
    frame = sink.videoFrame()
    if not frame.isValid():
        return None
    image = frame.toImage()
    return None if image.isNull() else image.pixelColor(image.width() // 2, image.height() // 2)


def is_close(colour: QColor | None, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return colour is not None and all(
        abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True)
    )


@pytest.mark.slow
def test_the_player_holds_the_last_frame_and_space_replays(qtbot, clip):
    player = PlayerView()
    qtbot.addWidget(player)
    player.resize(480, 360)
    player.show()
    try:
        player.show_job(
            Job(
                model_id=PRO,
                inputs={},
                engine="runcomfy",
                state=JobState.SUCCEEDED,
                files=[str(clip)],
            )
        )
        qtbot.waitUntil(lambda: player.ended, timeout=15000)
        # After the end the picture is the clip's last (red) frame, not an empty one.
        qtbot.waitUntil(lambda: centre_colour(player.video_sink()) is not None, timeout=5000)
        assert is_close(centre_colour(player.video_sink()), RED)
        assert player.play_button.text() == "Replay"

        seen: list[QColor | None] = []
        player.video_sink().videoFrameChanged.connect(
            lambda _frame: seen.append(centre_colour(player.video_sink()))
        )
        player.setFocus()
        QTest.keyClick(player, Qt.Key.Key_Space)
        # It plays again from the start (blue frames arrive), then holds the end again.
        qtbot.waitUntil(lambda: any(is_close(c, BLUE) for c in seen), timeout=15000)
        qtbot.waitUntil(
            lambda: player.media_player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia,
            timeout=15000,
        )
        qtbot.waitUntil(lambda: is_close(centre_colour(player.video_sink()), RED), timeout=5000)
    finally:
        player.clear()


@pytest.mark.slow
def test_the_sequence_player_holds_the_last_picture_and_space_plays_it_again(qtbot, clip):
    player = SequencePlayer()
    qtbot.addWidget(player)
    player.resize(480, 360)
    player.show()
    finished: list[bool] = []
    player.finished.connect(lambda: finished.append(True))
    player.set_segments([Segment(1, "a", FRAMES / FPS, clip=clip)])
    player.play()
    qtbot.waitUntil(lambda: bool(finished), timeout=15000)
    qtbot.waitUntil(lambda: centre_colour(player.video_sink()) is not None, timeout=5000)
    assert is_close(centre_colour(player.video_sink()), RED)
    assert not player.playing

    player.setFocus()
    QTest.keyClick(player, Qt.Key.Key_Space)
    assert player.playing and player.current_index == 0
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=15000)
    qtbot.waitUntil(lambda: is_close(centre_colour(player.video_sink()), RED), timeout=5000)
    player.stop()
