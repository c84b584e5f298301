"""httpx clients that keep no cookie, and the Bearer header only for the API's own origin."""

from __future__ import annotations

from collections.abc import Generator
from http.cookiejar import DefaultCookiePolicy

import httpx


class HostBearer(httpx.Auth):
    """Adds the Bearer header only to requests for the API base's own origin."""

    def __init__(self, token: str, origin: tuple[str, str, int | None]) -> None:
        self._token = token
        self._origin = origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url = request.url
        if (url.scheme, url.host, url.port) == self._origin:
            request.headers["Authorization"] = f"Bearer {self._token}"
        else:
            request.headers.pop("Authorization", None)
        yield request

    def __repr__(self) -> str:
        return f"<bearer for {self._origin[0]}://{self._origin[1]}>"


class _NoCookies(httpx.Cookies):
    """A cookie store that keeps nothing: neither RunComfy's API nor its CDN needs a cookie,
    and none may travel from one host to another.

    Its jar refuses every cookie (an empty allow-list), and answers are not even looked at
    for cookies: httpx builds urllib request and response stand-ins for every answer to
    offer them to the jar, about a tenth of the CPU a small API call costs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.jar.set_policy(DefaultCookiePolicy(allowed_domains=[]))

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _Cookieless:
    """The ``cookies`` of an httpx client, replaced by a store that keeps nothing."""

    @property
    def cookies(self) -> httpx.Cookies:
        store = self.__dict__.get("_no_cookies")
        if store is None:
            store = self.__dict__["_no_cookies"] = _NoCookies()
        return store

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        """Cookies handed to the client are dropped: it keeps none."""


class CookielessAsyncClient(_Cookieless, httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that never keeps or sends a cookie (see ``_NoCookies``)."""


class CookielessClient(_Cookieless, httpx.Client):
    """An ``httpx.Client`` that never keeps or sends a cookie (see ``_NoCookies``)."""
