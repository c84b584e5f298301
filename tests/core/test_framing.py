"""Framing: a crop keeps exactly the region framed, a pad fills its bars as chosen, an
upscale lands on a sensible size, and every rule cell reads as the comparison it checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue, Field, ImageRule
from app.core.fixes import apply_fix, plan_fixes
from app.core.framing import Box, PadFill, centred_box, pad_image, parse_ratio
from app.core.framing_fixes import framed_crop, framing_ratio, with_fill
from app.core.images import ImageInfo, probe
from app.core.validation import check_image, check_rule
from tests.core.field_support import custom_field

CATALOGUE = Catalogue.load()
SEEDANCE = "bytedance/seedance-1-0/pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


def image_field(model_id: str) -> Field:
    return next(f for f in CATALOGUE.get(model_id).fields if f.is_image)


def upright(width: int, height: int, size: int = 1000) -> ImageInfo:
    return ImageInfo(
        source="", format="PNG", width=width, height=height, file_size=size,
        stored_width=width, stored_height=height,
    )  # fmt: skip


def pixels(image: Image.Image) -> bytes:
    return image.convert("RGB").tobytes()


@pytest.fixture
def lighthouse(tmp_path: Path) -> tuple[Path, Image.Image]:
    """A wide noisy picture (no two regions alike) too wide for Seedance (3:1)."""
    image = Image.effect_noise((1800, 600), 80).convert("RGB")
    image.paste((250, 240, 20), (1500, 100, 1560, 500))  # the lighthouse, far right
    path = tmp_path / "lighthouse.png"
    image.save(path)
    return path, image


# --- the crop keeps what was framed ---------------------------------------------------------


def test_a_framed_crop_is_exactly_the_chosen_region(lighthouse, tmp_path):
    path, image = lighthouse
    field = image_field(SEEDANCE)
    info = probe(path)
    ratio = framing_ratio(field, info, "16:9")
    assert ratio == pytest.approx(16 / 9)
    box = Box(1000, 150, 1000 + 640, 150 + 360)  # 16:9 around the lighthouse
    fix = framed_crop(field, info, box)
    assert fix is not None and (fix.target_width, fix.target_height) == (640, 360)
    out = apply_fix(fix, field, path, tmp_path / "out")
    with Image.open(out) as result:
        assert result.size == (640, 360)
        assert pixels(result) == pixels(image.crop(box.as_tuple()))
    assert not [c for c in check_image(field, probe(out)) if not c.passed]


def test_the_blind_centre_crop_would_have_cut_the_lighthouse_out(lighthouse):
    path, _ = lighthouse
    info = probe(path)
    centre = centred_box(info.width, info.height, 16 / 9)
    assert centre.right < 1500  # what the framing tool is for


def test_the_framing_ratio_is_the_setting_or_the_nearest_allowed_one(lighthouse):
    path, _ = lighthouse
    info = probe(path)
    seedance, dreamina = image_field(SEEDANCE), image_field(DREAMINA)
    # Seedance takes ratios strictly under 2.5: 3:1 comes down to just under it
    below = framing_ratio(seedance, info, None)
    assert 2.49 < below < 2.5
    assert framing_ratio(seedance, info, "adaptive") == below
    assert framing_ratio(seedance, info, "9:16") == pytest.approx(9 / 16)
    # Dreamina allows 3 exclusive, so 21:9 stays as asked
    assert framing_ratio(dreamina, info, "21:9") == pytest.approx(21 / 9)
    assert parse_ratio("adaptive") is None and parse_ratio("4:3") == pytest.approx(4 / 3)


def test_a_framed_region_outside_the_picture_is_refused(lighthouse):
    path, _ = lighthouse
    assert framed_crop(image_field(SEEDANCE), probe(path), Box(1500, 0, 2140, 360)) is None


def test_a_small_framed_region_is_scaled_up_to_the_minimum(lighthouse, tmp_path):
    path, image = lighthouse
    field = image_field(SEEDANCE)
    fix = framed_crop(field, probe(path), Box(0, 0, 160, 90))
    assert fix is not None
    assert fix.target_height > 300 and abs(fix.target_width / fix.target_height - 16 / 9) < 0.01
    out = apply_fix(fix, field, path, tmp_path)
    assert not [c for c in check_image(field, probe(out)) if not c.passed]


# --- pad fills ------------------------------------------------------------------------------


def two_colours() -> Image.Image:
    """Left half red, right half blue, a white top row and a green bottom row: 300 × 100."""
    image = Image.new("RGB", (300, 100), (220, 20, 20))
    image.paste((20, 20, 220), (150, 0, 300, 100))
    image.paste((255, 255, 255), (0, 0, 300, 1))
    image.paste((0, 200, 0), (0, 99, 300, 100))
    return image


def test_a_colour_pad_fills_the_bars_with_that_colour():
    padded = pad_image(two_colours(), (300, 200), PadFill.COLOUR, (10, 120, 200))
    assert padded.getpixel((0, 0)) == (10, 120, 200)
    assert padded.getpixel((299, 199)) == (10, 120, 200)
    assert padded.getpixel((10, 100)) == (220, 20, 20)  # the picture, centred


def test_a_mirror_pad_reflects_the_edges_outwards():
    padded = pad_image(two_colours(), (300, 200), PadFill.MIRROR)
    # the picture sits at rows 50..149: row 49 mirrors its top row, row 150 its bottom row
    assert padded.getpixel((10, 49)) == (255, 255, 255)
    assert padded.getpixel((10, 150)) == (0, 200, 0)
    assert padded.getpixel((10, 51)) == padded.getpixel((10, 48))
    assert padded.getpixel((290, 10)) == padded.getpixel((290, 89))  # blue stays on the right


def test_a_blur_pad_continues_the_colours_beside_it_softly():
    padded = pad_image(two_colours(), (300, 200), PadFill.BLUR)
    left, right = padded.getpixel((20, 10)), padded.getpixel((280, 10))
    assert isinstance(left, tuple) and isinstance(right, tuple)
    assert left[0] > left[2] + 60  # reddish above the red half
    assert right[2] > right[0] + 60  # bluish above the blue half
    middle = padded.getpixel((150, 10))
    assert isinstance(middle, tuple) and 60 < middle[0] < 200  # blended, not a hard edge


def test_a_pad_fix_with_a_fill_says_so_and_makes_a_passing_file(lighthouse, tmp_path):
    path, _ = lighthouse
    field = image_field(SEEDANCE)
    pad = next(f for f in plan_fixes(field, probe(path)) if f.kind == "pad_ratio")
    assert "black bars" in pad.description
    for fill in (PadFill.BLUR, PadFill.MIRROR):
        chosen = with_fill(pad, fill)
        assert fill.words in chosen.description and "black" not in chosen.description
        out = apply_fix(chosen, field, path, tmp_path)
        assert not [c for c in check_image(field, probe(out)) if not c.passed]
        with Image.open(out) as result:
            # The noise can be black at any one pixel: the filled band as a whole is not.
            band = result.convert("L").crop((0, 0, result.width, 40))
            assert band.getextrema()[1] > 40


# --- upscales ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "size", "expected"),
    [
        ((("width_pixels>", 300), ("height_pixels>", 300)), (200, 200), (304, 304)),
        ((("width_pixels>", 300), ("height_pixels>", 300)), (200, 100), (608, 304)),
        ((("width_pixels>", 320), ("height_pixels>", 320)), (100, 200), (336, 672)),
        ((("width_pixels>=", 512), ("height_pixels>=", 512)), (300, 400), (512, 680)),
        (
            (("width_pixels>", 300), ("height_pixels>", 300), ("width_pixels<=", 310)),
            (200, 200),
            (304, 304),
        ),
    ],
)
def test_an_upscale_goes_to_the_minimum_rounded_up_keeping_the_ratio(rules, size, expected):
    (fix,) = plan_fixes(custom_field(*rules), upright(*size))
    assert fix.kind == "upscale"
    assert (fix.target_width, fix.target_height) == expected
    assert fix.target_width / fix.target_height == pytest.approx(size[0] / size[1], rel=0.01)


def test_an_upscale_that_cannot_round_up_still_passes():
    field = custom_field(("width_pixels>", 300), ("width_pixels<", 303), ("height_pixels>", 10))
    (fix,) = plan_fixes(field, upright(200, 100))
    assert 300 < fix.target_width < 303


# --- rule cells read as the comparison checked -----------------------------------------------


@pytest.mark.parametrize(
    ("operator", "limit", "size", "actual", "shown_limit", "passed"),
    [
        ("width/height<", 2.5, (2499, 1000), "2.499", "less than 2.5", True),
        ("width/height<", 2.5, (24996, 10000), "2.4996", "less than 2.5", True),
        ("width/height<", 2.5, (2500, 1000), "2.5", "less than 2.5", False),
        ("width/height<=", 2.5, (2500, 1000), "2.5", "at most 2.5", True),
        ("width/height<=", 2.5, (25001, 10000), "2.5001", "at most 2.5", False),
        ("width/height>", 0.4, (400, 1000), "0.4", "more than 0.4", False),
        ("width/height>", 0.4, (40004, 100000), "0.40004", "more than 0.4", True),
        ("width/height>=", 0.4, (400, 1000), "0.4", "at least 0.4", True),
        ("width_pixels<", 6000, (5999, 10), "5999 px", "less than 6000 px", True),
        ("height_pixels>", 300, (10, 300), "300 px", "more than 300 px", False),
    ],
)
def test_each_rule_row_shows_the_comparison_it_checks(
    operator, limit, size, actual, shown_limit, passed
):
    check = check_rule(ImageRule(operator, limit, ""), upright(*size))
    assert (check.actual, check.limit, check.passed) == (actual, shown_limit, passed)


def test_a_file_just_under_the_size_limit_does_not_read_as_the_limit():
    check = check_rule(ImageRule("file_size_mb<", 30, ""), upright(10, 10, size=29_999_600))
    assert check.passed and check.actual == "29.9996 MB" and check.limit == "less than 30 MB"


def test_a_region_landing_exactly_on_a_strict_bound_loses_a_pixel_not_its_sharpness(
    lighthouse, tmp_path
):
    path, image = lighthouse
    field = image_field(SEEDANCE)
    box = Box(100, 100, 100 + 1000, 100 + 400)  # exactly 2.5, which Seedance refuses
    fix = framed_crop(field, probe(path), box)
    assert fix is not None and fix.box is not None
    assert (fix.target_width, fix.target_height) == (fix.box.width, fix.box.height) == (999, 400)
    out = apply_fix(fix, field, path, tmp_path)
    with Image.open(out) as result:
        assert pixels(result) == pixels(image.crop(fix.box.as_tuple()))
