"""Numbers that need not be whole (``number``, and RunComfy's ``float``): a decimal spin box.

The box keeps to the schema's limits: ``minimum``/``maximum`` as they are, an exclusive limit
one step of the shown precision inside it, and ``multipleOf`` as the arrow step (and its
digits as the precision). Without a default, the lowest step reads "Not set" and means unset.
A duration reads in seconds ("7.5 s"). Validation checks the same limits again, so a value
from a file or the command line is held to them too.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui import theme
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register

UNBOUNDED = 1e9  # the box's reach where the schema sets no limit
MAX_DECIMALS = 6
DEFAULT_DECIMALS = 2


def _digits(value: float) -> int:
    """Decimal places needed to write ``value`` (0.05 → 2, 2.5 → 1, 3 → 0)."""
    text = f"{value:.{MAX_DECIMALS}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def decimals(field: Field) -> int:
    """The precision shown: enough for the step, the limits and the default."""
    if field.multiple_of is not None and field.multiple_of > 0:
        return min(MAX_DECIMALS, _digits(field.multiple_of))
    known = [
        v
        for v in (field.minimum, field.maximum, field.exclusive_minimum, field.exclusive_maximum)
        if v is not None
    ]
    if isinstance(field.default, (int, float)) and not isinstance(field.default, bool):
        known.append(field.default)
    needed = max((_digits(v) for v in known), default=0)
    return min(MAX_DECIMALS, max(DEFAULT_DECIMALS, needed))


def bounds(field: Field) -> tuple[float, float]:
    """The inclusive range the box offers, within ±1e9."""
    tick = 10.0 ** -decimals(field)
    low, high = -UNBOUNDED, UNBOUNDED
    if field.minimum is not None:
        low = max(low, field.minimum)
    if field.exclusive_minimum is not None:
        low = max(low, field.exclusive_minimum + tick)
    if field.maximum is not None:
        high = min(high, field.maximum)
    if field.exclusive_maximum is not None:
        high = min(high, field.exclusive_maximum - tick)
    step = field.multiple_of
    if step is not None and step > 0:
        # Within the limits, only multiples of the step can be chosen.
        low = math.ceil(low / step - 1e-9) * step
        high = math.floor(high / step + 1e-9) * step
    return low, max(low, high)


def single_step(field: Field, low: float, high: float) -> float:
    if field.multiple_of is not None and field.multiple_of > 0:
        return field.multiple_of
    span = high - low
    if span <= 2:
        return 0.01 if span <= 0.2 else 0.1
    return 0.1 if span <= 20 else 1.0


def _shown(value: float) -> str:
    return f"{value:g}"


def tr(text: str) -> str:
    return QCoreApplication.translate("NumberWidget", text)


def range_hint(field: Field, widget: QWidget) -> str:
    """The schema's limits in a few words, shown beside the title: "1 – 10, steps of 0.5"."""
    low, high = field.minimum, field.maximum
    above, below = field.exclusive_minimum, field.exclusive_maximum
    parts = []
    if low is not None and high is not None:
        parts.append(f"{_shown(low)} – {_shown(high)}")
    else:
        if low is not None:
            parts.append(tr("at least {n}").format(n=_shown(low)))
        if above is not None:
            parts.append(tr("more than {n}").format(n=_shown(above)))
        if high is not None:
            parts.append(tr("at most {n}").format(n=_shown(high)))
        if below is not None:
            parts.append(tr("less than {n}").format(n=_shown(below)))
    if field.multiple_of is not None:
        parts.append(tr("steps of {n}").format(n=_shown(field.multiple_of)))
    return ", ".join(parts)


def add_range_hint(widget: FieldWidget) -> QLabel | None:
    """A small label with the field's limits at the right of its title (none: no limits)."""
    text = range_hint(widget.field, widget)
    if not text:
        return None
    label = QLabel(text, widget)
    label.setObjectName("rangeHint")
    theme.make_small(label)
    theme.set_text_colour(label, theme.muted(widget.palette()))
    widget.header.addWidget(label)
    return label


@register(FieldKind.NUMBER)
class NumberWidget(FieldWidget):
    """A decimal spin box over the schema's limits."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.spin = QDoubleSpinBox(self)
        self.spin.setAccelerated(True)
        self.spin.setDecimals(decimals(field))
        low, high = bounds(field)
        step = single_step(field, low, high)
        self.spin.setSingleStep(step)
        self._unset_step: float | None = None
        if field.default is None:
            self._unset_step = low - step
            low = self._unset_step
            self.spin.setSpecialValueText(self.tr("Not set"))
        self.spin.setRange(low, high)
        if field.unit == "s":
            self.spin.setSuffix(self.tr(" s"))
        self.body.addWidget(self.spin)
        self.range_label = add_range_hint(self)
        self.reset()
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def focus_widget(self) -> QWidget:
        return self.spin

    def value(self) -> Any:
        number = round(self.spin.value(), self.spin.decimals())
        if self._unset_step is not None and math.isclose(
            number, round(self._unset_step, self.spin.decimals())
        ):
            return None
        return number

    def set_value(self, value: Any) -> None:
        if value is None:
            if self._unset_step is not None:
                self.spin.setValue(self._unset_step)
            return
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and math.isfinite(value)
            and self.spin.minimum() <= value <= self.spin.maximum()
        ):
            self.spin.setValue(float(value))
