"""Local video and audio files become data URIs of the right type within RunComfy's inline
limits; URLs pass as given; clips that break the model's rules are never sent."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from media_files import make_audio, make_noise_video, make_video, truncated_copy
from media_models import REFERENCE_DOC, reference_model, single_model

from app.api.encoding import MAX_REQUEST_BYTES, encode_inputs
from app.core.catalogue import model_from_document
from app.core.errors import InputError, MediaError, ValidationError
from app.core.media.probe import MediaKind, probe_media

pytestmark = pytest.mark.slow


def decode(uri: str) -> tuple[str, bytes]:
    header, _, payload = uri.partition(",")
    assert header.endswith(";base64")
    return header[len("data:") : -len(";base64")], base64.b64decode(payload)


def test_an_h264_mp4_and_a_wav_are_sent_byte_for_byte(tmp_path):
    video = make_video(tmp_path / "ref.mp4", seconds=1, sound=True)
    audio = make_audio(tmp_path / "music.wav", seconds=1)
    values = {"prompt": "p", "video_urls": [str(video)], "audio_urls": [str(audio)]}
    body, summary = encode_inputs(reference_model(), values, workdir=tmp_path)
    assert decode(body["video_urls"][0]) == ("video/mp4", video.read_bytes())
    assert decode(body["audio_urls"][0]) == ("audio/wav", audio.read_bytes())
    assert summary["video_urls"][0].startswith("data:video/mp4, ")
    assert "re-encoded" not in summary["video_urls"][0]
    assert "base64" not in str(summary)


def test_webm_and_m4a_are_converted_before_sending(tmp_path):
    video = make_video(tmp_path / "ref.webm", seconds=1, codec="libvpx-vp9")
    audio = make_audio(tmp_path / "voice.m4a", seconds=1)
    values = {"prompt": "p", "video_urls": [str(video)], "audio_urls": [str(audio)]}
    body, summary = encode_inputs(reference_model(), values, workdir=tmp_path)
    mime, data = decode(body["video_urls"][0])
    sent = tmp_path / "sent.mp4"
    sent.write_bytes(data)
    info = probe_media(sent, MediaKind.VIDEO)
    assert mime == "video/mp4" and (info.container, info.video_codec) == ("MP4", "h264")
    assert "re-encoded: convert to MP4 (H.264), from WebM (VP9)" in summary["video_urls"][0]
    mime, data = decode(body["audio_urls"][0])
    (tmp_path / "sent.wav").write_bytes(data)
    assert mime == "audio/wav"
    assert probe_media(tmp_path / "sent.wav", MediaKind.AUDIO).container == "WAV"
    assert video.exists() and audio.exists()


def test_urls_pass_unchanged(tmp_path):
    values = {
        "prompt": "p",
        "video_url": "https://example.com/clip.webm",
        "audio_url": "https://example.com/a.mp3",
    }
    body, _summary = encode_inputs(single_model(), values, workdir=tmp_path)
    assert body["video_url"] == "https://example.com/clip.webm"
    assert body["audio_url"] == "https://example.com/a.mp3"


def test_a_clip_breaking_the_models_rules_is_never_sent(tmp_path):
    long = make_video(tmp_path / "long.mp4", seconds=2.5, size=(160, 90))
    with pytest.raises(ValidationError) as caught:
        encode_inputs(single_model(), {"prompt": "p", "video_url": str(long)}, workdir=tmp_path)
    assert "must be less than 2 s" in str(caught.value)


def test_a_truncated_clip_is_refused_with_the_field_named(tmp_path):
    whole = make_audio(tmp_path / "whole.wav", seconds=2)
    cut = truncated_copy(whole, tmp_path / "cut.wav")
    with pytest.raises(MediaError, match="^Reference audio: .*cut short"):
        encode_inputs(
            reference_model(), {"prompt": "p", "audio_urls": [str(cut)]}, workdir=tmp_path
        )


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(MediaError, match="does not exist"):
        encode_inputs(single_model(), {"prompt": "p", "video_url": "nowhere.mp4"}, workdir=tmp_path)


def test_the_whole_request_limit_just_inside_and_just_outside(tmp_path):
    # Three WAVs of 80 s each: 15.4 MB each, 61.4 MB as base64; a 2 s noise video pushes it over.
    doc = copy.deepcopy(REFERENCE_DOC)
    del doc["input_schema"]["properties"]["audio_urls"]["items"]["validations"]
    model = model_from_document(doc)
    audio = make_audio(tmp_path / "long.wav", seconds=80)
    clips = [str(audio)] * 3
    body, _summary = encode_inputs(model, {"prompt": "p", "audio_urls": clips}, workdir=tmp_path)

    size = len(json.dumps(body).encode())
    assert MAX_REQUEST_BYTES - 8_000_000 < size <= MAX_REQUEST_BYTES
    video = make_noise_video(tmp_path / "noise.mp4", seconds=2, size=(320, 240))
    remaining = MAX_REQUEST_BYTES - size
    assert video.stat().st_size * 4 / 3 > remaining
    with pytest.raises(InputError, match="files inline; RunComfy takes at most 67.1 MB.*URLs"):
        encode_inputs(
            model,
            {"prompt": "p", "audio_urls": clips, "video_urls": [str(video)]},
            workdir=tmp_path,
        )


def test_a_broken_rule_names_the_item_of_the_list(tmp_path):
    short = make_audio(tmp_path / "short.wav", seconds=1, rate=8000, channels=1)
    long = make_audio(tmp_path / "long.wav", seconds=16, rate=8000, channels=1)
    values = {"prompt": "p", "audio_urls": [str(short), str(long)]}
    with pytest.raises(ValidationError) as caught:
        encode_inputs(reference_model(), values, workdir=tmp_path)
    assert [(p.item, p.rule) for p in caught.value.problems] == [(1, "duration_seconds<=")]


def test_a_clip_that_only_fits_cut_short_is_refused_not_trimmed(tmp_path):
    # Six minutes of sound: as WAV even at 24 kHz mono it is over 16 MiB.
    long = make_audio(tmp_path / "podcast.m4a", seconds=360, rate=24000, channels=1, pitch=1000)
    with pytest.raises(MediaError, match="without cutting it.*Shorten it, or give a URL"):
        encode_inputs(single_model(), {"prompt": "p", "video_url": "https://example.com/v.mp4",
                                       "audio_url": str(long)}, workdir=tmp_path)  # fmt: skip
