"""The history's search: what the user asks for (words of the prompt, a model, a date range,
states, starred), checked and turned into what the job store runs.

No SQL here and no Qt: :class:`HistoryQuery` is the question, :func:`search_words` the
words it searches for (each a prefix: "harb" finds "harbour"), :func:`parse_day` a date as
people type it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.core.errors import UsageError
from app.core.jobs import JobState
from app.core.wording import QT_TRANSLATE_NOOP

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class HistoryQuery:
    """Jobs whose prompt holds every word of ``words`` (as a prefix, any case), of
    ``model_id`` when given, created from ``since`` up to (not including) ``until`` (epoch
    seconds), in one of ``states`` when given, and starred when ``starred``."""

    words: str = ""
    model_id: str | None = None
    since: float | None = None
    until: float | None = None
    states: frozenset[JobState] | None = None
    starred: bool = False

    @property
    def empty(self) -> bool:
        return self == HistoryQuery()


def search_words(text: str) -> list[str]:
    """The words of a search, lower case, without punctuation (quotes, stars, dashes)."""
    return [w.casefold() for w in _WORD.findall(text)]


def parse_day(text: str, *, end: bool = False) -> float:
    """A day typed as YYYY-MM-DD, as epoch seconds at its start in local time (at the start
    of the next day with ``end``, so that a range "to" a day includes all of it)."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{text}' is not a date: write it as year-month-day, for example 2026-03-31.",
            ),
            text=text,
        ) from None
    if end:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time()).timestamp()


def parse_states(texts: list[str]) -> frozenset[JobState]:
    """States named on the command line ("succeeded", "failed"…)."""
    states = set()
    for text in texts:
        try:
            states.add(JobState(text.strip().lower()))
        except ValueError:
            known = ", ".join(s.value for s in JobState)
            raise UsageError.said(
                QT_TRANSLATE_NOOP("Errors", "'{text}' is not a job state; choose from {known}."),
                text=text,
                known=known,
            ) from None
    return frozenset(states)


__all__ = ["HistoryQuery", "parse_day", "parse_states", "search_words"]
