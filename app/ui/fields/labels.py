"""English labels for fields whose published titles are in another language.

RunComfy's model pages come in several languages (Seedance 1.5 Pro's titles are Chinese:
"提示词", "起始图片"). The interface speaks English, so a field of a schema that is not
English is labelled by what it does: its role in the model ("first_frame" -> "First frame"),
or a known field name, or its name made readable. The published title is kept for the
tooltip, so nothing the model page says is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.catalogue import Field, Model

_ROLE_LABELS = {
    "prompt": QT_TRANSLATE_NOOP("FieldLabels", "Prompt"),
    "first_frame": QT_TRANSLATE_NOOP("FieldLabels", "First frame"),
    "last_frame": QT_TRANSLATE_NOOP("FieldLabels", "Last frame"),
    "reference_images": QT_TRANSLATE_NOOP("FieldLabels", "Reference images"),
    "duration_seconds": QT_TRANSLATE_NOOP("FieldLabels", "Duration"),
    "duration_frames": QT_TRANSLATE_NOOP("FieldLabels", "Duration"),
    "resolution": QT_TRANSLATE_NOOP("FieldLabels", "Resolution"),
    "ratio": QT_TRANSLATE_NOOP("FieldLabels", "Aspect ratio"),
    "seed": QT_TRANSLATE_NOOP("FieldLabels", "Seed"),
    "audio": QT_TRANSLATE_NOOP("FieldLabels", "Generate audio"),
}

_NAME_LABELS = {
    "prompt": QT_TRANSLATE_NOOP("FieldLabels", "Prompt"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Prompt"),
    "negative_prompt": QT_TRANSLATE_NOOP("FieldLabels", "Negative prompt"),
    "camera_fixed": QT_TRANSLATE_NOOP("FieldLabels", "Camera fixed"),
    "generate_audio": QT_TRANSLATE_NOOP("FieldLabels", "Generate audio"),
    "resolution": QT_TRANSLATE_NOOP("FieldLabels", "Resolution"),
    "ratio": QT_TRANSLATE_NOOP("FieldLabels", "Aspect ratio"),
    "aspect_ratio": QT_TRANSLATE_NOOP("FieldLabels", "Aspect ratio"),
    "duration": QT_TRANSLATE_NOOP("FieldLabels", "Duration"),
    "seed": QT_TRANSLATE_NOOP("FieldLabels", "Seed"),
    "frames": QT_TRANSLATE_NOOP("FieldLabels", "Frames"),
}

# Scripts an English reader cannot read at all: CJK, Hangul, Cyrillic, Arabic... Latin text
# with accents (an Italian or German description) is still shown as helper text.
_FIRST_NON_LATIN = 0x0370


def is_english(model: Model) -> bool:
    return model.schema_language.lower().split("-")[0] in ("en", "")


def reads_as_latin(text: str) -> bool:
    """True for text in the Latin script (symbols such as ≈ or × allowed)."""
    return not any(ch.isalpha() and ord(ch) >= _FIRST_NON_LATIN for ch in text)


def _role_of(field: Field, model: Model) -> str | None:
    for role, name in model.roles.items():
        if name == field.name:
            return role
    return None


def label_for(field: Field, model: Model | None) -> str:
    """The label shown next to a field's widget."""
    if model is None or is_english(model):
        return field.title
    role = _role_of(field, model)
    label = _ROLE_LABELS.get(role or "") or _NAME_LABELS.get(field.name.lower())
    if label is None:
        if reads_as_latin(field.title):
            return field.title
        label = field.name.replace("_", " ").strip().capitalize() or field.title
        return label
    # str(): QT_TRANSLATE_NOOP gives back its text, though its stub says only "object".
    return QCoreApplication.translate("FieldLabels", str(label))


def tooltip_for(field: Field, label: str) -> str:
    """The schema's words about a field: its published title (if not the label), its description."""
    lines = []
    if field.title and field.title != label:
        lines.append(
            QCoreApplication.translate("FieldLabels", "Published title: {title}").format(
                title=field.title
            )
        )
    if field.description:
        lines.append(field.description)
    return "\n".join(lines)


def helper_text_for(field: Field) -> str:
    """Description shown under the widget: only when it is there and readable in the UI."""
    text = field.description.strip()
    return text if text and reads_as_latin(text) else ""
