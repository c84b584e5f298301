"""The RunComfy API key: the only module that reads it, and the one that hides it again.

Where the key comes from, in order:

1. ``RUNCOMFY_API_TOKEN`` in the environment (scripts, CI, a user who prefers it);
2. the key set during this session when the system keyring could not keep it;
3. the operating system's keyring (service "Storyreel", user "runcomfy-api-key").

When there is no usable keyring (no D-Bus session, a locked collection that cannot prompt,
keyring's "fail" or "null" backend) ``set_token`` keeps the key in memory for this session
and returns False; ``keyring_status`` then says so in plain words. The key is never written
to a file by Storyreel.

``redact`` removes every key this process has seen, and anything shaped like a Bearer
token, from a piece of text; ``RedactingFilter`` applies it to every log record.
"""

from __future__ import annotations

import logging
import os
import re

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "Storyreel"
USERNAME = "runcomfy-api-key"
ENV_VAR = "RUNCOMFY_API_TOKEN"

STORED = "stored in the system keyring"
SESSION_ONLY = "no system keyring available: the key is kept for this session only"
LOCKED = "the system keyring is locked: the key is kept for this session only"
FROM_ENVIRONMENT = f"taken from the {ENV_VAR} environment variable"
NOT_SET = "no API key is set"

REDACTED = "[redacted]"
# Shorter values are not redacted: they would blank out ordinary words of a message.
_MIN_SECRET_LENGTH = 6
_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{6,}")
_AUTH_HEADER = re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?!bearer\b)[^\s'\",}]{6,}")

# The key set during this session when the keyring could not keep it (or the one that
# was stored, cached so that the keyring is not asked again).
session_token: str | None = None
_session_only_reason: str | None = None
# Every key seen by this process, so that redact() works without asking the keyring.
_seen: set[str] = set()


def _remember(token: str | None) -> str | None:
    if token and len(token) >= _MIN_SECRET_LENGTH:
        _seen.add(token)
    return token


def _backend_is_usable() -> bool:
    """False for keyring's stand-ins that cannot store anything (the fail and null backends)."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return name not in ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


def get_token() -> str | None:
    """The API key to use now, or None when none is set anywhere."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return _remember(env)
    if session_token:
        return session_token
    try:
        stored = keyring.get_password(SERVICE, USERNAME)
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot be read: %s", type(exc).__name__)
        return None
    return _remember(stored.strip() if stored else None) or None


def set_token(token: str) -> bool:
    """Keep ``token``: True when the system keyring stored it, False when only this session has it.

    When False, ``keyring_status()`` tells why in a sentence the user can read.
    """
    global session_token, _session_only_reason
    token = token.strip()
    if not token:
        raise ValueError("An empty API key cannot be stored.")
    _remember(token)
    session_token = token
    if not _backend_is_usable():
        _session_only_reason = SESSION_ONLY
        return False
    try:
        keyring.set_password(SERVICE, USERNAME, token)
        stored_back = keyring.get_password(SERVICE, USERNAME)
    except keyring.errors.KeyringLocked:
        _session_only_reason = LOCKED
        return False
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot store the key: %s", type(exc).__name__)
        _session_only_reason = SESSION_ONLY
        return False
    if stored_back != token:
        # A backend that accepts the key and silently drops it is no keyring at all.
        _session_only_reason = SESSION_ONLY
        return False
    _session_only_reason = None
    return True


def delete_token() -> None:
    """Forget the key: this session's copy and the one in the system keyring."""
    global session_token, _session_only_reason
    session_token = None
    _session_only_reason = None
    if not _backend_is_usable():
        return
    try:
        keyring.delete_password(SERVICE, USERNAME)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was stored: forgetting it is already done
    except keyring.errors.KeyringError as exc:
        log.info("the system keyring cannot delete the key: %s", type(exc).__name__)


def keyring_status() -> str:
    """Where the key is kept, as a plain description for Settings and ``storyreel login``."""
    if os.environ.get(ENV_VAR, "").strip():
        return FROM_ENVIRONMENT
    if _session_only_reason and session_token:
        return _session_only_reason
    if not _backend_is_usable():
        return SESSION_ONLY
    return STORED if get_token() else NOT_SET


def redact(text: str, *secrets: str | None) -> str:
    """``text`` without any API key this process knows (plus ``secrets``) or Bearer token."""
    if not text:
        return text
    known = set(_seen)
    env = os.environ.get(ENV_VAR, "").strip()
    for value in (env, session_token, *secrets):
        if value and len(value) >= _MIN_SECRET_LENGTH:
            known.add(value)
    # Longest first, so that a key containing another is removed whole.
    for value in sorted(known, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
    return _AUTH_HEADER.sub(lambda m: m.group(1) + REDACTED, text)


class RedactingFilter(logging.Filter):
    """A logging filter that takes API keys out of every record, arguments and tracebacks too."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error path
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


__all__ = [
    "ENV_VAR",
    "REDACTED",
    "RedactingFilter",
    "SERVICE",
    "USERNAME",
    "delete_token",
    "get_token",
    "keyring_status",
    "redact",
    "session_token",
    "set_token",
]
