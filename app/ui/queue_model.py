"""The queue as one Qt list model over jobs, newest first.

One model, one delegate (``queue_view.JobDelegate``), no widget per row: the list stays
smooth with hundreds of jobs. A job event changes exactly one row (``dataChanged`` on that
row only); a one-second timer refreshes the elapsed time of the rows that are still moving,
and only while there are any.

The texts a row shows (state, position, elapsed time, ETA, cost, and what the clip is: its
length, resolution, ratio and seed) are made by small pure
functions here so that the delegate only paints, and tests can read what the user reads.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.core.catalogue import Catalogue, Field, Model
from app.core.engines import EngineKind
from app.core.job_picture import first_image, job_picture
from app.core.jobs import UNCERTAIN_HELP, Job, JobState
from app.ui import numbers
from app.ui.error_text import said_text
from app.ui.number_format import formatted
from app.ui.units import choice_text

JOB_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
MODEL_NAME_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4
COST_ROLE = Qt.ItemDataRole.UserRole + 5
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 6
THUMBNAIL_PATH_ROLE = Qt.ItemDataRole.UserRole + 7
PROMPT_ROLE = Qt.ItemDataRole.UserRole + 8
EXPLANATION_ROLE = Qt.ItemDataRole.UserRole + 9
CLIP_ROLE = Qt.ItemDataRole.UserRole + 10
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 11  # the JobPicture: the file and the placeholder

# Input names read when the model is not in the catalogue (a job of a removed model file).
_FALLBACK_NAMES = {
    "duration_seconds": ("duration",),
    "resolution": ("resolution",),
    "ratio": ("ratio", "aspect_ratio"),
    "seed": ("seed",),
}

# States in which the clock is still running for the user: their elapsed time ticks.
MOVING = frozenset(
    {
        JobState.PENDING,
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.RUNNING,
        JobState.DOWNLOADING,
    }
)
PROMPT_EXCERPT = 90

TypicalDuration = Callable[[Job], float | None]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Queue", text, disambiguation, n)


def clock(seconds: float) -> str:
    """0:07, 1:32, 1:02:03: how long something took or will take."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def money(value: float) -> str:
    return numbers.money(value)


def state_label(job: Job) -> str:
    return said_text(job.state.name_said)


def reason_text(message: str) -> str:
    """A job's reason (or what it waits for) in the window's language, on one line."""
    return " ".join(said_text(message).split())


def prompt_excerpt(job: Job, limit: int = PROMPT_EXCERPT) -> str:
    text = " ".join(job.prompt.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cost_text(job: Job) -> str:
    """What the job costs: the charge when known, else the estimate, "Free" for previews."""
    if job.engine == EngineKind.OFFLINE:
        return tr("Free preview")
    if job.cost is not None:
        return money(job.cost)
    if job.price_estimate is not None:
        return tr("≈ {price}").format(price=money(job.price_estimate))
    if job.unit_price is not None and job.price_unit:
        return tr("{price} per {unit}").format(price=money(job.unit_price), unit=job.price_unit)
    return ""


def remaining_seconds(job: Job, typical: float | None, now: float | None = None) -> float | None:
    """About how long a running job still needs, from how long similar jobs took."""
    if job.state is not JobState.RUNNING or not typical:
        return None
    started = job.started_at or job.submitted_at or job.created_at
    elapsed = (now or time.time()) - started
    return max(0.0, typical - elapsed)


def detail_text(
    job: Job,
    *,
    typical: float | None = None,
    progress: float | None = None,
    waiting: str | None = None,
) -> str:
    """The state line under the prompt: what is happening, since when, and what is next
    (``waiting``: what an unfinished job waits for before Storyreel can follow it)."""
    if waiting and not job.state.finished:
        return " · ".join([state_label(job), reason_text(waiting)])
    parts = [state_label(job)]
    state = job.state
    if state is JobState.QUEUED and job.queue_position is not None:
        parts.append(tr("position {n}").format(n=job.queue_position))
    if state is JobState.DOWNLOADING and progress is not None:
        parts.append(f"{progress:.0%}")
    if state in MOVING or state is JobState.SUCCEEDED:
        parts.append(tr("elapsed {time}").format(time=clock(job.elapsed)))
    left = remaining_seconds(job, typical)
    if left is not None:
        parts.append(
            tr("about {time} left").format(time=clock(left)) if left > 0 else tr("any moment now")
        )
    if state in (JobState.FAILED, JobState.DOWNLOAD_WAITING) and job.error:
        parts.append(reason_text(job.error))
    return " · ".join(parts)


def _setting(job: Job, model: Model | None, role: str) -> tuple[Any, Field | None]:
    """The value a job was made with for a role (the model's field for it, when known)."""
    if model is not None:
        found = model.role(role)
        if found is None:
            return None, None
        return job.inputs.get(found.name, found.default), found
    for name in _FALLBACK_NAMES.get(role, ()):
        if name in job.inputs:
            return job.inputs[name], None
    return None, None


def _shown(value: Any) -> bool:
    return value is not None and value != "" and not isinstance(value, (dict, list))


def clip_text(job: Job, catalogue: Catalogue | None = None) -> str:
    """What the clip is, in one line: "5 s · 1080p · 16:9 · seed 42" (what the job asked
    for, defaults filled in from the model; parts the model does not have are left out)."""
    model = None
    if catalogue is not None and job.model_id in catalogue:
        model = catalogue.get(job.model_id)
    parts = []
    frames, frames_field = _setting(job, model, "duration_frames")
    seconds, _seconds_field = _setting(job, model, "duration_seconds")
    if _shown(frames) and frames_field is not None and not isinstance(frames, bool):
        parts.append(choice_text(frames_field, frames))  # "121 frames ≈ 5 s"
    elif _shown(seconds) and not isinstance(seconds, bool):
        shown = formatted(seconds) if isinstance(seconds, (int, float)) else seconds
        parts.append(tr("{seconds} s").format(seconds=shown))
    resolution, _field = _setting(job, model, "resolution")
    if _shown(resolution) and not isinstance(resolution, bool):
        parts.append(str(resolution))
    ratio, _field = _setting(job, model, "ratio")
    if _shown(ratio) and not isinstance(ratio, bool):
        # "16:9" reads as a ratio by itself; a word ("adaptive") needs saying what it is.
        shown = str(ratio)
        parts.append(shown if ":" in shown else tr("ratio {ratio}").format(ratio=shown))
    seed, _field = _setting(job, model, "seed")
    if _shown(seed) and not isinstance(seed, bool) and str(seed) != "-1":
        parts.append(tr("seed {seed}").format(seed=seed))
    return " · ".join(parts)


def explanation(job: Job, waiting: str | None = None) -> str:
    """What the user should know about a job that did not give a clip (yet), or what an
    unfinished one waits for."""
    if waiting and not job.state.finished:
        return said_text(waiting)
    if job.state is JobState.UNCERTAIN:
        return said_text(UNCERTAIN_HELP)
    if job.state is JobState.FAILED:
        return said_text(job.error or "") or tr(
            "The job failed without a reason from the server."
        )
    if job.state is JobState.DOWNLOAD_WAITING:
        return said_text(job.error or "") or tr(
            "The video is made but not downloaded yet: use Retry download."
        )
    return ""


class QueueModel(QAbstractListModel):
    """Every job the user has, newest first; follows the engine's events one row at a time."""

    TICK_MS = 1000

    def __init__(self, catalogue: Catalogue | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._jobs: list[Job] = []
        self._rows: dict[str, int] = {}
        self._progress: dict[str, float] = {}
        self._waiting: dict[str, str] = {}  # job id -> what it waits for (its base's key)
        self._typical: TypicalDuration = lambda job: None
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.tick)

    # -- reading --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._jobs)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        if role == JOB_ROLE:
            return job
        if role == STATE_ROLE:
            return job.state
        if role == MODEL_NAME_ROLE:
            return self.model_name(job)
        if role == PROMPT_ROLE:
            return prompt_excerpt(job)
        if role == DETAIL_ROLE:
            typical = self._typical(job) if job.state is JobState.RUNNING else None
            return detail_text(
                job,
                typical=typical,
                progress=self._progress.get(job.id),
                waiting=self._waiting.get(job.id),
            )
        if role == COST_ROLE:
            return cost_text(job)
        if role == CLIP_ROLE:
            return clip_text(job, self._catalogue)
        if role == PROGRESS_ROLE:
            return self._progress.get(job.id)
        if role == THUMBNAIL_PATH_ROLE:
            return job_picture(job, self._catalogue).path
        if role == PICTURE_ROLE:
            return job_picture(job, self._catalogue)
        if role == EXPLANATION_ROLE:
            return explanation(job, self._waiting.get(job.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            pieces = [
                self.model_name(job),
                prompt_excerpt(job),
                clip_text(job, self._catalogue),
                self.data(index, DETAIL_ROLE),
            ]
            cost = cost_text(job)
            if cost:
                pieces.append(cost)
            return " — ".join(p for p in pieces if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [job.prompt] if job.prompt else []
            extra = explanation(job, self._waiting.get(job.id))
            if extra:
                lines.append(extra)
            if job.request_id:
                lines.append(tr("Request id: {id}").format(id=job.request_id))
            return "\n\n".join(lines) or None
        return None

    def model_name(self, job: Job) -> str:
        if self._catalogue is not None and job.model_id in self._catalogue:
            return self._catalogue.get(job.model_id).display_name
        return job.model_id

    def job_at(self, row: int) -> Job | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def job(self, job_id: str) -> Job | None:
        row = self._rows.get(job_id)
        return None if row is None else self._jobs[row]

    def row_of(self, job_id: str) -> int | None:
        return self._rows.get(job_id)

    def jobs(self) -> list[Job]:
        return list(self._jobs)

    # -- following the engine -------------------------------------------------------------

    def set_typical_duration(self, typical: TypicalDuration) -> None:
        """Where ETAs come from: how long similar jobs took (from the job history)."""
        self._typical = typical

    def set_jobs(self, jobs: Iterable[Job]) -> None:
        self.beginResetModel()
        self._jobs = sorted(jobs, key=lambda j: j.created_at, reverse=True)
        self._reindex()
        self._progress.clear()
        self.endResetModel()
        self._update_timer()

    def upsert(self, job: Job) -> int:
        """Add a new job in its place, or replace a known one; returns its row."""
        row = self._rows.get(job.id)
        self._waiting.pop(job.id, None)  # a change: the engine follows it again
        if row is not None:
            self._jobs[row] = job
            if job.state is not JobState.DOWNLOADING:
                self._progress.pop(job.id, None)
            index = self.index(row)
            self.dataChanged.emit(index, index)
        else:
            row = self._insert_position(job)
            self.beginInsertRows(QModelIndex(), row, row)
            self._jobs.insert(row, job)
            self._reindex(start=row)
            self.endInsertRows()
        self._update_timer()
        return row

    def remove_job(self, job_id: str) -> None:
        row = self._rows.get(job_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._jobs[row]
        self._rows.pop(job_id, None)
        self._progress.pop(job_id, None)
        self._waiting.pop(job_id, None)
        self._reindex(start=row)
        self.endRemoveRows()
        self._update_timer()

    def set_waiting(self, job_id: str, reason: str) -> None:
        """Show on the job what it waits for, until the engine next changes it."""
        self._waiting[job_id] = reason
        row = self._rows.get(job_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def waiting(self, job_id: str) -> str | None:
        return self._waiting.get(job_id)

    def set_progress(self, job_id: str, fraction: float) -> None:
        row = self._rows.get(job_id)
        if row is None:
            return
        self._progress[job_id] = max(0.0, min(1.0, fraction))
        index = self.index(row)
        self.dataChanged.emit(index, index, [PROGRESS_ROLE, DETAIL_ROLE])

    def tick(self) -> None:
        """Refresh the clock of moving rows only; stop ticking when nothing moves."""
        moving = [row for row, job in enumerate(self._jobs) if job.state in MOVING]
        for row in moving:
            index = self.index(row)
            self.dataChanged.emit(index, index, [DETAIL_ROLE])
        if not moving:
            self._timer.stop()

    @property
    def ticking(self) -> bool:
        return self._timer.isActive()

    # -- internals ------------------------------------------------------------------------

    def _insert_position(self, job: Job) -> int:
        # Newest first; a job the engine just created is almost always newest, so look from
        # the top.
        for row, other in enumerate(self._jobs):
            if other.created_at <= job.created_at:
                return row
        return len(self._jobs)

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._rows = {}
        for row in range(start, len(self._jobs)):
            self._rows[self._jobs[row].id] = row

    def _update_timer(self) -> None:
        if any(job.state in MOVING for job in self._jobs):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()


__all__ = [
    "CLIP_ROLE",
    "COST_ROLE",
    "DETAIL_ROLE",
    "EXPLANATION_ROLE",
    "JOB_ROLE",
    "MODEL_NAME_ROLE",
    "MOVING",
    "PICTURE_ROLE",
    "PROGRESS_ROLE",
    "PROMPT_ROLE",
    "QueueModel",
    "STATE_ROLE",
    "THUMBNAIL_PATH_ROLE",
    "clip_text",
    "clock",
    "cost_text",
    "detail_text",
    "explanation",
    "first_image",
    "money",
    "prompt_excerpt",
    "remaining_seconds",
    "state_label",
]
