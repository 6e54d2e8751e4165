"""One module per ``gcmbot`` subcommand (see :mod:`bot.cli`)."""


def empty_index_message(settings) -> str:
    """What to say when the index holds nothing: where it looked and what to run."""
    from bot.settings import mask_url_password

    where = mask_url_password(settings.chroma_url) or settings.chroma_dir
    return (f"the index is empty ({where}, collection {settings.collection!r}); "
            f"run `gcmbot ingest` first (it indexes {settings.documents_dir}).")


def open_index(settings, command: str):
    """The vector store when it holds chunks; otherwise None after saying on stderr why not
    (empty, unreachable, built by another embedder) and what to run."""
    import sys

    from ingest.embedders import embedder_name
    from ingest.vectorstore import StoreError, VectorStore

    store = VectorStore(settings, embedder_name(settings))
    try:
        count = store.count()
    except StoreError as err:
        print(f"gcmbot {command}: {err}", file=sys.stderr)
        return None
    if count == 0:
        print(f"gcmbot {command}: {empty_index_message(settings)}", file=sys.stderr)
        return None
    return store


def open_engine(command: str):
    """The answer engine for a command, or None after saying on stderr why it cannot be opened."""
    import sys

    from bot.answering.engine import Engine
    from bot.settings import get_settings
    from ingest.vectorstore import StoreError

    settings = get_settings()
    store = open_index(settings, command)
    if store is None:
        return None
    try:
        return Engine.from_settings(settings, vectorstore=store)
    except StoreError as err:
        print(f"gcmbot {command}: {err}", file=sys.stderr)
        return None
