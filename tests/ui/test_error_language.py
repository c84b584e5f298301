"""The errors raised below the window (app.core, app.api) read in the window's language,
while their English text (what the command line prints and the log keeps) stays as it was."""

from __future__ import annotations

import pickle

import pytest
from PySide6.QtCore import QMimeData, QUrl

from app.api.backend_pool import no_key_message
from app.core.errors import (
    FetchError,
    ImageError,
    InvalidApiBase,
    MediaError,
    SpendingCapReached,
)
from app.core.languages import Language
from app.core.media.kinds import MediaKind
from app.core.media.probe import probe_media
from app.core.settings import Settings
from app.core.spending import check_day_cap, check_render_cap
from app.core.storyboard.board import Storyboard
from app.core.storyboard.file_format import FORMAT_VERSION
from app.core.storyboard.model import StoryboardError
from app.core.urls import check_api_base
from app.core.wording import QT_TRANSLATE_NOOP, said
from app.ui import i18n
from app.ui.error_text import error_text
from app.ui.images import DropZone
from app.ui.spend.caps import ask_to_raise

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 10_000


def zone_for(qtbot, catalogue) -> DropZone:
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.resize(320, 420)
    zone.show()
    return zone


def test_a_pdf_dropped_on_a_zone_is_named_in_german(qtbot, catalogue, dnd, tmp_path, german):
    paper = tmp_path / "scan.png"
    paper.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    zone = zone_for(qtbot, catalogue)
    dnd.files(zone, paper)
    qtbot.waitUntil(lambda: zone.state() == "error", timeout=WAIT)
    assert zone.error() == (
        "scan.png ist kein Bild, das Storyreel lesen kann (die Datei ist ein PDF-Dokument)."
    )


def test_a_url_that_cannot_be_fetched_says_so_in_german(
    qtbot, catalogue, image_server, dnd, german
):
    base, _folder = image_server
    mime = QMimeData()
    mime.setUrls([QUrl(f"{base}/missing.png")])
    zone = zone_for(qtbot, catalogue)
    dnd.mime(zone, mime)
    qtbot.waitUntil(lambda: zone.state() == "error", timeout=WAIT)
    error = zone.error()
    assert error.startswith(f"{base}/missing.png antwortete mit ") and "404" in error


def test_the_spending_cap_question_is_german(qtbot, german) -> None:
    with pytest.raises(SpendingCapReached) as caught:
        check_day_cap(0.30, 0.18, 0.18)
    box = ask_to_raise(None, caught.value, Settings(), lambda _raised: None)
    qtbot.addWidget(box)
    assert box.text().startswith("Dieser Auftrag würde $0.18 kosten, und heute sind bereits")
    assert "Ausgabenlimit von $0.30" in box.text()
    # The English stays what the command line prints.
    assert str(caught.value).startswith("This job would cost $0.18, and $0.18 is already")


def test_a_reason_that_is_itself_said_is_translated_with_its_sentence(qapp, german) -> None:
    with pytest.raises(SpendingCapReached) as caught:
        check_render_cap(1.00, None, 3)
    text = error_text(caught.value)
    assert text.startswith(
        "Das Rendern dieser 3 Shots würde einen für Storyreel nicht berechenbaren Betrag kosten"
    )
    assert "an amount Storyreel cannot total" in str(caught.value)


def test_english_and_untemplated_errors_read_as_their_message(qapp) -> None:
    i18n.install(qapp, Language.ENGLISH)
    try:
        error = FetchError.said(
            QT_TRANSLATE_NOOP("Errors", "{url} answered {status}."), url="x", status="HTTP 500"
        )
        assert error_text(error) == str(error) == "x answered HTTP 500."
        assert error_text(ImageError("A plain message.")) == "A plain message."
        assert error_text(ValueError("not ours")) == "not ours"
    finally:
        i18n.uninstall(qapp)


def test_a_said_message_is_its_english_text_everywhere() -> None:
    message = said("{name} is a folder, not an image file.", name="shots")
    error = ImageError(message)
    assert str(error) == error.message == "shots is a folder, not an image file."
    assert f"{error}" == repr(message)[1:-1]
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.wording is not None
    assert copy.wording.template == "{name} is a folder, not an image file."
    assert ImageError("plain").wording is None


def test_a_fix_button_describes_its_fix_in_german(qtbot, catalogue, image_file, dnd, german):
    # 3000 × 600 is wider than Seedance's 2.5:1: a crop and a pad are offered.
    wide = image_file("panorama.png", (3000, 600))
    zone = zone_for(qtbot, catalogue)
    dnd.files(zone, wide)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    tips = [button.toolTip() for button in zone.fix_buttons]
    assert any(
        "Schneidet den linken und rechten Rand auf ein Seitenverhältnis von " in tip
        and "als neue PNG-Datei unter 30 MB gespeichert." in tip
        for tip in tips
    ), tips
    assert any("Fügt oben und unten schwarze Balken hinzu" in tip for tip in tips), tips
    # The core's English is what the command line prints.
    crop = next(fix for fix in zone.fixes() if fix.kind == "crop_ratio")
    assert crop.description.startswith("Crops the left and right edges to an aspect ratio")


def test_a_storyboard_from_a_newer_storyreel_is_refused_in_german(qapp, tmp_path, german):
    future = tmp_path / "future.storyreel"
    version = FORMAT_VERSION + 1
    future.write_text(f'{{"format": "storyreel-storyboard", "version": {version}}}', "utf-8")
    with pytest.raises(StoryboardError) as caught:
        Storyboard.load(future)
    assert "was saved by a newer Storyreel" in str(caught.value)
    text = error_text(caught.value)
    assert (
        f"wurde von einem neueren Storyreel gespeichert (Storyboard-Formatversion {version})"
        in text
    )


def test_a_storyboard_that_is_not_json_is_refused_in_german(qapp, tmp_path, german):
    broken = tmp_path / "broken.storyreel"
    broken.write_text("{ not json", "utf-8")
    with pytest.raises(StoryboardError) as caught:
        Storyboard.load(broken)
    text = error_text(caught.value)
    assert text.startswith(f"Die Storyboard-Datei {broken} kann nicht gelesen werden: Der Inhalt")
    assert text.endswith("Die Datei wurde nicht verändert.")
    assert str(caught.value).endswith("The file was left as it is.")


def test_an_unsafe_api_address_and_a_missing_key_read_in_german(qapp, german):
    with pytest.raises(InvalidApiBase) as caught:
        check_api_base("ftp://example.com")
    assert error_text(caught.value).startswith(
        "Die API-Adresse 'ftp://example.com' kann nicht verwendet werden: Sie muss mit https://"
    )
    other = no_key_message("https://api.example.com")
    assert str(other).startswith("No RunComfy API key is set for https://api.example.com.")
    assert "`storyreel login --api-base https://api.example.com`" in str(other)
    assert error_text(ImageError(other)).startswith(
        "Für https://api.example.com ist kein RunComfy-API-Schlüssel festgelegt."
    )


def test_an_empty_clip_is_described_in_german(qapp, tmp_path, german):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(MediaError) as caught:
        probe_media(empty, MediaKind.VIDEO)
    assert str(caught.value) == "empty.mp4 is empty (0 bytes)."
    assert error_text(caught.value) == "empty.mp4 ist leer (0 Byte)."
