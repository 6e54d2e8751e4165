"""``gcmbot faq``: the secretariat's review of the question log (in English)."""
from __future__ import annotations

import sys

HELP = "frequent questions and gaps from the question log: group, top, gaps, show, export, and corrections"
DESCRIPTION = (
    "Review what stakeholders ask. Questions are grouped by need across Arabic, English and French "
    "(new questions are grouped first; embeddings are computed once and cached). Groups can be corrected: "
    "split, move, merge, rename; later grouping runs keep the corrections. "
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
    g.add_argument("--all", action="store_true", dest="regroup",
                   help="group every question again (the secretariat's corrections are kept)")
    g.add_argument("--quiet", action="store_true")
    for name, text in (("top", "the largest groups in a period"),
                       ("gaps", "refused, low-confidence and thumbs-down questions, grouped")):
        p = sub.add_parser(name, help=text)
        _period_args(p)
        p.add_argument("-n", "--limit", type=int, default=20, help="how many groups (default 20)")
        p.add_argument("--no-group", action="store_true", help="do not group new questions first")
    s = sub.add_parser("show", help="one group: its label, examples and questions (with their numbers)")
    s.add_argument("group", type=int, metavar="GROUP")
    s.add_argument("-n", "--limit", type=int, default=200, help="how many questions (default 200)")
    e = sub.add_parser("export", help="every group of a period as CSV (UTF-8 with BOM, for spreadsheets) or JSON")
    e.add_argument("--format", choices=("csv", "json"), default="csv")
    e.add_argument("--questions", action="store_true",
                   help="CSV: one row per logged question with its group id (JSON always lists them)")
    _period_args(e)
    e.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    e.add_argument("--no-group", action="store_true", help="do not group new questions first")
    sp = sub.add_parser("split", help="split questions off a group into a new group")
    sp.add_argument("group", type=int, metavar="GROUP")
    sp.add_argument("questions", type=int, nargs="+", metavar="QUESTION", help="question numbers (see `faq show`)")
    sp.add_argument("--label", help="a label for the new group")
    mv = sub.add_parser("move", help="move questions into another group")
    mv.add_argument("questions", type=int, nargs="+", metavar="QUESTION")
    mv.add_argument("--to", type=int, required=True, metavar="GROUP", help="the group to move them to")
    mg = sub.add_parser("merge", help="merge a group into another")
    mg.add_argument("group", type=int, metavar="GROUP")
    mg.add_argument("--into", type=int, required=True, metavar="GROUP", help="the group that remains")
    rn = sub.add_parser("rename", help="give a group a label (an empty label: its most typical question again)")
    rn.add_argument("group", type=int, metavar="GROUP")
    rn.add_argument("label", metavar="LABEL")
    sub.add_parser("corrections", help="the corrections made so far, newest first")


def _group(settings, store, quiet: bool = True, regroup: bool = False):
    from bot.review.grouping import group_new_questions
    from ingest.embedders import get_embedder

    say = None if quiet else (lambda msg: print(msg, file=sys.stderr))
    return group_new_questions(store.engine, get_embedder(settings), knowledge_dir=settings.knowledge_dir,
                               progress=say, regroup=regroup)


def _fmt_day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else "-"


def _label_lines(g, out) -> None:
    named = " (the secretariat's label)" if g.name else ""
    print(f"    label{named}: {g.label}", file=out)
    for lang, text in g.examples.items():
        if text != g.label:
            print(f"      {lang}: {text}", file=out)


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
        _label_lines(g, out)
        answers = ", ".join(f"{a.kind} {a.count} (confidence {a.mean_confidence:.2f})" for a in g.answers)
        print(f"    answers: {answers}", file=out)
        if gaps:
            print(f"    refused {g.refused}, low confidence {g.low_confidence}, thumbs down {g.feedback_down}", file=out)
        else:
            print(f"    feedback: {g.feedback_up} up, {g.feedback_down} down", file=out)
        for r in g.representatives:
            times = f" (x{r.count})" if r.count > 1 else ""
            print(f"    {r.language}: {r.question}{times}", file=out)


def _show(conn, group_id: int, limit: int, out=sys.stdout) -> int:
    from bot.review import faq
    from bot.storage.groups import resolve

    gid = resolve(conn, group_id)
    g = faq.group_summary(conn, gid) if gid is not None else None
    if g is None:
        print(f"gcmbot faq: there is no group {group_id} (see `gcmbot faq top`)", file=sys.stderr)
        return 1
    if gid != group_id:
        print(f"group {group_id} was merged into group {gid}", file=out)
    langs = " · ".join(f"{lang} {g.by_language.get(lang, 0)}" for lang in ("ar", "en", "fr"))
    print(f"group {g.id}: {g.size} questions ({langs}); first {_fmt_day(g.first_asked)}, last {_fmt_day(g.last_asked)}", file=out)
    _label_lines(g, out)
    members = faq.group_members(conn, gid, limit=max(limit, 1))
    print(f"questions (newest first; * placed by the secretariat){', the latest ' + str(len(members)) if len(members) < g.size else ''}:", file=out)
    for m in members:
        print(f"  {m['id']:>7}{'*' if m['pinned'] else ' '} {m['asked_at']:%Y-%m-%d} {m['language']}  {m['question']}"
              f"  [{m['kind']}]", file=out)
    return 0


def _correct(store, args) -> int:
    from bot.storage.groups import CorrectionError

    try:
        if args.action == "split":
            new_id = store.split_group(args.group, args.questions, args.label)
            print(f"split {len(set(args.questions))} question(s) off group {args.group} into the new group {new_id}")
        elif args.action == "move":
            gid = store.move_questions(args.questions, args.to)
            print(f"moved {len(set(args.questions))} question(s) to group {gid}")
        elif args.action == "merge":
            gid = store.merge_groups(args.group, args.into)
            print(f"merged group {args.group} into group {gid}")
        else:
            gid = store.rename_group(args.group, args.label)
            print(f"group {gid} is labelled {args.label.strip()!r}" if args.label.strip()
                  else f"group {gid} is labelled with its most typical question again")
    except CorrectionError as err:
        print(f"gcmbot faq {args.action}: {err}", file=sys.stderr)
        return 2
    print("later grouping runs keep this decision", file=sys.stderr)
    return 0


def _print_corrections(conn, out=sys.stdout) -> None:
    from bot.storage.groups import corrections

    rows = corrections(conn)
    if not rows:
        print("no corrections yet", file=out)
        return
    for r in rows:
        what = {
            "split": f"split {r['questions']} question(s) off group {r['group_id']} into group {r['other_group_id']}",
            "move": f"moved {r['questions']} question(s) from group {r['group_id']} to group {r['other_group_id']}",
            "merge": f"merged group {r['group_id']} ({r['questions']} questions) into group {r['other_group_id']}",
            "rename": f"labelled group {r['group_id']} " + (repr(r["label"]) if r["label"] else "with its most typical question"),
        }.get(r["action"], r["action"])
        print(f"{r['at']:%Y-%m-%d %H:%M}  {what}", file=out)


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
            report = _group(settings, store, quiet=args.quiet, regroup=args.regroup)
            for note in report.notes:
                print(note, file=sys.stderr)
            print(report.summary())
            return 0
        if args.action in ("split", "move", "merge", "rename"):
            return _correct(store, args)
        if args.action == "corrections":
            with store.engine.connect() as conn:
                _print_corrections(conn)
            return 0
        if args.action == "show":
            with store.engine.connect() as conn:
                return _show(conn, args.group, args.limit)
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
            data = faq.export(conn, args.format, period, lang, per_question=args.questions)
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
