"""The list of models, refreshed in place: RunComfy's with a key, the preview's without."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from app.ui.bridge.base import ControllerBase, tr
from app.ui.error_text import said_text

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)


class CatalogueCommands(ControllerBase):
    """``refresh_catalogue`` updates the one Catalogue, then emits ``catalogue_changed``."""

    def refresh_catalogue(self, force: bool = False) -> asyncio.Task[Any]:
        """Update the catalogue in place, then emit ``catalogue_changed``: with a key, from
        RunComfy's list of models (read when a day old, or now when ``force``; else the copy
        kept); without one, the models of the offline preview engine."""
        return self.spawn(self._refresh_catalogue(force), "refresh the list of models")

    async def _refresh_catalogue(self, force: bool) -> None:
        import asyncio

        from app.api import secrets
        from app.core.settings import user_catalogue_dir

        base = self.settings.effective_api_base()
        token = await asyncio.to_thread(secrets.get_token, base)
        message = ""
        if token:
            module = await asyncio.to_thread(importlib.import_module, "app.api.catalogue")
            outcome = await module.refresh_catalogue(
                base, token, force=force, user_dir=user_catalogue_dir()
            )
            catalogue = outcome.catalogue
            if outcome.problem:
                message = tr("{problem} The models known before are offered.").format(
                    problem=said_text(outcome.problem)
                )
            elif outcome.read_now:
                message = tr("RunComfy's list of models is up to date.")
                if catalogue.problems:
                    message += " " + tr(
                        "Some of its models cannot be offered; the reasons are in the log "
                        "(Help → Copy diagnostics)."
                    )
            for problem in catalogue.problems:
                log.warning("list of models: %s", problem)
        else:
            # The preview engine's own list: a model it cannot offer is no news to the user.
            offline = await asyncio.to_thread(importlib.import_module, "app.offline")
            catalogue = await asyncio.to_thread(offline.offline_catalogue, user_catalogue_dir())
            for problem in catalogue.problems:
                log.info("offline list of models: %s", problem)
        self.catalogue.replace_with(catalogue)
        self.catalogue_changed.emit(message)
