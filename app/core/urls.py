"""Which URLs Storyreel may fetch, and which hosts are this computer. No network here."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.core.errors import InvalidApiBase
from app.core.wording import QT_TRANSLATE_NOOP


def is_loopback_host(host: str | None) -> bool:
    """Whether a URL host is this computer: localhost, 127.0.0.0/8 or ::1."""
    if not host:
        return False
    name = host.strip().lower().rstrip(".")
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


# Browsers and servers commonly stop at 8 KB; an image address is far shorter than that.
MAX_URL_LENGTH = 8192
_SHOWN_CHARACTERS = 80


def shown_url(url: str) -> str:
    """The URL as a message can quote it: control characters escaped, long ones shortened."""
    text = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in url
    )
    if len(text) > _SHOWN_CHARACTERS:
        text = text[: _SHOWN_CHARACTERS - 1] + "…"
    return text


def url_problem(url: str) -> str | None:
    """Why this text cannot be a web address at all, or None when it can be one.

    The rule for every URL a user gives (a field value, a drop, a storyboard), checked
    before anything parses or fetches it; the message quotes the URL shortened.
    """
    if len(url) > MAX_URL_LENGTH:
        return (
            f"The URL '{shown_url(url)}' is {len(url):,} characters long; Storyreel takes URLs "
            f"of at most {MAX_URL_LENGTH:,} characters. Use the image's own address, or save "
            "the image and use the file."
        )
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        return (
            f"The URL '{shown_url(url)}' contains a space, a line break or another invisible "
            "character, which web addresses cannot contain. Copy the address again (a space "
            "is written %20)."
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return f"'{shown_url(url)}' is not a valid URL."
    if parts.scheme.lower() in ("http", "https") and not host:
        return f"'{shown_url(url)}' has no host name."
    return None


def image_url_refusal(url: str) -> str | None:
    """Why a URL may not be fetched, or None when it may."""
    problem = url_problem(url)
    if problem is not None:
        return problem
    parts = urlsplit(url)
    host = parts.hostname
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme} URLs" if scheme else "URLs without a scheme"
        return f"Storyreel fetches only https URLs, not {shown} ('{shown_url(url)}')."
    if parts.username is not None or parts.password is not None:
        return (
            "Storyreel does not fetch URLs that carry a user name or password "
            f"('{shown_url(url)}')."
        )
    if scheme == "http" and not is_loopback_host(host):
        return (
            f"Storyreel fetches only https URLs; plain http is allowed only on this "
            f"computer ('{shown_url(url)}')."
        )
    return None


def is_allowed_image_url(url: str) -> bool:
    """Whether :func:`fetch_image` would fetch this URL: https, or http to this computer."""
    return image_url_refusal(url) is None


def check_api_base(api_base: str) -> str:
    """The API base without a trailing slash; raises :class:`InvalidApiBase` when unsafe."""
    parts = urlsplit(api_base.strip())
    secure = parts.scheme == "https" and bool(parts.hostname)
    local = parts.scheme == "http" and is_loopback_host(parts.hostname)
    if not (secure or local):
        raise InvalidApiBase.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The API address '{address}' cannot be used: it must start with https:// "
                "(plain http is only allowed for this computer, such as http://127.0.0.1:8000).",
            ),
            address=api_base,
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidApiBase.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The API address '{address}' cannot be used: it must not contain a user name, "
                "a password, a query or a fragment.",
            ),
            address=api_base,
        )
    return api_base.strip().rstrip("/")
