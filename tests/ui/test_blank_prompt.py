"""One rule for a blank prompt: the window and `storyreel validate` both call it missing."""

from __future__ import annotations

import pytest

from app.cli.main import main as run_cli
from app.ui.panel import ParameterPanel

REF = "bytedance/seedance-1-0/lite/reference-to-video"


@pytest.mark.parametrize("typed", ["   ", "\n\n\t "])
def test_a_prompt_of_only_spaces_is_missing_in_the_window_and_the_cli(
    qtbot, catalogue, capsys, typed
):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.set_model(catalogue.get(REF))
    panel.field_widget("text").editor.setPlainText(typed)
    assert "text" not in panel.values()
    required = [p for p in panel.problems() if p.field == "text"]
    assert [p.rule for p in required] == ["required"]
    ok, reason = panel.can_generate()
    assert not ok

    assert run_cli(["validate", REF, "--set", f"text={typed}"]) == 1
    out = capsys.readouterr().out
    assert "text: " in out and "is required" in out


def test_text_with_spaces_around_it_is_kept_as_typed(qtbot, catalogue):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.set_model(catalogue.get(REF))
    panel.field_widget("text").editor.setPlainText("  a kite rises \n")
    assert panel.values()["text"] == "  a kite rises \n"
    assert not [p for p in panel.problems() if p.field == "text"]
