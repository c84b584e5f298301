"""Reading the shapes of RunComfy's schema properties, before they become fields.

The catalogue's schemas go beyond the five shipped models: ``"type": "float"`` (RunComfy's
own spelling of "number"), a type given as a list (``["integer", "null"]``), durations as
string enums (``"auto"``, ``"5"`` … ``"20"``), lists of objects (scenes, keyframes) and media
formats. These functions answer questions about one property's shape; ``app.core.catalogue``
decides the field kind from the answers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Literal

from app.core import catalogue_wording as words
from app.core import json_schema
from app.core.media.kinds import MediaKind, media_format

# The values of ``app.core.catalogue.FieldKind`` (which imports this module): mypy checks
# every kind named here, and the catalogue turns the name into the enum.
KindName = Literal[
    "prompt",
    "choice",
    "int_choice",
    "integer",
    "boolean",
    "image",
    "image_list",
    "number",
    "object_list",
    "structured",
    "generic",
    "video",
    "video_list",
    "audio",
    "audio_list",
]

# Media the window does not edit with a drop zone of its own yet: typed as text, with a warning.
OTHER_MEDIA_FORMATS = frozenset(
    {"video_uri", "video_uris", "video_url", "audio_uri", "audio_uris", "audio_url"}
)
IMAGE_FORMATS = frozenset({"image_uri", "image_uris", "image_url", "image"})
# Formats that ask for nothing more than text.
TEXT_FORMATS = frozenset({"text", "textarea", "multiline", "prompt", "string"})
SIMPLE_TYPES = frozenset({"string", "integer", "number", "boolean"})
PROMPT_NAMES = frozenset({"prompt", "text", "negative_prompt"})


def is_numeric_text(text: str) -> bool:
    """Whether a string enum value stands for a number ("5", "7.5"), not a word ("auto")."""
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def json_type(prop: Mapping[str, Any]) -> str | None:
    """The property's type in standard words: "float" reads "number"; of a list of types
    (``["integer", "null"]``), the one that is not "null"."""
    declared = prop.get("type")
    if isinstance(declared, list):
        named = [t for t in declared if isinstance(t, str) and t != "null"]
        declared = named[0] if len(named) == 1 else None
    if not isinstance(declared, str):
        return None
    return "number" if declared == "float" else declared


def fmt(prop: Mapping[str, Any]) -> str | None:
    value = prop.get("format")
    return value if isinstance(value, str) else None


def is_other_media(prop: Mapping[str, Any]) -> bool:
    """A video or audio field (or a list of them)."""
    items = prop.get("items")
    item_format = fmt(items) if isinstance(items, Mapping) else None
    return fmt(prop) in OTHER_MEDIA_FORMATS or item_format in OTHER_MEDIA_FORMATS


def enum_values(prop: Mapping[str, Any]) -> list[Any] | None:
    values = prop.get("enum")
    return values if isinstance(values, list) and values else None


def enum_fits(values: list[Any], wanted: str) -> bool:
    """Whether every enum value has the property's type (``True`` is no integer here)."""
    if wanted == "string":
        return all(isinstance(v, str) for v in values)
    if wanted == "integer":
        return all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    return False


def is_simple(prop: Any) -> bool:
    """A property a form row can edit with one plain field: text, a number, a switch, a
    choice. Media, lists and nested objects are not simple."""
    if not isinstance(prop, Mapping):
        return False
    kind = json_type(prop)
    if kind not in SIMPLE_TYPES or is_other_media(prop):
        return False
    if fmt(prop) in IMAGE_FORMATS:
        return False
    values = enum_values(prop)
    return values is None or enum_fits(values, kind or "")


def item_schema(prop: Mapping[str, Any]) -> Mapping[str, Any] | None:
    items = prop.get("items")
    return items if isinstance(items, Mapping) else None


def is_simple_object_list(prop: Mapping[str, Any]) -> bool:
    """A list of objects whose every property is simple: scenes, keyframes…"""
    items = item_schema(prop)
    if json_type(prop) != "array" or items is None or json_type(items) != "object":
        return False
    properties = items.get("properties")
    return (
        isinstance(properties, Mapping)
        and bool(properties)
        and all(isinstance(k, str) and is_simple(v) for k, v in properties.items())
    )


def is_duration_name(name: str) -> bool:
    lowered = name.lower()
    return lowered in ("duration", "duration_seconds") or lowered.endswith("_duration")


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _seconds(value: Any) -> bool:
    return is_number(value) or (isinstance(value, str) and is_numeric_text(value))


def reads_as_seconds(values: list[Any]) -> bool:
    """Choices of a duration: numbers of seconds (as text or not), perhaps with "auto"."""
    return all(_seconds(v) or (isinstance(v, str) and v.lower() == "auto") for v in values) and any(
        _seconds(v) for v in values
    )


def default_twin(default: Any, values: list[Any]) -> Any:
    """A default of the wrong type whose text is one of the string choices (5 for "5")."""
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        for value in values:
            if isinstance(value, str) and is_numeric_text(value) and float(value) == default:
                return value
    return None


def looks_like_image(name: str, prop: Mapping[str, Any]) -> bool:
    fmt = prop.get("format")
    if fmt in IMAGE_FORMATS:
        return True
    if any(
        isinstance(v, Mapping) and "validation_rule" in v for v in prop.get("validations") or ()
    ):
        return True
    lowered = name.lower()
    return lowered.endswith(("image_url", "image_uri", "_image")) or lowered in (
        "image",
        "image_url",
    )


_MEDIA_KINDS: dict[tuple[MediaKind, bool], KindName] = {
    (MediaKind.VIDEO, False): "video",
    (MediaKind.VIDEO, True): "video_list",
    (MediaKind.AUDIO, False): "audio",
    (MediaKind.AUDIO, True): "audio_list",
}


def kind_of(name: str, prop: Mapping[str, Any]) -> tuple[KindName, str | None]:
    """The field kind for a property, and a warning when the shape is one Storyreel does not
    know (the field then takes its value as text or JSON, and the server checks it)."""
    kind = json_type(prop)
    choices = enum_values(prop)
    media = media_format(prop)  # video_uri, audio_uris…: before any other reading
    if media is not None:
        return _MEDIA_KINDS[media], None
    if choices is not None and kind in ("string", "integer", "number", None):
        return _choice_kind(kind, choices)
    if kind == "string":
        return _text_kind(name, prop)
    if kind == "integer":
        return "integer", None
    if kind == "number":
        return "number", None
    if kind == "boolean":
        return "boolean", None
    if kind == "array":
        return _list_kind(name, prop), None
    if kind == "object":
        return "structured", None
    shown = prop.get("type")
    if shown is None:
        return "generic", words.said(words.NO_TYPE)
    return "generic", words.said(words.TYPE_AS_JSON, type=repr(shown))


def _choice_kind(kind: str | None, choices: list[Any]) -> tuple[KindName, str | None]:
    """A property with an enum: a choice, when its values are plain and of the type given."""
    if not all(is_scalar(v) for v in choices):
        return "generic", words.said(words.CHOICES_NOT_PLAIN)
    if kind in ("string", "integer") and enum_fits(choices, kind):
        return ("choice" if kind == "string" else "int_choice"), None
    if kind == "number" and all(is_number(v) for v in choices):
        return "choice", None
    if kind is None and enum_fits(choices, "string"):
        return "choice", None
    if kind:
        return "choice", words.said(words.CHOICES_MIXED_KIND, kind=kind)
    return "choice", words.said(words.CHOICES_MIXED)


def _text_kind(name: str, prop: Mapping[str, Any]) -> tuple[KindName, str | None]:
    """A string property: an image, a prompt, or text in a format Storyreel does not know."""
    if looks_like_image(name, prop):
        return "image", None
    text_format = fmt(prop)
    if text_format is None or text_format in TEXT_FORMATS or name.lower() in PROMPT_NAMES:
        return "prompt", None
    if "maxLength" in prop:
        return "prompt", None
    return "generic", words.said(words.UNKNOWN_FORMAT, format=text_format)


def _list_kind(name: str, prop: Mapping[str, Any]) -> KindName:
    """An array property: a list of images, a list of simple objects, or structured JSON."""
    item = item_schema(prop)
    item_type = json_type(item) if item is not None else None
    if item_type in (None, "string") and (
        looks_like_image(name, item or {}) or looks_like_image(name, prop)
    ):
        return "image_list"
    if is_simple_object_list(prop):
        return "object_list"
    return "structured"


def unchecked_warning(kind: KindName, prop: Mapping[str, Any]) -> str | None:
    unchecked = json_schema.unchecked_keywords(prop) if kind in STRUCTURED_KINDS else []
    if unchecked:
        names = ", ".join(f"'{k}'" for k in unchecked)
        template = words.UNCHECKED_RULE if len(unchecked) == 1 else words.UNCHECKED_RULES
        return words.said(template, names=names)
    return None


STRUCTURED_KINDS: tuple[KindName, ...] = ("object_list", "structured")


def checked_default(
    kind: KindName, prop: Mapping[str, Any], choices: tuple[Any, ...]
) -> tuple[Any, str | None]:
    """The schema's default when the field can hold it; otherwise None and why."""
    default = prop.get("default")
    if default is None:
        return None, None
    if kind in ("choice", "int_choice"):
        if json_schema.in_enum(default, list(choices)):
            return default, None
        twin = default_twin(default, list(choices))
        if twin is not None:
            return twin, words.said(
                words.DEFAULT_AS_NUMBER, default=repr(default), choice=repr(twin)
            )
        return None, words.said(words.DEFAULT_NOT_A_CHOICE, default=repr(default))
    if kind in ("integer", "number"):
        value = json_schema.number(default)
        whole = kind == "integer"
        if value is None or (whole and not isinstance(value, int)):
            template = words.DEFAULT_NOT_WHOLE if whole else words.DEFAULT_NOT_NUMBER
            return None, words.said(template, default=repr(default))
        broken = json_schema.range_problems(value, prop)
        if broken:
            return None, words.said(
                words.DEFAULT_OUT_OF_LIMITS, default=repr(value), limits=broken[0][1].rstrip(".")
            )
    if kind in STRUCTURED_KINDS and json_schema.validate(default, prop):
        return None, words.said(words.DEFAULT_NOT_FITTING)
    return default, None
