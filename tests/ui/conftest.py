"""Fixtures for widget tests: one QApplication, a Storyreel home per test, and helpers to
make real images, real drops and a real loopback image server."""

from __future__ import annotations

import functools
import gc
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.core.catalogue import Catalogue
from app.core.languages import Language
from app.ui import i18n, workers


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """The one QApplication of the test session (pytest-qt's qtbot uses this fixture)."""
    app = QApplication.instance() or QApplication(["storyreel-tests"])
    app.setApplicationName("Storyreel tests")
    i18n.uninstall(app)  # English, as make_application sets it: "1 frame", not "1 frames"
    yield app
    # Mime data a test put on the clipboard belongs to Qt's clipboard, which outlives the
    # interpreter: deleting it at exit would call into a Python that is gone.
    QApplication.clipboard().clear()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The window's language is German for this test (English again afterwards)."""
    i18n.install(qapp, Language.GERMAN)
    try:
        yield
    finally:
        i18n.uninstall(qapp)


@pytest.fixture(autouse=True)
def ui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Everything Storyreel writes (cache, fixed images, settings) goes under tmp_path.

    Afterwards, wait for background work to finish so that no answer reaches the next test.
    """
    home = tmp_path / "storyreel-home"
    monkeypatch.setenv("STORYREEL_HOME", str(home))
    yield home
    assert workers.wait_for_idle(timeout=15.0), "background work still running after the test"
    # Each test starts with an empty clipboard, and none leaves its mime data behind.
    if QApplication.instance() is not None:
        QApplication.clipboard().clear()
    # The test's Qt objects caught in reference cycles are deleted now, on the GUI thread,
    # not by a collection that happens to run in a worker thread later.
    gc.collect()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load()


def make_image(
    path: Path,
    size: tuple[int, int],
    fmt: str = "PNG",
    colour: tuple[int, int, int] = (200, 80, 40),
) -> Path:
    """A real image file: a coloured canvas with a lighter square, so it is not flat."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    w, h = size
    image.paste((240, 240, 240), (w // 4, h // 4, w // 4 + max(1, w // 4), h // 4 + max(1, h // 4)))
    image.save(path, fmt)
    return path


@pytest.fixture
def image_file(tmp_path: Path):
    """``image_file("a.png", (640, 480))``: a real image in tmp_path/images."""

    def make(name: str, size: tuple[int, int], fmt: str = "PNG", **kw) -> Path:
        return make_image(tmp_path / "images" / name, size, fmt, **kw)

    return make


def drag_enter_event(widget: QWidget, mime: QMimeData) -> QDragEnterEvent:
    """A drag entering the middle of ``widget``.

    PySide6 6.11 takes the position as a QPoint; 6.12 adds a QPointF form and deprecates
    the QPoint one, so the QPointF form is tried first.
    """
    centre = widget.rect().center()
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return QDragEnterEvent(QPointF(centre), *args)
    except TypeError:
        return QDragEnterEvent(centre, *args)


def drop_mime(widget: QWidget, mime: QMimeData) -> QDropEvent:
    """Deliver a real drag-enter and drop of ``mime`` to the middle of ``widget``."""
    enter = drag_enter_event(widget, mime)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(
        QPointF(widget.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(widget: QWidget, *paths: Path) -> QDropEvent:
    return drop_mime(widget, file_mime(*paths))


class DragAndDrop:
    """Real drags delivered to widgets: ``dnd.files(zone, path)``, ``dnd.mime(zone, data)``."""

    enter_event = staticmethod(drag_enter_event)
    mime = staticmethod(drop_mime)
    files = staticmethod(drop_files)
    file_mime = staticmethod(file_mime)


@pytest.fixture
def dnd() -> type[DragAndDrop]:
    return DragAndDrop


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib's name)
        pass


@pytest.fixture
def image_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on 127.0.0.1 serving files from a folder: (base URL, folder)."""
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def windows(qapp) -> Iterator[list]:
    """Real windows a test makes and appends here; whatever happens, they are gone before
    the next test (see window_support)."""
    from window_support import window_list

    with window_list() as made:
        yield made


@pytest.fixture
def runcomfy_sim(monkeypatch) -> Iterator:
    """The RunComfy-compatible simulator on loopback, as the configured API, with its key."""
    from window_support import instant_sim

    with instant_sim(monkeypatch) as sim:
        yield sim


@pytest.fixture
def panel(qtbot):
    """A parameter panel on screen, 720 × 1000, as the window shows it."""
    from panel_support import shown_panel

    return shown_panel(qtbot)
