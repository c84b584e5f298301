"""The ``storyreel`` command line's exit codes: one meaning each, and the rules that pick one.

    0  OK           success: the inputs are valid, the job succeeded, the command did its work
    1  INVALID      invalid input: the inputs, an image, a board or another file Storyreel
                    was asked to read, a request id that is not in the queue or cannot
                    be cancelled
    2  USAGE        usage: an unknown command, option or model, a value out of range
    3  JOB_FAILED   a job that was sent ran and failed or was cancelled, or its video is
                    gone from RunComfy's output host
    4  API          API, account or network: RunComfy refused (a refused key, no balance, too
                    many requests after every retry) or could not be reached, or no API key
                    is set or can be kept, whether before a job was sent or instead of
                    sending it, or the day's spending cap would be passed; also a job left
                    for `storyreel resume` (the foreground wait gave up, or its video waits
                    to be downloaded)
    5  UNCERTAIN    a submission is uncertain: check your RunComfy generation history first
    6  DATA         a folder or the job database Storyreel keeps its own data in cannot be used
    7  INTERNAL     an unexpected problem in Storyreel itself (a bug)
  130  INTERRUPTED  Ctrl+C

When several jobs end differently, the most urgent code wins: :data:`PRIORITY`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from app.core import errors
from app.core.jobs import Job, JobState


class ExitCode(enum.IntEnum):
    OK = 0
    INVALID = 1
    USAGE = 2
    JOB_FAILED = 3
    API = 4
    UNCERTAIN = 5
    DATA = 6
    INTERNAL = 7
    INTERRUPTED = 130


# The most specific class first: the first match decides.
_FOR_ERROR: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (errors.UsageError, ExitCode.USAGE),
    (errors.CatalogueError, ExitCode.USAGE),
    (errors.SubmissionUncertain, ExitCode.UNCERTAIN),
    (errors.InputError, ExitCode.INVALID),
    (errors.ApiError, ExitCode.API),
    (errors.SecretError, ExitCode.API),
    (errors.SpendingCapReached, ExitCode.API),
    (errors.StoreError, ExitCode.DATA),
    (errors.DownloadError, ExitCode.JOB_FAILED),
)

# Where a job was refused before it was sent, the engine notes why in ``job.extra``.
NOT_SENT_KEY = "not_sent"
NOT_SENT_INPUT = "input"  # its inputs could not be prepared (a file vanished, a bad image)
NOT_SENT_API = "api"  # RunComfy refused it or could not be reached

PRIORITY = (
    ExitCode.UNCERTAIN,
    ExitCode.API,
    ExitCode.DATA,
    ExitCode.JOB_FAILED,
    ExitCode.INVALID,
)


def for_error(exc: BaseException) -> ExitCode:
    """The exit code for an error Storyreel raised on purpose (INTERNAL for anything else)."""
    for kind, code in _FOR_ERROR:
        if isinstance(exc, kind):
            return code
    if isinstance(exc, errors.StoryreelError):
        return ExitCode.API
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    return ExitCode.INTERNAL


def for_job(job: Job) -> ExitCode:
    """The exit code for a finished job."""
    if job.state is JobState.SUCCEEDED:
        return ExitCode.OK
    if job.state is JobState.UNCERTAIN:
        return ExitCode.UNCERTAIN
    if job.state is JobState.DOWNLOAD_WAITING:
        return ExitCode.API  # made and kept by RunComfy: `storyreel resume` fetches it
    if job.state is JobState.FAILED and job.request_id is None:
        reason = job.extra.get(NOT_SENT_KEY)
        if reason == NOT_SENT_API:
            return ExitCode.API
        if reason == NOT_SENT_INPUT:
            return ExitCode.INVALID
    return ExitCode.JOB_FAILED


def most_urgent(codes: Iterable[int]) -> ExitCode:
    """One code for several outcomes: the first of :data:`PRIORITY` present, else OK."""
    present = set(codes)
    for code in PRIORITY:
        if code in present:
            return code
    return ExitCode.OK
