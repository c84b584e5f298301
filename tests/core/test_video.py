"""Video helpers on real MP4s made by the preview renderer and decoded back with PyAV."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import pytest
from PIL import Image, ImageStat

from app.core.storyboard import Segment
from app.core.video import VideoError, export_sequence, last_frame, probe_video
from app.sim.render import RenderSpec, render_preview

pytestmark = pytest.mark.slow

RED, GREEN, BLUE = (220, 40, 40), (40, 200, 60), (40, 60, 220)


def image(path: Path, colour, size=(640, 360)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def clip(
    tmp_path: Path,
    name: str,
    colour,
    *,
    size=(320, 180),
    fps=24,
    frames=24,
    audio=False,
    last_colour=None,
) -> Path:
    first = image(tmp_path / f"{name}-first.png", colour)
    last = image(tmp_path / f"{name}-last.png", last_colour) if last_colour else None
    out = tmp_path / f"{name}.mp4"
    spec = RenderSpec(
        size[0], size[1], fps, frames, first_frame=first, last_frame=last, audio=audio, seed=7
    )
    render_preview(spec, out)
    return model_clip(out)


def model_clip(path: Path) -> Path:
    """The rendered clip as a model's clip: the same packets without the preview's tags
    (an offline preview is exported with its label burnt in, so it is never remuxed)."""
    copy = path.with_name(f"{path.stem}-copy.mp4")
    with av.open(str(path)) as source, av.open(str(copy), "w", format="mp4") as output:
        streams = {
            stream.index: output.add_stream_from_template(stream)
            for stream in source.streams
            if stream.type in ("video", "audio")
        }
        for packet in source.demux():
            if packet.dts is None:
                continue
            packet.stream = streams[packet.stream.index]
            output.mux(packet)
    copy.replace(path)
    return path


def centre_colour(picture: Image.Image) -> tuple[float, ...]:
    """The mean colour of the middle of the picture (away from the preview's corner label)."""
    w, h = picture.size
    box = (w // 4, h // 4, 3 * w // 4, h // 2)
    return tuple(ImageStat.Stat(picture.convert("RGB").crop(box)).mean)


def close(a, b, tolerance=24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def decoded(path: Path) -> list[tuple[float, av.VideoFrame]]:
    with av.open(str(path)) as container:
        return [(float(f.pts * f.time_base), f) for f in container.decode(video=0)]


def packet_sizes(path: Path, kind: str) -> list[int]:
    with av.open(str(path)) as container:
        streams = getattr(container.streams, kind)
        return [p.size for p in container.demux(streams[0]) if p.size] if streams else []


def test_probe_reads_size_rate_length_and_sound(tmp_path):
    path = clip(tmp_path, "a", RED, size=(320, 240), fps=30, frames=45, audio=True)
    info = probe_video(path)
    assert (info.width, info.height) == (320, 240)
    assert info.fps == Fraction(30)
    assert info.frame_count == 45
    assert info.duration_s == pytest.approx(1.5, abs=0.04)
    assert info.has_audio and info.audio_codec == "aac" and info.codec == "h264"


def test_probe_refuses_what_is_not_a_video(tmp_path):
    fake = tmp_path / "clip.mp4"
    fake.write_text("this is not a video")
    with pytest.raises(VideoError, match="clip.mp4 is not a readable video"):
        probe_video(fake)
    with pytest.raises(VideoError, match="does not exist"):
        probe_video(tmp_path / "gone.mp4")


def test_last_frame_is_the_clips_final_picture(tmp_path):
    path = clip(tmp_path, "dissolve", RED, last_colour=BLUE, frames=96)  # 4 s, red to blue
    out = last_frame(path, tmp_path / "out" / "last.png")
    with Image.open(out) as picture:
        assert picture.format == "PNG" and picture.size == (320, 180)
        assert close(centre_colour(picture), BLUE)
    *_, (_, final) = decoded(path)
    with Image.open(out) as picture:
        assert close(centre_colour(picture), centre_colour(final.to_image()), tolerance=2)


def test_matching_clips_are_joined_without_re_encoding(tmp_path):
    a = clip(tmp_path, "a", RED, audio=True)
    b = clip(tmp_path, "b", GREEN, audio=True, frames=36)
    out = tmp_path / "joined.mp4"
    segments = [Segment(1, "s1", 1.0, clip=a), Segment(2, "s2", 1.5, clip=b)]
    result = export_sequence(segments, out)
    assert result.remuxed
    assert packet_sizes(out, "video") == packet_sizes(a, "video") + packet_sizes(b, "video")
    assert result.boundaries == [0.0, 1.0]
    assert result.info.duration_s == pytest.approx(2.5, abs=0.05)
    assert result.info.has_audio
    frames = decoded(out)
    assert len(frames) == 60
    assert close(centre_colour(frames[23][1].to_image()), RED)
    assert close(centre_colour(frames[24][1].to_image()), GREEN)
    assert list(tmp_path.glob(".*part")) == []


def test_clips_of_other_sizes_and_rates_are_re_encoded_and_letterboxed(tmp_path):
    wide = clip(tmp_path, "wide", RED, size=(320, 180))
    wide2 = clip(tmp_path, "wide2", BLUE, size=(320, 180), frames=12)
    square = clip(tmp_path, "square", GREEN, size=(240, 240), fps=30, frames=30)
    out = tmp_path / "mixed.mp4"
    segments = [
        Segment(1, "s1", 1.0, clip=wide),
        Segment(2, "s2", 1.0, clip=square),
        Segment(3, "s3", 0.5, clip=wide2),
    ]
    result = export_sequence(segments, out, fps=24)
    assert not result.remuxed
    info = result.info
    assert (info.width, info.height) == (320, 180)  # the size most clips have
    assert info.fps == 24
    assert info.duration_s == pytest.approx(2.5, abs=0.05)
    assert result.boundaries == pytest.approx([0.0, 1.0, 2.0])
    frames = decoded(out)
    assert len(frames) == 60
    middle = frames[36][1].to_image()  # the square clip, scaled into 16:9 with bars
    assert close(centre_colour(middle), GREEN)
    left_bar = ImageStat.Stat(middle.crop((0, 40, 30, 140))).mean
    assert max(left_bar) < 20
    assert close(centre_colour(frames[50][1].to_image()), BLUE)


def test_held_frames_become_still_video_and_sound_stays_in_step(tmp_path):
    with_sound = clip(tmp_path, "sound", RED, audio=True)
    silent = clip(tmp_path, "silent", GREEN)
    still = image(tmp_path / "still.png", BLUE, size=(640, 360))
    out = tmp_path / "partial.mp4"
    segments = [
        Segment(1, "s1", 1.0, clip=with_sound),
        Segment(2, "s2", 1.5, still=still),
        Segment(3, "s3", 1.0, clip=silent),
    ]
    result = export_sequence(segments, out)
    assert not result.remuxed
    assert result.boundaries == pytest.approx([0.0, 1.0, 2.5])
    assert result.info.duration_s == pytest.approx(3.5, abs=0.05)
    assert result.info.has_audio
    with av.open(str(out)) as container:
        audio = container.streams.audio[0]
        assert float(audio.duration * audio.time_base) == pytest.approx(3.5, abs=0.05)
    frames = decoded(out)
    assert close(centre_colour(frames[40][1].to_image()), BLUE)
    assert close(centre_colour(frames[70][1].to_image()), GREEN)


def test_a_failed_export_leaves_nothing_behind(tmp_path):
    good = clip(tmp_path, "good", RED)
    out = tmp_path / "out.mp4"
    out.write_bytes(b"the previous export")
    segments = [Segment(1, "s1", 1.0, clip=good), Segment(2, "s2", 1.0, clip=tmp_path / "x.mp4")]
    with pytest.raises(VideoError, match="x.mp4 does not exist"):
        export_sequence(segments, out)
    assert out.read_bytes() == b"the previous export"

    def stop(done: int, total: int) -> None:
        if done == 10:
            raise KeyboardInterrupt

    still = Segment(2, "s2", 1.0, still=image(tmp_path / "s.png", GREEN))
    with pytest.raises(KeyboardInterrupt):
        export_sequence([Segment(1, "s1", 1.0, clip=good), still], out, progress=stop)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.glob(".*")] == []
    with pytest.raises(VideoError, match="nothing to export"):
        export_sequence([], out)
