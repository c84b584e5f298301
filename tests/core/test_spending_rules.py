"""The spending caps in the settings file, and the rules of the ledger."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.core.errors import SpendingCapReached
from app.core.exit_codes import ExitCode, for_error
from app.core.settings import SETTINGS_VERSION, Settings
from app.core.spending import check_day_cap, check_render_cap

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_version_1_settings_file_is_upgraded_with_no_cap_and_nothing_lost():
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "settings-v1.json", Settings.path())
    settings = Settings.load()
    assert settings.caps.day is None and settings.caps.render is None
    assert (settings.concurrency, settings.notifications) == (3, False)
    settings.day_cap, settings.render_cap = 5.0, 2.5
    settings.save()
    saved = json.loads(Settings.path().read_text())
    assert saved["version"] == SETTINGS_VERSION == 3
    assert (saved["day_cap"], saved["render_cap"], saved["concurrency"]) == (5.0, 2.5, 3)
    again = Settings.load()
    assert (again.caps.day, again.caps.render) == (5.0, 2.5)


@pytest.mark.parametrize("value", ["10", -1, True, float("inf"), [3]])
def test_a_cap_that_is_not_a_usable_amount_is_no_cap(value):
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"version": 3, "day_cap": value}).replace("Infinity", "1e999")
    Settings.path().write_text(text)
    assert Settings.load().caps.day is None


def test_a_cap_stops_what_would_pass_it_and_nothing_else():
    check_day_cap(None, 100.0, 5.0)
    check_day_cap(1.0, 0.5, 0.5)  # exactly at the cap: allowed
    with pytest.raises(SpendingCapReached, match="daily spending cap of \\$1.00") as caught:
        check_day_cap(1.0, 0.5, 0.51)
    assert for_error(caught.value) is ExitCode.API
    with pytest.raises(SpendingCapReached, match="cannot total"):
        check_day_cap(1.0, 0.0, None)
    check_render_cap(2.0, 2.0, 4)
    with pytest.raises(SpendingCapReached, match="4 shots would cost \\$2.40"):
        check_render_cap(2.0, 2.4, 4)
