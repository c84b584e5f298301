"""Which picture stands for a job: an input image first, then an input video's first frame,
then (once it has succeeded) its own clip, else a placeholder of what it was made from."""

from __future__ import annotations

from media_models import reference_model, single_model, text_model

from app.core.catalogue import Catalogue
from app.core.job_picture import PictureSource, Placeholder, job_picture
from app.core.jobs import Job, JobState

CATALOGUE = Catalogue([reference_model(), single_model(), text_model()])
REFERENCE = reference_model().model_id
SINGLE = single_model().model_id
TEXT = text_model().model_id


def job(model_id: str, inputs: dict, state: JobState = JobState.RUNNING, **changes) -> Job:
    made = Job(model_id=model_id, inputs=inputs, state=state)
    for key, value in changes.items():
        setattr(made, key, value)
    return made


def test_an_input_image_comes_before_an_input_video():
    both = job(REFERENCE, {"prompt": "p", "image_urls": ["/a/b.png"], "video_urls": ["/a/c.mp4"]})
    picture = job_picture(both, CATALOGUE)
    assert (picture.path, picture.source) == ("/a/b.png", PictureSource.IMAGE)
    assert picture.placeholder is Placeholder.VIDEO


def test_a_video_only_job_shows_its_first_video_and_then_not_its_clip():
    video = job(SINGLE, {"prompt": "p", "video_url": "/in/source.mp4"}, JobState.SUCCEEDED)
    video.files = ["/out/result.mp4"]
    picture = job_picture(video, CATALOGUE)
    assert (picture.path, picture.source) == ("/in/source.mp4", PictureSource.VIDEO_START)
    assert picture.source.at == 0.0


def test_a_text_only_job_shows_its_clip_once_it_has_succeeded():
    running = job(TEXT, {"prompt": "a lighthouse"}, JobState.RUNNING, files=["/out/r.mp4"])
    assert job_picture(running, CATALOGUE).path is None
    assert job_picture(running, CATALOGUE).placeholder is Placeholder.TEXT
    done = job(TEXT, {"prompt": "a lighthouse"}, JobState.SUCCEEDED, files=["/out/r.mp4"])
    picture = job_picture(done, CATALOGUE)
    assert (picture.path, picture.source) == ("/out/r.mp4", PictureSource.RESULT)
    assert 0 < picture.source.at < 1
    assert picture.placeholder is Placeholder.TEXT


def test_addresses_are_not_read_but_say_what_the_job_was_made_from():
    remote = job(SINGLE, {"prompt": "p", "video_url": "https://cdn.test/a.mp4?sig=1"})
    assert job_picture(remote, CATALOGUE).path is None
    assert job_picture(remote, CATALOGUE).placeholder is Placeholder.VIDEO
    images = job(REFERENCE, {"prompt": "p", "image_urls": ["https://cdn.test/a"]})
    assert job_picture(images, CATALOGUE).placeholder is Placeholder.IMAGE


def test_a_job_of_an_unknown_model_is_read_by_its_files_names():
    sound = job("gone/model", {"prompt": "a song", "audio": "/music/theme.wav"})
    picture = job_picture(sound, CATALOGUE)
    assert picture.path is None and picture.placeholder is Placeholder.AUDIO
    plain = job("gone/model", {"prompt": "a lighthouse"})
    assert job_picture(plain, CATALOGUE).placeholder is Placeholder.TEXT
    clip = job("gone/model", {"prompt": "p", "clip": "/in/x.MOV"})
    assert job_picture(clip, CATALOGUE).source is PictureSource.VIDEO_START
