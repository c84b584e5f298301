"""Handing a board to an editor: a four-shot board (one shot not rendered) exported as an
OpenTimelineIO timeline, Final Cut Pro 7 XML, a CMX 3600 EDL, captions and a board PDF, each
read back the way an editor's tool or a person would read it; and an edited timeline brought
back into the board."""

from __future__ import annotations

import re
from pathlib import Path

import opentimelineio as otio
import pytest
from opentimelineio.opentime import RationalTime, TimeRange
from PIL import Image

from app.core.catalogue import Catalogue
from app.core.errors import FileFormatError
from app.core.storyboard import Storyboard
from app.core.storyboard.board_pdf import PaperSize, render_pages, write_board_pdf
from app.core.storyboard.captions import captions_for_cut, write_srt
from app.core.storyboard.conform import apply_conform, plan_conform
from app.core.storyboard.cut import build_cut
from app.core.storyboard.interchange import read_timeline, write_timeline
from tests.core.handoff_support import NOTES, PROMPTS, make_board

pytestmark = pytest.mark.slow  # real clips are rendered and probed


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture
def board(tmp_path: Path, catalogue: Catalogue) -> Storyboard:
    return make_board(tmp_path / "Harbour", catalogue)


def test_the_otio_reads_back_with_each_shot_its_media_length_and_metadata(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path
):
    out = tmp_path / "Harbour" / "for the editor" / "Harbour.otio"
    write_timeline(build_cut(board, catalogue), out, "otio")
    timeline = otio.adapters.read_from_file(str(out))
    clips = list(timeline.find_clips())
    assert [c.name for c in clips] == ["Shot 1", "Shot 2", "Shot 3", "Shot 4"]
    # Clips are 24, 30 and 36 frames at 24 fps; the fourth shot holds its frame for 5 s.
    assert [c.source_range.duration for c in clips] == [
        RationalTime(24, 24), RationalTime(30, 24), RationalTime(36, 24), RationalTime(120, 24)
    ]  # fmt: skip
    assert [c.media_reference.target_url for c in clips] == [
        "../clips/shot1.mp4", "../clips/shot2.mp4", "../clips/shot3.mp4", "../frames/frame4.png"
    ]  # fmt: skip
    for clip in clips:  # every path resolves from the exported file's folder
        assert (out.parent / clip.media_reference.target_url).is_file()
    first, held = clips[0].metadata["storyreel"], clips[3].metadata["storyreel"]
    assert first["prompt"] == PROMPTS[0] and first["note"] == NOTES[0]
    assert first["model"] == "bytedance/dreamina-3-0/pro/image-to-video"
    assert first["seed"] == 1234 and first["request_id"] == "req-1" and first["cost"] == 0.25
    assert first["held"] is False and first["takes"][0]["clip"] == "../clips/shot1.mp4"
    assert held["held"] is True and held["request_id"] is None and list(held["takes"]) == []
    assert held["prompt"] == PROMPTS[3] and list(held["frames"]) == ["frame4.png"]
    markers = [c.markers[0] for c in clips]
    assert [m.name for m in markers] == ["Shot 1", "Shot 2", "Shot 3", "Shot 4"]
    assert markers[0].comment == f"{PROMPTS[0]} | Note: {NOTES[0]}"
    assert markers[0].color == otio.schema.MarkerColor.GREEN
    assert markers[3].color == otio.schema.MarkerColor.RED


@pytest.mark.parametrize("fps", [24, 25, 30])
def test_xml_and_edl_read_back_with_the_same_cut_and_timecode_at_the_clips_rate(
    tmp_path: Path, catalogue: Catalogue, fps: int
):
    board = make_board(tmp_path / "Harbour", catalogue, fps=fps, frames=fps)
    cut = build_cut(board, catalogue)
    assert cut.rate == fps
    out = tmp_path / "Harbour"
    write_timeline(cut, out / "Harbour.xml", "xml")
    write_timeline(cut, out / "Harbour.edl", "edl")
    lengths = [fps, fps + 6, fps + 12, 5 * fps]  # one second and a bit; the held shot 5 s
    xml = otio.adapters.read_from_file(str(out / "Harbour.xml"))
    edl = otio.adapters.read_from_file(str(out / "Harbour.edl"), rate=fps)
    for timeline in (xml, edl):
        clips = list(timeline.find_clips())
        assert [round(c.source_range.duration.value) for c in clips] == lengths
        assert all(c.source_range.duration.rate == fps for c in clips)
        assert [Path(c.media_reference.target_url).name for c in clips] == [
            "shot1.mp4", "shot2.mp4", "shot3.mp4", "frame4.png"
        ]  # fmt: skip
    assert [c.name for c in xml.find_clips()] == ["Shot 1", "Shot 2", "Shot 3", "Shot 4"]
    # The record timecodes: each shot starts where the one before ends, at the clips' rate.
    record_ins = re.findall(r"^\d{3}\s.*\s(\d\d:\d\d:\d\d:\d\d) \d\d:\d\d:\d\d:\d\d$",
                            (out / "Harbour.edl").read_text(), flags=re.MULTILINE)  # fmt: skip
    starts = [0, fps, 2 * fps + 6, 3 * fps + 18]
    assert record_ins == [f"00:00:{s // fps:02d}:{s % fps:02d}" for s in starts]


def test_a_trimmed_and_reordered_otio_changes_the_board(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path
):
    out = tmp_path / "Harbour" / "Harbour.otio"
    write_timeline(build_cut(board, catalogue), out, "otio")
    timeline = otio.adapters.read_from_file(str(out))
    track = timeline.tracks[0]
    one, two, three, four = list(track)
    # In the editor: shot 3 goes first, shot 2 loses 6 frames at each end, shot 4 goes.
    two.source_range = TimeRange(RationalTime(6, 24), RationalTime(18, 24))
    track[:] = []
    for clip in (three.deepcopy(), one.deepcopy(), two.deepcopy()):
        track.append(clip)
    otio.adapters.write_to_file(timeline, str(out))
    frame_names = [f.name for f in board.frames]
    ids = [s.id for s in board.shots]

    edited = read_timeline(out)
    plan = plan_conform(board, build_cut(board, catalogue), edited)
    assert plan.describe() == [
        "Shot 3 moved to position 1.",
        "Shot 2 trimmed: 0.75 s (was 1.25 s).",
        "Shot 4 removed.",
    ]
    apply_conform(board, plan)
    assert [f.name for f in board.frames] == [frame_names[2], frame_names[0], frame_names[1]]
    assert [s.id for s in board.shots] == [ids[2], ids[0], ids[1]]
    trimmed = board.shots[2]
    assert (trimmed.trim_in, trimmed.trim_out) == (0.25, 1.0)
    # Exported again, the cut keeps the trim.
    again = build_cut(board, catalogue).clips[2]
    assert (again.in_frame, again.out_frame) == (6, 24)
    # Saved and opened, the trim and the notes stay.
    board.save()
    opened = Storyboard.load(board.path)
    assert (opened.shots[2].trim_in, opened.shots[2].trim_out) == (0.25, 1.0)
    assert [s.note for s in opened.shots] == [NOTES[2], NOTES[0], NOTES[1]]


def test_an_xml_round_trip_finds_the_shots_by_their_media(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path
):
    out = tmp_path / "Harbour" / "Harbour.xml"
    write_timeline(build_cut(board, catalogue), out, "xml")
    timeline = otio.adapters.read_from_file(str(out))
    track = timeline.video_tracks()[0]
    clips = [c.deepcopy() for c in track.find_clips()]
    track[:] = []
    for clip in (clips[1], clips[0], clips[3], clips[2]):
        track.append(clip)
    otio.adapters.write_to_file(timeline, str(out), adapter_name="fcp_xml")
    plan = plan_conform(board, build_cut(board, catalogue), read_timeline(out))
    assert plan.trims == [] and plan.removed == [] and plan.unmatched == []
    assert plan.describe() == ["Shot 1 moved to position 2.", "Shot 3 moved to position 4."]


def test_an_edit_list_that_cannot_be_read_says_so(tmp_path: Path):
    broken = tmp_path / "cut.otio"
    broken.write_text("{ not json")
    with pytest.raises(FileFormatError, match="cut.otio cannot be read as an edit list"):
        read_timeline(broken)
    with pytest.raises(FileFormatError, match="open an .otio or an .xml"):
        read_timeline(tmp_path / "cut.edl")


def test_the_captions_follow_the_shot_boundaries(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path
):
    srt = write_srt(captions_for_cut(build_cut(board, catalogue)), tmp_path / "Harbour.srt")
    assert srt.read_text(encoding="utf-8") == (
        "1\n00:00:00,000 --> 00:00:01,000\nShot 1\nMAYA: We leave at dawn.\n\n"
        "2\n00:00:01,000 --> 00:00:02,250\nShot 2\n\n"
        "3\n00:00:02,250 --> 00:00:03,750\nShot 3\nWide: hold on the beam.\n\n"
        "4\n00:00:03,750 --> 00:00:08,750\nShot 4\nFade to black.\n"
    )


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


@pytest.mark.parametrize(
    ("paper", "size"), [(PaperSize.A4, (2339, 1654)), (PaperSize.LETTER, (2200, 1700))]
)
def test_the_board_pdf_has_a_page_for_every_six_shots(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path, paper: PaperSize, size
):
    one = write_board_pdf(build_cut(board, catalogue), tmp_path / "four.pdf", paper)
    assert one.read_bytes().startswith(b"%PDF") and pdf_pages(one) == 1
    board.insert_frames(4, [f.image for f in board.frames] * 2)  # 12 shots
    cut = build_cut(board, catalogue)
    assert pdf_pages(write_board_pdf(cut, tmp_path / "twelve.pdf", paper)) == 2
    board.insert_frames(0, [board.frames[0].image])  # 13 shots
    pages = render_pages(build_cut(board, catalogue), paper)
    assert len(pages) == 3 and all(page.size == size for page in pages)
    pages[0].save(tmp_path / "page1.png")
    # The first cell shows the first frame: red, where the picture is.
    assert Image.open(tmp_path / "page1.png").getpixel((300, 500))[0] > 180


def test_the_animatic_keeps_the_trims_and_its_captions_follow(
    board: Storyboard, catalogue: Catalogue, tmp_path: Path
):
    from app.core.storyboard.handoff import ExportKind, export_board
    from app.core.video import probe_video

    board.shots[1].trim_in, board.shots[1].trim_out = 0.25, 1.0  # 18 of its 30 frames
    board.shots[3].trim_in, board.shots[3].trim_out = 1.0, 3.0  # the held frame: 2 s
    out = tmp_path / "animatic"
    result = export_board(board, catalogue, out, [ExportKind.MP4, ExportKind.SRT])
    assert [p.name for p in result.files] == ["Harbour.mp4", "Harbour.srt"]
    assert result.video is not None
    assert result.video.boundaries == pytest.approx([0.0, 1.0, 1.75, 3.25], abs=0.001)
    assert probe_video(out / "Harbour.mp4").duration_s == pytest.approx(5.25, abs=0.05)
    assert sorted(p.name for p in out.iterdir()) == ["Harbour.mp4", "Harbour.srt"]  # no scratch
    assert "00:00:01,000 --> 00:00:01,750\nShot 2\n" in (out / "Harbour.srt").read_text()
    assert board.shots[1].clip.stat().st_size > 0  # the clip itself is untouched


def test_in_a_pair_cut_only_the_trims_come_back(catalogue: Catalogue, tmp_path: Path):
    frames = tmp_path / "frames"
    frames.mkdir()
    for n, colour in enumerate([(200, 40, 40), (40, 200, 40), (40, 40, 200)], start=1):
        Image.new("RGB", (640, 360), colour).save(frames / f"f{n}.png")
    board = Storyboard(model_id="bytedance/seedance-1-0/lite/image-to-video", cut_mode="per_pair")
    board.add_frames(frames)
    board.save(tmp_path / "Pairs.storyboard.json")
    out = tmp_path / "Pairs.otio"
    write_timeline(build_cut(board, catalogue), out, "otio")
    timeline = otio.adapters.read_from_file(str(out))
    track = timeline.tracks[0]
    first, second = (c.deepcopy() for c in track)
    second.source_range = TimeRange(RationalTime(24, 24), RationalTime(48, 24))
    track[:] = []
    track.append(second)
    track.append(first)
    otio.adapters.write_to_file(timeline, str(out))
    names = [f.name for f in board.frames]

    plan = plan_conform(board, build_cut(board, catalogue), read_timeline(out))
    assert plan.order_refused and plan.changes_anything
    assert "The shots of a pair cut follow their frames" in plan.describe()[-1]
    apply_conform(board, plan)
    assert [f.name for f in board.frames] == names  # the order stays
    assert (board.shots[1].trim_in, board.shots[1].trim_out) == (1.0, 3.0)
