"""The part of JSON Schema that RunComfy's catalogue uses, checked in plain words.

Structured inputs (a list of scenes, a list of keyframes, an object of options) are checked
against their field's schema before anything is sent. Only the keywords the catalogue uses
are understood:

    type (also RunComfy's nonstandard "float", and a list of types), properties, required,
    items, enum, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf,
    minItems, maxItems, minLength, maxLength, additionalProperties (false only)

``unchecked_keywords`` names the others a schema uses (``oneOf``, ``pattern``…), so the
interface can say that the server checks those itself. Messages are sentences a user can act
on; each names where in the value it applies ("Scene 2, duration": ``[1].duration``).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from app.core import schema_wording as schema_words
from app.core.wording import QT_TRANSLATE_NOOP, said

KNOWN_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "items",
        "enum",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "additionalProperties",
        # Words for people and for the form, never rules.
        "title",
        "description",
        "default",
        "examples",
        "format",
        "validations",
    }
)
_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "float": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}
MAX_DEPTH = 32  # deeper schemas or values are refused, not recursed into


@dataclass(frozen=True)
class SchemaProblem:
    """One rule a value breaks: where (a path such as ``[1].duration``), which rule, words."""

    path: str
    rule: str
    message: str
    limit: Any = None

    @property
    def first_index(self) -> int | None:
        """The list position the problem is in, when the value's top level is a list."""
        if self.path.startswith("["):
            return int(self.path[1 : self.path.index("]")])
        return None

    def line(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def number(value: Any) -> float | int | None:
    """A JSON number (not a bool, not NaN or infinity), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def is_multiple(value: float, step: float) -> bool:
    """Whether ``value`` is a whole number of ``step``s, forgiving binary rounding (0.3/0.1)."""
    if step <= 0:
        return True
    quotient = value / step
    return math.isclose(quotient, round(quotient), rel_tol=1e-9, abs_tol=1e-9)


def parse_number(text: str) -> int | float:
    """A number typed as text: whole numbers stay whole. ValueError (saying why) otherwise."""
    stripped = text.strip()
    try:
        return int(stripped)
    except ValueError:
        pass
    try:
        value = float(stripped)
    except ValueError:
        raise ValueError(said(QT_TRANSLATE_NOOP("Errors", "is not a number."))) from None
    if not math.isfinite(value):
        raise ValueError(said(QT_TRANSLATE_NOOP("Errors", "is not a number that can be sent.")))
    return value


def shown(value: float) -> str:
    """A number as a person writes it: 5, 0.5, 1e-06 (never 5.0)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def range_problems(value: float, schema: Mapping[str, Any]) -> list[tuple[str, str, Any]]:
    """The number limits ``value`` breaks, as (rule, sentence, limit)."""
    found: list[tuple[str, str, Any]] = []
    checks: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
        ("minimum", operator.ge, "at least"),
        ("maximum", operator.le, "at most"),
        ("exclusiveMinimum", operator.gt, "more than"),
        ("exclusiveMaximum", operator.lt, "less than"),
    )
    for key, ok, words in checks:
        bound = number(schema.get(key))
        if bound is not None and not ok(value, bound):
            found.append((key, f"{shown(value)} must be {words} {shown(bound)}.", bound))
    step = number(schema.get("multipleOf"))
    if step is not None and step > 0 and not is_multiple(value, step):
        found.append(("multipleOf", f"{shown(value)} must be a multiple of {shown(step)}.", step))
    return found


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [t for t in declared if isinstance(t, str)]
    return []


def has_type(value: Any, json_type: str) -> bool:
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "integer":
        return number(value) is not None and (isinstance(value, int) or float(value).is_integer())
    if json_type in ("number", "float"):
        return number(value) is not None
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "array":
        return isinstance(value, list)
    if json_type == "object":
        return isinstance(value, dict)
    if json_type == "null":
        return value is None
    return True  # a type Storyreel does not know: the server checks it


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def validate(value: Any, schema: Any, path: str = "") -> list[SchemaProblem]:
    """Every rule of ``schema`` that ``value`` breaks (an empty list: it fits)."""
    return list(_check(value, schema, path, 0))


def _check(value: Any, schema: Any, path: str, depth: int) -> Iterator[SchemaProblem]:
    if not isinstance(schema, Mapping):
        return
    if depth > MAX_DEPTH:
        yield SchemaProblem(path, "depth", said(schema_words.TOO_DEEP))
        return
    types = _types(schema)
    if types and not any(has_type(value, t) for t in types):
        yield SchemaProblem(path, "type", schema_words.expected(types), types)
        return
    enum_values = schema.get("enum")
    if isinstance(enum_values, list) and enum_values and not in_enum(value, enum_values):
        listed = ", ".join(str(v) for v in enum_values)
        message = said(schema_words.NOT_ONE_OF, value=repr(value), listed=listed)
        yield SchemaProblem(path, "enum", message, enum_values)
    if number(value) is not None:
        for rule, _sentence, limit in range_problems(value, schema):
            said_range = schema_words.out_of_range(rule, shown(value), shown(limit))
            yield SchemaProblem(path, rule, said_range, limit)
    if isinstance(value, str):
        yield from _text(value, schema, path)
    if isinstance(value, list):
        yield from _array(value, schema, path, depth)
    if isinstance(value, dict):
        yield from _object(value, schema, path, depth)


def in_enum(value: Any, values: list[Any]) -> bool:
    """``value`` is one of ``values`` with its type too (1 is not True; 5 is 5.0)."""
    if number(value) is not None:
        return any(number(v) is not None and v == value for v in values)
    return any(v == value and type(v) is type(value) for v in values)


def _text(value: str, schema: Mapping[str, Any], path: str) -> Iterator[SchemaProblem]:
    low, high = number(schema.get("minLength")), number(schema.get("maxLength"))
    if low is not None and len(value) < low:
        yield SchemaProblem(path, "minLength", schema_words.too_short(int(low)), low)
    if high is not None and len(value) > high:
        message = said(schema_words.TOO_LONG, count=len(value), high=high)
        yield SchemaProblem(path, "maxLength", message, high)


def _array(
    value: list[Any], schema: Mapping[str, Any], path: str, depth: int
) -> Iterator[SchemaProblem]:
    low, high = number(schema.get("minItems")), number(schema.get("maxItems"))
    count = len(value)
    if low is not None and count < low:
        yield SchemaProblem(path, "minItems", schema_words.entries(count, low=int(low)), low)
    if high is not None and count > high:
        yield SchemaProblem(path, "maxItems", schema_words.entries(count, high=int(high)), high)
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            yield from _check(item, items, _join(path, index), depth + 1)


def _object(
    value: dict[str, Any], schema: Mapping[str, Any], path: str, depth: int
) -> Iterator[SchemaProblem]:
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = schema.get("required")
    for name in required if isinstance(required, list) else ():
        if isinstance(name, str) and (name not in value or value[name] is None):
            yield SchemaProblem(path, "required", said(schema_words.REQUIRED, name=name))
    if schema.get("additionalProperties") is False:
        for name in value:
            if name not in properties:
                message = said(schema_words.UNKNOWN_SETTING, name=name)
                yield SchemaProblem(path, "additionalProperties", message)
    for name, sub in properties.items():
        if name in value and value[name] is not None:
            yield from _check(value[name], sub, _join(path, name), depth + 1)


def unchecked_keywords(schema: Any, depth: int = 0) -> list[str]:
    """Keywords of ``schema`` (at any depth) that :func:`validate` does not check."""
    if not isinstance(schema, Mapping) or depth > MAX_DEPTH:
        return []
    found = [k for k in schema if isinstance(k, str) and k not in KNOWN_KEYWORDS]
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        for sub in properties.values():
            found += unchecked_keywords(sub, depth + 1)
    found += unchecked_keywords(schema.get("items"), depth + 1)
    return list(dict.fromkeys(found))


def skeleton(schema: Any, depth: int = 0) -> Any:
    """An example value of the schema's shape (defaults where given), to show as a hint."""
    if not isinstance(schema, Mapping) or depth > 6:
        return None
    if "default" in schema:
        return schema["default"]
    enum_values = schema.get("enum")
    if isinstance(enum_values, list) and enum_values:
        return enum_values[0]
    types = _types(schema)
    kind = types[0] if types else ""
    if kind == "object":
        properties = schema.get("properties")
        if isinstance(properties, Mapping):
            return {k: skeleton(v, depth + 1) for k, v in properties.items()}
        return {}
    if kind == "array":
        item = skeleton(schema.get("items"), depth + 1)
        return [] if item is None else [item]
    minimum = number(schema.get("minimum"))
    return {
        "string": "",
        "integer": int(minimum) if minimum is not None else 0,
        "number": minimum if minimum is not None else 0,
        "float": minimum if minimum is not None else 0,
        "boolean": False,
    }.get(kind)
