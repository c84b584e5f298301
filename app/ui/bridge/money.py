"""Money: the ledger, the RunComfy balance, what the daily cap counts (app.core.spending)."""

from __future__ import annotations

import logging
from typing import Any

from app.core.errors import StoryreelError
from app.core.jobs import Job
from app.ui.bridge.base import RUNCOMFY, ControllerBase, tr

log = logging.getLogger(__name__)


class MoneyCommands(ControllerBase):
    """The spending report, today's spending and the balance (read again after a paid job)."""

    def spend_report(self, since: Any = None, until: Any = None) -> Any:
        """The ledger's SpendReport for the range (blocking: call it in a worker thread)."""
        from app.store import ledger

        if self.store is None:
            raise StoryreelError(tr("Storyreel is still starting: try again in a moment."))
        return ledger.report(self.store, since, until)

    def spent_today(self) -> float:
        """Money spent or on its way today: what the daily cap counts (blocking, short)."""
        from app.store import ledger

        return 0.0 if self.store is None else ledger.committed_today(self.store)

    def refresh_balance(self) -> None:
        """Read the RunComfy balance again; ``balance_changed`` tells what it is. Asked while
        a reading is under way, it reads once more after it (a job may just have finished)."""
        if not self.has_key or self.engine is None:
            self.balance_changed.emit("", False)
            return
        if self._balance_reading:
            self._balance_again = True
            return
        self._balance_reading, self._balance_again = True, False

        def settle(text: str) -> None:
            self._balance_reading = False
            self.balance_text = text
            self.balance_changed.emit(text, True)
            if self._balance_again:
                self.refresh_balance()

        def failed(exc: BaseException) -> None:
            log.info("the balance could not be read: %s", exc)
            settle("")

        self.spawn(
            self._engine().balance(),
            "read the balance",
            on_done=lambda balance: settle(balance.text()),
            on_error=failed,
        )

    def _balance_after(self, job: Job) -> None:
        if job.state.finished and job.engine == RUNCOMFY:
            self.refresh_balance()
