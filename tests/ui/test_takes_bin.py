"""Where a deleted take's file goes, and how it comes back: the system trash when there is
one (its entry gone again once the file is back), Storyreel's bin otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.takes.bin import bin_dir, bring_back, discard


@pytest.fixture
def clip(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # never the real trash
    path = tmp_path / "clips" / "take.mp4"
    path.parent.mkdir()
    path.write_bytes(b"a paid clip")
    return path


def test_without_the_trash_a_take_goes_to_the_bin_and_comes_back(qapp, clip):
    where = discard(clip, use_trash=False)
    assert not clip.exists() and where.read_bytes() == b"a paid clip"
    assert bin_dir() in where.parents
    assert bring_back(where, clip) == clip
    assert clip.read_bytes() == b"a paid clip" and not where.exists()
    assert list(bin_dir().iterdir()) == []  # its own folder in the bin is gone too


def test_a_take_in_the_trash_comes_back_without_its_trash_entry(qapp, clip, tmp_path):
    trash = tmp_path / "xdg" / "Trash"
    for part in ("files", "info"):
        (trash / part).mkdir(parents=True)
    where = discard(clip)
    assert not clip.exists() and where == trash / "files" / "take.mp4"
    assert [p.name for p in (trash / "info").iterdir()] == ["take.mp4.trashinfo"]
    bring_back(where, clip)
    assert clip.read_bytes() == b"a paid clip"
    assert list((trash / "files").iterdir()) == list((trash / "info").iterdir()) == []


def test_what_cannot_come_back_says_why_and_overwrites_nothing(qapp, clip):
    where = discard(clip, use_trash=False)
    clip.write_bytes(b"another file since")
    with pytest.raises(FileExistsError, match="Another file is now at"):
        bring_back(where, clip)
    assert clip.read_bytes() == b"another file since" and where.is_file()
    where.unlink()
    clip.unlink()
    with pytest.raises(FileNotFoundError, match="no longer in the trash"):
        bring_back(where, clip)
