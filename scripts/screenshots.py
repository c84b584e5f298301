"""Screenshots of the real Storyreel window, under a virtual X server.

    python scripts/screenshots.py [--out screenshots] [--display :99] [--size 1440x900]
                                  [--language system|en|it|de|zh_CN|ko]

Starts Xvfb (unless --no-xvfb and a DISPLAY is already there), opens the real window on
Qt's xcb platform over a throw-away Storyreel home, drives it through one job on the free
offline preview engine, and saves what the screen shows at each step with ImageMagick's
``import -window root``:

    01-first-start.png   the window as a new user first sees it (offline preview, banner)
    02-ready.png         a model chosen, a first frame dropped in, a prompt written
    03-playing.png       the finished clip in the queue and playing inline
    04-settings.png      the Settings dialog
    05-storyboard.png    the Storyboard view: four frames rendered as four shots, the
                         sequence paused in its second shot

Needs Xvfb and ImageMagick (``scripts/dev.sh shot`` installs them). Nothing touches the
user's own settings, keyring, job database or videos.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCENE_SECONDS = 120.0
PAINT_SECONDS = 0.6  # lets the window finish painting (and the clip advance) before a shot


def start_xvfb(display: str, size: str) -> subprocess.Popen[bytes]:
    socket = Path("/tmp/.X11-unix") / f"X{display.lstrip(':')}"
    if socket.exists():
        raise SystemExit(
            f"Display {display} is already in use ({socket} exists): choose another with --display."
        )
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise SystemExit(f"Xvfb did not start on display {display}.")
        time.sleep(0.05)
    return server


def sample_frame(path: Path) -> Path:
    """A storyboard-like first frame: dusk sky, sun, hills, a lighthouse."""
    from PIL import Image, ImageDraw

    width, height = 1280, 720
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=(int(40 + 200 * t), int(60 + 90 * t), int(140 - 40 * t)),
        )
    draw.ellipse((840, 250, 1000, 410), fill=(255, 214, 130))
    draw.polygon(
        [(0, 560), (300, 430), (640, 540), (980, 450), (1280, 560), (1280, 720), (0, 720)],
        fill=(34, 52, 60),
    )
    draw.rectangle((300, 300, 340, 470), fill=(236, 236, 230))
    draw.rectangle((300, 340, 340, 360), fill=(200, 50, 50))
    draw.polygon([(292, 300), (348, 300), (320, 270)], fill=(60, 60, 70))
    image.save(path, "PNG")
    return path


def storyboard_frames(folder: Path) -> list[Path]:
    """Four frames of one scene: the sun sets behind the hills, the lighthouse lights up."""
    from PIL import Image, ImageDraw

    width, height = 1280, 720
    frames = []
    for step in range(4):
        image = Image.new("RGB", (width, height))
        draw = ImageDraw.Draw(image)
        dusk = step / 3
        for y in range(height):
            t = y / height
            draw.line(
                [(0, y), (width, y)],
                fill=(
                    int((40 + 200 * t) * (1 - 0.55 * dusk)),
                    int((60 + 90 * t) * (1 - 0.6 * dusk)),
                    int((140 - 40 * t) * (1 - 0.3 * dusk)),
                ),
            )
        sun_y = 250 + step * 90
        draw.ellipse((840, sun_y, 1000, sun_y + 160), fill=(255, 214 - step * 30, 130 - step * 30))
        draw.polygon(
            [(0, 560), (300, 430), (640, 540), (980, 450), (1280, 560), (1280, 720), (0, 720)],
            fill=(34, 52, 60),
        )
        draw.rectangle((300, 300, 340, 470), fill=(236, 236, 230))
        draw.rectangle((300, 340, 340, 360), fill=(200, 50, 50))
        draw.polygon([(292, 300), (348, 300), (320, 270)], fill=(60, 60, 70))
        if step >= 2:  # the lamp is lit
            draw.polygon(
                [(320, 285), (760 - step * 80, 230), (760 - step * 80, 320)], fill=(255, 236, 170)
            )
        path = folder / f"scene-{step + 1}.png"
        image.save(path, "PNG")
        frames.append(path)
    return frames


def shoot(out: Path, name: str, display: str) -> None:
    target = out / name
    subprocess.run(
        ["import", "-display", display, "-window", "root", str(target)], check=True, timeout=30
    )
    print(f"saved {target}")


async def scene(window, out: Path, display: str, frame: Path) -> None:
    """The steps a new user takes, with a picture of each."""
    from app.core.jobs import JobState

    async def settle() -> None:
        await asyncio.sleep(PAINT_SECONDS)  # Qt paints while the loop waits

    async def until(predicate, what: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise SystemExit(f"Timed out waiting for {what}.")
            await asyncio.sleep(0.1)

    await settle()
    await asyncio.to_thread(shoot, out, "01-first-start.png", display)

    window.picker.set_current_model("bytedance/seedance-1-0/pro/image-to-video")
    window.panel.set_values(
        {
            "prompt": "Slow push in on the lighthouse as the sun sets behind the hills",
            "first_frame_image_url": str(frame),
            "duration": 2,
            "resolution": "480p",
            "ratio": "16:9",
        }
    )
    await until(window.generate_button.isEnabled, "the panel to accept the settings")
    await settle()
    await asyncio.to_thread(shoot, out, "02-ready.png", display)

    window.generate()
    model = window.queue_model
    await until(
        lambda: model.rowCount() and model.job_at(0).state.finished, "the preview to render"
    )
    job = model.job_at(0)
    if job.state is not JobState.SUCCEEDED:
        raise SystemExit(f"The preview job ended {job.state.label}: {job.error}")
    await until(lambda: window.player.media_player.position() > 900, "the clip to play")
    window.player.media_player.pause()
    await settle()
    await asyncio.to_thread(shoot, out, "03-playing.png", display)

    window.open_settings()
    await settle()
    await asyncio.to_thread(shoot, out, "04-settings.png", display)
    window.settings_dialog.reject()

    await storyboard_scene(window, out, display, storyboard_frames(frame.parent))
    window.close()


async def storyboard_scene(window, out: Path, display: str, frames: list[Path]) -> None:
    """A board of four frames, rendered as four shots, its sequence paused in shot 2."""
    from app.core.storyboard import ShotStatus

    async def until(predicate, what: str, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise SystemExit(f"Timed out waiting for {what}.")
            await asyncio.sleep(0.1)

    window.banner.hide()  # the welcome has been read and closed by now
    window.activateWindow()  # in front: no "finished in the background" notifications
    window.set_mode("storyboard")
    view = window.storyboard
    view.add_frames(frames)
    view.select_shot(0)
    view.panel.set_values({"duration": 2, "resolution": "480p", "ratio": "16:9"})
    view.apply_to_all()
    prompts = [
        "Slow push in on the lighthouse as the sun touches the hills",
        "The sun sinks; the sea wind moves the grass",
        "Dusk: the lamp flickers on and sweeps the bay",
        "Night falls; the beam turns over the water",
    ]
    for row, prompt in enumerate(prompts):
        view.select_shot(row)
        view.panel.set_values({"prompt": prompt})
    view.save_as(frames[0].parent / "Lighthouse at dusk.storyboard.json")
    await until(view.generate_button.isEnabled, "the storyboard to be ready to generate")
    view.generate()
    await until(lambda: view.confirmation_buttons(), "the price confirmation")
    view.confirmation_buttons()[0].click()
    rows = range(4)
    await until(
        lambda: (
            all(view.shot_model.status(r) is ShotStatus.DONE for r in rows)
            and all(view.shot_model.picture(r) is not None for r in rows)
        ),
        "the four shots to render",
    )
    view.select_shot(1)
    view.play_sequence(0)
    await until(
        lambda: view.player.current_index == 1 and view.player.media_player.position() > 900,
        "the sequence to reach shot 2",
    )
    view.player.pause()
    await asyncio.sleep(PAINT_SECONDS)
    await asyncio.to_thread(shoot, out, "05-storyboard.png", display)


def run_scene(out: Path, display: str, width: int, height: int, language: str) -> int:
    """The child process: the real window on the X display, over a throw-away home."""
    home = Path(tempfile.mkdtemp(prefix="storyreel-shots-"))
    os.environ["STORYREEL_HOME"] = str(home)
    try:
        from app.core.languages import Language
        from app.ui import i18n
        from app.ui.app import build_window, make_application, run, run_window

        app = make_application([])
        i18n.install(app, Language.parse(language))
        window = build_window()
        window.setGeometry(0, 0, width, height)
        frame = sample_frame(home / "lighthouse.png")

        async def until_done(win) -> None:
            # The window is the one in front: no "finished in the background" notification.
            win.activateWindow()
            await scene(win, out, display, frame)

        async def drive() -> int:
            return await asyncio.wait_for(
                run_window(window, until=until_done, log=False), SCENE_SECONDS
            )

        return run(app, drive())
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--display", default=":99")
    parser.add_argument("--size", default="1440x900", help="screen size, WIDTHxHEIGHT")
    parser.add_argument(
        "--no-xvfb", action="store_true", help="use the DISPLAY already set instead of Xvfb"
    )
    parser.add_argument(
        "--language", default="system", help="the window's language: system, en, it, de, zh_CN, ko"
    )
    parser.add_argument("--scene", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    out = args.out.resolve()
    if args.scene:
        return run_scene(out, os.environ["DISPLAY"], width, height, args.language)

    for tool in ("import",) + (() if args.no_xvfb else ("Xvfb",)):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (scripts/dev.sh shot installs it).")
    out.mkdir(parents=True, exist_ok=True)
    server = None if args.no_xvfb else start_xvfb(args.display, args.size)
    display = os.environ.get("DISPLAY", args.display) if args.no_xvfb else args.display
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        # Never the user's keyring, and never a real key: the scene is offline.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    env.pop("RUNCOMFY_API_TOKEN", None)
    try:
        # The window runs in its own process, which ends (closing its X connection)
        # before the X server is stopped.
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--scene",
                "--out",
                str(out),
                "--size",
                args.size,
                "--language",
                args.language,
            ],
            env=env,
            timeout=SCENE_SECONDS + 30,
        )
        return child.returncode
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
