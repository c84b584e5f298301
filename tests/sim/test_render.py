"""The offline preview renderer: real MP4s that show the user's own frames in motion."""

from __future__ import annotations

import time
from fractions import Fraction
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from app.sim.render import DEFAULT_LABEL, RenderSpec, output_size, render_preview

RED = (220, 40, 40)
GREEN = (40, 200, 70)
BLUE = (40, 60, 220)
YELLOW = (235, 205, 40)


# --------------------------------------------------------------------------- helpers


def _solid(tmp_path: Path, name: str, colour, size=(320, 240)) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, colour).save(path)
    return path


def _pattern(tmp_path: Path, name: str = "pattern.png", size=(640, 400)) -> Path:
    """An asymmetric picture, so that any camera move shows in the pixels."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w * 0.1, h * 0.15, w * 0.35, h * 0.5), fill=(230, 80, 30))
    draw.ellipse((w * 0.55, h * 0.2, w * 0.9, h * 0.75), fill=(30, 120, 220))
    for x in range(0, w, max(8, w // 24)):
        draw.line((x, 0, x + w // 5, h), fill=(250, 240, 200), width=2)
    path = tmp_path / name
    image.save(path)
    return path


class Decoded:
    def __init__(self, path: Path) -> None:
        with av.open(str(path)) as container:
            video = container.streams.video[0]
            self.codec = video.codec_context.name
            self.pix_fmt = video.codec_context.pix_fmt
            self.width = video.codec_context.width
            self.height = video.codec_context.height
            self.rate = video.average_rate
            self.video_duration = float(video.duration * video.time_base)
            self.audio = [
                (
                    s.codec_context.name,
                    s.rate,
                    s.channels,
                    float(s.duration * s.time_base),
                )
                for s in container.streams.audio
            ]
            self.frames = [frame.to_image() for frame in container.decode(video=0)]


def _centre(image: Image.Image) -> tuple[float, ...]:
    """Mean colour of the middle of the picture, well away from the corner label."""
    w, h = image.size
    return tuple(ImageStat.Stat(image.crop((w // 3, h // 4, w * 2 // 3, h * 3 // 4))).mean)


def _close(actual, expected, tolerance: float = 12.0) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def _difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.suffix in (".part", ".mp4"))


# --------------------------------------------------------------------------- output_size


@pytest.mark.parametrize(
    ("resolution", "ratio", "expected"),
    [
        ("480p", "16:9", (854, 480)),
        ("720p", "9:16", (720, 1280)),
        ("1080p", "1:1", (1080, 1080)),
        ("480p", "4:3", (640, 480)),
        ("720p", "3:4", (720, 960)),
        ("480p", "21:9", (1120, 480)),
        ("1080p", "16:9", (1920, 1080)),
        (None, "16:9", (854, 480)),
    ],
)
def test_output_size_for_named_ratios(resolution, ratio, expected):
    assert output_size(resolution, ratio, None) == expected
    assert output_size(resolution, ratio, (4000, 1000)) == expected  # the image does not matter


def test_adaptive_follows_a_portrait_image():
    assert output_size("720p", "adaptive", (3000, 4000)) == (720, 960)
    assert output_size("480p", None, (1080, 1920)) == (480, 854)
    assert output_size("1080p", "adaptive", (1001, 1000)) == (1082, 1080)


def test_adaptive_clamps_extreme_shapes_and_defaults_to_16_9():
    assert output_size("480p", "adaptive", (10_000, 500)) == (1120, 480)  # 21:9 at most
    assert output_size("480p", "adaptive", (500, 10_000)) == (480, 1120)  # 9:21 at least
    assert output_size("480p", "adaptive", None) == (854, 480)
    assert output_size(None, None, None) == (854, 480)


def test_output_sizes_are_always_even():
    for resolution in ("480p", "720p", "1080p"):
        for image in ((333, 777), (1234, 567), (1, 1)):
            width, height = output_size(resolution, "adaptive", image)
            assert width % 2 == 0 and height % 2 == 0


@pytest.mark.parametrize(("resolution", "ratio"), [("360p", "16:9"), ("720p", "5:4")])
def test_output_size_rejects_unknown_names(resolution, ratio):
    with pytest.raises(ValueError, match="unknown"):
        output_size(resolution, ratio, None)


# --------------------------------------------------------------------------- rendering


@pytest.mark.slow
def test_first_frame_480p_5s_with_audio(tmp_path):
    image = _pattern(tmp_path, size=(1280, 720))
    out = tmp_path / "clip.mp4"
    width, height = output_size("480p", "16:9", None)

    render_preview(RenderSpec(width, height, 24, 120, first_frame=image, audio=True), out)

    clip = Decoded(out)
    assert (clip.width, clip.height) == (854, 480)
    assert clip.codec == "h264" and clip.pix_fmt == "yuv420p"
    assert clip.rate == 24
    assert len(clip.frames) == 120
    assert clip.video_duration == pytest.approx(5.0, abs=1 / 24)
    assert len(clip.audio) == 1
    codec, rate, channels, duration = clip.audio[0]
    assert (codec, rate, channels) == ("aac", 48_000, 2)
    assert duration == pytest.approx(clip.video_duration, abs=0.05)

    # The clip opens on the picture itself, then the camera moves (but gently).
    source = Image.open(image).convert("RGB").resize((854, 480))
    assert _close(_centre(clip.frames[0]), _centre(source), 6)
    assert _difference(clip.frames[0], clip.frames[-1]) > 8
    small = [frame.resize((214, 120), Image.Resampling.BOX) for frame in clip.frames]
    steps = [_difference(a, b) for a, b in zip(small, small[1:], strict=False)]
    assert max(steps) < 10  # smooth: no jumps from one frame to the next


@pytest.mark.slow
def test_no_audio_stream_unless_asked(tmp_path):
    out = tmp_path / "clip.mp4"
    render_preview(RenderSpec(320, 180, 30, 7, first_frame=_pattern(tmp_path)), out)

    clip = Decoded(out)
    assert clip.audio == []
    assert (clip.width, clip.height, len(clip.frames)) == (320, 180, 7)
    assert clip.rate == 30
    assert clip.video_duration == pytest.approx(7 / 30, abs=1 / 30)


@pytest.mark.slow
def test_audio_lasts_as_long_as_an_odd_length_video(tmp_path):
    out = tmp_path / "clip.mp4"
    render_preview(RenderSpec(256, 144, 25, 33, audio=True, seed=3), out)

    clip = Decoded(out)
    assert len(clip.frames) == 33
    assert clip.audio[0][:3] == ("aac", 48_000, 2)
    assert clip.audio[0][3] == pytest.approx(33 / 25, abs=0.05)


@pytest.mark.slow
def test_first_and_last_frame_dissolve(tmp_path):
    first = _solid(tmp_path, "red.png", RED, size=(400, 300))
    last = _solid(tmp_path, "blue.jpg", BLUE, size=(300, 500))
    out = tmp_path / "clip.mp4"

    render_preview(RenderSpec(320, 180, 24, 48, first_frame=first, last_frame=last, seed=1), out)

    frames = Decoded(out).frames
    assert len(frames) == 48
    assert _close(_centre(frames[0]), RED)
    assert _close(_centre(frames[-1]), BLUE)
    middle = _centre(frames[24])  # half way: a mix, neither picture alone
    assert not _close(middle, RED, 30) and not _close(middle, BLUE, 30)
    reds = [_centre(f)[0] for f in frames]
    assert all(b <= a + 2 for a, b in zip(reds, reds[1:], strict=False))  # a steady fade


@pytest.mark.slow
def test_last_frame_only_lands_on_it(tmp_path):
    last = _solid(tmp_path, "green.png", GREEN)
    out = tmp_path / "clip.mp4"
    render_preview(RenderSpec(256, 144, 24, 24, last_frame=last), out)

    frames = Decoded(out).frames
    assert len(frames) == 24
    assert _close(_centre(frames[-1]), GREEN)


@pytest.mark.slow
def test_references_each_appear_in_turn(tmp_path):
    colours = [RED, GREEN, BLUE, YELLOW]
    refs = tuple(
        _solid(tmp_path, f"ref{i}.png", c, size=(300 + 50 * i, 260)) for i, c in enumerate(colours)
    )
    out = tmp_path / "clip.mp4"

    render_preview(RenderSpec(256, 144, 24, 72, references=refs, seed=9), out)

    frames = Decoded(out).frames
    assert len(frames) == 72
    centres = [_centre(f) for f in frames]
    first_seen = []
    for colour in colours:
        hits = [i for i, c in enumerate(centres) if _close(c, colour)]
        assert hits, f"{colour} never shows"
        first_seen.append(hits[0])
    assert first_seen == sorted(first_seen)  # in the order given


@pytest.mark.slow
def test_no_image_gives_a_calm_gradient_card(tmp_path):
    out = tmp_path / "clip.mp4"
    render_preview(RenderSpec(320, 180, 24, 24, seed=2), out)

    frames = Decoded(out).frames
    assert len(frames) == 24
    middle = frames[12]
    lo, hi = zip(*ImageStat.Stat(middle).extrema, strict=True)
    assert max(hi) > 30  # not a black screen
    assert _difference(frames[0], frames[1]) < 3  # calm


@pytest.mark.slow
def test_previews_are_rendered_clean_and_say_what_they_are_in_their_tags(tmp_path):
    from app.core.preview_label import PREVIEW_TITLE, preview_label

    out = tmp_path / "clip.mp4"
    bright = _solid(tmp_path, "bright.png", (240, 240, 225))
    render_preview(RenderSpec(640, 360, 24, 2, first_frame=bright), out)

    frame = Decoded(out).frames[0]
    corner = frame.crop((0, 360 * 3 // 4, 640 // 2, 360)).convert("L")
    assert corner.getextrema()[0] > 200  # no dark pill: the pixels stay clean
    with av.open(str(out)) as container:
        assert container.metadata.get("title") == PREVIEW_TITLE
    assert preview_label(out) == DEFAULT_LABEL
    assert preview_label(_solid(tmp_path, "not-a-clip.png", (0, 0, 0))) is None


@pytest.mark.slow
def test_same_seed_same_motion(tmp_path):
    image = _pattern(tmp_path)
    a, b, c = tmp_path / "a.mp4", tmp_path / "b.mp4", tmp_path / "c.mp4"
    render_preview(RenderSpec(320, 180, 24, 24, first_frame=image, seed=42), a)
    render_preview(RenderSpec(320, 180, 24, 24, first_frame=image, seed=42), b)
    render_preview(RenderSpec(320, 180, 24, 24, first_frame=image, seed=7), c)

    fa, fb, fc = Decoded(a).frames, Decoded(b).frames, Decoded(c).frames
    assert _close(_centre(fa[12]), _centre(fb[12]), 0.5)
    assert _difference(fa[-1], fb[-1]) < 0.5
    assert _difference(fa[-1], fc[-1]) > 2  # another seed, another move


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "value", "expected"),
    [
        ("RGBA", (255, 0, 0, 0), (128, 128, 128)),  # transparent -> neutral grey
        ("LA", (200, 255), (200, 200, 200)),
        ("P", None, RED),
        ("I;16", 40_000, (156, 156, 156)),
        ("CMYK", (0, 255, 255, 0), (255, 0, 0)),
        ("L", 90, (90, 90, 90)),
    ],
)
def test_image_modes_are_converted(tmp_path, mode, value, expected):
    if mode == "P":
        image = Image.new("RGB", (200, 150), RED).convert("P")
    else:
        image = Image.new(mode, (200, 150), value)
    path = tmp_path / ("in.tif" if mode == "CMYK" else "in.png")
    image.save(path)
    out = tmp_path / "clip.mp4"

    render_preview(RenderSpec(128, 96, 24, 1, first_frame=path), out)

    assert _close(_centre(Decoded(out).frames[0]), expected)


@pytest.mark.slow
def test_exif_orientation_is_applied(tmp_path):
    stored = Image.new("RGB", (400, 200), RED)
    stored.paste(BLUE, (0, 0, 200, 200))  # left half blue as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # displayed rotated 90° clockwise: the blue half ends up on top
    path = tmp_path / "rotated.jpg"
    stored.save(path, exif=exif, quality=95)
    out = tmp_path / "clip.mp4"

    render_preview(RenderSpec(100, 200, 24, 1, first_frame=path), out)

    frame = Decoded(out).frames[0]
    top = ImageStat.Stat(frame.crop((30, 10, 70, 60))).mean
    bottom = ImageStat.Stat(frame.crop((30, 110, 70, 140))).mean
    assert _close(top, BLUE, 20) and _close(bottom, RED, 20)


@pytest.mark.slow
def test_a_huge_image_is_reduced_before_the_per_frame_work(tmp_path):
    path = tmp_path / "huge.jpg"
    Image.new("RGB", (6000, 6000), GREEN).save(path, quality=80)
    out = tmp_path / "clip.mp4"

    started = time.perf_counter()
    render_preview(RenderSpec(854, 480, 24, 12, first_frame=path), out)
    elapsed = time.perf_counter() - started

    frames = Decoded(out).frames
    assert len(frames) == 12 and _close(_centre(frames[-1]), GREEN)
    assert elapsed < 10  # a few hundred milliseconds in practice


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"width": 0}, "positive"),
        ({"height": -480}, "positive"),
        ({"width": 855}, "even"),
        ({"height": 481}, "even"),
        ({"frame_count": 0}, "frame_count"),
        ({"fps": 0}, "fps"),
        ({"width": 854.0}, "integer"),
        ({"first_frame": Path("/nonexistent/picture.png")}, "first_frame"),
        ({"references": (Path("/nonexistent/ref.png"),)}, "references"),
    ],
)
def test_a_bad_spec_raises_value_error_and_writes_nothing(tmp_path, changes, message):
    fields = {"width": 854, "height": 480, "fps": 24, "frame_count": 24} | changes
    out = tmp_path / "clip.mp4"
    with pytest.raises(ValueError, match=message):
        render_preview(RenderSpec(**fields), out)
    assert _leftovers(tmp_path) == []


def test_an_unreadable_image_raises_value_error(tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")
    out = tmp_path / "clip.mp4"
    with pytest.raises(ValueError, match="cannot read image"):
        render_preview(RenderSpec(256, 144, 24, 4, first_frame=broken), out)
    assert _leftovers(tmp_path) == []


@pytest.mark.slow
def test_a_failure_while_rendering_leaves_no_file(tmp_path):
    out = tmp_path / "clip.mp4"
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 5:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        render_preview(RenderSpec(256, 144, 24, 24, audio=True), out, progress=progress)
    assert seen == [(i, 24) for i in range(1, 6)]
    assert _leftovers(tmp_path) == []


@pytest.mark.slow
def test_a_failed_render_does_not_touch_an_existing_file(tmp_path, monkeypatch):
    out = tmp_path / "clip.mp4"
    out.write_bytes(b"the previous preview")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("app.sim.render._compose", explode)
    with pytest.raises(OSError, match="disk full"):
        render_preview(RenderSpec(256, 144, 24, 24), out)
    assert out.read_bytes() == b"the previous preview"
    assert _leftovers(tmp_path) == ["clip.mp4"]


@pytest.mark.slow
def test_a_successful_render_replaces_the_file_and_reports_progress(tmp_path):
    out = tmp_path / "clip.mp4"
    out.write_bytes(b"old")
    seen = []
    render_preview(RenderSpec(128, 72, 24, 6), out, progress=lambda d, t: seen.append(d))
    assert seen == [1, 2, 3, 4, 5, 6]
    assert len(Decoded(out).frames) == 6
    assert _leftovers(tmp_path) == ["clip.mp4"]


def test_spec_defaults():
    spec = RenderSpec(854, 480, 24, 120)
    assert spec.label == DEFAULT_LABEL
    assert "not AI generation" in spec.label
    assert spec.duration_s == pytest.approx(5.0)
    assert spec.audio is False and spec.seed is None and spec.references == ()
    assert Fraction(spec.frame_count, spec.fps) == 5
