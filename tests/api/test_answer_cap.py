"""An API answer may be a few MiB at most: a larger one is refused as it streams in, quickly
and without being held in memory, whichever call asked for it."""

from __future__ import annotations

import contextlib
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from api_support import FAST_RETRY, LITE, TOKEN

from app.api.client import RunComfyClient
from app.core.errors import ProtocolError, SubmissionUncertain
from tests.loopback import LoopbackServer

CAP = 4 * 1024 * 1024
HUGE = 20 * 1024 * 1024
CHUNK = 64 * 1024


class HugeAnswers(LoopbackServer):
    """Answers every request with 20 MB of JSON-looking bytes: chunked (no length given), or
    with its Content-Length announced. Counts what it managed to send."""

    def __init__(self, announce: bool) -> None:
        self.sent = 0
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if announce:
                    self.send_header("Content-Length", str(HUGE))
                else:
                    self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b'{"status": "' + b"x" * (CHUNK - 12)
                with contextlib.suppress(OSError):
                    while outer.sent < HUGE:
                        if announce:
                            self.wfile.write(chunk)
                        else:
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        outer.sent += len(chunk)
                    if not announce:
                        self.wfile.write(b"0\r\n\r\n")
                self.close_connection = True

            do_GET = do_POST = _answer

        super().__init__(Handler)


@pytest.fixture(params=[False, True], ids=["streamed", "announced"])
def huge(request) -> Iterator[HugeAnswers]:
    with HugeAnswers(announce=request.param) as server:
        yield server


CALLS = {
    "status": lambda api: api.status("req-1"),
    "result": lambda api: api.result("req-1"),
    "price": lambda api: api.model_info(LITE),
}


@pytest.mark.parametrize("call", list(CALLS))
async def test_an_answer_over_the_cap_is_refused_quickly_with_bounded_memory(huge, call):
    tracemalloc.start()
    started = time.monotonic()
    try:
        async with RunComfyClient(huge.base, TOKEN, retry=FAST_RETRY) as api:
            with pytest.raises(ProtocolError, match="larger") as caught:
                await CALLS[call](api)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "4 MiB" in str(caught.value) and "API address" in str(caught.value)
    assert elapsed < 5.0
    # Read whole, this answer took 84 MB at its peak; refused at the cap, under 8 MB.
    assert peak < 3 * CAP
    assert huge.requests == 1  # the same request would get the same answer: not retried
    assert huge.sent < HUGE


async def test_a_submission_whose_answer_is_too_large_is_uncertain_not_resent(huge):
    async with RunComfyClient(huge.base, TOKEN, retry=FAST_RETRY) as api:
        with pytest.raises(SubmissionUncertain, match="may or may not"):
            await api.submit(LITE, {"prompt": "a lighthouse"})
    assert huge.requests == 1
