"""The job store: everything about a job survives a restart; old databases upgrade; newer ones are
refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.errors import StoreError
from app.core.jobs import Job, JobState
from app.store import JobStore
from app.store.migrations import LATEST

FIXTURES = Path(__file__).parent / "fixtures"
LITE = "bytedance/seedance-1-0/lite/image-to-video"


def full_job() -> Job:
    job = Job(
        model_id="bytedance/seedance-v1.5-pro/image-to-video",
        inputs={"prompt": "línea de costa, 海", "first_frame_image_url": "/a/b.png", "duration": 5},
        engine="runcomfy",
        api_base="https://model-api.runcomfy.net",
        origin={"storyboard": "/boards/x.storyreel", "shot": 3},
    )
    job.move(
        JobState.SUBMITTING,
        sent_inputs={"first_frame_image_url": "data:image/png, 10 kB, sha256 00ff…"},
        unit_price=0.05,
        price_unit="second",
        price_estimate=0.25,
    )
    job.move(JobState.QUEUED, request_id="req-1", queue_position=4, submitted_at=10.0)
    job.move(JobState.RUNNING, started_at=20.0, extra={"node": "gpu-7"}, long_running=True)
    return job


def test_every_field_round_trips(tmp_path):
    job = full_job()
    with JobStore(tmp_path / "jobs.sqlite3") as store:
        store.add(job)
    with JobStore(tmp_path / "jobs.sqlite3") as reopened:
        assert reopened.get(job.id) == job
        assert reopened.find_request("req-1") == job
        assert reopened.unfinished() == [job]


def test_updates_are_saved_and_listing_is_newest_first(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    first = Job(model_id="m", inputs={}, created_at=1.0)
    second = Job(model_id="m", inputs={}, created_at=2.0)
    store.add(first)
    store.add(second)
    first.move(JobState.SUBMITTING).move(JobState.FAILED, error="no balance")
    store.update(first)
    assert [j.id for j in store.jobs()] == [second.id, first.id]
    assert store.get(first.id).error == "no balance"
    assert [j.id for j in store.unfinished()] == [second.id]
    assert [j.id for j in store.jobs(states=[JobState.FAILED])] == [first.id]
    assert [j.id for j in store.jobs(limit=1, offset=1)] == [first.id]
    store.remove(second.id)
    assert store.count() == 1
    with pytest.raises(StoreError):
        store.update(second)


def test_request_ids_are_unique(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    a, b = Job(model_id="m", inputs={}), Job(model_id="m", inputs={})
    a.request_id = b.request_id = "same"
    store.add(a)
    with pytest.raises(sqlite3.IntegrityError):
        store.add(b)


def test_durations_learn_from_comparable_finished_jobs(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    for run, (resolution, duration) in zip(
        (30, 40, 500), [("480p", 5), ("480p", 5), ("1080p", 5)], strict=True
    ):
        job = Job(model_id="m", inputs={"resolution": resolution, "duration": duration})
        job.move(JobState.SUBMITTING).move(JobState.RUNNING, started_at=100.0)
        job.move(JobState.DOWNLOADING, finished_at=100.0 + run).move(JobState.SUCCEEDED)
        store.add(job)
    key = JobStore.duration_key(Job(model_id="m", inputs={"resolution": "480p", "duration": 5}))
    assert sorted(store.durations("m", key)) == [30.0, 40.0]
    assert store.durations("other", key) == []


def test_runs_of_other_lengths_are_read_for_the_same_model_engine_and_resolution(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    runs = [
        ("runcomfy", "480p", {"duration": 5}, 30),
        ("runcomfy", "480p", {"duration": 10}, 55),
        ("runcomfy", "1080p", {"duration": 5}, 90),  # another resolution
        ("offline", "480p", {"duration": 10}, 3),  # another engine
    ]
    for engine, resolution, length, run in runs:
        job = Job(model_id="m", inputs={"resolution": resolution, **length}, engine=engine)
        job.move(JobState.SUBMITTING).move(JobState.RUNNING, started_at=100.0)
        job.move(JobState.DOWNLOADING, finished_at=100.0 + run).move(JobState.SUCCEEDED)
        store.add(job)
    # A model whose length is a frame count.
    frames = Job(model_id="f", inputs={"resolution": "480p", "frames": 121}, engine="runcomfy")
    frames.move(JobState.SUBMITTING).move(JobState.RUNNING, started_at=100.0)
    frames.move(JobState.DOWNLOADING, finished_at=140.0).move(JobState.SUCCEEDED)
    store.add(frames)
    asking = Job(model_id="m", inputs={"resolution": "480p", "duration": 8}, engine="runcomfy")
    family = JobStore.family_key(asking)
    assert sorted(store.family_durations("m", family)) == [(5.0, 30.0), (10.0, 55.0)]
    assert store.family_durations("f", family) == [(121.0, 40.0)]
    assert store.family_durations("other", family) == []
    assert JobStore.clip_length(asking) == 8.0
    assert JobStore.clip_length(Job(model_id="m", inputs={"duration": "12"})) == 12.0
    assert JobStore.clip_length(Job(model_id="m", inputs={})) is None


def finished(engine: str, run: float, *, at: float = 100.0) -> Job:
    job = Job(model_id=LITE, inputs={"resolution": "480p", "duration": 5}, engine=engine)
    job.move(JobState.SUBMITTING).move(JobState.RUNNING, started_at=at)
    job.move(JobState.DOWNLOADING, finished_at=at + run).move(JobState.SUCCEEDED)
    return job


def test_fast_offline_previews_never_teach_a_runcomfy_eta(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    for run in (40.0, 44.0):
        store.add(finished("runcomfy", run))
    for run in (1.0, 1.2, 0.9, 1.1):  # the same model and settings, previewed offline
        store.add(finished("offline", run))
    paid = Job(model_id=LITE, inputs={"resolution": "480p", "duration": 5}, engine="runcomfy")
    preview = Job(model_id=LITE, inputs={"resolution": "480p", "duration": 5}, engine="offline")
    assert sorted(store.durations(LITE, JobStore.duration_key(paid))) == [40.0, 44.0]
    assert sorted(store.durations(LITE, JobStore.duration_key(preview))) == pytest.approx(
        [0.9, 1.0, 1.1, 1.2]
    )


def test_a_version_1_database_is_upgraded_with_its_jobs(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v1.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST
        done = store.find_request("req_done_1")
        assert done.state is JobState.SUCCEEDED and done.cost == 0.3
        assert done.files == ["/home/ana/Videos/Storyreel/a.mp4"]
        queued = store.find_request("req_queued_2")
        assert queued.state is JobState.QUEUED and queued.queue_position == 3
        assert [j.id for j in store.unfinished()] == [queued.id]
        # Its finished RunComfy job now counts in the run-time history of its kind.
        like_done = Job(model_id=done.model_id, inputs=dict(done.inputs), engine="runcomfy")
        assert store.durations(done.model_id, JobStore.duration_key(like_done)) == [60.0]
        # The upgraded database keeps working for new jobs.
        store.add(Job(model_id="m", inputs={"resolution": "480p", "duration": 5}))
        assert store.count() == 3


def test_a_version_2_database_keeps_offline_previews_out_of_runcomfy_history(tmp_path):
    # Version 2 grouped run times by resolution and length only, so three offline previews
    # of about a second sat in the same history as three RunComfy jobs of about 40 s.
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v2.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST
        paid = Job(model_id=LITE, inputs={"resolution": "480p", "duration": 5})
        preview = Job(model_id=LITE, inputs=dict(paid.inputs), engine="offline")
        assert sorted(store.durations(LITE, JobStore.duration_key(paid))) == pytest.approx(
            [40.0, 42.0, 44.0]
        )
        assert sorted(store.durations(LITE, JobStore.duration_key(preview))) == pytest.approx(
            [1.0, 1.1, 1.2]
        )
        [queued] = store.unfinished()
        assert (queued.request_id, queued.state, queued.queue_position) == (
            "req_v2_7",
            JobState.QUEUED,
            2,
        )
        # New jobs land in the history of their own engine.
        store.add(finished("offline", 0.8, at=2e9))
        assert len(store.durations(LITE, JobStore.duration_key(paid))) == 3


def test_a_version_3_database_gains_an_empty_output_folder_and_keeps_its_jobs(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    shutil.copy(FIXTURES / "jobs-v3-downloads.sqlite3", path)
    with JobStore(path) as store:
        assert store.version == LATEST
        done = store.find_request("req_v3_done")
        assert done.state is JobState.SUCCEEDED and done.cost == 0.18
        assert done.files == ["/home/ana/Videos/Storyreel/a.mp4"]
        [waiting] = store.unfinished()
        assert (waiting.request_id, waiting.state) == ("req_v3_downloading", JobState.DOWNLOADING)
        # Jobs saved before the folder was recorded have none: the resuming run decides.
        assert done.output_folder == waiting.output_folder == ""
        waiting.move(JobState.DOWNLOAD_WAITING, error="The disk is full.")
        waiting.output_folder = "/media/ana/clips"
        store.update(waiting)
    with JobStore(path) as reopened:
        again = reopened.find_request("req_v3_downloading")
        assert (again.state, again.output_folder) == (JobState.DOWNLOAD_WAITING, "/media/ana/clips")
        assert [j.id for j in reopened.unfinished()] == [again.id]


def test_a_database_from_a_newer_storyreel_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    JobStore(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Storyreel"):
        JobStore(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        JobStore(path)
