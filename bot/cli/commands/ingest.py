"""``gcmbot ingest [PATH ...]``: bring the index in step with the documents."""
HELP = "index the documents (incremental: only what changed is embedded)"


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="files or folders (default: the knowledge base's documents/)")
    parser.add_argument("--rebuild", action="store_true", help="drop the index and build it again (e.g. after changing the embedder)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--brief", action="store_true",
                        help="a progress bar, then one line saying what the index holds (and any problems)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar; print only problems")


def run(args) -> int:
    import json
    import sys
    from pathlib import Path

    from bot.settings import get_settings
    from ingest.pipeline import run_ingest
    from ingest.vectorstore import StoreError

    settings = get_settings()
    try:
        summary = run_ingest(settings, [Path(p) for p in args.paths] or None, rebuild=args.rebuild, quiet=args.quiet or args.json)
    except StoreError as err:
        print(f"gcmbot ingest: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif args.quiet or args.brief:
        for line in summary.lines():
            if line.startswith(("error:", "warning:")):
                print(line, file=sys.stderr)
        if args.brief:
            print(summary.headline())
    else:
        for line in summary.lines():
            print(line, file=sys.stderr if line.startswith(("error:", "warning:")) else sys.stdout)
    if not summary.ok:
        print(f"gcmbot ingest: {len(summary.errors)} problem(s); the other documents were indexed. "
              "Fix the files named above and run it again.", file=sys.stderr)
        return 1
    return 0
