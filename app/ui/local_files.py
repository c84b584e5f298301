"""File URLs to and from paths exactly, whatever bytes a file name holds.

Qt turns a ``file://`` URL into a path by decoding it as UTF-8 and silently drops the
bytes that are not (a name from an old archive, another system's encoding), so a dropped
"caf\\xe9.png" would become "caf.png", a file that does not exist. The URL's percent-encoded
form keeps every byte: here it is decoded the way Python names files (undecodable bytes as
lone surrogates), and a path is encoded back the same way. On Windows, where file names are
Unicode, Qt's own conversion is exact and is used as it is.
"""

from __future__ import annotations

import os
import urllib.parse

from PySide6.QtCore import QUrl

_EXACT = os.name != "nt"


def local_path(url: QUrl) -> str:
    """The local file a ``file:`` URL names (the caller checks ``url.isLocalFile()``)."""
    if not _EXACT:
        return url.toLocalFile()
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return os.fsdecode(urllib.parse.unquote_to_bytes(encoded))


def file_url(path: os.PathLike[str] | str) -> QUrl:
    """The ``file:`` URL of a local path, every byte of its name kept."""
    text = os.fspath(path)
    if not _EXACT:
        return QUrl.fromLocalFile(text)
    quoted = urllib.parse.quote(os.fsencode(os.path.abspath(text)), safe="/")
    return QUrl.fromEncoded(("file://" + quoted).encode("ascii"))
