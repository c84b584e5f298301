"""Downloads that stop: a bounded number of tries with growing pauses, what each ending means,
and a killed download that a later run continues where it stopped."""

from __future__ import annotations

import asyncio
import errno
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from api_support import FAST_RETRY, Reply

from app.api.client import RetryPolicy
from app.api.downloads import Downloader, save_error
from app.core.errors import DownloadStalled, OutputGone, OutputNotSaved
from app.sim.faults import Fault
from tests.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parents[2]


class BodyServer(LoopbackServer):
    """Serves one body over loopback and records each request's arrival and Range header.

    ``ranges`` honours Range requests (206); without it every answer starts at byte 0.
    ``cut_at`` sends only that many bytes of each answer, then closes. ``pause`` waits that
    long between pieces of ``piece`` bytes (a slow link), until ``fast`` is set.
    """

    def __init__(
        self,
        body: bytes,
        *,
        ranges: bool = True,
        cut_at: int | None = None,
        piece: int = 64 * 1024,
        pause: float = 0.0,
    ) -> None:
        self.body = body
        self.seen: list[tuple[float, str | None]] = []
        self.fast = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                asked = self.headers.get("Range")
                outer.seen.append((time.monotonic(), asked))
                first = 0
                if ranges and asked and asked.startswith("bytes="):
                    first = int(asked[len("bytes=") :].split("-")[0])
                self.send_response(206 if first else 200)
                self.send_header("Content-Type", "video/mp4")
                self.send_header("Content-Length", str(len(body) - first))
                if first:
                    self.send_header("Content-Range", f"bytes {first}-{len(body) - 1}/{len(body)}")
                self.end_headers()
                end = len(body) if cut_at is None else min(len(body), first + cut_at)
                try:
                    for start in range(first, end, piece):
                        self.wfile.write(body[start : min(end, start + piece)])
                        self.wfile.flush()
                        if pause and not outer.fast.is_set():
                            time.sleep(pause)  # the pace of a slow link, not a synchronisation
                except OSError:
                    return
                self.close_connection = True

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return f"{self.base}/outputs/req/output.mp4"

    def __exit__(self, *exc: object) -> None:
        self.fast.set()
        super().__exit__(*exc)


@pytest.fixture
def body() -> bytes:
    return os.urandom(1024 * 1024)


@pytest.fixture
def no_range_server(body) -> Iterator[BodyServer]:
    with BodyServer(body, ranges=False, cut_at=len(body) // 3) as server:
        yield server


async def test_a_server_that_breaks_every_transfer_is_given_up_after_a_few_growing_pauses(
    no_range_server, tmp_path
):
    retry = RetryPolicy(attempts=2, backoff=0.02, max_wait=1.0, total_wait=2.0)
    async with Downloader(allow_loopback=True, retry=retry) as fetcher:
        with pytest.raises(DownloadStalled, match=r"kept breaking off .*6 tries.*continued next"):
            await fetcher.download(no_range_server.url, tmp_path, "clip")
    # The first try got a third of the file; the five after it brought nothing new (the
    # server starts over each time), so the sixth was the last.
    arrivals = [at for at, _ in no_range_server.seen]
    assert len(arrivals) == 6
    pauses = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    for number, pause in enumerate(pauses):
        assert pause >= 0.02 * 2**number * 0.9  # 0.02, 0.04, 0.08, 0.16, 0.32 s at least
    assert (tmp_path / "clip.part").stat().st_size == len(no_range_server.body) // 3
    assert not (tmp_path / "clip.mp4").exists()


async def test_a_transfer_that_keeps_breaking_while_progressing_stops_after_the_total_bound(
    sim, output, tmp_path
):
    url, expected = output
    sim.cdn_faults.add(Fault("truncate_download", count=100))
    async with Downloader(allow_loopback=True, retry=FAST_RETRY, max_tries=4) as fetcher:
        with pytest.raises(DownloadStalled, match="4 tries"):
            await fetcher.download(url, tmp_path, "clip")
    downloads = [r for r in sim.cdn_requests if r.kind == "download"]
    assert len(downloads) == 4
    # What arrived is kept: the next attempt continues it and the file comes out whole.
    part = (tmp_path / "clip.part").read_bytes()
    assert 0 < len(part) < len(expected) and expected.startswith(part)
    sim.cdn_faults.clear()
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        path = await fetcher.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected


@pytest.mark.parametrize("status", [404, 410])
async def test_an_output_the_server_no_longer_has_is_gone(scripted, tmp_path, status):
    scripted.routes["/outputs/req/output.mp4"] = Reply(status, b"gone", content_type="text/plain")
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        with pytest.raises(OutputGone, match=f"HTTP {status} .*no longer keeps this file"):
            await fetcher.download(f"{scripted.base}/outputs/req/output.mp4", tmp_path, "clip")


def test_a_full_disk_says_to_free_space_and_other_local_failures_say_what_to_check(tmp_path):
    folder = tmp_path / "Videos"
    full = save_error(OSError(errno.ENOSPC, "No space left on device"), folder)
    assert isinstance(full, OutputNotSaved) and full.errno == errno.ENOSPC
    assert str(full) == (
        f"The video could not be saved here: the disk that holds {folder} is full. Free some "
        "space there."
    )
    quota = save_error(OSError(errno.EDQUOT, "Disk quota exceeded"), folder)
    assert "is full. Free some space" in str(quota)
    missing = save_error(FileNotFoundError(errno.ENOENT, "No such file"), folder)
    assert "is missing (a disconnected drive?). Reconnect it" in str(missing)
    read_only = save_error(OSError(errno.EROFS, "Read-only file system"), folder)
    assert "may not write to" in str(read_only) and "permissions" in str(read_only)
    odd = save_error(OSError(errno.EIO, "Input/output error"), folder)
    assert "Input/output error. Check that" in str(odd)


async def test_a_file_where_the_folder_should_be_stalls_the_download_and_loses_nothing(
    sim, output, tmp_path
):
    url, expected = output
    folder = tmp_path / "clips"
    folder.write_text("not a folder")
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        with pytest.raises(OutputNotSaved) as caught:
            await fetcher.download(url, folder, "clip")
        assert caught.value.errno in (errno.EEXIST, errno.ENOTDIR)
        folder.unlink()
        path = await fetcher.download(url, folder, "clip")
    assert path.read_bytes() == expected


_KILLED_DOWNLOAD = """
import asyncio, sys
from pathlib import Path
from app.api.downloads import Downloader

async def main():
    async with Downloader(allow_loopback=True) as fetcher:
        await fetcher.download(sys.argv[1], Path(sys.argv[2]), "clip")

asyncio.run(main())
"""


@pytest.mark.slow
async def test_a_download_killed_mid_way_is_continued_from_where_it_stopped(body, tmp_path):
    # A slow link: 16 KB every 20 ms, so a megabyte takes over a second.
    with BodyServer(body, piece=16 * 1024, pause=0.02) as server:
        process = subprocess.Popen(
            [sys.executable, "-c", _KILLED_DOWNLOAD, server.url, str(tmp_path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        part = tmp_path / "clip.part"
        deadline = time.monotonic() + 30
        try:
            while not (part.exists() and part.stat().st_size >= 128 * 1024):
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "the download never got going"
                await asyncio.sleep(0.02)  # between looks at the .part (polling, not a sync)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            process.stderr.close()
        kept = part.stat().st_size
        assert 128 * 1024 <= kept < len(body)
        assert body.startswith(part.read_bytes())
        server.fast.set()
        async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
            path = await fetcher.download(server.url, tmp_path, "clip")
    assert [asked for _, asked in server.seen] == [None, f"bytes={kept}-"]
    assert path.read_bytes() == body
    assert not part.exists()
