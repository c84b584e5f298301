"""The units RunComfy prices its models in, as words in a sentence ("$0.05 per second")."""

from __future__ import annotations

from app.core.wording import QT_TRANSLATE_NOOP, said

UNIT_WORDS = {
    "second": QT_TRANSLATE_NOOP("Errors", "second"),
    "output": QT_TRANSLATE_NOOP("Errors", "output"),
}


def unit_word(unit: str) -> str:
    """The price unit ``unit`` as a word the window translates (an unknown one as it is)."""
    word = UNIT_WORDS.get(unit)
    return said(word) if word is not None else unit


__all__ = ["UNIT_WORDS", "unit_word"]
