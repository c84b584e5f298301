"""``storyreel`` and ``python -m app``: the window with no arguments, else a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args == ["--smoke-test"] or (args and args[0].startswith("-platform")):
        from app.ui.launch import run_app

        return run_app(args)
    from app.cli.main import main as run_cli
    from app.core.text import cleaned_output

    # Whatever a command prints passes through the outside-text cleaning once more: no key
    # this process knows, no escape sequence a server slipped into a message.
    with cleaned_output():
        return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
