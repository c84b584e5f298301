"""Catalogue entries of the shapes RunComfy publishes (written from the documented shapes, in
``catalogue_corpus/``): every entry loads, every field gets its kind, every limit holds just
inside and fails just outside, every request body is typed as its schema says, and every
shape Storyreel does not know degrades to a plain field with a warning."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.core import json_schema
from app.core.catalogue import Catalogue, Field, FieldKind, Model, model_from_document
from app.core.images import ImageInfo
from app.core.validation import (
    build_request_body,
    coerce,
    field_problems,
    image_problems,
    validate_values,
)

CORPUS = Path(__file__).parent / "catalogue_corpus"
FILES = sorted(CORPUS.glob("*.json"))
I2V = "bytedance/seedance-2.5/image-to-video/1080p"
MINI = "bytedance/seedance-2.0-mini/text-to-video"
REFS = "bytedance/seedance-2.5/reference-to-video"
SHOTS = "bytedance/seedance-2.0/pro/multi-shot"
SEEDREAM = "bytedance/seedream-5.0/pro/text-to-image"
AUDIO = "bytedance/seed-audio-1.0/text-to-audio"
ODD = "community/odd-shapes/text-to-video"

K = FieldKind
EXPECTED_KINDS = {
    I2V: {
        "prompt": K.PROMPT,
        "image": K.IMAGE,
        "duration": K.INTEGER,
        "generate_audio": K.BOOLEAN,
        "seed": K.INTEGER,
    },
    MINI: {
        "prompt": K.PROMPT,
        "negative_prompt": K.PROMPT,
        "duration": K.CHOICE,
        "resolution": K.CHOICE,
        "aspect_ratio": K.CHOICE,
        "guidance_scale": K.NUMBER,
        "motion_strength": K.NUMBER,
    },
    REFS: {
        "prompt": K.PROMPT,
        "reference_images": K.IMAGE_LIST,
        "reference_videos": K.VIDEO_LIST,
        "reference_audios": K.AUDIO_LIST,
        "duration": K.CHOICE,
        "generate_audio": K.BOOLEAN,
    },
    SHOTS: {
        "scenes": K.OBJECT_LIST,
        "keyframes": K.STRUCTURED,
        "style": K.STRUCTURED,
        "resolution": K.CHOICE,
    },
    SEEDREAM: {
        "prompt": K.PROMPT,
        "width": K.INTEGER,
        "height": K.INTEGER,
        "num_images": K.INTEGER,
        "guidance_scale": K.NUMBER,
        "output_format": K.CHOICE,
    },
    AUDIO: {"text": K.PROMPT, "duration": K.NUMBER, "voice": K.CHOICE, "loudness": K.NUMBER},
    ODD: {
        "prompt": K.PROMPT,
        "tint": K.GENERIC,
        "mystery": K.GENERIC,
        "blob": K.GENERIC,
        "steps": K.INTEGER,
        "fps": K.CHOICE,
        "mode": K.CHOICE,
        "length": K.INT_CHOICE,
        "strength": K.NUMBER,
        "shots": K.STRUCTURED,
        "layout": K.STRUCTURED,
        "choices_of_objects": K.GENERIC,
        "tags": K.STRUCTURED,
        "clip_duration": K.NUMBER,
    },
}


def load(path: Path) -> Model:
    return model_from_document(json.loads(path.read_text(encoding="utf-8")), source=path.name)


@pytest.fixture(scope="module")
def models() -> dict[str, Model]:
    return {m.model_id: m for m in map(load, FILES)}


def test_the_corpus_covers_every_entry_and_every_entry_loads_from_the_models_folder(tmp_path):
    assert {load(p).model_id for p in FILES} == set(EXPECTED_KINDS)
    for path in FILES:
        shutil.copy(path, tmp_path / path.name)
    catalogue = Catalogue.load(tmp_path)
    assert catalogue.problems == []
    assert set(EXPECTED_KINDS) <= {m.model_id for m in catalogue}


@pytest.mark.parametrize("model_id", sorted(EXPECTED_KINDS))
def test_each_field_gets_the_kind_its_shape_asks_for(models, model_id):
    assert {f.name: f.kind for f in models[model_id].fields} == EXPECTED_KINDS[model_id]


def test_unknown_shapes_degrade_to_a_plain_field_with_a_warning(models):
    odd = models[ODD]
    for name in ("tint", "mystery", "blob", "choices_of_objects"):
        field = odd.field(name)
        assert field.kind is FieldKind.GENERIC and field.warnings, name
    # Video and audio lists have drop zones of their own: no warning.
    for name in ("reference_videos", "reference_audios"):
        field = models[REFS].field(name)
        assert field.is_media and field.is_list and not field.warnings
    assert "oneOf" in odd.field("layout").warnings[0]
    # Every warning is listed on the model, each once, naming its field.
    assert len(odd.warnings) == len(set(odd.warnings)) == 9
    # Shapes Storyreel knows carry no warning.
    assert models[I2V].warnings == [] and models[SHOTS].warnings == []


def test_odd_defaults_degrade_with_a_warning_instead_of_failing(models):
    odd = models[ODD]
    assert odd.field("mode").default is None and "balanced" in odd.field("mode").warnings[0]
    assert odd.field("length").default is None and "7" in odd.field("length").warnings[0]
    assert odd.field("strength").default is None
    assert "at most 1" in odd.field("strength").warnings[0]
    # A number default of a string choice picks its twin ("5" for 5), and says so.
    duration = models[REFS].field("duration")
    assert duration.default == "5" and duration.warnings
    # An enum of mixed types stays a choice: each value is sent as the schema lists it.
    fps = odd.field("fps")
    assert fps.choices == (24, "30", 60) and fps.default == 24 and fps.warnings
    assert validate_values(odd, {"prompt": "a", "fps": "30"}) == []
    assert [p.rule for p in validate_values(odd, {"prompt": "a", "fps": 30})] == ["enum"]


def test_missing_titles_are_read_from_the_field_name(models):
    assert models[SEEDREAM].field("num_images").title == "Num images"
    assert models[MINI].field("resolution").title == "Resolution"
    assert models[SEEDREAM].field("prompt").title == "Prompt"


def test_durations_read_in_seconds_whatever_their_type(models):
    mini = models[MINI].field("duration")
    assert [mini.choice_label(c) for c in mini.choices] == ["Auto", "5 s", "10 s", "15 s", "20 s"]
    assert models[MINI].duration_seconds({"duration": "15"}) == 15
    assert models[MINI].duration_seconds({}) is None  # "auto": the model decides
    assert models[I2V].field("duration").unit == "s"
    assert models[I2V].duration_seconds({"duration": 12}) == 12
    assert models[AUDIO].duration_seconds({}) == 10
    scene_duration = models[SHOTS].field("scenes").item_fields[1]
    assert scene_duration.choice_label("8") == "8 s"


# --- every limit, just inside and just outside ------------------------------------------------


def _below(value: float, whole: bool, step: float | None) -> float:
    return value - (1 if whole else (step or 1e-6))


def _above(value: float, whole: bool, step: float | None) -> float:
    return value + (1 if whole else (step or 1e-6))


def number_cases(f: Field) -> list[tuple[str, Any, bool]]:
    whole = f.kind is FieldKind.INTEGER
    step = f.multiple_of
    cases = []
    if f.minimum is not None:
        cases += [("minimum", f.minimum, True), ("minimum", _below(f.minimum, whole, step), False)]
    if f.maximum is not None:
        cases += [("maximum", f.maximum, True), ("maximum", _above(f.maximum, whole, step), False)]
    if f.exclusive_minimum is not None:
        inside = _above(f.exclusive_minimum, whole, step)
        cases += [
            ("exclusiveMinimum", inside, True),
            ("exclusiveMinimum", f.exclusive_minimum, False),
        ]
    if f.exclusive_maximum is not None:
        inside = _below(f.exclusive_maximum, whole, step)
        cases += [
            ("exclusiveMaximum", inside, True),
            ("exclusiveMaximum", f.exclusive_maximum, False),
        ]
    if step is not None:
        low = f.minimum if f.minimum is not None else (f.exclusive_minimum or 0) + step
        cases += [("multipleOf", low + step, True), ("multipleOf", low + step / 2, False)]
    return cases


def text_cases(f: Field) -> list[tuple[str, Any, bool]]:
    cases = []
    if f.max_length is not None:
        cases += [
            ("maxLength", "x" * f.max_length, True),
            ("maxLength", "x" * (f.max_length + 1), False),
        ]
    if f.min_length is not None:
        cases += [
            ("minLength", "x" * f.min_length, True),
            ("minLength", "x" * (f.min_length - 1), False),
        ]
    return cases


def item_of(f: Field) -> Any:
    if f.kind is FieldKind.IMAGE_LIST:
        return "frame.png"
    item = json_schema.skeleton(f.schema.get("items"))
    if isinstance(item, dict):
        item = {k: ("a" if v == "" else v) for k, v in item.items() if v is not None}
    return item


def list_cases(f: Field) -> list[tuple[str, Any, bool]]:
    item = item_of(f)
    cases = []
    if f.max_items is not None:
        cases += [
            ("maxItems", [item] * f.max_items, True),
            ("maxItems", [item] * (f.max_items + 1), False),
        ]
    if f.min_items is not None and f.min_items > 1:
        cases += [
            ("minItems", [item] * f.min_items, True),
            ("minItems", [item] * (f.min_items - 1), False),
        ]
    if f.min_items == 1:
        cases += [("minItems", [item], True)]
    return cases


def choice_cases(f: Field) -> list[tuple[str, Any, bool]]:
    cases = [("enum", c, True) for c in f.choices]
    outside = 999 if f.kind is FieldKind.INT_CHOICE else "not-a-choice"
    cases.append(("enum", outside, False))
    numeric_text = [c for c in f.choices if isinstance(c, str) and c.isdigit()]
    if numeric_text:  # "5" is offered, the number 5 is not: the body is typed as the schema says
        cases.append(("enum", int(numeric_text[0]), False))
    return cases


def cases_for(f: Field) -> list[tuple[str, Any, bool]]:
    if f.kind in (FieldKind.INTEGER, FieldKind.NUMBER):
        return number_cases(f)
    if f.kind is FieldKind.PROMPT:
        return text_cases(f)
    if f.kind in (FieldKind.CHOICE, FieldKind.INT_CHOICE):
        return choice_cases(f)
    if f.kind in (FieldKind.IMAGE_LIST, FieldKind.OBJECT_LIST, FieldKind.STRUCTURED):
        return list_cases(f) if f.json_type == "array" else []
    return []


ALL_FIELDS = [(load(p), f) for p in FILES for f in load(p).fields]
LIMIT_FIELDS = [(m, f) for m, f in ALL_FIELDS if cases_for(f)]


@pytest.mark.parametrize(
    ("model", "field"), LIMIT_FIELDS, ids=[f"{m.model_id}:{f.name}" for m, f in LIMIT_FIELDS]
)
def test_every_limit_holds_just_inside_and_fails_just_outside(model, field):
    for rule, value, ok in cases_for(field):
        found = [p for p in validate_values(model, {field.name: value}) if p.field == field.name]
        assert (found == []) is ok, (rule, value, found)
        if not ok:
            assert all(p.message.endswith(".") for p in found)


def test_the_limit_cases_cover_every_limit_keyword_of_the_corpus():
    covered = {rule for _m, f in LIMIT_FIELDS for rule, _v, _ok in cases_for(f)}
    assert covered >= {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "maxLength",
        "minLength",
        "minItems",
        "maxItems",
        "enum",
    }


def test_a_number_maximum_of_a_user_schema_is_enforced(models):
    # The old gap: a number field's maximum was never checked.
    strength = models[SHOTS].field("scenes").item_fields[3]
    assert strength.kind is FieldKind.NUMBER
    [problem] = validate_values(models[MINI], {"prompt": "a", "motion_strength": 5})
    assert problem.message == "5 must be less than 1."
    assert validate_values(models[MINI], {"prompt": "a", "motion_strength": 0.999}) == []
    [step] = validate_values(models[AUDIO], {"text": "a", "loudness": -14.05})
    assert step.rule == "multipleOf" and "0.1" in step.message
    # Binary rounding is forgiven: -14.3 is a multiple of 0.1.
    assert validate_values(models[AUDIO], {"text": "a", "loudness": -14.3}) == []
    [nan] = validate_values(models[AUDIO], {"text": "a", "loudness": math.nan})
    assert nan.rule == "type"


def test_structured_values_are_checked_where_each_problem_is(models):
    shots = models[SHOTS]
    good = [{"prompt": "wide shot", "duration": "3", "strength": 1}]
    assert validate_values(shots, {"scenes": good}) == []
    bad = [{"prompt": "a", "strength": 1.01}, {"duration": "7", "camera": "dolly"}]
    problems = validate_values(shots, {"scenes": bad})
    assert {(p.item, p.message) for p in problems} == {
        (0, "strength: 1.01 must be at most 1."),
        (1, "prompt is required."),
        (1, "duration: '7' is not one of: 3, 5, 8."),
        (1, "camera: 'dolly' is not one of: static, pan, zoom, orbit."),
    }
    assert problems[0].line().startswith("scenes[")
    keyframe = {"time": 31, "position": {"x": 0.5}}
    lines = {p.line() for p in field_problems(shots.field("keyframes"), [keyframe])}
    assert lines == {
        "keyframes[1]: time: 31 must be at most 30.",
        "keyframes[1]: position: y is required.",
    }
    style = {"palette": ["#abc", "#123456", "#1234567"], "grain": 11}
    lines = {p.line() for p in field_problems(shots.field("style"), style)}
    assert lines == {
        "style: palette[2]: Too long: 8 characters, at most 7 allowed.",
        "style: grain: 11 must be at most 10.",
    }
    [kind] = field_problems(shots.field("style"), [1, 2])
    assert kind.message == "Expected an object."
    nested = models[ODD]
    assert validate_values(nested, {"prompt": "a", "shots": [[0, 1], [2]]}) == []
    [negative] = validate_values(nested, {"prompt": "a", "shots": [[0, -1]]})
    assert negative.line() == "shots[1]: [1]: -1 must be at least 0."


def test_validations_on_an_array_field_apply_to_each_item(models):
    refs = models[REFS].field("reference_images")
    assert {r.operator for r in refs.image_rules} == {"width_pixels>=", "file_size_mb<"}
    narrow = ImageInfo("x", "PNG", 299, 400, 1000, "RGB", 1, 1, 299, 400)
    wide = ImageInfo("x", "PNG", 300, 400, 1000, "RGB", 1, 1, 300, 400)
    [problem] = image_problems(refs, narrow, item=2)
    assert problem.item == 2 and "300" in problem.message
    assert image_problems(refs, wide, item=0) == []


# --- bodies typed as the schema says ------------------------------------------------------------


STRUCTURED_VALUES = {
    "style": {"palette": ["#abcd", "#123456"], "grain": 3},
    "keyframes": [{"time": 1.5, "position": {"x": 0.25, "y": 1}}],
    "shots": [[0, 2], [5]],
    "layout": {"rows": 2},
    "tags": ["dusk"],
}


def valid_value(f: Field) -> Any:
    if f.name in STRUCTURED_VALUES:
        return STRUCTURED_VALUES[f.name]
    if f.has_default:
        return f.default
    inside = [value for _rule, value, ok in cases_for(f) if ok]
    if inside:
        return inside[0]
    return {
        FieldKind.PROMPT: "a quiet harbour at dawn",
        FieldKind.IMAGE: "frame.png",
        FieldKind.IMAGE_LIST: ["frame.png"],
        FieldKind.BOOLEAN: False,
        FieldKind.INTEGER: 3,
        FieldKind.NUMBER: 0.25,
        FieldKind.OBJECT_LIST: [item_of(f)],
        FieldKind.STRUCTURED: json_schema.skeleton(f.schema),
    }.get(f.kind)


TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_body_is_typed_as_its_schema_says(path):
    model = load(path)
    values = {
        f.name: valid_value(f)
        for f in model.fields
        if f.kind is not FieldKind.GENERIC and valid_value(f) is not None
    }
    body = build_request_body(model, values)
    assert json.loads(json.dumps(body)) == body  # plain JSON values only
    for f in model.fields:
        if f.name not in body:
            continue
        value = body[f.name]
        if f.json_type in TYPES and f.kind is not FieldKind.CHOICE:
            assert isinstance(value, TYPES[f.json_type]), (f.name, value)
        if f.json_type in ("integer", "number"):
            assert not isinstance(value, bool)
        if f.kind is FieldKind.CHOICE:
            assert any(value == c and type(value) is type(c) for c in f.choices)
        if f.kind is FieldKind.STRUCTURED:
            assert value == STRUCTURED_VALUES[f.name]
    schema = {**model.input_schema, "required": []}
    # The whole body fits the schema, type by type.
    assert json_schema.validate(body, schema) == []


def test_text_from_the_command_line_is_typed_as_the_schema_says(models):
    mini, odd = models[MINI], models[ODD]
    assert coerce(mini.field("duration"), "5") == "5"
    assert coerce(mini.field("guidance_scale"), "5") == 5
    assert coerce(mini.field("motion_strength"), " 0.25 ") == 0.25
    with pytest.raises(ValueError, match="not a number that can be sent"):
        coerce(mini.field("motion_strength"), "nan")
    with pytest.raises(ValueError, match="is not a number"):
        coerce(mini.field("motion_strength"), "half")
    assert coerce(odd.field("fps"), "30") == "30" and coerce(odd.field("fps"), "24") == 24
    scenes = coerce(models[SHOTS].field("scenes"), '[{"prompt": "a", "strength": 0.5}]')
    assert scenes == [{"prompt": "a", "strength": 0.5}]
    assert field_problems(models[SHOTS].field("scenes"), scenes) == []


def test_the_kind_names_the_shapes_module_gives_are_exactly_the_field_kinds():
    from typing import get_args

    from app.core.shapes import KindName

    assert set(get_args(KindName)) == {kind.value for kind in FieldKind}
