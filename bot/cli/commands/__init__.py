"""One module per ``gcmbot`` subcommand (see :mod:`bot.cli`)."""


def open_engine(command: str):
    """The answer engine for a command, or None after saying on stderr why it cannot be opened."""
    import sys

    from bot.answering.engine import Engine
    from bot.settings import get_settings
    from ingest.vectorstore import StoreError

    try:
        return Engine.from_settings(get_settings())
    except StoreError as err:
        print(f"gcmbot {command}: {err}", file=sys.stderr)
        return None
