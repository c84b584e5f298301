"""Every error Storyreel raises on purpose, as one tree.

    StoryreelError                 anything Storyreel means to tell the user about
    ├── UsageError                 command-line arguments that make no sense (exit code 2)
    │   └── ArgumentUsageError     one argparse refused (app.cli.common)
    ├── CatalogueError             a model file that cannot be read, an unknown model id
    ├── InputError                 the user's inputs cannot be sent as they are
    │   ├── ImageError             a file that is not a usable image (broken, truncated, a bomb)
    │   │   └── IncompleteImage    an image file cut short: only the original can replace it
    │   ├── MediaError             a file that is not a usable video or audio clip (broken, cut
    │   │                          short, no track of the kind asked for), or a fix that failed
    │   ├── FileFormatError        a file Storyreel reads (a board, settings, a model file, a
    │   │                          cache) that is not what it should be: wrong types, too deep
    │   ├── FetchError             a URL that could not be fetched for checking
    │   ├── TypedValueError        a value typed as text that its field cannot take (also a
    │   │                          ValueError: "--set duration=five")
    │   └── ValidationError        inputs that break the model's rules (carries the problems)
    ├── ApiError                   RunComfy (or the simulator) said no, or did not answer
    │   ├── AuthError              400004: missing, expired or revoked key, inactive account
    │   │   └── MissingKey         no key is set for the API base a job belongs to
    │   ├── InsufficientBalance    400002: no balance left
    │   ├── UnknownModel           400001: bad model id or malformed request id
    │   ├── PermissionDenied       403001: the request belongs to another account
    │   ├── JobGone                404001: unknown, deleted or expired request id
    │   ├── BadRequest             another 4xx with a message (bad input the server refused)
    │   ├── RateLimited            429, with the server's Retry-After when it gave one
    │   ├── ServerError            5xx
    │   ├── NetworkError           no answer: connection refused or lost, time-out
    │   ├── ProtocolError          an answer that is not what the contract promises
    │   ├── SubmissionUncertain    a submit whose outcome is unknown: never resend it blindly
    │   ├── PriceUnavailable       the live price could not be read, so nothing is submitted
    │   └── FollowStopped          a foreground wait ended before its job did (a refused key,
    │                              no answer for too long); the job is saved for a resume
    ├── DownloadError              an output could not be fetched or stored: the job fails
    │   ├── OutputGone             404/410 from the output host: RunComfy no longer keeps it
    │   └── DownloadStalled        not now (the output server kept failing): the job waits
    │       └── OutputNotSaved     the file cannot be written here (disk full, folder gone)
    ├── StoreError                 the job database cannot be used (e.g. made by a newer Storyreel)
    │   └── DataFolderError        a folder Storyreel keeps its data in is a file, or cannot be
    │                              created or written to
    ├── SecretError                the API key cannot be stored or read
    ├── SpendingCapReached         a paid job would pass the user's spending cap: not sent
    └── FollowedElsewhere          another Storyreel (a window or a terminal) follows this job

Messages are complete sentences meant for the person using the app. They never contain
the API key: the only place that reads it is ``app.api.secrets``.
"""

from __future__ import annotations

from typing import Any, Self

from app.core.wording import Said, said


class StoryreelError(Exception):
    """Base of every error Storyreel raises on purpose.

    A message made with ``app.core.wording.said`` (or ``SomeError.said(template, **args)``)
    is still its English text (``str()``, ``message``), and keeps its template and arguments
    in ``wording`` so that the window can show it translated (``app.ui.error_text``).
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.wording: Said | None = message if isinstance(message, Said) else None

    @classmethod
    def said(cls, template: str, /, **arguments: object) -> Self:
        """This error, its message ``template`` (context "Errors") filled with ``arguments``."""
        return cls(said(template, **arguments))

    def __str__(self) -> str:
        return self.message


class UsageError(StoryreelError):
    """Command-line arguments that parse but make no sense (together, or out of range)."""


class CatalogueError(StoryreelError):
    pass


class InputError(StoryreelError):
    pass


class ImageError(InputError):
    pass


class IncompleteImage(ImageError):
    """An image file that ends before its image data does (found when decoding it)."""


class MediaError(InputError):
    """A file that is not a usable video or audio clip, or a media fix that could not be made."""


class FileFormatError(InputError):
    """A file Storyreel reads whose content is not what it should be (wrong types, nesting
    too deep, not JSON). The message names the file and what is wrong."""


class FetchError(InputError):
    pass


class TypedValueError(InputError, ValueError):
    """A value typed as text (``--set duration=five``) that its field's type cannot take."""


class ValidationError(InputError):
    """Inputs that break the model's rules; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Any]) -> None:
        self.problems = list(problems)
        lines = [f"{p.field}: {p.message}" for p in self.problems]
        super().__init__("\n".join(lines) or "The inputs are not valid.")


class ApiError(StoryreelError):
    """An API failure. ``code`` is RunComfy's numeric error code when the answer had one."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: int | None = None,
        raw: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.raw = raw


class AuthError(ApiError):
    pass


class MissingKey(AuthError):
    """No key is set for ``api_base``: its jobs wait (saved) until one is, since a key is
    never sent to a base it was not given for."""

    def __init__(self, message: str, *, api_base: str) -> None:
        super().__init__(message)
        self.api_base = api_base


class InvalidApiBase(ApiError, ValueError):
    """The API address is not https (nor http on this computer)."""


class InsufficientBalance(ApiError):
    pass


class UnknownModel(ApiError):
    pass


class PermissionDenied(ApiError):
    pass


class JobGone(ApiError):
    pass


class BadRequest(ApiError):
    pass


class RateLimited(ApiError):
    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(ApiError):
    pass


class NetworkError(ApiError):
    pass


class ProtocolError(ApiError):
    pass


class SubmissionUncertain(ApiError):
    pass


class PriceUnavailable(ApiError):
    pass


class FollowStopped(ApiError):
    pass


class DownloadError(StoryreelError):
    pass


class OutputGone(DownloadError):
    pass


class DownloadStalled(DownloadError):
    """A download that may work later: the job keeps waiting for it instead of failing."""


class OutputNotSaved(DownloadStalled):
    """A local reason (disk full, folder gone or not writable); ``errno`` when known."""

    def __init__(self, message: str, *, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


class StoreError(StoryreelError):
    pass


class FollowedElsewhere(StoryreelError):
    """Another Storyreel (a window or a terminal command) follows this job now."""


class DataFolderError(StoreError):
    """A folder Storyreel keeps its data in (settings, jobs, logs, cache, videos) cannot be
    used: it is a file, lies under a file, or cannot be created or written to."""


class SecretError(StoryreelError):
    pass


class SpendingCapReached(StoryreelError):
    """A paid submission would pass a spending cap the user set (per day, or per storyboard
    render): nothing was sent. ``cap`` is the cap in USD, ``spent`` what is already spent or
    committed against it, ``amount`` what the refused submission would add; ``scope`` is
    ``"day"`` or ``"render"``."""

    def __init__(self, message: str, *, scope: str, cap: float, spent: float, amount: float):
        super().__init__(message)
        self.scope = scope
        self.cap = cap
        self.spent = spent
        self.amount = amount
