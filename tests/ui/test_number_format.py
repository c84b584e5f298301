"""Numbers inside the window's messages are written as the window's language writes them:
"2,5 MB" in German and Italian, "2.5 MB" in Chinese and English; the English text of the
same message (what the command line prints) keeps Python's own writing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.languages import Language
from app.core.wording import said
from app.ui import i18n
from app.ui.error_text import said_text
from app.ui.number_format import local_numbers


@pytest.fixture
def speak(qapp) -> Iterator:
    def install(language: Language) -> None:
        i18n.install(qapp, language)

    try:
        yield install
    finally:
        i18n.uninstall(qapp)


# An untranslated template is filled the same way as a translated one: the numbers are the
# window's either way.
SIZE = "The file is {size:.1f} MB; {count} shots of {seconds} s, seed {seed:d}, {bytes} bytes."
SIZE_ARGS = {"size": 2.45, "count": 3, "seconds": 7.5, "seed": 123456, "bytes": 1234567}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.GERMAN,
            "The file is 2,5 MB; 3 shots of 7,5 s, seed 123456, 1.234.567 bytes.",
        ),
        (
            Language.ITALIAN,
            "The file is 2,5 MB; 3 shots of 7,5 s, seed 123456, 1.234.567 bytes.",
        ),
        (
            Language.CHINESE,
            "The file is 2.5 MB; 3 shots of 7.5 s, seed 123456, 1,234,567 bytes.",
        ),
        (
            Language.ENGLISH,
            "The file is 2.5 MB; 3 shots of 7.5 s, seed 123456, 1,234,567 bytes.",
        ),
    ],
)
def test_numbers_in_a_message_follow_the_language(speak, language, expected) -> None:
    speak(language)
    message = said(SIZE, **SIZE_ARGS)
    assert said_text(message) == expected
    # The English text (the command line's, the log's) is Python's.
    assert str(message) == "The file is 2.5 MB; 3 shots of 7.5 s, seed 123456, 1234567 bytes."


def test_years_and_pixel_sizes_are_plain_digits_and_text_stays_as_given(speak) -> None:
    speak(Language.GERMAN)
    message = said(
        "{path} is {width} × {height} px, made in {year}; {ratio:.3g}, {share:.0%}, {big:,}.",
        path="/tmp/a.1,5.png",
        width=1920,
        height=1080,
        year=2026,
        ratio=2.4996,
        share=0.25,
        big=5000,
    )
    assert said_text(message) == "/tmp/a.1,5.png is 1920 × 1080 px, made in 2026; 2,5, 25%, 5.000."


def test_a_translated_template_is_filled_with_german_numbers(speak) -> None:
    speak(Language.GERMAN)
    message = said(
        "Fetching {url} took longer than {seconds} s, so Storyreel stopped. The server may be "
        "very slow: try again later, or save the image and use the file.",
        url="https://example.com/a.png",
        seconds=2.5,
    )
    assert said_text(message).startswith(
        "Der Abruf von https://example.com/a.png dauerte länger als 2,5 s"
    )


def test_numbers_written_in_english_inside_a_cell_change_only_their_marks(speak) -> None:
    speak(Language.GERMAN)
    assert local_numbers("2.4996") == "2,4996"
    assert local_numbers("less than 29.9996 MB") == "less than 29,9996 MB"
    assert local_numbers("1,234,567 bytes") == "1.234.567 bytes"
    # Plain digits, versions and pixel sizes are left as they are.
    assert local_numbers("3000 × 1201 px, version 1.2.3") == "3000 × 1201 px, version 1.2.3"
    speak(Language.CHINESE)
    assert local_numbers("2.4996 < 2.5") == "2.4996 < 2.5"


def test_a_file_error_said_by_the_window_reads_in_german(qtbot, speak, tmp_path) -> None:
    from app.ui.error_text import error_text
    from app.ui.takes.bin import bring_back

    speak(Language.GERMAN)
    original = tmp_path / "take.mp4"
    with pytest.raises(FileNotFoundError) as caught:
        bring_back(tmp_path / "gone.mp4", original)
    assert error_text(caught.value) == (
        "take.mp4 ist nicht mehr im Papierkorb (er wurde geleert), daher kann der Take nicht "
        "zurückkehren."
    )
    assert "no longer in the trash" in str(caught.value)


def test_a_day_on_the_spending_chart_reads_in_the_language(speak) -> None:
    from app.ui.spend.chart import _day_label

    speak(Language.GERMAN)
    assert _day_label("2026-11-25", short=False) == "25. Nov."
    speak(Language.CHINESE)
    assert _day_label("2026-11-25", short=False) == "11月25日"
    speak(Language.ENGLISH)
    assert _day_label("2026-11-25", short=False) == "Nov 25"
