"""Field kind -> widget class: the one place that decides which widget edits which field.

Picking a widget is separate from building it (as in magicgui): ``widget_class_for(field)``
answers the lookup, ``widget_for(field)`` builds the widget. An entry may carry a condition
for a specialised widget of a kind (an integer field named "seed" gets a seed widget); the
most recently registered matching entry wins, so a specialised entry registered after the
plain one takes precedence for the fields it matches.

Adding a field kind is one entry::

    @register(FieldKind.COLOUR)
    class ColourWidget(FieldWidget): ...

Tests that register their own widgets wrap themselves in ``isolated()``, which puts the
registry back as it was afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from app.core.catalogue import Field, FieldKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.fields.base import FieldWidget

W = TypeVar("W", bound="type[FieldWidget]")
Condition = Callable[[Field], bool]


@dataclass(frozen=True)
class Entry:
    kind: FieldKind
    widget_class: type[FieldWidget]
    when: Condition | None = None

    def matches(self, field: Field) -> bool:
        return field.kind is self.kind and (self.when is None or self.when(field))


_entries: list[Entry] = []


def register(kind: FieldKind, *, when: Condition | None = None) -> Callable[[W], W]:
    """Class decorator: the decorated widget edits fields of ``kind`` (matching ``when``)."""

    def decorate(cls: W) -> W:
        _entries.append(Entry(kind, cls, when))
        return cls

    return decorate


def widget_class_for(field: Field) -> type[FieldWidget]:
    """The widget class for a field; a field of a kind nobody registered gets the generic one."""
    for entry in reversed(_entries):
        if entry.matches(field):
            return entry.widget_class
    for entry in reversed(_entries):
        if entry.kind is FieldKind.GENERIC and entry.when is None:
            return entry.widget_class
    raise LookupError(f"No widget is registered for fields of kind '{field.kind}'.")


def widget_for(field: Field, parent: QWidget | None = None) -> FieldWidget:
    return widget_class_for(field)(field, parent)


def entries() -> list[Entry]:
    return list(_entries)


@contextlib.contextmanager
def isolated() -> Iterator[None]:
    """Let a test register widgets freely; the registry is restored afterwards."""
    saved = list(_entries)
    try:
        yield
    finally:
        _entries[:] = saved
