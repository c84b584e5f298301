"""The money ledger end to end on the simulator: what is spent, the caps, and the balance."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from api_support import FAST_RETRY, LITE, TOKEN, Reply
from PIL import Image

from app.api.client import RunComfyClient
from app.api.storyboard_runner import render_storyboard
from app.core.errors import ProtocolError, SpendingCapReached
from app.core.jobs import Job, JobState
from app.core.spending import GroupBy
from app.core.storyboard import Storyboard
from app.sim.server import Timings
from app.store import JobStore, ledger

WAIT = 15.0
PRO = "bytedance/seedance-1-0/pro/image-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


async def run_jobs(engine, values, count: int) -> list[Job]:
    jobs = [await engine.submit(LITE, values, engine="runcomfy") for _ in range(count)]
    return [await engine.wait(job.id, timeout=WAIT) for job in jobs]


async def test_spend_totals_match_the_store_and_the_balance_falls(sim, make_engine, lite_values):
    engine = make_engine()
    try:
        before = await engine.balance()
        paid = await run_jobs(engine, lite_values, 3)
        preview = await engine.submit(LITE, lite_values, engine="offline")
        await engine.wait(preview.id, timeout=WAIT)
        after = await engine.balance()
    finally:
        await engine.aclose()
    assert all(job.state is JobState.SUCCEEDED and job.cost for job in paid)
    stored = engine.store.jobs()
    charged = sum(j.cost for j in stored if j.engine == "runcomfy" and j.cost is not None)
    report = ledger.report(engine.store)
    assert report.total.amount == pytest.approx(charged) == pytest.approx(3 * 0.18)
    assert (report.total.jobs, report.total.estimated, report.total.free_previews) == (3, 0, 1)
    [today] = report.buckets(GroupBy.DAY)
    assert today.key == dt.date.today().isoformat() and today.amount == pytest.approx(charged)
    [model] = report.buckets(GroupBy.MODEL)
    assert model.key == LITE and model.free_previews == 1
    # The account's balance fell by exactly what the ledger counts as spent.
    assert before.amount - after.amount == pytest.approx(charged)
    assert before.text() == "$25.00"
    csv = report.to_csv(GroupBy.MODEL).splitlines()
    assert csv[0] == "model,amount_usd,paid_jobs,estimated_jobs,free_previews"
    assert csv[-1] == "total,0.54,3,0,1"


def test_a_paid_job_without_a_reported_cost_counts_its_shown_price_as_an_estimate(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    now = time.time()

    def add(state: JobState, **kw) -> None:
        store.add(Job(model_id=LITE, inputs={}, state=state, created_at=now, **kw))

    add(JobState.SUCCEEDED, cost=0.5, price_estimate=0.4)
    add(JobState.SUCCEEDED, price_estimate=0.36)  # no cost reported: the shown price
    add(JobState.SUCCEEDED, unit_price=0.5, price_unit="output")  # one output
    add(JobState.FAILED, price_estimate=1.0)  # not charged
    add(JobState.CANCELLED, price_estimate=1.0)
    add(JobState.QUEUED, price_estimate=0.25)  # on its way: committed, not spent
    yesterday = dt.date.today() - dt.timedelta(days=1)
    report = ledger.report(store, since=yesterday)
    assert report.total.amount == pytest.approx(1.36)
    assert (report.total.jobs, report.total.estimated) == (3, 2)
    assert ledger.committed_today(store) == pytest.approx(1.61)
    assert ledger.report(store, since=dt.date.today() + dt.timedelta(days=1)).total.jobs == 0
    store.close()


async def test_the_day_cap_stops_a_job_and_lets_it_through_once_raised(
    sim, make_engine, lite_values
):
    engine = make_engine()
    try:
        [first] = await run_jobs(engine, lite_values, 1)  # $0.18 spent today
        engine.settings.day_cap = 0.30
        with pytest.raises(SpendingCapReached) as caught:
            await engine.submit(LITE, lite_values, engine="runcomfy")
        assert len(sim.submissions) == 1 and len(engine.store.jobs()) == 1  # nothing sent
        assert "$0.18" in str(caught.value) and "$0.30" in str(caught.value)
        assert caught.value.scope == "day" and caught.value.amount == pytest.approx(0.18)
        preview = await engine.submit(LITE, lite_values, engine="offline")  # free: no cap
        engine.settings.day_cap = 0.40
        second = await engine.submit(LITE, lite_values, engine="runcomfy")
        assert second.state is JobState.QUEUED and len(sim.submissions) == 2
        await engine.wait(second.id, timeout=WAIT)
        await engine.wait(preview.id, timeout=WAIT)
    finally:
        await engine.aclose()
    assert first.cost == pytest.approx(0.18)


async def test_jobs_on_their_way_count_against_the_cap(sim, make_engine, lite_values):
    sim.timings = Timings(hold=True, render=False)
    engine = make_engine()
    try:
        engine.settings.day_cap = 0.40
        await engine.submit(LITE, lite_values, engine="runcomfy")
        await engine.submit(LITE, lite_values, engine="runcomfy")
        with pytest.raises(SpendingCapReached):
            await engine.submit(LITE, lite_values, engine="runcomfy")
        assert len(sim.submissions) == 2
    finally:
        await engine.aclose()


def board_of(tmp_path: Path, count: int) -> Storyboard:
    folder = tmp_path / "board"
    (folder / "frames").mkdir(parents=True)
    for n in range(count):
        Image.new("RGB", (640, 360), (40 * n, 90, 160)).save(folder / "frames" / f"f{n}.png")
    board = Storyboard(prompt="the camera drifts", model_id=PRO, values={"duration": 2})
    board.add_frames(folder / "frames")
    board.save(folder / "Demo.storyboard.json")
    return board


async def test_the_render_cap_sends_no_shot_of_a_board_that_would_pass_it(
    tmp_path, sim, make_engine, catalogue
):
    board = board_of(tmp_path, 3)  # 3 shots × 2 s × $0.06 = $0.36
    engine = make_engine()
    try:
        engine.settings.render_cap = 0.30
        with pytest.raises(SpendingCapReached, match=r"3 shots would cost \$0\.36"):
            await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
        assert sim.submissions == []
        engine.settings.render_cap = 0.36
        engine.settings.day_cap = 0.20
        with pytest.raises(SpendingCapReached, match="daily spending cap of"):
            await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
        assert sim.submissions == []
        engine.settings.day_cap = None
        report = await render_storyboard(board, engine, catalogue, engine_kind="runcomfy")
    finally:
        await engine.aclose()
    assert report.submitted == 3 and len(sim.submissions) == 3


# --- the balance and where the key goes ------------------------------------------------------


async def test_a_balance_that_cannot_be_read_is_an_error_never_a_guess(scripted):
    scripted.routes["/prod/v2/balance"] = Reply(body={"balance_usd": "lots", "currency": "USD"})
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        with pytest.raises(ProtocolError, match="states no balance"):
            await api.balance()
        scripted.routes["/prod/v2/balance"] = Reply(body={"balance_usd": 12.5, "currency": "USD"})
        assert (await api.balance()).text() == "$12.50"
    assert {s.headers.get("Authorization") for s in scripted.seen} == {f"Bearer {TOKEN}"}
