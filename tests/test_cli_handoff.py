"""``storyreel storyboard FILE --export …`` end to end, as its own process on the offline
engine: a four-shot board (one shot not rendered) handed over in every format at once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import av
import opentimelineio as otio
import pytest
from cli_support import storyreel

from app.core.catalogue import Catalogue
from app.core.exit_codes import ExitCode
from tests.core.handoff_support import make_board

pytestmark = pytest.mark.slow


def srt_spans(text: str) -> list[tuple[float, float]]:
    def seconds(stamp: str) -> float:
        h, m, rest = stamp.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    return [(seconds(a), seconds(b)) for a, b in re.findall(r"(\S+) --> (\S+)", text)]


def test_every_format_is_written_and_the_captions_match_the_video(tmp_path: Path):
    board = make_board(tmp_path / "Harbour", Catalogue.load())
    out = tmp_path / "handoff"
    out.mkdir()
    done = storyreel(
        "storyboard", str(board.path), "--offline", "--no-render", "--out", str(out),
        "--export", "mp4,otio,xml,edl,srt,pdf", "--burn-in", "top-right", "--paper", "letter",
        "--json", timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr + done.stdout
    records = [json.loads(line) for line in done.stdout.splitlines()]
    written = [Path(r["path"]).name for r in records if r["event"] == "written"]
    assert written == [
        "Harbour.mp4", "Harbour.srt", "Harbour.otio", "Harbour.xml", "Harbour.edl", "Harbour.pdf"
    ]  # fmt: skip
    video = next(r for r in records if r["event"] == "exported")
    assert video["held_shots"] == [4]
    # The captions start where each shot starts in the video and end where the next begins.
    spans = srt_spans((out / "Harbour.srt").read_text(encoding="utf-8"))
    starts = [round(a, 3) for a, _b in spans]
    assert starts == [round(b, 3) for b in video["boundaries"]]
    assert spans[-1][1] == pytest.approx(video["duration_s"], abs=0.001)
    assert all(a < b for a, b in spans)
    # Burnt in: the top right corner of the first frame is the caption's dark band.
    with av.open(str(out / "Harbour.mp4")) as container:
        first = next(container.decode(video=0)).to_image()
    width, _height = first.size
    band = first.getpixel((width - 12, 12))
    assert max(band) < 90, band  # the frame itself is bright red there
    timeline = otio.adapters.read_from_file(str(out / "Harbour.otio"))
    assert len(list(timeline.find_clips())) == 4
    assert len(re.findall(rb"/Type\s*/Page\b", (out / "Harbour.pdf").read_bytes())) == 1


def test_an_unknown_export_kind_is_a_usage_error_and_nothing_is_sent(tmp_path: Path):
    board = make_board(tmp_path / "Harbour", Catalogue.load())
    done = storyreel("storyboard", str(board.path), "--export", "mp4,gif", timeout=180)
    assert done.returncode == ExitCode.USAGE
    assert "'gif' is not something Storyreel exports" in done.stderr
    assert not (tmp_path / "Harbour" / "Harbour.mp4").exists()
