"""The wire under the downloader: an httpx transport on the standard library's ``http.client``.

httpx's own HTTP/1.1 stack reads the socket 64 KB at a time and copies every byte through its
parser; on loopback that reaches about half of curl's throughput, while ``http.client`` reads
up to ``read_size`` bytes from the socket straight into each chunk and keeps up with curl. The
transport speaks HTTP/1.1 on one connection per request (downloads are few and large, so
pooling would buy nothing), verifies TLS with httpx's certificate bundle, and raises httpx's
exceptions, so the retry policy and the downloader treat its failures exactly as httpx's own.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
from collections.abc import Iterator

import httpx


def as_httpx_error(exc: Exception, request: httpx.Request, *, connecting: bool) -> Exception:
    """The httpx exception for a standard-library failure, so retries treat it as httpx's."""
    kind: type[httpx.TransportError]
    if isinstance(exc, TimeoutError):
        kind = httpx.ConnectTimeout if connecting else httpx.ReadTimeout
    elif isinstance(exc, http.client.HTTPException):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, OSError):
        kind = httpx.ConnectError if connecting else httpx.ReadError
    else:
        return exc
    return kind(f"{type(exc).__name__}: {exc}", request=request)


# Not an httpx error on purpose: the retrying transport must not retry a closed transport.
CLOSED = "The downloader is closed; it starts no more transfers."


class WireTransport(httpx.BaseTransport):
    """HTTP/1.1 through the standard library's ``http.client``, one connection per request.

    Only what a download needs (see the module docstring for why it exists): no proxies, no
    pooling, no HTTP/2. ``close()`` aborts the connections still open, so that a worker blocked
    on a read wakes at once instead of after the read time-out.
    """

    def __init__(self, read_size: int) -> None:
        self._read_size = read_size
        self._lock = threading.Lock()
        self._open: set[http.client.HTTPConnection] = set()
        self._tls_context: ssl.SSLContext | None = None
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        connection = self._connect(request)
        try:
            connection.putrequest(
                request.method,
                request.url.raw_path.decode("ascii"),
                skip_host=True,
                skip_accept_encoding=True,
            )
            for name, value in request.headers.raw:
                connection.putheader(name, value)
            connection.endheaders(request.read() or None)
            answer = connection.getresponse()
        except Exception as exc:
            self.discard(connection)
            raise as_httpx_error(exc, request, connecting=False) from None
        return httpx.Response(
            answer.status,
            headers=answer.getheaders(),
            stream=WireBody(self, connection, answer, request, self._read_size),
            extensions={
                "http_version": b"HTTP/1.1" if answer.version == 11 else b"HTTP/1.0",
                "reason_phrase": answer.reason.encode("latin-1", "replace"),
            },
        )

    def close(self) -> None:
        """Refuse new requests and shut the open connections, waking any read blocked on one."""
        with self._lock:
            self._closed = True
            for connection in self._open:
                if connection.sock is not None:
                    with contextlib.suppress(OSError):
                        connection.sock.shutdown(socket.SHUT_RDWR)

    def _connect(self, request: httpx.Request) -> http.client.HTTPConnection:
        if self._closed:
            raise RuntimeError(CLOSED)
        url = request.url
        timeouts = request.extensions.get("timeout", {})
        connection: http.client.HTTPConnection
        if url.scheme == "https":
            connection = http.client.HTTPSConnection(
                url.host, url.port, timeout=timeouts.get("connect"), context=self._tls()
            )
        elif url.scheme == "http":
            connection = http.client.HTTPConnection(
                url.host, url.port, timeout=timeouts.get("connect")
            )
        else:
            raise httpx.UnsupportedProtocol(
                f"The address {url} is neither http nor https.", request=request
            )
        try:
            connection.connect()
            connection.sock.settimeout(timeouts.get("read"))
        except Exception as exc:
            connection.close()
            raise as_httpx_error(exc, request, connecting=True) from None
        with self._lock:
            if self._closed:
                connection.close()
                raise RuntimeError(CLOSED)
            self._open.add(connection)
        return connection

    def _tls(self) -> ssl.SSLContext:
        with self._lock:
            if self._tls_context is None:
                # httpx's certificate bundle, as for every other request Storyreel makes, so
                # that trust does not depend on the operating system's store.
                self._tls_context = httpx.create_ssl_context(trust_env=False)
            return self._tls_context

    def discard(self, connection: http.client.HTTPConnection) -> None:
        """Close one connection and stop tracking it (a finished or failed request)."""
        with self._lock:
            self._open.discard(connection)
        connection.close()


class WireBody(httpx.SyncByteStream):
    """A response body as it comes off the socket, in chunks of up to ``read_size`` bytes."""

    def __init__(
        self,
        transport: WireTransport,
        connection: http.client.HTTPConnection,
        answer: http.client.HTTPResponse,
        request: httpx.Request,
        read_size: int,
    ) -> None:
        self._transport = transport
        self._connection = connection
        self._answer = answer
        self._request = request
        self._read_size = read_size

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                # One socket read at most: a slow server still yields each piece as it arrives,
                # so the downloader sees its stop flag between them.
                chunk = self._answer.read1(self._read_size)
            except Exception as exc:
                raise as_httpx_error(exc, self._request, connecting=False) from None
            if not chunk:
                return
            yield chunk

    def close(self) -> None:
        self._transport.discard(self._connection)
