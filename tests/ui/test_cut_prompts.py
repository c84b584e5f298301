"""Switching the storyboard's cut shows every shot's prompt, says where a new shot's prompt
came from, and is one undoable step, both ways (the real window, frames made with Pillow)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image
from window_support import one_window

from app.core.storyboard import CutMode
from app.ui.main_window import MainWindow
from app.ui.storyboard import StoryboardView


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window(shown=True, storyboard=True, forget_changes=True) as win:
        yield win


def shown_prompts(view: StoryboardView) -> list[str]:
    """Each shot's prompt as the panel shows it when the shot is selected."""
    texts = []
    for row in range(view.shot_model.rowCount()):
        view.select_shot(row)
        texts.append(view.panel.values().get("prompt", ""))
    return texts


def test_prompts_survive_cut_changes_both_ways_with_a_note_and_undo(window, tmp_path):
    view = window.storyboard
    folder = tmp_path / "frames"
    folder.mkdir()
    paths = []
    for n in range(1, 4):
        paths.append(folder / f"f{n}.png")
        Image.new("RGB", (640, 360), (n * 60, 90, 140)).save(paths[-1])
    view.add_frames(paths)
    for row, text in enumerate(["a door opens", "a hand reaches", "the light goes out"]):
        view.select_shot(row)
        view.panel.set_values({"prompt": text})

    view.set_cut_mode(CutMode.PER_PAIR)
    assert shown_prompts(view) == ["a door opens", "a hand reaches"]
    assert "Shots 1, 2 took the prompt and settings" in window.statusBar().currentMessage()

    window.undo.undo_action.trigger()
    assert view.board.cut_mode is CutMode.PER_FRAME
    assert shown_prompts(view) == ["a door opens", "a hand reaches", "the light goes out"]
    window.undo.redo_action.trigger()
    assert view.board.cut_mode is CutMode.PER_PAIR
    assert shown_prompts(view) == ["a door opens", "a hand reaches"]

    # Written in the pair cut, then back: the frame shots keep their own prompts.
    view.select_shot(1)
    view.panel.set_values({"prompt": "the hand turns the key"})
    view.set_cut_mode(CutMode.PER_FRAME)
    assert shown_prompts(view) == ["a door opens", "a hand reaches", "the light goes out"]
    view.set_cut_mode(CutMode.PER_PAIR)
    assert shown_prompts(view) == ["a door opens", "the hand turns the key"]
