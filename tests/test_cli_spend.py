"""`storyreel spend` and the day cap as a person meets them on the command line (real
processes, the simulator on loopback)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from cli_support import LITE, fast_sim, png_frame, storyreel

from app.core.settings import Settings
from app.sim.server import SimServer
from app.store import JobStore

pytestmark = pytest.mark.slow


@pytest.fixture
def sim(monkeypatch) -> Iterator[SimServer]:
    with fast_sim(monkeypatch) as server:
        yield server


def test_spend_adds_up_what_run_paid_and_the_day_cap_stops_the_next_job(sim, tmp_path):
    frame = png_frame(tmp_path / "frame.png")
    run = ["run", LITE, "--set", "prompt=a harbour", "--file", f"first_frame_image_url={frame}"]
    for _ in range(2):
        done = storyreel(*run, "--out", str(tmp_path))
        assert done.returncode == 0, done.stderr
    preview = storyreel(*run, "--out", str(tmp_path), "--offline")
    assert preview.returncode == 0, preview.stderr

    listed = storyreel("spend", "--json", "--by", "model")
    assert listed.returncode == 0, listed.stderr
    *rows, total = [json.loads(line) for line in listed.stdout.splitlines()]
    with JobStore.open_default() as store:
        charged = sum(j.cost or 0.0 for j in store.jobs() if j.engine == "runcomfy")
    assert total["total_usd"] == round(charged, 2) == 0.36  # 2 × 5 s × $0.036
    assert (total["paid_jobs"], total["free_previews"]) == (2, 1)
    assert rows == [
        {"model": LITE, "amount_usd": 0.36, "paid_jobs": 2, "estimated_jobs": 0, "free_previews": 1}
    ]
    text = storyreel("spend", "--since", dt.date.today().isoformat())
    assert f"{dt.date.today().isoformat()}" in text.stdout and "$0.36" in text.stdout
    assert "Today: $0.36 spent or on its way (no daily cap)." in text.stderr

    settings = Settings.load()
    settings.day_cap = 0.50
    settings.save()
    refused = storyreel(*run, "--out", str(tmp_path))
    assert refused.returncode == 4
    assert "daily spending cap of $0.50" in refused.stderr and "Nothing was sent" in refused.stderr
    assert len(sim.submissions) == 2
    settings.day_cap = 1.00
    settings.save()
    again = storyreel(*run, "--out", str(tmp_path), "--json")
    assert again.returncode == 0, again.stdout
    assert len(sim.submissions) == 3
