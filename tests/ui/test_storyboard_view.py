"""The Storyboard view as a user meets it: frames dropped on the strip, cut into shots, set up
in the schema-built panel, rendered through the ordinary queue on the offline engine, played
as one sequence, saved and reopened, continued from a clip's last frame, and exported.

Everything is real: the window, the Engine with its offline preview engine (rendering H.264
with PyAV), SQLite in the test's own Storyreel home, Qt's media player decoding the clips,
drops made of real QMimeData with file URLs, and MP4s read back with PyAV.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from qt_async import run_async, wait_until
from window_support import ready_to_generate

from app.core.jobs import JobState
from app.core.settings import Settings
from app.core.storyboard import CutMode, Segment, ShotStatus, Storyboard
from app.core.video import probe_video
from app.sim.faults import Fault, FaultKind
from app.sim.render import RenderSpec, render_preview
from app.ui.app import build_window, run_window
from app.ui.main_window import MainWindow
from app.ui.queue_view import CONTINUE
from app.ui.sequence_player import SequencePlayer
from app.ui.storyboard import MODE_SINGLE, MODE_STORYBOARD, StoryboardView

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
COLOURS = [(200, 60, 40), (40, 160, 80), (40, 80, 200), (220, 190, 40)]


def make_frame(
    path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (640, 360)
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    w, h = size
    image.paste((240, 240, 240), (w // 3, h // 3, w // 2, h // 2))
    image.save(path, "PNG")
    return path


def make_frames(folder: Path, count: int = 4) -> list[Path]:
    return [
        make_frame(folder / f"frame{n}.png", COLOURS[(n - 1) % len(COLOURS)])
        for n in range(1, count + 1)
    ]


@pytest.fixture
def new_window(windows):
    def make() -> MainWindow:
        window = build_window()
        windows.append(window)
        return window

    return make


def frame_names(view: StoryboardView) -> list[str]:
    return [frame.name for frame in view.board.frames]


def statuses(view: StoryboardView) -> list[ShotStatus | None]:
    return [view.shot_model.status(row) for row in range(view.shot_model.rowCount())]


def all_done_with_pictures(view: StoryboardView) -> bool:
    rows = range(view.shot_model.rowCount())
    return bool(rows) and all(
        view.shot_model.status(r) is ShotStatus.DONE and view.shot_model.picture(r) is not None
        for r in rows
    )


async def answer_confirmation(view: StoryboardView, index: int = 0) -> str:
    """Wait for the inline price confirmation, press one of its buttons, return its text."""
    await wait_until(
        lambda: view.confirmation_buttons(),
        view.confirmation_requested,
        what="the price confirmation",
    )
    text = view.confirm_notice.text.text()
    view.confirmation_buttons()[index].click()
    return text


@pytest.mark.slow
def test_a_board_from_dropped_frames_to_a_rendered_sequence_saved_reopened_and_exported(
    qapp, new_window, tmp_path, dnd
):
    frames = make_frames(tmp_path / "frames")
    board_file = tmp_path / "boards" / "Trip.storyboard.json"
    before_render = tmp_path / "boards" / "Before.storyboard.json"
    window = new_window()
    jobs_seen: dict[str, object] = {}

    async def scenario(win: MainWindow) -> None:
        view = win.storyboard
        win.activateWindow()
        QTest.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert win.mode() == MODE_STORYBOARD and win.pages.currentWidget() is view
        assert win.mode_switch.storyboard.isChecked()

        # Four frames dropped on the strip: four frames, one shot each.
        dnd.mime(view.strip.viewport(), dnd.file_mime(*frames))
        assert view.strip_model.rowCount() == 4
        assert frame_names(view) == ["frame1.png", "frame2.png", "frame3.png", "frame4.png"]
        assert view.board.cut_mode is CutMode.PER_FRAME and view.shot_model.rowCount() == 4
        await wait_until(
            lambda: view.frame_verdicts() == ["valid"] * 4,
            view.frames_checked,
            what="the four frames to be checked",
        )
        assert "ready" in view.strip_model.data(
            view.strip_model.index(0), Qt.ItemDataRole.ToolTipRole
        )

        # One clip per pair on Seedance 1.0 Pro: said inline, with the model that can.
        view.per_pair_button.click()
        assert view.board.cut_mode is CutMode.PER_PAIR and view.shot_model.rowCount() == 3
        assert view.suggestion_notice.isVisible()
        assert "Seedance 1.0 Pro cannot take a last frame" in view.suggestion_notice.text.text()
        use_lite = view.suggestion_buttons()[0]
        assert use_lite.text() == "Use Seedance 1.0 Lite"
        use_lite.click()
        assert [p.model_id for p in view.shot_model.all_planned()] == [LITE] * 3
        assert not view.suggestion_notice.isVisible()
        assert view.picker.current_model().model_id == LITE
        # Each pair shot sits between its two frames.
        first_card = view.shot_row.card_rect(0)
        assert first_card is not None
        strip_index = view.strip_model.index
        centre_1 = view.strip.visualRect(strip_index(0)).center().x()
        centre_2 = view.strip.visualRect(strip_index(1)).center().x()
        assert abs(first_card.center().x() - (centre_1 + centre_2) / 2) <= 2

        # Reordering: a dragged frame lands through the model's move; Alt+Right moves it on.
        assert view.strip_model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
        assert frame_names(view) == ["frame2.png", "frame3.png", "frame1.png", "frame4.png"]
        assert view.shot_model.rowCount() == 3
        view.strip.setCurrentIndex(strip_index(2))
        view.strip.setFocus()
        QTest.keyClick(view.strip, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert frame_names(view) == ["frame2.png", "frame3.png", "frame4.png", "frame1.png"]
        assert view.current_frame_row() == 3
        QTest.keyClick(view.strip, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        view.strip_model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
        assert frame_names(view) == ["frame1.png", "frame2.png", "frame3.png", "frame4.png"]

        # Back to one clip per frame: its four shots kept Seedance 1.0 Pro. Set the first
        # up small (480p, 2 s) and give every shot its settings and prompt at once.
        view.per_frame_button.click()
        assert view.shot_model.rowCount() == 4
        assert [p.model_id for p in view.shot_model.all_planned()] == [PRO] * 4
        view.select_shot(0)
        assert "first_frame_image_url" not in [
            name for name, w in view.panel.field_widgets().items() if w.isVisibleTo(view.panel)
        ]
        view.panel.set_values(
            {"prompt": "the camera drifts slowly", "duration": 2, "resolution": "480p"}
        )
        view.apply_with_prompt_action.trigger()
        assert all(
            p.shot.prompt == "the camera drifts slowly" and p.values["duration"] == 2
            for p in view.shot_model.all_planned()
        )
        assert sum(p.seconds for p in view.shot_model.all_planned()) == 8

        # Saved before rendering (a copy is kept to reopen later, as if the app had closed).
        assert view.save_as(board_file)
        shutil.copy(board_file, before_render)
        assert board_file.is_file() and str(board_file) in Settings.load().recent_storyboards

        # Generate all through the offline engine: the free price first, then the queue.
        await wait_until(
            view.generate_button.isEnabled,
            view.board_changed,
            view.frames_checked,
            win.controller.ready,
            what="Generate all to be enabled",
        )
        queued_before = win.queue_model.rowCount()
        view.generate_button.click()
        text = await answer_confirmation(view)
        assert "4 shots to render" in text and "Free local preview" in text
        await wait_until(
            lambda: all_done_with_pictures(view),
            view.shot_model.dataChanged,
            view.pictures.updated,
            view.render_finished,
            timeout=90,
            what="every shot to be rendered, with a thumbnail",
        )
        assert win.queue_model.rowCount() == queued_before + 4
        shot_jobs = [j for j in win.queue_model.jobs() if j.origin.get("shot_id")]
        assert len(shot_jobs) == 4 and all(j.state is JobState.SUCCEEDED for j in shot_jobs)
        jobs_seen.update({j.id: j for j in shot_jobs})
        assert view.shot_model.cost_text(0) == "Free preview"
        assert view.shot_model.data(
            view.shot_model.index(0), Qt.ItemDataRole.DisplayRole
        ).startswith("Shot 1, Done, 2 s, Seedance 1.0 Pro")

        # A changed prompt: that shot is out of date; the others keep their clips.
        view.select_shot(1)
        view.panel.set_values({"prompt": "the camera drifts, then stops on the door"})
        await wait_until(
            lambda: (
                statuses(view)
                == [ShotStatus.DONE, ShotStatus.OUT_OF_DATE, ShotStatus.DONE, ShotStatus.DONE]
            ),
            view.shot_model.dataChanged,
            view.shot_model.modelReset,
            what="shot 2 to be out of date",
        )

        # Play sequence: clips decode, and shot 2 shows as its held first frame.
        player = view.player
        decoded_before = player.frames_decoded
        view.play_sequence(0)
        await wait_until(
            lambda: player.frames_decoded > decoded_before,
            player.frame_decoded,
            what="decoded frames of shot 1",
        )
        await wait_until(
            lambda: player.current_index == 1,
            player.segment_changed,
            timeout=15,
            what="shot 2 to come up",
        )
        held = player.current_segment()
        assert held is not None and held.held and held.still == frames[1]
        assert held.duration_s == 2
        await wait_until(
            lambda: player.still.image is not None,
            player.still_loaded,
            timeout=10,
            what="the held frame to show",
        )
        assert "Shot 2" in player.shot_label.text() and "held frame" in player.shot_label.text()
        assert player.timeline.total == 8
        QTest.keyClick(player, Qt.Key.Key_Space)  # Space pauses the sequence
        assert not player.playing
        player.stop()

        # Generate all again: exactly one new job, for the changed shot.
        view.generate_button.click()
        text = await answer_confirmation(view)
        assert "1 shot to render, 3 kept as rendered" in text
        await wait_until(
            lambda: all_done_with_pictures(view),
            view.shot_model.dataChanged,
            view.pictures.updated,
            view.render_finished,
            timeout=60,
            what="shot 2 to be rendered again",
        )
        assert win.queue_model.rowCount() == queued_before + 5

        # Saved, closed and reopened: the clips are there.
        assert view.save()
        view.new_board()
        assert view.board.path is None and view.strip_model.rowCount() == 0
        view.open_board(board_file)
        await wait_until(
            lambda: view.board.path == board_file and all_done_with_pictures(view),
            view.board_replaced,
            view.shot_model.dataChanged,
            view.pictures.updated,
            what="the board to come back with its clips",
        )
        # The copy saved before rendering knew no clips: the queue's finished jobs are
        # picked up when it is opened.
        view.open_board(before_render)
        await wait_until(
            lambda: view.board.path == before_render and all_done_with_pictures(view),
            view.board_replaced,
            view.shot_model.dataChanged,
            view.pictures.updated,
            what="the older copy to pick up the finished clips",
        )
        assert all(p.shot.job_id in jobs_seen for p in view.shot_model.all_planned())
        reloaded = Storyboard.load(before_render)
        assert all(shot.clip is not None for shot in reloaded.shots)

        # Export: one MP4 of the whole sequence.
        out = tmp_path / "export" / "Trip.mp4"
        view.export_video(out)
        exported: list[Path] = []
        view.export_finished.connect(exported.append)
        await wait_until(
            lambda: exported, view.export_finished, view.export_failed, timeout=60, what="export"
        )
        assert exported == [out]
        info = probe_video(out)
        assert abs(info.duration_s - 8.0) < 0.25, info
        assert (out.parent / "Trip.srt").read_text(encoding="utf-8").count(" --> ") == 4

        # Continue from last frame in the single-shot queue: the frame loads as first frame.
        win.set_mode(MODE_SINGLE)
        assert win.mode_actions[MODE_SINGLE].isChecked()
        job = next(iter(jobs_seen.values()))
        win.queue.select_job(job.id)
        assert win.queue.action(CONTINUE).isEnabled()
        win.picker.set_current_model(PRO)
        win.queue.action(CONTINUE).trigger()
        zone = win.panel.field_widget("first_frame_image_url").zone
        await wait_until(
            lambda: (zone.path() or "").endswith("-last-frame.png") and zone.state() == "valid",
            zone.state_changed,
            zone.changed,
            timeout=20,
            what="the last frame in the first-frame box",
        )
        assert Path(zone.path()).parent == Settings.load().library_path / "frames"
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=150)


@pytest.mark.slow
def test_a_shot_continues_from_its_last_frame_and_new_jobs_reach_an_open_board(
    qapp, new_window, tmp_path
):
    frames = make_frames(tmp_path / "frames", count=2)
    board_file = tmp_path / "boards" / "Walk.storyboard.json"

    async def scenario(win: MainWindow) -> None:
        view = win.storyboard
        win.set_mode(MODE_STORYBOARD)
        view.add_frames(frames)
        view.select_shot(0)
        view.panel.set_values({"prompt": "a slow walk", "duration": 2, "resolution": "480p"})
        view.apply_with_prompt_action.trigger()
        assert view.save_as(board_file)
        await wait_until(
            view.generate_button.isEnabled,
            view.frames_checked,
            view.board_changed,
            win.controller.ready,
            what="Generate all to be enabled",
        )
        # A frame that breaks the model's rules holds Generate back, and says why.
        small = make_frame(tmp_path / "frames" / "tiny.png", (90, 90, 90), size=(200, 100))
        view.add_frames([small])
        await wait_until(
            lambda: "checking" not in view.frame_verdicts(),
            view.frames_checked,
            what="the small frame to be checked",
        )
        assert not view.generate_button.isEnabled()
        assert view.reason_label.text() == (
            "Frame 3 (tiny.png): Width is 200 px; it must be more than 300 px."
        )
        view.strip.setCurrentIndex(view.strip_model.index(2))
        view.remove_frame()
        assert view.generate_button.isEnabled()
        # Only the selected shot is sent.
        view.select_shot(1)
        assert view.selected_shots() == [1]
        view.generate_selected_button.click()
        text = await answer_confirmation(view)
        assert "1 shot to render" in text
        await wait_until(
            lambda: statuses(view)[1] is ShotStatus.DONE,
            view.shot_model.dataChanged,
            view.render_finished,
            timeout=60,
            what="shot 2 to be rendered",
        )
        assert statuses(view)[0] is ShotStatus.NOT_RENDERED
        assert view.continue_action.isEnabled()

        # Continue from last frame: a third frame right after shot 2, with its settings.
        continued: list[Path] = []
        view.continued.connect(continued.append)
        view.continue_action.trigger()
        await wait_until(lambda: continued, view.continued, timeout=20, what="the new frame")
        assert len(view.board.frames) == 3
        new_frame = view.board.frames[2]
        assert new_frame.image == continued[0]
        assert new_frame.image.parent == board_file.parent / "frames"
        third = view.shot_model.planned(2).shot
        assert third.prompt == "a slow walk" and third.values["duration"] == 2
        clip = view.shot_model.planned(1).shot.clip
        with Image.open(new_frame.image) as picture:
            assert picture.size == probe_video(clip).size

        # A job for a shot of the open board, sent from elsewhere (the command line, say):
        # the board picks its clip up as soon as it finishes.
        engine = win.controller.engine
        from app.api.storyboard_runner import render_storyboard

        other = Storyboard.load(board_file)
        report = await render_storyboard(
            other, engine, win.catalogue, engine_kind="offline", only={0}
        )
        assert report.submitted == 1
        await wait_until(
            lambda: statuses(view)[0] is ShotStatus.DONE,
            view.shot_model.dataChanged,
            timeout=20,
            what="shot 1's clip to reach the open board",
        )
        win.close()

    run_async(qapp, run_window(new_window(), until=scenario, log=False), timeout=120)


def test_frames_are_checked_reordered_duplicated_and_removed_from_the_keyboard(
    qapp, qtbot, new_window, tmp_path, dnd
):
    frames = make_frames(tmp_path / "frames", count=3)
    small = make_frame(tmp_path / "frames" / "tiny.png", (90, 90, 90), size=(200, 100))
    win = new_window()
    qtbot.addWidget(win)
    win.show()
    win.set_mode(MODE_STORYBOARD)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)  # shortcuts act in the active window
    view = win.storyboard

    # A folder dropped in: its images in natural order, anything else left out.
    folder = tmp_path / "frames"
    (folder / "notes.txt").write_text("not a frame")
    dnd.mime(view.strip.viewport(), dnd.file_mime(folder))
    assert frame_names(view) == ["frame1.png", "frame2.png", "frame3.png", "tiny.png"]
    qtbot.waitUntil(lambda: "checking" not in view.frame_verdicts(), timeout=10000)
    assert view.frame_verdicts() == ["valid", "valid", "valid", "invalid"]
    tip = view.strip_model.data(view.strip_model.index(3), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Frame 4 (tiny.png): Width is 200 px; it must be more than 300 px."
    view.strip.setCurrentIndex(view.strip_model.index(3))
    view.strip.setFocus()
    QTest.keyClick(view.strip, Qt.Key.Key_Delete)
    assert frame_names(view) == ["frame1.png", "frame2.png", "frame3.png"]
    assert small.is_file()  # the file itself stays

    view.strip.setCurrentIndex(view.strip_model.index(0))
    view.select_shot(0)
    view.panel.set_values({"prompt": "waves roll in"})
    QTest.keyClick(view.strip, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert frame_names(view) == ["frame1.png", "frame1.png", "frame2.png", "frame3.png"]
    assert view.shot_model.planned(1).shot.prompt == "waves roll in"  # the twin's shot
    assert view.current_frame_row() == 1

    QTest.keyClick(view.strip, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert frame_names(view) == ["frame1.png", "frame2.png", "frame1.png", "frame3.png"]
    assert view.current_frame_row() == 2
    # The shot follows its frame: the moved twin's shot is third now, prompt and all.
    assert view.shot_model.planned(2).shot.prompt == "waves roll in"
    assert frames[0].is_file()

    # Ctrl+V over the storyboard: copied image files become frames after the selected one.
    QGuiApplication.clipboard().setMimeData(dnd.file_mime(frames[2]))
    win.paste_action.trigger()
    assert frame_names(view) == [
        "frame1.png",
        "frame2.png",
        "frame1.png",
        "frame3.png",
        "frame3.png",
    ]
    assert view.current_frame_row() == 3


def test_an_unsaved_board_is_offered_for_saving_before_it_is_replaced(
    qapp, qtbot, new_window, tmp_path
):
    frames = make_frames(tmp_path / "frames", count=2)
    win = new_window()
    qtbot.addWidget(win)
    view = win.storyboard
    view.add_frames(frames)
    assert view.has_unsaved_changes()
    view.new_board()
    box = view.question
    assert box is not None and box.isVisible()  # asked, without blocking: new_board returned
    assert len(view.board.frames) == 2  # nothing happens until the user answers
    discard = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    discard.click()
    qtbot.waitUntil(lambda: not view.board.frames, timeout=5000)
    assert view.board.path is None and not view.has_unsaved_changes()

    # Save as: a non-modal file dialog; choosing a file saves the board there.
    view.add_frames(frames)
    view.save()
    dialog = view.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "boards" / "Beach"
    target.parent.mkdir(parents=True)
    dialog.fileSelected.emit(str(target))
    assert view.board.path == tmp_path / "boards" / "Beach.storyboard.json"
    assert Storyboard.load(view.board.path).frames[1].image == frames[1]
    dialog.reject()
    # A board with a file saves itself: closing it asks nothing.
    view.duplicate_frame()
    assert not view.has_unsaved_changes()
    assert not view.ask_before_closing(lambda: None)
    assert len(Storyboard.load(view.board.path).frames) == 3
    # ...and it is listed under File → Open recent storyboard.
    view.recent_menu.aboutToShow.emit()
    assert [a.text() for a in view.recent_menu.actions()][0] == "Beach"

    # Quitting with a board that has no file: asked first; "Don't save" lets the window go.
    view.new_board()
    view.add_frames(frames[:1])
    closed: list[bool] = []
    win.closed.connect(lambda: closed.append(True))
    win.close()
    box = view.question
    assert box is not None and box.isVisible() and not closed
    discard = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    discard.click()
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)


def make_clip(folder: Path, name: str, colour: tuple[int, int, int], seconds: float) -> Path:
    frame = make_frame(folder / f"{name}.png", colour, size=(320, 240))
    clip = folder / f"{name}.mp4"
    spec = RenderSpec(
        width=320,
        height=240,
        fps=24,
        frame_count=round(24 * seconds),
        first_frame=frame,
        audio=False,
        seed=3,
    )
    render_preview(spec, clip)
    return clip


def test_the_sequence_player_plays_clips_and_holds_frames_for_their_length(qtbot, tmp_path):
    first = make_clip(tmp_path, "one", (200, 60, 40), 1)
    last = make_clip(tmp_path, "three", (40, 80, 200), 1)
    still = make_frame(tmp_path / "two.png", (40, 160, 80), size=(320, 240))
    player = SequencePlayer()
    qtbot.addWidget(player)
    player.resize(480, 360)
    player.show()
    player.set_segments(
        [
            Segment(1, "a", 1.0, clip=first),
            Segment(2, "b", 0.6, still=still),
            Segment(3, "c", 1.0, clip=last),
        ]
    )
    assert player.timeline.total == pytest.approx(2.6)
    shown: list[tuple[int, bool]] = []  # (segment, held) as each comes up
    finished: list[bool] = []
    player.segment_changed.connect(
        lambda index: shown.append((index, index >= 0 and player.current_segment().held))
    )
    player.finished.connect(lambda: finished.append(True))
    player.play()
    qtbot.waitUntil(lambda: player.frames_decoded > 0, timeout=10000)
    qtbot.waitUntil(lambda: (1, True) in shown, timeout=10000)
    qtbot.waitUntil(lambda: player.has_still(still), timeout=5000)
    qtbot.waitUntil(lambda: (2, False) in shown, timeout=5000)
    decoded = player.frames_decoded
    qtbot.waitUntil(lambda: player.frames_decoded > decoded or bool(finished), timeout=10000)
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert shown[:3] == [(0, False), (1, True), (2, False)] and not player.playing
    assert player.frames_decoded > decoded  # the last clip was decoded too

    # Space pauses and plays; a click on the timeline plays from that shot.
    player.setFocus()
    player.play_from(1)
    QTest.keyClick(player, Qt.Key.Key_Space)
    assert not player.playing and player.current_index == 1
    QTest.keyClick(player, Qt.Key.Key_Space)
    assert player.playing
    player.stop()
    assert player.current_index == -1


def test_on_runcomfy_the_total_comes_first_and_no_price_means_nothing_is_sent(
    qapp, new_window, runcomfy_sim, tmp_path
):
    frames = make_frames(tmp_path / "frames", count=2)

    async def scenario(win: MainWindow) -> None:
        assert win.engine_kind == "runcomfy"
        view = await ready_to_generate(win, frames)
        # Simulator prices (made up for tests): $0.06 per second × 2 s × 2 shots.
        view.generate_button.click()
        await wait_until(
            lambda: view.confirmation_buttons(), view.confirmation_requested, what="the price"
        )
        assert "2 shots to render. Estimated total $0.24." in view.confirm_notice.text.text()
        labels = [b.text() for b in view.confirmation_buttons()]
        assert labels == ["Generate · $0.24", "Cancel"]
        reports: list[object] = []
        view.render_finished.connect(reports.append)
        view.confirmation_buttons()[1].click()
        await wait_until(lambda: reports, view.render_finished, what="the declined render")
        assert reports[0].declined and runcomfy_sim.submissions == []
        assert not view.confirm_notice.isVisible()

        # The live price cannot be read: said plainly, and nothing can be sent.
        runcomfy_sim.api_faults.add(Fault(FaultKind.NON_JSON, match="model", count=20))
        await wait_until(view.generate_button.isEnabled, view.render_finished)
        view.generate_button.click()
        await wait_until(
            lambda: view.confirmation_buttons(),
            view.confirmation_requested,
            timeout=40,
            what="the price to be unavailable",
        )
        text = view.confirm_notice.text.text()
        assert "Price unavailable" in text and "Nothing is sent without a price" in text
        assert [b.text() for b in view.confirmation_buttons()] == ["Close"]
        view.confirmation_buttons()[0].click()
        await wait_until(lambda: len(reports) == 2, view.render_finished, what="nothing sent")
        assert runcomfy_sim.submissions == []
        win.close()

    run_async(qapp, run_window(new_window(), until=scenario, log=False), timeout=90)
