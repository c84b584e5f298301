"""Storyreel's HTTP clients keep no cookie, even one handed to them directly."""

from __future__ import annotations

import httpx

from app.api.client import CookielessClient


def test_cookies_handed_to_a_client_are_dropped_and_never_sent():
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Cookie"))
        return httpx.Response(200, headers={"Set-Cookie": "tracker=1; Path=/"}, text="ok")

    with CookielessClient(transport=httpx.MockTransport(answer)) as client:
        client.cookies = {"session": "abc"}
        client.get("https://api.runcomfy.net/v1/models")
        client.get("https://api.runcomfy.net/v1/models")

    assert seen == [None, None]
    assert len(client.cookies) == 0
