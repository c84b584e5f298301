"""Fetching an image URL the user gave, so that Storyreel can check it before sending it.

The model server fetches image URLs with an anonymous GET, so this does the same: no
Authorization header, no cookies, no credentials in the URL, whatever client is used.
Only https is fetched, or plain http to this computer (a local test server, the
simulator); every redirect is checked against the same rule before it is followed.
The body is streamed to a hidden temporary file in the destination folder, counted as it
arrives, and renamed into place only when complete: a failed fetch leaves nothing behind.

Time is bounded twice: ``timeout`` (20 s) for connecting and for each wait for data, and
``deadline`` (:data:`FETCH_DEADLINE`, 30 s) for the whole fetch, redirects included. A server
that trickles a byte every few seconds never trips the first, so the second stops it, and
the message says so. Every error, httpx's ``InvalidURL`` included, leaves as a
:class:`FetchError` with a sentence for the user; nothing else escapes.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from urllib.parse import unquote

import httpx

from app import __version__
from app.core.errors import FetchError
from app.core.text import outside_text
from app.core.urls import image_url_refusal, is_allowed_image_url, is_loopback_host, shown_url
from app.core.wording import QT_TRANSLATE_NOOP, cleaned

__all__ = [
    "FETCH_DEADLINE",
    "Progress",
    "fetch_image",
    "image_url_refusal",
    "is_allowed_image_url",
    "is_loopback_host",
]

MAX_REDIRECTS = 5
FETCH_DEADLINE = 30.0  # seconds for a whole fetch, however the server paces its bytes
# Called with the bytes received so far and the size the server announced (None: unknown).
Progress = Callable[[int, int | None], None]
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/tiff": ".tiff",
}


def _no_answer(shown: str, seconds: str) -> FetchError:
    return FetchError.said(
        QT_TRANSLATE_NOOP("Errors", "{url} did not answer within {seconds}."),
        url=shown,
        seconds=seconds,
    )


def _limit_text(max_bytes: int) -> str:
    if max_bytes >= 1_000_000:
        return f"{max_bytes / 1_000_000:g} MB"
    return f"{max_bytes:,} bytes"


def _file_name(url: httpx.URL, content_type: str) -> str:
    """A readable local name from the URL's last path segment; the probe judges the content."""
    last = unquote(url.path.rsplit("/", 1)[-1])
    stem, dot, extension = last.rpartition(".")
    if not dot:
        stem, extension = last, ""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:80] or "image"
    extension = re.sub(r"[^A-Za-z0-9]+", "", extension)[:5].lower()
    if extension:
        return f"{stem}.{extension}"
    media_type = content_type.split(";", 1)[0].strip().lower()
    return stem + _EXTENSIONS.get(media_type, "")


def _claim_name(folder: Path, name: str) -> Path:
    """Reserve a name that is not taken yet: 'photo.jpg', then 'photo-2.jpg'…"""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        path = folder / (f"{stem}{suffix}.{extension}" if extension else f"{stem}{suffix}")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            number += 1
            continue
        return path


def _status_text(response: httpx.Response) -> str:
    reason = response.reason_phrase
    if not reason:
        try:
            reason = HTTPStatus(response.status_code).phrase
        except ValueError:
            reason = ""
    return f"{response.status_code} {reason}".strip()


def _anonymous_request(url: str, timeout: float) -> httpx.Request:
    """A bare request: unlike client.build_request it takes no default headers or cookies
    from the client, so a shared client that carries the API key cannot leak it."""
    return httpx.Request(
        "GET",
        url,
        headers={"User-Agent": f"Storyreel/{__version__}", "Accept": "image/*"},
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )


async def _open_response(client: httpx.AsyncClient, url: str, timeout: float) -> httpx.Response:
    """Follow up to MAX_REDIRECTS redirects, each one checked before it is requested."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response = await client.send(
            _anonymous_request(current, timeout), auth=None, follow_redirects=False, stream=True
        )
        if response.status_code not in _REDIRECT_STATUSES:
            return response
        location = response.headers.get("Location")
        await response.aclose()
        if not location:
            raise FetchError.said(
                QT_TRANSLATE_NOOP("Errors", "{url} answered {status} without saying where to."),
                url=shown_url(url),
                status=_status_text(response),
            )
        target = str(response.url.join(location))
        refusal = image_url_refusal(target)
        if refusal is not None:
            raise FetchError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{url} redirected to {target}, which is not fetched: {reason}"
                ),
                url=shown_url(url),
                target=shown_url(target),
                reason=refusal,
            )
        current = target
    raise FetchError.said(
        QT_TRANSLATE_NOOP("Errors", "{url} redirected more than {count} times; giving up."),
        url=shown_url(url),
        count=MAX_REDIRECTS,
    )


async def _stream_to_file(
    response: httpx.Response,
    url: str,
    folder: Path,
    max_bytes: int,
    on_progress: Progress | None = None,
) -> Path:
    too_large = FetchError.said(
        QT_TRANSLATE_NOOP(
            "Errors", "{url} is larger than {limit}, the most Storyreel fetches for checking."
        ),
        url=url,
        limit=_limit_text(max_bytes),
    )
    declared = response.headers.get("Content-Length", "")
    total = int(declared) if declared.strip().isdigit() else None
    if total is not None and total > max_bytes:
        raise too_large
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below
        dir=folder, prefix=".storyreel-fetch-", suffix=".part", delete=False
    )
    temp_path = Path(handle.name)
    try:
        received = 0
        with handle:
            async for chunk in response.aiter_bytes():  # as it arrives, for progress
                received += len(chunk)
                if received > max_bytes:
                    raise too_large
                # A blocking write of at most 64 KiB to a local disk: shorter than a
                # thread hop would be.
                handle.write(chunk)
                if on_progress is not None:
                    on_progress(received, total)
        if received == 0:
            raise FetchError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{url} answered with an empty body instead of an image."
                ),
                url=url,
            )
        final = _claim_name(
            folder, _file_name(response.url, response.headers.get("Content-Type", ""))
        )
        os.replace(temp_path, final)
        return final
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


async def fetch_image(
    url: str,
    dest_dir: Path,
    *,
    max_bytes: int = 50_000_000,
    timeout: float = 20.0,
    deadline: float = FETCH_DEADLINE,
    client: httpx.AsyncClient | None = None,
    on_progress: Progress | None = None,
) -> Path:
    """Download the image at ``url`` into ``dest_dir`` and return the file's path.

    Raises :class:`FetchError` for a URL that may not be fetched (before any connection),
    a body larger than ``max_bytes``, a timeout, a fetch still unfinished after ``deadline``
    seconds, a failed connection or an HTTP error. ``timeout`` applies to connecting and to
    each wait for data. ``on_progress`` is called after each piece of the body arrives.
    A shared ``client`` may be passed for connection reuse: its default headers, cookies
    and auth are never sent (its event hooks do run, and cookies the server sets land in
    its jar).
    """
    try:
        return await _fetch_image(
            url, Path(dest_dir), max_bytes, timeout, deadline, client, on_progress
        )
    except FetchError as exc:
        # What the server said (its status line, a redirect target) is shown as it is safe.
        raise FetchError(cleaned(exc.message, outside_text)) from None


async def _fetch_image(
    url: str,
    folder: Path,
    max_bytes: int,
    timeout: float,
    deadline: float,
    client: httpx.AsyncClient | None,
    on_progress: Progress | None,
) -> Path:
    refusal = image_url_refusal(url)
    if refusal is not None:
        raise FetchError(refusal)
    shown = shown_url(url)
    try:
        async with asyncio.timeout(deadline):
            return await _fetch(url, shown, folder, max_bytes, timeout, client, on_progress)
    except TimeoutError:
        raise FetchError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server "
                "may be very slow: try again later, or save the image and use the file.",
            ),
            url=shown,
            seconds=f"{deadline:g}",
        ) from None


async def _fetch(
    url: str,
    shown: str,
    folder: Path,
    max_bytes: int,
    timeout: float,
    client: httpx.AsyncClient | None,
    on_progress: Progress | None,
) -> Path:
    own_client = client is None
    http = client if client is not None else httpx.AsyncClient()
    seconds = f"{timeout:g} s"
    response: httpx.Response | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        response = await _open_response(http, url, timeout)
        if response.status_code >= 400:
            raise FetchError.said(
                QT_TRANSLATE_NOOP("Errors", "{url} answered {status}."),
                url=shown,
                status=_status_text(response),
            )
        if response.status_code != 200:
            raise FetchError.said(
                QT_TRANSLATE_NOOP(
                    "Errors", "{url} answered {status} instead of sending the image."
                ),
                url=shown,
                status=_status_text(response),
            )
        return await _stream_to_file(response, shown, folder, max_bytes, on_progress)
    except httpx.ConnectTimeout:
        raise _no_answer(shown, seconds) from None
    except httpx.TimeoutException:
        if response is None:
            raise _no_answer(shown, seconds) from None
        raise FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "{url} stopped sending data for {seconds}."),
            url=shown,
            seconds=seconds,
        ) from None
    except httpx.ConnectError as exc:
        raise FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "Could not connect to fetch {url}: {reason}."),
            url=shown,
            reason=str(exc),
        ) from None
    except OSError as exc:
        raise FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "Could not save {url} in {folder}: {reason}."),
            url=shown,
            folder=str(folder),
            reason=str(exc.strerror or exc),
        ) from None
    except httpx.HTTPError as exc:
        raise FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "Fetching {url} failed: {reason}."),
            url=shown,
            reason=str(exc or type(exc).__name__),
        ) from None
    except (httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict, UnicodeError) as exc:
        # Not HTTPError subclasses: a URL (or a redirect's) httpx cannot use, a body read twice.
        raise FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "{url} cannot be fetched: {reason}."),
            url=shown,
            reason=str(exc or type(exc).__name__),
        ) from None
    finally:
        if response is not None:
            await response.aclose()
        if own_client:
            await http.aclose()
