"""The single shot's takes: the finished jobs of the same model and inputs apart from the
seed, grouped by the storyboard's input key; a changed prompt or frame is a new set; what
the user chose and rejected is kept per model and set of inputs, and read back safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.jobs import Job, JobState
from app.core.single_takes import single_key, single_takes
from app.core.take_choices import KEPT_CHOICES, TakeChoices, keep_choices, read_choices
from app.core.takes import sweep_inputs

DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def frame(path: Path, colour: tuple[int, int, int]) -> str:
    Image.new("RGB", (640, 360), colour).save(path)
    return str(path)


def finished(tmp_path: Path, values: dict, n: int, **extra) -> Job:
    job = Job(DREAMINA, dict(values), state=JobState.SUCCEEDED, **extra)
    clip = tmp_path / f"clip-{n}.mp4"
    clip.write_bytes(b"not really a video")
    job.files = [str(clip)]
    job.created_at = job.finished_at = 1000.0 + n
    return job


def test_the_same_inputs_with_other_seeds_are_takes_and_a_new_prompt_is_not(
    tmp_path, catalogue
):
    model = catalogue.get(DREAMINA)
    first = frame(tmp_path / "a.png", (200, 40, 40))
    values = {"prompt": "waves", "image_urls": [first], "frames": 121}
    jobs = [finished(tmp_path, {**values, "seed": s}, n) for n, s in enumerate((7, 8, 9))]
    jobs.append(finished(tmp_path, {**values, "prompt": "storm", "seed": 1}, 3))
    jobs.append(finished(tmp_path, {**values, "seed": 2}, 4, origin={"shot_id": "s1"}))
    failed = finished(tmp_path, {**values, "seed": 3}, 5)
    failed.state = JobState.FAILED
    gone = finished(tmp_path, {**values, "seed": 4}, 6)
    Path(gone.files[0]).unlink()  # deleted: no take
    jobs += [failed, gone]

    key = single_key(DREAMINA, model, {**values, "seed": 123})
    takes = single_takes(reversed(jobs), model, DREAMINA, key)
    assert [t.seed for t in takes] == [7, 8, 9]  # oldest first; the board's job is not one
    assert all(t.input_key == key and t.extra["prompt"] == "waves" for t in takes)
    assert "image_urls" not in takes[0].values  # settings without the frames, as a shot's

    storm = single_key(DREAMINA, model, {**values, "prompt": "storm"})
    assert [t.seed for t in single_takes(jobs, model, DREAMINA, storm)] == [1]
    # Another picture in the same file is other inputs; a copy of the same picture is not.
    copy = tmp_path / "copy.png"
    copy.write_bytes(Path(first).read_bytes())
    assert single_key(DREAMINA, model, {**values, "image_urls": [str(copy)]}) == key
    frame(Path(first), (40, 40, 200))
    assert single_key(DREAMINA, model, values) != key
    # A seed sweep around a take keeps the inputs and takes the seeds next to it.
    runs = sweep_inputs(model, values, 8, 3)
    assert [r["seed"] for r in runs] == [9, 7, 10]


def test_choices_choose_reject_and_fall_back_like_a_shots(tmp_path, catalogue):
    model = catalogue.get(DREAMINA)
    values = {"prompt": "waves", "frames": 121}
    jobs = [finished(tmp_path, {**values, "seed": s}, n) for n, s in enumerate((7, 8, 9))]
    takes = single_takes(jobs, model, DREAMINA, single_key(DREAMINA, model, values))
    ids = [t.job_id for t in takes]
    choices = TakeChoices()
    choices.choose(ids[0])
    choices.reject(takes, ids[0])
    assert choices.chosen == ids[2] and takes[0].rejected  # the newest not rejected
    choices.reject(takes, ids[0], rejected=False)
    assert not takes[0].rejected and choices.chosen == ids[2]
    choices.remove(takes, ids[2])
    assert choices.chosen == ids[1] and [t.job_id for t in takes] == ids[:2]


def test_choices_are_kept_per_model_and_inputs_and_read_back_whatever_the_file_holds():
    saved: dict = {}
    for n in range(KEPT_CHOICES + 5):
        saved = keep_choices(saved, DREAMINA, f"key{n}", TakeChoices(f"job{n}", {"x"}, n))
    assert len(saved[DREAMINA]) == KEPT_CHOICES and "key0" not in saved[DREAMINA]
    back = read_choices(saved, DREAMINA, f"key{KEPT_CHOICES + 4}")
    assert back.chosen == f"job{KEPT_CHOICES + 4}" and back.rejected == {"x"}
    assert read_choices(saved, "other", "key1") == TakeChoices()
    odd = {DREAMINA: {"k": {"chosen": 3, "rejected": ["a", 4], "used_at": "yesterday"}}}
    assert read_choices(odd, DREAMINA, "k") == TakeChoices(None, {"a"}, 0.0)
    assert read_choices({DREAMINA: "not a table"}, DREAMINA, "k") == TakeChoices()
