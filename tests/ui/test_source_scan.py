"""The quicker scan of new modules gives PySide the answer its own scan gives."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

import app.core.jobs
import app.ui.theme
from app.ui import source_scan

# PySide's own check (imported with Qt), under the name it has in this version.
NAMES = ("PySide6.support.feature", "shibokensupport.feature")
feature = next((sys.modules[n] for n in NAMES if n in sys.modules), None)


def _pyside_check():
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        pytest.skip("this PySide has no source check to replace")
    return check


@pytest.mark.parametrize("module", [app.ui.theme, app.core.jobs, json, sys, importlib])
def test_the_quicker_scan_answers_as_pyside_does(module):
    check = _pyside_check()
    if getattr(check, "quicker", False):
        pytest.skip("the quicker check is already installed in this process")
    assert source_scan.uses_pyside(module, check) == check(module)


def test_a_window_module_is_seen_to_use_pyside_and_an_engine_module_not():
    check = _pyside_check()
    assert source_scan.uses_pyside(app.ui.theme, check) is True
    assert source_scan.uses_pyside(app.core.jobs, check) is False


def test_installing_twice_keeps_one_quicker_check():
    _pyside_check()
    original = feature._mod_uses_pyside
    try:
        assert source_scan.install()
        installed = feature._mod_uses_pyside
        assert source_scan.install()
        assert feature._mod_uses_pyside is installed
        assert installed(app.ui.theme) is True
        assert installed(sys) is False  # no source file: PySide's own check answers
    finally:
        feature._mod_uses_pyside = original
