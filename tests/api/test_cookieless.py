"""Storyreel's HTTP clients keep no cookie, even one handed to them directly, and send the key
to the API base's own origin and to exactly one more URL, RunComfy's account balance."""

from __future__ import annotations

import httpx
from api_support import TOKEN

from app.api.balance import RUNCOMFY_BALANCE_URL, balance_url, key_targets
from app.api.client import CookielessClient
from app.api.cookieless import HostBearer


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


def test_the_balance_host_is_the_only_extra_host_that_ever_gets_the_key():
    origin = ("https", "model-api.runcomfy.net", None)
    bearer = HostBearer(TOKEN, origin, key_targets("https://model-api.runcomfy.net"))
    allowed = [
        "https://model-api.runcomfy.net/v1/models/a/b",
        RUNCOMFY_BALANCE_URL,
    ]
    refused = [
        "https://api.runcomfy.net/prod/v2/balance?to=elsewhere",
        "https://api.runcomfy.net/prod/v2/other",
        "https://api.runcomfy.net/v1/models/a/b",
        "http://api.runcomfy.net/prod/v2/balance",
        "https://api.runcomfy.net:8443/prod/v2/balance",
        "https://evil.runcomfy.net/prod/v2/balance",
        "https://api.runcomfy.net.example.com/prod/v2/balance",
        "https://playgrounds-storage-public.runcomfy.net/prod/v2/balance",
    ]
    for url in allowed:
        assert bearer.allows(httpx.URL(url)), url
    for url in refused:
        assert not bearer.allows(httpx.URL(url)), url
    # Another API base never sends its key to RunComfy's balance host.
    int_base = "https://model-api-int.runcomfy.net"
    other = HostBearer(TOKEN, ("https", "model-api-int.runcomfy.net", None), key_targets(int_base))
    assert not other.allows(httpx.URL(RUNCOMFY_BALANCE_URL))
    assert balance_url("https://model-api-int.runcomfy.net") is None


def test_requests_carry_the_key_to_the_balance_url_and_nowhere_else_on_its_host():
    seen: dict[str, str | None] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        seen[str(request.url)] = request.headers.get("Authorization")
        return httpx.Response(200, json={"balance_usd": 1.0, "currency": "USD"})

    base = "https://model-api.runcomfy.net"
    bearer = HostBearer(TOKEN, ("https", "model-api.runcomfy.net", None), key_targets(base))
    other = "https://api.runcomfy.net/prod/v2/other"
    with CookielessClient(auth=bearer, transport=httpx.MockTransport(answer)) as client:
        for url in (RUNCOMFY_BALANCE_URL, other, f"{base}/v1/models/a/b"):
            client.get(url, headers={"Authorization": "Bearer smuggled"})
    assert seen == {
        RUNCOMFY_BALANCE_URL: f"Bearer {TOKEN}",
        other: None,
        f"{base}/v1/models/a/b": f"Bearer {TOKEN}",
    }
