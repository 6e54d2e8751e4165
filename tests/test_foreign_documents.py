"""Documents written in French or Arabic, added the way the secretariat adds one (no manifest, card, timeline or
glossary edit): their title, sections, dates and facts are read as in an English document, an English question
finds them through the glossary's terms, and a quotation is said to be in the document's language, not in English.
"""
from datetime import date
from pathlib import Path

from ingest.chunking import to_markdown
from ingest.loaders import is_letterhead
from tests.test_heldout import engine_with


def assert_refused(engine, *questions: str) -> None:
    """Each question is answered "the documents do not say" (answered: false), the reply shown when it is not."""
    for q in questions:
        reply = engine.answer(q).to_json()
        assert not reply["answered"], (q, reply["answer"])

FRENCH_NOTE = """# Réseau régional des Nations Unies sur les migrations pour la région arabe

## Atelier sous-régional sur l'enregistrement des naissances des enfants migrants au Maghreb

**Note d'information**

Oran (Algérie) et en ligne, du mardi 11 au mercredi 12 mai 2027

### 1. Contexte

L'atelier examinera les obstacles à l'enregistrement des naissances des enfants de parents migrants. Les résultats
d'une enquête auprès des services d'état civil y seront discutés.

### 1 bis. Format

L'atelier aura lieu au Palais des congrès d'Oran. Il sera retransmis en ligne, sauf les groupes de travail, qui se
tiendront uniquement en présentiel.

### 2. Contributions écrites

Les organisations peuvent envoyer une contribution écrite de 3 pages au maximum. Les contributions doivent
être envoyées à l'adresse naissances-maghreb@example.org au plus tard le vendredi 9 avril 2027.

### 3. Prise en charge

Une prise en charge du billet d'avion est prévue pour un nombre limité de participants. Les demandes doivent être
faites avant fin mars 2027.

### 4. Participants

Environ 50 participants sont attendus à Oran. Sont invités :

- les services d'état civil des ministères de l'Intérieur ;
- les associations de migrants et les organisations de la société civile du Maghreb.

Des représentants du Niger sont invités en qualité d'observateurs. La participation est gratuite.

### 5. Intervenants

Séance d'ouverture : M. Karim Belhadj, secrétaire général du ministère de l'Intérieur (Algérie), et Mme Nadia
Ferhat, maire adjointe d'Oran.
"""

ARABIC_NOTE = """الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية

ورشة العمل الإقليمية حول التوثيق المدني للمهاجرين

مذكرة مفاهيمية

الدوحة، قطر، ١٤-١٥ حزيران/يونيو ٢٠٢٧

أولاً: الخلفية

تناقش ورشة العمل سبل حصول المهاجرين على الوثائق المدنية وأثر ذلك على وصولهم إلى الخدمات الأساسية.

ثانياً: التسجيل

يُرجى التسجيل في موعد أقصاه 20 أيار/مايو 2027 عبر البريد الإلكتروني civil-doc2027@example.org.

ثالثاً: للتواصل

السيدة ريم الخطيب، مسؤولة البرنامج، البريد الإلكتروني: r.khatib@example.org
"""


def test_an_arabic_letterhead_is_not_the_title_and_arabic_headings_are_sections():
    assert is_letterhead("الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية")
    assert is_letterhead("Réseau régional des Nations Unies sur les migrations pour la région arabe")
    assert not is_letterhead("ورشة العمل الإقليمية حول التوثيق المدني للمهاجرين")
    assert not is_letterhead("UN Network Dialogue with Stakeholders in the Arab region")
    marked = to_markdown(ARABIC_NOTE)
    assert "### أولاً: الخلفية" in marked and "### ثانياً: التسجيل" in marked


def test_a_french_documents_deadline_and_invitees_answer_french_questions(index_dir, tmp_path):
    doc, engine = engine_with(tmp_path / "2027-05-11_birth-registration-workshop-note.md", FRENCH_NOTE, index_dir)
    deadline = engine.answer("contributions ecrites atelier enregistrement des naissances, c'est jusqu'a quand ?").to_json()
    assert deadline["answered"], deadline["answer"]
    assert "9 avril 2027" in deadline["answer"]
    assert deadline["sources"][0]["document"] == doc.stem
    # the quotation is French: the reader is not told it is in English
    assert "anglais" not in deadline["answer"]
    # an English reader gets the dates, the French title quoted (it is not the reader's language)
    when = engine.answer("when is the workshop on birth registration of migrant children?").to_json()
    assert when["answered"] and "11" in when["answer"] and "May 2027" in when["answer"], when["answer"]
    assert "“Atelier sous-régional" in when["answer"], when["answer"]
    # the same workshop asked in another city is not this one (Oran is not Tunis)
    elsewhere = engine.answer("when is the birth registration workshop in tunis?").to_json()
    assert "May 2027" not in elsewhere["answer"], elsewhere["answer"]
    # the subject asked (a flight) named in the sentence before the deadline's
    flight = engine.answer("billet d'avion pour l'atelier sur l'enregistrement des naissances, faut le demander avant quand ?")
    assert flight.answered and "fin mars 2027" in flight.answer, flight.answer
    invited = engine.answer("qui est invite a l'atelier sur l'enregistrement des naissances au maghreb ?").to_json()
    assert invited["answered"], invited["answer"]
    # the list "Sont invités :" introduces, not the observers' line that says "invités" too
    assert "état civil" in invited["answer"] and "société civile du Maghreb" in invited["answer"], invited["answer"]


def test_an_english_question_finds_an_arabic_document_and_its_title(index_dir, tmp_path):
    doc, engine = engine_with(tmp_path / "2027-06-14_civil-documentation-workshop-note.txt", ARABIC_NOTE, index_dir)
    reply = engine.answer("registration deadline for the civil documentation workshop in doha?").to_json()
    assert reply["answered"], reply["answer"]
    assert doc.stem in [s["document"] for s in reply["sources"][:5]]
    assert "20" in reply["answer"] and "2027" in reply["answer"]
    # the document's title is its own, not the network's letterhead, and its quotation is said to be in Arabic
    assert "ورشة العمل الإقليمية حول التوثيق المدني للمهاجرين" in reply["answer"]
    assert "quoted in Arabic" in reply["answer"]
    # its event is named by its title, not by the dateline's words
    events = [e for e in engine.choose_event.events if getattr(e, "document", "") == doc.stem]
    own = [e for e in events if e.start == date(2027, 6, 14)]
    assert own and "ورشة العمل" in str(own[0].name), events
    # its dates, to an English reader, under its Arabic title quoted (the answer's own words stay English)
    when = engine.answer("when is the workshop on civil documentation for migrants in 2027?").to_json()
    assert when["answered"] and "14–15 June 2027" in when["answer"], when["answer"]
    assert "Source, “ورشة العمل" in when["answer"], when["answer"]
    # ... held in Doha, as an English question names the city
    where = engine.answer("where is the regional workshop on civil documentation for migrants?").to_json()
    assert where["answered"] and ("Doha" in where["answer"] or "الدوحة" in where["answer"]), where["answer"]
    # "contact and e-mail": the contact's address, not the one registrations go to
    contact = engine.answer("atelier documentation civile des migrants : contact et mail svp").to_json()
    assert contact["answered"] and "r.khatib@example.org" in contact["answer"], contact["answer"]


def test_a_role_a_country_or_a_price_the_document_does_not_give_is_not_answered(index_dir, tmp_path):
    """Near misses on a French note: its speakers are a ministry's secretary-general and a deputy mayor, from
    Algeria, and taking part is free; the minister, the mayor, Tunisia's speaker and the allowance's amount are
    not given, and the reply says so (answered: false) instead of quoting the speakers or "free"."""
    doc, engine = engine_with(tmp_path / "2027-05-11_birth-registration-workshop-note.md", FRENCH_NOTE, index_dir)
    ask = lambda q: engine.answer(q).to_json()
    opened = ask("who opens the workshop on birth registration of migrant children?")
    assert opened["answered"] and "Belhadj" in opened["answer"], opened["answer"]
    assert_refused(engine, "qui est le ministre de l'Intérieur qui ouvre l'atelier sur l'enregistrement des naissances ?",
                   "who is the mayor of Oran speaking at the birth registration workshop?",
                   "who speaks for Tunisia at the birth registration workshop?",
                   "how much is the daily allowance at the birth registration workshop?")
    # the survey is named, its publication never dated: the workshop's own dates are not its publication date
    guide = ask("when exactly will the survey of civil registry services be published?")
    assert not guide["answered"] and "du mardi 11" not in guide["answer"], guide["answer"]
    # "can I follow it online", in English of a French note: the format answers (its English words are not
    # "unheard" because the note says them in French)
    online = ask("can I follow the birth registration workshop online?")
    assert online["answered"] and "en ligne" in online["answer"], online["answer"]

    free = ask("l'atelier sur l'enregistrement des naissances est-il gratuit ?")
    assert free["answered"] and "gratuite" in free["answer"], free["answer"]


DATA_NOTE = """# Regional Workshop on Migration Data for GCM Reporting

## Concept note

### 3. Date, venue and format

The workshop will take place from Tuesday, 10 March to Thursday, 12 March 2026 at the Hotel Africa, Tunis. It will
be held in person only; sessions will not be streamed. Working languages are Arabic and English.

### 4. Participants

National statistical offices and ministries of labour of the Arab States are invited.
"""


def test_a_format_question_is_answered_with_what_it_refers_to(index_dir, tmp_path):
    """"Can I follow it online?": the sentence saying the format answers even though it names the workshop only as
    "it", and the sentence before it, which says what "it" is, is quoted with it."""
    doc, engine = engine_with(tmp_path / "2026-03-10_migration-data-workshop-note.md", DATA_NOTE, index_dir)
    reply = engine.answer("can I follow the migration data workshop online?").to_json()
    assert reply["answered"] and "in person only" in reply["answer"], reply["answer"]
    assert "The workshop will take place" in reply["answer"], reply["answer"]
    hotel = engine.answer("which hotel is the migration data workshop at?").to_json()
    assert hotel["answered"] and "Hotel Africa" in hotel["answer"], hotel["answer"]


MEDIA_NOTE = """الاجتماع الإقليمي حول الإعلام والهجرة

مذكرة مفاهيمية

المنامة، مملكة البحرين، ٢٦-٢٨ نيسان/أبريل ٢٠٢٧

أولاً: البرنامج المبدئي

اليوم الأول، الاثنين 26 نيسان/أبريل 2027
9:00-10:30 الجلسة الافتتاحية
11:00-13:00 الجلسة الأولى: واقع التغطية الإعلامية للهجرة

اليوم الثاني، الثلاثاء 27 نيسان/أبريل 2027
9:30-11:30 الجلسة الثالثة: أصوات المهاجرين في الإعلام
12:00-14:00 الجلسة الرابعة: مناقشة مسودة الدليل الإقليمي

ثانياً: التسجيل

يُرجى التسجيل في موعد أقصاه 1 آذار/مارس 2027.
"""


def test_a_session_asked_by_its_topic_is_given_its_day_and_time_not_the_meetings_days(index_dir, tmp_path):
    """"جلسة أصوات المهاجرين في الإعلام إمتى بالزبط؟": the programme's line says 9:30-11:30 under the day's line
    (Tuesday 27 April); the meeting's three days do not answer when one of its sessions is."""
    doc, engine = engine_with(tmp_path / "2027-04-26_media-migration-meeting-note.txt", MEDIA_NOTE, index_dir)
    reply = engine.answer("جلسة أصوات المهاجرين في الإعلام باجتماع المنامة إمتى بالزبط؟").to_json()
    assert reply["answered"] and "9:30-11:30" in reply["answer"] and "27" in reply["answer"], reply["answer"]


RETURN_SUMMARY = """# Compte rendu – Dialogue sur le retour et la réintégration, Sfax, 8-9 juin 2027

## 1. Contexte

Le dialogue s’est tenu le mardi 8 et le mercredi 9 juin 2027 à Sfax. Il prolonge la réunion technique sur la
réintégration tenue à Rabat en octobre 2025.

## 2. Participation

Le dialogue a réuni 64 participants, dont 30 femmes, venus d’Algérie, d’Égypte, de Libye, du Maroc et de Tunisie.

## 3. Séance d’ouverture

La séance d’ouverture s’est tenue sous la présidence de S.E. M. Hédi Gharsalli, secrétaire d’État auprès du
ministre des Affaires sociales, chargé de l’immigration.

Mme Sonia Ferchichi a indiqué que plus de 9 800 retours volontaires assistés avaient été organisés en 2026 au départ
de l’Algérie, de la Libye, du Maroc et de la Tunisie.

## 4. Recommandations

Les participants ont adopté six recommandations, dont la création d’un guichet unique pour les personnes de retour.
Un guide régional sur la réintégration sera élaboré par l’OIM.
"""


def test_what_a_summary_says_of_everyone_or_of_another_is_not_a_near_misss_answer(index_dir, tmp_path):
    """Near misses on a French meeting summary: a count of everyone "from Algeria, Egypt, Libya ..." is not
    Egypt's count; a speaker who spoke of returns from Libya did not speak for Libya; a secretary of state "auprès
    du ministre" is not the minister; the 2025 Rabat meeting it follows had no outcome written here; the guide to
    be written has no date. What the summary does give still answers."""
    doc, engine = engine_with(tmp_path / "2027-06-08_sfax-return-dialogue-summary.md", RETURN_SUMMARY, index_dir)
    ask = lambda q: engine.answer(q).to_json()
    assert_refused(engine, "how many participants from Egypt came to the Sfax dialogue on return?",
                   "قديش واحد من مصر شارك بحوار صفاقس عن العودة؟",
                   "مين حكى باسم ليبيا بحوار صفاقس حول العودة؟",
                   "name of tunisia's minister of social affairs at the sfax dialogue on return?",
                   "what came out of the 2025 rabat meeting on reintegration?",
                   "le guide régional sur la réintégration dont on a parlé à Sfax, il sort quand ?")
    total = ask("combien de participants au dialogue de Sfax sur le retour ?")
    assert total["answered"] and "64" in total["answer"], total["answer"]
    chaired = ask("qui a présidé l'ouverture du dialogue de Sfax sur le retour ?")
    assert chaired["answered"] and "Gharsalli" in chaired["answer"], chaired["answer"]
    adopted = ask("what are the recommendations of the Sfax dialogue on return?")
    assert adopted["answered"] and "guichet unique" in adopted["answer"], adopted["answer"]


ROADMAP = """# خارطة طريق التحضير للاستعراض الإقليمي الثالث في المنطقة العربية

## أولاً: الخلفية

تطلق الشبكة الإقليمية مسار التحضير للاستعراض الإقليمي الثالث، مسترشدةً بالمبادئ التوجيهية للاتفاق العالمي.

## ثانياً: المراحل

يُعقد المؤتمر الإقليمي في بيروت يومي 14 و15 أيلول/سبتمبر 2027.

## ثالثاً: الاتصال

لجميع الاستفسارات المتعلقة بالاستعراض الإقليمي الثالث، يُرجى التواصل مع أمانة الشبكة على العنوان review2027@network.example.
"""

YOUTH_PAGE = """# Arab Regional Youth Forum on Migration 2027

## About the Forum

The Forum will take place from 19 to 21 October 2027 in Muscat.

## How to apply

Applications close on 27 June 2027. Selected applicants will be notified by e-mail by Thursday 12 August 2027.

## Contact

Questions about the call or the application form? Write to the Forum secretariat at youth2027@network.example.
Please put your country in the subject line.
"""


def test_an_address_is_found_whatever_words_introduce_it(index_dir, tmp_path):
    """"adresse mail pour les questions sur la 3e revue": the Arabic contact line answers ("questions" is not the
    glossary's "guiding questions", a word the roadmap's background happens to say); "email to ask questions about
    the application form?": the line after the question the page asks ("Questions about ...? Write to ...")."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    doc, engine = engine_with(tmp_path / "a" / "2027-09-14_third-review-roadmap.md", ROADMAP, index_dir)
    reply = engine.answer("adresse mail pour les questions sur la 3eme revue regionale dans la region arabe?").to_json()
    assert reply["answered"] and "review2027@network.example" in reply["answer"], reply["answer"]
    doc, engine = engine_with(tmp_path / "b" / "2027-10-19_youth-forum-page.md", YOUTH_PAGE, index_dir)
    reply = engine.answer("email to ask questions abt the youth forum application form?").to_json()
    assert reply["answered"] and "youth2027@network.example" in reply["answer"], reply["answer"]
    assert "Questions about the call or the application form?" in reply["answer"]
    # "when do the acceptance results come out": the selected applicants' notice, not the forum's dates
    results = engine.answer("إمتى بتطلع نتايج القبول لمنتدى الشباب؟").to_json()
    assert results["answered"] and "12 August 2027" in results["answer"], results["answer"]


SEASONAL_NOTE = """# Regional Forum on Seasonal Work and Circular Migration

## 1. About the forum

The forum will take place on 14 and 15 April 2027 in Amman and online. It is organised by the Regional UN Network
on Migration for the Arab Region.

## 2. Participants

The forum will bring together about 90 participants, including:

- representatives of ministries of agriculture and of labour;
- farmers' cooperatives and workers' organisations;
- migrant-led associations.

## 3. Side events

Up to 9 side events will be selected by the organising committee. Each side event may have three speakers.

## 4. Inputs

Participants and organisations are invited to share written inputs of up to 4 pages on seasonal work schemes.

## 5. Speakers

- Ms. Rana Odeh, Director of Employment, Ministry of Labour, Jordan
- Moderator: Mr. Sami Khoury, Labour Migration Officer, ILO

## 6. Attendance

The forum brought together 64 participants, of whom 19 followed the discussions online.
"""


def test_what_is_asked_in_spoken_arabic_or_french_finds_the_section_that_says_it(index_dir, tmp_path):
    """Questions typed as people type them, about an English note no card or glossary entry was written for:
    an English noun counted in an Arabic question ("قديش side event"), "قديش واحد" (how many people), "مين
    المدعوين" / "ouvert a qui" (who takes part: the section on participants, not "participants are invited to
    share inputs"), "مين رح يدير" and "who will moderate" (the line naming the moderator)."""
    doc, engine = engine_with(tmp_path / "2027-04-14_seasonal-work-forum-note.md", SEASONAL_NOTE, index_dir)
    side = engine.answer("قديش side event رح ينقبلوا بمنتدى العمل الموسمي؟").to_json()
    assert side["answered"] and "Up to 9 side events" in side["answer"], side["answer"]
    online = engine.answer("قديش واحد حضر اونلاين بمنتدى العمل الموسمي؟").to_json()
    assert online["answered"] and "19 followed" in online["answer"], online["answer"]
    for q in ("مين المدعوين لمنتدى العمل الموسمي والهجرة الدائرية؟", "le forum sur le travail saisonnier est ouvert a qui ?"):
        reply = engine.answer(q).to_json()
        assert reply["answered"] and "ministries of agriculture" in reply["answer"], (q, reply["answer"])
    for q in ("who will moderate the seasonal work forum?", "مين رح يدير منتدى العمل الموسمي؟"):
        reply = engine.answer(q).to_json()
        assert reply["answered"] and "Sami Khoury" in reply["answer"], (q, reply["answer"])


BIRTH_NOTE = """# مذكرة معلومات: المشاورة الإقليمية بشأن تسجيل المواليد للمهاجرين

## أولاً – الخلفية

بلغ عدد الأشخاص عديمي الجنسية في البلدان العربية نحو ٣٧٠ ألف شخص في نهاية عام ٢٠٢٦.

## سابعاً – الدعم المالي للسفر

يتوفر عدد محدود من منح السفر لممثلي منظمات المجتمع المدني. وتغطي المنحة تذكرة سفر ذهاباً وإياباً بالدرجة السياحية.
ولا تغطي المنحة رسوم التأشيرة ولا التأمين الصحي.

## خامساً – المساهمات المكتوبة

يدعى المشاركون إلى تقديم مساهمات مكتوبة لا تتجاوز ثلاث صفحات.
"""


def test_a_subject_the_knowledge_files_call_uncovered_is_answered_from_a_document_in_its_own_words(index_dir, tmp_path):
    """"travel grant", "visa fees" are subjects the first documents did not cover (not_covered.yaml); an Arabic
    note that covers them names them in Arabic ("منح السفر", "رسوم التأشيرة"): the glossary's forms of the words
    asked say so, and the English question is answered. "stateless people" counts people, not "stateless"."""
    doc, engine = engine_with(tmp_path / "2028-01-18_birth-registration-note.md", BIRTH_NOTE, index_dir)
    reply = engine.answer("does the travel grant of the birth registration consultation cover visa fees?").to_json()
    assert reply["answered"] and "رسوم التأشيرة" in reply["answer"], reply["answer"]
    count = engine.answer("how many stateless people in the arab region acc to the birth registration note?").to_json()
    assert count["answered"] and ("٣٧٠" in count["answer"] or "370" in count["answer"]), count["answer"]
    # "صفحة" is a page of a text here, not a web page
    pages = engine.answer("قديش صفحة مسموح للمساهمات المكتوبة بمشاورة تسجيل المواليد؟").to_json()
    assert pages["answered"] and "ثلاث صفحات" in pages["answer"], pages["answer"]


REMITTANCES_NOTE = """# Note conceptuelle — Atelier régional sur les envois de fonds et l’inclusion financière des migrants

Rabat (Maroc), les mardi 22 et mercredi 23 février 2028

## 1. Contexte

Le coût moyen d’un envoi de 200 USD vers la région s’établissait à 6,2 % en 2027, soit le double de la cible de 3 %.
L’Égypte et le Maroc reçoivent à eux deux plus de la moitié des envois de fonds de la région.

## 5. Contributions écrites

Les contributions écrites doivent parvenir au plus tard le lundi 7 février 2028 à l’adresse envoisdefonds@network.example.
"""


def test_a_new_documents_theme_names_its_meeting_and_what_else_is_asked_is_not_its_dates(index_dir, tmp_path):
    """"the rabat remittances workshop" is the French note's "atelier sur les envois de fonds" (a theme of the Compact
    the glossary knows in three languages): its dates answer "when". A question that also asks for an e-mail
    address is about what is sent, not the workshop's days; the cost of sending money to Egypt is not the region's."""
    doc, engine = engine_with(tmp_path / "2028-02-22_remittances-workshop-note.md", REMITTANCES_NOTE, index_dir)
    when = engine.answer("rabat remittances workshop - when exactly and where is it held?").to_json()
    assert when["answered"] and "22" in when["answer"] and "February 2028" in when["answer"], when["answer"]
    email = engine.answer("بدي ابعت مساهمة مكتوبة لورشة الرباط عن التحويلات المالية، على اي ايميل ولامتى؟").to_json()
    assert email["answered"] and "envoisdefonds@network.example" in email["answer"], email["answer"]
    # "cost" is a subject the first documents did not cover; this note names it in French ("coût")
    cost = engine.answer("average cost of sending 200 usd to the region acc to the rabat remittances note?").to_json()
    assert cost["answered"] and "6,2" in cost["answer"], cost["answer"]
    assert_refused(engine, "how much does it cost to send money to egypt acc to the rabat remittances workshop note?",
                   "قديش تكلفة تحويل المصاري لمصر تحديداً حسب ورشة الرباط عن التحويلات؟")



def test_an_arabic_headings_terms_and_its_venue_line_answer_an_english_question(index_dir, tmp_path):
    """"ثانياً – الأهداف" is the section an English "what are the objectives" asks for, as "Objectives" would be (an
    Arabic information note printed to PDF, ten sections, added with no glossary edit); the hall on the line under
    its dateline is where the consultation is held: "which venue" gets the city and the hall, quoted."""
    import shutil

    from bot.answering.engine import Engine
    from tests.conftest import FIXED_NOW, KNOWLEDGE
    from tests.scoring import heldout_settings

    pdf = Path(__file__).parent / "heldout" / "2028-01-18_legal-identity-consultation-information-note.pdf"
    doc = tmp_path / pdf.name
    shutil.copy(pdf, doc)
    engine = Engine.from_settings(heldout_settings(index_dir, KNOWLEDGE, doc, tmp_path / "work"), clock=lambda: FIXED_NOW)
    reply = engine.answer("what are the objectives of the regional consultation on legal identity and birth "
                          "registration (cairo, jan 2028)?")
    assert reply.answered and reply.sources[0].document == doc.stem
    assert reply.sources[0].section.endswith("ثانياً – الأهداف"), [s.section for s in reply.sources]
    assert "تبادل الخبرات" in reply.answer
    venue = engine.answer("cairo consultation on legal identity and birth registration - which venue?")
    assert venue.answered and venue.language == "en", venue.answer
    assert "Cairo" in venue.answer and "قاعة الفسطاط، مركز الزمالك للمؤتمرات" in venue.answer, venue.answer


def test_a_meeting_a_report_only_mentions_is_not_answered_with_the_reports_own(index_dir, tmp_path):
    """The Tunis dialogue's report says it follows a Rabat meeting of 2025: what Rabat recommended is not what Tunis
    recommended (a French report written in Word, added with no glossary edit)."""
    import shutil

    from bot.answering.engine import Engine
    from tests.conftest import FIXED_NOW, KNOWLEDGE
    from tests.scoring import heldout_settings

    report = Path(__file__).parent / "heldout" / "2027-05-25_return-reintegration-dialogue-report.docx"
    doc = tmp_path / report.name
    shutil.copy(report, doc)
    engine = Engine.from_settings(heldout_settings(index_dir, KNOWLEDGE, doc, tmp_path / "work"), clock=lambda: FIXED_NOW)
    own = engine.answer("les recommandations du dialogue de tunis sur la reintegration c quoi ?")
    assert own.answered and own.sources[0].document == doc.stem
    other = engine.answer("les recommandations de la reunion de rabat 2025 sur la reintegration c quoi ?")
    assert not other.answered and other.language == "fr"


ARABIC_RELEASE = """بيان صحفي

اختتام ورشة العمل الإقليمية حول العمالة المنزلية المهاجرة

بيروت، 12 تشرين الأول/أكتوبر 2027

اختُتمت في بيروت يوم الاثنين 11 تشرين الأول/أكتوبر 2027 ورشة العمل الإقليمية حول العمالة المنزلية المهاجرة. شارك في الورشة 60 مشاركًا من 9 دول عربية، بينهم ممثلون عن النقابات العمالية وجمعيات المهاجرين والقطاع الخاص.

افتتحت أعمال الورشة السيدة سلمى نصر، مديرة مكتب منظمة العمل الدولية في بيروت.

خلص المشاركون إلى ثلاث توصيات: تحسين عقود العمل، وإنشاء خطوط ساخنة للشكاوى، وتوسيع الحماية الاجتماعية.

سيصدر التقرير الختامي للورشة بحلول 30 تشرين الثاني/نوفمبر 2027.
"""


def test_a_press_release_is_titled_by_its_headline_and_gives_no_count_or_stream_it_does_not_say(index_dir, tmp_path):
    """An Arabic press release: its title is its headline, not "بيان صحفي"; everyone's count, followed by the kinds of
    actors among them, is no count of trade unionists; three recommendations, none on women, are not a count of
    those on women; a stream is not said by "60 مشاركًا" (participants, not remote participation); the headline
    ("اختتام ...", the closing of the workshop) names no one who closed it."""
    doc, engine = engine_with(tmp_path / "2027-10-12_domestic-work-workshop-press-release.txt", ARABIC_RELEASE, index_dir)
    whole = engine.answer("كم مشارك بورشة بيروت عن العمالة المنزلية؟").to_json()
    assert whole["answered"] and "60" in whole["answer"], whole["answer"]
    assert "«اختتام ورشة العمل الإقليمية حول العمالة المنزلية المهاجرة»" in whole["answer"], whole["answer"]
    assert_refused(engine,
                   "كم مشارك من النقابات العمالية بورشة بيروت عن العمالة المنزلية؟",
                   "how many participants from trade unions attended the beirut workshop on domestic work?",
                   "combien de participants des syndicats à l'atelier de Beyrouth sur le travail domestique ?",
                   "combien de recommandations de l'atelier de Beyrouth sur le travail domestique portent sur les femmes ?",
                   "هل في بث مباشر لورشة بيروت عن العمالة المنزلية؟",
                   # its headline says the workshop closed: not that its opening speaker closed it
                   "who closed the beirut workshop on domestic work?")
    opened = engine.answer("who opened the beirut workshop on domestic work?").to_json()
    assert opened["answered"] and "سلمى نصر" in opened["answer"], opened["answer"]


DIASPORA_PAGE = """# Dialogue en ligne : les diasporas et la reconnaissance des compétences

Publié le 3 avril 2035

## En bref

Date : jeudi 14 juin 2035, de 12 h 00 à 14 h 00 GMT, sur Zoom. Inscription obligatoire avant le lundi 11 juin 2035.

## Bourses « Passerelle Sahel »

Le programme pilote « Passerelle Sahel » financera 150 bourses d'études de master. Chaque bourse comprend les frais de
scolarité et une allocation mensuelle de 90 000 francs CFA pendant dix mois.
"""


def test_a_word_the_document_says_in_the_plural_is_the_word_asked(index_dir, tmp_path):
    """"diaspora" names "les diasporas" of the dialogue's title, so an English question on the diaspora dialogue gets its
    day (it was left to the passages, which quoted the page's publication date); "bourse", a subject the first
    documents did not cover, is answered from a page that says "bourses" (it was refused)."""
    doc, engine = engine_with(tmp_path / "2035-04-03_diaspora-dialogue-page.md", DIASPORA_PAGE, index_dir)
    day = engine.answer("what day is the diaspora skills dialogue?").to_json()
    assert day["answered"] and "14 June 2035" in day["answer"] and "3 April" not in day["answer"].split("Source")[0], \
        day["answer"]
    grant = engine.answer("bourse «Passerelle Sahel» : l'allocation mensuelle c'est combien ?").to_json()
    assert grant["answered"] and "90 000" in grant["answer"], grant["answer"]


WEBINAR_REPORT = """RÉSEAU DES NATIONS UNIES SUR LES MIGRATIONS

Compte rendu du webinaire « Mobilité des étudiants et voies régulières »

Dakar et Lomé, le 20 septembre 2035

1. Introduction

Le Réseau des Nations Unies sur les migrations et le Réseau des universités d'Afrique de l'Ouest (RUAM), dont le
secrétariat est établi à Lomé (Togo), ont organisé le mardi 11 septembre 2035, de 10 h 00 à 12 h 30 GMT (heure de
Dakar et d'Abidjan), soit de 12 h 00 à 14 h 30 à Paris (UTC+2), un webinaire sur la plateforme Microsoft Teams.

2. Interventions

Intervention de M. Étienne Roussel-Diop, spécialiste principal de la mobilité de main-d'œuvre, Bureau régional de l'OIM
pour l'Afrique de l'Ouest et du Centre (Dakar)

M. Roussel-Diop a présenté les résultats d'une enquête menée en 2035 auprès de 2 300 étudiants en mobilité.

3. Prochaines étapes

Second webinaire. Un second webinaire, consacré à la reconnaissance des diplômes, se tiendra le mercredi 14 novembre
2035, de 10 h 00 à 12 h 00 GMT, sur Microsoft Teams. Le nombre de places est limité à 400. L'inscription est obligatoire
avant le vendredi 9 novembre 2035 à 18 h 00 GMT, au moyen du formulaire en ligne.
"""


def test_a_reports_meeting_is_the_one_it_says_was_organised_not_its_dateline(index_dir, tmp_path):
    """A French compte rendu dated 20 September of a webinar its first section says was organised on 11 September: the
    webinar was on the 11th (its dateline is the day the report was issued); its second webinar's registration closes
    "le vendredi 9 novembre" (a question naming November is answered by a French date); "Etienne Roussel-Diop" is the
    speaker the document writes "Étienne Roussel-Diop" (a hyphen is no other name)."""
    from bot.cli.main import main

    doc, engine = engine_with(tmp_path / "2035-09-20_student-mobility-webinar-report-fr.txt", WEBINAR_REPORT, index_dir)
    when = engine.answer("student mobility webinar with RUAM - when was it?").to_json()
    assert when["answered"] and "11 September 2035" in when["answer"] and "20 September" not in when["answer"], \
        when["answer"]
    register = engine.answer("2nd webinar in november on diploma recognition, register by when").to_json()
    assert register["answered"] and "9 novembre 2035" in register["answer"], register["answer"]
    who = engine.answer("who is Etienne Roussel-Diop, which organisation").to_json()
    assert who["answered"] and "OIM" in who["answer"], who["answer"]


MAGHREB_PAGE = """<html lang="ar" dir="rtl"><head><title>المشاورة الإقليمية المغاربية بشأن حقوق العمال المهاجرين</title></head>
<body><main><h1>المشاورة الإقليمية المغاربية بشأن حقوق العمال المهاجرين</h1>
<p>نُشر في: الأحد ٥ آب/أغسطس ٢٠٣٥</p>
<p>تدعو الشبكة الإقليمية منظمات المجتمع المدني إلى التسجيل في المشاورة التي ستُعقد في الرباط يومي الثلاثاء 16 والأربعاء 17 تشرين الأول/أكتوبر 2035.</p>
<h2>لمحة سريعة</h2>
<ul><li><strong>التاريخ:</strong> الثلاثاء ١٦ والأربعاء ١٧ أكتوبر ٢٠٣٥ (يومان)</li>
<li><strong>آخر أجل للمساهمات المكتوبة:</strong> الاثنين 1 تشرين الأول/أكتوبر 2035</li>
<li><strong>المكان:</strong> مركز أبي رقراق الدولي للمؤتمرات، حي الرياض، الرباط، المملكة المغربية</li></ul>
<h2>الدعم اللوجستي</h2>
<p>تتكفل الجهات المنظمة بتذاكر السفر والإقامة لعدد محدود من المشاركين يصل إلى ٣٥ مشاركاً من منظمات المجتمع المدني القادمة من خارج المغرب.</p>
<h2>معلومات عملية</h2>
<p>لن تُبث المشاورة مباشرة على الإنترنت، ولن تتاح إمكانية المشاركة عن بُعد.</p>
</main></body></html>
"""


def test_an_arabic_pages_days_with_and_their_count_and_format_are_answered(index_dir, tmp_path):
    """"يومي الثلاثاء 16 والأربعاء 17 تشرين الأول/أكتوبر" is one meeting of two days (a weekday may carry "and"), "آخر أجل
    للمساهمات المكتوبة" a deadline; the meeting is held in Rabat (not in "حي الرياض", a district), at the hall named; a count asked of "مشاورة ١٦ أكتوبر" is of that meeting, whichever section gives it;
    "عبر Zoom" asks the format, not a link."""
    doc, engine = engine_with(tmp_path / "2035-08-05_maghreb-consultation-page-ar.html", MAGHREB_PAGE, index_dir)
    engine.load()
    held = [(ev.kind, ev.start, ev.end) for ev in engine.choose_event.events if ev.document == doc.stem]
    assert ("event", date(2035, 10, 16), date(2035, 10, 17)) in held, held      # (what /deadlines lists)
    assert ("deadline", date(2035, 10, 1), None) in held, held                  # "آخر أجل": the last day, no meeting
    # "maghreb" names the page's "المغاربية"; "حي الرياض" is a district of Rabat, not Riyadh; the hall as it is written
    where = engine.answer("maghreb consultation on migrant workers rights - when n where?").to_json()
    assert where["answered"] and "Rabat" in where["answer"] and "مركز أبي رقراق" in where["answer"], where["answer"]
    assert "Riyadh" not in where["answer"], where["answer"]
    count = engine.answer("مشاورة ١٦ أكتوبر في الرباط: كم عدد المشاركين الذين تتكفل الجهات المنظمة بسفرهم وإقامتهم؟").to_json()
    assert count["answered"] and "٣٥" in count["answer"], count["answer"]
    remote = engine.answer("هل يمكن المشاركة عن بعد عبر Zoom في مشاورة الرباط حول حقوق العمال المهاجرين؟").to_json()
    assert remote["answered"] and "لن تتاح إمكانية المشاركة عن بُعد" in remote["answer"], remote["answer"]


PACIFIC_PROGRAMME = """# Pacific Sub-Regional Stakeholder Consultation on Climate Mobility

Issued: 2 July 2035

- **Dates:** Tuesday, 18 September and Wednesday, 19 September 2035
- **Venue:** Nadina Hall, Lagilagi House, 27 Gordon Street, Suva, Fiji
- **Format:** hybrid (in person in Suva and online)

## Participation

- In-person participation is limited to 120 seats.

## Day 1 – Tuesday, 18 September 2035

| Time | Session | Speakers / moderator |
|---|---|---|
| 09:00–09:45 | Opening session | Ms. Losana Vuetaki, Secretary-General, Pacific Islands Mobility Commission |
| 10:30–12:30 | Session 1: Moving with dignity – planned relocation | Moderator: Mr. Tevita Kauhalalalo, Programme Manager, Pacific Islands Mobility Commission. Speakers: Ms. Mere Tuilagi, Director, Fiji Climate Relocation Unit |
"""


def test_the_city_a_meeting_is_held_in_places_the_question_and_a_count_of_one_format_is_not_of_the_other(index_dir,
                                                                                                        tmp_path):
    """"who moderates session 1 ... in suva" (or "بسوفا") asks of the Suva meeting's session, not a person from Suva;
    "how many places online" is not answered by the seats in person."""
    doc, engine = engine_with(tmp_path / "2035-07-02_pacific-consultation-programme.md", PACIFIC_PROGRAMME, index_dir)
    for q in ("who moderates session 1 on planned relocation in suva?", "مين رح يدير الجلسة الأولى عن planned relocation بسوفا؟"):
        who = engine.answer(q).to_json()
        assert who["answered"] and "Kauhalalalo" in who["answer"], (q, who["answer"])
    assert_refused(engine, "il y a combien de places en ligne pour la consultation pacifique de septembre ?")
    seats = engine.answer("how many in-person seats for the suva consultation?").to_json()
    assert seats["answered"] and "120" in seats["answer"], seats["answer"]


SMALL_GRANTS_CALL = """# Appel à propositions – Petites subventions pour la participation de la société civile du Tchad à l'examen régional du Pacte mondial sur les migrations

Plateforme tchadienne des migrations (PTM) – N'Djamena, le lundi 6 février 2040

- Date limite de candidature : lundi 27 février 2040 à 12 h 00, heure de N'Djamena (UTC+1)

## 1. Objet

Le fonds accorde 12 subventions de 4 millions de francs CFA au plus à des associations tchadiennes qui préparent
leur contribution à l'examen régional.

## 2. Calendrier

| Étape | Livrable | Échéance |
|---|---|---|
| 1 | Note de cadrage | le vendredi 17 mars 2040 |
| 2 | Premier projet de rapport | le lundi 3 avril 2040 |
| 3 | Rapport final | fin avril 2040 |

## 3. Sélection

Un comité de sélection de cinq membres examine les propositions. L'annonce des résultats est prévue dans la seconde
quinzaine de mars 2040.

## 4. Atelier de lancement

L'atelier de lancement réunira 60 participants issus d'organisations de la société civile, à N'Djamena. Ses actes
seront publiés dans les deux semaines suivant l'atelier.

## 5. Questions

Les questions écrites peuvent être adressées à subventions@ptm-tchad.example jusqu'au lundi 20 février 2040.
"""


def test_a_calls_deadlines_are_found_as_people_ask_them_and_what_it_does_not_say_is_not_made_up(index_dir, tmp_path):
    """A French call for small grants: "application deadline?" asked in English is the call's "Date limite de
    candidature" (an English "application" is applying, not the French word for implementation); "il faut le rendre
    quand ?" asks when a deliverable is due (its row of the calendar, under a heading whose words are the title's); its
    proceedings are published "within two weeks of the workshop" (a when said from another day). What it does not say
    is not made up: the exact day of results given as the second half of March; where and when the regional review the
    grants prepare is held (not the written questions' deadline, whose address only names the grants); how many seats
    an organisation has (not the workshop's 60 participants from organisations)."""
    doc, engine = engine_with(tmp_path / "2040-02-06_ndjamena-appel-petites-subventions-fr.md", SMALL_GRANTS_CALL, index_dir)
    deadline = engine.answer("chad small grants call (PTM ndjamena) - application deadline?").to_json()
    assert deadline["answered"] and "27" in deadline["answer"], deadline["answer"]
    due = engine.answer("le premier projet de rapport pour les petites subventions PTM il faut le rendre quand ?").to_json()
    assert due["answered"] and "3 avril" in due["answer"], due["answer"]
    published = engine.answer("les actes de l'atelier de lancement PTM seront publies quand ?").to_json()
    assert published["answered"] and "deux semaines" in published["answer"], published["answer"]
    assert_refused(engine, "what exact day will the results of the PTM small grants call be announced?",
                   "وين وامتى رح ينعقد الاستعراض الإقليمي اللي منح PTM الصغيرة بتحضّر له؟",
                   "combien de places par organisation a l'atelier de lancement PTM ?")


SURVEY_REPORT = """# Lusaka Stakeholder Consultation on the Global Compact for Migration: Report on the Participant Survey

Issued: Monday, 12 March 2040

Prepared by: Mr. Chanda Mwale, Learning and Evaluation Officer, Zambezi Migration Network

## 1. About the consultation and the survey

The Zambezi Multi-Stakeholder Consultation on the Global Compact for Migration was held from Tuesday, 14 to Thursday,
16 February 2040 at the Mulungushi Conference Centre, Lusaka. Participants came from 11 countries.

All 120 participants were invited to complete an online survey. The survey was open from Friday, 17 February to Friday,
2 March 2040 and had 18 questions. Several respondents wrote that the working groups were too short.

## 2. What we will change

The Steering Group took the following decisions on 9 March 2040. Visa invitation letters will be issued at least eight
weeks before any in-person event. Working groups will be given a full half day.

## 3. Contact

Survey coordinator: Ms. Rudo Banda, Monitoring Officer at the Zambezi Migration Network.
E-mail: rudo.banda@zambezi-network.example
For technical problems with the survey form: survey@zambezi-network.example
"""


def test_a_survey_reports_own_dates_its_author_and_a_rule_said_before_an_event_are_found(index_dir, tmp_path):
    """An English report on a consultation's participant survey, its title naming the city: "when was the survey of the
    Lusaka consultation open" is the survey's days (a date without a place of its own is of the document whose title
    names the place), not the consultation's; "who wrote the report" is its "Prepared by:" line (not "several
    respondents wrote"); when the visa letters will be sent is a rule said before any event ("at least eight weeks
    before"); the coordinator's e-mail is the field under her line."""
    doc, engine = engine_with(tmp_path / "2040-03-12_lusaka-consultation-participant-survey-report.md", SURVEY_REPORT,
                              index_dir)
    survey = engine.answer("when was the participant survey for the lusaka consultation open? from which day to which day").to_json()
    first = survey["answer"].split("\n\n")[0]
    assert survey["answered"] and "17" in first and "2 March" in first and "14" not in first, survey["answer"]
    author = engine.answer("who wrote the lusaka survey report? name + role pls").to_json()
    assert author["answered"] and "Chanda Mwale" in author["answer"].split("\n\n")[1], author["answer"]
    rule = engine.answer("بعد استبيان لوساكا، امتى هيبعتوا خطابات الفيزا؟").to_json()
    assert rule["answered"] and "eight weeks" in rule["answer"], rule["answer"]
    # (whose address a field under a person's line gives: "Survey coordinator: Ms. Rudo Banda ..." / "E-mail: ...")
    contact = engine.answer("c'est qui la coordinatrice de l'enquete de lusaka et c quoi son mail").to_json()
    assert contact["answered"] and "rudo.banda@zambezi-network.example" in contact["answer"], contact["answer"]


ARABIC_NEWSLETTER = """# النشرة الإخبارية – كانون الثاني/يناير 2040

## ١. المشاورة الوطنية حول الميثاق العالمي للهجرة: التسجيل مفتوح

تنظّم شبكة الرافدين، بالتعاون مع شبكة الأمم المتحدة للهجرة في العراق، «المشاورة الوطنية لأصحاب المصلحة حول الميثاق العالمي للهجرة» يومي الأحد 12 والاثنين 13 شباط/فبراير 2040 في قاعة دجلة بفندق بابل الكبير، شارع أبو نواس، بغداد.

### اللغات والوثائق

تُدار الجلسات باللغتين العربية والكردية مع ترجمة فورية بينهما.

## ٢. تدريب عبر الإنترنت

ينظم الفريق تدريبًا عبر الإنترنت على توثيق الانتهاكات يوم السبت 28 كانون الثاني/يناير 2040، من الساعة 10:00 إلى الساعة 13:00 بتوقيت بغداد.

## ٣. انضمام زميل جديد

يسرّنا أن نرحّب بالسيد كاوه جلال أحمد الذي ينضم إلى فريق الشبكة بصفة مسؤول الرصد والتقييم اعتبارًا من الأحد 1 شباط/فبراير 2040.

## للتواصل

منسقة المشاورة: السيدة نور الهدى كريم، مسؤولة البرامج في شبكة الرافدين.

البريد الإلكتروني: nour.karim@rafidain-network.example
"""


def test_a_newsletters_meeting_is_held_in_its_hall_and_its_month_names_it_but_its_hotel_pays_for_nothing(index_dir, tmp_path):
    """An Arabic newsletter of several items: the consultation a network organises "يومي ... في قاعة دجلة بفندق بابل
    الكبير، ...، بغداد" under a heading saying registration is open is held in that hall, in Baghdad; "the Baghdad
    consultation in February, which languages?" asks of its item's sessions (the month names the meeting the section is
    about), answered in Arabic and Kurdish with the languages put in English; "will the network pay our hotel" is not
    answered by the hotel the consultation is held in; the coordinator's e-mail is the one under her line."""
    doc, engine = engine_with(tmp_path / "2040-01-10_baghdad-network-newsletter-ar.md", ARABIC_NEWSLETTER, index_dir)
    where = engine.answer("where exactly is the national consultation in baghdad held?").to_json()
    assert where["answered"] and "قاعة دجلة" in where["answer"], where["answer"]
    hall = engine.answer("baghdad national consultation - which dates exactly and in which hall?").to_json()   # (a room)
    assert hall["answered"] and "قاعة دجلة" in hall["answer"], hall["answer"]
    languages = engine.answer("the baghdad consultation in february: sessions in which languages?").to_json()
    assert languages["answered"] and "Kurdish" in languages["answer"], languages["answer"]
    assert_refused(engine, "if we come from basra to the baghdad consultation in february, will the network cover our hotel?")
    # (and whose address a field under a person's line gives: "منسقة المشاورة: السيدة ..." / "البريد الإلكتروني: ...")
    contact = engine.answer("c'est qui la coordinatrice de la consultation de bagdad et c quoi son mail").to_json()
    assert contact["answered"] and "nour.karim@rafidain-network.example" in contact["answer"], contact["answer"]
