"""Text that came from outside Storyreel, made safe to store, log, print and show.

A server's error message, a raw answer body, a result field, the reason a download or a
fetch failed: any of these may carry what it should not, by accident or by design.

* **Secrets.** An answer may echo the API key (an error text that quotes the Authorization
  header). Every key this process knows is registered here (``remember_secret``, called by
  ``app.api.secrets``) and replaced by ``[redacted]`` wherever it appears, together with
  anything shaped like a Bearer token or an Authorization header.
* **Control characters.** A terminal obeys escape sequences (retitle the window, clear the
  screen, move the cursor) and bidirectional overrides make a text read differently from
  what it says. Escape sequences are removed whole; other C0 and C1 controls, DEL and the
  bidi embedding, override and isolate characters are dropped. Newlines and tabs stay
  (``single_line`` turns them into spaces); a carriage return never stays.

``outside_text`` does both, and clips to a length; ``clean_data`` does it to every string
(keys included) of JSON-like data. Both are cheap on text that needs nothing.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

REDACTED = "[redacted]"
# Shorter values are not redacted: they would blank out ordinary words of a message.
MIN_SECRET_LENGTH = 6

_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{6,}")
_AUTH_HEADER = re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?!bearer\b)[^\s'\",}]{6,}")
_MAYBE_AUTH = re.compile(r"(?i)bearer|authorization")

# Escape sequences (7-bit and 8-bit forms): CSI, OSC/DCS/SOS/PM/APC strings, two-byte ones.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI … final byte
    r"|(?:\x1b[\]P^_X]|[\x9d\x90\x9e\x9f\x98])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # strings
    r"|\x1b[ -/]*[0-~]?"  # ESC (intermediates) final
)
# Everything else that must not survive: C0 but tab and newline, DEL, C1, bidi controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"[\t\n]")

_secrets: set[str] = set()


def remember_secret(value: str | None) -> None:
    """From now on, ``value`` is taken out of every outside text (if long enough to tell)."""
    if value and len(value.strip()) >= MIN_SECRET_LENGTH:
        _secrets.add(value.strip())


def forget_secrets() -> None:
    """Forget every registered secret (a new session, in tests)."""
    _secrets.clear()


def _known(secrets: Iterable[str | None]) -> list[str]:
    """The registered secrets and ``secrets``, longest first (so that a key containing
    another is removed whole)."""
    known = set(_secrets)
    known.update(s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH)
    return sorted(known, key=len, reverse=True)


def _redact(text: str, known: list[str]) -> str:
    for value in known:
        if value in text:
            text = text.replace(value, REDACTED)
    if _MAYBE_AUTH.search(text):
        text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
        text = _AUTH_HEADER.sub(lambda m: m.group(1) + REDACTED, text)
    return text


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` without any registered secret, any of ``secrets``, or a Bearer token."""
    return _redact(text, _known(secrets)) if text else text


def strip_controls(text: str, *, single_line: bool = False) -> str:
    """``text`` without escape sequences and control characters (see the module docstring)."""
    if _CONTROLS.search(text):
        text = text.replace("\r\n", "\n")
        text = _ESCAPES.sub("", text)
        text = _CONTROLS.sub("", text)
    if single_line and ("\n" in text or "\t" in text):
        text = _WHITESPACE.sub(" ", text)
    return text


def clip(text: str, limit: int | None) -> str:
    text = text.strip()
    if limit is None or len(text) <= limit:
        return text
    return text[: max(0, limit - 1)] + "…"


def outside_text(
    text: Any,
    limit: int | None = None,
    *,
    secrets: Iterable[str | None] = (),
    single_line: bool = False,
) -> str:
    """Text from outside, safe to store, log, print and show: no secret, no control
    character, at most ``limit`` characters (see the module docstring)."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    return clip(strip_controls(redact(text, secrets), single_line=single_line), limit)


def clean_data(value: Any, secrets: Iterable[str | None] = ()) -> Any:
    """JSON-like data with every string (and every key) cleaned like ``outside_text`` (not
    clipped)."""
    return _clean(value, _known(secrets))


def _clean(value: Any, known: list[str]) -> Any:
    if isinstance(value, str):
        return strip_controls(_redact(value, known)) if value else value
    if isinstance(value, dict):
        return {_clean(k, known): _clean(v, known) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(item, known) for item in value]
    return value


class CleanStream:
    """A text stream that writes everything through ``outside_text``'s cleaning (newlines
    kept): the command line's last line of defence. A write may begin with the one
    sequence Storyreel itself uses, "carriage return, erase line", for its progress line."""

    _ERASE_LINE = "\r\x1b[K"

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        prefix = ""
        if text.startswith(self._ERASE_LINE):
            prefix, text = self._ERASE_LINE, text[len(self._ERASE_LINE) :]
        cleaned = strip_controls(redact(text))
        self._inner.write(prefix + cleaned)
        return len(text) + len(prefix)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextlib.contextmanager
def cleaned_output() -> Iterator[None]:
    """While inside, ``sys.stdout`` and ``sys.stderr`` clean what is written to them."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(sys.stdout), CleanStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


__all__ = [
    "CleanStream",
    "MIN_SECRET_LENGTH",
    "REDACTED",
    "clean_data",
    "cleaned_output",
    "clip",
    "forget_secrets",
    "outside_text",
    "redact",
    "remember_secret",
    "strip_controls",
]
