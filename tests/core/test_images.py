"""Probing, thumbnails and decoding survive every kind of bad file a user can drop.

Every file here is made by the test itself, with Pillow or as raw bytes.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.errors import ImageError, IncompleteImage
from app.core.images import (
    MAX_DECODE_PIXELS,
    ImageInfo,
    can_decode,
    load_for_encoding,
    make_thumbnail,
    may_be_transparent,
    probe,
    probe_bytes,
    verify_decodable,
)
from app.core.validation import check_image

SEEDANCE = "bytedance/seedance-1-0/pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
RED, BLUE = (255, 0, 0), (0, 0, 255)


# --- making files -------------------------------------------------------------------------


def save(image: Image.Image, path: Path, fmt: str, **options) -> Path:
    image.save(path, fmt, **options)
    return path


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height, with a few hundred bytes of data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 4096)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def padded_png(width: int, height: int, total_bytes: int) -> bytes:
    """A real PNG grown to exactly total_bytes with a private chunk readers skip."""
    data = encoded(Image.new("RGB", (width, height), (90, 120, 150)), "PNG")
    end = data.rindex(b"IEND") - 4
    filler = total_bytes - len(data) - 12
    assert filler >= 0
    return data[:end] + png_chunk(b"stRy", b"\x00" * filler) + data[end:]


def exif_with_orientation(value: int) -> Image.Exif:
    exif = Image.Exif()
    exif[274] = value
    return exif


def halves(width: int, height: int) -> Image.Image:
    """Left half red, right half blue: shows which way an image was turned."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    return image


def close_to(actual, expected, tolerance: int = 12) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=False))


@pytest.fixture(scope="session")
def big_jpeg(tmp_path_factory) -> Path:
    """A 5999 × 5999 photo-sized JPEG, made once for the session."""
    gradient = Image.linear_gradient("L").resize((5999, 5999), Image.Resampling.BILINEAR)
    image = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_90), gradient))
    return save(image, tmp_path_factory.mktemp("big") / "big.jpg", "JPEG", quality=95)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def image_field(catalogue: Catalogue, model_id: str):
    return next(f for f in catalogue.get(model_id).fields if f.is_image)


# --- formats, judged by content -----------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "mode", "expected_format"),
    [
        ("JPEG", "RGB", "JPEG"),
        ("PNG", "RGBA", "PNG"),
        ("WEBP", "RGB", "WEBP"),
        ("GIF", "P", "GIF"),
        ("BMP", "RGB", "BMP"),
        ("TIFF", "RGB", "TIFF"),
    ],
)
def test_probe_reads_format_size_and_file_size(tmp_path, fmt, mode, expected_format):
    path = save(Image.new(mode, (640, 360)), tmp_path / f"picture.{fmt.lower()}", fmt)
    info = probe(path)
    assert (info.format, info.width, info.height) == (expected_format, 640, 360)
    assert (info.stored_width, info.stored_height, info.orientation) == (640, 360, 1)
    assert info.file_size == path.stat().st_size
    assert info.frame_count == 1
    assert info.source == str(path)


def test_a_png_named_jpg_is_a_png(tmp_path):
    path = save(Image.new("RGB", (400, 300)), tmp_path / "holiday.jpg", "PNG")
    assert probe(path).format == "PNG"
    assert make_thumbnail(path).size == (256, 192)


def test_probe_bytes_reads_data_in_memory():
    data = encoded(Image.new("RGB", (500, 400)), "JPEG")
    info = probe_bytes(data, "pasted image")
    assert (info.format, info.width, info.height, info.file_size) == ("JPEG", 500, 400, len(data))
    assert info.source == "pasted image"
    with pytest.raises(ImageError, match="pasted image .*empty"):
        probe_bytes(b"", "pasted image")


def test_probe_never_decodes_the_pixels(tmp_path):
    # Half a JPEG: the header is whole, the pixel data is not. Probing must not notice.
    data = encoded(Image.effect_noise((800, 600), 60).convert("RGB"), "JPEG")
    path = tmp_path / "half.jpg"
    path.write_bytes(data[: len(data) // 2])
    info = probe(path)
    assert (info.width, info.height) == (800, 600)


# --- orientation ---------------------------------------------------------------------------


def test_an_exif_rotated_jpeg_is_measured_as_displayed(tmp_path):
    path = save(halves(400, 300), tmp_path / "phone.jpg", "JPEG", exif=exif_with_orientation(6))
    info = probe(path)
    assert (info.width, info.height) == (300, 400)
    assert (info.stored_width, info.stored_height) == (400, 300)
    assert info.orientation == 6 and info.rotated
    upright = load_for_encoding(path)
    assert upright.size == (300, 400)
    # orientation 6 turns the stored image a quarter clockwise: its left half is now on top
    assert close_to(upright.getpixel((150, 20)), RED)
    assert close_to(upright.getpixel((150, 380)), BLUE)
    assert make_thumbnail(path).size == (192, 256)


def test_orientation_3_turns_without_swapping(tmp_path):
    path = save(halves(400, 300), tmp_path / "upside.jpg", "JPEG", exif=exif_with_orientation(3))
    info = probe(path)
    assert (info.width, info.height, info.orientation) == (400, 300, 3)
    assert close_to(load_for_encoding(path).getpixel((20, 150)), BLUE)


def test_a_png_exif_chunk_after_the_pixels_is_found_without_decoding(tmp_path):
    data = encoded(halves(400, 300), "PNG")
    exif = exif_with_orientation(8).tobytes()
    end = data.rindex(b"IEND") - 4
    path = tmp_path / "late-exif.png"
    path.write_bytes(data[:end] + png_chunk(b"eXIf", exif) + data[end:])
    info = probe(path)
    assert (info.width, info.height, info.orientation) == (300, 400, 8)
    assert load_for_encoding(path).size == (300, 400)


@pytest.mark.parametrize(
    "app1",
    [
        b"Exif\x00\x00XX\x00*\x00\x00\x00\x08",  # no valid byte order
        b"Exif\x00\x00" + exif_with_orientation(9).tobytes(),  # no such orientation
    ],
)
def test_unreadable_exif_means_upright(tmp_path, app1):
    data = encoded(Image.new("RGB", (400, 300)), "JPEG")
    segment = b"\xff\xe1" + struct.pack(">H", 2 + len(app1)) + app1
    path = tmp_path / "odd-exif.jpg"
    path.write_bytes(data[:2] + segment + data[2:])
    info = probe(path)
    assert (info.width, info.height, info.orientation) == (400, 300, 1)
    assert load_for_encoding(path).size == (400, 300)


# --- colour modes ---------------------------------------------------------------------------


def test_cmyk_jpeg_becomes_rgb(tmp_path):
    path = save(Image.new("CMYK", (320, 320), (255, 0, 0, 0)), tmp_path / "print.jpg", "JPEG")
    assert probe(path).mode == "CMYK"
    image = load_for_encoding(path)
    assert image.mode == "RGB"
    assert close_to(image.getpixel((10, 10)), (0, 255, 255), tolerance=20)
    assert make_thumbnail(path).mode == "RGB"


def test_16_bit_png_is_scaled_to_8_bit_not_clipped(tmp_path):
    image = Image.new("I;16", (3, 1))
    for x, value in enumerate((65535, 32896, 1028)):
        image.putpixel((x, 0), value)
    path = save(image, tmp_path / "scan.png", "PNG")
    assert probe(path).mode == "I;16"
    loaded = load_for_encoding(path)
    assert loaded.mode == "RGB"
    assert [loaded.getpixel((x, 0))[0] for x in range(3)] == [255, 128, 4]


def test_palette_png_with_transparency_keeps_it(tmp_path):
    image = Image.new("P", (400, 400), 0)
    image.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    image.paste(1, (0, 0, 200, 400))
    path = save(image, tmp_path / "sticker.png", "PNG", transparency=1)
    info = probe(path)
    assert info.mode == "P"
    assert may_be_transparent(info)
    loaded = load_for_encoding(path)
    assert loaded.mode == "RGBA"
    assert loaded.getpixel((10, 10))[3] == 0
    assert loaded.getpixel((390, 10)) == (255, 0, 0, 255)


def test_palette_png_without_transparency_becomes_rgb(tmp_path):
    image = Image.new("RGB", (400, 400), RED).convert("P")
    path = save(image, tmp_path / "flat.png", "PNG")
    assert not may_be_transparent(probe(path))
    assert load_for_encoding(path).mode == "RGB"


def test_an_alpha_channel_that_is_opaque_everywhere_is_dropped(tmp_path):
    path = save(Image.new("RGBA", (400, 300), (1, 2, 3, 255)), tmp_path / "opaque.png", "PNG")
    assert load_for_encoding(path).mode == "RGB"
    see_through = save(Image.new("RGBA", (400, 300), (1, 2, 3, 128)), tmp_path / "glass.png", "PNG")
    assert load_for_encoding(see_through).mode == "RGBA"


# --- animations -----------------------------------------------------------------------------


def frames(*colours):
    return [Image.new("RGB", (320, 240), colour) for colour in colours]


@pytest.mark.parametrize("fmt", ["GIF", "WEBP", "PNG"])
def test_animations_report_their_frames_and_decode_the_first(tmp_path, fmt):
    first, *rest = frames(RED, BLUE, (0, 255, 0))
    path = save(first, tmp_path / f"loop.{fmt.lower()}", fmt, save_all=True, append_images=rest)
    info = probe(path)
    assert (info.format, info.frame_count, info.width, info.height) == (fmt, 3, 320, 240)
    assert close_to(load_for_encoding(path).getpixel((5, 5)), RED, tolerance=30)
    verify_decodable(path)
    fields = image_field(Catalogue.load(), SEEDANCE)
    animation = [c for c in check_image(fields, info) if c.rule == "animation"]
    assert animation and "first frame" in animation[0].message


@pytest.mark.parametrize(
    ("mode", "options"),
    [
        ("RGB", {}),
        ("RGB", {"lossless": True}),
        ("RGBA", {}),
        ("RGBA", {"lossless": True}),
        ("RGB", {"exif": exif_with_orientation(6)}),
    ],
)
def test_webp_headers_read_by_hand_agree_with_pillow(tmp_path, mode, options):
    path = save(Image.new(mode, (333, 222)), tmp_path / "a.webp", "WEBP", **options)
    info = probe(path)
    with Image.open(path) as reference:
        orientation = reference.getexif().get(274, 1)
        assert (info.stored_width, info.stored_height) == reference.size
        assert info.mode == reference.mode
        assert info.orientation == orientation
        assert info.frame_count == getattr(reference, "n_frames", 1)


# --- files that are not images --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.png", b"These are my shot notes.\nFrame 1: sunrise.\n", "the file is text"),
        ("scan.png", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("clip.jpg", b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2mp41" + bytes(64), "video"),
        ("page.png", b"<!DOCTYPE html><html><body>Not found</body></html>", "web page"),
        ("logo.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
        ("photo.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "HEIC"),
        ("noise.png", bytes(range(1, 256)) * 4, "not in any image format"),
        ("cut.jpg", b"\xff\xd8\xff\xe0\x00\x10JF", "starts like a JPEG"),
        ("cut.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "starts like a PNG"),
    ],
)
def test_files_that_are_not_images_get_a_plain_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImageError) as caught:
        probe(path)
    message = str(caught.value)
    assert message.startswith(f"{name} is not an image Storyreel can read (")
    assert reason in message
    with pytest.raises(ImageError):
        make_thumbnail(path)


def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(ImageError, match=r"^empty\.png is not an image .*\(the file is empty\)"):
        probe(path)


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(ImageError, match=r"gone\.png could not be found"):
        probe(tmp_path / "gone.png")
    folder = tmp_path / "frames.png"
    folder.mkdir()
    with pytest.raises(ImageError, match=r"frames\.png is a folder, not an image file"):
        probe(folder)
    with pytest.raises(ImageError, match="folder"):
        make_thumbnail(folder)


def test_a_path_through_a_file_is_an_image_error(tmp_path):
    file = save(Image.new("RGB", (10, 10)), tmp_path / "a.png", "PNG")
    with pytest.raises(ImageError, match="inside"):
        probe(file / "inside.png")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore file modes"
)
def test_a_file_without_read_permission(tmp_path):
    path = save(Image.new("RGB", (10, 10)), tmp_path / "locked.png", "PNG")
    path.chmod(0)
    try:
        with pytest.raises(ImageError, match=r"locked\.png cannot be read: permission denied"):
            probe(path)
    finally:
        path.chmod(0o644)


# --- truncated and corrupt pixel data -------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_pixel_data_is_reported_by_probe_and_refused_by_every_decoder(tmp_path, fmt):
    data = encoded(Image.effect_noise((640, 480), 80).convert("RGB"), fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(data[: len(data) * 2 // 3])
    info = probe(path)
    assert (info.width, info.height) == (640, 480)  # the header's facts still show
    assert info.incomplete == "the file ends before its image data does"
    expected = r"cut\.\w+ is incomplete: the file ends before .* again from the original"
    with pytest.raises(IncompleteImage, match=expected):
        verify_decodable(path)
    with pytest.raises(IncompleteImage, match=expected):
        make_thumbnail(path)
    with pytest.raises(IncompleteImage, match=expected):
        load_for_encoding(path)


def test_corrupt_png_data_is_reported(tmp_path):
    data = bytearray(encoded(Image.effect_noise((300, 300), 80).convert("RGB"), "PNG"))
    start = data.index(b"IDAT") + 4
    data[start + 100 : start + 400] = b"\xaa" * 300
    path = tmp_path / "garbled.png"
    path.write_bytes(bytes(data))
    probe(path)
    with pytest.raises(ImageError, match=r"garbled\.png is damaged"):
        verify_decodable(path)


def test_whole_files_verify(tmp_path, big_jpeg):
    verify_decodable(save(Image.new("RGB", (640, 480)), tmp_path / "fine.png", "PNG"))
    verify_decodable(big_jpeg)


# --- decompression bombs --------------------------------------------------------------------


def test_a_bomb_png_is_measured_but_never_decoded(tmp_path, catalogue):
    limit_before = Image.MAX_IMAGE_PIXELS
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(100_000, 100_000))
    info = probe(path)
    assert (info.format, info.width, info.height) == ("PNG", 100_000, 100_000)
    messages = [c.message for c in check_image(image_field(catalogue, SEEDANCE), info)]
    assert "Width is 100000 px; it must be less than 6000 px." in messages
    assert not can_decode(info)
    for decode in (make_thumbnail, verify_decodable, load_for_encoding):
        with pytest.raises(ImageError, match=r"bomb\.png is too large to \w+: 100000 × 100000"):
            decode(path)
    with pytest.raises(ImageError, match="too large to preview"):
        make_thumbnail(path)
    assert limit_before == Image.MAX_IMAGE_PIXELS


def test_a_size_pillow_would_warn_about_is_probed_quietly(tmp_path):
    # 10000 × 10000 is over Pillow's warning threshold; warnings are errors in these tests.
    info = probe_bytes(bomb_png(10_000, 10_000), "big.png")
    assert (info.width, info.height) == (10_000, 10_000)


def test_a_bomb_webp_header_is_read_without_the_decoder(tmp_path):
    # A VP8X header claiming the largest WebP canvas; libwebp would allocate 2 GB for it.
    vp8x = bytes([0x10, 0, 0, 0]) + (16382).to_bytes(3, "little") * 2
    body = b"WEBP" + b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    path = tmp_path / "huge.webp"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    info = probe(path)
    assert (info.format, info.width, info.height, info.mode) == ("WEBP", 16383, 16383, "RGBA")
    with pytest.raises(ImageError, match="too large to preview"):
        make_thumbnail(path)


def test_a_bomb_jpeg_header_is_measured(tmp_path):
    data = bytearray(encoded(Image.new("RGB", (64, 48)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65000, 64000)
    info = probe_bytes(bytes(data), "claims.jpg")
    assert (info.width, info.height) == (64000, 65000)
    assert not can_decode(info)
    # at 1/8 scale it fits under the cap: a preview may try, and then finds the data missing
    assert can_decode(info, fit=(256, 256))


def test_an_oversized_jpeg_can_be_decoded_at_reduced_scale():
    info = ImageInfo("x.jpg", "JPEG", 12000, 9000, 1, stored_width=12000, stored_height=9000)
    assert not can_decode(info)
    assert can_decode(info, fit=(5999, 4000))
    png = ImageInfo("x.png", "PNG", 12000, 9000, 1, stored_width=12000, stored_height=9000)
    assert not can_decode(png, fit=(256, 256))
    assert MAX_DECODE_PIXELS < 12000 * 9000


# --- thumbnails and decoding for the encoder ------------------------------------------------


def test_a_5999_px_jpeg_gives_a_256_px_thumbnail(big_jpeg):
    # How fast, against Pillow's own draft decode, is a figure benchmarks/bench_window.py
    # prints (drop): a timed assertion here would only measure how busy the machine is.
    thumbnail = make_thumbnail(big_jpeg)
    assert thumbnail.size == (256, 256)
    assert thumbnail.mode == "RGB"


def test_thumbnails_keep_real_transparency(tmp_path):
    path = save(Image.new("RGBA", (1000, 500), (0, 0, 0, 0)), tmp_path / "cutout.png", "PNG")
    thumbnail = make_thumbnail(path, max_side=100)
    assert (thumbnail.size, thumbnail.mode) == ((100, 50), "RGBA")


def test_load_for_encoding_can_cap_the_pixel_count(big_jpeg):
    image = load_for_encoding(big_jpeg, max_pixels=4_000_000)
    assert image.width * image.height <= 4_000_000
    assert image.width == image.height
    assert image.width > 1900
    assert image.info == {}


# --- the size rules at their exact edges, through real files --------------------------------


def png_of(tmp_path: Path, width: int, height: int) -> ImageInfo:
    """A PNG of that size as far as any header reader can tell; probing reads nothing more."""
    path = tmp_path / f"{width}x{height}.png"
    path.write_bytes(bomb_png(width, height))
    return probe(path)


def failing_rules(field, info: ImageInfo) -> list[str]:
    return [c.rule for c in check_image(field, info) if not c.passed]


@pytest.mark.parametrize(
    ("size", "failing"),
    [
        ((5999, 2400), []),
        ((6000, 2401), ["width_pixels<"]),
        ((2400, 5999), []),
        ((2401, 6000), ["height_pixels<"]),
        ((301, 301), []),
        ((300, 301), ["width_pixels>"]),
        ((301, 300), ["height_pixels>"]),
        ((999, 400), []),
        ((1000, 400), ["width/height<"]),
        ((401, 1000), []),
        ((400, 1000), ["width/height>"]),
    ],
)
def test_seedance_size_and_ratio_edges(tmp_path, catalogue, size, failing):
    assert failing_rules(image_field(catalogue, SEEDANCE), png_of(tmp_path, *size)) == failing


@pytest.mark.parametrize(
    ("size", "failing"),
    [
        ((4096, 2000), []),
        ((4097, 2000), ["width_pixels<="]),
        ((2000, 4096), []),
        ((2000, 4097), ["height_pixels<="]),
        ((321, 400), []),
        ((320, 400), ["width_pixels>"]),
        ((400, 320), ["height_pixels>"]),
        ((1499, 500), []),
        ((1500, 500), ["width/height<"]),
        ((331, 1000), []),
        ((330, 1000), ["width/height>"]),
    ],
)
def test_dreamina_size_and_ratio_edges(tmp_path, catalogue, size, failing):
    assert failing_rules(image_field(catalogue, DREAMINA), png_of(tmp_path, *size)) == failing


@pytest.mark.parametrize(
    ("model_id", "inside", "outside"),
    [(SEEDANCE, 29_999_999, 30_000_000), (DREAMINA, 4_699_999, 4_700_000)],
)
def test_file_size_edges_in_decimal_megabytes(tmp_path, catalogue, model_id, inside, outside):
    field = image_field(catalogue, model_id)
    small = tmp_path / "inside.png"
    small.write_bytes(padded_png(400, 400, inside))
    big = tmp_path / "outside.png"
    big.write_bytes(padded_png(400, 400, outside))
    assert probe(small).file_size == inside
    assert failing_rules(field, probe(small)) == []
    assert failing_rules(field, probe(big)) == ["file_size_mb<"]


def test_dreamina_takes_jpeg_and_png_only(tmp_path, catalogue):
    field = image_field(catalogue, DREAMINA)
    for fmt, accepted in (("JPEG", True), ("PNG", True), ("WEBP", False), ("GIF", False)):
        path = save(Image.new("RGB", (400, 400)), tmp_path / f"a.{fmt.lower()}", fmt)
        assert (failing_rules(field, probe(path)) == []) is accepted, fmt


def test_a_rotated_file_is_checked_both_ways(tmp_path, catalogue):
    # Stored 3020 × 1000 (ratio 3.02, too wide for Dreamina), shown 1000 × 3020 (0.331, fine).
    path = save(
        Image.new("RGB", (3020, 1000)), tmp_path / "tall.jpg", "JPEG", exif=exif_with_orientation(6)
    )
    info = probe(path)
    assert (info.width, info.height) == (1000, 3020)
    assert failing_rules(image_field(catalogue, DREAMINA), info) == ["width/height<"]
