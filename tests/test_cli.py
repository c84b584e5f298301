"""The first commands, run as a person runs them: a real `storyreel` process."""

from __future__ import annotations

import json

import pytest
from cli_support import storyreel
from PIL import Image

PRO = "bytedance/seedance-1-0/pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"


def test_models_lists_the_five(storyreel_home):
    result = storyreel("models")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert lines[0].split() == [PRO, "Seedance", "1.0", "Pro"]
    data = json.loads(storyreel("models", "--json").stdout)
    assert [m["display_name"] for m in data][-1] == "Dreamina 3.0 Pro"
    assert data[3]["takes"] == "1–4 reference images"


def test_schema_shows_kinds_defaults_limits_and_rules():
    result = storyreel("schema", DREAMINA)
    assert result.returncode == 0
    assert "frames" in result.stdout and "121 frames ≈ 5 s" in result.stdout
    assert "width ≤ 4096 px" in result.stdout and "JPEG or PNG only" in result.stdout
    data = json.loads(storyreel("schema", REF, "--json").stdout)
    images = next(f for f in data["fields"] if f["name"] == "images")
    assert images["kind"] == "image_list" and images["limits"] == {"min_items": 1, "max_items": 4}


def test_usage_errors_exit_2():
    assert storyreel("schema", "bytedance/nope").returncode == 2
    assert storyreel("frobnicate").returncode == 2
    result = storyreel("validate", PRO, "--set", "fps=30")
    assert result.returncode == 2 and "has no setting 'fps'" in result.stderr
    result = storyreel("validate", PRO, "--set", "duration=five")
    assert result.returncode == 2 and "not a whole number" in result.stderr
    assert storyreel("validate", PRO, "--file", "resolution=a.png").returncode == 2
    assert storyreel("--version").stdout.startswith("storyreel ")
    assert storyreel("run", "--help").returncode == 0


@pytest.fixture
def frames(tmp_path):
    good = tmp_path / "good.png"
    Image.new("RGB", (640, 360), (40, 90, 160)).save(good)
    small = tmp_path / "small.png"
    Image.new("RGB", (200, 200), "red").save(small)
    webp = tmp_path / "looks-like.jpg"
    Image.new("RGB", (640, 640), "blue").save(webp, "WEBP")
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    return {"good": good, "small": small, "webp": webp, "text": text}


def test_validate_accepts_good_inputs(frames):
    result = storyreel(
        "validate",
        PRO,
        "--set",
        "prompt=a slow pan",
        "--set",
        "duration=7",
        "--file",
        f"first_frame_image_url={frames['good']}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_validate_reports_one_line_per_problem(frames):
    result = storyreel(
        "validate",
        PRO,
        "--set",
        "duration=13",
        "--file",
        f"first_frame_image_url={frames['small']}",
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "prompt: Prompt is required: write one (spaces alone do not count)." in lines
    assert any(line.startswith("duration: 13 s is not offered") for line in lines)
    assert "first_frame_image_url: Width is 200 px; it must be more than 300 px." in lines
    assert "first_frame_image_url: Height is 200 px; it must be more than 300 px." in lines


def test_validate_judges_format_by_content_and_reports_unreadable_files(frames):
    result = storyreel(
        "validate",
        DREAMINA,
        "--set",
        "prompt=p",
        "--file",
        f"image_urls={frames['webp']}",
        "--json",
    )
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert [(p["field"], p["rule"], p["item"]) for p in problems] == [("image_urls", "format", 0)]
    result = storyreel(
        "validate", PRO, "--set", "prompt=p", "--file", f"first_frame_image_url={frames['text']}"
    )
    assert result.returncode == 1
    assert result.stdout.startswith("first_frame_image_url: ")
    assert "notes.png" in result.stdout


def test_validate_list_fields_take_one_file_per_item(frames):
    args = ["validate", REF, "--set", "text=t"]
    result = storyreel(*args, *(["--file", f"images={frames['good']}"] * 5))
    assert result.returncode == 1
    assert "images: 5 images given; at most 4 allowed." in result.stdout
    # The reference model's page gives its images no pixel rules; an unreadable file still fails.
    result = storyreel(
        *args, "--file", f"images={frames['small']}", "--file", f"images={frames['text']}"
    )
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("images[2]: ") and "notes.png" in line


def test_validate_warns_about_advice_without_failing(frames):
    lite = "bytedance/seedance-1-0/lite/image-to-video"
    result = storyreel(
        "validate",
        lite,
        "--set",
        "prompt=p",
        "--set",
        "resolution=1080p",
        "--file",
        f"first_frame_image_url={frames['good']}",
        "--file",
        f"last_frame_image_url={frames['good']}",
    )
    assert result.returncode == 0
    assert (
        "warning: last_frame_image_url: Last Frame Image has no effect at 1080p." in result.stderr
    )


def test_validate_fetches_urls_and_refuses_unsafe_ones(frames, tmp_path):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(frames["good"].parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        ok = storyreel(
            "validate", PRO, "--set", "prompt=p", "--file", f"first_frame_image_url={base}/good.png"
        )
        assert ok.returncode == 0, ok.stdout + ok.stderr
        small = storyreel(
            "validate",
            PRO,
            "--set",
            "prompt=p",
            "--file",
            f"first_frame_image_url={base}/small.png",
        )
        assert small.returncode == 1 and "Width is 200 px" in small.stdout
        missing = storyreel(
            "validate", PRO, "--set", "prompt=p", "--file", f"first_frame_image_url={base}/nope.png"
        )
        assert missing.returncode == 1 and "404" in missing.stdout
    finally:
        server.shutdown()
        server.server_close()
    # Plain http to a host that is not loopback is refused before any connection is made.
    remote = storyreel(
        "validate",
        PRO,
        "--set",
        "prompt=p",
        "--file",
        "first_frame_image_url=http://example.com/a.png",
    )
    assert remote.returncode == 1 and "first_frame_image_url: " in remote.stdout
