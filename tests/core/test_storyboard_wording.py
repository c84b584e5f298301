"""A shot's failure reason keeps how it was said in the board file, so that a reopened
board shows it in the window's language; anything the file cannot vouch for stays English."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from app.core.storyboard import Storyboard
from app.core.wording import QT_TRANSLATE_NOOP, Said, said

REFUSED = QT_TRANSLATE_NOOP("Errors", "The output file {url} is empty.")


def _board_with_a_failed_shot(tmp_path: Path) -> Path:
    frame = tmp_path / "dawn.png"
    Image.new("RGB", (64, 36), (200, 120, 90)).save(frame)
    board = Storyboard(prompt="boats leave")
    board.add_frames([frame])
    [shot] = board.shots
    shot.job_state = "failed"
    shot.error = said(REFUSED, url="https://cdn.runcomfy.net/out/1.mp4")
    return board.save(tmp_path / "Harbour.storyboard.json")


def test_a_reopened_board_keeps_how_a_shot_failure_was_said(tmp_path):
    path = _board_with_a_failed_shot(tmp_path)
    [shot] = Storyboard.load(path).shots
    assert shot.error == "The output file https://cdn.runcomfy.net/out/1.mp4 is empty."
    assert isinstance(shot.error, Said) and shot.error.template == REFUSED
    assert shot.error.arguments == {"url": "https://cdn.runcomfy.net/out/1.mp4"}


def test_a_reason_changed_by_another_storyreel_or_a_damaged_wording_reads_as_its_text(tmp_path):
    path = _board_with_a_failed_shot(tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["shots"][0]["error"] = "RunComfy said: out of GPUs."  # an older Storyreel wrote it
    path.write_text(json.dumps(doc), encoding="utf-8")
    [shot] = Storyboard.load(path).shots
    assert shot.error == "RunComfy said: out of GPUs." and not isinstance(shot.error, Said)

    for damaged in ({"context": "Errors"}, "not an object", {"template": 3, "arguments": []}):
        doc["shots"][0]["error"] = "The output file x is empty."
        doc["shots"][0]["error_wording"] = damaged
        path.write_text(json.dumps(doc), encoding="utf-8")
        [shot] = Storyboard.load(path).shots
        assert shot.error == "The output file x is empty." and not isinstance(shot.error, Said)


def test_a_plain_reason_is_saved_without_a_wording(tmp_path):
    path = _board_with_a_failed_shot(tmp_path)
    board = Storyboard.load(path)
    board.shots[0].error = "RunComfy said: out of GPUs."
    board.save()
    saved = json.loads(path.read_text(encoding="utf-8"))["shots"][0]
    assert saved["error"] == "RunComfy said: out of GPUs." and "error_wording" not in saved
