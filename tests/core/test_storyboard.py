"""The storyboard document: frames, shots, the two cuts, input keys, timing, the file format."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.settings import Settings
from app.core.storyboard import (
    FORMAT_VERSION,
    CutMode,
    ShotStatus,
    Storyboard,
    StoryboardError,
    export_shot_list_csv,
    export_shot_list_json,
    frame_problems,
    input_key,
    plan_shots,
    remember_recent,
    require_ready,
    sequence,
    shot_list,
    shot_status,
    suggest_pair_model,
    total_duration,
)

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
REFERENCE = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
FIXTURES = Path(__file__).parent / "fixtures"
COLOURS = [(220, 40, 40), (40, 200, 60), (40, 60, 220), (230, 210, 40)]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def make_image(path: Path, colour=(90, 120, 200), size=(640, 360)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A board folder with four frames, named so that only a natural sort orders them."""
    frames = tmp_path / "board" / "frames"
    for name, colour in zip(["f1", "f2", "f10", "f3"], COLOURS, strict=True):
        make_image(frames / f"{name}.png", colour)
    return tmp_path / "board"


def board_with_frames(folder: Path, **kw) -> Storyboard:
    kw.setdefault("prompt", "a slow push in")
    board = Storyboard(**kw)
    board.add_frames(folder / "frames")
    return board


# --- frames ----------------------------------------------------------------------------------


def test_a_folder_adds_its_images_in_natural_order_and_skips_other_files(folder: Path):
    (folder / "frames" / "notes.txt").write_text("not a frame")
    (folder / "frames" / ".hidden.png").write_bytes(b"")
    board = board_with_frames(folder)
    assert [f.name for f in board.frames] == ["f1.png", "f2.png", "f3.png", "f10.png"]
    assert len(board.shots) == 4


def test_frames_can_be_inserted_duplicated_removed_and_moved(folder: Path, tmp_path: Path):
    board = board_with_frames(folder)
    extra = make_image(tmp_path / "extra.png")
    board.insert_frames(1, [extra])
    assert [f.name for f in board.frames] == ["f1.png", "extra.png", "f2.png", "f3.png", "f10.png"]
    board.shots[0].prompt = "a red door opens"
    twin = board.duplicate_frame(0)
    assert board.frames[1] is twin and twin.image == board.frames[0].image
    assert board.shots[1].prompt == "a red door opens"  # the copy starts from the original shot
    assert board.shots[1].id != board.shots[0].id
    board.remove_frame(2)  # extra.png
    assert [f.name for f in board.frames] == ["f1.png", "f1.png", "f2.png", "f3.png", "f10.png"]
    board.move_frame(0, 4)
    assert [f.name for f in board.frames] == ["f1.png", "f2.png", "f3.png", "f10.png", "f1.png"]
    assert board.shots[4].prompt == "a red door opens"  # the shot followed its frame


def test_a_shot_keeps_its_prompt_by_its_frames_not_its_position(folder: Path, tmp_path: Path):
    board = board_with_frames(folder, model_id=LITE, cut_mode=CutMode.PER_PAIR)
    assert len(board.shots) == 3
    for shot, text in zip(board.shots, ["one to two", "two to three", "three to ten"], strict=True):
        shot.prompt = text
    board.insert_frames(0, [make_image(tmp_path / "opening.png")])
    new = "a slow push in"  # the board's prompt for new shots
    assert [s.prompt for s in board.shots] == [new, "one to two", "two to three", "three to ten"]
    board.remove_frame(2)  # f2: the two pairs it belonged to go, a new pair f1 -> f3 appears
    assert [s.prompt for s in board.shots] == [new, new, "three to ten"]


def test_switching_the_cut_back_and_forth_loses_no_prompt(folder: Path):
    board = board_with_frames(folder, model_id=LITE)
    board.shots[2].prompt = "per frame three"
    board.set_cut_mode(CutMode.PER_PAIR)
    board.shots[0].prompt = "pair one"
    assert len(board.shots) == 3
    pair_shot = board.shots[0]
    board.set_cut_mode(CutMode.PER_FRAME)
    assert board.shots[2].prompt == "per frame three"
    assert board.shot(pair_shot.id) is pair_shot  # kept while the other cut is in use
    board.set_cut_mode("per_pair")
    assert board.shots[0].prompt == "pair one"


def test_apply_settings_to_all_shots(folder: Path):
    board = board_with_frames(folder, model_id=PRO)
    board.shots[0].prompt = "keep me"
    board.apply_settings_to_all(LITE, {"resolution": "720p", "duration": 10})
    assert {s.model_id for s in board.shots} == {LITE}
    assert all(s.values == {"resolution": "720p", "duration": 10} for s in board.shots)
    assert board.shots[0].prompt == "keep me"
    board.apply_settings_to_all(LITE, {"resolution": "480p"}, prompt="rain starts")
    assert {s.prompt for s in board.shots} == {"rain starts"}
    board.add_frames([board.frames[0].image])
    assert board.shots[-1].model_id == LITE and board.shots[-1].prompt == "rain starts"


# --- planning --------------------------------------------------------------------------------


def test_per_frame_puts_each_frame_in_the_models_first_frame_field(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO, values={"resolution": "480p", "duration": 2})
    board.shots[0].prompt = "the sun rises"
    planned = plan_shots(board, catalogue)
    assert len(planned) == 4
    first = planned[0]
    assert first.values == {
        "prompt": "the sun rises",
        "first_frame_image_url": str(board.frames[0].image),
        "resolution": "480p",
        "ratio": "adaptive",
        "duration": 2,
    }
    assert first.ready and first.duration_s == 2
    assert total_duration(planned) == 8


def test_list_fields_get_a_list_of_one_frame(folder, catalogue):
    board = board_with_frames(folder, model_id=DREAMINA)
    board.shots[1].model_id = REFERENCE
    planned = plan_shots(board, catalogue)
    assert planned[0].values["image_urls"] == [str(board.frames[0].image)]
    assert planned[0].duration_s == pytest.approx(121 / 24)
    assert planned[1].values["images"] == [str(board.frames[1].image)]


def test_per_pair_places_first_and_last_frames(folder, catalogue):
    board = board_with_frames(folder, model_id=LITE, cut_mode="per_pair")
    planned = plan_shots(board, catalogue)
    assert len(planned) == 3
    assert planned[1].values["first_frame_image_url"] == str(board.frames[1].image)
    assert planned[1].values["last_frame_image_url"] == str(board.frames[2].image)
    assert all(p.ready for p in planned)
    assert total_duration(planned) == 15


def test_per_pair_on_a_model_without_a_last_frame_names_the_one_that_has_it(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO, cut_mode="per_pair")
    planned = plan_shots(board, catalogue)
    problem = planned[0].errors[0]
    assert problem.message == "Seedance 1.0 Pro cannot take a last frame; Seedance 1.0 Lite can."
    assert planned[0].suggested_model_id == LITE
    assert suggest_pair_model(catalogue).model_id == LITE
    with pytest.raises(StoryboardError) as caught:
        require_ready(planned)
    assert str(caught.value).splitlines()[0] == (
        "Shot 1: Seedance 1.0 Pro cannot take a last frame; Seedance 1.0 Lite can."
    )
    board.apply_settings_to_all(planned[0].suggested_model_id, {"resolution": "480p"})
    require_ready(plan_shots(board, catalogue))


def test_settings_the_model_refuses_are_problems_of_that_shot(folder, catalogue):
    board = board_with_frames(folder, model_id=LITE, values={"duration": 2})
    planned = plan_shots(board, catalogue)
    assert planned[0].errors[0].field == "duration"
    with pytest.raises(StoryboardError, match="Shot 1: duration: 2 s is not offered"):
        require_ready(planned)


def test_settings_of_another_model_are_left_out_when_the_model_changes(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO, values={"ratio": "1:1", "duration": 5})
    board.shots[0].model_id = LITE  # Lite has no ratio setting
    planned = plan_shots(board, catalogue)[0]
    assert "ratio" not in planned.values and planned.ready


# --- changed inputs --------------------------------------------------------------------------


def test_the_input_key_follows_prompt_settings_and_image_content(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO)
    keys = [input_key(p) for p in plan_shots(board, catalogue)]
    assert len(set(keys)) == 4
    assert [input_key(p) for p in plan_shots(board, catalogue)] == keys

    board.shots[1].prompt = "a new idea"
    changed = [input_key(p) for p in plan_shots(board, catalogue)]
    assert [a == b for a, b in zip(keys, changed, strict=True)] == [True, False, True, True]

    image = board.frames[2].image
    os.utime(image, ns=(1, 1))  # only the modification time changes: same content, same key
    assert input_key(plan_shots(board, catalogue)[2]) == keys[2]
    make_image(image, (1, 2, 3))
    assert input_key(plan_shots(board, catalogue)[2]) != keys[2]

    board.shots[3].values = {"resolution": "720p"}
    assert input_key(plan_shots(board, catalogue)[3]) != keys[3]


def test_unset_settings_and_their_defaults_ask_for_the_same_clip(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO)
    before = input_key(plan_shots(board, catalogue)[0])
    board.shots[0].values = {"resolution": "480p", "duration": 5, "ratio": "adaptive"}
    assert input_key(plan_shots(board, catalogue)[0]) == before


def test_a_finished_clip_counts_only_while_it_matches_its_inputs(folder, catalogue, tmp_path):
    board = board_with_frames(folder, model_id=PRO, values={"duration": 2})
    planned = plan_shots(board, catalogue)[0]
    assert shot_status(planned) is ShotStatus.NOT_RENDERED
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"video")
    shot = board.shots[0]
    shot.clip, shot.input_key, shot.job_state = clip, input_key(planned), "succeeded"
    assert shot_status(planned) is ShotStatus.DONE
    shot.prompt = "different"
    assert shot_status(plan_shots(board, catalogue)[0]) is ShotStatus.OUT_OF_DATE
    shot.job_state = "running"
    assert shot_status(plan_shots(board, catalogue)[0]) is ShotStatus.RENDERING
    shot.prompt, shot.job_state = "a slow push in", "succeeded"
    clip.unlink()
    assert shot_status(plan_shots(board, catalogue)[0]) is ShotStatus.CLIP_MISSING


# --- timing ----------------------------------------------------------------------------------


def test_sequence_holds_first_frames_until_clips_exist(folder, catalogue, tmp_path):
    board = board_with_frames(folder, model_id=LITE, cut_mode="per_pair")
    board.shots[1].values = {"duration": 10}
    segments = sequence(board, catalogue)
    assert [s.duration_s for s in segments] == [5, 10, 5]
    assert all(s.held for s in segments)
    assert [s.still for s in segments] == [f.image for f in board.frames[:3]]
    assert segments[1].describe() == "Shot 2: hold f2.png for 10 s"

    clip = tmp_path / "shot2.mp4"
    clip.write_bytes(b"video")
    board.shots[1].clip = clip
    board.shots[1].input_key = input_key(plan_shots(board, catalogue)[1])
    segments = sequence(board, catalogue)
    assert [s.clip for s in segments] == [None, clip, None]


def test_the_sequence_plays_each_shots_kept_part(folder, catalogue, tmp_path):
    board = board_with_frames(folder, model_id=LITE, cut_mode="per_pair")  # three 5 s shots
    clip = tmp_path / "shot2.mp4"
    clip.write_bytes(b"video")
    board.shots[1].clip = clip
    board.shots[1].input_key = input_key(plan_shots(board, catalogue)[1])
    board.shots[0].trim_in, board.shots[0].trim_out = 1.0, 3.5  # a held frame
    board.shots[1].trim_in, board.shots[1].trim_out = 0.5, 1.5  # a clip
    board.shots[2].trim_in = 4.0  # to its end
    segments = sequence(board, catalogue)
    assert [s.duration_s for s in segments] == [2.5, 1.0, 1.0]
    assert sum(s.duration_s for s in segments) == 4.5  # the trimmed cut's length
    assert (segments[1].clip_in_s, segments[1].clip_out_s) == (0.5, 1.5)
    assert segments[1].trimmed and not segments[0].trimmed
    assert segments[1].describe() == "Shot 2: shot2.mp4 from 0.5 s to 1.5 s"
    assert segments[0].describe() == "Shot 1: hold f1.png for 2.5 s"

    board.shots[1].trim_in, board.shots[1].trim_out = 0.0, None  # the whole clip again
    again = sequence(board, catalogue)[1]
    assert (again.duration_s, again.clip_in_s, again.clip_out_s) == (5, 0.0, None)
    assert not again.trimmed and again.describe() == "Shot 2: shot2.mp4"


# --- the file --------------------------------------------------------------------------------


def test_a_board_round_trips_with_unknown_keys_kept(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO, values={"duration": 3})
    board.shots[0].prompt = "東京の夜"
    board.extra["plugin"] = {"colour grade": "teal"}
    board.frames[1].extra["caption"] = "the door"
    board.shots[2].extra["director_note"] = "longer?"
    path = board.save(folder / "Harbour.storyboard.json")
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["format"] == "storyreel-storyboard" and doc["version"] == FORMAT_VERSION
    assert doc["frames"][0]["image"] == "frames/f1.png"  # relative to the board file

    opened = Storyboard.load(path)
    assert opened.name == "Harbour"
    assert opened.to_document() == board.to_document()
    assert opened.shots[0].prompt == "東京の夜"
    opened.save()
    assert path.read_text(encoding="utf-8") == text  # a second round trip changes nothing
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["plugin"] == {"colour grade": "teal"}
    assert again["frames"][1]["caption"] == "the door"
    assert again["shots"][2]["director_note"] == "longer?"


def test_moving_the_board_folder_keeps_its_frames(folder, catalogue, tmp_path):
    outside = make_image(tmp_path / "elsewhere" / "outside.png")
    board = board_with_frames(folder, model_id=PRO)
    board.add_frames([outside])
    board.save(folder / "b.storyboard.json")
    moved = tmp_path / "moved" / "board"
    shutil.move(folder, moved)
    opened = Storyboard.load(moved / "b.storyboard.json")
    assert opened.missing_frames() == []
    assert opened.frames[0].image == moved / "frames" / "f1.png"
    assert opened.frames[-1].image == outside  # written as an absolute path


def test_missing_frame_files_are_reported_per_frame_not_raised(folder, catalogue):
    board = board_with_frames(folder, model_id=PRO)
    path = board.save(folder / "b.storyboard.json")
    (folder / "frames" / "f2.png").unlink()
    opened = Storyboard.load(path)
    assert opened.missing_frames() == [1]
    planned = plan_shots(opened, catalogue)
    assert not planned[1].ready and planned[0].ready
    assert "Frame 2 (f2.png): the image file" in planned[1].errors[0].message
    assert "is missing" in frame_problems(opened, 1, catalogue)[0].message
    opened.set_frame_image(1, make_image(folder / "found" / "f2 again.png"))
    assert opened.missing_frames() == [] and plan_shots(opened, catalogue)[1].ready


def test_a_version_0_board_is_upgraded_on_load(tmp_path, catalogue):
    shutil.copy(FIXTURES / "storyboard-v0.json", tmp_path / "old.storyboard.json")
    for name, colour in zip(["shot 1", "shot 2", "shot 10"], COLOURS, strict=False):
        make_image(tmp_path / "frames" / f"{name}.png", colour)
    board = Storyboard.load(tmp_path / "old.storyboard.json")
    assert board.cut_mode is CutMode.PER_PAIR and board.model_id == LITE
    assert [f.name for f in board.frames] == ["shot 1.png", "shot 2.png", "shot 10.png"]
    assert [s.prompt for s in board.shots] == [
        "The boats drift out of the mist",
        "Gulls lift off the pier",
    ]
    assert all(s.values == {"resolution": "480p", "duration": 5} for s in board.shots)
    assert board.missing_frames() == []
    assert all(p.ready for p in plan_shots(board, catalogue))
    board.save()
    doc = json.loads((tmp_path / "old.storyboard.json").read_text(encoding="utf-8"))
    assert doc["version"] == FORMAT_VERSION and "mode" not in doc and "prompts" not in doc
    assert doc["title"] == "Harbour at dawn"
    assert doc["notes"] == {"author": "kept by a plug-in this version does not know"}


def test_a_board_from_a_newer_storyreel_is_refused(tmp_path):
    path = tmp_path / "new.storyboard.json"
    newer = FORMAT_VERSION + 1
    doc = {"format": "storyreel-storyboard", "version": newer, "frames": []}
    path.write_text(json.dumps(doc))
    with pytest.raises(StoryboardError) as caught:
        Storyboard.load(path)
    assert str(caught.value) == (
        f"new.storyboard.json was saved by a newer Storyreel (storyboard format version {newer}); "
        f"this Storyreel opens versions up to {FORMAT_VERSION}. Update Storyreel to open it."
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else", "version": 1}', "is not a Storyreel storyboard"),
        ('{"format": "storyreel-storyboard", "version": "one"}', "unreadable storyboard version"),
    ],
)
def test_files_that_are_not_boards_are_refused_clearly(tmp_path, content, expected):
    path = tmp_path / "x.storyboard.json"
    path.write_text(content)
    with pytest.raises(StoryboardError, match=expected):
        Storyboard.load(path)
    with pytest.raises(StoryboardError, match="does not exist"):
        Storyboard.load(tmp_path / "nothing.json")


def test_recent_boards_keep_the_ten_latest_without_repeats(tmp_path):
    settings = Settings()
    for n in range(12):
        remember_recent(tmp_path / f"b{n}.storyboard.json", settings)
    remember_recent(tmp_path / "b5.storyboard.json", settings)
    recent = settings.recent_storyboards
    assert len(recent) == 10
    assert recent[0] == str(tmp_path / "b5.storyboard.json")
    assert recent[1] == str(tmp_path / "b11.storyboard.json")
    assert len(set(recent)) == 10
    assert str(tmp_path / "b1.storyboard.json") not in recent


# --- checking frames and the shot list -------------------------------------------------------


def test_frame_problems_use_the_rules_of_the_shots_that_take_the_frame(folder, catalogue):
    board = board_with_frames(folder, model_id=LITE, cut_mode="per_pair")
    make_image(board.frames[3].image, size=(200, 360))  # the last frame of shot 3 only
    assert frame_problems(board, 0, catalogue) == []
    problems = frame_problems(board, 3, catalogue)
    assert [p.field for p in problems] == ["last_frame_image_url"]
    assert problems[0].message == "Width is 200 px; it must be more than 300 px."
    board.frames[2].image.write_text("not an image")
    assert "Frame 3 (f3.png)" in frame_problems(board, 2, catalogue)[0].message


def test_the_shot_list_exports_as_json_and_csv(folder, catalogue, tmp_path):
    board = board_with_frames(folder, model_id=REFERENCE, values={"seed": 42, "duration": 3})
    board.save(folder / "Trip.storyboard.json")
    shot = board.shots[0]
    shot.prompt = "a kite, 凧"
    shot.request_id, shot.cost = "req-1", 0.108
    clip = tmp_path / "shot1.mp4"
    clip.write_bytes(b"video")
    shot.clip, shot.input_key = clip, input_key(plan_shots(board, catalogue)[0])

    rows = shot_list(board, catalogue)
    assert rows[0]["frames"] == ["f1.png"] and rows[0]["seed"] == 42
    assert rows[0]["settings"] == {"resolution": "480p", "ratio": "16:9", "duration": 3, "seed": 42}
    assert [r["state"] for r in rows] == ["done", "not rendered", "not rendered", "not rendered"]

    data = json.loads(export_shot_list_json(board, catalogue, tmp_path / "list.json").read_text())
    assert data["storyboard"] == "Trip" and data["shots"] == rows

    with export_shot_list_csv(board, catalogue, tmp_path / "list.csv").open(
        encoding="utf-8-sig", newline=""
    ) as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        "Shot",
        "Frame file(s)",
        "Model",
        "Prompt",
        "Settings (JSON)",
        "Seed",
        "Request ID",
        "Cost (USD)",
        "Clip file",
        "State",
    ]
    assert table[1][:4] == ["1", "f1.png", REFERENCE, "a kite, 凧"]
    assert json.loads(table[1][4])["seed"] == 42
    assert table[1][5:] == ["42", "req-1", "0.11", "shot1.mp4", "done"]
    assert len(table) == 5
