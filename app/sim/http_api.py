"""The simulator's API routes: submit, model info, status, result and cancel, as RunComfy's
Model API answers them, and the account balance (see ``app.sim.contract``)."""

from __future__ import annotations

import hmac
import json
from urllib.parse import parse_qs, unquote, urlsplit

from app.core.catalogue import Model
from app.sim.contract import (
    BALANCE_PATH,
    CODE_ACCOUNT,
    CODE_INVALID_ID,
    CODE_NOT_FOUND,
    REQUEST_ID_PATTERN,
    STATUS_PATH,
    LoggedRequest,
    Rejected,
)
from app.sim.faults import REQUEST_KINDS, FaultKind
from app.sim.httpd import Handler


class ApiHandler(Handler):
    role = "api"

    def do_GET(self) -> None:
        self.handle_api("GET")

    def do_POST(self) -> None:
        self.handle_api("POST")

    def do_PUT(self) -> None:
        self.handle_api("PUT")

    def do_DELETE(self) -> None:
        self.handle_api("DELETE")

    def do_PATCH(self) -> None:
        self.handle_api("PATCH")

    def handle_api(self, method: str) -> None:
        sim = self.sim
        url = urlsplit(self.path)
        path = unquote(url.path)
        kind, subject, allowed = route(method, path)
        is_model = kind in ("submit", "model")
        sim._record(
            "api",
            LoggedRequest(
                method,
                self.path,
                self.logged_headers(),
                kind,
                request_id=None if is_model else subject,
                model_id=subject if is_model else None,
            ),
        )
        try:
            body = self.read_body()
            if self.apply_request_fault(sim.api_faults.take(kind, REQUEST_KINDS)):
                return
            self.check_token()
            if kind is None:
                raise Rejected(404, 404, f"There is no endpoint {method} {url.path}.")
            if method != allowed:
                raise Rejected(405, 405, f"{url.path} takes {allowed}, not {method}.")
            assert subject is not None
            if kind in ("catalogue", "categories"):
                self.catalogue_page(kind, parse_qs(url.query))
            elif kind == "submit":
                self.submit(subject, body)
            elif kind == "model":
                self.send_json(200, sim.model_info(self.known_model(subject).model_id))
            elif kind == "balance":
                self.send_json(200, {"balance_usd": sim.balance(), "currency": "USD"})
            else:
                request_id = self.known_request(subject)
                if kind == "status":
                    self.send_json(200, sim.status_answer(request_id))
                elif kind == "result":
                    flag = parse_qs(url.query).get("include_cost", [""])[-1].lower()
                    include_cost = flag in ("true", "1", "yes")
                    self.send_json(200, sim.result_answer(request_id, include_cost))
                else:
                    outcome, status = sim.cancel(request_id)
                    self.send_json(
                        202, {"request_id": request_id, "status": status, "outcome": outcome}
                    )
        except Rejected as rejected:
            headers = [("Allow", allowed)] if rejected.status == 405 and allowed else []
            self.send_error_body(
                rejected.status, rejected.code, rejected.message, headers, rejected.problems
            )

    def catalogue_page(self, kind: str, query: dict[str, list[str]]) -> None:
        """``GET /v1/models`` (one page) or ``GET /v1/models/categories``."""
        listing = self.sim.listing
        if kind == "categories":
            self.send_json(200, {"categories": listing.categories()})
            return
        given = {key: values[-1] for key, values in query.items()}
        try:
            offset = int(given.get("offset") or 0)
        except ValueError:
            offset = -1
        failure = listing.failure_for(offset)
        if failure is not None:
            raise Rejected(failure, failure, "The catalogue is not available right now.")
        try:
            page = listing.page(given)
        except ValueError as exc:
            raise Rejected(400, 400, str(exc)) from None
        self.send_json(200, page)

    def check_token(self) -> None:
        scheme, _, given = self.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise Rejected(
                401,
                CODE_ACCOUNT,
                "No API token was sent: every call needs 'Authorization: Bearer <token>'.",
            )
        if not hmac.compare_digest(given.strip().encode(), self.sim.token.encode()):
            raise Rejected(401, CODE_ACCOUNT, "The API token is not valid for this server.")

    def known_model(self, model_id: str) -> Model:
        if model_id not in self.sim.catalogue:
            raise Rejected(400, CODE_INVALID_ID, f"Unknown model id '{model_id}'.")
        return self.sim.catalogue.get(model_id)

    def known_request(self, request_id: str) -> str:
        if not REQUEST_ID_PATTERN.fullmatch(request_id):
            shown = request_id if len(request_id) <= 40 else request_id[:37] + "…"
            raise Rejected(
                400,
                CODE_INVALID_ID,
                f"'{shown}' is not a request id: ids are 1 to 128 letters, digits, '_' or '-'.",
            )
        if not self.sim.knows(request_id):
            raise Rejected(404, CODE_NOT_FOUND, f"There is no request {request_id} on this server.")
        return request_id

    def submit(self, model_id: str, body: bytes | None) -> None:
        model = self.known_model(model_id)
        if body is None:
            raise Rejected(
                413,
                413,
                "The request body is larger than 64 MiB, RunComfy's limit for one request; "
                "send large images as URLs.",
            )
        try:
            payload = json.loads(body or b"null")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise Rejected(400, 400, f"The request body is not valid JSON: {exc}.") from None
        if not isinstance(payload, dict):
            raise Rejected(400, 400, "The request body must be a JSON object of inputs.")
        job = self.sim._accept(model, payload)
        if self.sim.api_faults.take("submit", frozenset({FaultKind.LOSE_SUBMIT_ANSWER})):
            self.close_connection = True
            return
        self.send_json(200, {"request_id": job.request_id, **self.sim.urls(job.request_id)})


def route(method: str, path: str) -> tuple[str | None, str | None, str | None]:
    """(kind of request, model id or request id, the method the path takes)."""
    if path.rstrip("/") == "/v1/models":
        return "catalogue", "", "GET"
    if path.rstrip("/") == "/v1/models/categories":
        return "categories", "", "GET"
    if path.startswith("/v1/models/"):
        model_id = path[len("/v1/models/") :].strip("/")
        if method == "POST":
            return "submit", model_id, "POST"
        return "model", model_id, "GET"
    if path == BALANCE_PATH:
        return "balance", "", "GET"
    match = STATUS_PATH.fullmatch(path)
    if match:
        kind = match["kind"]
        return kind, match["id"], "POST" if kind == "cancel" else "GET"
    return None, None, None
