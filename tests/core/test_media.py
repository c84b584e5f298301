"""Video and audio inputs on real files made with PyAV: probing, rules, limits and fixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_files import make_audio, make_noise_video, make_video, truncated_copy
from media_models import reference_model, single_model

from app.core.catalogue import FieldKind, describe_field
from app.core.errors import MediaError
from app.core.media.checks import check_media
from app.core.media.fixes import apply_fix, plan_fix
from app.core.media.probe import MediaKind, probe_media
from app.core.validation import validate_values

pytestmark = pytest.mark.slow


def video_field(*rules: tuple[str, float]):
    validations = [
        {"validation_rule": op, "validation_value": v, "validation_error": "x"} for op, v in rules
    ]
    prop = {"type": "string", "format": "video_uri", "validations": validations}
    return describe_field("video", prop)


def audio_field(*rules: tuple[str, float]):
    validations = [
        {"validation_rule": op, "validation_value": v, "validation_error": "x"} for op, v in rules
    ]
    return describe_field(
        "audio", {"type": "string", "format": "audio_uri", "validations": validations}
    )


def failing(field, info, inline=True) -> list[str]:
    return [c.rule for c in check_media(field, info, inline=inline) if not c.passed]


# --- the schema -----------------------------------------------------------------------------


def test_formats_make_media_fields_and_array_rules_apply_to_items():
    model = reference_model()
    assert model.field("video_urls").kind is FieldKind.VIDEO_LIST
    assert model.field("audio_urls").kind is FieldKind.AUDIO_LIST
    assert model.field("image_urls").kind is FieldKind.IMAGE_LIST
    assert [r.operator for r in model.field("audio_urls").image_rules] == ["duration_seconds<="]
    single = single_model()
    assert single.field("video_url").kind is FieldKind.VIDEO
    assert single.field("audio_url").kind is FieldKind.AUDIO


def test_counts_and_values_of_media_lists_are_checked():
    model = reference_model()
    problems = validate_values(
        model, {"prompt": "p", "video_urls": ["a.mp4", "b.mp4", "c.mp4", "d.mp4"]}
    )
    assert [p.message for p in problems] == ["4 videos given; at most 3 allowed."]
    problems = validate_values(model, {"prompt": "p", "audio_urls": ["ftp://x/a.wav"]})
    assert problems and problems[0].item == 0
    missing = validate_values(single_model(), {"prompt": "p"})
    assert [p.message for p in missing] == ["Source video is required: give a video."]


# --- probing --------------------------------------------------------------------------------


def test_probe_reads_an_h264_mp4(tmp_path):
    path = make_video(tmp_path / "clip.mp4", seconds=2, size=(320, 180), fps=24, sound=True)
    info = probe_media(path, MediaKind.VIDEO)
    assert (info.width, info.height, info.fps) == (320, 180, 24.0)
    assert info.duration_s == pytest.approx(2.0, abs=0.05)
    assert (info.container, info.video_codec, info.audio_codec) == ("MP4", "h264", "aac")
    assert info.file_size == path.stat().st_size
    assert info.inline_ready and info.incomplete is None


def test_probe_reads_webm_vp9_and_avi_mpeg4_as_needing_conversion(tmp_path):
    webm = probe_media(make_video(tmp_path / "c.webm", codec="libvpx-vp9"), MediaKind.VIDEO)
    assert (webm.container, webm.video_codec, webm.inline_ready) == ("WebM", "vp9", False)
    avi = probe_media(make_video(tmp_path / "c.avi", codec="mpeg4"), MediaKind.VIDEO)
    assert (avi.container, avi.video_codec, avi.inline_ready) == ("AVI", "mpeg4", False)


def test_probe_reads_wav_and_m4a(tmp_path):
    wav = probe_media(make_audio(tmp_path / "a.wav", seconds=1.5, rate=44100, channels=1),
                      MediaKind.AUDIO)  # fmt: skip
    assert (wav.container, wav.sample_rate, wav.channels) == ("WAV", 44100, 1)
    assert wav.duration_s == pytest.approx(1.5, abs=0.02) and wav.inline_ready
    m4a = probe_media(make_audio(tmp_path / "a.m4a", seconds=1.5), MediaKind.AUDIO)
    assert (m4a.container, m4a.audio_codec, m4a.channels) == ("M4A", "aac", 2)
    assert not m4a.inline_ready


def test_sound_of_a_video_can_be_an_audio_input(tmp_path):
    info = probe_media(make_video(tmp_path / "v.mp4", sound=True), MediaKind.AUDIO)
    assert info.audio_codec == "aac" and not info.inline_ready


@pytest.mark.parametrize("name", ["cut.mp4", "cut.wav"])
def test_truncated_files_are_refused_or_marked_incomplete(tmp_path, name):
    source = (
        make_video(tmp_path / "whole.mp4", seconds=3, size=(320, 240))
        if name.endswith("mp4")
        else make_audio(tmp_path / "whole.wav", seconds=2)
    )
    kind = MediaKind.VIDEO if name.endswith("mp4") else MediaKind.AUDIO
    cut = truncated_copy(source, tmp_path / name)
    try:
        info = probe_media(cut, kind)
    except MediaError as exc:
        assert "cut short" in str(exc)
    else:
        assert info.incomplete and "cut short" in info.incomplete
        assert failing(audio_field() if kind is MediaKind.AUDIO else video_field(), info)[0] == (
            "complete"
        )
        assert plan_fix(video_field(), info, inline=True) is None


def test_not_a_video_and_no_track_give_clear_messages(tmp_path):
    text = tmp_path / "notes (final).mp4"
    text.write_text("hello")
    with pytest.raises(MediaError, match="cannot be read as a video"):
        probe_media(text, MediaKind.VIDEO)
    with pytest.raises(MediaError, match="no picture"):
        probe_media(make_audio(tmp_path / "a.wav"), MediaKind.VIDEO)
    with pytest.raises(MediaError, match="does not exist"):
        probe_media(tmp_path / "gone.mp4", MediaKind.VIDEO)
    with pytest.raises(MediaError, match="is a folder, not an audio file"):
        probe_media(tmp_path, MediaKind.AUDIO)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(MediaError, match=r"empty \(0 bytes\)"):
        probe_media(empty, MediaKind.AUDIO)


# --- rules and limits -----------------------------------------------------------------------


def test_duration_rule_just_inside_and_just_outside(tmp_path):
    clip = probe_media(make_video(tmp_path / "c.mp4", seconds=2, fps=10), MediaKind.VIDEO)
    assert failing(video_field(("duration_seconds<=", 2.0)), clip) == []
    assert failing(video_field(("duration_seconds<", 2.0)), clip) == ["duration_seconds<"]
    assert failing(video_field(("duration_seconds<=", 1.9)), clip) == ["duration_seconds<="]


def test_size_rules_just_inside_and_just_outside(tmp_path):
    clip = probe_media(make_video(tmp_path / "c.mp4", size=(320, 180)), MediaKind.VIDEO)
    assert failing(video_field(("width_pixels<=", 320), ("height_pixels<=", 180)), clip) == []
    assert failing(video_field(("width_pixels<", 320)), clip) == ["width_pixels<"]


def test_inline_video_limit_is_32_mib_and_a_url_is_not_held_to_it(tmp_path):
    info = probe_media(make_video(tmp_path / "c.mp4"), MediaKind.VIDEO)
    limit = MediaKind.VIDEO.inline_limit
    assert limit == 32 * 1024 * 1024
    at_limit = type(info)(**{**info.__dict__, "file_size": limit})
    over = type(info)(**{**info.__dict__, "file_size": limit + 1})
    assert failing(video_field(), at_limit) == []
    assert failing(video_field(), over) == ["inline_size"]
    assert failing(video_field(), over, inline=False) == []
    message = next(c.message for c in check_media(video_field(), over, inline=True) if not c.passed)
    assert "32 MiB" in message and "URL" in message


def test_inline_audio_limit_is_16_mib(tmp_path):
    info = probe_media(make_audio(tmp_path / "a.wav"), MediaKind.AUDIO)
    assert MediaKind.AUDIO.inline_limit == 16 * 1024 * 1024
    at_limit = type(info)(**{**info.__dict__, "file_size": 16 * 1024 * 1024})
    over = type(info)(**{**info.__dict__, "file_size": 16 * 1024 * 1024 + 1})
    assert failing(audio_field(), at_limit) == []
    assert failing(audio_field(), over) == ["inline_size"]


def test_an_unknown_rule_is_shown_for_the_server_to_check(tmp_path):
    info = probe_media(make_video(tmp_path / "c.mp4"), MediaKind.VIDEO)
    rows = check_media(video_field(("bitrate_kbps<", 5000)), info, inline=False)
    assert rows[0].passed and "the server will" in rows[0].message


# --- fixes ----------------------------------------------------------------------------------


def test_trim_and_downscale_give_a_clip_that_passes(tmp_path):
    field = video_field(("duration_seconds<", 2), ("height_pixels<=", 120))
    source = make_video(tmp_path / "long.mp4", seconds=3, size=(320, 180), fps=12, sound=True)
    info = probe_media(source, MediaKind.VIDEO)
    fix = plan_fix(field, info, inline=True)
    assert fix is not None and "Trim" in fix.title and "downscale" in fix.title
    fixed = probe_media(apply_fix(fix, field, source, tmp_path / "fixed", inline=True),
                        MediaKind.VIDEO)  # fmt: skip
    assert fixed.duration_s < 2 and fixed.height <= 120 and fixed.width == 212
    assert fixed.inline_ready and fixed.audio_codec == "aac"
    assert failing(field, fixed) == [] and source.exists()


def test_webm_is_reencoded_to_h264_mp4(tmp_path):
    source = make_video(tmp_path / "clip.webm", codec="libvpx-vp9", seconds=1)
    field = video_field()
    fix = plan_fix(field, probe_media(source, MediaKind.VIDEO), inline=True)
    assert fix is not None and fix.title == "Convert to MP4 (H.264)"
    fixed = probe_media(apply_fix(fix, field, source, tmp_path, inline=True), MediaKind.VIDEO)
    assert (fixed.container, fixed.video_codec, fixed.inline_ready) == ("MP4", "h264", True)
    assert fixed.duration_s == pytest.approx(1.0, abs=0.1)


def test_an_oversized_video_is_made_to_fit_a_size_rule(tmp_path):
    source = make_noise_video(tmp_path / "noise.mp4", seconds=1, size=(320, 240))
    field = video_field(("file_size_mb<", 0.2))
    info = probe_media(source, MediaKind.VIDEO)
    assert failing(field, info) == ["file_size_mb<"]
    fix = plan_fix(field, info, inline=True)
    assert fix is not None
    fixed = probe_media(apply_fix(fix, field, source, tmp_path, inline=True), MediaKind.VIDEO)
    assert fixed.file_size < 200_000 and failing(field, fixed) == []


def test_m4a_becomes_wav_and_an_overlong_clip_is_trimmed(tmp_path):
    source = make_audio(tmp_path / "voice.m4a", seconds=2)
    field = audio_field(("duration_seconds<=", 1.5))
    fix = plan_fix(field, probe_media(source, MediaKind.AUDIO), inline=True)
    assert fix is not None and fix.title.startswith("Trim to 1.5 s and convert to WAV")
    fixed = probe_media(apply_fix(fix, field, source, tmp_path, inline=True), MediaKind.AUDIO)
    assert (fixed.container, fixed.inline_ready) == ("WAV", True)
    assert fixed.duration_s == pytest.approx(1.5, abs=0.01)


def test_a_too_short_clip_gets_no_fix(tmp_path):
    info = probe_media(make_video(tmp_path / "c.webm", codec="libvpx-vp9"), MediaKind.VIDEO)
    assert plan_fix(video_field(("duration_seconds>=", 3)), info, inline=True) is None


def test_fix_names_never_overwrite(tmp_path):
    source = make_audio(tmp_path / "a.m4a", seconds=0.5)
    field = audio_field()
    fix = plan_fix(field, probe_media(source, MediaKind.AUDIO), inline=True)
    assert fix is not None
    first = apply_fix(fix, field, source, tmp_path / "out", inline=True)
    second = apply_fix(fix, field, source, tmp_path / "out", inline=True)
    assert first != second and first.exists() and second.exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-fixed-2.wav", "a-fixed.wav"]


def test_relative_names_in_paths_are_kept(tmp_path):
    odd = tmp_path / "ünïcode clip #1.webm"
    make_video(odd, codec="libvpx-vp9")
    info = probe_media(odd, MediaKind.VIDEO)
    assert Path(info.source).name == "ünïcode clip #1.webm"


def test_a_wav_over_the_inline_limit_is_resampled_to_fit_without_trimming(tmp_path):
    source = make_audio(tmp_path / "long.wav", seconds=90, rate=48000, channels=2)
    info = probe_media(source, MediaKind.AUDIO)
    assert info.file_size > MediaKind.AUDIO.inline_limit
    field = audio_field()
    assert failing(field, info) == ["inline_size"]
    fix = plan_fix(field, info, inline=True)
    assert fix is not None and fix.title == "Convert to WAV (32 kHz, stereo)"
    fixed = probe_media(apply_fix(fix, field, source, tmp_path / "out", inline=True),
                        MediaKind.AUDIO)  # fmt: skip
    assert fixed.file_size <= MediaKind.AUDIO.inline_limit
    assert fixed.duration_s == pytest.approx(90, abs=0.05) and fixed.sample_rate == 32000


def test_a_phone_video_stored_on_its_side_is_judged_and_fixed_upright(tmp_path):
    import av
    from PIL import Image

    path = tmp_path / "phone.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=12)
        stream.width, stream.height, stream.pix_fmt = 160, 96, "yuv420p"
        stream.set_display_rotation(90)
        for _ in range(12):
            out.mux(stream.encode(av.VideoFrame.from_image(Image.new("RGB", (160, 96), "red"))))
        out.mux(stream.encode(None))
    info = probe_media(path, MediaKind.VIDEO)
    assert (info.width, info.height, info.rotation) == (96, 160, 90)
    field = video_field(("height_pixels<=", 120))
    assert failing(field, info) == ["height_pixels<=", "inline_format"]
    assert "stored on its side" in check_media(field, info, inline=True)[1].message
    fix = plan_fix(field, info, inline=True)
    assert fix is not None and fix.size == (72, 120)
    fixed = probe_media(apply_fix(fix, field, path, tmp_path / "out", inline=True), MediaKind.VIDEO)
    assert (fixed.width, fixed.height, fixed.rotation) == (72, 120, 0)
