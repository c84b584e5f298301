"""Broken image files are found by their structure, before anything decodes or sends them."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.errors import ImageError
from app.core.image_integrity import incomplete_reason, incomplete_reason_of_bytes
from app.core.images import probe
from app.core.validation import check_image, image_problems

LITE_REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"  # a field with no image rules
PRO = "bytedance/seedance-1-0/pro/image-to-video"
FORMATS = ["JPEG", "PNG", "WEBP", "GIF", "BMP"]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def encoded(fmt: str, size: tuple[int, int] = (400, 300), **options) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 70).convert("RGB").save(buffer, fmt, **options)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_whole_file_is_complete(tmp_path, fmt):
    assert probe(write(tmp_path / f"whole.{fmt.lower()}", encoded(fmt))).incomplete is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kept", [0.1, 0.5, 0.99])
def test_a_file_cut_short_is_incomplete_although_its_header_is_intact(tmp_path, fmt, kept):
    data = encoded(fmt)
    info = probe(write(tmp_path / f"cut.{fmt.lower()}", data[: int(len(data) * kept)]))
    assert (info.width, info.height) == (400, 300)
    assert info.incomplete == "the file ends before its image data does"


def test_a_jpeg_cut_inside_its_headers_is_incomplete(tmp_path):
    data = encoded("JPEG")
    scan = data.index(b"\xff\xda")
    assert probe(write(tmp_path / "head.jpg", data[:scan])).incomplete is not None


def test_a_progressive_jpeg_cut_short_is_incomplete(tmp_path):
    data = encoded("JPEG", progressive=True)
    assert probe(write(tmp_path / "p.jpg", data[: len(data) - 200])).incomplete is not None


def test_padding_and_trailers_after_the_end_marker_are_tolerated(tmp_path):
    jpeg, png = encoded("JPEG"), encoded("PNG")
    padded = [
        ("zeros.jpg", jpeg + b"\x00" * 300),
        # A maker's trailer or a motion photo's video: far more than the tail that is read.
        ("trailer.jpg", jpeg + bytes(range(256)) * 200),
        ("garbage.png", png + b"\x00" * 40),
        ("long.webp", encoded("WEBP") + b"\x00" * 16),
    ]
    for name, data in padded:
        assert probe(write(tmp_path / name, data)).incomplete is None, name


def test_the_check_costs_no_decoding_of_an_enormous_canvas():
    # A PNG header claiming 100000 × 100000 px, cut after the header: judged from its chunks.
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + crc
    assert incomplete_reason_of_bytes(data + b"\x00\x00\x10\x00IDAT", "PNG") is not None


def test_the_window_and_the_cli_see_a_failing_row_with_no_fix(tmp_path, catalogue):
    data = encoded("JPEG", (800, 600))
    info = probe(write(tmp_path / "download.jpg", data[: len(data) // 2]))
    field = catalogue.get(PRO).field("first_frame_image_url")
    row = check_image(field, info)[0]
    assert (row.rule, row.passed, row.fixable) == ("complete", False, False)
    assert "download.jpg is incomplete" in row.message
    assert "again from the original" in row.message
    [problem] = image_problems(field, info)
    assert problem.rule == "complete"


def test_a_decompression_bomb_fails_even_where_the_field_has_no_size_rules(tmp_path, catalogue):
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
    data += chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")
    info = probe(write(tmp_path / "bomb.png", data))
    field = catalogue.get(LITE_REFERENCE).field("images")
    assert field.image_rules == ()
    [problem] = image_problems(field, info)
    assert problem.rule == "decodable"
    assert "100000 × 100000 px is more than the 80 megapixels" in problem.message


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.png", b"", "the file is empty"),
        ("notes.png", b"shopping list\nmilk\n", "the file is text"),
    ],
)
def test_files_that_are_not_images_are_refused_with_what_they_are(tmp_path, name, data, words):
    with pytest.raises(ImageError, match=words):
        probe(write(tmp_path / name, data))


def test_a_png_whose_header_checksum_is_wrong_is_refused(tmp_path):
    data = bytearray(encoded("PNG"))
    data[29] ^= 0xFF  # a byte of the IHDR chunk's CRC
    with pytest.raises(ImageError, match="starts like a PNG image but is damaged"):
        probe(write(tmp_path / "crc.png", bytes(data)))


def test_a_stream_that_cannot_be_mapped_is_searched_in_pieces():
    jpeg = encoded("JPEG") + bytes(range(256)) * 200  # the end marker far from the end
    whole = io.BufferedReader(io.BytesIO(jpeg))  # no file descriptor: mmap is impossible
    assert incomplete_reason(whole, len(jpeg), "JPEG") is None
    cut = encoded("JPEG")[:-3000]
    assert incomplete_reason(io.BufferedReader(io.BytesIO(cut)), len(cut), "JPEG") is not None
