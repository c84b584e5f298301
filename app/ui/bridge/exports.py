"""The hand-off: a board's files for an editor, and what an edit brought back changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui.bridge.base import ControllerBase

if TYPE_CHECKING:
    from app.core.storyboard import Storyboard


class ExportCommands(ControllerBase):
    """Writing a board's hand-off files and reading an edited timeline back (in a worker)."""

    def export_board(self, board: Storyboard, folder: Path, *how: Any) -> Any:
        """Write the chosen hand-off files (kinds, options, progress: see
        :func:`app.core.storyboard.handoff.export_board`) into ``folder``; in a worker."""
        from app.core.storyboard.handoff import export_board

        return export_board(board, self.catalogue, folder, *how)

    def read_edit(self, board: Storyboard, path: Path) -> Any:
        """What an edited .otio or .xml changes on the board (a ConformPlan); in a worker."""
        from app.core.storyboard.conform import read_edit

        return read_edit(board, self.catalogue, path)
