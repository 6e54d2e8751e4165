"""``gcmbot chat``: a conversation in the terminal (follow-up questions use the previous turn)."""
HELP = "talk with the assistant in the terminal"


def add_arguments(parser) -> None:
    parser.add_argument("--lang", choices=["ar", "en", "fr"], help="answer in this language (default: each question's)")


def run(args) -> int:
    import sys

    from bot.answering.types import Turn
    from bot.cli.commands import open_engine
    from bot.messages import t
    from bot.cli.render import render_text

    engine = open_engine("chat")
    if engine is None:
        return 2
    interactive = sys.stdin.isatty()
    for lang in ("en", "fr", "ar"):
        print(t("chat.welcome", lang))
    previous = None
    while True:
        # a blank line between turns (before the next prompt or answer), none after the last one
        between = "\n" if previous is not None else ""
        try:
            line = input(between + "> " if interactive else "")
        except EOFError:
            break
        if not line.strip():
            if interactive:
                break
            continue
        answer = engine.answer(line, language=args.lang, previous=previous)
        print(("" if interactive else between) + render_text(answer).rstrip("\n"))
        sys.stdout.flush()
        previous = Turn.of(answer)
    return 0
