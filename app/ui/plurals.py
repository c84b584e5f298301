"""English plural forms for the window's counted texts.

Every count in the window goes through Qt's numerus form: ``self.tr("%n frames", "", n)``.
The source text is the English plural; this translator gives the English singular for a
count of one ("1 frame"), the way a translation file gives each language its own forms.
Texts it does not know, and every other count, fall through to the source text.

A test checks that every counted text in ``app/ui`` has its singular here, and that no text
hedges a plural with a bracketed "s".
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator

# Source text (the plural, with %n) -> the English text for exactly one.
SINGULAR: dict[str, str] = {
    "%n frames": "%n frame",
    "%n shots": "%n shot",
    "%n frames added.": "%n frame added.",
    "%n shots now use {model}.": "%n shot now uses {model}.",
    "It has %n frames. Save it to keep its frames, settings and clips together; "
    "its rendered clips stay in your library either way.": "It has %n frame. Save it to keep "
    "its frame, settings and clips together; its rendered clips stay in your library either "
    "way.",
    "%n shots picked up clips that finished while it was closed.": "%n shot picked up a clip "
    "that finished while it was closed.",
    "The image files of frames {numbers} are missing.": "The image file of frame {numbers} is "
    "missing.",
    "Generate %n previews": "Generate %n preview",
    "Generate %n shots": "Generate %n shot",
    "%n shots rendered; {kept} kept their clips.": "%n shot rendered; {kept} kept their clips.",
    "%n shots rendered.": "%n shot rendered.",
    "%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up "
    "and downloads their videos the next time you start it.": "%n job is still running on "
    "RunComfy. It continues there, and Storyreel picks it up and downloads its video the next "
    "time you start it.",
    "%n offline previews will stop: the local preview engine stops with Storyreel, so they "
    "will be lost (nothing is charged; you can retry them).": "%n offline preview will stop: "
    "the local preview engine stops with Storyreel, so it will be lost (nothing is charged; "
    "you can retry it).",
    "%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now "
    "stops them before they are sent: nothing is charged, and you can send them again "
    "later.": "%n job is still being prepared and has not been sent to RunComfy yet. Quitting "
    "now stops it before it is sent: nothing is charged, and you can send it again later.",
    "%n shots, {seconds} s": "%n shot, {seconds} s",
    " · %n shown as held frames": " · %n shown as a held frame",
    "{model}, these settings and this prompt now apply to all %n shots.": "{model}, these "
    "settings and this prompt now apply to the %n shot.",
    "{model} and these settings now apply to all %n shots; each keeps its prompt.": "{model} "
    "and these settings now apply to the %n shot; it keeps its prompt.",
    "%n characters": "%n character",
    "The pictures {files} from last time are no longer where they were, so they were left "
    "out. Drop them again to use them.": "The picture {files} from last time is no longer "
    "where it was, so {place} is empty. Drop it again to use it.",
    "Shots {numbers} took the prompt and settings of the shot that began on the same frame.": (
        "Shot {numbers} took the prompt and settings of the shot that began on the same frame."
    ),
    "%n files of the same name are already in {folder}.": "A file of the same name is "
    "already in {folder}.",
    "At most %n entries.": "At most %n entry.",
    "Ready · {width}×{height} {format} · all %n rules pass": "Ready · {width}×{height} {format} "
    "· its one rule passes",
    "Exported %n files: {names}.": "Exported %n file: {names}.",
    "%n clips matched no shot of this board and were left out.": "%n clip matched no shot of "
    "this board and was left out.",
}


class EnglishPlurals(QTranslator):
    """The singular of each counted text for a count of one; nothing else."""

    def translate(  # noqa: N802 (Qt's name)
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n == 1:
            return SINGULAR.get(source_text)
        return None  # not translated: Qt shows the source text


# The translator installed, per application. Not found with ``app.findChild``: that would
# wrap each of the application's Qt-private children in Python, a few ms of the first paint.
_installed: list[EnglishPlurals] = []


def install(app: QCoreApplication) -> EnglishPlurals:
    """Put the English plural forms in place for ``app`` (once)."""
    for existing in _installed:
        if shiboken6.isValid(existing) and existing.parent() is app:
            return existing
    _installed[:] = [t for t in _installed if shiboken6.isValid(t)]
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


__all__ = ["SINGULAR", "EnglishPlurals", "install"]
