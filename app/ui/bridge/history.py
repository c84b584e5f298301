"""The history: stars on jobs and takes, the search behind the history window, and the
single shot's takes."""

from __future__ import annotations

from typing import Any

from app.core.history import HistoryQuery
from app.core.jobs import Job, JobState
from app.core.takes import Take
from app.ui.bridge.base import ControllerBase


class HistoryCommands(ControllerBase):
    """Reading and starring the jobs the store keeps (the takes of a shot among them)."""

    def starred_ids(self, job_ids: list[str]) -> set[str]:
        """Which of these jobs are starred (none before the engine has started)."""
        if self.engine is None:
            return set()
        return self.engine.store.starred_ids(job_ids)

    def search_history(self, query: HistoryQuery, limit: int) -> tuple[int, list[Job], set[str]]:
        """How many jobs answer ``query``, the newest ``limit`` of them and which of those are
        starred. Reads the job store: call it in a worker."""
        store = self._engine().store
        jobs = store.search(query, limit=limit)
        return store.count_matching(query), jobs, store.starred_ids(j.id for j in jobs)

    def set_starred(self, job_id: str, starred: bool) -> None:
        """Star a job (a take) or take its star off; saved at once."""
        self._engine().store.set_starred(job_id, starred)

    def single_takes(self, model_id: str, values: dict[str, Any]) -> tuple[str, list[Take]]:
        """The key of the single shot's inputs and their takes, oldest first (see
        :mod:`app.core.single_takes`). Reads the job store and hashes frames: call it in a
        worker."""
        from app.core.single_takes import single_key, single_takes

        model = self.catalogue.get(model_id) if model_id in self.catalogue else None
        key = single_key(model_id, model, values)
        jobs = self._engine().store.jobs(states=[JobState.SUCCEEDED])
        return key, single_takes(jobs, model, model_id, key)
