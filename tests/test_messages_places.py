"""Issue 10, batch 21 of held-out documents: what their misses showed any document or message of their kind would hit,
read without an engine (a message's parts, the kind of fact asked, the places a question and a document name, dates
said alone, titles given as a header's field, a PDF's field lines, a table header's bracketed digit)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.answering.facts import asked, holds, Wanted
from bot.answering.parts import question_parts
from bot.answering.passages import table_header
from bot.text.language import normalize, possessives_of
from bot.text.places import dateline_place, event_places_asked, gazetteer_spans, place_pattern
from ingest.dates import extract_events, kind_of, venues_said
from ingest.loaders import load


@pytest.mark.parametrize("message, parts", [
    # a preposition before the question word, "n" typed for "and", a noun's question word last
    ("on envoie a quelle adresse mail et en quelles langues ?", ["on envoie a quelle adresse mail", "en quelles langues ?"]),
    ("how many pages n in which languages", ["how many pages", "in which languages"]),
    ("le réseau remercie un donateur : c'est qui et la subvention est de combien ?",
     ["le réseau remercie un donateur : c'est qui", "la subvention est de combien ?"]),
    # (not a list of people: "women and men from which countries")
    ("women and men from which countries?", ["women and men from which countries?"]),
])
def test_a_second_question_after_a_preposition_a_typed_n_or_a_noun(message, parts):
    assert question_parts(message) == parts


@pytest.mark.parametrize("question, kind", [
    ("la subvention est de combien ?", "cost"),
    ("the grant was how much", "cost"),
    ("قديش المنحة؟", "cost"),
    ("قديش منحة سفر في الورشة؟", "number"),            # how many travel grants, not what one is worth
    ("how many of them on social media?", "number"),      # a count, not an account
    ("what is the network's social media account", "social"),
])
def test_a_sum_asked_and_a_count_asked(question, kind):
    assert asked(question, False, False).kind == kind


def test_an_age_said_as_years_one_must_have():
    age = Wanted(kind="age")
    assert holds(age, "avoir au moins 18 ans révolus à la date de la consultation")
    assert holds(age, "Applicants must be at least 21 years of age.")
    assert not holds(age, "un contrat de 3 ans renouvelable")


def test_an_arabic_noun_with_its_possessive_pronoun_is_the_glossary_term():
    assert possessives_of("منحة") == ["منحته", "منحتها", "منحتهم", "منحتنا"]
    assert possessives_of("سنة") == [] and possessives_of("منح السفر") == []
    from bot.knowledge.glossary import Glossary

    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    found = {t.id for t, _, _ in glossary.find("تتقدم الشبكة بالشكر إلى الصندوق على منحته البالغة ١٢٠٬٠٠٠ يورو")}
    assert "lex-funding" in found


def test_the_regions_other_cities_are_places():
    assert [name for _, _, name in gazetteer_spans(normalize("مسابقة التصوير في صفاقس"))] == ["sfax"]
    assert [name for _, _, name in gazetteer_spans(normalize("the Irbid training"))] == ["irbid"]
    assert dateline_place("Sfax, le ") == "Sfax"


def test_what_else_is_held_in_a_city_places_the_question():
    known = place_pattern(["sfax", "rabat"])
    assert event_places_asked(known, normalize("le concours de Sfax c gratuit ?")) == {"sfax"}
    assert event_places_asked(known, normalize("the award ceremony in sfax, when")) == {"sfax"}
    # (not a region a review is of, nor a training a newsletter tells of beside a webinar)
    assert event_places_asked(place_pattern(["africa"]), normalize("إمتى الاستعراض الإقليمي لأفريقيا؟")) == set()
    assert event_places_asked(known, normalize("qui anime la formation de Rabat sur les données ?")) == set()


def test_a_venue_in_a_cultural_building_and_after_a_long_meetings_days():
    assert venues_said("La cérémonie aura lieu le dimanche 18 décembre 2039 à 17 h 00, à l'Espace culturel El Manara, "
                       "14, rue de la Kasbah.") == ["Espace culturel El Manara"]
    long_name = ("يعقد المنتدى الإقليمي للعمل والهجرة، بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة، الاجتماع الإقليمي "
                 "لأصحاب المصلحة لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المشرق "
                 "العربي، يومي الثلاثاء 6 والأربعاء 7 ديسمبر 2039 في مركز المؤتمرات بفندق الشاطئ، العقبة.")
    assert venues_said(long_name) == ["مركز المؤتمرات بفندق الشاطئ"]


@dataclass
class _Chunk:
    position: int
    section: str
    text: str


def test_the_town_a_page_is_dated_from_is_its_venues():
    page = [_Chunk(0, "", "Sousse, le mardi 4 octobre 2039\nLa remise des prix aura lieu le samedi 10 décembre 2039 à "
                          "l'Espace culturel Nour, 3, rue des Remparts, médina de Sousse.")]
    events = extract_events(page, document="sousse-prix", language="fr", doc_date="2039-10-04", title="Prix Nour")
    ceremony = next(e for e in events if e.start == "2039-12-10")
    assert ceremony.place == "Espace culturel Nour, Sousse"


def test_a_date_said_alone_is_of_the_sentences_before_it():
    text = ("Registration opens on Tuesday, 1 November 2039. Registration closes at midnight on Thursday the 14th... "
            "Sorry, I said the 14th, it is the 15th. Thursday, 15 December 2039. It is on the slide.")
    events = extract_events([_Chunk(0, "", text)], document="briefing", language="en", doc_date="2039-10-25",
                            title="Briefing webinar")
    closing = next(e for e in events if e.start == "2039-12-15")
    assert closing.kind == "registration"
    assert closing.name == "Registration closes at midnight"
    assert closing.sentence.startswith("Registration closes at midnight on Thursday the 14th")


def test_a_dateline_with_a_distribution_field_is_the_documents_issue():
    assert kind_of("عمّان، الثلاثاء 8 نوفمبر 2039 التوزيع: محدود – الأصل: بالعربية", "عمّان، الثلاثاء ") == "publication"
    assert kind_of("Tunis, le lundi 3 mai 2038 – Diffusion : restreinte", "Tunis, le lundi ") == "publication"


def test_a_plain_texts_title_field_is_its_title(tmp_path):
    doc = tmp_path / "2039-10-25_briefing-transcript.txt"
    doc.write_text("SOUTHERN NETWORK (SN)\nOnline information webinar - TRANSCRIPT\n\n"
                   "Title: \"Your seat at the table: the 2040 regional review\"\nDate of webinar: 25 October 2039\n\n"
                   "[00:00:06] Ms. A (moderator): Good afternoon, everyone, and welcome to this webinar on the review.\n",
                   encoding="utf-8")
    assert load(doc).title == "Your seat at the table: the 2040 regional review"


def test_a_pdfs_field_lines_stay_apart(tmp_path):
    import fitz

    pdf = fitz.open()
    page = pdf.new_page()
    y = 72
    # (under a paragraph of body text, whose lines are the page's full width)
    for line in ("The panel brings together four speakers on how migrant workers can bring complaints and obtain",
                 "remedies, and on what civil society can do to shorten the time that labour cases take in courts.",
                 "", "Title: access to justice", "Day: Wednesday 7 December 2039, the second day",
                 "Time: 11:00 to 12:30 Amman time", "Room: Wadi Rum hall, first floor"):
        page.insert_text((72, y), line, fontsize=11)
        y += 14
    path = tmp_path / "2039-11-08_panel-note.pdf"
    pdf.save(path)
    lines = [line.strip() for line in load(path).text.splitlines() if line.strip()]
    assert "Time: 11:00 to 12:30 Amman time" in lines and "Room: Wadi Rum hall, first floor" in lines


def test_a_table_header_may_hold_a_digit_in_brackets():
    rows = ["Rôle | Nombre de bénévoles | Horaires (heure de Yaoundé, UTC+1)", "Accueil | 12 | 7 h – 13 h"]
    assert table_header(rows, 1) == 0
    timed = ["15 h 30 – 15 h 45 | Pause", "15 h 45 – 17 h 15 | Séance 3 | Mme A, présidente"]
    assert table_header(timed, 1) == -1


# --------------------------------------------------------------------------- through the engine
NETWORK_LETTER = """# النشرة الشهرية لشبكة الأمل لدعم العمال المهاجرين – آذار/مارس 2041

## ١. ورشة وطنية حول حماية الأجور: التسجيل مفتوح

تنظّم شبكة الأمل ورشة وطنية حول حماية أجور العمال المهاجرين يومي الأحد 14 والاثنين 15 نيسان/أبريل 2041 في قاعة البتراء بفندق الريم، عمّان.

يتسع المكان لـ 70 مشاركًا، منها 45 مقعدًا مخصّصة لمنظمات المجتمع المدني والمنظمات التي يقودها مهاجرون.

يتم التسجيل عبر الاستمارة الإلكترونية حتى الأحد 31 آذار/مارس 2041. يحق لكل منظمة تسجيل ممثلَين اثنين كحد أقصى.

## ٢. شكر وتقدير

تتقدم الشبكة بخالص الشكر إلى مؤسسة النخيل للتنمية على منحته البالغة ٥٠٬٠٠٠ دولار لدعم مشروع «عيادات الأجور» لمدة سنة.

ستمكّن هذه المنحة الشبكة من فتح عيادتين قانونيتين في عمّان وإربد تقدمان استشارات مجانية للعمال.
"""

VOLUNTEERS_CALL = """# Call for volunteers: Harbour Voices migration festival, Mombasa 2041

Mombasa, 2 March 2041

## 1. The festival

The Harbour Voices festival on migrant workers' lives will be held on Saturday 18 and Sunday 19 May 2041 at the
Old Port Cultural Centre, Mombasa. The organisers are looking for 25 volunteers.

## 2. Who can apply

Applicants must:
- be at least 21 years of age on the first day of the festival;
- speak English and Kiswahili, the two languages of the festival;
- be available on both days.

## 3. How to apply

Send a short letter to volunteers@harbourvoices.example by Friday 12 April 2041.
"""


@pytest.fixture(scope="module")
def letter_engine(index_dir, tmp_path_factory):
    from tests.test_heldout import engine_with

    return engine_with(tmp_path_factory.mktemp("letter") / "2041-03-05_amal-network-newsletter-march-ar.md",
                       NETWORK_LETTER, index_dir)[1]


@pytest.fixture(scope="module")
def volunteers_engine(index_dir, tmp_path_factory):
    from tests.test_heldout import engine_with

    return engine_with(tmp_path_factory.mktemp("volunteers") / "2041-03-02_harbour-voices-volunteers-call.md",
                       VOLUNTEERS_CALL, index_dir)[1]


def test_a_donor_and_its_grant_asked_in_one_message(letter_engine):
    """"c'est qui et la subvention est de combien ?": the thanks to the donor "على منحته البالغة ..." (its grant, the
    possessive on the glossary's word) answers both, in French, from an Arabic newsletter."""
    reply = letter_engine.answer("la shabaka al amal remercie un donateur dans sa lettre de mars : c'est qui et la "
                                 "subvention est de combien ?").to_json()
    assert reply["answered"], reply["answer"]
    assert "النخيل" in reply["answer"] and re.search(r"٥٠٬٠٠٠|50[ ,.\u202f]?000", reply["answer"]), reply["answer"]


def test_a_second_question_is_answered_by_its_own_words(letter_engine):
    """The seats, then how many one organisation may register: the second part's own words choose its sentence, not
    the seats' again."""
    reply = letter_engine.answer("ورشة شبكة الأمل عن الأجور كم مقعد للمجتمع المدني؟ وكم واحد نقدر نسجل من المنظمة").to_json()
    assert reply["answered"], reply["answer"]
    assert "45" in reply["answer"] and "ممثلَين اثنين" in reply["answer"], reply["answer"]


def test_the_first_part_is_answered_without_what_the_second_asks(volunteers_engine):
    """"minimum age ... and which languages": the age's sentence says nothing of languages, and is still the age's."""
    reply = volunteers_engine.answer("harbour voices festival volunteers: minimum age, and they need to speak which "
                                     "languages?").to_json()
    assert reply["answered"], reply["answer"]
    assert "21 years of age" in reply["answer"] and "Kiswahili" in reply["answer"], reply["answer"]
