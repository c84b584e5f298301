"""`storyreel validate` refuses broken images, blank prompts and bad URLs: exit 1, one clear
line each, never a traceback."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from cli_support import storyreel
from PIL import Image

from app.cli.main import main as run_cli

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"  # its images have no pixel rules
FIELD = "first_frame_image_url"


def cut(tmp_path: Path, fmt: str, kept: float = 0.5) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise((800, 600), 70).convert("RGB").save(buffer, fmt)
    data = buffer.getvalue()
    path = tmp_path / f"download.{fmt.lower()}"
    path.write_bytes(data[: int(len(data) * kept)])
    return path


def validate(capsys, *args: str) -> tuple[int, str, str]:
    code = run_cli(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_an_image_cut_short_is_invalid_input(tmp_path, capsys, fmt):
    path = cut(tmp_path, fmt)
    code, out, err = validate(capsys, PRO, "--set", "prompt=p", "--file", f"{FIELD}={path}")
    assert code == 1
    [line] = out.splitlines()
    assert line.startswith(f"{FIELD}: {path.name} is incomplete: the file ends before")
    assert "again from the original" in line
    assert "OK" not in err


def test_json_names_the_rule(tmp_path, capsys):
    path = cut(tmp_path, "JPEG", kept=0.98)
    code, out, _err = validate(
        capsys, PRO, "--set", "prompt=p", "--file", f"{FIELD}={path}", "--json"
    )
    assert code == 1
    [problem] = json.loads(out)["problems"]
    assert (problem["field"], problem["rule"]) == (FIELD, "complete")


def test_broken_files_of_every_kind_are_refused(tmp_path, capsys):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    text = tmp_path / "readme.png"
    text.write_text("this is not a picture\n")
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )
    args = ["--set", "text=t"]
    for path in (empty, text, bomb):
        args += ["--file", f"images={path}"]
    code, out, _err = validate(capsys, REF, *args)
    assert code == 1
    lines = out.splitlines()
    assert (
        lines[0] == "images[1]: empty.png is not an image Storyreel can read (the file is empty)."
    )
    assert (
        lines[1] == "images[2]: readme.png is not an image Storyreel can read (the file is text)."
    )
    assert lines[2].startswith("images[3]: 100000 × 100000 px is more than the 80 megapixels")


@pytest.mark.parametrize("prompt", ["   ", "\n\t  \n"])
def test_a_prompt_of_only_spaces_is_missing(capsys, prompt):
    code, out, _err = validate(capsys, REF, "--set", f"text={prompt}")
    assert code == 1
    assert "text: " in out and "is required" in out


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://example.com/frame one.png", "contains a space, a line break"),
        ("https://example.com/frame\n.png", "contains a space, a line break"),
        ("https://example.com/" + "f" * 100_000 + ".png", "characters long"),
        ("https://[::1/frame.png", "is not a valid URL"),
    ],
)
def test_a_bad_url_is_one_clear_line(capsys, url, words):
    code, out, err = validate(capsys, PRO, "--set", "prompt=p", "--file", f"{FIELD}={url}")
    assert code == 1
    [line] = out.splitlines()
    assert line.startswith(f"{FIELD}: ") and words in line
    assert len(line) < 400
    assert "Traceback" not in err


@pytest.mark.slow
def test_a_real_process_exits_1_without_a_traceback(tmp_path):
    common = ["validate", PRO, "--set", "prompt=p", "--file"]
    result = storyreel(*common, f"{FIELD}={cut(tmp_path, 'JPEG')}")
    assert result.returncode == 1
    assert "download.jpeg is incomplete" in result.stdout
    assert "Traceback" not in result.stderr
    result = storyreel(*common, f"{FIELD}=https://example.com/a\nb.png")
    assert result.returncode == 1, result.stderr
    assert "contains a space, a line break" in result.stdout
    assert "Traceback" not in result.stderr
