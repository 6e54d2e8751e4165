"""``gcmbot health``: is this installation able to answer? (the Docker health check)"""
HELP = "check that the index, the knowledge base and the question log are usable (exit 0 when healthy)"


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")


def run(args) -> int:
    import json
    import sys

    from bot.settings import get_settings

    settings = get_settings()
    checks: dict[str, str] = {}
    try:
        from ingest.embedders import embedder_name
        from ingest.vectorstore import VectorStore

        n = VectorStore(settings, embedder_name(settings)).count()
        checks["index"] = f"ok: {n} chunks" if n else "empty: run `gcmbot ingest`"
    except Exception as err:                      # the store says what is wrong
        checks["index"] = f"error: {err}"
    try:
        from bot.storage.store import Store

        store = Store.from_settings(settings)
        checks["question log"] = "ok" if store.ping() else "error: unreachable; check GCMBOT_DATABASE_URL"
        store.close()
    except Exception as err:
        checks["question log"] = f"error: {type(err).__name__}: {str(err)[:200]}"
    healthy = all(v.startswith("ok") for v in checks.values())
    if args.json:
        print(json.dumps({"healthy": healthy, "checks": checks}, ensure_ascii=False))
    else:
        for name, state in checks.items():
            print(f"{name}: {state}", file=sys.stdout if state.startswith("ok") else sys.stderr)
    return 0 if healthy else 1
