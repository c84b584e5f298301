"""A job's life is an explicit state machine: illegal moves raise instead of overwriting."""

from __future__ import annotations

import pytest

from app.core.jobs import FINISHED, TRANSITIONS, IllegalTransition, Job, JobState


def test_a_paid_job_walks_the_happy_path():
    job = Job(model_id="m", inputs={"prompt": "p"})
    for state in (
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.QUEUED,
        JobState.RUNNING,
        JobState.DOWNLOADING,
        JobState.SUCCEEDED,
    ):
        job.move(state)
    assert job.state.finished


@pytest.mark.parametrize("state", sorted(FINISHED))
def test_finished_jobs_never_move_again(state):
    assert TRANSITIONS[state] == frozenset()


def test_illegal_moves_raise_and_leave_the_job_as_it_was():
    job = Job(model_id="m", inputs={})
    with pytest.raises(IllegalTransition, match="pending -> succeeded"):
        job.move(JobState.SUCCEEDED)
    assert job.state is JobState.PENDING
    job.move(JobState.SUBMITTING).move(JobState.UNCERTAIN)
    with pytest.raises(IllegalTransition):
        job.move(JobState.SUBMITTING)  # an uncertain submission is never sent again


def test_retry_is_a_new_job_with_the_same_inputs():
    job = Job(model_id="m", inputs={"prompt": "p", "images": ["a"]}, engine="offline")
    job.move(JobState.SUBMITTING, request_id="r1").move(JobState.FAILED, error="boom")
    again = job.retry_copy()
    assert again.id != job.id and again.request_id is None and again.state is JobState.PENDING
    assert again.inputs == job.inputs and again.inputs is not job.inputs
    assert again.engine == "offline"


def test_move_refuses_unknown_fields():
    with pytest.raises(AttributeError):
        Job(model_id="m", inputs={}).move(JobState.SUBMITTING, colour="red")


def test_an_event_snapshot_keeps_what_the_job_was_when_it_was_taken():
    job = Job(
        model_id="m",
        inputs={"prompt": "p", "reference_image_urls": ["a.png", "b.png"], "extra": {"k": [1]}},
        origin={"storyboard": "board.storyreel", "shot": 2},
        extra={"server": {"region": "eu"}},
        sent_inputs={"reference_image_urls": ["inline image 1", "inline image 2"]},
    )
    job.move(JobState.SUBMITTING, request_id="r1").move(JobState.QUEUED, queue_position=3)
    before = job.snapshot()
    assert before == job and before is not job

    job.move(JobState.RUNNING, queue_position=None)
    job.inputs["reference_image_urls"].append("c.png")
    job.inputs["extra"]["k"].append(2)
    job.origin["shot"] = 5
    job.extra["server"]["region"] = "us"
    job.sent_inputs["reference_image_urls"].clear()
    job.outputs.append("https://cdn.example/out.mp4")
    job.files.append("/tmp/out.mp4")

    assert before.state is JobState.QUEUED and before.queue_position == 3
    assert before.inputs == {
        "prompt": "p",
        "reference_image_urls": ["a.png", "b.png"],
        "extra": {"k": [1]},
    }
    assert before.origin == {"storyboard": "board.storyreel", "shot": 2}
    assert before.extra == {"server": {"region": "eu"}}
    assert before.sent_inputs == {"reference_image_urls": ["inline image 1", "inline image 2"]}
    assert before.outputs == [] and before.files == []
