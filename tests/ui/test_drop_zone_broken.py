"""Drop zones with files cut short and URLs that trickle: a failing row, progress and Cancel."""

from __future__ import annotations

import http.server
import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl

from app.ui import workers
from app.ui.bridge import ImageFetch
from app.ui.images import DropZone

PRO = "bytedance/seedance-1-0/pro/image-to-video"
WAIT = 10_000


def zone_for(qtbot, catalogue) -> DropZone:
    zone = DropZone(catalogue.get(PRO).field("first_frame_image_url"))
    qtbot.addWidget(zone)
    zone.resize(320, 460)
    zone.show()
    return zone


def cut_file(folder: Path, name: str, fmt: str, kept: float = 0.5) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise((800, 600), 70).convert("RGB").save(buffer, fmt)
    data = buffer.getvalue()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data[: int(len(data) * kept)])
    return path


def shown_rows(zone: DropZone) -> list[list[str]]:
    """The rule rows as drawn: mark, label, actual, limit."""
    grid = zone.checks_grid
    return [
        [grid.itemAtPosition(row, column).widget().text() for column in range(4)]
        for row in range(grid.rowCount())
        if grid.itemAtPosition(row, 0) is not None
    ]


@pytest.mark.parametrize(("name", "fmt"), [("cut.jpg", "JPEG"), ("cut.png", "PNG")])
def test_a_file_cut_short_shows_a_failing_row_and_no_fix(
    qtbot, catalogue, tmp_path, dnd, name, fmt
):
    path = cut_file(tmp_path / "images", name, fmt)
    zone = zone_for(qtbot, catalogue)
    dnd.files(zone, path)
    qtbot.waitUntil(lambda: zone.state() == "invalid", timeout=WAIT)
    assert shown_rows(zone)[0] == ["✗", "Complete file", "cut short", "the whole file"]
    assert f"{name} is incomplete" in zone.status_label.text()
    assert "again from the original" in zone.reason()
    assert zone.fix_buttons == []  # nothing can repair it: the row says what to do instead
    assert [p.rule for p in zone.problems()][0] == "complete"


def test_a_cut_file_only_the_decoder_notices_gets_the_same_row(qtbot, catalogue, tmp_path, dnd):
    # An uncompressed TIFF has no end marker: its header passes, the thumbnail's decode fails.
    path = cut_file(tmp_path / "images", "scan.tif", "TIFF")
    zone = zone_for(qtbot, catalogue)
    dnd.files(zone, path)
    qtbot.waitUntil(
        lambda: zone.state() == "invalid" and bool(zone.checks()) and not zone.checks()[0].passed,
        timeout=WAIT,
    )
    first = zone.checks()[0]
    assert first.rule == "complete" and "scan.tif is incomplete" in first.message
    assert zone.fixes() == []
    assert zone.error() is None  # a verdict with its row, not an unreadable file


class _Trickle(http.server.BaseHTTPRequestHandler):
    """Announces 100 kB and sends 1 kB every 100 ms until told to stop."""

    def log_message(self, format, *args):  # noqa: A002 (stdlib's name)
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"\x00" * 1000)
                self.wfile.flush()
                if self.server.stop.wait(0.1):  # type: ignore[attr-defined]
                    return
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def trickle_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    server.stop = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/slow.png"
    finally:
        server.stop.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def drop_url(dnd, zone: DropZone, url: str) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    dnd.mime(zone, mime)


def test_a_slow_url_shows_its_progress_and_cancel_brings_back_the_image(
    qtbot, catalogue, image_file, trickle_url, dnd
):
    zone = zone_for(qtbot, catalogue)
    dnd.files(zone, image_file("before.png", (640, 480)))
    qtbot.waitUntil(lambda: zone.state() == "valid", timeout=WAIT)

    drop_url(dnd, zone, trickle_url)
    assert zone.state() == "checking" and zone.fetching()
    qtbot.waitUntil(lambda: "kB of 100 kB" in zone.fetch_progress.text(), timeout=WAIT)
    assert zone.fetch_progress.isVisible()
    assert zone.fetch_progress.text().startswith("Fetched ")

    qtbot.mouseClick(zone.fetch_progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not zone.fetching()
    assert not zone.fetch_progress.isVisible()
    assert zone.state() == "valid" and Path(zone.path()).name == "before.png"
    assert "cancelled" in zone.status_label.text()
    # The ui_home fixture then checks that the download stopped: no work is left running.


def test_cancelling_the_only_image_leaves_the_zone_empty(qtbot, catalogue, trickle_url, dnd):
    zone = zone_for(qtbot, catalogue)
    drop_url(dnd, zone, trickle_url)
    qtbot.waitUntil(lambda: "Fetched" in zone.fetch_progress.text(), timeout=WAIT)
    zone.cancel_fetch()
    assert zone.state() == "empty" and zone.path() is None
    assert "cancelled" in zone.status_label.text()


def test_quitting_stops_a_fetch_still_running(qtbot, catalogue, trickle_url, dnd):
    zone = zone_for(qtbot, catalogue)
    drop_url(dnd, zone, trickle_url)
    qtbot.waitUntil(lambda: "Fetched" in zone.fetch_progress.text(), timeout=WAIT)
    started = time.monotonic()
    ImageFetch.cancel_all()  # what Controller.shutdown does first
    assert workers.wait_for_idle(timeout=5.0)  # the worker thread is free long before 30 s
    assert time.monotonic() - started < 5.0
    assert zone.state() == "error" and "cancelled" in zone.error()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://example.com/my frame.png", "contains a space, a line break"),
        ("https://example.com/" + "f" * 100_000 + ".png", "characters long"),
    ],
)
def test_a_bad_url_is_a_clear_error_in_the_zone(qtbot, catalogue, url, words):
    zone = zone_for(qtbot, catalogue)
    zone.set_source(url)
    qtbot.waitUntil(lambda: zone.state() == "error", timeout=WAIT)
    assert words in zone.error()
    assert len(zone.error()) < 400
    assert not zone.fetching()
