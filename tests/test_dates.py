"""Dated mentions found in sentences (ingest/dates.py), in Arabic, English and French,
including what must NOT become a date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from ingest.dates import extract_events, find_dates, kind_of, sentence_spans


def spans(sentence: str, doc_date: date | None = None) -> list[tuple]:
    """(start, end, precision, the words matched) of each mention."""
    return [(m.start, m.end, m.precision, sentence[m.begin:m.stop]) for m in find_dates(sentence, doc_date)]


D = date


@pytest.mark.parametrize("sentence, expected", [
    # English: ranges, a list sharing its year, weekday + day, ordinal, US order, months
    ("The inaugural IMRF will be held from 17 to 20 May 2022 in New York.", [(D(2022, 5, 17), D(2022, 5, 20), "day")]),
    ("Regional Review Conference, 24-25 February 2021", [(D(2021, 2, 24), D(2021, 2, 25), "day")]),
    ("It culminated in the conference, on 24 and 25 February 2021.", [(D(2021, 2, 24), D(2021, 2, 25), "day")]),
    ("organized from Wednesday, 3 July to Thursday, 4 July 2024.", [(D(2024, 7, 3), D(2024, 7, 4), "day")]),
    ("dialogues on 27 Oct and 3 Nov 2020; two more", [(D(2020, 10, 27), None, "day"), (D(2020, 11, 3), None, "day")]),
    ("Thursday, 10th February 2022", [(D(2022, 2, 10), None, "day")]),
    ("On the 15th of February 2021, UN Women met.", [(D(2021, 2, 15), None, "day")]),
    ("The call closes on October 27, 2027.", [(D(2027, 10, 27), None, "day")]),
    ("The Outcome Document should be finalized by September 2024.", [(D(2024, 9, 1), None, "month")]),
    ("two workshops in June and August 2020", [(D(2020, 6, 1), None, "month"), (D(2020, 8, 1), None, "month")]),
    ("Between Oct 2020 and Feb 2021, six dialogues", [(D(2020, 10, 1), D(2021, 2, 28), "month")]),
    ("Registration: 2027-03-15.", [(D(2027, 3, 15), None, "day")]),
    ("Inputs are due 15/03/2027.", [(D(2027, 3, 15), None, "day")]),
    # French
    ("Le forum se tiendra du 17 au 20 mai 2022 à New York.", [(D(2022, 5, 17), D(2022, 5, 20), "day")]),
    ("La conférence aura lieu les 24 et 25 février 2021.", [(D(2021, 2, 24), D(2021, 2, 25), "day")]),
    ("Le dialogue a eu lieu le jeudi 1er juillet 2027.", [(D(2027, 7, 1), None, "day")]),
    ("Le document sera finalisé d'ici septembre 2024.", [(D(2024, 9, 1), None, "month")]),
    ("entre octobre 2020 et février 2021", [(D(2020, 10, 1), D(2021, 2, 28), "month")]),
    # Arabic: UN style (both month names), Levantine alone, Egyptian alone, Arabic-Indic digits, و
    ("سيعقد المنتدى من 17 إلى 20 أيار/مايو 2022 في نيويورك.", [(D(2022, 5, 17), D(2022, 5, 20), "day")]),
    ("عقد الحوار يوم الخميس 10 شباط 2022.", [(D(2022, 2, 10), None, "day")]),
    ("آخر موعد للتسجيل هو ١٥ آذار/مارس ٢٠٢٧.", [(D(2027, 3, 15), None, "day")]),
    ("عقد المؤتمر في 24 و25 فبراير 2021.", [(D(2021, 2, 24), D(2021, 2, 25), "day")]),
    ("تستكمل الوثيقة بحلول أيلول (سبتمبر) 2024.", [(D(2024, 9, 1), None, "month")]),
    ("في تشرين الثاني/نوفمبر 2023 ونيسان/أبريل 2024", [(D(2023, 11, 1), None, "month"), (D(2024, 4, 1), None, "month")]),
])
def test_dates_in_three_languages(sentence, expected):
    assert [(s, e, p) for s, e, p, _ in spans(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "The IMRF will be held every four years beginning in 2022.",       # a year alone
    "the 2030 Agenda for Sustainable Development",
    "organized over two years 2020-2021 in the Arab region",
    "A/RES/73/195, para. 45; A/RES/73/326, para. 9.",                   # references, paragraphs
    "In target 10.7 of the Sustainable Development Goals",
    "09:30 - 10:00 | Registration",                                     # times
    "Stakeholders may submit 3 documents.",                             # "may" the verb
    "Item No. 5 of the agenda.",
    "See page 12 of the report.",
    "Inputs are due 03/04/2027.",                                       # 3 April or 4 March: not guessed
    "the 31 February 2022 session",                                     # no such day
])
def test_what_is_not_a_date(sentence):
    assert spans(sentence) == []


def test_a_number_after_page_or_no_is_not_a_day():
    got = spans("as printed in Bulletin No. 5 May 2022 edition, see p. 14 March 2022")
    assert all(p == "month" for _, _, p, _ in got)          # "May 2022", "March 2022": never the 5th or the 14th


def test_a_day_without_a_year_takes_the_sentence_s_year_or_the_document_s():
    # another date of the sentence gives it
    got = spans("two dialogues held on 28 Jan and 4 Feb 2021 and a consultation on 23 February.")
    assert [s for s, _, _, _ in got] == [D(2021, 1, 28), D(2021, 2, 4), D(2021, 2, 23)]
    # else the one that puts it near the document's date ...
    (m,) = find_dates("Ms. Sara Salman spoke on 4 July.", D(2024, 7, 3))
    assert m.start == D(2024, 7, 4) and m.year_inferred
    (m,) = find_dates("an event will take place on December 18", D(2020, 10, 27))
    assert m.start == D(2020, 12, 18)
    (m,) = find_dates("Registration closes on 15 January.", D(2026, 12, 1))
    assert m.start == D(2027, 1, 15)
    # ... and without a document date it is not guessed
    assert find_dates("Ms. Sara Salman spoke on 4 July.") == []


@pytest.mark.parametrize("sentence, kind", [
    ("The deadline for registration is 15 February 2027.", "registration"),
    ("Please register before 1 March 2027.", "registration"),
    ("La date limite d'inscription est le 15 février 2027.", "registration"),
    ("آخر موعد للتسجيل هو 15 شباط/فبراير 2027.", "registration"),
    ("Written inputs should be sent no later than 1 March 2027.", "deadline"),
    ("The Outcome Document should be finalized by September 2024.", "deadline"),
    ("Les contributions écrites sont attendues au plus tard le 1er mars 2027.", "deadline"),
    ("يجب إرسال المساهمات في موعد أقصاه 1 آذار/مارس 2027.", "deadline"),
    ("The summary report will be published in April 2027.", "publication"),
    ("Le rapport sera publié en avril 2027.", "publication"),
    ("سينشر التقرير في نيسان/أبريل 2027.", "publication"),
    ("The consultation will be held on 17 March 2027 in Beirut.", "event"),
    ("La consultation se tiendra le 17 mars 2027 à Beyrouth.", "event"),
    ("ستعقد المشاورة في 17 آذار/مارس 2027 في بيروت.", "event"),
])
def test_kinds_from_trigger_words(sentence, kind):
    (m,) = find_dates(sentence)
    assert kind_of(sentence, sentence[:m.begin]) == kind


def test_sentences_are_not_cut_after_titles_and_initials():
    text = "Ms. Sara Salman (ESCWA) opened the session on 4 July 2024. Dr. A. Zohry spoke next. H.E. the Minister closed it."
    got = [text[s:e].strip() for s, e in sentence_spans(text)]
    assert got == ["Ms. Sara Salman (ESCWA) opened the session on 4 July 2024.", "Dr. A. Zohry spoke next.",
                   "H.E. the Minister closed it."]


@dataclass
class FakeChunk:
    position: int
    section: str
    text: str


NOTE = [
    FakeChunk(0, "", "Information note\nThursday, 17 June 2027"),
    FakeChunk(1, "1. Dates and venue",
              "The stakeholder consultation will be held from 17 to 18 June 2027 in Amman. "
              "Ms. Lina Haddad will chair it on 17 June 2027."),
    FakeChunk(2, "2. Registration",
              "Contents\t3\n2. Registration\t4\n"
              "The deadline for registration is 15 May 2027. Written inputs are due no later than 1 June 2027. "
              "National networks have existed since June 2019."),
]


def test_events_of_a_document_with_kinds_names_and_stable_ids():
    events = extract_events(NOTE, document="note-2027", language="en", doc_date="2027-04-01", title="Information note")
    got = {(e.start, e.end, e.kind): e for e in events}
    # the days of the consultation are part of its range; "since June 2019" is a state, not an event
    assert set(got) == {("2027-05-15", "", "registration"), ("2027-06-01", "", "deadline"),
                        ("2027-06-17", "2027-06-18", "event")}
    consultation = got[("2027-06-17", "2027-06-18", "event")]
    assert consultation.name == "The stakeholder consultation" and consultation.section == "1. Dates and venue"
    registration = got[("2027-05-15", "", "registration")]
    assert registration.sentence == "The deadline for registration is 15 May 2027."
    assert registration.name == "The deadline for registration"
    assert registration.id.startswith("ev-") and registration.position == 2
    # the same document again: the same ids; another sentence changed: these ids unchanged
    again = extract_events(NOTE, document="note-2027", language="en", doc_date="2027-04-01", title="Information note")
    assert [e.id for e in again] == [e.id for e in events]
    edited = NOTE[:2] + [FakeChunk(2, "2. Registration", NOTE[2].text.replace("since June 2019", "for years")
                                   + " Interpretation will be provided.")]
    assert {e.id for e in extract_events(edited, document="note-2027", language="en", doc_date="2027-04-01")} == \
        {e.id for e in events}
    # another document with the same sentence: other ids
    assert not {e.id for e in extract_events(NOTE, document="other", language="en")} & {e.id for e in events}


def test_a_date_given_after_the_means_is_named_by_what_comes_before_them():
    """"Les inscriptions se font uniquement en ligne, au moyen du formulaire disponible à l'adresse ..., jusqu'au
    vendredi 20 juin 2036": named by the registrations, not by "Moyen du formulaire disponible à l'adresse"."""
    chunk = FakeChunk(0, "2. Nouvelles échéances", "Les inscriptions se font uniquement en ligne, au moyen du formulaire "
                      "disponible à l'adresse https://www.example.org/inscription, jusqu'au vendredi 20 juin 2036 à 17 h 00 GMT.")
    [event] = extract_events([chunk], document="d", language="fr", doc_date="2036-05-07", title="Relevé de conclusions")
    assert event.kind == "registration" and event.name.startswith("Les inscriptions"), event.name


def test_a_timelines_labels_name_its_items():
    """"- Online voting: Monday, 13 October to Friday, 24 October 2036" under "6. TIMELINE" is the online voting (it was
    the document's title), "- Candidacy deadline: ..." the candidacy deadline (it was "TIMELINE"); a deadline's label
    under a heading on something ("Travel support" > "Deadline for applications: ...") is still that heading's."""
    timeline = FakeChunk(0, "6. TIMELINE", "The election follows these steps.\n- Candidacy deadline: Friday, 12 September "
                         "2036, 23:59 Bangkok time (UTC+7)\n- Call opens: Monday, 4 August 2036\n"
                         "- Online voting: Monday, 13 October to Friday, 24 October 2036")
    travel = FakeChunk(1, "Travel support", "Deadline for applications: Tuesday, 15 March 2037")
    events = extract_events([timeline, travel], document="d", language="en", doc_date="2036-07-18",
                            title="Terms of reference of the steering group")
    names = {e.start: e.name for e in events}
    assert names["2036-08-04"] == "Call opens" and names["2036-09-12"].startswith("Candidacy deadline"), names
    assert names["2036-10-13"] == "Online voting" and names["2037-03-15"] == "Travel support", names


def test_a_changed_date_gives_the_new_one_and_the_date_it_replaced_is_no_event():
    """A notice of change: "extended from 20 March 2032 to 15 May 2032" is the deadline of 15 May, not a span of two
    months; "initially scheduled for 13-14 April 2032" is no longer when the meeting is (its new dates are); the same in
    French and Arabic. The notice's own "Date of issue" is a publication, and "Numéro 14 — 25 novembre" no range."""
    chunk = FakeChunk(0, "Changes", "The consultation, initially scheduled for 13-14 April 2032 in Nairobi, has been "
                      "postponed. It will now take place on 9 and 10 June 2032 in Addis Ababa. The registration "
                      "deadline is extended from 20 March 2032 to 15 May 2032.\nDate of issue: 1 March 2032")
    got = {(e.start, e.end, e.kind) for e in extract_events([chunk], document="d", title="Notice")}
    assert got == {("2032-06-09", "2032-06-10", "event"), ("2032-05-15", "", "registration"),
                   ("2032-03-01", "", "publication")}
    fr = FakeChunk(0, "Changements", "L'atelier, initialement prévu le 5 mai 2032, aura lieu le 12 mai 2032. La date "
                   "limite d'inscription est reportée du 20 avril au 2 mai 2032.")
    assert {(e.start, e.end) for e in extract_events([fr], document="d", language="fr")} == {
        ("2032-05-12", ""), ("2032-05-02", "")}
    ar = FakeChunk(0, "", "كان من المقرر عقد الورشة في 5 أيار/مايو 2032، وستعقد في 12 أيار/مايو 2032. "
                   "وتم تمديد الموعد النهائي للتسجيل من 20 نيسان/أبريل إلى 2 أيار/مايو 2032.")
    assert {(e.start, e.end) for e in extract_events([ar], document="d", language="ar")} == {
        ("2032-05-12", ""), ("2032-05-02", "")}
    # a span that is one ("from 3 to 4 July 2024") stays one, whatever word stands before it; a date confirmed or
    # an ordinal's is no replaced one
    from ingest.dates import in_force
    held = FakeChunk(0, "", "The conference will be held from 3 to 4 July 2024 in Amman.")
    assert [(e.start, e.end) for e in extract_events([held], document="d")] == [("2024-07-03", "2024-07-04")]
    for sentence, dates in (("The report covers the period from 1 January to 31 March 2030.", ("2030-01-01", "2030-03-31")),
                            ("Workshop on climate change from 3 to 5 May 2030.", ("2030-05-03", "2030-05-05")),
                            ("As previously announced, the meeting will take place on 5 May 2032.", ("2032-05-05", None)),
                            ("The first meeting is scheduled for 12 May 2032.", ("2032-05-12", None))):
        assert [(m.start.isoformat(), m.end and m.end.isoformat()) for m in in_force(sentence)] == [dates], sentence
    issue = FakeChunk(0, "", "Lettre d'information du Réseau\nNuméro 14 — 25 novembre 2030")
    assert [(e.start, e.end) for e in extract_events([issue], document="d", language="fr")] == [("2030-11-25", "")]


def test_a_venue_labelled_on_its_own_line_is_where_the_documents_own_event_is_held():
    """"- Date: Monday, 12 March 2029" and, under it, "- Venue: United Nations Conference Centre (UNCC), ..., Bangkok,
    Thailand": the venue's label says where (so a question naming Bangkok finds the forum); "at the United Nations
    Conference Centre (UNCC) in Addis Ababa" keeps its acronym and its city."""
    chunk = FakeChunk(0, "Forum", "- Date: Monday, 12 March 2029\n- Venue: United Nations Conference Centre (UNCC), "
                      "Rajdamnern Nok Avenue, Bangkok, Thailand")
    events = extract_events([chunk], document="d", doc_date="2029-03-12", title="Stakeholder Forum")
    assert [e.place for e in events] == ["United Nations Conference Centre (UNCC), Rajdamnern Nok Avenue, Bangkok, Thailand"]
    held = FakeChunk(0, "", "The consultation will now take place on Tuesday 9 and Wednesday 10 June 2032 at the United "
                     "Nations Conference Centre (UNCC) in Addis Ababa, Ethiopia.")
    assert [e.place for e in extract_events([held], document="d")] == [
        "United Nations Conference Centre (UNCC) in Addis Ababa, Ethiopia"]


def test_a_date_alone_is_named_from_its_heading_or_the_title():
    events = extract_events([FakeChunk(0, "", "10 February 2022")], document="d", title="Dialogue on the IMRF")
    assert [e.name for e in events] == ["Dialogue on the IMRF"]
    events = extract_events([FakeChunk(0, "Consultation in Amman", "Monday, 17 June 2027")], document="d", title="T")
    assert [e.name for e in events] == ["Consultation in Amman"]
    assert events[0].notes == ["the weekday written does not match the date"]    # 17 June 2027 is a Thursday
    # a label before the date ("Date limite :", "Deadline:") says what the date is, its heading what it is of (not the
    # address after it)
    chunk = FakeChunk(0, "2. Appel à contributions pour le rapport régional 2031",
                      "Date limite : 15 janvier 2031, à l'adresse contributions2031@reseau.example.")
    events = extract_events([chunk], document="d", language="fr", title="Lettre d'information")
    assert [(e.name, e.kind) for e in events] == [("Appel à contributions pour le rapport régional 2031", "deadline")]
    chunk = FakeChunk(0, "Call for inputs", "Deadline: 15 January 2031, to inputs@network.example")
    assert [e.name for e in extract_events([chunk], document="d", title="T")] == ["Call for inputs"]


def test_a_page_opening_with_its_meetings_dates_gives_that_meeting_whatever_date_it_bears():
    """A registration page of February opens with its meeting's dates in April: that line is the meeting (not a
    registration, as its heading would say), named by its heading and held where the line says; a time after a date
    does not name it ("at 23:59 (Muscat time)")."""
    title = "Sub-regional Consultation on Labour Mobility in the Gulf: Registration"
    chunks = [FakeChunk(0, title, "Muscat, Oman, and online — Monday 14 and Tuesday 15 April 2031\n\n"
                                  "The consultation brings together governments and trade unions."),
              FakeChunk(1, f"{title} > How to register",
                        "- Registration closes on Thursday 20 March 2031 at 23:59 (Muscat time).\n"
                        "- Each organisation may register two participants.")]
    events = extract_events(chunks, document="d", doc_date="2031-02-10", title=title)
    got = {(e.kind, e.start, e.end): e for e in events}
    meeting = got[("event", "2031-04-14", "2031-04-15")]
    assert meeting.name == title and meeting.place.startswith("Muscat")
    assert got[("registration", "2031-03-20", "")].name == "Registration closes"
    # a page that opens with the day it was published does not make it a meeting
    published = extract_events([FakeChunk(0, "Press release", "Published on 3 May 2026\n\nThe report is out.")],
                               document="d", doc_date="2026-05-03", title="T")
    assert [e.kind for e in published] == ["publication"]


def test_an_event_is_quoted_from_the_sentence_that_says_where_and_the_conference_is_the_title_s():
    chunks = [FakeChunk(0, "Call for Side-Event Proposals", "Amman, Jordan, 2-4 June 2026"),
              FakeChunk(1, "Call for Side-Event Proposals > 2. Date and venue",
                        "The Conference will be held from Tuesday, 2 June to Thursday, 4 June 2026 at the Zahran "
                        "Grand Hotel, Amman, Jordan. Side events will take place on the first two days.")]
    events = extract_events(chunks, document="d", doc_date="2026-03-01",
                            title="Third Regional Review Conference on Migration in the Arab Region")
    conference = [e for e in events if e.kind == "event"]
    assert len(conference) == 1 and (conference[0].start, conference[0].end) == ("2026-06-02", "2026-06-04")
    assert conference[0].place == "Zahran Grand Hotel, Amman, Jordan"
    assert conference[0].sentence.startswith("The Conference will be held from Tuesday, 2 June")
    assert conference[0].name == "Third Regional Review Conference on Migration in the Arab Region"
    # no sentence says where: the first mention still names the dates, and its dateline gives the place
    alone = extract_events(chunks[:1], document="d", doc_date="2026-03-01", title="T")
    assert [(e.sentence, e.place) for e in alone] == [("Amman, Jordan, 2-4 June 2026", "Amman, Jordan")]


def test_an_event_is_held_where_the_sentence_says_it_was_held_not_in_the_region_its_name_gives():
    chunks = [FakeChunk(0, "1. Introduction",
                        "The Regional Workshop on Social Protection for Migrant Workers in the Arab Region was held in "
                        "Tunis, Tunisia, on Wednesday, 20 and Thursday, 21 May 2026, at the Lac Conference Centre."),
              FakeChunk(1, "Expert meeting", "Regional Expert Meeting on Health in the Arab Region\n"
                                             "Amman, Jordan, 7-8 October 2026")]
    events = extract_events(chunks, document="d", doc_date="2026-05-20", title="Workshop summary")
    places = {e.start: e.place for e in events if e.kind == "event"}
    assert places == {"2026-05-20": "Tunis, Tunisia", "2026-10-07": "Amman, Jordan"}


def test_the_meeting_a_sentence_opens_with_is_the_one_the_title_names():
    """"The consultation will take place in a hybrid format, in Rabat, Morocco, and online, on 3 and 4 December":
    its subject is the consultation the title names, not the last clause before the date ("Morocco, and online");
    a subject the title does not name keeps its own name."""
    chunks = [FakeChunk(0, "4. Format and venue", "The consultation will take place in a hybrid format, in Rabat, "
                        "Morocco, and online, on Thursday, 3 and Friday, 4 December 2026. The report will be ready "
                        "in January 2027.")]
    events = extract_events(chunks, document="d", doc_date="2026-11-01",
                            title="Sub-regional Consultation on Labour Mobility and Skills Recognition")
    names = {e.start: e.name for e in events}
    assert names["2026-12-03"] == "Sub-regional Consultation on Labour Mobility and Skills Recognition", names
    assert names["2027-01-01"] == "The report", names


def test_the_building_an_event_is_held_in_is_read_in_french_and_arabic_and_under_a_dateline():
    """"se tiendra du ... au Centre international de conférences", "s'est tenu le 25 et le 26 mai au centre de
    conférences ...", the line under an Arabic dateline naming a hall; a long sentence's city is not cut
    ("Tunisia", not "Tunis")."""
    french = [FakeChunk(0, "4. Lieu", "La consultation se tiendra du mardi 16 au jeudi 18 mars 2027 au Centre "
                                      "international de conférences de Nouakchott, en format hybride.")]
    events = {e.start: e for e in extract_events(french, document="d", language="fr", doc_date="2027-03-16", title="T")}
    assert events["2027-03-16"].place == "Centre international de conférences de Nouakchott"
    report = [FakeChunk(0, "Compte rendu", "Tunis (Tunisie), du 25 au 26 mai 2027"),
              FakeChunk(1, "Compte rendu > 1. Contexte",
                        "Le dialogue s’est tenu le mardi 25 et le mercredi 26 mai 2027 au centre de conférences de "
                        "l’Office des Tunisiens à l’étranger, à Tunis.")]
    events = {e.start: e for e in extract_events(report, document="d", language="fr", doc_date="2027-05-25", title="T")}
    # (the sentence's two days, "le mardi 25 et le mercredi 26 mai", are the dateline's: the building is in the town
    # the sentence names after it)
    assert events["2027-05-25"].place == "centre de conférences de l’Office des Tunisiens à l’étranger, Tunis"
    assert str(events["2027-05-25"].end) == "2027-05-26"
    arabic = [FakeChunk(0, "مذكرة معلومات", "القاهرة، من الثلاثاء ١٨ إلى الخميس ٢٠ كانون الثاني/يناير ٢٠٢٨\n\n"
                                            "قاعة الفسطاط، مركز الزمالك للمؤتمرات\n\nأولاً – الخلفية")]
    events = {e.start: e for e in extract_events(arabic, document="d", language="ar", doc_date="2028-01-18", title="T")}
    assert events["2028-01-18"].place == "قاعة الفسطاط، مركز الزمالك للمؤتمرات، القاهرة"
    # "المركز الاستشاري" (consultative status) is no building
    status = [FakeChunk(0, "رابعاً", "تعقد المشاورة يوم ١٨ كانون الثاني/يناير ٢٠٢٨ للمنظمات الحاصلة على المركز الاستشاري.")]
    assert [e.place for e in extract_events(status, document="d", language="ar", doc_date="2028-01-18", title="T")] == [""]
    long = [FakeChunk(0, "3. Date, venue and format",
                      "The workshop will take place from Tuesday, 10 March to Thursday, 12 March 2026 at the Hotel "
                      "Africa Conference Hall, Tunis, Tunisia.")]
    events = {e.start: e for e in extract_events(long, document="d", doc_date="2026-03-10", title="T")}
    assert events["2026-03-10"].place == "Hotel Africa Conference Hall, Tunis, Tunisia"


def test_a_place_written_in_another_language_is_shown_by_its_town_and_the_building_quoted():
    from datetime import date

    from bot.knowledge.timeline import Event

    def event(lang, place):
        return Event(id="e", name={lang: "T"}, start=date(2027, 3, 16), place={lang: place}, origin="extracted")

    assert event("fr", "Centre de conférences Atlas, Agadir (Maroc)").place_in("en") == "Agadir (Maroc)"
    assert event("fr", "Centre international de conférences de Nouakchott").place_in("en") == "Nouakchott"
    assert event("fr", "Centre de conférences Atlas, Agadir (Maroc)").place_in("fr") == "Centre de conférences Atlas, Agadir (Maroc)"
    assert event("fr", "Tunis (Tunisie)").place_in("ar") == "«Tunis (Tunisie)»"
    # (an Arabic place: its town by the gazetteer's name and the hall it opens with as it is written -- the date line
    # an answer quotes may not name it)
    assert event("ar", "قاعة الفسطاط، مركز الزمالك للمؤتمرات، القاهرة").place_in("en") == "Cairo (“قاعة الفسطاط”)"
    assert event("ar", "مركز أبي رقراق الدولي للمؤتمرات، حي الرياض، الرباط").place_in("fr") == "Rabat (« مركز أبي رقراق الدولي للمؤتمرات »)"
    assert event("en", "Zahran Grand Hotel, Amman, Jordan").place_in("fr") == "Zahran Grand Hotel, Amman, Jordan"
    # ... and to an Arabic reader in quotation marks, a run of Latin script in a right-to-left line
    assert event("en", "Zahran Grand Hotel, Amman, Jordan").place_in("ar") == "«Zahran Grand Hotel, Amman, Jordan»"
    assert event("fr", "Centre de conférences Al Manar").place_in("en") == "“Centre de conférences Al Manar”"
    # (the town after the building's hall and street, not them: what an English reader can place)
    assert event("fr", "Centre de conférences de la Corniche, salle Gorée, route de la Corniche Ouest, Dakar (Sénégal)"
                 ).place_in("en") == "Dakar (Sénégal)"


def test_a_venue_and_its_datelines_town_are_one_place():
    """"..., route de la Corniche Ouest, Dakar" under "Dakar (Sénégal), du mardi 12 ...": Dakar once, with its
    country; a building named after its town keeps the dateline whole."""
    from ingest.dates import _joined_place

    assert _joined_place("Centre de conférences de la Corniche, route de la Corniche Ouest, Dakar", "Dakar (Sénégal)") \
        == "Centre de conférences de la Corniche, route de la Corniche Ouest, Dakar (Sénégal)"
    assert _joined_place("Centre de conférences Atlas d'Agadir", "Agadir (Maroc)") == \
        "Centre de conférences Atlas d'Agadir, Agadir (Maroc)"
    assert _joined_place("UN House in Beirut", "Beirut, Lebanon") == "UN House in Beirut, Lebanon"


def test_an_event_set_off_by_commas_before_its_verb_is_named_by_that_clause():
    """"The next event in the series, a regional workshop on ..., will take place in Beirut ... on 6 and 7 October":
    the clause before the date has no subject ("will take place in Beirut"); the event is the one set off before it,
    not "Will"."""
    chunks = [FakeChunk(0, "7. Next steps", "The next event in the series, a regional workshop on migrant workers' "
                        "access to justice, will take place in Beirut, Lebanon, on Tuesday, 6 and Wednesday, 7 October 2026.")]
    events = extract_events(chunks, document="d", doc_date="2026-05-20", title="Workshop summary")
    assert [(e.start, e.name, e.place) for e in events] == [
        ("2026-10-06", "A regional workshop on migrant workers' access to justice", "Beirut, Lebanon")]


@pytest.mark.parametrize("line, place", [
    ("Beirut, Lebanon, ", "Beirut, Lebanon"), ("Cairo, ", "Cairo"), ("Thursday, ", ""), ("From Tuesday, ", ""),
    ("Updated, ", ""), ("The meeting took place on ", ""), ("Beirut ", ""),
    ("PSSM-NE/TDR/2039/07 – Niamey, le ", "Niamey"),      # (after the document's reference)
])
def test_a_dateline_gives_the_place_before_its_date(line, place):
    from bot.text.places import dateline_place

    assert dateline_place(line) == place


def test_the_documents_own_event_is_held_where_a_sentence_without_a_date_says():
    """A meeting summary gives its dates in the title lines and its venue in a sentence of its own:
    the venue is the place of the document's own event only, and a place named before the verb (where
    the speaker works, the region) is not one."""
    chunks = [FakeChunk(0, "Regional Consultation on Climate Mobility", "5-6 November 2025"),
              FakeChunk(1, "Regional Consultation on Climate Mobility > 1. Purpose",
                        "Participants from the Arab Region met. The consultation took place at the UN House in "
                        "Beirut, with remote participation for the plenary only. A follow-up meeting is planned "
                        "on 3 March 2026.")]
    events = {e.start: e for e in extract_events(chunks, document="d", doc_date="2025-11-05", title="T")}
    assert events["2025-11-05"].place == "UN House in Beirut"  # the venue, with the town it is in
    assert events["2026-03-03"].place == ""                   # another event: the venue sentence is not its own
    # with a dateline too: the venue and the dateline's place once; the day of the meeting named by the title
    chunks[0].text = "Beirut, Lebanon, 5-6 November 2025"
    events = {e.start: e for e in extract_events(chunks, document="d", doc_date="2025-11-05", title="T")}
    assert events["2025-11-05"].place == "UN House in Beirut, Lebanon" and events["2025-11-05"].name == "T"
    chunks[0].text = "5-6 November 2025"
    chunks[1].text = "Ms. Amy Muedin thanked participants in the Arab region for the Forum, which will take place in May."
    assert [e.place for e in extract_events(chunks, document="d", doc_date="2025-11-05", title="T")] == [""]


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "La consultation régionale des parties prenantes se tiendra du 17 au 18 mars 2027 à Beyrouth. "
           "La date limite d'inscription est le 15 février 2027.",
     {("2027-03-17", "2027-03-18", "event", "La consultation régionale des parties prenantes"),
      ("2027-02-15", "", "registration", "La date limite d'inscription")}),
    ("ar", "ستعقد المشاورة الإقليمية لأصحاب المصلحة يومي 17 و18 آذار/مارس 2027 في بيروت. "
           "آخر موعد للتسجيل هو ١٥ شباط/فبراير ٢٠٢٧.",
     {("2027-03-17", "2027-03-18", "event", "المشاورة الإقليمية لأصحاب المصلحة"),
      ("2027-02-15", "", "registration", "آخر موعد للتسجيل")}),
])
def test_french_and_arabic_documents(language, text, expected):
    events = extract_events([FakeChunk(0, "", text)], document="note", language=language, doc_date="2026-12-01")
    assert {(e.start, e.end, e.kind, e.name) for e in events} == expected
    assert all(e.language == language for e in events)


def test_a_numbered_day_of_a_programme_is_not_a_range_of_days():
    """"Day 1 — Tuesday, 17 February 2026" is the 17th, not 1-17 February; "page 12 May 2020" is no date."""
    assert [(m.start.isoformat(), m.end) for m in find_dates("Day 1 — Tuesday, 17 February 2026")] == [("2026-02-17", None)]
    assert [(m.start.isoformat(), m.end) for m in find_dates("DAY 2: Thursday, 4 July 2024")] == [("2024-07-04", None)]
    assert find_dates("see page 12 May 2020") == []
    assert [(m.start.isoformat(), m.end.isoformat()) for m in find_dates("from 17 to 20 May 2022")] == [
        ("2022-05-17", "2022-05-20")]


@pytest.mark.parametrize("sentence", [
    "Les demandes doivent être faites avant fin janvier 2027, dans la rubrique du formulaire.",
    "Applications are due by the end of January 2027.",
    "يجب تقديم الطلبات قبل نهاية كانون الثاني/يناير 2027.",
])
def test_by_the_end_of_a_month_is_a_deadline(sentence):
    from ingest.dates import find_dates, is_deadline

    mentions = find_dates(sentence)
    assert mentions and all(is_deadline(sentence, m) for m in mentions), sentence
    assert not any(is_deadline(s, m) for s in ["The meeting took place in January 2027."] for m in find_dates(s))


def test_a_dateline_under_the_title_is_the_documents_own_event_not_a_heading():
    """"Agadir (Maroc), 20-21 octobre 2026" alone on its line under the title: read as text, it is the meeting's
    dates and place (as a heading with no body it was dropped, and a session's day became the meeting's date)."""
    from ingest.chunking import chunk_document

    text = ("Réunion d'experts sur la protection consulaire\n\nCompte rendu des discussions\n\n"
            "Agadir (Maroc), 20-21 octobre 2026\n\n1. Contexte\n\nLa réunion a réuni 38 participants.\n\n"
            "2. Séances\n\nSéance d'ouverture (mardi 20 octobre, 9 h 00 – 9 h 45)\n")
    title = "Réunion d'experts sur la protection consulaire"
    chunks = chunk_document(text, doc_id="d", title=title, date="2026-10-20", language="fr")
    events = extract_events(chunks, document="d", language="fr", doc_date="2026-10-20", title=title)
    own = [e for e in events if e.start == "2026-10-20" and e.end == "2026-10-21"]
    assert own and own[0].name == title and own[0].place == "Agadir (Maroc)", events


def test_a_calendars_sections_each_give_their_activitys_place_and_name_its_other_dates():
    """A calendar of several activities, each in a section of labelled lines: an activity is held where its section's
    venue line says (not where another section's is, nor is the letter's dateline held there); a date given in a field
    is named by the field and the activity ("Accréditation — Réunion préparatoire ..."), and carries the activity's
    place; of two clauses joined by ";", the second's date is not the first's deadline."""
    head = "Calendrier indicatif des activités"
    chunks = [FakeChunk(0, head, "Beyrouth, le 15 juillet 2032"),
              FakeChunk(1, f"{head} > 2. Atelier de formation sur les données migratoires",
                        "- Dates : du mardi 5 au jeudi 7 octobre 2032\n- Lieu : Maison des Nations Unies, Amman (Jordanie)\n"
                        "- Candidatures : au plus tard le dimanche 12 septembre 2032 ; les résultats de la sélection "
                        "seront communiqués le lundi 20 septembre 2032"),
              FakeChunk(2, f"{head} > 5. Réunion préparatoire de l'examen régional",
                        "- Dates : mardi 7 et mercredi 8 décembre 2032\n- Lieu : Le Caire (Égypte), en format hybride\n"
                        "- Accréditation : les organisations qui ne sont pas dotées du statut consultatif doivent demander "
                        "une accréditation avant le lundi 1er novembre 2032, au moyen du formulaire en ligne")]
    events = {e.start: e for e in extract_events(chunks, document="d", language="fr", doc_date="2032-07-15", title=head)}
    assert events["2032-10-05"].place == "Maison des Nations Unies, Amman (Jordanie)"
    assert events["2032-12-07"].place.startswith("Le Caire (Égypte)")
    assert "Amman" not in events["2032-07-15"].place and "Caire" not in events["2032-07-15"].place
    accreditation = events["2032-11-01"]
    assert (accreditation.kind, accreditation.name) == ("deadline", "Accréditation — Réunion préparatoire de l'examen régional")
    assert accreditation.activity_place.startswith("Le Caire") and accreditation.place == ""
    assert events["2032-09-12"].name == "Candidatures — Atelier de formation sur les données migratoires"
    assert events["2032-09-20"].kind == "event" and not events["2032-09-20"].name.startswith("Candidatures")


@pytest.mark.parametrize("sentence, name", [
    ("Self-funded participants may book at this rate until 20 April 2028.", "Self-funded participants may book at this rate"),
    ("Les contributions écrites (cinq pages au maximum) sont à envoyer avant le vendredi 15 octobre 2032.",
     "Les contributions écrites sont à envoyer"),
    ("Note: registration closes on 10 March 2032.", "registration closes"),
])
def test_a_field_names_its_date_but_a_hyphenated_word_or_a_remark_does_not(sentence, name):
    [event] = extract_events([FakeChunk(0, "T", sentence)], document="d", doc_date="2028-01-01", title="T")
    assert event.name.endswith(name) and event.name != "Note"


def test_a_notes_dateline_a_page_part_heading_a_web_address_and_a_reduced_relative_do_not_name_a_meeting():
    """An information note dated "Tunis, 3 March 2031" whose meeting is in May: the dateline is the day it was issued,
    not a second day of its meeting; dates under "Practical information" are the meeting's the title names; a
    registration form's address is no name; "..., by the same form, until" names what is sent; "presented at the Second
    Forum ..., to be held in Rabat on" names the forum."""
    title = "Regional Webinar on Skills Recognition for Returning Migrants"
    chunks = [FakeChunk(0, title, "Information Note\nTunis, 3 March 2031"),
              FakeChunk(1, f"{title} > Practical information", "- Date: Tuesday 13 May 2031, 14:00-16:00 (Tunis time)"),
              FakeChunk(2, f"{title} > 1. Background", "The Regional Webinar on Skills Recognition for Returning Migrants "
                        "will take place on Tuesday 13 May 2031."),
              FakeChunk(3, f"{title} > 2. Registration",
                        "Participants must register through the online form at https://example.org/register no later "
                        "than Friday 2 May 2031. Questions for the speakers may be sent, through the same form, until "
                        "Monday 5 May 2031. Its conclusions will be presented at the Second Forum on Labour Mobility, "
                        "to be held in Rabat on 9 and 10 October 2031.")]
    events = {e.start: e for e in extract_events(chunks, document="d", language="en", doc_date="2031-03-03", title=title)}
    assert "2031-03-03" not in events
    assert events["2031-05-13"].name == title
    assert "example.org" not in events["2031-05-02"].name and events["2031-05-02"].kind == "registration"
    assert events["2031-05-05"].name == "Questions for the speakers may be sent"
    assert events["2031-10-09"].name == "Second Forum on Labour Mobility"


def test_a_table_rows_label_an_actions_line_and_a_fields_description_name_their_dates():
    """"| Call opens | Thursday 15 September 2033 |" is the call's opening, not the document's own event; "- Rédiger le
    projet. Responsable : Mme X — Échéance : 25 juillet 2033" is the action's deadline, not "Responsable"'s; "- Training:
    a 3-day online training on ..., from 17 to 19 January 2034" is the training; "... at the International Migration
    Review Forum (IMRF), to be held ... from 2 to 5 May 2034" the Forum; in Arabic, "تُعقد الورشة ..." the workshop the
    title names, and a deadline's name has no dangling "في موعد أقصاه"."""
    title = "Migrant Voices Fellowship 2033-2034"
    chunks = [FakeChunk(0, f"{title} > 6. Timeline", "| Step | Date |\n|---|---|\n| Call opens | Thursday 15 September 2033 |\n"
                        "| Results announced | by Thursday 1 December 2033 |"),
              FakeChunk(1, f"{title} > 3. What the fellowship offers",
                        "- Training: a 3-day online training on the GCM, the regional review process, advocacy and public "
                        "speaking, from Tuesday 17 to Thursday 19 January 2034."),
              FakeChunk(2, f"{title} > 1. About", "The GCM will be reviewed at the International Migration Review Forum "
                        "(IMRF), to be held at United Nations Headquarters in New York from 2 to 5 May 2034.")]
    events = {e.start: e for e in extract_events(chunks, document="d", doc_date="2033-09-15", title=title)}
    assert events["2033-09-15"].name == "Call opens" and events["2033-12-01"].name == "Results announced"
    assert events["2034-01-17"].name == "Training"
    assert events["2034-05-02"].name.startswith("International Migration Review Forum")
    minutes = [FakeChunk(0, "Compte rendu > 2. Déclaration", "- Rédiger le premier projet de déclaration commune. Responsable "
                         ": Mme Salma Idrissi — Échéance : 25 juillet 2033")]
    [deadline] = extract_events(minutes, document="m", language="fr", doc_date="2033-07-08", title="Compte rendu")
    assert deadline.name == "Rédiger le premier projet de déclaration commune"
    workshop = "ورشة العمل الإقليمية حول التأمين الصحي"
    arabic = [FakeChunk(0, workshop, "المنامة، ٢٠ كانون الثاني/يناير ٢٠٣٤"),
              FakeChunk(1, f"{workshop} > خامساً: المواعيد", "تُعقد الورشة على مدى ثلاثة أيام، من يوم الثلاثاء 18 إلى يوم "
                        "الخميس 20 نيسان/أبريل 2034.\nيُرجى من المدعوين التسجيل في موعد أقصاه 12 آذار/مارس 2034.")]
    events = {e.start: e for e in extract_events(arabic, document="a", language="ar", doc_date="2034-01-20", title=workshop)}
    assert events["2034-04-18"].name == workshop and "2034-01-20" not in events
    assert events["2034-03-12"].name == "يُرجى من المدعوين التسجيل"


def test_a_pronouns_meeting_a_deadline_column_and_the_opening_line_under_a_kind_heading():
    """"It ... will be held ... from 8 to 11 May 2035" is the meeting the title names (and then the note's dateline is
    the day it was issued); "| Side event proposals | Friday, 16 February 2035 |" under "| Step | Deadline |" is a
    deadline, "| Informal multi-stakeholder hearing | Monday, 7 May 2035 |" a meeting; a page's opening line of dates
    under a heading that only says what kind of document it is ("# Note d'information") is the title's meeting."""
    title = "International Migration Review Forum 2034"
    chunks = [FakeChunk(0, title, "New York, 1 July 2034"),
              FakeChunk(1, f"{title} > 1. The Forum", "Following a decision of the General Assembly in March 2034, the "
                        "Forum that was initially planned for May 2034 has been moved to the following year. It keeps the "
                        "name \"IMRF 2034\" and will be held at United Nations Headquarters in New York from Tuesday, 8 to "
                        "Friday, 11 May 2035."),
              FakeChunk(2, f"{title} > Annex: Key dates", "| Step | Deadline |\n|---|---|\n"
                        "| Side event proposals | Friday, 16 February 2035 |\n"
                        "| Informal multi-stakeholder hearing | Monday, 7 May 2035 |")]
    events = {e.start: e for e in extract_events(chunks, document="n", doc_date="2034-07-01", title=title)}
    assert events["2035-05-08"].name == title and "2034-07-01" not in events
    assert events["2035-02-16"].kind == "deadline" and events["2035-05-07"].kind == "event"
    consultation = "Consultation régionale sur les visas de travail à distance"
    page = [FakeChunk(0, f"Note d'information > {consultation}", "**Dakar (Sénégal) et en ligne – mardi 13 et mercredi 14 "
                      "juin 2034**\n*Dakar, le 10 avril 2034*")]
    events = {e.start: e for e in extract_events(page, document="f", language="fr", doc_date="2034-04-10", title=consultation)}
    assert events["2034-06-13"].name == consultation and "2034-04-10" not in events


def test_a_building_a_sentence_names_is_in_the_city_the_title_line_gives():
    """"held on ... at the United Nations Office at Nairobi (UNON)" under "Nairobi, Kenya, 14-15 February 2034": the
    meeting is at the United Nations Office, in Nairobi, Kenya (a question on "the Nairobi meeting" is about it)."""
    title = "Expert Group Meeting on Seasonal Agricultural Workers"
    chunks = [FakeChunk(0, title, "Nairobi, Kenya, 14-15 February 2034\nSummary of discussions\nIssued on 2 March 2034"),
              FakeChunk(1, f"{title} > 1. Background", "The Expert Group Meeting on Seasonal Agricultural Workers was "
                        "held on Tuesday 14 and Wednesday 15 February 2034 at the United Nations Office at Nairobi "
                        "(UNON), Gigiri.")]
    events = {e.start: e for e in extract_events(chunks, document="s", doc_date="2034-03-02", title=title)}
    assert "Nairobi, Kenya" in events["2034-02-14"].place, events["2034-02-14"].place


def test_a_concept_note_heading_names_no_meeting_and_its_dateline_is_the_day_it_was_issued():
    """"CONCEPT NOTE" above the title and the meeting's own line of dates names no meeting: the dates are the title's
    meeting, held where a sentence says (not "in Russian", the language a working group is held in), and the note's
    dateline ("Bishkek, 3 March 2036") is the day it was written, not an event."""
    title = "SUBREGIONAL CONSULTATION ON SEASONAL WORK IN THE CAUCASUS"
    chunks = [FakeChunk(0, "", "Bishkek, 3 March 2036"),
              FakeChunk(1, "CONCEPT NOTE", f"{title}\nTuesday, 12 and Wednesday, 13 May 2036\nBishkek and online"),
              FakeChunk(2, "4. LANGUAGES", "The working groups will be held in Russian, with one English-language group."),
              FakeChunk(3, "5. VENUE", "The consultation will take place in the Ala-Too Conference Hall of the Orion "
                        "Hotel, 12 Chui Avenue, Bishkek.")]
    events = {e.start: e for e in extract_events(chunks, document="c", doc_date="2036-03-03", title=title)}
    assert events["2036-05-12"].name == title, events["2036-05-12"].name
    assert "Ala-Too Conference Hall of the Orion Hotel" in events["2036-05-12"].place, events["2036-05-12"].place
    assert "2036-03-03" not in events


@pytest.mark.parametrize("sentence, name", [
    ("The final report, including the written contributions, will be sent to the secretariat on Friday, 4 July 2036.",
     "The final report"),
    ("A summary of the discussions, in Arabic and French, to be shared with all participants by 30 June 2036.",
     "A summary of the discussions"),
    ("The next webinar in the series, a briefing on return and reintegration, will take place on 9 September 2036.",
     "A briefing on return and reintegration"),
])
def test_a_phrase_set_off_by_commas_names_the_date_only_when_it_is_a_noun(sentence, name):
    events = extract_events([FakeChunk(0, "Next steps", sentence)], document="d", doc_date="2036-05-20", title="Report")
    assert [e.name for e in events] == [name]


def test_a_summarys_opening_line_under_its_subtitle_a_version_line_and_a_recording_published():
    """The line of dates a summary opens with, under a subtitle that names no meeting ("Central America – Summary
    of proceedings"), is the meeting its title names, at the building a sentence names with its city ("at the UN regional
    hub in Ciudad del Saber, Panama City"); "Provisional programme (version of 2 March 2036)" is the document's own
    version, not a meeting; "L'enregistrement ... sera publié ... le 29 juin" is no registration."""
    title = "Regional Multi-Stakeholder Hearing on Labour Migration"
    chunks = [FakeChunk(0, "Central America – Summary of proceedings", "Panama City, Panama (hybrid), Thursday, 23 April 2036"),
              FakeChunk(1, "Overview", "The hearing took place at the UN regional hub in Ciudad del Saber, Panama City, "
                        "and online.")]
    events = {e.start: e for e in extract_events(chunks, document="h", doc_date="2036-05-10", title=title)}
    assert events["2036-04-23"].name == title and "Ciudad del Saber, Panama City" in events["2036-04-23"].place
    version = extract_events([FakeChunk(0, "Programme", "Provisional programme (version of 2 March 2036)")],
                             document="p", doc_date="2036-03-02", title="Third Forum on Skills")
    assert [e.kind for e in version] == ["publication"]
    recording = extract_events([FakeChunk(0, "Enregistrement", "L'enregistrement, avec les pistes audio en français, "
                                          "sera publié sur la chaîne YouTube du Réseau le vendredi 29 juin 2036.")],
                               document="r", language="fr", doc_date="2036-04-01", title="Dialogue en ligne")
    assert [e.kind for e in recording] != ["registration"]


def test_a_venue_named_before_its_street_is_in_the_city_the_sentence_names_after_it():
    """"in the Ala-Too Hall of the Orion Hotel, 12 Chui Avenue, Bishkek 720040, Kyrgyzstan": the consultation the
    title names is in Bishkek, Kyrgyzstan (no dateline says where): "the Bishkek consultation" is this one."""
    title = "Subregional Consultation on Seasonal Work"
    chunks = [FakeChunk(0, title, "Tuesday, 12 and Wednesday, 13 May 2036"),
              FakeChunk(1, f"{title} > 5. Venue", "The consultation will take place in the Ala-Too Hall of the Orion "
                        "Hotel, 12 Chui Avenue, Bishkek 720040, Kyrgyzstan.")]
    events = {e.start: e for e in extract_events(chunks, document="b", doc_date="2036-03-03", title=title)}
    assert events["2036-05-12"].place == "Ala-Too Hall of the Orion Hotel, Bishkek, Kyrgyzstan", events["2036-05-12"].place


def test_a_french_dateline_gives_the_city_after_its_dates():
    """"Consultation: Du mardi 23 juin au jeudi 25 juin 2037, à N'Djamena (Tchad)": the consultation is in N'Djamena
    (the city after the dates, which the gazetteer knows), not in no place."""
    chunk = FakeChunk(0, "En bref", "- Consultation: Du mardi 23 juin au jeudi 25 juin 2037, à N'Djamena (Tchad)")
    [event] = extract_events([chunk], document="d", language="fr", doc_date="2037-04-02", title="Appel à candidatures")
    assert event.kind == "event" and event.place == "N'Djamena (Tchad)", event


def test_a_table_rows_deadline_is_named_by_what_is_due_not_who_is_responsible_and_a_call_that_closes_is_a_deadline():
    """"Transmettre les études de cas | Tous les membres | vendredi 31 juillet 2037" under "Action | Responsable |
    Échéance" is the case studies' deadline (not "Tous les membres"'s, nor "Mme X"'s); "Applications close on Friday, 17
    July 2037", "Nominations close | ...", "ويُغلق باب الترشيح يوم ..." are deadlines, not events."""
    chunks = [FakeChunk(0, "Procès-verbal > 4. Tableau des actions",
                        "Action | Responsable | Échéance\n"
                        "Transmettre les études de cas (800 mots au maximum) | Tous les membres | vendredi 31 juillet 2037\n"
                        "Transmettre la note de position finale | Mme Rania Haddad-Khoury | mardi 15 septembre 2037")]
    events = {e.start: e for e in extract_events(chunks, document="pv", language="fr", doc_date="2037-07-06",
                                                 title="Procès-verbal")}
    assert events["2037-07-31"].name.startswith("Transmettre les études de cas"), events["2037-07-31"]
    assert events["2037-09-15"].name == "Transmettre la note de position finale", events["2037-09-15"]
    call = [FakeChunk(0, "Forum > Open call", "Applications close on Friday, 17 July 2037 at 23:59 CAT.\n"
                      "Nominations close | Friday, 24 July 2037")]
    assert {e.start: e.kind for e in extract_events(call, document="c", doc_date="2037-06-08", title="Forum")} == {
        "2037-07-17": "deadline", "2037-07-24": "deadline"}
    arabic = [FakeChunk(0, "الفريق الاستشاري > الترشيح", "ويُغلق باب الترشيح يوم الخميس 1 تشرين الأول/أكتوبر 2037.")]
    [closing] = extract_events(arabic, document="a", language="ar", doc_date="2037-08-17", title="الفريق الاستشاري")
    assert closing.kind == "deadline", closing


COTONOU = """Réseau régional des Nations Unies sur les migrations – Afrique de l'Ouest et du Centre

Publié le : mercredi 20 janvier 2038

# Atelier régional sur la portabilité des droits sociaux des travailleurs migrants

## Cotonou (Bénin) et en ligne – mardi 16 et mercredi 17 mars 2038

L'atelier réunit des représentants des ministères du travail et des organisations de travailleurs migrants.

## Suite de l'atelier

- Webinaire de suivi (en ligne) : aura lieu le mardi 13 avril 2038, de 10 h à 12 h GMT.
- Contributions écrites (800 mots au maximum) : à envoyer avant le vendredi 26 mars 2038.
- Follow-up briefing: will be held on Tuesday, 20 April 2038.
"""


def test_a_pages_dateline_under_its_title_after_the_day_it_was_published_and_labels_before_a_verb(tmp_path):
    """The line of a page's dates, set as a heading under its title, is the meeting the title names, held where the
    line says before its dash -- even when the letterhead above gives the day the page was published (that line is no
    meeting's); a follow-up given as "Label (aside) : aura lieu le ..." or "Label: will be held on ..." is named by its
    label, not by the bracket's end or the verb."""
    from ingest.pipeline import prepare

    path = tmp_path / "2038-01-20_atelier-cotonou-note.md"
    path.write_text(COTONOU, encoding="utf-8")
    events = {ev.start: ev for ev in prepare(path, {}, []).events}
    workshop = events["2038-03-16"]
    assert (workshop.kind, workshop.end) == ("event", "2038-03-17"), workshop
    assert workshop.name == "Atelier régional sur la portabilité des droits sociaux des travailleurs migrants", workshop
    assert workshop.place.startswith("Cotonou (Bénin)"), workshop
    assert events["2038-01-20"].kind == "publication", events["2038-01-20"]
    assert events["2038-04-13"].name == "Webinaire de suivi (en ligne)", events["2038-04-13"]
    assert events["2038-03-26"].name == "Contributions écrites", events["2038-03-26"]
    assert events["2038-04-20"].name == "Follow-up briefing", events["2038-04-20"]


def test_the_days_of_separate_meetings_within_a_period_are_each_their_own():
    """A roadmap gives "Sub-regional consultations: Tuesday 11 to Friday 21 June 2041" and, in a table, each one's day
    (11, 13, 18 and 21 June): each is its own event, listed on its day; a meeting's own days (its opening on its first
    day, a session on its second) are still the meeting's."""
    from ingest.chunking import chunk_document

    title = "Stakeholder roadmap for the Pacific review"
    text = (f"{title}\n\nIssued: 10 April 2041\n\n## Milestones\n\n"
            "Sub-regional online consultations: Tuesday 11 to Friday 21 June 2041\n\n"
            "## Sub-regional online consultations\n\n| Sub-region | Date | Time |\n|---|---|---|\n"
            "| Melanesia | Tuesday 11 June 2041 | 10:00-12:00 Suva time |\n"
            "| Polynesia | Thursday 13 June 2041 | 10:00-12:00 Apia time |\n"
            "| Micronesia | Tuesday 18 June 2041 | 09:00-11:00 Guam time |\n"
            "| Australia and New Zealand | Friday 21 June 2041 | 14:00-16:00 Sydney time |\n\n"
            "## The review\n\nThe review will be held in Suva from Monday 7 to Wednesday 9 October 2041. "
            "It will open on Monday 7 October 2041 at 9:00. The second day, Tuesday 8 October 2041, is given to "
            "the panels.\n")
    chunks = chunk_document(text, doc_id="d", title=title, date="2041-04-10", language="en")
    events = extract_events(chunks, document="d", language="en", doc_date="2041-04-10", title=title)
    days = {e.start for e in events if e.kind == "event" and not e.end}
    assert {"2041-06-13", "2041-06-18"} <= days, [(e.start, e.end, e.name) for e in events]
    assert not days & {"2041-10-07", "2041-10-08"}, [(e.start, e.end, e.name) for e in events]


def test_a_calls_dateline_is_its_issue_and_a_time_zones_cities_are_no_venue():
    """The dateline under the title of a call or terms of reference "for the participation of civil society in the
    regional review" (a meeting named only as what the call prepares) is the day the call was issued, in its city
    after its reference; the cities an aside gives a time zone's hours for are not where a webinar is held."""
    title = ("Appel à propositions – Petites subventions pour la participation de la société civile du Tchad à l'examen "
             "régional du Pacte mondial sur les migrations")
    chunks = [FakeChunk(0, title, "PTM/2040/03 – N'Djamena, le lundi 6 février 2040"),
              FakeChunk(1, "4. Webinaire", "We will hold an online webinar on the draft on Wednesday, 21 September 2039, "
                        "from 14:00 to 15:30 GMT (15:00 to 16:30 West Africa Time, WAT/UTC+1, for Lagos, Abuja, Douala "
                        "and Kinshasa).")]
    events = {e.start: e for e in extract_events(chunks, document="c", doc_date="2040-02-06", title=title)}
    assert (events["2040-02-06"].kind, events["2040-02-06"].place) == ("publication", "N'Djamena"), events["2040-02-06"]
    assert events["2039-09-21"].kind == "event" and "Lagos" not in events["2039-09-21"].place, events["2039-09-21"]


def test_an_age_counted_on_a_day_is_no_event_and_a_pages_dateline_opening_a_line_of_fields_is_its_issue():
    """"âgées de 16 à 35 ans au 30 novembre 2039", "aged 21 to 35 on 1 May 2034", "لا يتجاوز عمره 35 عامًا في ..." give the day
    an age is counted on, not a meeting (nor "Young people aged 18-30 will meet in Tunis on 5 May", which is one); "Sfax,
    le mardi 11 octobre 2039 | Rubrique : Appels et concours | Réf. ..." under a contest's title is the day the page was
    issued, not an event named "Rubrique : Appels et concours"."""
    title = "Concours « Regards croisés sur la migration » : règlement et appel à participation"
    chunks = [FakeChunk(0, title, "Sfax, le mardi 11 octobre 2039 | Rubrique : Appels et concours | Réf. AJMC/CONC/2039/02"),
              FakeChunk(1, f"{title} > Article 1 – Qui peut participer ?", "Le concours est ouvert aux personnes âgées de "
                        "16 à 35 ans au 30 novembre 2039 qui résident en Tunisie."),
              FakeChunk(2, f"{title} > Article 2", "Applicants must be aged 21 to 35 on 1 May 2040. Young people aged "
                        "18-30 will meet in Tunis on 5 May 2040. يشترط ألا يتجاوز عمر المتقدم 35 عامًا في 1 حزيران 2040."),
              FakeChunk(3, f"{title} > Article 6", "La cérémonie de remise des prix aura lieu le dimanche 18 décembre 2039.")]
    events = {e.start: e for e in extract_events(chunks, document="s", language="fr", doc_date="2039-10-11", title=title)}
    assert set(events) == {"2039-10-11", "2040-05-05", "2039-12-18"}, sorted(events)
    assert events["2039-10-11"].kind == "publication" and "Rubrique" not in events["2039-10-11"].name, events["2039-10-11"]
    assert events["2040-05-05"].kind == "event"


def test_a_meeting_organised_under_a_registration_heading_is_held_at_the_building_after_its_days():
    """"١. المشاورة الوطنية ...: التسجيل مفتوح" > "تنظّم شبكة نماء، بالتعاون مع ...، «المشاورة الوطنية ...» يومي الأربعاء 23
    والخميس 24 تشرين الثاني/نوفمبر 2039 في قاعة زاغروس بفندق نيشتمان بالاس، شارع 60 متري، أربيل.": the consultation itself
    (not its registration: the heading's word), named by its name in quotation marks (not who organises it), held in the
    hall, in Erbil (the city the sentence names after its street, as written); and the meeting a FAQ page's dateline
    gives whole keeps the hall its days give, not only the city."""
    head = "١. المشاورة الوطنية حول استعراض الميثاق العالمي للهجرة: التسجيل مفتوح"
    chunks = [FakeChunk(0, head, "تنظّم شبكة نماء، بالتعاون مع شبكة الأمم المتحدة للهجرة في العراق، «المشاورة الوطنية "
                        "لأصحاب المصلحة حول استعراض تنفيذ الميثاق العالمي للهجرة في العراق» يومي الأربعاء 23 والخميس 24 "
                        "تشرين الثاني/نوفمبر 2039 في قاعة زاغروس بفندق نيشتمان بالاس، شارع 60 متري، أربيل.")]
    (ev,) = extract_events(chunks, document="n", language="ar", doc_date="2039-10-18", title="النشرة الإخبارية")
    assert (ev.kind, ev.start, ev.end) == ("event", "2039-11-23", "2039-11-24"), ev
    assert ev.name.startswith("المشاورة الوطنية لأصحاب المصلحة"), ev.name
    assert ev.place == "قاعة زاغروس بفندق نيشتمان بالاس، أربيل", ev.place
    title = "أسئلة متكررة: جلسة الاستماع الإقليمية لأصحاب المصلحة بشأن هجرة العمالة"
    chunks = [FakeChunk(0, title, "الرياض، ٢٣–٢٤ فبراير/شباط ٢٠٣٨ | تاريخ الإصدار: ٩ نوفمبر/تشرين الثاني ٢٠٣٧"),
              FakeChunk(1, f"{title} > متى وأين تُعقد جلسة الاستماع؟", "تُعقد الجلسة على مدى يومين:\n"
                        "اليوم الأول: الثلاثاء 23 فبراير/شباط 2038، من الساعة 09:00 إلى الساعة 17:30 بتوقيت الرياض.\n"
                        "اليوم الثاني: الأربعاء 24 فبراير/شباط 2038، من الساعة 09:00 إلى الساعة 13:00 بتوقيت الرياض.\n"
                        "المكان: قاعة الواحة، فندق قصر الياسمين الدولي، طريق الملك فهد، الرياض، المملكة العربية السعودية.")]
    events = extract_events(chunks, document="r", language="ar", doc_date="2037-11-09", title=title)
    (hearing,) = [e for e in events if e.kind == "event"]
    assert (hearing.start, hearing.end) == ("2038-02-23", "2038-02-24") and "قاعة الواحة" in hearing.place, hearing
    assert [e.kind for e in events if e.start == "2037-11-09"] == ["publication"], events
