"""The Linux installers, built from this checkout and used the way a user would use them.

One build (``packaging/build_linux.sh --fast``: the same contents with light compression)
serves the slow tests: the bundle passes every check of ``packaging/check_bundle.py``
(size, contents, licences, resources, system libraries, the smoke test and an offline
preview rendered with no network and decoded with PyAV), the .deb installs the bundle
under /opt with a command, a menu entry and icons, and the portable archive runs from
any folder and can add itself to the menu. The fast tests show that the checker catches
what must not ship, on every platform's file names.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_SECONDS = 900  # about 2 minutes on two cores; generous for a cold CI disk


def linux_build(test):
    """Marks a test that needs the Linux build: slow, given time to build, Linux only."""
    for mark in (
        pytest.mark.slow,
        pytest.mark.timeout(BUILD_SECONDS + 300),
        pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds Linux installers"),
    ):
        test = mark(test)
    return test


sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules  # noqa: E402
import check_bundle  # noqa: E402

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of one fast build, in a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip(
            "PyInstaller is not installed in this environment "
            "(pip install 'pyinstaller>=6.22,<7'), so the installers cannot be built."
        )
    folder = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    done = subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "build_linux.sh"),
            "--fast",
            "--no-check",
            "--dist",
            str(folder),
            "--work",
            str(work),
            "--python",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        cwd=ROOT,
    )
    assert done.returncode == 0, f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return folder


def run_storyreel(executable: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYREEL_HOME": str(cwd / "home")}
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


@linux_build
def test_the_bundle_passes_every_check(dist: Path) -> None:
    results = check_bundle.run_checks(check_bundle.Bundle(dist / "storyreel"), [], run=True)
    failed = {result.name: result.problems for result in results if not result.ok}
    assert not failed, failed
    names = {result.name for result in results}
    expected = {"size", "contents", "licences", "smoke test", "offline run", "edit-list export"}
    assert expected <= names  # the last: OTIO's adapters are found inside the bundle


@linux_build
def test_the_deb_installs_a_command_a_menu_entry_and_icons(dist: Path, tmp_path: Path) -> None:
    deb = dist / f"storyreel_{VERSION}_amd64.deb"
    if not deb.exists():
        [deb] = dist.glob(f"storyreel_{VERSION}_*.deb")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: storyreel" in fields
    assert f"Version: {VERSION}" in fields
    for package in ("libc6 (>= 2.", "libgl1", "libegl1", "libxkbcommon0", "libpulse0"):
        assert package in fields

    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "./usr/bin/storyreel -> /opt/storyreel/storyreel" in contents
    assert "./usr/share/applications/storyreel.desktop" in contents
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/storyreel.png" in contents
    assert "./usr/share/icons/hicolor/scalable/apps/storyreel.svg" in contents
    assert "./usr/share/doc/storyreel/copyright" in contents

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "usr/share/applications/storyreel.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Icon"]) == (
        "Application",
        "storyreel",
        "storyreel",
    )
    models = run_storyreel(root / "opt/storyreel/storyreel", "models", cwd=tmp_path)
    assert models.returncode == 0, models.stderr
    assert len(models.stdout.splitlines()) == 5


@linux_build
@pytest.mark.parametrize("suffix", ["tar.xz", "tar.gz"])
def test_the_portable_archive_runs_from_any_folder(dist: Path, tmp_path: Path, suffix) -> None:
    [archive] = dist.glob(f"storyreel-{VERSION}-linux-*.{suffix}")
    target = tmp_path / "my apps"
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    folder = target / f"storyreel-{VERSION}"
    assert "./storyreel" in (folder / "README.txt").read_text(encoding="utf-8")
    assert (folder / "licenses" / "THIRD-PARTY-NOTICES.md").is_file()

    models = run_storyreel(folder / "storyreel", "models", cwd=tmp_path)
    assert models.returncode == 0, models.stderr
    assert "bytedance/seedance-1-0/pro/image-to-video" in models.stdout

    data = tmp_path / "xdg data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = folder / "install-desktop-entry.sh"
    subprocess.run([str(script)], check=True, env=env, capture_output=True)
    entry = (data / "applications" / "storyreel.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/storyreel"' in entry
    assert (data / "icons/hicolor/256x256/apps/storyreel.png").is_file()
    subprocess.run([str(script), "--remove"], check=True, env=env, capture_output=True)
    assert not (data / "applications" / "storyreel.desktop").exists()
    assert not (data / "icons/hicolor/256x256/apps/storyreel.png").exists()


def test_the_checker_names_each_file_that_must_not_ship(tmp_path: Path) -> None:
    bundle = tmp_path / "storyreel"
    unwanted = [
        "numpy/__init__.py",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/translations/qt_help_de.qm",
        "PySide6/designer",
    ]
    wanted = [
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "app/resources/models/model.json",
    ]
    for name in unwanted + wanted:
        path = bundle / "_internal" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")

    result = check_bundle.check_contents(check_bundle.Bundle(bundle))

    assert not result.ok
    assert "numpy is bundled (numpy/__init__.py); Storyreel does not depend on it." in (
        result.problems
    )
    for name in unwanted[1:]:
        assert any(
            problem.startswith(f"{name} is bundled, but it is a") for problem in (result.problems)
        ), name
    assert not any(name in " ".join(result.problems) for name in wanted)


@pytest.mark.parametrize(
    ("path", "left_out"),
    [
        ("PySide6/Qt6WebEngineCore.dll", True),  # Windows
        ("PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore", True),  # macOS
        ("PySide6/Qt3DRender.pyd", True),
        ("PySide6/QtQuick.abi3.so", False),  # excluded from analysis, not by file name
        ("PySide6/Qt6Multimedia.dll", False),
        ("PySide6/Qt6Concurrent.dll", False),  # QtMultimedia links it
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qminimal.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ],
)
def test_the_rules_read_qt_file_names_of_every_platform(path: str, left_out: bool) -> None:
    reason = bundle_rules.leave_out(path, linux=False, languages=set())
    assert (reason is not None) is left_out, reason


def test_qt_translations_follow_the_languages_storyreel_ships() -> None:
    path = "PySide6/Qt/translations/qtbase_de.qm"
    assert bundle_rules.leave_out(path, linux=False, languages={"de"}) is None
    assert bundle_rules.leave_out(path, linux=False, languages={"fr"}) is not None
    brazilian = "PySide6/Qt/translations/qtmultimedia_pt_BR.qm"
    assert bundle_rules.leave_out(brazilian, linux=False, languages={"pt"}) is None


def test_a_download_over_the_target_fails_the_size_check(tmp_path: Path) -> None:
    bundle = tmp_path / "storyreel"
    (bundle / "_internal").mkdir(parents=True)
    download = tmp_path / "storyreel.tar.xz"
    with download.open("wb") as handle:  # sparse: the size is there, the disk is not used
        handle.truncate(bundle_rules.MAX_DOWNLOAD_MB * 1_000_000 + 1)

    result = check_bundle.check_size(check_bundle.Bundle(bundle), [download])

    assert result.problems == [
        f"The download storyreel.tar.xz is 90.0 MB; the target is under "
        f"{bundle_rules.MAX_DOWNLOAD_MB} MB."
    ]
