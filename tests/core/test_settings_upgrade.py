"""Settings saved by an earlier Storyreel are read with nothing lost, through numbered upgrade
steps (the kept fixture is a version 1 file as that version wrote it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.core.settings import SETTINGS_VERSION, Settings, upgrade

FIXTURES = Path(__file__).parent / "fixtures"
PRO = "bytedance/seedance-1-0/pro/image-to-video"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("STORYREEL_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_a_version_1_file_is_read_whole_and_saved_as_the_current_version(home):
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "settings-v1.json", Settings.path())
    settings = Settings.load()
    assert settings.problem == ""
    assert settings.version == SETTINGS_VERSION == 3
    assert settings.concurrency == 3 and settings.welcome_dismissed
    assert settings.last_values[PRO]["prompt"] == "a lighthouse at dusk, slow push in"
    assert settings.last_images == {}
    settings.last_images[PRO] = {"first_frame_image_url": "/pictures/boat.png"}
    settings.save()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert saved["version"] == 3
    assert saved["last_images"] == {PRO: {"first_frame_image_url": "/pictures/boat.png"}}
    assert Settings.load().last_images == saved["last_images"]


def test_each_step_is_numbered_and_a_newer_file_keeps_its_version():
    after = {"version": 3, "last_images": {}, "day_cap": None, "render_cap": None}
    assert upgrade({"version": 1}) == after
    assert upgrade({}) == after  # before versions were written
    # 2 → 3: a version 2 file (kept in fixtures) gains no cap and keeps its images.
    v2 = json.loads((FIXTURES / "settings-v2.json").read_text(encoding="utf-8"))
    upgraded = upgrade(v2)
    assert upgraded["version"] == 3 and upgraded["day_cap"] is None
    assert upgraded["last_images"] == v2["last_images"]
    assert upgrade({"version": 9, "last_images": {}})["version"] == 9


def test_remembered_images_of_any_shape_are_sorted_out(home):
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    Settings.path().write_text(
        json.dumps(
            {
                "version": 2,
                "last_images": {
                    PRO: {"first": "/a.png", "refs": ["/b.png", "/c.png"], "bad": 3, "empty": []},
                    "other": "not a table",
                },
            }
        ),
        encoding="utf-8",
    )
    assert Settings.load().last_images == {PRO: {"first": "/a.png", "refs": ["/b.png", "/c.png"]}}
