"""``gcmbot faq``: the secretariat's review of the question log (in English)."""
from __future__ import annotations

import sys

HELP = "frequent questions and gaps from the question log: group, top, gaps, export"
DESCRIPTION = (
    "Review what stakeholders ask. Questions are grouped across Arabic, English and French "
    "(new questions are grouped first; embeddings are computed once and cached). "
    "Output is for the secretariat and in English; questions are shown as asked."
)


def _period_args(p, days: bool = True) -> None:
    p.add_argument("--since", metavar="YYYY-MM-DD", help="first day (UTC), included")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="last day (UTC), included")
    if days:
        p.add_argument("--days", type=int, metavar="N", help="the last N days, today included")
    p.add_argument("--lang", choices=("ar", "en", "fr"), help="only questions asked in this language")


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    g = sub.add_parser("group", help="group the questions that have no group yet")
    g.add_argument("--quiet", action="store_true")
    for name, text in (("top", "the largest groups in a period"),
                       ("gaps", "refused, low-confidence and thumbs-down questions, grouped")):
        p = sub.add_parser(name, help=text)
        _period_args(p)
        p.add_argument("-n", "--limit", type=int, default=20, help="how many groups (default 20)")
        p.add_argument("--no-group", action="store_true", help="do not group new questions first")
    e = sub.add_parser("export", help="every group of a period as CSV (UTF-8 with BOM, for spreadsheets) or JSON")
    e.add_argument("--format", choices=("csv", "json"), default="csv")
    _period_args(e)
    e.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    e.add_argument("--no-group", action="store_true", help="do not group new questions first")


def _group(settings, store, quiet: bool = True):
    from bot.review.grouping import group_new_questions
    from ingest.embedders import get_embedder

    say = None if quiet else (lambda msg: print(msg, file=sys.stderr))
    return group_new_questions(store.engine, get_embedder(settings), progress=say)


def _fmt_day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else "-"


def print_groups(groups, total: int, title: str, gaps: bool, ungrouped: int, out=sys.stdout) -> None:
    print(f"{title}: {total} group{'s' if total != 1 else ''}"
          + (f"; {ungrouped} question{'s' if ungrouped != 1 else ''} not grouped yet" if ungrouped else ""), file=out)
    if not groups:
        print("(nothing in this period)", file=out)
        return
    for rank, g in enumerate(groups, 1):
        langs = " · ".join(f"{lang} {g.by_language.get(lang, 0)}" for lang in ("ar", "en", "fr"))
        count = f"{g.gaps} gap questions of {g.size}" if gaps else f"{g.size} questions"
        cards = sorted({c for c in [g.card_id, *g.answering_cards] if c})
        cover = f"covered by card {', '.join(cards)}" if cards else "no card"
        print(f"\n#{rank}  group {g.id}: {count} ({langs}); first {_fmt_day(g.first_asked)}, last {_fmt_day(g.last_asked)}; {cover}", file=out)
        answers = ", ".join(f"{a.kind} {a.count} (confidence {a.mean_confidence:.2f})" for a in g.answers)
        print(f"    answers: {answers}", file=out)
        if gaps:
            print(f"    refused {g.refused}, low confidence {g.low_confidence}, thumbs down {g.feedback_down}", file=out)
        else:
            print(f"    feedback: {g.feedback_up} up, {g.feedback_down} down", file=out)
        for r in g.representatives:
            times = f" (x{r.count})" if r.count > 1 else ""
            print(f"    {r.language}: {r.question}{times}", file=out)


def run(args) -> int:
    from bot.review import faq
    from bot.settings import get_settings
    from bot.storage.store import Store, StoreUnavailable

    settings = get_settings()
    try:
        period = faq.Period.parse(getattr(args, "since", None), getattr(args, "until", None), getattr(args, "days", None))
    except ValueError as err:
        print(f"gcmbot faq: {err}", file=sys.stderr)
        return 2
    store = Store.from_settings(settings)
    try:
        if args.action == "group":
            report = _group(settings, store, quiet=args.quiet)
            for note in report.notes:
                print(note, file=sys.stderr)
            print(report.summary())
            return 0
        if not args.no_group:
            _group(settings, store)
        lang = getattr(args, "lang", None)
        with store.engine.connect() as conn:
            if args.action in ("top", "gaps"):
                gaps = args.action == "gaps"
                groups, total = faq.group_summaries(conn, period, lang, gaps_only=gaps, limit=max(args.limit, 1))
                what = "Gaps (refused, low-confidence, thumbs-down)" if gaps else "Largest groups"
                title = f"{what}, {period.describe()}" + (f", questions in {lang}" if lang else "")
                print_groups(groups, total, title, gaps, faq.ungrouped_count(conn, period, lang))
                return 0
            data = faq.export(conn, args.format, period, lang)
        if args.output:
            with open(args.output, "wb") as fh:
                fh.write(data)
            print(f"wrote {args.output} ({len(data)} bytes)", file=sys.stderr)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        return 0
    except StoreUnavailable as err:
        print(f"gcmbot faq: the question log cannot be reached: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
