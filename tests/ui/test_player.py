"""The inline player, on real MP4s (rendered with PyAV by the preview renderer) decoded by
Qt's own media backend: frames arrive, the keys work, the clip can be dragged out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.jobs import Job, JobState
from app.sim.render import RenderSpec, render_preview
from app.ui.player import PlayerView, time_text
from app.ui.preview_badge import preview_badge

PRO = "bytedance/seedance-1-0/pro/image-to-video"
FPS = 24


def make_clip(folder: Path, name: str, *, audio: bool, seconds: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    frame = folder / f"{name}.png"
    Image.new("RGB", (320, 240), (30, 120, 200)).save(frame)
    clip = folder / f"{name}.mp4"
    spec = RenderSpec(
        width=320,
        height=240,
        fps=FPS,
        frame_count=FPS * seconds,
        first_frame=frame,
        audio=audio,
        seed=7,
    )
    render_preview(spec, clip)
    return clip


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "sound": make_clip(folder, "with-sound", audio=True),
        "silent": make_clip(folder, "silent", audio=False),
    }


@pytest.fixture
def player(qtbot) -> PlayerView:
    view = PlayerView()
    qtbot.addWidget(view)
    view.resize(480, 360)
    view.show()
    yield view
    view.clear()


def finished_job(path: Path, engine: str = "offline") -> Job:
    return Job(
        model_id=PRO,
        inputs={"prompt": "a harbour at dawn"},
        engine=engine,
        state=JobState.SUCCEEDED,
        files=[str(path)],
    )


def test_time_reads_in_tenths():
    assert time_text(1234, 5000) == "0:01.2 / 0:05.0"
    assert time_text(61_500, 125_000) == "1:01.5 / 2:05.0"


def test_time_tenths_take_the_languages_decimal_mark(german):
    assert time_text(1234, 5000) == "0:01,2 / 0:05,0"


def test_a_clip_plays_inline_and_the_keys_drive_it(qtbot, player, clips):
    frames: list[object] = []
    player.video_sink().videoFrameChanged.connect(frames.append)
    player.show_job(finished_job(clips["sound"]))
    assert player.current_file == clips["sound"]
    qtbot.waitUntil(lambda: len(frames) >= 3, timeout=15000)
    qtbot.waitUntil(lambda: player.media_player.duration() > 0, timeout=5000)
    assert player.playing
    assert player.time_label.text().endswith("/ 0:02.0")
    qtbot.waitUntil(player.mute_button.isEnabled, timeout=5000)  # the clip has sound

    player.setFocus()
    QTest.keyClick(player, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.playing, timeout=5000)
    assert player.play_button.text() == "Play"

    # Paused: → and ← step one frame (1000 / 24 ms).
    media = player.media_player
    media.setPosition(500)
    qtbot.waitUntil(lambda: media.position() == 500, timeout=5000)
    QTest.keyClick(player, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: media.position() == 500 + round(1000 / FPS), timeout=5000)
    QTest.keyClick(player, Qt.Key.Key_Left)
    QTest.keyClick(player, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: media.position() == 500 - round(1000 / FPS), timeout=5000)

    QTest.keyClick(player, Qt.Key.Key_L)
    assert player.loop_button.isChecked()
    assert media.loops() == media.Loops.Infinite
    QTest.keyClick(player, Qt.Key.Key_M)
    assert player.mute_button.isChecked() and media.audioOutput().isMuted()

    QTest.keyClick(player, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.playing, timeout=5000)


def test_a_clip_without_sound_says_so_on_the_mute_button(qtbot, player, clips):
    player.show_job(finished_job(clips["silent"], engine="runcomfy"))
    qtbot.waitUntil(lambda: player.media_player.duration() > 0, timeout=15000)
    assert not player.media_player.hasAudio()
    assert not player.mute_button.isEnabled()
    assert player.mute_button.toolTip() == "This clip has no sound."


def test_the_preview_label_is_shown_over_a_preview_and_not_over_a_real_clip(player, clips):
    player.show_job(finished_job(clips["silent"], engine="offline"))
    badge = preview_badge(player.surface)
    assert badge is not None and badge.isVisible()
    assert badge.text() == "Preview · motion sketch, not AI generation"
    # over the picture, in its bottom-left corner
    surface = player.surface.rect()
    assert surface.contains(badge.geometry())
    assert badge.geometry().bottom() > surface.height() * 3 // 4
    assert badge.geometry().left() < surface.width() // 4
    assert not player.caption.isVisible()  # said once, over the picture
    player.show_job(finished_job(clips["sound"], engine="runcomfy"))
    assert not badge.isVisible()
    player.show_job(finished_job(clips["silent"], engine="offline"))
    assert badge.isVisible()
    player.clear()
    assert not badge.isVisible()


def test_without_a_clip_the_player_says_why(player, tmp_path):
    running = Job(model_id=PRO, inputs={}, state=JobState.RUNNING)
    player.show_job(running)
    assert player.placeholder.isVisible()
    assert player.placeholder.text() == "The clip plays here as soon as the job is done."
    assert not player.play_button.isEnabled()

    gone = tmp_path / "moved-away.mp4"
    player.show_job(finished_job(gone))
    assert str(gone) in player.placeholder.text()
    assert "moved or deleted" in player.placeholder.text()

    failed = Job(model_id=PRO, inputs={}, state=JobState.FAILED)
    player.show_job(failed)
    assert "(Failed)" in player.placeholder.text()


def test_the_clip_can_be_dragged_out_as_a_file(player, clips):
    assert player.surface.drag_data() is None
    player.show_job(finished_job(clips["silent"]))
    data = player.surface.drag_data()
    assert data is not None and data.hasUrls()
    assert Path(data.urls()[0].toLocalFile()) == clips["silent"]


def test_full_screen_with_f_or_double_click_and_back_with_escape(qtbot, player, clips):
    player.show_job(finished_job(clips["silent"]))
    surface = player.surface
    QTest.keyClick(player, Qt.Key.Key_F)
    qtbot.waitUntil(surface.isFullScreen, timeout=5000)
    assert player.fullscreen_button.text() == "Leave full screen"
    QTest.keyClick(surface, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not surface.isFullScreen(), timeout=5000)
    QTest.mouseDClick(surface, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(surface.isFullScreen, timeout=5000)
    QTest.keyClick(surface, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not surface.isFullScreen(), timeout=5000)


# Jobs with and without a clip selected one after the other, as fast as a user clicks through
# the queue, in a process of their own, with Qt's warnings going to the log as in the app.
# Each clip with sound that starts logs "No audio device detected" from the player's audio
# thread on a machine without one (as here); stopping a clip must never wait for that thread
# while holding Python's lock. The old way froze here within a few dozen switches.
QUICK_SWITCHES = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui import diagnostics
from app.ui.application import make_application
from app.ui.player import PlayerView

app = make_application([], icon=False)
diagnostics.route_qt_messages()
view = PlayerView()
view.resize(480, 360)
view.show()
clips, rounds, done = [Path(p) for p in sys.argv[2:]], int(sys.argv[1]), 0

def switch():
    global done
    if done == rounds:
        view.clear()
        print("switched", done, flush=True)
        app.quit()
        return
    if done % 2:
        view.clear()  # a job without a clip selected
    else:
        view.load(clips[done // 2 % len(clips)])
    done += 1
    QTimer.singleShot(5, switch)

QTimer.singleShot(0, switch)
app.exec()
"""


def test_switching_clips_quickly_never_freezes_the_player(clips, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STORYREEL_HOME": str(tmp_path),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                QUICK_SWITCHES,
                "120",
                str(clips["sound"]),
                str(clips["silent"]),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the player froze while clips were being switched")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "switched 120" in result.stdout


def test_the_sequence_player_labels_preview_clips_only(qtbot, clips):
    from app.core.storyboard import Segment
    from app.ui.sequence_player import SequencePlayer

    sequence = SequencePlayer()
    qtbot.addWidget(sequence)
    sequence.resize(480, 360)
    sequence.show()
    sequence.set_segments(
        [
            Segment(1, "a", 2.0, clip=clips["silent"], preview=True),
            Segment(2, "b", 2.0, clip=clips["sound"], preview=False),
        ]
    )
    sequence.play_from(0)
    badge = preview_badge(sequence.surface)
    assert badge is not None and badge.isVisible()
    sequence.play_from(1)
    assert not badge.isVisible()
    sequence.pause()
