"""A fetch ends in bounded time whatever the server does, and no URL crashes it.

A real HTTP server on 127.0.0.1 trickles its answer; nothing leaves the machine.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from app.api.fetch import FETCH_DEADLINE, fetch_image
from app.core.errors import FetchError

TRICKLE_BYTES = 1000


class Trickle(BaseHTTPRequestHandler):
    """Announces 1000 bytes, then sends one every 50 ms: never idle long enough to time out."""

    def log_message(self, format, *args):  # keep the test output clean
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(TRICKLE_BYTES))
        self.end_headers()
        try:
            for _ in range(TRICKLE_BYTES):
                self.wfile.write(b"\x00")
                self.wfile.flush()
                if self.server.stop.wait(0.05):  # type: ignore[attr-defined]
                    return
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


@pytest.fixture
def trickle() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    httpd.stop = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/trickle.png"
    finally:
        httpd.stop.set()  # type: ignore[attr-defined]
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


async def test_a_trickling_server_is_stopped_by_the_overall_deadline(trickle, tmp_path):
    seen: list[tuple[int, int | None]] = []
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        await fetch_image(
            trickle, tmp_path, timeout=5.0, deadline=1.0, on_progress=lambda *a: seen.append(a)
        )
    elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 4.0  # the 5 s per-read timeout never fired: the deadline did
    assert str(caught.value).startswith(f"Fetching {trickle} took longer than 1 s")
    assert "save the image and use the file" in str(caught.value)
    assert seen and seen[-1][1] == TRICKLE_BYTES  # the progress the window shows
    assert [received for received, _total in seen] == sorted(received for received, _ in seen)
    assert files_in(tmp_path) == []  # nothing half-fetched is left behind


def test_the_default_deadline_is_30_seconds():
    assert FETCH_DEADLINE == 30.0


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://example.com/a b.png", "contains a space, a line break"),
        ("https://example.com/a\n.png", "contains a space, a line break"),
        ("https://example.com/\u2028.png", "invisible character"),
        ("https://example.com/" + "a" * 100_000, "is 100,020 characters long"),
        ("https://[::1/a.png", "is not a valid URL"),
        ("https://xn--a.com/a.png", "cannot be fetched"),  # idna refuses it inside httpx
    ],
)
async def test_a_bad_url_is_a_clear_error_and_never_a_traceback(tmp_path, url, words):
    attempts: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(200, content=b"")

    async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as client:
        with pytest.raises(FetchError, match=words) as caught:
            await fetch_image(url, tmp_path / "out", client=client)
    assert attempts == []
    assert len(str(caught.value)) < 400  # a 100 KB URL is quoted shortened
    assert "\n" not in str(caught.value)
