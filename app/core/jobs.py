"""A job's life as an explicit state machine, and the events that report it.

    PENDING ──> SUBMITTING ──> QUEUED ──> RUNNING ──> DOWNLOADING ──> SUCCEEDED
       │            │  │  └──────────────────┴──────────┘    │
       │            │  └──> UNCERTAIN (the answer was lost)   └──> FAILED
       │            └─────> PENDING (it certainly never reached the server)
       └──> CANCELLED            QUEUED, RUNNING ──> FAILED, CANCELLED
                                 DOWNLOADING <──> DOWNLOAD_WAITING ──> FAILED (output gone)

A job is saved in PENDING before its submission is sent, and SUBMITTING is saved before the
first byte goes out: a job found in SUBMITTING after a crash may or may not have reached the
server, so it becomes UNCERTAIN and is never sent again by itself. ``retry`` makes a new job.
An illegal transition is a bug: it raises instead of overwriting.

DOWNLOAD_WAITING is a paid video that RunComfy made but that could not be brought here yet
for a reason that may pass (the disk is full, the folder is gone, the output server kept
failing): ``error`` says why. It is never given up by itself; the user's "Retry download",
``storyreel resume`` and the next start take it back to DOWNLOADING. Only the output host
saying the file is gone (404/410) fails it. A foreground wait (the command line) ends at
it, as at a finished state: nothing more happens without the user (``JobState.settled``).
"""

from __future__ import annotations

import copy
import enum
import time
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.engines import EngineKind
from app.core.wording import QT_TRANSLATE_NOOP, Said, said, said_in


class JobState(enum.StrEnum):
    PENDING = "pending"
    SUBMITTING = "submitting"
    QUEUED = "queued"
    RUNNING = "running"
    DOWNLOADING = "downloading"
    DOWNLOAD_WAITING = "download_waiting"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"

    @property
    def finished(self) -> bool:
        return self in FINISHED

    @property
    def settled(self) -> bool:
        """Nothing more happens to the job until the user acts: finished, or its download
        waits for the user (see the module docstring)."""
        return self in SETTLED

    @property
    def on_server(self) -> bool:
        """The server has the job and it is not done yet: it needs polling."""
        return self in (JobState.QUEUED, JobState.RUNNING)

    @property
    def label(self) -> str:
        """The state's name in English (the command line's)."""
        return _LABELS[self]

    @property
    def name_said(self) -> Said:
        """The state's name, for the window to show in its language (``said_text``)."""
        return said_in(JOB_STATE, _LABELS[self])

    @property
    def in_sentence(self) -> Said:
        """The state's name inside a sentence: in English, ``label`` in lower case."""
        return said_in(JOB_STATE, _IN_SENTENCE[self])


FINISHED = frozenset({JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED, JobState.UNCERTAIN})
SETTLED = FINISHED | {JobState.DOWNLOAD_WAITING}

JOB_STATE = "JobState"  # the translation context of the states' names

# Each state's name as the window shows it on its own (a queue row, a filter), and as it
# reads inside a sentence ("This job is {state}: ..."). Both are translated in context
# "JobState"; a language may word the second differently (German quotes the state's name).
_LABELS = {
    JobState.PENDING: QT_TRANSLATE_NOOP("JobState", "Waiting to send"),
    JobState.SUBMITTING: QT_TRANSLATE_NOOP("JobState", "Sending"),
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobState", "In queue"),
    JobState.RUNNING: QT_TRANSLATE_NOOP("JobState", "Generating"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("JobState", "Downloading"),
    JobState.DOWNLOAD_WAITING: QT_TRANSLATE_NOOP("JobState", "Download waiting"),
    JobState.SUCCEEDED: QT_TRANSLATE_NOOP("JobState", "Done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobState", "Failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobState", "Cancelled"),
    JobState.UNCERTAIN: QT_TRANSLATE_NOOP("JobState", "Submission uncertain"),
}
_IN_SENTENCE = {
    JobState.PENDING: QT_TRANSLATE_NOOP("JobState", "waiting to send"),
    JobState.SUBMITTING: QT_TRANSLATE_NOOP("JobState", "sending"),
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobState", "in queue"),
    JobState.RUNNING: QT_TRANSLATE_NOOP("JobState", "generating"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("JobState", "downloading"),
    JobState.DOWNLOAD_WAITING: QT_TRANSLATE_NOOP("JobState", "download waiting"),
    JobState.SUCCEEDED: QT_TRANSLATE_NOOP("JobState", "done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobState", "failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobState", "cancelled"),
    JobState.UNCERTAIN: QT_TRANSLATE_NOOP("JobState", "submission uncertain"),
}

S = JobState
TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    S.PENDING: frozenset({S.SUBMITTING, S.CANCELLED, S.FAILED}),
    S.SUBMITTING: frozenset(
        {S.PENDING, S.QUEUED, S.RUNNING, S.DOWNLOADING, S.UNCERTAIN, S.FAILED, S.CANCELLED}
    ),
    S.QUEUED: frozenset({S.QUEUED, S.RUNNING, S.DOWNLOADING, S.FAILED, S.CANCELLED}),
    S.RUNNING: frozenset({S.RUNNING, S.DOWNLOADING, S.FAILED, S.CANCELLED}),
    S.DOWNLOADING: frozenset({S.DOWNLOADING, S.DOWNLOAD_WAITING, S.SUCCEEDED, S.FAILED}),
    S.DOWNLOAD_WAITING: frozenset({S.DOWNLOADING, S.FAILED}),
    S.SUCCEEDED: frozenset(),
    S.FAILED: frozenset(),
    S.CANCELLED: frozenset(),
    S.UNCERTAIN: frozenset(),
}

UNCERTAIN_HELP = said(
    QT_TRANSLATE_NOOP(
        "Errors",
        "Storyreel cannot tell whether RunComfy received this job: the answer to the "
        "submission was lost. Check your generation history on RunComfy (Library → "
        "Generations) before trying again, so that you are not charged twice. Storyreel "
        "will not send it again by itself.",
    )
)
HISTORY_URL = "https://www.runcomfy.com/"  # then Library → Generations


_IMMUTABLE = (str, int, float, bool, type(None))


def _copy_data(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars); anything else via deepcopy."""
    if isinstance(value, _IMMUTABLE):
        return value
    if isinstance(value, dict):
        return {key: _copy_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_data(item) for item in value]
    return copy.deepcopy(value)


class IllegalTransition(RuntimeError):
    """A bug: code tried to move a job along an edge the state machine does not have."""


def new_job_id() -> str:
    import uuid  # with its platform checks, only once a job is made: not at start-up

    return uuid.uuid4().hex


@dataclass
class Job:
    model_id: str
    inputs: dict[str, Any]
    engine: str = EngineKind.RUNCOMFY.value  # stored as its value
    api_base: str = ""
    id: str = field(default_factory=new_job_id)
    state: JobState = JobState.PENDING
    request_id: str | None = None
    queue_position: int | None = None
    sent_inputs: dict[str, Any] | None = None  # what was sent in place of local files, no bodies
    created_at: float = field(default_factory=time.time)
    submitted_at: float | None = None
    started_at: float | None = None
    finished_at: float | None = None  # when the server finished (or when we noticed it)
    updated_at: float = field(default_factory=time.time)
    unit_price: float | None = None
    price_unit: str | None = None
    price_estimate: float | None = None
    cost: float | None = None
    outputs: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    error: str | None = None
    long_running: bool = False
    origin: dict[str, Any] = field(default_factory=dict)  # e.g. the storyboard shot it renders
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields the server sent
    output_folder: str = ""  # where its files go; "" for jobs saved before it was recorded

    def move(self, state: JobState, **changes: Any) -> Job:
        """Go to ``state`` (checked against the transition table), setting ``changes``."""
        if state not in TRANSITIONS[self.state]:
            raise IllegalTransition(f"job {self.id}: {self.state} -> {state} is not allowed")
        self.state = state
        for key, value in changes.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.updated_at = time.time()
        return self

    def snapshot(self) -> Job:
        """An independent copy, for an event: nothing the engine changes later shows in it.

        Made for every event, so it copies field by field (the scalars are immutable, the
        lists and dicts hold JSON data) instead of through ``copy.deepcopy``, ten times
        slower.
        """
        clone = copy.copy(self)
        clone.inputs = _copy_data(self.inputs)
        clone.sent_inputs = None if self.sent_inputs is None else _copy_data(self.sent_inputs)
        clone.outputs = list(self.outputs)
        clone.files = list(self.files)
        clone.origin = _copy_data(self.origin)
        clone.extra = _copy_data(self.extra)
        return clone

    def retry_copy(self) -> Job:
        """A new job with the same model and inputs: retrying never reuses a request."""
        return Job(
            model_id=self.model_id,
            inputs=_copy_data(self.inputs),
            engine=self.engine,
            api_base=self.api_base,
            origin=_copy_data(self.origin),
        )

    @property
    def prompt(self) -> str:
        for key in ("prompt", "text"):
            value = self.inputs.get(key)
            if isinstance(value, str):
                return value
        return ""

    @property
    def elapsed(self) -> float:
        start = self.submitted_at or self.created_at
        end = self.finished_at if self.state.finished and self.finished_at else time.time()
        return max(0.0, end - start)


class EventKind(enum.StrEnum):
    CREATED = "created"
    CHANGED = "changed"  # state, queue position, price, outputs...
    PROGRESS = "progress"  # download progress; ``progress`` is 0..1
    REMOVED = "removed"
    NOTICE = "notice"  # something worth telling the user that is not a state change
    # The job is saved but not followed until something outside Storyreel changes: the API
    # key of the base it was sent to is set. ``message`` says what it waits for.
    WAITING = "waiting"


@dataclass(frozen=True)
class JobEvent:
    """What the engine reports upwards: the one seam between the engine and the window."""

    kind: EventKind
    job: Job  # a snapshot: safe to keep and read on any thread
    message: str | None = None
    progress: float | None = None

    @property
    def job_id(self) -> str:
        return self.job.id


def event(kind: EventKind, job: Job, **kw: Any) -> JobEvent:
    return JobEvent(kind, job.snapshot(), **kw)


__all__ = [
    "EventKind",
    "FINISHED",
    "HISTORY_URL",
    "IllegalTransition",
    "JOB_STATE",
    "SETTLED",
    "Job",
    "JobEvent",
    "JobState",
    "TRANSITIONS",
    "UNCERTAIN_HELP",
    "event",
    "new_job_id",
    "replace",
]
