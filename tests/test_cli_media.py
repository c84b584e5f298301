"""Video and audio inputs on the command line: ``--file FIELD=PATH_OR_URL`` as for images,
checked by ``validate``, sent by ``run`` (here to the offline preview engine)."""

from __future__ import annotations

import json

import av
import pytest
from bad_input_support import cli
from media_files import colour_at, make_audio, make_video, truncated_copy
from media_models import REFERENCE_MODEL_ID, install
from PIL import ImageStat

from app.core.exit_codes import ExitCode
from app.core.paths import user_catalogue_dir

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def media_models():
    install(user_catalogue_dir())


def test_schema_shows_video_and_audio_fields_with_their_rules(capsys):
    result = cli(capsys, "schema", REFERENCE_MODEL_ID)
    assert result.code == ExitCode.OK
    assert "video_list" in result.out and "0–3 videos; rules: length ≤ 15 s" in result.out
    assert "0–3 audio clips" in result.out
    fields = json.loads(cli(capsys, "schema", REFERENCE_MODEL_ID, "--json").out)["fields"]
    kinds = {f["name"]: f["kind"] for f in fields}
    assert kinds["video_urls"] == "video_list" and kinds["audio_urls"] == "audio_list"


def test_validate_probes_files_and_says_what_will_be_converted(capsys, tmp_path):
    webm = make_video(tmp_path / "ref.webm", codec="libvpx-vp9")
    m4a = make_audio(tmp_path / "voice.m4a")
    result = cli(
        capsys, "validate", REFERENCE_MODEL_ID, "--set", "prompt=A dancer",
        "--file", f"video_urls={webm}", "--file", f"audio_urls={m4a}",
    )  # fmt: skip
    assert result.code == ExitCode.OK, result.text
    assert "video_urls[1]: ref.webm (WebM (VP9), 1 kB) will be converted to MP4" in result.err
    assert "audio_urls[1]: voice.m4a (M4A (AAC)" in result.err and "to WAV" in result.err


def test_validate_refuses_a_cut_short_or_overlong_clip(capsys, tmp_path):
    cut = truncated_copy(make_audio(tmp_path / "whole.wav", seconds=2), tmp_path / "cut.wav")
    long = make_audio(tmp_path / "long.wav", seconds=16, rate=8000, channels=1)
    result = cli(
        capsys, "validate", REFERENCE_MODEL_ID, "--set", "prompt=p",
        "--file", f"audio_urls={cut}", "--file", f"audio_urls={long}", "--json",
    )  # fmt: skip
    assert result.code == ExitCode.INVALID
    problems = json.loads(result.out)["problems"]
    assert [(p["item"], p["rule"]) for p in problems] == [
        (0, "complete"),
        (1, "duration_seconds<="),
    ]
    assert "cut short" in problems[0]["message"]
    assert problems[1]["message"] == "Length is 16 s; it must be at most 15 s."


def test_a_file_for_a_setting_that_takes_no_file_is_a_usage_error(capsys, tmp_path):
    result = cli(capsys, "validate", REFERENCE_MODEL_ID, "--file", "duration=x.mp4")
    assert result.code == ExitCode.USAGE
    assert "duration is not an image, video or audio field" in result.err


def test_an_offline_run_sends_a_video_and_an_audio_reference(capsys, tmp_path):
    clip = make_video(tmp_path / "clip.webm", codec="libvpx-vp9", seconds=1, fps=24)
    tone = make_audio(tmp_path / "tone.wav", seconds=5, pitch=1000)
    result = cli(
        capsys, "run", REFERENCE_MODEL_ID, "--offline", "--set", "prompt=A dancer",
        "--set", "duration=4", "--file", f"video_urls={clip}", "--file", f"audio_urls={tone}",
        "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert result.code == ExitCode.OK, result.text
    videos = list((tmp_path / "out").glob("*.mp4"))
    assert len(videos) == 1
    with av.open(str(videos[0])) as container:
        assert container.streams.audio, "the audio reference should be the sound"
        frames = [f.to_image() for f in container.decode(video=0)]
    assert len(frames) == 4 * 24
    w, h = frames[0].size
    middle = frames[2 * 24 + 5].crop((w // 4, h // 4, 3 * w // 4, 3 * h // 4))
    expected = colour_at(5, 24)
    mean = ImageStat.Stat(middle).mean
    assert all(abs(a - b) < 16 for a, b in zip(mean, expected, strict=False))


def test_validate_says_when_a_clip_cannot_be_sent_from_a_file(capsys, tmp_path):
    long = make_audio(tmp_path / "podcast.m4a", seconds=360, rate=24000, channels=1, pitch=1000)
    clip = make_video(tmp_path / "short.mp4", seconds=1, size=(160, 90))
    result = cli(
        capsys, "validate", "bytedance/seedance-2.0-mini/video-to-video/test",
        "--set", "prompt=p", "--file", f"video_url={clip}",
        "--file", f"audio_url={long}",
    )  # fmt: skip
    assert result.code == ExitCode.INVALID
    assert result.out.strip().splitlines() == [
        "audio_url: podcast.m4a cannot be made small enough to send from a file without "
        "cutting it (RunComfy takes at most 16 MiB); shorten it, or give a URL to it instead."
    ]
