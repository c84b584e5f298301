"""The simulator's output host, on its own port as RunComfy's CDN is another host:
``GET /outputs/{request_id}/output.mp4``, no authentication, ``Range`` requests answered with
206 so that a broken download can resume; download faults (slow, truncated) acted out here.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app.sim.contract import OUTPUT_PATH, LoggedRequest
from app.sim.faults import DOWNLOAD_KINDS, REQUEST_KINDS, Fault, FaultKind
from app.sim.httpd import Handler


class RangeNotSatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) byte of a single ``Range: bytes=`` header; None to send everything.

    A header Storyreel cannot use (several ranges, another unit, nonsense) is ignored, as
    RFC 9110 allows; a range wholly past the end raises :class:`RangeNotSatisfiable`.
    """
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if not match or match.group(1) == match.group(2) == "":
        return None
    first_text, last_text = match.groups()
    if first_text == "":
        suffix = int(last_text)
        if suffix == 0:
            raise RangeNotSatisfiable
        return max(0, size - suffix), size - 1
    first = int(first_text)
    if last_text and int(last_text) < first:
        return None
    if first >= size:
        raise RangeNotSatisfiable
    last = int(last_text) if last_text else size - 1
    return first, min(last, size - 1)


class CdnHandler(Handler):
    role = "cdn"

    def do_GET(self) -> None:
        self.serve_output()

    def do_HEAD(self) -> None:
        self.serve_output()

    def do_POST(self) -> None:
        self.refuse_method()

    def do_PUT(self) -> None:
        self.refuse_method()

    def do_DELETE(self) -> None:
        self.refuse_method()

    def refuse_method(self) -> None:
        self.sim._record("cdn", LoggedRequest(self.command, self.path, self.logged_headers()))
        self.close_connection = True
        self.send_body(405, b"Method not allowed.\n", "text/plain", [("Allow", "GET, HEAD")])

    def serve_output(self) -> None:
        sim = self.sim
        match = OUTPUT_PATH.fullmatch(unquote(urlsplit(self.path).path))
        request_id = match["id"] if match else None
        sim._record(
            "cdn",
            LoggedRequest(
                self.command, self.path, self.logged_headers(), "download", request_id=request_id
            ),
        )
        fault = sim.cdn_faults.take("download", REQUEST_KINDS | DOWNLOAD_KINDS)
        if fault is not None and fault.kind in REQUEST_KINDS:
            if self.apply_request_fault(fault):
                return
            fault = None
        path = sim.output_file(match["id"], match["name"]) if match else None
        if path is None or not path.is_file():
            self.send_body(404, b"Not found.\n", "text/plain")
            return
        stat = path.stat()
        size = stat.st_size
        etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
        headers = [
            ("Accept-Ranges", "bytes"),
            ("ETag", etag),
            ("Last-Modified", self.date_time_string(int(stat.st_mtime))),
        ]
        range_header = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if if_range is not None and if_range.strip() != etag:
            range_header = None  # the file changed since the client's first part
        try:
            wanted = parse_range(range_header, size)
        except RangeNotSatisfiable:
            self.send_body(416, b"", "video/mp4", [("Content-Range", f"bytes */{size}"), *headers])
            return
        first, last = wanted if wanted is not None else (0, size - 1)
        length = last - first + 1
        self.send_response(206 if wanted is not None else 200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(length))
        if wanted is not None:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        self.send_file(path, first, length, fault)

    def send_file(self, path: Path, first: int, length: int, fault: Fault | None) -> None:
        if fault is not None and fault.kind is FaultKind.TRUNCATE_DOWNLOAD:
            length //= 2
            self.close_connection = True
        chunk_size, pause = 1 << 16, 0.0
        if fault is not None and fault.kind is FaultKind.SLOW_DOWNLOAD:
            # Ten small sends a second approximate the asked-for pace.
            chunk_size = max(1, fault.bytes_per_second // 10)
            pause = chunk_size / fault.bytes_per_second
        try:
            with path.open("rb") as source:
                source.seek(first)
                remaining = length
                while remaining > 0:
                    chunk = source.read(min(chunk_size, remaining))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    remaining -= len(chunk)
                    if pause and remaining and self.sim._stopping.wait(pause):
                        self.close_connection = True
                        return
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
