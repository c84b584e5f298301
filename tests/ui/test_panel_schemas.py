"""Panels for the schemas RunComfy publishes beyond the five shipped models: numbers with
limits, durations as string choices, lists of scenes as rows, other structured inputs as
checked JSON, text-only models, schema warnings; each edit undoable like the others."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.catalogue import Catalogue, FieldKind, Model, model_from_document
from app.core.validation import Severity
from app.ui.app import build_window
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.fields import (
    ChoiceWidget,
    GenericWidget,
    ImageFieldWidget,
    ImageListWidget,
    NumberWidget,
    ObjectListWidget,
    PromptWidget,
    StructuredWidget,
)
from app.ui.panel import ParameterPanel

CORPUS = Path(__file__).parent.parent / "core" / "catalogue_corpus"
FILES = sorted(CORPUS.glob("*.json"))


def corpus_model(stem: str) -> Model:
    path = CORPUS / f"{stem}.json"
    return model_from_document(json.loads(path.read_text(encoding="utf-8")), source=path.name)


def show(panel: ParameterPanel, stem: str) -> ParameterPanel:
    panel.set_model(corpus_model(stem), carry_over=False)
    return panel


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_corpus_entry_builds_a_panel_with_a_widget_per_field(panel, path):
    model = corpus_model(path.stem)
    panel.set_model(model, carry_over=False)
    assert set(panel.field_widgets()) == {f.name for f in model.fields}
    for f in model.fields:
        widget = panel.field_widget(f.name)
        assert widget.isVisibleTo(panel)
        if f.kind is FieldKind.GENERIC:
            assert isinstance(widget, GenericWidget)
        # A schema warning shows, in amber, on its own field; it never blocks.
        warned = [p for p in widget.problems() if p.rule == "schema"]
        assert len(warned) == len(f.warnings)
        assert all(p.severity is Severity.WARNING for p in warned)
        if f.warnings:
            assert f.warnings[0] in widget.problem_label.text()


def test_numbers_get_a_spin_box_within_their_limits_and_steps(panel, qtbot):
    show(panel, "seedance-2-0-mini-text-to-video")
    guidance = panel.field_widget("guidance_scale")
    strength = panel.field_widget("motion_strength")
    assert isinstance(guidance, NumberWidget) and isinstance(strength, NumberWidget)
    assert (guidance.spin.minimum(), guidance.spin.maximum()) == (1, 10)
    assert guidance.spin.singleStep() == 0.5
    assert guidance.range_label.text() == "1 – 10, steps of 0.5"
    assert strength.range_label.text() == "more than 0, less than 1"
    # Exclusive limits: one step of the shown precision inside them.
    assert (strength.spin.minimum(), strength.spin.maximum()) == (0.01, 0.99)
    assert panel.values()["guidance_scale"] == 5 and panel.values()["motion_strength"] == 0.5
    guidance.spin.stepBy(3)
    assert panel.values()["guidance_scale"] == 6.5
    strength.spin.lineEdit().selectAll()
    qtbot.keyClicks(strength.spin.lineEdit(), "0.75")
    value = panel.values()["motion_strength"]
    assert value == 0.75 and isinstance(value, float)
    strength.spin.setValue(5)  # the box keeps to the limit
    assert panel.values()["motion_strength"] == 0.99


def test_a_number_without_a_default_starts_unset_and_reads_in_seconds(panel):
    show(panel, "odd-shapes")
    clip = panel.field_widget("clip_duration")
    assert isinstance(clip, NumberWidget)
    assert clip.value() is None and "clip_duration" not in panel.values()
    assert clip.spin.text() == "Not set"
    clip.spin.stepBy(3)
    assert panel.values()["clip_duration"] == 0.75
    assert clip.spin.text().endswith(" s")
    assert clip.spin.maximum() == 20


def test_durations_given_as_string_choices_read_with_units_and_send_strings(panel):
    show(panel, "seedance-2-0-mini-text-to-video")
    duration = panel.field_widget("duration")
    assert isinstance(duration, ChoiceWidget)
    assert duration.choice_labels() == ["Auto", "5 s", "10 s", "15 s", "20 s"]
    assert panel.values()["duration"] == "auto"
    duration.combo.setCurrentIndex(2)
    assert panel.values()["duration"] == "10"
    show(panel, "seedance-2-5-image-to-video-1080p")
    assert panel.field_widget("duration").spin.suffix() == " s"


def test_a_list_of_scenes_is_a_form_of_rows_to_add_remove_and_reorder(panel, qtbot):
    show(panel, "seedance-2-0-pro-multi-shot")
    scenes = panel.field_widget("scenes")
    assert isinstance(scenes, ObjectListWidget)
    assert panel.can_generate() == (False, "Scenes are required: add at least one.")
    first = scenes.add()
    assert isinstance(first.widgets["prompt"], PromptWidget)
    duration = first.widgets["duration"]
    assert isinstance(duration, ChoiceWidget)
    assert duration.choice_labels() == ["3 s", "5 s", "8 s"]
    qtbot.keyClicks(first.widgets["prompt"].editor, "wide harbour")
    second = scenes.add()
    qtbot.keyClicks(second.widgets["prompt"].editor, "close on the bell")
    second.widgets["duration"].combo.setCurrentIndex(2)
    assert panel.values()["scenes"] == [
        {"prompt": "wide harbour", "duration": "5", "strength": 0.8},
        {"prompt": "close on the bell", "duration": "8", "strength": 0.8},
    ]
    assert panel.can_generate() == (True, "")
    scenes.rows[1].up_button.click()
    assert [s["prompt"] for s in panel.values()["scenes"]] == ["close on the bell", "wide harbour"]
    assert scenes.rows[0].title.text() == "Scene 1" and not scenes.rows[0].up_button.isEnabled()
    scenes.rows[0].remove_button.click()
    assert [s["prompt"] for s in panel.values()["scenes"]] == ["wide harbour"]
    for _ in range(5):
        scenes.add()
    assert len(scenes.rows) == 6 and not scenes.add_button.isEnabled()
    assert scenes.add() is None


def test_a_broken_entry_is_named_by_its_row(panel, qtbot):
    show(panel, "seedance-2-0-pro-multi-shot")
    scenes = panel.field_widget("scenes")
    panel.set_values({"scenes": [{"prompt": "a"}, {"prompt": "b", "strength": 0.5, "cue": 3}]})
    assert len(scenes.rows) == 2
    scenes.rows[0].widgets["prompt"].editor.clear()
    ok, reason = panel.can_generate()
    assert not ok and "prompt is required" in reason
    assert "Scene 1: prompt is required." in scenes.problem_label.text()
    # A key the item schema does not name is kept, not dropped.
    assert panel.values()["scenes"][1] == {
        "prompt": "b",
        "strength": 0.5,
        "cue": 3,
        "duration": "5",
    }
    # So is a value its widget cannot show (from a file): named until the user changes it.
    panel.set_values({"scenes": [{"prompt": "a", "strength": 1.4}]})
    assert panel.values()["scenes"] == [{"prompt": "a", "strength": 1.4, "duration": "5"}]
    assert "Scene 1: strength: 1.4 must be at most 1." in scenes.problem_label.text()
    strength = scenes.rows[0].widgets["strength"]
    assert "1.4 cannot be shown here" in strength.problem_label.text()
    strength.spin.setValue(0.9)
    assert strength.problems() == []
    assert panel.values()["scenes"][0]["strength"] == 0.9
    assert panel.can_generate() == (True, "")


def test_other_structured_inputs_are_json_checked_against_their_schema(panel, qtbot):
    show(panel, "seedance-2-0-pro-multi-shot")
    keyframes = panel.field_widget("keyframes")
    assert isinstance(keyframes, StructuredWidget)
    assert '"position"' in keyframes.editor.placeholderText()
    panel.set_values({"scenes": [{"prompt": "a"}]})
    assert panel.can_generate() == (True, "")
    qtbot.keyClicks(keyframes.editor, '[{"time": 3, "position": {"x": 0.5,}}]')
    ok, reason = panel.can_generate()
    assert not ok and "not valid JSON" in reason and "line 1, column" in reason
    keyframes.editor.setPlainText('[{"time": 31, "position": {"x": 0.5, "y": 2}}]')
    messages = {p.message for p in panel.problems() if p.field == "keyframes"}
    assert messages == {"time: 31 must be at most 30.", "position.y: 2 must be at most 1."}
    assert "Entry 1: time: 31 must be at most 30." in keyframes.problem_label.text()
    keyframes.editor.setPlainText('[{"time": 3, "position": {"x": 0.5, "y": 1}}]')
    assert panel.can_generate() == (True, "")
    assert panel.values()["keyframes"] == [{"time": 3, "position": {"x": 0.5, "y": 1}}]
    keyframes.tidy()
    assert keyframes.editor.toPlainText().count("\n") > 3
    style = panel.field_widget("style")
    style.insert_template()
    assert panel.values()["style"] == {"palette": [""], "grain": 0}


def test_a_text_only_model_gets_a_panel_with_no_media(panel, qtbot):
    show(panel, "seedance-2-0-mini-text-to-video")
    assert not panel.model().takes_media
    [note] = [w for w in panel.content.findChildren(QLabel) if w.objectName() == "textOnlyNote"]
    assert note.isVisibleTo(panel) and "text alone" in note.text()
    assert not any(
        isinstance(w, (ImageFieldWidget, ImageListWidget)) for w in panel.field_widgets().values()
    )
    negative = panel.field_widget("negative_prompt").editor.placeholderText()
    assert negative == "What the clip should avoid."
    qtbot.keyClicks(panel.field_widget("prompt").editor, "a lighthouse in fog")
    assert panel.can_generate() == (True, "")


def test_new_kinds_are_undone_like_the_others(panel, qtbot):
    show(panel, "seedance-2-0-pro-multi-shot")
    document = SingleShotDocument(panel)
    scenes = panel.field_widget("scenes")
    row = scenes.add()
    qtbot.keyClicks(row.widgets["prompt"].editor, "dusk")
    assert document.stack.count() == 2  # the entry added, then the typing as one step
    assert document.stack.text(0) == "Add an entry to Scenes"
    scenes.add()
    assert document.stack.count() == 3
    document.stack.undo()
    assert len(scenes.rows) == 1
    document.stack.undo()
    assert panel.values()["scenes"] == [{"duration": "5", "strength": 0.8}]
    document.stack.undo()
    assert "scenes" not in panel.values()
    document.stack.redo()
    document.stack.redo()
    assert panel.values()["scenes"][0]["prompt"] == "dusk"

    style = panel.field_widget("style")
    before = document.stack.index()
    qtbot.keyClicks(style.editor, '{"grain": 4}')
    assert document.stack.index() == before + 1  # typing JSON is one step
    document.stack.undo()
    assert "style" not in panel.values()

    show(panel, "seedance-2-0-mini-text-to-video")
    document = SingleShotDocument(panel)
    guidance = panel.field_widget("guidance_scale")
    guidance.spin.lineEdit().selectAll()
    qtbot.keyClicks(guidance.spin.lineEdit(), "7.5")
    qtbot.keyClick(guidance.spin.lineEdit(), Qt.Key.Key_Tab)
    assert panel.values()["guidance_scale"] == 7.5
    assert document.stack.count() == 1
    document.stack.undo()
    assert panel.values()["guidance_scale"] == 5


def test_the_window_offers_models_of_every_published_shape(qtbot, tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    for path in FILES:
        shutil.copy(path, folder / path.name)
    window = build_window(catalogue=Catalogue.load(folder))
    qtbot.addWidget(window)
    window.show()
    window.picker.set_current_model("bytedance/seedance-1-0/pro/image-to-video")
    window.panel.set_values({"prompt": "a harbour at dusk"})
    for path in FILES:
        model = corpus_model(path.stem)
        window.picker.set_current_model(model.model_id)
        assert window.panel.model().model_id == model.model_id
        assert set(window.panel.field_widgets()) == {f.name for f in model.fields}
    # The prompt follows to a text-only model, which then needs nothing else.
    window.picker.set_current_model("bytedance/seedance-2.0-mini/text-to-video")
    window.panel.set_values({"prompt": "a harbour at dusk"})
    assert window.panel.can_generate() == (True, "")
    assert window.panel.values()["duration"] == "auto"
