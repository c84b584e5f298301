"""Handing a board to an editor: every export the command line and the window offer, by
kind, written into one folder as "<board name>.<suffix>".

* ``mp4``: the animatic, one video of the whole board (held frames for shots not rendered),
  optionally with the shot numbers and notes burnt in, and always an ``.srt`` beside it;
* ``otio``, ``xml``, ``edl``: the edit list (:mod:`.interchange`);
* ``srt``: the captions alone, timed on the edit list's cut;
* ``pdf``: the board on paper (:mod:`.board_pdf`).

Call :func:`export_board` off the UI thread: it reads clips and writes video.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.catalogue import Catalogue
from app.core.errors import UsageError
from app.core.storyboard.board import Storyboard
from app.core.storyboard.board_pdf import PaperSize, write_board_pdf
from app.core.storyboard.burn_in import Corner, burn_in
from app.core.storyboard.captions import captions_for_cut, captions_for_video, write_srt
from app.core.storyboard.cut import Cut, build_cut
from app.core.storyboard.interchange import write_timeline
from app.core.storyboard.model import StoryboardError
from app.core.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.video_export import ExportResult


class ExportKind(enum.StrEnum):
    MP4 = "mp4"
    OTIO = "otio"
    XML = "xml"
    EDL = "edl"
    SRT = "srt"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ExportKind.MP4: "Animatic video (MP4, with captions beside it)",
    ExportKind.OTIO: "OpenTimelineIO timeline (.otio)",
    ExportKind.XML: "Final Cut Pro 7 XML for Premiere Pro and DaVinci Resolve (.xml)",
    ExportKind.EDL: "CMX 3600 edit decision list (.edl)",
    ExportKind.SRT: "Captions (.srt)",
    ExportKind.PDF: "Board PDF",
}


def parse_kinds(text: str) -> list[ExportKind]:
    """``"mp4,otio"`` as kinds, in the order given, without repeats (UsageError otherwise)."""
    kinds: list[ExportKind] = []
    for part in text.split(","):
        name = part.strip().lower().lstrip(".")
        if not name:
            continue
        try:
            kind = ExportKind(name)
        except ValueError:
            known = ", ".join(k.value for k in ExportKind)
            raise UsageError(
                f"--export: {part.strip()!r} is not something Storyreel exports; choose from "
                f"{known}, separated by commas."
            ) from None
        if kind not in kinds:
            kinds.append(kind)
    if not kinds:
        raise UsageError("--export: name at least one of mp4, otio, xml, edl, srt, pdf.")
    return kinds


def target_files(name: str, folder: Path, kinds: Iterable[ExportKind]) -> list[Path]:
    """The files :func:`export_board` writes for a board called ``name``."""
    chosen = list(kinds)
    files = [folder / f"{name}.{kind.value}" for kind in chosen]
    if ExportKind.MP4 in chosen and ExportKind.SRT not in chosen:
        files.append(folder / f"{name}.srt")
    return files


@dataclass
class HandoffOptions:
    paper: PaperSize = PaperSize.A4
    burn_in: Corner | None = None  # where shot numbers and notes are burnt into the MP4


@dataclass
class HandoffResult:
    files: list[Path] = field(default_factory=list)
    video: ExportResult | None = None  # the MP4, when one was made
    held: list[int] = field(default_factory=list)  # shots held as their frame


Progress = Callable[[int, int], None]


def export_board(
    board: Storyboard,
    catalogue: Catalogue,
    folder: Path,
    kinds: Iterable[ExportKind],
    options: HandoffOptions | None = None,
    progress: Progress | None = None,
) -> HandoffResult:
    """Write each chosen export into ``folder``; the files written, in order."""
    options = options or HandoffOptions()
    chosen = list(kinds)
    result = HandoffResult()
    cut: Cut | None = None
    for kind in chosen:
        if kind is ExportKind.MP4:
            _export_video(board, catalogue, folder, options, progress, result)
            continue
        if kind is ExportKind.SRT and ExportKind.MP4 in chosen:
            continue  # written beside the MP4, on its timing
        cut = cut or build_cut(board, catalogue)
        result.held = [clip.number for clip in cut.clips if clip.held]
        path = folder / f"{board.name}.{kind.value}"
        try:
            if kind is ExportKind.PDF:
                write_board_pdf(cut, path, options.paper)
            elif kind is ExportKind.SRT:
                write_srt(captions_for_cut(cut), path)
            else:
                write_timeline(cut, path, kind.value)
        except OSError as exc:
            raise _not_written(path, exc) from None
        result.files.append(path)
    return result


def _export_video(
    board: Storyboard,
    catalogue: Catalogue,
    folder: Path,
    options: HandoffOptions,
    progress: Progress | None,
    result: HandoffResult,
) -> None:
    from app.core.storyboard.sequence import sequence
    from app.core.storyboard.trimming import trimmed_segments
    from app.core.video import export_sequence

    path = folder / f"{board.name}.mp4"
    segments = sequence(board, catalogue)
    try:
        with trimmed_segments(board, segments, folder) as pieces:
            video = export_sequence(pieces, path, progress=progress)
        captions = captions_for_video(board, video.boundaries, video.info.duration_s)
        if options.burn_in is not None:
            burn_in(path, captions, options.burn_in, progress=progress)
        srt = write_srt(captions, path.with_suffix(".srt"))
    except OSError as exc:
        raise _not_written(path, exc) from None
    result.video = video
    result.held = [s.shot_number for s in segments if s.held]
    result.files += [path, srt]


def _not_written(path: Path, exc: OSError) -> StoryboardError:
    reason = exc.strerror or str(exc)
    return StoryboardError.said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} could not be written in {folder}: {reason}. Free some space or "
            "choose another folder, then export again.",
        ),
        name=path.name,
        folder=str(path.parent),
        reason=reason,
    )
