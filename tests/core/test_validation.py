"""Field rules, image rules (each limit just inside and just outside), advice, request bodies."""

from __future__ import annotations

import pytest

from app.core.catalogue import Catalogue
from app.core.errors import ValidationError
from app.core.images import ImageInfo
from app.core.validation import (
    Severity,
    advice,
    build_request_body,
    check_image,
    coerce,
    image_problems,
    validate_values,
)

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
V15 = "bytedance/seedance-v1.5-pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


def minimal(model_id: str) -> dict:
    return {
        PRO: {"prompt": "a", "first_frame_image_url": "a.png"},
        LITE: {"prompt": "a", "first_frame_image_url": "a.png"},
        V15: {"prompt": "a", "first_frame_image_url": "a.png"},
        REF: {"text": "a", "images": ["a.png"]},
        DREAMINA: {"prompt": "a", "image_urls": ["a.png"]},
    }[model_id]


def rules(problems):
    return sorted((p.field, p.rule) for p in problems)


@pytest.mark.parametrize("model_id", [PRO, LITE, V15, REF, DREAMINA])
def test_minimal_inputs_are_valid_and_empty_inputs_name_each_required_field(cat, model_id):
    model = cat.get(model_id)
    assert validate_values(model, minimal(model_id)) == []
    missing = validate_values(model, {})
    assert rules(missing) == sorted((f.name, "required") for f in model.fields if f.required)
    assert all("required" in p.message for p in missing)


@pytest.mark.parametrize(
    ("model_id", "field", "limit"),
    [(LITE, "prompt", 1900), (REF, "text", 500), (DREAMINA, "prompt", 800)],
)
def test_max_length_counts_characters_not_bytes(cat, model_id, field, limit):
    model = cat.get(model_id)
    values = minimal(model_id)
    values[field] = "é" * limit  # two bytes each in UTF-8: still `limit` characters
    assert validate_values(model, values) == []
    values[field] = "é" * (limit + 1)
    [problem] = validate_values(model, values)
    assert (problem.field, problem.rule, problem.actual, problem.limit) == (
        field,
        "maxLength",
        limit + 1,
        limit,
    )
    assert f"{limit + 1} characters" in problem.message and str(limit) in problem.message


@pytest.mark.parametrize(
    ("model_id", "ok", "bad"),
    [
        (PRO, [2, 12], [1, 13]),
        (LITE, [5, 10], [6, 2]),
        (V15, [4, 12], [3, 13]),
        (REF, [2, 12], [1, 13]),
    ],
)
def test_duration_just_inside_and_outside(cat, model_id, ok, bad):
    model = cat.get(model_id)
    for value in ok:
        assert validate_values(model, {**minimal(model_id), "duration": value}) == []
    for value in bad:
        [problem] = validate_values(model, {**minimal(model_id), "duration": value})
        assert problem.rule == "enum" and f"{value} s is not offered" in problem.message


def test_types_are_strict(cat):
    model = cat.get(V15)
    base = minimal(V15)
    assert rules(validate_values(model, {**base, "duration": "5"})) == [("duration", "type")]
    assert rules(validate_values(model, {**base, "duration": True})) == [("duration", "type")]
    assert rules(validate_values(model, {**base, "generate_audio": "yes"})) == [
        ("generate_audio", "type")
    ]
    assert rules(validate_values(model, {**base, "resolution": "4k"})) == [("resolution", "enum")]
    assert rules(validate_values(model, {**base, "resolution": "1080p", "ratio": "21:9"})) == []
    ref = cat.get(REF)
    assert rules(validate_values(ref, {**minimal(REF), "ratio": "adaptive"})) == [("ratio", "enum")]
    assert rules(validate_values(ref, {**minimal(REF), "resolution": "1080p"})) == [
        ("resolution", "enum")
    ]
    assert rules(validate_values(ref, {**minimal(REF), "seed": 1.5})) == [("seed", "type")]
    assert validate_values(ref, {**minimal(REF), "seed": 2**31 - 1}) == []


def test_image_list_item_counts(cat):
    ref = cat.get(REF)
    for count in (1, 4):
        assert validate_values(ref, {"text": "a", "images": ["a.png"] * count}) == []
    assert rules(validate_values(ref, {"text": "a", "images": ["a.png"] * 5})) == [
        ("images", "maxItems")
    ]
    assert rules(validate_values(ref, {"text": "a", "images": []})) == [("images", "required")]
    dreamina = cat.get(DREAMINA)
    [problem] = validate_values(dreamina, {"prompt": "a", "image_urls": ["a.png", "b.png"]})
    assert problem.rule == "maxItems" and "at most 1" in problem.message


def test_unknown_keys_and_bad_urls(cat):
    model = cat.get(PRO)
    [unknown] = validate_values(model, {**minimal(PRO), "fps": 30})
    assert (unknown.field, unknown.rule) == ("fps", "unknown")
    [bad] = validate_values(model, {**minimal(PRO), "first_frame_image_url": "ftp://x/y.png"})
    assert bad.rule == "url" and "not ftp" in bad.message
    [bad] = validate_values(model, {**minimal(PRO), "first_frame_image_url": "https://"})
    assert bad.rule == "url"


def info(width, height, size=1_000_000, fmt="PNG", orientation=1):
    stored = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    return ImageInfo("x", fmt, width, height, size, "RGB", 1, orientation, *stored)


SEEDANCE_EDGES = [
    (info(301, 301), True),
    (info(300, 400), False),  # width_pixels> 300: 300 is not more than 300
    (info(400, 300), False),
    (info(5999, 5999), True),
    (info(6000, 5000), False),  # width_pixels< 6000
    (info(5000, 6000), False),
    (info(1000, 2499), True),  # ratio 0.4002
    (info(1000, 2500), False),  # ratio exactly 0.4: must be more than 0.4
    (info(2499, 1000), True),
    (info(2500, 1000), False),  # ratio exactly 2.5: must be less than 2.5
    (info(1000, 1000, size=29_999_999), True),
    (info(1000, 1000, size=30_000_000), False),  # 30 MB in decimal megabytes
]


@pytest.mark.parametrize("model_id", [PRO, LITE, V15])
@pytest.mark.parametrize(("image", "accepted"), SEEDANCE_EDGES)
def test_seedance_image_limits_just_inside_and_outside(cat, model_id, image, accepted):
    field = cat.get(model_id).field("first_frame_image_url")
    assert all(c.passed for c in check_image(field, image)) is accepted
    assert (image_problems(field, image) == []) is accepted


DREAMINA_EDGES = [
    (info(4096, 4096, size=4_000_000), True),  # width_pixels<= 4096
    (info(4097, 2000), False),
    (info(321, 321), True),
    (info(320, 500), False),  # width_pixels> 320
    (info(2999, 1000), True),
    (info(3000, 1000), False),  # width/height< 3
    (info(331, 1000), True),  # 0.331
    (info(330, 1000), False),  # 0.33 is not more than 0.33
    (info(1000, 1000, size=4_699_999), True),
    (info(1000, 1000, size=4_700_000), False),
    (info(1000, 1000, fmt="JPEG"), True),
    (info(1000, 1000, fmt="WEBP"), False),  # JPEG or PNG only, judged by content
    (info(1000, 1000, fmt="GIF"), False),
]


@pytest.mark.parametrize(("image", "accepted"), DREAMINA_EDGES)
def test_dreamina_image_limits_just_inside_and_outside(cat, image, accepted):
    field = cat.get(DREAMINA).field("image_urls")
    assert (image_problems(field, image, item=0) == []) is accepted


def test_a_check_row_names_the_rule_the_actual_value_and_the_limit(cat):
    field = cat.get(PRO).field("first_frame_image_url")
    rows = {c.rule: c for c in check_image(field, info(7000, 2000, size=31_000_000))}
    width = rows["width_pixels<"]
    assert not width.passed and width.actual == "7000 px" and width.limit == "less than 6000 px"
    assert width.message == "Width is 7000 px; it must be less than 6000 px."
    assert rows["height_pixels<"].passed
    assert not rows["file_size_mb<"].passed and rows["file_size_mb<"].actual == "31.00 MB"
    assert not rows["width/height<"].passed
    [fmt] = [
        c
        for c in check_image(cat.get(DREAMINA).field("image_urls"), info(900, 900, fmt="WEBP"))
        if c.rule == "format"
    ]
    assert fmt.message == "Format is WEBP; this model takes JPEG or PNG only."


def test_a_rotated_image_must_pass_both_ways(cat):
    field = cat.get(DREAMINA).field("image_urls")
    # Displayed 1000x3100 would fail; stored 3100x1000 would fail too: either reading fails.
    upright = info(2900, 1000)
    assert image_problems(field, upright) == []
    # Displayed 1000x2900 (ratio 0.345, fine) but stored 2900x1000 (ratio 2.9, fine too).
    assert image_problems(field, info(1000, 2900, orientation=6)) == []
    # Displayed 1000x3010 -> 0.332 passes ">0.33", but stored 3010x1000 -> 3.01 breaks "<3".
    problems = image_problems(field, info(1000, 3010, orientation=6))
    assert [p.rule for p in problems] == ["width/height<"]
    assert "stored rotated" in problems[0].message


def test_advice_warns_without_blocking(cat):
    lite = cat.get(LITE)
    values = {**minimal(LITE), "last_frame_image_url": "b.png", "resolution": "1080p"}
    [warning] = advice(lite, values)
    assert warning.severity is Severity.WARNING and not warning.blocking
    assert warning.field == "last_frame_image_url" and "no effect at 1080p" in warning.message
    assert advice(lite, {**values, "resolution": "720p"}) == []
    assert advice(lite, {**minimal(LITE), "resolution": "1080p"}) == []
    v15 = cat.get(V15)
    assert advice(v15, {**minimal(V15), "prompt": "x" * 500}) == []
    [long] = advice(v15, {**minimal(V15), "prompt": "x" * 501})
    assert long.rule == "advisory_max_length" and "under 500" in long.message
    assert validate_values(v15, {**minimal(V15), "prompt": "x" * 5000}) == []


def test_request_body_is_typed_minimal_and_encodes_images(cat):
    dreamina = cat.get(DREAMINA)
    body = build_request_body(
        dreamina,
        {"prompt": "hello", "image_urls": ["/tmp/a.png"], "frames": 241, "seed": None},
        encode_image=lambda field, value: f"data:{field.name}:{value}",
    )
    assert body == {"prompt": "hello", "image_urls": ["data:image_urls:/tmp/a.png"], "frames": 241}
    assert "seed" not in body  # left unset, so left out; the sample image never sent unasked
    v15 = cat.get(V15)
    body = build_request_body(
        v15,
        {"prompt": "p", "first_frame_image_url": "https://x.test/a.png", "generate_audio": False},
    )
    assert body == {
        "prompt": "p",
        "first_frame_image_url": "https://x.test/a.png",
        "generate_audio": False,
    }
    with pytest.raises(ValidationError) as raised:
        build_request_body(v15, {"prompt": "p", "first_frame_image_url": "a.png", "fps": 3})
    assert "fps: " in str(raised.value)


def test_coerce_reads_typed_in_text(cat):
    v15 = cat.get(V15)
    assert coerce(v15.field("duration"), "7") == 7
    assert coerce(v15.field("generate_audio"), "false") is False
    assert coerce(v15.field("prompt"), "12") == "12"
    with pytest.raises(ValueError, match="duration: 'five' is not a whole number"):
        coerce(v15.field("duration"), "five")
    with pytest.raises(ValueError, match="not true or false"):
        coerce(v15.field("camera_fixed"), "maybe")
