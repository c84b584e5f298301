"""Every edit of a storyboard is one step of Edit → Undo / Redo, and undoing it gives back the
exact board (compared as the JSON document it saves as); the window's "*" follows the board's
saved state.

Real parts throughout: the window from ``build_window``, PNG frames made with Pillow, the
board saved to a real file and read back.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox
from window_support import one_window

from app.core.storyboard import CutMode, Storyboard
from app.ui.main_window import MainWindow
from app.ui.storyboard import MODE_SINGLE, MODE_STORYBOARD, StoryboardView

LITE = "bytedance/seedance-1-0/lite/image-to-video"
COLOURS = [(200, 60, 40), (40, 160, 80), (40, 80, 200), (220, 190, 40)]


@pytest.fixture
def window(qapp, qtbot) -> Iterator[MainWindow]:
    # Unsaved edits are forgotten: nothing to ask when the test's window goes.
    with one_window(shown=True, storyboard=True, forget_changes=True) as win:
        yield win


@pytest.fixture
def frames(tmp_path: Path) -> list[Path]:
    made = []
    for n, colour in enumerate(COLOURS, start=1):
        path = tmp_path / "frames" / f"frame{n}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (640, 360), colour).save(path, "PNG")
        made.append(path)
    return made


def state(view: StoryboardView) -> dict[str, Any]:
    return view.board.to_document()


def undo_text(win: MainWindow) -> str:
    return win.undo.undo_action.text()


# -- the edits a user makes, each as the user makes it -------------------------------------


def select(view: StoryboardView, frame_row: int) -> None:
    view.strip.setCurrentIndex(view.strip_model.index(frame_row))


def set_prompt(view: StoryboardView, shot_row: int, text: str) -> None:
    view.select_shot(shot_row)
    view.panel.set_values({"prompt": text})


def set_duration(view: StoryboardView, shot_row: int, seconds: int) -> None:
    view.select_shot(shot_row)
    view.panel.set_values({"duration": seconds})


def set_model(view: StoryboardView, shot_row: int, model_id: str) -> None:
    view.select_shot(shot_row)
    view.picker.set_current_model(model_id)


def edits(frames: list[Path]) -> list[tuple[str, Callable[[StoryboardView], Any]]]:
    """(what Edit → Undo names, the edit), in an order where each one applies."""
    return [
        ("Add frames", lambda v: v.add_frames(frames[:3])),
        ("Add frames", lambda v: v.add_frames([frames[3]], at=1)),
        ("Edit the prompt of shot 2", lambda v: set_prompt(v, 1, "a harbour at dawn")),
        ("Change the settings of shot 2", lambda v: set_duration(v, 1, 8)),
        ("Apply settings and prompt to all shots", lambda v: v.apply_to_all(prompt=True)),
        ("Duplicate frame 2", lambda v: (select(v, 1), v.duplicate_frame())),
        ("Move frame 1", lambda v: v.strip_model.moveRow(QModelIndex(), 0, QModelIndex(), 3)),
        ("Move frame 3", lambda v: (select(v, 2), v.move_frame(1))),
        ("Remove frame 4", lambda v: (select(v, 3), v.remove_frame())),
        ("Cut one clip per pair of frames", lambda v: v.set_cut_mode(CutMode.PER_PAIR)),
        ("Change the model of shot 1", lambda v: set_model(v, 0, LITE)),
        ("Apply settings to all shots", lambda v: (v.select_shot(0), v.apply_to_all())),
        ("Cut one clip per frame", lambda v: v.set_cut_mode(CutMode.PER_FRAME)),
    ]  # fmt: skip


def test_each_edit_is_undone_and_redone_to_the_exact_board(window, frames):
    view = window.storyboard
    stack = view.undo_stack
    empty = state(view)
    for what, edit in edits(frames):
        before = state(view)
        steps = stack.count()
        edit(view)
        after = state(view)
        assert after != before, what
        assert stack.count() == steps + 1, what  # one edit, one step
        assert undo_text(window) == f"&Undo {what}"
        stack.undo()
        assert state(view) == before, what
        assert window.undo.redo_action.text() == f"&Redo {what}"
        stack.redo()
        assert state(view) == after, what
        # The view shows the board it has: a frame per card, a shot per card.
        assert view.strip_model.rowCount() == len(view.board.frames)
        assert view.shot_model.rowCount() == len(view.board.shots)
    while stack.canUndo():
        stack.undo()
    assert state(view) == empty


def test_typing_a_prompt_is_one_step_and_undo_shows_the_text_again(window, frames):
    view = window.storyboard
    view.add_frames(frames[:2])
    before = state(view)
    for end in range(1, len("waves roll in") + 1):
        set_prompt(view, 0, "waves roll in"[:end])
    assert view.board.shots[0].prompt == "waves roll in"
    assert undo_text(window) == "&Undo Edit the prompt of shot 1"
    window.undo.undo_action.trigger()
    assert state(view) == before
    assert view.panel.values().get("prompt", "") == ""  # the panel shows the shot as it is again
    window.undo.redo_action.trigger()
    assert view.panel.values()["prompt"] == "waves roll in"
    # Another shot's prompt is another step.
    set_prompt(view, 1, "the tide goes out")
    assert view.undo_stack.count() == 3


@pytest.mark.slow
def test_a_long_random_session_undoes_back_to_the_empty_board(window, frames):
    view = window.storyboard
    stack = view.undo_stack
    empty = state(view)
    rng = random.Random(20261206)
    words = ["dawn", "harbour", "gulls", "mist", "tide", "boats"]

    def some_row(count: int) -> int:
        return rng.randrange(count)

    for _step in range(200):
        count = len(view.board.frames)
        shots = len(view.board.shots)
        choice = rng.randrange(10)
        if choice < 2 or count < 2:
            at = rng.randrange(count + 1)
            view.add_frames(rng.sample(frames, rng.randint(1, 2)), at=at)
        elif choice == 2 and count > 2:
            select(view, some_row(count))
            view.remove_frame()
        elif choice == 3 and count < 12:
            select(view, some_row(count))
            view.duplicate_frame()
        elif choice == 4:
            view.strip_model.moveRow(QModelIndex(), some_row(count), QModelIndex(), some_row(count))
        elif choice == 5:
            view.set_cut_mode(rng.choice([CutMode.PER_FRAME, CutMode.PER_PAIR]))
        elif choice == 6 and shots:
            set_prompt(view, some_row(shots), " ".join(rng.sample(words, 2)))
        elif choice == 7 and shots:
            view.select_shot(some_row(shots))
            view.panel.set_values({"resolution": rng.choice(["480p", "720p", "1080p"])})
        elif choice == 8 and shots:
            view.select_shot(some_row(shots))
            view.apply_to_all(prompt=rng.random() < 0.5)
        elif shots:
            select(view, some_row(count))
            view.move_frame(rng.choice([-1, 1]))
    assert stack.count() > 120
    middle = state(view)
    while stack.canUndo():
        stack.undo()
    assert state(view) == empty
    assert view.strip_model.rowCount() == 0 and view.shot_model.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert state(view) == middle


def test_the_window_marks_unsaved_edits_and_saving_clears_the_mark(window, frames, tmp_path):
    view = window.storyboard
    assert not window.isWindowModified()
    view.add_frames(frames[:2])
    assert window.isWindowModified() and view.has_unsaved_changes()
    path = tmp_path / "boards" / "Harbour.storyboard.json"
    assert view.save_as(path)
    assert not window.isWindowModified() and not view.has_unsaved_changes()
    assert Storyboard.load(path).to_document(path.parent) == view.board.to_document()

    set_prompt(view, 0, "gulls over the harbour")
    assert window.isWindowModified()
    window.undo.undo_action.trigger()  # back to what is saved
    assert not window.isWindowModified()
    window.undo.redo_action.trigger()
    assert window.isWindowModified()
    assert view.save()
    assert not window.isWindowModified()
    # Typing after a save is a new step: undo goes back to the saved prompt.
    set_prompt(view, 0, "gulls over the harbour at noon")
    window.undo.undo_action.trigger()
    assert view.board.shots[0].prompt == "gulls over the harbour"
    assert not window.isWindowModified()

    # The single-shot view has its own edits: the storyboard's are not undone from there.
    window.set_mode(MODE_SINGLE)
    assert window.undo.active is not view.undo_stack
    window.set_mode(MODE_STORYBOARD)
    assert window.undo.active is view.undo_stack


def test_an_unsaved_edited_board_is_asked_about_on_close_and_new_starts_clean(
    window, frames, qtbot
):
    view = window.storyboard
    view.add_frames(frames[:1])
    view.new_board()
    qtbot.waitUntil(lambda: view.question is not None and view.question.isVisible())
    view.question.button(QMessageBox.StandardButton.Cancel).click()
    assert len(view.board.frames) == 1  # nothing lost
    window.undo.undo_action.trigger()  # undoing every edit: nothing left to ask about
    assert not view.has_unsaved_changes()
    view.new_board()
    assert view.question is None
    assert view.undo_stack.count() == 0 and not window.undo.undo_action.isEnabled()
