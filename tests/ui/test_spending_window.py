"""The money ledger in the window: the balance beside the engine switch, the Spending view
with its chart and CSV export, and the spending caps stopping a job and a storyboard render
until the user raises them.

Real parts: the RunComfy-compatible simulator on loopback as the configured API (its balance
falls as its jobs succeed), the Engine behind the window, SQLite in the test's own home.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox, QPushButton
from qt_async import run_async, wait_until
from window_support import instant_sim, one_window, ready_to_generate

from app.core.jobs import Job, JobState
from app.core.settings import Settings
from app.sim.faults import Fault, FaultKind
from app.sim.server import SimServer
from app.store.store import JobStore
from app.ui.app import run_window
from app.ui.main_window import MainWindow

LITE = "bytedance/seedance-1-0/lite/image-to-video"


@pytest.fixture
def sim(monkeypatch) -> Iterator[SimServer]:
    with instant_sim(monkeypatch) as server:
        yield server


@pytest.fixture
def window(qapp) -> Iterator[MainWindow]:
    with one_window() as made:
        yield made


def frame(path: Path, colour: tuple[int, int, int] = (40, 90, 160)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 360), colour).save(path)
    return path


def earlier_jobs(sim: SimServer) -> None:
    """A paid job that cost $0.18 and a free preview, both today, as the store keeps them."""
    now = time.time()
    with JobStore.open_default() as store:
        store.add(
            Job(
                model_id=LITE,
                inputs={"prompt": "a harbour"},
                api_base=sim.api_base,
                state=JobState.SUCCEEDED,
                cost=0.18,
                price_estimate=0.18,
                created_at=now,
                submitted_at=now,
            )
        )
        store.add(Job(model_id=LITE, inputs={}, engine="offline", state=JobState.SUCCEEDED))


def test_balance_spending_view_csv_and_the_day_cap_in_the_single_shot_view(
    qapp, sim, window, tmp_path
):
    earlier_jobs(sim)
    values = {
        "prompt": "a lighthouse at dusk",
        "first_frame_image_url": str(frame(tmp_path / "frame.png")),
        "resolution": "480p",
        "duration": 5,
    }

    # The first reading of the balance gets an answer that is not JSON: no guess is shown.
    sim.api_faults.add(Fault(FaultKind.NON_JSON, match="balance", count=1))

    async def scenario(win: MainWindow) -> None:
        label = win.balance_label
        changed = win.controller.balance_changed
        await wait_until(lambda: label.text() == "Balance unavailable", changed, what="balance")
        assert label.isVisibleTo(win)

        win.open_spending()
        view = win.spend_view
        await wait_until(lambda: view.report is not None, view.report_shown, what="the report")
        assert view.chart.bar_count == 30  # every day of the last 30, the days without at $0
        assert "1 paid job" in view.totals.text() and "$0.18" in view.totals.text()
        assert "Free previews, counted apart: 1." in view.totals.text()
        assert "Today: $0.18 spent or on its way. No daily cap is set." in view.today_label.text()
        view.group.setCurrentIndex(1)  # per model
        assert view.table.item(0, 0).text() == "Seedance 1.0 Lite"
        assert view.table.item(0, 1).text() == "$0.18"
        saved: list[str] = []
        view.export_finished.connect(saved.append)
        target = tmp_path / "spending.csv"
        view.export_to(target)
        await wait_until(lambda: saved, view.export_finished, what="the CSV export")
        assert saved == ["Saved spending.csv."]
        rows = list(csv.DictReader(io.StringIO(target.read_text())))
        assert rows[0] == {
            "model": LITE,
            "amount_usd": "0.18",
            "paid_jobs": "1",
            "estimated_jobs": "0",
            "free_previews": "1",
        }
        assert rows[-1]["model"] == "total"

        # A job that would pass the day cap waits for the user: nothing is sent meanwhile.
        win.settings.day_cap = 0.30
        notices: list[str] = []
        win.controller.bridge.notice.connect(lambda _id, text: notices.append(text))
        win.flow.send(LITE, values, "runcomfy", None)
        await wait_until(
            lambda: win.flow.cap_question is not None or notices,
            win.controller.bridge.notice,
            win.flow.cap_asked,
            what="the cap question",
        )
        assert notices == []
        question: QMessageBox = win.flow.cap_question
        assert "daily spending cap of $0.30" in question.text()
        assert sim.submissions == []
        raise_button, _dont = question.buttons()
        assert raise_button.text() == "Raise the cap to $0.36 and send"
        raise_button.click()
        await wait_until(
            lambda: label.text() == "Balance: $24.82",
            changed,
            timeout=30,
            what="the balance to fall by the job's cost",
        )
        assert len(sim.submissions) == 1
        assert win.settings.day_cap == 0.36
        # The open Spending view added the finished job up by itself.
        await wait_until(
            lambda: "$0.36" in view.totals.text(), view.report_shown, what="the view to update"
        )
        assert view.table.item(0, 1).text() == "$0.36"
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=90)


def test_generate_all_shows_the_caps_and_the_balance_and_waits_for_a_raised_render_cap(
    qapp, sim, window, tmp_path
):
    frames = [frame(tmp_path / "frames" / f"f{n}.png", (60 * n, 90, 160)) for n in range(1, 3)]

    async def scenario(win: MainWindow) -> None:
        await wait_until(
            lambda: win.balance_label.text() == "Balance: $25.00",
            win.controller.balance_changed,
            what="the balance",
        )
        win.settings.render_cap = 0.20
        view = await ready_to_generate(win, frames)
        failures: list[str] = []
        view.render_failed.connect(failures.append)
        view.generate_button.click()  # 2 shots × 2 s × $0.06 = $0.24 > $0.20
        await wait_until(lambda: failures, view.render_failed, what="the cap to stop it")
        assert "more than your cap of $0.20 per storyboard render" in failures[0]
        assert sim.submissions == []
        buttons = [b for b in view.message_notice.findChildren(QPushButton) if not b.isHidden()]
        assert [b.text() for b in buttons] == ["Raise the cap to $0.24 and generate", "Don't send"]
        buttons[0].click()
        await wait_until(
            lambda: view.confirmation_buttons(), view.confirmation_requested, what="the price"
        )
        text = view.confirm_notice.text.text()
        assert "Estimated total $0.24." in text
        assert "Your cap per render is $0.24; RunComfy balance $25.00." in text
        assert win.settings.render_cap == 0.24
        reports: list[object] = []
        view.render_finished.connect(reports.append)
        view.confirmation_buttons()[0].click()
        await wait_until(lambda: reports, view.render_finished, timeout=40, what="the render")
        assert len(sim.submissions) == 2
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=90)


def test_the_caps_are_set_in_settings_and_kept_in_the_settings_file(qapp, window):
    async def scenario(win: MainWindow) -> None:
        win.open_settings()
        caps = win.settings_dialog.spending_caps
        assert caps.day_cap.value() is None and caps.render_cap.value() is None
        assert not caps.day_cap.amount.isEnabled()
        caps.day_cap.enabled.setChecked(True)
        caps.day_cap.amount.setValue(3.5)
        assert win.settings_dialog.save()
        saved = Settings.load()
        assert (saved.caps.day, saved.caps.render) == (3.5, None)
        assert win.settings.caps.day == 3.5  # the engine's settings: the next job counts it
        win.close()

    run_async(qapp, run_window(window, until=scenario, log=False), timeout=60)
