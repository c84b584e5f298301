"""A local RunComfy-compatible server: the test double, and the app's free offline preview engine.

It speaks the contract of ``/work/shared/runcomfy-api.md`` over real HTTP on loopback; the
routes, codes, limits and states are described in :mod:`app.sim.contract`. The parts:

* :mod:`app.sim.contract`: error codes, limits, job states, timings, prices, the wire shapes;
* :mod:`app.sim.queue`: the simulated queue and its workers (no HTTP);
* :mod:`app.sim.inputs` and :mod:`app.sim.outputs`: a submission's images, a job's video;
* :mod:`app.sim.http_api`: the API routes; :mod:`app.sim.cdn`: the output host;
* here: :class:`SimServer`, the queue with both servers in front of it, and ``storyreel sim``.

The app's offline preview engine is assembled from it in ``app.offline``.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.catalogue import Catalogue
from app.core.wording import QT_TRANSLATE_NOOP
from app.sim.catalogue import SimCatalogue
from app.sim.cdn import CdnHandler, parse_range
from app.sim.contract import (
    DEFAULT_PRICES,
    FAILED,
    MAX_FETCHED_IMAGE_BYTES,
    MAX_INLINE_IMAGE_BYTES,
    MAX_INLINE_IMAGE_PIXELS,
    MAX_REQUEST_BYTES,
    OUTPUT_NAME,
    SUCCEEDED,
    LoggedRequest,
    Price,
    SimulatorError,
    Submission,
    Timings,
    iso,
    status_word,
    summarise_data_uris,
)
from app.sim.faults import Fault, FaultKind, FaultList
from app.sim.http_api import ApiHandler
from app.sim.httpd import LoopbackHTTPServer
from app.sim.inputs import fetch_loopback_image
from app.sim.outputs import tiny_mp4
from app.sim.queue import SimQueue

__all__ = [
    "DEFAULT_PRICES",
    "MAX_FETCHED_IMAGE_BYTES",
    "MAX_INLINE_IMAGE_BYTES",
    "MAX_INLINE_IMAGE_PIXELS",
    "MAX_REQUEST_BYTES",
    "Fault",
    "FaultKind",
    "FaultList",
    "LoggedRequest",
    "Price",
    "SimServer",
    "SimulatorError",
    "Submission",
    "Timings",
    "fetch_loopback_image",
    "parse_range",
    "serve_forever",
    "summarise_data_uris",
    "tiny_mp4",
]

log = logging.getLogger(__name__)


def loopback_address(host: str) -> str:
    """The IPv4 loopback address to bind for ``host``; anything else is refused."""
    if host.strip().lower() == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host.strip())
    except ValueError:
        address = None
    if address is None or address.version != 4 or not address.is_loopback:
        raise SimulatorError(
            f"The simulator only listens on an IPv4 loopback address such as 127.0.0.1, so "
            f"that nothing outside this computer can reach it; '{host}' is not one."
        )
    return str(address)


class SimServer(SimQueue):
    """The simulator: an API server and a CDN server on loopback in front of the queue.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. Every piece of
    state is guarded by one condition, which :meth:`wait_for` waits on.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        workers: int = 2,
        timings: Timings | None = None,
        output_dir: Path | None = None,
        preview: bool = False,
        catalogue: Catalogue | None = None,
        host: str = "127.0.0.1",
        api_port: int = 0,
        cdn_port: int = 0,
        listing: SimCatalogue | None = None,
    ) -> None:
        if token is not None and not token.strip():
            raise ValueError("The simulator's token cannot be empty.")
        # What GET /v1/models serves; the models it accepts are those whose schema loads.
        self.listing = listing or SimCatalogue()
        if catalogue is None:
            catalogue = self.listing.catalogue()
        super().__init__(
            workers=workers,
            timings=timings,
            output_dir=output_dir,
            preview=preview,
            catalogue=catalogue,
        )
        self.token = token or secrets.token_urlsafe(24)
        for model_id, price in self.listing.prices().items():
            if model_id not in DEFAULT_PRICES:
                self.set_price(model_id, price.base_price_usd, price.price_unit)
        self._host = loopback_address(host)
        self._ports = (api_port, cdn_port)
        self._servers: list[LoopbackHTTPServer] = []

    def __repr__(self) -> str:
        where = self.api_base if self._servers else "not started"
        return f"<SimServer {where} preview={self.preview}>"

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> SimServer:
        """Bind free (or the given) loopback ports and serve in daemon threads."""
        with self._cond:
            if self._started:
                raise RuntimeError("This simulator has already been started.")
            self._started = True
        self._make_output_dir()
        try:
            for port, handler in zip(self._ports, (ApiHandler, CdnHandler), strict=True):
                self._servers.append(LoopbackHTTPServer((self._host, port), handler, self))
        except OSError as exc:
            for server in self._servers:
                server.server_close()
            self._servers.clear()
            self._remove_output_dir()
            raise SimulatorError.said(  # what the offline preview says when it cannot start
                QT_TRANSLATE_NOOP("Errors", "The simulator cannot listen on {host}: {reason}."),
                host=self._host,
                reason=str(exc.strerror or exc),
            ) from exc
        for server, role in zip(self._servers, ("api", "cdn"), strict=True):
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"storyreel-sim-{role}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        self._start_workers()
        log.info("simulator listening: api %s, cdn %s", self.api_base, self.cdn_base)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, close open connections, join every thread. Safe to call twice.

        A render in progress is abandoned; the job stays ``in_progress``.
        """
        with self._cond:
            if not self._started or self._stopping.is_set():
                return
            self._stopping.set()
            self._cond.notify_all()
        # Each server notices a shutdown within its poll interval; wait for both at once.
        stoppers = [threading.Thread(target=server.shutdown) for server in self._servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join()
        for server in self._servers:
            server.close_connections(timeout)
            server.server_close()
        for thread in self._threads:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("simulator thread %s did not stop in %s s", thread.name, timeout)
        self._remove_output_dir()

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- addresses ----------------------------------------------------------------------

    def _base(self, index: int) -> str:
        if not self._servers:
            raise RuntimeError("The simulator is not started.")
        return f"http://{self._host}:{self._servers[index].server_address[1]}"

    @property
    def api_base(self) -> str:
        """``http://127.0.0.1:PORT`` of the API server."""
        return self._base(0)

    @property
    def cdn_base(self) -> str:
        """``http://127.0.0.1:PORT`` of the output server."""
        return self._base(1)

    @property
    def output_dir(self) -> Path | None:
        return self._output_dir

    def output_url(self, request_id: str) -> str:
        return f"{self.cdn_base}/outputs/{request_id}/{OUTPUT_NAME}"

    def urls(self, request_id: str) -> dict[str, str]:
        base = f"{self.api_base}/v1/requests/{request_id}"
        return {
            "status_url": f"{base}/status",
            "result_url": f"{base}/result",
            "cancel_url": f"{base}/cancel",
        }

    def status_answer(self, request_id: str) -> dict[str, Any]:
        with self._cond:
            job = self._job(request_id)
            answer: dict[str, Any] = {"request_id": request_id, "status": status_word(job.state)}
            position = self.queue_position(request_id)
            if position is not None:
                answer["queue_position"] = position
        urls = self.urls(request_id)
        answer["status_url"] = urls["status_url"]
        answer["result_url"] = urls["result_url"]
        return answer

    def result_answer(self, request_id: str, include_cost: bool) -> dict[str, Any]:
        with self._cond:
            job = self._job(request_id)
            answer: dict[str, Any] = {"request_id": request_id, "status": job.state}
            if job.state == SUCCEEDED:
                answer["output"] = {"video": self.output_url(request_id)}
            elif job.state == FAILED:
                answer["error"] = {"message": job.error}
            answer["created_at"] = iso(job.created_at)
            if job.finished_at is not None:
                answer["finished_at"] = iso(job.finished_at)
            if include_cost and job.state == SUCCEEDED:
                answer["cost"] = job.cost
            return answer


# --- the `storyreel sim` command ------------------------------------------------------------


def _print_now(line: str) -> None:
    # Flushed, so a script reading the simulator's output sees the address at once.
    print(line, flush=True)


def serve_forever(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    token: str | None = None,
    cdn_port: int = 0,
    workers: int = 2,
    timings: Timings | None = None,
    preview: bool = False,
    announce: Callable[[str], None] = _print_now,
    stop: threading.Event | None = None,
) -> None:
    """Run a simulator until Ctrl+C (or until ``stop`` is set), saying where it listens.

    Raises :class:`SimulatorError` for an address that is not loopback or a busy port.
    """
    stop = stop or threading.Event()
    sim = SimServer(
        token,
        workers=workers,
        timings=timings,
        preview=preview,
        host=host,
        api_port=port,
        cdn_port=cdn_port,
    )
    with sim:
        announce(f"RunComfy simulator API:  {sim.api_base}")
        announce(f"Output server (CDN):     {sim.cdn_base}")
        announce(f"API token:               {sim.token}")
        announce(
            f"Use it with RUNCOMFY_API_BASE={sim.api_base} and RUNCOMFY_API_TOKEN=<the token>. "
            "Press Ctrl+C to stop."
        )
        try:
            # A timed wait, because an untimed one cannot be interrupted by Ctrl+C on Windows.
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    announce("The simulator has stopped.")
