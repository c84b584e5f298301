"""Checks a built Storyreel bundle the way a user's machine would meet it.

    python packaging/check_bundle.py dist/storyreel [--download FILE]... [--no-run]
    python packaging/check_bundle.py dist/storyreel --debian-depends

Given the bundle folder (``dist/storyreel``, or ``dist/Storyreel.app`` on macOS) it checks:

* its size on disk is under the target, and each ``--download`` file (the .tar.gz, the
  .deb, the setup .exe, the .dmg) is under the download target;
* no Qt module, plugin or translation that bundle_rules leaves out is present, nor numpy,
  nor (on Linux) a system library that the package declares as a dependency instead;
* on Linux, every library any bundled binary needs is either bundled or a known system
  library (so the .deb's Depends are complete);
* the licences folder and the app's resources (model schemas, icons, sample frames) are there;
* ``storyreel --smoke-test`` exits 0, offscreen, over a throw-away home;
* ``storyreel run ... --offline`` writes an MP4 that PyAV decodes with the right size,
  duration and frame count;
* ``storyreel storyboard ... --export otio,xml,edl,pdf`` hands a board over through
  OpenTimelineIO and its adapters (found through their plugin manifests in the bundle).

The two runs get a temporary HOME and STORYREEL_HOME, no display, no D-Bus session, and
no network: inside an empty network namespace when ``unshare`` allows it, and in any case
with every proxy variable pointing at a closed loopback port, so anything that tried to
reach the internet would fail the check. ``--debian-depends`` prints the Depends and
Recommends lines for the .deb, computed from what the bundled binaries need.

Exit status: 0 when every check passes, 1 otherwise, with one line per check.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules as rules  # noqa: E402

MODEL = "bytedance/seedance-1-0/pro/image-to-video"
CLIP_SECONDS = 2
CLIP_HEIGHT = 480  # --set resolution=480p
CLIP_ASPECT = 16 / 9  # --set ratio=16:9
RUN_TIMEOUT = 180  # seconds; a cold start on a slow CI disk plus a 2 s render


@dataclass
class Result:
    name: str
    problems: list[str]
    detail: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Bundle:
    """Where things are in a built bundle, on each platform."""

    root: Path

    @property
    def is_mac_app(self) -> bool:
        return self.root.suffix == ".app"

    @property
    def executable(self) -> Path:
        if self.is_mac_app:
            return self.root / "Contents" / "MacOS" / rules.EXECUTABLE
        if sys.platform == "win32":
            return self.root / f"{rules.EXECUTABLE}-cli.exe"
        return self.root / rules.EXECUTABLE

    @property
    def content_dirs(self) -> list[Path]:
        """Folders that hold the bundle's data (PyInstaller's contents directory)."""
        if self.is_mac_app:
            return [self.root / "Contents" / "Resources", self.root / "Contents" / "Frameworks"]
        return [self.root / "_internal"]

    def find(self, *parts: str) -> Path | None:
        for folder in self.content_dirs:
            candidate = folder.joinpath(*parts)
            if candidate.exists():
                return candidate
        return None

    def files(self) -> list[Path]:
        return sorted(path for path in self.root.rglob("*") if path.is_file() or path.is_symlink())

    def relative(self, path: Path) -> str:
        for folder in self.content_dirs:
            if path.is_relative_to(folder):
                return path.relative_to(folder).as_posix()
        return path.relative_to(self.root).as_posix()


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def disk_usage(root: Path) -> int:
    """Bytes the folder takes on disk (like ``du``): allocated blocks, each file once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [root, *root.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        blocks = getattr(info, "st_blocks", None)
        total += blocks * 512 if blocks is not None else info.st_size
    return total


def check_size(bundle: Bundle, downloads: list[Path]) -> Result:
    problems = []
    used = disk_usage(bundle.root)
    limit = rules.MAX_INSTALLED_MB * 1_000_000
    if used >= limit:
        problems.append(
            f"The bundle takes {megabytes(used)} on disk; the target is under "
            f"{rules.MAX_INSTALLED_MB} MB."
        )
    details = [f"bundle {megabytes(used)} on disk"]
    for download in downloads:
        size = download.stat().st_size
        details.append(f"{download.name} {megabytes(size)}")
        if size >= rules.MAX_DOWNLOAD_MB * 1_000_000:
            problems.append(
                f"The download {download.name} is {megabytes(size)}; the target is under "
                f"{rules.MAX_DOWNLOAD_MB} MB."
            )
    return Result("size", problems, ", ".join(details))


def bundled_languages(bundle: Bundle) -> set[str]:
    folder = bundle.find("app", "resources", "i18n")
    if folder is None:
        return set()
    return {p.stem.removeprefix("storyreel_") for p in folder.glob("storyreel_*.qm")}


def check_contents(bundle: Bundle) -> Result:
    """Nothing the rules leave out made it in, and no link points at a missing file.

    Left out: unused Qt modules, plugins and translations, numpy, development tools and,
    on Linux, the libraries the package takes from the system.
    """
    problems = []
    languages = bundled_languages(bundle)
    linux = sys.platform.startswith("linux") and not bundle.is_mac_app
    for path in bundle.files():
        relative = bundle.relative(path)
        parts = relative.split("/")
        if path.is_symlink() and not path.exists():
            problems.append(f"{relative} is a link to {os.readlink(path)}, which is not there.")
            continue
        if "numpy" in parts or "numpy.libs" in parts:
            problems.append(f"numpy is bundled ({relative}); Storyreel does not depend on it.")
            continue
        reason = rules.leave_out(relative, linux=linux, languages=languages)
        if reason:
            problems.append(f"{relative} is bundled, but it is a {reason}.")
    return Result("contents", sorted(set(problems))[:40])


def elf_files(bundle: Bundle) -> dict[str, list[Path]]:
    """Every ELF file in the bundle, by file name (how the loader looks them up)."""
    found: dict[str, list[Path]] = {}
    for path in bundle.files():
        if path.is_symlink() or rules.elf_needed(path) is not None:
            found.setdefault(path.name, []).append(path)
    return found


def system_libraries(bundle: Bundle) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Libraries the bundle needs from the system: (required, optional), soname -> users.

    Follows DT_NEEDED from every file something loads by path (Python modules, Qt plugins,
    libpython, the executable) through the bundled libraries. What is reached only from a
    plugin that loads when the desktop offers it (Wayland, GTK) is optional.
    """
    by_name = elf_files(bundle)
    required: dict[str, set[str]] = {}
    optional: dict[str, set[str]] = {}
    roots = [
        path
        for paths in by_name.values()
        for path in paths
        if rules.is_load_root(bundle.relative(path)) or path == bundle.executable
    ]
    for root in roots:
        relative = bundle.relative(root)
        plugin = relative.split("plugins/", 1)[1] if "plugins/" in relative else None
        target = optional if plugin and rules.is_optional_plugin(plugin) else required
        seen: set[Path] = set()
        queue = [root]
        while queue:
            path = queue.pop()
            if path in seen:
                continue
            seen.add(path)
            for needed in rules.elf_needed(path.resolve()) or []:
                if needed in by_name:
                    queue.extend(by_name[needed])
                else:
                    target.setdefault(needed, set()).add(path.name)
    for name in required:
        optional.pop(name, None)
    return required, optional


def check_linux_libraries(bundle: Bundle) -> Result:
    required, optional = system_libraries(bundle)
    problems = [
        f"{name}, needed by {', '.join(sorted(users)[:3])}, is neither bundled nor a known "
        "system library: bundle it or add it to bundle_rules.DEBIAN_PACKAGES."
        for name, users in sorted({**optional, **required}.items())
        if name not in rules.DEBIAN_PACKAGES
    ]
    detail = f"{len(required)} required and {len(optional)} optional system libraries"
    return Result("system libraries", problems, detail)


def glibc_floor(bundle: Bundle) -> str | None:
    """The newest glibc symbol version any bundled binary asks for (needs binutils' objdump)."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return None
    newest: tuple[int, ...] = ()
    for paths in elf_files(bundle).values():
        for path in paths:
            if path.is_symlink():
                continue
            listing = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True)
            for found in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", listing.stdout):
                newest = max(newest, tuple(int(part) for part in found.split(".")))
    return ".".join(map(str, newest)) if newest else None


def debian_relations(bundle: Bundle) -> dict[str, list[str]]:
    """The .deb's Depends, Recommends and Suggests, from what the bundle needs."""
    required, optional = system_libraries(bundle)
    depends = {rules.DEBIAN_PACKAGES[n] for n in required if n in rules.DEBIAN_PACKAGES}
    wanted = {rules.DEBIAN_PACKAGES[n] for n in optional if n in rules.DEBIAN_PACKAGES} - depends
    floor = glibc_floor(bundle)
    listed = sorted(depends)
    if floor and "libc6" in depends:
        listed[listed.index("libc6")] = f"libc6 (>= {floor})"
    return {
        "Depends": listed,
        "Recommends": sorted((wanted - rules.DEBIAN_SUGGESTS) | rules.DEBIAN_FONT_RECOMMENDS),
        "Suggests": sorted(wanted & rules.DEBIAN_SUGGESTS),
    }


def check_licences(bundle: Bundle) -> Result:
    folder = bundle.find("licenses")
    if folder is None:
        return Result("licences", ["The licenses folder is missing from the bundle."])
    wanted = [
        "Storyreel/LICENSE",
        "LGPL-3.0.txt",
        "GPL-3.0.txt",
        "GPL-2.0.txt",
        "THIRD-PARTY-NOTICES.md",
        "Python/LICENSE.txt",
        "pyinstaller",
        "av",
        "pillow",
        "httpx",
        "certifi",
        "keyring",
        "qasync",
        "platformdirs",
    ]
    problems = [
        f"The licences folder has no {name}." for name in wanted if not (folder / name).exists()
    ]
    count = sum(1 for path in folder.rglob("*") if path.is_file())
    return Result("licences", problems, f"{count} licence files")


def check_resources(bundle: Bundle) -> Result:
    problems = []
    models = bundle.find("app", "resources", "models")
    schemas = sorted(models.glob("*.json")) if models else []
    if not schemas:
        problems.append("The model schemas (app/resources/models/*.json) are missing.")
    icons = bundle.find("app", "resources", "icons")
    for name in ("storyreel.svg", "storyreel-256.png"):
        if icons is None or not (icons / name).is_file():
            problems.append(f"The icon app/resources/icons/{name} is missing.")
    samples = bundle.find("app", "resources", "samples")
    frames = sorted(samples.glob("*.jpg")) if samples else []
    if samples is None or not (samples / "samples.json").is_file() or not frames:
        problems.append(
            "The sample frames of the welcome screen (app/resources/samples/) are missing."
        )
    # Storyreel's translations, and Qt's own for each of their languages (standard buttons).
    i18n = bundle.find("app", "resources", "i18n")
    catalogues = sorted(i18n.glob("storyreel_*.qm")) if i18n else []
    if not catalogues:
        problems.append("The translations (app/resources/i18n/storyreel_*.qm) are missing.")
    qt_names = {path.name for path in bundle.files() if path.name.startswith("qtbase_")}
    for catalogue in catalogues:
        lang = catalogue.stem.removeprefix("storyreel_")
        if lang != "en" and f"qtbase_{lang}.qm" not in qt_names:
            problems.append(f"Qt's own translation qtbase_{lang}.qm is missing.")
    return Result(
        "resources",
        problems,
        f"{len(schemas)} model schemas, {len(frames)} sample frames, "
        f"{len(catalogues)} translations",
    )


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment of a first start on a machine with no network and no desktop."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.upper().endswith("_PROXY")
        and key
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
            "RUNCOMFY_API_TOKEN",
            "RUNCOMFY_API_BASE",
            "PYTHONPATH",
            "PYTHONHOME",
            "LD_LIBRARY_PATH",
            "QT_PLUGIN_PATH",
        }
    }
    for name in ("home", "config", "data", "cache", "state", "appdata", "localappdata"):
        (home / name).mkdir(parents=True, exist_ok=True)
    closed_port = "http://127.0.0.1:9"  # the discard port: nothing listens there
    env.update(
        HOME=str(home / "home"),
        USERPROFILE=str(home / "home"),
        APPDATA=str(home / "appdata"),
        LOCALAPPDATA=str(home / "localappdata"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        STORYREEL_HOME=str(home / "storyreel"),
        QT_QPA_PLATFORM="offscreen",
        HTTP_PROXY=closed_port,
        HTTPS_PROXY=closed_port,
        ALL_PROXY=closed_port,
        http_proxy=closed_port,
        https_proxy=closed_port,
        all_proxy=closed_port,
        NO_PROXY="127.0.0.1,localhost,::1",
        no_proxy="127.0.0.1,localhost,::1",
    )
    return env


def network_jail() -> list[str]:
    """A command prefix that runs a program with only a loopback interface, when possible."""
    if not sys.platform.startswith("linux"):
        return []
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if not (unshare and ip):
        return []
    bring_up_loopback = f'"{ip}" link set lo up && exec "$@"'
    prefix = [unshare, "--net", "--map-root-user", "sh", "-c", bring_up_loopback, "sh"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    return prefix if probe.returncode == 0 else []


def run_bundle(bundle: Bundle, args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    command = [*network_jail(), str(bundle.executable), *args]
    return subprocess.run(
        command,
        env=isolated_environment(home),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        cwd=home,
    )


def last_lines(text: str, count: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-count:])


def check_smoke_test(bundle: Bundle) -> Result:
    with tempfile.TemporaryDirectory(prefix="storyreel-check-") as tmp:
        done = run_bundle(bundle, ["--smoke-test"], Path(tmp))
    if done.returncode != 0:
        return Result(
            "smoke test",
            [
                f"'{bundle.executable.name} --smoke-test' exited with {done.returncode}; "
                f"its last output:\n{last_lines(done.stdout + done.stderr)}"
            ],
        )
    passed = [line for line in done.stdout.splitlines() if line.strip()]
    return Result("smoke test", [], passed[-1] if passed else "exit 0")


def write_first_frame(path: Path) -> None:
    """A 1280 x 720 PNG with shapes in it, made with Pillow like a user's drawing."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1280, 720), (38, 70, 140))
    draw = ImageDraw.Draw(image)
    draw.ellipse((440, 160, 840, 560), fill=(250, 190, 60))
    draw.rectangle((80, 520, 1200, 640), fill=(30, 30, 40))
    image.save(path)


def check_offline_run(bundle: Bundle) -> Result:
    import av

    name = "offline run"
    with tempfile.TemporaryDirectory(prefix="storyreel-check-") as tmp:
        folder = Path(tmp)
        frame = folder / "first frame.png"
        write_first_frame(frame)
        out = folder / "out"
        args = [
            "run",
            MODEL,
            "--offline",
            "--set",
            "prompt=test",
            "--set",
            f"duration={CLIP_SECONDS}",
            "--set",
            f"resolution={CLIP_HEIGHT}p",
            "--set",
            "ratio=16:9",
            "--file",
            f"first_frame_image_url={frame}",
            "--out",
            str(out),
        ]
        done = run_bundle(bundle, args, folder)
        if done.returncode != 0:
            return Result(
                name,
                [
                    f"'{bundle.executable.name} run {MODEL} --offline' exited with "
                    f"{done.returncode}; its last output:\n{last_lines(done.stdout + done.stderr)}"
                ],
            )
        videos = sorted(out.glob("*.mp4"))
        if len(videos) != 1:
            return Result(name, [f"Expected one MP4 in {out}, found {len(videos)}."])
        with av.open(str(videos[0])) as container:
            stream = container.streams.video[0]
            width, height = stream.codec_context.width, stream.codec_context.height
            frames = sum(1 for _ in container.decode(stream))
            rate = float(stream.average_rate or 0)
            duration = frames / rate if rate else 0.0
    problems = []
    expected_width = CLIP_HEIGHT * CLIP_ASPECT
    if height != CLIP_HEIGHT or abs(width - expected_width) > 2:
        problems.append(
            f"The clip is {width} x {height} px; 480p at 16:9 should be about "
            f"{expected_width:.0f} x {CLIP_HEIGHT} px."
        )
    if abs(duration - CLIP_SECONDS) > 2 / max(rate, 1):
        problems.append(
            f"The clip lasts {duration:.2f} s ({frames} frames at {rate:g} fps); "
            f"{CLIP_SECONDS} s were asked for."
        )
    detail = f"{videos[0].name}: {width} x {height}, {frames} frames, {duration:.2f} s"
    return Result(name, problems, detail)


# What each edit-list file must hold: written by OTIO's own format and by each adapter.
HANDOFF_MARKS = {
    "otio": '"OTIO_SCHEMA": "Timeline.',
    "xml": "<xmeml",
    "edl": "* FROM CLIP: frames/frame 2.png",
    "pdf": "%PDF",
}


def check_handoff(bundle: Bundle) -> Result:
    """A two-frame board exported as an edit list in every format, with nothing rendered."""
    import json

    name = "edit-list export"
    with tempfile.TemporaryDirectory(prefix="storyreel-check-") as tmp:
        folder = Path(tmp)
        (folder / "frames").mkdir()
        for n in (1, 2):
            write_first_frame(folder / "frames" / f"frame {n}.png")
        board = folder / "Check.storyboard.json"
        board.write_text(
            json.dumps(
                {
                    "format": "storyreel-storyboard",
                    "version": 2,
                    "frames": [
                        {"id": "a", "image": "frames/frame 1.png"},
                        {"id": "b", "image": "frames/frame 2.png"},
                    ],
                }
            ),
            encoding="utf-8",
        )
        kinds = ",".join(HANDOFF_MARKS)
        args = ["storyboard", str(board), "--no-render", "--export", kinds]
        done = run_bundle(bundle, args, folder)
        if done.returncode != 0:
            return Result(
                name,
                [
                    f"'{bundle.executable.name} storyboard --export {kinds}' exited with "
                    f"{done.returncode}; its last output:\n{last_lines(done.stdout + done.stderr)}"
                ],
            )
        problems = []
        for suffix, mark in HANDOFF_MARKS.items():
            path = folder / f"Check.{suffix}"
            text = path.read_bytes().decode("utf-8", "replace") if path.is_file() else ""
            if mark not in text:
                problems.append(f"{path.name} is missing or does not hold {mark!r}.")
    return Result(name, problems, f"{kinds} written")


def run_checks(bundle: Bundle, downloads: list[Path], run: bool) -> list[Result]:
    results = [
        check_size(bundle, downloads),
        check_contents(bundle),
        check_licences(bundle),
        check_resources(bundle),
    ]
    if sys.platform.startswith("linux"):
        results.append(check_linux_libraries(bundle))
    if not bundle.executable.is_file():
        results.append(Result("executable", [f"{bundle.executable} does not exist."]))
    elif run:
        results.append(check_smoke_test(bundle))
        results.append(check_offline_run(bundle))
        results.append(check_handoff(bundle))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="dist/storyreel, or dist/Storyreel.app")
    parser.add_argument(
        "--download", type=Path, action="append", default=[], help="an installer to size-check"
    )
    parser.add_argument("--no-run", action="store_true", help="skip the two runs")
    parser.add_argument(
        "--debian-depends",
        action="store_true",
        help="print the .deb's Depends, Recommends and Suggests",
    )
    args = parser.parse_args(argv)
    bundle = Bundle(args.bundle.resolve())
    if not bundle.root.is_dir():
        print(f"{args.bundle} is not a folder: build the bundle first.", file=sys.stderr)
        return 1
    if args.debian_depends:
        for field, packages in debian_relations(bundle).items():
            print(f"{field}: {', '.join(packages)}")
        return 0
    results = run_checks(bundle, args.download, run=not args.no_run)
    for result in results:
        status = "ok" if result.ok else "FAILED"
        print(f"{status:>6}  {result.name}" + (f": {result.detail}" if result.detail else ""))
        for problem in result.problems:
            print(f"        {problem}")
    failed = [r.name for r in results if not r.ok]
    print(f"check_bundle: {len(results) - len(failed)} checks passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
