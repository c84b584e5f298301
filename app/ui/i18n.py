"""The window's language: Storyreel's own translation and Qt's, installed before any window.

Storyreel's translations are ``resources/i18n/storyreel_<code>.qm`` (compiled from the
``.ts`` sources beside them by ``scripts/i18n.py``; English has one too, holding only the
plural forms of counted texts: a counted source is the English plural, "%n shots", and the
catalogue gives its singular, so that it reads "1 shot", "2 shots"); Qt's own
(``qtbase_<code>.qm``, for the standard buttons and dialogs) come from the Qt that runs, at
``QLibraryInfo.path(TranslationsPath)``: inside the PySide6 wheel, or the bundle. Both are
files on disk from a checkout, a wheel and the bundle alike.

The language chosen in Settings applies from the next start: the window is built once in
its language, and the dialog says so when the choice changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import resources
from app.core.languages import Language, effective

# The installed translators, each with the bytes it reads from (read into memory, so that a
# catalogue replaced on disk while Storyreel runs, by an update, changes nothing).
_installed: list[tuple[QTranslator, bytes]] = []
_spoken = [Language.ENGLISH]  # the language installed last (English until one is)


def spoken() -> Language:
    """The language the window was built in (the one installed at its start)."""
    return _spoken[0]


def system_ui_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def current_language(choice: Language) -> Language:
    """The language the window speaks for a choice in Settings."""
    return effective(choice, system_ui_languages())


def storyreel_catalogue(language: Language) -> str | None:
    """The path of Storyreel's compiled translation into ``language``, or None."""
    if language is Language.SYSTEM:
        return None
    node = resources.path("i18n", f"storyreel_{language.value}.qm")
    return str(node) if node.is_file() else None


def qt_catalogue(language: Language) -> str | None:
    """The path of Qt's own translation (standard buttons and dialogs), or None."""
    if not language.translated:
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    for name in (f"qtbase_{language.value}", f"qtbase_{language.value.split('_')[0]}"):
        if translator.load(name, folder):
            return translator.filePath()
    return None


def _remove(app: QCoreApplication) -> None:
    for translator, _data in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def _load(app: QCoreApplication, path: str | None) -> None:
    if path is None:
        return
    try:
        data = Path(path).read_bytes()
    except OSError:
        return  # a catalogue that cannot be read: that part stays in English
    translator = QTranslator(app)
    if translator.load(data):
        app.installTranslator(translator)
        _installed.append((translator, data))


def uninstall(app: QCoreApplication) -> None:
    """Back to English, the language of the source, with the system's numbers and dates.
    English keeps its own catalogue: the singular of each counted text ("1 frame")."""
    _remove(app)
    QLocale.setDefault(QLocale.system())
    _load(app, storyreel_catalogue(Language.ENGLISH))
    _spoken[0] = Language.ENGLISH


def ensure(app: QCoreApplication) -> None:
    """English (with the singulars of its counted texts) unless a language is installed."""
    if not _installed:
        uninstall(app)


def install(app: QCoreApplication, choice: Language) -> Language:
    """Install the translators for ``choice`` (replacing any installed before) and make
    numbers, dates and money follow its locale; the language now spoken."""
    _remove(app)
    language = current_language(choice)
    if choice is Language.SYSTEM:
        QLocale.setDefault(QLocale.system())
    else:
        QLocale.setDefault(QLocale(language.locale_name))
    for path in (qt_catalogue(language), storyreel_catalogue(language)):
        _load(app, path)
    _spoken[0] = language
    return language


__all__ = [
    "current_language",
    "ensure",
    "install",
    "qt_catalogue",
    "spoken",
    "storyreel_catalogue",
    "uninstall",
]
