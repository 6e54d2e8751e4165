HELP = "print the effective settings (secrets masked)"


def add_arguments(parser) -> None:
    parser.add_argument("--doc", action="store_true", help="print a Markdown table of every setting with its default")


def run(args) -> int:
    from bot.settings import get_settings, settings_table

    if args.doc:
        print("| setting | default | what it does |\n|---|---|---|")
        for name, default, desc in settings_table():
            print(f"| `{name}` | `{default}` | {desc} |")
        return 0
    for name, value in get_settings().masked().items():
        print(f"{name}={value}")
    return 0
