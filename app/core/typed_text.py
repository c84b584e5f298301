"""A value typed as text (the command line's ``--set duration=5``) read in the type a model's
schema asks for: a choice as listed, whole numbers, numbers, true or false, JSON."""

from __future__ import annotations

import json
from typing import Any

from app.core import json_schema
from app.core.catalogue import Field, FieldKind
from app.core.errors import TypedValueError
from app.core.wording import QT_TRANSLATE_NOOP


def coerce(field: Field, text: str) -> Any:
    """A value typed as text (``--set duration=5``) in the type the schema asks for.

    Raises ``TypedValueError`` (a ``ValueError``) with a message naming the field when the
    text cannot be read.
    """
    kind = field.kind
    json_type = field.json_type
    if kind is FieldKind.CHOICE:
        for choice in field.choices:  # "5" picks the choice 5 (or "5") as the schema lists it
            if str(choice) == text.strip():
                return choice
        return text
    if kind in (FieldKind.INT_CHOICE, FieldKind.INTEGER) or json_type == "integer":
        try:
            return int(text.strip())
        except ValueError:
            raise TypedValueError.said(
                QT_TRANSLATE_NOOP("Errors", "{name}: '{text}' is not a whole number."),
                name=field.name,
                text=text,
            ) from None
    if kind is FieldKind.BOOLEAN or json_type == "boolean":
        lowered = text.strip().lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        raise TypedValueError.said(
            QT_TRANSLATE_NOOP("Errors", "{name}: '{text}' is not true or false."),
            name=field.name,
            text=text,
        )
    if kind is FieldKind.NUMBER or json_type == "number":
        try:
            return json_schema.parse_number(text)
        except ValueError as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            raise TypedValueError.said(
                QT_TRANSLATE_NOOP("Errors", "{name}: '{text}' {reason}"),
                name=field.name,
                text=text,
                reason=reason,
            ) from None
    if field.is_list:
        return [text]
    if json_type in ("array", "object") or kind in (FieldKind.OBJECT_LIST, FieldKind.STRUCTURED):
        try:
            return json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: nested too deep
            if len(text) > 60:
                raise TypedValueError.said(
                    QT_TRANSLATE_NOOP("Errors", "{name}: the value is not valid JSON."),
                    name=field.name,
                ) from None
            raise TypedValueError.said(
                QT_TRANSLATE_NOOP("Errors", "{name}: '{text}' is not valid JSON."),
                name=field.name,
                text=text,
            ) from None
    return text


__all__ = ["coerce"]
