"""One window per data folder: a second start brings the first window to the front.

Two windows on one job store would show two queues of the same jobs. So the first window
listens on a local socket (a ``QLocalServer``) named after its data folder; a later
``storyreel`` on the same folder connects to it, asks it to come to the front, and ends.
A socket left behind by a window that crashed answers no one: it is removed and taken over.
Terminal commands (``storyreel resume`` and friends) do not take part: they share the jobs
through the job store's leases instead.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

CONNECT_MS = 1000  # a window that is there answers at once, even under load
RAISE = b"raise\n"
ALREADY_OPEN = (
    "Storyreel is already open for this data folder ({folder}); its window was brought to "
    "the front."
)


def server_name() -> str:
    """The socket's name: one per data folder (STORYREEL_HOME gives each its own)."""
    folder = str(data_dir().expanduser().resolve())
    return "storyreel-" + hashlib.sha256(folder.encode()).hexdigest()[:20]


def _ask_first_window(name: str) -> bool:
    """Ask the window listening on ``name`` to come to the front; False when none answers."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class FirstWindow(QObject):
    """The listening side, owned by the first window's process."""

    raise_requested = Signal()

    def __init__(self, server: QLocalServer) -> None:
        super().__init__()
        self.server = server
        server.setParent(self)
        server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QObject) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):  # type: ignore[attr-defined]
            log.info("another start of Storyreel asked for this window: brought to the front")
            self.raise_requested.emit()

    def bring_to_front(self, window: QWidget) -> None:
        """Connect ``raise_requested`` to showing ``window`` on top."""

        def show() -> None:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

        self.raise_requested.connect(show)

    def close(self) -> None:
        self.server.close()


def claim() -> FirstWindow | None:
    """This process's claim to be the window of its data folder: a FirstWindow to keep until
    quitting, or None when another window has it (and was asked to come to the front)."""
    from PySide6.QtNetwork import QLocalServer

    name = server_name()
    if _ask_first_window(name):
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if server.listen(name):
        return FirstWindow(server)
    # Someone else listens already: a window that started at this very moment, or a
    # socket file a crashed window left behind.
    if _ask_first_window(name):
        return None
    QLocalServer.removeServer(name)
    if server.listen(name):
        return FirstWindow(server)
    log.warning("the single-window socket cannot be opened: %s", server.errorString())
    return FirstWindow(server)  # opens anyway: one window more is better than none


__all__ = ["ALREADY_OPEN", "FirstWindow", "claim", "server_name"]
