"""A clip's whole verdict for one field: what it is, every row, and the fix when one helps.
What a drop zone shows, computed in one call off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.catalogue import Field
from app.core.media.checks import check_media
from app.core.media.fixes import MediaFix, plan_fix
from app.core.media.kinds import MediaKind
from app.core.media.probe import MediaInfo, probe_media
from app.core.validation import Check, Problem


@dataclass(frozen=True)
class Verdict:
    info: MediaInfo
    checks: tuple[Check, ...]
    fix: MediaFix | None
    inline: bool  # a local file, sent inline (a URL is fetched by the server itself)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def problems(self, field: Field, item: int | None = None) -> list[Problem]:
        return [
            Problem(field.name, c.rule, c.message, c.actual, c.limit, item=item)
            for c in self.checks
            if not c.passed
        ]


def kind_of(field: Field) -> MediaKind:
    return MediaKind.VIDEO if field.is_video else MediaKind.AUDIO


def judge(field: Field, path: Path, *, inline: bool) -> Verdict:
    """Probe ``path`` and judge it against ``field``; MediaError when it cannot be read."""
    info = probe_media(path, kind_of(field))
    checks = tuple(check_media(field, info, inline=inline))
    fix = plan_fix(field, info, inline=inline) if any(not c.passed for c in checks) else None
    return Verdict(info, checks, fix, inline)
