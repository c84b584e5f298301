"""Play sequence keeps the editor's trims: each clip, decoded by Qt's own media backend from a
real MP4 written with PyAV whose frames carry their index as a colour, starts at its in point
and gives way to the next shot at its out point; the timeline, the time and the total are the
trimmed cut's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QColor
from window_support import one_window

from app.core.catalogue import Catalogue
from app.core.storyboard import Segment
from app.ui.sequence_player import SequencePlayer
from tests.core.handoff_support import make_board
from tests.media_files import colour_at, make_video

FPS = 12
SECONDS = 2.0
FRAMES = round(FPS * SECONDS)  # 24: frame i is shown from i / 12 s


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("trimmed")
    return {
        "counted": make_video(folder / "counted.mp4", seconds=SECONDS, fps=FPS),
        "green": make_video(folder / "green.mp4", seconds=1.0, fps=FPS, colour=(30, 200, 60)),
    }


def frame_index(colour: QColor | None) -> int | None:
    """Which frame of the counted clip a colour is (its red channel rises frame by frame)."""
    if colour is None:
        return None
    red, green, blue = colour.getRgb()[:3]
    index = round((red - 40) / 180 * (FRAMES - 1))
    expected = colour_at(max(0, min(FRAMES - 1, index)), FRAMES)
    if abs(green - expected[1]) > 40 or abs(blue - expected[2]) > 40:
        return None  # not a frame of the counted clip
    return index


def centre_colour(player: SequencePlayer) -> QColor | None:
    frame = player.video_sink().videoFrame()
    if not frame.isValid():
        return None
    image = frame.toImage()
    return None if image.isNull() else image.pixelColor(image.width() // 2, image.height() // 2)


def trimmed_player(qtbot, segments: list[Segment]) -> SequencePlayer:
    player = SequencePlayer()
    qtbot.addWidget(player)
    player.resize(480, 360)
    player.show()
    player.set_segments(segments)
    return player


@pytest.mark.slow
def test_a_trimmed_clip_plays_from_its_in_point_and_moves_on_at_its_out(qtbot, clips):
    player = trimmed_player(
        qtbot,
        [
            Segment(1, "a", 1.0, clip=clips["counted"], clip_in_s=0.5, clip_out_s=1.5),
            Segment(2, "b", 1.0, clip=clips["green"]),
        ],
    )
    # The cut is 2 s long, not the 3 s of the two files.
    assert player.total_seconds == pytest.approx(2.0)
    assert player.timeline.total == pytest.approx(2.0)
    assert player.time_label.text().endswith("0:02.0")

    shown: list[int | None] = []  # the counted clip's frames, as they are shown
    clock = QElapsedTimer()
    moved_on_after: list[float] = []

    def frame_arrived(_frame) -> None:
        if player.current_index != 0:
            return
        index = frame_index(centre_colour(player))
        if index is not None:
            if not shown:
                clock.start()
            shown.append(index)

    def segment_changed(index: int) -> None:
        if index == 1 and clock.isValid():
            moved_on_after.append(clock.elapsed() / 1000)

    finished: list[bool] = []
    playhead: list[tuple[int, float]] = []  # (shot, where the timeline's playhead is)

    def sample() -> bool:
        if player.current_index >= 0:
            playhead.append((player.current_index, player.timeline.position))
        return bool(finished)

    player.video_sink().videoFrameChanged.connect(frame_arrived)
    player.segment_changed.connect(segment_changed)
    player.finished.connect(lambda: finished.append(True))
    player.play()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    # The header says which part of the clip plays.
    assert player.shot_label.text() == "Shot 1 of 2 · 1 s of its clip, from 0.5 s"
    qtbot.waitUntil(sample, timeout=20000)
    # The first picture is the frame at 0.5 s (frame 6), never one from before it.
    assert abs(shown[0] - 6) <= 1, shown
    assert min(shown) >= 5, shown
    # It gave way to the next shot after about a second, at the frame at 1.5 s (frame 18),
    # not at the clip's end half a second later.
    assert max(shown) <= 19, shown
    assert moved_on_after and 0.7 <= moved_on_after[0] <= 1.45, moved_on_after
    # The playhead runs through the first shot's kept second (not to 1.5 s, where the clip
    # itself is), then on through the second shot to the cut's end.
    first = [at for shot, at in playhead if shot == 0]
    second = [at for shot, at in playhead if shot == 1]
    assert first and max(first) <= 1.0 + 1e-6, first
    assert second and all(1.0 - 1e-6 <= at <= 2.0 for at in second), second
    assert player.timeline.position == pytest.approx(2.0)
    # At the end the time reads the trimmed cut's length.
    assert player.time_label.text() == "0:02.0 / 0:02.0"
    assert not player.playing


@pytest.mark.slow
def test_a_trimmed_last_clip_holds_its_out_frame_and_plays_again(qtbot, clips):
    player = trimmed_player(
        qtbot, [Segment(1, "a", 0.5, clip=clips["counted"], clip_in_s=1.0, clip_out_s=1.5)]
    )
    with qtbot.waitSignal(player.finished, timeout=20000):
        player.play()
    # The clip stops at its out point (about frame 18) and its picture stays, not black and
    # not played on to the clip's end.
    qtbot.waitUntil(lambda: centre_colour(player) is not None, timeout=5000)
    last = frame_index(centre_colour(player))
    assert last is not None and 16 <= last <= 19, last
    assert player.media_player.isPlaying() is False

    # Playing again starts from the in point once more.
    seen: list[int | None] = []
    player.video_sink().videoFrameChanged.connect(
        lambda _frame: seen.append(frame_index(centre_colour(player)))
    )
    with qtbot.waitSignal(player.finished, timeout=20000):
        player.play()
    indices = [i for i in seen if i is not None]
    assert indices and abs(indices[0] - 12) <= 1 and max(indices) <= 19, indices


@pytest.mark.slow
def test_paused_before_its_clip_loads_it_still_starts_at_the_in_point(qtbot, clips):
    player = trimmed_player(
        qtbot, [Segment(1, "a", 0.5, clip=clips["counted"], clip_in_s=1.0, clip_out_s=1.5)]
    )
    seen: list[int] = []
    player.video_sink().videoFrameChanged.connect(
        lambda _frame: seen.extend(
            [i] if (i := frame_index(centre_colour(player))) is not None else []
        )
    )
    player.play()
    player.pause()  # the clip is still loading: nothing plays, the time stays at 0
    assert not player.playing and player.time_label.text() == "0:00.0 / 0:00.5"
    with qtbot.waitSignal(player.finished, timeout=20000):
        player.play()
    assert seen and abs(seen[0] - 12) <= 1 and min(seen) >= 11, seen


@pytest.mark.slow
def test_the_windows_play_sequence_keeps_the_trims_of_the_board(qapp, qtbot, tmp_path):
    board = make_board(tmp_path / "Harbour", Catalogue.load())
    with one_window(shown=True, storyboard=True, forget_changes=True) as window:
        view = window.storyboard
        view.open_board(board.path)
        qtbot.waitUntil(lambda: view.shot_model.rowCount() == 4)
        with qtbot.waitSignal(view.sequence_ready, timeout=20000):
            view.sequence.refresh_sequence()
        whole = {s.shot_number: s.duration_s for s in view.player.segments()}
        total = view.player.total_seconds

        # Shot 2 comes back from the editor trimmed to 0.5-1.25 s, shot 4 (a held frame) to
        # its first second.
        view.board.shots[1].trim_in, view.board.shots[1].trim_out = 0.5, 1.25
        view.board.shots[3].trim_out = 1.0
        view.sequence.play_sequence(from_row=1)
        qtbot.waitUntil(lambda: view.player.current_index == 1, timeout=20000)
        player = view.player
        two = player.current_segment()
        assert two is not None and two.clip is not None
        assert (two.clip_in_s, two.clip_out_s, two.duration_s) == (0.5, 1.25, 0.75)
        assert player.total_seconds == pytest.approx(total - whole[2] - whole[4] + 0.75 + 1.0)
        assert player.timeline.total == pytest.approx(player.total_seconds)
        assert player.shot_label.text() == "Shot 2 of 4 · 0.75 s of its clip, from 0.5 s"
        # It moves on to shot 3 after the kept part.
        qtbot.waitUntil(lambda: player.current_index == 2, timeout=20000)
        player.stop()
