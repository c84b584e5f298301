"""Output downloads: no token, only RunComfy's hosts, no redirects, resumable, safe names."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from api_support import FAST_RETRY, Reply

from app.api.downloads import (
    PROGRESS_INTERVAL,
    Downloader,
    check_output_url,
    extension_for,
    output_filename,
    output_stem,
    safe_component,
)
from app.core.errors import DownloadError, OutputNotSaved
from app.sim.faults import Fault
from tests.loopback import LoopbackServer


@pytest.fixture
async def downloader():
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        yield fetcher


class PausingServer(LoopbackServer):
    """Serves one video over loopback: a first piece, then the rest once ``go`` is set.

    ``sent`` is set when the whole body has gone out, which needs a client that keeps reading.
    ``tls`` serves it over https with that context instead.
    """

    def __init__(self, body: bytes, first: int, tls: ssl.SSLContext | None = None) -> None:
        self.go = threading.Event()
        self.sent = threading.Event()
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "video/mp4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[:first])
                self.wfile.flush()
                if outer.go.wait(10):
                    self.wfile.write(body[first:])
                    outer.sent.set()

        super().__init__(Handler, tls=tls)

    @property
    def url(self) -> str:
        return f"{self.base}/video.mp4"

    def __exit__(self, *exc: object) -> None:
        self.go.set()
        super().__exit__(*exc)


@pytest.fixture
def self_signed(tmp_path: Path) -> Iterator[ssl.SSLContext]:
    """A server TLS context with a certificate for 127.0.0.1 that no authority signed."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    yield context


async def test_a_download_matches_the_output_and_never_carries_the_token(
    sim, output, downloader, tmp_path
):
    url, expected = output
    seen: list[tuple[int, int | None]] = []
    path = await downloader.download(
        url, tmp_path / "library", "clip", progress=lambda d, t: seen.append((d, t))
    )
    assert path == tmp_path / "library" / "clip.mp4"
    assert path.read_bytes() == expected
    assert not list((tmp_path / "library").glob("*.part"))
    assert seen[-1] == (len(expected), len(expected))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert sim.cdn_requests
    for request in sim.cdn_requests:
        assert not request.has_header("Authorization")
        assert not request.has_header("Cookie")


async def test_an_interrupted_download_resumes_with_a_range_request(
    sim, output, downloader, tmp_path
):
    url, expected = output
    sim.cdn_faults.add(Fault("truncate_download"))
    path = await downloader.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected
    first, second = sim.cdn_requests[-2:]
    assert first.header("Range") is None
    assert second.header("Range") == f"bytes={len(expected) // 2}-"


async def test_a_part_file_from_an_earlier_run_is_continued(sim, output, downloader, tmp_path):
    url, expected = output
    (tmp_path / "clip.part").write_bytes(expected[:1000])
    path = await downloader.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected
    assert sim.cdn_requests[-1].header("Range") == "bytes=1000-"


async def test_a_part_file_longer_than_the_output_starts_over(sim, output, downloader, tmp_path):
    url, expected = output
    (tmp_path / "clip.part").write_bytes(b"x" * (len(expected) + 10))
    path = await downloader.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected


@pytest.mark.parametrize("kind", ["status_503", "status_500", "drop", "status_429"])
async def test_transient_cdn_failures_are_retried(sim, output, downloader, tmp_path, kind):
    url, expected = output
    sim.cdn_faults.add(Fault(kind, count=2, retry_after=0))
    path = await downloader.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected


async def test_a_download_that_keeps_failing_is_reported(sim, output, tmp_path):
    url, _ = output
    sim.cdn_faults.add(Fault("status_503", count=20, retry_after=0))
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        with pytest.raises(DownloadError, match="HTTP 503 .* after several tries"):
            await fetcher.download(url, tmp_path, "clip")
    assert not (tmp_path / "clip.mp4").exists()


async def test_a_web_page_instead_of_a_video_is_refused(sim, output, downloader, tmp_path):
    url, _ = output
    sim.cdn_faults.add(Fault("non_json"))
    with pytest.raises(DownloadError, match="text/html instead of a media file"):
        await downloader.download(url, tmp_path, "clip")
    assert not (tmp_path / "clip.mp4").exists()


async def test_the_size_cap_stops_a_download(output, tmp_path):
    url, expected = output
    async with Downloader(allow_loopback=True, max_bytes=len(expected) - 1) as fetcher:
        with pytest.raises(DownloadError, match="over Storyreel's limit"):
            await fetcher.download(url, tmp_path / "library", "clip")
    assert list((tmp_path / "library").iterdir()) == []


async def test_the_transfer_runs_off_the_event_loop_and_progress_comes_back_on_it(tmp_path):
    body = bytes(range(256)) * (128 * 1024)  # 32 MB: far more than the socket buffers hold
    loop_thread = threading.get_ident()
    started = asyncio.Event()
    seen: list[tuple[int, int, int | None]] = []

    def record(done: int, total: int | None) -> None:
        seen.append((threading.get_ident(), done, total))
        started.set()

    with PausingServer(body, first=65536) as server:
        async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
            began = time.monotonic()
            task = asyncio.create_task(
                fetcher.download(server.url, tmp_path, "big", progress=record)
            )
            await asyncio.wait_for(started.wait(), 10)
            server.go.set()
            # The event loop is held busy now, as the window's thread is while it works. Had
            # the body been read and written on it, the server could not send it all.
            assert server.sent.wait(10)
            path = await asyncio.wait_for(task, 10)
            took = time.monotonic() - began
    assert path.read_bytes() == body
    assert {thread for thread, _, _ in seen} == {loop_thread}
    assert seen[-1][1:] == (len(body), len(body))
    # Reports are throttled in the worker: a first one, one per interval, a final one.
    assert len(seen) <= took / PROGRESS_INTERVAL + 2


async def test_a_cancelled_download_stops_and_the_next_one_continues_its_part(
    sim, output, downloader, tmp_path
):
    url, expected = output
    # About four seconds for the whole file: still under way when it is cancelled.
    sim.cdn_faults.add(Fault("slow_download", bytes_per_second=max(10, len(expected) // 4)))
    arrived = asyncio.Event()
    task = asyncio.create_task(
        downloader.download(url, tmp_path, "clip", progress=lambda done, total: arrived.set())
    )
    await asyncio.wait_for(arrived.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    kept = (tmp_path / "clip.part").stat().st_size
    assert 0 < kept < len(expected)
    assert not (tmp_path / "clip.mp4").exists()

    path = await downloader.download(url, tmp_path, "clip")
    assert path.read_bytes() == expected
    assert sim.cdn_requests[-1].header("Range") == f"bytes={kept}-"
    assert not (tmp_path / "clip.part").exists()


async def test_closing_the_downloader_stops_a_download_and_keeps_its_part(sim, output, tmp_path):
    url, expected = output
    sim.cdn_faults.add(Fault("slow_download", bytes_per_second=max(10, len(expected) // 4)))
    arrived = asyncio.Event()
    fetcher = Downloader(allow_loopback=True, retry=FAST_RETRY)
    task = asyncio.create_task(
        fetcher.download(url, tmp_path, "clip", progress=lambda done, total: arrived.set())
    )
    await asyncio.wait_for(arrived.wait(), 10)
    await asyncio.wait_for(fetcher.aclose(), 5)
    with pytest.raises(DownloadError, match="stopped because its downloader was closed"):
        await asyncio.wait_for(task, 5)
    assert 0 < (tmp_path / "clip.part").stat().st_size < len(expected)
    assert not (tmp_path / "clip.mp4").exists()


async def test_a_server_whose_certificate_is_not_trusted_is_refused(self_signed, tmp_path):
    with PausingServer(b"\x00" * 1000, first=1000, tls=self_signed) as server:
        async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
            with pytest.raises(DownloadError, match="could not be fetched.*ConnectError"):
                await fetcher.download(server.url, tmp_path, "clip")
        assert server.requests == 0
    assert list(tmp_path.glob("clip*")) == []


async def test_a_folder_that_cannot_be_made_is_reported_plainly(output, downloader, tmp_path):
    url, _ = output
    blocker = tmp_path / "library"
    blocker.write_text("a file where the library folder should be")
    with pytest.raises(OutputNotSaved, match=r"library \(or a folder above it\) is a file"):
        await downloader.download(url, blocker, "clip")
    # A folder whose parent is a file cannot be made either, and says the same.
    with pytest.raises(OutputNotSaved, match=r"is a file, not a folder\. Move that file away"):
        await downloader.download(url, blocker / "clips", "clip")


async def test_a_redirect_is_an_error_and_is_not_followed(scripted, tmp_path):
    with type(scripted)() as elsewhere:
        scripted.routes["/v.mp4"] = Reply(302, b"", {"Location": f"{elsewhere.base}/v.mp4"})
        async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
            with pytest.raises(DownloadError, match="does not follow redirects"):
                await fetcher.download(f"{scripted.base}/v.mp4", tmp_path, "clip")
        assert elsewhere.seen == []


async def test_no_cookie_is_ever_sent_back(scripted, tmp_path):
    scripted.routes["/v.mp4"] = Reply(
        200, b"\x00" * 5000, {"Set-Cookie": "session=abc; Path=/"}, content_type="video/mp4"
    )
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        await fetcher.download(f"{scripted.base}/v.mp4", tmp_path, "one")
        await fetcher.download(f"{scripted.base}/v.mp4", tmp_path, "two")
    assert [s.headers.get("Cookie") for s in scripted.seen] == [None, None]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/video.mp4",
        "https://runcomfy.net.evil.com/video.mp4",
        "https://evilruncomfy.net/video.mp4",
        "http://playgrounds-storage-public.runcomfy.net/video.mp4",
        "https://user:pw@playgrounds-storage-public.runcomfy.net/video.mp4",
        "https://playgrounds-storage-public.runcomfy.net:8443/video.mp4",
        "ftp://cdn.runcomfy.net/video.mp4",
        "file:///etc/passwd",
    ],
)
async def test_only_runcomfy_https_outputs_are_fetched(url, tmp_path):
    async with Downloader(retry=FAST_RETRY) as fetcher:
        with pytest.raises(DownloadError, match="does not download it|only over https"):
            await fetcher.download(url, tmp_path, "clip")
    assert list(tmp_path.iterdir()) == []


def test_runcomfy_hosts_pass_and_loopback_only_when_allowed():
    check_output_url("https://playgrounds-storage-public.runcomfy.net/a/b.mp4")
    check_output_url("https://runcomfy.net/b.mp4")
    check_output_url("https://CDN.RunComfy.net:443/b.mp4")
    with pytest.raises(DownloadError, match="not https"):
        check_output_url("http://127.0.0.1:9/b.mp4")
    check_output_url("http://127.0.0.1:9/b.mp4", allow_loopback=True)
    check_output_url("http://localhost:9/b.mp4", allow_loopback=True)
    with pytest.raises(DownloadError):
        check_output_url("http://10.1.2.3/b.mp4", allow_loopback=True)


HOSTILE = [
    "../../../etc/passwd",
    "..\\..\\windows\\system32",
    "/absolute/path",
    "CON",
    "nul.txt",
    "a" * 500,
    "Café déjà vu — 東京 🚀 at night",
    "",
    "....",
    'a/b\\c:d*e?f"g<h>i|j\x00k',
]


@pytest.mark.parametrize("prompt", HOSTILE)
@pytest.mark.parametrize("request_id", ["8f0e-41_ab", "../../x", "C:\\evil", "a" * 300])
def test_file_names_stay_in_their_folder(prompt, request_id, tmp_path):
    name = output_filename(
        when=datetime(2025, 3, 7, 12, 0),
        model_name="Seedance 1.0 Lite",
        prompt=prompt,
        request_id=request_id,
        url="https://cdn.runcomfy.net/x/../../evil.sh?name=../../x.exe",
        index=2,
    )
    assert name.startswith("2025-03-07_seedance-1-0-lite_")
    assert name.endswith("_2.mp4")
    assert "/" not in name and "\\" not in name and ".." not in name
    assert name.isascii() and len(name) <= 200
    target = (tmp_path / name).resolve()
    assert target.parent == tmp_path.resolve()


def test_a_readable_name():
    name = output_filename(
        when=datetime(2025, 3, 7),
        model_name="Seedance 1.0 Lite",
        prompt="Café déjà vu: a slow dolly through the old market, lanterns swaying at dusk",
        request_id="5b3c1f0e-aaaa",
        url="https://cdn.runcomfy.net/out/result.MOV",
    )
    assert name == (
        "2025-03-07_seedance-1-0-lite_cafe-deja-vu-a-slow-dolly-through-the_5b3c1f0e-aaaa.mov"
    )


def test_extensions_come_from_the_url_or_the_content_type():
    assert extension_for("https://c.runcomfy.net/a/video.webm") == ".webm"
    assert extension_for("https://c.runcomfy.net/a/file", "image/png") == ".png"
    assert extension_for("https://c.runcomfy.net/a/file.exe", "video/quicktime") == ".mov"
    assert extension_for("https://c.runcomfy.net/a/file") == ".mp4"


@pytest.mark.parametrize("text", ["CON", "com1.mp4", "LPT9", "aux"])
def test_windows_reserved_names_are_avoided(text):
    assert safe_component(text).split(".")[0].lower() not in {"con", "com1", "lpt9", "aux"}


def test_a_stem_without_prompt_or_id_is_still_a_name():
    stem = output_stem(when=0, model_name="", prompt="", request_id="")
    assert stem.endswith("_model_untitled_request")
