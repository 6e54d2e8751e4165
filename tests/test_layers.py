"""The layout's rules, checked on every module's imports (docs/architecture.md): dependencies
point one way (channels -> engine -> knowledge / storage / text) and no module imports itself
back through a cycle. Imports under ``if TYPE_CHECKING:`` are annotations, not dependencies."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# package -> packages it must never import
FORBIDDEN = {
    "bot.text": ("bot.answering", "bot.knowledge", "bot.storage", "bot.review", "bot.telegram_channel", "bot.cli",
                 "ingest"),
    # knowledge may read the secretariat's stored decisions about it (storage is the lowest layer)
    "bot.knowledge": ("bot.answering", "bot.review", "bot.telegram_channel", "bot.cli"),
    "bot.storage": ("bot.answering", "bot.knowledge", "bot.review", "bot.telegram_channel", "bot.cli", "ingest"),
    "bot.answering": ("bot.storage", "bot.review", "bot.telegram_channel", "bot.cli"),
    "bot.review": ("bot.telegram_channel", "bot.cli"),
    "bot.telegram_channel": ("bot.cli", "bot.review.dashboard"),
    "ingest": ("bot.answering", "bot.storage", "bot.review", "bot.telegram_channel", "bot.cli"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> tuple[set[str], set[str]]:
    """(every import, the imports made when the module is loaded: top level, outside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only |= {id(n) for n in ast.walk(node)}
    all_imports: set[str] = set()
    top: set[str] = set()

    def visit(node, at_load: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if id(child) in type_only:
                continue
            names = []
            if isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module and not child.level:
                names = [child.module] + [f"{child.module}.{a.name}" for a in child.names]
            all_imports.update(names)
            if at_load:
                top.update(names)
            visit(child, at_load and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, True)
    return all_imports, top


MODULES = {module_name(p): p for d in ("bot", "ingest") for p in sorted((ROOT / d).rglob("*.py"))}


def test_dependencies_point_one_way():
    wrong = []
    for mod, path in MODULES.items():
        every, _ = imports_of(path)
        for pkg, banned in FORBIDDEN.items():
            if mod == pkg or mod.startswith(pkg + "."):
                wrong += [f"{mod} imports {imp}" for imp in sorted(every)
                          if any(imp == b or imp.startswith(b + ".") for b in banned)]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles_at_load_time():
    graph = {}
    for mod, path in MODULES.items():
        _, top = imports_of(path)
        graph[mod] = {imp for imp in top if imp in MODULES and imp != mod}
    seen, stack, cycles = set(), [], []

    def walk(mod: str) -> None:
        if mod in stack:
            cycles.append(stack[stack.index(mod):] + [mod])
            return
        if mod in seen:
            return
        seen.add(mod)
        stack.append(mod)
        for dep in sorted(graph[mod]):
            walk(dep)
        stack.pop()

    for mod in sorted(graph):
        walk(mod)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_every_package_says_what_it_owns():
    for d in ["bot/answering", "bot/text", "bot/knowledge", "bot/storage", "bot/review", "bot/telegram_channel",
              "bot/cli"]:
        doc = ast.get_docstring(ast.parse((ROOT / d / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 80, f"{d}/__init__.py needs a docstring saying what it owns and may import"
