"""A shot's takes: kept across save and load, one chosen (what the sequence plays and the
export holds), rejected but kept, removed and put back; a version 1 board upgrades."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.jobs import Job, JobState
from app.core.storyboard import (
    FORMAT_VERSION,
    Storyboard,
    clip_is_current,
    input_key,
    plan_shot,
    sequence,
)
from app.core.storyboard.takes import (
    add_take,
    choose_take,
    chosen,
    reject_take,
    remove_take,
    restore_takes,
    take_from_job,
    take_memory,
)

DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture
def board(tmp_path: Path) -> Storyboard:
    frames = tmp_path / "board" / "frames"
    frames.mkdir(parents=True)
    for name, colour in (("a", (200, 40, 40)), ("b", (40, 40, 200))):
        Image.new("RGB", (640, 360), colour).save(frames / f"{name}.png")
    board = Storyboard(model_id=DREAMINA, prompt="waves", values={"frames": 121, "seed": 7})
    board.add_frames(frames)
    board.path = tmp_path / "board" / "trip.storyboard.json"
    return board


def render(board: Storyboard, catalogue, index: int, seed: int, name: str, cost=0.3) -> str:
    """What the runner does when a job of shot ``index`` with this seed succeeds: a take."""
    shot = board.shots[index]
    saved = dict(shot.values)
    shot.values = {**saved, "seed": seed}
    planned = plan_shot(board, index, catalogue)
    key = input_key(planned)
    shot.values = saved
    clip = board.folder / "clips" / f"{name}.mp4"
    clip.parent.mkdir(exist_ok=True)
    clip.write_bytes(b"a clip " + name.encode())
    job = Job(model_id=DREAMINA, inputs=dict(planned.values), state=JobState.SUCCEEDED)
    job.files, job.cost, job.request_id = [str(clip)], cost, f"req-{name}"
    take = take_from_job(job, planned.model, key)
    assert take is not None
    add_take(shot, take, choose=False)
    return job.id


def test_the_chosen_take_is_what_the_sequence_plays(board, catalogue):
    first = render(board, catalogue, 0, 7, "seven")
    second = render(board, catalogue, 0, 8, "eight")
    shot = board.shots[0]
    choose_take(shot, first)
    assert sequence(board, catalogue)[0].clip == board.folder / "clips" / "seven.mp4"
    choose_take(shot, second)
    # Circling the take gives the shot the settings it was made with: its clip fits it.
    assert shot.values["seed"] == 8 and shot.prompt == "waves"
    assert clip_is_current(plan_shot(board, 0, catalogue))
    assert sequence(board, catalogue)[0].clip == board.folder / "clips" / "eight.mp4"
    assert chosen(shot) is not None and chosen(shot).seed == 8 and chosen(shot).cost == 0.3


def test_takes_and_the_choice_survive_save_and_load(board, catalogue):
    first = render(board, catalogue, 0, 7, "seven")
    second = render(board, catalogue, 0, 8, "eight")
    choose_take(board.shots[0], first)
    reject_take(board.shots[0], second)
    board.save()
    again = Storyboard.load(board.path)
    shot = again.shots[0]
    assert [t.job_id for t in shot.takes] == [first, second]
    assert shot.chosen_take == first and shot.clip == board.folder / "clips" / "seven.mp4"
    assert [t.rejected for t in shot.takes] == [False, True]
    assert [t.seed for t in shot.takes] == [7, 8] and shot.takes[1].request_id == "req-eight"
    assert shot.takes[0].extra["prompt"] == "waves"
    assert sequence(again, catalogue)[0].clip == board.folder / "clips" / "seven.mp4"
    document = json.loads(board.path.read_text())
    assert document["version"] == FORMAT_VERSION == 2
    assert document["shots"][0]["takes"][0]["clip"] == "clips/seven.mp4"  # moves with the board


def test_rejecting_or_removing_the_chosen_take_falls_back_to_the_newest_kept(board, catalogue):
    first = render(board, catalogue, 0, 7, "seven")
    second = render(board, catalogue, 0, 8, "eight")
    shot = board.shots[0]
    choose_take(shot, second)
    reject_take(shot, second)
    assert shot.chosen_take == first and len(shot.takes) == 2  # rejected, but kept
    before = take_memory(shot)
    removed = remove_take(shot, first)
    assert removed.job_id == first
    assert shot.chosen_take is None and shot.clip is None  # only a rejected take is left
    assert sequence(board, catalogue)[0].held
    restore_takes(shot, before)  # undo
    assert [t.job_id for t in shot.takes] == [first, second]
    assert shot.chosen_take == first and shot.clip == board.folder / "clips" / "seven.mp4"
    assert [t.rejected for t in shot.takes] == [False, True]


def test_a_job_is_one_take_however_often_it_is_reported(board, catalogue):
    job_id = render(board, catalogue, 0, 7, "seven")
    shot = board.shots[0]
    take = shot.takes[0]
    assert not add_take(shot, take, choose=False)
    assert [t.job_id for t in shot.takes] == [job_id]


def test_an_undo_of_a_board_edit_keeps_the_takes(board, catalogue):
    state = board.edit_state()
    job_id = render(board, catalogue, 1, 7, "late")
    choose_take(board.shots[1], job_id)
    board.restore_edit_state(state)  # an undo must not forget a paid take
    assert [t.job_id for t in board.shots[1].takes] == [job_id]
    assert board.shots[1].chosen_take == job_id


def test_a_version_1_board_upgrades_its_clip_into_the_one_chosen_take(tmp_path):
    shutil.copy(FIXTURES / "storyboard-v1-takes.json", tmp_path / "old.storyboard.json")
    board = Storyboard.load(tmp_path / "old.storyboard.json")
    first, second = board.shots
    assert len(first.takes) == 1 and first.chosen_take == "job-one"
    take = first.takes[0]
    assert take.clip == tmp_path / "clips" / "cliff.mp4"
    assert (take.seed, take.cost, take.request_id, take.input_key) == (
        77,
        0.25,
        "req-one",
        "key-one",
    )
    assert take.values == {"frames": 121, "seed": 77} and take.engine == "runcomfy"
    assert take.extra["prompt"] == "Waves break on the cliff"
    assert first.clip == take.clip and first.input_key == "key-one"
    assert first.extra == {"colour_tag": "kept by a plug-in this version does not know"}
    assert second.takes == [] and second.chosen_take is None
    board.save()
    saved = json.loads((tmp_path / "old.storyboard.json").read_text())
    assert saved["version"] == 2 and saved["title"] == "Lighthouse"
    assert saved["shots"][0]["chosen_take"] == "job-one"
    assert saved["shots"][0]["takes"][0]["clip"] == "clips/cliff.mp4"


@pytest.mark.slow
def test_the_export_holds_the_chosen_take(tmp_path, catalogue):
    import av
    from PIL import ImageStat

    from app.core.video import export_sequence
    from app.sim.render import RenderSpec, render_preview

    folder = tmp_path / "board"
    (folder / "frames").mkdir(parents=True)
    Image.new("RGB", (640, 360), (128, 128, 128)).save(folder / "frames" / "a.png")
    board = Storyboard(model_id=DREAMINA, prompt="waves", values={"frames": 121, "seed": 7})
    board.add_frames(folder / "frames")
    board.path = folder / "sea.storyboard.json"
    ids = {}
    for seed, colour in ((7, (210, 40, 40)), (8, (40, 60, 210))):
        job_id = render(board, catalogue, 0, seed, f"take{seed}")
        still = folder / f"still{seed}.png"
        Image.new("RGB", (320, 180), colour).save(still)
        spec = RenderSpec(320, 180, 24, 12, first_frame=still, audio=False, seed=1)
        render_preview(spec, folder / "clips" / f"take{seed}.mp4")  # a real clip in its place
        ids[seed] = job_id

    def exported_colour(name: str) -> tuple[float, ...]:
        out = export_sequence(sequence(board, catalogue), tmp_path / f"{name}.mp4")
        assert out is not None
        with av.open(str(tmp_path / f"{name}.mp4")) as c:
            picture = next(c.decode(video=0)).to_image()
        w, h = picture.size
        return tuple(ImageStat.Stat(picture.crop((w // 4, h // 4, w // 2, h // 2))).mean)

    choose_take(board.shots[0], ids[8])
    red, green, blue = exported_colour("blue")
    assert blue > 150 and red < 90
    choose_take(board.shots[0], ids[7])
    red, green, blue = exported_colour("red")
    assert red > 150 and blue < 90
