"""The engine kinds: their stored names never change, and each says what it means for the user."""

from __future__ import annotations

import pytest

from app.core.engines import EngineKind
from app.core.jobs import Job


def test_the_stored_names_are_the_ones_saved_jobs_and_boards_already_hold():
    assert [kind.value for kind in EngineKind] == ["runcomfy", "offline"]
    assert EngineKind("offline") is EngineKind.OFFLINE
    assert EngineKind.RUNCOMFY == "runcomfy"  # compares equal to what the database holds
    assert Job("m", {}).engine == "runcomfy"  # a job runs on RunComfy unless told otherwise


def test_only_runcomfy_costs_money_and_keeps_jobs_across_a_restart():
    assert EngineKind.RUNCOMFY.paid and EngineKind.RUNCOMFY.survives_restart
    assert EngineKind.RUNCOMFY.keeps_history
    assert not EngineKind.OFFLINE.paid and not EngineKind.OFFLINE.survives_restart
    assert not EngineKind.OFFLINE.keeps_history


def test_each_kind_has_a_name_for_people():
    assert EngineKind.RUNCOMFY.label == "RunComfy"
    assert EngineKind.OFFLINE.label == "Offline preview"
    assert EngineKind.OFFLINE.maker == "The offline preview engine"


def test_an_unknown_engine_is_named_in_a_clear_message_or_given_a_default():
    with pytest.raises(ValueError, match="Unknown engine 'cloud': use 'runcomfy' or 'offline'."):
        EngineKind.parse("cloud")
    assert EngineKind.parse("cloud", EngineKind.RUNCOMFY) is EngineKind.RUNCOMFY
    assert EngineKind.parse("offline") is EngineKind.OFFLINE
