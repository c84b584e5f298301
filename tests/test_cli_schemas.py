"""`storyreel schema` and `validate` for the shapes RunComfy publishes beyond the five shipped
models, with the corpus in the user's models folder: a real `storyreel` process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_support import storyreel

from app.core.paths import user_catalogue_dir

CORPUS = Path(__file__).parent / "core" / "catalogue_corpus"
MINI = "bytedance/seedance-2.0-mini/text-to-video"
SHOTS = "bytedance/seedance-2.0/pro/multi-shot"
SEEDREAM = "bytedance/seedream-5.0/pro/text-to-image"
ODD = "community/odd-shapes/text-to-video"

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def corpus_installed(storyreel_home):
    folder = user_catalogue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for path in CORPUS.glob("*.json"):
        shutil.copy(path, folder / path.name)


def line_of(output: str, name: str) -> str:
    return next(line for line in output.splitlines() if line.split()[:1] == [name])


def test_schema_shows_every_number_limit_in_words_and_in_json():
    text = storyreel("schema", SEEDREAM).stdout
    assert "from 512 to 4096; in steps of 64" in line_of(text, "width")
    assert "more than 0 and less than 5" in line_of(text, "num_images")
    text = storyreel("schema", MINI).stdout
    assert "choices: Auto, 5 s, 10 s, 15 s, 20 s" in line_of(text, "duration")
    assert "from 1 to 10; in steps of 0.5" in line_of(text, "guidance_scale")
    assert "at least 3 characters" in line_of(text, "negative_prompt")
    data = json.loads(storyreel("schema", MINI, "--json").stdout)
    strength = next(f for f in data["fields"] if f["name"] == "motion_strength")
    assert strength["kind"] == "number"
    assert strength["limits"] == {"exclusive_minimum": 0, "exclusive_maximum": 1}


def test_schema_shows_each_entry_field_and_every_warning():
    text = storyreel("schema", SHOTS).stdout
    assert "1–6 entries" in line_of(text, "scenes")
    assert "choices: 3 s, 5 s, 8 s" in line_of(text, "duration")
    data = json.loads(storyreel("schema", SHOTS, "--json").stdout)
    scenes = next(f for f in data["fields"] if f["name"] == "scenes")
    assert [f["name"] for f in scenes["item_fields"]] == [
        "prompt",
        "duration",
        "camera",
        "strength",
    ]
    text = storyreel("schema", ODD).stdout
    assert text.count("note: ") == 9
    assert "note: Its default 'balanced' is not one of its choices" in text


def test_validate_holds_numbers_and_structured_inputs_to_their_schema():
    ok = storyreel(
        "validate",
        MINI,
        "--set",
        "prompt=fog",
        "--set",
        "duration=10",
        "--set",
        "guidance_scale=7.5",
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = storyreel("validate", MINI, "--set", "prompt=fog", "--set", "motion_strength=1")
    assert bad.returncode == 1 and "motion_strength: 1 must be less than 1." in bad.stdout
    scenes = json.dumps([{"prompt": "a", "strength": 1.5}, {"duration": "7"}])
    bad = storyreel("validate", SHOTS, "--set", f"scenes={scenes}")
    assert bad.returncode == 1
    assert bad.stdout.splitlines() == [
        "scenes[1]: strength: 1.5 must be at most 1.",
        "scenes[2]: prompt is required.",
        "scenes[2]: duration: '7' is not one of: 3, 5, 8.",
    ]
    assert "Traceback" not in bad.stderr
