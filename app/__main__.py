"""``storyreel`` and ``python -m app``: the window with no arguments, else a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args == ["--smoke-test"] or (args and args[0].startswith("-platform")):
        from app.ui.launch import run_app

        return run_app(args)
    from app.cli import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
