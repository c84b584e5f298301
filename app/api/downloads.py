"""Output downloads: token-free, host-checked, streamed to a ``.part`` file, then renamed.

What a download may do, and why:

* It uses its own httpx client that never carries the API key and keeps no cookies: output
  files live on a CDN that is not the API host, and the key must never reach another host.
* Only ``https`` URLs on ``runcomfy.net`` or one of its subdomains (default port, no user
  name) are fetched. ``allow_loopback`` also lets through a loopback host, for the local
  simulator and the offline preview, whose API base is itself on this computer.
* A redirect is an error, never followed: it could lead anywhere.
* The size is capped (2 GB by default), before and while reading.
* Bytes go to ``<name>.part`` beside the target, each piece handed to the operating system
  as soon as it arrives (a killed process keeps what it received). An interrupted transfer
  resumes from where it stopped with a ``Range`` request when the server supports it (206),
  and starts over when it does not (200). The file is renamed into place only when it has
  the announced size.
* Connection failures, time-outs, 429 and 5xx on the request itself are retried by the
  transport (httpx-retries, the same bounded policy as the API client).
* A transfer cut mid-body is tried again after a pause of ``retry.backoff × 2ⁿ`` seconds, at
  most ``retry.max_wait`` (n counts the tries in a row that brought no byte beyond the
  furthest point reached so far). The bound: at most ``resume_attempts`` (5) such fruitless
  tries in a row, and at most ``max_tries`` (12) tries of one download in all, whatever they
  brought. With the defaults a server that breaks every transfer is asked at most 12 times
  over about three minutes, not hundreds of times.

How a download ends when it does not succeed (see ``app.core.errors``):

* ``OutputGone``: the output host answered 404 or 410, so RunComfy no longer keeps the file.
* ``DownloadStalled``: the bound above was reached, or the server could not be reached or
  kept answering 429/5xx after the transport's retries. ``OutputNotSaved`` (a kind of it):
  the file could not be written here (disk full, folder missing, replaced by a file or not
  writable), with a message from :func:`save_error` saying what to do. Either may pass: the
  ``.part`` is kept and the engine leaves the job waiting for its download.
* ``DownloadError``: the output cannot be taken as it is (not on RunComfy's hosts, a
  redirect, not a media file, over the size cap, another refusal).

File names are readable and can never leave their folder: see :func:`output_filename`.

Where the work happens, and why:

* The whole transfer (connecting, waiting for the answer, reading the body, writing and
  renaming the file) runs in a worker thread of the event loop's default executor. In the
  desktop app the event loop is the window's own thread, and a 200 MB file written there would
  freeze the window. Progress goes back to the loop's thread (``call_soon_threadsafe``), at
  most every ``PROGRESS_INTERVAL`` seconds plus a final report, so the loop is not flooded.
* Cancelling the awaiting task stops its worker: the worker checks a stop flag after every
  read and between attempts and never writes after it has seen it; a read that blocks is
  bounded by the read time-out. The ``.part`` stays, and the next download of the same name
  continues it, after waiting for the stopped worker so that two never write one file.
  ``aclose()`` stops every worker, aborts their connections and waits briefly for them.
* The request goes through httpx's synchronous ``Client`` and the retrying transport, so
  redirects, cookies, headers, time-outs and retries behave as in the rest of Storyreel. Only
  the wire underneath is different: :class:`app.api.wire.WireTransport`, on the standard
  library's ``http.client`` (that module says why).

The file names are made in ``app.api.output_names``; the address checks and what a failure
to save means, in ``app.api.download_checks``; both are importable from here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import io
import os
import re
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx
from httpx_retries import RetryTransport

from app.api.client import CookielessClient, RetryPolicy
from app.api.download_checks import (
    check_output_url,
    check_status,
    cleaned,
    media_type,
    save_error,
)
from app.api.output_names import (
    extension_for,
    output_filename,
    output_stem,
    safe_component,
    slug,
)
from app.api.wire import WireTransport
from app.core.errors import DownloadError, DownloadStalled
from app.core.wording import QT_TRANSLATE_NOOP, said

MAX_BYTES = 2 * 1000**3
CHUNK_SIZE = 1024 * 1024
DOWNLOAD_TIMEOUT = httpx.Timeout(60, connect=10)
RESUME_ATTEMPTS = 5  # tries in a row that bring no new byte (see the module docstring)
MAX_TRIES = 12  # tries of one download in all
PROGRESS_INTERVAL = 0.1  # seconds between two progress reports handed to the event loop
STOP_GRACE = 2.0  # seconds a cancelled download waits for its worker to settle the .part
CLOSE_GRACE = 5.0  # seconds aclose() waits for the workers after aborting their connections

ProgressCallback = Callable[[int, int | None], None]

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)


class _Interrupted(Exception):
    """The transfer stopped part-way; ``progressed`` says whether any byte arrived."""

    def __init__(self, reason: str, progressed: bool) -> None:
        super().__init__(reason)
        self.reason = reason  # said when it is a sentence of Storyreel's: it is translated
        self.progressed = progressed


class _Stopped(Exception):
    """The download was cancelled or its downloader closed: the worker leaves the file be."""


# --- progress --------------------------------------------------------------------------------


class _ProgressRelay:
    """Hands a worker's progress to the event loop's thread, at most every PROGRESS_INTERVAL."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        callback: ProgressCallback | None,
        stop: threading.Event,
    ) -> None:
        self._loop = loop
        self._callback = callback
        self._stop = stop
        self._last = float("-inf")

    def __call__(self, done: int, total: int | None, *, final: bool = False) -> None:
        if self._callback is None or self._stop.is_set():
            return
        now = time.monotonic()
        if not final and now - self._last < PROGRESS_INTERVAL:
            return
        self._last = now
        try:
            self._loop.call_soon_threadsafe(self._callback, done, total)
        except RuntimeError:
            # The event loop is closed: nobody waits for this download any more.
            self._stop.set()


def _write_all(file: io.RawIOBase, chunk: bytes) -> None:
    """An unbuffered write may take only part of a chunk: hand the OS all of it."""
    view = memoryview(chunk)
    while view:
        view = view[file.write(view) or 0 :]


# --- the downloader --------------------------------------------------------------------------


def part_path(folder: Path, stem: str, owner: str = "") -> Path:
    """Where a download is written until it is complete: ``<stem>.<owner>.part``.

    The owner token (one per running Storyreel) keeps two Storyreels that download the same
    output from ever writing one file; only the final rename, atomic, puts it in place.
    """
    return folder / (f"{stem}.{safe_component(owner)}.part" if owner else f"{stem}.part")


def _continue_part(part: Path, folder: Path, stem: str) -> None:
    """Take over the largest ``.part`` another owner left, unless this owner has its own."""
    if part.exists():
        return
    found = [*folder.glob(f"{glob.escape(stem)}.*.part"), folder / f"{stem}.part"]
    sizes = []
    for leftover in found:
        with contextlib.suppress(OSError):
            sizes.append((leftover.stat().st_size, leftover))
    for _, leftover in sorted(sizes, reverse=True):
        if leftover != part and leftover.name.count(".") - stem.count(".") <= 2:
            with contextlib.suppress(FileNotFoundError):
                os.replace(leftover, part)
                return


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
        max_tries: int = MAX_TRIES,
    ) -> None:
        self.allow_loopback = allow_loopback
        self.max_bytes = max_bytes
        self.chunk_size = chunk_size
        self.retry = retry or RetryPolicy()
        self.resume_attempts = resume_attempts
        self.max_tries = max_tries
        self._http = CookielessClient(
            transport=RetryTransport(
                transport=WireTransport(chunk_size), retry=self.retry.for_reads()
            ),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"Accept-Encoding": "identity", "User-Agent": "Storyreel"},
        )
        # The worker of each .part under way, and its stop flag.
        self._workers: dict[Path, tuple[asyncio.Future[Path], threading.Event]] = {}

    def __repr__(self) -> str:
        return f"Downloader(allow_loopback={self.allow_loopback})"

    async def __aenter__(self) -> Downloader:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop every download under way, abort its connection and wait briefly for it."""
        under_way = list(self._workers.values())
        for _, stop in under_way:
            stop.set()
        self._http.close()
        if under_way:
            await asyncio.wait([worker for worker, _ in under_way], timeout=CLOSE_GRACE)

    async def download(
        self,
        url: str,
        folder: Path,
        stem: str,
        *,
        progress: ProgressCallback | None = None,
        owner: str = "",
        leftovers: bool = True,
    ) -> Path:
        """Fetch ``url`` into ``folder/<stem><ext>`` and return that path.

        A ``<stem>.part`` left by an earlier, interrupted or cancelled attempt is continued.
        The transfer runs in a worker thread; ``progress(done, total)`` is called on the event
        loop's thread, at most every ``PROGRESS_INTERVAL`` seconds and once at the end.

        Several Storyreels may share the folder (see :func:`part_path`): ``owner`` names this
        one's ``.part``; with ``leftovers`` the largest ``.part`` of this name that another
        owner left (it closed or died) is continued when this one has none. A complete file
        already in place (only complete files are renamed into place) is taken as it is.
        """
        try:
            check_output_url(url, allow_loopback=self.allow_loopback)
        except DownloadError as exc:
            raise cleaned(exc) from None
        stem = safe_component(stem)
        done = folder / (stem + extension_for(url))
        if done.is_file() and done.stat().st_size > 0:
            return done  # only a complete file is ever renamed into place
        part = part_path(folder, stem, owner)
        if leftovers:
            _continue_part(part, folder, stem)
        loop = asyncio.get_running_loop()
        while (earlier := self._workers.get(part)) is not None:
            await asyncio.wait([earlier[0]])
        stop = threading.Event()
        worker = loop.run_in_executor(
            None, self._transfer, url, part, stem, stop, _ProgressRelay(loop, progress, stop)
        )
        self._workers[part] = (worker, stop)
        worker.add_done_callback(partial(self._forget, part))
        try:
            return await asyncio.shield(worker)
        except asyncio.CancelledError:
            stop.set()
            # A moment for the worker to notice, so the .part is settled when the caller sees
            # the cancellation; a worker blocked on a read is left to its time-out.
            await asyncio.wait([worker], timeout=STOP_GRACE)
            raise
        except DownloadError as exc:
            raise cleaned(exc) from None
        except _Stopped:
            raise DownloadStalled.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The download of {url} was stopped because its downloader was closed; the "
                    "part already fetched is kept in {part} and will be continued next time.",
                ),
                url=url[:200],
                part=str(part),
            ) from None

    def _forget(self, part: Path, worker: asyncio.Future[Path]) -> None:
        entry = self._workers.get(part)
        if entry is not None and entry[0] is worker:
            del self._workers[part]
        if not worker.cancelled():
            # Marked as seen: nobody else reads the outcome of a worker whose task was cancelled.
            worker.exception()

    # -- in the worker thread -------------------------------------------------------------------

    def _transfer(
        self, url: str, part: Path, stem: str, stop: threading.Event, progress: _ProgressRelay
    ) -> Path:
        """The whole download, run in a worker thread: see :meth:`download`."""
        folder = part.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            content_type = self._tries(url, part, stop, progress)
            target = folder / (stem + extension_for(url, content_type))
            os.replace(part, target)
            return target
        except (DownloadError, _Stopped):
            raise
        except Exception as exc:
            if stop.is_set():
                # Whatever failed once the download was stopped (an aborted connection, a
                # closed client) is a consequence of the stop.
                raise _Stopped from None
            if isinstance(exc, OSError):
                raise save_error(exc, folder) from None
            raise

    def _tries(self, url: str, part: Path, stop: threading.Event, progress: _ProgressRelay) -> str:
        """Fetch until complete, within the bound of the module docstring; the Content-Type."""
        furthest = part.stat().st_size if part.exists() else 0
        fruitless = tries = 0
        while True:
            try:
                return self._fetch(url, part, stop, progress)
            except _Interrupted as exc:
                tries += 1
                size = part.stat().st_size if part.exists() else 0
                if size > furthest:
                    furthest, fruitless = size, 0
                else:
                    fruitless += 1
                if fruitless >= self.resume_attempts or tries >= self.max_tries:
                    raise DownloadStalled.said(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The output server kept breaking off the download of {url} "
                            "({reason}; {tries} tries). The part already fetched is kept and is "
                            "continued next time.",
                        ),
                        url=url[:200],
                        reason=exc.reason,
                        tries=tries,
                    ) from None
                if stop.wait(min(self.retry.max_wait, self.retry.backoff * 2**fruitless)):
                    raise _Stopped from None

    def _fetch(self, url: str, part: Path, stop: threading.Event, progress: _ProgressRelay) -> str:
        """One request: append to (or restart) ``part``; returns the Content-Type when complete."""
        if stop.is_set():
            raise _Stopped
        offset = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                return self._receive(url, part, offset, response, stop, progress)
        except httpx.TransportError as exc:
            if stop.is_set():
                raise _Stopped from None
            raise DownloadStalled.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The output file {url} could not be fetched: the server could not be "
                    "reached or stopped answering ({reason}), after several tries.",
                ),
                url=url[:200],
                reason=type(exc).__name__,
            ) from None

    def _extent(
        self, url: str, part: Path, offset: int, response: httpx.Response
    ) -> tuple[int, int | None]:
        """Where the body starts in the file, and the file's whole size (None if unknown)."""
        total: int | None
        if response.status_code == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != offset:
                part.unlink(missing_ok=True)
                wrong = said(
                    QT_TRANSLATE_NOOP("Errors", "the server continued from the wrong place")
                )
                raise _Interrupted(wrong, False)
            total = None if match.group(3) == "*" else int(match.group(3))
        else:
            offset = 0
            length = response.headers.get("Content-Length", "")
            total = int(length) if length.isdigit() else None
        if total is not None and total > self.max_bytes:
            raise DownloadError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The output file {url} is {size:.1f} GB, over Storyreel's limit of "
                    "{limit:.1f} GB.",
                ),
                url=url[:200],
                size=total / 1e9,
                limit=self.max_bytes / 1e9,
            )
        return offset, total

    def _receive(
        self,
        url: str,
        part: Path,
        offset: int,
        response: httpx.Response,
        stop: threading.Event,
        progress: _ProgressRelay,
    ) -> str:
        status = response.status_code
        if offset and status == 416:
            # The server cannot continue from here: start again from the first byte.
            part.unlink(missing_ok=True)
            refused = said(
                QT_TRANSLATE_NOOP("Errors", "the server could not continue the earlier download")
            )
            raise _Interrupted(refused, False)
        check_status(url, status)
        content_type = media_type(url, response.headers.get("Content-Type", ""))
        offset, total = self._extent(url, part, offset, response)
        written = offset
        # Each chunk reaches the operating system before the next read (a buffer in this
        # process would lose its bytes when the connection drops or the process is killed),
        # so the .part always holds what arrived and a later run continues from there.
        with open(part, "ab" if status == 206 else "wb", buffering=0) as file:
            try:
                for chunk in response.iter_raw():
                    if stop.is_set():
                        raise _Stopped
                    written += len(chunk)
                    if written > self.max_bytes:
                        raise DownloadError.said(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The output file {url} is over Storyreel's limit of "
                                "{limit:.1f} GB; the download was stopped.",
                            ),
                            url=url[:200],
                            limit=self.max_bytes / 1e9,
                        )
                    _write_all(file, chunk)
                    progress(written, total)
            except httpx.TransportError as exc:
                raise _Interrupted(type(exc).__name__, written > offset) from None
            except DownloadError:
                file.close()
                part.unlink(missing_ok=True)
                raise
        if total is not None and written != total:
            arrived = said(
                QT_TRANSLATE_NOOP("Errors", "{written} of {total} bytes arrived"),
                written=written,
                total=total,
            )
            raise _Interrupted(arrived, written > offset)
        if written == 0:
            raise DownloadError.said(
                QT_TRANSLATE_NOOP("Errors", "The output file {url} is empty."), url=url[:200]
            )
        progress(written, total, final=True)
        return content_type


__all__ = [
    "Downloader",
    "part_path",
    "MAX_BYTES",
    "check_output_url",
    "extension_for",
    "output_filename",
    "output_stem",
    "safe_component",
    "save_error",
    "slug",
]
