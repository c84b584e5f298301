"""Writing a whole file so that a crash or a full disk never leaves half of it.

``write_atomic`` writes the data to a temporary file in the target's own folder (so the
rename cannot cross file systems), flushes it to the disk, then renames it over the target:
the target is either its old self or the complete new content, never a mix. On any
failure the temporary file is removed and the error goes on to the caller.

Streamed writes (a download, an encoded video) keep their own ``.part`` files: they are
written piece by piece, not from data already in memory.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(
    path: Path | str,
    data: bytes | str,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
) -> Path:
    """Replace ``path`` with ``data`` in one step; return the path.

    ``data`` given as text is encoded with ``encoding`` and ``errors`` (``surrogateescape``
    writes a file name whose bytes are not UTF-8 as those bytes); line ends are written as
    they are in the text. The folder must exist. OSError when the file cannot be written,
    the old file then being left as it was.
    """
    target = Path(path)
    payload = data.encode(encoding, errors) if isinstance(data, str) else data
    # The name is shortened so that a long file name still leaves room for the temporary's.
    prefix = f".{target.name[:100]}-"
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


__all__ = ["write_atomic"]
