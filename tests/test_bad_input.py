"""Bad command lines: out-of-range numbers, exit codes with one meaning, JSON that is always JSON.

Every case runs through the real ``storyreel`` entry point and checks the message, the exit
code and that no traceback reached the user. Files and folders: test_bad_input_files.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bad_input_support import LITE, PRO, cli, frame, offline_run_args, storyreel
from cli_support import fast_sim

from app.core.exit_codes import ExitCode
from app.sim.faults import Fault

ROOT = Path(__file__).resolve().parents[1]
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"

# --- numbers out of range are usage errors (2) -----------------------------------------------

NUMBER_CASES = [
    (["sim", "--port", "99999"], "99999 is out of range; give a number from 0 to 65535"),
    (["sim", "--port", "-5"], "-5 is out of range; give a number from 0 to 65535"),
    (["sim", "--port", "eighty"], "'eighty' is not a whole number"),
    (["jobs", "--limit", "-3"], "-3 is out of range; give a number from 1 to 1000000"),
    (["jobs", "--limit", "0"], "0 is out of range"),
    (["jobs", "--limit", "99999999999999999999999"], "is out of range"),
    (["jobs", "--limit", "ten"], "'ten' is not a whole number"),
    (["validate", PRO, "--set", "duration=1e400"], "'1e400' is not a whole number"),
    (["validate", PRO, "--set", "duration=nan"], "'nan' is not a whole number"),
    (["validate", DREAMINA, "--set", "seed=-inf"], "'-inf' is not a whole number"),
]


@pytest.mark.parametrize(("args", "message"), NUMBER_CASES)
def test_a_number_out_of_range_is_a_usage_error(capsys, args, message):
    result = cli(capsys, *args)
    assert result.code == ExitCode.USAGE
    assert message in result.err


@pytest.mark.parametrize(("args", "message"), NUMBER_CASES[:4])
def test_a_number_out_of_range_under_json_is_a_json_error(capsys, args, message):
    result = cli(capsys, *args, "--json") if args[0] != "sim" else cli(capsys, "--json", *args)
    assert result.code == ExitCode.USAGE
    assert message in result.json_error()["error"]


@pytest.mark.slow
def test_the_sim_command_refuses_a_port_out_of_range_in_its_own_process():
    result = storyreel("sim", "--port", "99999")
    assert result.code == ExitCode.USAGE
    assert "--port: 99999 is out of range; give a number from 0 to 65535." in result.err


def test_the_simulator_refuses_an_address_off_this_computer_as_a_usage_error(capsys):
    result = cli(capsys, "sim", "--host", "10.1.1.1")
    assert result.code == ExitCode.USAGE
    assert "'10.1.1.1' is not one" in result.err


def test_a_value_that_is_not_text_is_refused_before_anything_is_saved(capsys, tmp_path):
    image = frame(tmp_path / "ok.png")
    result = cli(capsys, *offline_run_args(image, "--set", "prompt=a\udcffb"))
    assert result.code == ExitCode.USAGE
    assert "The value of prompt holds bytes that are not text (not UTF-8)" in result.err
    assert cli(capsys, "jobs", "--json").json_lines() == [[]]


# --- exit codes: one meaning each, documented, followed --------------------------------------


def test_every_exit_code_is_documented_in_the_readme_and_the_cli_docstring():
    import app.cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The command line") : readme.index("## Where Storyreel")]
    for code in ExitCode:
        assert re.search(rf"\| {code.value} \|", section), f"README lacks exit code {code.value}"
        if code is not ExitCode.INTERRUPTED:
            assert re.search(rf"^\s+{code.value}\s", app.cli.__doc__, re.M), code


@pytest.fixture
def sim(monkeypatch):
    with fast_sim(monkeypatch) as server:
        yield server


def paid_run(capsys, image: Path, *extra: str):
    return cli(
        capsys,
        "run",
        LITE,
        "--set",
        "prompt=waves at dusk",
        "--set",
        "resolution=480p",
        "--set",
        "duration=5",
        "--file",
        f"first_frame_image_url={image}",
        *extra,
    )


def test_too_many_requests_after_every_retry_is_an_api_error_not_a_failed_job(
    capsys, sim, tmp_path
):
    sim.api_faults.add(Fault("status_429", count=50, match="submit", retry_after=0))
    result = paid_run(capsys, frame(tmp_path / "f.png"))
    assert result.code == ExitCode.API
    assert "Not sent" in result.err
    assert len(sim.submissions) == 0


def test_a_storyboard_whose_shots_are_refused_is_an_api_error(capsys, sim, tmp_path):
    from app.core.storyboard import Storyboard

    board = Storyboard(model_id=LITE, prompt="waves", values={"resolution": "480p", "duration": 5})
    board.add_frames([frame(tmp_path / "a.png"), frame(tmp_path / "b.png")])
    path = board.save(tmp_path / "Refused.storyboard.json")
    sim.api_faults.add(Fault("status_429", count=50, match="submit", retry_after=0))
    result = cli(capsys, "storyboard", str(path), "--json")
    assert result.code == ExitCode.API
    events = [r["event"] for r in result.json_lines()]
    assert "exported" in events  # the frames are held as stills: nothing is lost
    assert len(sim.submissions) == 0


def test_a_refused_key_is_an_api_error(capsys, sim, tmp_path, monkeypatch):
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", "sk-not-the-right-key-0000")
    result = paid_run(capsys, frame(tmp_path / "f.png"), "--json")
    assert result.code == ExitCode.API
    assert "key" in result.json_error()["error"]


def test_a_key_with_impossible_characters_is_refused_without_quoting_it(
    capsys, sim, tmp_path, monkeypatch
):
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", "sk-secret-\udcff\udcfe-tail")
    result = paid_run(capsys, frame(tmp_path / "f.png"))
    assert result.code == ExitCode.API
    assert "holds characters no API key has" in result.err
    assert "secret" not in result.err


def test_no_key_is_an_api_error_as_text_and_as_json(capsys, tmp_path):
    image = frame(tmp_path / "f.png")
    result = paid_run(capsys, image)
    assert result.code == ExitCode.API and "No RunComfy API key is set" in result.err
    result = paid_run(capsys, image, "--json")
    assert result.code == ExitCode.API
    assert "No RunComfy API key is set" in result.json_error()["error"]


def test_a_job_the_server_fails_is_a_failed_job(capsys, sim, tmp_path):
    sim.api_faults.add(Fault("fail_job", match="submit", message="The frame was refused."))
    result = paid_run(capsys, frame(tmp_path / "f.png"))
    assert result.code == ExitCode.JOB_FAILED
    assert "RunComfy could not make this video: The frame was refused." in result.err


def test_a_lost_submission_answer_is_uncertain(capsys, sim, tmp_path):
    sim.api_faults.add(Fault("lose_submit_answer", match="submit"))
    result = paid_run(capsys, frame(tmp_path / "f.png"), "--json")
    assert result.code == ExitCode.UNCERTAIN
    assert result.json_lines()[-1]["status"] == "uncertain"


def test_an_unknown_request_id_is_invalid_input(capsys):
    result = cli(capsys, "cancel", "no-such-request")
    assert result.code == ExitCode.INVALID
    assert "no-such-request is not in your Storyreel queue." in result.err


# --- --json always prints JSON -----------------------------------------------------------------

JSON_ERROR_CASES = [
    (["cancel", "nope", "--json"], ExitCode.INVALID, "nope is not in your Storyreel queue."),
    (["jobs", "--json", "--limit", "x"], ExitCode.USAGE, "'x' is not a whole number"),
    (["frobnicate", "--json"], ExitCode.USAGE, "invalid choice: 'frobnicate'"),
    (["schema", "bytedance/nope", "--json"], ExitCode.USAGE, "Unknown model 'bytedance/nope'"),
    (["validate", PRO, "--json", "--set", "fps=30"], ExitCode.USAGE, "has no setting 'fps'"),
    (["validate", PRO, "--json", "--set", "oops"], ExitCode.USAGE, "takes KEY=VALUE"),
    (["run", PRO, "--json", "--out"], ExitCode.USAGE, "expected one argument"),
    (["storyboard", "/no/such.storyboard.json", "--json"], ExitCode.INVALID, "does not exist"),
    (["login", "--json"], ExitCode.USAGE, "Unrecognized arguments: --json"),
    (["models", "--json", "--bogus"], ExitCode.USAGE, "Unrecognized arguments: --bogus"),
]


@pytest.mark.parametrize(("args", "code", "message"), JSON_ERROR_CASES)
def test_every_error_under_json_is_one_json_object(capsys, args, code, message):
    result = cli(capsys, *args)
    assert result.code == code
    assert message in result.json_error()["error"]
    assert len(result.json_lines()) == 1


def test_resume_with_nothing_to_do_still_prints_json(capsys):
    result = cli(capsys, "resume", "--json")
    assert result.code == ExitCode.OK
    assert result.json_lines() == [{"event": "nothing_to_resume", "jobs": []}]


def test_invalid_inputs_under_json_carry_the_exit_code(capsys, tmp_path):
    result = cli(capsys, "run", PRO, "--json", "--offline", "--set", "duration=99")
    assert result.code == ExitCode.INVALID
    record = result.json_error()
    assert record["event"] == "invalid" and "99 s is not offered" in record["error"]


@pytest.mark.slow
def test_an_offline_run_under_json_prints_only_json_and_cancel_answers_in_json(capsys, tmp_path):
    result = cli(capsys, *offline_run_args(frame(tmp_path / "f.png"), "--json"))
    assert result.code == ExitCode.OK
    records = result.json_lines()
    assert records[-1]["event"] == "finished" and records[-1]["status"] == "succeeded"
    finished = records[-1]["request_id"]
    result = cli(capsys, "cancel", finished, "--json")
    assert result.code == ExitCode.INVALID
    assert "could not be cancelled" in result.json_error()["error"]


@pytest.mark.slow
def test_usage_errors_under_json_in_a_process_of_their_own():
    result = storyreel("jobs", "--limit", "-1", "--json")
    assert result.code == ExitCode.USAGE
    assert "-1 is out of range" in result.json_error()["error"]
    assert result.err == ""


def test_a_json_setting_nested_too_deep_is_a_usage_error(capsys, storyreel_home):
    folder = storyreel_home / "config" / "models"
    folder.mkdir(parents=True)
    model = {
        "model_id": "someone/custom-model",
        "input_schema": {"properties": {"prompt": {"type": "string"}, "opts": {"type": "object"}}},
    }
    (folder / "custom.json").write_text(json.dumps(model))
    deep = "[" * 100_000 + "]" * 100_000
    result = cli(capsys, "validate", "someone/custom-model", "--set", f"opts={deep}")
    assert result.code == ExitCode.USAGE
    assert "opts: the value is not valid JSON." in result.err
    assert len(result.err) < 500
