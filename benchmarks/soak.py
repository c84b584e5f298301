"""A soak run: the real window through a long session on the free offline preview engine.

    python benchmarks/soak.py                                # 3 rounds of 200 jobs, 20 shots
    python benchmarks/soak.py --rounds 3 --jobs 10 --shots 4 # a quick look

The window is built and run exactly as ``storyreel`` runs it (``build_window`` and ``run``:
asyncio on Qt's loop through qasync), offscreen, over a throw-away Storyreel home, with no
API key. Each round, driven through the window's own controls as a user would:

1. single shot: a too-small image dropped on the first-frame box, its fix applied, then
   ``--jobs`` previews generated one after another (halfway, a second image is dropped in);
   once all are done, the last clip is played in the inline player;
2. storyboard: a new board, ``--shots`` frames dropped on its strip, settings applied to
   every shot, Generate all (its inline price confirmed), the sequence played into its
   second shot, the whole board exported as one MP4.

Printed at each round: resident memory (after a garbage collection), the worst and the
99th-percentile lateness of a 10 ms Qt timer (an event-loop stall), and the Qt warnings so
far; at the end, every Qt and Python warning and Storyreel log warning seen, and whether
every job was created and finished exactly once (counted from the engine's own events).
These are numbers to read, not a test: ``tests/ui/test_soak.py`` runs a short version
and asserts on it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soak_figures import (
    JobLedger,
    LogProblems,
    QtMessages,
    RoundFigures,
    SoakReport,
    StallMeter,
    resident_mb,
)

PRO = "bytedance/seedance-1-0/pro/image-to-video"
SETTINGS = {"duration": 2, "resolution": "480p"}
CLIP_SECONDS = 2
FRAMES_TO_SEE = 5  # decoded frames that show a clip really plays
COLOURS = [(200, 60, 40), (40, 160, 80), (40, 80, 200), (220, 190, 40), (150, 60, 170)]


# -- driving the window ---------------------------------------------------------------------


async def wait_for(
    predicate: Callable[[], Any], *signals: Any, timeout: float = 60.0, what: str = ""
) -> None:
    """Until ``predicate()`` holds, checked now and whenever one of ``signals`` fires."""
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def check(*_args: object) -> None:
        if not future.done() and predicate():
            future.set_result(None)

    for signal in signals:
        signal.connect(check)
    try:
        check()
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}") from None
    finally:
        for signal in signals:
            signal.disconnect(check)


def drop_files(widget: Any, *paths: Path) -> None:
    """A real drag entering ``widget`` and dropping these files on its middle."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.rect().center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    try:
        enter = QDragEnterEvent(centre, *args)
    except TypeError:  # PySide6 6.11 takes a QPoint
        enter = QDragEnterEvent(centre.toPoint(), *args)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        raise AssertionError(f"{type(widget).__name__} refused the drag")
    QApplication.sendEvent(widget, QDropEvent(centre, *args))


def make_frame(path: Path, colour: tuple[int, int, int], size: tuple[int, int]) -> Path:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    w, h = size
    image.paste((240, 240, 240), (w // 3, h // 3, w // 2, h // 2))
    image.save(path, "PNG")
    return path


class Session:
    """One soak session over a started window; ``run`` drives it round by round."""

    def __init__(
        self,
        window: Any,
        folder: Path,
        *,
        rounds: int,
        jobs: int,
        shots: int,
        report_round: Callable[[RoundFigures], None] = lambda _figures: None,
    ) -> None:
        self.win = window
        self.folder = folder
        self.rounds, self.jobs, self.shots = rounds, jobs, shots
        self.report_round = report_round
        self.report = SoakReport(expected_jobs=rounds * (jobs + shots))
        self.ledger = JobLedger()
        self.meter = StallMeter()
        self.qt = QtMessages()
        self.log = LogProblems()
        self.frames_seen = 0
        self.too_small = make_frame(folder / "too-small.png", (90, 90, 90), (200, 200))
        self.second = make_frame(folder / "second.png", (40, 80, 200), (640, 360))
        self.board_frames = [
            make_frame(folder / "board" / f"frame-{n + 1:02d}.png", COLOURS[n % 5], (640, 360))
            for n in range(shots)
        ]

    async def run(self) -> SoakReport:
        engine = self.win.controller.engine
        if engine is None:
            raise AssertionError("the engine did not start")
        remove_listener = engine.add_listener(self.ledger.on_event)
        sink = self.win.player.video_sink()
        sink.videoFrameChanged.connect(self._frame_seen)
        self.qt.install()
        logging.getLogger("app").addHandler(self.log)
        self.meter.start()
        try:
            for number in range(1, self.rounds + 1):
                started = time.perf_counter()
                await self.single_shot_round(number)
                await self.storyboard_round(number)
                worst, p99 = self.meter.take()
                rss = resident_mb()
                self.meter.take()  # the garbage collection before measuring is ours: not counted
                figures = RoundFigures(
                    number,
                    rss,
                    worst,
                    p99,
                    self.ledger.done(),
                    time.perf_counter() - started,
                    len(self.qt.warnings),
                )
                self.report.rounds.append(figures)
                self.report_round(figures)
        finally:
            self.meter.stop()
            logging.getLogger("app").removeHandler(self.log)
            self.qt.remove()
            sink.videoFrameChanged.disconnect(self._frame_seen)
            remove_listener()
        report = self.report
        report.created = len(self.ledger.created)
        report.job_problems = self.ledger.problems()
        if report.created != report.expected_jobs:
            report.job_problems.append(
                f"{report.created} jobs were created; {report.expected_jobs} were asked for"
            )
        report.qt_warnings = list(self.qt.warnings)
        report.log_problems = list(self.log.records)
        report.frames_seen = self.frames_seen
        return report

    def _frame_seen(self, _frame: object) -> None:
        self.frames_seen += 1

    # -- single shot ----------------------------------------------------------------------

    async def single_shot_round(self, number: int) -> None:
        from app.ui.storyboard import MODE_SINGLE

        win = self.win
        win.set_mode(MODE_SINGLE)
        if win.current_model() is None or win.current_model().model_id != PRO:
            win.picker.set_current_model(PRO)
        win.panel.set_values(SETTINGS)
        zone = win.panel.field_widget("first_frame_image_url").zone
        await self.drop_and_fix(zone)
        target = self.ledger.done() + self.jobs
        for n in range(self.jobs):
            if n == self.jobs // 2 and n:
                drop_files(zone, self.second)
                await wait_for(
                    lambda: zone.state() == "valid",
                    zone.state_changed,
                    what="the second first frame to be accepted",
                )
            win.panel.set_values({"prompt": f"round {number}, take {n + 1}: a slow push in"})
            await wait_for(
                win.generate_button.isEnabled,
                win.panel.validity_changed,
                win.controller.busy_changed,
                what="Generate to be enabled",
            )
            created = len(self.ledger.created)
            win.generate()
            # As a user sees the job appear in the queue before pressing Generate again.
            await wait_for(
                lambda created=created: len(self.ledger.created) > created,
                self.ledger.counted,
                what="the new job in the queue",
            )
        await wait_for(
            lambda: self.ledger.done() >= target,
            self.ledger.counted,
            timeout=60 + 10 * self.jobs,
            what=f"the {self.jobs} previews of round {number} to finish",
        )
        await self.play_last_clip()

    async def drop_and_fix(self, zone: Any) -> None:
        """A frame too small for the model, then the fix the box offers for it."""
        drop_files(zone, self.too_small)
        await wait_for(
            lambda: zone.state() == "invalid",
            zone.state_changed,
            what="the too-small frame to be refused",
        )
        fixes = zone.fixes()
        index = next((i for i, fix in enumerate(fixes) if fix.kind == "upscale"), 0)
        dialog = zone.request_fix(index)  # one click; only a crop opens the framing tool
        if dialog is not None:
            dialog.apply_button.click()
        await wait_for(
            lambda: zone.state() == "valid" and zone.path() != str(self.too_small),
            zone.state_changed,
            what="the fixed frame to be accepted",
        )

    async def play_last_clip(self) -> None:
        win = self.win
        job = win.queue_model.job_at(0)
        win.queue.select_job(job.id)
        clip = Path(job.files[0])
        await wait_for(
            lambda: win.player.current_file == clip,
            win.queue.current_job_changed,
            what="the last clip in the player",
        )
        seen = self.frames_seen
        player = win.player.media_player
        player.setPosition(0)
        if not win.player.playing:
            win.player.toggle_play()
        await wait_for(
            lambda: self.frames_seen >= seen + FRAMES_TO_SEE,
            win.player.video_sink().videoFrameChanged,
            timeout=30,
            what="the last clip to play",
        )
        if win.player.playing:
            win.player.toggle_play()

    # -- storyboard -----------------------------------------------------------------------

    async def storyboard_round(self, number: int) -> None:
        from app.core.storyboard import ShotStatus
        from app.ui.storyboard import MODE_STORYBOARD

        win = self.win
        win.set_mode(MODE_STORYBOARD)
        view = win.storyboard
        if view.board.frames:
            view.new_board()
        drop_files(view.strip.viewport(), *self.board_frames)
        await wait_for(
            lambda: view.frame_verdicts() == ["valid"] * self.shots,
            view.frames_checked,
            what=f"the {self.shots} frames to be checked",
        )
        view.select_shot(0)
        view.panel.set_values({**SETTINGS, "prompt": f"round {number}: the camera drifts"})
        view.apply_with_prompt_action.trigger()
        board_file = self.folder / "boards" / f"Round {number}.storyboard.json"
        if not view.save_as(board_file):
            raise AssertionError(f"the board could not be saved as {board_file}")
        await wait_for(
            view.generate_button.isEnabled,
            view.board_changed,
            view.frames_checked,
            what="Generate all to be enabled",
        )
        view.generate_button.click()
        await wait_for(
            view.confirmation_buttons, view.confirmation_requested, what="the price confirmation"
        )
        view.confirmation_buttons()[0].click()
        rows = range(self.shots)
        await wait_for(
            lambda: all(
                view.shot_model.status(r) is ShotStatus.DONE
                and view.shot_model.picture(r) is not None
                for r in rows
            ),
            view.shot_model.dataChanged,
            view.pictures.updated,
            view.render_finished,
            timeout=60 + 10 * self.shots,
            what=f"the {self.shots} shots of round {number} to render",
        )
        await self.play_sequence(view)
        await self.export(view, number)
        view.save()

    async def play_sequence(self, view: Any) -> None:
        player = view.player
        decoded = player.frames_decoded
        view.play_sequence(0)
        await wait_for(
            lambda: player.frames_decoded >= decoded + FRAMES_TO_SEE,
            player.frame_decoded,
            timeout=30,
            what="the sequence to play",
        )
        if self.shots > 1:
            # Watched until the second shot shows (stopping while its clip is still being
            # opened makes Qt's media backend warn that the opening was interrupted).
            await wait_for(
                lambda: player.current_index == 1,
                player.segment_changed,
                timeout=30,
                what="the sequence to reach its second shot",
            )
            decoded = player.frames_decoded
            await wait_for(
                lambda: player.frames_decoded > decoded,
                player.frame_decoded,
                timeout=30,
                what="the second shot to play",
            )
        player.stop()

    async def export(self, view: Any, number: int) -> None:
        from app.core.video import probe_video

        out = self.folder / "exports" / f"Round {number}.mp4"
        exported: list[Path] = []
        failed: list[str] = []
        view.export_finished.connect(exported.append)
        view.export_failed.connect(failed.append)
        try:
            view.export_video(out)
            await wait_for(
                lambda: exported or failed,
                view.export_finished,
                view.export_failed,
                timeout=60 + 5 * self.shots,
                what=f"the export of round {number}",
            )
        finally:
            view.export_finished.disconnect(exported.append)
            view.export_failed.disconnect(failed.append)
        if failed:
            raise AssertionError(f"the export failed: {failed[0]}")
        info = await asyncio.to_thread(probe_video, out)
        self.report.exports_s.append(info.duration_s)


async def soak(window: Any, folder: Path, **sizes: Any) -> SoakReport:
    """Run a soak session on a started window (inside ``run_window``), then close it."""
    try:
        return await Session(window, folder, **sizes).run()
    finally:
        window.close()


# -- the benchmark ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=200, help="single-shot previews per round")
    parser.add_argument("--shots", type=int, default=20, help="shots of each round's board")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.jobs < 1 or args.shots < 1:
        parser.error("--rounds, --jobs and --shots must each be at least 1")
    with tempfile.TemporaryDirectory(prefix="storyreel-soak-") as home:
        os.environ["STORYREEL_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        os.environ.pop("RUNCOMFY_API_TOKEN", None)
        return _run(Path(home), args)


def _run(home: Path, args: argparse.Namespace) -> int:
    from app.ui.app import build_window, make_application, run, run_window

    print(
        f"soak: {args.rounds} rounds of {args.jobs} single-shot previews and a "
        f"{args.shots}-shot board, offline preview engine, offscreen",
        flush=True,
    )
    app = make_application([])
    window = build_window()
    outcome: dict[str, SoakReport] = {}
    started = time.perf_counter()

    async def session(win: Any) -> None:
        outcome["report"] = await soak(
            win,
            home / "soak",
            rounds=args.rounds,
            jobs=args.jobs,
            shots=args.shots,
            report_round=lambda figures: print(figures.line(), flush=True),
        )

    with warnings.catch_warnings(record=True) as python_warnings:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="qasync")
        run(app, run_window(window, until=session))
    report = outcome.get("report")
    if report is None:
        print("soak: the session did not finish", file=sys.stderr)
        return 1
    print(f"soak: {report.summary()}; {time.perf_counter() - started:.0f} s in all")
    seen = Counter(
        [f"Qt warning: {text}" for text in report.qt_warnings]
        + [f"log: {text}" for text in report.log_problems]
        + [f"Python warning: {w.category.__name__}: {w.message}" for w in python_warnings]
    )
    for text, count in seen.most_common(20):
        print(f"  {count} × {text}")
    for text in report.job_problems[:20]:
        print(f"  job: {text}")
    print(
        f"memory levels off (last round within 10 % of the middle one): "
        f"{'yes' if report.memory_levels_off() else 'no'}; Python warnings: "
        f"{len(python_warnings)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
