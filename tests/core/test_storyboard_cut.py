"""Changing the cut keeps the work: a shot new to the cut starts from the prompt and settings
of the shot that began on the same frame, in both directions; shots already written keep
theirs."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.core.storyboard import CutMode, Storyboard

LITE = "bytedance/seedance-1-0/lite/image-to-video"


def board_of(tmp_path: Path, count: int, **kw) -> Storyboard:
    folder = tmp_path / "frames"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        Image.new("RGB", (64, 36), (n * 40, 80, 120)).save(folder / f"f{n}.png")
    board = Storyboard(model_id=LITE, **kw)
    board.add_frames(folder)
    return board


def test_per_frame_prompts_and_settings_go_to_the_pairs_that_start_on_their_frames(tmp_path):
    board = board_of(tmp_path, 4)
    for n, shot in enumerate(board.shots, start=1):
        shot.prompt = f"frame {n} moves"
        shot.values = {"duration": n + 1}
    carried = board.set_cut_mode(CutMode.PER_PAIR)
    assert [s.prompt for s in board.shots] == ["frame 1 moves", "frame 2 moves", "frame 3 moves"]
    assert [s.values for s in board.shots] == [{"duration": 2}, {"duration": 3}, {"duration": 4}]
    assert carried == board.shots


def test_pair_prompts_go_back_to_new_per_frame_shots_and_the_last_frame_takes_the_last_pair(
    tmp_path,
):
    board = board_of(tmp_path, 3, cut_mode=CutMode.PER_PAIR)
    board.shots[0].prompt, board.shots[1].prompt = "one to two", "two to three"
    carried = board.set_cut_mode(CutMode.PER_FRAME)
    assert [s.prompt for s in board.shots] == ["one to two", "two to three", "two to three"]
    assert len(carried) == 3


def test_shots_already_written_in_the_other_cut_keep_their_own_prompts(tmp_path):
    board = board_of(tmp_path, 3)
    board.shots[0].prompt = "frame one"
    board.set_cut_mode(CutMode.PER_PAIR)
    board.shots[0].prompt = "my own pair prompt"
    board.set_cut_mode(CutMode.PER_FRAME)
    assert board.shots[0].prompt == "frame one"
    carried = board.set_cut_mode(CutMode.PER_PAIR)
    assert board.shots[0].prompt == "my own pair prompt"
    assert board.shots[0] not in carried
    assert board.set_cut_mode(CutMode.PER_PAIR) == []  # the same cut again changes nothing


def test_nothing_is_carried_when_there_is_nothing_to_carry(tmp_path):
    board = board_of(tmp_path, 3, prompt="the board's prompt")
    assert board.set_cut_mode(CutMode.PER_PAIR) == []
    assert [s.prompt for s in board.shots] == ["the board's prompt"] * 2
