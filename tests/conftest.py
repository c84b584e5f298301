"""Every test runs with its own Storyreel home, so nothing touches the real user's files."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def storyreel_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("storyreel-home")
    monkeypatch.setenv("STORYREEL_HOME", str(home))
    monkeypatch.delenv("RUNCOMFY_API_TOKEN", raising=False)
    monkeypatch.delenv("RUNCOMFY_API_BASE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import app.core.catalogue_source as catalogue

    monkeypatch.setattr(catalogue, "_default", None)
    return home
