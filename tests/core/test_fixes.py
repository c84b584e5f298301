"""The fixers: every offered fix makes the image pass every rule, and the original is untouched.

Every image is made by the test itself with Pillow or as raw bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue, Field
from app.core.errors import ImageError
from app.core.fixes import Fix, apply_fix, plan_fixes
from app.core.images import probe
from app.core.validation import check_image
from tests.core.field_support import custom_field

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
V15 = "bytedance/seedance-v1.5-pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"

CATALOGUE = Catalogue.load()
SEEDANCE_FIELDS = [
    (model.model_id, field.name)
    for model in CATALOGUE
    if model.model_id in (PRO, LITE, V15)
    for field in model.fields
    if field.is_image
]


def field_of(model_id: str, name: str | None = None) -> Field:
    fields = [f for f in CATALOGUE.get(model_id).fields if f.is_image]
    return next(f for f in fields if name is None or f.name == name)


# --- the images -----------------------------------------------------------------------------


def picture(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """A smooth picture (compresses like a photo, encodes fast) with a corner marker."""
    gradient = Image.linear_gradient("L").resize((width, height))
    image = Image.merge(
        "RGB", (gradient, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), gradient)
    )
    if mode == "RGBA":
        image.putalpha(gradient)
    return image


def noise(width: int, height: int) -> Image.Image:
    """Random pixels: no encoder can shrink them much."""
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def exif_orientation(value: int) -> Image.Exif:
    exif = Image.Exif()
    exif[274] = value
    return exif


def header_only_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


SOURCES = {
    # name: (how to make it, file format)
    "wide-6000": (lambda: picture(6000, 2401), "JPEG"),
    "tall-6000": (lambda: picture(2401, 6000), "JPEG"),
    "narrow-300": (lambda: picture(300, 400), "PNG"),
    "short-300": (lambda: picture(400, 300), "PNG"),
    "ratio-2.5": (lambda: picture(1000, 400), "JPEG"),
    "ratio-0.4": (lambda: picture(400, 1000), "PNG"),
    "panorama": (lambda: picture(7000, 1000), "JPEG"),
    "tiny-strip": (lambda: picture(200, 50), "PNG"),
    "bitmap-30mb": (lambda: picture(3200, 3200), "BMP"),
    "wide-4097": (lambda: picture(4097, 2000), "PNG"),
    "tall-4097": (lambda: picture(2000, 4097), "PNG"),
    "narrow-320": (lambda: picture(320, 500), "JPEG"),
    "short-320": (lambda: picture(500, 320), "JPEG"),
    "ratio-3": (lambda: picture(1500, 500), "JPEG"),
    "ratio-0.33": (lambda: picture(330, 1000), "PNG"),
    "noise-5mb": (lambda: noise(1300, 1300), "PNG"),
    "webp": (lambda: picture(400, 400), "WEBP"),
    "gif": (lambda: picture(400, 400), "GIF"),
    "webp-alpha": (lambda: picture(400, 400, "RGBA"), "WEBP"),
    "fine": (lambda: picture(1280, 720), "JPEG"),
}

SEEDANCE_CASES = {
    "wide-6000": {"downscale"},
    "tall-6000": {"downscale"},
    "narrow-300": {"upscale"},
    "short-300": {"upscale"},
    "ratio-2.5": {"crop_ratio", "pad_ratio"},
    "ratio-0.4": {"crop_ratio", "pad_ratio"},
    "panorama": {"crop_ratio", "pad_ratio"},
    "tiny-strip": {"crop_ratio", "pad_ratio"},
    "bitmap-30mb": {"reencode"},
}
DREAMINA_CASES = {
    "wide-4097": {"downscale"},
    "tall-4097": {"downscale"},
    "narrow-320": {"upscale"},
    "short-320": {"upscale"},
    "ratio-3": {"crop_ratio", "pad_ratio"},
    "ratio-0.33": {"crop_ratio", "pad_ratio"},
    "panorama": {"crop_ratio", "pad_ratio"},
    "wide-6000": {"downscale"},
    "noise-5mb": {"reencode"},
    "webp": {"convert_format"},
    "gif": {"convert_format"},
    "webp-alpha": {"convert_format"},
}


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    """Each source image, made on first use and shared by the module."""
    folder = tmp_path_factory.mktemp("originals")
    made: dict[str, Path] = {}

    class Lazy(dict):
        def __missing__(self, name: str) -> Path:
            make, fmt = SOURCES[name]
            path = folder / f"{name}.{fmt.lower()}"
            make().save(path, fmt)
            made[name] = path
            self[name] = path
            return path

    return Lazy()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def failing(field: Field, path: Path) -> list[str]:
    return [c.message for c in check_image(field, probe(path)) if not c.passed]


def assert_fixes_work(field: Field, original: Path, fixes: list[Fix], out: Path) -> None:
    before = digest(original)
    neighbours = sorted(original.parent.iterdir())
    for fix in fixes:
        fixed = apply_fix(fix, field, original, out)
        assert failing(field, fixed) == [], (fix, failing(field, fixed))
        assert re.fullmatch(rf"{re.escape(original.stem)}-fixed-{fix.kind}\.(jpg|png)", fixed.name)
        result = probe(fixed)
        assert result.format == fix.target_format
        assert result.orientation == 1
        assert result.frame_count == 1
        if fix.kind != "reencode":
            assert (result.width, result.height) == (fix.target_width, fix.target_height)
        assert f"{fix.target_width} × {fix.target_height}" in fix.title or fix.kind in (
            "reencode",
            "convert_format",
        )
        assert fix.description.endswith(".") and fix.description[0].isupper()
    assert digest(original) == before
    assert sorted(original.parent.iterdir()) == neighbours


# --- every rule of every model --------------------------------------------------------------


@pytest.mark.parametrize(("model_id", "field_name"), SEEDANCE_FIELDS)
@pytest.mark.parametrize("case", sorted(SEEDANCE_CASES))
def test_seedance_fixes_pass_every_rule(sources, tmp_path, model_id, field_name, case):
    field = field_of(model_id, field_name)
    original = sources[case]
    assert failing(field, original)
    fixes = plan_fixes(field, probe(original))
    assert {fix.kind for fix in fixes} == SEEDANCE_CASES[case]
    assert_fixes_work(field, original, fixes, tmp_path)


@pytest.mark.parametrize("case", sorted(DREAMINA_CASES))
def test_dreamina_fixes_pass_every_rule(sources, tmp_path, case):
    field = field_of(DREAMINA)
    original = sources[case]
    assert failing(field, original)
    fixes = plan_fixes(field, probe(original))
    assert {fix.kind for fix in fixes} == DREAMINA_CASES[case]
    assert_fixes_work(field, original, fixes, tmp_path)


@pytest.mark.parametrize("case", ["panorama", "tiny-strip", "webp", "gif", "bitmap-30mb"])
def test_the_reference_model_has_no_image_rules_so_nothing_to_fix(sources, case):
    field = field_of(REF)
    assert failing(field, sources[case]) == []
    assert plan_fixes(field, probe(sources[case])) == []


@pytest.mark.parametrize("model_id", [PRO, LITE, V15, REF, DREAMINA])
def test_a_passing_image_gets_no_fixes(sources, model_id):
    for field in (f for f in CATALOGUE.get(model_id).fields if f.is_image):
        assert plan_fixes(field, probe(sources["fine"])) == []


# --- what the fixes promise -----------------------------------------------------------------


def test_titles_and_descriptions_say_what_will_change(sources):
    seedance = field_of(PRO)
    (downscale,) = plan_fixes(seedance, probe(sources["wide-6000"]))
    assert downscale.title == "Downscale to 5999 × 2401"
    assert downscale.description == (
        "Scales the image down to 5999 × 2401 px so that each side is less than 6000 px and "
        "more than 300 px, saved as a new JPEG file under 30 MB."
    )
    crop, pad = plan_fixes(seedance, probe(sources["ratio-2.5"]))
    assert (crop.kind, crop.title) == ("crop_ratio", "Crop to 999 × 400")
    assert "left and right edges" in crop.description
    assert (pad.kind, pad.title) == ("pad_ratio", "Pad to 1000 × 401")
    assert "black bars above and below" in pad.description
    (reencode,) = plan_fixes(field_of(DREAMINA), probe(sources["noise-5mb"]))
    assert (reencode.title, reencode.target_format) == ("Re-encode to JPEG under 4.7 MB", "JPEG")
    (convert,) = plan_fixes(field_of(DREAMINA), probe(sources["webp-alpha"]))
    assert (convert.title, convert.target_format) == ("Convert to PNG", "PNG")


def test_ratio_fixes_land_strictly_inside_the_bounds(sources):
    dreamina = field_of(DREAMINA)
    crop, pad = plan_fixes(dreamina, probe(sources["ratio-3"]))
    # 1500 × 500 is exactly 3: the crop takes the largest width under 3, the pad the
    # smallest height that gets under it.
    assert (crop.target_width, crop.target_height) == (1499, 500)
    assert (pad.target_width, pad.target_height) == (1500, 501)
    crop, pad = plan_fixes(dreamina, probe(sources["ratio-0.33"]))
    assert (crop.target_width, crop.target_height) == (330, 999)
    assert (pad.target_width, pad.target_height) == (331, 1000)


def test_a_fix_of_a_transparent_image_keeps_it_transparent(tmp_path):
    sticker = picture(1500, 500, "RGBA")
    sticker.putalpha(0)
    sticker.paste((255, 0, 0, 255), (600, 200, 900, 300))
    original = tmp_path / "sticker.png"
    sticker.save(original)
    field = field_of(DREAMINA)
    fixes = {fix.kind: fix for fix in plan_fixes(field, probe(original))}
    assert {fix.target_format for fix in fixes.values()} == {"PNG"}
    assert "transparent bars" in fixes["pad_ratio"].description
    padded = Image.open(apply_fix(fixes["pad_ratio"], field, original, tmp_path / "out"))
    assert padded.mode == "RGBA"
    assert padded.getpixel((0, 0))[3] == 0
    assert padded.getpixel((750, 250)) == (255, 0, 0, 255)


def test_a_rotated_photo_is_saved_upright(tmp_path):
    # Stored 3020 × 1000 (too wide for Dreamina), shown 1000 × 3020 (fine): only the
    # rotation is wrong, so the fix writes the rotation into the pixels.
    original = tmp_path / "phone.jpg"
    stored = Image.new("RGB", (3020, 1000), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 1510, 1000))
    stored.save(original, "JPEG", exif=exif_orientation(6))
    field = field_of(DREAMINA)
    (fix,) = plan_fixes(field, probe(original))
    assert (fix.kind, fix.title) == ("reencode", "Save upright")
    assert (fix.target_width, fix.target_height) == (1000, 3020)
    fixed = apply_fix(fix, field, original, tmp_path / "out")
    result = probe(fixed)
    assert (result.width, result.height, result.orientation) == (1000, 3020, 1)
    with Image.open(fixed) as image:
        red, green, blue = image.getpixel((500, 100))
        assert red > 200 and blue < 60


def test_fixing_twice_never_overwrites(sources, tmp_path):
    field = field_of(PRO)
    original = sources["narrow-300"]
    (fix,) = plan_fixes(field, probe(original))
    first = apply_fix(fix, field, original, tmp_path)
    first_bytes = first.read_bytes()
    second = apply_fix(fix, field, original, tmp_path)
    third = apply_fix(fix, field, original, tmp_path)
    assert [first.name, second.name, third.name] == [
        "narrow-300-fixed-upscale.png",
        "narrow-300-fixed-upscale-2.png",
        "narrow-300-fixed-upscale-3.png",
    ]
    assert first.read_bytes() == first_bytes


def test_a_fix_that_would_not_pass_leaves_nothing_behind(sources, tmp_path):
    field = field_of(PRO)
    wrong = Fix("downscale", "Downscale to 7000 × 1000", "Too wide.", 7000, 1000, "JPEG")
    with pytest.raises(
        ImageError, match=r"The fixed copy of ratio-2\.5\.jpeg still fails: Width is 7000 px"
    ):
        apply_fix(wrong, field, sources["ratio-2.5"], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_oversized_jpeg_is_fixed_through_reduced_scale_decoding(tmp_path):
    # 10000 × 8200 is above the decoding cap; at half scale it is not.
    (tmp_path / "in").mkdir()
    original = tmp_path / "in" / "scan.jpg"
    Image.linear_gradient("L").resize((10000, 8200)).save(original, "JPEG", quality=80)
    field = field_of(DREAMINA)
    (fix,) = plan_fixes(field, probe(original))
    assert (fix.kind, fix.target_width, fix.target_height) == ("downscale", 4096, 3359)
    assert_fixes_work(field, original, [fix], tmp_path / "out")


def test_images_too_large_to_decode_get_no_fixes(tmp_path):
    original = tmp_path / "bomb.png"
    original.write_bytes(header_only_png(100_000, 100_000))
    field = field_of(PRO)
    assert failing(field, original)
    assert plan_fixes(field, probe(original)) == []


def test_rules_that_cannot_be_fixed_offer_nothing(sources):
    unknown = custom_field(("megapixels<", 1))
    assert plan_fixes(unknown, probe(sources["wide-6000"])) == []
    bigger = custom_field(("file_size_mb>", 50))
    assert plan_fixes(bigger, probe(sources["fine"])) == []


def test_inclusive_bounds_are_reached_exactly(sources, tmp_path):
    field = custom_field(("width_pixels<=", 1000), ("height_pixels>=", 500), ("width/height<=", 2))
    (fix,) = plan_fixes(field, probe(sources["fine"]))
    assert (fix.kind, fix.target_width, fix.target_height) == ("downscale", 1000, 562)
    crop, pad = plan_fixes(field, probe(sources["ratio-2.5"]))
    # 1000 × 400: the height must grow to 500, and the ratio may be exactly 2
    assert (crop.target_width, crop.target_height) == (1000, 500)
    assert (pad.target_width, pad.target_height) == (1000, 500)
    assert_fixes_work(field, sources["ratio-2.5"], [crop, pad], tmp_path)
