"""Messages the window translates, written below the window without Qt.

An error raised in ``app.core``, ``app.api`` or ``app.store`` speaks English (the command
line prints it as it is). When the window shows it, it reads it in the user's language: the
message keeps its English template and named arguments, and ``app.ui.error_text`` looks the
template up in the translations and fills in the same arguments.

* ``QT_TRANSLATE_NOOP(context, text)`` marks a template for ``pyside6-lupdate`` (which finds
  it by name in any module) and returns ``text`` unchanged.
* ``said(template, **arguments)`` is the English message: a ``str`` equal to
  ``template.format(**arguments)`` that remembers its template, arguments and context.
  An argument may itself be said (a reason that is a sentence): it is translated with it.
  File names, URLs and numbers are passed as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

ERRORS = "Errors"
FIXES = "Fixes"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


class Said(str):
    """An English message that keeps what it was made of, for the window to translate."""

    template: str
    arguments: Mapping[str, object]
    context: str

    def __new__(cls, context: str, template: str, arguments: Mapping[str, object]) -> Said:
        made = super().__new__(cls, template.format(**arguments))
        made.template = template
        made.arguments = dict(arguments)
        made.context = context
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Said, (self.context, self.template, dict(self.arguments)))


def said(template: str, /, **arguments: object) -> Said:
    """The message ``template`` (an error's, context "Errors") filled with ``arguments``."""
    return Said(ERRORS, template, arguments)


def said_in(context: str, template: str, /, **arguments: object) -> Said:
    """The message ``template`` of ``context`` filled with ``arguments``."""
    return Said(context, template, arguments)


def cleaned(message: str, clean: Callable[[str], str]) -> str:
    """``message`` passed through ``clean`` (which makes outside text safe): a said message
    keeps its template, and each of its text arguments is cleaned instead."""
    if not isinstance(message, Said):
        return clean(message)
    arguments = {
        name: cleaned(value, clean) if isinstance(value, str) else value
        for name, value in message.arguments.items()
    }
    return Said(message.context, message.template, arguments)


# -- keeping a message's wording in a file ----------------------------------------------------
#
# A job's reason is saved in the job database as its English text and, beside it, as its
# wording: ``to_json`` gives the context, template and arguments of a said message as JSON
# (numbers stay numbers, an argument that is said is kept as wording too), and
# ``from_json`` makes the said message again, so that after a restart the window still shows
# it in the user's language. Anything that cannot be read back (a damaged or foreign value)
# gives the English text as it was saved, never an exception.

WORDING_DEPTH = 8  # how deeply said arguments may nest in a saved wording
_PLAIN = (str, int, float, bool, type(None))


def _wording_data(message: Said, depth: int) -> dict[str, object]:
    arguments: dict[str, object] = {}
    for name, value in message.arguments.items():
        if isinstance(value, Said) and depth < WORDING_DEPTH:
            arguments[name] = _wording_data(value, depth + 1)
        elif isinstance(value, _PLAIN) and not isinstance(value, Said):
            arguments[name] = value
        else:
            arguments[name] = str(value)  # a path, or a said argument nested too deeply
    return {"context": message.context, "template": message.template, "arguments": arguments}


def to_json(message: str | None) -> str | None:
    """The wording of ``message`` as JSON when it is said; None for plain text (or None)."""
    if not isinstance(message, Said):
        return None
    try:
        return json.dumps(_wording_data(message, 0), ensure_ascii=False, allow_nan=False)
    except ValueError:  # a number that JSON cannot hold (inf, nan): the English alone
        return None


def _said_from(data: object, depth: int) -> Said | None:
    if not isinstance(data, dict) or depth > WORDING_DEPTH:
        return None
    context, template, raw = data.get("context"), data.get("template"), data.get("arguments")
    if not isinstance(context, str) or not isinstance(template, str) or not isinstance(raw, dict):
        return None
    arguments: dict[str, object] = {}
    for name, value in raw.items():
        if isinstance(value, dict):
            value = _said_from(value, depth + 1)
            if value is None:
                return None
        elif not isinstance(value, _PLAIN):
            return None
        arguments[name] = value
    try:
        return Said(context, template, arguments)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return None  # a template its arguments do not fill


def from_json(wording: str | None, english: str) -> str:
    """The said message saved as ``wording`` (see ``to_json``), when it reads back whole and
    says exactly ``english``; otherwise ``english`` itself."""
    if not wording:
        return english
    try:
        data = json.loads(wording)
    except (ValueError, RecursionError):
        return english
    return from_data(data, english)


def from_data(data: object, english: str) -> str:
    """The said message whose wording was read as ``data`` (the JSON of ``to_json``, already
    parsed), when it says exactly ``english``; otherwise ``english`` itself."""
    try:
        message = _said_from(data, 0)
    except RecursionError:
        return english
    if message is None or str(message) != english:
        return english
    return message
