"""``storyreel storyboard FILE``: render a saved storyboard and export it as one MP4, and
hand it to an editor (``--export mp4,otio,xml,edl,srt,pdf``).

Every shot is an ordinary job in the queue (``storyreel jobs`` lists them). Shots whose
clip still matches their inputs are kept, not paid for again; clips of jobs that finished
after an earlier run was interrupted are picked up first (``--no-render`` sends nothing and
exports what the board has). The exports go next to the board file as "<board name>.<kind>",
or into ``--out DIR``; an MP4 always has its captions (.srt) beside it. Each file's path is
printed on stdout.

Exit codes are the command line's (see ``app.core.exit_codes``): 0 every shot rendered and
the video exported, 1 a board or shot that cannot be rendered as it is, 2 usage, 3 a shot
failed or was cancelled (a partial video is still exported, with the missing shots held as
stills), 4 API, account or network, 5 a submission is uncertain, 6 Storyreel's data
folders cannot be used.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import ExitCode, close_engine, make_engine, missing_key_help, print_json
from app.core import exit_codes
from app.core.catalogue import Catalogue
from app.core.catalogue_source import default_catalogue
from app.core.engines import EngineKind
from app.core.errors import ApiError, AuthError, DataFolderError, UsageError
from app.core.jobs import UNCERTAIN_HELP
from app.core.paths import ensure_folder, expand_user
from app.core.storyboard.board_pdf import PaperSize
from app.core.storyboard.burn_in import Corner

HELP = (
    "Render a saved storyboard, shot by shot, and export it as one MP4 (or as the files "
    "chosen with --export)."
)


def add_parsers(subparsers: Any) -> None:
    """Add the ``storyboard`` command to the ``storyreel`` parser's subparsers."""
    p = subparsers.add_parser("storyboard", help=HELP, description=HELP)
    p.add_argument("file", type=Path, metavar="FILE", help="the storyboard file (.json)")
    p.add_argument("--offline", action="store_true", help="use the free local preview engine")
    p.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to write the video (default: next to the storyboard file)",
    )
    p.add_argument(
        "--export",
        default="mp4",
        metavar="KINDS",
        help="what to write, separated by commas: mp4 (with its .srt), otio, xml (Final Cut "
        "Pro 7 XML for Premiere and Resolve), edl (CMX 3600), srt, pdf (default: mp4)",
    )
    p.add_argument(
        "--no-render",
        action="store_true",
        help="send nothing: export the clips the board has and hold the other shots' frames",
    )
    p.add_argument(
        "--paper",
        choices=[p.value for p in PaperSize],
        default=PaperSize.A4.value,
        help="the board PDF's paper, landscape (default: a4)",
    )
    p.add_argument(
        "--burn-in",
        choices=[c.value for c in Corner],
        metavar="CORNER",
        help="burn shot numbers and notes into the MP4 in this corner: "
        + ", ".join(c.value for c in Corner),
    )
    p.add_argument("--json", action="store_true", help="print JSON lines instead of text")


def cmd_storyboard(args: argparse.Namespace) -> int:
    return asyncio.run(_storyboard(args))


def _say(as_json: bool, record: dict[str, Any], text: str | None = None) -> None:
    if as_json:
        print_json(record)
    elif text:
        print(text, file=sys.stderr, flush=True)


async def _storyboard(args: argparse.Namespace) -> int:
    from app.core.storyboard import Storyboard, StoryboardError
    from app.core.storyboard.handoff import parse_kinds

    as_json = args.json
    kinds = parse_kinds(args.export)
    board = Storyboard.load(args.file)
    catalogue = default_catalogue()
    if not board.shots:
        needed = "two frames" if board.cut_mode.value == "per_pair" else "a frame"
        raise StoryboardError(f"{board.path} has no shots to render: add at least {needed}.")
    engine_kind = EngineKind.OFFLINE if args.offline else EngineKind.RUNCOMFY
    no_key = missing_key_help() if engine_kind.paid and not args.no_render else None
    if no_key:
        raise AuthError(no_key)
    out_dir = expand_user(args.out or board.folder or Path.cwd())
    if args.out is not None:  # checked before anything is sent
        try:
            ensure_folder(out_dir, "output", "give --out another folder")
        except DataFolderError as exc:
            raise UsageError(f"--out: {exc}") from None
    report = None if args.no_render else await _render(board, catalogue, engine_kind, as_json)
    await _export(board, catalogue, report, out_dir, kinds, args, as_json)
    if report is None:
        return ExitCode.OK
    if report.uncertain:
        _say(as_json, {"event": "uncertain", "message": UNCERTAIN_HELP}, UNCERTAIN_HELP)
    return _exit_code(report)


async def _render(board: Any, catalogue: Catalogue, engine_kind: EngineKind, as_json: bool) -> Any:
    """Render every shot that needs it, as jobs in the queue; the render report."""
    from app.api.followers import DEFAULT_PATIENCE
    from app.api.storyboard_runner import RenderEvent, attach_finished_jobs, render_storyboard

    def on_event(ev: RenderEvent) -> None:
        record: dict[str, Any] = {"event": ev.kind.value, "shot": ev.number, "message": ev.message}
        if ev.job is not None:
            record.update(job_id=ev.job.id, request_id=ev.job.request_id, state=ev.job.state.value)
        if ev.estimate is not None:
            record.update(total=ev.estimate.total, available=ev.estimate.available)
        _say(as_json, record, ev.message)

    engine = make_engine(None)
    try:
        try:
            await engine.resume()  # follows jobs an interrupted run left on the server
        except ApiError as exc:
            _say(as_json, {"event": "notice", "message": str(exc)}, f"note: {exc}")
        if attach_finished_jobs(board, engine.jobs(), catalogue):
            board.save()
        return await render_storyboard(
            board,
            engine,
            catalogue,
            engine_kind=engine_kind,
            on_event=on_event,
            patience=DEFAULT_PATIENCE,
        )
    finally:
        await close_engine(engine)


async def _export(
    board: Any,
    catalogue: Catalogue,
    report: Any,
    out_dir: Path,
    kinds: list[Any],
    args: argparse.Namespace,
    as_json: bool,
) -> None:
    """Write the chosen files (the MP4 holds a still where a shot has no clip), and say so."""
    from app.core.storyboard.handoff import HandoffOptions, export_board

    options = HandoffOptions(
        paper=PaperSize(args.paper), burn_in=Corner(args.burn_in) if args.burn_in else None
    )
    result = await asyncio.to_thread(export_board, board, catalogue, out_dir, kinds, options)
    if result.held:
        numbers = ", ".join(str(n) for n in result.held)
        _say(
            as_json,
            {"event": "notice", "message": f"held shots: {numbers}"},
            f"Shot(s) {numbers} have no clip yet: the exports hold their first frame instead.",
        )
    video = result.video
    if video is not None:
        info = video.info
        _say(
            as_json,
            {
                "event": "exported",
                "path": str(video.path),
                "duration_s": round(info.duration_s, 3),
                "width": info.width,
                "height": info.height,
                "boundaries": [round(b, 3) for b in video.boundaries],
                "remuxed": video.remuxed,
                "held_shots": result.held,
                "cost": report.cost if report is not None else None,
            },
            f"Exported {len(video.boundaries)} shot(s), {info.duration_s:.1f} s, "
            f"{info.width}×{info.height}.",
        )
    for path in result.files:
        if as_json:
            print_json({"event": "written", "path": str(path), "kind": path.suffix.lstrip(".")})
        else:
            print(path, flush=True)


def _exit_code(report: Any) -> int:
    """The most urgent of the shots' exit codes (see ``app.core.exit_codes``)."""
    codes = []
    for outcome in [*report.uncertain, *report.failed, *report.still_running]:
        if outcome.error is not None:
            codes.append(exit_codes.for_error(outcome.error))
        elif outcome.job is not None and outcome.job.state.finished:
            codes.append(exit_codes.for_job(outcome.job))
        else:
            codes.append(ExitCode.JOB_FAILED)
    return exit_codes.most_urgent(codes)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"storyboard": cmd_storyboard}
