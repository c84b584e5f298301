"""The parameter panel built from each model's schema: widgets, defaults, typed values, live
checks, carrying values between models, and the model picker."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.core.catalogue import FieldKind, model_from_document
from app.core.validation import Severity
from app.ui import theme
from app.ui.app import build_window
from app.ui.fields import (
    BooleanWidget,
    ChoiceWidget,
    ImageFieldWidget,
    ImageListWidget,
    IntChoiceWidget,
    IntegerWidget,
    PromptWidget,
    SeedWidget,
    StructuredWidget,
    registry,
)
from app.ui.panel import ModelPicker, ParameterPanel

PRO = "bytedance/seedance-1-0/pro/image-to-video"
LITE = "bytedance/seedance-1-0/lite/image-to-video"
V15 = "bytedance/seedance-v1.5-pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
WAIT = 10_000


def kinds(panel: ParameterPanel) -> dict[str, type]:
    return {name: type(w) for name, w in panel.field_widgets().items()}


def zones_of(panel: ParameterPanel, name: str):
    return panel.field_widget(name).zones()


def wait_ready(qtbot, panel: ParameterPanel) -> None:
    def settled() -> bool:
        return all(not widget.pending() for widget in panel.field_widgets().values())

    qtbot.waitUntil(settled, timeout=WAIT)


def test_seedance_1_0_pro_gets_a_prompt_combos_and_one_image_zone(panel, catalogue):
    panel.set_model(catalogue.get(PRO))
    assert kinds(panel) == {
        "prompt": PromptWidget,
        "resolution": ChoiceWidget,
        "first_frame_image_url": ImageFieldWidget,
        "ratio": ChoiceWidget,
        "duration": IntChoiceWidget,
    }
    assert panel.field_widget("resolution").combo.currentText() == "480p"
    assert panel.field_widget("ratio").combo.currentText() == "adaptive"
    duration = panel.field_widget("duration")
    assert duration.combo.currentText() == "5 s"
    assert duration.choice_labels() == [f"{n} s" for n in range(2, 13)]
    assert len(zones_of(panel, "first_frame_image_url")) == 1
    assert panel.values() == {"resolution": "480p", "ratio": "adaptive", "duration": 5}
    ok, reason = panel.can_generate()
    assert not ok and "First frame is required" in reason


def test_seedance_1_0_lite_has_two_frames_and_a_duration_drop_down(panel, catalogue):
    panel.set_model(catalogue.get(LITE))
    assert kinds(panel)["first_frame_image_url"] is ImageFieldWidget
    assert kinds(panel)["last_frame_image_url"] is ImageFieldWidget
    duration = panel.field_widget("duration")
    assert isinstance(duration, IntChoiceWidget)
    assert duration.choice_labels() == ["5 s", "10 s"]
    assert duration.selected_label() == "5 s"
    duration.combo.setCurrentIndex(1)
    assert panel.values()["duration"] == 10


def test_duration_is_the_same_kind_of_control_on_every_model(panel, catalogue):
    kinds_seen = set()
    for model in catalogue.models():
        panel.set_model(model)
        for name in ("duration", "frames"):
            if name in panel.field_widgets():
                kinds_seen.add(type(panel.field_widget(name)))
    assert kinds_seen == {IntChoiceWidget}


def test_seedance_1_5_pro_speaks_english_and_keeps_the_published_titles(panel, catalogue):
    model = catalogue.get(V15)
    assert model.schema_language == "zh"
    panel.set_model(model)
    assert kinds(panel)["generate_audio"] is BooleanWidget
    labels = {name: w.label for name, w in panel.field_widgets().items()}
    assert labels == {
        "prompt": "Prompt",
        "first_frame_image_url": "First frame",
        "resolution": "Resolution",
        "ratio": "Aspect ratio",
        "duration": "Duration",
        "generate_audio": "Generate audio",
        "camera_fixed": "Camera fixed",
    }
    assert "提示词" in panel.field_widget("prompt").toolTip()
    assert "起始图片" in panel.field_widget("first_frame_image_url").toolTip()
    assert panel.field_widget("camera_fixed").switch.text() == "Camera fixed"
    assert panel.field_widget("prompt").editor.accessibleName() == "Prompt"
    # The sample prompt and picture are offered, never filled in.
    values = panel.values()
    assert "prompt" not in values and "first_frame_image_url" not in values
    assert values["generate_audio"] is True and values["camera_fixed"] is True
    assert values["duration"] == 5 and type(values["duration"]) is int
    prompt = panel.field_widget("prompt")
    assert prompt.example_button is not None and prompt.value() is None
    assert prompt.counter.text() == "0 / 500 advised"


def test_reference_to_video_has_a_strip_of_up_to_four_and_an_unset_seed(panel, catalogue):
    panel.set_model(catalogue.get(REF))
    assert kinds(panel)["images"] is ImageListWidget
    assert kinds(panel)["seed"] is SeedWidget
    strip = panel.field_widget("images").strip
    assert (strip.min_items, strip.max_items) == (1, 4)
    assert len(strip.zones()) == 1
    seed = panel.field_widget("seed")
    assert seed.spin.text() == "Random"
    assert "seed" not in panel.values()  # optional and unset: left out
    assert panel.values() == {"resolution": "480p", "ratio": "16:9", "duration": 5}
    assert panel.field_widget("text").counter.text() == "0 / 500"


def test_dreamina_shows_frames_with_seconds_a_random_seed_and_one_image(panel, catalogue):
    panel.set_model(catalogue.get(DREAMINA))
    frames = panel.field_widget("frames")
    assert isinstance(frames, IntChoiceWidget)
    assert frames.selected_label() == "121 frames ≈ 5 s"
    assert frames.choice_labels() == ["121 frames ≈ 5 s", "241 frames ≈ 10 s"]
    seed = panel.field_widget("seed")
    assert seed.spin.text() == "Random" and seed.value() == -1
    strip = panel.field_widget("image_urls").strip
    assert len(strip.zones()) == 1 and strip.max_items == 1
    assert panel.values() == {"seed": -1, "frames": 121}
    assert panel.field_widget("prompt").value() is None


def test_values_are_typed_as_the_schema_says(qtbot, panel, catalogue, image_file):
    photo = image_file("a.png", (640, 480))
    panel.set_model(catalogue.get(V15))
    panel.set_values({"prompt": "A slow pan", "first_frame_image_url": str(photo), "duration": 8})
    panel.field_widget("generate_audio").switch.click()
    wait_ready(qtbot, panel)
    assert panel.values() == {
        "prompt": "A slow pan",
        "first_frame_image_url": str(photo),
        "resolution": "480p",
        "ratio": "adaptive",
        "duration": 8,
        "generate_audio": False,
        "camera_fixed": True,
    }
    assert panel.can_generate() == (True, "")

    panel.set_model(catalogue.get(REF), carry_over=False)
    panel.set_values({"text": "Two friends", "images": [str(photo), str(photo)], "seed": 42})
    wait_ready(qtbot, panel)
    values = panel.values()
    assert values["images"] == [str(photo), str(photo)] and values["seed"] == 42
    assert panel.can_generate() == (True, "")


def test_the_example_prompt_fills_in_only_when_asked(panel, catalogue):
    model = catalogue.get(DREAMINA)
    panel.set_model(model)
    prompt = panel.field_widget("prompt")
    assert prompt.value() is None
    prompt.example_button.click()
    assert prompt.value() == model.field("prompt").sample.strip()
    prompt.editor.undo()
    assert prompt.value() is None


def test_a_checking_zone_then_an_invalid_image_block_generate_and_a_fix_unblocks(
    qtbot, panel, catalogue, image_file, dnd
):
    small = image_file("small.png", (200, 200))
    original = small.read_bytes()
    panel.set_model(catalogue.get(PRO))
    panel.set_values({"prompt": "Waves roll in"})
    zone = zones_of(panel, "first_frame_image_url")[0]
    with qtbot.waitSignal(panel.validity_changed, timeout=WAIT):
        dnd.files(zone, small)
    ok, reason = panel.can_generate()
    assert not ok and "still being checked" in reason

    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    ok, reason = panel.can_generate()
    assert not ok
    assert reason.startswith("First frame:") and "200 px" in reason and "300 px" in reason
    blocking = [p for p in panel.problems() if p.blocking]
    assert {p.rule for p in blocking} == {"width_pixels>", "height_pixels>"}

    def ready(ok: bool, reason: str) -> bool:
        return ok

    with qtbot.waitSignal(panel.validity_changed, timeout=WAIT, check_params_cb=ready) as signal:
        zone.request_fix(0)
    assert signal.args == [True, ""]
    assert zone.state() == "valid"
    assert panel.can_generate() == (True, "")
    assert Path(panel.values()["first_frame_image_url"]).parent.name == "fixed"
    assert small.read_bytes() == original


def test_switching_models_carries_the_prompt_and_first_frame(qtbot, panel, catalogue, image_file):
    photo = image_file("first.png", (800, 600))
    panel.set_model(catalogue.get(PRO))
    panel.set_values(
        {"prompt": "A kite rises", "first_frame_image_url": str(photo), "resolution": "1080p"}
    )
    wait_ready(qtbot, panel)

    panel.set_model(catalogue.get(DREAMINA))
    wait_ready(qtbot, panel)
    assert panel.values()["prompt"] == "A kite rises"
    assert panel.values()["image_urls"] == [str(photo)]
    assert panel.can_generate() == (True, "")

    panel.set_model(catalogue.get(LITE))
    wait_ready(qtbot, panel)
    values = panel.values()
    assert values["prompt"] == "A kite rises"
    assert values["first_frame_image_url"] == str(photo)
    assert "last_frame_image_url" not in values
    assert values["resolution"] == "480p"  # the default: carry-over went through Dreamina

    panel.set_model(catalogue.get(REF))
    assert panel.values()["text"] == "A kite rises"  # the prompt role, under another name
    assert "images" not in panel.values()  # a first frame is not a reference image

    panel.set_model(catalogue.get(PRO), carry_over=False)
    assert "prompt" not in panel.values()


def test_a_last_frame_at_1080p_gets_a_warning_on_seedance_lite(qtbot, panel, catalogue, image_file):
    first, last = image_file("first.png", (800, 600)), image_file("last.png", (800, 600))
    panel.set_model(catalogue.get(LITE))
    panel.set_values(
        {"prompt": "Dawn", "first_frame_image_url": str(first), "last_frame_image_url": str(last)}
    )
    wait_ready(qtbot, panel)
    assert panel.problems() == []

    panel.field_widget("resolution").combo.setCurrentText("1080p")
    [warning] = panel.problems()
    assert warning.field == "last_frame_image_url" and warning.severity is Severity.WARNING
    assert warning.message == "Last frame has no effect at 1080p."
    last_widget = panel.field_widget("last_frame_image_url")
    assert last_widget.problem_label.text() == "Last frame has no effect at 1080p."
    assert last_widget.problem_label.isVisible()
    assert last_widget.zone.border_accent() is theme.Accent.WARNING
    assert panel.can_generate() == (True, "")  # advice warns, never blocks

    panel.field_widget("resolution").combo.setCurrentText("720p")
    assert panel.problems() == []
    assert not last_widget.problem_label.isVisible()


def test_the_counter_turns_red_over_the_maximum_and_blocks_generate(panel, catalogue):
    panel.set_model(catalogue.get(DREAMINA))
    prompt = panel.field_widget("prompt")
    prompt.editor.setPlainText("é" * 800)
    assert prompt.counter.text() == "800 / 800"
    assert prompt.counter_state() is theme.Accent.NEUTRAL

    prompt.editor.setPlainText("é" * 801)
    assert prompt.counter.text() == "801 / 800"
    assert prompt.counter_state() is theme.Accent.INVALID
    red = theme.accent(theme.Accent.INVALID, prompt.palette())
    assert prompt.counter.palette().color(QPalette.ColorRole.WindowText) == red
    assert "801 characters" in prompt.problem_label.text()
    ok, reason = panel.can_generate()
    assert not ok
    # The image is missing too, but the first reason follows the form's order.
    assert "First frame is required" in reason
    assert any(p.rule == "maxLength" and p.blocking for p in panel.problems())


def test_over_the_advised_length_the_counter_is_amber_but_generate_is_allowed(
    qtbot, panel, catalogue, image_file
):
    photo = image_file("a.png", (640, 480))
    panel.set_model(catalogue.get(V15))
    panel.set_values({"prompt": "x" * 600, "first_frame_image_url": str(photo)})
    wait_ready(qtbot, panel)
    prompt = panel.field_widget("prompt")
    assert prompt.counter.text() == "600 / 500 advised"
    assert prompt.counter_state() is theme.Accent.WARNING
    assert [p.rule for p in panel.problems()] == ["advisory_max_length"]
    assert "under 500 characters" in prompt.problem_label.text()
    assert panel.can_generate() == (True, "")


def test_remembered_values_come_back_and_stale_ones_are_skipped(panel, catalogue, image_file):
    photo = image_file("a.png", (640, 480))
    panel.set_model(catalogue.get(PRO))
    panel.set_values(
        {"prompt": "Rain", "duration": 9, "ratio": "9:16", "first_frame_image_url": str(photo)}
    )
    remembered = panel.remembered_values()
    assert remembered == {"prompt": "Rain", "resolution": "480p", "ratio": "9:16", "duration": 9}

    panel.reset_to_defaults()
    assert panel.values() == {"resolution": "480p", "ratio": "adaptive", "duration": 5}
    panel.restore({**remembered, "duration": 13, "gone": 1, "resolution": "4k"})
    assert panel.values() == {
        "prompt": "Rain",
        "resolution": "480p",
        "ratio": "9:16",
        "duration": 5,
    }


def test_an_unlocked_seed_is_new_for_each_generation(panel, catalogue):
    panel.set_model(catalogue.get(DREAMINA))
    seed: SeedWidget = panel.field_widget("seed")
    assert seed.locked
    assert panel.values_for_submission()["seed"] == -1

    seed.randomise_button.click()
    chosen = seed.value()
    assert isinstance(chosen, int) and chosen >= 0
    assert seed.value_for_submission() == chosen

    seed.lock_button.click()
    assert not seed.locked
    rolls = {panel.values_for_submission()["seed"] for _ in range(5)}
    assert len(rolls) > 1
    assert seed.value() in rolls  # the seed used is shown


def test_a_model_of_another_shape_still_gets_a_working_form(panel):
    model = model_from_document(
        {
            "model_id": "someone/custom",
            "input_schema": {
                "properties": {
                    "prompt": {"type": "string"},
                    "weights": {"type": "object", "title": "Weights"},
                    "steps": {"type": "integer", "minimum": 1, "maximum": 50, "default": 20},
                    "count": {"type": "integer"},
                    "loop": {"type": "boolean", "title": "Loop"},
                },
                "required": ["prompt"],
            },
        }
    )
    panel.set_model(model)
    assert kinds(panel) == {
        "prompt": PromptWidget,
        "weights": StructuredWidget,
        "steps": IntegerWidget,
        "count": IntegerWidget,
        "loop": BooleanWidget,
    }
    steps, count = panel.field_widget("steps"), panel.field_widget("count")
    assert (steps.spin.minimum(), steps.spin.maximum(), steps.value()) == (1, 50, 20)
    assert count.spin.maximum() == 2**31 - 1 and count.spin.text() == "Not set"
    # Unset optional values (no default) are left out until the user sets them.
    assert panel.values() == {"steps": 20}
    count.spin.setValue(3)
    panel.field_widget("loop").switch.click()
    assert panel.values() == {"steps": 20, "count": 3, "loop": True}

    weights = panel.field_widget("weights")
    weights.editor.setPlainText('{"style": 0.5}')
    assert panel.values()["weights"] == {"style": 0.5}
    weights.editor.setPlainText("{style: 0.5")
    assert any(p.rule == "json" for p in panel.problems())
    assert "not valid JSON" in weights.problem_label.text()
    panel.set_values({"prompt": "ok"})
    ok, reason = panel.can_generate()
    assert not ok and reason.startswith("Weights:")


def test_a_new_field_kind_is_one_registry_entry(qtbot, panel, catalogue):
    with registry.isolated():

        @registry.register(FieldKind.CHOICE)
        class LoudChoice(ChoiceWidget):
            """A stand-in for a new widget: registering it is all it takes."""

        panel.set_model(catalogue.get(PRO))
        assert isinstance(panel.field_widget("ratio"), LoudChoice)
    panel.set_model(catalogue.get(PRO))
    assert type(panel.field_widget("ratio")) is ChoiceWidget


def test_the_model_picker_groups_by_family_and_says_what_each_takes(qtbot, catalogue):
    picker = ModelPicker(catalogue.models())
    qtbot.addWidget(picker)
    rows = [picker.itemText(i) for i in range(picker.count())]
    assert rows[0] == "Seedance" and "Dreamina" in rows
    headers = [i for i in range(picker.count()) if picker.is_header(i)]
    assert [rows[i] for i in headers] == ["Seedance", "Dreamina"]
    for row in headers:
        flags = picker.model().item(row).flags()
        assert not flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEnabled
    assert picker.current_model().model_id == PRO
    assert picker.summary_of(LITE) == "first and last frame"
    assert picker.summary_of(REF) == "1–4 reference images"
    assert picker.summary_of(V15) == "first frame, with sound"

    with qtbot.waitSignal(picker.model_changed, timeout=WAIT) as signal:
        assert picker.set_current_model(DREAMINA)
    assert signal.args[0].model_id == DREAMINA
    assert picker.currentText() == "Dreamina 3.0 Pro"


def test_the_panel_follows_the_picker(qtbot, panel, catalogue):
    picker = ModelPicker(catalogue.models())
    qtbot.addWidget(picker)
    picker.model_changed.connect(panel.set_model)
    picker.set_current_model(REF)
    assert panel.model().model_id == REF
    assert "images" in panel.field_widgets()
    QApplication.processEvents()


def test_a_long_editing_session_does_not_wear_out_pythons_true(panel, catalogue):
    # PySide6 6.12.0 loses a reference to True on every Python-side emit; on Python 3.11
    # that aborts the app after a few thousand edits (hence the pin to 6.11.3).
    panel.set_model(catalogue.get(DREAMINA))
    editor = panel.field_widget("prompt").editor
    # Collected garbage from earlier tests would give back references of its own.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(True)
        for count in range(300):  # at least two emits each: the prompt's and the panel's
            editor.setPlainText("a" * count)
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert after >= before - 20


def test_a_panel_shown_without_a_model_asks_for_one(qtbot, catalogue):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert isinstance(panel.content, QLabel)
    assert panel.content.text() == "Choose a model to see its settings."
    assert panel.content.isVisible()
    panel.set_model(catalogue.get(PRO))
    assert not isinstance(panel.content, QLabel)
    assert "prompt" in panel.field_widgets()


def test_tab_from_the_model_picker_goes_into_a_form_just_built_on_screen(qtbot, catalogue):
    window = build_window(catalogue=catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for model_id in (LITE, PRO):
        # The form is rebuilt and Tab follows at once, with no turn of the event loop between.
        window.picker.set_current_model(model_id)
        after_picker = window.picker.nextInFocusChain()
        while not (
            after_picker.isVisible()
            and after_picker.isEnabled()
            and after_picker.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        ):
            after_picker = after_picker.nextInFocusChain()
        assert window.panel.content is not None
        assert window.panel.content.isAncestorOf(after_picker), after_picker
