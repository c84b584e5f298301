"""What Storyreel's connection to RunComfy says (downloads, the files it sends, the live
price, a storyboard render's estimate) reads in the window's language, while its English
text, which the command line prints and the log keeps, stays as it was."""

from __future__ import annotations

import asyncio
import re
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from app.api.client import RetryPolicy
from app.api.downloads import Downloader
from app.api.encoding import encode_file
from app.api.ownership import LOST_MESSAGE
from app.api.storyboard_report import BoardEstimate, ShotPrice
from app.api.submission import PriceEstimate, check_price_unchanged
from app.core.engines import RUNCOMFY
from app.core.errors import DownloadError, DownloadStalled, ImageError, PriceUnavailable
from app.core.jobs import EventKind, Job, event
from app.ui.bridge.events import Bridge
from app.ui.error_text import error_text, said_text
from tests.loopback import LoopbackServer

PRO = "bytedance/seedance-1-0/pro/image-to-video"
QUICK = RetryPolicy(attempts=1, backoff=0.01, max_wait=0.05, total_wait=1.0)


class PieceServer(LoopbackServer):
    """Serves a video of ``size`` bytes over loopback, at most ``piece`` bytes an answer:
    each answer is a 206 that names the whole size, so every transfer stops short."""

    def __init__(self, size: int, piece: int) -> None:
        body = bytes(range(256)) * (size // 256 + 1)
        body = body[:size]

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                asked = self.headers.get("Range") or "bytes=0-"
                first = int(asked[len("bytes=") :].split("-")[0])
                sent = body[first : first + piece]
                self.send_response(206)
                self.send_header("Content-Type", "video/mp4")
                self.send_header("Content-Length", str(len(sent)))
                self.send_header(
                    "Content-Range", f"bytes {first}-{first + len(sent) - 1}/{len(body)}"
                )
                self.end_headers()
                self.wfile.write(sent)
                self.close_connection = True

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return f"{self.base}/output/clip.mp4"


def download(url: str, folder: Path, **options: Any) -> Path:
    async def run() -> Path:
        async with Downloader(retry=QUICK, **options) as fetcher:
            return await fetcher.download(url, folder, "clip")

    return asyncio.run(run())


def test_an_output_address_that_is_not_https_is_refused_in_german(qapp, tmp_path, german):
    url = "http://cdn.runcomfy.net/outputs/clip.mp4"
    with pytest.raises(DownloadError) as caught:
        download(url, tmp_path)
    assert error_text(caught.value) == (
        f"Die Ausgabeadresse {url} ist nicht https; Storyreel lädt Ausgaben nur über https "
        "herunter."
    )
    assert str(caught.value) == (
        f"The output address {url} is not https; Storyreel downloads outputs only over https."
    )
    assert not list(tmp_path.iterdir())


def test_a_download_that_keeps_stopping_short_names_its_bytes_in_german(qapp, tmp_path, german):
    with PieceServer(size=900, piece=100) as server, pytest.raises(DownloadStalled) as caught:
        download(server.url, tmp_path, allow_loopback=True, max_tries=3)
    text = error_text(caught.value)
    assert text == (
        f"Der Ausgabeserver hat den Download von {server.url} immer wieder abgebrochen "
        "(300 von 900 Byte sind angekommen; 3 Versuche). Der bereits geladene Teil bleibt "
        "erhalten und wird beim nächsten Mal fortgesetzt."
    )
    assert str(caught.value) == (
        f"The output server kept breaking off the download of {server.url} (300 of 900 bytes "
        "arrived; 3 tries). The part already fetched is kept and is continued next time."
    )
    # What arrived is kept for the next try.
    assert (tmp_path / "clip.part").stat().st_size == 300


def test_a_missing_frame_is_named_with_its_field_title_in_german(qapp, catalogue, tmp_path, german):
    field = catalogue.get(PRO).field("first_frame_image_url")
    missing = tmp_path / "gone.png"
    with pytest.raises(ImageError) as caught:
        encode_file(field, missing)
    assert error_text(caught.value) == f"{field.title}: Die Datei {missing} existiert nicht."
    assert str(caught.value) == f"{field.title}: the file {missing} does not exist."


def test_a_file_that_is_no_image_is_refused_in_german_after_its_field_title(
    qapp, catalogue, tmp_path, german
):
    field = catalogue.get(PRO).field("first_frame_image_url")
    notes = tmp_path / "notes.png"
    notes.write_text("these are notes, not a picture\n" * 20, "utf-8")
    with pytest.raises(ImageError) as caught:
        encode_file(field, notes)
    # The reason after the title is the image check's own sentence, in German too.
    assert error_text(caught.value) == (
        f"{field.title}: notes.png ist kein Bild, das Storyreel lesen kann (die Datei ist Text)."
    )
    assert str(caught.value) == (
        f"{field.title}: notes.png is not an image Storyreel can read (the file is text)."
    )


def test_a_price_that_rose_is_refused_in_german(qapp, catalogue, german):
    model = catalogue.get(PRO)
    shown = PriceEstimate(0.05, "second", 0.25, "")
    live = PriceEstimate(0.07, "second", 0.35, "")
    with pytest.raises(PriceUnavailable) as caught:
        check_price_unchanged(model, shown, live)
    text = error_text(caught.value)
    assert text.startswith(f"Der Preis von {model.display_name} hat sich seit der Anzeige von ")
    assert re.search(r"\$0[.,]05 pro Sekunde auf \$0[.,]07 pro Sekunde geändert", text), text
    assert text.endswith(
        "es wurde nichts gesendet. Prüfen Sie den neuen Preis und senden Sie den Auftrag erneut."
    )
    assert str(caught.value) == (
        f"The price of {model.display_name} changed from $0.05 per second to $0.07 per second "
        "since it was shown; nothing was sent. Check the new price and send the job again."
    )


def test_a_storyboard_estimate_reads_in_german(qapp, german):
    estimate = BoardEstimate(
        RUNCOMFY,
        (ShotPrice(0, 0.05, "second", 0.25), ShotPrice(1, 0.05, "second", 0.25)),
        kept=(2,),
        waiting=(3,),
    )
    text = said_text(estimate.summary())
    assert text.startswith(
        "2 Shots zu rendern, 1 wie gerendert behalten, 1 bereits in Arbeit. Geschätzte Summe $"
    )
    assert str(estimate.summary()) == (
        "2 shots to render, 1 kept as rendered, 1 already under way. Estimated total $0.50."
    )


def test_an_engine_notice_reaches_the_window_in_german(qapp, german):
    bridge = Bridge()
    heard: list[tuple[str, str]] = []
    bridge.notice.connect(lambda job_id, message: heard.append((job_id, message)))
    job = Job(PRO, {"prompt": "a lighthouse at dusk"})
    bridge.deliver(event(EventKind.NOTICE, job, message=LOST_MESSAGE))
    assert heard == [
        (
            job.id,
            "Ein anderes Storyreel hat diesen Auftrag übernommen, während dieses nicht "
            "reagierte; es verfolgt den Auftrag ab jetzt.",
        )
    ]
    assert str(LOST_MESSAGE).startswith("Another Storyreel took this job over")
