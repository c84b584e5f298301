"""The simulator's HTTP plumbing, shared by the API (``http_api``) and the output host
(``cdn``): a threaded loopback server that can close its connections when it stops, and a
request handler that answers in RunComfy's shapes and acts out injected request faults.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.core.validation import Problem
from app.sim.contract import MAX_DRAIN_BYTES, MAX_REQUEST_BYTES, Rejected
from app.sim.faults import Fault, FaultKind

if TYPE_CHECKING:
    from app.core.catalogue import Catalogue, Model
    from app.sim.catalogue import SimCatalogue
    from app.sim.contract import LoggedRequest
    from app.sim.faults import FaultList
    from app.sim.jobs import QueuedJob

log = logging.getLogger("app.sim.server")


class Served(Protocol):
    """What the handlers need of the simulator (:class:`app.sim.server.SimServer` has it)."""

    token: str
    catalogue: Catalogue
    listing: SimCatalogue
    api_faults: FaultList
    cdn_faults: FaultList
    _stopping: threading.Event

    def _record(self, server: str, entry: LoggedRequest) -> None: ...
    def _accept(self, model: Model, payload: Mapping[str, Any]) -> QueuedJob: ...
    def knows(self, request_id: str) -> bool: ...
    def model_info(self, model_id: str) -> dict[str, Any]: ...
    def urls(self, request_id: str) -> dict[str, str]: ...
    def status_answer(self, request_id: str) -> dict[str, Any]: ...
    def result_answer(self, request_id: str, include_cost: bool) -> dict[str, Any]: ...
    def cancel(self, request_id: str) -> tuple[str, str]: ...
    def balance(self) -> float: ...
    def output_file(self, request_id: str, name: str) -> Path | None: ...


class LoopbackHTTPServer(ThreadingHTTPServer):
    """A threaded server that can close its open keep-alive connections when it stops."""

    daemon_threads = True
    # socketserver's default backlog of 5 refuses bursts: a client that opens a hundred
    # connections at once (one per job) would see connections reset after it sent a request.
    request_queue_size = 256

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], sim: Served
    ) -> None:
        self.sim = sim
        self._open: dict[threading.Thread, socket.socket] = {}
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        )
        with self._open_lock:
            self._open[thread] = request
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._open_lock:
                self._open.pop(threading.current_thread(), None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up mid-answer are normal here (tests drop connections on purpose).
        log.debug("simulator connection from %s ended with an error", client_address, exc_info=True)

    def close_connections(self, timeout: float) -> None:
        with self._open_lock:
            open_now = list(self._open.items())
        for _thread, connection in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread, _connection in open_now:
            thread.join(timeout)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "storyreel-sim/1"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    # Headers and body go out in separate writes; with Nagle on, each answer waits ~40 ms.
    disable_nagle_algorithm = True
    server: LoopbackHTTPServer
    role = "api"

    @property
    def sim(self) -> Served:
        return self.server.sim

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sim %s: " + format, self.role, *args)

    def logged_headers(self) -> dict[str, str]:
        return {
            k: ("<redacted>" if k.lower() == "authorization" else v)
            for k, v in self.headers.items()
        }

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(
        self, status: int, data: Mapping[str, Any], headers: Iterable[tuple[str, str]] = ()
    ) -> None:
        self.send_body(status, json.dumps(data).encode(), "application/json", headers)

    def send_error_body(
        self,
        status: int,
        code: int,
        message: str,
        headers: Iterable[tuple[str, str]] = (),
        problems: Iterable[Problem] = (),
    ) -> None:
        error: dict[str, Any] = {"code": code, "message": message}
        listed = [
            {"field": p.field, "item": p.item, "rule": p.rule, "message": p.message}
            for p in problems
        ]
        if listed:
            error["problems"] = listed
        self.send_json(status, {"error": error}, headers)

    def read_body(self) -> bytes | None:
        """The request body; None when it is over the 64 MiB limit (it is then discarded)."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise Rejected(411, 411, "Send the request body with a valid Content-Length.")
        if length <= MAX_REQUEST_BYTES:
            return self.rfile.read(length)
        if length > MAX_DRAIN_BYTES:
            self.close_connection = True
            return None
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 1 << 20))
            if not chunk:
                break
            remaining -= len(chunk)
        return None

    def apply_request_fault(self, fault: Fault | None) -> bool:
        """Act out a request fault. True when the request is answered (or dropped) by it."""
        if fault is None:
            return False
        kind = fault.kind
        if kind is FaultKind.LATENCY:
            self.sim._stopping.wait(fault.seconds)
            return False
        if kind is FaultKind.DROP:
            self.close_connection = True
            return True
        if kind is FaultKind.NON_JSON:
            page = b"<html><body><h1>502 Bad Gateway</h1><p>simulated</p></body></html>"
            self.send_body(200, page, "text/html; charset=utf-8")
            return True
        status = {FaultKind.STATUS_429: 429, FaultKind.STATUS_500: 500, FaultKind.STATUS_503: 503}
        headers = []
        retry_after = fault.retry_after_header()
        if retry_after is not None and kind in (FaultKind.STATUS_429, FaultKind.STATUS_503):
            headers.append(("Retry-After", retry_after))
        messages = {
            429: "Too many requests (an injected fault); slow down and try again.",
            500: "Internal server error (an injected fault).",
            503: "Service unavailable (an injected fault); try again later.",
        }
        code = status[FaultKind(kind)]
        self.send_error_body(code, code, messages[code], headers)
        return True
