"""The layers hold: nothing below app/ui imports Qt, app/core does not touch the network,
app/api never imports the simulator, only the modules of the bridge package in app/ui reach
app/api and app/store,
and no two app modules import each other in a circle."""

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


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _app_imports() -> dict[str, set[str]]:
    """Each app module → the app modules it imports (each name resolved to the longest module
    that exists: ``from app.core.jobs import Job`` is ``app.core.jobs``)."""
    paths = {_module_of(path): path for path in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets = set()
        for imported in _names_imported(path):
            parts = imported.split(".")
            while parts and ".".join(parts) not in paths:
                parts.pop()
            target = ".".join(parts)
            if target and target != name and target.startswith("app"):
                targets.add(target)
        graph[name] = targets
    return graph


def _in_the_bridge(module: str) -> bool:
    return module == "app.ui.bridge" or module.startswith("app.ui.bridge.")


def _ui_modules_reaching_the_engine(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if module.startswith("app.ui") and not _in_the_bridge(module)
        for target in targets
        if target.startswith(("app.api", "app.store"))
    )


def test_in_the_ui_only_the_bridge_reaches_the_engine_layers():
    # Widgets talk to the engine through the bridge: commands go down through its Controller,
    # events come up as its signals. Only modules inside the app.ui.bridge package import
    # app.api or app.store.
    found = _ui_modules_reaching_the_engine(_app_imports())
    assert not found, "\n".join(found)


def test_the_bridge_rule_holds_for_every_other_ui_module():
    graph = {
        "app.ui.bridge": {"app.api.engine"},
        "app.ui.bridge.keys": {"app.api.secrets"},
        "app.ui.bridges": {"app.store.store"},  # a name that merely begins like the bridge's
        "app.ui.main_window": {"app.api.engine", "app.ui.bridge"},
        "app.ui.storyboard.view": {"app.store.ledger"},
    }
    assert _ui_modules_reaching_the_engine(graph) == [
        "app.ui.bridges imports app.store.store",
        "app.ui.main_window imports app.api.engine",
        "app.ui.storyboard.view imports app.store.ledger",
    ]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other in a circle (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_two_app_modules_import_each_other_in_a_circle():
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    cycles = _cycles(_app_imports())
    assert not cycles, "\n".join(" <-> ".join(group) for group in cycles)


def test_the_cycle_check_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
