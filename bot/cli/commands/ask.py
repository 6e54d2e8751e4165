"""``gcmbot ask``: answer questions from the command line (readable, or the JSON-lines contract)."""
HELP = "answer a question (or, with --jsonl, one question per line of standard input)"


def add_arguments(parser) -> None:
    parser.add_argument("question", nargs="*", help="the question (omit with --jsonl)")
    parser.add_argument("--jsonl", action="store_true",
                        help="read questions from standard input, one per line; write one JSON object per line")
    parser.add_argument("--lang", choices=["ar", "en", "fr"], help="answer in this language (default: the question's)")


def run(args) -> int:
    import json
    import sys

    from bot.cli.commands import open_engine

    engine = open_engine("ask")
    if engine is None:
        return 2
    if args.jsonl:
        for line in sys.stdin:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            answer = engine.answer(line, language=args.lang)
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print("gcmbot ask: give a question, e.g. gcmbot ask \"When is the IMRF?\" (or use --jsonl)", file=sys.stderr)
        return 2
    from bot.cli.render import render_text

    print(render_text(engine.answer(question, language=args.lang)))
    return 0
