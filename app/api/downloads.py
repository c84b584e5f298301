"""Output downloads: token-free, host-checked, streamed to a ``.part`` file, then renamed.

What a download may do, and why:

* It uses its own httpx client that never carries the API key and keeps no cookies: output
  files live on a CDN that is not the API host, and the key must never reach another host.
* Only ``https`` URLs on ``runcomfy.net`` or one of its subdomains (default port, no user
  name) are fetched. ``allow_loopback`` also lets through a loopback host, for the local
  simulator and the offline preview, whose API base is itself on this computer.
* A redirect is an error, never followed: it could lead anywhere.
* The size is capped (2 GB by default), before and while reading.
* Bytes go to ``<name>.part`` beside the target. An interrupted transfer resumes from where it
  stopped with a ``Range`` request when the server supports it (206), and starts over when it
  does not (200). The file is renamed into place only when it has the announced size.
* Connection failures, time-outs, 429 and 5xx on the request itself are retried by the
  transport (httpx-retries, the same bounded policy as the API client); a transfer cut
  mid-body is resumed a bounded number of times without progress.

File names are readable and can never leave their folder: see :func:`output_filename`.
"""

from __future__ import annotations

import asyncio
import os
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from httpx_retries import RetryTransport

from app.api.client import RetryPolicy, is_loopback_host, refuse_cookies
from app.core.errors import DownloadError

MAX_BYTES = 2 * 1000**3
CHUNK_SIZE = 1024 * 1024
DOWNLOAD_TIMEOUT = httpx.Timeout(60, connect=10)
RESUME_ATTEMPTS = 5

ProgressCallback = Callable[[int, int | None], None]

EXTENSIONS = {
    ".mp4": ".mp4",
    ".m4v": ".mp4",
    ".mov": ".mov",
    ".webm": ".webm",
    ".mkv": ".mkv",
    ".png": ".png",
    ".jpg": ".jpg",
    ".jpeg": ".jpg",
    ".webp": ".webp",
    ".gif": ".gif",
    ".wav": ".wav",
    ".mp3": ".mp3",
    ".m4a": ".m4a",
}
CONTENT_TYPES = {
    "video/mp4": ".mp4",
    "application/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
}
_MEDIA_PREFIXES = ("video/", "image/", "audio/")
_BINARY_TYPES = ("application/octet-stream", "binary/octet-stream", "application/mp4", "")
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)
_REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")


# --- names -----------------------------------------------------------------------------------


def slug(text: str, limit: int) -> str:
    """Lower-case ASCII words joined by '-', at most ``limit`` characters, cut between words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            if not result:
                result = word[:limit]
            break
        result = candidate
    return result


def extension_for(url: str, content_type: str | None = None) -> str:
    """The file extension from the URL's path, else from the Content-Type, else ``.mp4``."""
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    if dot > 0 and name[dot:] in EXTENSIONS:
        return EXTENSIONS[name[dot:]]
    kind = (content_type or "").split(";")[0].strip().lower()
    return CONTENT_TYPES.get(kind, ".mp4")


def safe_component(text: str) -> str:
    """A single, harmless file-name component: no separators, no dots at the ends, not reserved."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip(".- ")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:180]
    if not cleaned:
        cleaned = "output"
    if cleaned.split(".")[0].lower() in WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def output_stem(
    *,
    when: float | datetime,
    model_name: str,
    prompt: str,
    request_id: str,
    index: int | None = None,
) -> str:
    """``YYYY-MM-DD_<model>_<prompt words>_<request id>[_<n>]``, safe on every platform.

    ``index`` (from 1) is added when a job has more than one output.
    """
    day = (when if isinstance(when, datetime) else datetime.fromtimestamp(when)).strftime(
        "%Y-%m-%d"
    )
    model = slug(model_name, 30) or "model"
    words = slug(prompt, 40) or "untitled"
    rid = request_id if _REQUEST_ID.fullmatch(request_id or "") else slug(request_id or "", 40)
    stem = f"{day}_{model}_{words}_{rid or 'request'}"
    if index is not None:
        stem += f"_{index}"
    return safe_component(stem)


def output_filename(
    *,
    when: float | datetime,
    model_name: str,
    prompt: str,
    request_id: str,
    url: str,
    index: int | None = None,
    content_type: str | None = None,
) -> str:
    """The stem of :func:`output_stem` with the extension the URL or Content-Type gives."""
    stem = output_stem(
        when=when, model_name=model_name, prompt=prompt, request_id=request_id, index=index
    )
    return stem + extension_for(url, content_type)


# --- checks ----------------------------------------------------------------------------------


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


class _Interrupted(Exception):
    """The transfer stopped part-way; ``progressed`` says whether any byte arrived."""

    def __init__(self, reason: str, progressed: bool) -> None:
        super().__init__(reason)
        self.progressed = progressed


# --- the downloader --------------------------------------------------------------------------


class Downloader:
    """Fetches output files. One per engine; close it with ``aclose()``."""

    def __init__(
        self,
        *,
        allow_loopback: bool = False,
        max_bytes: int = MAX_BYTES,
        chunk_size: int = CHUNK_SIZE,
        timeout: httpx.Timeout = DOWNLOAD_TIMEOUT,
        retry: RetryPolicy | None = None,
        resume_attempts: int = RESUME_ATTEMPTS,
    ) -> None:
        self.allow_loopback = allow_loopback
        self.max_bytes = max_bytes
        self.chunk_size = chunk_size
        self.retry = retry or RetryPolicy()
        self.resume_attempts = resume_attempts
        self._http = httpx.AsyncClient(
            transport=RetryTransport(retry=self.retry.for_reads()),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"Accept-Encoding": "identity", "User-Agent": "Storyreel"},
        )
        refuse_cookies(self._http)

    def __repr__(self) -> str:
        return f"Downloader(allow_loopback={self.allow_loopback})"

    async def __aenter__(self) -> Downloader:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def download(
        self,
        url: str,
        folder: Path,
        stem: str,
        *,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Fetch ``url`` into ``folder/<stem><ext>`` and return that path.

        A ``<stem>.part`` left by an earlier, interrupted attempt is continued.
        """
        check_output_url(url, allow_loopback=self.allow_loopback)
        stem = safe_component(stem)
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"{stem}.part"
        fruitless = 0
        while True:
            try:
                content_type = await self._fetch(url, part, progress)
                break
            except _Interrupted as exc:
                fruitless = 0 if exc.progressed else fruitless + 1
                if fruitless >= self.resume_attempts:
                    raise DownloadError(
                        f"The download of {url[:200]} kept failing ({exc}); the part already "
                        f"fetched is kept in {part} and will be continued next time."
                    ) from None
                await asyncio.sleep(min(self.retry.max_wait, self.retry.backoff * 2**fruitless))
        target = folder / (stem + extension_for(url, content_type))
        os.replace(part, target)
        return target

    async def _fetch(self, url: str, part: Path, progress: ProgressCallback | None) -> str:
        """One request: append to (or restart) ``part``; returns the Content-Type when complete."""
        offset = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            async with self._http.stream("GET", url, headers=headers) as response:
                return await self._receive(url, part, offset, response, progress)
        except httpx.TransportError as exc:
            raise DownloadError(
                f"The output file {url[:200]} could not be fetched: the server could not be "
                f"reached or stopped answering ({type(exc).__name__}), after several tries."
            ) from None

    async def _receive(
        self,
        url: str,
        part: Path,
        offset: int,
        response: httpx.Response,
        progress: ProgressCallback | None,
    ) -> str:
        status = response.status_code
        if offset and status == 416:
            # The server cannot continue from here: start again from the first byte.
            part.unlink(missing_ok=True)
            raise _Interrupted("the server could not continue the earlier download", False)
        if 300 <= status < 400:
            raise DownloadError(
                f"The output server redirected {url[:200]} to another address; Storyreel does "
                "not follow redirects for downloads."
            )
        if status not in (200, 206):
            raise DownloadError(
                f"The output server answered HTTP {status} for {url[:200]}"
                + (" after several tries." if status == 429 or status >= 500 else ".")
            )
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if not (content_type.startswith(_MEDIA_PREFIXES) or content_type in _BINARY_TYPES):
            raise DownloadError(
                f"The output address {url[:200]} answered with {content_type} instead of a "
                "media file."
            )
        total: int | None
        if status == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != offset:
                part.unlink(missing_ok=True)
                raise _Interrupted("the server continued from the wrong place", False)
            total = None if match.group(3) == "*" else int(match.group(3))
        else:
            offset = 0
            length = response.headers.get("Content-Length", "")
            total = int(length) if length.isdigit() else None
        if total is not None and total > self.max_bytes:
            raise DownloadError(
                f"The output file {url[:200]} is {total / 1e9:.1f} GB, over Storyreel's limit of "
                f"{self.max_bytes / 1e9:.1f} GB."
            )
        written = offset
        # The transport's own chunks are written as they come (a re-chunking buffer would lose
        # its last bytes when the connection drops); the file's large buffer batches the writes.
        with open(part, "ab" if status == 206 else "wb", buffering=self.chunk_size) as file:
            try:
                async for chunk in response.aiter_raw():
                    written += len(chunk)
                    if written > self.max_bytes:
                        raise DownloadError(
                            f"The output file {url[:200]} is over Storyreel's limit of "
                            f"{self.max_bytes / 1e9:.1f} GB; the download was stopped."
                        )
                    file.write(chunk)
                    if progress is not None:
                        progress(written, total)
            except httpx.TransportError as exc:
                raise _Interrupted(type(exc).__name__, written > offset) from None
            except DownloadError:
                file.close()
                part.unlink(missing_ok=True)
                raise
        if total is not None and written != total:
            raise _Interrupted(f"{written} of {total} bytes arrived", written > offset)
        if written == 0:
            raise DownloadError(f"The output file {url[:200]} is empty.")
        return content_type


__all__ = [
    "Downloader",
    "MAX_BYTES",
    "check_output_url",
    "extension_for",
    "output_filename",
    "output_stem",
    "safe_component",
    "slug",
]
