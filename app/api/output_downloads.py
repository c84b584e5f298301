"""Downloading a finished job's outputs into the folder it recorded when it was sent.

A made video is never given up for a reason that may pass: when its download stalls (the
file cannot be saved here, the output server keeps failing) the job waits for its download
(DOWNLOAD_WAITING, with the reason) until the user retries it, a resume or the next start
fetches it. Only the output host saying the file is gone (404/410) fails it. A download
writes only while the engine holds the job's lease (``app.api.ownership``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.api.backend_pool import BackendPool
from app.api.event_hub import EventHub
from app.api.finishing import Commit, failure_text
from app.api.output_names import output_stem
from app.api.ownership import LOST_MESSAGE, Ownership
from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue
from app.core.engines import OFFLINE
from app.core.errors import ApiError, DownloadError, DownloadStalled, OutputGone
from app.core.jobs import EventKind, Job, JobState
from app.core.wording import QT_TRANSLATE_NOOP, said

PROGRESS_EVERY = 0.25  # seconds between download progress events
DOWNLOAD_LATER = QT_TRANSLATE_NOOP(
    "Errors",
    "The video is made and RunComfy keeps it for a while: choose Retry download in the queue "
    "or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts).",
)
DOWNLOAD_LATER_OFFLINE = QT_TRANSLATE_NOOP(
    "Errors",
    "The preview is kept only while Storyreel stays open: choose Retry download in the queue "
    "once the folder can be written to.",
)
# Why a download waits, then what to do about it.
WAITING = QT_TRANSLATE_NOOP("Errors", "{reason} {advice}")


class OutputDownloads:
    """The engine's downloads: at most ``concurrency`` at once, each a background task."""

    def __init__(
        self,
        *,
        library_dir: Path,
        catalogue: Catalogue,
        backends: BackendPool,
        ownership: Ownership,
        events: EventHub,
        tasks: TaskRegistry,
        commit: Commit,
        let_go: Callable[[str, str], None],
        finished: Callable[[Job], None],
        concurrency: int,
    ) -> None:
        self.library_dir = library_dir
        self.catalogue = catalogue
        self.backends = backends
        self.ownership = ownership
        self.events = events
        self.tasks = tasks
        self.commit = commit
        self.let_go = let_go  # stops following a job another Storyreel holds now
        self.finished = finished  # told of each job whose outputs are all saved
        self._slots = asyncio.Semaphore(concurrency)
        self._running: dict[str, asyncio.Task[Any]] = {}

    def spawn(self, job: Job) -> None:
        """Start downloading ``job``'s outputs in the background."""
        task = self.tasks.spawn(self._download(job), f"download-{job.request_id}")
        self._running[job.id] = task
        task.add_done_callback(lambda _: self._running.pop(job.id, None))

    def again(self, job: Job) -> None:
        """Fetch the outputs of a job that was downloading or waits for its download."""
        if job.state is JobState.DOWNLOAD_WAITING and not self.commit(
            job.move(JobState.DOWNLOADING, error=None)
        ):
            return
        self.spawn(job)

    def stop(self, job_id: str) -> None:
        """Cancel the download of a job this engine no longer holds, if one runs."""
        download = self._running.pop(job_id, None)
        if download is not None:
            download.cancel()

    def failed(self, job: Job, exc: DownloadError) -> None:
        """A download that may work later waits for the user; only a refusal or a file the
        output host no longer has fails the job."""
        if isinstance(exc, DownloadStalled):
            later = DOWNLOAD_LATER_OFFLINE if job.engine == OFFLINE else DOWNLOAD_LATER
            reason = said(WAITING, reason=exc.message, advice=said(later))
            self.commit(job.move(JobState.DOWNLOAD_WAITING, error=reason), message=reason)
            return
        if isinstance(exc, OutputGone):
            template = QT_TRANSLATE_NOOP(
                "Errors", "The video was made but can no longer be downloaded: {reason}"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The video was made but could not be downloaded: {reason}"
            )
        detail = said(template, reason=exc.message)
        self.commit(job.move(JobState.FAILED, error=failure_text(job, detail, made=True)))

    async def _download(self, job: Job) -> None:
        if not job.outputs:
            self.commit(
                job.move(
                    JobState.FAILED,
                    error=failure_text(
                        job,
                        said(
                            QT_TRANSLATE_NOOP(
                                "Errors", "Request {request} was reported done with no output file."
                            ),
                            request=job.request_id,
                        ),
                        made=True,
                    ),
                )
            )
            return
        try:
            backend = await self.backends.of(job)
        except ApiError as exc:
            stalled = DownloadStalled.said(
                QT_TRANSLATE_NOOP("Errors", "The outputs cannot be downloaded: {reason}"),
                reason=exc.message,
            )
            self.failed(job, stalled)
            return
        folder = Path(job.output_folder) if job.output_folder else self.library_dir
        model = self.catalogue.get(job.model_id) if job.model_id in self.catalogue else None
        name = model.display_name if model else job.model_id.split("/")[-1]
        count = len(job.outputs)
        async with self._slots:
            for index, url in enumerate(job.outputs):
                if index < len(job.files) and Path(job.files[index]).is_file():
                    continue
                stem = output_stem(
                    when=job.created_at,
                    model_name=name,
                    prompt=job.prompt,
                    request_id=job.request_id or job.id,
                    index=index + 1 if count > 1 else None,
                )
                if not self.ownership.holds(job.id):  # another Storyreel has it now
                    self.let_go(job.id, LOST_MESSAGE)
                    return
                try:
                    path = await backend.downloader.download(
                        url,
                        folder,
                        stem,
                        progress=self._progress(job, index, count),
                        owner=self.ownership.owner,
                        leftovers=self.ownership.may_continue_leftovers(job.id),
                    )
                except DownloadError as exc:
                    if not self.ownership.holds(job.id):  # another Storyreel has it now
                        self.let_go(job.id, LOST_MESSAGE)
                        return
                    self.failed(job, exc)
                    return
                files = [*job.files[:index], str(path)]
                if not self.commit(job.move(JobState.DOWNLOADING, files=files)):
                    return
        self.commit(job.move(JobState.SUCCEEDED))
        self.finished(job)

    def _progress(self, job: Job, index: int, count: int) -> Callable[[int, int | None], None]:
        last = 0.0

        def report(done: int, total: int | None) -> None:
            nonlocal last
            now = time.monotonic()
            complete = total is not None and done >= total
            if now - last < PROGRESS_EVERY and not complete:
                return
            last = now
            part = done / total if total else 0.0
            self.events.emit(EventKind.PROGRESS, job, progress=min(1.0, (index + part) / count))

        return report
