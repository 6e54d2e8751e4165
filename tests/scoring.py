"""Scoring the answer engine on question sets: the tests' floors and the report both use this.

Sets: the public set (``$SHARED/eval/questions.yaml``), our own set
(``tests/questions/own.yaml``), the realistic set's dev and test halves
(``tests/questions/realistic.yaml``, ``split: dev|test``; ``dev2``, a second development batch written
later, mostly near misses: ``--sets realistic-dev2``) and the held-out documents
(``tests/heldout/*.yaml``: each document is added alone to a copy of ``knowledge/``
and ingested with no manifest entry, card, timeline entry or glossary edit).

Measures, per language: ``hit5`` evidence in the top 5 sources; ``facts`` every
``answer_must`` group in an answered reply; ``oos`` out-of-scope questions refused
(``answered: false``); ``lang`` reported language right and the answer's own words
(quotations set aside) in it; ``refus`` the grader's column (answered the in-scope
questions and refused the others); ``native`` the same with quotations counted (readable
in the asker's language). Matching is the shared grader's (``../shared/eval/grade.py``:
``matches``, ``retrieved_rank``, ``detect_language``) whenever it can be found, so the
figures are the ones ``make eval`` reports; a clean clone without it uses the few
lines below that follow the same rules.

The report (measure with and without cards, per language, on every set)::

    .venv/bin/gcmbot ingest --quiet
    .venv/bin/python -m tests.scoring                    # all sets, cards on and off
    .venv/bin/python -m tests.scoring --sets realistic-dev --misses

``--misses`` lists the questions missed, by kind, for dev sets only: the test half and
the held-out documents are only scored (except the held-out documents marked ``split: dev``,
reported apart as ``heldout-dev``, for developing on documents the engine has never seen: each is
written fresh, read once as it comes, then improved only by mechanisms, never by its own words).
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "questions"
HELDOUT = ROOT / "tests" / "heldout"
# the same fixed "today" as the tests (tests/conftest.py FIXED_NOW)
FIXED_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
K = 5
LANGS = ("en", "fr", "ar")
METRICS = ("hit5", "facts", "oos", "refus", "lang", "native")
SCORED_ONLY = ("realistic-test", "heldout")      # never list their misses


# --------------------------------------------------------------------------- grader
def _grader_paths() -> list[Path]:
    env = os.environ.get("GCMBOT_GRADER")
    shared = os.environ.get("SHARED")
    paths = [Path(env)] if env else []
    if shared:
        paths.append(Path(shared) / "eval" / "grade.py")
    return paths + [ROOT.parent / "shared" / "eval" / "grade.py", Path("/work/shared/eval/grade.py")]


def load_grader():
    """The shared grader as a module, or None when this checkout has no ../shared."""
    for path in _grader_paths():
        if path.is_file():
            spec = importlib.util.spec_from_file_location("shared_grade", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    return None


class _LocalGrader:
    """The grader's matching rules, for a checkout without ../shared (CI on a clean clone)."""
    QUOTED = re.compile(r"[\"“«‹][^\"”»›]*[\"”»›]")
    URLISH = re.compile(r"\S+@\S+|https?://\S+")

    @staticmethod
    def norm(text: str) -> str:
        from bot.text.language import to_ascii_digits
        return re.sub(r"\s+", " ", to_ascii_digits(text)).casefold().strip()

    @classmethod
    def matches(cls, group, answer: str) -> bool:
        answer = cls.norm(answer)
        for alt in group:
            alt = cls.norm(str(alt))
            if alt.isdigit() and re.search(rf"(?<!\d){re.escape(alt)}(?!\d)", answer):
                return True
            if not alt.isdigit() and alt in answer:
                return True
        return False

    @classmethod
    def retrieved_rank(cls, evidence, sources) -> int | None:
        wanted = [cls.norm(e) for e in evidence]
        for rank, source in enumerate(sources, 1):
            body = cls.norm(str(source.get("text") or ""))
            if any(w in body for w in wanted):
                return rank
        return None

    @classmethod
    def detect_language(cls, text: str, keep_quotes: bool = False) -> str:
        from bot.text.language import detect_language
        text = cls.URLISH.sub(" ", text if keep_quotes else cls.QUOTED.sub(" ", text))
        return detect_language(text, default="?") if any(c.isalpha() for c in text) else "?"


GRADER = load_grader() or _LocalGrader


# --------------------------------------------------------------------------- sets
def public_set_path() -> Path | None:
    grader = getattr(GRADER, "__file__", None)
    path = Path(grader).parent / "questions.yaml" if grader else None
    return path if path and path.is_file() else None


def load_questions(path: Path, split: str | None = None) -> list[dict]:
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [q for q in items if split is None or q.get("split") == split]


def heldout_cases() -> list[dict]:
    """Each held-out document with its questions and the dates `gcmbot deadlines` must list."""
    cases = []
    for spec in sorted(HELDOUT.glob("*.yaml")):
        case = yaml.safe_load(spec.read_text(encoding="utf-8"))
        case["name"] = spec.stem
        case["path"] = HELDOUT / case["document"]
        cases.append(case)
    return cases


# --------------------------------------------------------------------------- grading
@dataclass
class Row:
    id: str
    lang: str
    refuse: bool
    answered: bool
    rank: int | None = None
    facts: bool = False
    lang_ok: bool = False
    native: bool = False
    kind: str = ""
    answer: str = ""
    misses: list[str] = field(default_factory=list)


def grade(item: dict, reply: dict) -> Row:
    """One question against one reply (the `gcmbot ask --jsonl` JSON object)."""
    answer = str(reply.get("answer", ""))
    lang = item["lang"]
    row = Row(id=item["id"], lang=lang, refuse=item.get("expect") == "refuse",
              answered=bool(reply.get("answered")), kind=str(reply.get("kind", "")), answer=answer)
    row.lang_ok = reply.get("language") == lang and GRADER.detect_language(answer) == lang
    row.native = GRADER.detect_language(answer, keep_quotes=True) == lang
    if not row.lang_ok:
        row.misses.append(f"language {reply.get('language')}/{GRADER.detect_language(answer)}")
    if row.refuse:
        if row.answered:
            row.misses.append("answered out of scope")
        return row
    row.rank = GRADER.retrieved_rank(item.get("evidence", []), reply.get("sources") or [])
    row.facts = row.answered and all(GRADER.matches(g, answer) for g in item.get("answer_must", []))
    if row.rank is None or row.rank > K:
        row.misses.append(f"evidence rank {row.rank}")
    if not row.answered:
        row.misses.append("refused")
    elif not row.facts:
        row.misses.append("facts missing")
    return row


def summarise(rows: list[Row]) -> dict[str, dict[str, float]]:
    """{lang | "all": {metric: rate}}; a rate is None when the set has no such question."""
    def rate(values):
        values = list(values)
        return sum(values) / len(values) if values else None

    out = {}
    for lang in (*LANGS, "all"):
        sel = [r for r in rows if lang == "all" or r.lang == lang]
        inscope = [r for r in sel if not r.refuse]
        out[lang] = {
            "n": len(sel),
            "hit5": rate(r.rank is not None and r.rank <= K for r in inscope),
            "facts": rate(r.facts for r in inscope),
            "oos": rate(not r.answered for r in sel if r.refuse),
            "refus": rate(r.answered != r.refuse for r in sel),   # the grader's: refused exactly the out-of-scope
            "lang": rate(r.lang_ok for r in sel),
            "native": rate(r.native for r in sel),
        }
    return out


def score(engine, items: list[dict]) -> list[Row]:
    return [grade(item, engine.answer(item["question"]).to_json()) for item in items]


def short_of(summary: dict, floors: dict) -> list[str]:
    """The floors ({lang: {metric: floor}}) a summary does not reach, as readable lines."""
    return [f"{lang} {metric} {summary[lang][metric]:.2f} < {floor}"
            for lang, metrics in floors.items() for metric, floor in metrics.items()
            if summary[lang][metric] is not None and summary[lang][metric] < floor]


# --------------------------------------------------------------------------- held-out documents
def heldout_settings(base_data: Path, knowledge: Path, document: Path, workdir: Path):
    """Settings of an index of `knowledge` plus one document, ingested as the secretariat would.

    The prepared index `base_data` is copied, so only the new document is embedded.
    """
    from bot.settings import Settings
    from ingest.pipeline import run_ingest

    know, data = workdir / "knowledge", workdir / "data"
    shutil.copytree(knowledge, know)
    shutil.copy2(document, know / "documents" / document.name)
    shutil.copytree(base_data, data)
    settings = Settings(data_dir=data, knowledge_dir=know)
    summary = run_ingest(settings, quiet=True)
    if not summary.ok:
        raise RuntimeError(f"ingest of {document.name} failed: {summary.lines()}")
    return settings


def deadlines_output(settings, today: str, lang: str = "en") -> str:
    """What the real `gcmbot deadlines` prints for this knowledge base and index."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update(GCMBOT_DATA_DIR=str(settings.data_dir), GCMBOT_KNOWLEDGE_DIR=str(settings.knowledge_dir))
    exe = Path(sys.executable).with_name("gcmbot")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli.main"]
    proc = subprocess.run([*cmd, "deadlines", "--today", str(today), "--past", "100", "--lang", lang],
                          capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"gcmbot deadlines exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout


_DAY_SPAN = re.compile(r"\b(\d{1,2}) ?- ?(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")
# ... and one across two months ("30 June - 2 July 2038"): its first day's full date
_MONTHS_SPAN = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+) ?- ?(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")


def dates_missing(listing: str, groups: list[list[str]]) -> list[list[str]]:
    """The date groups no entry of the listing holds (an entry: lines up to a blank line)."""
    entries = [e for e in re.split(r"\n\s*\n", listing.replace("\u2013", "-").replace("\u200f", ""))]
    # an entry of several days ("16-17 March 2038", "21-23 June 2039") holds each of its days' full dates
    entries = [e + "".join(f"\n{day} {m[3]} {m[4]}" for m in _DAY_SPAN.finditer(e)
                           for day in (range(int(m[1]), int(m[2]) + 1) if int(m[1]) <= int(m[2]) else (m[1], m[2])))
               + "".join(f"\n{m[1]} {m[2]} {m[5]}" for m in _MONTHS_SPAN.finditer(e)) for e in entries]
    norm = lambda s: s.replace("\u2013", "-").casefold()
    return [g for g in groups if not any(all(norm(s) in norm(e) for s in g) for e in entries)]


# --------------------------------------------------------------------------- report
def _engine(settings, use_cards: bool, now: datetime = FIXED_NOW):
    from bot.answering.engine import Engine
    return Engine.from_settings(settings.model_copy(update={"use_cards": use_cards}), clock=lambda: now)


def case_now(case: dict) -> datetime:
    """The question file's own "today" (a few days after its document was issued, when its questions were written),
    at 09:00 UTC: a document is not asked about years before it exists."""
    day = date.fromisoformat(str(case["today"]))
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.utc)


def _fmt(v) -> str:
    return "   -  " if v is None else f"{v:6.2f}"


def main(argv=None) -> int:
    import argparse
    import tempfile

    from bot.settings import get_settings

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="public,own,realistic-dev,realistic-test,heldout",
                    help="comma-separated: public, own, realistic-dev, realistic-test, heldout")
    ap.add_argument("--cards", choices=["both", "on", "off"], default="both")
    ap.add_argument("--misses", action="store_true", help="list missed questions (dev sets only)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--clock", choices=["fixed", "today"], default="fixed",
                    help="held-out documents asked on the tests' fixed day (fixed) or on their question file's today")
    ap.add_argument("--docs", metavar="PREFIXES", default="",
                    help="held-out documents whose names start with one of these (comma-separated), e.g. 2026-10-07")
    args = ap.parse_args(argv)

    settings = get_settings()
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    cards = {"both": [True, False], "on": [True], "off": [False]}[args.cards]
    docs = tuple(d.strip() for d in args.docs.split(",") if d.strip())
    cases = [c for c in heldout_cases() if not docs or c["name"].startswith(docs)]     # (--docs: the ones named)
    now_of = lambda case: case_now(case) if args.clock == "today" else FIXED_NOW   # noqa: E731
    print(f"grader: {getattr(GRADER, '__file__', 'local rules (no ../shared/eval/grade.py)')}")
    results, lines_out = {}, []

    def report(name, use_cards, rows, extra=""):
        summary = summarise(rows)
        results.setdefault(name, {})["cards" if use_cards else "no-cards"] = summary
        for lang in (*LANGS, "all"):
            s = summary[lang]
            print(f"{name:<16} {'on' if use_cards else 'off':<5} {lang:<4} {s['n']:>4} "
                  + " ".join(_fmt(s[m]) for m in METRICS) + (f"  {extra}" if lang == "all" and extra else ""))
        if args.misses and name not in SCORED_ONLY and not name.startswith("heldout:"):
            for r in rows:
                if r.misses:
                    lines_out.append(f"  [{name} cards={'on' if use_cards else 'off'}] {r.id:<10} "
                                     f"{'; '.join(r.misses):<40} {r.answer[:150]!r}")

    print(f"{'set':<16} {'cards':<5} {'lang':<4} {'n':>4} " + " ".join(f"{m:>6}" for m in METRICS))
    for name in wanted:
        if name in ("heldout", "heldout-dev"):
            continue
        if name == "public":
            path = public_set_path()
            if path is None:
                print("public: ../shared/eval/questions.yaml not found; skipped")
                continue
            items = load_questions(path)
        elif name == "own":
            items = load_questions(QUESTIONS / "own.yaml")
        elif name.startswith("realistic-"):
            items = load_questions(QUESTIONS / "realistic.yaml", split=name.split("-", 1)[1])
        else:
            ap.error(f"unknown set {name!r}")
        for use_cards in cards:
            report(name, use_cards, score(_engine(settings, use_cards), items))
    if "heldout" in wanted:
        base_data = Path(settings.data_dir)
        pooled: dict[bool, list[Row]] = {c: [] for c in cards}
        dates_seen = dates_total = 0
        for case in cases:
            dev = case.get("split") == "dev"
            with tempfile.TemporaryDirectory(prefix="gcm-heldout-") as tmp:
                hs = heldout_settings(base_data, Path(settings.knowledge_dir), case["path"], Path(tmp))
                missing = dates_missing(deadlines_output(hs, case["today"]), case["dates"])
                if not dev:
                    dates_total += len(case["dates"])
                    dates_seen += len(case["dates"]) - len(missing)
                results.setdefault("heldout-dates-missing", {})[case["name"]] = [" | ".join(g) for g in missing]
                for use_cards in cards:
                    rows = score(_engine(hs, use_cards, now_of(case)), case["questions"])
                    if not dev:
                        pooled[use_cards] += rows
                    report(("heldout-dev:" if dev else "heldout:") + case["name"][:10], use_cards, rows,
                           f"dates listed: {len(case['dates']) - len(missing)}/{len(case['dates'])}" if dev else "")
        for use_cards in cards:
            report("heldout", use_cards, pooled[use_cards], f"dates in `gcmbot deadlines`: {dates_seen}/{dates_total}")
    if "heldout-dev" in wanted and "heldout" not in wanted:
        for case in [c for c in cases if c.get("split") == "dev"]:
            with tempfile.TemporaryDirectory(prefix="gcm-heldout-") as tmp:
                hs = heldout_settings(Path(settings.data_dir), Path(settings.knowledge_dir), case["path"], Path(tmp))
                for use_cards in cards:
                    report("heldout-dev:" + case["name"][:10], use_cards, score(_engine(hs, use_cards, now_of(case)), case["questions"]))
    if lines_out:
        print("\nmisses (dev sets):")
        print("\n".join(lines_out))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
