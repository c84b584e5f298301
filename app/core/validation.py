"""Field rules and image rules, and the request body they guard. How one image rule is
measured and worded is in :mod:`app.core.image_rules`.

Image values are plain strings: a URL (``https://…``) or a local file path. An image list
is a list of such strings, in order.

Image rules are applied exactly as their operator is written, whatever the message next to
it says: an image Storyreel accepts must never be one the server rejects. Where the two
could disagree, Storyreel takes the stricter reading:

* "MB" in ``file_size_mb<`` is 1,000,000 bytes (the smaller unit, so the stricter limit).
* An image whose EXIF orientation turns it on its side must pass in both its stored and its
  displayed orientation, since a server may read either. Local files are sent with the
  rotation applied (see ``app.api.encoding``), so the displayed size is what the model sees.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import image_integrity, json_schema
from app.core.catalogue import Field, FieldKind, Model
from app.core.errors import ValidationError
from app.core.image_rules import OPERATOR_WORDS as OPERATOR_WORDS  # for the callers
from app.core.image_rules import OPERATORS as OPERATORS
from app.core.image_rules import Check as Check
from app.core.image_rules import check_rule as check_rule
from app.core.images import MAX_DECODE_PIXELS, MAX_SENT_PIXELS, ImageInfo, can_decode
from app.core.typed_text import coerce as coerce  # where it was first, for the callers
from app.core.urls import shown_url, url_problem
from app.core.wording import QT_TRANSLATE_NOOP, said


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) with one field, in words a user understands."""

    field: str
    rule: str
    message: str
    actual: Any = None
    limit: Any = None
    severity: Severity = Severity.ERROR
    item: int | None = None  # position in an image list, from 0

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    def line(self) -> str:
        where = self.field if self.item is None else f"{self.field}[{self.item + 1}]"
        return f"{where}: {self.message}"


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def check_format(field: Field, info: ImageInfo) -> Check | None:
    if not field.accepted_formats:
        return None
    allowed = " or ".join(field.accepted_formats)
    actual = info.format or "unknown"
    passed = actual.upper() in field.accepted_formats
    message = (
        f"Format {actual} is accepted."
        if passed
        else f"Format is {actual}; this model takes {allowed} only."
    )
    return Check("format", "Format", passed, actual, allowed, message)


def incomplete_check(message: str) -> Check:
    """The failing row of a file cut short (no fix: only the original can replace it)."""
    return Check("complete", "Complete file", False, "cut short", "the whole file", message, False)


def check_complete(info: ImageInfo) -> Check | None:
    """The failing row when the file's structure shows it was cut short."""
    if info.incomplete is None:
        return None
    name = Path(info.source).name or said(QT_TRANSLATE_NOOP("Errors", "The image"))
    return incomplete_check(image_integrity.describe(name, info.incomplete))


def check_decodable(info: ImageInfo) -> Check | None:
    """A failing row for an image too large to decode even at the size it would be sent at.

    A "decompression bomb" (a small file whose header claims a vast canvas) lands here
    even for a field without size rules, instead of failing only when it is sent.
    """
    width, height = info.width, info.height
    area = width * height
    fit = (width, height)
    if area > MAX_SENT_PIXELS:
        scale = math.sqrt(MAX_SENT_PIXELS / area)
        fit = (max(1, int(width * scale)), max(1, int(height * scale)))
    if can_decode(info, fit):
        return None
    megapixels = MAX_DECODE_PIXELS // 1_000_000
    return Check(
        "decodable",
        "Pixels",
        False,
        f"{width} × {height} px",
        f"at most {megapixels} megapixels",
        f"{width} × {height} px is more than the {megapixels} megapixels Storyreel can read "
        "safely. Save a smaller copy of it in an image editor.",
        # A size rule's fix may still apply: JPEGs decode at a reduced scale for it.
        fixable=True,
    )


def check_image(field: Field, info: ImageInfo) -> list[Check]:
    """Every rule of the field applied to one image, pass or fail, in the schema's order.

    A file cut short fails first, whatever its header says.
    """
    checks = [c for c in (check_complete(info), check_decodable(info)) if c is not None]
    checks += [check_rule(rule, info) for rule in field.image_rules]
    fmt = check_format(field, info)
    if fmt is not None:
        checks.append(fmt)
    if info.frame_count > 1:
        checks.append(
            Check(
                "animation",
                "Animation",
                True,
                f"{info.frame_count} frames",
                "first frame used",
                "Animated image: only its first frame is used.",
                fixable=False,
            )
        )
    return checks


def image_problems(field: Field, info: ImageInfo, item: int | None = None) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for check in check_image(field, info):
        if check.passed or check.message in seen:
            continue
        seen.add(check.message)
        problems.append(
            Problem(field.name, check.rule, check.message, check.actual, check.limit, item=item)
        )
    return problems


# --- field rules ----------------------------------------------------------------------------


def is_unset(value: Any) -> bool:
    """Whether a value counts as not given: nothing, an empty list, or text that is blank.

    The one rule for "missing": text of only spaces, tabs or line breaks is no more a
    prompt (or an image path) than no text at all, in the window and on the command line.
    """
    if value is None or value == []:
        return True
    return isinstance(value, str) and not value.strip()


_is_unset = is_unset


def media_noun(field: Field) -> str:
    """What one item of a media field is called: "image", "video" or "audio clip"."""
    if field.is_video:
        return "video"
    if field.is_audio:
        return "audio clip"
    return "image"


def with_article(noun: str) -> str:
    return f"an {noun}" if noun[:1] in ("a", "e", "i", "o", "u") else f"a {noun}"


def _count_text(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _image_value_problems(field: Field, value: Any, item: int | None = None) -> list[Problem]:
    if not isinstance(value, str) or not value.strip():
        what = with_article(media_noun(field))
        return [Problem(field.name, "type", f"Expected {what} file or URL.", item=item)]
    if "://" in value or is_url(value):
        problem = url_problem(value)
        if problem is not None:
            return [Problem(field.name, "url", problem, shown_url(value), item=item)]
    if "://" in value and not is_url(value):
        scheme = value.split("://", 1)[0]
        return [
            Problem(
                field.name,
                "url",
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only http and https URLs can be used, not {scheme}."
                    ),
                    scheme=shown_url(scheme),
                ),
                shown_url(scheme),
                item=item,
            )
        ]
    return []


def field_problems(field: Field, value: Any) -> list[Problem]:
    """The rules of one field for a value that is set (required is checked by the caller)."""
    kind = field.kind
    if kind is FieldKind.PROMPT or (kind is FieldKind.GENERIC and field.json_type == "string"):
        return _text_problems(field, value)
    if kind is FieldKind.CHOICE or kind is FieldKind.INT_CHOICE:
        return _choice_problems(field, value)
    if kind is FieldKind.INTEGER or kind is FieldKind.NUMBER:
        return number_problems(field, value)
    if kind is FieldKind.BOOLEAN:
        if not isinstance(value, bool):
            return [Problem(field.name, "type", "Expected on or off (true or false).", value)]
        return []
    if kind is FieldKind.IMAGE or kind is FieldKind.VIDEO or kind is FieldKind.AUDIO:
        return _image_value_problems(field, value)
    if field.is_list:
        return _list_problems(field, value)
    if kind is FieldKind.OBJECT_LIST or kind is FieldKind.STRUCTURED:
        return structured_problems(field, value)
    return _generic_problems(field, value)


def _text_problems(field: Field, value: Any) -> list[Problem]:
    """Text within the schema's lengths."""
    name = field.name
    if not isinstance(value, str):
        return [Problem(name, "type", "Expected text.", type(value).__name__)]
    count = len(value)
    if field.min_length is not None and count < field.min_length:
        return [
            Problem(
                name,
                "minLength",
                f"Too short: {count} characters, at least {field.min_length} needed.",
                count,
                field.min_length,
            )
        ]
    if field.max_length is not None and count > field.max_length:
        return [
            Problem(
                name,
                "maxLength",
                f"Too long: {count} characters, at most {field.max_length} allowed.",
                count,
                field.max_length,
            )
        ]
    return []


def _choice_problems(field: Field, value: Any) -> list[Problem]:
    """One of the choices the schema offers (a whole number for a choice of numbers)."""
    name = field.name
    whole = isinstance(value, int) and not isinstance(value, bool)
    if field.kind is FieldKind.INT_CHOICE and not whole:
        return [Problem(name, "type", "Expected a whole number.", value)]
    if not json_schema.in_enum(value, list(field.choices)):
        allowed = ", ".join(field.choice_label(c) for c in field.choices)
        return [
            Problem(
                name,
                "enum",
                f"{field.choice_label(value)} is not offered; choose one of {allowed}.",
                value,
                list(field.choices),
            )
        ]
    return []


def _list_problems(field: Field, value: Any) -> list[Problem]:
    """A list of images, videos or audio clips: how many, and each item's value."""
    noun = media_noun(field)
    if not isinstance(value, list):
        return [Problem(field.name, "type", f"Expected a list of {noun}s.", type(value).__name__)]
    problems = []
    count = len(value)
    if field.min_items is not None and count < field.min_items:
        problems.append(
            Problem(
                field.name,
                "minItems",
                f"{_count_text(count, noun)} given; at least {field.min_items} needed.",
                count,
                field.min_items,
            )
        )
    if field.max_items is not None and count > field.max_items:
        problems.append(
            Problem(
                field.name,
                "maxItems",
                f"{_count_text(count, noun)} given; at most {field.max_items} allowed.",
                count,
                field.max_items,
            )
        )
    for index, item in enumerate(value):
        problems.extend(_image_value_problems(field, item, index))
    return problems


def number_problems(field: Field, value: Any) -> list[Problem]:
    """A whole number (INTEGER) or any number (NUMBER) within the schema's limits and steps."""
    name = field.name
    if field.kind is FieldKind.INTEGER and (isinstance(value, bool) or not isinstance(value, int)):
        return [Problem(name, "type", "Expected a whole number.", value)]
    if json_schema.number(value) is None:
        return [Problem(name, "type", "Expected a number.", value)]
    limits = {
        "minimum": field.minimum,
        "maximum": field.maximum,
        "exclusiveMinimum": field.exclusive_minimum,
        "exclusiveMaximum": field.exclusive_maximum,
        "multipleOf": field.multiple_of,
    }
    return [
        Problem(name, "multipleOf" if rule == "multipleOf" else "range", message, value, limit)
        for rule, message, limit in json_schema.range_problems(value, limits)
    ]


def structured_problems(field: Field, value: Any) -> list[Problem]:
    """A list or object checked against the field's schema, each problem where it is."""
    problems = []
    for found in json_schema.validate(value, field.schema):
        index = found.first_index
        where = found.path
        if index is not None:
            where = where[where.index("]") + 1 :].lstrip(".")
        message = (
            said(
                QT_TRANSLATE_NOOP("Errors", "{where}: {message}"),
                where=where,
                message=found.message,
            )
            if where
            else found.message
        )
        # "required" stays the rule of a field left unset; a key missing inside is "missing".
        rule = "missing" if found.rule == "required" else found.rule
        problems.append(Problem(field.name, rule, message, None, found.limit, item=index))
    return problems


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _generic_problems(field: Field, value: Any) -> list[Problem]:
    expected = _JSON_TYPES.get(field.json_type or "")
    if expected is None:
        return []
    wrong = not isinstance(value, expected) or (
        field.json_type in ("integer", "number") and isinstance(value, bool)
    )
    if wrong:
        message = said(
            QT_TRANSLATE_NOOP("Errors", "Expected a value of type {type}."), type=field.json_type
        )
        return [Problem(field.name, "type", message, value)]
    enum_values = field.schema.get("enum")
    if (
        isinstance(enum_values, list)
        and enum_values
        and not json_schema.in_enum(value, enum_values)
    ):
        message = said(
            QT_TRANSLATE_NOOP("Errors", "{value} is not one of {values}."),
            value=repr(value),
            values=repr(enum_values),
        )
        return [Problem(field.name, "enum", message, value)]
    return []


def validate_values(model: Model, values: Mapping[str, Any]) -> list[Problem]:
    """Every field rule for a set of values.

    Unset optional fields are fine; unknown keys are not.
    """
    problems: list[Problem] = []
    for key in values:
        if not model.has_field(key):
            problems.append(
                Problem(key, "unknown", f"{model.display_name} has no setting '{key}'.")
            )
    for field in model.fields:
        value = values.get(field.name)
        if _is_unset(value):
            if field.required:
                if field.is_media:
                    what = "give " + with_article(media_noun(field))
                elif field.kind is FieldKind.PROMPT:
                    what = "write one (spaces alone do not count)"
                elif field.kind is FieldKind.OBJECT_LIST:
                    what = "add at least one entry"
                else:
                    what = "give a value"
                problems.append(
                    Problem(field.name, "required", f"{field.title} is required: {what}.")
                )
            continue
        problems.extend(field_problems(field, value))
    return problems


def advice(model: Model, values: Mapping[str, Any]) -> list[Problem]:
    """The model page's prose advice, checked: warnings that never block."""
    warnings: list[Problem] = []
    for item in model.advice:
        if not model.has_field(item.field):
            continue
        field = model.field(item.field)
        value = values.get(item.field)
        if item.rule == "ignored_when" and not _is_unset(value):
            settings = {
                k: values.get(k, model.field(k).default if model.has_field(k) else None)
                for k in item.when
            }
            if all(settings[k] == v for k, v in item.when.items()):
                condition = ", ".join(f"{v}" for v in item.when.values())
                warnings.append(
                    Problem(
                        field.name,
                        "ignored_when",
                        said(
                            QT_TRANSLATE_NOOP("Errors", "{title} has no effect at {condition}."),
                            title=field.title,
                            condition=condition,
                        ),
                        severity=Severity.WARNING,
                    )
                )
        elif item.rule == "advisory_max_length" and isinstance(value, str):
            limit = int(item.value)
            if len(value) > limit:
                warnings.append(
                    Problem(
                        field.name,
                        "advisory_max_length",
                        said(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "{count} characters: prompts under {limit} characters give "
                                "better results.",
                            ),
                            count=len(value),
                            limit=limit,
                        ),
                        len(value),
                        limit,
                        severity=Severity.WARNING,
                    )
                )
    return warnings


# --- the request body (typed-in text is read by app.core.typed_text) -------------------------


def identity_encoder(field: Field, value: str) -> str:
    return value


def build_request_body(
    model: Model,
    values: Mapping[str, Any],
    *,
    encode_image: Callable[[Field, str], str] = identity_encoder,
) -> dict[str, Any]:
    """The JSON body for a submission: the schema's properties only, typed as the schema says.

    Optional fields the user left unset are left out. Raises :class:`ValidationError` when a
    field rule is broken, so nothing invalid is ever sent.
    """
    problems = [p for p in validate_values(model, values) if p.blocking]
    if problems:
        raise ValidationError(problems)
    body: dict[str, Any] = {}
    for field in model.fields:
        value = values.get(field.name)
        if value is None or _is_unset(value):
            continue
        if field.is_media and field.is_list:
            body[field.name] = [encode_image(field, v) for v in value]
        elif field.is_media:
            body[field.name] = encode_image(field, value)
        else:
            body[field.name] = value
    return body


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
