"""API keys, one per API base (see app.api.secrets): keeping, removing and testing them, and
the log and diagnostics, which never show one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.core.errors import StoryreelError
from app.ui.bridge.base import tr
from app.ui.bridge.catalogue import CatalogueCommands
from app.ui.bridge.money import MoneyCommands
from app.ui.error_text import error_text

log = logging.getLogger(__name__)

# A key check is a single read: give up quickly instead of retrying for a minute.
KEY_CHECK_ATTEMPTS = 2
KEY_CHECK_TOTAL_WAIT = 10.0


@dataclass(frozen=True)
class KeyState:
    """The key of one API base as Settings shows it: whether one is set, and where it is kept
    (a plain phrase, such as "stored in the system keyring")."""

    api_base: str
    present: bool
    where: str


@dataclass(frozen=True)
class KeyCheck:
    """The answer to "Test key": ``verdict`` is valid, refused, network or invalid_base."""

    verdict: str
    message: str

    @property
    def valid(self) -> bool:
        return self.verdict == "valid"


class KeyCommands(CatalogueCommands, MoneyCommands):
    """A key set or removed changes the list of models, the balance and the jobs that wait."""

    async def check_key(self, api_base: str, token: str) -> KeyCheck:
        """The read-only model call "Test key" makes: does RunComfy accept this key?"""
        from app.api.client import InvalidApiBase, RetryPolicy, RunComfyClient
        from app.core.errors import (
            ApiError,
            AuthError,
            InsufficientBalance,
            NetworkError,
            PriceUnavailable,
            RateLimited,
            ServerError,
        )

        model = self.catalogue.models()[0]
        named = model.display_name  # the model as the user knows it, in messages: not its id
        retry = RetryPolicy(attempts=KEY_CHECK_ATTEMPTS, total_wait=KEY_CHECK_TOTAL_WAIT)
        try:
            async with RunComfyClient(api_base, token, retry=retry) as client:
                await client.model_info(model.model_id)
        except InvalidApiBase as exc:
            return KeyCheck("invalid_base", error_text(exc))
        except AuthError:
            return KeyCheck(
                "refused",
                tr(
                    "RunComfy refused this key: it may be mistyped, expired or revoked. "
                    "Copy it again from your RunComfy profile."
                ),
            )
        except (PriceUnavailable, InsufficientBalance):
            # RunComfy answered for this account: the key itself is accepted.
            pass
        except (NetworkError, ServerError, RateLimited) as exc:
            return KeyCheck(
                "network",
                tr("RunComfy could not be reached, so the key is not checked yet: {reason}").format(
                    reason=error_text(exc).replace(model.model_id, named)
                ),
            )
        except ApiError as exc:
            return KeyCheck(
                "network",
                tr("The key could not be checked: {reason}").format(
                    reason=error_text(exc).replace(model.model_id, named)
                ),
            )
        return KeyCheck("valid", tr("The key works: RunComfy accepted it."))

    # -- API keys (one per API base; see app.api.secrets) --------------------------------

    def key_state(self, api_base: str) -> KeyState:
        """Whether ``api_base`` has a key, and where it is kept."""
        from app.api import secrets

        return KeyState(
            api_base, secrets.get_token(api_base) is not None, secrets.keyring_status(api_base)
        )

    def store_key(self, api_base: str, token: str) -> bool:
        """Keep ``token`` as the key of ``api_base``: True when the system keyring has it,
        False when only this session does (``key_state`` says why). Jobs that waited for it
        are picked up."""
        from app.api import secrets

        in_keyring = secrets.set_token(token, api_base)
        self.key_stored(self._current_base_has_key())
        return in_keyring

    def remove_key(self, api_base: str) -> None:
        from app.api import secrets

        secrets.delete_token(api_base)
        self.key_stored(self._current_base_has_key())

    def stored_key(self, api_base: str) -> str | None:
        """The key of ``api_base``, for "Test key" against that same base only."""
        from app.api import secrets

        return secrets.get_token(api_base)

    def refresh_key(self) -> bool:
        """Whether the current API base has a key (after the address changed), as ``has_key``."""
        present = self._current_base_has_key()
        if present != self.has_key:
            self.key_stored(present)
        return present

    def _current_base_has_key(self) -> bool:
        from app.api import secrets

        return secrets.get_token(self.settings.effective_api_base()) is not None

    def key_stored(self, present: bool) -> None:
        """A key was set or removed: ``present`` tells whether new jobs can go to RunComfy.
        Jobs waiting for a key are tried again (those whose base still has none wait on)."""
        self.has_key = present
        self.refresh_balance()
        if self.engine is not None:
            self.spawn(self._resume_waiting(), "resume jobs waiting for a key")
            self.refresh_catalogue()  # with a key, RunComfy's list; without, the preview's

    async def _resume_waiting(self) -> None:
        try:
            await self._engine().resume()
        except StoryreelError as exc:
            self.say_cannot_follow(exc)


# --- the log and the diagnostics report, which never show an API key (app.api.secrets) -------
def key_redacting_filter() -> logging.Filter:
    """A logging filter that takes every API key out of a record, tracebacks too."""
    from app.api.secrets import RedactingFilter  # keyring: only needed once called

    return RedactingFilter()


def key_whereabouts(api_base: str) -> str:
    """Where the key of ``api_base`` is kept, as a plain phrase (or that none is set)."""
    from app.api.secrets import keyring_status

    return keyring_status(api_base)


def without_keys(text: str) -> str:
    """``text`` with any API key this process knows (or any Bearer token) taken out."""
    from app.api.secrets import redact

    return redact(text)
