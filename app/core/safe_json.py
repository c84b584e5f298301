"""JSON that survives any file name, and JSON files read defensively.

A file name is bytes. Python keeps bytes that are not valid UTF-8 (a name from an old
archive, another system's encoding) as lone surrogates (``\\udcff``), which neither a
UTF-8 file nor SQLite can hold as text. :func:`dumps` keeps non-ASCII text readable and
writes such strings with ``\\u`` escapes instead, so they read back exactly.

:func:`read_json_file` turns every way a file can be unreadable (missing, a folder, not
UTF-8, not JSON, nested too deep) into one :class:`FileFormatError` naming the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.errors import FileFormatError
from app.core.wording import QT_TRANSLATE_NOOP, said

# Far below the interpreter's recursion limit: no file Storyreel writes nests this deep.
MAX_DEPTH = 64


def dumps(data: Any, **kwargs: Any) -> str:
    """``json.dumps`` whose text any UTF-8 file or SQLite column can hold, losslessly."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, **kwargs)
    return text


def printable(text: str) -> str:
    """Text for a message: bytes that are not UTF-8 shown as ``\\xff`` escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _depth_exceeded(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (a cheap scan)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def loads(text: str, what: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text from ``what`` (a file's name, for the message). FileFormatError."""
    if _depth_exceeded(text, max_depth):
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{what} cannot be read: its data is nested more than {depth} levels deep, "
                "which no file Storyreel writes is.",
            ),
            what=what,
            depth=max_depth,
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} cannot be read: it is not valid JSON ({problem} at line {line})."
            ),
            what=what,
            problem=exc.msg,
            line=exc.lineno,
        ) from None
    except (RecursionError, ValueError) as exc:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "{what} cannot be read: {reason}."),
            what=what,
            reason=str(exc),
        ) from None


def read_json_file(path: Path, what: str | None = None) -> Any:
    """The parsed content of a JSON file. FileNotFoundError passes through (callers often
    treat a missing file as empty); every other problem is a FileFormatError."""
    name = what or said(QT_TRANSLATE_NOOP("Errors", "The file {path}"), path=printable(str(path)))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "{what} cannot be read: it is a folder, not a file."),
            what=name,
        ) from None
    except OSError as exc:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP("Errors", "{what} cannot be read: {reason}."),
            what=name,
            reason=exc.strerror or str(exc),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} cannot be read: it is not a text file (not UTF-8)."
            ),
            what=name,
        ) from None
    return loads(text, name)
