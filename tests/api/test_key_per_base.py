"""A key goes only to the API base it was given for, and what a server says is cleaned before
anything keeps or shows it.

Base A is a loopback server written from the public contract that records every
Authorization header it receives; the jobs on it were sent there earlier (they are in the
store with A as their base). The user has since moved to base B with B's key.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from api_support import FAST_POLL, FAST_RETRY, LITE, Reply, ScriptedServer

from app.api import secrets
from app.api.engine import Engine
from app.core.catalogue import Catalogue
from app.core.jobs import EventKind, Job, JobEvent, JobState
from app.core.settings import Settings
from app.offline import offline_preview
from app.store import JobStore

KEY_A = "rc-key-for-base-a-0123456789"
KEY_B = "rc-key-for-base-b-9876543210"
WAIT = 15.0
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[H\u202e"


def saved_job(store: JobStore, base: str, request_id: str) -> Job:
    job = Job(
        model_id=LITE,
        inputs={"prompt": "a lighthouse", "resolution": "480p", "duration": 5},
        api_base=base,
        state=JobState.QUEUED,
        request_id=request_id,
        submitted_at=time.time() - 5,
    )
    store.add(job)
    return job


def script_failed_job(server: ScriptedServer, request_id: str) -> None:
    """A job that failed on the server, whose answer echoes the key and carries escapes."""
    server.routes[f"/v1/requests/{request_id}/status"] = Reply(
        body={"request_id": request_id, "status": "failed"}
    )
    server.routes[f"/v1/requests/{request_id}/result"] = Reply(
        body={
            "request_id": request_id,
            "status": "failed",
            "error": {"message": f"{HOSTILE}token {KEY_A} has no quota left"},
            "debug": f"Authorization was {KEY_A}{HOSTILE}",
        }
    )


def store_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.glob("jobs.sqlite3*"))


async def test_a_job_waits_for_its_own_key_and_never_gets_another_bases(
    tmp_path: Path, catalogue: Catalogue, caplog
):
    caplog.set_level(logging.DEBUG)
    with ScriptedServer() as base_a, ScriptedServer() as base_b:
        script_failed_job(base_a, "req-a-1")
        store = JobStore(tmp_path / "jobs.sqlite3")
        job = saved_job(store, base_a.base, "req-a-1")
        # The user moved to base B and set B's key; A has none.
        secrets.set_token(KEY_B, base_b.base)
        engine = Engine(
            store=store,
            catalogue=catalogue,
            library_dir=tmp_path / "library",
            settings=Settings(api_base=base_b.base),
            poll_timings=FAST_POLL,
            retry=FAST_RETRY,
            offline=offline_preview,
        )
        events: list[JobEvent] = []
        engine.add_listener(events.append)
        try:
            assert await engine.resume() == []
            waiting = [e for e in events if e.kind is EventKind.WAITING]
            assert [e.job_id for e in waiting] == [job.id]
            message = waiting[0].message or ""
            assert f"Waiting for the API key of {base_a.base}" in message
            assert f"storyreel login --api-base {base_a.base}" in message
            assert base_a.seen == [] and base_b.seen == []
            assert store.get(job.id).state is JobState.QUEUED  # saved as it was

            # A's key is set: the job is picked up, with A's key and only A's.
            secrets.set_token(KEY_A, base_a.base)
            assert [j.id for j in await engine.resume()] == [job.id]
            finished = await engine.wait(job.id, timeout=WAIT)
        finally:
            await engine.aclose()
            store.close()
        assert {s.headers.get("Authorization") for s in base_a.seen} == {f"Bearer {KEY_A}"}
        assert base_b.seen == []

    # What the server said is kept, without the key and without its escape sequences.
    assert finished.state is JobState.FAILED
    assert "has no quota left" in (finished.error or "")
    for text in (finished.error or "", str(finished.extra)):
        assert KEY_A not in text and "\x1b" not in text and "\u202e" not in text
    assert finished.extra["debug"] == "Authorization was [redacted]"
    kept = store_bytes(tmp_path)  # the database and its write-ahead log, as bytes
    assert KEY_A.encode() not in kept and b"pwned" not in kept
    # Nor did anything logged on the way carry it (before any log filter cleans records).
    assert KEY_A not in caplog.text and "\x1b" not in caplog.text


async def test_the_store_cleans_what_it_writes_even_when_no_one_did_before(tmp_path: Path):
    secrets.set_token(KEY_A, "https://a.example.com")
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        job = saved_job(store, "https://a.example.com", "req-1")
        job.move(
            JobState.FAILED,
            error=f"{HOSTILE}refused {KEY_A}\nsee the log",
            extra={"echo": KEY_A, f"k{HOSTILE}": [HOSTILE]},
        )
        store.update(job)
        kept = store.get(job.id)
    assert kept.error == "refused [redacted]\nsee the log"
    assert kept.extra == {"echo": "[redacted]", "k": [""]}
    assert KEY_A.encode() not in store_bytes(tmp_path)


# --- the command line, as a person runs it ---------------------------------------------------


def storyreel(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
    )


@pytest.mark.slow
def test_resume_says_which_jobs_wait_for_their_key_and_prints_server_text_cleaned():
    with ScriptedServer() as base_a, ScriptedServer() as base_b:
        script_failed_job(base_a, "req-a-1")
        with JobStore.open_default() as store:
            job = saved_job(store, base_a.base, "req-a-1")

        # Base B with B's key: the job sent to A waits, saved, and the exit code says so.
        on_b = {"RUNCOMFY_API_BASE": base_b.base, "RUNCOMFY_API_TOKEN": KEY_B}
        result = storyreel("resume", env=on_b)
        assert result.returncode == 4, result.stderr
        assert f"Waiting for the API key of {base_a.base}" in result.stderr
        assert f"storyreel login --api-base {base_a.base}" in result.stderr
        assert "No unfinished jobs" not in result.stderr
        assert base_a.seen == [] and base_b.seen == []
        with JobStore.open_default() as store:
            assert store.get(job.id).state is JobState.QUEUED

        # With A's key it is followed, and what A said is printed without key or escapes.
        on_a = {"RUNCOMFY_API_BASE": base_a.base, "RUNCOMFY_API_TOKEN": KEY_A}
        result = storyreel("resume", env=on_a)
        assert result.returncode == 3, result.stderr
        listed = storyreel("jobs", "--json", env=on_a)
        assert {s.headers.get("Authorization") for s in base_a.seen} == {f"Bearer {KEY_A}"}
        assert base_b.seen == []
    assert "has no quota left" in result.stderr and "[redacted]" in result.stderr
    assert "has no quota left" in listed.stdout
    for output in (result.stdout, result.stderr, listed.stdout):
        assert KEY_A not in output and "\x1b" not in output and "\u202e" not in output
        assert "pwned" not in output


@pytest.mark.slow
def test_login_checks_and_keeps_the_key_for_the_address_it_is_given_for():
    result = storyreel("login", "--api-base", "ftp://127.0.0.1", env={}, stdin=f"{KEY_A}\n")
    assert result.returncode == 2 and "must start with https://" in result.stderr
    with ScriptedServer() as base_a:
        checked = Catalogue.load().models()[0].model_id  # the model `login` asks the price of
        base_a.routes[f"/v1/models/{checked}"] = Reply(
            body={"model_id": checked, "base_price_usd": 0.02, "price_unit": "second"}
        )
        result = storyreel("login", "--api-base", base_a.base, env={}, stdin=f"{KEY_A}\n")
    assert [s.headers.get("Authorization") for s in base_a.seen] == [f"Bearer {KEY_A}"]
    assert f"The key is for {base_a.base}" in result.stderr
    # No keyring here (as on a server without a desktop session): it says what to do instead.
    assert result.returncode == 4
    assert f"RUNCOMFY_API_BASE={base_a.base}" in result.stderr
    assert KEY_A not in result.stdout + result.stderr


async def test_a_download_error_never_repeats_the_key_or_an_escape(tmp_path: Path):
    from app.api.downloads import Downloader
    from app.core.errors import DownloadError

    secrets.set_token(KEY_A, "https://a.example.com")
    # An output address that is not RunComfy's, carrying the key and a terminal escape.
    url = f"https://cdn.elsewhere.example/v.mp4?token={KEY_A}&t=\x1b]0;pwned\x07"
    async with Downloader(retry=FAST_RETRY) as fetcher:
        with pytest.raises(DownloadError) as caught:
            await fetcher.download(url, tmp_path, "clip")
    message = str(caught.value)
    assert "cdn.elsewhere.example" in message
    assert KEY_A not in message and "\x1b" not in message and "pwned" not in message
