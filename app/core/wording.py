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
