"""Storyboards: the Storyboard view's one way to the engine (render, variations, clips)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.jobs import Job
from app.ui.bridge.base import ControllerBase

if TYPE_CHECKING:
    import asyncio

    from app.api.storyboard_runner import RenderReport
    from app.core.storyboard import Storyboard


class StoryboardCommands(ControllerBase):
    """Render a board, price and send variations of a shot, and give shots their clips."""

    async def render_storyboard(
        self, board: Storyboard, *, engine_kind: str, **how: Any
    ) -> RenderReport:
        """Price, confirm (``how["confirm"]``) and send the board's shots, then follow them."""
        from app.api.storyboard_runner import render_storyboard

        return await render_storyboard(
            board, self._engine(), self.catalogue, engine_kind=engine_kind, **how
        )

    def plan_variations(
        self,
        board: Storyboard,
        shot_id: str,
        runs: list[dict[str, Any]],
        *,
        engine_kind: str,
        prompt: str | None = None,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> asyncio.Task[Any]:
        """Plan N variations of a shot and read their price (sends nothing)."""

        async def run() -> Any:
            from app.api.shot_variations import plan_variations

            return await plan_variations(
                board, self._engine(), self.catalogue, shot_id, runs, engine_kind, prompt=prompt
            )

        return self.spawn(
            run(), f"price variations of {shot_id}", on_done=on_done, on_error=on_error
        )

    def send_variations(
        self,
        board: Storyboard,
        plan: Any,
        *,
        engine_kind: str,
        on_done: Callable[[list[Job]], None],
        on_error: Callable[[BaseException], None],
    ) -> asyncio.Task[Any]:
        """Send each planned variation once (see :mod:`app.api.shot_variations`)."""

        async def run() -> list[Job]:
            from app.api.shot_variations import send_variations

            self._submitting += 1
            self.busy_changed.emit(True)
            try:
                return await send_variations(board, self._engine(), plan, engine_kind)
            finally:
                self._submitting -= 1
                self.busy_changed.emit(self.submitting)

        return self.spawn(run(), "send variations", on_done=on_done, on_error=on_error)

    def attach_finished_jobs(self, board: Storyboard, jobs: list[Job]) -> list[int]:
        """Give the board's shots the clips of these jobs (the shots that changed)."""
        from app.api.storyboard_runner import attach_finished_jobs

        return attach_finished_jobs(board, jobs, self.catalogue)

    def open_storyboard(self, path: Path, jobs: list[Job]) -> tuple[Storyboard, list[int]]:
        """Read a board (call it in a worker) and give its shots the clips of jobs that
        finished while it was closed, saving it when that changed it."""
        from app.api.storyboard_runner import attach_finished_jobs
        from app.core.storyboard import Storyboard

        board = Storyboard.load(path)
        changed = attach_finished_jobs(board, jobs, self.catalogue)
        if changed:
            board.save()
        return board, changed
