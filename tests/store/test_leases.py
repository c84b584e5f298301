"""Job leases: one Storyreel follows a job at a time; a dead holder's jobs are free again; a
fresh database opened by several processes at once is created once."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.jobs import Job, JobState
from app.store import JobStore
from app.store.leases import WINDOW, LeaseBook
from app.store.migrations import LATEST

FIXTURES = Path(__file__).parent / "fixtures"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


def queued_job(n: int = 1) -> Job:
    job = Job(model_id=LITE, inputs={"prompt": f"shot {n}", "resolution": "480p", "duration": 5})
    job.move(JobState.SUBMITTING)
    job.move(JobState.QUEUED, request_id=f"req-{n}", submitted_at=10.0)
    return job


def python(code: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def test_a_version_3_database_gains_free_leases_and_keeps_its_jobs(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v3.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST
        done = store.find_request("req_v3_done")
        assert done.state is JobState.SUCCEEDED and done.cost == 0.3
        unfinished = store.unfinished()
        assert [j.request_id for j in unfinished] == ["req_v3_running", "req_v3_dl"]
        # Nobody holds the jobs of an older database: the first Storyreel to start takes them.
        book = LeaseBook(store)
        assert [book.holder(j.id) for j in unfinished] == [None, None]
        assert all(book.take(j.id) for j in unfinished)
        assert LeaseBook(store).take(unfinished[0].id) is False


def test_a_job_has_one_holder_until_it_is_released(tmp_path):
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        window = LeaseBook(store, app=WINDOW)
        terminal = LeaseBook(store)
        job = queued_job()
        store.add(job, lease=window.columns())
        assert terminal.take(job.id) is False
        holder = terminal.holder(job.id)
        assert holder is not None and "another Storyreel window" in holder.describe()
        assert window.take(job.id) is True  # taking one's own lease again is fine
        # Saving the job's progress leaves its lease alone.
        store.update(job.move(JobState.RUNNING, started_at=20.0))
        assert terminal.take(job.id) is False
        window.release(job.id)
        assert terminal.take(job.id) is True
        assert window.renew() == set() and terminal.renew() == {job.id}


def test_a_job_another_storyreel_finished_is_not_taken_again(tmp_path):
    # The other one read its list of unfinished jobs before this one finished the job.
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        finisher, late = LeaseBook(store), LeaseBook(store)
        job = queued_job()
        store.add(job, lease=finisher.columns())
        store.update(job.move(JobState.CANCELLED, finished_at=30.0), holder=finisher.owner)
        finisher.release(job.id)  # a finished job's lease is released
        assert late.take(job.id) is False
        assert late.holder(job.id) is None and late.held() == set()


def test_a_lease_not_renewed_lapses(tmp_path):
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        frozen = LeaseBook(store, seconds=0.2)
        other = LeaseBook(store)
        job = queued_job()
        store.add(job, lease=frozen.columns())
        assert other.take(job.id) is False
        deadline = time.monotonic() + 5
        while not other.take(job.id):
            assert time.monotonic() < deadline, "the lapsed lease was never free"
            time.sleep(0.05)
        # The frozen holder, back, finds it has lost the job.
        assert frozen.renew() == set()
        # Its leftovers are not handed on: it may still be writing them.
        assert job.id not in other.inherited


@pytest.mark.slow
def test_the_jobs_of_a_killed_holder_are_free_at_once(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    with JobStore(path) as store:
        job = queued_job()
        store.add(job)
        holder = python(
            """
            import os, sys
            from app.store import JobStore
            from app.store.leases import LeaseBook
            book = LeaseBook(JobStore(sys.argv[1]))
            print(book.owner, book.take(sys.argv[2]), flush=True)
            sys.stdin.read()  # holds the lease until the test lets go
            os._exit(0)  # dies without releasing anything, as a killed process would
            """,
            str(path),
            job.id,
            stdin=subprocess.PIPE,
        )
        _, taken = holder.stdout.readline().split()
        assert taken == "True"
        book = LeaseBook(store)  # a long lease: only the holder's death can free it
        assert book.take(job.id) is False
        assert book.holder(job.id).pid == holder.pid
        holder.communicate("", timeout=30)
        assert book.take(job.id) is True
        assert job.id in book.inherited


@pytest.mark.slow
def test_processes_racing_for_one_job_get_it_once(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    with JobStore(path) as store:
        job = queued_job()
        store.add(job)
    racers = [
        python(
            """
            import sys
            from app.store import JobStore
            from app.store.leases import LeaseBook
            book = LeaseBook(JobStore(sys.argv[1]))
            print(book.take(sys.argv[2]), flush=True)
            sys.stdin.read()
            """,
            str(path),
            job.id,
            stdin=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    answers = [racer.stdout.readline().strip() for racer in racers]
    for racer in racers:
        racer.communicate("", timeout=30)
    assert sorted(answers) == ["False", "False", "False", "True"]


@pytest.mark.slow
def test_a_fresh_database_opened_by_several_processes_at_once_is_created_once(tmp_path):
    for attempt in range(6):
        path = tmp_path / f"folder {attempt}" / "jobs.sqlite3"
        openers = [
            python(
                """
                import sys
                from app.core.jobs import Job
                from app.store import JobStore
                print("ready", flush=True)
                sys.stdin.readline()  # all start together, their imports done
                with JobStore(sys.argv[1]) as store:
                    store.add(Job(model_id="m", inputs={"prompt": sys.argv[2]}))
                print("ok", flush=True)
                """,
                str(path),
                f"job {n}",
                stdin=subprocess.PIPE,
            )
            for n in range(6)
        ]
        for opener in openers:
            assert opener.stdout.readline().strip() == "ready"
        for opener in openers:
            opener.stdin.write("go\n")
        for opener in openers:
            opener.stdin.flush()
        for opener in openers:
            out, err = opener.communicate(timeout=60)
            assert opener.returncode == 0 and out.strip() == "ok", err
        with JobStore(path) as store:
            assert store.version == LATEST and store.count() == 6, attempt
