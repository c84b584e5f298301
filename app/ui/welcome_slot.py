"""The welcome card's place above the pages; the card itself is built when first needed.

The first screen never shows the card: the window learns whether to show it once the engine
has started (no API key, not dismissed), after the first paint. So the card, its sample
pictures and its wrapped texts are built then, or when Help → Show welcome asks for it; the
engine line and the compact form it must show are kept here until it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout

if TYPE_CHECKING:
    from app.ui.welcome import WelcomeBanner


class WelcomeSlot:
    """Builds the card with ``factory()`` (hidden) the first time :meth:`get` is called, and
    puts it at the top of ``layout``."""

    def __init__(self, layout: QBoxLayout, factory: Callable[[], WelcomeBanner]) -> None:
        self._layout = layout
        self._factory = factory
        self._banner: WelcomeBanner | None = None
        self._has_key = False
        self._compact = False

    @property
    def built(self) -> WelcomeBanner | None:
        """The card if it has been built, else None (never builds it)."""
        return self._banner

    def get(self) -> WelcomeBanner:
        """The card, built now (hidden) if it was not yet."""
        if self._banner is None:
            banner = self._factory()
            banner.hide()
            banner.set_has_key(self._has_key)
            if self._compact:
                banner.set_compact(True)
            self._layout.insertWidget(0, banner)
            self._banner = banner
        return self._banner

    def set_has_key(self, present: bool) -> None:
        """Which engine the card's text names (see ``WelcomeBanner.set_has_key``)."""
        self._has_key = present
        if self._banner is not None:
            self._banner.set_has_key(present)

    def set_compact(self, compact: bool) -> None:
        """The card's one-line form above the storyboard (see ``WelcomeBanner.set_compact``)."""
        self._compact = compact
        if self._banner is not None:
            self._banner.set_compact(compact)

    def set_shown(self, shown: bool) -> None:
        """Show the card (building it) or hide it (if it was ever built)."""
        if shown:
            self.get().show()
        elif self._banner is not None:
            self._banner.hide()


__all__ = ["WelcomeSlot"]
