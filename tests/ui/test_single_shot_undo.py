"""The single-shot inputs as a document: every edit is a step Undo takes back and Redo brings
back, with real panels, real images from Pillow and real drags."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from panel_support import settled, single_shot
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.core.settings import cache_dir
from app.ui.panel import ParameterPanel

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
WAIT = 10_000
FRAME = "first_frame_image_url"


@pytest.fixture
def shot(qtbot, catalogue):
    return lambda model_id: single_shot(qtbot, catalogue.get(model_id))


def shown(panel: ParameterPanel) -> tuple[dict, list]:
    """What the user sees: the panel's values and every zone's path, in order."""
    zones = []
    for widget in panel.field_widgets().values():
        for zone in widget.zones() if hasattr(widget, "zones") else [getattr(widget, "zone", None)]:
            if zone is not None:
                zones.append(zone.path())
    return panel.values(), zones


def undo(qtbot, panel: ParameterPanel, stack: QUndoStack) -> None:
    stack.undo()
    settled(qtbot, panel)


def redo(qtbot, panel: ParameterPanel, stack: QUndoStack) -> None:
    stack.redo()
    settled(qtbot, panel)


def assert_round_trip(qtbot, panel, stack, before, text: str) -> None:
    """The last step reads ``text``; undoing it shows ``before``, redoing it shows now."""
    settled(qtbot, panel)
    after = shown(panel)
    assert stack.undoText() == text
    undo(qtbot, panel, stack)
    assert shown(panel) == before
    redo(qtbot, panel, stack)
    assert shown(panel) == after


def test_typing_a_prompt_is_one_step_and_each_setting_another(qtbot, shot):
    panel, document = shot(PRO)
    stack = document.stack
    start = shown(panel)
    editor = panel.field_widget("prompt").focus_widget()
    qtbot.keyClicks(editor, "a slow dolly in")
    assert stack.count() == 1  # every keystroke merged into one step
    assert_round_trip(qtbot, panel, stack, start, "Edit prompt")
    assert panel.values()["prompt"] == "a slow dolly in"

    typed = shown(panel)
    panel.field_widget("resolution").set_value("1080p")
    assert_round_trip(qtbot, panel, stack, typed, "Change Resolution")
    assert stack.count() == 2
    stack.setIndex(0)
    settled(qtbot, panel)
    assert shown(panel) == start


def test_dropping_removing_and_fixing_an_image_are_undone_and_redone(qtbot, shot, image_file, dnd):
    panel, document = shot(PRO)
    stack = document.stack
    zone = panel.field_widget(FRAME).zone
    photo = image_file("meadow.png", (640, 480))
    tiny = image_file("tiny.png", (200, 200))

    empty = shown(panel)
    dnd.files(zone, photo)
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    assert_round_trip(qtbot, panel, stack, empty, "Drop image on First frame")
    assert zone.path() == str(photo) and zone.state() == "valid"

    with_photo = shown(panel)
    zone.setFocus()
    qtbot.keyClick(zone, Qt.Key.Key_Delete)
    assert zone.path() is None
    assert_round_trip(qtbot, panel, stack, with_photo, "Remove image from First frame")

    removed = shown(panel)
    dnd.files(zone, tiny)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    with_tiny = shown(panel)
    [upscale] = [i for i, f in enumerate(zone.fixes()) if f.kind == "upscale"]
    zone.request_fix(upscale)
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    fixed = Path(zone.path())
    assert fixed.parent == cache_dir() / "fixed"
    assert_round_trip(qtbot, panel, stack, with_tiny, "Fix image in First frame")
    # Undo brings the image from before the fix back, checked again.
    undo(qtbot, panel, stack)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    assert zone.path() == str(tiny)
    undo(qtbot, panel, stack)
    assert shown(panel) == removed


def test_pasting_image_data_over_an_image_is_one_step(qtbot, shot, image_file):
    import io

    from PIL import Image
    from PySide6.QtCore import QByteArray, QMimeData
    from PySide6.QtGui import QGuiApplication

    panel, document = shot(PRO)
    stack = document.stack
    zone = panel.field_widget(FRAME).zone
    zone.set_source(str(image_file("meadow.png", (640, 480))))
    settled(qtbot, panel)
    with_photo = shown(panel)
    data = io.BytesIO()
    Image.new("RGB", (700, 700), (200, 40, 40)).save(data, "PNG")
    mime = QMimeData()
    mime.setData("image/png", QByteArray(data.getvalue()))
    QGuiApplication.clipboard().setMimeData(mime)
    count = stack.count()
    zone.setFocus()
    qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)
    assert stack.count() == count + 1
    assert Path(zone.path()).parent == cache_dir() / "inputs"
    assert_round_trip(qtbot, panel, stack, with_photo, "Paste image into First frame")


def test_reordering_reference_images_is_one_step(qtbot, shot, image_file, dnd):
    panel, document = shot(REF)
    stack = document.stack
    strip = panel.field_widget("images").strip
    files = [image_file(f"ref{i}.png", (400 + 10 * i, 400)) for i in range(3)]
    dnd.files(strip.zones()[0], *files)
    assert stack.undoText() == "Drop image on Reference images"
    settled(qtbot, panel)
    in_order = shown(panel)
    moved = strip.zones()[2]
    qtbot.keyClick(moved, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert strip.paths() == [str(files[0]), str(files[2]), str(files[1])]
    assert_round_trip(qtbot, panel, stack, in_order, "Reorder Reference images")


def test_model_choice_and_sending_are_not_steps(qtbot, shot, catalogue):
    panel, document = shot(PRO)
    panel.field_widget("prompt").set_value("a harbour at dawn")
    assert document.stack.count() == 1
    with document.quietly():
        panel.set_model(catalogue.get(REF), carry_over=True)
    # Another model's form starts a new history; what was carried over stays.
    assert document.stack.count() == 0
    assert panel.values()["text"] == "a harbour at dawn"


def test_a_random_run_of_edits_undone_to_the_end_gives_back_the_start(qtbot, shot, image_file, dnd):
    panel, document = shot(PRO)
    stack = document.stack
    zone = panel.field_widget(FRAME).zone
    pictures = [image_file(f"p{i}.png", (640 + 8 * i, 480)) for i in range(3)]
    panel.field_widget("prompt").set_value("first words")
    stack.clear()
    start = shown(panel)
    chooser = random.Random(20261206)

    def type_words() -> None:
        qtbot.keyClicks(panel.field_widget("prompt").focus_widget(), chooser.choice(" abc"))

    def setting() -> None:
        name, values = chooser.choice(
            [("resolution", ["480p", "720p", "1080p"]), ("duration", [2, 5, 8, 10])]
        )
        panel.field_widget(name).set_value(chooser.choice(values))

    def drop() -> None:
        dnd.files(zone, chooser.choice(pictures))

    def clear() -> None:
        zone.clear()

    for _ in range(14):
        chooser.choice([type_words, setting, drop, clear])()
        settled(qtbot, panel)
    end = shown(panel)
    assert stack.count() >= 5
    while stack.canUndo():
        undo(qtbot, panel, stack)
    assert shown(panel) == start
    while stack.canRedo():
        redo(qtbot, panel, stack)
    assert shown(panel) == end


def test_the_window_undoes_the_single_shot_while_it_is_shown(qtbot, qapp):
    from PySide6.QtTest import QTest

    from app.ui.app import build_window
    from app.ui.main_window import MODE_SINGLE, MODE_STORYBOARD

    window = build_window()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.picker.set_current_model(PRO)
    stack = window.inputs.stack
    assert window.undo.active is stack
    editor = window.panel.field_widget("prompt").focus_widget()
    editor.setFocus()
    qtbot.keyClicks(editor, "waves")
    assert "Edit prompt" in window.undo.undo_action.text()
    # Ctrl+Z in the prompt is the window's Undo: one step, not one letter.
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "prompt" not in window.panel.values()
    assert stack.canRedo() and not stack.canUndo()
    window.set_mode(MODE_STORYBOARD)
    assert window.undo.active is not stack
    window.set_mode(MODE_SINGLE)
    assert window.undo.active is stack
    window.undo.redo_action.trigger()
    assert window.panel.values()["prompt"] == "waves"


def test_undoing_a_model_choice_brings_back_the_model_and_its_values(qtbot, qapp):
    from app.ui.app import build_window

    window = build_window()
    qtbot.addWidget(window)
    window.picker.set_current_model(PRO)
    window.panel.set_values({"prompt": "a red kite", "resolution": "1080p", "duration": 10})
    settled(qtbot, window.panel)
    on_pro = window.panel.values()
    window.picker.set_current_model(REF)
    assert window.inputs.stack.undoText().startswith("Choose ")
    assert window.panel.values()["text"] == "a red kite"  # carried over
    window.undo.undo_action.trigger()
    assert window.current_model().model_id == PRO
    assert window.picker.current_model().model_id == PRO
    assert window.panel.values() == on_pro
    window.undo.redo_action.trigger()
    assert window.current_model().model_id == REF


def test_a_removed_job_stays_in_the_store_until_the_window_closes(qtbot, qapp):
    import time

    from qt_async import run_async, wait_until

    from app.core.jobs import Job, JobState
    from app.store.store import JobStore
    from app.ui.app import build_window, run_window
    from app.ui.queue_view import REMOVE

    done = Job(
        model_id=PRO,
        inputs={"prompt": "a lighthouse"},
        engine="offline",
        state=JobState.FAILED,
        created_at=time.time(),
    )
    with JobStore.open_default() as store:
        store.add(done)

    def in_store() -> int:
        with JobStore.open_default() as store:
            return store.count()

    async def session(win) -> None:
        model = win.queue_model
        await wait_until(lambda: model.rowCount() == 1, model.rowsInserted, what="the job")
        win.queue.select_job(done.id)
        win.queue.action(REMOVE).trigger()
        assert model.rowCount() == 0
        assert win.undo.undo_action.text() == "&Undo Remove job from the list"
        assert in_store() == 1  # nothing is lost while Undo can bring it back
        win.undo.undo_action.trigger()
        assert [j.id for j in model.jobs()] == [done.id]
        win.undo.redo_action.trigger()
        assert model.rowCount() == 0
        win.close()

    window = build_window()
    run_async(qapp, run_window(window, until=session, log=False))
    assert in_store() == 0
    window.deleteLater()
