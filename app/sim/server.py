"""A local RunComfy-compatible server: the test double, and the app's free offline preview engine.

It speaks the contract of ``/work/shared/runcomfy-api.md`` over real HTTP on loopback:

========================================  ==================================================
``POST /v1/models/{model_id}``            submit: 200 ``request_id``, ``status_url``,
                                          ``result_url``, ``cancel_url`` (absolute URLs)
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
for an image it cannot reach.

Every job is rendered by :func:`app.sim.render.render_preview` from its actual inputs
(first/last frame or references, size, duration, audio). ``Timings(render=False)`` serves
one tiny, valid MP4 instead, for fast tests.

The queue: jobs wait ``queue_seconds`` and for a free worker (``workers`` of them), then
run for at least ``run_seconds`` and until their video is rendered. ``queue_position`` is
the number of queued jobs submitted before this one, plus 1, so it falls as they start.
Tests drive the queue without sleeping: ``Timings(hold=True)`` keeps every job queued and
``Timings(hold_running=True)`` keeps every job in progress until :meth:`SimServer.release`;
:meth:`SimServer.wait_for` waits on the server's condition for any state.

Prices are the simulator's own, made up for testing (see :data:`DEFAULT_PRICES`); they are
not RunComfy's. ``preview=True`` makes every model free ("Free local preview").
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import http.client
import io
import ipaddress
import json
import logging
import re
import secrets
import shutil
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from app.core.catalogue import Catalogue, Field, FieldKind, Model
from app.core.errors import ImageError, StoryreelError
from app.core.images import probe, probe_bytes
from app.core.urls import is_loopback_host
from app.core.validation import Problem, image_problems, validate_values
from app.sim.faults import (
    DOWNLOAD_KINDS,
    REQUEST_KINDS,
    Fault,
    FaultKind,
    FaultList,
)

if TYPE_CHECKING:
    from app.sim.render import RenderSpec

__all__ = [
    "DEFAULT_PRICES",
    "Fault",
    "FaultKind",
    "FaultList",
    "LoggedRequest",
    "Price",
    "SimServer",
    "SimulatorError",
    "Submission",
    "Timings",
    "serve_forever",
]

log = logging.getLogger(__name__)

CODE_INVALID_ID = 400001
CODE_ACCOUNT = 400004
CODE_NOT_FOUND = 404001

MAX_REQUEST_BYTES = 64 * 1024 * 1024
MAX_INLINE_IMAGE_BYTES = 6 * 1024 * 1024
MAX_INLINE_IMAGE_PIXELS = 32_000_000
MAX_FETCHED_IMAGE_BYTES = 50_000_000
# A body this much over the limit is not read to the end: the connection is closed instead.
_MAX_DRAIN_BYTES = 4 * MAX_REQUEST_BYTES
INLINE_IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}

FPS = 24
DEFAULT_SECONDS = 5.0
OUTPUT_NAME = "output.mp4"
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}")
_STATUS_PATH = re.compile(r"/v1/requests/(?P<id>.*)/(?P<kind>status|result|cancel)")
_OUTPUT_PATH = re.compile(r"/outputs/(?P<id>[^/]+)/(?P<name>[^/]+)")

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
_FALLBACK_PER_SECOND = Price(0.05, "second")
_FALLBACK_PER_OUTPUT = Price(0.5, "output")


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


@dataclass
class _ImageInput:
    """One image of a job: a decoded inline image, or a URL fetched at render time."""

    path: Path | None = None
    url: str | None = None
    size: tuple[int, int] | None = None


@dataclass
class _Job:
    request_id: str
    sequence: int
    model: Model
    settings: dict[str, Any]
    created_at: datetime
    submitted: float  # time.monotonic()
    cost: float
    first_frame: _ImageInput | None = None
    last_frame: _ImageInput | None = None
    references: list[_ImageInput] = field(default_factory=list)
    injected_failure: str | None = None
    state: str = IN_QUEUE
    started: float | None = None
    finished_at: datetime | None = None
    error: str | None = None
    output: Path | None = None
    released_from_queue: bool = False
    released_from_run: bool = False


class _Rejected(Exception):
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


class _RenderAborted(Exception):
    """Raised from the renderer's progress callback when the server stops."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _loopback_address(host: str) -> str:
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


_tiny_video: bytes | None = None
_tiny_video_lock = threading.Lock()


def tiny_mp4() -> bytes:
    """A real, playable half-second 64×64 H.264 MP4, made once per process."""
    global _tiny_video
    with _tiny_video_lock:
        if _tiny_video is None:
            import av
            from PIL import Image

            buffer = io.BytesIO()
            with av.open(buffer, "w", format="mp4") as container:
                stream = container.add_stream("libx264", rate=FPS)
                stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
                for index in range(FPS // 2):
                    picture = Image.new("RGB", (64, 64), (40 + index * 8, 80, 120))
                    container.mux(stream.encode(av.VideoFrame.from_image(picture)))
                container.mux(stream.encode(None))
            _tiny_video = buffer.getvalue()
        return _tiny_video


T = TypeVar("T")


class SimServer:
    """The simulator: an API server and a CDN server on loopback, a queue and its workers.

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
    ) -> None:
        if token is not None and not token.strip():
            raise ValueError("The simulator's token cannot be empty.")
        if workers < 1:
            raise ValueError(f"The simulator needs at least 1 worker, not {workers}.")
        self.token = token or secrets.token_urlsafe(24)
        self.preview = preview
        self.catalogue = Catalogue.load() if catalogue is None else catalogue
        self.api_faults = FaultList("api")
        self.cdn_faults = FaultList("cdn")
        self._host = _loopback_address(host)
        self._ports = (api_port, cdn_port)
        self._workers = workers
        self._timings = timings or Timings()
        self._given_output_dir = output_dir
        self._output_dir: Path | None = None
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._started = False
        self._jobs: dict[str, _Job] = {}
        self._sequence = 0
        self._prices: dict[str, Price] = {}
        self._submissions: list[Submission] = []
        self._api_log: list[LoggedRequest] = []
        self._cdn_log: list[LoggedRequest] = []
        self._servers: list[_LoopbackHTTPServer] = []
        self._threads: list[threading.Thread] = []

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
        if self._given_output_dir is None:
            self._output_dir = Path(tempfile.mkdtemp(prefix="storyreel-sim-"))
        else:
            self._output_dir = Path(self._given_output_dir)
            self._output_dir.mkdir(parents=True, exist_ok=True)
        (self._output_dir / "outputs").mkdir(exist_ok=True)
        (self._output_dir / "inputs").mkdir(exist_ok=True)
        try:
            for port, handler in zip(self._ports, (_ApiHandler, _CdnHandler), strict=True):
                self._servers.append(_LoopbackHTTPServer((self._host, port), handler, self))
        except OSError as exc:
            for server in self._servers:
                server.server_close()
            self._servers.clear()
            self._remove_output_dir()
            raise SimulatorError(
                f"The simulator cannot listen on {self._host}: {exc.strerror or exc}."
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
        for index in range(self._workers):
            thread = threading.Thread(
                target=self._work, name=f"storyreel-sim-worker-{index + 1}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
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

    def _remove_output_dir(self) -> None:
        if self._given_output_dir is None and self._output_dir is not None:
            shutil.rmtree(self._output_dir, ignore_errors=True)

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

    # --- prices -------------------------------------------------------------------------

    @property
    def free(self) -> bool:
        """True when this is the app's offline preview engine: every model costs nothing."""
        return self.preview

    def set_price(self, model_id: str, price: float, unit: str = "second") -> None:
        """Override the simulator's made-up price of one model."""
        with self._cond:
            self._prices[model_id] = Price(float(price), unit)

    def price(self, model_id: str) -> Price:
        with self._cond:
            price = self._prices.get(model_id) or DEFAULT_PRICES.get(model_id)
        if price is None:
            model = self.catalogue.get(model_id)
            duration_in_seconds = model.role("duration_seconds") is not None
            price = _FALLBACK_PER_SECOND if duration_in_seconds else _FALLBACK_PER_OUTPUT
        if self.preview:
            return Price(0.0, price.price_unit)
        return price

    def model_info(self, model_id: str) -> dict[str, Any]:
        price = self.price(model_id)
        if self.free:
            note = "Free local preview: rendered on this computer, nothing is charged."
        else:
            per = "second of video" if price.price_unit == "second" else "video"
            note = (
                f"Simulator price, made up for testing (not RunComfy's): "
                f"${price.base_price_usd:g} per {per}."
            )
        return {
            "model_id": model_id,
            "base_price_usd": price.base_price_usd,
            "price_unit": price.price_unit,
            "pricing_note": note,
        }

    # --- timings and holds --------------------------------------------------------------

    @property
    def timings(self) -> Timings:
        with self._cond:
            return self._timings

    @timings.setter
    def timings(self, timings: Timings) -> None:
        """New timings apply at once, to queued and running jobs too."""
        with self._cond:
            self._timings = timings
            self._cond.notify_all()

    def release(self, request_id: str | None = None) -> int:
        """Let a held job (or every held job) go on to its next phase. Returns how many.

        A queued job leaves the queue hold, a running job the running hold. Jobs submitted
        later are held again.
        """
        with self._cond:
            jobs = list(self._jobs.values()) if request_id is None else [self._job(request_id)]
            released = 0
            for job in jobs:
                if job.state == IN_QUEUE and not job.released_from_queue:
                    job.released_from_queue = True
                    released += 1
                elif job.state == IN_PROGRESS and not job.released_from_run:
                    job.released_from_run = True
                    released += 1
            self._cond.notify_all()
            return released

    # --- waiting and looking ------------------------------------------------------------

    def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until ``predicate()`` is truthy and return its value; ``TimeoutError`` if not.

        The predicate runs with the simulator's lock held, so it may use :meth:`state`
        and the records freely; it is re-checked whenever anything changes.
        """
        with self._cond:
            result = self._cond.wait_for(predicate, timeout)
            if not result:
                raise TimeoutError(f"The simulator did not reach the awaited state in {timeout} s.")
            return result

    def wait_submissions(self, count: int, timeout: float = 5.0) -> list[Submission]:
        """Wait until at least ``count`` submissions were accepted; returns them all."""
        self.wait_for(lambda: len(self._submissions) >= count, timeout)
        return self.submissions

    def wait_state(self, request_id: str, *states: str, timeout: float = 5.0) -> str:
        """Wait until a job is in one of ``states`` (result words, e.g. ``"in_progress"``)."""
        self.wait_for(lambda: self._job(request_id).state in states, timeout)
        return self.state(request_id)

    def knows(self, request_id: str) -> bool:
        with self._cond:
            return request_id in self._jobs

    def state(self, request_id: str) -> str:
        """A job's state in the result endpoint's words; ``KeyError`` for an unknown id."""
        with self._cond:
            return self._job(request_id).state

    def queue_position(self, request_id: str) -> int | None:
        with self._cond:
            job = self._job(request_id)
            if job.state != IN_QUEUE:
                return None
            ahead = sum(
                1
                for other in self._jobs.values()
                if other.state == IN_QUEUE and other.sequence < job.sequence
            )
            return ahead + 1

    def output_path(self, request_id: str) -> Path | None:
        with self._cond:
            return self._job(request_id).output

    @property
    def submissions(self) -> list[Submission]:
        with self._cond:
            return list(self._submissions)

    @property
    def requests_log(self) -> list[LoggedRequest]:
        """Every request the API server received, oldest first."""
        with self._cond:
            return list(self._api_log)

    @property
    def cdn_requests(self) -> list[LoggedRequest]:
        """Every request the CDN server received, oldest first."""
        with self._cond:
            return list(self._cdn_log)

    def _job(self, request_id: str) -> _Job:
        try:
            return self._jobs[request_id]
        except KeyError:
            raise KeyError(f"The simulator has no request {request_id!r}.") from None

    def _record(self, server: str, entry: LoggedRequest) -> None:
        with self._cond:
            (self._api_log if server == "api" else self._cdn_log).append(entry)
            self._cond.notify_all()

    # --- submissions --------------------------------------------------------------------

    def _accept(self, model: Model, payload: Mapping[str, Any]) -> _Job:
        """Check a submission and queue it; raises :class:`_Rejected` with every problem."""
        assert self._output_dir is not None
        request_id = str(uuid.uuid4())
        inputs_dir = self._output_dir / "inputs" / request_id
        problems = [p for p in validate_values(model, payload) if p.blocking]
        images: dict[str, list[_ImageInput]] = {}
        try:
            for f in model.fields:
                value = payload.get(f.name)
                if not f.is_image or value in (None, "", []):
                    continue
                items = value if f.kind is FieldKind.IMAGE_LIST else [value]
                if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                    continue  # already reported by validate_values
                entries = []
                for index, item in enumerate(items):
                    position = index if f.kind is FieldKind.IMAGE_LIST else None
                    entry, found = self._image_input(f, item, position, inputs_dir)
                    problems.extend(found)
                    entries.append(entry)
                images[f.name] = entries
            if problems:
                raise _Rejected(
                    400,
                    400,
                    f"The inputs are not valid for {model.model_id}: "
                    + " ".join(p.line() for p in problems),
                    problems,
                )
        except BaseException:
            shutil.rmtree(inputs_dir, ignore_errors=True)
            raise

        settings = model.defaults()
        settings.update(
            {k: v for k, v in payload.items() if model.has_field(k) and not model.field(k).is_image}
        )
        seconds = model.duration_seconds(settings)
        job = _Job(
            request_id=request_id,
            sequence=0,
            model=model,
            settings=settings,
            created_at=_utc_now(),
            submitted=time.monotonic(),
            cost=self.price(model.model_id).cost(seconds),
        )
        # As on the model page: e.g. Seedance 1.0 Lite ignores its last frame at 1080p.
        for item in model.advice:
            if item.rule == "ignored_when" and all(
                settings.get(k) == v for k, v in item.when.items()
            ):
                images.pop(item.field, None)
        first, last = model.role("first_frame"), model.role("last_frame")
        references = model.role("reference_images")
        if first is not None and images.get(first.name):
            job.first_frame = images[first.name][0]
        if last is not None and images.get(last.name):
            job.last_frame = images[last.name][0]
        if references is not None:
            job.references = list(images.get(references.name, ()))
        fault = self.api_faults.take("submit", frozenset({FaultKind.FAIL_JOB}))
        if fault is not None:
            job.injected_failure = fault.message
        with self._cond:
            self._sequence += 1
            job.sequence = self._sequence
            self._jobs[request_id] = job
            self._submissions.append(
                Submission(
                    request_id,
                    model.model_id,
                    summarise_data_uris(dict(payload)),
                    _iso(job.created_at),
                )
            )
            self._cond.notify_all()
        return job

    def _image_input(
        self, f: Field, value: str, item: int | None, inputs_dir: Path
    ) -> tuple[_ImageInput, list[Problem]]:
        if value.startswith(("http://", "https://")):
            return _ImageInput(url=value), []
        if not value.startswith("data:"):
            shown = value if len(value) <= 60 else value[:57] + "…"
            return _ImageInput(), [
                Problem(
                    f.name,
                    "url",
                    f"'{shown}' is neither an http(s) URL nor a data: URI; the server cannot "
                    "read files on your computer.",
                    item=item,
                )
            ]

        def problem(rule: str, message: str, actual: Any = None, limit: Any = None) -> Problem:
            return Problem(f.name, rule, message, actual, limit, item=item)

        header, _, payload = value.partition(",")
        parts = [p.strip().lower() for p in header[len("data:") :].split(";")]
        mime = parts[0] or "text/plain"
        if mime not in INLINE_IMAGE_TYPES:
            return _ImageInput(), [
                problem(
                    "data_uri",
                    f"An inline image must be PNG, JPEG or WebP; this data URI is {mime}.",
                    mime,
                )
            ]
        if "base64" not in parts[1:]:
            return _ImageInput(), [
                problem("data_uri", "An inline image must be base64-encoded (';base64,').")
            ]
        try:
            data = base64.b64decode("".join(payload.split()), validate=True)
        except ValueError:
            return _ImageInput(), [
                problem("data_uri", "The inline image is not valid base64 and cannot be decoded.")
            ]
        if len(data) > MAX_INLINE_IMAGE_BYTES:
            mib = len(data) / (1024 * 1024)
            return _ImageInput(), [
                problem(
                    "inline_size",
                    f"The inline image is {mib:.2f} MiB decoded; at most 6 MiB is accepted "
                    "inline. Send it as a URL instead.",
                    len(data),
                    MAX_INLINE_IMAGE_BYTES,
                )
            ]
        try:
            info = probe_bytes(data, "The inline image")
        except ImageError as exc:
            return _ImageInput(), [problem("image", str(exc))]
        pixels = info.width * info.height
        if pixels > MAX_INLINE_IMAGE_PIXELS:
            return _ImageInput(), [
                problem(
                    "inline_pixels",
                    f"The inline image is {info.width}×{info.height} = {pixels / 1e6:.1f} "
                    "megapixels; at most 32 megapixels are accepted inline.",
                    pixels,
                    MAX_INLINE_IMAGE_PIXELS,
                )
            ]
        found = image_problems(f, info, item)
        if found:
            return _ImageInput(), found
        inputs_dir.mkdir(parents=True, exist_ok=True)
        suffix = f"-{item + 1}" if item is not None else ""
        path = inputs_dir / f"{f.name}{suffix}.{INLINE_IMAGE_TYPES[mime]}"
        path.write_bytes(data)
        return _ImageInput(path=path, size=(info.width, info.height)), []

    def cancel(self, request_id: str) -> tuple[str, str]:
        """Cancel a queued job. Returns (outcome, status in the status endpoint's words)."""
        with self._cond:
            job = self._job(request_id)
            if job.state != IN_QUEUE:
                return "not_cancellable", _status_word(job.state)
            job.state = CANCELLED
            job.finished_at = _utc_now()
            self._cond.notify_all()
        self._remove_inputs(request_id)
        return "cancelled", "cancelled"

    def _remove_inputs(self, request_id: str) -> None:
        if self._output_dir is not None:
            shutil.rmtree(self._output_dir / "inputs" / request_id, ignore_errors=True)

    # --- answers ------------------------------------------------------------------------

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
            answer: dict[str, Any] = {"request_id": request_id, "status": _status_word(job.state)}
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
            answer["created_at"] = _iso(job.created_at)
            if job.finished_at is not None:
                answer["finished_at"] = _iso(job.finished_at)
            if include_cost and job.state == SUCCEEDED:
                answer["cost"] = job.cost
            return answer

    def output_file(self, request_id: str, name: str) -> Path | None:
        with self._cond:
            job = self._jobs.get(request_id)
            if job is None or job.state != SUCCEEDED or name != OUTPUT_NAME:
                return None
            return job.output

    # --- the workers --------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._next_job()
            if job is None:
                return
            self._run(job)

    def _next_job(self) -> _Job | None:
        with self._cond:
            while not self._stopping.is_set():
                now = time.monotonic()
                timings = self._timings
                wake: float | None = None
                for job in self._jobs.values():
                    if job.state != IN_QUEUE:
                        continue
                    if timings.hold and not job.released_from_queue:
                        continue
                    ready_in = job.submitted + timings.queue_seconds - now
                    if ready_in <= 0:
                        job.state = IN_PROGRESS
                        job.started = now
                        self._cond.notify_all()
                        return job
                    wake = ready_in if wake is None else min(wake, ready_in)
                self._cond.wait(wake)
            return None

    def _run(self, job: _Job) -> None:
        error = job.injected_failure
        output: Path | None = None
        if error is None:
            try:
                output = self._produce_output(job)
            except _RenderAborted:
                return
            except Exception as exc:  # a failed render is a failed job, as on RunComfy
                log.exception("simulator render failed for %s", job.request_id)
                error = f"The preview could not be rendered: {exc}"
        with self._cond:
            while not self._stopping.is_set():
                timings = self._timings
                assert job.started is not None
                run_for = timings.run_seconds + timings.run_seconds_per_clip_second * (
                    job.model.duration_seconds(job.settings) or 0.0
                )
                remaining = job.started + run_for - time.monotonic()
                held = timings.hold_running and not job.released_from_run
                if remaining <= 0 and not held:
                    break
                self._cond.wait(remaining if remaining > 0 else None)
            if self._stopping.is_set():
                return
            job.state = FAILED if error else SUCCEEDED
            job.error = error
            job.output = output
            job.finished_at = _utc_now()
            self._cond.notify_all()
        self._remove_inputs(job.request_id)

    def _produce_output(self, job: _Job) -> Path:
        assert self._output_dir is not None
        folder = self._output_dir / "outputs" / job.request_id
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / OUTPUT_NAME
        if not self.timings.render:
            target.write_bytes(tiny_mp4())
            return target
        from app.sim.render import render_preview

        def abort_when_stopping(done: int, total: int) -> None:
            if self._stopping.is_set():
                raise _RenderAborted

        render_preview(self._render_spec(job), target, progress=abort_when_stopping)
        return target

    def _render_spec(self, job: _Job) -> RenderSpec:
        # Imported here: PyAV is only loaded once something is rendered.
        from app.sim.render import RenderSpec, output_size

        model, settings = job.model, job.settings
        inputs_dir = self._output_dir / "inputs" / job.request_id if self._output_dir else None
        first = self._local_image(job.first_frame, inputs_dir)
        last = self._local_image(job.last_frame, inputs_dir)
        references = [self._local_image(image, inputs_dir) for image in job.references]
        shaping = job.first_frame if first is not None else None
        if shaping is None:
            shaping = next((r for r, p in zip(job.references, references, strict=True) if p), None)

        def role_value(role: str) -> Any:
            f = model.role(role)
            return None if f is None else settings.get(f.name)

        width, height = output_size(
            role_value("resolution"), role_value("ratio"), shaping.size if shaping else None
        )
        frames_field = model.role("duration_frames")
        if frames_field is not None and isinstance(settings.get(frames_field.name), int):
            frame_count = settings[frames_field.name]
        else:
            frame_count = round((model.duration_seconds(settings) or DEFAULT_SECONDS) * FPS)
        seed = role_value("seed")
        return RenderSpec(
            width=width,
            height=height,
            fps=FPS,
            frame_count=max(1, int(frame_count)),
            first_frame=first,
            last_frame=last,
            references=tuple(p for p in references if p is not None),
            audio=role_value("audio") is True,
            seed=seed
            if isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0
            else None,
        )

    def _local_image(self, image: _ImageInput | None, inputs_dir: Path | None) -> Path | None:
        """The image as a file on disk, fetching a loopback URL; None when it cannot be had."""
        if image is None:
            return None
        if image.path is None and image.url is not None and inputs_dir is not None:
            inputs_dir.mkdir(parents=True, exist_ok=True)
            fetched = fetch_loopback_image(image.url, inputs_dir / f"fetched-{uuid.uuid4().hex}")
            if fetched is not None:
                try:
                    info = probe(fetched)
                except (ImageError, OSError):
                    return None
                image.path, image.size = fetched, (info.width, info.height)
        return image.path


def _status_word(state: str) -> str:
    """A job state in the status endpoint's words: a finished job is ``completed``."""
    return "completed" if state in (SUCCEEDED, FAILED) else state


def fetch_loopback_image(url: str, destination: Path) -> Path | None:
    """Fetch ``url`` into ``destination`` when its host is this computer; else None.

    The simulator never reaches beyond loopback, follows no redirect and sends no
    credentials; an image it cannot fetch is rendered as a neutral card.
    """
    parts = urlsplit(url)
    if not is_loopback_host(parts.hostname):
        return None
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection = connection_class(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        connection.request("GET", target, headers={"User-Agent": "storyreel-sim"})
        response = connection.getresponse()
        if response.status != 200:
            return None
        data = response.read(MAX_FETCHED_IMAGE_BYTES + 1)
        if len(data) > MAX_FETCHED_IMAGE_BYTES:
            return None
        destination.write_bytes(data)
        return destination
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


# --- HTTP -----------------------------------------------------------------------------------


class _LoopbackHTTPServer(ThreadingHTTPServer):
    """A threaded server that can close its open keep-alive connections when it stops."""

    daemon_threads = True
    # socketserver's default backlog of 5 refuses bursts: a client that opens a hundred
    # connections at once (one per job) would see connections reset after it sent a request.
    request_queue_size = 256

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], sim: SimServer
    ) -> None:
        self.sim = sim
        self._open: dict[threading.Thread, socket.socket] = {}
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:  # type: ignore[override]
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        )
        with self._open_lock:
            self._open[thread] = request
        thread.start()

    def _serve_connection(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._open_lock:
                self._open.pop(threading.current_thread(), None)

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "storyreel-sim/1"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    # Headers and body go out in separate writes; with Nagle on, each answer waits ~40 ms.
    disable_nagle_algorithm = True
    server: _LoopbackHTTPServer  # type: ignore[assignment]
    role = "api"

    @property
    def sim(self) -> SimServer:
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
            raise _Rejected(411, 411, "Send the request body with a valid Content-Length.")
        if length <= MAX_REQUEST_BYTES:
            return self.rfile.read(length)
        if length > _MAX_DRAIN_BYTES:
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


class _ApiHandler(_Handler):
    role = "api"

    def do_GET(self) -> None:
        self.handle_api("GET")

    def do_POST(self) -> None:
        self.handle_api("POST")

    def do_PUT(self) -> None:
        self.handle_api("PUT")

    def do_DELETE(self) -> None:
        self.handle_api("DELETE")

    def do_PATCH(self) -> None:
        self.handle_api("PATCH")

    def handle_api(self, method: str) -> None:
        sim = self.sim
        url = urlsplit(self.path)
        path = unquote(url.path)
        kind, subject, allowed = _route(method, path)
        is_model = kind in ("submit", "model")
        sim._record(
            "api",
            LoggedRequest(
                method,
                self.path,
                self.logged_headers(),
                kind,
                request_id=None if is_model else subject,
                model_id=subject if is_model else None,
            ),
        )
        try:
            body = self.read_body()
            if self.apply_request_fault(sim.api_faults.take(kind, REQUEST_KINDS)):
                return
            self.check_token()
            if kind is None:
                raise _Rejected(404, 404, f"There is no endpoint {method} {url.path}.")
            if method != allowed:
                raise _Rejected(405, 405, f"{url.path} takes {allowed}, not {method}.")
            assert subject is not None
            if kind == "submit":
                self.submit(subject, body)
            elif kind == "model":
                self.send_json(200, sim.model_info(self.known_model(subject).model_id))
            else:
                request_id = self.known_request(subject)
                if kind == "status":
                    self.send_json(200, sim.status_answer(request_id))
                elif kind == "result":
                    flag = parse_qs(url.query).get("include_cost", [""])[-1].lower()
                    include_cost = flag in ("true", "1", "yes")
                    self.send_json(200, sim.result_answer(request_id, include_cost))
                else:
                    outcome, status = sim.cancel(request_id)
                    self.send_json(
                        202, {"request_id": request_id, "status": status, "outcome": outcome}
                    )
        except _Rejected as rejected:
            headers = [("Allow", allowed)] if rejected.status == 405 and allowed else []
            self.send_error_body(
                rejected.status, rejected.code, rejected.message, headers, rejected.problems
            )

    def check_token(self) -> None:
        scheme, _, given = self.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise _Rejected(
                401,
                CODE_ACCOUNT,
                "No API token was sent: every call needs 'Authorization: Bearer <token>'.",
            )
        if not hmac.compare_digest(given.strip().encode(), self.sim.token.encode()):
            raise _Rejected(401, CODE_ACCOUNT, "The API token is not valid for this server.")

    def known_model(self, model_id: str) -> Model:
        if model_id not in self.sim.catalogue:
            raise _Rejected(400, CODE_INVALID_ID, f"Unknown model id '{model_id}'.")
        return self.sim.catalogue.get(model_id)

    def known_request(self, request_id: str) -> str:
        if not REQUEST_ID_PATTERN.fullmatch(request_id):
            shown = request_id if len(request_id) <= 40 else request_id[:37] + "…"
            raise _Rejected(
                400,
                CODE_INVALID_ID,
                f"'{shown}' is not a request id: ids are 1 to 128 letters, digits, '_' or '-'.",
            )
        if not self.sim.knows(request_id):
            raise _Rejected(
                404, CODE_NOT_FOUND, f"There is no request {request_id} on this server."
            )
        return request_id

    def submit(self, model_id: str, body: bytes | None) -> None:
        model = self.known_model(model_id)
        if body is None:
            raise _Rejected(
                413,
                413,
                "The request body is larger than 64 MiB, RunComfy's limit for one request; "
                "send large images as URLs.",
            )
        try:
            payload = json.loads(body or b"null")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _Rejected(400, 400, f"The request body is not valid JSON: {exc}.") from None
        if not isinstance(payload, dict):
            raise _Rejected(400, 400, "The request body must be a JSON object of inputs.")
        job = self.sim._accept(model, payload)
        if self.sim.api_faults.take("submit", frozenset({FaultKind.LOSE_SUBMIT_ANSWER})):
            self.close_connection = True
            return
        self.send_json(200, {"request_id": job.request_id, **self.sim.urls(job.request_id)})


def _route(method: str, path: str) -> tuple[str | None, str | None, str | None]:
    """(kind of request, model id or request id, the method the path takes)."""
    if path.startswith("/v1/models/"):
        model_id = path[len("/v1/models/") :].strip("/")
        if method == "POST":
            return "submit", model_id, "POST"
        return "model", model_id, "GET"
    match = _STATUS_PATH.fullmatch(path)
    if match:
        kind = match["kind"]
        return kind, match["id"], "POST" if kind == "cancel" else "GET"
    return None, None, None


class _RangeNotSatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) byte of a single ``Range: bytes=`` header; None to send everything.

    A header Storyreel cannot use (several ranges, another unit, nonsense) is ignored, as
    RFC 9110 allows; a range wholly past the end raises :class:`_RangeNotSatisfiable`.
    """
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if not match or match.group(1) == match.group(2) == "":
        return None
    first_text, last_text = match.groups()
    if first_text == "":
        suffix = int(last_text)
        if suffix == 0:
            raise _RangeNotSatisfiable
        return max(0, size - suffix), size - 1
    first = int(first_text)
    if last_text and int(last_text) < first:
        return None
    if first >= size:
        raise _RangeNotSatisfiable
    last = int(last_text) if last_text else size - 1
    return first, min(last, size - 1)


class _CdnHandler(_Handler):
    role = "cdn"

    def do_GET(self) -> None:
        self.serve_output()

    def do_HEAD(self) -> None:
        self.serve_output()

    def do_POST(self) -> None:
        self.refuse_method()

    def do_PUT(self) -> None:
        self.refuse_method()

    def do_DELETE(self) -> None:
        self.refuse_method()

    def refuse_method(self) -> None:
        self.sim._record("cdn", LoggedRequest(self.command, self.path, self.logged_headers()))
        self.close_connection = True
        self.send_body(405, b"Method not allowed.\n", "text/plain", [("Allow", "GET, HEAD")])

    def serve_output(self) -> None:
        sim = self.sim
        match = _OUTPUT_PATH.fullmatch(unquote(urlsplit(self.path).path))
        request_id = match["id"] if match else None
        sim._record(
            "cdn",
            LoggedRequest(
                self.command, self.path, self.logged_headers(), "download", request_id=request_id
            ),
        )
        fault = sim.cdn_faults.take("download", REQUEST_KINDS | DOWNLOAD_KINDS)
        if fault is not None and fault.kind in REQUEST_KINDS:
            if self.apply_request_fault(fault):
                return
            fault = None
        path = sim.output_file(match["id"], match["name"]) if match else None
        if path is None or not path.is_file():
            self.send_body(404, b"Not found.\n", "text/plain")
            return
        stat = path.stat()
        size = stat.st_size
        etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
        headers = [
            ("Accept-Ranges", "bytes"),
            ("ETag", etag),
            ("Last-Modified", self.date_time_string(int(stat.st_mtime))),
        ]
        range_header = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if if_range is not None and if_range.strip() != etag:
            range_header = None  # the file changed since the client's first part
        try:
            wanted = parse_range(range_header, size)
        except _RangeNotSatisfiable:
            self.send_body(416, b"", "video/mp4", [("Content-Range", f"bytes */{size}"), *headers])
            return
        first, last = wanted if wanted is not None else (0, size - 1)
        length = last - first + 1
        self.send_response(206 if wanted is not None else 200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(length))
        if wanted is not None:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        self.send_file(path, first, length, fault)

    def send_file(self, path: Path, first: int, length: int, fault: Fault | None) -> None:
        if fault is not None and fault.kind is FaultKind.TRUNCATE_DOWNLOAD:
            length //= 2
            self.close_connection = True
        chunk_size, pause = 1 << 16, 0.0
        if fault is not None and fault.kind is FaultKind.SLOW_DOWNLOAD:
            # Ten small sends a second approximate the asked-for pace.
            chunk_size = max(1, fault.bytes_per_second // 10)
            pause = chunk_size / fault.bytes_per_second
        try:
            with path.open("rb") as source:
                source.seek(first)
                remaining = length
                while remaining > 0:
                    chunk = source.read(min(chunk_size, remaining))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    remaining -= len(chunk)
                    if pause and remaining and self.sim._stopping.wait(pause):
                        self.close_connection = True
                        return
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


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
