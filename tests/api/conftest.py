"""Fixtures for the engine tests: the simulator on loopback, real images, fast timings."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_support import FAST_POLL, FAST_RETRY, FAST_SIM, LITE, TOKEN, ScriptedServer
from PIL import Image

from app.api import secrets
from app.api.client import RunComfyClient
from app.api.encoding import encode_inputs
from app.api.engine import Engine
from app.core.catalogue import Catalogue
from app.core.settings import Settings
from app.offline import offline_preview
from app.sim.server import SimServer
from app.store import JobStore


@pytest.fixture(autouse=True)
def fresh_secrets():
    """Each test starts with no key kept in memory by an earlier one."""
    secrets.forget_session_keys()
    yield
    secrets.forget_session_keys()


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(TOKEN, timings=FAST_SIM) as server:
        yield server


@pytest.fixture
async def client(sim: SimServer):
    async with RunComfyClient(sim.api_base, sim.token, retry=FAST_RETRY) as api:
        yield api


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture
def frame(tmp_path: Path) -> Path:
    """A real 640×480 PNG that passes every Seedance rule."""
    path = tmp_path / "first frame.png"
    image = Image.new("RGB", (640, 480), (30, 90, 160))
    for x in range(0, 640, 40):
        image.paste((220, 180, 40), (x, 200, x + 20, 280))
    image.save(path)
    return path


@pytest.fixture
def lite_values(frame: Path) -> dict[str, Any]:
    return {
        "prompt": "A lighthouse at dusk, waves rolling in",
        "first_frame_image_url": str(frame),
        "resolution": "480p",
        "duration": 5,
    }


@pytest.fixture
async def output(sim, client, catalogue, lite_values, tmp_path) -> tuple[str, bytes]:
    """The URL of a finished job's video on the simulator's CDN, and its bytes."""
    body, _ = encode_inputs(catalogue.get(LITE), lite_values, workdir=tmp_path)
    submission = await client.submit(LITE, body)
    await asyncio.to_thread(sim.wait_state, submission.request_id, "succeeded")
    path = sim.output_path(submission.request_id)
    assert path is not None
    return sim.output_url(submission.request_id), path.read_bytes()


@pytest.fixture
def make_engine(tmp_path: Path, catalogue: Catalogue, sim: SimServer, monkeypatch):
    """Engines on one store file, talking to the simulator as if it were RunComfy."""
    monkeypatch.setenv("RUNCOMFY_API_BASE", sim.api_base)
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", sim.token)
    made: list[Engine] = []

    def make(**kw: Any) -> Engine:
        store = JobStore(tmp_path / "jobs.sqlite3")
        engine = Engine(
            store=store,
            catalogue=catalogue,
            library_dir=kw.pop("library_dir", tmp_path / "library"),
            settings=Settings(api_base=sim.api_base, concurrency=4),
            poll_timings=kw.pop("poll_timings", FAST_POLL),
            retry=kw.pop("retry", FAST_RETRY),
            offline=kw.pop("offline", offline_preview),
            **kw,
        )
        made.append(engine)
        return engine

    yield make
    for engine in made:
        engine.store.close()


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
