"""Fetching an image URL for checking: anonymous, host-checked, bounded, and all or nothing.

A real HTTP server on 127.0.0.1 answers; nothing leaves the machine.
"""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from PIL import Image

from app.api.fetch import fetch_image, is_allowed_image_url, is_loopback_host
from app.core.errors import FetchError
from app.core.images import probe


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (200, 80, 20)).save(buffer, "PNG")
    return buffer.getvalue()


PNG = png_bytes()


@dataclass
class Server:
    base: str
    seen: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path


def handler_for(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # keep the test output clean
            pass

        def send_body(self, status: int, body: bytes, content_type: str = "image/png") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Set-Cookie", "tracker=1; Path=/")
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            server.seen.append({k.lower(): v for k, v in self.headers.items()})
            path = self.path
            try:
                if path == "/photos/sunset.png":
                    self.send_body(200, PNG)
                elif path == "/photos/":
                    self.send_body(200, PNG, "image/jpeg")
                elif path == "/missing.png":
                    self.send_body(404, b"not here", "text/plain")
                elif path == "/to-photo":
                    self.redirect("/photos/sunset.png")
                elif path == "/to-example":
                    self.redirect("http://example.com/sunset.png")
                elif path == "/to-ftp":
                    self.redirect("ftp://127.0.0.1/sunset.png")
                elif path.startswith("/loop"):
                    self.redirect(f"/loop{len(server.seen)}")
                elif path == "/declared-big.png":
                    self.send_response(200)
                    self.send_header("Content-Length", "10000")
                    self.end_headers()
                    self.wfile.write(b"\x00" * 10000)
                elif path == "/declared-huge.png":
                    self.send_response(200)
                    self.send_header("Content-Length", "60000000")
                    self.end_headers()
                    self.wfile.write(b"\x00" * 1000)
                elif path == "/undeclared-big.png":
                    # HTTP/1.0 without Content-Length: the body ends when the server closes.
                    self.send_response(200)
                    self.end_headers()
                    for _ in range(10):
                        self.wfile.write(b"\x00" * 1000)
                        self.wfile.flush()
                elif path == "/slow.png":
                    server.release.wait(10)
                    self.send_body(200, PNG)
                elif path == "/stalls.png":
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(PNG)))
                    self.end_headers()
                    self.wfile.write(PNG[:100])
                    self.wfile.flush()
                    server.release.wait(10)
                elif path == "/empty.png":
                    self.send_body(200, b"")
                else:
                    self.send_body(500, b"unexpected", "text/plain")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on purpose

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- fetching -------------------------------------------------------------------------------


async def test_an_image_is_fetched_whole_under_its_own_name(server, tmp_path):
    path = await fetch_image(server.url("/photos/sunset.png"), tmp_path)
    assert path == tmp_path / "sunset.png"
    assert path.read_bytes() == PNG
    assert (probe(path).width, probe(path).height) == (640, 360)
    again = await fetch_image(server.url("/photos/sunset.png"), tmp_path)
    assert again.name == "sunset-2.png"
    assert files_in(tmp_path) == ["sunset-2.png", "sunset.png"]


async def test_a_url_without_a_file_name_is_named_from_its_content_type(server, tmp_path):
    path = await fetch_image(server.url("/photos/"), tmp_path)
    assert path.name == "image.jpg"


async def test_no_credentials_or_cookies_are_ever_sent(server, tmp_path):
    shared = httpx.AsyncClient(
        headers={"Authorization": "Bearer sk-live-secret"},
        cookies={"session": "abc"},
        auth=("someone", "password"),
    )
    async with shared:
        await fetch_image(server.url("/photos/sunset.png"), tmp_path, client=shared)
        await fetch_image(server.url("/to-photo"), tmp_path, client=shared)
    await fetch_image(server.url("/photos/sunset.png"), tmp_path)
    assert len(server.seen) == 4
    for headers in server.seen:
        assert "authorization" not in headers
        assert "cookie" not in headers
        assert "sk-live-secret" not in str(headers)


async def test_a_redirect_on_the_same_rules_is_followed(server, tmp_path):
    path = await fetch_image(server.url("/to-photo"), tmp_path)
    assert path.name == "sunset.png"
    assert path.read_bytes() == PNG


# --- refusals and failures leave nothing behind ---------------------------------------------


async def test_an_http_error_names_the_url_and_the_status(server, tmp_path):
    url = server.url("/missing.png")
    with pytest.raises(FetchError) as caught:
        await fetch_image(url, tmp_path)
    assert str(caught.value) == f"{url} answered 404 Not Found."
    assert files_in(tmp_path) == []


@pytest.mark.parametrize(
    ("path", "target"),
    [("/to-example", "http://example.com/sunset.png"), ("/to-ftp", "ftp://127.0.0.1/sunset.png")],
)
async def test_a_redirect_to_a_refused_url_is_not_followed(server, tmp_path, path, target):
    with pytest.raises(FetchError, match=f"redirected to {target}, which is not fetched"):
        await fetch_image(server.url(path), tmp_path)
    assert len(server.seen) == 1
    assert files_in(tmp_path) == []


async def test_at_most_five_redirects(server, tmp_path):
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        await fetch_image(server.url("/loop"), tmp_path)
    assert len(server.seen) == 6
    assert files_in(tmp_path) == []


async def test_a_declared_size_over_the_limit_is_refused_before_reading(server, tmp_path):
    with pytest.raises(FetchError, match=r"is larger than 1,000 bytes"):
        await fetch_image(server.url("/declared-big.png"), tmp_path, max_bytes=1000)
    assert files_in(tmp_path) == []


async def test_an_undeclared_size_is_counted_while_streaming(server, tmp_path):
    with pytest.raises(FetchError, match=r"undeclared-big\.png is larger than 1,000 bytes"):
        await fetch_image(server.url("/undeclared-big.png"), tmp_path, max_bytes=1000)
    assert files_in(tmp_path) == []


async def test_the_default_limit_is_50_mb(server, tmp_path):
    url = server.url("/declared-huge.png")
    with pytest.raises(FetchError) as caught:
        await fetch_image(url, tmp_path)
    assert str(caught.value) == (
        f"{url} is larger than 50 MB, the most Storyreel fetches for checking."
    )
    assert files_in(tmp_path) == []


async def test_a_server_that_does_not_answer_times_out(server, tmp_path):
    url = server.url("/slow.png")
    with pytest.raises(FetchError) as caught:
        await fetch_image(url, tmp_path, timeout=0.3)
    assert str(caught.value) == f"{url} did not answer within 0.3 s."
    assert files_in(tmp_path) == []


async def test_a_server_that_stops_sending_times_out(server, tmp_path):
    with pytest.raises(FetchError, match="stopped sending data for 0.3 s"):
        await fetch_image(server.url("/stalls.png"), tmp_path, timeout=0.3)
    assert files_in(tmp_path) == []


async def test_an_empty_answer_is_not_an_image(server, tmp_path):
    with pytest.raises(FetchError, match="empty body"):
        await fetch_image(server.url("/empty.png"), tmp_path)
    assert files_in(tmp_path) == []


async def test_a_closed_port_is_a_connection_error(tmp_path):
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = probe_socket.getsockname()[1]
    url = f"http://127.0.0.1:{port}/a.png"
    with pytest.raises(FetchError, match=f"Could not connect to fetch {url}"):
        await fetch_image(url, tmp_path)
    assert files_in(tmp_path) == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://example.com/sunset.png", "plain http is allowed only on this computer"),
        ("ftp://127.0.0.1/sunset.png", "not ftp URLs"),
        ("file:///etc/passwd", "not file URLs"),
        ("sunset.png", "URLs without a scheme"),
        ("https://user:secret@example.com/a.png", "user name or password"),
        ("https://example.com:notaport/a.png", "not a valid URL"),
    ],
)
async def test_refused_urls_never_open_a_connection(tmp_path, url, words):
    attempts: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(200, content=PNG)

    async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as client:
        with pytest.raises(FetchError, match=words):
            await fetch_image(url, tmp_path / "out", client=client)
    assert attempts == []
    assert files_in(tmp_path / "out") == []


# --- the rules, reusable --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("128.0.0.1", False),
        ("10.0.0.1", False),
        ("localhost.example.com", False),
        ("127.0.0.1.nip.io", False),
        ("", False),
    ],
)
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://cdn.example.com/a.png", True),
        ("HTTPS://cdn.example.com/a.png", True),
        ("http://127.0.0.1:8000/a.png", True),
        ("http://localhost/a.png", True),
        ("http://[::1]:9000/a.png", True),
        ("http://example.com/a.png", False),
        ("http://192.168.1.10/a.png", False),
        ("ftp://example.com/a.png", False),
        ("data:image/png;base64,AAAA", False),
        ("https:///a.png", False),
        ("https://me:pw@example.com/a.png", False),
    ],
)
def test_allowed_image_urls(url, allowed):
    assert is_allowed_image_url(url) is allowed
