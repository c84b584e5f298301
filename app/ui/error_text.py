"""The window's text of an error, or of any message said below the window, in the user's
language.

An error whose message was made with ``app.core.wording.said`` is shown translated: its
template looked up in its context, then filled with its arguments (an argument that is said
too is translated the same way). Numbers among the arguments are written in the window's
locale, as the template's format spec asks (``{size:.1f}`` is "2,5" in German; see
``app.ui.number_format`` for grouping); text arguments go in as they are. Anything else (an
English message not yet templated, an outside text) is shown as it is.
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import StoryreelError
from app.core.wording import Said
from app.ui.number_format import formatted


class _WindowFormatter(string.Formatter):
    """``str.format`` with numbers written in the window's locale."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return formatted(value, format_spec)
        return str(super().format_field(value, format_spec))


_FORMATTER = _WindowFormatter()


def said_text(message: str) -> str:
    """``message`` in the window's language when it is said; else unchanged."""
    if not isinstance(message, Said):
        return message
    arguments = {
        name: said_text(value) if isinstance(value, Said) else value
        for name, value in message.arguments.items()
    }
    template = QCoreApplication.translate(message.context, message.template)
    try:
        return _FORMATTER.vformat(template, (), arguments)
    except (KeyError, IndexError, ValueError, AttributeError):
        # A translation whose placeholders do not match: the English is still right.
        return _FORMATTER.vformat(message.template, (), arguments)


def error_text(error: BaseException | str) -> str:
    """What the window shows of ``error`` (an exception, or a message already taken from
    one): its message, translated when it is said."""
    if isinstance(error, str):
        return said_text(error)
    if isinstance(error, StoryreelError):
        return said_text(error.message)
    if len(error.args) == 1 and isinstance(error.args[0], Said):  # OSError(said(...)) and such
        return said_text(error.args[0])
    return str(error)


__all__ = ["error_text", "said_text"]
