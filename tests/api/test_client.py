"""The RunComfy client over real loopback HTTP: every call, every answer shape, every fault."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import pytest
from api_support import FAST_RETRY, LITE, TOKEN, Reply

from app.api.client import (
    InvalidApiBase,
    RetryPolicy,
    RunComfyClient,
    check_api_base,
)
from app.api.encoding import encode_inputs
from app.core.errors import (
    ApiError,
    AuthError,
    BadRequest,
    InsufficientBalance,
    JobGone,
    NetworkError,
    PermissionDenied,
    PriceUnavailable,
    ProtocolError,
    RateLimited,
    ServerError,
    SubmissionUncertain,
    UnknownModel,
)
from app.sim.faults import Fault
from app.sim.server import SimServer, Timings


@pytest.fixture
def body(catalogue, lite_values, tmp_path: Path) -> dict:
    request, _summary = encode_inputs(catalogue.get(LITE), lite_values, workdir=tmp_path)
    return request


def submit_requests(sim: SimServer) -> int:
    return sum(1 for r in sim.requests_log if r.kind == "submit")


# --- the calls ------------------------------------------------------------------------------


async def test_every_call_against_the_simulator(sim, client, body):
    sim.timings = Timings(hold=True, render=False)
    price = await client.model_info(LITE)
    assert (price.unit_price, price.unit) == (0.036, "second")
    assert "made up for testing" in price.note

    held = await client.submit(LITE, body)
    waiting = await client.submit(LITE, body)
    assert held.request_id != waiting.request_id
    assert held.status_url and held.status_url.endswith(f"/{held.request_id}/status")

    status = await client.status(waiting.request_id)
    assert (status.status, status.queue_position) == ("in_queue", 2)
    assert await client.cancel(waiting.request_id) == "cancelled"
    assert (await client.status(waiting.request_id)).status == "cancelled"

    sim.release(held.request_id)
    await asyncio.to_thread(sim.wait_state, held.request_id, "succeeded")
    assert await client.cancel(held.request_id) == "not_cancellable"
    result = await client.result(held.request_id, include_cost=True)
    assert result.status == "succeeded"
    assert result.outputs == [sim.output_url(held.request_id)]
    assert result.cost == pytest.approx(0.18)
    assert result.created_at is not None and result.finished_at is not None
    assert result.created_at <= result.finished_at <= time.time() + 1
    assert (await client.result(held.request_id)).cost is None


async def test_a_failed_job_reports_the_servers_reason(sim, client, body):
    sim.api_faults.add(Fault("fail_job", message="The model ran out of memory."))
    submission = await client.submit(LITE, body)
    await asyncio.to_thread(sim.wait_state, submission.request_id, "failed")
    result = await client.result(submission.request_id, include_cost=True)
    assert result.status == "failed"
    assert result.outputs == []
    assert result.error_message == "The model ran out of memory."


OUTPUT_SHAPES = [
    (
        {"image": "https://cdn.runcomfy.net/a.png", "videos": ["https://x.runcomfy.net/a.mp4"]},
        ["https://x.runcomfy.net/a.mp4", "https://cdn.runcomfy.net/a.png"],
    ),
    (
        {
            "images": ["https://c.runcomfy.net/1.png", "https://c.runcomfy.net/2.png"],
            "video": "https://c.runcomfy.net/v.mp4",
            "videos": ["https://c.runcomfy.net/v.mp4", "https://c.runcomfy.net/w.mp4"],
        },
        [
            "https://c.runcomfy.net/v.mp4",
            "https://c.runcomfy.net/w.mp4",
            "https://c.runcomfy.net/1.png",
            "https://c.runcomfy.net/2.png",
        ],
    ),
    ("https://c.runcomfy.net/only.mp4", ["https://c.runcomfy.net/only.mp4"]),
    (
        [
            "https://c.runcomfy.net/p.png",
            "https://c.runcomfy.net/v.webm",
            {"url": "https://c.runcomfy.net/q"},
        ],
        [
            "https://c.runcomfy.net/v.webm",
            "https://c.runcomfy.net/q",
            "https://c.runcomfy.net/p.png",
        ],
    ),
    ({"video": None, "images": []}, []),
]


@pytest.mark.parametrize(("output", "expected"), OUTPUT_SHAPES)
async def test_every_output_shape_is_read(scripted, output, expected):
    scripted.routes["/v1/requests/r1/result"] = Reply(
        body={"request_id": "r1", "status": "succeeded", "output": output}
    )
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        result = await api.result("r1")
    assert result.outputs == expected


async def test_a_cookie_the_api_sets_is_never_sent_back(scripted):
    scripted.routes["/v1/requests/r1/status"] = Reply(
        body={"request_id": "r1", "status": "in_queue", "queue_position": 2},
        headers={"Set-Cookie": "session=abc; Path=/"},
    )
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        await api.status("r1")
        status = await api.status("r1")
    assert status.queue_position == 2
    assert [seen.headers.get("Cookie") for seen in scripted.seen] == [None, None]


@pytest.mark.parametrize(
    ("answer", "cost"),
    [
        ({"cost": 0.25}, 0.25),
        ({"cost_usd": "0.42"}, 0.42),
        ({"charged": "$1.5"}, 1.5),
        ({"billing": {"amount": 0.3, "currency": "USD"}}, 0.3),
        ({"cost": {"amount_usd": 2}}, 2.0),
        ({"cost": "n/a"}, None),
        ({"cost": -1}, None),
        ({"cost": True}, None),
        ({}, None),
    ],
)
async def test_cost_is_found_wherever_it_is(scripted, answer, cost):
    scripted.routes["/v1/requests/r1/result"] = Reply(
        body={"status": "succeeded", "output": "https://c.runcomfy.net/a.mp4", **answer}
    )
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        result = await api.result("r1", include_cost=True)
    assert result.cost == (pytest.approx(cost) if cost is not None else None)
    assert "include_cost=true" in scripted.seen[-1].path


async def test_times_statuses_and_unknown_fields_are_read_tolerantly(scripted):
    scripted.routes["/v1/requests/r1/result"] = Reply(
        body={
            "status": "SUCCESS",
            "output": {"video": "https://c.runcomfy.net/a.mp4"},
            "created_at": 1_700_000_000_000,
            "finished_at": "2023-11-14T22:14:20Z",
            "gpu": "H100",
        }
    )
    scripted.routes["/v1/requests/r1/status"] = Reply(
        body={"status": "queued", "queue_position": "3", "eta": 12}
    )
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        result = await api.result("r1")
        status = await api.status("r1")
    assert result.status == "succeeded"
    assert result.created_at == pytest.approx(1_700_000_000)
    assert result.finished_at == pytest.approx(1_700_000_060)
    assert result.raw["gpu"] == "H100"
    assert (status.status, status.queue_position, status.raw["eta"]) == ("in_queue", 3, 12)


# --- errors ---------------------------------------------------------------------------------


async def test_documented_errors_from_the_simulator(sim, client, body):
    with pytest.raises(UnknownModel, match="model id is wrong"):
        await client.submit("bytedance/no-such-model", body)
    with pytest.raises(JobGone, match="gone on the server") as gone:
        await client.status("0123456789")
    assert gone.value.code == 404001 and gone.value.status == 404
    assert "404001" in gone.value.raw

    async with RunComfyClient(sim.api_base, "sk-wrong-key-123456", retry=FAST_RETRY) as wrong:
        with pytest.raises(AuthError, match="(?i)check it in settings") as refused:
            await wrong.model_info(LITE)
    assert refused.value.code == 400004
    assert "sk-wrong-key-123456" not in str(refused.value) + (refused.value.raw or "")


@pytest.mark.parametrize(
    ("reply", "error", "words"),
    [
        (
            Reply(400, {"code": 400002, "message": "Balance too low"}),
            InsufficientBalance,
            "(?i)top up",
        ),
        (
            Reply(402, "payment required", content_type="text/plain"),
            InsufficientBalance,
            "(?i)top up",
        ),
        (
            Reply(403, "Error 403001: not yours", content_type="text/plain"),
            PermissionDenied,
            "another",
        ),
        (Reply(400, {"detail": {"code": "400001", "msg": "bad id"}}), UnknownModel, "bad id"),
        (Reply(401, {"detail": "Token expired"}), AuthError, "Token expired"),
        (Reply(422, {"detail": [{"msg": "ratio is wrong"}]}), BadRequest, "ratio is wrong"),
        (Reply(418, b""), BadRequest, "HTTP 418"),
        (Reply(200, "<html>gateway</html>", content_type="text/html"), ProtocolError, "not JSON"),
        (Reply(200, [1, 2]), ProtocolError, "not an object"),
        (Reply(200, {"error": {"code": 400004, "message": "revoked"}}), AuthError, "revoked"),
        (Reply(302, b"", {"Location": "https://elsewhere.example/"}), ProtocolError, "redirect"),
    ],
)
async def test_every_error_shape_maps_to_one_error(scripted, reply, error, words):
    scripted.routes["/v1/models/a/b"] = reply
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        with pytest.raises(error, match=words) as caught:
            await api.model_info("a/b")
    assert TOKEN not in str(caught.value)
    assert caught.value.status == reply.status


async def test_a_price_without_a_usable_value_is_unavailable(scripted):
    scripted.routes["/v1/models/a/b"] = Reply(body={"base_price_usd": "free", "price_unit": "x"})
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        with pytest.raises(PriceUnavailable, match="no usable price"):
            await api.model_info("a/b")


async def test_the_token_is_sent_only_to_the_api_and_never_shown(scripted):
    api = RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY)
    try:
        assert TOKEN not in repr(api)
        scripted.routes["/v1/models/a/b"] = Reply(
            500, {"error": {"message": f"upstream said Authorization: Bearer {TOKEN}"}}
        )
        with pytest.raises(ServerError) as caught:
            await api.model_info("a/b")
        assert TOKEN not in str(caught.value) and TOKEN not in (caught.value.raw or "")
        assert all(s.headers.get("Authorization") == f"Bearer {TOKEN}" for s in scripted.seen)
    finally:
        await api.aclose()


async def test_a_redirect_is_never_followed(scripted):
    with type(scripted)() as elsewhere:
        scripted.routes["/v1/requests/r1/status"] = Reply(
            307, b"", {"Location": f"{elsewhere.base}/steal"}
        )
        async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
            with pytest.raises(ProtocolError, match="does not follow"):
                await api.status("r1")
        assert elsewhere.seen == []


@pytest.mark.parametrize(
    "base",
    [
        "http://example.com",
        "ftp://127.0.0.1",
        "http://10.0.0.1:8000",
        "http://128.0.0.1:8000",
        "http://0.0.0.0:8000",
        "http://[::2]:8000",
        "http://localhost.example.com:8000",
        "https://u:p@h.net",
        "x",
    ],
)
def test_an_unsafe_api_base_is_refused(base):
    with pytest.raises(InvalidApiBase, match="cannot be used") as caught:
        RunComfyClient(base, TOKEN)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, ApiError)


@pytest.mark.parametrize(
    "base",
    [
        "https://model-api.runcomfy.net/",
        "http://127.0.0.1:9",
        "http://127.45.6.7:9",
        "http://localhost:8",
        "http://LocalHost:8",
        "http://[::1]:7",
    ],
)
def test_https_and_loopback_bases_are_accepted(base):
    assert check_api_base(base) == base.rstrip("/")


async def test_malformed_ids_never_reach_a_url(scripted):
    async with RunComfyClient(scripted.base, TOKEN, retry=FAST_RETRY) as api:
        for bad in ("../../v1/models/x", "a b", "", "x" * 129, "id?x=1"):
            with pytest.raises(UnknownModel):
                await api.status(bad)
        with pytest.raises(UnknownModel):
            await api.submit("../admin", {})
    assert scripted.seen == []


# --- retries --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["status_503", "status_500", "drop", "latency"])
async def test_reads_survive_transient_faults(sim, client, body, kind):
    submission = await client.submit(LITE, body)
    count = 1 if kind == "latency" else 2  # a latency fault delays one answer, then is used up
    sim.api_faults.add(Fault(kind, count=count, match="status", retry_after=0, seconds=0.05))
    status = await client.status(submission.request_id)
    assert status.status in ("in_queue", "in_progress", "completed")
    assert sim.api_faults.pending == []


async def test_retry_after_is_honoured(sim, client, body):
    submission = await client.submit(LITE, body)
    sim.api_faults.add(Fault("status_429", match="status", retry_after=1))
    started = time.monotonic()
    await client.status(submission.request_id)
    assert time.monotonic() - started >= 0.95


async def test_reads_give_up_after_bounded_attempts(sim, client):
    sim.api_faults.add(Fault("status_503", count=10, match="model", retry_after=0))
    with pytest.raises(ServerError, match="HTTP 503"):
        await client.model_info(LITE)
    assert sum(1 for r in sim.requests_log if r.kind == "model") == FAST_RETRY.attempts
    sim.api_faults.clear()
    sim.api_faults.add(Fault("status_429", count=10, match="model", retry_after=0))
    with pytest.raises(RateLimited):
        await client.model_info(LITE)


async def test_a_non_json_answer_is_a_protocol_error(sim, client):
    sim.api_faults.add(Fault("non_json", match="model"))
    with pytest.raises(ProtocolError, match="not JSON") as caught:
        await client.model_info(LITE)
    assert "Bad Gateway" in caught.value.raw


# --- submissions are never repeated blindly ------------------------------------------------


async def test_a_lost_submit_answer_is_uncertain_and_sent_once(sim, client, body):
    sim.api_faults.add(Fault("lose_submit_answer"))
    with pytest.raises(SubmissionUncertain, match="may or may not"):
        await client.submit(LITE, body)
    assert len(sim.submissions) == 1
    assert submit_requests(sim) == 1


@pytest.mark.parametrize("kind", ["drop", "status_500", "status_503", "non_json"])
async def test_an_unknown_submit_outcome_is_never_retried(sim, client, body, kind):
    sim.api_faults.add(Fault(kind, match="submit", retry_after=0))
    with pytest.raises(SubmissionUncertain):
        await client.submit(LITE, body)
    assert submit_requests(sim) == 1


async def test_a_slow_submit_answer_is_uncertain(sim, body):
    sim.api_faults.add(Fault("latency", match="submit", seconds=1.0))
    async with RunComfyClient(sim.api_base, sim.token, retry=FAST_RETRY, submit_timeout=0.3) as api:
        with pytest.raises(SubmissionUncertain, match="may or may not"):
            await api.submit(LITE, body)
    await asyncio.to_thread(sim.wait_submissions, 1)
    assert submit_requests(sim) == 1


async def test_a_rate_limited_submit_is_retried_after_waiting(sim, client, body):
    sim.api_faults.add(Fault("status_429", match="submit", retry_after=0.2))
    submission = await client.submit(LITE, body)
    assert submission.request_id
    assert submit_requests(sim) == 2
    assert len(sim.submissions) == 1


async def test_a_submit_refused_by_rate_limits_was_not_sent(sim, client, body):
    sim.api_faults.add(Fault("status_429", count=10, match="submit", retry_after=0))
    with pytest.raises(RateLimited):
        await client.submit(LITE, body)
    assert submit_requests(sim) == FAST_RETRY.submit_attempts
    assert sim.submissions == []


async def test_a_refused_connection_means_certainly_not_sent(body):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = RetryPolicy(attempts=2, backoff=0.01, max_wait=0.1, total_wait=0.5, submit_attempts=2)
    async with RunComfyClient(f"http://127.0.0.1:{port}", TOKEN, retry=policy) as api:
        with pytest.raises(NetworkError, match="it was not sent") as caught:
            await api.submit(LITE, body)
        assert not isinstance(caught.value, SubmissionUncertain)
        with pytest.raises(NetworkError, match="could not be reached"):
            await api.status("abc")
