"""Image fields: one drop zone, or an ordered strip of them for an image list.

The zones do the work (see :mod:`app.ui.images`); these widgets make them fields: the
value is the zone's path or URL (a list of them for a list), the zones' verdicts are the
field's local problems, and a zone still being checked keeps the field pending.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.catalogue import Field, FieldKind
from app.core.validation import Problem
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register
from app.ui.images import DropZone, ImageStrip, State


def _subject(label: str) -> str:
    """ "First frame" -> "the first frame"; "Reference images" -> "reference images".

    Another language names the field as its title does ("Startbild"): the article and the
    case belong to English alone."""
    template = QCoreApplication.translate("ImageField", "the {label}")
    if template != "the {label}":
        return template.format(label=label)
    lowered = label[:1].lower() + label[1:]
    return lowered if lowered.endswith("s") else f"the {lowered}"


def _same_verdict(problem: Problem, verdicts: list[Problem]) -> bool:
    """Whether a problem is one of the zones' own (the panel may reword its message)."""
    key = (problem.field, problem.rule, problem.item, problem.actual, problem.limit)
    return any(key == (v.field, v.rule, v.item, v.actual, v.limit) for v in verdicts)


@register(FieldKind.IMAGE)
class ImageFieldWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.zone = DropZone(field, self)
        self.body.addWidget(self.zone)
        self.zone.changed.connect(self.changed)
        self.zone.set_subject(_subject(field.title))

    def saving(self) -> bool:
        return self.zone.check.saving()

    def take_last_edit(self) -> str:
        """What the user last did here ("drop", "paste", "clear", "fix"…), forgotten once read."""
        edit, self.zone.check.last_edit = self.zone.last_edit, ""
        return edit

    def focus_widget(self) -> QWidget:
        return self.zone

    def label_changed(self, label: str) -> None:
        self.zone.set_subject(_subject(label))

    def zones(self) -> list[DropZone]:
        return [self.zone]

    def value(self) -> Any:
        return self.zone.path()

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.zone.clear()
        elif isinstance(value, str) and value != self.zone.path():
            self.zone.set_source(value)

    def reset(self) -> None:
        # Image defaults on model pages are sample pictures, never settings: start empty.
        self.zone.clear()

    def local_problems(self) -> list[Problem]:
        return self.zone.problems()

    def shows_in_place(self, problem: Problem) -> bool:
        return _same_verdict(problem, self.zone.problems())

    def pending(self) -> str | None:
        return self.zone.reason() if self.zone.state() == State.CHECKING else None

    def apply_context(self, context: dict[str, Any]) -> None:
        framed = self.field.name in context.get("framed", ())
        self.zone.set_frame_ratio(context.get("ratio") if framed else None)
        self.zone.set_warning(bool(context.get("warn_" + self.field.name)))


@register(FieldKind.IMAGE_LIST)
class ImageListWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.strip = ImageStrip(field, self)
        self.body.addWidget(self.strip)
        self.strip.changed.connect(self.changed)
        self.strip.set_subject(_subject(field.title))

    def saving(self) -> bool:
        return any(zone.check.saving() for zone in self.strip.zones())

    def take_last_edit(self) -> str:
        """What the user last did here ("drop", "move", "clear"…), forgotten once read."""
        edit, self.strip.last_edit = self.strip.last_edit, ""
        return edit

    def focus_widget(self) -> QWidget:
        return self.strip.zones()[0]

    def set_label(self, label: str, tooltip: str = "", helper: str = "") -> None:
        super().set_label(label, tooltip, helper)
        self.strip.setAccessibleName(label)

    def label_changed(self, label: str) -> None:
        subject = _subject(label)
        if self.field.max_items == 1:
            # One image only ("exactly 1"): the zone reads like a single image's zone.
            subject = _subject(label.removesuffix("s")) if label.endswith("s") else subject
        self.strip.set_subject(subject)

    def zones(self) -> list[DropZone]:
        return self.strip.zones()

    def value(self) -> Any:
        paths = self.strip.paths()
        return paths or None

    def set_value(self, value: Any) -> None:
        if value is None or value == []:
            self.strip.clear()
        elif isinstance(value, str):
            self.strip.set_sources([value])
        elif isinstance(value, list) and value != self.strip.paths():
            self.strip.set_sources([str(v) for v in value])

    def reset(self) -> None:
        self.strip.clear()

    def local_problems(self) -> list[Problem]:
        problems = []
        for index, zone in enumerate(self.strip.filled_zones()):
            problems.extend(zone.problems(item=index))
        return problems

    def shows_in_place(self, problem: Problem) -> bool:
        return _same_verdict(problem, self.local_problems())

    def pending(self) -> str | None:
        busy = self.strip.pending()
        return busy[0].reason() if busy else None

    def apply_context(self, context: dict[str, Any]) -> None:
        framed = self.field.name in context.get("framed", ())
        self.strip.set_frame_ratio(context.get("ratio") if framed else None)
        warn = bool(context.get("warn_" + self.field.name))
        for zone in self.strip.zones():
            zone.set_warning(warn)
