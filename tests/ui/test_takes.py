"""The takes window of a shot as a user meets it, in the real window offscreen: the takes of
a shot as cards, one circled, chosen, rejected but kept, deleted to the bin and brought back
with Edit → Undo; two takes compared side by side and with a wipe, stepped together. The
clips are real H.264 made by the preview renderer and decoded by Qt's media player."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from window_support import one_window, window_maker

from app.core.catalogue import Catalogue
from app.core.jobs import Job, JobState
from app.core.storyboard import Storyboard, input_key, plan_shot, sequence
from app.core.storyboard.takes import add_take, choose_take, take_from_job
from app.sim.render import RenderSpec, render_preview
from app.ui.main_window import MainWindow
from app.ui.takes.bin import bin_dir
from app.ui.takes.compare import CompareDialog
from app.ui.takes.dialog import TakesDialog

pytestmark = pytest.mark.slow

DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
RED, BLUE = (210, 40, 40), (40, 60, 210)


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window() as win:
        yield win


def clip(folder: Path, name: str, colour) -> Path:
    frame = folder / f"{name}.png"
    Image.new("RGB", (320, 180), colour).save(frame)
    out = folder / f"{name}.mp4"
    render_preview(RenderSpec(320, 180, 24, 24, first_frame=frame, audio=False, seed=1), out)
    return out


def board_with_two_takes(tmp_path: Path) -> tuple[Storyboard, list[str]]:
    """A one-shot board rendered twice, with seeds 7 (red clip) and 8 (blue clip)."""
    folder = tmp_path / "board"
    (folder / "frames").mkdir(parents=True)
    Image.new("RGB", (640, 360), (120, 120, 120)).save(folder / "frames" / "a.png")
    board = Storyboard(model_id=DREAMINA, prompt="waves", values={"frames": 121, "seed": 7})
    board.add_frames(folder / "frames")
    board.save(folder / "Sea.storyboard.json")
    catalogue = Catalogue.load()
    ids = []
    for seed, name, colour in ((7, "red", RED), (8, "blue", BLUE)):
        shot = board.shots[0]
        saved = dict(shot.values)
        shot.values = {**saved, "seed": seed}
        planned = plan_shot(board, 0, catalogue)
        shot.values = saved
        job = Job(DREAMINA, dict(planned.values), state=JobState.SUCCEEDED, cost=0.25)
        job.files = [str(clip(folder, name, colour))]
        take = take_from_job(job, planned.model, input_key(planned))
        assert take is not None
        add_take(shot, take, choose=False)
        ids.append(job.id)
    choose_take(board.shots[0], ids[0])
    return board, ids


def open_takes(qtbot, win: MainWindow, board: Storyboard) -> TakesDialog:
    view = win.storyboard
    view.set_board(board)
    view.document.replace(board)
    qtbot.waitUntil(lambda: view.current_row() == 0, timeout=5000)
    view.open_takes()
    dialog = view.file_menu.takes_window
    assert isinstance(dialog, TakesDialog) and dialog.isVisible()
    return dialog


def test_a_take_is_chosen_rejected_and_deleted_and_each_undone(
    qtbot, window, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # never the real trash
    board, (red, blue) = board_with_two_takes(tmp_path)
    dialog = open_takes(qtbot, window, board)
    view = window.storyboard
    assert dialog.windowTitle() == "Takes of shot 1"
    assert dialog.summary.text().startswith("2 take") and "$0.50 in all" in dialog.summary.text()
    assert dialog.model.lines(dialog.model.take(1))[:2] == ["Seed 8", "Dreamina 3.0 Pro"]
    assert "chosen: the sequence plays it" in dialog.model.describe(0)

    dialog.select([blue])
    dialog.choose_button.click()
    shot = view.board.shots[0]
    assert shot.chosen_take == blue and shot.values["seed"] == 8
    assert sequence(view.board)[0].clip == tmp_path / "board" / "blue.mp4"
    view.undo_stack.undo()  # Edit → Undo
    assert view.board.shots[0].chosen_take == red
    assert view.board.shots[0].values["seed"] == 7
    assert sequence(view.board)[0].clip == tmp_path / "board" / "red.mp4"
    view.undo_stack.redo()
    assert view.board.shots[0].chosen_take == blue

    dialog.select([blue])
    dialog.reject_button.click()  # rejecting the chosen take falls back to the other
    assert view.board.shots[0].chosen_take == red
    assert [t.rejected for t in view.board.shots[0].takes] == [False, True]
    assert "1 rejected" in dialog.summary.text()
    assert dialog.reject_button.text() == "Keep"

    dialog.select([red])
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: len(view.board.shots[0].takes) == 1, timeout=10000)
    red_file = tmp_path / "board" / "red.mp4"
    assert not red_file.exists()  # in the trash or Storyreel's bin, not deleted
    kept = [*(tmp_path / "xdg").rglob("red*.mp4"), *bin_dir().rglob("red*.mp4")]
    assert len(kept) == 1
    assert view.board.shots[0].clip is None  # the only take left is rejected
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: len(view.board.shots[0].takes) == 2, timeout=10000)
    assert red_file.is_file() and view.board.shots[0].chosen_take == red
    # The board on disk has the takes as they are now (it saves itself).
    qtbot.waitUntil(
        lambda: (
            len(Storyboard.load(board.path).shots[0].takes) == 2
            and Storyboard.load(board.path).shots[0].chosen_take == red
        ),
        timeout=10000,
    )


def centre(image, x_fraction: float) -> QColor:
    return image.pixelColor(int(image.width() * x_fraction), image.height() // 2)


def close(colour: QColor, rgb, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def test_two_takes_play_side_by_side_and_wiped_and_step_together(qtbot, window, tmp_path):
    board, (red, blue) = board_with_two_takes(tmp_path)
    dialog = open_takes(qtbot, window, board)
    dialog.select([red, blue])
    assert dialog.compare_button.isEnabled()
    dialog.compare_button.click()
    compare = dialog.compare_window
    assert isinstance(compare, CompareDialog)
    qtbot.waitUntil(lambda: all(i is not None for i in compare.canvas.images), timeout=15000)
    qtbot.waitUntil(lambda: compare.players[0].duration() > 0, timeout=15000)
    picture = compare.canvas.grab().toImage()
    assert close(centre(picture, 0.25), RED) and close(centre(picture, 0.75), BLUE)

    compare.mode_button.click()  # the wipe: red left of the line, blue right of it
    compare.wipe_slider.setValue(500)
    picture = compare.canvas.grab().toImage()
    assert close(centre(picture, 0.35), RED) and close(centre(picture, 0.65), BLUE)
    compare.wipe_slider.setValue(900)
    picture = compare.canvas.grab().toImage()
    assert close(centre(picture, 0.65), RED)

    compare.step(5)  # five frames on, both takes
    frame_ms = compare.frame_ms
    qtbot.waitUntil(
        lambda: all(abs(p.position() - 5 * frame_ms) <= 2 for p in compare.players),
        timeout=10000,
    )
    compare.step(-2)
    qtbot.waitUntil(
        lambda: all(abs(p.position() - 3 * frame_ms) <= 2 for p in compare.players),
        timeout=10000,
    )
    compare.close()


REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"


def test_three_variations_of_a_shot_become_three_takes_with_their_own_seeds(
    qapp, tmp_path, windows_for_variations
):
    from qt_async import run_async, wait_until

    from app.ui.app import run_window
    from app.ui.storyboard import MODE_STORYBOARD

    folder = tmp_path / "board"
    (folder / "frames").mkdir(parents=True)
    Image.new("RGB", (640, 360), (60, 120, 180)).save(folder / "frames" / "a.png")
    board = Storyboard(model_id=REFERENCE, prompt="waves", values={"duration": 2, "seed": 5})
    board.add_frames(folder / "frames")
    board.save(folder / "Sea.storyboard.json")

    async def scenario(win: MainWindow) -> None:
        view = win.storyboard
        win.set_mode(MODE_STORYBOARD)
        view.open_board(board.path)
        await wait_until(
            lambda: view.board.path == board.path and win.controller.started,
            view.board_replaced,
            win.controller.ready,
            what="the board to open",
        )
        view.select_shot(0)
        view.open_takes()
        dialog = view.file_menu.takes_window
        bar = dialog.variations
        bar.count.setValue(3)
        bar.vary_button.click()
        await wait_until(lambda: bar.send_button.isVisible(), bar.answered, what="the price")
        question = bar.question.text()
        assert "of shot 1, seeds " in question
        assert len(set(bar.plan.seeds)) == 3 and 5 not in bar.plan.seeds  # new seeds only
        assert win.controller.engine.jobs() == []  # nothing is sent before Send
        bar.send_button.click()
        assert not bar.send_button.isVisible()  # one press sends once
        await wait_until(
            lambda: len(view.board.shots[0].takes) == 3,
            view.board_changed,
            timeout=90,
            what="three takes",
        )
        jobs = win.controller.engine.jobs()
        assert len(jobs) == 3
        seeds = {t.seed for t in view.board.shots[0].takes}
        assert len(seeds) == 3 and 5 not in seeds
        assert seeds == {j.inputs["seed"] for j in jobs}
        assert dialog.model.rowCount() == 3
        assert view.takes_action.text() == "Takes (3)…"  # the shot's Takes button says so
        # Circle one: the shot takes its seed and the sequence plays it.
        chosen = view.board.shots[0].takes[1]
        dialog.select([chosen.job_id])
        dialog.choose_button.click()
        assert view.board.shots[0].values["seed"] == chosen.seed
        assert sequence(view.board)[0].clip == chosen.clip
        # A star on the take is a star on its job in the history.
        dialog.star_button.click()
        assert win.controller.engine.store.starred_ids() == {chosen.job_id}
        assert dialog.star_button.text() == "★ Unstar"
        assert "starred" in dialog.model.describe(1)
        # A seed sweep around it asks for the neighbouring seeds, and Cancel sends nothing.
        bar.count.setValue(2)
        bar.sweep_button.click()
        await wait_until(lambda: bar.send_button.isVisible(), bar.answered, what="the price")
        assert bar.plan.seeds == (chosen.seed + 1, chosen.seed - 1)
        bar.cancel_button.click()
        assert len(win.controller.engine.jobs()) == 3
        win.close()

    run_async(qapp, run_window(windows_for_variations(), until=scenario, log=False), timeout=150)


@pytest.fixture
def windows_for_variations(qapp) -> Iterator:
    with window_maker() as make:
        yield make


def test_the_history_window_searches_as_you_type_stars_and_compares_jobs(
    qapp, tmp_path, windows_for_variations
):
    from qt_async import run_async, wait_until

    from app.ui.app import run_window
    from app.ui.takes.history import HistoryDialog

    async def scenario(win: MainWindow) -> None:
        await wait_until(lambda: win.controller.started, win.controller.ready, what="the engine")
        store = win.controller.engine.store
        for n, (prompt, state) in enumerate(
            [
                ("A harbour at dawn", JobState.SUCCEEDED),
                ("Harbour rain", JobState.FAILED),
                ("Gulls over the pier", JobState.SUCCEEDED),
            ]
        ):
            files = [str(clip(tmp_path, f"job{n}", (RED, BLUE, RED)[n]))] if n != 1 else []
            store.add(
                Job(
                    DREAMINA,
                    {"prompt": prompt, "seed": n},
                    engine="offline",
                    state=state,
                    request_id=f"r{n}",
                    created_at=1.7e9 + n,
                    files=files,
                )
            )
        win.menus.show_history()
        history = win.menus.history
        assert isinstance(history, HistoryDialog) and history.isVisible()
        await wait_until(
            lambda: history.results.topLevelItemCount() == 3, history.searched, what="every job"
        )
        history.words.setText("harb")
        await wait_until(
            lambda: history.results.topLevelItemCount() == 2,
            history.searched,
            what="the harbour jobs",
        )
        prompts = [history.results.topLevelItem(i).text(6) for i in range(2)]
        assert prompts == ["Harbour rain", "A harbour at dawn"]  # newest first
        history.state.setCurrentIndex(history.state.findData("failed"))
        await wait_until(
            lambda: history.results.topLevelItemCount() == 1,
            history.searched,
            what="the failed harbour job",
        )
        history.results.topLevelItem(0).setSelected(True)
        history.star_button.click()
        assert history.results.topLevelItem(0).text(0) == "★"
        assert store.starred_ids() == {store.find_request("r1").id}
        history.words.clear()
        history.state.setCurrentIndex(0)
        history.starred.setChecked(True)
        await wait_until(
            lambda: (
                history.results.topLevelItemCount() == 1
                and history.results.topLevelItem(0).text(6) == "Harbour rain"
            ),
            history.searched,
            what="the starred job",
        )
        # Two finished jobs compared, played together.
        history.starred.setChecked(False)
        await wait_until(
            lambda: history.results.topLevelItemCount() == 3, history.searched, what="every job"
        )
        for row in (0, 2):  # "Gulls over the pier" and "A harbour at dawn"
            history.results.topLevelItem(row).setSelected(True)
        assert history.compare_button.isEnabled()
        history.compare_button.click()
        compare = history.compare_window
        assert isinstance(compare, CompareDialog)
        await wait_until(
            lambda: None not in compare.canvas.images,
            compare.sinks[0].videoFrameChanged,
            compare.sinks[1].videoFrameChanged,
            what="both pictures",
        )
        compare.close()
        history.close()
        win.close()

    run_async(qapp, run_window(windows_for_variations(), until=scenario, log=False), timeout=60)


def test_three_variations_of_the_single_shot_are_three_jobs_with_three_seeds(
    qapp, tmp_path, windows_for_variations
):
    from qt_async import run_async, wait_until

    from app.ui.app import run_window

    image = tmp_path / "frames" / "ref.png"
    image.parent.mkdir(parents=True)
    Image.new("RGB", (640, 480), (90, 130, 170)).save(image)

    async def scenario(win: MainWindow) -> None:
        win.picker.set_current_model(REFERENCE)
        win.panel.set_values(
            {"text": "a lighthouse", "images": [str(image)], "duration": 2, "resolution": "480p"}
        )
        await wait_until(
            win.generate_button.isEnabled,
            win.panel.validity_changed,
            win.controller.ready,
            what="a valid panel",
        )
        button = win.variations_button
        button.menu_.aboutToShow.emit()
        labels = [a.text() for a in button.menu_.actions()]
        assert labels[0] == "×2 variations" and labels[-1] == "×8 variations"
        button.menu_.actions()[1].trigger()  # ×3
        box = button.question
        assert box is not None and box.isVisible()
        assert "seeds " in box.text()
        assert win.controller.engine.jobs() == []  # nothing before Send
        sent: list[list] = []
        button.sent.connect(sent.append)
        send = next(b for b in box.buttons() if b.text().startswith("Send"))
        send.click()
        await wait_until(lambda: sent, button.sent, timeout=30, what="three submissions")
        jobs = win.controller.engine.jobs()
        assert len(jobs) == 3 and len({j.inputs["seed"] for j in jobs}) == 3
        assert all(j.inputs["text"] == "a lighthouse" for j in jobs)
        assert [str(s) in box.text() for s in (j.inputs["seed"] for j in jobs)] == [True] * 3
        win.close()

    run_async(qapp, run_window(windows_for_variations(), until=scenario, log=False), timeout=90)
