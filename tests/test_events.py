"""Dates from every document, end to end: a new document ingested with no manifest, card or
timeline entry -> its dates and its registration deadline in `gcmbot deadlines` and the .ics
file; curated timeline.yaml entries win; event ids survive a re-ingest, and so do the
secretariat's hide and correct (`gcmbot timeline`)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import KNOWLEDGE, ROOT

NOTE_FILE = "2026-12-01_stakeholder-consultation-2027-information-note.md"
NOTE_ID = "2026-12-01_stakeholder-consultation-2027-information-note"     # inferred from the file name
NOTE = """# Information note: Regional Stakeholder Consultation on the Global Compact for Migration, 2027

## 1. Background

The Regional UN Network on Migration for the Arab Region will hold a regional stakeholder consultation
to prepare the third regional review of the Global Compact for Safe, Orderly and Regular Migration (GCM).

## 2. Date and venue

The Regional Stakeholder Consultation will be held from 17 to 18 March 2027 at the UN House in Beirut, Lebanon.
It will be conducted in Arabic, English and French with simultaneous interpretation.

## 3. Registration

The deadline for registration is 15 February 2027. Registration is done through the online form of the Network.

## 4. Written inputs

Stakeholders may send written inputs to the secretariat. Written inputs should be submitted no later than 1 March 2027.

## 5. Agenda

DAY 1: Wednesday, 17 March 2027
09:00 - 10:00 | Opening session
DAY 2: Thursday, 18 March 2027
09:00 - 12:00 | Working groups
"""


# ----------------------------------------------------------------------------- merging (no index needed)
def ev(id_, doc, start, end=None, precision="day", kind="event", origin="extracted", name=None):
    from bot.knowledge.timeline import Event

    return Event(id=id_, name=name or {"en": id_}, start=start, end=end, precision=precision, kind=kind,
                 document=doc, origin=origin)


def test_curated_wins_for_the_same_dates_and_document_only():
    from bot.knowledge.events import merge
    from bot.storage.event_overrides import Override

    imrf = ev("imrf", "a", date(2022, 5, 17), date(2022, 5, 20), origin="curated")
    extracted = [
        ev("day-in-range", "a", date(2022, 5, 18)),                          # a day of it, same document
        ev("same-dates-b", "b", date(2022, 5, 17), date(2022, 5, 20)),       # the same dates elsewhere
        ev("month-a", "a", date(2022, 5, 1), precision="month"),             # its month, same document
        ev("day-b", "b", date(2022, 5, 18)),                                 # a day of it in another document
        ev("registration-a", "a", date(2022, 5, 17), kind="registration"),   # not an event: a date to meet
        ev("hidden", "c", date(2027, 1, 1)),
        ev("moved", "c", date(2027, 2, 1)),
    ]
    decisions = {"hidden": Override("hidden", hidden=True),
                 "moved": Override("moved", start=date(2027, 3, 1), precision="month", kind="deadline",
                                   names={"fr": "Date limite"})}
    shown = merge([imrf], extracted, decisions)
    assert [e.id for e in shown] == ["imrf", "registration-a", "day-b", "moved"]
    moved = shown[-1]
    assert (moved.start, moved.precision, moved.kind, moved.corrected) == (date(2027, 3, 1), "month", "deadline", True)
    assert moved.name == {"en": "moved", "fr": "Date limite"}
    review = {e.id: e for e in merge([imrf], extracted, decisions, include_hidden=True)}
    assert review["hidden"].hidden and review["day-in-range"].superseded_by == "imrf"
    assert review["same-dates-b"].superseded_by == "imrf" and review["month-a"].superseded_by == "imrf"


def test_an_extracted_name_in_another_language_is_quoted():
    arabic = ev("x", "d", date(2027, 3, 17), name={"ar": "المشاورة الإقليمية"})
    assert arabic.name_in("ar") == "المشاورة الإقليمية"
    assert arabic.name_in("en") == "“المشاورة الإقليمية”" and arabic.name_in("fr") == "« المشاورة الإقليمية »"


def test_events_are_read_once_from_overlapping_chunks():
    from bot.knowledge.events import from_metadata

    item = {"id": "ev-1", "name": "The regional consultation", "language": "en", "start": "2027-03-17", "end": "2027-03-18",
            "precision": "day", "kind": "event", "document": "d", "sentence": "The consultation ...", "section": "2"}
    metas = [{"doc_id": "d", "title": "Note", "events": json.dumps([item])},
             {"doc_id": "d", "title": "Note", "events": json.dumps([item])},
             {"doc_id": "d", "events": "not json"}, {"doc_id": "d", "events": ""}]
    (e,) = from_metadata(metas)
    assert (e.id, e.end, e.doc_title, e.origin) == ("ev-1", date(2027, 3, 18), "Note", "extracted")
    assert e.keywords == {"en": ["regional consultation"]}       # matched without its article too
    # ... and by its section's heading ("Préparer et déposer la demande" under "3. Accréditation à l'IMRF 2034")
    item = dict(item, id="ev-2", name="Déposer la demande", kind="deadline", language="fr",
                section="Compte rendu > 3. ACCRÉDITATION À L'IMRF 2034")
    (e,) = from_metadata([{"doc_id": "d", "title": "Note", "events": json.dumps([item])}])
    assert e.keywords == {"fr": ["ACCRÉDITATION À L'IMRF 2034"]}


# ----------------------------------------------------------------------------- a new document, end to end
def ingest(settings):
    from ingest.pipeline import run_ingest

    summary = run_ingest(settings, quiet=True)
    assert summary.ok, summary.lines()
    return summary


@pytest.fixture(scope="module")
def world(index_dir, tmp_path_factory):
    """A copy of knowledge/ with one new document (no manifest, card or timeline entry), and a
    copy of the session's index to which it is added (only the new document is embedded)."""
    from bot.settings import Settings

    base = tmp_path_factory.mktemp("events")
    knowledge = base / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "documents" / NOTE_FILE).write_text(NOTE, encoding="utf-8")
    data = base / "data"
    shutil.copytree(index_dir, data)
    settings = Settings(data_dir=data, knowledge_dir=knowledge)
    summary = ingest(settings)
    assert summary.added == [NOTE_ID] and summary.chunks_embedded <= 8
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update(GCMBOT_DATA_DIR=str(data), GCMBOT_KNOWLEDGE_DIR=str(knowledge), GCMBOT_TIMEZONE="Asia/Beirut")
    return {"settings": settings, "knowledge": knowledge, "data": data, "env": env}


def gcmbot(world, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          env=world["env"], cwd=ROOT, timeout=180)


def note_events(settings) -> dict:
    from bot.knowledge.events import read_index

    extracted, problem = read_index(settings)
    assert not problem
    return {(e.start, e.end, e.kind): e for e in extracted if e.document == NOTE_ID}


def test_a_new_document_s_dates_are_in_gcmbot_deadlines_and_the_calendar(world, tmp_path):
    found = note_events(world["settings"])
    assert set(found) == {(date(2027, 3, 17), date(2027, 3, 18), "event"), (date(2027, 2, 15), None, "registration"),
                          (date(2027, 3, 1), None, "deadline")}
    ics = tmp_path / "dates.ics"
    done = gcmbot(world, "deadlines", "--today", "2026-12-10", "--ics", str(ics))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    upcoming = out[out.index("Upcoming"):out.index("Recently past")]
    assert "The Regional Stakeholder Consultation\n   17–18 March 2027 · upcoming: in 3 months" in upcoming
    assert "📝 Registration: The deadline for registration\n   on 15 February 2027 · upcoming: in 2 months" in upcoming
    assert "⏳ Deadline: Written inputs should be submitted\n   on 1 March 2027" in upcoming
    assert "The document says: “The deadline for registration is 15 February 2027.”" in upcoming
    assert "📄 Source: Information note: Regional Stakeholder Consultation" in upcoming   # its title, with no manifest
    # the registration deadline comes first: soonest first
    assert upcoming.index("Registration:") < upcoming.index("Deadline:") < upcoming.index("Regional Stakeholder Consultation\n")
    vevents = {str(v["SUMMARY"]): v for v in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    reg = vevents["Registration: The deadline for registration"]
    assert reg["DTSTART"].dt == date(2027, 2, 15) and reg["DTEND"].dt == date(2027, 2, 16)
    assert str(reg["UID"]) == f"{found[(date(2027, 2, 15), None, 'registration')].id}-2027-02-15@gcm-helpdesk"
    meeting = vevents["The Regional Stakeholder Consultation"]
    assert meeting["DTSTART"].dt == date(2027, 3, 17) and meeting["DTEND"].dt == date(2027, 3, 19)
    assert "held from 17 to 18 March 2027" in str(meeting["DESCRIPTION"])

    fr = gcmbot(world, "deadlines", "--today", "2026-12-10", "--lang", "fr")
    assert fr.returncode == 0, fr.stderr
    assert "📝 Inscription : « The deadline for registration »" in fr.stdout or \
        "📝 Inscription: « The deadline for registration »" in fr.stdout
    assert "le 15 février 2027 · à venir : dans 2 mois" in fr.stdout and "du 17 au 18 mars 2027" in fr.stdout


def test_curated_timeline_entries_win(world):
    from bot.knowledge.events import load_events

    timeline = world["knowledge"] / "timeline.yaml"
    original = timeline.read_text(encoding="utf-8")
    timeline.write_text(original + f"""
  - id: stakeholder-consultation-2027
    start: 2027-03-17
    end: 2027-03-18
    kind: event
    name: {{en: "Regional Stakeholder Consultation 2027", fr: "Consultation régionale 2027", ar: "المشاورة الإقليمية 2027"}}
    document: {NOTE_ID}
""", encoding="utf-8")
    try:
        events = load_events(world["settings"])
        mine = [(e.id, e.origin, e.kind) for e in events if e.document == NOTE_ID]
        assert ("stakeholder-consultation-2027", "curated", "event") in mine
        assert [m for m in mine if m[1] == "extracted"] == [
            (note_events(world["settings"])[(date(2027, 2, 15), None, "registration")].id, "extracted", "registration"),
            (note_events(world["settings"])[(date(2027, 3, 1), None, "deadline")].id, "extracted", "deadline")]
        review = load_events(world["settings"], include_hidden=True)
        superseded = [e for e in review if e.superseded_by == "stakeholder-consultation-2027"]
        assert [e.start for e in superseded] == [date(2027, 3, 17)]
    finally:
        timeline.write_text(original, encoding="utf-8")


def test_ids_and_the_secretariat_s_decisions_survive_a_re_ingest(world):
    from bot.knowledge.deadlines import render, select_events
    from bot.knowledge.events import load_events

    settings = world["settings"]
    before = note_events(settings)
    registration = before[(date(2027, 2, 15), None, "registration")]
    consultation = before[(date(2027, 3, 17), date(2027, 3, 18), "event")]

    hide = gcmbot(world, "timeline", "--hide", registration.id)
    assert hide.returncode == 0 and "hidden" in hide.stdout, hide.stderr
    fix = gcmbot(world, "timeline", "--correct", consultation.id, "--date", "2027-03-24..2027-03-25",
                 "--name", "Regional Stakeholder Consultation (postponed)")
    assert fix.returncode == 0 and "corrected" in fix.stdout, fix.stderr
    bad = gcmbot(world, "timeline", "--correct", consultation.id, "--date", "24/03/2027")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr
    curated = gcmbot(world, "timeline", "--hide", "imrf-2022")
    assert curated.returncode == 1 and "timeline.yaml" in curated.stderr

    # unchanged: nothing re-ingested, the same ids
    assert NOTE_ID in ingest(settings).unchanged
    assert {e.id for e in note_events(settings).values()} == {e.id for e in before.values()}
    # the document changes elsewhere: re-ingested, the dated sentences keep their ids and decisions
    path = world["knowledge"] / "documents" / NOTE_FILE
    path.write_text(NOTE + "\n## 6. Contact\n\nWrite to the secretariat of the Network for any question.\n",
                    encoding="utf-8")
    assert NOTE_ID in ingest(settings).updated
    after = note_events(settings)
    assert {e.id for e in after.values()} == {e.id for e in before.values()}

    events = [e for e in load_events(settings) if e.document == NOTE_ID]
    assert registration.id not in {e.id for e in events}                       # hidden
    moved = next(e for e in events if e.id == consultation.id)
    assert (moved.start, moved.end, moved.corrected) == (date(2027, 3, 24), date(2027, 3, 25), True)
    text = render(select_events(events, date(2026, 12, 10)), "en")
    assert "Regional Stakeholder Consultation (postponed)\n   24–25 March 2027" in text and "Registration" not in text

    listed = gcmbot(world, "timeline", "--json", "--document", NOTE_ID)
    assert listed.returncode == 0, listed.stderr
    rows = {r["id"]: r for r in json.loads(listed.stdout)}
    assert rows[registration.id]["status"] == "hidden" and rows[consultation.id]["corrected"]
    assert rows[consultation.id]["dates"] == "2027-03-24..2027-03-25"

    undo = gcmbot(world, "timeline", "--reset", consultation.id)
    assert undo.returncode == 0
    back = next(e for e in load_events(settings) if e.id == consultation.id)
    assert (back.start, back.end, back.corrected) == (date(2027, 3, 17), date(2027, 3, 18), False)


def test_the_engine_answers_when_from_the_new_document(world):
    from bot.answering.engine import Engine

    engine = Engine.from_settings(world["settings"], clock=lambda: datetime(2026, 12, 10, 9, tzinfo=timezone.utc))
    for question, lang, dates in (("When will the Regional Stakeholder Consultation take place?", "en", "17–18 March 2027"),
                                  ("Quand aura lieu la Regional Stakeholder Consultation ?", "fr", "du 17 au 18 mars 2027")):
        answer = engine.answer(question, language=lang)
        assert answer.answered and answer.kind == "timeline", answer.answer
        assert dates in answer.answer and ("upcoming" in answer.answer or "à venir" in answer.answer)
        assert answer.sources[0].document == NOTE_ID
    # where: the place its sentence gives, in every language; a place the question names rules out
    # the events held elsewhere (another city the documents name, New York, is not Beirut)
    where = engine.answer("Where will the Regional Stakeholder Consultation be held?", language="en")
    assert where.answered and where.kind == "timeline" and "Beirut, Lebanon" in where.answer, where.answer
    ou = engine.answer("La Regional Stakeholder Consultation se tient où ?", language="fr")
    assert ou.answered and "Beirut, Lebanon" in ou.answer and "17 au 18 mars 2027" in ou.answer, ou.answer
    elsewhere = engine.answer("When is the regional stakeholder consultation in New York?", language="en")
    assert "17–18 March 2027" not in elsewhere.answer, elsewhere.answer
    # a place the question names brings the documents of the events held there first
    interpretation = engine.answer("Is there interpretation at the meeting in Beirut?", language="en")
    assert interpretation.sources and interpretation.sources[0].document == NOTE_ID, interpretation.answer
    # in French and Arabic, the new document's English title is quoted like its sentence, so that the
    # answer's own words are the reader's language
    fr = engine.answer("Quand aura lieu la Regional Stakeholder Consultation ?", language="fr")
    assert "Source, « Information note: Regional Stakeholder Consultation" in fr.answer, fr.answer
    ar = engine.answer("إمتى الـ Regional Stakeholder Consultation؟", language="ar")
    assert ar.answered and "المصدر، « Information note: Regional Stakeholder Consultation" in ar.answer, ar.answer


def test_a_place_the_question_names_brings_the_documents_of_the_events_held_there_first():
    """Two documents say the same about their opening; the question names the city of one's event."""
    import numpy as np

    from bot.answering.retrieve import ChunkRec, Retrieve
    from bot.answering.understand import Understanding

    text = "The opening session was chaired by the Director-General, who welcomed the participants."
    chunks = [ChunkRec(f"{doc}:0", text, {"doc_id": doc, "title": "Workshop", "section": "Opening", "position": 0})
              for doc in ("a-workshop", "b-workshop")]
    retrieve = Retrieve(chunks, np.full((2, 384), 1 / np.sqrt(384), dtype=np.float32))
    held = {"a-workshop": "Hotel Africa Conference Hall, Tunis, Tunisia", "b-workshop": "Hotel Africa, Cairo, Egypt"}
    retrieve.know_places([ev(f"ev-{doc}", doc, date(2026, 3, 10), name={"en": "Workshop"}) for doc in held])
    assert retrieve.places_named("who opened the workshop in Tunis?") == set()      # no event said where yet
    from dataclasses import replace
    retrieve.know_places([replace(ev(f"ev-{doc}", doc, date(2026, 3, 10), name={"en": "Workshop"}), place={"en": where})
                          for doc, where in held.items()])
    # Arabic and French questions name the city their way: "القاهرة", "تونس", "le Caire"
    assert retrieve.places_named("مين افتتح ورشة القاهرة؟") == {"cairo"}
    assert retrieve.places_named("qui a ouvert l'atelier du Caire ?") == {"cairo"}
    for question, first in (("qui a ouvert l'atelier de Tunis ?", "a-workshop"), ("who opened the workshop in Cairo?", "b-workshop"),
                            ("مين افتتح الورشة بتونس؟", "a-workshop"), ("مين افتتح ورشة القاهرة؟", "b-workshop")):
        u = Understanding(question=question, q=question, language="en", query=question)
        r = retrieve(u, np.full(384, 1 / np.sqrt(384), dtype=np.float32))
        assert chunks[r.ranked[0]].meta["doc_id"] == first, question


def test_the_next_meeting_is_not_one_already_past_and_a_publication_asked_is_the_publication(engine):
    """"The next expert meeting" when the one the documents give has passed: they name no later one. "When
    will the brief be published" goes to the publication, not to the meeting of the same document."""
    from dataclasses import replace

    from bot.answering.events import ChooseEvent

    name = "Expert Group Meeting on Access to Education for Migrant and Displaced Children in the Arab Region"
    meeting = replace(ev("ev-egm", "egm", date(2026, 2, 17), date(2026, 2, 18), name={"en": name}),
                      place={"en": "Cairo, Egypt"}, keywords={"en": ["expert meeting on education"]})
    brief = ev("ev-brief", "egm", date(2026, 5, 1), precision="month", kind="publication",
               name={"en": "A regional policy brief on education will be published by the end"})
    brief = replace(brief, keywords={"en": ["policy brief"]})
    choose = ChooseEvent(engine.choose_event.events + [meeting, brief], engine.glossary, lambda: date(2026, 11, 23))
    ask = lambda q: choose(engine.understand(q, None, None))
    when = ask("when was the expert meeting on education?")
    assert when is None or when.event.id != "ev-brief"
    published = ask("when will the policy brief be published?")
    assert published.event.id == "ev-brief" and published.answered
    later = ask("when is the next expert meeting on education?")
    assert later.facet == "engine.next_unknown" and not later.answered
    # an event not yet past is the next one
    upcoming = ChooseEvent(engine.choose_event.events + [meeting], engine.glossary, lambda: date(2026, 1, 5))
    assert upcoming(engine.understand("when is the next expert meeting on education?", None, None)).answered


def test_a_new_documents_meeting_is_chosen_by_the_words_of_its_title(engine):
    """A meeting found in a new document has no keywords, only its document's title for a name: a question
    using that title's words, in any of the three languages, goes to it, not to a curated consultation that
    shares two of them ("migrant children"); "when will its brief be published" goes to the document's
    publication. A name taken from a sentence does not count: its other words would draw questions."""
    from dataclasses import replace

    from bot.answering.events import ChooseEvent

    title = "Expert Group Meeting on Access to Education for Migrant and Displaced Children in the Arab Region"
    meeting = replace(ev("ev-egm", "egm", date(2026, 2, 17), date(2026, 2, 18), name={"en": title}),
                      place={"en": "Cairo, Egypt"}, doc_title=title)
    brief = replace(ev("ev-brief", "egm", date(2026, 5, 1), precision="month", kind="publication",
                       name={"en": "A regional policy brief will be published by the end"}), doc_title=title)
    choose = ChooseEvent(engine.choose_event.events + [meeting, brief], engine.glossary, lambda: date(2026, 11, 23))
    ask = lambda q: choose(engine.understand(q, None, None))
    for question in ("when and where was the expert meeting on migrant children education",
                     "la réunion d'experts sur l'éducation des enfants migrants, c'était quand ?"):
        chosen = ask(question)
        assert chosen is not None and chosen.event.id == "ev-egm" and chosen.answered, question
    assert ask("quand sera publiée la note sur l'éducation des enfants migrants ?").event.id == "ev-brief"
    # the curated consultation is still the one its own words name
    assert ask("when was the consultation on women migrant workers and migrant children?").event.id \
        == "women-children-youth-consultation-2021"
    # the same meeting named by a sentence rather than by its document's title is not chosen by those words
    unnamed = replace(meeting, doc_title="Meeting report")
    other = ChooseEvent(engine.choose_event.events + [unnamed], engine.glossary, lambda: date(2026, 11, 23))
    found = other(engine.understand("when and where was the expert meeting on migrant children education", None, None))
    assert found is None or found.event.id != "ev-egm"


def test_a_meeting_named_by_its_title_with_an_article_is_the_titles_and_not_the_next_one_it_announces(engine):
    """"The Regional Workshop on Social Protection ... was held in Tunis" is the meeting of the document titled
    "Regional Workshop on Social Protection ...": asked where the workshop on social protection for migrant workers
    was, in French, the answer is Tunis, not the next workshop of the series (Beirut) that shares "workshop" and
    "migrant workers" with it and has fewer other words in its name."""
    from dataclasses import replace

    from bot.answering.events import ChooseEvent

    title = "Regional Workshop on Social Protection for Migrant Workers in the Arab Region"
    own = replace(ev("ev-own", "spw", date(2026, 5, 20), date(2026, 5, 21), name={"en": "The " + title}),
                  place={"en": "Tunis, Tunisia"}, doc_title=title)
    nxt = replace(ev("ev-next", "spw", date(2026, 10, 6), date(2026, 10, 7),
                     name={"en": "A regional workshop on migrant workers' access to justice"}),
                  place={"en": "Beirut, Lebanon"}, doc_title=title)
    choose = ChooseEvent(engine.choose_event.events + [own, nxt], engine.glossary, lambda: date(2026, 11, 23))
    chosen = choose(engine.understand("l'atelier sur la protection sociale des travailleurs migrants c'est où ?", None, None))
    assert chosen is not None and chosen.event.id == "ev-own", chosen and chosen.event.name


def test_a_meeting_placed_where_no_event_is_held_is_not_another_event_sharing_its_words(engine):
    """"new registration deadline gulf forum?" shares "registration" and "forum" with the IMRF's registration, but
    gives its meeting a place (the Gulf) no curated event names: no event is chosen (the passages answer); the
    IMRF asked without a place still is."""
    from bot.text.language import normalize
    from bot.text.places import meeting_places

    assert meeting_places(normalize("new registration deadline gulf forum?")) == [frozenset({"gulf"})]
    assert meeting_places(normalize("registration deadline for participants from the gulf")) == []
    ask = lambda q: engine.choose_event(engine.understand(q, None, None))
    assert ask("new registration deadline gulf forum?") is None
    chosen = ask("when does registration open for the forum in 2022?")
    assert chosen is not None and chosen.event.id == "imrf-2022-registration"
    # the place may stand in the event's document's title only ("... in the Horn of Africa")
    from dataclasses import replace

    from bot.answering.events import ChooseEvent
    inputs = replace(ev("ev-inputs", "hoa", date(2032, 4, 30), kind="deadline",
                        name={"en": "The deadline for written inputs to the background paper is extended"}),
                     doc_title="Subregional Consultation on Safe and Regular Pathways for Migrants in the Horn of Africa")
    choose = ChooseEvent(engine.choose_event.events + [inputs], engine.glossary, lambda: date(2032, 3, 5))
    found = choose(engine.understand("date limite pour les contributions écrites, consultation corne de l'afrique ?",
                                     None, None))
    assert found is not None and found.event.id == "ev-inputs"
