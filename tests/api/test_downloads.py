"""Output downloads: no token, only RunComfy's hosts, no redirects, resumable, safe names."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from api_support import FAST_RETRY, LITE, Reply

from app.api.downloads import (
    Downloader,
    check_output_url,
    extension_for,
    output_filename,
    output_stem,
    safe_component,
)
from app.api.encoding import encode_inputs
from app.core.errors import DownloadError
from app.sim.faults import Fault


@pytest.fixture
async def output(sim, client, catalogue, lite_values, tmp_path) -> tuple[str, bytes]:
    """The URL of a finished job's video on the simulator's CDN, and its bytes."""
    body, _ = encode_inputs(catalogue.get(LITE), lite_values, workdir=tmp_path)
    submission = await client.submit(LITE, body)
    await asyncio.to_thread(sim.wait_state, submission.request_id, "succeeded")
    path = sim.output_path(submission.request_id)
    assert path is not None
    return sim.output_url(submission.request_id), path.read_bytes()


@pytest.fixture
async def downloader():
    async with Downloader(allow_loopback=True, retry=FAST_RETRY) as fetcher:
        yield fetcher


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
