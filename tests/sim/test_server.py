"""The simulator speaks RunComfy's contract over real loopback HTTP, as a client sees it."""

from __future__ import annotations

import base64
import http.server
import io
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import av
import httpx
import pytest
from PIL import Image

from app.sim.server import (
    MAX_INLINE_IMAGE_BYTES,
    MAX_REQUEST_BYTES,
    Fault,
    FaultKind,
    SimServer,
    SimulatorError,
    Timings,
    serve_forever,
)

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
PRO_15 = "bytedance/seedance-v1.5-pro/image-to-video"
REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
MODELS = (PRO, LITE, PRO_15, REFERENCE, DREAMINA)


# --- helpers ----------------------------------------------------------------------------------


def image_bytes(width: int, height: int, fmt: str = "PNG", mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    colour = 1 if mode == "1" else (180, 120, 60)
    Image.new(mode, (width, height), colour).save(buffer, fmt)
    return buffer.getvalue()


def data_uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def png_uri(width: int = 640, height: int = 480) -> str:
    return data_uri(image_bytes(width, height))


def pro_inputs(**extra) -> dict:
    return {"prompt": "A lighthouse at dusk", "first_frame_image_url": png_uri(), **extra}


def submit(api: httpx.Client, model_id: str = PRO, body: dict | None = None) -> str:
    answer = api.post(f"/v1/models/{model_id}", json=pro_inputs() if body is None else body)
    assert answer.status_code == 200, answer.text
    return answer.json()["request_id"]


def error_of(answer: httpx.Response) -> tuple[int, str]:
    error = answer.json()["error"]
    return error["code"], error["message"]


def parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() == UTC.utcoffset(None)
    return moment


def decode(data: bytes) -> dict:
    """Size, frame count, length and audio streams of an MP4, by decoding every frame."""
    with av.open(io.BytesIO(data), mode="r") as container:
        video = container.streams.video[0]
        frames = len(list(container.decode(video)))
        rate = video.average_rate
        assert rate is not None
        return {
            "width": video.codec_context.width,
            "height": video.codec_context.height,
            "frames": frames,
            "seconds": frames / rate,
            "audio": len(container.streams.audio),
        }


# --- the endpoints and their shapes -----------------------------------------------------------


def test_a_submission_answers_with_absolute_urls_on_the_api_server(sim, api, web):
    answer = api.post(f"/v1/models/{PRO}", json=pro_inputs())

    assert answer.status_code == 200
    body = answer.json()
    request_id = body["request_id"]
    assert set(body) == {"request_id", "status_url", "result_url", "cancel_url"}
    base = f"{sim.api_base}/v1/requests/{request_id}"
    assert body["status_url"] == f"{base}/status"
    assert body["result_url"] == f"{base}/result"
    assert body["cancel_url"] == f"{base}/cancel"
    assert web.get(body["status_url"], headers=api.headers).status_code == 200


def test_a_job_goes_from_queue_to_progress_to_success_as_status_and_result_say(make_sim, connect):
    sim = make_sim(
        timings=Timings(queue_seconds=0, run_seconds=0, render=False, hold=True, hold_running=True)
    )
    api = connect(sim)
    request_id = submit(api)

    status = api.get(f"/v1/requests/{request_id}/status").json()
    assert status == {
        "request_id": request_id,
        "status": "in_queue",
        "queue_position": 1,
        "status_url": f"{sim.api_base}/v1/requests/{request_id}/status",
        "result_url": f"{sim.api_base}/v1/requests/{request_id}/result",
    }
    result = api.get(f"/v1/requests/{request_id}/result").json()
    assert result["status"] == "in_queue"
    assert "output" not in result and "finished_at" not in result

    sim.release(request_id)
    sim.wait_state(request_id, "in_progress")
    status = api.get(f"/v1/requests/{request_id}/status").json()
    assert status["status"] == "in_progress" and "queue_position" not in status
    assert api.get(f"/v1/requests/{request_id}/result").json()["status"] == "in_progress"

    sim.release(request_id)
    sim.wait_state(request_id, "succeeded")
    assert api.get(f"/v1/requests/{request_id}/status").json()["status"] == "completed"
    result = api.get(f"/v1/requests/{request_id}/result").json()
    assert result["status"] == "succeeded"
    assert result["output"] == {"video": f"{sim.cdn_base}/outputs/{request_id}/output.mp4"}
    assert not result["output"]["video"].startswith(sim.api_base)
    assert parse_utc(result["created_at"]) <= parse_utc(result["finished_at"])
    assert "cost" not in result


@pytest.mark.parametrize("model_id", MODELS)
def test_model_info_states_a_price_per_second_or_per_output(api, model_id):
    info = api.get(f"/v1/models/{model_id}").json()

    assert set(info) == {"model_id", "base_price_usd", "price_unit", "pricing_note"}
    assert info["model_id"] == model_id
    assert info["base_price_usd"] > 0
    assert info["price_unit"] == ("output" if model_id == DREAMINA else "second")
    assert "made up" in info["pricing_note"]


def test_a_wrong_method_is_refused_with_the_method_the_path_takes(api):
    request_id = submit(api)

    answer = api.post(f"/v1/requests/{request_id}/status")

    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET"


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", f"/v1/models/{PRO}"),
        ("GET", f"/v1/models/{PRO}"),
        ("GET", "/v1/requests/{id}/status"),
        ("GET", "/v1/requests/{id}/result"),
        ("POST", "/v1/requests/{id}/cancel"),
    ],
)
@pytest.mark.parametrize("authorization", [None, "Bearer not-the-token", "Basic c2ltOnRlc3Q="])
def test_every_call_without_the_right_token_is_401_with_code_400004(
    sim, api, method, path, authorization, web
):
    request_id = submit(api)
    headers = {} if authorization is None else {"Authorization": authorization}
    url = sim.api_base + path.format(id=request_id)

    answer = web.request(method, url, headers=headers, json=pro_inputs())

    assert answer.status_code == 401
    code, message = error_of(answer)
    assert code == 400004
    assert "token" in message
    assert len(sim.submissions) == 1


def test_an_unknown_model_is_400001_on_submit_and_on_model_info(api):
    for answer in (
        api.post("/v1/models/bytedance/seedance-9/image-to-video", json=pro_inputs()),
        api.get("/v1/models/bytedance/seedance-9/image-to-video"),
    ):
        assert answer.status_code == 400
        code, message = error_of(answer)
        assert code == 400001
        assert "bytedance/seedance-9/image-to-video" in message


def test_an_unknown_request_is_404001_and_a_malformed_id_is_400001(api):
    for path in ("status", "result", "cancel"):
        method = "POST" if path == "cancel" else "GET"
        unknown = api.request(method, f"/v1/requests/no-such-request/{path}")
        assert unknown.status_code == 404
        assert error_of(unknown)[0] == 404001
        malformed = api.request(method, f"/v1/requests/bad$id/{path}")
        assert malformed.status_code == 400
        assert error_of(malformed)[0] == 400001
    too_long = api.get(f"/v1/requests/{'a' * 129}/status")
    assert error_of(too_long)[0] == 400001


def test_inputs_that_break_the_model_rules_are_400_with_every_problem_named(sim, api):
    answer = api.post(
        f"/v1/models/{PRO}",
        json={"prompt": 42, "resolution": "4k", "duration": 30, "colour": "red"},
    )

    assert answer.status_code == 400
    code, message = error_of(answer)
    assert code == 400
    for named in ("colour", "prompt", "first_frame_image_url", "4k", "30"):
        assert named in message
    problems = {p["field"]: p["rule"] for p in answer.json()["error"]["problems"]}
    assert problems == {
        "colour": "unknown",
        "prompt": "type",
        "first_frame_image_url": "required",
        "resolution": "enum",
        "duration": "enum",
    }
    assert sim.submissions == []


def test_a_body_that_is_not_a_json_object_is_400(api):
    for content in (b"{not json", b"[1, 2]", b""):
        answer = api.post(
            f"/v1/models/{PRO}", content=content, headers={"Content-Type": "application/json"}
        )
        assert answer.status_code == 400
        assert "JSON" in error_of(answer)[1]


def test_a_path_on_this_computer_is_refused_as_an_image(api):
    answer = api.post(
        f"/v1/models/{PRO}", json=pro_inputs(first_frame_image_url="/home/me/frame.png")
    )

    assert answer.status_code == 400
    assert "/home/me/frame.png" in error_of(answer)[1]


def test_an_inline_image_that_breaks_an_image_rule_is_refused_with_the_rule(api):
    narrow = api.post(f"/v1/models/{PRO}", json=pro_inputs(first_frame_image_url=png_uri(200, 400)))
    webp = api.post(
        f"/v1/models/{DREAMINA}",
        json={"prompt": "x", "image_urls": [data_uri(image_bytes(640, 480, "WEBP"), "image/webp")]},
    )
    gif = api.post(
        f"/v1/models/{PRO}",
        json=pro_inputs(first_frame_image_url=data_uri(image_bytes(640, 480, "GIF"), "image/gif")),
    )

    assert narrow.status_code == 400
    assert "200 px" in error_of(narrow)[1] and "300 px" in error_of(narrow)[1]
    assert webp.status_code == 400
    assert "image_urls[1]" in error_of(webp)[1] and "WEBP" in error_of(webp)[1]
    assert gif.status_code == 400
    assert "image/gif" in error_of(gif)[1]


def test_an_inline_image_over_6_mib_is_refused(api):
    huge = data_uri(os.urandom(MAX_INLINE_IMAGE_BYTES + 1))

    answer = api.post(f"/v1/models/{PRO}", json=pro_inputs(first_frame_image_url=huge))

    assert answer.status_code == 400
    assert "6 MiB" in error_of(answer)[1]


def test_an_inline_image_over_32_megapixels_is_refused(api):
    # A 1-bit image keeps the file small: only the pixel count is over the limit.
    big = data_uri(image_bytes(8000, 4001, mode="1"))

    answer = api.post(f"/v1/models/{PRO}", json=pro_inputs(first_frame_image_url=big))

    assert answer.status_code == 400
    assert "32 megapixels" in error_of(answer)[1]


def test_a_request_body_over_64_mib_is_413(sim, api):
    body = b'{"prompt": "' + b"a" * MAX_REQUEST_BYTES + b'"}'

    answer = api.post(
        f"/v1/models/{PRO}", content=body, headers={"Content-Type": "application/json"}
    )

    assert answer.status_code == 413
    assert "64 MiB" in error_of(answer)[1]
    assert sim.submissions == []
    assert api.get(f"/v1/models/{PRO}").status_code == 200  # the connection is still usable


# --- the queue --------------------------------------------------------------------------------


def test_queue_position_falls_as_the_jobs_ahead_start(make_sim, connect):
    sim = make_sim(
        workers=1,
        timings=Timings(queue_seconds=0, run_seconds=0, render=False, hold=True, hold_running=True),
    )
    api = connect(sim)
    first, second, third = (submit(api) for _ in range(3))

    def positions() -> list:
        return [
            api.get(f"/v1/requests/{r}/status").json().get("queue_position")
            for r in (first, second, third)
        ]

    assert positions() == [1, 2, 3]
    sim.release(first)
    sim.wait_state(first, "in_progress")
    assert positions() == [None, 1, 2]
    sim.release(third)
    sim.release(first)
    sim.wait_state(third, "in_progress")  # the only worker was busy until the first finished
    assert positions() == [None, 1, None]
    assert sim.state(first) == "succeeded"


def test_a_job_waits_for_a_free_worker(make_sim, connect):
    sim = make_sim(
        workers=1, timings=Timings(queue_seconds=0, run_seconds=0, render=False, hold_running=True)
    )
    api = connect(sim)
    running, waiting = submit(api), submit(api)
    sim.wait_state(running, "in_progress")

    assert api.get(f"/v1/requests/{waiting}/status").json()["queue_position"] == 1
    sim.release(running)
    sim.wait_state(waiting, "in_progress")
    sim.release(waiting)
    sim.wait_state(waiting, "succeeded")


def test_cancel_works_while_queued_and_not_once_in_progress(make_sim, connect):
    sim = make_sim(
        timings=Timings(queue_seconds=0, run_seconds=0, render=False, hold=True, hold_running=True)
    )
    api = connect(sim)
    queued, running = submit(api), submit(api)
    sim.release(running)
    sim.wait_state(running, "in_progress")

    cancelled = api.post(f"/v1/requests/{queued}/cancel")
    refused = api.post(f"/v1/requests/{running}/cancel")

    assert cancelled.status_code == 202
    assert cancelled.json() == {"request_id": queued, "status": "cancelled", "outcome": "cancelled"}
    assert refused.status_code == 202
    assert refused.json() == {
        "request_id": running,
        "status": "in_progress",
        "outcome": "not_cancellable",
    }
    assert api.get(f"/v1/requests/{queued}/status").json()["status"] == "cancelled"
    result = api.get(f"/v1/requests/{queued}/result").json()
    assert result["status"] == "cancelled" and "output" not in result and "finished_at" in result
    sim.release(running)
    sim.wait_state(running, "succeeded")
    finished = api.post(f"/v1/requests/{running}/cancel").json()
    assert finished == {"request_id": running, "status": "completed", "outcome": "not_cancellable"}


def test_wait_for_times_out_with_a_clear_error(make_sim):
    sim = make_sim(timings=Timings(hold=True, render=False))

    with pytest.raises(TimeoutError, match="0.05 s"):
        sim.wait_submissions(1, timeout=0.05)


# --- prices and costs -------------------------------------------------------------------------


def test_include_cost_reports_price_times_seconds_or_the_price_per_output(sim, api):
    pro = submit(api, PRO, pro_inputs(duration=7))
    dreamina = submit(api, DREAMINA, {"prompt": "x", "image_urls": [png_uri()]})
    sim.set_price(LITE, 0.1, "second")
    lite = submit(api, LITE, pro_inputs(duration=10))
    for request_id in (pro, dreamina, lite):
        sim.wait_state(request_id, "succeeded")

    def cost(request_id: str):
        return api.get(f"/v1/requests/{request_id}/result?include_cost=true").json()["cost"]

    assert cost(pro) == pytest.approx(0.06 * 7)
    assert cost(dreamina) == pytest.approx(0.5)
    assert cost(lite) == pytest.approx(1.0)
    assert api.get(f"/v1/models/{LITE}").json()["base_price_usd"] == 0.1
    assert "cost" not in api.get(f"/v1/requests/{pro}/result").json()


def test_the_offline_preview_engine_is_free(make_sim, connect):
    sim = make_sim(preview=True)
    api = connect(sim)
    request_id = submit(api)
    sim.wait_state(request_id, "succeeded")

    info = api.get(f"/v1/models/{PRO}").json()
    assert sim.free
    assert info["base_price_usd"] == 0
    assert info["pricing_note"].startswith("Free local preview")
    assert api.get(f"/v1/requests/{request_id}/result?include_cost=true").json()["cost"] == 0


# --- records ----------------------------------------------------------------------------------


def test_submissions_are_recorded_with_data_uris_summarised(sim, api):
    request_id = submit(api, REFERENCE, {"text": "x", "images": [png_uri(), png_uri(800, 600)]})

    (record,) = sim.wait_submissions(1)
    assert record.request_id == request_id
    assert record.model_id == REFERENCE
    assert record.body["text"] == "x"
    assert all(
        item.startswith("data:image/png;base64,<") and len(item) < 60
        for item in record.body["images"]
    )


def test_the_request_log_keeps_every_call_but_never_the_token(sim, api):
    request_id = submit(api)
    for _ in range(3):
        api.get(f"/v1/requests/{request_id}/status")

    log = sim.requests_log
    statuses = [r for r in log if r.kind == "status" and r.request_id == request_id]
    assert len(statuses) == 3
    assert log[0].kind == "submit" and log[0].model_id == PRO and log[0].method == "POST"
    assert all(r.header("authorization") == "<redacted>" for r in log)
    assert sim.token not in repr(log)
    assert sim.token not in repr(sim)


# --- faults -----------------------------------------------------------------------------------


def test_latency_delays_the_answer(sim, api):
    sim.api_faults.add(Fault(FaultKind.LATENCY, seconds=0.3, match="model"))

    started = time.monotonic()
    answer = api.get(f"/v1/models/{PRO}")

    assert answer.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_status_429_carries_retry_after_and_runs_out(sim, api):
    request_id = submit(api)
    sim.api_faults.add(Fault(FaultKind.STATUS_429, count=2, match="status", retry_after=2))

    answers = [api.get(f"/v1/requests/{request_id}/status") for _ in range(3)]

    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].headers["retry-after"] == "2"
    assert error_of(answers[0])[0] == 429
    assert api.get(f"/v1/requests/{request_id}/result").status_code == 200
    assert sim.api_faults.fired == [FaultKind.STATUS_429, FaultKind.STATUS_429]


def test_status_500_and_503_answer_instead_of_the_server(sim, api):
    sim.api_faults.add(Fault(FaultKind.STATUS_500, match="submit"))
    sim.api_faults.add(Fault(FaultKind.STATUS_503, match="submit", retry_after=1))

    first = api.post(f"/v1/models/{PRO}", json=pro_inputs())
    second = api.post(f"/v1/models/{PRO}", json=pro_inputs())

    assert first.status_code == 500 and "retry-after" not in first.headers
    assert second.status_code == 503 and second.headers["retry-after"] == "1"
    assert sim.submissions == []


def test_a_fault_only_hits_the_requests_it_matches(sim, api):
    request_id = submit(api)
    sim.api_faults.add(Fault(FaultKind.STATUS_500, match="result"))

    assert api.get(f"/v1/requests/{request_id}/status").status_code == 200
    assert api.get(f"/v1/requests/{request_id}/result").status_code == 500
    assert api.get(f"/v1/requests/{request_id}/result").status_code == 200


def test_drop_closes_the_connection_without_an_answer_or_a_submission(sim, api):
    sim.api_faults.add(Fault(FaultKind.DROP, match="submit"))

    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/v1/models/{PRO}", json=pro_inputs())

    assert sim.submissions == []
    assert api.get(f"/v1/models/{PRO}").status_code == 200


def test_non_json_answers_200_with_an_html_page(sim, api):
    sim.api_faults.add(Fault(FaultKind.NON_JSON))

    answer = api.get(f"/v1/models/{PRO}")

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text.startswith("<html>")


def test_fail_job_ends_the_next_job_failed_with_a_message(sim, api):
    sim.api_faults.add(Fault(FaultKind.FAIL_JOB, message="The model ran out of ideas."))
    failed, fine = submit(api), submit(api)
    sim.wait_state(failed, "failed")
    sim.wait_state(fine, "succeeded")

    assert api.get(f"/v1/requests/{failed}/status").json()["status"] == "completed"
    result = api.get(f"/v1/requests/{failed}/result?include_cost=true").json()
    assert result["status"] == "failed"
    assert result["error"] == {"message": "The model ran out of ideas."}
    assert "output" not in result and "cost" not in result
    assert "finished_at" in result


def test_a_lost_submit_answer_still_queues_the_job(sim, api):
    sim.api_faults.add(Fault(FaultKind.LOSE_SUBMIT_ANSWER))

    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/v1/models/{PRO}", json=pro_inputs())

    (record,) = sim.wait_submissions(1)
    sim.wait_state(record.request_id, "succeeded")
    assert api.get(f"/v1/requests/{record.request_id}/status").json()["status"] == "completed"


def test_faults_that_cannot_happen_on_a_server_are_refused(sim):
    with pytest.raises(ValueError, match="cdn"):
        sim.cdn_faults.add(Fault(FaultKind.FAIL_JOB))
    with pytest.raises(ValueError, match="api"):
        sim.api_faults.add(Fault(FaultKind.TRUNCATE_DOWNLOAD))
    with pytest.raises(ValueError, match="stauts"):
        sim.api_faults.add(Fault(FaultKind.STATUS_500, match="stauts"))


# --- the CDN ----------------------------------------------------------------------------------


@pytest.fixture
def output_url(sim, api) -> str:
    request_id = submit(api)
    sim.wait_state(request_id, "succeeded")
    return api.get(f"/v1/requests/{request_id}/result").json()["output"]["video"]


def test_the_cdn_serves_a_real_mp4_without_credentials(sim, output_url, web):
    answer = web.get(output_url)

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "video/mp4"
    assert int(answer.headers["content-length"]) == len(answer.content)
    assert answer.headers["accept-ranges"] == "bytes"
    assert decode(answer.content)["frames"] > 0
    assert [r.kind for r in sim.cdn_requests] == ["download"]
    assert not any(r.has_header("authorization") for r in sim.cdn_requests)


def test_the_cdn_never_asks_for_the_token_and_keeps_no_token_it_is_sent(sim, output_url, web):
    answer = web.get(output_url, headers={"Authorization": f"Bearer {sim.token}"})

    assert answer.status_code == 200
    (record,) = sim.cdn_requests
    assert record.header("authorization") == "<redacted>"
    assert sim.token not in repr(sim.cdn_requests)


def test_range_requests_let_a_download_resume(output_url, web):
    whole = web.get(output_url).content
    size = len(whole)

    head = web.get(output_url, headers={"Range": "bytes=0-99"})
    tail = web.get(output_url, headers={"Range": "bytes=100-"})
    suffix = web.get(output_url, headers={"Range": "bytes=-50"})
    past_the_end = web.get(output_url, headers={"Range": f"bytes={size}-"})

    assert head.status_code == 206
    assert head.headers["content-range"] == f"bytes 0-99/{size}"
    assert head.content + tail.content == whole
    assert tail.headers["content-range"] == f"bytes 100-{size - 1}/{size}"
    assert suffix.content == whole[-50:]
    assert past_the_end.status_code == 416
    assert past_the_end.headers["content-range"] == f"bytes */{size}"


def test_if_range_with_a_stale_etag_sends_the_whole_file(output_url, web):
    first = web.get(output_url, headers={"Range": "bytes=0-9"})
    etag = first.headers["etag"]

    same = web.get(output_url, headers={"Range": "bytes=10-", "If-Range": etag})
    stale = web.get(output_url, headers={"Range": "bytes=10-", "If-Range": '"old"'})

    assert same.status_code == 206
    assert stale.status_code == 200
    assert stale.content == first.content + same.content


def test_head_gives_the_length_without_the_body(output_url, web):
    whole = web.get(output_url).content

    answer = web.head(output_url)

    assert answer.status_code == 200
    assert int(answer.headers["content-length"]) == len(whole)
    assert answer.content == b""


def test_unknown_outputs_are_404_on_the_cdn(sim, web):
    assert web.get(f"{sim.cdn_base}/outputs/nope/output.mp4").status_code == 404
    assert web.post(f"{sim.cdn_base}/outputs/nope/output.mp4").status_code == 405


def test_a_truncated_download_can_be_resumed_with_a_range(sim, output_url, web):
    whole = web.get(output_url).content
    sim.cdn_faults.add(Fault(FaultKind.TRUNCATE_DOWNLOAD))

    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError), web.stream("GET", output_url) as answer:
        assert int(answer.headers["content-length"]) == len(whole)
        for chunk in answer.iter_bytes():
            received.extend(chunk)
    assert len(received) == len(whole) // 2

    rest = web.get(output_url, headers={"Range": f"bytes={len(received)}-"})
    assert rest.status_code == 206
    assert bytes(received) + rest.content == whole


def test_a_slow_download_keeps_the_asked_pace(sim, output_url, web):
    whole = web.get(output_url).content
    rate = len(whole) * 4  # a quarter of a second for the whole file
    sim.cdn_faults.add(Fault(FaultKind.SLOW_DOWNLOAD, bytes_per_second=rate))

    started = time.monotonic()
    slow = web.get(output_url)

    assert slow.content == whole
    assert time.monotonic() - started >= 0.2


def test_request_faults_work_on_the_cdn_too(sim, output_url, web):
    sim.cdn_faults.add(Fault(FaultKind.STATUS_503, retry_after=3))
    sim.cdn_faults.add(Fault(FaultKind.DROP))

    unavailable = web.get(output_url)
    with pytest.raises(httpx.RemoteProtocolError):
        web.get(output_url)

    assert unavailable.status_code == 503 and unavailable.headers["retry-after"] == "3"
    assert web.get(output_url).status_code == 200


# --- real renders -----------------------------------------------------------------------------


RENDER = Timings(queue_seconds=0, run_seconds=0, render=True)


@pytest.mark.slow
def test_an_inline_first_frame_is_rendered_at_the_asked_size_and_length(make_sim, connect, web):
    sim = make_sim(timings=RENDER)
    api = connect(sim)
    request_id = submit(
        api, PRO, pro_inputs(duration=2, ratio="adaptive", first_frame_image_url=png_uri(640, 480))
    )
    assert sim.wait_state(request_id, "succeeded", "failed", timeout=60) == "succeeded"

    video = decode(web.get(sim.output_url(request_id)).content)

    assert (video["width"], video["height"]) == (640, 480)  # 480p, the image's 4:3
    assert video["frames"] == 48
    assert video["audio"] == 0


@pytest.mark.slow
def test_seedance_15_pro_renders_sound_by_default(make_sim, connect, web):
    sim = make_sim(timings=RENDER)
    api = connect(sim)
    request_id = submit(
        api,
        PRO_15,
        {"prompt": "Waves", "first_frame_image_url": png_uri(), "duration": 4, "ratio": "16:9"},
    )
    assert sim.wait_state(request_id, "succeeded", "failed", timeout=60) == "succeeded"

    video = decode(web.get(sim.output_url(request_id)).content)

    assert (video["width"], video["height"]) == (854, 480)
    assert video["seconds"] == pytest.approx(4.0)
    assert video["audio"] == 1


@pytest.mark.slow
def test_dreamina_renders_its_frame_count_from_its_one_image(make_sim, connect, web):
    sim = make_sim(timings=RENDER)
    api = connect(sim)
    request_id = submit(api, DREAMINA, {"prompt": "x", "image_urls": [png_uri(480, 640)]})
    assert sim.wait_state(request_id, "succeeded", "failed", timeout=60) == "succeeded"

    video = decode(web.get(sim.output_url(request_id)).content)

    assert video["frames"] == 121
    assert (video["width"], video["height"]) == (480, 640)


@pytest.fixture
def image_host(tmp_path):
    """A loopback web server with one portrait picture at /portrait.png."""
    Image.new("RGB", (480, 640), (30, 90, 200)).save(tmp_path / "portrait.png")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.slow
def test_a_loopback_url_is_fetched_and_an_unreachable_one_drawn_as_a_card(
    make_sim, connect, image_host, web
):
    sim = make_sim(timings=RENDER)
    api = connect(sim)
    fetched = submit(
        api, PRO, pro_inputs(duration=2, first_frame_image_url=f"{image_host}/portrait.png")
    )
    missing = submit(
        api, PRO, pro_inputs(duration=2, first_frame_image_url=f"{image_host}/gone.png")
    )
    for request_id in (fetched, missing):
        assert sim.wait_state(request_id, "succeeded", "failed", timeout=60) == "succeeded"

    portrait = decode(web.get(sim.output_url(fetched)).content)
    card = decode(web.get(sim.output_url(missing)).content)

    assert (portrait["width"], portrait["height"]) == (480, 640)  # follows the fetched image
    assert (card["width"], card["height"]) == (854, 480)  # no image: 16:9


# --- lifecycle and the command ----------------------------------------------------------------


def test_stop_is_idempotent_joins_its_threads_and_removes_its_files(api, sim, web):
    request_id = submit(api)
    sim.wait_state(request_id, "succeeded")
    folder = sim.output_dir
    assert folder is not None and any(folder.rglob("output.mp4"))

    sim.stop()
    sim.stop()

    assert not folder.exists()
    assert not [t for t in threading.enumerate() if t.name.startswith("storyreel-sim")]
    with pytest.raises(httpx.ConnectError):
        web.get(f"{sim.api_base}/v1/models/{PRO}")


def test_a_given_output_folder_is_kept(tmp_path, connect):
    with SimServer(output_dir=tmp_path / "sim", timings=Timings(0, 0, render=False)) as sim:
        answer = connect(sim).post(f"/v1/models/{PRO}", json=pro_inputs())
        sim.wait_state(answer.json()["request_id"], "succeeded")
    assert list((tmp_path / "sim").rglob("output.mp4"))


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", "::1"])
def test_only_loopback_addresses_are_served(host):
    with pytest.raises(SimulatorError, match="loopback"):
        SimServer(host=host)
    with pytest.raises(SimulatorError, match="loopback"):
        serve_forever(host)


def test_serve_forever_says_where_it_listens_and_stops_when_told(web):
    lines: list[str] = []
    announced = threading.Condition()
    stop = threading.Event()

    def announce(line: str) -> None:
        with announced:
            lines.append(line)
            announced.notify_all()

    thread = threading.Thread(
        target=serve_forever,
        kwargs={
            "token": "cli-token",
            "announce": announce,
            "stop": stop,
            "timings": Timings(0, 0, render=False),
        },
    )
    thread.start()
    try:
        with announced:
            assert announced.wait_for(lambda: len(lines) >= 4, timeout=10)
        api_base = lines[0].split()[-1]
        assert api_base.startswith("http://127.0.0.1:")
        assert lines[1].split()[-1].startswith("http://127.0.0.1:")
        assert "cli-token" in lines[2]
        answer = web.get(
            f"{api_base}/v1/models/{PRO}", headers={"Authorization": "Bearer cli-token"}
        )
        assert answer.status_code == 200
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    assert lines[-1] == "The simulator has stopped."


def test_a_busy_port_is_a_clear_error(sim):
    port = int(sim.api_base.rsplit(":", 1)[1])

    with pytest.raises(SimulatorError, match="cannot listen"):
        SimServer(api_port=port).start()


def test_images_in_a_rejected_submission_leave_no_files(sim, api):
    api.post(f"/v1/models/{PRO}", json={"first_frame_image_url": png_uri()})  # no prompt

    assert sim.output_dir is not None
    assert not any(Path(sim.output_dir, "inputs").iterdir())
