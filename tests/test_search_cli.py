"""`gcmbot search`: raw store hits for a query in Arabic, English or French (real CLI, real index)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

GCMBOT = Path(sys.executable).parent / "gcmbot"


def search(*args, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    full.update({k: str(v) for k, v in env.items()})
    return subprocess.run([str(GCMBOT), "search", *args], cwd=cwd, env=full, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize(
    "query, document",
    [
        ("second regional review conference July 2024 concept note objectives", "rrc-2024-concept-note"),
        ("dialogues multipartites d'octobre 2020, session d'ouverture", "msd-2020-report"),
        ("الحوارات بين أصحاب المصلحة المتعددين أكتوبر 2020", "msd-2020-report"),
        ("Quels étaient les objectifs du dialogue de février 2022 sur le Forum d'examen des migrations "
         "internationales ?", "imrf-dialogue-2022"),
        ("ما هي أهداف الحوار مع أصحاب المصلحة بشأن المنتدى الدولي لاستعراض الهجرة في 2022؟", "imrf-dialogue-2022"),
    ],
    ids=["en", "fr", "ar", "fr-imrf", "ar-imrf"],
)
def test_search_finds_the_right_document_in_each_language(indexed_env, tmp_path, query, document):
    res = search(query, "--k", "3", env=indexed_env, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    heads = re.findall(r"^(\d+)\. (0\.\d{3})  (\S+)  \(", res.stdout, flags=re.M)   # rank, score, document
    assert [int(rank) for rank, _, _ in heads] == [1, 2, 3]
    assert document in heads[0][2]                    # the best hit is from the right document
    assert float(heads[0][1]) >= float(heads[2][1])


def test_search_json_shape(indexed_env, tmp_path):
    res = search("accreditation of civil society organisations for the IMRF", "--k", "4", "--json",
                 env=indexed_env, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    hits = json.loads(res.stdout)
    assert [h["rank"] for h in hits] == [1, 2, 3, 4]
    for h in hits:
        assert set(h) >= {"rank", "score", "id", "document", "title", "section", "date", "language", "position", "text"}
        assert 0 < h["score"] <= 1 and h["text"].strip() and h["title"]
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert hits[0]["document"] == "imrf-dialogue-2022-summary"
    assert "accredit" in hits[0]["text"].lower()


def test_search_on_an_empty_index_says_to_run_ingest(tmp_path):
    res = search("accreditation", env={"GCMBOT_DATA_DIR": tmp_path / "data"}, cwd=tmp_path)
    assert res.returncode == 1
    assert "the index is empty" in res.stderr and "gcmbot ingest" in res.stderr
    assert res.stdout == "" and "Traceback" not in res.stderr
