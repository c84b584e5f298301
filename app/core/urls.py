"""Which URLs Storyreel may fetch, and which hosts are this computer. No network here."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


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


def image_url_refusal(url: str) -> str | None:
    """Why a URL may not be fetched, or None when it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return f"'{url}' is not a valid URL."
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and not host:
        return f"'{url}' has no host name."
    if scheme not in ("http", "https"):
        shown = f"{scheme} URLs" if scheme else "URLs without a scheme"
        return f"Storyreel fetches only https URLs, not {shown} ('{url}')."
    if parts.username is not None or parts.password is not None:
        return f"Storyreel does not fetch URLs that carry a user name or password ('{url}')."
    if scheme == "http" and not is_loopback_host(host):
        return (
            f"Storyreel fetches only https URLs; plain http is allowed only on this "
            f"computer ('{url}')."
        )
    return None


def is_allowed_image_url(url: str) -> bool:
    """Whether :func:`fetch_image` would fetch this URL: https, or http to this computer."""
    return image_url_refusal(url) is None
