"""``gcmbot deadlines``: the dates, upcoming first then recent past, as /deadlines shows them."""

HELP = "list upcoming and recent dates (and write them as an .ics calendar file)"


def add_arguments(parser) -> None:
    parser.add_argument("--lang", choices=["ar", "en", "fr"], default="en", help="language of the list (default: en)")
    parser.add_argument("--ics", metavar="FILE", help="also write the dates as an iCalendar file (- for standard output)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today in GCMBOT_TIMEZONE)")
    parser.add_argument("--past", type=int, default=5, metavar="N", help="how many past dates to show (default: 5)")


def run(args) -> int:
    import sys
    from datetime import date, datetime, time
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from bot.knowledge.deadlines import calendar_events, document_refs, render, select_events, to_ics
    from bot.knowledge.events import load_events, read_index
    from bot.settings import get_settings
    from bot.telegram_channel.reminders import clock_from_env

    settings = get_settings()
    zone = ZoneInfo(settings.timezone)
    if args.today:
        try:
            day = date.fromisoformat(args.today)
        except ValueError:
            print(f"--today {args.today!r}: write the date as YYYY-MM-DD, e.g. 2026-05-04", file=sys.stderr)
            return 2
        now = datetime.combine(day, time(12), tzinfo=zone)
    else:
        now = clock_from_env()().astimezone(zone)
        day = now.date()
    extracted, problem = read_index(settings)        # the dates found in the documents at ingest
    if problem:
        print(f"note: {problem}; listing the dates of timeline.yaml only", file=sys.stderr)
    try:
        events = load_events(settings, extracted=extracted)
    except ValueError as err:
        print(f"{err}\nFix knowledge/timeline.yaml, then run `gcmbot deadlines` again.", file=sys.stderr)
        return 1
    listing = select_events(events, day, past_shown=max(0, args.past))
    docs = document_refs(settings.knowledge_dir)
    if args.ics != "-":
        print(render(listing, args.lang, docs, html_mode=False, commands=False))
    if args.ics:
        data = to_ics(listing.events, args.lang, now, docs)
        if args.ics == "-":
            sys.stdout.buffer.write(data)
        else:
            Path(args.ics).write_bytes(data)
            print(f"\nwrote {len(calendar_events(listing.events))} events to {args.ics}", file=sys.stderr)
    return 0
