"""Where the API key lives, what happens without a keyring, and how it is kept out of text."""

from __future__ import annotations

import logging

import keyring
import keyring.backend
import keyring.errors
import pytest

from app.api import secrets

KEY = "rc-live-0123456789abcdefghij"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (the OS one is not for tests)."""

    priority = 1

    def __init__(self, locked: bool = False) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.locked = locked

    def get_password(self, service, username):
        if self.locked:
            raise keyring.errors.KeyringLocked("the collection is locked")
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        if self.locked:
            raise keyring.errors.KeyringLocked("the collection is locked")
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.passwords[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_environment_comes_first(monkeypatch, memory_keyring):
    memory_keyring.passwords[(secrets.SERVICE, secrets.USERNAME)] = "stored-key-abcdef"
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", f"  {KEY}\n")
    assert secrets.get_token() == KEY
    assert secrets.keyring_status() == "taken from the RUNCOMFY_API_TOKEN environment variable"


def test_without_a_keyring_the_key_is_kept_for_this_session_only():
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.null"
    assert secrets.get_token() is None
    assert secrets.keyring_status() == (
        "no system keyring available: the key is kept for this session only"
    )
    assert secrets.set_token(KEY) is False
    assert secrets.get_token() == KEY
    assert secrets.keyring_status() == (
        "no system keyring available: the key is kept for this session only"
    )
    secrets.delete_token()
    assert secrets.get_token() is None


def test_a_system_keyring_stores_reads_and_forgets_the_key(memory_keyring):
    assert secrets.keyring_status() == "no API key is set"
    assert secrets.set_token(KEY) is True
    assert memory_keyring.passwords == {("Storyreel", "runcomfy-api-key"): KEY}
    assert secrets.keyring_status() == "stored in the system keyring"
    secrets.session_token = None  # as in a new session
    assert secrets.get_token() == KEY
    secrets.delete_token()
    assert memory_keyring.passwords == {}
    assert secrets.get_token() is None
    secrets.delete_token()  # forgetting twice is fine


def test_a_locked_keyring_keeps_the_key_for_the_session(memory_keyring):
    memory_keyring.locked = True
    assert secrets.set_token(KEY) is False
    assert "locked" in secrets.keyring_status()
    assert "this session only" in secrets.keyring_status()
    assert secrets.get_token() == KEY


def test_an_empty_key_is_refused():
    with pytest.raises(ValueError, match="empty"):
        secrets.set_token("   ")


def test_redact_removes_known_keys_and_bearer_tokens(monkeypatch):
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", KEY)
    secrets.get_token()
    text = (
        f"url?token={KEY} Authorization: Bearer abcdefghijkl123 "
        f"'authorization': 'xyz-secret-99' and again {KEY}"
    )
    cleaned = secrets.redact(text)
    assert KEY not in cleaned
    assert "abcdefghijkl123" not in cleaned and "xyz-secret-99" not in cleaned
    assert cleaned.count("[redacted]") == 4
    assert secrets.redact("nothing to hide here") == "nothing to hide here"
    assert "other-secret-value" not in secrets.redact("x other-secret-value", "other-secret-value")


def test_the_logging_filter_redacts_messages_arguments_and_tracebacks(monkeypatch, caplog):
    secrets.set_token(KEY)
    logger = logging.getLogger("storyreel.test.redaction")
    handler_filter = secrets.RedactingFilter()
    caplog.handler.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.info("sending with key %s", KEY)
            try:
                raise RuntimeError(f"failed for Bearer {KEY}")
            except RuntimeError:
                logger.exception("it broke")
    finally:
        caplog.handler.removeFilter(handler_filter)
    assert KEY not in caplog.text
    assert "sending with key [redacted]" in caplog.text
    assert "failed for Bearer [redacted]" in caplog.text


OTHER = "https://model-api-staging.example.com"
OTHER_KEY = "rc-staging-9876543210zyxwvu"


def test_each_api_base_has_its_own_key_and_the_default_keeps_its_old_name(memory_keyring):
    # A key stored by an earlier Storyreel, under the one name it used, still works.
    memory_keyring.passwords[("Storyreel", "runcomfy-api-key")] = KEY
    assert secrets.get_token() == KEY
    assert secrets.get_token("https://model-api.runcomfy.net/") == KEY
    assert secrets.get_token(OTHER) is None

    assert secrets.set_token(OTHER_KEY, OTHER + "/") is True
    assert memory_keyring.passwords == {
        ("Storyreel", "runcomfy-api-key"): KEY,
        ("Storyreel", f"runcomfy-api-key@{OTHER}"): OTHER_KEY,
    }
    assert secrets.get_token(OTHER) == OTHER_KEY
    assert secrets.get_token() == KEY
    assert secrets.keyring_status(OTHER) == "stored in the system keyring"

    secrets.delete_token(OTHER)
    assert secrets.get_token(OTHER) is None
    assert secrets.get_token() == KEY
    assert secrets.keyring_status(OTHER) == "no API key is set"


def test_the_environment_key_belongs_to_the_environment_base_only(monkeypatch):
    monkeypatch.setenv("RUNCOMFY_API_TOKEN", KEY)
    assert secrets.get_token() == KEY
    assert secrets.get_token(OTHER) is None
    monkeypatch.setenv("RUNCOMFY_API_BASE", OTHER)
    assert secrets.get_token(OTHER) == KEY
    assert secrets.get_token() is None
    assert secrets.keyring_status(OTHER).startswith("taken from the RUNCOMFY_API_TOKEN")
    # Whichever base it is for, it is never shown.
    assert secrets.redact(f"echo {KEY}") == "echo [redacted]"


def test_without_a_keyring_the_session_keeps_one_key_per_base():
    assert secrets.set_token(KEY) is False
    assert secrets.set_token(OTHER_KEY, OTHER) is False
    assert secrets.get_token() == KEY
    assert secrets.get_token(OTHER) == OTHER_KEY
    assert "this session only" in secrets.keyring_status(OTHER)
    secrets.delete_token()
    assert secrets.get_token() is None
    assert secrets.get_token(OTHER) == OTHER_KEY


def test_the_log_filter_strips_escape_sequences_too(caplog):
    secrets.set_token(KEY)
    logger = logging.getLogger("storyreel.test.escapes")
    handler_filter = secrets.RedactingFilter()
    caplog.handler.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.warning("server said: %s", f"\x1b]0;pwned\x07\x1b[2Jtoken {KEY} refused")
    finally:
        caplog.handler.removeFilter(handler_filter)
    assert "\x1b" not in caplog.text and KEY not in caplog.text
    assert "server said: token [redacted] refused" in caplog.text
