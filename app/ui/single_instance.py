"""One window per data folder: a second start brings the first window to the front.

Two windows on one job store would show two queues of the same jobs. So the first window
holds a lock file in its data folder (a ``QLockFile``) and, once it is painted, listens on a
local socket (a ``QLocalServer``) named after the folder; a later ``storyreel`` on the same
folder finds the lock taken, connects to the socket (waiting a little for a window that is
still opening), asks that window to come to the front, and ends. A lock left behind by a
window that crashed names a process that no longer runs: it is taken over, and so is the
socket such a window left behind. Terminal commands (``storyreel resume`` and friends) do not
take part: they share the jobs through the job store's leases instead.

The lock needs only QtCore; the socket (QtNetwork, about a tenth of the start-up's work) is
opened after the window's first paint (:meth:`FirstWindow.listen`).
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from app.core.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

CONNECT_MS = 1000  # a window that is there answers at once, even under load
# How long a second start waits for the window holding the lock to listen: it listens once
# it is painted, a second or two after its start on a slow, busy machine.
OPENING_SECONDS = 15.0
LOCK_FILE = "window.lock"
RAISE = b"raise\n"
ALREADY_OPEN = (
    "Storyreel is already open for this data folder ({folder}); its window was brought to "
    "the front."
)


def server_name() -> str:
    """The socket's name: one per data folder (STORYREEL_HOME gives each its own)."""
    folder = str(data_dir().expanduser().resolve())
    return "storyreel-" + hashlib.sha256(folder.encode()).hexdigest()[:20]


def _ask_first_window(name: str, holder: QLockFile, wait: float = OPENING_SECONDS) -> bool:
    """Ask the window listening on ``name`` to come to the front, waiting up to ``wait``
    seconds for it to listen while ``holder`` says its process runs; False when none
    answered."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + wait
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(RAISE)
            socket.flush()
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline or holder.tryLock(0):
            return False  # it never listened, or it has ended meanwhile
        time.sleep(0.05)  # no window of our own, no loop yet: a window opening elsewhere


class FirstWindow(QObject):
    """The claiming side, owned by the first window's process: the lock from the start,
    the socket from :meth:`listen` on."""

    raise_requested = Signal()

    def __init__(self, name: str, lock: QLockFile | None) -> None:
        super().__init__()
        self.name = name
        self.lock = lock
        self.server: QLocalServer | None = None

    def listen(self) -> None:
        """Open the socket later starts ask through (after the first paint: see module)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # With the lock held, a socket already there was left by a window that crashed.
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("the single-window socket cannot be opened: %s", server.errorString())
        server.newConnection.connect(self._connection)
        self.server = server

    def _connection(self) -> None:
        assert self.server is not None
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
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()


def claim() -> FirstWindow | None:
    """This process's claim to be the window of its data folder: a FirstWindow to keep until
    quitting (call its ``listen`` once the window is painted), or None when another window
    has it (and was asked to come to the front)."""
    name = server_name()
    folder = data_dir()
    lock = QLockFile(str(folder / LOCK_FILE))
    # Held for as long as the window is open; a holder that crashed is still noticed (the
    # process the lock names no longer runs), whatever the lock's age.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return FirstWindow(name, lock)
    if lock.error() is not QLockFile.LockError.LockFailedError:
        # The data folder was found writable just before: open, without the lock.
        log.warning("the window's lock in %s cannot be made: %s", folder, lock.error())
        return FirstWindow(name, None)
    if _ask_first_window(name, lock):
        return None
    if lock.isLocked():
        return FirstWindow(name, lock)  # the window that had it ended meanwhile
    # A window holds the folder and never answers: open anyway, one window more is better
    # than none.
    log.warning("the data folder %s is held by a window that does not answer", folder)
    return FirstWindow(name, None)


__all__ = ["ALREADY_OPEN", "FirstWindow", "LOCK_FILE", "claim", "server_name"]
