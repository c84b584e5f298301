"""Whole-file writes: the file is either its old self or the complete new content."""

from __future__ import annotations

import pytest

from app.core.fileio import write_atomic


def test_writes_bytes_and_text_replacing_the_old_file(tmp_path):
    target = tmp_path / "board.json"
    target.write_text("old content that is longer than the new one")

    assert write_atomic(target, b"\x89PNG new") == target
    assert target.read_bytes() == b"\x89PNG new"

    write_atomic(str(target), "line one\nline two\n")
    assert target.read_bytes() == b"line one\nline two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["board.json"]


def test_text_is_encoded_as_asked_and_non_utf8_names_survive(tmp_path):
    target = tmp_path / "shots.csv"
    name = b"caf\xe9.png".decode("utf-8", "surrogateescape")

    write_atomic(target, name, encoding="utf-8-sig", errors="surrogateescape")

    assert target.read_bytes() == b"\xef\xbb\xbfcaf\xe9.png"


def test_a_failed_write_keeps_the_old_target_and_leaves_no_temporary(tmp_path):
    blocked = tmp_path / "folder"
    blocked.mkdir()
    (blocked / "inside.txt").write_text("kept")

    with pytest.raises(OSError):
        write_atomic(blocked, "cannot replace a folder")

    assert (blocked / "inside.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_a_missing_folder_is_an_error_not_a_new_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "settings.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_a_long_file_name_still_has_room_for_its_temporary(tmp_path):
    target = tmp_path / ("n" * 240 + ".json")
    write_atomic(target, "{}")
    assert target.read_text() == "{}"
