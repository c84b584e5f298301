"""`storyreel run … --variations N` as a person runs it (real processes, the simulator on
loopback): N distinct jobs, each with its own seed where the model has one, the total price
first, one report per job; `storyreel jobs --json` shows each job's settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import LITE, fast_sim, png_frame, storyreel

from app.sim.server import SimServer

REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"
pytestmark = pytest.mark.slow


@pytest.fixture
def sim(monkeypatch) -> Iterator[SimServer]:
    with fast_sim(monkeypatch) as server:
        yield server


@pytest.fixture
def frame(tmp_path) -> Path:
    return png_frame(tmp_path / "frame.png")


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_three_variations_are_three_jobs_with_three_seeds_priced_in_total_first(
    sim, frame, tmp_path
):
    result = storyreel(
        "run", REFERENCE, "--set", "text=a lighthouse in fog", "--set", "duration=5",
        "--file", f"images={frame}", "--variations", "3",
        "--out", str(tmp_path / "clips"), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    events = lines(result.stdout)
    assert events[0]["event"] == "price"
    assert events[0]["variations"] == 3
    assert events[0]["total_estimate"] == pytest.approx(events[0]["estimate"] * 3)
    finished = [e for e in events if e["event"] == "finished"]
    assert len(finished) == 3 and {e["status"] for e in finished} == {"succeeded"}
    assert len({e["request_id"] for e in finished}) == 3
    assert all(len(e["files"]) == 1 and Path(e["files"][0]).is_file() for e in finished)
    sent_seeds = [s.body["seed"] for s in sim.submissions]
    assert len(sim.submissions) == 3 and len(set(sent_seeds)) == 3
    assert sorted(events[0]["seeds"]) == sorted(sent_seeds)

    listed = lines(storyreel("jobs", "--json").stdout)[0]
    assert sorted(j["inputs"]["seed"] for j in listed) == sorted(sent_seeds)
    assert {j["inputs"]["text"] for j in listed} == {"a lighthouse in fog"}
    assert {j["origin"]["of"] for j in listed} == {3}


def test_a_locked_seed_is_the_first_variation_and_the_others_differ(sim, frame):
    result = storyreel(
        "run", REFERENCE, "--set", "text=a lighthouse", "--set", "seed=4242",
        "--file", f"images={frame}", "--variations", "2", "--no-wait",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 variations, seeds 4242, " in result.stderr
    seeds = [s.body["seed"] for s in sim.wait_submissions(2)]
    assert seeds[0] == 4242 and seeds[1] != 4242


def test_a_model_without_a_seed_runs_the_same_inputs_again(sim, frame):
    result = storyreel(
        "run", LITE, "--set", "prompt=a harbour at dawn",
        "--file", f"first_frame_image_url={frame}", "--variations", "2", "--no-wait",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "the same inputs run again (this model has no seed)" in result.stderr
    bodies = [s.body for s in sim.wait_submissions(2)]
    assert len(bodies) == 2 and "seed" not in bodies[0] and bodies[0] == bodies[1]
    assert len({s.request_id for s in sim.submissions}) == 2


def test_too_many_variations_is_a_usage_error_and_nothing_is_sent(sim, frame):
    result = storyreel(
        "run", REFERENCE, "--set", "text=x", "--file", f"images={frame}",
        "--variations", "9",
    )  # fmt: skip
    assert result.returncode == 2
    assert "9 is out of range; give a number from 2 to 8" in result.stderr
    assert sim.submissions == []
