"""Where a deleted take's file goes: the system trash, or Storyreel's bin.

``QFile.moveToTrash`` puts the file in the desktop's trash (the user can restore it from
there too); where there is none (a headless system, another drive without a trash folder)
the file goes to ``bin/`` in Storyreel's data folder instead. Either way the file is moved,
never deleted, and :func:`bring_back` puts it back where it was for an undo. Both are file
operations: call them in a worker thread.
"""

from __future__ import annotations

import contextlib
import shutil
import uuid
from pathlib import Path

from PySide6.QtCore import QFile

from app.core.paths import data_dir
from app.core.wording import QT_TRANSLATE_NOOP, said_in


def bin_dir() -> Path:
    return data_dir() / "bin"


def discard(path: Path, *, use_trash: bool = True) -> Path:
    """Move ``path`` to the trash (or the bin); returns where it is now."""
    if not path.exists():
        raise FileNotFoundError(
            said_in(
                "Takes", QT_TRANSLATE_NOOP("Takes", "{name} is no longer there."), name=path.name
            )
        )
    if use_trash:
        file = QFile(str(path))
        if file.moveToTrash():
            return Path(file.fileName())  # where it is in the trash
    folder = bin_dir() / uuid.uuid4().hex[:12]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.move(str(path), str(target))
    return target


def bring_back(where: Path, original: Path) -> Path:
    """Move a discarded file back to ``original`` (an undo)."""
    if original.exists():
        raise FileExistsError(
            said_in(
                "Takes",
                QT_TRANSLATE_NOOP(
                    "Takes", "Another file is now at {path}; the take was left aside."
                ),
                path=str(original),
            )
        )
    if not where.exists():
        raise FileNotFoundError(
            said_in(
                "Takes",
                QT_TRANSLATE_NOOP(
                    "Takes",
                    "{name} is no longer in the trash (it was emptied), so the take cannot "
                    "come back.",
                ),
                name=original.name,
            )
        )
    original.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(where), str(original))
    _forget_trash_entry(where)
    if where.parent.parent == bin_dir():
        with contextlib.suppress(OSError):
            where.parent.rmdir()  # its own folder in the bin, now empty
    return original


def _forget_trash_entry(where: Path) -> None:
    """A file taken back out of a freedesktop trash leaves its ``.trashinfo`` behind: remove
    it, so that the trash does not list a file that is no longer in it."""
    if where.parent.name != "files":
        return
    info = where.parent.parent / "info" / f"{where.name}.trashinfo"
    with contextlib.suppress(OSError):
        info.unlink()
