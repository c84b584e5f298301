"""Bad files and folders: file names of any bytes, data folders that cannot be used, damaged
or hostile files Storyreel reads, and messages that name the right engine and lose nothing.

Every case runs through the real ``storyreel`` entry point (or the real window start-up)
and checks the message, the exit code and that no traceback reached the user.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from bad_input_support import PRO, cli, frame, offline_run_args, storyreel

from app.core.exit_codes import ExitCode
from app.core.settings import Settings
from app.core.storyboard import Storyboard
from app.store import JobStore

BAD_NAME = b"caf\xe9 \xff\xfe frame.png"  # Latin-1 and stray bytes: not UTF-8


def bad_path(folder: Path) -> Path:
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + BAD_NAME))


# --- 1. file names whose bytes are not UTF-8 ----------------------------------------------------


@pytest.mark.slow
def test_run_keeps_a_file_name_that_is_not_utf8_exactly(storyreel_home, tmp_path):
    image = frame(bad_path(tmp_path))
    args = [os.fsencode(a) for a in offline_run_args(image)]
    result = storyreel(*args)
    assert result.code == ExitCode.OK, result.err
    with JobStore.open_default() as store:
        [job] = store.jobs()
    assert job.inputs["first_frame_image_url"] == str(image)
    assert os.fsencode(job.inputs["first_frame_image_url"]).endswith(BAD_NAME)
    listed = storyreel("jobs", "--json").json_lines()[0]
    assert len(listed) == 1 and listed[0]["status"] == "succeeded"


def test_validate_reads_a_file_name_that_is_not_utf8(capsys, tmp_path):
    image = frame(bad_path(tmp_path))
    result = cli(
        capsys, "validate", PRO, "--set", "prompt=x", "--file", f"first_frame_image_url={image}"
    )
    assert result.code == ExitCode.OK, result.text


def test_a_board_keeps_frame_names_that_are_not_utf8_through_save_and_open(tmp_path):
    image = frame(bad_path(tmp_path / "elsewhere"))
    board = Storyboard()
    board.add_frames([image])
    saved = board.save(tmp_path / "Trip.storyboard.json")
    json.loads(saved.read_bytes().decode("utf-8"))  # still UTF-8 JSON
    assert Storyboard.load(saved).frames[0].image == image


def test_shot_lists_of_a_board_with_such_frames_are_written(tmp_path):
    from app.core.catalogue_source import default_catalogue
    from app.core.storyboard import export_shot_list_csv, export_shot_list_json

    image = frame(bad_path(tmp_path))
    board = Storyboard(prompt="waves")
    board.add_frames([image])
    board.save(tmp_path / "Trip.storyboard.json")
    written = export_shot_list_json(board, default_catalogue(), tmp_path / "shots.json")
    listed = json.loads(written.read_text(encoding="utf-8"))
    assert listed["shots"][0]["frames"] == [os.fsdecode(BAD_NAME)]
    csv_file = export_shot_list_csv(board, default_catalogue(), tmp_path / "shots.csv")
    assert BAD_NAME in csv_file.read_bytes()


def test_settings_keep_recent_boards_whose_names_are_not_utf8(tmp_path):
    recent = str(bad_path(tmp_path)).replace(".png", ".storyboard.json")
    settings = Settings(recent_storyboards=[recent])
    settings.save()
    assert Settings.load().recent_storyboards == [recent]


def test_a_board_file_whose_name_is_not_utf8_is_named_in_the_message(capsys, tmp_path):
    image = frame(bad_path(tmp_path))
    result = cli(capsys, "storyboard", str(image), "--offline")
    assert result.code == ExitCode.INVALID
    assert "caf\\xe9 \\xff\\xfe frame.png cannot be read: it is not a text file" in result.err


@pytest.mark.slow
def test_a_board_with_such_a_frame_renders_from_the_command_line(capsys, tmp_path):
    image = frame(bad_path(tmp_path))
    board = Storyboard(values={"resolution": "480p", "duration": 2}, prompt="waves")
    board.add_frames([image])
    path = board.save(tmp_path / "Trip.storyboard.json")
    result = cli(capsys, "storyboard", str(path), "--offline")
    assert result.code == ExitCode.OK, result.err
    assert Storyboard.load(path).shots[0].clip is not None


# --- 3. data folders that cannot be used ------------------------------------------------------


@pytest.fixture
def a_file(tmp_path) -> Path:
    path = tmp_path / "not-a-folder"
    path.write_text("I am a file\n")
    return path


FOLDER_COMMANDS = [
    ["jobs"],
    ["resume"],
    ["cancel", "some-request"],
    ["run", PRO, "--offline", "--set", "prompt=x", "--set", "resolution=480p"],
]


@pytest.mark.parametrize("args", FOLDER_COMMANDS)
def test_a_home_that_is_a_file_is_named_with_exit_6(capsys, monkeypatch, a_file, tmp_path, args):
    if args[0] == "run":
        args = offline_run_args(frame(tmp_path / "f.png"))
    monkeypatch.setenv("STORYREEL_HOME", str(a_file))
    result = cli(capsys, *args)
    assert result.code == ExitCode.DATA
    assert f"{a_file} is a file, not a folder" in result.err
    assert "STORYREEL_HOME" in result.err
    assert a_file.read_text() == "I am a file\n"


def test_a_home_under_a_file_is_named_as_json_too(capsys, monkeypatch, a_file):
    monkeypatch.setenv("STORYREEL_HOME", str(a_file / "deeper"))
    record = cli(capsys, "jobs", "--json").json_error()
    assert record["exit"] == ExitCode.DATA
    assert f"{a_file} is a file, not a folder" in record["error"]


def test_a_home_naming_an_unknown_user_is_a_folder_of_that_name(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STORYREEL_HOME", "~no-such-user-here/home")
    result = cli(capsys, "jobs", "--json")
    assert result.code == ExitCode.OK and result.json_lines() == [[]]
    assert (tmp_path / "~no-such-user-here" / "home" / "data" / "jobs.sqlite3").is_file()


@pytest.mark.parametrize("folder", ["data", "config", "logs", "cache"])
def test_each_data_folder_that_is_a_file_is_named(capsys, storyreel_home, folder):
    (storyreel_home / folder).write_text("x")
    result = cli(capsys, "jobs")
    assert result.code == ExitCode.DATA
    assert f"{storyreel_home / folder}: it is a file, not a folder" in result.err


def test_a_video_library_that_is_a_file_stops_the_job_before_it_is_sent(
    capsys, storyreel_home, a_file, tmp_path
):
    Settings(library_dir=str(a_file)).save()
    result = cli(capsys, *offline_run_args(frame(tmp_path / "f.png")))
    assert result.code == ExitCode.DATA
    assert f"video library folder {a_file}: it is a file" in result.err
    assert cli(capsys, "jobs", "--json").json_lines() == [[]]


@pytest.mark.parametrize("command", ["run", "storyboard"])
def test_an_out_folder_that_is_a_file_is_a_usage_error(capsys, a_file, tmp_path, command):
    if command == "run":
        args = offline_run_args(frame(tmp_path / "f.png"), "--out", str(a_file))
    else:
        board = Storyboard(prompt="waves")
        board.add_frames([frame(tmp_path / "f.png")])
        args = ["storyboard", str(board.save(tmp_path / "b.storyboard.json")), "--offline"]
        args += ["--out", str(a_file / "videos")]
    result = cli(capsys, *args)
    assert result.code == ExitCode.USAGE
    assert "is a file, not a folder" in result.err and "give --out another folder" in result.err


@pytest.mark.slow
def test_a_home_that_is_a_file_in_a_process_of_its_own(a_file):
    result = storyreel("jobs", env={"STORYREEL_HOME": str(a_file)})
    assert result.code == ExitCode.DATA
    assert f"Storyreel cannot use its settings folder {a_file / 'config'}" in result.err


def test_the_window_explains_a_home_that_is_a_file_in_a_dialog(qtbot, monkeypatch, a_file):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.start_check import TITLE, refuse_start

    monkeypatch.setenv("STORYREEL_HOME", str(a_file))
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.update(title=box.windowTitle(), text=box.text())
        box.close()

    QTimer.singleShot(20, read_and_close)
    assert refuse_start() == ExitCode.DATA
    assert seen["title"] == TITLE
    assert f"{a_file} is a file, not a folder" in seen["text"]


def test_the_window_starts_as_usual_when_the_folders_are_fine(qtbot):
    from app.ui.start_check import refuse_start

    assert refuse_start() is None


# --- 4. damaged or hostile files Storyreel reads -----------------------------------------------

BOARD = {"format": "storyreel-storyboard", "version": 1}
BOARD_CASES = [
    ({**BOARD, "frames": 5}, '"frames" should be a list of frames, but it is a number'),
    ({**BOARD, "shots": "all"}, '"shots" should be a list of shots, but it is text'),
    ({**BOARD, "values": [1, 2]}, '"values" should be a group of named settings'),
    ({**BOARD, "model_id": 7}, '"model_id" should be a model id (text)'),
    ({**BOARD, "prompt": {"a": 1}}, '"prompt" should be text'),
    ({**BOARD, "version": 0, "frames": 5}, '"frames" should be a list of frames'),
    ({**BOARD, "version": 0, "frames": [], "prompts": 3}, '"prompts" should be a list'),
    ({**BOARD, "version": "one"}, "unreadable storyboard version"),
    ({**BOARD, "version": 99}, "saved by a newer Storyreel"),
    ([1, 2, 3], "is not a Storyreel storyboard"),
]


@pytest.mark.parametrize(("doc", "message"), BOARD_CASES)
def test_a_board_with_parts_of_the_wrong_kind_is_named_and_left_as_it_is(
    capsys, tmp_path, doc, message
):
    path = tmp_path / "Odd.storyboard.json"
    text = json.dumps(doc)
    path.write_text(text)
    result = cli(capsys, "storyboard", str(path), "--offline")
    assert result.code == ExitCode.INVALID
    assert message in result.err and "Odd.storyboard.json" in result.err
    assert path.read_text() == text


RAW_BOARD_CASES = [
    ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels deep"),
    ("{" + '"a":{' * 5000, "nested more than 64 levels deep"),
    ('{"format": "storyreel-storyboard", ', "it is not valid JSON"),
    ("", "it is not valid JSON"),
]


@pytest.mark.parametrize(("text", "message"), RAW_BOARD_CASES)
def test_a_board_that_is_not_json_or_too_deep_is_named(capsys, tmp_path, text, message):
    path = tmp_path / "Deep.storyboard.json"
    path.write_text(text)
    result = cli(capsys, "storyboard", str(path), "--offline", "--json")
    assert result.code == ExitCode.INVALID
    assert message in result.json_error()["error"]


def test_a_board_that_is_a_folder_is_named(capsys, tmp_path):
    result = cli(capsys, "storyboard", str(tmp_path), "--offline")
    assert result.code == ExitCode.INVALID
    assert "cannot be read: it is a folder, not a file" in result.err


def test_a_shot_length_that_is_not_a_number_is_a_problem_of_that_shot(capsys, tmp_path):
    image = frame(tmp_path / "f.png")
    doc = {
        **BOARD,
        "frames": [{"id": "a", "image": str(image)}],
        "shots": [{"frames": ["a"], "prompt": "waves", "values": {"duration": "abc"}}],
    }
    path = tmp_path / "Odd.storyboard.json"
    path.write_text(json.dumps(doc))
    result = cli(capsys, "storyboard", str(path), "--offline")
    assert result.code == ExitCode.INVALID
    assert "Shot 1: duration:" in result.err


SETTINGS_CASES = ["[" * 50_000, "{not json", '["a", "list"]', '{"library_dir": 5}']


def test_settings_parts_of_the_wrong_kind_are_left_out_and_the_rest_kept(storyreel_home):
    settings = storyreel_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    recent = ["/boards/a.storyboard.json", 5, None, "", {"x": 1}]
    values = {PRO: {"duration": 5}, "other/model": [1, 2], "third/model": "abc"}
    settings.write_text(json.dumps({"recent_storyboards": recent, "last_values": values}))
    loaded = Settings.load()
    assert loaded.recent_storyboards == ["/boards/a.storyboard.json"]
    assert loaded.last_values == {PRO: {"duration": 5}}
    assert loaded.problem == ""


@pytest.mark.parametrize("text", SETTINGS_CASES)
def test_damaged_settings_are_named_kept_aside_and_commands_still_run(capsys, storyreel_home, text):
    settings = storyreel_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(text)
    result = cli(capsys, "resume")
    assert result.code == ExitCode.OK
    if text.startswith('{"library'):  # a value of the wrong kind: that one value is ignored
        assert "warning" not in result.err and Settings.load().library_dir == ""
        return
    assert f"warning: The settings file {settings}" in result.err
    assert "Storyreel uses its default settings for now" in result.err
    kept = settings.parent / "settings.unreadable.json"
    assert kept.read_text() == text and str(kept) in result.err
    loaded = Settings.load()
    assert "Storyreel uses its default settings for now" in loaded.problem
    loaded.save()  # saving the defaults loses nothing of the damaged file
    assert kept.read_text() == text
    # What went wrong is said, not saved: the next start finds plain settings.
    assert "problem" not in json.loads(settings.read_text())
    assert Settings.load().problem == ""


MODEL_FILE_CASES = [
    ("[" * 100_000, "nested more than 64 levels deep"),
    ("{oops", "it is not valid JSON"),
    (b"\xff\xfe\x00binary", "it is not a text file"),
    ('{"model_id": 5, "input_schema": {"properties": {}}}', "'model_id' is missing"),
    ('{"model_id": "a/b", "input_schema": {"properties": []}}', "has no 'properties'"),
    (
        '{"model_id": "a/b", "input_schema": {"properties": {"x": {}}, "required": 5}}',
        "a part of it has the wrong kind",
    ),
    (
        '{"model_id": "a/b", "input_schema": {"properties": {}}, "storyreel": {"roles": [1]}}',
        "a part of it has the wrong kind",
    ),
]


@pytest.mark.parametrize(("content", "message"), MODEL_FILE_CASES)
def test_a_damaged_model_file_is_named_and_the_other_models_work(
    capsys, storyreel_home, content, message
):
    folder = storyreel_home / "config" / "models"
    folder.mkdir(parents=True)
    target = folder / "mine.json"
    target.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = cli(capsys, "models")
    assert result.code == ExitCode.OK
    assert len(result.out.splitlines()) == 5
    assert "mine.json" in result.err and message in result.err
    result = cli(capsys, "models", "--json")
    assert len(result.json_lines()[0]) == 5 and message in result.err


# --- 7. messages that name the right engine and advise nothing that loses work -------------------


def test_a_damaged_job_database_is_kept_and_the_message_says_so(capsys, storyreel_home):
    database = storyreel_home / "data" / "jobs.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not a database, but it is the user's file" * 100)
    result = cli(capsys, "jobs", "--json")
    assert result.code == ExitCode.DATA
    message = result.json_error()["error"]
    assert "cannot be opened" in message and "do not delete or move it" in message
    assert "aside" not in message and "empty queue" not in message
    assert database.read_bytes().startswith(b"this is not a database")


@pytest.mark.slow
def test_a_damaged_entry_in_the_job_database_is_named_not_a_crash(capsys, tmp_path):
    result = cli(capsys, *offline_run_args(frame(tmp_path / "f.png")))
    assert result.code == ExitCode.OK
    with JobStore.open_default() as store:
        store._db.execute("UPDATE jobs SET inputs = '{damaged'")
    result = cli(capsys, "jobs")
    assert result.code == ExitCode.DATA
    assert "The job database has a damaged entry (the inputs of job" in result.err
    assert "keep the file" in result.err


def test_a_database_from_a_newer_storyreel_is_a_data_error(capsys, storyreel_home):
    database = storyreel_home / "data" / "jobs.sqlite3"
    database.parent.mkdir(parents=True)
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA user_version = 999")
    result = cli(capsys, "jobs")
    assert result.code == ExitCode.DATA
    assert "written by a newer version of Storyreel" in result.err


def test_offline_failures_do_not_send_the_user_to_runcomfy():
    from app.api.engine import failure_text
    from app.core.jobs import Job

    offline = Job(model_id=PRO, inputs={}, engine="offline", request_id="r1")
    paid = Job(model_id=PRO, inputs={}, engine="runcomfy", request_id="r2")
    made = "The video was made but could not be downloaded: the disk is full."
    assert "RunComfy" not in failure_text(offline, "out of frames")
    assert "RunComfy" not in failure_text(offline, made, made=True)
    assert "costs nothing" in failure_text(offline, made, made=True)
    assert failure_text(paid, "").startswith("RunComfy could not make this video")
    assert "generation history on RunComfy" in failure_text(paid, made, made=True)
