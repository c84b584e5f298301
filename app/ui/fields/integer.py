"""Whole numbers: a spin box over the schema's bounds (the full 32-bit range when unbounded).

Seeds get their own widget: "Random" stands for -1 (Dreamina's server-side random seed) or
for no seed at all when the schema has no -1 default; a dice button picks one; and a lock
decides what happens at each generation. Locked, the seed shown is sent every time (to
repeat a result). Unlocked, a fresh random seed is picked for each generation and shown, so
the seed of a clip the user likes is never lost.
"""

from __future__ import annotations

import math
import random
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QToolButton, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui import icons
from app.ui.fields.base import FieldWidget
from app.ui.fields.number import add_range_hint
from app.ui.fields.registry import register

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
SERVER_RANDOM_SEED = -1


def bounds(field: Field) -> tuple[int, int]:
    """The inclusive range the schema allows, within 32 bits."""
    low, high = INT32_MIN, INT32_MAX
    if field.minimum is not None:
        low = max(low, math.ceil(field.minimum))
    if field.exclusive_minimum is not None:
        low = max(low, math.floor(field.exclusive_minimum) + 1)
    if field.maximum is not None:
        high = min(high, math.floor(field.maximum))
    if field.exclusive_maximum is not None:
        high = min(high, math.ceil(field.exclusive_maximum) - 1)
    return low, high


def is_seed(field: Field) -> bool:
    return field.name.lower() == "seed"


@register(FieldKind.INTEGER)
class IntegerWidget(FieldWidget):
    """A spin box. Without a default, its lowest step reads "Not set" and means unset."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.spin = QSpinBox(self)
        self.spin.setAccelerated(True)
        low, high = bounds(field)
        # An optional value with no default needs an "unset" step below the lowest value.
        self._unset_step: int | None = None
        if field.default is None:
            self._unset_step = low - 1 if low > INT32_MIN else INT32_MIN
            low = self._unset_step
            self.spin.setSpecialValueText(self.tr("Not set"))
        self.spin.setRange(low, high)
        if field.unit == "s":
            self.spin.setSuffix(self.tr(" s"))
        if field.multiple_of is not None and float(field.multiple_of).is_integer():
            self.spin.setSingleStep(max(1, int(field.multiple_of)))  # 512, 576, 640…
        self.body.addWidget(self.spin)
        self.range_label = add_range_hint(self)
        self.reset()
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def focus_widget(self) -> QWidget:
        return self.spin

    def value(self) -> Any:
        number = self.spin.value()
        return None if number == self._unset_step else number

    def set_value(self, value: Any) -> None:
        if value is None:
            if self._unset_step is not None:
                self.spin.setValue(self._unset_step)
            return
        if _fits(self.spin, value):
            self.spin.setValue(value)


def _fits(spin: QSpinBox, value: Any) -> bool:
    """A whole number the spin box can hold (a saved 10**30 would overflow it: left out)."""
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and spin.minimum() <= value <= spin.maximum()
    )


@register(FieldKind.INTEGER, when=is_seed)
class SeedWidget(FieldWidget):
    """A seed: "Random" (-1 or unset), a dice button, and a lock for repeating a result."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        low, high = bounds(field)
        self._random_low = max(0, low)
        self._random_high = high
        # Below the schema's range (or at -1), the lowest step reads "Random".
        self._random_step = SERVER_RANDOM_SEED if low <= SERVER_RANDOM_SEED else low - 1
        self._sends_server_random = (
            field.default == SERVER_RANDOM_SEED and low <= SERVER_RANDOM_SEED
        )
        self.spin = QSpinBox(self)
        self.spin.setRange(self._random_step, high)
        self.spin.setSpecialValueText(self.tr("Random"))
        self.spin.setAccelerated(True)

        self.randomise_button = QToolButton(self)
        self.randomise_button.setText(self.tr("Randomise"))
        self.randomise_button.setIcon(icons.icon("dice"))
        self.randomise_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.randomise_button.setToolTip(self.tr("Pick a new random seed now."))
        self.randomise_button.setAccessibleName(self.tr("Randomise seed"))
        self.randomise_button.clicked.connect(self.randomise)

        self.lock_button = QToolButton(self)
        self.lock_button.setCheckable(True)
        self.lock_button.setChecked(True)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.toggled.connect(self._lock_toggled)
        self._lock_toggled(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 1)
        row.addWidget(self.randomise_button)
        row.addWidget(self.lock_button)
        self.body.addLayout(row)
        self.reset()
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def focus_widget(self) -> QWidget:
        return self.spin

    @property
    def locked(self) -> bool:
        return self.lock_button.isChecked()

    def set_locked(self, locked: bool) -> None:
        self.lock_button.setChecked(locked)

    def _lock_toggled(self, locked: bool) -> None:
        if locked:
            self.lock_button.setText(self.tr("Locked"))
            self.lock_button.setIcon(icons.icon("lock"))
            self.lock_button.setToolTip(
                self.tr("The seed shown is used for every generation. Click to unlock.")
            )
        else:
            self.lock_button.setText(self.tr("New each time"))
            self.lock_button.setIcon(icons.icon("unlock"))
            self.lock_button.setToolTip(
                self.tr("A new random seed is picked for each generation. Click to lock.")
            )
        self.lock_button.setAccessibleName(
            self.tr("Seed locked") if locked else self.tr("Seed unlocked")
        )

    def is_random(self) -> bool:
        return self.spin.value() == self._random_step

    def value(self) -> Any:
        if self.is_random():
            return SERVER_RANDOM_SEED if self._sends_server_random else None
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        if value is None or value == SERVER_RANDOM_SEED:
            self.spin.setValue(self._random_step)
        elif _fits(self.spin, value):
            self.spin.setValue(value)

    def randomise(self) -> int:
        seed = random.randint(self._random_low, self._random_high)
        self.spin.setValue(seed)
        return seed

    def value_for_submission(self) -> Any:
        """The seed to send with the next generation.

        Locked: the value shown. Unlocked: a new random seed, shown in the box so the seed of
        every clip stays known.
        """
        if self.locked:
            return self.value()
        return self.randomise()
