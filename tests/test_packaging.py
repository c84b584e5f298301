"""What `pip install .` gives: every package, the bundled resources, a working `storyreel`."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    # resources/ is installed as app.resources, each of its data folders as a package of it.
    data_folders = {
        f"app.resources.{folder.name}"
        for folder in (ROOT / "resources").iterdir()
        if folder.is_dir() and folder.name != "__pycache__"
    }
    assert found | {"app.resources"} | data_folders == listed


@pytest.mark.slow
def test_an_installed_wheel_runs_with_its_resources(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = wheels.glob("storyreel-*.whl")
    site = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    assert (site / "app" / "resources" / "models").is_dir()
    # Run from an unrelated folder, with the installed copy first on the path.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app, app.core.resources as r; "
            "print(app.__file__); print(len(r.listdir('models')))",
        ],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    where, count = probe.stdout.split()
    assert where.startswith(str(site)) and count == "5"
    models = subprocess.run(
        [sys.executable, "-m", "app", "models"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert models.returncode == 0 and len(models.stdout.splitlines()) == 5


def test_the_version_the_app_reports_is_the_packages():
    import app

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert app.__version__ == project["version"]
