"""The command line's package keeps its shape: the command modules lean on ``common`` (and on
each other) without a cycle, only ``app.__main__`` imports ``main``, and no private name is
imported from one module into another."""

from __future__ import annotations

import ast
from pathlib import Path

import app

ROOT = Path(app.__file__).parent


def imported(path: Path) -> list[tuple[str, str | None]]:
    """(module, name) for every import in the file, at any depth; name None for ``import m``."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found += [(node.module, alias.name) for alias in node.names]
    return found


def app_files() -> dict[str, Path]:
    files = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        files[name] = path
    return files


def cli_edges() -> dict[str, set[str]]:
    """Which app.cli module imports which other app.cli module."""
    files = app_files()
    edges: dict[str, set[str]] = {}
    for name, path in files.items():
        if not name.startswith("app.cli"):
            continue
        targets = set()
        for module, member in imported(path):
            full = f"{module}.{member}" if member else module
            target = full if full in files else module
            if target.startswith("app.cli.") and target != name:
                targets.add(target)
        edges[name] = targets
    return edges


def private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_name_crosses_a_file():
    crossing = [
        f"{name} imports {member} from {module}"
        for name, path in app_files().items()
        for module, member in imported(path)
        if module.startswith("app") and member and private(member)
        if name.startswith("app.cli") or module.startswith("app.cli")
    ]
    assert crossing == []


def test_only_the_entry_point_imports_the_command_line_main():
    importers = sorted(
        name
        for name, path in app_files().items()
        for module, member in imported(path)
        if module == "app.cli.main" or (module == "app.cli" and member == "main")
    )
    assert importers == ["app.__main__"]


def test_the_command_modules_import_each_other_without_a_cycle():
    edges = cli_edges()
    assert "app.cli.common" in edges["app.cli.jobs"]
    assert not any("app.cli.main" in targets for targets in edges.values())
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name in done:
            return
        for target in edges.get(name, ()):
            visit(target, (*path, name))
        done.add(name)

    for name in edges:
        visit(name, ())
