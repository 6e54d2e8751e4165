"""``gcmbot bench TARGET``: measure speed and memory, print figures and ratios."""
import importlib
import pkgutil

HELP = "measure speed and memory (ingest, answer, telegram, faq)"


def add_arguments(parser) -> None:
    from bot.cli import benchmarks

    sub = parser.add_subparsers(dest="target", metavar="TARGET", required=True)
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{benchmarks.__name__}.{info.name}")
        if not hasattr(module, "HELP"):
            continue                                   # a helper of the benchmarks, not one of them
        p = sub.add_parser(info.name, help=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_bench=module.run)


def run(args) -> int:
    return args._bench(args)
