"""The layers hold: nothing below app/ui imports Qt, and app/core does not touch the network."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(app.__file__).parent

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def __init__(self, names): self.names = names
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in self.names:
            raise ImportError(f'{name} must not be imported here')
sys.meta_path.insert(0, Block(set(sys.argv[1].split(','))))
import importlib
for module in sys.argv[2:]:
    importlib.import_module(module)
"""


def modules(prefix: str) -> list[str]:
    found = [prefix]
    package_dir = ROOT.joinpath(*prefix.split(".")[1:])
    for info in pkgutil.walk_packages([str(package_dir)], prefix=prefix + "."):
        found.append(info.name)
    return found


def import_with_blocked(blocked: list[str], names: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER, ",".join(blocked), *names],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_nothing_below_the_ui_imports_qt():
    names = ["app", *modules("app.cli")]
    for package in ("app.core", "app.api", "app.store", "app.sim"):
        names += modules(package)
    result = import_with_blocked(["PySide6", "qasync", "shiboken6"], names)
    assert result.returncode == 0, result.stderr


def test_the_core_needs_no_network_library():
    result = import_with_blocked(["httpx", "httpcore", "PySide6", "qasync"], modules("app.core"))
    assert result.returncode == 0, result.stderr
