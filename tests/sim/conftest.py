"""A started simulator per test, and an authenticated client for it."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator

import httpx
import pytest

from app.sim.server import SimServer, Timings

FAST = Timings(queue_seconds=0, run_seconds=0, render=False)


@pytest.fixture
def make_sim() -> Iterator[Callable[..., SimServer]]:
    """Start simulators: no waiting and no rendering unless ``timings`` says otherwise."""
    started: list[SimServer] = []

    def make(**options) -> SimServer:
        options.setdefault("timings", FAST)
        sim = SimServer(options.pop("token", "sim-test-token"), **options).start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture
def sim(make_sim) -> SimServer:
    return make_sim()


@pytest.fixture(scope="session")
def tls() -> ssl.SSLContext:
    """One TLS context for every client: making one costs ~70 ms, and nothing here uses TLS."""
    return ssl.create_default_context()


@pytest.fixture
def connect(tls) -> Iterator[Callable[[SimServer], httpx.Client]]:
    """Open clients of a simulator's API that send its token."""
    clients: list[httpx.Client] = []

    def open_client(sim: SimServer) -> httpx.Client:
        client = httpx.Client(
            base_url=sim.api_base,
            headers={"Authorization": f"Bearer {sim.token}"},
            timeout=10,
            verify=tls,
        )
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.close()


@pytest.fixture
def api(sim, connect) -> httpx.Client:
    """A client of ``sim``'s API that sends its token."""
    return connect(sim)


@pytest.fixture
def web(tls) -> Iterator[httpx.Client]:
    """A plain client with no token, as a downloader of outputs is."""
    with httpx.Client(timeout=10, verify=tls) as client:
        yield client
