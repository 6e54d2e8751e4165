"""``gcmbot timeline``: the dates found in the documents at ingest, and the secretariat's decisions on them."""

HELP = "list the dates found in the documents; hide or correct one (--hide ID, --correct ID --date ...)"
DESCRIPTION = (
    "List the events found in the documents at ingest (kind, dates, document, the sentence that gives "
    "them, and whether they are shown, hidden, or superseded by a curated timeline.yaml entry). "
    "--hide / --unhide / --correct / --reset record a decision in the question-log database; it holds "
    "after every re-ingest. Curated events are changed in knowledge/timeline.yaml."
)


def add_arguments(parser) -> None:
    act = parser.add_mutually_exclusive_group()
    act.add_argument("--hide", metavar="ID", help="hide an event (no longer listed, reminded or answered)")
    act.add_argument("--unhide", metavar="ID", help="show a hidden event again")
    act.add_argument("--correct", metavar="ID", help="correct an event: with --date, --name and/or --kind")
    act.add_argument("--reset", metavar="ID", help="undo every decision on an event")
    parser.add_argument("--date", default="", help="YYYY-MM-DD, YYYY-MM, or a range START..END (with --correct)")
    parser.add_argument("--name", default="", help="the event's name in its document's language (with --correct)")
    for lang in ("ar", "en", "fr"):
        parser.add_argument(f"--name-{lang}", default="", help=f"the event's name in {lang} (with --correct)")
    parser.add_argument("--kind", default="", help="event, deadline, registration or publication (with --correct)")
    parser.add_argument("--document", default="", help="list only this document's events (its id)")
    parser.add_argument("--json", action="store_true", help="the list as JSON")


def _print_rows(result, document: str) -> None:
    rows = [r for r in result.rows if not document or r.event.document == document]
    for r in rows:
        e = r.event
        status = {"shown": "shown", "hidden": "HIDDEN", "superseded": f"curated: {e.superseded_by}"}[r.status]
        if e.corrected:
            status += " (corrected)"
        print(f"{e.id}  {e.kind:<12} {r.dates:<22} {status}")
        print(f"    {e.name_in('en')}")
        print(f"    “{e.quote}”")
        print(f"    {e.document}" + (f" > {e.section}" if e.section else "") +
              (f"   [check: {'; '.join(e.notes)}]" if e.notes else ""))
    shown = sum(1 for r in rows if r.status == "shown")
    print(f"\n{len(rows)} events found in the documents: {shown} shown, "
          f"{sum(1 for r in rows if r.status == 'hidden')} hidden, "
          f"{sum(1 for r in rows if r.status == 'superseded')} already in timeline.yaml")
    for o in result.orphans:
        print(f"note: a decision on {o.event_id} ({o.document}: “{o.sentence[:80]}”) no longer applies: "
              f"the document changed. `gcmbot timeline --reset {o.event_id}` removes it.")


def run(args) -> int:
    import json
    import sys

    from bot.review import event_review
    from bot.settings import get_settings

    settings = get_settings()
    target = args.hide or args.unhide or args.correct or args.reset
    if not args.correct and (args.date or args.name or args.kind or args.name_ar or args.name_en or args.name_fr):
        print("gcmbot timeline: --date, --name and --kind go with --correct ID", file=sys.stderr)
        return 2
    if not target:
        try:
            result = event_review.listing(settings)
        except ValueError as err:
            print(f"{err}\nFix knowledge/timeline.yaml, then run `gcmbot timeline` again.", file=sys.stderr)
            return 1
        if result.problem:
            print(f"note: {result.problem}", file=sys.stderr)
        if args.json:
            rows = [r for r in result.rows if not args.document or r.event.document == args.document]
            print(json.dumps([{"id": r.event.id, "status": r.status, "kind": r.event.kind, "dates": r.dates,
                               "precision": r.event.precision, "name": r.event.name, "document": r.event.document,
                               "section": r.event.section, "sentence": r.event.quote, "notes": r.event.notes,
                               "corrected": r.event.corrected, "superseded_by": r.event.superseded_by}
                              for r in rows], ensure_ascii=False, indent=1))
        else:
            _print_rows(result, args.document)
        return 0

    from bot.storage.store import Store

    store = Store.from_settings(settings)
    try:
        if args.reset:
            done = event_review.reset(settings, store.engine, target)
            print(f"{target}: decisions removed" if done else f"{target}: there was no decision to remove")
            return 0
        if args.correct:
            names = {lang: getattr(args, f"name_{lang}") for lang in ("ar", "en", "fr")}
            e = event_review.correct(settings, store.engine, target, dates=args.date, kind=args.kind,
                                     name=args.name, names=names)
            print(f"{target}: corrected ({e.document}: “{e.quote[:80]}”)")
            return 0
        e = event_review.hide(settings, store.engine, target, hidden=bool(args.hide))
        print(f"{target}: {'hidden' if args.hide else 'shown again'} ({e.document}: “{e.quote[:80]}”)")
        return 0
    except event_review.ReviewError as err:
        print(f"gcmbot timeline: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
