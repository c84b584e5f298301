"""A job sent to an API address whose key is not set waits, saved, and says so on its row;
setting that address's key in Settings picks it up. The key goes only to that address.

Real parts: the RunComfy-compatible simulator on loopback (the address the job was sent
to), the Engine behind the window, SQLite in the test's own Storyreel home.
"""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent
from qt_async import run_async, wait_until

from app.api import secrets
from app.api.client import RunComfyClient
from app.core.jobs import Job, JobState
from app.core.settings import DEFAULT_API_BASE
from app.sim.server import SimServer, Timings
from app.store.store import JobStore
from app.ui.app import build_window, run_window
from app.ui.main_window import MainWindow

LITE = "bytedance/seedance-1-0/lite/image-to-video"


@pytest.fixture
def sim() -> Iterator[SimServer]:
    server = SimServer(timings=Timings(queue_seconds=0, run_seconds=0, render=False)).start()
    try:
        yield server
    finally:
        server.stop()
        secrets.forget_session_keys()


def frame_uri() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (40, 90, 160)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def sent_earlier(sim: SimServer) -> Job:
    """A job sent to the simulator in an earlier session, as the store keeps it."""
    inputs = {"prompt": "a lighthouse at dusk", "resolution": "480p", "duration": 5}

    async def send() -> str:
        async with RunComfyClient(sim.api_base, sim.token) as api:
            submission = await api.submit(LITE, {**inputs, "first_frame_image_url": frame_uri()})
            return submission.request_id

    request_id = asyncio.run(send())
    job = Job(
        model_id=LITE,
        inputs=inputs,
        api_base=sim.api_base,
        state=JobState.QUEUED,
        request_id=request_id,
    )
    with JobStore.open_default() as store:
        store.add(job)
    return job


def test_a_job_waits_on_its_row_for_its_own_key_and_goes_on_once_it_is_set(qapp, sim):
    job = sent_earlier(sim)
    before = len(sim.requests_log)
    window = build_window()

    async def scenario(win: MainWindow) -> None:
        model = win.queue_model
        await wait_until(
            lambda: model.row_of(job.id) is not None and model.waiting(job.id),
            win.controller.bridge.job_waiting,
            win.controller.ready,
            what="the job to say it waits",
        )
        detail = model.data(model.index(model.row_of(job.id)))
        assert f"Waiting for the API key of {sim.api_base}" in detail
        assert "storyreel login --api-base" in detail
        assert len(sim.requests_log) == before  # nothing was sent without its key

        # The user sets the key for that address (shown beside the key field).
        win.open_settings()
        dialog = win.settings_dialog
        dialog.api_base_edit.setText(sim.api_base)
        assert sim.api_base in dialog.key_base.text()
        dialog.key_edit.setText(sim.token)
        dialog.save_key()
        dialog.reject()
        await wait_until(
            lambda: (
                (model.job(job.id) is not None) and model.job(job.id).state is JobState.SUCCEEDED
            ),
            win.controller.bridge.job_changed,
            what="the job to finish",
        )
        assert model.waiting(job.id) is None
        # The key is the simulator's alone: the default address still has none.
        assert secrets.get_token(sim.api_base) == sim.token
        assert secrets.get_token(DEFAULT_API_BASE) is None

    try:
        run_async(qapp, run_window(window, until=scenario, log=False))
    finally:
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(sim.requests_log) > before
