"""Video, export, edit-list and storyboard messages made below the window read in the
window's language (German here), while their English text, which the command line prints
and the log keeps, stays word for word what it was."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import opentimelineio as otio
import pytest
from PIL import Image
from window_support import one_window

from app.core.catalogue import Catalogue
from app.core.errors import FileFormatError
from app.core.storyboard import Storyboard
from app.core.storyboard.interchange import read_timeline
from app.core.storyboard.model import CutMode, StoryboardError
from app.core.storyboard.planning import plan_shots, require_ready
from app.core.video_export import export_sequence
from app.core.video_reading import VideoError, probe_video
from app.sim.contract import SimulatorError
from app.sim.server import SimServer
from app.ui.error_text import error_text
from app.ui.main_window import MainWindow
from app.ui.storyboard import StoryboardView
from app.ui.storyboard.constants import INVALID

WAIT = 10_000


@pytest.fixture
def window(qapp, german) -> Iterator[MainWindow]:
    with one_window(storyboard=True, forget_changes=True) as win:
        yield win


def status_messages(view: StoryboardView) -> list[str]:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    return messages


def test_a_board_with_a_wrong_typed_key_is_refused_in_german(window, qtbot, tmp_path):
    broken = tmp_path / "Broken.storyboard.json"
    broken.write_text(json.dumps({"format": "storyreel-storyboard", "version": 2, "frames": 5}))
    view = window.storyboard
    view.open_board(broken)
    qtbot.waitUntil(
        lambda: "Broken.storyboard.json" in view.message_notice.text.text(), timeout=WAIT
    )
    assert view.message_notice.text.text() == (
        'Broken.storyboard.json kann nicht geöffnet werden: Der Eintrag "frames" sollte eine '
        "Liste von Bildern sein, ist aber eine Zahl. Die Datei wurde nicht verändert; "
        "korrigieren Sie sie in einem Texteditor oder öffnen Sie ein anderes Storyboard."
    )
    assert view.board.path != broken  # the board that was open stays
    with pytest.raises(StoryboardError) as caught:
        Storyboard.load(broken)
    assert str(caught.value) == (
        'Broken.storyboard.json cannot be opened: its "frames" should be a list of frames, but '
        "it is a number. The file was left as it is; correct it in a text editor or open "
        "another storyboard."
    )


def test_an_edit_list_that_does_not_exist_is_named_in_german(window, qtbot, tmp_path):
    view = window.storyboard
    messages = status_messages(view)
    missing = tmp_path / "cut.otio"
    view.handoff.import_edit(missing)
    qtbot.waitUntil(lambda: any("cut.otio" in m for m in messages), timeout=WAIT)
    assert messages[-1] == (
        "cut.otio konnte nicht zurückgeholt werden: Die Schnittliste cut.otio existiert nicht."
    )
    with pytest.raises(FileFormatError) as caught:
        read_timeline(missing)
    assert str(caught.value) == "The edit list cut.otio does not exist."


def test_an_edit_list_without_clips_is_named_in_german(window, qtbot, tmp_path):
    empty = tmp_path / "empty.otio"
    timeline = otio.schema.Timeline(name="empty")
    timeline.tracks.append(otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video))
    otio.adapters.write_to_file(timeline, str(empty))
    view = window.storyboard
    messages = status_messages(view)
    view.handoff.import_edit(empty)
    qtbot.waitUntil(lambda: any("empty.otio" in m for m in messages), timeout=WAIT)
    assert messages[-1] == (
        "empty.otio konnte nicht zurückgeholt werden: empty.otio enthält keine Videoclips."
    )
    with pytest.raises(FileFormatError) as caught:
        read_timeline(empty)
    assert str(caught.value) == "empty.otio has no video clips."


def test_an_export_with_nothing_in_it_says_so_in_german(qapp, tmp_path, german):
    with pytest.raises(VideoError) as caught:
        export_sequence([], tmp_path / "animatic.mp4")
    assert error_text(caught.value) == (
        "Es gibt nichts zu exportieren: Die Sequenz enthält keine Shots."
    )
    assert str(caught.value) == "There is nothing to export: the sequence has no shots."
    assert not (tmp_path / "animatic.mp4").exists()


def test_a_video_that_cannot_be_read_is_described_in_german(qapp, tmp_path, german):
    clip = tmp_path / "shot1.mp4"
    clip.write_bytes(b"this is not a video at all\n" * 40)
    with pytest.raises(VideoError) as caught:
        probe_video(clip)
    english = str(caught.value)
    assert english.startswith("shot1.mp4 is not a readable video: ") and english.endswith(".")
    reason = english.removeprefix("shot1.mp4 is not a readable video: ").removesuffix(".")
    # FFmpeg's own reason is outside text: it stays as FFmpeg says it.
    assert error_text(caught.value) == f"shot1.mp4 ist kein lesbares Video: {reason}."

    gone = tmp_path / "gone.mp4"
    with pytest.raises(VideoError) as caught:
        probe_video(gone)
    assert str(caught.value) == f"The video file {gone} does not exist."
    assert error_text(caught.value) == f"Die Videodatei {gone} existiert nicht."


def test_a_shot_whose_frame_file_is_gone_is_named_in_german(qapp, tmp_path, german):
    frame = tmp_path / "beach.png"
    Image.new("RGB", (640, 360), (40, 120, 200)).save(frame)
    board = Storyboard(prompt="waves")
    board.add_frames([frame])
    frame.unlink()
    with pytest.raises(StoryboardError) as caught:
        require_ready(plan_shots(board, Catalogue.load()))
    assert str(caught.value) == f"Shot 1: Frame 1 (beach.png): the image file {frame} is missing."
    assert error_text(caught.value) == f"Shot 1: Bild 1 (beach.png): Die Bilddatei {frame} fehlt."


def test_the_cut_switch_and_an_untitled_board_read_in_german(window):
    view = window.storyboard
    assert view.board.path is None
    assert view.title_label.text() == "Unbenanntes Storyboard"
    assert view.board.name == "Untitled storyboard"
    assert view.per_frame_button.toolTip() == "Ein Clip pro Bild"
    assert view.per_pair_button.toolTip() == "Ein Clip pro Bildpaar (vom Startbild zum Endbild)"
    assert CutMode.PER_PAIR.label == "One clip per pair of frames (first frame to last frame)"


def test_a_frame_whose_file_is_gone_is_named_in_german_on_the_board(window, qtbot, tmp_path):
    frame = tmp_path / "beach.png"
    Image.new("RGB", (640, 360), (40, 120, 200)).save(frame)
    board = Storyboard(prompt="waves")
    board.add_frames([frame])
    saved = board.save(tmp_path / "Beach.storyboard.json")
    frame.unlink()
    view = window.storyboard
    view.open_board(saved)
    qtbot.waitUntil(lambda: view.board.path == saved, timeout=WAIT)
    frame_id = view.board.frames[0].id
    qtbot.waitUntil(lambda: view.strip_model.verdict(frame_id)[0] == INVALID, timeout=WAIT)
    expected = f"Bild 1 (beach.png): Die Bilddatei {frame} fehlt."
    assert view.strip_model.message(0) == expected
    # The shot made from it names it in the same words.
    qtbot.waitUntil(lambda: view.shot_model.describe(0).endswith(expected), timeout=WAIT)


def test_a_model_without_a_last_frame_is_named_in_german_in_the_pair_cut(window, qtbot, tmp_path):
    frames = []
    for n, colour in enumerate([(200, 80, 40), (40, 80, 200)], start=1):
        frames.append(tmp_path / f"frame{n}.png")
        Image.new("RGB", (640, 360), colour).save(frames[-1])
    board = Storyboard(cut_mode=CutMode.PER_PAIR)
    board.add_frames(frames)
    saved = board.save(tmp_path / "Pair.storyboard.json")
    view = window.storyboard
    view.open_board(saved)
    notice = view.suggestion_notice.text
    qtbot.waitUntil(lambda: "Endbild" in notice.text(), timeout=WAIT)
    assert notice.text().startswith(
        "Seedance 1.0 Pro kann kein Endbild verwenden; Seedance 1.0 Lite schon. "
    )
    english = view.shot_model.planned(0).errors[0].message
    assert english == "Seedance 1.0 Pro cannot take a last frame; Seedance 1.0 Lite can."


def test_an_offline_engine_that_cannot_listen_says_so_in_german(qapp, german):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SimulatorError) as caught:
            SimServer(api_port=port).start()
    english = str(caught.value)
    assert english.startswith("The simulator cannot listen on 127.0.0.1: ")
    reason = english.removeprefix("The simulator cannot listen on 127.0.0.1: ")
    assert error_text(caught.value) == (
        f"Der Simulator kann auf 127.0.0.1 keine Verbindungen annehmen: {reason}"
    )
