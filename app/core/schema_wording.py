"""What a value checked against a JSON schema breaks (``app.core.json_schema``), and where,
as templates the window translates (context "Errors", ``app.core.wording``). Their English
(``str()``) is what the command line prints.
"""

from __future__ import annotations

from app.core.wording import QT_TRANSLATE_NOOP, Said, said

# A JSON type -> what a value of it is, in a sentence ("Expected a whole number.").
TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("Errors", "text"),
    "integer": QT_TRANSLATE_NOOP("Errors", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Errors", "a number"),
    "float": QT_TRANSLATE_NOOP("Errors", "a number"),
    "boolean": QT_TRANSLATE_NOOP("Errors", "true or false"),
    "array": QT_TRANSLATE_NOOP("Errors", "a list"),
    "object": QT_TRANSLATE_NOOP("Errors", "an object"),
}
EITHER = QT_TRANSLATE_NOOP("Errors", "{first} or {second}")
EXPECTED = QT_TRANSLATE_NOOP("Errors", "Expected {wanted}.")
TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "This value is nested too deeply to be checked.")
NOT_ONE_OF = QT_TRANSLATE_NOOP("Errors", "{value} is not one of: {listed}.")
# A range rule -> its sentence; {value} and {limit} as a person writes them (5, 0.5).
RANGES = {
    "minimum": QT_TRANSLATE_NOOP("Errors", "{value} must be at least {limit}."),
    "maximum": QT_TRANSLATE_NOOP("Errors", "{value} must be at most {limit}."),
    "exclusiveMinimum": QT_TRANSLATE_NOOP("Errors", "{value} must be more than {limit}."),
    "exclusiveMaximum": QT_TRANSLATE_NOOP("Errors", "{value} must be less than {limit}."),
    "multipleOf": QT_TRANSLATE_NOOP("Errors", "{value} must be a multiple of {limit}."),
}
TOO_SHORT_ONE = QT_TRANSLATE_NOOP("Errors", "Too short: at least 1 character needed.")
TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "Too short: at least {low} characters needed.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Too long: {count} characters, at most {high} allowed.")
FEW_ONE = QT_TRANSLATE_NOOP("Errors", "1 entry given; at least {low} needed.")
FEW = QT_TRANSLATE_NOOP("Errors", "{count} entries given; at least {low} needed.")
MANY_ONE = QT_TRANSLATE_NOOP("Errors", "1 entry given; at most {high} allowed.")
MANY = QT_TRANSLATE_NOOP("Errors", "{count} entries given; at most {high} allowed.")
REQUIRED = QT_TRANSLATE_NOOP("Errors", "{name} is required.")
UNKNOWN_SETTING = QT_TRANSLATE_NOOP("Errors", "{name} is not a known setting.")
WHERE = QT_TRANSLATE_NOOP("Errors", "{where}: {message}")


def type_name(json_type: str) -> str:
    """What a value of ``json_type`` is ("a whole number"); an unknown type as it is named."""
    template = TYPE_NAMES.get(json_type)
    return said(template) if template is not None else json_type


def expected(types: list[str]) -> Said:
    """ "Expected a whole number or text." for the types a schema allows (at least one)."""
    names = [type_name(t) for t in dict.fromkeys(types)]
    unique = list(dict.fromkeys(names))  # "number" and "float" both read "a number"
    wanted = unique[0]
    for name in unique[1:]:
        wanted = said(EITHER, first=wanted, second=name)
    return said(EXPECTED, wanted=wanted)


def out_of_range(rule: str, value: str, limit: str) -> Said:
    return said(RANGES[rule], value=value, limit=limit)


def too_short(low: int) -> Said:
    return said(TOO_SHORT_ONE) if low == 1 else said(TOO_SHORT, low=low)


def entries(count: int, low: int | None = None, high: int | None = None) -> Said:
    """ "3 entries given; at least 4 needed." (``low``), or "… at most 2 allowed." (``high``)."""
    if low is not None:
        return said(FEW_ONE, low=low) if count == 1 else said(FEW, count=count, low=low)
    return said(MANY_ONE, high=high) if count == 1 else said(MANY, count=count, high=high)


__all__ = ["entries", "expected", "out_of_range", "too_short", "type_name"]
