"""Fault injection for the simulator: the failures a real network and a real RunComfy produce.

Each of the simulator's two servers (the API and the output CDN) has its own
:class:`FaultList`. A test adds faults; the server takes them, oldest first, as requests
arrive. A fault fires ``count`` times and is then used up::

    sim.api_faults.add(Fault(FaultKind.STATUS_503, match="status", retry_after=0))
    sim.cdn_faults.add(Fault(FaultKind.TRUNCATE_DOWNLOAD))

What each kind does:

==================== ====== ==============================================================
kind                 server effect
==================== ====== ==============================================================
latency              both   wait ``seconds``, then answer normally
status_429           both   429 with ``Retry-After: <retry_after>`` (no header when None)
status_500           both   500 with a JSON error body; nothing is processed
status_503           both   503 (with ``Retry-After`` when ``retry_after`` is set)
drop                 both   close the connection without answering; nothing is processed
non_json             both   200 with an HTML body; nothing is processed
fail_job             api    the next accepted submission runs, then ends ``failed``
lose_submit_answer   api    the submission IS accepted and queued, then the connection is
                            closed before the answer is sent (a "submission uncertain")
slow_download        cdn    send the file at ``bytes_per_second``
truncate_download    cdn    announce the full length, send half the body, close
==================== ====== ==============================================================

``match`` limits a fault to one kind of request: ``"submit"``, ``"status"``, ``"result"``,
``"cancel"``, ``"model"``, ``"catalogue"`` (a page of ``GET /v1/models``) or ``"balance"`` on
the API, ``"download"`` on the CDN; ``None`` matches any.
``fail_job`` and ``lose_submit_answer`` only ever act on submissions.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass


class FaultKind(enum.StrEnum):
    LATENCY = "latency"
    STATUS_429 = "status_429"
    STATUS_500 = "status_500"
    STATUS_503 = "status_503"
    DROP = "drop"
    NON_JSON = "non_json"
    FAIL_JOB = "fail_job"
    LOSE_SUBMIT_ANSWER = "lose_submit_answer"
    SLOW_DOWNLOAD = "slow_download"
    TRUNCATE_DOWNLOAD = "truncate_download"


#: Faults that replace or delay the answer to any request.
REQUEST_KINDS = frozenset(
    {
        FaultKind.LATENCY,
        FaultKind.STATUS_429,
        FaultKind.STATUS_500,
        FaultKind.STATUS_503,
        FaultKind.DROP,
        FaultKind.NON_JSON,
    }
)
#: Faults that act once a submission has been accepted.
SUBMISSION_KINDS = frozenset({FaultKind.FAIL_JOB, FaultKind.LOSE_SUBMIT_ANSWER})
#: Faults that change how an output file's body is sent.
DOWNLOAD_KINDS = frozenset({FaultKind.SLOW_DOWNLOAD, FaultKind.TRUNCATE_DOWNLOAD})

API_MATCHES = frozenset(
    {"submit", "status", "result", "cancel", "model", "catalogue", "balance"}
)
CDN_MATCHES = frozenset({"download"})


@dataclass
class Fault:
    """One injected failure. ``count`` says how many requests it affects before it is used up.

    ``seconds`` is the delay of ``latency``; ``retry_after`` the ``Retry-After`` value of
    ``status_429``/``status_503`` (a number of seconds, or a string sent verbatim, e.g. an
    HTTP date); ``bytes_per_second`` the pace of ``slow_download``; ``message`` the error a
    ``fail_job`` job reports.
    """

    kind: FaultKind | str
    count: int = 1
    match: str | None = None
    retry_after: float | str | None = None
    seconds: float = 0.0
    bytes_per_second: int = 65536
    message: str = "The simulator was told to fail this job (an injected fault)."

    def __post_init__(self) -> None:
        self.kind = FaultKind(self.kind)
        if self.count < 1:
            raise ValueError(f"A fault's count must be at least 1, not {self.count}.")
        if self.kind is FaultKind.SLOW_DOWNLOAD and self.bytes_per_second < 1:
            raise ValueError(
                f"slow_download needs bytes_per_second of at least 1, not {self.bytes_per_second}."
            )
        if self.seconds < 0:
            raise ValueError(f"A latency of {self.seconds} seconds is negative.")

    def retry_after_header(self) -> str | None:
        if self.retry_after is None:
            return None
        if isinstance(self.retry_after, str):
            return self.retry_after
        return f"{self.retry_after:g}"


class FaultList:
    """The pending faults of one server: added by tests, taken by request handlers.

    Thread-safe. Faults are taken oldest first among those that match the request.
    """

    def __init__(self, server: str) -> None:
        if server not in ("api", "cdn"):
            raise ValueError(f"A fault list belongs to 'api' or 'cdn', not {server!r}.")
        self.server = server
        self._lock = threading.Lock()
        self._pending: list[Fault] = []
        self._fired: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Queue ``fault``; raises ``ValueError`` when it cannot happen on this server."""
        allowed_kinds = REQUEST_KINDS | (
            SUBMISSION_KINDS if self.server == "api" else DOWNLOAD_KINDS
        )
        if fault.kind not in allowed_kinds:
            raise ValueError(f"The fault {fault.kind} cannot happen on the {self.server} server.")
        matches = API_MATCHES if self.server == "api" else CDN_MATCHES
        if fault.match is not None and fault.match not in matches:
            known = ", ".join(sorted(matches))
            raise ValueError(
                f"The {self.server} server has no request kind {fault.match!r}; use one of "
                f"{known} or None."
            )
        if fault.kind in SUBMISSION_KINDS and fault.match not in (None, "submit"):
            raise ValueError(f"{fault.kind} only acts on submissions, not on {fault.match!r}.")
        with self._lock:
            self._pending.append(fault)
        return fault

    def take(self, match: str | None, kinds: frozenset[FaultKind]) -> Fault | None:
        """The oldest pending fault of one of ``kinds`` that applies to a ``match`` request.

        Taking it uses up one of its ``count``.
        """
        with self._lock:
            for fault in self._pending:
                if fault.kind in kinds and fault.match in (None, match):
                    fault.count -= 1
                    if fault.count == 0:
                        self._pending.remove(fault)
                    self._fired.append(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    @property
    def pending(self) -> list[Fault]:
        """Faults not used up yet, oldest first."""
        with self._lock:
            return list(self._pending)

    @property
    def fired(self) -> list[FaultKind]:
        """The kind of every fault that has acted, in order (one entry per request affected)."""
        with self._lock:
            return [FaultKind(f.kind) for f in self._fired]

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)
