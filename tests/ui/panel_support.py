"""A parameter panel on screen, alone or with its single-shot document, as the widget tests
use it."""

from __future__ import annotations

from app.core.catalogue import Model
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.panel import ParameterPanel

WAIT = 10_000


def shown_panel(qtbot) -> ParameterPanel:
    """A parameter panel on screen, 720 × 1000, as the window shows it."""
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.resize(720, 1000)
    panel.show()
    return panel


def single_shot(qtbot, model: Model) -> tuple[ParameterPanel, SingleShotDocument]:
    """A panel showing ``model``, and the undoable document of its inputs."""
    panel = shown_panel(qtbot)
    panel.set_model(model, carry_over=False)
    return panel, SingleShotDocument(panel)


def settled(qtbot, panel: ParameterPanel) -> None:
    """Wait until no field of ``panel`` is still checking what it was given."""
    qtbot.waitUntil(
        lambda: all(not w.pending() for w in panel.field_widgets().values()), timeout=WAIT
    )
