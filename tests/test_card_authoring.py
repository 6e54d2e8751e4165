"""Cards from groups: validation, saving, and the whole loop back to the bot's answer."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from bot.review import faq
from bot.review.card_authoring import CardDraft, create_card, draft_from_form, draft_from_group, search_documents, slug
from bot.storage.schema import question_groups, questions

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
QUOTE = "accreditation is required for CSOs to be registered for participation in person"
DOC = "imrf-dialogue-2022-summary"
# the loop is about a question no card of the repository answers yet
LOOP_QUOTE = "A total of 145 participants attended the meeting"
ASKED = {
    "en": "How many participants attended the stakeholder dialogue meeting on 10 February 2022?",
    "fr": "Combien de participants ont assisté à la réunion de dialogue avec les parties prenantes du 10 février 2022 ?",
    "ar": "كم عدد المشاركين الذين حضروا اجتماع الحوار مع أصحاب المصلحة في 10 فبراير 2022؟",
}
ANSWERS = {
    "en": "145 people took part in the dialogue of 10 February 2022: 88 from stakeholder groups and 57 from the UN.",
    "fr": "145 personnes ont pris part au dialogue du 10 février 2022 : 88 des parties prenantes et 57 des Nations Unies.",
    "ar": "شارك 145 شخصا في حوار 10 فبراير 2022: 88 من مجموعات أصحاب المصلحة و57 من الأمم المتحدة.",
}


@pytest.fixture
def knowledge_copy(tmp_path) -> Path:
    """A private copy of knowledge/: tests never write into the repository's cards."""
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def filled(draft: CardDraft, quote: str = QUOTE) -> CardDraft:
    draft.topic = {"en": "Participants in the 2022 dialogue", "fr": "Participants au dialogue de 2022", "ar": "المشاركون في حوار 2022"}
    draft.answer = dict(ANSWERS)
    for lang, q in ASKED.items():
        if q not in draft.questions[lang]:
            draft.questions[lang] = (draft.questions[lang] + "\n" + q).strip()
    draft.sources = [{"document": DOC, "quote": quote}]
    return draft


def test_a_quotation_not_in_the_document_is_refused_next_to_its_field(knowledge_copy):
    draft = filled(CardDraft(id="accreditation-imrf-test"), quote="accreditation is never required")
    draft.answer["ar"] = ""
    assert create_card(draft, knowledge_copy) is None
    assert "source_quote_0" in draft.problems and "not found" in draft.problems["source_quote_0"][0]
    assert "answer_ar" in draft.problems
    assert not (knowledge_copy / "cards" / "accreditation-imrf-test.yaml").exists()
    # an unknown document and a bad id are named too
    other = filled(CardDraft(id="Bad Id"))
    other.sources = [{"document": "no-such-doc", "quote": QUOTE}]
    assert create_card(other, knowledge_copy) is None
    assert {"id", "source_document_0"} <= set(other.problems)


def test_a_valid_card_is_saved_and_not_overwritten_by_accident(knowledge_copy):
    draft = filled(CardDraft(id="accreditation-imrf-test"))
    path = create_card(draft, knowledge_copy)
    assert path == knowledge_copy / "cards" / "accreditation-imrf-test.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["answer"]["ar"] == ANSWERS["ar"] and data["sources"] == [{"document": DOC, "quote": QUOTE}]
    assert data["questions"]["fr"] == [ASKED["fr"]]
    again = filled(CardDraft(id="accreditation-imrf-test"))
    assert create_card(again, knowledge_copy) is None and "already exists" in again.problems["id"][0]
    assert not list(KNOWLEDGE.joinpath("cards").glob("accreditation-imrf-test*"))


def test_the_form_fields_make_a_draft():
    form = {"id": "x-card", "group_id": "7", "answer_ar": "جواب", "questions_en": "one?\n\ntwo?\n",
            "source_document_0": "", "source_quote_0": "", "source_document_1": DOC, "source_quote_1": QUOTE}
    draft = draft_from_form(form)
    assert draft.group_id == 7 and draft.sources == [{"document": DOC, "quote": QUOTE}]
    assert draft.to_card()["questions"]["en"] == ["one?", "two?"]
    assert slug("How can my organisation get accreditation for the IMRF?") == "how-can-my-organisation-get-accreditation-for-the-imrf"
    assert slug("كيف") == ""


def test_document_search_finds_exact_quotations(knowledge_copy):
    from bot.knowledge.cards import document_texts, quote_found

    hits = search_documents(knowledge_copy, "accreditation required CSOs")
    assert hits and hits[0]["document"] == DOC and QUOTE in hits[0]["quote"]
    texts = document_texts(knowledge_copy)
    assert all(quote_found(h["quote"], texts[h["document"]]) for h in search_documents(knowledge_copy, "objectives"))
    assert search_documents(knowledge_copy, "zzzz-nothing") == []


@pytest.mark.slow
def test_the_full_loop_questions_group_card_answer(fresh_data_dir, knowledge_copy):
    """Questions logged -> one group -> a card written from it -> the same question answered by the card."""
    from bot.answering.engine import Engine
    from bot.review.grouping import group_new_questions, to_bytes
    from bot.settings import Settings
    from bot.storage.store import Store
    from ingest.pipeline import run_ingest

    settings = Settings(data_dir=fresh_data_dir, knowledge_dir=knowledge_copy)
    engine = Engine.from_settings(settings)
    store = Store.from_settings(settings)
    for lang, q in ASKED.items():
        answer = engine.answer(q)
        store.log_question(user_key="a" * 64, chat_type="private", channel="cli", answer=answer,
                           embedding=to_bytes(engine.embedder.query_vector(q)))
    report = group_new_questions(store.engine, engine.embedder)
    assert report.embedded == 0                     # the vectors logged with the questions were used
    with store.engine.connect() as conn:
        gids = set(conn.execute(select(questions.c.group_id)).scalars())
        assert len(gids) == 1, "the three languages form one group"
        gid = gids.pop()
        draft = draft_from_group(conn, gid, knowledge_copy)
    assert draft.questions["ar"] == ASKED["ar"] and draft.id.startswith("how-many-participants")
    with store.engine.begin() as conn:
        path = create_card(filled(draft, quote=LOOP_QUOTE), knowledge_copy, conn)
    assert path is not None, draft.problems
    with store.engine.connect() as conn:
        assert conn.execute(select(question_groups.c.card_id).where(question_groups.c.id == gid)).scalar_one() == draft.id
        assert faq.group_summary(conn, gid).covered
    summary = run_ingest(settings, quiet=True)           # what `gcmbot ingest` does
    assert summary.ok, summary.lines()
    engine = Engine.from_settings(settings)
    for lang, q in ASKED.items():
        answer = engine.answer(q)
        assert answer.kind == "card" and answer.topic.removeprefix("card:") == draft.id, (lang, answer.kind, answer.topic)
        assert answer.answer.startswith(ANSWERS[lang][:20])
    store.close()
