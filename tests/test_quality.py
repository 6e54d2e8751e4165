"""Our question sets as tests with floors: tests/questions/own.yaml and the test half of
tests/questions/realistic.yaml (questions as people type them on a phone).

The floors are the levels reached so far; a change that makes answers worse fails here.
Scoring is tests/scoring.py (the shared grader's matching): evidence in the top 5
sources, every fact group in the answer, out-of-scope questions refused, the answer in
the question's language. `python -m tests.scoring` prints the whole report.
"""
import pytest

from tests.scoring import QUESTIONS, load_questions, score, short_of, summarise

OWN = load_questions(QUESTIONS / "own.yaml")
REALISTIC = load_questions(QUESTIONS / "realistic.yaml")
REALISTIC_TEST = [q for q in REALISTIC if q["split"] == "test"]

# own.yaml, measured with cards (and without: GCMBOT_USE_CARDS=false) on 2026-11-23; floors a little below
OWN_FLOORS = {
    True: {"en": {"hit5": 0.92, "facts": 0.92, "refus": 0.95, "lang": 1.0},
           "fr": {"hit5": 0.92, "facts": 0.92, "refus": 0.95, "lang": 1.0},
           "ar": {"hit5": 0.92, "facts": 0.92, "refus": 0.95, "lang": 1.0}},
    False: {"en": {"hit5": 0.92, "facts": 0.72, "refus": 0.95, "lang": 1.0},
            "fr": {"hit5": 0.83, "facts": 0.65, "refus": 0.95, "lang": 1.0},
            "ar": {"hit5": 0.83, "facts": 0.68, "refus": 0.95, "lang": 1.0}},
}
# realistic.yaml test half (27 questions a language, 6 of them near misses); the
# baseline before issue 10's engine work was, with cards: hit5 en .86 fr .86 ar .76,
# facts .62 .57 .62, out-of-scope refused .00 .33 .17, language 1 1 .85. Measured on
# 2026-11-30 (tests/questions/figures.md), with cards: hit5 .95 .95 .95, facts .86 .86 .90,
# refused .67 .67 .67, language 1 1 1; without: hit5 .86 .95 .81, facts .81 .95 .76.
# On 2026-12-03 (fifth session) near misses refused .83 .83 .83 with and without cards.
# Floors: about one question below (a near miss is 1/6 of its column).
REALISTIC_FLOORS = {
    True: {"en": {"hit5": 0.9, "facts": 0.8, "oos": 0.67, "lang": 1.0},
           "fr": {"hit5": 0.9, "facts": 0.8, "oos": 0.67, "lang": 1.0},
           "ar": {"hit5": 0.9, "facts": 0.85, "oos": 0.67, "lang": 1.0}},
    False: {"en": {"hit5": 0.8, "facts": 0.75, "oos": 0.67, "lang": 1.0},
            "fr": {"hit5": 0.9, "facts": 0.9, "oos": 0.67, "lang": 1.0},
            "ar": {"hit5": 0.75, "facts": 0.7, "oos": 0.67, "lang": 1.0}},
}


def test_the_own_set_is_large_and_covers_three_languages_and_five_documents():
    assert len(OWN) >= 60
    assert {q["lang"] for q in OWN} == {"ar", "en", "fr"}
    assert sum(q.get("expect") == "refuse" for q in OWN) >= 9
    assert len({q["topic"].split("/")[0] for q in OWN if q.get("expect") != "refuse"}) >= 5


def test_the_realistic_set_has_two_halves_in_three_languages_with_near_misses():
    assert len(REALISTIC) >= 150
    assert len({q["id"] for q in REALISTIC}) == len(REALISTIC)
    # dev2: a second development batch, mostly near misses (details of the documents' own events they do not give)
    assert {q["split"] for q in REALISTIC} == {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test"}
    for lang in ("ar", "en", "fr"):
        for half in ("dev", "test"):
            sel = [q for q in REALISTIC if q["lang"] == lang and q["split"] == half]
            assert len(sel) >= 20, (lang, half)
            assert sum(q.get("expect") == "refuse" for q in sel) >= 5, (lang, half)
    assert sum(q.get("expect") == "refuse" for q in REALISTIC) >= 30
    docs = {q["topic"].split("/")[0] for q in REALISTIC if q.get("expect") != "refuse"}
    assert docs == {"report-2020", "conference-2021", "event-2022", "summary-2022", "concept-2024"}
    for q in REALISTIC:
        assert q.get("expect") == "refuse" or (q["evidence"] and q["answer_must"]), q["id"]


@pytest.mark.parametrize("use_cards", [True, False], ids=["cards", "no-cards"])
def test_question_sets_meet_their_floors(settings, use_cards):
    from bot.answering.engine import Engine
    from tests.conftest import FIXED_NOW

    engine = Engine.from_settings(settings.model_copy(update={"use_cards": use_cards}), clock=lambda: FIXED_NOW)
    short = []
    for name, items, floors in (("own", OWN, OWN_FLOORS), ("realistic test half", REALISTIC_TEST, REALISTIC_FLOORS)):
        results = summarise(score(engine, items))
        report = {lang: {k: round(v, 2) for k, v in r.items() if v is not None} for lang, r in results.items()}
        print(name, report)
        short += [f"{name}: {line}" for line in short_of(results, floors[use_cards])]
    assert not short, short
