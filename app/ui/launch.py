"""``storyreel`` with no command: the real window on the screen first, then everything else.

The window is built and painted before anything it does not show is loaded: the asyncio
loop on Qt's (qasync), the icon's files, the log file, the keyring, the job store and the
network stack all come after the first paint (see :mod:`app.ui.app`), and the storyboard
view, the settings dialog and the media player when they are first used.
"""

from __future__ import annotations

import signal
import sys

from app.core.paths import data_dir
from app.ui.application import app_icon, make_application


def run_app(argv: list[str]) -> int:
    """Open the window and run until the user quits; the exit code."""
    args = list(argv)
    if "--smoke-test" in args:
        from app.ui.smoke import smoke_test

        return smoke_test()
    app = make_application(args, icon=False)  # the icon's files are read after the first paint
    from app.ui.start_check import refuse_start

    if (code := refuse_start()) is not None:  # a data folder that cannot be used: say so
        return code
    # Ctrl+C in the terminal ends the process at once; the job store is safe against that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from app.ui.single_instance import ALREADY_OPEN, claim

    first = claim()  # one window per data folder: a second start raises the first
    if first is None:
        print(ALREADY_OPEN.format(folder=data_dir()), file=sys.stderr)
        return 0
    from app.core.languages import Language
    from app.core.settings import Settings
    from app.ui import i18n
    from app.ui.app import build_window

    settings = Settings.load()
    i18n.install(app, Language.parse(settings.language))  # before any window is built
    window = build_window(settings)
    first.bring_to_front(window)
    window.show()
    window.repaint()
    app.processEvents()
    app.setWindowIcon(app_icon())

    from app.ui.app import run, run_window

    try:
        return run(app, run_window(window))
    finally:
        first.close()


__all__ = ["make_application", "run_app"]
