"""The takes of the single shot, as a user meets them in the real window offscreen with the
offline preview engine: three generations of the same inputs are three takes in the takes
window (Takes (3)…, Ctrl+T); choosing one plays it, reject, star, delete and Edit → Undo work
as for a storyboard shot; a changed prompt starts a new set of takes, and the chosen take
is still the chosen one, in the player, after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from qt_async import run_async, wait_until
from test_window import fill_in_pro, generate_and_wait, make_image, store_jobs

from app.core.jobs import Job, JobState
from app.core.settings import Settings
from app.sim.render import RenderSpec, render_preview
from app.ui.app import build_window, run_window
from app.ui.main_window import MainWindow
from app.ui.takes.dialog import TakesDialog
from app.ui.takes.model import CHOSEN_ROLE

pytestmark = pytest.mark.slow

PRO = "bytedance/seedance-1-0/pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


def clip(folder: Path, name: str) -> Path:
    out = folder / f"{name}.mp4"
    frame = make_image(folder / f"{name}.png", (320, 180))
    render_preview(RenderSpec(320, 180, 24, 12, first_frame=frame, audio=False, seed=1), out)
    return out


def takes_count(win: MainWindow) -> str:
    return win.single_takes.button.text()


def open_takes(win: MainWindow) -> TakesDialog:
    win.single_takes.action.trigger()  # View → Takes of this shot… (Ctrl+T)
    dialog = win.single_takes.dialog
    assert isinstance(dialog, TakesDialog) and dialog.isVisible()
    return dialog


def select(dialog: TakesDialog, row: int) -> None:
    dialog.grid.selectionModel().select(
        dialog.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_single_shot_takes_are_chosen_kept_deleted_undone_and_remembered(
    qapp, windows, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # never the real trash
    image = make_image(tmp_path / "frames" / "first.png")
    made: dict[str, list[str]] = {}

    def new_window() -> MainWindow:
        window = build_window()
        windows.append(window)
        return window

    async def first_session(win: MainWindow) -> None:
        fill_in_pro(win, image, prompt="a lighthouse at dusk")
        jobs = [await generate_and_wait(win) for _ in range(3)]
        assert all(j.state is JobState.SUCCEEDED for j in jobs), [j.error for j in jobs]
        assert len({j.id for j in jobs}) == 3  # Seedance 1.0 Pro has no seed: three runs
        made["ids"] = [j.id for j in jobs]
        takes = win.single_takes.takes
        await wait_until(
            lambda: takes_count(win) == "Takes (3)…", takes.counted, what="three takes"
        )
        dialog = open_takes(win)
        assert dialog.windowTitle() == "Takes of the single shot"
        assert [dialog.model.take(r).job_id for r in range(3)] == made["ids"]
        assert "3 takes" in dialog.summary.text()

        # Choosing the second take plays it in the single shot's player.
        select(dialog, 1)
        dialog.choose_button.click()
        second = Path(jobs[1].files[0])
        assert win.player.current_file == second
        assert dialog.model.index(1).data(CHOSEN_ROLE)
        assert "player now plays this take" in dialog.message.text()
        assert win.undo.undo_action.text() == "&Undo Choose a take"

        # Reject the third, star the first; delete the third, and Edit → Undo brings it back.
        select(dialog, 2)
        dialog.reject_button.click()
        assert dialog.model.take(2).rejected and "1 rejected" in dialog.summary.text()
        select(dialog, 0)
        dialog.star_button.click()
        assert made["ids"][0] in win.controller.starred_ids(made["ids"])
        select(dialog, 2)
        third = Path(jobs[2].files[0])
        dialog.delete_button.click()
        await wait_until(lambda: dialog.model.rowCount() == 2, takes.changed, what="a deletion")
        assert not third.exists()
        win.undo.undo_action.trigger()
        # The list is read again in the background after the file is back: the row returns
        # first, its "rejected" mark with the next reading of the choices.
        await wait_until(
            lambda: dialog.model.rowCount() == 3 and dialog.model.take(2).rejected,
            takes.changed,
            what="the undo",
        )
        assert third.is_file()

        # A changed prompt is a new set of takes; the old prompt brings the old set back.
        win.panel.set_values({"prompt": "a lighthouse at dawn"})
        await wait_until(
            lambda: takes_count(win) == "Takes (0)…", takes.counted, what="a new set"
        )
        assert dialog.model.rowCount() == 0 and "No takes" in dialog.summary.text()
        win.panel.set_values({"prompt": "a lighthouse at dusk"})
        await wait_until(
            lambda: takes_count(win) == "Takes (3)…", takes.counted, what="the old set"
        )
        dialog.close()
        win.close()

    run_async(qapp, run_window(new_window(), until=first_session, log=False), timeout=120)
    saved = Settings.load().single_takes[PRO]
    assert [c["chosen"] for c in saved.values()] == [made["ids"][1]]

    async def second_session(win: MainWindow) -> None:
        takes = win.single_takes.takes
        await wait_until(
            lambda: takes_count(win) == "Takes (3)…", takes.counted, what="the takes again"
        )
        # The chosen take is back in the player (shown, not played by itself), circled.
        chosen = takes.chosen()
        assert chosen is not None and chosen.job_id == made["ids"][1]
        assert win.player.current_file == chosen.clip
        dialog = open_takes(win)
        assert dialog.model.index(1).data(CHOSEN_ROLE)
        assert dialog.model.take(2).rejected
        dialog.close()
        win.close()

    run_async(qapp, run_window(new_window(), until=second_session, log=False), timeout=60)


def test_a_seed_sweep_of_the_single_shot_asks_first_and_sends_the_seeds_next_to_a_take(
    qapp, windows, tmp_path
):
    """Two takes of Dreamina (seeds 7 and 8) already made; a sweep of ×3 around seed 8 shows
    seeds 9, 7 and 10 and their price before anything is sent, then sends three jobs."""
    image = make_image(tmp_path / "frames" / "first.png", (640, 360))
    values = {"prompt": "waves", "image_urls": [str(image)], "frames": 121}
    made = []
    for n, seed in enumerate((7, 8)):
        job = Job(DREAMINA, {**values, "seed": seed}, engine="offline", state=JobState.SUCCEEDED)
        job.files = [str(clip(tmp_path, f"take{n}"))]
        job.created_at = job.finished_at = 1000.0 + n
        made.append(job)
    store_jobs(*made)
    window = build_window()
    windows.append(window)

    async def scenario(win: MainWindow) -> None:
        win.picker.set_current_model(DREAMINA)
        win.panel.set_values(values)
        takes = win.single_takes.takes
        await wait_until(
            lambda: takes_count(win) == "Takes (2)…", takes.counted, what="two takes"
        )
        dialog = open_takes(win)
        select(dialog, 1)
        bar = dialog.variations
        assert bar.sweep_button.isEnabled()
        bar.sweep_button.click()
        question = win.variations_button.question
        assert question is not None and "seeds 9, 7, 10" in question.text()
        assert "free previews" in question.text()
        before = win.queue_model.rowCount()
        send = next(b for b in question.buttons() if b.text() == "Send 3 jobs")
        send.click()
        await wait_until(
            lambda: win.queue_model.rowCount() == before + 3,
            win.queue_model.rowsInserted,
            what="three jobs",
        )
        seeds = sorted(win.queue_model.job_at(r).inputs["seed"] for r in range(3))
        assert seeds == [7, 9, 10]
        dialog.close()
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=60)
