"""The simulator's contract: what RunComfy's API answers, as ``app.sim`` serves it.

The simulator is the test double and the app's free offline preview engine; this module
holds its codes, limits, states and wire shapes (``queue``, ``http_api``, ``cdn`` and
``server`` use them).

It speaks the contract of ``/work/shared/runcomfy-api.md`` over real HTTP on loopback:

========================================  ==================================================
``POST /v1/models/{model_id}``            submit: 200 ``request_id``, ``status_url``,
                                          ``result_url``, ``cancel_url`` (absolute URLs)
``GET  /v1/models``                       the catalogue, one page: ``models`` (each with
                                          ``model_id``, ``display_name``, ``categories``,
                                          ``kind``, ``base_price_usd``, ``price_unit`` and,
                                          with ``include_schema=true``, ``input_schema``)
                                          and ``total``; ``limit``/``offset``, ``search``,
                                          ``category``, ``kind`` (``app.sim.catalogue``)
``GET  /v1/models/categories``            ``categories``
``GET  /v1/models/{model_id}``            model info: ``model_id``, ``base_price_usd``,
                                          ``price_unit``, ``pricing_note``
``GET  /v1/requests/{id}/status``         ``in_queue`` (+ ``queue_position``),
                                          ``in_progress``, ``completed``, ``cancelled``
``GET  /v1/requests/{id}/result``         ``succeeded`` (+ ``output: {"video": url}``),
                                          ``failed`` (+ ``error: {"message"}``),
                                          ``in_queue``, ``in_progress``, ``cancelled``;
                                          ``created_at``/``finished_at`` in ISO-8601 UTC;
                                          ``?include_cost=true`` adds ``cost`` (USD) once
                                          a job has succeeded
``POST /v1/requests/{id}/cancel``         202 ``outcome`` ``cancelled`` (only while queued)
                                          or ``not_cancellable``
``GET  /prod/v2/balance``                 the account: ``balance_usd`` (the starting
                                          balance less the cost of every job that
                                          succeeded, so it falls as jobs finish),
                                          ``currency``. RunComfy serves it on another host
========================================  ==================================================

Outputs live on a second server, on its own port, as RunComfy's CDN is another host:
``GET /outputs/{request_id}/output.mp4``, no authentication, ``Range`` requests answered
with 206 so that a broken download can resume.

Errors have the body ``{"error": {"code": N, "message": "..."}}`` (RunComfy does not
document its body; clients read a code and a message from whatever comes back). ``N`` is:

* 400004 with HTTP 401 for a missing or wrong bearer token;
* 400001 with HTTP 400 for an unknown model id or a malformed request id;
* 404001 with HTTP 404 for an unknown request id;
* the HTTP status itself (400, 411, 413) for what RunComfy gives no code: inputs that break
  the model's rules (the body also lists ``problems``), a body that is not a JSON object, a
  request body over 64 MiB. Injected faults use their HTTP status as the code too.

Inputs are checked with Storyreel's own catalogue, so the simulator refuses what the
product must never send: unknown keys, missing required fields, wrong types, values not
offered. Images may be ``data:`` URIs (PNG, JPEG or WebP; at most 6 MiB decoded and 32
megapixels, as RunComfy's inline limit) that are decoded and checked against the model's
image rules, or http(s) URLs, accepted as they are. A URL is only ever fetched, to render
it, when its host is this computer: the simulator works offline, and draws a neutral card
for an image it cannot reach. Videos and audio clips may be ``data:video/mp4`` (at
most 32 MiB decoded) or ``data:audio/wav`` URIs (at most 16 MiB), probed with PyAV and checked
against the field's rules (each item of a list), or http(s) URLs (:mod:`app.sim.media_inputs`).

Every job is rendered by :func:`app.sim.render.render_preview` from its actual inputs
(first/last frame or references, size, duration, audio). ``Timings(render=False)`` serves
one tiny, valid MP4 instead, for fast tests.

The queue: jobs wait ``queue_seconds`` and for a free slot (``workers`` of them), then
run for at least ``run_seconds`` and until their video is rendered. As on RunComfy, a freed
slot goes to the next waiting job at once: a job starts at the end of the job before it or
at its own ready time, whichever is later, by the queue's own clock (:mod:`app.sim.timeline`),
and every request sees the state those times give at the moment it is asked, however late
a worker thread wakes. A job is never ``completed`` before its video is rendered and served.
``queue_position`` is the number of queued jobs submitted before this one, plus 1, so it
falls as they start.
Tests drive the queue without sleeping: ``Timings(hold=True)`` keeps every job queued and
``Timings(hold_running=True)`` keeps every job in progress until :meth:`SimServer.release`;
:meth:`SimServer.wait_for` waits on the server's condition for any state.

Prices are the simulator's own, made up for testing (see :data:`DEFAULT_PRICES`); they are
not RunComfy's. ``preview=True`` makes every model free ("Free local preview").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.core.errors import StoryreelError
from app.core.validation import Problem

CODE_INVALID_ID = 400001
CODE_ACCOUNT = 400004
CODE_NOT_FOUND = 404001

MAX_REQUEST_BYTES = 64 * 1024 * 1024
MAX_INLINE_IMAGE_BYTES = 6 * 1024 * 1024
MAX_INLINE_IMAGE_PIXELS = 32_000_000
MAX_FETCHED_IMAGE_BYTES = 50_000_000
# A body this much over the limit is not read to the end: the connection is closed instead.
MAX_DRAIN_BYTES = 4 * MAX_REQUEST_BYTES
INLINE_IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}

FPS = 24
DEFAULT_SECONDS = 5.0
OUTPUT_NAME = "output.mp4"
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}")
BALANCE_PATH = "/prod/v2/balance"
STARTING_BALANCE = 25.0  # USD, made up for testing
STATUS_PATH = re.compile(r"/v1/requests/(?P<id>.*)/(?P<kind>status|result|cancel)")
OUTPUT_PATH = re.compile(r"/outputs/(?P<id>[^/]+)/(?P<name>[^/]+)")

# The states of a job, in the result endpoint's words.
IN_QUEUE, IN_PROGRESS = "in_queue", "in_progress"
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"
FINISHED = frozenset({SUCCEEDED, FAILED, CANCELLED})


class SimulatorError(StoryreelError):
    """The simulator cannot start as asked (an address that is not loopback, a busy port)."""


@dataclass(frozen=True)
class Timings:
    """How long a job spends in each phase, and whether tests hold it there.

    ``render=False`` serves a tiny ready-made MP4 instead of rendering the inputs.
    ``run_seconds_per_clip_second`` makes longer clips take longer, as on RunComfy (the
    benchmark uses it for jobs of mixed lengths).
    """

    queue_seconds: float = 0.2
    run_seconds: float = 0.5
    run_seconds_per_clip_second: float = 0.0
    render: bool = True
    hold: bool = False
    hold_running: bool = False


@dataclass(frozen=True)
class Price:
    """A model's price as the model-info endpoint states it: per second of video or per output."""

    base_price_usd: float
    price_unit: str = "second"

    def __post_init__(self) -> None:
        if self.price_unit not in ("second", "output"):
            raise ValueError(f"A price unit is 'second' or 'output', not {self.price_unit!r}.")
        if self.base_price_usd < 0:
            raise ValueError(f"A price cannot be negative ({self.base_price_usd}).")

    def cost(self, seconds: float | None) -> float:
        if self.price_unit == "output" or seconds is None:
            return round(self.base_price_usd, 6)
        return round(self.base_price_usd * seconds, 6)


#: The simulator's own made-up prices, for tests: they are not RunComfy's prices.
DEFAULT_PRICES: Mapping[str, Price] = {
    "bytedance/seedance-1-0/pro/image-to-video": Price(0.06, "second"),
    "bytedance/seedance-1-0/lite/image-to-video": Price(0.036, "second"),
    "bytedance/seedance-v1.5-pro/image-to-video": Price(0.05, "second"),
    "bytedance/seedance-1-0/lite/reference-to-video": Price(0.036, "second"),
    "bytedance/dreamina-3-0/pro/image-to-video": Price(0.5, "output"),
}
FALLBACK_PER_SECOND = Price(0.05, "second")
FALLBACK_PER_OUTPUT = Price(0.5, "output")


@dataclass(frozen=True)
class Submission:
    """One accepted submission. ``body`` has every data URI replaced by a short summary."""

    request_id: str
    model_id: str
    body: Mapping[str, Any]
    created_at: str


@dataclass(frozen=True)
class LoggedRequest:
    """One request as a server received it; an ``Authorization`` value is never kept.

    ``kind`` is ``submit``, ``model``, ``status``, ``result``, ``cancel`` (API), ``download``
    (CDN) or None for a path the server does not know.
    """

    method: str
    path: str
    headers: Mapping[str, str]
    kind: str | None = None
    request_id: str | None = None
    model_id: str | None = None

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)

    def has_header(self, name: str) -> bool:
        return self.header(name) is not None


class Rejected(Exception):
    """A request the API answers with an error body."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        problems: Iterable[Problem] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.problems = list(problems)


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def status_word(state: str) -> str:
    """A job state in the status endpoint's words: a finished job is ``completed``."""
    return "completed" if state in (SUCCEEDED, FAILED) else state


def summarise_data_uris(value: Any) -> Any:
    """``value`` with every ``data:`` URI shortened to its header and its length."""
    if isinstance(value, str) and value.startswith("data:"):
        header, _, payload = value.partition(",")
        return f"{header},<{len(payload)} characters>"
    if isinstance(value, list):
        return [summarise_data_uris(v) for v in value]
    if isinstance(value, dict):
        return {k: summarise_data_uris(v) for k, v in value.items()}
    return value
