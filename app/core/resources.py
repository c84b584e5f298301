"""One way to find bundled resources, from a checkout, an installed wheel or a frozen bundle.

The top-level ``resources/`` folder is installed as the package ``app.resources`` (see
``pyproject.toml``), so ``importlib.resources`` finds it wherever the code runs. In a bare
checkout that was never installed, the same folder is found next to the ``app`` package:
relative to the code, never to the working directory.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.abc import Traversable


@functools.cache
def root() -> Traversable:
    try:
        return resources.files("app.resources")
    except ModuleNotFoundError:
        return resources.files("app").joinpath("..", "resources")


def path(*parts: str) -> Traversable:
    node = root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return path(*parts).read_bytes()


def listdir(*parts: str) -> list[Traversable]:
    folder = path(*parts)
    if not folder.is_dir():
        return []
    return sorted(folder.iterdir(), key=lambda item: item.name)
