"""A quicker way for Qt for Python to see whether a newly imported module uses it.

Qt for Python (PySide6) watches every import made after its own: for each new module it
decides whether the module takes part in its optional ``from __feature__ import …`` switches
by looking for the word "PySide6" in the module's source. It reads that source through
``inspect.getsource`` (the line cache, a tokenizer on the way), about 0.14 ms a module, and
Storyreel imports more than a hundred modules between Qt and the window's first paint.

:func:`install` gives PySide the same answer, the same test on the same text, read straight
from the module's file: a few microseconds a module. Where the file is not a plain ``.py``
file, or cannot be read, PySide's own way answers. With a PySide that no longer has the
function replaced, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULES = ("PySide6.support.feature", "shibokensupport.feature")
_HOOK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the source of ``module`` names PySide6, as PySide's own check decides it."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return fallback(module)
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Put the quicker check in place (once); False when this PySide has no such check."""
    feature = next((sys.modules[n] for n in _FEATURE_MODULES if n in sys.modules), None)
    original = getattr(feature, _HOOK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "quicker", False):
        return True

    def quicker(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    quicker.quicker = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, quicker)
    return True


__all__ = ["install", "uses_pyside"]
