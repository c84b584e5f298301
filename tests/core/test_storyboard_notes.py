"""Version 2 of the board file: each shot's note, trim and takes, saved and opened, and
a version 1 board upgraded on load (over a kept fixture) without losing anything."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PIL import Image

from app.core.storyboard import FORMAT_VERSION, Storyboard, upgrade_document
from app.core.takes import Take

FIXTURES = Path(__file__).parent / "fixtures"
PRO = "bytedance/seedance-1-0/pro/image-to-video"


def test_a_version_1_board_is_upgraded_with_empty_notes_and_its_clip_as_a_take(tmp_path):
    shutil.copy(FIXTURES / "storyboard-v1.json", tmp_path / "old.storyboard.json")
    (tmp_path / "frames").mkdir()
    for name in ("boats", "gulls"):
        Image.new("RGB", (64, 36), (90, 120, 200)).save(tmp_path / "frames" / f"{name}.png")
    board = Storyboard.load(tmp_path / "old.storyboard.json")
    boats, gulls = board.shots
    assert [s.note for s in board.shots] == ["", ""]
    assert (boats.trim_in, boats.trim_out) == (0.0, None) and not boats.trimmed
    [take] = boats.takes
    assert (take.clip, take.request_id, take.cost, take.model_id) == (
        tmp_path / "clips" / "boats.mp4", "req-boats", 0.35,
        "bytedance/seedance-1-0/pro/image-to-video",
    )  # fmt: skip
    assert boats.chosen_take == take.job_id and gulls.takes == []
    assert boats.clip == tmp_path / "clips" / "boats.mp4" and boats.request_id == "req-boats"
    assert boats.extra == {"colour_grade": "kept by a plug-in this version does not know"}
    boats.note = "MAYA: We leave at dawn."
    board.save()
    doc = json.loads((tmp_path / "old.storyboard.json").read_text(encoding="utf-8"))
    assert doc["version"] == FORMAT_VERSION == 2 and doc["title"] == "Harbour at dawn"
    saved = doc["shots"][0]
    assert saved["note"] == "MAYA: We leave at dawn." and saved["takes"][0]["clip"] == (
        "clips/boats.mp4"
    )
    assert saved["colour_grade"] == "kept by a plug-in this version does not know"


def test_the_upgrade_step_alone_keeps_what_it_does_not_know():
    doc = json.loads((FIXTURES / "storyboard-v1.json").read_text(encoding="utf-8"))
    upgraded = upgrade_document(doc)
    assert upgraded["version"] == 2
    assert [s["note"] for s in upgraded["shots"]] == ["", ""]
    assert upgraded["shots"][0]["takes"][0]["clip"] == "clips/boats.mp4"
    assert doc["version"] == 1  # the parsed file itself is left as it was


def test_notes_trims_and_takes_are_saved_and_opened(tmp_path):
    Image.new("RGB", (64, 36), (200, 40, 40)).save(tmp_path / "a.png")
    board = Storyboard()
    board.add_frames(tmp_path / "a.png")
    shot = board.shots[0]
    shot.note = "Dialogue: “Not yet.”\nAction: she turns."
    shot.trim_in, shot.trim_out = 0.5, 3.25
    shot.takes = [Take("job-1", tmp_path / "takes" / "one.mp4", PRO, "runcomfy", seed=7)]
    board.save(tmp_path / "b.storyboard.json")
    opened = Storyboard.load(tmp_path / "b.storyboard.json").shots[0]
    assert opened.note == shot.note
    assert (opened.trim_in, opened.trim_out) == (0.5, 3.25) and opened.trimmed
    assert [(t.job_id, t.clip, t.seed) for t in opened.takes] == [
        ("job-1", tmp_path / "takes" / "one.mp4", 7)
    ]
    assert opened.kept_seconds(5.0) == 2.75 and opened.kept_seconds(2.0) == 1.5


def test_undo_brings_back_a_note_but_never_forgets_a_take(tmp_path):
    Image.new("RGB", (64, 36), (200, 40, 40)).save(tmp_path / "a.png")
    board = Storyboard()
    board.add_frames(tmp_path / "a.png")
    before = board.edit_state()
    board.shots[0].note = "a note"
    paid = Take("job-paid", tmp_path / "paid.mp4", PRO, "runcomfy")
    board.shots[0].takes = [paid]
    board.restore_edit_state(before)
    assert board.shots[0].note == ""
    assert board.shots[0].takes == [paid]


def test_a_burnt_in_caption_is_legible_at_480p():
    from app.core.storyboard.burn_in import Corner, caption_overlay
    from app.core.storyboard.captions import Caption

    caption = Caption(3, 0.0, 2.0, "MAYA: We leave at dawn, before the harbour wakes up.")
    overlay = caption_overlay(caption, (854, 480), Corner.BOTTOM_RIGHT)
    left, top, right, bottom = overlay.getbbox()
    assert right > 854 - 30 and bottom > 480 - 30  # in the chosen corner
    assert left > 854 // 3 and top > 480 // 2
    # Two lines at least (the number, then the note), each at least 20 px tall.
    assert bottom - top >= 2 * 20
    white = [overlay.getpixel((x, y)) for x in range(left, right) for y in range(top, bottom)]
    assert sum(1 for p in white if p[:3] == (255, 255, 255) and p[3] == 255) > 500
