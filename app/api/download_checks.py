"""What a download may fetch, and what its failures mean for the user.

:func:`check_output_url` refuses any address that is not RunComfy's own (https on
``runcomfy.net`` or a subdomain, default port, no user name; a loopback host only when
allowed); :func:`save_error` words a failure to write the file as what to do about it.
The kinds (``OutputGone``, ``DownloadStalled``, ``OutputNotSaved``, ``DownloadError``) are
in ``app.core.errors``; ``app.api.downloads`` says when each is raised.
"""

from __future__ import annotations

import errno
from pathlib import Path
from urllib.parse import urlsplit

from app.api.client import is_loopback_host
from app.core.errors import DownloadError, DownloadStalled, OutputGone, OutputNotSaved
from app.core.text import outside_text
from app.core.wording import QT_TRANSLATE_NOOP, Said, said
from app.core.wording import cleaned as cleaned_message


def check_output_url(url: str, *, allow_loopback: bool = False) -> None:
    """Raise DownloadError unless ``url`` is one Storyreel may fetch (see the module docstring)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        raise DownloadError.said(
            QT_TRANSLATE_NOOP("Errors", "The output address '{url}' is not a valid URL."),
            url=url[:200],
        ) from None
    if allow_loopback and is_loopback_host(host) and parts.scheme in ("http", "https"):
        return
    if parts.scheme != "https":
        raise DownloadError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The output address {url} is not https; Storyreel downloads outputs only over "
                "https.",
            ),
            url=url[:200],
        )
    if parts.username or parts.password or port not in (None, 443):
        raise DownloadError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The output address {url} carries a user name or an unusual port; Storyreel "
                "does not download it.",
            ),
            url=url[:200],
        )
    if not (host == "runcomfy.net" or host.endswith(".runcomfy.net")):
        raise DownloadError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The output address {url} is not on runcomfy.net, so Storyreel does not "
                "download it: outputs are fetched only from RunComfy's own servers.",
            ),
            url=url[:200],
        )


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NOT_A_FOLDER = {errno.ENOTDIR, errno.EEXIST}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
GONE_STATUSES = (404, 410)
MEDIA_PREFIXES = ("video/", "image/", "audio/")
BINARY_TYPES = ("application/octet-stream", "binary/octet-stream", "application/mp4", "")


def save_error(exc: OSError, folder: Path) -> OutputNotSaved:
    """What a failure to write into ``folder`` means for the user, and what to do about it."""
    code = exc.errno
    if code in _DISK_FULL:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The video could not be saved here: the disk that holds {folder} is full. Free "
            "some space there.",
        )
    elif code in _NOT_A_FOLDER:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The video could not be saved here: {folder} (or a folder above it) is a file, not "
            "a folder. Move that file away or choose another library folder in Settings.",
        )
    elif code == errno.ENOENT:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The video could not be saved here: the folder {folder} is missing (a disconnected "
            "drive?). Reconnect it or choose another library folder in Settings.",
        )
    elif code in _NOT_WRITABLE:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The video could not be saved here: Storyreel may not write to {folder}. Check the "
            "folder's permissions or choose another library folder in Settings.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The video could not be saved here: {reason}. Check that {folder} can be written "
            "to and that the disk has room.",
        )
        reason = str(exc.strerror or exc)
        return OutputNotSaved(said(template, reason=reason, folder=str(folder)), errno=code)
    return OutputNotSaved(said(template, folder=str(folder)), errno=code)


def cleaned(exc: DownloadError) -> DownloadError:
    """The same error (its kind decides whether the job waits or fails) with what the server
    sent (its URL, its words) made safe to show."""
    exc.message = cleaned_message(exc.message, outside_text)
    exc.wording = exc.message if isinstance(exc.message, Said) else None
    exc.args = (exc.message,)
    return exc


def check_status(url: str, status: int) -> None:
    """Raise what an answer other than 200 or 206 means: a redirect (never followed), a file
    RunComfy no longer keeps (OutputGone), a server that keeps failing (DownloadStalled:
    the transport has already retried), or any other refusal (DownloadError)."""
    if 300 <= status < 400:
        raise DownloadError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The output server redirected {url} to another address; Storyreel does not "
                "follow redirects for downloads.",
            ),
            url=url[:200],
        )
    if status in GONE_STATUSES:
        raise OutputGone.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The output server answered HTTP {status} for {url}: RunComfy no longer keeps "
                "this file.",
            ),
            status=status,
            url=url[:200],
        )
    if status in (408, 429) or status >= 500:
        raise DownloadStalled.said(
            QT_TRANSLATE_NOOP(
                "Errors", "The output server answered HTTP {status} for {url} after several tries."
            ),
            status=status,
            url=url[:200],
        )
    if status not in (200, 206):
        raise DownloadError.said(
            QT_TRANSLATE_NOOP("Errors", "The output server answered HTTP {status} for {url}."),
            status=status,
            url=url[:200],
        )


def media_type(url: str, content_type: str) -> str:
    """The answer's media type, lower-case; DownloadError when it is not a media file."""
    kind = content_type.split(";")[0].strip().lower()
    if not (kind.startswith(MEDIA_PREFIXES) or kind in BINARY_TYPES):
        raise DownloadError.said(
            QT_TRANSLATE_NOOP(
                "Errors", "The output address {url} answered with {kind} instead of a media file."
            ),
            url=url[:200],
            kind=kind,
        )
    return kind
