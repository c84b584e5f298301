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


def check_output_url(url: str, *, allow_loopback: bool = False) -> None:
    """Raise DownloadError unless ``url`` is one Storyreel may fetch (see the module docstring)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        raise DownloadError(f"The output address '{url[:200]}' is not a valid URL.") from None
    if allow_loopback and is_loopback_host(host) and parts.scheme in ("http", "https"):
        return
    if parts.scheme != "https":
        raise DownloadError(
            f"The output address {url[:200]} is not https; Storyreel downloads outputs only "
            "over https."
        )
    if parts.username or parts.password or port not in (None, 443):
        raise DownloadError(
            f"The output address {url[:200]} carries a user name or an unusual port; Storyreel "
            "does not download it."
        )
    if not (host == "runcomfy.net" or host.endswith(".runcomfy.net")):
        raise DownloadError(
            f"The output address {url[:200]} is not on runcomfy.net, so Storyreel does not "
            "download it: outputs are fetched only from RunComfy's own servers."
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
        cause = f"the disk that holds {folder} is full. Free some space there"
    elif code in _NOT_A_FOLDER:
        cause = (
            f"{folder} (or a folder above it) is a file, not a folder. Move that file away or "
            "choose another library folder in Settings"
        )
    elif code == errno.ENOENT:
        cause = (
            f"the folder {folder} is missing (a disconnected drive?). Reconnect it or choose "
            "another library folder in Settings"
        )
    elif code in _NOT_WRITABLE:
        cause = (
            f"Storyreel may not write to {folder}. Check the folder's permissions or choose "
            "another library folder in Settings"
        )
    else:
        cause = (
            f"{exc.strerror or exc}. Check that {folder} can be written to and that the disk "
            "has room"
        )
    return OutputNotSaved(f"The video could not be saved here: {cause}.", errno=code)


def cleaned(exc: DownloadError) -> DownloadError:
    """The same error (its kind decides whether the job waits or fails) with what the server
    sent (its URL, its words) made safe to show."""
    exc.message = outside_text(exc.message)
    exc.args = (exc.message,)
    return exc


def check_status(url: str, status: int) -> None:
    """Raise what an answer other than 200 or 206 means: a redirect (never followed), a file
    RunComfy no longer keeps (OutputGone), a server that keeps failing (DownloadStalled:
    the transport has already retried), or any other refusal (DownloadError)."""
    if 300 <= status < 400:
        raise DownloadError(
            f"The output server redirected {url[:200]} to another address; Storyreel does "
            "not follow redirects for downloads."
        )
    if status in GONE_STATUSES:
        raise OutputGone(
            f"The output server answered HTTP {status} for {url[:200]}: RunComfy no longer "
            "keeps this file."
        )
    if status in (408, 429) or status >= 500:
        raise DownloadStalled(
            f"The output server answered HTTP {status} for {url[:200]} after several tries."
        )
    if status not in (200, 206):
        raise DownloadError(f"The output server answered HTTP {status} for {url[:200]}.")


def media_type(url: str, content_type: str) -> str:
    """The answer's media type, lower-case; DownloadError when it is not a media file."""
    kind = content_type.split(";")[0].strip().lower()
    if not (kind.startswith(MEDIA_PREFIXES) or kind in BINARY_TYPES):
        raise DownloadError(
            f"The output address {url[:200]} answered with {kind} instead of a media file."
        )
    return kind
