"""Local images become data URIs within RunComfy's and the model's limits; URLs pass as given."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from app.api.encoding import MAX_IMAGE_BYTES, encode_inputs, encode_inputs_async
from app.core.errors import ImageError, ValidationError

LITE = "bytedance/seedance-1-0/lite/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


def decode(uri: str) -> tuple[str, bytes]:
    header, _, payload = uri.partition(",")
    assert header.endswith(";base64")
    return header[len("data:") : -len(";base64")], base64.b64decode(payload)


def photo(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    image = Image.new("RGB", size, (40, 120, 200))
    for x in range(0, size[0], 50):
        image.paste((230, 200, 60), (x, 0, x + 25, size[1] // 2))
    return image if mode == "RGB" else image.convert(mode)


def noise(size: tuple[int, int]) -> Image.Image:
    return Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))


def lite(model_file: str) -> dict:
    return {"prompt": "Waves at dusk", "first_frame_image_url": model_file}


def test_a_compliant_jpeg_is_sent_byte_for_byte(catalogue, tmp_path):
    path = tmp_path / "frame.jpg"
    photo((800, 600)).save(path, quality=90)
    body, summary = encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
    mime, data = decode(body["first_frame_image_url"])
    assert (mime, data) == ("image/jpeg", path.read_bytes())
    assert summary["first_frame_image_url"].startswith("data:image/jpeg, ")
    assert str(path) in summary["first_frame_image_url"]
    assert "re-encoded" not in summary["first_frame_image_url"]
    assert body["prompt"] == summary["prompt"] == "Waves at dusk"


def test_exif_rotation_is_baked_in(catalogue, tmp_path):
    path = tmp_path / "portrait.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    photo((800, 600)).save(path, exif=exif, quality=90)
    body, summary = encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
    _mime, data = decode(body["first_frame_image_url"])
    sent = Image.open(io.BytesIO(data))
    assert sent.size == (600, 800)
    assert sent.getexif().get(0x0112, 1) == 1
    assert "EXIF rotation applied" in summary["first_frame_image_url"]


def test_cmyk_and_16_bit_images_are_converted(catalogue, tmp_path):
    cmyk = tmp_path / "print.jpg"
    photo((800, 600), "CMYK").save(cmyk, quality=90)
    deep = tmp_path / "deep.png"
    Image.new("I;16", (640, 480), 40000).save(deep)
    for path, mime in ((cmyk, "image/jpeg"), (deep, "image/png")):
        body, _ = encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
        sent_mime, data = decode(body["first_frame_image_url"])
        sent = Image.open(io.BytesIO(data))
        assert sent_mime == mime
        assert sent.mode in ("RGB", "L")
        if mime == "image/png":
            assert data[24] == 8  # bit depth in the PNG header


def test_a_file_over_6_mib_is_recompressed_under_it(catalogue, tmp_path):
    path = tmp_path / "huge.png"
    noise((1500, 1500)).save(path, compress_level=1)
    assert path.stat().st_size > MAX_IMAGE_BYTES
    body, summary = encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
    mime, data = decode(body["first_frame_image_url"])
    assert mime == "image/jpeg"
    assert len(data) <= MAX_IMAGE_BYTES
    assert Image.open(io.BytesIO(data)).size == (1500, 1500)
    assert "over the" in summary["first_frame_image_url"]


def test_dreamina_gets_jpeg_or_png_within_its_own_size_limit(catalogue, tmp_path):
    webp = tmp_path / "still.webp"
    photo((900, 700)).save(webp)
    big = tmp_path / "big.png"
    noise((1400, 1400)).save(big, compress_level=1)
    model = catalogue.get(DREAMINA)
    for path in (webp, big):
        body, summary = encode_inputs(
            model, {"prompt": "Slow pan", "image_urls": [str(path)]}, workdir=tmp_path
        )
        (uri,) = body["image_urls"]
        mime, data = decode(uri)
        assert mime in ("image/jpeg", "image/png")
        assert len(data) < 4_700_000
        assert summary["image_urls"][0].startswith(f"data:{mime}, ")


def test_transparency_is_kept_as_png(catalogue, tmp_path):
    path = tmp_path / "cutout.webp"
    image = photo((640, 480)).convert("RGBA")
    image.putalpha(128)
    image.save(path)
    body, _ = encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
    mime, data = decode(body["first_frame_image_url"])
    assert mime == "image/png"
    assert Image.open(io.BytesIO(data)).mode == "RGBA"


def test_urls_pass_unchanged_and_relative_paths_use_the_workdir(catalogue, tmp_path):
    (tmp_path / "shots").mkdir()
    photo((640, 480)).save(tmp_path / "shots" / "a.png")
    values = {
        "prompt": "x",
        "first_frame_image_url": "https://example.com/first.png",
        "last_frame_image_url": "shots/a.png",
    }
    body, summary = encode_inputs(catalogue.get(LITE), values, workdir=tmp_path)
    assert (
        body["first_frame_image_url"]
        == summary["first_frame_image_url"]
        == values["first_frame_image_url"]
    )
    assert body["last_frame_image_url"].startswith("data:image/png;base64,")
    assert "base64" not in str(summary)
    assert str(tmp_path / "shots" / "a.png") in summary["last_frame_image_url"]


def test_a_missing_file_names_the_field_and_the_path(catalogue, tmp_path):
    with pytest.raises(ImageError, match=r"does not exist") as caught:
        encode_inputs(catalogue.get(LITE), lite(str(tmp_path / "gone.png")), workdir=tmp_path)
    assert "gone.png" in str(caught.value)


def test_a_file_that_is_not_an_image_is_refused(catalogue, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    with pytest.raises(ImageError, match="not an image"):
        encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)


def test_an_image_breaking_the_models_rules_is_never_sent(catalogue, tmp_path):
    path = tmp_path / "tiny.png"
    photo((200, 200)).save(path)
    with pytest.raises(ValidationError) as caught:
        encode_inputs(catalogue.get(LITE), lite(str(path)), workdir=tmp_path)
    assert caught.value.problems[0].field == "first_frame_image_url"
    assert "200 px" in str(caught.value)


def test_field_rules_are_checked_before_any_file_is_read(catalogue, tmp_path):
    with pytest.raises(ValidationError, match="resolution"):
        encode_inputs(
            catalogue.get(LITE),
            {**lite(str(tmp_path / "never-read.png")), "resolution": "4k"},
            workdir=tmp_path,
        )


async def test_encoding_runs_in_a_worker_thread(catalogue, tmp_path):
    path = tmp_path / "frame.png"
    photo((640, 480)).save(path)
    body, _ = await encode_inputs_async(catalogue.get(LITE), lite(str(path)), workdir=Path("/"))
    assert decode(body["first_frame_image_url"])[1] == path.read_bytes()


def test_a_frame_sent_again_is_not_encoded_again(catalogue, tmp_path):
    first, second = tmp_path / "take 1" / "frame.png", tmp_path / "take 2" / "frame.png"
    for path in (first, second):
        path.parent.mkdir()
        photo((640, 360)).save(path)
    model = catalogue.get(LITE)
    body, summary = encode_inputs(model, lite(str(first)), workdir=tmp_path)
    again, again_summary = encode_inputs(model, lite(str(second)), workdir=tmp_path)
    assert again["first_frame_image_url"] is body["first_frame_image_url"]
    assert str(second) in again_summary["first_frame_image_url"]
    assert str(first) not in again_summary["first_frame_image_url"]
    assert again_summary["first_frame_image_url"].startswith("data:image/png, ")


def test_an_edited_frame_is_sent_as_it_is_now_even_with_the_same_size_and_time(catalogue, tmp_path):
    # Uncompressed PNGs of one size have one file size: only the pixels differ.
    path = tmp_path / "frame.png"
    photo((480, 320)).save(path, compress_level=0)
    stamp = path.stat()
    model = catalogue.get(LITE)
    before, _ = encode_inputs(model, lite(str(path)), workdir=tmp_path)
    edited = photo((480, 320))
    edited.paste((200, 30, 30), (0, 0, 240, 160))
    edited.save(path, compress_level=0)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    after, _ = encode_inputs(model, lite(str(path)), workdir=tmp_path)
    assert decode(after["first_frame_image_url"])[1] == path.read_bytes()
    assert after["first_frame_image_url"] != before["first_frame_image_url"]
