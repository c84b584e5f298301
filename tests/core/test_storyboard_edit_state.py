"""A board's editable state is put back exactly on undo and redo, and what the engine
reported on a shot (its job, its clip, its cost) is never undone with it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.core.storyboard import CutMode, Storyboard


def frames(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(count):
        path = folder / f"frame{n + 1}.png"
        Image.new("RGB", (640, 360), (40 * n, 90, 160)).save(path)
        made.append(path)
    return made


def test_restoring_a_state_gives_back_the_exact_board(tmp_path):
    board = Storyboard()
    empty = board.edit_state()
    board.add_frames(frames(tmp_path / "f", 3))
    board.shots[1].prompt = "a lighthouse"
    three = board.edit_state()
    three_doc = board.to_document()
    board.remove_frame(0)
    board.set_cut_mode(CutMode.PER_PAIR)
    board.restore_edit_state(three)
    assert board.to_document() == three_doc
    board.restore_edit_state(empty)
    assert board.frames == [] and board.shots == []
    board.restore_edit_state(three)
    assert board.to_document() == three_doc
    assert board.shots[1].prompt == "a lighthouse"


def test_what_the_engine_reported_survives_undo_and_redo(tmp_path):
    board = Storyboard()
    board.add_frames(frames(tmp_path / "f", 2))
    before = board.edit_state()
    board.shots[0].prompt = "waves"
    after = board.edit_state()
    shot = board.shots[0]
    # The shot is rendered after the edit: its job and clip come in.
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not really a video")
    shot.job_id, shot.job_state, shot.clip, shot.cost = "job-1", "succeeded", clip, 0.25
    board.restore_edit_state(before)
    assert board.shots[0] is shot  # a render under way keeps the shot it writes to
    assert (shot.prompt, shot.job_id, shot.clip, shot.cost) == ("", "job-1", clip, 0.25)
    # Removing the frame and bringing it back (undo of an undo) keeps the clip too.
    board.remove_frame(0)
    gone = board.edit_state()
    board.restore_edit_state(after)
    assert board.shots[0].job_id == "job-1" and board.shots[0].clip == clip
    board.restore_edit_state(gone)
    board.restore_edit_state(after)
    assert board.shots[0].prompt == "waves" and board.shots[0].clip == clip
