"""The entry point and composition root: wires the core to the desktop app and printers.

``posapp`` with no arguments (or only ``--demo`` / ``--smoke`` / ``--db``, or
``--central [FILE]`` for a till of a chain) opens the desktop app; ``posapp COMMAND ...``
runs the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_FLAGS = {"--demo", "--smoke"}


def _wants_gui(argv: Sequence[str]) -> bool:
    rest = [a for a in argv if a not in GUI_FLAGS]
    while rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    if rest[:1] == ["--central"]:
        # A till of a chain: the credential file may follow (the default one otherwise).
        rest = rest[2:] if len(rest) == 2 else rest[1:]
    return not rest


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        from ui.app import run

        return run(args)
    from posapp.cli import main as cli_main
    from printers.cli import COMMANDS as printing

    return cli_main(args, extra=printing)


if __name__ == "__main__":
    sys.exit(main())
