"""The layers hold: nothing below app/ui imports Qt, app/core does not touch the network, and
app/api never imports the simulator."""

from __future__ import annotations

import ast
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


def _names_imported(path: Path) -> list[str]:
    """Every module a file imports, and every string it hands to importlib or __import__."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__", "find_spec"):
                names += [
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                ]
    return names


def test_the_api_never_imports_the_simulator():
    # The offline preview engine is handed to the Engine (app.offline); the API layer talks to
    # RunComfy and must not depend on the test double, not even lazily.
    files = sorted((ROOT / "api").rglob("*.py"))
    assert files
    found = {
        f"{path.relative_to(ROOT.parent)}: {name}"
        for path in files
        for name in _names_imported(path)
        if name == "app.sim" or name.startswith("app.sim.")
    }
    assert not found, "app.api imports the simulator:\n" + "\n".join(sorted(found))


def test_the_layer_check_sees_every_way_of_importing(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import importlib\n"
        "from app import sim\n"
        "def later():\n"
        "    import app.sim.server\n"
        "    from app.sim.render import RenderSpec\n"
        "    importlib.import_module('app.sim.server')\n"
        "    __import__('app.sim.faults')\n",
        encoding="utf-8",
    )
    names = _names_imported(sample)
    assert {"app.sim", "app.sim.server", "app.sim.render", "app.sim.faults"} <= set(names)
