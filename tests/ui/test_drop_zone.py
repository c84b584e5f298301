"""Drop zones with real images, real drags, the real clipboard and a real loopback server."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from app.core.settings import cache_dir
from app.ui import theme, workers
from app.ui.images import REORDER_MIME, DropZone, ImageStrip

PRO = "bytedance/seedance-1-0/pro/image-to-video"
REF = "bytedance/seedance-1-0/lite/reference-to-video"
DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
WAIT = 10_000


def zone_for(qtbot, catalogue, model_id: str, field_name: str) -> DropZone:
    zone = DropZone(catalogue.get(model_id).field(field_name))
    qtbot.addWidget(zone)
    zone.resize(320, 420)
    zone.show()
    return zone


def strip_for(qtbot, catalogue, model_id: str, field_name: str) -> ImageStrip:
    strip = ImageStrip(catalogue.get(model_id).field(field_name))
    qtbot.addWidget(strip)
    strip.resize(700, 900)
    strip.show()
    return strip


def wait_state(qtbot, zone: DropZone, state: str) -> None:
    qtbot.waitUntil(lambda: zone.state() == state, timeout=WAIT)


def wait_shown(qtbot, zone: DropZone, state: str) -> None:
    """The verdict and then the thumbnail, which may come after it."""
    wait_state(qtbot, zone, state)
    qtbot.waitUntil(lambda: zone.thumbnail() is not None, timeout=WAIT)


def test_a_dropped_file_is_checked_rule_by_rule_and_shown(qtbot, catalogue, image_file, dnd):
    photo = image_file("meadow.png", (640, 480))
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    assert zone.state() == "empty"

    with qtbot.waitSignal(zone.state_changed, timeout=WAIT) as first:
        dnd.files(zone, photo)
    assert first.args == ["checking"]
    wait_state(qtbot, zone, "valid")

    assert zone.path() == str(photo)
    # The verdict comes from the header alone; the thumbnail follows on its own.
    qtbot.waitUntil(lambda: zone.thumbnail() is not None, timeout=WAIT)
    assert not zone.thumbnail().isNull()
    checks = zone.checks()
    # Seedance: each side between 300 and 6000 px, ratio 0.4 to 2.5, under 30 MB.
    assert len(checks) == 7 and all(c.passed for c in checks)
    assert {c.label for c in checks} >= {"Width", "Height", "File size"}
    width_rows = [(c.actual, c.limit) for c in checks if c.label == "Width"]
    assert ("640 px", "more than 300 px") in width_rows
    assert ("640 px", "less than 6000 px") in width_rows
    # Each rule is one visible row of the grid: mark, label, actual value, limit.
    assert zone.checks_grid.rowCount() >= 7
    marks = [zone.checks_grid.itemAtPosition(r, 0).widget().text() for r in range(7)]
    assert marks == ["✓"] * 7
    # The rows read in full even when the zone is at its narrowest: limits are compact.
    limits = [zone.checks_grid.itemAtPosition(r, 3).widget().text() for r in range(7)]
    assert "< 6000 px" in limits and "> 300 px" in limits
    zone.resize(zone.minimumWidth(), zone.height())
    zone.show()
    qtbot.waitExposed(zone)
    assert zone.checks_widget.sizeHint().width() <= zone.contentsRect().width()
    assert "640×480" in zone.status_label.text() and "all 7 rules pass" in zone.status_label.text()
    assert zone.border_accent() is theme.Accent.VALID
    assert zone.fixes() == []


def test_an_image_too_small_is_invalid_and_its_upscale_fix_makes_a_new_valid_file(
    qtbot, catalogue, image_file, dnd
):
    small = image_file("tiny.png", (200, 200))
    original = small.read_bytes()
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, small)
    wait_state(qtbot, zone, "invalid")

    reason = zone.reason()
    assert "200 px" in reason and "300 px" in reason
    assert reason in zone.status_label.text()
    failing = [c for c in zone.checks() if not c.passed]
    assert {c.label for c in failing} == {"Width", "Height"}
    assert zone.border_accent() is theme.Accent.INVALID

    [fix] = [f for f in zone.fixes() if f.kind == "upscale"]
    button = next(b for b in zone.fix_buttons if b.text() == fix.title)
    assert button.toolTip() == fix.description

    button.click()  # one click: no confirmation, Undo takes it back

    wait_state(qtbot, zone, "valid")
    fixed = Path(zone.path())
    assert fixed.parent == cache_dir() / "fixed"
    with Image.open(fixed) as opened:
        assert opened.size == (fix.target_width, fix.target_height)
    assert small.read_bytes() == original


def test_cancelling_the_framing_tool_changes_nothing(qtbot, catalogue, image_file, dnd):
    wide = image_file("wide.png", (1500, 500))
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, wide)
    wait_state(qtbot, zone, "invalid")
    [crop] = [i for i, f in enumerate(zone.fixes()) if f.kind == "crop_ratio"]
    tool = zone.request_fix(crop)
    assert tool is not None and tool.isVisible()
    tool.reject()
    assert zone.state() == "invalid" and zone.path() == str(wide)
    assert not (cache_dir() / "fixed").exists()


def test_a_broken_file_shows_its_error_and_the_previous_image_can_come_back(
    qtbot, catalogue, image_file, dnd, tmp_path
):
    good = image_file("good.png", (640, 480))
    broken = tmp_path / "broken.png"
    broken.write_bytes(good.read_bytes()[:200])
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, good)
    wait_state(qtbot, zone, "valid")

    dnd.files(zone, broken)
    # Its header is whole, so its facts show, with a failing "Complete file" row first.
    wait_state(qtbot, zone, "invalid")
    assert zone.reason().startswith("broken.png is incomplete")
    assert zone.reason() in zone.status_label.text()
    assert zone.restore_button.isVisible()
    assert zone.border_accent() is theme.Accent.INVALID

    zone.restore_button.click()
    assert zone.state() == "valid"
    assert zone.path() == str(good)
    assert not zone.restore_button.isVisible()


def test_a_file_that_is_not_an_image_names_what_it_is(qtbot, catalogue, dnd, tmp_path):
    notes = tmp_path / "notes.png"
    notes.write_text("these are my notes, not a picture\n")
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, notes)
    wait_state(qtbot, zone, "error")
    assert "notes.png" in zone.error() and "text" in zone.error()
    assert not zone.restore_button.isVisible()


@pytest.mark.parametrize("where", ["uri-list", "text"])
def test_an_image_url_from_a_browser_is_fetched_over_loopback_and_checked(
    qtbot, catalogue, image_server, where, dnd
):
    base, folder = image_server
    Image.new("RGB", (800, 600), (10, 120, 200)).save(folder / "still.jpg", "JPEG")
    url = f"{base}/still.jpg"
    mime = QMimeData()
    if where == "uri-list":
        mime.setUrls([QUrl(url)])
    else:
        mime.setText(url)
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.mime(zone, mime)
    assert zone.state() == "checking"
    wait_shown(qtbot, zone, "valid")

    assert zone.path() == url  # the URL itself is the value: the server can fetch it
    copy = zone.local_path()
    assert copy is not None and copy.parent == cache_dir() / "inputs"
    with Image.open(copy) as opened:
        assert opened.size == (800, 600)
    assert zone.thumbnail() is not None


def test_a_url_that_answers_404_is_an_error_not_a_crash(qtbot, catalogue, image_server, dnd):
    base, _folder = image_server
    mime = QMimeData()
    mime.setUrls([QUrl(f"{base}/missing.png")])
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.mime(zone, mime)
    wait_state(qtbot, zone, "error")
    assert "404" in zone.error()


def png_bytes(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 160, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def test_raw_png_bytes_from_a_browser_are_saved_then_checked(qtbot, catalogue, dnd):
    mime = QMimeData()
    mime.setData("image/png", QByteArray(png_bytes((720, 400))))
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.mime(zone, mime)
    wait_state(qtbot, zone, "valid")
    saved = Path(zone.path())
    assert saved.parent == cache_dir() / "inputs" and saved.suffix == ".png"
    with Image.open(saved) as opened:
        assert opened.size == (720, 400)


def test_qt_image_data_is_saved_as_png_then_checked(qtbot, catalogue, dnd):
    image = QImage(500, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 60, 200))
    mime = QMimeData()
    mime.setImageData(image)
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.mime(zone, mime)
    wait_state(qtbot, zone, "valid")
    with Image.open(zone.path()) as opened:
        assert opened.size == (500, 400)


def test_ctrl_v_pastes_an_image_from_the_clipboard(qtbot, catalogue):
    mime = QMimeData()
    mime.setData("image/png", QByteArray(png_bytes((640, 640))))
    QGuiApplication.clipboard().setMimeData(mime)
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    zone.setFocus()
    qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_state(qtbot, zone, "valid")
    with Image.open(zone.path()) as opened:
        assert opened.size == (640, 640)


def test_pasting_text_that_is_no_image_says_so(qtbot, catalogue):
    QGuiApplication.clipboard().setText("just some words")
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert zone.state() == "empty"
    assert "clipboard holds no image" in zone.status_label.text()


def test_keyboard_opens_the_file_dialog_and_delete_removes_the_image(qtbot, catalogue, image_file):
    photo = image_file("dune.png", (900, 500))
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    assert zone.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert zone.accessibleName()
    qtbot.keyClick(zone, Qt.Key.Key_Return)
    dialog = zone.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert any("*.png" in f for f in dialog.nameFilters())
    dialog.filesSelected.emit([str(photo)])
    dialog.close()
    wait_state(qtbot, zone, "valid")

    with qtbot.waitSignal(zone.changed, timeout=WAIT):
        qtbot.keyClick(zone, Qt.Key.Key_Delete)
    assert zone.state() == "empty" and zone.path() is None
    assert zone.checks() == []


def test_the_chosen_ratio_dims_what_falls_outside_the_frame(qtbot, catalogue, image_file, dnd):
    square = image_file("square.png", (600, 600), colour=(250, 250, 250))
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    dnd.files(zone, square)
    wait_shown(qtbot, zone, "valid")

    zone.set_frame_ratio("16:9")
    shown, framed = zone.preview.image_rect(), zone.preview.framed_rect()
    assert framed.width() == pytest.approx(shown.width())
    assert framed.width() / framed.height() == pytest.approx(16 / 9, rel=0.01)
    picture = zone.preview.grab().toImage()
    top_band = picture.pixelColor(int(shown.center().x()), int(shown.top() + 3))
    middle_edge = picture.pixelColor(int(shown.left() + 3), int(shown.center().y()))
    assert top_band.lightness() < middle_edge.lightness() - 60  # dimmed outside the frame

    zone.set_frame_ratio("adaptive")
    assert zone.preview.framed_rect() == zone.preview.image_rect()


def test_several_files_dropped_on_the_reference_strip_fill_it_in_order(
    qtbot, catalogue, image_file, dnd
):
    files = [image_file(f"ref{i}.png", (400 + 10 * i, 400)) for i in range(6)]
    strip = strip_for(qtbot, catalogue, REF, "images")
    assert len(strip.zones()) == 1  # at least one, growing up to four

    dnd.files(strip.zones()[0], *files[:3])
    assert strip.paths() == [str(f) for f in files[:3]]
    assert len(strip.zones()) == 4  # three filled, one to add another
    for zone in strip.filled_zones():
        wait_state(qtbot, zone, "valid")

    dnd.files(strip.zones()[-1], *files[3:])
    assert strip.paths() == [str(f) for f in files[:4]]
    assert len(strip.zones()) == 4 and len(strip.filled_zones()) == 4
    assert "2 were left out" in strip.note_label.text()

    # Dragging the first thumbnail onto the third slot moves it there.
    first, third = strip.zones()[0], strip.zones()[2]
    mime = QMimeData()
    mime.setData(REORDER_MIME, QByteArray(str(id(first)).encode()))
    dnd.mime(third, mime)
    assert strip.paths() == [str(files[1]), str(files[2]), str(files[0]), str(files[3])]

    # Alt+Left moves it back one place; Delete removes it and the rest close up.
    moved = strip.zones()[2]
    qtbot.keyClick(moved, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert strip.paths() == [str(files[1]), str(files[0]), str(files[2]), str(files[3])]
    qtbot.keyClick(strip.zones()[1], Qt.Key.Key_Delete)
    assert strip.paths() == [str(files[1]), str(files[2]), str(files[3])]
    assert len(strip.zones()) == 4


def test_a_one_image_list_has_exactly_one_zone_and_a_new_drop_replaces(
    qtbot, catalogue, image_file, dnd
):
    a, b = image_file("a.png", (640, 480)), image_file("b.jpg", (640, 480), "JPEG")
    strip = strip_for(qtbot, catalogue, DREAMINA, "image_urls")
    assert len(strip.zones()) == 1
    dnd.files(strip.zones()[0], a)
    wait_state(qtbot, strip.zones()[0], "valid")
    assert len(strip.zones()) == 1
    dnd.files(strip.zones()[0], b, a)
    assert strip.paths() == [str(b)]
    assert "first of the 2" in strip.zones()[0].status_label.text()
    wait_state(qtbot, strip.zones()[0], "valid")


def test_a_format_the_model_refuses_is_invalid_and_converting_fixes_it(
    qtbot, catalogue, image_file, dnd
):
    webp = image_file("frame.webp", (800, 600), "WEBP")
    zone = zone_for(qtbot, catalogue, DREAMINA, "image_urls")
    dnd.files(zone, webp)
    wait_state(qtbot, zone, "invalid")
    assert "JPEG or PNG" in zone.reason()
    [fix] = zone.fixes()
    zone.request_fix(0)
    wait_state(qtbot, zone, "valid")
    with Image.open(zone.path()) as opened:
        assert opened.format == fix.target_format


def test_a_zone_deleted_while_checking_is_left_alone(qtbot, catalogue, image_file, dnd):
    photo = image_file("late.png", (640, 480))
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    zone.show()
    dnd.files(zone, photo)
    assert zone.state() == "checking"
    zone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(zone)
    # Its answers arrive for a widget that is gone and are dropped, without an error.
    assert workers.wait_for_idle(timeout=WAIT / 1000)


def test_a_drag_of_plain_words_is_refused(qtbot, catalogue, dnd):
    zone = zone_for(qtbot, catalogue, PRO, "first_frame_image_url")
    mime = QMimeData()
    mime.setText("a caption, not an image")
    enter = dnd.enter_event(zone, mime)
    QApplication.sendEvent(zone, enter)
    assert not enter.isAccepted()
    assert zone.state() == "empty"
