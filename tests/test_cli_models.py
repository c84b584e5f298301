"""`storyreel models [--refresh] [--all] [--json]`, run as a person runs it: a real process
against the simulator on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.core.paths import user_catalogue_dir
from app.sim.server import SimServer

pytestmark = pytest.mark.slow

TOKEN = "sk-cli-catalogue-0123456789abcdef"
PRO = "bytedance/seedance-1-0/pro/image-to-video"
V25 = "bytedance/seedance-2.5/image-to-video/1080p"
KLING = "kling/kling-v2-1/pro/image-to-video"
SEEDREAM = "bytedance/seedream-5-0/pro/text-to-image"
V2V = "bytedance/seedance-2-0-mini/video-to-video"
MESH = "tripo/tripo-3d/turntable-video"


def storyreel(*args: str, base: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if base is not None:
        env |= {"RUNCOMFY_API_BASE": base, "RUNCOMFY_API_TOKEN": TOKEN}
    return subprocess.run(
        [sys.executable, "-m", "app", "models", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def ids(result: subprocess.CompletedProcess) -> list[str]:
    return [line.split()[0] for line in result.stdout.splitlines()]


def test_without_a_key_or_a_reading_the_shipped_models_are_listed():
    result = storyreel("--all")
    assert result.returncode == 0 and len(ids(result)) == 5
    result = storyreel("--refresh")
    assert result.returncode == 4
    assert "No RunComfy API key is set" in result.stderr and "storyreel login" in result.stderr


def test_refresh_lists_bytedance_video_models_and_all_lists_every_model():
    with SimServer(TOKEN) as sim:
        result = storyreel("--refresh", base=sim.api_base)
        assert result.returncode == 0, result.stderr
        listed = ids(result)
        assert listed[0] == PRO and V25 in listed
        assert KLING not in listed and SEEDREAM not in listed
        # The video-to-video model is offered; the one that needs a 3D mesh is left out,
        # said once (not twice).
        assert V2V in listed and V2V not in result.stderr
        assert result.stderr.count(MESH) == 1 and MESH not in listed
        every = storyreel("--all", "--json", base=sim.api_base)
    assert every.returncode == 0
    data = json.loads(every.stdout)
    by_id = {m["model_id"]: m for m in data}
    assert KLING in by_id and SEEDREAM in by_id and V25 in by_id
    assert by_id[V25]["source"] == "catalogue" and by_id[V25]["price_unit"] == "second"
    # The listed schema of a shipped model loads, so it replaces the one Storyreel ships.
    assert by_id[PRO]["source"] == "catalogue" and by_id[PRO]["inputs"] == ["first frame"]
    assert by_id["bytedance/seedance-2-0/fast/text-to-video"]["inputs"] == ["text only"]
    assert by_id[V2V]["inputs"] == ["video"]
    assert every.stderr.count(MESH) == 1 and MESH not in by_id


def test_the_list_read_last_is_used_when_the_server_is_gone():
    with SimServer(TOKEN) as sim:
        base = sim.api_base
        assert storyreel("--refresh", base=base).returncode == 0
    cached = storyreel(base=base)  # no --refresh: nothing is sent
    assert cached.returncode == 0 and V25 in ids(cached)
    refused = storyreel("--refresh", "--json", base=base)
    assert refused.returncode == 4
    error = json.loads(refused.stdout.splitlines()[-1])
    assert error["exit"] == 4 and "could not" in error["error"].lower()


def test_a_model_file_replacing_a_shipped_model_is_named_once():
    folder = user_catalogue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    doc = {
        "model_id": PRO,
        "display_name": "My Pro",
        "input_schema": {
            "required": ["prompt"],
            "properties": {"prompt": {"type": "string"}, "duration": {"type": "integer"}},
        },
    }
    (folder / "my-pro.json").write_text(json.dumps(doc), encoding="utf-8")
    result = storyreel()
    assert result.returncode == 0
    assert result.stderr.count("my-pro.json replaces Storyreel's own model") == 1
    assert "My Pro" in result.stdout


def test_run_offline_takes_the_offline_preview_models_without_a_key(tmp_path):
    text_only = "bytedance/seedance-2-0/fast/text-to-video"
    result = subprocess.run(
        [sys.executable, "-m", "app", "run", text_only, "--offline", "--set",
         "prompt=a lighthouse at dusk", "--set", "duration=5", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert [p.suffix for p in tmp_path.iterdir()] == [".mp4"]
