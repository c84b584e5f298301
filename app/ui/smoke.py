"""``storyreel --smoke-test``: the real window offscreen, one offline preview job, played.

For packaged builds: proves Qt, its multimedia backend, the catalogue, the job store and the
engine all load from the bundle.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

from app.core.engines import EngineKind
from app.ui.app import build_window, make_application, run, run_window
from app.ui.main_window import MainWindow

SMOKE_TEST_SECONDS = 60.0


def smoke_test() -> int:
    """Start the real window offscreen over a throw-away home, check it works, quit.

    For packaged builds: proves Qt, its multimedia backend, the catalogue, the job store and
    the engine all load from the bundle. Prints one line and returns 0 when all is well.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous_home = os.environ.get("STORYREEL_HOME")
    with tempfile.TemporaryDirectory(prefix="storyreel-smoke-") as home:
        os.environ["STORYREEL_HOME"] = home
        try:
            return _smoke_test_in_home()
        finally:
            if previous_home is None:
                os.environ.pop("STORYREEL_HOME", None)
            else:
                os.environ["STORYREEL_HOME"] = previous_home


SMOKE_MODEL = "bytedance/seedance-1-0/pro/image-to-video"
SMOKE_FRAMES_WANTED = 5


async def _smoke_job(win: MainWindow, folder: str) -> dict[str, object]:
    """One offline preview job to the end, then play it until frames are decoded."""
    from PIL import Image, ImageDraw

    from app.core.jobs import JobState

    frame = os.path.join(folder, "smoke-frame.png")
    image = Image.new("RGB", (640, 360), (28, 40, 80))
    ImageDraw.Draw(image).ellipse((400, 80, 520, 200), fill=(250, 200, 110))
    image.save(frame)
    engine = win.controller.engine
    if engine is None:
        raise RuntimeError("the engine did not start")
    values = {
        "prompt": "Storyreel smoke test",
        "first_frame_image_url": frame,
        "resolution": "480p",
        "duration": 2,
    }
    job = await engine.submit(SMOKE_MODEL, values, engine=EngineKind.OFFLINE)
    job = await engine.wait(job.id, timeout=SMOKE_TEST_SECONDS)
    if job.state is not JobState.SUCCEEDED or not job.files:
        raise RuntimeError(f"the preview job ended {job.state.value}: {job.error}")
    decoded = asyncio.get_running_loop().create_future()
    count = 0

    def frame_arrived(video_frame: object) -> None:
        nonlocal count
        count += 1
        if count >= SMOKE_FRAMES_WANTED and not decoded.done():
            decoded.set_result(count)

    sink = win.player.video_sink()
    sink.videoFrameChanged.connect(frame_arrived)
    try:
        win.player.show_job(job)
        win.player.media_player.play()
        frames = await asyncio.wait_for(decoded, 20.0)
    finally:
        sink.videoFrameChanged.disconnect(frame_arrived)
        win.player.clear()
    return {"job": job.state.value, "frames": frames}


def _smoke_test_in_home() -> int:
    """The smoke test proper, run over the throw-away home."""
    app = make_application([])
    window = build_window()
    report: dict[str, object] = {}

    async def check(win: MainWindow) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        report["models"] = len(win.catalogue)
        report["engine"] = win.controller.started
        report["multimedia"] = QMediaPlayer().isAvailable()
        report.update(await _smoke_job(win, os.environ["STORYREEL_HOME"]))
        win.close()

    async def main() -> int:
        return await asyncio.wait_for(
            run_window(window, until=check, log=False), SMOKE_TEST_SECONDS * 2
        )

    try:
        run(app, main())
    except Exception as exc:  # report any start-up failure in one line, as the exit code
        print(f"Storyreel smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    ok = (
        bool(report.get("models"))
        and report.get("engine")
        and report.get("multimedia")
        and report.get("job") == "succeeded"
        and int(report.get("frames") or 0) >= SMOKE_FRAMES_WANTED  # type: ignore[call-overload]
    )
    line = (
        f"models {report.get('models')}, engine started {report.get('engine')}, "
        f"multimedia backend {report.get('multimedia')}, offline preview job "
        f"{report.get('job')}, {report.get('frames')} frames decoded in playback"
    )
    if not ok:
        print(f"Storyreel smoke test failed: {line}", file=sys.stderr)
        return 1
    print(f"Storyreel smoke test passed: {line}")
    return 0


__all__ = ["smoke_test"]
