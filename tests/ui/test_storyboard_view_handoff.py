"""The Storyboard view hands the board to an editor and takes the edit back: a shot's note typed
in the window (one undoable step), "Export for an editor" writing every chosen file in a
worker, and "Bring back an edit" reordering, trimming and removing shots as one undoable
step with a summary.

Real parts: the window from ``build_window``, a board with real preview clips, OTIO files
written and edited with opentimelineio itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import opentimelineio as otio
import pytest
from opentimelineio.opentime import RationalTime, TimeRange
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from window_support import one_window

from app.core.catalogue import Catalogue
from app.core.storyboard.board_pdf import PaperSize
from app.core.storyboard.cut import build_cut
from app.core.storyboard.handoff import ExportKind, HandoffOptions
from app.core.storyboard.interchange import write_timeline
from app.ui.main_window import MainWindow
from app.ui.storyboard import StoryboardView
from app.ui.workers import wait_for_idle
from tests.core.handoff_support import NOTES, make_board

pytestmark = pytest.mark.slow  # real clips are rendered


@pytest.fixture
def window(qapp, qtbot) -> Iterator[MainWindow]:
    with one_window(shown=True, storyboard=True, forget_changes=True) as win:
        yield win


@pytest.fixture
def opened(window: MainWindow, qtbot, tmp_path: Path) -> StoryboardView:
    board = make_board(tmp_path / "Harbour", Catalogue.load())
    view = window.storyboard
    view.open_board(board.path)
    qtbot.waitUntil(lambda: view.board.path == board.path and view.shot_model.rowCount() == 4)
    return view


def test_a_note_typed_for_a_shot_is_one_undoable_step(opened: StoryboardView, qtbot):
    view = opened
    view.select_shot(1)
    editor = view.note_editor.text
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.toPlainText() == "")
    steps = view.undo_stack.count()
    editor.setFocus()
    qtbot.keyClicks(editor, "MAYA: Not yet.")
    assert view.board.shots[1].note == "MAYA: Not yet."
    assert view.undo_stack.count() == steps + 1  # the typing is one step
    assert view.undo_stack.undoText() == "Edit note"
    view.select_shot(0)
    qtbot.waitUntil(lambda: editor.toPlainText() == NOTES[0])
    view.undo_stack.undo()
    assert view.board.shots[1].note == ""
    view.select_shot(1)
    qtbot.waitUntil(lambda: editor.toPlainText() == "")
    view.undo_stack.redo()
    qtbot.waitUntil(lambda: editor.toPlainText() == "MAYA: Not yet.")


def test_export_for_an_editor_writes_every_chosen_file(
    opened: StoryboardView, qtbot, tmp_path: Path
):
    view = opened
    out = tmp_path / "for the editor"
    kinds = [ExportKind.OTIO, ExportKind.EDL, ExportKind.SRT, ExportKind.PDF]
    with qtbot.waitSignal(view.export_finished, timeout=60_000):
        view.handoff.export(out, kinds, HandoffOptions(paper=PaperSize.LETTER))
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Harbour.edl", "Harbour.otio", "Harbour.pdf", "Harbour.srt"]
    assert "Shot 4\nFade to black." in (out / "Harbour.srt").read_text(encoding="utf-8")


def test_an_edited_timeline_comes_back_as_one_undoable_step(
    opened: StoryboardView, qtbot, tmp_path: Path
):
    view = opened
    board = view.board
    path = tmp_path / "Harbour" / "Harbour.otio"
    write_timeline(build_cut(board, Catalogue.load()), path, "otio")
    timeline = otio.adapters.read_from_file(str(path))
    track = timeline.tracks[0]
    one, two, three, _four = (c.deepcopy() for c in track)
    three.source_range = TimeRange(RationalTime(12, 24), RationalTime(18, 24))
    track[:] = []
    for clip in (two, three, one):
        track.append(clip)
    otio.adapters.write_to_file(timeline, str(path))
    before = board.to_document()
    ids = [s.id for s in board.shots]
    messages: list[str] = []
    view.status_message.connect(messages.append)
    steps = view.undo_stack.count()

    view.handoff.import_edit(path)
    qtbot.waitUntil(lambda: view.undo_stack.count() == steps + 1, timeout=20_000)
    assert [s.id for s in board.shots] == [ids[1], ids[2], ids[0]]
    assert (board.shots[1].trim_in, board.shots[1].trim_out) == (0.5, 1.25)
    assert view.shot_model.rowCount() == 3
    assert view.undo_stack.undoText() == "Bring back the edit from Harbour.otio"
    qtbot.waitUntil(lambda: any("Brought back from Harbour.otio" in m for m in messages))
    summary = next(m for m in messages if "Brought back" in m)
    assert "Shot 1 moved to position 3." in summary
    assert "Shot 3 trimmed to 0.75 s (was 1.50 s)." in summary
    assert "Shot 4 removed." in summary

    view.undo_stack.undo()
    assert board.to_document() == before
    assert view.shot_model.rowCount() == 4


def test_an_unreadable_edit_list_is_named_and_changes_nothing(
    opened: StoryboardView, qtbot, tmp_path: Path
):
    view = opened
    broken = tmp_path / "cut.xml"
    broken.write_text("<xmeml><oops", encoding="utf-8")
    messages: list[str] = []
    view.status_message.connect(messages.append)
    before = view.board.to_document()
    view.handoff.import_edit(broken)
    qtbot.waitUntil(lambda: any("cut.xml could not be brought back" in m for m in messages))
    assert view.board.to_document() == before
    assert "Traceback" not in " ".join(messages)


def test_the_export_menu_offers_the_handoff(opened: StoryboardView):
    texts = [a.text() for a in opened.file_actions() if a is not None]
    assert "Export for an e&ditor…" in texts and "&Bring back an edit…" in texts
    assert opened.note_editor.text.accessibleName() == "Shot note"
    assert opened.note_editor.label.buddy() is opened.note_editor.text
    assert opened.note_editor.text.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_files_already_in_the_folder_are_replaced_only_when_the_user_says_so(
    opened: StoryboardView, qtbot, tmp_path: Path
):
    view = opened
    out = tmp_path / "for the editor"
    out.mkdir()
    kept = out / "Harbour.edl"
    kept.write_text("an edit list the editor made by hand")
    kinds = [ExportKind.EDL, ExportKind.SRT]
    flow = view.handoff
    flow.confirm_export(out, kinds, HandoffOptions())
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible())
    assert flow.question.informativeText() == "Harbour.edl"
    flow.question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: flow.question is None)
    assert wait_for_idle()  # an export would have been handed to a worker by now
    assert kept.read_text() == "an edit list the editor made by hand"
    assert not (out / "Harbour.srt").exists()

    flow.confirm_export(out, kinds, HandoffOptions())
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible())
    replace = next(b for b in flow.question.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(view.export_finished, timeout=30_000):
        replace.click()
    assert kept.read_text().startswith("TITLE: Harbour")
    assert (out / "Harbour.srt").is_file()
