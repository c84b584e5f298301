"""A said message kept in a file reads back as the same said message; anything damaged or
foreign in its place gives the English text that was saved with it, never an error."""

from __future__ import annotations

import json

import pytest

from app.core.jobs import JobState
from app.core.wording import Said, from_json, said, said_in, to_json


def test_a_said_message_with_numbers_and_a_said_reason_comes_back_whole():
    reason = said("The disk is full ({free:.1f} MB free).", free=12.25)
    message = said("{name} cannot be saved: {reason}", name="fox.mp4", reason=reason)
    back = from_json(to_json(message), str(message))
    assert isinstance(back, Said)
    assert str(back) == "fox.mp4 cannot be saved: The disk is full (12.2 MB free)."
    assert (back.context, back.template) == ("Errors", "{name} cannot be saved: {reason}")
    inner = back.arguments["reason"]
    assert isinstance(inner, Said) and inner.arguments == {"free": 12.25}
    assert not isinstance(back.arguments["name"], Said)


def test_a_state_name_keeps_its_own_context():
    message = said("This job is {state}: wait.", state=JobState.RUNNING.in_sentence)
    back = from_json(to_json(message), "This job is generating: wait.")
    assert back.arguments["state"].context == "JobState"
    assert str(back) == "This job is generating: wait."


def test_plain_text_has_no_wording():
    assert to_json("The server said no.") is None
    assert to_json(None) is None
    assert from_json(None, "The server said no.") == "The server said no."


@pytest.mark.parametrize(
    "stored",
    [
        "not json at all {",
        "[1, 2]",
        '{"context": "Errors", "template": "{missing} is gone", "arguments": {}}',
        '{"context": "Errors", "template": "{x}", "arguments": {"x": [1]}}',
        '{"context": 3, "template": "Hello", "arguments": {}}',
        '{"context": "Errors", "template": "Something else entirely", "arguments": {}}',
        '{"context": "Errors", "template": "{x:d}", "arguments": {"x": "text"}}',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_a_damaged_wording_gives_the_english_text(stored):
    back = from_json(stored, "The job failed.")
    assert back == "The job failed." and not isinstance(back, Said)


def test_a_wording_nested_without_end_gives_the_english_text():
    data: dict[str, object] = {"context": "Errors", "template": "x", "arguments": {}}
    for _ in range(50):
        data = {"context": "Errors", "template": "{r}", "arguments": {"r": data}}
    assert not isinstance(from_json(json.dumps(data), "x"), Said)


def test_a_number_json_cannot_hold_leaves_the_english_alone():
    assert to_json(said_in("Errors", "{n} left", n=float("inf"))) is None
