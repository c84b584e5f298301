"""The simulator takes video and audio references and renders them: a video reference is cut
into the sketch (its frames, compared by pixels), an audio reference becomes the sound (its
tone, found again after decoding), and a text-only model gets a title card of its prompt."""

from __future__ import annotations

import base64
from pathlib import Path

import av
import pytest
from media_files import colour_at, dominant_tone, make_audio, make_video
from media_models import (
    REFERENCE_MODEL_ID,
    TEXT_MODEL_ID,
    reference_model,
    single_model,
    text_model,
)
from PIL import Image, ImageStat

from app.core.catalogue import Catalogue
from app.sim.render import RenderSpec, render_preview
from app.sim.server import Timings

pytestmark = pytest.mark.slow

RENDER = Timings(queue_seconds=0, run_seconds=0, render=True)
FPS = 12


def data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def frames_of(path: Path) -> list[Image.Image]:
    with av.open(str(path)) as container:
        return [frame.to_image() for frame in container.decode(video=0)]


def centre_colour(image: Image.Image) -> tuple[float, ...]:
    w, h = image.size
    return tuple(ImageStat.Stat(image.crop((w // 4, h // 4, 3 * w // 4, 3 * h // 4))).mean)


def sound_of(path: Path) -> tuple[list[float], int]:
    """The left channel of the first audio track, as floats, and its rate."""
    samples: list[float] = []
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
        for frame in container.decode(stream):
            for mono in resampler.resample(frame):
                samples.extend(memoryview(bytes(mono.planes[0])).cast("f")[: mono.samples])
    return samples, rate


def close(a, b, tolerance=14.0) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_a_video_reference_is_cut_into_the_sketch_after_the_stills(tmp_path):
    still = tmp_path / "still.png"
    Image.new("RGB", (320, 180), (200, 30, 30)).save(still)
    clip = make_video(tmp_path / "clip.mp4", seconds=1, size=(320, 180), fps=FPS)
    out = tmp_path / "out.mp4"
    spec = RenderSpec(
        width=320, height=180, fps=FPS, frame_count=2 * FPS, references=(still,), clips=(clip,),
        seed=3,
    )  # fmt: skip
    render_preview(spec, out)
    frames = frames_of(out)
    assert len(frames) == 2 * FPS
    assert close(centre_colour(frames[2]), (200, 30, 30), 20)  # the still first
    for index in (FPS, FPS + 5, 2 * FPS - 1):  # then the clip, frame by frame
        assert close(centre_colour(frames[index]), colour_at(index - FPS, FPS)), index


def test_a_short_clip_loops_to_fill_its_segment(tmp_path):
    clip = make_video(tmp_path / "short.mp4", seconds=0.5, fps=FPS)
    out = tmp_path / "out.mp4"
    render_preview(RenderSpec(width=160, height=90, fps=FPS, frame_count=FPS, clips=(clip,)), out)
    frames = frames_of(out)
    half = FPS // 2
    assert close(centre_colour(frames[half + 1]), colour_at(1, half))


def test_an_audio_reference_becomes_the_sound(tmp_path):
    sound = make_audio(tmp_path / "tone.wav", seconds=3, pitch=1000)
    out = tmp_path / "out.mp4"
    render_preview(
        RenderSpec(width=160, height=90, fps=FPS, frame_count=2 * FPS, soundtrack=sound), out
    )
    samples, rate = sound_of(out)
    assert len(samples) == pytest.approx(2 * rate, rel=0.05)
    middle = samples[rate // 2 : rate // 2 + 4800]
    assert dominant_tone(middle, rate, [1000.0, 700.0, 1300.0]) == 1000.0
    assert max(abs(s) for s in middle) > 0.3  # the tone at its level, not the quiet pad


def test_a_text_only_preview_shows_its_prompt_on_a_title_card(tmp_path):
    plain, titled = tmp_path / "plain.mp4", tmp_path / "titled.mp4"
    base = dict(width=320, height=180, fps=FPS, frame_count=FPS, seed=5)
    render_preview(RenderSpec(**base), plain)
    render_preview(RenderSpec(**base, title="A lighthouse at dusk, waves below"), titled)
    centre = (80, 60, 240, 120)
    plain_top = max(ImageStat.Stat(frames_of(plain)[0].crop(centre).convert("L")).extrema[0])
    text_top = max(ImageStat.Stat(frames_of(titled)[0].crop(centre).convert("L")).extrema[0])
    assert plain_top < 150 and text_top > 200


# --- through the simulator's API ------------------------------------------------------------


def media_catalogue() -> Catalogue:
    return Catalogue([reference_model(), single_model(), text_model()])


def test_inline_video_and_audio_are_accepted_and_rendered(make_sim, connect, web, tmp_path):
    sim = make_sim(timings=RENDER, catalogue=media_catalogue(), output_dir=tmp_path / "sim")
    api = connect(sim)
    clip = make_video(tmp_path / "clip.mp4", seconds=1, size=(320, 180), fps=FPS)
    tone = make_audio(tmp_path / "tone.wav", seconds=4, pitch=1000)
    body = {
        "prompt": "A dancer",
        "video_urls": [data_uri(clip, "video/mp4")],
        "audio_urls": [data_uri(tone, "audio/wav")],
        "duration": 4,
    }
    answer = api.post(f"/v1/models/{REFERENCE_MODEL_ID}", json=body)
    assert answer.status_code == 200, answer.text
    request_id = answer.json()["request_id"]
    assert sim.wait_state(request_id, "succeeded", "failed", timeout=90) == "succeeded"
    out = tmp_path / "out.mp4"
    out.write_bytes(web.get(sim.output_url(request_id)).content)
    frames = frames_of(out)
    assert close(centre_colour(frames[len(frames) // 2]), colour_at(len(frames) // 2 % FPS, FPS))
    samples, rate = sound_of(out)
    assert dominant_tone(samples[rate : rate + 4800], rate, [1000.0, 700.0]) == 1000.0


def test_a_text_only_model_renders(make_sim, connect, web, tmp_path):
    sim = make_sim(timings=RENDER, catalogue=media_catalogue(), output_dir=tmp_path / "sim")
    api = connect(sim)
    answer = api.post(f"/v1/models/{TEXT_MODEL_ID}", json={"prompt": "Snow on a red barn"})
    assert answer.status_code == 200, answer.text
    request_id = answer.json()["request_id"]
    assert sim.wait_state(request_id, "succeeded", "failed", timeout=90) == "succeeded"
    out = tmp_path / "out.mp4"
    out.write_bytes(web.get(sim.output_url(request_id)).content)
    assert len(frames_of(out)) == 2 * 24


@pytest.mark.parametrize(
    ("mime", "expected"),
    [("video/webm", "must be video/mp4"), ("video/mp4", "cannot be read as a video")],
)
def test_inline_video_of_the_wrong_kind_is_refused(api_for_media, tmp_path, mime, expected):
    payload = data_uri(make_video(tmp_path / "c.webm", codec="libvpx-vp9"), mime)
    if mime == "video/mp4":
        payload = "data:video/mp4;base64," + base64.b64encode(b"not a video at all").decode()
    answer = api_for_media.post(
        f"/v1/models/{REFERENCE_MODEL_ID}", json={"prompt": "p", "video_urls": [payload]}
    )
    assert answer.status_code == 400
    assert expected in answer.json()["error"]["message"]
    assert "video_urls[1]" in answer.json()["error"]["message"]


def test_inline_clips_breaking_a_rule_or_over_the_limit_are_refused(api_for_media, tmp_path):
    long = make_video(tmp_path / "long.mp4", seconds=2.5, size=(160, 120), fps=FPS)
    answer = api_for_media.post(
        "/v1/models/bytedance/seedance-2.0-mini/video-to-video/test",
        json={"prompt": "p", "video_url": data_uri(long, "video/mp4")},
    )
    assert answer.status_code == 400 and "less than 2 s" in answer.json()["error"]["message"]
    huge = "data:audio/wav;base64," + base64.b64encode(b"\0" * (16 * 1024 * 1024 + 1)).decode()
    answer = api_for_media.post(
        f"/v1/models/{REFERENCE_MODEL_ID}", json={"prompt": "p", "audio_urls": [huge]}
    )
    assert answer.status_code == 400 and "16 MiB" in answer.json()["error"]["message"]


def test_urls_are_taken_as_given(api_for_media):
    answer = api_for_media.post(
        f"/v1/models/{REFERENCE_MODEL_ID}",
        json={"prompt": "p", "video_urls": ["https://example.com/a.mp4"]},
    )
    assert answer.status_code == 200, answer.text


@pytest.fixture
def api_for_media(make_sim, connect):
    return connect(make_sim(catalogue=media_catalogue()))


def test_clip_frames_are_decoded_forward_only_once(tmp_path):
    from app.sim.preview.clips import clip_frames

    clip = make_video(tmp_path / "c.mp4", seconds=1, fps=FPS)
    frames = clip_frames(clip, FPS, FPS, (160, 90))
    pictures = [f.reader.at(f.time) for f in frames]
    assert close(ImageStat.Stat(pictures[-1]).mean, colour_at(FPS - 1, FPS))
    frames[0].reader.close()
