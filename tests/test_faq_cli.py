"""`gcmbot faq top|gaps|export|group` on a real store, run as the secretariat runs it."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli.benchmarks.faq import generate_questions, insert_questions
from bot.storage.schema import questions

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(timezone.utc)


@pytest.fixture(scope="module")
def log_dir(tmp_path_factory) -> Path:
    """A data dir with 150 questions over 60 days, grouped once."""
    from bot.review.grouping import group_new_questions
    from bot.settings import Settings
    from bot.storage.store import Store
    from ingest.embedders import get_embedder

    data = tmp_path_factory.mktemp("faqlog")
    settings = Settings(data_dir=data)
    store = Store.from_settings(settings)
    rows = generate_questions(150, seed=3, days=60, now=NOW)
    # one old question, for the period filters
    old = dict(rows[0], question="Where can I find the IMRF programme from long ago?", asked_at=NOW - timedelta(days=400),
               language="en", user_key="f" * 64)
    insert_questions(store.engine, rows + [old])
    group_new_questions(store.engine, get_embedder(settings))
    store.close()
    return data


def gcmbot(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update(GCMBOT_DATA_DIR=str(data), GCMBOT_LOG_LEVEL="WARNING")
    return subprocess.run([sys.executable, "-m", "bot.cli", "faq", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_top_lists_the_largest_groups_with_their_languages(log_dir):
    out = gcmbot(log_dir, "top", "-n", "3")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("Largest groups, all time:")
    assert text.count("\n#") == 3
    assert "ar " in text and "en " in text and "fr " in text
    sizes = [int(line.split(": ")[1].split(" questions")[0]) for line in text.splitlines() if line.startswith("#")]
    assert sizes == sorted(sizes, reverse=True)
    assert "answers:" in text and "feedback:" in text and "no card" in text


def test_top_filters_by_language_and_period(log_dir):
    ar = gcmbot(log_dir, "top", "--lang", "ar", "-n", "50")
    assert ar.returncode == 0, ar.stderr
    for line in ar.stdout.splitlines():
        if line.startswith("#"):
            assert "en 0 · fr 0" in line
        if line.startswith("    en:") or line.startswith("    fr:"):
            pytest.fail(f"a question in another language: {line}")
    recent = gcmbot(log_dir, "top", "--days", "90", "-n", "500").stdout
    assert "long ago" not in recent
    everything = gcmbot(log_dir, "top", "-n", "500").stdout
    assert "long ago" in everything
    old_only = gcmbot(log_dir, "top", "--until", (NOW - timedelta(days=300)).date().isoformat())
    assert old_only.returncode == 0 and "1 group" in old_only.stdout.splitlines()[0]
    bad = gcmbot(log_dir, "top", "--since", "yesterday")
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_gaps_are_refused_low_confidence_or_thumbs_down(log_dir):
    out = gcmbot(log_dir, "gaps", "-n", "5")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Gaps (refused, low-confidence, thumbs-down)")
    first = next(line for line in out.stdout.splitlines() if line.startswith("#1"))
    assert "gap questions of" in first
    assert "refused" in out.stdout


def test_export_csv_opens_in_a_spreadsheet_with_arabic(log_dir, tmp_path):
    target = tmp_path / "faq.csv"
    out = gcmbot(log_dir, "export", "--format", "csv", "-o", str(target))
    assert out.returncode == 0, out.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so spreadsheets detect the encoding"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and {"group_id", "size", "ar", "en", "fr", "covered_by_card", "representative_ar"} <= set(rows[0])
    assert any("ال" in r["representative_ar"] for r in rows)
    assert sum(int(r["size"]) for r in rows) == 151
    for r in rows:
        assert int(r["size"]) == int(r["ar"]) + int(r["en"]) + int(r["fr"])


def test_export_json_with_filters_and_deleted_questions_gone(log_dir, tmp_path):
    from bot.settings import Settings
    from bot.storage.store import Store

    out = gcmbot(log_dir, "export", "--format", "json", "--lang", "fr", "--since", (NOW - timedelta(days=30)).date().isoformat())
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "fr" and data["groups"]
    for g in data["groups"]:
        assert g["by_language"]["ar"] == g["by_language"]["en"] == 0
        assert g["first_asked"] >= (NOW - timedelta(days=30)).date().isoformat()
        assert {"representatives", "answers", "feedback_up", "feedback_down", "last_asked", "covered", "card_id"} <= set(g)
    # /forget: the user's questions leave every export at once
    store = Store.from_settings(Settings(data_dir=log_dir))
    with store.engine.connect() as conn:
        user, n = conn.execute(select(questions.c.user_key, func.count()).group_by(questions.c.user_key)
                               .order_by(func.count().desc()).limit(1)).one()
    before = json.loads(gcmbot(log_dir, "export", "--format", "json").stdout)
    store.forget_user(user)
    store.close()
    after = json.loads(gcmbot(log_dir, "export", "--format", "json").stdout)
    assert sum(g["size"] for g in after["groups"]) == sum(g["size"] for g in before["groups"]) - n
    assert user not in json.dumps(after)


def test_group_command_reports_what_it_did(log_dir):
    out = gcmbot(log_dir, "group")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("placed 0 questions")


def test_export_lists_every_question_with_its_group(log_dir, tmp_path):
    data = json.loads(gcmbot(log_dir, "export", "--format", "json").stdout)
    listed = data["questions"]
    sizes = {g["id"]: g["size"] for g in data["groups"]}
    assert listed and all(q["group_id"] in sizes for q in listed)
    counted: dict[int, int] = {}
    for q in listed:
        counted[q["group_id"]] = counted.get(q["group_id"], 0) + 1
        assert set(q) >= {"question_id", "question", "language", "group_id", "asked_at"} and "user_key" not in q
    assert counted == sizes, "each group's size is the number of questions listed with its id"
    assert all(g["label"] for g in data["groups"])
    target = tmp_path / "questions.csv"
    out = gcmbot(log_dir, "export", "--questions", "-o", str(target))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert {int(r["question_id"]): int(r["group_id"]) for r in rows} == {q["question_id"]: q["group_id"] for q in listed}


@pytest.fixture
def small_log(tmp_path) -> Path:
    """A data dir of its own: 60 questions, grouped."""
    from bot.review.grouping import group_new_questions
    from bot.settings import Settings
    from bot.storage.store import Store
    from ingest.embedders import get_embedder

    settings = Settings(data_dir=tmp_path / "data")
    store = Store.from_settings(settings)
    insert_questions(store.engine, generate_questions(60, seed=5, days=20, now=NOW))
    group_new_questions(store.engine, get_embedder(settings))
    store.close()
    return tmp_path / "data"


def test_corrections_from_the_command_line_and_grouping_everything_again(small_log):
    from bot.settings import Settings
    from bot.storage.store import Store

    store = Store.from_settings(Settings(data_dir=small_log))
    with store.engine.connect() as conn:
        by_group: dict[int, list[int]] = {}
        for qid, gid in conn.execute(select(questions.c.id, questions.c.group_id).order_by(questions.c.id)):
            by_group.setdefault(gid, []).append(qid)
    store.close()
    big, other, third = sorted(by_group, key=lambda g: -len(by_group[g]))[:3]
    shown = gcmbot(small_log, "show", str(big))
    assert shown.returncode == 0, shown.stderr
    assert all(f" {qid} " in shown.stdout for qid in by_group[big][:5]) and "label:" in shown.stdout
    split = gcmbot(small_log, "split", str(big), *map(str, by_group[big][:2]), "--label", "Split off by the secretariat")
    assert split.returncode == 0, split.stderr
    new_id = int(split.stdout.split("new group ")[1].split()[0])
    moved = by_group[third][0]
    assert gcmbot(small_log, "move", str(moved), "--to", str(new_id)).returncode == 0
    assert gcmbot(small_log, "merge", str(other), "--into", str(big)).returncode == 0
    renamed = gcmbot(small_log, "rename", str(big), "Two needs the secretariat says are one")
    assert renamed.returncode == 0 and "later grouping runs keep this decision" in renamed.stderr
    bad = gcmbot(small_log, "merge", "999999", "--into", str(big))
    assert bad.returncode == 2 and "no group 999999" in bad.stderr
    listed = gcmbot(small_log, "corrections").stdout
    assert [line.split("  ", 1)[1].split()[0] for line in listed.splitlines()] == ["labelled", "merged", "moved", "split"]
    regroup = gcmbot(small_log, "group", "--all")
    assert regroup.returncode == 0, regroup.stderr
    new_group = gcmbot(small_log, "show", str(new_id)).stdout
    assert "Split off by the secretariat" in new_group
    for qid in [*by_group[big][:2], moved]:
        assert f" {qid}* " in new_group, f"question {qid} stays where the secretariat put it"
    merged = gcmbot(small_log, "show", str(other)).stdout
    assert merged.startswith(f"group {other} was merged into group {big}")
    assert "Two needs the secretariat says are one" in merged
    assert all(f" {qid}* " in merged for qid in by_group[other])
