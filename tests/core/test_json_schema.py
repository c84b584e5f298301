"""The JSON-Schema subset the catalogue uses, checked in words a user can act on."""

from __future__ import annotations

import pytest

from app.core.json_schema import (
    is_multiple,
    parse_number,
    skeleton,
    unchecked_keywords,
    validate,
)


def lines(value, schema):
    return [p.line() for p in validate(value, schema)]


def test_types_including_runcomfys_float_and_lists_of_types():
    assert lines(2.5, {"type": "float"}) == []
    assert lines("2.5", {"type": "float"}) == ["Expected a number."]
    assert lines(True, {"type": "integer"}) == ["Expected a whole number."]
    assert lines(True, {"type": "number"}) == ["Expected a number."]
    assert lines(None, {"type": ["integer", "null"]}) == []
    assert lines("x", {"type": ["integer", "null"]}) == ["Expected a whole number or null."]
    assert lines(float("inf"), {"type": "number"}) == ["Expected a number."]
    assert lines({"a": 1}, {"type": "unheard-of"}) == []  # the server checks what we cannot


def test_limits_just_inside_and_just_outside():
    schema = {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "multipleOf": 0.05}
    assert lines(0.05, schema) == [] and lines(1, schema) == []
    assert lines(0, schema) == ["0 must be more than 0."]
    assert lines(1.05, schema) == ["1.05 must be at most 1."]
    assert lines(0.07, schema) == ["0.07 must be a multiple of 0.05."]
    assert is_multiple(0.3, 0.1) and is_multiple(-14.3, 0.1) and not is_multiple(0.35, 0.1)
    text = {"type": "string", "minLength": 2, "maxLength": 3}
    assert lines("ab", text) == [] and lines("abc", text) == []
    assert lines("a", text) == ["Too short: at least 2 characters needed."]
    assert lines("abcd", text) == ["Too long: 4 characters, at most 3 allowed."]
    items = {"type": "array", "minItems": 1, "maxItems": 2}
    assert lines([], items) == ["0 entries given; at least 1 needed."]
    assert lines([1, 2, 3], items) == ["3 entries given; at most 2 allowed."]


def test_objects_name_where_each_problem_is():
    schema = {
        "type": "object",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string"},
            "tags": {"type": "array", "items": {"enum": ["a", "b"]}},
        },
    }
    assert lines({"name": "x", "tags": ["a"]}, schema) == []
    assert lines({"tags": ["c"], "extra": 1}, schema) == [
        "name is required.",
        "extra is not a known setting.",
        "tags[0]: 'c' is not one of: a, b.",
    ]
    # 1 is not True, and 5 is 5.0, in an enum as in JSON.
    assert lines(True, {"enum": [1, 2]}) != [] and lines(5.0, {"enum": [5]}) == []


def test_a_value_nested_too_deeply_is_refused_not_recursed_into():
    schema: dict = {"type": "array"}
    deep: list = []
    for _ in range(40):
        schema = {"type": "array", "items": schema}
        deep = [deep]
    assert any("nested too deeply" in line for line in lines(deep, schema))


def test_unchecked_keywords_and_a_skeleton_of_the_shape():
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string", "pattern": "^x"}, "b": {"oneOf": []}},
    }
    assert unchecked_keywords(schema) == ["pattern", "oneOf"]
    assert skeleton(schema) == {"a": "", "b": None}
    assert skeleton({"type": "array", "items": {"type": "integer", "minimum": 2}}) == [2]
    assert skeleton({"type": "string", "default": "hi"}) == "hi"


def test_numbers_typed_as_text():
    assert parse_number(" 5 ") == 5 and isinstance(parse_number("5"), int)
    assert parse_number("0.25") == 0.25
    for text, reason in (
        ("nan", "can be sent"),
        ("1e999", "can be sent"),
        ("five", "not a number"),
    ):
        with pytest.raises(ValueError, match=reason):
            parse_number(text)
