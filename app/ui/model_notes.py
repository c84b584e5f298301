"""The built-in models' notes (one line on what each model does) in the window's language.

The notes are Storyreel's own words, kept in ``resources/models/*.json`` with the rest of
each model; JSON is not read by the extraction, so they are marked here (a test checks that
every built-in model's notes are). A model added by the user keeps its notes as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.catalogue import Model
from app.core.wording import QT_TRANSLATE_NOOP

BUILT_IN_NOTES = (
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Image to video from a first frame, 2 to 12 seconds, up to 1080p, with a choice of "
        "aspect ratio.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Image to video from a first frame and an optional last frame, 5 or 10 seconds. The "
        "last frame has no effect at 1080p.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Cinematic image to video with generated audio and lip sync, 4 to 12 seconds, camera "
        "control.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Video guided by one to four reference images, 2 to 12 seconds, up to 720p, with a "
        "seed.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Image to video in 2K with precise prompt fidelity, 121 or 241 frames, with a seed. "
        "JPEG or PNG only.",
    ),
)


def notes_text(model: Model) -> str:
    """The model's notes as the window shows them ("" when it has none)."""
    if not model.notes:
        return ""
    if model.builtin and model.notes in BUILT_IN_NOTES:
        return QCoreApplication.translate("ModelNotes", model.notes)
    return model.notes


__all__ = ["BUILT_IN_NOTES", "notes_text"]
