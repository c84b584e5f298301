"""The parameter panel: a form built from a model's field descriptions, validated live.

Nothing here is written per model. Each field of ``Model.fields`` gets the widget its kind
asks for through :mod:`app.ui.fields.registry`; labels come from the schema (or, for a schema
that is not in English, from the field's role: "Prompt", "First frame"…; the published title
stays in the tooltip). After every change the panel runs the core's rules
(``validate_values``), the model page's advice (``advice``) and every drop zone's verdict, and
shows each problem beside its widget.

Public API (embedded by the main window)::

    ParameterPanel(parent=None)
        set_model(model: Model, carry_over: bool = True) -> None
            Rebuild the form. With carry_over, what fits moves to the new model: the prompt
            (by role), images in the same role (first_frame, last_frame, reference_images),
            other values of a field with the same name when the new field accepts them.
        model() -> Model | None
        values() -> dict[str, Any]       set values only, typed as the schema says
        values_for_submission() -> dict  values(), with an unlocked seed re-rolled
        set_values(values: dict) -> None fields not named keep their value
        reset_to_defaults() -> None
        problems() -> list[Problem]      errors and warnings: rules, advice, image verdicts
        can_generate() -> tuple[bool, str]  False with the first reason (a zone still
                                         checking, a missing or invalid value); True, ""
        remembered_values() -> dict      what to keep per model between sessions (no images)
        restore(values: dict) -> None    put remembered values back (invalid ones skipped)
        field_widget(name: str) -> FieldWidget
        field_widgets() -> dict[str, FieldWidget]
        changed                          Signal(): any value or verdict changed
        validity_changed                 Signal(bool, str): can_generate() changed

    ModelPicker(models: Iterable[Model] = (), parent=None)   a QComboBox (app.ui.model_picker)
        set_models(models), models(), current_model(), set_current_model(model_or_id)
        model_changed                    Signal(Model)

Models are listed by display name under their family (headers cannot be chosen), each with
what it takes ("first and last frame", "1–4 reference images", "audio").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Field, FieldKind, Model
from app.ui import theme
from app.ui.form_grids import compact_grid, image_grid
from app.ui.model_notes import notes_text
from app.ui.model_picker import ModelPicker
from app.ui.model_roles import HEADER_ROLE, MODEL_ID_ROLE, SUMMARY_ROLE

# The field widgets (drop zones, prompt boxes, their checks and wording) are imported with
# the first form, not with the panel: the window is first painted before its form is built
# (see MainWindow.build_form), and those modules are a good part of the start-up's imports.
# The rules (app.core.validation, with its image and media checks) likewise: a form checks
# its values, an empty panel has none.
if TYPE_CHECKING:
    from app.core.validation import Problem
    from app.ui.fields.base import FieldWidget

IMAGE_ROLES = ("first_frame", "last_frame", "reference_images")
# Focusable widgets whose focusable insides are part of them, not stops of their own.
_SELF_CONTAINED = (QAbstractSpinBox, QComboBox, QAbstractScrollArea)
DIRECT_CHILDREN = Qt.FindChildOption.FindDirectChildrenOnly
_COMPACT_KINDS = (
    FieldKind.CHOICE,
    FieldKind.INT_CHOICE,
    FieldKind.INTEGER,
    FieldKind.NUMBER,
    FieldKind.BOOLEAN,
)


class ParameterPanel(QWidget):
    """Every setting of one model, built from its schema, with live checks."""

    changed = Signal()
    validity_changed = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: Model | None = None
        self._widgets: dict[str, FieldWidget] = {}
        self._order: list[str] = []
        self._building = False
        self._validity: tuple[bool, str] | None = None
        self._problems: list[Problem] = []

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes straight from whatever precedes the panel to its first field.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._tab_sequence: list[QWidget] = []
        # The Tab order is put right once the form has settled (see _repair_tab_order): on
        # the next turn of the event loop, or at once when Tab is pressed in the panel. A
        # form built on screen has it put right at once.
        self._tab_order_timer = QTimer(self)
        self._tab_order_timer.setSingleShot(True)
        self._tab_order_timer.setInterval(0)
        self._tab_order_timer.timeout.connect(self._repair_tab_order)
        self.content: QWidget | None = None
        self.notes_label: QLabel | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        # "Choose a model…" is shown only if the panel is shown without one (see showEvent):
        # the window chooses a model before it is first painted.

    # --- building -----------------------------------------------------------------------

    def model(self) -> Model | None:
        return self._model

    def set_model(self, model: Model, carry_over: bool = True) -> None:
        """Rebuild the form for ``model``; with ``carry_over``, keep what fits."""
        carried: dict[str, Any] = {}
        if carry_over and self._model is not None:
            carried = carry_values(self._model, self.values(), model)
        self._building = True
        try:
            self._model = model
            self._build(model)
            if carried:
                self.set_values(carried)
        finally:
            self._building = False
        self._revalidate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.content is None:
            self._show_empty()
        super().showEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        if self._tab_order_timer.isActive():  # Tab before the order was put right: now
            self._tab_order_timer.stop()
            self._repair_tab_order()
        return super().focusNextPrevChild(next)

    def hold_place(self) -> None:
        """An empty page where the form will be, so that the window can be painted before
        the form is built (without "Choose a model…" flashing up)."""
        if self.content is None:
            self._replace_content(QWidget())

    def _show_empty(self) -> None:
        placeholder = QLabel(self.tr("Choose a model to see its settings."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self._replace_content(placeholder)

    def _replace_content(self, content: QWidget) -> None:
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.content = content
        self.scroll_area.setWidget(content)

    def _build(self, model: Model) -> None:
        """The form in reading order: notes, images, prompts, the compact grid, the rest."""
        self._widgets = {}
        content = QWidget()
        content.setObjectName("parameterPanelContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(theme.SPACING * 2, theme.SPACING, theme.SPACING * 2, theme.SPACING)
        outer.setSpacing(theme.SECTION_SPACING)
        self._add_notes(model, content, outer)

        image_fields = [f for f in model.fields if f.is_media]
        prompt_fields = [f for f in model.fields if f.kind is FieldKind.PROMPT]
        prompt_role = model.role("prompt")
        if prompt_role is not None and prompt_role in prompt_fields:
            prompt_fields.remove(prompt_role)
            prompt_fields.insert(0, prompt_role)
        compact = [f for f in model.fields if f.kind in _COMPACT_KINDS]
        rest = [
            f
            for f in model.fields
            if f not in image_fields and f not in prompt_fields and f not in compact
        ]
        if image_fields:
            outer.addLayout(image_grid(image_fields, lambda f: self._add(f, model, content)))
        for f in prompt_fields:
            outer.addWidget(self._add(f, model, content))
        if compact:
            outer.addLayout(compact_grid(compact, lambda f: self._add(f, model, content)))
        for f in rest:
            outer.addWidget(self._add(f, model, content))
        outer.addStretch(1)

        self._order = [f.name for f in image_fields + prompt_fields + compact + rest]
        self._replace_content(content)
        self._tab_sequence = []
        if self.isVisible():  # a new model chosen on screen: Tab may come next
            self._repair_tab_order()
        else:  # the first form, built before the window is first shown
            self._tab_order_timer.start()

    def _add_notes(self, model: Model, content: QWidget, outer: QVBoxLayout) -> None:
        """The model's notes, and why there is no drop zone for a model of text alone."""
        self.notes_label = QLabel(notes_text(model), content)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(model.notes))
        theme.make_small(self.notes_label)
        theme.set_text_colour(self.notes_label, theme.muted(self.palette()))
        outer.addWidget(self.notes_label)
        if not model.takes_media:
            # No drop zone: say why, so a missing image area does not look like a fault.
            text_only = QLabel(self.tr("This model works from text alone: it takes no image."))
            text_only.setObjectName("textOnlyNote")
            text_only.setWordWrap(True)
            theme.make_small(text_only)
            theme.set_text_colour(text_only, theme.muted(self.palette()))
            outer.addWidget(text_only)

    def _add(self, f: Field, model: Model, parent: QWidget) -> FieldWidget:
        from app.ui import fields as _fields  # noqa: F401 - registers the built-in widgets
        from app.ui.fields import labels
        from app.ui.fields.registry import widget_for

        widget = widget_for(f, parent)
        label = labels.label_for(f, model)
        widget.set_label(label, labels.tooltip_for(f, label), labels.helper_text_for(f))
        widget.changed.connect(self._field_changed)
        self._widgets[f.name] = widget
        return widget

    def _focus_sequence(self) -> list[QWidget]:
        """Every control a Tab key can reach, field by field in the form's order."""
        found: list[QWidget] = []

        def visit(parent: QWidget) -> None:
            # Widgets only: wrapping each non-widget child (of a Qt-private class) makes PySide
            # set up dozens of Python types at once, a stall of 100 ms or more on first use.
            for child in parent.findChildren(QWidget, options=DIRECT_CHILDREN):
                if child.isWindow():
                    continue  # dialogs and popups keep their own order
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    found.append(child)
                    if isinstance(child, _SELF_CONTAINED):
                        continue  # a spin box's inner line edit is not a second stop
                visit(child)

        for name in self._order:
            visit(self._widgets[name])
        return found

    def _repair_tab_order(self) -> None:
        """Put the form's controls in the Tab order right after the panel's scroll area.

        Qt appends a widget tree set into a scroll area (and controls created later, such as a
        strip's new zone or a fix button) at the end of the window's focus chain, so Tab would
        skip the whole form. Chaining the controls explicitly keeps them in reading order.
        """
        self._tab_order_timer.stop()
        sequence = self._focus_sequence()
        if sequence == self._tab_sequence:
            return
        self._tab_sequence = sequence
        # setTabOrder ignores a widget that takes no focus, so the scroll area (no Tab stop of
        # its own) takes focus just long enough to anchor the chain.
        policy = self.scroll_area.focusPolicy()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        try:
            previous: QWidget = self.scroll_area
            for widget in sequence:
                QWidget.setTabOrder(previous, widget)
                previous = widget
        finally:
            self.scroll_area.setFocusPolicy(policy)

    # --- values -------------------------------------------------------------------------

    def field_widgets(self) -> dict[str, FieldWidget]:
        return dict(self._widgets)

    def field_widget(self, name: str) -> FieldWidget:
        return self._widgets[name]

    def values(self) -> dict[str, Any]:
        """The values the user set (or the schema defaults), in the schema's order and types."""
        if self._model is None:
            return {}
        from app.core.validation import is_unset

        found = {}
        for f in self._model.fields:
            widget = self._widgets.get(f.name)
            if widget is None:
                continue
            value = widget.value()
            if not is_unset(value):
                found[f.name] = value
        return found

    def values_for_submission(self) -> dict[str, Any]:
        """:meth:`values` for one generation: an unlocked seed is re-rolled (and shown)."""
        from app.core.validation import is_unset
        from app.ui.fields.integer import SeedWidget

        found = self.values()
        for name, widget in self._widgets.items():
            if isinstance(widget, SeedWidget):
                value = widget.value_for_submission()
                if is_unset(value):
                    found.pop(name, None)
                else:
                    found[name] = value
        return found

    def set_values(self, values: dict[str, Any]) -> None:
        """Show these values; fields not named keep theirs, names the model lacks are ignored."""
        was_building, self._building = self._building, True
        try:
            for name, value in values.items():
                widget = self._widgets.get(name)
                if widget is not None:
                    widget.set_value(value)
        finally:
            self._building = was_building
        if not was_building:
            self._revalidate()

    def reset_to_defaults(self) -> None:
        was_building, self._building = self._building, True
        try:
            for widget in self._widgets.values():
                widget.reset()
        finally:
            self._building = was_building
        if not was_building:
            self._revalidate()

    def remembered_values(self) -> dict[str, Any]:
        """What to bring back next time this model is chosen: settings and prompt, no images
        (a file may be gone by then, and a stale picture is a surprise)."""
        if self._model is None:
            return {}
        return {
            name: value
            for name, value in self.values().items()
            if not self._model.field(name).is_media
        }

    def restore(self, values: dict[str, Any]) -> None:
        """Put remembered values back; any the model no longer accepts are skipped."""
        from app.core.validation import field_problems, is_unset

        if self._model is None or not isinstance(values, dict):
            return
        accepted = {}
        for name, value in values.items():
            if not self._model.has_field(name):
                continue
            f = self._model.field(name)
            if f.is_media or is_unset(value) or field_problems(f, value):
                continue
            accepted[name] = value
        self.set_values(accepted)

    # --- checking -----------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every problem of the current values: blocking errors first, then warnings."""
        return list(self._problems)

    def can_generate(self) -> tuple[bool, str]:
        """Whether these settings can be sent, and if not, the first reason in plain words."""
        if self._model is None:
            return False, self.tr("Choose a model first.")
        for name in self._order:
            widget = self._widgets[name]
            pending = widget.pending()
            if pending:
                reason = self.tr("{label}: {reason}").format(label=widget.label, reason=pending)
                return False, reason
        for problem in self._problems:
            if problem.blocking:
                return False, self._sentence(problem)
        return True, ""

    def _sentence(self, problem: Problem) -> str:
        from app.ui.problems import problem_text

        widget = self._widgets.get(problem.field)
        label = widget.label if widget is not None else problem.field
        if problem.rule == "required":
            f = self._model.field(problem.field) if self._model else None
            plural = label.endswith("s") and not label.endswith("ss")
            if f is not None and f.kind is FieldKind.IMAGE_LIST and plural:
                return self.tr("{label} are required: add at least one image.").format(label=label)
            if f is not None and f.is_image:
                return self.tr("{label} is required: add an image.").format(label=label)
            if f is not None and f.is_video:
                return self.tr("{label} is required: add a video.").format(label=label)
            if f is not None and f.is_audio:
                return self.tr("{label} is required: add an audio clip.").format(label=label)
            if f is not None and f.kind is FieldKind.PROMPT:
                return self.tr("{label} is required: write one.").format(label=label)
            if f is not None and f.kind is FieldKind.OBJECT_LIST and plural:
                return self.tr("{label} are required: add at least one.").format(label=label)
            if f is not None and f.kind is FieldKind.OBJECT_LIST:
                return self.tr("{label} is required: add at least one entry.").format(label=label)
            if f is not None and f.kind is FieldKind.STRUCTURED:
                return self.tr("{label} is required: type it as JSON.").format(label=label)
            return self.tr("{label} is required: choose a value.").format(label=label)
        if problem.item is not None and widget is not None and not widget.field.is_image:
            return self.tr("{label}: {item}{message}").format(
                label=label, item=widget.item_prefix(problem.item), message=problem.message
            )
        if problem.item is not None:
            return self.tr("{label} (image {n}): {message}").format(
                label=label, n=problem.item + 1, message=problem_text(problem)
            )
        return self.tr("{label}: {message}").format(label=label, message=problem_text(problem))

    def _collect_problems(self) -> list[Problem]:
        from app.core.validation import advice, validate_values

        model = self._model
        if model is None:
            return []
        values = self.values()
        found = validate_values(model, values) + advice(model, values) + schema_warnings(model)
        unreadable = set()
        for name in self._order:
            local = self._widgets[name].local_problems()
            unreadable |= {p.field for p in local if p.rule == "json"}
            found.extend(local)
        # Text that is not JSON is named once, by where it stops being JSON, not by its type.
        found = [p for p in found if not (p.field in unreadable and p.rule == "type")]
        from app.ui.media.request_size import request_problem

        too_large = request_problem(self._widgets[name] for name in self._order)
        if too_large is not None:
            found.append(too_large)
        found = [self._in_labels(p) for p in found]
        rank = {name: index for index, name in enumerate(self._order)}
        found.sort(key=lambda p: (not p.blocking, rank.get(p.field, len(rank))))
        return found

    def _in_labels(self, problem: Problem) -> Problem:
        """A core message names a field by its published title; use the label shown instead."""
        from app.core.validation import Problem

        widget = self._widgets.get(problem.field)
        if widget is None or widget.field.title == widget.label:
            return problem
        message = problem.message.replace(widget.field.title, widget.label)
        if message == problem.message:
            return problem
        return Problem(
            problem.field,
            problem.rule,
            message,
            problem.actual,
            problem.limit,
            problem.severity,
            problem.item,
        )

    def _field_changed(self) -> None:
        if not self._building:
            self._revalidate()

    def _revalidate(self) -> None:
        model = self._model
        if model is None:
            return
        self._problems = self._collect_problems()
        shown: dict[str, list[Problem]] = {name: [] for name in self._widgets}
        for problem in self._problems:
            # "Required" is said once, by the Generate button, not in red on a fresh form.
            if problem.rule != "required" and problem.field in shown:
                shown[problem.field].append(problem)
        context = self._context()
        for name, widget in self._widgets.items():
            widget.set_problems(shown[name])
            widget.apply_context(context)
        self._tab_order_timer.start()
        self.changed.emit()
        validity = self.can_generate()
        if validity != self._validity:
            self._validity = validity
            self.validity_changed.emit(*validity)

    def _context(self) -> dict[str, Any]:
        model = self._model
        assert model is not None
        context: dict[str, Any] = {}
        ratio = model.role("ratio")
        if ratio is not None and ratio.name in self._widgets:
            context["ratio"] = self._widgets[ratio.name].value()
        # Only frames are cropped to the output's ratio; reference images are not framed.
        context["framed"] = {
            f.name for role in ("first_frame", "last_frame") if (f := model.role(role))
        }
        for problem in self._problems:
            if not problem.blocking:
                context["warn_" + problem.field] = True
        return context


def schema_warnings(model: Model) -> list[Problem]:
    """What Storyreel takes differently than the schema says, as a warning on the field."""
    from app.core.validation import Problem, Severity

    return [
        Problem(f.name, "schema", warning, severity=Severity.WARNING)
        for f in model.fields
        for warning in f.warnings
    ]


def carry_values(old: Model, values: dict[str, Any], new: Model) -> dict[str, Any]:
    """What of ``values`` (set for ``old``) fits ``new``: the prompt and images by role, other
    settings by field name when the new field accepts the value."""
    from app.core.validation import field_problems, is_unset

    carried: dict[str, Any] = {}
    handled: set[str] = set()
    for role in ("prompt", *IMAGE_ROLES):
        source, target = old.role(role), new.role(role)
        if source is not None:
            handled.add(source.name)
        if source is None or target is None or is_unset(values.get(source.name)):
            continue
        handled.add(target.name)
        value = values[source.name]
        if role == "prompt":
            if isinstance(value, str):
                carried[target.name] = value
            continue
        items = value if isinstance(value, list) else [value]
        if target.kind is FieldKind.IMAGE:
            carried[target.name] = items[0]
        elif target.kind is FieldKind.IMAGE_LIST:
            carried[target.name] = items[: target.max_items] if target.max_items else items
    for name, value in values.items():
        if name in handled or name in carried or not new.has_field(name):
            continue
        target = new.field(name)
        if target.is_image or target.kind is not old.field(name).kind:
            continue
        if not field_problems(target, value):
            carried[name] = value
    return carried


__all__ = [
    "HEADER_ROLE",
    "IMAGE_ROLES",
    "MODEL_ID_ROLE",
    "SUMMARY_ROLE",
    "ModelPicker",
    "ParameterPanel",
    "carry_values",
    "schema_warnings",
]
