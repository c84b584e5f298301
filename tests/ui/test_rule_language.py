"""The rule rows of an image or a clip, their sentences and the choices with units read in
the window's language: numbers with its decimal mark (the same digits, so the comparison a
reader makes is the one checked), units and counts in its words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from app.core.catalogue import ImageRule
from app.core.images import ImageInfo
from app.core.languages import Language
from app.core.media.checks import check_rule as check_media_rule
from app.core.media.checks import inline_checks
from app.core.media.kinds import MediaKind
from app.core.media.probe import MediaInfo
from app.core.validation import check_rule
from app.ui import i18n
from app.ui.images.rules import RuleRows
from app.ui.images.wording import check_sentence
from app.ui.units import choice_text, summary_text

DREAMINA = "bytedance/dreamina-3-0/pro/image-to-video"
SEEDANCE = "bytedance/seedance-1-0/pro/image-to-video"


@pytest.fixture
def speak(qapp) -> Iterator:
    try:
        yield lambda language: i18n.install(qapp, language)
    finally:
        i18n.uninstall(qapp)


def image(width: int, height: int, size: int = 1000) -> ImageInfo:
    return ImageInfo(
        source="", format="PNG", width=width, height=height, file_size=size,
        stored_width=width, stored_height=height,
    )  # fmt: skip


def row_cells(qtbot, check) -> tuple[list[str], str]:
    host = QWidget()
    qtbot.addWidget(host)
    rows = RuleRows(host)
    rows.show_checks([check], ("key",), force=True)
    cells = [rows.grid.itemAtPosition(0, column).widget() for column in (0, 1, 2, 3)]
    return [cell.text() for cell in cells], cells[2].toolTip()


def test_a_ratio_just_under_its_limit_reads_with_a_german_decimal_comma(qtbot, speak):
    speak(Language.GERMAN)
    check = check_rule(ImageRule("width/height<", 2.5, ""), image(24996, 10000))
    cells, tooltip = row_cells(qtbot, check)
    assert cells == ["✓", "Seitenverhältnis", "2,4996", "< 2,5"]
    assert tooltip == "Seitenverhältnis (Breite ÷ Höhe) beträgt 2,4996 und liegt unter 2,5."
    # What the command line prints is unchanged.
    assert check.actual == "2.4996"
    assert check.message.startswith("Aspect ratio (width ÷ height) 2.4996")


def test_file_sizes_at_their_limit_read_in_german_and_chinese(qtbot, speak):
    under = check_rule(ImageRule("file_size_mb<", 30, ""), image(100, 100, size=29_999_600))
    over = check_rule(ImageRule("file_size_mb<", 30, ""), image(100, 100, size=30_000_400))
    speak(Language.GERMAN)
    cells, _tooltip = row_cells(qtbot, under)
    assert cells == ["✓", "Dateigröße", "29,9996 MB", "< 30 MB"]
    cells, tooltip = row_cells(qtbot, over)
    assert cells == ["✗", "Dateigröße", "30,00 MB", "< 30 MB"]
    assert tooltip == "Dateigröße beträgt 30,00 MB; zulässig ist weniger als 30 MB."
    speak(Language.CHINESE)
    cells, tooltip = row_cells(qtbot, under)
    assert cells == ["✓", "文件大小", "29.9996 MB", "< 30 MB"]


def test_pixel_sizes_stay_plain_digits(qtbot, speak):
    speak(Language.ITALIAN)
    check = check_rule(ImageRule("width_pixels<=", 6000, ""), image(7000, 100))
    cells, _tooltip = row_cells(qtbot, check)
    assert cells == ["✗", "Larghezza", "7000 px", "≤ 6000 px"]


def clip(**kw) -> MediaInfo:
    values = dict(
        kind=MediaKind.VIDEO, source="/clips/a.webm", file_size=2_450_000, container="WebM",
        duration_s=12.5, width=1280, height=720, fps=29.97, video_codec="vp9",
    )  # fmt: skip
    values.update(kw)
    return MediaInfo(**values)  # type: ignore[arg-type]


def test_a_clips_rules_read_as_german_sentences(speak):
    info = clip()
    length = check_media_rule(ImageRule("duration_seconds<=", 10, ""), info)
    rate = check_media_rule(ImageRule("fps<=", 30, ""), info)
    fmt, size = inline_checks(info)
    speak(Language.GERMAN)
    assert check_sentence(length.message) == (
        "Dauer beträgt 12,5 s; zulässig sind höchstens 10 s."
    )
    assert check_sentence(rate.message) == "Bildrate beträgt 29,97 fps, höchstens 30 fps."
    assert check_sentence(size.message) == (
        "2,5 MB passt in die 32 MiB, die RunComfy aus einer Datei annimmt."
    )
    assert check_sentence(fmt.message).startswith(
        "WebM (VP9) kann nicht aus einer Datei gesendet werden; RunComfy nimmt nur "
    )
    assert summary_text(info.summary()) == (
        "12,5 s · 1280 × 720 · 30 fps · WebM (VP9) · 2,5 MB"
    )


def test_an_audio_clip_summary_reads_in_chinese(speak):
    info = clip(
        kind=MediaKind.AUDIO, container="WAV", width=0, height=0, fps=0.0, video_codec="",
        audio_codec="pcm_s16le", sample_rate=44100, channels=2, duration_s=3.25,
    )  # fmt: skip
    speak(Language.CHINESE)
    assert summary_text(info.summary()) == "3.25 秒 · 44.1 kHz · 立体声 · WAV (PCM) · 2.5 MB"
    speak(Language.KOREAN)
    assert summary_text(info.summary()) == "3.25초 · 44.1kHz · 스테레오 · WAV (PCM) · 2.5MB"


def test_choices_with_units_and_counts(catalogue, speak):
    frames = catalogue.get(DREAMINA).field("frames")
    seconds = catalogue.get(SEEDANCE).field("duration")
    speak(Language.GERMAN)
    assert choice_text(frames, 121) == "121 Frames ≈ 5 s"
    speak(Language.CHINESE)
    assert choice_text(frames, 241) == "241 帧 ≈ 10 秒"
    assert choice_text(seconds, 5) == "5 秒"
    speak(Language.ENGLISH)
    assert choice_text(frames, 121) == frames.choice_label(121) == "121 frames ≈ 5 s"
    assert choice_text(frames, 1) == "1 frame ≈ 0 s"
    assert choice_text(seconds, 5) == seconds.choice_label(5) == "5 s"


def test_a_too_wide_first_frame_reads_in_german_with_its_fixes(qtbot, catalogue, tmp_path, speak):
    from PIL import Image

    from app.ui.images import DropZone

    speak(Language.GERMAN)
    wide = tmp_path / "wide.png"
    Image.new("RGB", (2400, 600), (40, 60, 90)).save(wide)
    zone = DropZone(catalogue.get(SEEDANCE).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.resize(420, 520)
    zone.show()
    zone.set_source(str(wide))
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=10_000)
    qtbot.waitUntil(lambda: bool(zone.fix_buttons), timeout=10_000)
    assert zone.status_label.text() == (
        "Seitenverhältnis (Breite ÷ Höhe) beträgt 4; zulässig ist weniger als 2,5."
    )
    # A button too narrow for its title says the whole title first in its tooltip.
    tips = {button.text(): button.toolTip().split("\n")[-1] for button in zone.fix_buttons}
    crop = next(tip for title, tip in tips.items() if title.startswith("Auf 1499 × 600"))
    assert crop.startswith(
        "Schneidet den linken und rechten Rand auf ein Seitenverhältnis von 2,4983 zu"
    )
    pad = next(tip for title, tip in tips.items() if title.startswith("Auf 2400 × 961"))
    assert "Seitenverhältnis von 2,4974" in pad and "unter 30 MB" in pad


def test_an_animated_or_cut_short_image_reads_in_german(qtbot, catalogue, speak):
    from dataclasses import replace

    from app.core import image_integrity
    from app.core.validation import check_image
    from app.ui.error_text import said_text
    from app.ui.units import cell_text

    field = catalogue.get(SEEDANCE).field("first_frame_image_url")
    animated = replace(image(1280, 720), frame_count=12)
    [row] = [c for c in check_image(field, animated) if c.rule == "animation"]
    speak(Language.GERMAN)
    cells, tooltip = row_cells(qtbot, row)
    assert cells == ["ℹ", "Animation", "12 Bilder", "erstes Bild verwendet"]
    assert tooltip == "Animiertes Bild: Nur das erste Bild wird verwendet."
    assert cell_text("30000 × 20000 px") == "30000 × 20000 px"
    assert cell_text("≤ 178 megapixels") == "≤ 178 Megapixel"
    message = image_integrity.describe("scan.png", image_integrity.CUT_SHORT)
    assert said_text(message).startswith(
        "scan.png ist unvollständig: die Datei endet vor ihren Bilddaten. Die Datei lässt sich"
    )
    assert str(message).startswith("scan.png is incomplete: the file ends before its image")


def test_every_built_in_models_notes_read_in_each_language(catalogue, speak):
    from app.ui.model_notes import BUILT_IN_NOTES, notes_text

    built_in = [m for m in catalogue.models() if m.builtin and m.notes]
    assert built_in and all(m.notes in BUILT_IN_NOTES for m in built_in)
    for language in (Language.ITALIAN, Language.GERMAN, Language.CHINESE, Language.KOREAN):
        speak(language)
        assert all(notes_text(m) != m.notes for m in built_in), language
    speak(Language.GERMAN)
    assert notes_text(catalogue.get(SEEDANCE)).startswith("Bild zu Video aus einem Startbild")
