"""The catalogue carries RunComfy's published schemas faithfully and describes every field."""

from __future__ import annotations

import json

import pytest

from app.core.catalogue import Catalogue, FieldKind, describe_field, model_from_document
from app.core.errors import CatalogueError

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
V15 = "bytedance/seedance-v1.5-pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"

SEEDANCE_RULES = [
    ("width_pixels<", 6000),
    ("height_pixels<", 6000),
    ("width_pixels>", 300),
    ("height_pixels>", 300),
    ("width/height>", 0.4),
    ("width/height<", 2.5),
    ("file_size_mb<", 30),
]
DREAMINA_RULES = [
    ("file_size_mb<", 4.7),
    ("width_pixels<=", 4096),
    ("height_pixels<=", 4096),
    ("width_pixels>", 320),
    ("height_pixels>", 320),
    ("width/height<", 3),
    ("width/height>", 0.33),
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def test_the_five_models_in_order(catalogue):
    assert [m.model_id for m in catalogue] == [PRO, LITE, V15, REF, DREAMINA]
    assert [m.display_name for m in catalogue] == [
        "Seedance 1.0 Pro",
        "Seedance 1.0 Lite",
        "Seedance 1.5 Pro",
        "Seedance 1.0 Lite Reference",
        "Dreamina 3.0 Pro",
    ]
    assert set(catalogue.families()) == {"Seedance", "Dreamina"}


# What the published pages say, field by field: (name, kind, required, default, choices, maxLength)
PUBLISHED = {
    PRO: [
        ("prompt", FieldKind.PROMPT, True, None, (), None),
        ("resolution", FieldKind.CHOICE, False, "480p", ("480p", "720p", "1080p"), None),
        ("first_frame_image_url", FieldKind.IMAGE, True, None, (), None),
        (
            "ratio",
            FieldKind.CHOICE,
            False,
            "adaptive",
            ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"),
            None,
        ),
        ("duration", FieldKind.INT_CHOICE, False, 5, tuple(range(2, 13)), None),
    ],
    LITE: [
        ("prompt", FieldKind.PROMPT, True, None, (), 1900),
        ("first_frame_image_url", FieldKind.IMAGE, True, None, (), None),
        ("last_frame_image_url", FieldKind.IMAGE, False, None, (), None),
        ("resolution", FieldKind.CHOICE, False, "480p", ("480p", "720p", "1080p"), None),
        ("duration", FieldKind.INT_CHOICE, False, 5, (5, 10), None),
    ],
    V15: [
        ("prompt", FieldKind.PROMPT, True, None, (), None),
        ("first_frame_image_url", FieldKind.IMAGE, True, None, (), None),
        ("resolution", FieldKind.CHOICE, False, "480p", ("480p", "720p", "1080p"), None),
        (
            "ratio",
            FieldKind.CHOICE,
            False,
            "adaptive",
            ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"),
            None,
        ),
        ("duration", FieldKind.INT_CHOICE, False, 5, tuple(range(4, 13)), None),
        ("generate_audio", FieldKind.BOOLEAN, False, True, (), None),
        ("camera_fixed", FieldKind.BOOLEAN, False, True, (), None),
    ],
    REF: [
        ("text", FieldKind.PROMPT, True, None, (), 500),
        ("images", FieldKind.IMAGE_LIST, True, None, (), None),
        ("resolution", FieldKind.CHOICE, False, "480p", ("480p", "720p"), None),
        (
            "ratio",
            FieldKind.CHOICE,
            False,
            "16:9",
            ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9"),
            None,
        ),
        ("duration", FieldKind.INT_CHOICE, False, 5, tuple(range(2, 13)), None),
        ("seed", FieldKind.INTEGER, False, None, (), None),
    ],
    DREAMINA: [
        ("prompt", FieldKind.PROMPT, True, None, (), 800),
        ("image_urls", FieldKind.IMAGE_LIST, True, None, (), None),
        ("seed", FieldKind.INTEGER, False, -1, (), None),
        ("frames", FieldKind.INT_CHOICE, False, 121, (121, 241), None),
    ],
}


@pytest.mark.parametrize("model_id", list(PUBLISHED))
def test_fields_match_the_published_schema(catalogue, model_id):
    model = catalogue.get(model_id)
    got = [(f.name, f.kind, f.required, f.default, f.choices, f.max_length) for f in model.fields]
    assert got == PUBLISHED[model_id]


@pytest.mark.parametrize("model_id", [PRO, LITE, V15])
def test_seedance_image_rules_are_transcribed_exactly(catalogue, model_id):
    model = catalogue.get(model_id)
    for field in model.fields:
        if field.kind is FieldKind.IMAGE:
            assert [(r.operator, r.value) for r in field.image_rules] == SEEDANCE_RULES
            assert all(r.message for r in field.image_rules)


def test_dreamina_image_rules_and_formats(catalogue):
    field = catalogue.get(DREAMINA).field("image_urls")
    assert [(r.operator, r.value) for r in field.image_rules] == DREAMINA_RULES
    assert field.image_rules[0].message == "File size must be less than 4.7 MB."
    assert (field.min_items, field.max_items) == (1, 1)
    assert field.accepted_formats == ("JPEG", "PNG")


def test_reference_images_limits(catalogue):
    field = catalogue.get(REF).field("images")
    assert (field.min_items, field.max_items) == (1, 4)
    assert field.description == "Upload 1~4 images"
    # The published page gives the reference images no pixel rules: none are invented.
    assert field.image_rules == ()


def test_messages_keep_the_page_language(catalogue):
    v15 = catalogue.get(V15)
    assert v15.schema_language == "zh"
    assert v15.field("prompt").title == "提示词"
    assert v15.field("first_frame_image_url").image_rules[-1].message == "文件大小必须小于30MB。"


def test_sample_content_is_not_a_default(catalogue):
    v15 = catalogue.get(V15)
    prompt = v15.field("prompt")
    assert prompt.default is None and prompt.sample.startswith("A gentle breeze")
    assert v15.field("first_frame_image_url").sample.endswith("input-1-1.png")
    assert "prompt" not in v15.defaults() and "first_frame_image_url" not in v15.defaults()
    dreamina = catalogue.get(DREAMINA)
    assert dreamina.samples()["image_urls"] == [
        "https://playgrounds-storage-public.runcomfy.net/tools/7013/media-files/usecase2-2-input.jpeg"
    ]
    assert dreamina.defaults() == {"seed": -1, "frames": 121}


def test_roles_and_capabilities(catalogue):
    assert catalogue.get(PRO).capabilities == {"first_frame"}
    assert catalogue.get(LITE).capabilities == {"first_frame", "last_frame"}
    assert catalogue.get(V15).capabilities == {"first_frame", "audio"}
    assert catalogue.get(REF).capabilities == {"reference_images"}
    assert catalogue.get(DREAMINA).capabilities == {"first_frame"}
    assert catalogue.get(REF).capability_summary() == "1–4 reference images"
    assert catalogue.get(LITE).capability_summary() == "first and last frame"
    assert catalogue.get(V15).capability_summary() == "first frame, audio"


def test_choice_labels_and_durations(catalogue):
    frames = catalogue.get(DREAMINA).field("frames")
    assert [frames.choice_label(c) for c in frames.choices] == [
        "121 frames ≈ 5 s",
        "241 frames ≈ 10 s",
    ]
    assert catalogue.get(PRO).field("duration").choice_label(7) == "7 s"
    assert catalogue.get(DREAMINA).duration_seconds({}) == pytest.approx(121 / 24)
    assert catalogue.get(LITE).duration_seconds({"duration": 10}) == 10


def test_unknown_model_suggests_a_close_one(catalogue):
    with pytest.raises(CatalogueError, match="Did you mean bytedance/seedance-1-0/pro"):
        catalogue.get("bytedance/seedance-1-0/pro/image-to-vide")


def test_unknown_shapes_degrade_to_generic_and_known_ones_get_their_kind():
    assert describe_field("x", {"type": "object"}).kind is FieldKind.STRUCTURED
    assert describe_field("x", {"type": "number", "minimum": 0}).kind is FieldKind.NUMBER
    assert describe_field("x", {"type": "array", "items": {"type": "integer"}}).kind is (
        FieldKind.STRUCTURED
    )
    mixed = describe_field("x", {"type": "string", "enum": [1, "a"]})
    assert mixed.kind is FieldKind.CHOICE and mixed.choices == (1, "a") and mixed.warnings
    odd = describe_field("x", "not even a mapping")
    assert odd.kind is FieldKind.GENERIC and odd.warnings
    weird = describe_field(
        "mask_image_url",
        {"type": "string", "validations": [{"validation_rule": "odd", "validation_value": "x"}]},
    )
    assert weird.kind is FieldKind.IMAGE and weird.image_rules == ()


def test_user_catalogue_folder_loads_other_models_and_reports_bad_files(tmp_path):
    (tmp_path / "other.json").write_text(
        json.dumps(
            {
                "model_id": "someone/other-model/v2",
                "input_schema": {
                    "type": "object",
                    "required": ["prompt", "image_url"],
                    "properties": {
                        "prompt": {"type": "string"},
                        "image_url": {"type": "string", "format": "image_uri"},
                        "guidance": {"type": "number", "default": 3.5},
                        "style": {"type": "object"},
                        "steps": {"type": "integer", "minimum": 1, "maximum": 50},
                    },
                },
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    catalogue = Catalogue.load(tmp_path)
    other = catalogue.get("someone/other-model/v2")
    assert not other.builtin
    kinds = {f.name: f.kind for f in other.fields}
    assert kinds == {
        "prompt": FieldKind.PROMPT,
        "image_url": FieldKind.IMAGE,
        "guidance": FieldKind.NUMBER,
        "style": FieldKind.STRUCTURED,
        "steps": FieldKind.INTEGER,
    }
    assert other.role("first_frame").name == "image_url"
    assert other.field("steps").maximum == 50
    assert len(catalogue.problems) == 2
    assert any("broken.json" in p for p in catalogue.problems)
    assert len(catalogue) == 6


def test_a_model_file_from_a_newer_storyreel_is_refused():
    with pytest.raises(CatalogueError, match="newer Storyreel"):
        model_from_document(
            {"format_version": 99, "model_id": "a/b", "input_schema": {"properties": {}}}
        )
