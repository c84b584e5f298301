"""Helpers for the engine tests: constants, a scriptable loopback HTTP server for answer
shapes the simulator never produces, and a clock of request arrivals at the simulator."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from app.api.client import RetryPolicy
from app.api.polling import PollTimings
from app.sim.server import SimServer, Timings
from tests.loopback import LoopbackServer

TOKEN = "sk-test-7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
FAST_SIM = Timings(queue_seconds=0.05, run_seconds=0.1, render=False)
FAST_RETRY = RetryPolicy(attempts=4, backoff=0.01, max_wait=3.0, total_wait=5.0)
FAST_POLL = PollTimings(
    queue_base=0.05,
    per_position=0.05,
    max_interval=0.5,
    near_finish=0.05,
    window_min=0.1,
    first_poll=0.02,
    failure_backoff=0.02,
    max_failure_backoff=0.2,
    long_minimum=60.0,
)


# --- a scriptable loopback server ------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class ScriptedServer(LoopbackServer):
    """Answers each path with a fixed reply; records what it received. Loopback only."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | Callable[[BaseHTTPRequestHandler], Reply]] = {}
        self.seen: list[Seen] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.seen.append(Seen(self.command, self.path, dict(self.headers.items())))
                route = outer.routes.get(self.path.split("?")[0])
                reply = route(self) if callable(route) else route
                if reply is None:
                    reply = Reply(404, {"error": {"code": 404, "message": "no such path"}})
                body = reply.body
                if isinstance(body, (dict, list)):
                    body = json.dumps(body).encode()
                elif isinstance(body, str):
                    body = body.encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        super().__init__(Handler)


class ArrivalClock:
    """When each API request reached the simulator, from a thread woken by its condition."""

    def __init__(self, sim: SimServer) -> None:
        self.sim = sim
        self.times: list[float] = []
        self._stop = False
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        def note() -> bool:
            count = len(self.sim.requests_log)
            while len(self.times) < count:
                self.times.append(time.monotonic())
            return self._stop

        with contextlib.suppress(TimeoutError):
            self.sim.wait_for(note, timeout=30)

    def __enter__(self) -> ArrivalClock:
        self.times.extend([0.0] * len(self.sim.requests_log))
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop = True
        self.sim.timings = self.sim.timings  # setting the timings wakes every waiter
        self._thread.join(5)
