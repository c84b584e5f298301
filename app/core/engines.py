"""The engines a job can run on, and what each one means for the user.

The values are stored: in the job database (``jobs.engine``), in board files (a shot's
``clip_engine``) and in the settings (``engine``). They never change.

* ``RUNCOMFY``: RunComfy's Model API. Paid; the server keeps a job after Storyreel closes, so
  an unfinished job is followed again on the next start.
* ``OFFLINE``: the free offline preview engine, embedded in Storyreel. It renders a motion
  sketch of the user's own frames, and it stops (with whatever it held) when Storyreel closes.
"""

from __future__ import annotations

import enum


class EngineKind(enum.StrEnum):
    RUNCOMFY = "runcomfy"
    OFFLINE = "offline"

    @property
    def paid(self) -> bool:
        """Each job costs money: its live price is read before it is sent."""
        return self is EngineKind.RUNCOMFY

    @property
    def label(self) -> str:
        """Its name as the user sees it."""
        return _LABELS[self]

    @property
    def maker(self) -> str:
        """Who makes the video, as the subject of a sentence."""
        return _MAKERS[self]

    @property
    def survives_restart(self) -> bool:
        """Its jobs (and their outputs) are still there after Storyreel closes and starts again."""
        return self is EngineKind.RUNCOMFY

    @property
    def keeps_history(self) -> bool:
        """Its videos are also in the user's generation history on the provider's site."""
        return self is EngineKind.RUNCOMFY

    @classmethod
    def parse(cls, value: str | None, default: EngineKind | None = None) -> EngineKind:
        """The kind named by a stored ``value``; ``default`` (or a ValueError with a clear
        message) for anything else."""
        try:
            if value is None:
                raise ValueError(value)
            return cls(value)
        except ValueError:
            if default is not None:
                return default
            names = " or ".join(repr(kind.value) for kind in cls)
            raise ValueError(f"Unknown engine {value!r}: use {names}.") from None


_LABELS = {EngineKind.RUNCOMFY: "RunComfy", EngineKind.OFFLINE: "Offline preview"}
_MAKERS = {EngineKind.RUNCOMFY: "RunComfy", EngineKind.OFFLINE: "The offline preview engine"}

RUNCOMFY = EngineKind.RUNCOMFY
OFFLINE = EngineKind.OFFLINE
ENGINES = tuple(EngineKind)

__all__ = ["ENGINES", "OFFLINE", "RUNCOMFY", "EngineKind"]
