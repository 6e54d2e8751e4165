"""Issue 10: answers hold the kind of fact asked, quotations keep what was asked and say where
they come from, questions are read as people type them (on the real index, session engine)."""
import re

import pytest

from bot.messages import t
from tests.test_foreign_documents import assert_refused


def missing_wording(kind: str, lang: str) -> str:
    """How a reply opens when the documents do not give the kind of fact asked ("The documents do not give ...")."""
    return t("engine.fact_missing", lang, what=t(f"engine.fact_{kind}", lang))


def quoted_groups(answer: str) -> list[tuple[str, str]]:
    """(document title, quotation) of each group of an English passage answer."""
    return re.findall(r"Here is what the document “(.+?)” \([^\n]*\) says:\n“(.+?)”(?:\n|$)", answer, flags=re.S)


def test_a_quotation_keeps_the_title_and_the_name_it_was_asked_for(engine):
    a = engine.answer("who clarified that there are two indicative outlines?")
    assert a.answered and "Ms. Misato Yuasa" in a.answer
    assert "Ms. […]" not in a.answer and not re.search(r"\b(?:Ms|Mrs|Dr|Mr)\.\s*[”»]", a.answer)


def test_a_speakers_role_that_stands_only_in_a_heading_is_quoted(engine):
    a = engine.answer("who is william gois")
    assert a.answered and "Regional Coordinator" in a.answer and "Migrant Forum in Asia" in a.answer
    fr = engine.answer("qui est Sarah Badr ?")
    assert fr.answered and fr.language == "fr" and "UN Major Group for Children and Youth" in fr.answer


def test_each_quotation_stands_under_its_own_documents_title(engine):
    by_title = {}
    for q in ("who is william gois", "what did the 2020 dialogues say about the indicative outline for stakeholders?",
              "how many participants joined the dialogues of October and November 2020 and the February 2022 meeting?",
              "Which Arab States had submitted voluntary GCM review reports by November 2020?"):
        a = engine.answer(q)
        for src in a.sources:
            by_title.setdefault(src.title, []).append(re.sub(r"\s+", " ", f"{src.section}\n{src.text}"))
        for title, quote in quoted_groups(a.answer):
            texts = by_title.get(title, [])
            for part in quote.split(" […] "):
                part = re.sub(r"\s+", " ", part.strip().strip("“”"))
                assert any(part in text or part.split(" — ")[-1] in text for text in texts), (q, title, part)


@pytest.mark.parametrize("question, lang", [
    ("what is the e-mail address of Monami Maulik?", "en"),
    ("email de Mme Amy Muedin ?", "fr"),
    ("exact dates of IMRF 2026?", "en"),
    ("how many national UN migration networks does the arab region have in 2024?", "en"),
    ("what time did the feb 10 2022 dialogue start", "en"),
    ("بدي رابط zoom لحوارات تشرين ٢٠٢٠", "ar"),
    ("l'inscription au forum est-elle payante ?", "fr"),     # no document gives a price: not any registration passage
    ("هل التسجيل في المنتدى مجاني؟", "ar"),
    # recordings, slides and certificates of attendance: nothing offers them
    ("y a-t-il un enregistrement vidéo du dialogue de février 2022 ?", "fr"),
    ("is there a recording of the 2022 dialogue on the IMRF?", "en"),
    ("do participants of the regional review conference get a certificate of attendance?", "en"),
    ("بيعطوا شهادة مشاركة بالمؤتمر الإقليمي؟", "ar"),
    ("les diapositives des présentations de 2022 sont-elles en ligne ?", "fr"),
])
def test_a_passage_without_the_kind_of_fact_asked_does_not_answer(engine, question, lang):
    a = engine.answer(question)
    assert not a.answered and a.language == lang
    assert "gcmrrarabstates@iom.int" in a.answer            # where to ask instead


@pytest.mark.parametrize("question, lang, missing", [
    # the concept note gives the outcome document's deadline, not one for written inputs
    ("deadline to send our written inputs to the second regional review conference?", "en", "engine.fact_deadline"),
    ("quelle est la date limite pour les contributions écrites à la 2e conférence d'examen régional ?", "fr",
     "engine.fact_deadline"),
    # it says the conference is streamed, and links to the network's page: not a link to watch it
    ("link to follow the 2024 regional review conference online?", "en", "engine.fact_link"),
    # the closing remarks the documents report are those of a February meeting, not of the July conference
    ("who gives the closing remarks at the July conference?", "en", "engine.fact_person"),
    ("مين رح يلقي الكلمة الختامية بمؤتمر تموز؟", "ar", "engine.fact_person"),
    # its programme gives times, not their time zone
    ("the times in the 2024 conference programme are in which time zone?", "en", "engine.fact_zone"),
    ("أوقات برنامج مؤتمر ٢٠٢٤ بأي توقيت؟", "ar", "engine.fact_zone"),
    # the review ran over 2020-2021 and was to produce a Member States report: not when the report came out
    ("when was the member states report of the 2021 regional review published?", "en", "engine.fact_date"),
    ("امتى انتشر تقرير الدول الأعضاء للاستعراض الإقليمي 2021؟", "ar", "engine.fact_date"),
    # the 2021 event page describes its outcome document, and links to nothing to download it from
    ("where can I download the outcome document of the 2021 regional review?", "en", "engine.fact_download"),
    ("ou telecharger le document final de l'examen regional 2021 ?", "fr", "engine.fact_download"),
    # the conference's participants are counted as Member States and stakeholders, not as ministers
    ("كم وزير حضر مؤتمر الاستعراض الإقليمي في شباط 2021؟", "ar", "engine.fact_number"),
    # the February 2022 dialogue counts its participants, not those who answered the survey presented there
    ("combien de parties prenantes ont repondu a l'enquete presentee au dialogue de fevrier 2022 ?", "fr",
     "engine.fact_number"),
])
def test_a_fact_of_another_thing_of_the_same_meeting_does_not_answer(engine, question, lang, missing):
    """The same document's deadline for something else, a link to another page, another month's meeting,
    times without their zone: each says the documents do not give what was asked, in the asker's language."""
    a = engine.answer(question)
    assert not a.answered and a.language == lang, a.answer
    assert t(missing, lang) in a.answer, a.answer
    # ... while the deadline the note does give still answers
    if missing == "engine.fact_deadline":
        outcome = engine.answer("deadline for the outcome document of the second regional review conference?")
        assert outcome.answered and "September 2024" in outcome.answer, outcome.answer


@pytest.mark.parametrize("question", [
    "who moderated plenary session 3 at the 2024 regional review conference?",
    "qui a présidé la conférence régionale de 2021 ?",
    "مين أدار الجلسة العامة الثالثة بمؤتمر ٢٠٢٤؟",
])
def test_a_name_in_another_role_does_not_answer_who_held_a_role(engine, question):
    # the documents name organisers and speakers, never a moderator or a chair of these sessions
    a = engine.answer(question)
    assert not a.answered, a.answer
    assert "gcmrrarabstates@iom.int" in a.answer


@pytest.mark.parametrize("question, lang", [
    ("what was discussed on day 3 of the 2024 conference?", "en"),
    ("de quoi parlait le jour 3 du dialogue de 2022 ?", "fr"),
    ("شو صار باليوم الثالث من حوار ٢٠٢٢؟", "ar"),
])
def test_a_day_the_meeting_did_not_have_is_not_answered_with_another_day(engine, question, lang):
    a = engine.answer(question)
    assert not a.answered and a.language == lang
    assert a.answer.startswith(missing_wording("part", lang))


def test_a_numbered_session_is_answered_with_that_session(engine):
    a = engine.answer("Le 4 juillet 2024, la session plénière 5 porte sur quoi ?")
    assert a.answered and re.search(r"(?i)session 5|cooperation|coopération", a.answer), a.answer


@pytest.mark.parametrize("question, lang", [
    ("quand aura lieu la troisième conférence régionale ?", "fr"),
    ("what is the official hashtag of the 2024 regional review conference?", "en"),
    ("which Arab country hosted the 2024 regional review conference?", "en"),
])
def test_a_near_miss_on_an_edition_or_an_attribute_is_not_answered(engine, question, lang):
    # there is no third regional conference in the documents; they give no hashtag
    a = engine.answer(question)
    assert not a.answered and a.language == lang and "gcmrrarabstates@iom.int" in a.answer, a.answer
    assert "2019" not in a.answer.split("\n")[0]


def test_the_edition_asked_is_answered_with_that_edition(engine):
    a = engine.answer("متى المؤتمر الإقليمي الثاني؟")
    assert a.answered and a.language == "ar" and "2024" in a.answer and "2021" not in a.answer.split("\n")[0]


def test_who_held_a_role_named_in_a_heading_is_answered(engine):
    a = engine.answer("who gave the closing remarks at the 2022 IMRF dialogue with stakeholders?")
    quoted = a.answer.split("\n\n")[0]
    assert a.answered and re.search(r"(?i)\bclos(?:ing|ed)\b", quoted) and re.search(r"\bIOM\b|Godeau", quoted), a.answer


def test_what_the_documents_do_say_is_quoted_when_they_lack_what_was_asked(engine):
    a = engine.answer("what is the e-mail address of Monami Maulik?")
    assert a.answer.startswith(missing_wording("email", "en"))
    assert "Maulik" in a.answer and a.sources


def test_the_documents_do_not_say_is_never_an_answer(engine):
    questions = ["registration deadline for the july 2024 regional conference?", "where's the 2026 IMRF going to be held?",
                 "Dans quelle ville se tient la deuxième conférence d'examen régional de juillet 2024 ?",
                 "exact dates of IMRF 2026?", "what is the e-mail address of Monami Maulik?", "what is the capital of Australia?"]
    for q in questions:
        a = engine.answer(q)
        assert not a.answered, (q, a.answer[:200])
        assert a.confidence == 0.0


def test_an_event_question_goes_to_the_event_it_names(engine):
    a = engine.answer("deadline outcome doc?")
    assert a.answered and "September 2024" in a.answer and "Outcome Document" in a.answer
    # a subject no dated event is about is answered from the passages, not with an event's date or place
    b = engine.answer("where will written inputs for the 2nd regional review conf be posted?")
    assert b.answered and b.kind in ("passage", "card") and "website" in b.answer   # not an event's date or place


def test_a_when_question_no_event_matches_is_answered_from_a_dated_sentence_and_its_document(engine):
    a = engine.answer("when were the 2 dialogues with the inter-state consultation mechanisms and the parliamentarians")
    assert a.answered and a.kind == "passage"
    assert "28 Jan and 4 Feb 2021" in a.answer
    assert "UN Network Dialogue with Stakeholders in the Arab region" in a.answer     # which document says so


@pytest.mark.parametrize("question", ["مين Monami Maulik؟", "Monami Maulik شو وظيفتها؟", "شو الايميل تبع GCM Regional Review Arab States؟"])
def test_arabic_with_english_names_is_answered_in_arabic(engine, question):
    a = engine.answer(question)
    assert a.language == "ar" and a.answered
    outside = re.sub(r"«[^»]*»|\S+@\S+|https?://\S+", " ", a.answer)
    assert len(re.findall(r"[\u0600-\u06ff]", outside)) > len(re.findall(r"[A-Za-z]", outside))


def test_french_without_accents_and_fragments_are_read(engine):
    a = engine.answer("date limite document final conf regionale 2024 ?")
    assert a.language == "fr" and a.answered and "septembre 2024" in a.answer
    b = engine.answer("combien de participants le 27 octobre 2020 ?")
    assert b.language == "fr" and b.answered and "87" in b.answer


def test_a_subject_listed_as_not_covered_is_answered_once_a_document_covers_it():
    """not_covered.yaml was written for the documents the secretariat had: a document added later
    that names the hotel, or says travel is not funded, answers in the words the question used."""
    from bot.knowledge.glossary import Glossary
    from tests.conftest import KNOWLEDGE

    g = Glossary.load(KNOWLEDGE)
    venue = "The Conference will be held from 2 to 4 June 2026 at the Zahran Grand Hotel, Amman, Jordan."
    assert g.uncovered_subject("quel hôtel pour la conférence d'Amman ?") == "travel"
    assert g.uncovered_subject("which hotel is the conference in?", [venue]) is None
    assert g.uncovered_subject("quel hotel pour la conference d'amman ?", [venue]) is None
    # the passages must name what was asked: a hotel named is not a visa, nor a fee
    assert g.uncovered_subject("do I need a visa for the conference?", [venue]) == "travel"
    assert g.uncovered_subject("which hotel, and do I need a visa?", [venue]) == "travel"
    assert g.uncovered_subject("is there a registration fee?", [venue]) == "fees"
    # what answers a subject without naming it (answered_by): a page saying it is free answers a fee
    assert g.uncovered_subject("is there a registration fee?", ["Participation is free of charge."]) is None
    assert g.uncovered_subject("y a-t-il des frais ?", ["La participation est gratuite."]) is None
    assert g.uncovered_subject("is there a fee?", ["Free movement of workers was discussed."]) == "fees"
    # "my travel grant" is travel support, however a document says it; a grant for a project is not
    support = "Questions on travel support and logistics may be sent to Mr. Karim Mansour."
    assert g.uncovered_subject("who do i write to about my travel grant? need email", [support]) is None
    assert g.uncovered_subject("is there a grant for our project?", [support]) == "grants"
    funding = "The secretariat does not provide funding for travel, accommodation or visas of speakers."
    assert g.uncovered_subject("will escwa pay the flights for our speakers?", [funding]) is None
    assert g.uncovered_subject("will they pay the flights?", ["Speakers will travel to Amman."]) == "travel"
    # a session "sera-t-elle enregistrée" asks a recording (a person is "inscrit"); "small grants" of a call for them
    registration = "Inscription en ligne obligatoire avant le 14 novembre."
    for q in ("la séance d'information du 20 août sera-t-elle enregistrée ?", "هل سيتم تسجيل الجلسات العامة؟"):
        assert g.uncovered_subject(q, [registration]) == "recordings", q
        assert g.uncovered_subject(q, ["La séance sera enregistrée et mise en ligne."]) is None, q
    call = "Call for proposals: GCM Review Small Grants Facility. Grants range from USD 10,000 to USD 35,000."
    for q in ("date limite pour les petites subventions ?", "نتايج منح الـ GCM الصغيرة هتطلع إمتى؟"):
        assert g.uncovered_subject(q, [call]) is None, q
    # Arabic "لل" (ل + ال) before the word: "a letter for the visa"
    assert g.uncovered_subject("بيعطوا رسالة دعم للفيزا للي جايين على المؤتمر؟") == "travel"
    # a document names in the plural what is asked in the singular ("bourses"), in full what is asked shortened
    # ("diapositives" for "diapos")
    fellowship = "Le programme financera 150 bourses d'études de master."
    assert g.uncovered_subject("la bourse c'est combien par mois ?", [fellowship]) is None
    assert g.uncovered_subject("la bourse c'est combien par mois ?", ["Le programme financera des stages."]) == "grants"
    slides = "L'enregistrement et les diapositives des intervenants seront publiés au plus tard le 28 septembre."
    assert g.uncovered_subject("les diapos seront en ligne quand ?", [slides]) is None
    assert g.uncovered_subject("les diapos seront en ligne quand ?", ["Le rapport sera publié le 28 septembre."]) == "slides"


def test_a_yes_no_question_about_something_nothing_mentions_is_refused(engine):
    """"can I get a per diem?" is answered by no passage that merely shares "forum": the documents,
    cards and glossary never use "per diem"; a typo, greetings or everyday words are not that."""
    for question in ("can I get a per diem for the forum?", "will the dialogue sessions be recorded and put online afterwards?",
                     "is there a dress code for the IMRF?",
                     # ... in French: whether there is something (the French words looked for in every language)
                     "est-ce qu'il y a un code vestimentaire pour le FEMI ?", "y a-t-il un dîner officiel le soir du dialogue ?"):
        answer = engine.answer(question)
        assert not answer.answered and answer.kind == "refusal", (question, answer.answer)
    for question in ("Hello, is the IMRF held every four years? thanks", "can I atend the IMRF online?",
                     "is there a mandatory format for the review report my NGO wants to submit?? we are a small org",
                     "est-ce qu'il y a une audition multipartite avant le FEMI ?",
                     "Bonjour, y a-t-il un format obligatoire pour le rapport de notre association ? merci"):
        answer = engine.answer(question)
        assert answer.answered, (question, answer.answer)


def test_a_yes_no_question_asked_by_its_tone_is_read_as_one():
    from bot.answering.understand import asked_by_tone

    for question, lang in (("le guide sera traduit en anglais ?", "fr"), ("on peut venir avec un interprète ?", "fr"),
                           ("the sessions will be recorded?", "en"), ("the webinar is free? thanks", "en"),
                           ("l'étude existe en français ?", "fr")):
        assert asked_by_tone(question, lang), question
    for question, lang in (("le guide sort quand ?", "fr"), ("date limite pour commenter la note ?", "fr"),
                           ("en ligne ou en présentiel ?", "fr"), ("the report is due when?", "en"),
                           ("the report will be translated", "en"), ("où est la réunion ?", "fr")):
        assert not asked_by_tone(question, lang), question


def test_a_yes_no_questions_word_is_heard_in_another_form_of_it(engine):
    """"interprété" is the documents' "interpretation", "translated" their "translation": a yes/no question
    using another form of a word the documents use is not refused as asking of something never said; a word no
    document uses in any form still is."""
    u = engine.understand("le dialogue sera interprété en arabe ?", None)
    assert u.asks_if and u.unheard == [], u.unheard
    assert engine.understand("will the dialogue be livestreamed on tiktok?", None).unheard == ["tiktok"]
    # an Arabic yes/no question's Latin words too (its Arabic words are stemmed apart from the documents')
    youtube = engine.understand("هل سيتم نشر جلسات المؤتمر الإقليمي على YouTube؟", None)
    assert youtube.asks_if and youtube.unheard == ["youtube"], youtube.unheard
    assert engine.answer("هل سيتم نشر جلسات المؤتمر الإقليمي على YouTube؟").answered is False
    assert engine.understand("هل مؤتمر الاستعراض الإقليمي الثاني بيكون ب Beirut؟", None).unheard == []


def test_a_yes_no_question_on_something_its_meetings_document_never_names_is_not_answered(index_dir, tmp_path_factory):
    """A meeting summary that names French and Arabic interpretation does not answer whether there is English
    interpretation, in any language, however the question is asked; it answers the Arabic one."""
    engine = engine_with(index_dir, tmp_path_factory, "consular-protection")
    for question in ("la réunion d'Agadir aura une interprétation en anglais ?",
                     "the agadir meeting will have interpretation into english?"):
        a = engine.answer(question)
        assert not a.answered and a.kind == "refusal", (question, a.answer)
        assert "Agadir" in a.answer            # what the document does say is quoted
    a = engine.answer("la réunion d'Agadir aura une interprétation en arabe ?")
    assert a.answered and "interprétation simultanée" in a.answer, a.answer


def test_a_hearings_speakers_and_deadline_are_read_in_the_three_languages(index_dir, tmp_path_factory):
    """A hearing held in Beirut: "Beirut" is its place, not a speaker's name (the core documents name "Dr. Jocelyn
    DeJong, ..., American University of Beirut"); "audition" and "جلسة استماع" name it as "hearing" does; whoever
    represented the ILO is its speaker, whatever their role; a list item wrapped after "until" keeps its date; the
    final report's French version, which the summary never names, is not answered; nor a survey of a year the summary
    does not give it (it presents "the ILO's 2029 survey")."""
    engine = engine_with(index_dir, tmp_path_factory, "migrant-workers-rights-hearing")
    for question, said in (("who is the ILO regional director who spoke at the beirut hearing?", "Jonas Eriksen"),
                           ("qui représentait l'OIT à l'ouverture de l'audition de Beyrouth ?", "Jonas Eriksen"),
                           ("مين الوزيرة اللبنانية اللي افتتحت جلسة الاستماع ببيروت؟", "Rima Haddad"),
                           ("until when can we send comments on the hearing summary?", "3 May 2030"),
                           ("résultats de l'enquête 2029 de l'OIT ?", "62 per cent"),
                           ("شو طلع بمسح 2029 تبع منظمة العمل؟", "62 per cent")):
        a = engine.answer(question)
        assert a.answered and said in a.answer, (question, a.answer)
    for question in ("the final report of the beirut hearing will be available in french?",
                     "le rapport final de l'audition de Beyrouth sera traduit en espagnol ?",
                     "what did the 2030 survey of domestic workers find?", "l'enquête de 2028 disait quoi ?"):
        a = engine.answer(question)
        assert not a.answered, (question, a.answer)


def test_a_newsletters_items_keep_their_own_dates_places_and_languages(index_dir, tmp_path_factory):
    """A French newsletter of four items, each with its own dates: a training's deadline is its section's (the
    question places it "à Rabat", which only the section's heading names); a study "available in Arabic and English" is not said to be in French (the newsletter names
    French elsewhere), and the refusal names the word as typed; "interprété" is a form of the document's
    "interprétation"; and the newsletter's title, which names the network and "migrations", does not draw a
    question on accreditation to the IMRF away from the vetted card."""
    engine = engine_with(index_dir, tmp_path_factory, "regional-network-newsletter")
    a = engine.answer("date limite des candidatures pour la formation à Rabat ?")
    assert a.answered and "20 décembre 2030" in a.answer, a.answer
    for question, word in (("the remittances study, does it exist in french?", "french"),
                           ("l'étude de novembre sur les transferts existe en français ?", "« français »"),
                           ("هل دراسة التحويلات متوفرة بالفرنسية؟", "بالفرنسية")):
        a = engine.answer(question)
        assert not a.answered and word in a.answer, (question, a.answer)
    # (the cost its subject names is not what a question asked by its tone asks)
    a = engine.answer("l'étude sur le coût des transferts existe en anglais ?")
    assert a.answered and "disponible en arabe et en anglais" in a.answer, a.answer
    a = engine.answer("le webinaire sur la protection sociale sera interprété en anglais ?")
    assert a.answered and "1. Webinaire" in a.answer, a.answer
    a = engine.answer("how can my organisation apply for accreditation to the IMRF?")
    assert a.answered and a.kind == "card" and "Lettre d'information" not in a.answer, a.answer


def test_a_registration_pages_kinds_of_actors_region_and_funder_are_read(index_dir, tmp_path_factory):
    """A registration page for a consultation "on Labour Mobility in the Gulf": the Gulf its title names is the
    meeting's, not where the asker comes from (its fee is answered: free of charge); "the body that funds" asks
    who funds (ILO); travel funded for ten migrant associations' representatives does not say trade unions' is,
    while trade unions asking to register are answered."""
    engine = engine_with(index_dir, tmp_path_factory, "gulf-labour-mobility")
    a = engine.answer("la consultation sur la mobilité de la main-d'œuvre dans le Golfe est payante ?")
    assert a.answered and "free of charge" in a.answer, a.answer
    a = engine.answer("مين الجهة اللي رح تمول سفر ممثلي جمعيات المهاجرين بمشاورة مسقط؟")
    assert a.answered and "funded by ILO" in a.answer, a.answer
    a = engine.answer("does the ILO pay the travel of trade unions going to the muscat consultation?")
    assert not a.answered and "trade unions" in a.answer, a.answer
    assert engine.answer("can trade unions register for the muscat consultation?").answered


@pytest.mark.parametrize("question", ["where do we send our report on GCM implementation?",
                                      "اين ارسل تقرير منظمتنا عن تنفيذ الاتفاق العالمي للهجرة؟"])
def test_where_to_send_is_answered_with_the_address(engine, question):
    answer = engine.answer(question)
    assert answer.answered and "gcmrrarabstates@iom.int" in answer.answer[:600], answer.answer


def engine_with(index_dir, tmp_path_factory, name: str):
    """The engine of knowledge/ with one held-out dev document added (no card, timeline or glossary edit)."""
    from bot.answering.engine import Engine
    from tests.conftest import FIXED_NOW, KNOWLEDGE
    from tests.scoring import heldout_cases, heldout_settings

    case = next(c for c in heldout_cases() if name in c["name"])
    return Engine.from_settings(heldout_settings(index_dir, KNOWLEDGE, case["path"], tmp_path_factory.mktemp("added")),
                                clock=lambda: FIXED_NOW)


def test_a_not_covered_subject_a_new_document_names_is_answered_by_the_sentence_naming_it(index_dir, tmp_path_factory):
    """A document added later names a hotel and says travel and accommodation are not funded: a
    question on either is answered by that sentence, quoted first; a hotel asked for another year's
    conference is not answered by a sentence that names none."""
    engine = engine_with(index_dir, tmp_path_factory, "side-events")
    paid = engine.answer("do they pay the accommodation of speakers?")
    first = quoted_groups(paid.answer)[0][1]
    assert paid.answered and "does not provide funding for travel, accommodation" in first, paid.answer
    hotel = engine.answer("which hotel is the amman conference in?")
    assert hotel.answered and "Zahran Grand Hotel" in quoted_groups(hotel.answer)[0][1]
    other = engine.answer("is there a hotel for participants of the 2024 conference?")
    assert not other.answered and "gcmrrarabstates@iom.int" in other.answer
    assert engine.answer("do I need a visa for the amman conference?").answered is False   # a hotel named is not a visa
    # the Amman conference's day 2 plenaries: no vetted card on the 2024 conference answers for it
    day2 = engine.answer("شو مواضيع الجلسات العامة باليوم التاني لمؤتمر عمان؟")
    assert not day2.answered and day2.kind != "card", day2.answer


def test_a_meeting_the_question_places_is_answered_from_its_own_document(index_dir, tmp_path_factory):
    """"l'atelier de Tunis" is the workshop held in Tunis: who opened it is read in its programme (the
    role stands in the line above the name), and a 2020 report's opening remarks, or its session 2
    moderator, never answer for it."""
    engine = engine_with(index_dir, tmp_path_factory, "data-workshop")
    for q, lang in (("qui a ouvert l'atelier de Tunis ?", "fr"), ("مين افتتح ورشة تونس؟", "ar")):
        a = engine.answer(q)
        assert a.answered and a.language == lang and "Trabelsi" in a.answer, a.answer
        assert {s.document for s in a.sources[:1]} == {"2026-03-10_migration-data-workshop-concept-note"}
        assert "Sara Salman" not in a.answer and "Rapport des dialogues" not in a.answer, a.answer
    # a count of the countries that sent nominees is not how many officials each may send
    assert not engine.answer("how many countries sent nominees to the data workshop?").answered
    assert "two" in engine.answer("how many officials per country can attend the data workshop?").answer
    moderator = engine.answer("qui animera la session 2 de l'atelier de Tunis ?")
    assert not moderator.answered and "Amira" not in moderator.answer, moderator.answer
    assert "Regional Capacity-Building Workshop on Migration Data" in moderator.answer.split("\n\n")[1]


def test_the_lines_heading_a_programme_entry_are_read_with_it():
    from bot.answering.passages import heading_like, local_headings
    from bot.text.places import event_places_asked, place_pattern
    from bot.text.language import normalize

    lines = ["Day 1: Tuesday, 10 March 2026", "Opening session",
             "Mr. Youssef Trabelsi, Director-General, National Institute of Statistics, Tunisia",
             "Mr. Trabelsi welcomed the participants and presented the survey.", "Session 1: The GCM Migration Data Toolkit"]
    assert heading_like(lines[1]) and not heading_like(lines[3]) and not heading_like("- Online")
    assert local_headings(lines, 2) == "Day 1: Tuesday, 10 March 2026 Opening session"
    assert local_headings(lines, 3).endswith("Opening session Mr. Youssef Trabelsi, Director-General, "
                                             "National Institute of Statistics, Tunisia")
    assert local_headings(lines, 4) == ""            # a full sentence above: nothing heads it
    # where the question's meeting is held, not where the asker is
    places = place_pattern(["tunis", "tunisia", "amman", "jordan"])
    assert event_places_asked(places, normalize("qui a ouvert l'atelier de Tunis ?")) == {"tunis"}
    assert event_places_asked(places, normalize("who opened the Tunis workshop?")) == {"tunis"}
    assert event_places_asked(places, normalize("قديش فعالية جانبية رح ينقبلوا بمؤتمر عمان؟")) == {"amman"}
    assert event_places_asked(places, normalize("I work in Tunis, who do I contact?")) == set()
    assert event_places_asked(places, normalize("we are an NGO in Jordan, when is the conference?")) == set()
    # one word may stand between the place and the meeting, not a preposition ("from Jordan to the meeting")
    assert event_places_asked(places, normalize("how many came to the Amman education meeting?")) == {"amman"}
    assert event_places_asked(places, normalize("how many came from Jordan to the meeting?")) == set()
    # ... or up to three words that name the meeting's subject
    assert event_places_asked(places, normalize("how many ppl at the tunis social protection workshop?")) == {"tunis"}
    assert event_places_asked(places, normalize("how many people from Jordan attended the workshop?")) == set()
    # a count of those from the country the meeting is held in is narrowed to them all the same
    from bot.text.places import origins_asked
    assert origins_asked(places, normalize("how many participants came from lebanon to the climate consultation?"),
                         {"beirut", "lebanon"}) == [frozenset({"lebanon"})]
    assert origins_asked(places, normalize("how many ppl at the tunis social protection workshop?"), {"tunis"}) == []
    # with no meeting in the question, the place narrows what is counted, even where a meeting was held
    egypt = place_pattern(["cairo", "egypt"])
    assert origins_asked(egypt, normalize("how many migrant children enrolled in schools in Egypt in 2025?"),
                         {"cairo", "egypt"}) == [frozenset({"egypt"})]
    assert origins_asked(egypt, normalize("كم طفل مهاجر تسجل بالمدارس بمصر سنة 2025؟"), set()) == [frozenset({"egypt"})]
    assert origins_asked(egypt, normalize("how many participants at the cairo education meeting?"), set()) == []
    # an expert group meeting ("EGM"), a briefing, a round table are meetings too: Beirut is where it was held
    beirut = place_pattern(["beirut", "lebanon"])
    assert origins_asked(beirut, normalize("who moderated the wages session at the domestic workers EGM in beirut?"),
                         {"beirut", "lebanon"}) == []
    assert event_places_asked(beirut, normalize("who spoke at the beirut briefing on cities?")) == {"beirut"}
    assert event_places_asked(places, normalize("كم مشارك إجا من الأردن على الاجتماع؟")) == set()
    # Arabic names the meeting first: in "باسم ليبيا بحوار تونس" Libya is who spoke, Tunis where the dialogue was
    assert origins_asked(None, normalize("مين حكى باسم ليبيا بحوار تونس؟"), set()) == [frozenset({"libya"})]
    # "المغرب العربي" is the Maghreb, not Morocco; its count is "between Maghreb and GCC countries"
    assert origins_asked(None, normalize("كم اتفاقية بين دول المغرب العربي والخليج؟"), set()) == [
        frozenset({"maghreb"}), frozenset({"gulf"})]
    from bot.text.places import counts_origin, names_origin
    assert names_origin(frozenset({"libya"}), normalize("le représentant de la Libye"))
    listed = normalize("Le dialogue a réuni 87 participants, dont 41 femmes, venus d’Algérie, d’Égypte, de Libye")
    assert not counts_origin(frozenset({"egypt"}), listed, 2)
    assert counts_origin(frozenset({"egypt"}), normalize("12 venaient d’Égypte et 9 de Libye"), 2)


def test_a_table_row_is_read_with_its_column_names():
    """A Markdown table as the documents' text keeps it: the row's number counts what its column names."""
    from bot.answering.facts import asked, holds
    from bot.answering.passages import table_reading

    lines = ["Group | Participants", "Member States | 18", "Civil society and migrant-led organizations | 27",
             "09:30 - 10:00 | Registration", "10:00 - 10:45 | Opening Session"]
    assert table_reading(lines, 2) == ("Civil society and migrant-led organizations Group | "
                                       "27 Civil society and migrant-led organizations Participants")
    assert table_reading(lines, 0) == ""                       # the header itself
    assert table_reading(lines[3:], 1) == ""                  # a programme's lines: no header names columns
    count = asked("how many civil society participants?", False, False)
    assert holds(count, table_reading(lines, 2)) and not holds(count, lines[2])
    # the row's number counts its label ("how many trade unions": "Trade unions | 7 | 3")
    rows = ["Category | Participants | of whom women", "Member States | 31 | 12", "Trade unions | 7 | 3"]
    unions = asked("how many trade unions at the dialogue?", False, False)
    assert holds(unions, table_reading(rows, 2)) and not holds(unions, table_reading(rows, 1))


def test_a_meeting_summary_gives_its_place_in_a_dateline_and_a_count_asked_for_one_country_is_not_the_total(
        index_dir, tmp_path_factory):
    """A meeting summary added later gives its place only in its dateline ("Beirut, Lebanon, 5-6
    November 2025"): "the Beirut consultation" is answered from it, in each language. It gives the
    total number of participants, not how many came from one country: that count is not answered with
    the total."""
    engine = engine_with(index_dir, tmp_path_factory, "climate-mobility")
    doc = "2025-11-05_climate-mobility-consultation-summary"
    for q, fact in (("what did the beirut consultation recommend about data", "disaggregated"),
                    ("combien de pays representes a la consultation de beyrouth", "14 countries"),
                    ("كم شخص حضر مشاورة بيروت؟", "96")):
        a = engine.answer(q)
        assert a.answered and fact in a.answer and a.sources[0].document == doc, (q, a.answer)
    for q in ("كم مشارك إجا من السودان على مشاورة المناخ؟", "combien de participants du Liban a la consultation de Beyrouth ?"):
        a = engine.answer(q)
        assert not a.answered and "96" not in a.answer.split("\n\n")[0], (q, a.answer)
    assert engine.answer("how many countries were represented at the beirut consultation").answered
    # a moderator's line under a session heading is that session's answer, in any language; the line naming
    # one session's moderator is not the role of the speaker below it, nor the answer for another session
    for q, name, other in (("who moderated session 2 of the beirut consultation?", "Benali", "El-Khatib"),
                           ("مين كانت مديرة الجلسة التانية بمشاورة بيروت؟", "Benali", "El-Khatib"),
                           ("qui moderait la session 1 sur les donnees climat ?", "El-Khatib", "Farouk"),
                           ("مين افتتح المشاورة حول المناخ والتنقل ببيروت؟", "Haddad", "the UN House")):
        a = engine.answer(q)
        first = re.search(r"\n\s*[“«]\s?(.+?)\s?[”»]", a.answer, flags=re.S).group(1)      # the first quotation
        assert a.answered and name in first and other not in a.answer, (q, a.answer)


def test_the_next_meeting_is_asked_by_its_word_for_next():
    from bot.text.language import normalize
    from bot.text.places import next_meeting_asked

    for q in ("who speaks at the next expert meeting on education?", "qui parle à la prochaine réunion ?",
              "la réunion suivante c'est quand", "مين رح يحكي بالاجتماع الجاي عن التعليم؟", "وين المؤتمر القادم"):
        assert next_meeting_asked(normalize(q)), q
    for q in ("what are the next steps after the meeting?", "the meeting next week", "who spoke at the meeting?"):
        assert not next_meeting_asked(normalize(q)), q


@pytest.mark.parametrize("question", ["when is the workshop on social protection for migrants in Rabat?",
                                      "متى ورشة العمل في الرباط؟",
                                      "إمتى اجتماع دول الخليج عن الحماية الاجتماعية بمسقط؟",
                                      "quand a lieu la réunion de Mascate ?"])
def test_a_meeting_placed_where_no_document_says_is_not_answered_with_another_meeting(engine, question):
    """No document names Rabat or Muscat: whatever they say of a workshop or a meeting is about another
    one. (The place may stand several words after the meeting's noun, and carry an Arabic clitic.)"""
    answer = engine.answer(question)
    assert not answer.answered and "gcmrrarabstates@iom.int" in answer.answer, answer.answer
    assert engine.answer("When is the IMRF in New York?").answered       # a place the documents name


def test_where_a_meeting_is_held_is_read_in_its_clause():
    from bot.text.language import normalize
    from bot.text.places import meeting_places_asked

    assert meeting_places_asked(normalize("when is the workshop on social protection for migrants in Rabat?")) == [{"rabat"}]
    assert meeting_places_asked(normalize("la réunion de Mascate c'est quand")) == [{"muscat"}]
    assert meeting_places_asked(normalize("مؤتمر عمان امتى")) == [{"amman", "oman"}]
    for q in ("how many participants from Oman attended the meeting?", "I run an association in Jordan, who do I contact?",
              "the meeting was useful, I work in Rabat"):
        assert meeting_places_asked(normalize(q)) == [], q


def test_a_programme_line_belongs_to_the_day_heading_nearest_above_it(engine):
    """"17:30 | Closing of Day 1" then "DAY 2: Thursday, 4 July 2024" then "12:15 - 13:30 | Lunch": that lunch
    is day 2's, not day 1's (13:00 - 14:15)."""
    for question, day_1 in (("à quelle heure est la pause déjeuner le premier jour (2024) ?", True),
                            ("lunch time on day 1 of the 2024 conference?", True),
                            ("lunch time on day 2 of the 2024 conference?", False)):
        a = engine.answer(question)
        assert a.answered and ("13:00 - 14:15 | Lunch" in a.answer) == day_1, (question, a.answer)
        assert ("12:15 - 13:30 | Lunch" in a.answer) == (not day_1), (question, a.answer)


def test_the_places_a_count_is_narrowed_to():
    from bot.text.language import normalize
    from bot.text.places import names_origin, origins_asked, place_pattern

    known = place_pattern(["beirut", "lebanon", "amman", "jordan"])
    assert origins_asked(known, normalize("how many participants came from Lebanon?"), set()) == [{"lebanon"}]
    assert origins_asked(known, normalize("كم مشارك إجا من السودان على مشاورة المناخ؟"), set()) == [{"sudan"}]
    assert origins_asked(known, normalize("how many people came to Beirut for it?"), set()) == []   # where it is held
    assert origins_asked(known, normalize("how many side events at the Cairo meeting?"), set()) == []
    assert origins_asked(known, normalize("قديش فعالية جانبية بمؤتمر عمان؟"), {"amman"}) == []     # Amman, not Oman
    assert names_origin(frozenset({"lebanon"}), "12 lebanese organisations") and not names_origin(
        frozenset({"sudan"}), "a total of 96 participants")
    # "تونس العاصمة", the capital, is Tunis, not Tunisia ("تونس" alone may be either)
    from bot.text.places import gazetteer_spans
    assert {name for _, _, name in gazetteer_spans(normalize("مشاورة بتونس العاصمة"))} == {"tunis"}
    assert {name for _, _, name in gazetteer_spans(normalize("مشاورة في تونس"))} == {"tunis", "tunisia"}
    # a country's people's adjective names it, in the three languages, when a person is asked by it (a city's
    # does not: "عماني" is Oman's)
    for text, country in (("المسؤول العماني", "oman"), ("السلطات الليبية", "libya"), ("الحكومة الجزائرية", "algeria"),
                          ("the Egyptian delegation", "egypt"), ("Lebanese NGOs", "lebanon"),
                          ("les associations marocaines", "morocco"), ("la délégation jordanienne", "jordan")):
        assert {name for _, _, name in gazetteer_spans(normalize(text), adjectives=True)} == {country}, text
    # (not a word that only looks like one: "فرق الأمم المتحدة القطرية" are the UN Country Teams)
    for text in ("المنتدى الدولي", "الشباب العربي", "international organisations", "Romanian", "فرق الأمم المتحدة القطرية"):
        assert gazetteer_spans(normalize(text), adjectives=True) == [], text


def test_an_event_page_answers_its_fee_its_time_and_when_its_link_comes(index_dir, tmp_path_factory):
    """A webinar's page added later: "free of charge" answers a question on fees (a subject the
    knowledge base lists as not covered); its time line under the title answers "what time", in
    Arabic too; "when do we get the zoom link" is the link's timing, not the webinar's date; the
    fourth webinar of a series is not the third one's date."""
    engine = engine_with(index_dir, tmp_path_factory, "labour-migration-webinar")
    fee = engine.answer("is there a fee for the skills partnerships webinar")
    assert fee.answered and "free of charge" in fee.answer, fee.answer
    time = engine.answer("الويبينار عن شراكات المهارات الساعة كم؟")
    assert time.answered and time.language == "ar" and "14:00" in time.answer, time.answer
    link = engine.answer("quand est-ce qu'on recoit le lien zoom du webinaire ?")
    assert link.answered and "one day before" in link.answer, link.answer
    fourth = engine.answer("c'est quand le quatrieme webinaire de la serie ?")
    assert not fourth.answered, fourth.answer
    # who the speakers are: the whole list of people, its first item too
    speakers = engine.answer("qui sont les intervenants du webinaire competences afrique du nord golfe ?")
    assert speakers.answered and all(n in speakers.answer for n in ("Amrani", "Al-Mutairi", "Saleh")), speakers.answer
    # "GCM" is one word asked: the sentences spelling out the Compact's name no longer crowd out the page's own
    objective = engine.answer("which gcm objective is the skills webinar about")
    assert objective.answered and "objective 18" in objective.answer, objective.answer
    # a recording: the page says the webinar is recorded; no document offers slides or certificates
    recorded = engine.answer("is the skills webinar going to be recorded? can I watch the recording later")
    assert recorded.answered and "YouTube" in recorded.answer, recorded.answer
    for question in ("will they share the slides of the skills webinar?", "شهادة حضور للويبينار؟"):
        assert not engine.answer(question).answered, question
    # the time zone asked: the page gives it
    for question, lang in (("what time zone is the skills partnerships webinar in?", "en"),
                           ("le webinaire sur les competences, c'est a quel fuseau horaire ?", "fr"),
                           ("ويبينار المهارات حسب أي توقيت؟", "ar")):
        zone = engine.answer(question)
        assert zone.answered and zone.language == lang and "Cairo time" in zone.answer, (question, zone.answer)


@pytest.mark.parametrize("question, lang", [
    ("where do we send the pledge form for the 2022 dialogue?", "en"),
    ("où envoyer le formulaire d'engagement pour le dialogue de 2022 ?", "fr"),
    ("وين نبعت استمارة التعهد لحوار 2022؟", "ar"),
])
def test_where_to_send_what_the_documents_give_no_address_for_is_not_answered(engine, question, lang):
    # the 2022 dialogue's documents give no address for a pledge form: the reply says so (it once failed on the
    # missing wording of that kind of fact) and quotes what they do say
    a = engine.answer(question)
    assert not a.answered and a.language == lang and a.sources
    assert a.answer.startswith(missing_wording("send", lang)), a.answer


def test_every_kind_of_fact_asked_has_its_missing_wording_in_three_languages():
    import inspect

    from bot.answering import facts

    # every kind the question reader sets ("w.kind = ...", "w.kind, w.counted = ...", "... if ... else ...")
    source = inspect.getsource(facts.asked)
    kinds = {k for line in re.findall(r"\bw\.kind(?:, [\w.]+)* = ([^#\n]+)", source) for k in re.findall(r"\"(\w+)\"", line)}
    assert {"send", "person", "number", "format", "city", "place", "attribute"} <= kinds
    for kind in kinds:
        for lang in ("en", "fr", "ar"):
            assert t(f"engine.fact_{kind}", lang)


@pytest.mark.parametrize("question, lang", [
    ("age limit to attend the IMRF?", "en"),
    ("quel âge faut-il avoir pour participer au FEMI ?", "fr"),
    ("قديش لازم يكون عمر المشارك بالمنتدى الدولي؟", "ar"),
])
def test_an_age_asked_is_an_age_the_documents_give(engine, question, lang):
    # the documents the help desk started with give no age limit: the reply says it does not give the age required,
    # instead of quoting a sentence on the Forum as its answer
    a = engine.answer(question)
    assert not a.answered and a.language == lang, a.answer
    assert a.answer.startswith(missing_wording("age", lang)), a.answer


@pytest.mark.parametrize("question", [
    "how many participants from morocco joined the 2020 dialogues",
    "combien de participants du Maroc aux dialogues de 2020 ?",
    "كم مشارك من مصر حضروا حوارات 2020؟",
])
def test_a_count_narrowed_to_a_country_is_not_the_count_of_everyone_a_card_gives(engine, question):
    """The 2020 dialogues' card gives "87 participants on 27 October and 76 on 3 November 2020, from 21 countries:
    ..., Morocco, ...": no count of Morocco's; the whole count is still given when it is what is asked."""
    a = engine.answer(question)
    assert not a.answered, a.answer
    whole = engine.answer("how many participants joined the 2020 dialogues")
    assert whole.answered and "87" in whole.answer and "76" in whole.answer


def test_a_meetings_days_are_no_count_of_its_participants(engine):
    """"planned from Wednesday 3 to Thursday 4 July 2024, in person": no count of those who came to the May 2024
    dialogue sessions."""
    a = engine.answer("combien de participants aux sessions de dialogue informelles de mai 2024 ?")
    assert not a.answered, a.answer


@pytest.mark.parametrize("question, answered, said", [
    ("who moderated open discussion 2 at the 2022 dialogue?", True, "Jean D'Cunha"),
    ("qui a modéré la discussion ouverte 3 du dialogue de 2022 ?", False, ""),   # two open discussions
    ("شو مواضيع الطاولة المستديرة الخامسة بالمنتدى الدولي 2022؟", False, ""),    # four round tables
    ("شو أهداف الطاولة المستديرة الثالثة بالمنتدى الدولي 2022؟", True, "14"),
])
def test_a_numbered_open_discussion_or_round_table_is_the_one_named(engine, question, answered, said):
    a = engine.answer(question)
    assert a.answered == answered, a.answer
    assert said in a.answer


def test_a_language_asked_of_a_document_is_not_the_meetings_interpretation(engine):
    """The 2024 conference had interpretation into Arabic, English and French; nothing says in which languages its
    outcome document is: neither the languages card nor the outputs' passage answers that."""
    a = engine.answer("is the outcome document of the 2024 conference available in french?")
    assert not a.answered, a.answer
    assert engine.answer("la conférence de 2024 est-elle interprétée en arabe ?").answered
    assert engine.answer("is the 2024 conference interpreted in french?").answered
    # ... asked by its tone in spoken Arabic ("متوفرة بالفرنسي؟" with no "هل")
    assert not engine.answer("الوثيقة الختامية لمؤتمر 2024 متوفرة بالفرنسي؟").answered
    assert engine.answer("مؤتمر 2024 رح يكون مترجم للفرنسي؟").answered


@pytest.mark.parametrize("question", [
    "name of the IOM director general?",                                   # a Regional Director is named
    "qui est le directeur général de l'OIM ?",
    "how many arab countries have ratified the global compact on refugees?",   # 19 Arab countries voted
    "combien d'organisations de la société civile ont été accréditées pour le FEMI 2022 ?",   # 39 UN entities
    "which arab countries abstained from the GCM vote?",                   # nine States submitted reports
    "quels pays arabes se sont abstenus lors du vote du pacte ?",
    "where is the UN network on migration secretariat based?",             # "in the Arab region"
    "وين مقر أمانة شبكة الأمم المتحدة للهجرة؟",
    "deadline to announce pledges for the IMRF?",                          # the outcome document's deadline
    "date limite pour annoncer des engagements au FEMI ?",
    "آخر موعد لإعلان التعهدات بالمنتدى؟",
])
def test_near_misses_whose_sentences_give_another_role_verb_place_or_things_deadline(engine, question):
    assert_refused(engine, question)


@pytest.mark.parametrize("question, said", [
    ("who is the IOM regional director for MENA?", "Godeau"),
    ("which arab states had submitted voluntary gcm reports by nov 2020?", "Bahrain"),
    ("how many people were invited to the 2020 dialogues?", "500"),
    ("where was the first IMRF held?", "New York"),
])
def test_the_same_shapes_answered_where_the_documents_say_it(engine, question, said):
    a = engine.answer(question)
    assert a.answered and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "when does registration open for IMRF 2026?",                  # only the Forum's year is known
    "quand ouvrent les inscriptions pour le FEMI 2026 ?",
    "إمتى بيفتح التسجيل للمنتدى الدولي ٢٠٢٦؟",
    "address of the IOM office in cairo?",                         # "the IOM Regional Office ... in Cairo": no street
    "when was the UN network on migration created? exact date",    # "established" with no date; Migrants Day's date
    "le reseau des nations unies sur les migrations a ete cree quand exactement ?",   # not the 2022 dialogue's day
    "how many states voted for the progress declaration?",         # 152 States voted for the GCM
    "combien d'États ont voté pour la déclaration sur les progrès ?",
    "how many members does migrant forum in asia have?",           # members of the UN networks at the 2022 dialogue
    "how many languages was the feb 2022 dialogue interpreted into?",   # the review's information in three languages
])
def test_near_misses_of_another_things_date_count_or_address(engine, question):
    assert_refused(engine, question)


def test_what_the_documents_do_not_say_of_a_registration_or_an_address_is_named(engine):
    opens = engine.answer("quand ouvrent les inscriptions pour le FEMI 2026 ?")
    assert not opens.answered and "inscriptions" in opens.answer.split("\n")[0], opens.answer
    address = engine.answer("شو عنوان مكتب المنظمة الدولية للهجرة بالقاهرة؟")
    assert not address.answered and address.answer.startswith(missing_wording("address", "ar")), address.answer


@pytest.mark.parametrize("question, said", [
    ("when did registration open for the 2022 IMRF?", "March"),
    ("when was the GCM endorsed by the general assembly?", "19 December 2018"),
    ("how many participants did the feb 2022 dialogue have?", "145"),
    ("how many member states voted in favour of the gcm?", "152"),
])
def test_dates_and_counts_of_the_thing_asked_are_still_given(engine, question, said):
    a = engine.answer(question)
    assert a.answered and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "which university is dr ayman zohry from?",              # the university of the moderator quoted under his heading
    "le Dr Zohry enseigne dans quelle université ?",
    "combien de tables rondes au FEMI 2026 ?",               # the card's four round tables are the 2022 Forum's
])
def test_near_misses_of_someones_university_or_another_years_count(engine, question):
    assert_refused(engine, question)


def test_a_cards_count_is_given_for_its_own_year(engine):
    a = engine.answer("combien de tables rondes au premier FEMI ?")
    assert a.answered and re.search(r"quatre|four|\b4\b", a.answer), a.answer


@pytest.mark.parametrize("question", [
    # the office is named ("... and the Special Representative of the Secretary-General ..."), never its holder
    "quel est le nom du représentant spécial du secrétaire général pour les migrations internationales ?",
    "شو اسم الممثل الخاص للأمين العام للهجرة الدولية؟",
    "what is the name of the special representative for international migration?",
    "is lunch free for participants at the regional review conference?",   # the agenda's lunch break, no price
    "الجلسة العامة السابعة عن شو؟",                                          # six plenary sessions
])
def test_near_misses_of_an_offices_holder_a_things_price_or_a_session_there_is_not(engine, question):
    assert_refused(engine, question)


@pytest.mark.parametrize("question, said", [
    ("الجلسة العامة الثالثة عن شو؟", "Plenary Session 3"),
    ("who is the IOM regional director for MENA?", "Godeau"),
])
def test_a_numbered_plenary_and_an_offices_holder_answered_where_the_documents_say_it(engine, question, said):
    a = engine.answer(question)
    assert a.answered and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "why was the 2024 regional review conference postponed?",        # its dates are given, no postponement
    "pourquoi la conférence régionale de 2024 a-t-elle été reportée ?",
    "ليش تأجل المؤتمر الإقليمي 2024؟",
    "who was the master of ceremony at the feb 2022 dialogue?",       # "The Master of Ceremony began ...": unnamed
    "qui était le maître de cérémonie du dialogue de février 2022 ?",
    "مين كان عريف الحفل بحوار شباط 2022؟",
    "which room is plenary session 2 in?",                             # no room is named anywhere
    "dans quelle salle se tient la plénière 2 ?",
    "بأي قاعة الجلسة العامة الثانية؟",
    "كم مائدة مستديرة بمؤتمر 2024؟",                                   # the 2022 Forum's round tables, not 2024's
])
def test_near_misses_of_a_postponement_an_unnamed_role_a_room_or_another_meetings_parts(engine, question):
    assert_refused(engine, question)


@pytest.mark.parametrize("question, said", [
    ("was the regional review postponed in 2020?", "postponed to the first quarter of 2021"),
    ("كم مشارك كان بالمشاورة الإقليمية يوم 15 فبراير 2021؟", "100"),    # a date, not "day 15" of a meeting
    ("كم مائدة مستديرة كان بالمنتدى الدولي الأول؟", "أربع"),
    ("مين أدار النقاش المفتوح الأول بحوار فبراير 2022؟", "Awad"),       # "Open Discussion 1", searched by its number
])
def test_a_postponement_said_and_counts_of_a_dated_consultation_or_round_tables_are_given(engine, question, said):
    a = engine.answer(question)
    assert a.answered and said in a.answer, a.answer


def test_why_a_meeting_was_postponed_is_answered_only_by_a_reason(engine):
    """"He was pleased that the review is postponed to the first quarter of 2021 as this will give an opportunity
    ...": the postponement, and why he was pleased, not why it was postponed -- the reply says the documents do not
    give the reason, and shows what they say, in the asker's language."""
    for question, lang, reason in (("why was the regional review postponed in 2020?", "en", "the reason"),
                                   ("pourquoi l'examen régional a-t-il été reporté en 2020 ?", "fr", "la raison"),
                                   ("ليش تأجل الاستعراض الإقليمي سنة 2020؟", "ar", "السبب")):
        a = engine.answer(question)
        assert not a.answered and a.language == lang and reason in a.answer.split("\n")[0], a.answer
        assert lang != "en" or "first quarter of 2021" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "what nationality is ms. sara salman?",                  # her title and organisation only
    "quelle est la nationalité de Mme Misato Yuasa ?",       # not "United Nations"
    "شو جنسية السيدة سارة سلمان؟",
    "how long did the 27 october 2020 session last?",        # a day, no hours
    "أي دولة بعتت أكبر عدد مشاركين لحوار شباط 2022؟",          # everyone counted, no country ranked
    "quel pays a envoyé le plus de participants au dialogue de février 2022 ?",
])
def test_near_misses_of_a_nationality_a_one_day_meetings_length_or_who_sent_the_most(engine, question):
    assert_refused(engine, question)


@pytest.mark.parametrize("question, said", [
    ("كم وكالة أممية شاركت بحوار فبراير 2022؟", r"8 (?:agencies|وكالات)"),   # "وكالة" counts agencies, not any number
    ("how long is the first IMRF?", r"17"),                                 # several days: their span answers
])
def test_a_count_of_agencies_and_a_meetings_days_as_its_length(engine, question, said):
    a = engine.answer(question)
    assert a.answered and re.search(said, a.answer), a.answer


@pytest.mark.parametrize("question", [
    "whats the twitter handle of the UN network on migration?",          # the Network's card says what it does
    "c'est quoi le compte twitter du reseau des nations unies sur les migrations ?",
    "شو حساب تويتر لشبكة الأمم المتحدة للهجرة؟",
    "who is the focal point for youth in the regional review?",          # "focal points for the UN Network"
])
def test_near_misses_of_a_social_media_account_or_a_role_for_someone_else(engine, question):
    assert_refused(engine, question)


def test_a_not_covered_word_in_a_meetings_name_is_no_subject_and_an_arabic_name_takes_li():
    """"the remote work visas consultation", "la consultation sur les visas nomades" name a meeting about visas: what
    they ask (an e-mail, a place) needs no sentence on visas; "a visa letter for the consultation" still asks of visas.
    "تمويل للسفر" ("funding for travel") is the glossary's "تمويل السفر"."""
    from bot.knowledge.glossary import Glossary
    from tests.conftest import KNOWLEDGE

    g = Glossary.load(KNOWLEDGE)
    assert g.subject_asked("where do i send a written input for the remote work visas consultation, email pls") == ([], "")
    assert g.subject_asked("la consultation sur les visas nomades numeriques c'est ou a dakar") == ([], "")
    assert g.subject_asked("is there a visa letter for the consultation?")[1] == "visa"
    assert g.uncovered_subject("do they help with visas for the consultation?") == "travel"
    assert "lex-travel-support" in {t.id for t, _, _ in g.find("في تمويل للسفر على نيويورك للمنظمات؟")}


def test_a_word_done_again_is_heard_when_the_word_is(engine):
    """"faut refaire une demande ?" asks whether to apply again: "refaire" is "faire" again, an everyday word, not a
    subject no document names."""
    u = engine.understand("on avait l'accreditation speciale, faut refaire une demande ?", None)
    assert u.asks_if and "refaire" not in u.unheard, u.unheard


def test_a_place_named_as_where_something_is_or_as_a_meetings_name():
    """"... بمصر", "in Egypt", "à Dakar" name where something is (a count there is not everyone's count); "the dakar
    consultation", "contribution ecrite dakar", "ورشة بيروت" name a meeting by its city."""
    from bot.answering.passages import located_in
    from bot.text.language import normalize

    for question, place in (("كم طفل مهاجر تسجل بالمدارس بمصر سنة 2025؟", "egypt"), ("how many children in egypt", "egypt"),
                            ("الاجتماع ببيروت متى", "beirut"), ("combien de femmes à Dakar", "dakar")):
        assert located_in(normalize(question), frozenset({place})), question
    for question, place in (("contribution ecrite dakar max combien de mots", "dakar"), ("ورشة بيروت متى", "beirut"),
                            ("the dakar consultation, how many words", "dakar")):
        assert not located_in(normalize(question), frozenset({place})), question


@pytest.mark.parametrize("question, kind", [
    ("when does session 4 on 21 april start?", "time"),
    ("الجلسة الرابعة يوم ٢١ ابريل في الحوار موضوعها ايه؟ وامتى بتبدأ", "time"),
    ("when is session 4?", "date"),
])
def test_when_a_numbered_session_of_a_day_named_starts_asks_its_hour(engine, question, kind):
    """"When does session 4 on 21 April start" gives the day: what it asks is the session's hour (a programme's row
    "9 h 00 – 10 h 30 | Séance 4 : ..." under "Jour 2 – jeudi 21 avril" answers); without a day, its date."""
    assert engine.understand(question, None).wanted.kind == kind


def test_every_kind_of_fact_a_question_can_ask_has_its_refusal_words_in_the_three_languages():
    """A refusal names the kind of fact the documents lack ("The documents do not give which languages ..."): a kind
    without its words would make the reply fail for whoever asks it (it did for "which languages", added without them)."""
    from pathlib import Path

    source = Path(__file__).resolve().parents[1].joinpath("bot", "answering", "facts.py").read_text(encoding="utf-8")
    kinds = set(re.findall(r'\bw\.kind(?:, [\w.]+)? = "([a-z_]+)"', source))
    assert {"languages", "email", "deadline", "person"} <= kinds, kinds
    for kind in sorted(kinds):
        for lang in ("en", "fr", "ar"):
            assert t(f"engine.fact_{kind}", lang, word="x").strip(), (kind, lang)
