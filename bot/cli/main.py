"""The ``gcmbot`` command line.

Each subcommand is a module in :mod:`bot.cli.commands` with ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``. Modules keep heavy imports
(chromadb, telegram, torch) inside ``run`` so that ``gcmbot --help`` and the
first answer stay fast.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from bot.cli import commands as commands_pkg


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gcmbot",
        description="GCM Help Desk: answers about taking part in the GCM review and the IMRF, in Arabic, English and French.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands_pkg.__name__}.{info.name}")
        name = getattr(module, "NAME", info.name.replace("_", "-"))
        p = sub.add_parser(name, help=module.HELP, description=getattr(module, "DESCRIPTION", module.HELP))
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    from bot.settings import SettingsError, get_settings

    try:
        settings = get_settings()
    except SettingsError as err:
        print(err, file=sys.stderr)
        return 2
    from bot.logging_setup import configure_logging

    configure_logging(settings)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        # through logging, not Python's default printing: the traceback is masked like every log line
        logging.getLogger("gcmbot").exception("gcmbot %s stopped on an unexpected error; please report it "
                                              "with the lines below", args.command)
        return 1


if __name__ == "__main__":
    sys.exit(main())
