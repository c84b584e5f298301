"""The RunComfy API keys: the only module that reads them, and the one that hides them again.

A key belongs to one API base (the address it was given for) and is never used for another:
a job remembers the base it was sent to and is followed only with that base's key.

Where the key of an API base comes from, in order:

1. ``RUNCOMFY_API_TOKEN`` in the environment, for the base in ``RUNCOMFY_API_BASE`` when that
   is set, else for the default base (https://model-api.runcomfy.net);
2. the key set for that base during this session when the system keyring could not keep it;
3. the operating system's keyring: service "Storyreel", user "runcomfy-api-key" for the
   default base (where earlier versions kept the one key) and "runcomfy-api-key@<base>"
   for any other.

When there is no usable keyring (no D-Bus session, a locked collection that cannot prompt,
keyring's "fail" or "null" backend) ``set_token`` keeps the key in memory for this session
and returns False; ``keyring_status`` then says so in plain words. The key is never written
to a file by Storyreel.

Every key read or set is registered with ``app.core.text``, whose ``redact`` (re-exported
here) removes it, and anything shaped like a Bearer token, from a piece of text;
``RedactingFilter`` applies that cleaning to every log record.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import urlsplit

import keyring
import keyring.errors

from app.core.settings import DEFAULT_API_BASE
from app.core.text import REDACTED, forget_secrets, outside_text, remember_secret
from app.core.text import redact as _redact_text

log = logging.getLogger(__name__)

SERVICE = "Storyreel"
USERNAME = "runcomfy-api-key"
ENV_VAR = "RUNCOMFY_API_TOKEN"
BASE_ENV_VAR = "RUNCOMFY_API_BASE"

STORED = "stored in the system keyring"
SESSION_ONLY = "no system keyring available: the key is kept for this session only"
LOCKED = "the system keyring is locked: the key is kept for this session only"
FROM_ENVIRONMENT = f"taken from the {ENV_VAR} environment variable"
NOT_SET = "no API key is set"

# The keys set during this session when the keyring could not keep them (or the ones that
# were stored, so that the keyring is not asked again), by API base.
_session: dict[str, str] = {}
_session_only_reason: dict[str, str] = {}


def normal_base(api_base: str | None) -> str:
    """The API base as keys are filed under: scheme and host in lower case, no default port,
    no trailing slash. None or empty means the default base."""
    text = (api_base or "").strip() or DEFAULT_API_BASE
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port if parts.hostname else None
    if port is not None and (scheme, port) not in (("https", 443), ("http", 80)):
        host = f"{host}:{port}"
    if not scheme or not host:
        return text.rstrip("/")
    return f"{scheme}://{host}{parts.path.rstrip('/')}"


def username_for(api_base: str | None) -> str:
    """The keyring user name of a base's key: the historical one for the default base."""
    base = normal_base(api_base)
    return USERNAME if base == normal_base(DEFAULT_API_BASE) else f"{USERNAME}@{base}"


def environment_base() -> str:
    """The base ``RUNCOMFY_API_TOKEN`` belongs to."""
    return normal_base(os.environ.get(BASE_ENV_VAR, "").strip() or DEFAULT_API_BASE)


def _environment_token(base: str) -> str | None:
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        remember_secret(env)  # hidden from every text, whichever base it is for
    return env if env and base == environment_base() else None


def forget_session_keys() -> None:
    """Forget every key this process holds in memory (not the keyring's): a new session."""
    _session.clear()
    _session_only_reason.clear()
    forget_secrets()


def _backend_is_usable() -> bool:
    """False for keyring's stand-ins that cannot store anything (the fail and null backends)."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return name not in ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


def get_token(api_base: str | None = None) -> str | None:
    """The key for ``api_base`` (the default base when None), or None when it has none."""
    base = normal_base(api_base)
    env = _environment_token(base)
    if env:
        return env
    if base in _session:
        return _session[base]
    try:
        stored = keyring.get_password(SERVICE, username_for(base))
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot be read: %s", type(exc).__name__)
        return None
    token = stored.strip() if stored else None
    remember_secret(token)
    return token or None


def set_token(token: str, api_base: str | None = None) -> bool:
    """Keep ``token`` as the key of ``api_base`` (the default base when None): True when the
    system keyring stored it, False when only this session has it.

    When False, ``keyring_status(api_base)`` tells why in a sentence the user can read.
    """
    token = token.strip()
    if not token:
        raise ValueError("An empty API key cannot be stored.")
    base = normal_base(api_base)
    remember_secret(token)
    _session[base] = token
    if not _backend_is_usable():
        _session_only_reason[base] = SESSION_ONLY
        return False
    username = username_for(base)
    try:
        keyring.set_password(SERVICE, username, token)
        stored_back = keyring.get_password(SERVICE, username)
    except keyring.errors.KeyringLocked:
        _session_only_reason[base] = LOCKED
        return False
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot store the key: %s", type(exc).__name__)
        _session_only_reason[base] = SESSION_ONLY
        return False
    if stored_back != token:
        # A backend that accepts the key and silently drops it is no keyring at all.
        _session_only_reason[base] = SESSION_ONLY
        return False
    _session_only_reason.pop(base, None)
    return True


def delete_token(api_base: str | None = None) -> None:
    """Forget the key of ``api_base``: this session's copy and the one in the system keyring."""
    base = normal_base(api_base)
    _session.pop(base, None)
    _session_only_reason.pop(base, None)
    if not _backend_is_usable():
        return
    try:
        keyring.delete_password(SERVICE, username_for(base))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was stored: forgetting it is already done
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot delete the key: %s", type(exc).__name__)


def keyring_status(api_base: str | None = None) -> str:
    """Where the key of ``api_base`` is kept, as a plain description for Settings and
    ``storyreel login``."""
    base = normal_base(api_base)
    if _environment_token(base):
        return FROM_ENVIRONMENT
    reason = _session_only_reason.get(base)
    if reason and base in _session:
        return reason
    if not _backend_is_usable():
        return SESSION_ONLY
    return STORED if get_token(base) else NOT_SET


def redact(text: str, *secrets: str | None) -> str:
    """``text`` without any API key this process knows (plus ``secrets``) or Bearer token."""
    _environment_token(normal_base(None))
    return _redact_text(text, secrets)


class RedactingFilter(logging.Filter):
    """A logging filter that takes API keys out of every record, arguments and tracebacks too."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error path
            return True
        record.msg = outside_text(redact(message))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = outside_text(redact(record.exc_text))
        if record.stack_info:
            record.stack_info = outside_text(redact(record.stack_info))
        return True


__all__ = [
    "BASE_ENV_VAR",
    "ENV_VAR",
    "REDACTED",
    "RedactingFilter",
    "SERVICE",
    "USERNAME",
    "delete_token",
    "environment_base",
    "forget_session_keys",
    "get_token",
    "keyring_status",
    "normal_base",
    "redact",
    "set_token",
    "username_for",
]
