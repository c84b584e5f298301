"""Text from outside: keys redacted wherever they appear, terminal escapes and other control
characters gone, newlines kept where they mean something."""

from __future__ import annotations

import io
import json

import pytest

from app.core import text
from app.core.text import CleanStream, clean_data, outside_text, remember_secret

KEY = "rc-live-0123456789abcdefghij"


@pytest.fixture(autouse=True)
def no_secrets():
    text.forget_secrets()
    yield
    text.forget_secrets()


HOSTILE = (
    "\x1b]0;you have been pwned\x07"  # retitle the terminal
    "\x1b[2J\x1b[H"  # clear the screen, cursor home
    "Quota exceeded\x1b[31m!\x1b[0m"
    "\x9b2J"  # the 8-bit form of the same
    "\u202eevil\u202c"  # a right-to-left override
    "\x00\x07\x08\x7f\r"
)


def test_escape_sequences_and_control_characters_are_removed():
    assert outside_text(HOSTILE) == "Quota exceeded!evil"


def test_newlines_and_tabs_stay_unless_one_line_is_wanted():
    assert outside_text("line one\r\n\tline two") == "line one\n\tline two"
    assert outside_text("line one\n\tline two", single_line=True) == "line one  line two"


def test_a_known_key_is_redacted_wherever_it_appears():
    remember_secret(KEY)
    said = f'{{"detail": "token {KEY} is not valid for this account", "echo": "x{KEY}y"}}'
    cleaned = outside_text(said)
    assert KEY not in cleaned
    assert cleaned.count("[redacted]") == 2
    # A key given for this one call only, and one shaped like a Bearer header.
    once = "other-secret-123"
    assert once not in outside_text(f"a {once}", secrets=[once])
    assert "zzzzzzzz" not in outside_text("Authorization: Bearer zzzzzzzz")


def test_text_is_clipped_to_its_limit():
    assert outside_text("x" * 50, 10) == "x" * 9 + "…"
    assert outside_text(None) == ""


def test_json_data_is_cleaned_in_every_string_and_key():
    remember_secret(KEY)
    data = json.loads(
        json.dumps({"status": "failed", f"k{KEY}": [{"m": f"\x1b[2J{KEY}"}, 3, None, True]})
    )
    cleaned = clean_data(data)
    assert cleaned == {"status": "failed", "k[redacted]": [{"m": "[redacted]"}, 3, None, True]}


def test_the_command_line_stream_cleans_what_is_written_but_its_own_progress_line():
    remember_secret(KEY)
    inner = io.StringIO()
    stream = CleanStream(inner)
    stream.write("\r\x1b[KIn queue · 3 s")
    stream.write(f"\nFailed: {HOSTILE} {KEY}\n")
    assert inner.getvalue() == "\r\x1b[KIn queue · 3 s\nFailed: Quota exceeded!evil [redacted]\n"
