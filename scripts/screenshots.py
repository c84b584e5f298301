"""Screenshots of the real Storyreel window, under a virtual X server.

    python scripts/screenshots.py [--out screenshots] [--display :99]
                                  [--sizes 1280x800,1920x1080@1.5] [--themes light,dark]
                                  [--language system|en|it|de|zh_CN|ko]

Starts Xvfb (unless --no-xvfb and a DISPLAY is already there), opens the real window on
Qt's xcb platform over a throw-away Storyreel home, drives it through one job on the free
offline preview engine and a storyboard, and saves what the screen shows at each step with
ImageMagick's ``import -window root``. Each screen size (``WIDTHxHEIGHT``, with ``@SCALE``
for a scaled desktop: ``1920x1080@1.5`` is 1920×1080 at 150 %, QT_SCALE_FACTOR=1.5) is shot
in each colour scheme, into ``OUT/WIDTHxHEIGHT[@SCALE]-THEME/``:

    01-first-start.png    the window as a new user first sees it (offline preview, welcome)
    02-failing-image.png  a first frame the model refuses (far too wide for a 16:9 shot),
                          with its fixes
    03-ready.png          a model chosen, a good first frame dropped in, a prompt written
    04-playing.png        the finished clip in the queue and playing inline
    05-settings.png       the Settings dialog
    06-storyboard.png     the Storyboard view: four frames rendered as four shots, the
                          sequence paused in its second shot
    07-framing.png        the framing tool, opened by the crop fix over the too-wide frame,
                          its rectangle moved over the lighthouse
    08-model-picker.png   the model picker open, its models by family
    09-export-for-editor.png  the storyboard's Export for an editor dialog

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
LIGHTHOUSE_X = 420  # where the too-wide frame's lighthouse stands, in its pixels


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


def stop_xvfb(server: subprocess.Popen[bytes], display: str) -> None:
    """Stop the server and wait until its display is free for the next screen size."""
    server.terminate()
    server.wait(timeout=10)
    socket = Path("/tmp/.X11-unix") / f"X{display.lstrip(':')}"
    deadline = time.monotonic() + 10
    while socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


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


def failing_frame(path: Path) -> Path:
    """A panorama far wider than the model takes (4:1), its lighthouse far from the middle:
    refused, with its fixes, and what a blind centre crop would cut out."""
    from PIL import Image, ImageDraw

    width, height = 2400, 600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(40 + 200 * t), int(60 + 90 * t), 150))
    draw.ellipse((1700, 230, 1800, 330), fill=(255, 214, 130))
    draw.polygon(
        [(0, 470), (700, 360), (1500, 450), (2400, 380), (2400, 600), (0, 600)], fill=(30, 45, 55)
    )
    left = LIGHTHOUSE_X
    draw.rectangle((left, 250, left + 36, 400), fill=(236, 236, 230))
    draw.rectangle((left, 280, left + 36, 300), fill=(200, 50, 50))
    draw.polygon([(left - 7, 250), (left + 43, 250), (left + 18, 224)], fill=(60, 60, 70))
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
    zone = window.panel.field_widget("first_frame_image_url").zones()[0]
    # The shot is 16:9: the crop fix (and the framing tool) lock to it.
    window.panel.set_values(
        {"ratio": "16:9", "first_frame_image_url": str(failing_frame(frame.parent / "wide.png"))}
    )
    await until(lambda: zone.state() == "invalid", "the too-wide frame to be refused")
    await until(lambda: zone.fix_buttons, "the fixes to be offered")
    await settle()
    # The fixes in view, as the user would scroll to them on a short screen.
    window.panel.scroll_area.ensureWidgetVisible(zone.fix_buttons[-1], 0, 16)
    await settle()
    await asyncio.to_thread(shoot, out, "02-failing-image.png", display)
    await framing_scene(window, zone, out, display)

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
    await asyncio.to_thread(shoot, out, "03-ready.png", display)

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
    # Under Xvfb the window is never the active one, so "Your clip is ready" pops up as if
    # the user were elsewhere; it goes by itself (or on a click) before the user looks.
    window.notifier.toast.hide()
    await settle()
    await asyncio.to_thread(shoot, out, "04-playing.png", display)

    window.open_settings()
    await settle()
    await asyncio.to_thread(shoot, out, "05-settings.png", display)
    window.settings_dialog.reject()

    window.picker.showPopup()
    await settle()
    await asyncio.to_thread(shoot, out, "08-model-picker.png", display)
    window.picker.hidePopup()

    await storyboard_scene(window, out, display, storyboard_frames(frame.parent))
    window.close()


async def framing_scene(window, zone, out: Path, display: str) -> None:
    """The framing tool open over the too-wide frame, framing its lighthouse: 07-framing.png.

    The crop fix opens it, its rectangle locked to the ratio the crop will give; it is moved
    over the lighthouse (as the user would drag it) and shot, then cancelled, so that the
    scene goes on with the frame as it was.
    """
    crops = [i for i, fix in enumerate(zone.fixes()) if fix.kind == "crop_ratio"]
    if not crops:
        raise SystemExit("The too-wide frame was offered no crop: the framing tool cannot open.")
    dialog = zone.request_fix(crops[0])
    if dialog is None:
        raise SystemExit("The crop fix did not open the framing tool.")
    canvas = dialog.canvas
    width = canvas.box().width
    canvas.set_box(LIGHTHOUSE_X + 18 - width / 3, 0, width)  # the tower on a third
    # Over the window, at the size it opens at.
    dialog.adjustSize()
    dialog.move(window.geometry().center() - dialog.rect().center())
    await asyncio.sleep(PAINT_SECONDS)
    await asyncio.to_thread(shoot, out, "07-framing.png", display)
    dialog.reject()
    await asyncio.sleep(PAINT_SECONDS)


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
    window.notifier.toast.hide()
    await asyncio.sleep(PAINT_SECONDS)
    await asyncio.to_thread(shoot, out, "06-storyboard.png", display)

    view.handoff.request_handoff()
    await until(lambda: view.handoff.dialog is not None, "the Export for an editor dialog")
    await asyncio.sleep(PAINT_SECONDS)
    await asyncio.to_thread(shoot, out, "09-export-for-editor.png", display)
    view.handoff.dialog.reject()


def use_colour_scheme(theme: str) -> None:
    """Light or dark, as chosen in Settings → Appearance (saved in the throw-away home).

    Under Xvfb there is no desktop scheme to follow, and "System" would stay light: the
    window is told the scheme as a user tells it, and draws Storyreel's own dark (or light)
    palette, the one a desktop without a dark palette of its own gets.
    """
    from app.core.settings import Appearance, Settings

    settings = Settings.load()
    settings.appearance = (Appearance.DARK if theme == "dark" else Appearance.LIGHT).value
    settings.save()


def run_scene(
    out: Path, display: str, width: int, height: int, theme: str, scale: float, language: str
) -> int:
    """The child process: the real window on the X display, over a throw-away home."""
    home = Path(tempfile.mkdtemp(prefix="storyreel-shots-"))
    os.environ["STORYREEL_HOME"] = str(home)
    try:
        from app.core.languages import Language
        from app.ui import i18n
        from app.ui.app import build_window, make_application, run, run_window

        app = make_application([])
        i18n.install(app, Language.parse(language))
        use_colour_scheme(theme)
        window = build_window()
        # The whole screen, in the logical pixels a scaled desktop gives the window.
        window.setGeometry(0, 0, round(width / scale), round(height / scale))
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


def parse_size(text: str) -> tuple[int, int, float]:
    """ "1280x800" or "1920x1080@1.5" (the screen in pixels, and the desktop's scaling)."""
    size, _, scale = text.strip().lower().partition("@")
    width, height = (int(n) for n in size.split("x"))
    return width, height, float(scale or 1)


def folder_name(width: int, height: int, scale: float, theme: str, language: str) -> str:
    at = "" if scale == 1 else f"@{scale:g}"
    spoken = "" if language == "system" else f"-{language}"
    return f"{width}x{height}{at}-{theme}{spoken}"


def shoot_one(
    out: Path, display: str, size: str, theme: str, scale: float, language: str
) -> int:
    """One window, one screen size, one colour scheme, in its own process."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        # Never the user's keyring, and never a real key: the scene is offline.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_SCALE_FACTOR": f"{scale:g}",
    }
    env.pop("RUNCOMFY_API_TOKEN", None)
    out.mkdir(parents=True, exist_ok=True)
    # The window runs in its own process, which ends (closing its X connection) before the
    # X server is stopped.
    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--scene",
            "--out",
            str(out),
            "--sizes",
            size,
            "--themes",
            theme,
            "--language",
            language,
        ],
        env=env,
        timeout=SCENE_SECONDS + 30,
    )
    return child.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--display", default=":99")
    parser.add_argument(
        "--sizes",
        default="1280x800,1920x1080@1.5",
        help="screens to shoot, WIDTHxHEIGHT[@SCALE] separated by commas",
    )
    parser.add_argument("--themes", default="light,dark", help="light, dark or both")
    parser.add_argument(
        "--no-xvfb", action="store_true", help="use the DISPLAY already set instead of Xvfb"
    )
    parser.add_argument(
        "--language", default="system", help="the window's language: system, en, it, de, zh_CN, ko"
    )
    parser.add_argument("--scene", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [parse_size(text) for text in args.sizes.split(",") if text.strip()]
    themes = [t.strip() for t in args.themes.split(",") if t.strip()]
    if not sizes or any(t not in ("light", "dark") for t in themes) or not themes:
        raise SystemExit("Give at least one size (like 1280x800) and themes light and/or dark.")
    out = args.out.resolve()
    if args.scene:
        (width, height, scale), theme = sizes[0], themes[0]
        return run_scene(out, os.environ["DISPLAY"], width, height, theme, scale, args.language)

    for tool in ("import",) + (() if args.no_xvfb else ("Xvfb",)):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (scripts/dev.sh shot installs it).")
    failed = 0
    for width, height, scale in sizes:
        server = None if args.no_xvfb else start_xvfb(args.display, f"{width}x{height}")
        display = os.environ.get("DISPLAY", args.display) if args.no_xvfb else args.display
        try:
            for theme in themes:
                folder = out / folder_name(width, height, scale, theme, args.language)
                size = f"{width}x{height}@{scale:g}"
                code = shoot_one(folder, display, size, theme, scale, args.language)
                if code:
                    print(f"{folder.name}: the scene ended with exit code {code}")
                    failed += 1
        finally:
            if server is not None:
                stop_xvfb(server, args.display)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
