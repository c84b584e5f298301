"""Video and audio drop zones offscreen, with real files, real drops and a real loopback server:
each kind is probed and shows its verdict, a fix makes a clip that passes, URLs are fetched
and probed, a broken file keeps its name and says why, and the panel builds media fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_files import make_audio, make_video, truncated_copy
from media_models import reference_model, single_model

from app.ui.fields import MediaFieldWidget, MediaListWidget, widget_for
from app.ui.images import State
from app.ui.media.zone import MediaZone

pytestmark = pytest.mark.slow
WAIT = 20_000


def zone_for(qtbot, field) -> MediaZone:
    zone = MediaZone(field)
    qtbot.addWidget(zone)
    zone.resize(480, 520)
    zone.show()
    return zone


def wait_settled(qtbot, zone: MediaZone) -> None:
    qtbot.waitUntil(lambda: not zone.busy(), timeout=WAIT)


def test_a_dropped_mp4_is_probed_and_shown_valid_with_a_player(qtbot, dnd, tmp_path):
    clip = make_video(tmp_path / "dancer.mp4", seconds=1, size=(208, 116), sound=True)
    zone = zone_for(qtbot, single_model().field("video_url"))
    dnd.files(zone, clip)
    assert zone.state() is State.CHECKING and zone.path() == str(clip)
    wait_settled(qtbot, zone)
    assert zone.state() is State.VALID, zone.summary_label.text()
    assert "208 × 116" in zone.summary_label.text() and "MP4 (H.264, AAC)" in (
        zone.summary_label.text()
    )
    assert "✓" in zone.rows_label.text() and "✗" not in zone.rows_label.text()
    assert zone.name_label.text() == "<b>dancer.mp4</b>"
    assert not zone.fix_button.isVisible()
    player = zone.player()
    assert player is not None and player.isVisible() and player.current_file == clip
    assert not player.playing  # an input waits for the user to press play


def test_a_dropped_wav_is_probed_and_plays_in_the_audio_player(qtbot, dnd, tmp_path):
    sound = make_audio(tmp_path / "theme.wav", seconds=1, rate=44100, channels=1)
    zone = zone_for(qtbot, single_model().field("audio_url"))
    dnd.files(zone, sound)
    wait_settled(qtbot, zone)
    assert zone.state() is State.VALID
    assert "44.1 kHz · mono" in zone.summary_label.text()
    player = zone.player()
    assert player is not None and player.file == sound
    qtbot.waitUntil(lambda: player.slider.maximum() > 900, timeout=WAIT)  # the clip's length
    assert player.play_button.isEnabled() and not player.playing
    player.toggle_play()
    qtbot.waitUntil(lambda: player.playing, timeout=WAIT)
    player.toggle_play()
    qtbot.waitUntil(lambda: not player.playing, timeout=WAIT)


def test_an_overlong_webm_is_invalid_and_its_fix_makes_a_valid_mp4(qtbot, dnd, tmp_path):
    clip = make_video(tmp_path / "long.webm", seconds=3, size=(320, 180), codec="libvpx-vp9")
    zone = zone_for(qtbot, single_model().field("video_url"))
    dnd.files(zone, clip)
    wait_settled(qtbot, zone)
    assert zone.state() is State.INVALID
    rows = zone.rows_label.text()
    assert "Length is 3 s; it must be less than 2 s." in rows
    assert "Height is 180 px; it must be at most 120 px." in rows
    assert "WebM (VP9) cannot be sent from a file" in rows
    problems = zone.problems()
    assert {p.rule for p in problems} == {"duration_seconds<", "height_pixels<=", "inline_format"}
    assert zone.fix_button.isVisible()
    assert zone.fix_button.text().startswith("Fix: Trim to 1.92 s, downscale to 212 × 120")
    zone.fix_button.click()
    assert zone.busy()
    qtbot.waitUntil(lambda: zone.state() is State.VALID, timeout=WAIT)
    fixed = Path(zone.path() or "")
    assert fixed.name == "long-fixed.mp4" and fixed.is_file()
    assert zone.last_edit == "fix" and clip.exists()


def test_a_cut_short_file_stays_named_with_its_reason(qtbot, dnd, tmp_path):
    whole = make_audio(tmp_path / "whole.wav", seconds=2)
    cut = truncated_copy(whole, tmp_path / "half done.wav")
    zone = zone_for(qtbot, single_model().field("audio_url"))
    dnd.files(zone, cut)
    wait_settled(qtbot, zone)
    assert zone.state() is State.INVALID
    assert zone.path() == str(cut)
    assert "half done.wav ends before its data does: it was cut short." in zone.rows_label.text()
    assert not zone.fix_button.isVisible()


def test_a_file_that_is_not_a_video_is_an_error_not_a_crash(qtbot, dnd, tmp_path):
    text = tmp_path / "notes.mp4"
    text.write_text("not a video")
    zone = zone_for(qtbot, single_model().field("video_url"))
    dnd.files(zone, text)
    wait_settled(qtbot, zone)
    assert zone.state() is State.ERROR
    assert "notes.mp4 cannot be read as a video" in zone.summary_label.text()
    assert zone.problems()[0].rule == "readable"


def test_a_pasted_url_is_fetched_then_probed_without_inline_limits(qtbot, image_server):
    base, folder = image_server
    make_video(folder / "clip.webm", seconds=1, codec="libvpx-vp9")
    zone = zone_for(qtbot, reference_model().field("video_urls"))
    zone.url_edit.setText(f"{base}/clip.webm")
    zone.url_edit.returnPressed.emit()
    wait_settled(qtbot, zone)
    # The server fetches a URL itself: a WebM is fine there, no conversion is needed.
    assert zone.state() is State.VALID, zone.summary_label.text()
    assert zone.path() == f"{base}/clip.webm"
    assert "WebM (VP9)" in zone.summary_label.text()


def test_the_registry_gives_media_widgets_and_lists_grow(qtbot, tmp_path, dnd):
    model = reference_model()
    videos = widget_for(model.field("video_urls"))
    qtbot.addWidget(videos)
    assert isinstance(videos, MediaListWidget)
    single = widget_for(single_model().field("audio_url"))
    qtbot.addWidget(single)
    assert isinstance(single, MediaFieldWidget)
    videos.show()
    first = make_video(tmp_path / "a.mp4", seconds=0.5)
    second = make_video(tmp_path / "b.mp4", seconds=0.5)
    dnd.files(videos.zones()[0], first)
    assert len(videos.zones()) == 2
    dnd.files(videos.zones()[1], second)
    qtbot.waitUntil(lambda: videos.pending() is None, timeout=WAIT)
    assert videos.value() == [str(first), str(second)]
    assert videos.take_last_edit() == "drop"
    videos.zones()[0].remove_button.click()
    assert videos.value() == [str(second)]
    videos.set_value([str(first)])
    qtbot.waitUntil(lambda: videos.pending() is None, timeout=WAIT)
    assert videos.value() == [str(first)] and len(videos.zones()) == 2
    # What shows is what the list holds, in order: the clip, then one empty zone.
    shown = [videos.list_layout.itemAt(i).widget() for i in range(videos.list_layout.count())]
    assert shown == videos.zones() and [z.path() for z in shown] == [str(first), None]


def test_drop_and_fix_are_undoable_steps_in_the_panel(qtbot, dnd, tmp_path):
    from app.ui.documents.single_shot import SingleShotDocument
    from app.ui.panel import ParameterPanel

    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 1000)
    panel.show()
    panel.set_model(single_model(), carry_over=False)
    document = SingleShotDocument(panel)
    widget = panel.field_widget("video_url")
    assert isinstance(widget, MediaFieldWidget)
    clip = make_video(tmp_path / "long.webm", seconds=3, size=(320, 180), codec="libvpx-vp9")
    dnd.files(widget.zone, clip)
    assert panel.can_generate() == (False, "Source video: still being checked")
    wait_settled(qtbot, widget.zone)
    ok, reason = panel.can_generate()
    assert not ok and reason.startswith("Source video: Length is 3")
    assert document.stack.undoText() == "Drop video on Source video"
    widget.zone.fix_button.click()
    qtbot.waitUntil(lambda: widget.zone.state() is State.VALID, timeout=WAIT)
    fixed = widget.value()
    assert fixed.endswith("long-fixed.mp4")
    assert document.stack.undoText() == "Fix video in Source video"
    document.stack.undo()
    assert widget.value() == str(clip)
    wait_settled(qtbot, widget.zone)
    assert widget.zone.state() is State.INVALID
    document.stack.redo()
    assert widget.value() == fixed
    wait_settled(qtbot, widget.zone)
    panel.set_values({"prompt": "A dancer"})
    assert panel.can_generate() == (True, "")


def test_ctrl_v_pastes_a_copied_file_and_remove_empties_the_zone(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, Qt, QUrl
    from PySide6.QtGui import QGuiApplication

    sound = make_audio(tmp_path / "copied.wav", seconds=0.5)
    zone = zone_for(qtbot, single_model().field("audio_url"))
    assert zone.drop_label.text() == "Drop an audio clip here" and zone.drop_label.isVisible()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sound))])
    QGuiApplication.clipboard().setMimeData(mime)
    zone.setFocus()
    qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert zone.path() == str(sound) and zone.last_edit == "paste"
    wait_settled(qtbot, zone)
    assert zone.state() is State.VALID
    zone.remove_button.click()
    assert zone.state() is State.EMPTY and zone.path() is None
    assert zone.url_edit.isVisible() and zone.choose_button.isVisible()


def test_a_url_that_answers_404_is_an_error_that_names_it(qtbot, image_server):
    base, _folder = image_server
    zone = zone_for(qtbot, reference_model().field("audio_urls"))
    zone.set_source(f"{base}/missing.wav", edit="paste")
    assert zone.remove_button.text() == "Cancel"
    wait_settled(qtbot, zone)
    assert zone.state() is State.ERROR
    assert "404" in zone.summary_label.text()
    assert zone.path() == f"{base}/missing.wav"  # kept, with the reason, until replaced


def test_clips_that_would_make_the_request_too_large_are_refused_before_sending(
    qtbot, tmp_path
):
    import copy

    from media_files import make_noise_video
    from media_models import REFERENCE_DOC

    from app.core.catalogue import model_from_document
    from app.ui.panel import ParameterPanel

    doc = copy.deepcopy(REFERENCE_DOC)
    del doc["input_schema"]["properties"]["audio_urls"]["items"]["validations"]
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.set_model(model_from_document(doc), carry_over=False)
    # 87 s of 48 kHz stereo WAV: just under 16 MiB each; three of them just fit as base64.
    sound = make_audio(tmp_path / "long.wav", seconds=87)
    panel.set_values({"prompt": "p", "audio_urls": [str(sound)] * 3})
    qtbot.waitUntil(lambda: panel.field_widget("audio_urls").pending() is None, timeout=WAIT)
    assert panel.can_generate() == (True, "")
    noise = make_noise_video(tmp_path / "noise.mp4", seconds=1, size=(320, 240))
    panel.set_values({"video_urls": [str(noise)]})
    qtbot.waitUntil(lambda: panel.field_widget("video_urls").pending() is None, timeout=WAIT)
    ok, reason = panel.can_generate()
    assert not ok
    assert "make a request of 71" in reason and "at most 67.1 MB" in reason and "URLs" in reason
