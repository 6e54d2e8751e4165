"""The kind of fact a question asks for, and whether a passage holds it (bot/answering/facts.py)."""
import pytest

from bot.answering.facts import asked, day_months, holds, plays, thing_years, years_hold
from bot.text.language import spell_out


def wanted(question, when=False, where=False, deadline=False, lang="en"):
    return asked(question, when, where, deadline, None, lang)


@pytest.mark.parametrize("question, kind", [
    ("monami maulik email?", "email"),
    ("شو ايميل Monami Maulik؟", "email"),
    ("zoom link for the 2020 dialogues", "link"),
    ("numero de telephone du secretariat du reseau ?", "phone"),
    ("what time did the feb 10 2022 dialogue start", "time"),
    ("حوار ١٠ شباط ٢٠٢٢ الساعة كم بلش؟", "time"),
    ("who is william gois", "person"),
    ("qui est Sarah Badr", "person"),
    ("مين Monami Maulik؟", "person"),
    ("which arab countries abstained from the GCM vote?", "list_names"),
    ("how many countries voted for the GCM", "number"),
    ("قديش واحد جاوب على استبيان Dr Zohry؟", "number"),
    # what a question asks instead of something else is what it asks
    ("في رقم تلفون للمنظمين بدل الإيميل؟", "phone"),
    ("un numero de telephone plutot qu'un e-mail ?", "phone"),
    ("is there a phone number other than the email address", "phone"),
    # where a recording is watched: a page or a link answers, not a city; an allowance's amount is a price
    ("jai raté le webinaire, ou est ce que je peux voir l'enregistrement ?", "download"),
    ("where can i watch the recording of the webinar", "download"),
    ("وين بقدر شوف تسجيل الويبينار؟", "download"),
    ("how much is the daily subsistence allowance in the travel grant?", "cost"),
    # how a link is received asks no link: "a personal link is e-mailed the day before" answers
    ("is the meeting on zoom or teams? how do i get the link", ""),
    ("comment on reçoit le lien zoom ?", ""),
])
def test_the_kind_of_fact_a_question_asks_for(question, kind):
    assert wanted(question, lang="ar" if any("\u0600" <= c <= "\u06ff" for c in question) else "en").kind == kind


def test_when_deadline_and_exact_date_questions():
    assert wanted("when is the next IMRF", when=True).kind == "date"
    assert wanted("exact dates of IMRF 2026?", when=True).kind == "day"
    assert wanted("registration deadline for the july 2024 conference?", when=True, deadline=True).kind == "deadline"


def test_a_passage_holds_the_kind_asked_or_not():
    email = wanted("monami maulik email?")
    assert not holds(email, "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat thanked participants")
    assert holds(email, "submit it to GCM Regional Review Arab States <gcmrrarabstates@iom.int>")
    who = wanted("who is william gois")
    assert holds(who, "Mr. William Gois, Regional Coordinator, Migrant Forum in Asia")
    assert not holds(who, "the importance of continued whole of society approach")
    deadline = wanted("deadline outcome document?", when=True, deadline=True)
    assert holds(deadline, "The Outcome Document should be finalized by September 2024")
    assert not holds(deadline, "The conference was held on 3 and 4 July 2024")
    day = wanted("exact dates of IMRF 2026?", when=True)
    assert not holds(day, "to inform the next IMRF in 2026") and holds(day, "held from 17 to 20 May 2022")
    countries = wanted("which arab countries abstained from the GCM vote?")
    assert not holds(countries, "152 Member States voted in favour, including 19 Arab countries, of which five voted against")
    listed = "namely, in Bahrain, Djibouti, Jordan, Kuwait, Morocco, Saudi Arabia and the UAE"
    assert holds(countries, listed, about="Seven Arab countries abstained from the vote,")
    assert not holds(countries, listed)          # (listed for what? not said to have abstained)


def test_free_participation_is_a_cost():
    cost = wanted("is the online consultation free?")
    assert cost.kind == "cost"
    assert holds(cost, "Participation is free, but registration is required.", "")
    assert holds(cost, "The webinar is free to attend.", "")
    assert not holds(cost, "Each organization is free to choose its topic.", "")


def test_who_can_take_part_is_answered_by_who_is_invited_not_by_a_name():
    for q in ("who can send inputs to the call", "qui peut participer à la consultation ?", "مين فيه يقدم مساهمة؟",
              "من يحق له المشاركة في المؤتمر؟",
              # the criteria asked by their name
              "criteres d'eligibilite pour etre intervenant societe civile a l'IMRF 2036 ?", "eligibility criteria for speakers?",
              "شو شروط الأهلية للمتحدثين؟"):
        assert wanted(q).kind == "eligible", q
    eligible = wanted("who can send inputs to the call")
    assert holds(eligible, "The call is open to non-governmental stakeholders, in particular:", "")
    assert holds(eligible, "The conference will bring together representatives of Member States and civil society", "")
    assert holds(eligible, "- trade unions and other workers' organizations;", "", context="2. Who can submit")
    assert not holds(eligible, "Joint submissions by several organizations are encouraged.", "", context="2. Who can submit")
    assert not holds(eligible, "Ms. Hoda Fahmy, Egyptian Foundation for Refugee Rights", "")
    assert wanted("who moderated session 2").kind == "person"


def test_a_count_must_count_what_was_asked():
    people = wanted("how many people answered dr zohry's online survey")
    assert not holds(people, "Respondents identified the GCM objectives 1 (data), 2 (minimize adverse drivers)", "")
    # people counted: a count of people, and of those who did what is asked (answered), not of everyone
    assert not holds(people, "The consultation brought together about 100 participants working on migration", "")
    assert holds(people, "About 100 participants answered the online survey", "")
    assert holds(wanted("how many people took part in the consultation"),
                 "The consultation brought together about 100 participants working on migration", "")
    # a plural without an "s" is what is counted too: the participants are not the women among them
    women = wanted("how many women took part in the social protection workshop in Tunis?")
    assert not holds(women, "The workshop brought together 63 participants and focused on GCM objective 22", "")
    assert holds(women, "Of the 63 participants, 31 women took part", "")
    # what a number counts stands in its clause, as a noun: not "participated", not the next clause's "participants"
    attended = wanted("how many people attended the virtual conference in feb 2021?")
    assert not holds(attended, "Across the consultations, 18 Member States took part; the total number of "
                               "participants is not given.", "")
    assert not holds(attended, "various stakeholders including 18 Member States were involved and participated.", "")
    assert holds(attended, "The conference brought together 210 participants online.", "")
    networks = wanted("how many national UN migration networks does the arab region have?")
    assert not holds(networks, "A total of 145 participants attended the meeting", "")
    assert holds(networks, "there are currently seven National United Nations Networks on Migration", "")
    # the question's own numbers and dates are not an answer
    ppl = wanted(spell_out("how many ppl came to the 3 nov 2020 session"))
    assert not holds(ppl, "the session of 3 November 2020 with participants", "how many ppl came to the 3 nov 2020 session")
    assert holds(ppl, "76 participants joined on November 3", "how many ppl came to the 3 nov 2020 session")


def test_a_count_counts_the_head_of_its_noun_phrase_not_a_word_near_it():
    """"14 bilateral labour agreements" counts agreements: asked how many workers, it says nothing; "all three days in
    person" counts days, not persons; "at least one year on migration" a year, not migrants. The head is found in
    English (last, or first plural), French and Arabic (first), over "of", "and", acronyms and decimals."""
    workers = wanted("how many maghrebi workers are employed in the gulf states?")
    assert not holds(workers, "A mapping identified 14 bilateral labour agreements or memoranda of understanding "
                              "between Maghreb and GCC countries.", "")
    assert holds(workers, "An estimated 1.2 million Maghrebi migrant workers are employed in GCC countries.", "")
    youth = wanted("how many young people will take part in the youth forum?")
    for said in ("Applicants must be available to attend all three days in person.",
                 "They have been working for at least one year on migration or displacement."):
        assert not holds(youth, said, ""), said
    assert holds(youth, "The Forum will bring together 120 young people from 18 countries.", "")
    children = wanted("how many migrant children are out of school?")
    assert holds(children, "An estimated 1.4 million school-age migrant and displaced children were out of school.", "")
    entities = wanted("how many UN entities are part of the UN Network on Migration")
    assert holds(entities, "the UN Network on Migration is a collaborative platform of 39 UN entities", "")
    outlines = wanted("how many indicative outlines are there")
    assert holds(outlines, "there are two Indicative Outlines prepared by the Network Secretariat.", "")
    # a part of them, what they did, where they come from: still what is counted; a label's number counts nothing
    assert holds(wanted("how many champion countries are in the arab region?"),
                 "three of them, Morocco, Iraq and Egypt, are part of the Champion country initiative", "")
    assert holds(wanted("how many voluntary reviews were submitted?"),
                 "nine Arab States had submitted their voluntary GCM review reports", "")
    assert holds(wanted("how many stakeholders took part?"),
                 "A total of 145 participants attended: 88 from the various stakeholder groups and 57 from UN Country Teams", "")
    budget = wanted("how many budget lines for migrants do the municipalities have?")
    assert not holds(budget, "only 4 of the 23 municipalities that replied had a budget line dedicated to migrants", "")
    assert not holds(wanted("how many labour corridors are there?"), "Session 1: Labour mobility corridors between the Maghreb and the Gulf", "")
    seats = wanted("كم مقعد للمجتمع المدني؟", lang="ar")
    assert "مقعد" in seats.counted
    assert holds(seats, "(ب) ٣٠ مقعداً لمنظمات المجتمع المدني", "")


def test_the_years_and_days_a_question_names_must_be_those_of_the_answer():
    w = wanted("how many national networks in the arab region in 2024?")
    assert not years_hold(w, "In February 2022 there were 15 UN Networks on Migration in the Arab region", "2022-02-10")
    assert years_hold(w, "a 2024 figure", "")
    # a count the sentence gives for another year is not the year asked, though its document is of that year
    complaints = wanted("how many complaints did the committee receive in 2027?")
    assert not years_hold(complaints, "The Committee had received 214 complaints in 2026.", "2027-11-09")
    assert years_hold(complaints, "The Committee received 230 complaints.", "2027-11-09")
    # ... but a deadline may fall in the year before the meeting asked about
    deadline = wanted("deadline to register for the 2028 consultation?")
    assert years_hold(deadline, "Registration closes on 9 December 2027.", "2028-01-18")
    w.days = [(3, 11)]
    w.years = []
    assert not years_hold(w, "87 participants joined the dialogue on October 27")
    assert years_hold(w, "76 participants joined on November 3")


def test_a_year_naming_a_meeting_is_that_meetings_year_not_a_surveys():
    """"the 2026 webinar" is not a 2027 webinar's page presenting "the 2026 survey": the year must be given as a
    meeting's (its document's date, or beside a meeting's name), in any of the three languages."""
    w = wanted("what were the conclusions of the 2026 webinar on migrant resource centres?")
    assert w.meeting_years == [2026]
    assert not years_hold(w, "The webinar presents the results of the 2026 survey of migrant resource centres.", "2027-02-18")
    assert not years_hold(w, "عرض نتائج مسح عام 2026 لمراكز موارد المهاجرين", "2027-02-18")
    assert years_hold(w, "The webinar, held online on 3 March 2026, concluded that centres need funding.", "")
    assert years_hold(w, "Participants concluded that centres need funding.", "2026-03-03")
    assert wanted("ندوة ٢٠٢٦ عن مراكز الموارد شو كانت توصياتها؟", lang="ar").meeting_years == [2026]
    assert wanted("le webinaire de 2026 : quelles conclusions ?", lang="fr").meeting_years == [2026]
    assert wanted("IMRF 2026 registration deadline?").meeting_years == [2026]
    # a year ending a date is the date's (its day is checked); a year said of something else is not the meeting's
    assert wanted("how many participants at the 15 feb 2021 consultation?").meeting_years == []
    assert wanted("مين نظم مشاورة ١٥ فبراير ٢٠٢١؟", lang="ar").meeting_years == []
    assert wanted("how many migrants in 2026 at the forum?").meeting_years == []


def test_a_year_naming_a_survey_or_a_report_is_that_things_year():
    """"the 2030 survey" is not answered by "the ILO's 2029 survey", nor by a text that names no survey at all (a
    hearing of 2030); a report due in 2030 is "the 2030 report"; a year that ends a day's date is the day's."""
    w = wanted("what did the 2030 survey find?")
    assert w.thing_years == [("survey", 2030)]
    assert wanted("شو كانت نتائج مسح ٢٠٣٠؟", lang="ar").thing_years == [("survey", 2030)]
    assert wanted("le rapport de 2029 dit quoi ?", lang="fr").thing_years == [("report", 2029)]
    assert wanted("how many migrants in the 2024 figures?").thing_years == []     # a count's year, not a publication's
    assert not years_hold(w, "Mr. Eriksen presented the findings of the ILO's 2029 survey.", "2030-04-08")
    assert not years_hold(w, "The hearing was held in Beirut on 8 and 9 April 2030.", "2030-04-08")
    assert years_hold(w, "The 2030 survey found that 62 per cent could not keep their passports.", "")
    assert years_hold(w, "عرض نتائج مسح عام 2030", "")
    assert years_hold(wanted("when will the 2030 report be published?"),
                      "The final report will be published in English and Arabic by the end of June 2030.", "")
    assert thing_years("the report of 5 May 2030 and the 2029 survey") == {("survey", 2029)}


def test_a_link_asked_on_a_platform_is_that_platforms():
    zoom = wanted("zoom link for the 2020 dialogues")
    assert zoom.kind == "link" and zoom.platform == "zoom"
    assert not holds(zoom, "posted on the landing page https://migrationnetwork.un.org/arab-states")
    assert holds(zoom, "Join at https://un-org.zoom.us/j/123456789")
    assert wanted("بدي رابط زوم للحوار").platform == "zoom"
    any_link = wanted("link to the concept note?")
    assert any_link.kind == "link" and holds(any_link, "see https://migrationnetwork.un.org/arab-states")


def test_a_month_is_a_word_not_letters_inside_one():
    deadline = wanted("deadline for the inputs?", deadline=True)
    assert deadline.kind == "deadline"
    assert not holds(deadline, "The summary was prepared by Omar Khalil")      # "mar" of "Omar" is no month
    assert holds(deadline, "Inputs are due by 3 March 2027")
    assert day_months("the summary of 12 mar. and Oct 5") == {(12, 3), (5, 10)}
    assert day_months("as Omar 5 and Ammar 12 said") == set()


def test_a_who_question_asking_a_role_needs_that_role_not_any_name():
    from bot.knowledge.glossary import Glossary
    from bot.settings import Settings

    g = Glossary.load(Settings().knowledge_dir)
    ask = lambda q, lang="en": asked(q, False, False, False, g.expand, lang)
    moderated = ask("who moderated plenary session 3 at the 2024 conference?")
    assert not holds(moderated, "organized by IOM, ESCWA and the League of Arab States")
    assert holds(moderated, "Moderated by Ms. Nadia Khoury, IOM")
    # a verb ending in a silent "e" is the role its "-ing" names ("who closes" -- "Closing: Ms. Leila Ayari")
    closes = ask("who closes the national consultation in tunisia?")
    assert holds(closes, "Closing remarks: Ms. Leila Ayari, IOM Chief of Mission")
    assert not holds(closes, "Opening remarks: Mr. Hatem Ben Salah, Minister of Social Affairs")
    # the role in French or spoken Arabic, read in the documents' English
    assert holds(ask("qui a présidé la séance ?", "fr"), "The session will be chaired by the co-leads of the Working Group")
    assert not holds(ask("qui a présidé la séance ?", "fr"), "coordinated by IOM, ESCWA and LAS")
    assert not holds(ask("مين أدار الجلسة التانية؟", "ar"), "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat")
    # a role in two Arabic words: "مديرة الجلسة" is the session's moderator, not a director
    moderator = ask("مين كانت مديرة الجلسة التانية؟", "ar")
    assert holds(moderator, "Moderator: Ms. Leila Benali, Arab Youth Climate Network")
    assert not holds(moderator, "Ms. Rania Haddad, Regional Director of the Network")
    # a role's glossary forms count by their role word ("Opening session": open), not "session"
    opened = ask("مين افتتح المشاورة؟", "ar")
    assert not holds(opened, "The consultation took place at the UN House, with plenary sessions online.")
    assert holds(opened, "Ms. Rania Haddad, Regional Coordinator, opened the consultation.")
    # a role is its word, not any word that starts alike ("translated" is not "Transforming")
    assert not holds(ask("who translated the outcome document?"), "Transforming our world: the 2030 Agenda, by IOM")
    assert holds(ask("who opened the workshop?"), "Mr. Trabelsi welcomed the participants", context="Opening session")
    # the role may stand in the section heading; a light verb is not the role
    closing = ask("who gave the closing remarks at the dialogue?")
    assert holds(closing, "Ms. Amy Muedin thanked the participants", context="Closing Remarks")
    assert not holds(closing, "Ms. Amy Muedin thanked the participants", context="Session 1")
    # "who is <doing>" asks the role, like "who <did>"
    moderating = ask("who is moderating the side event on migrant workers?")
    assert moderating.relation and not holds(moderating, "organized by ESCWA, IOM and the League of Arab States")
    assert holds(moderating, "Moderated by Ms. Nadia Khoury, IOM")
    # a name, not a role: any person or organisation answers, as before
    for q, lang in (("who is Karim Haddad", "en"), ("c'est qui Amy Muedin ?", "fr"), ("مين Karim Haddad؟", "ar"),
                    ("who spoke about data at the workshop?", "en")):
        assert ask(q, lang).kind == "person" and not ask(q, lang).relation, q


def _glossary():
    from bot.knowledge.glossary import Glossary
    from bot.settings import Settings

    return Glossary.load(Settings().knowledge_dir)


def test_the_role_asked_is_the_persons_own_not_one_they_serve():
    """"the name of the Tunisian minister": a Secretary of State to the Minister, an Adviser to the Minister or a
    sentence on the Ministry's centres under a Secretary-General of the Ministry does not name the minister."""
    for q in ("name of the tunisian minister of social affairs?", "what's the name of jordan's minister of health?",
              "quel est le nom du ministre tunisien ?"):
        minister = asked(q, False, False, language="fr" if "quel" in q else "en", expand=_glossary().expand)
        assert minister.kind == "person" and minister.relation, q
        assert holds(minister, "H.E. Ms. Amina Ben Ali, Minister of Social Affairs, Tunisia, opened the workshop.")
        assert not holds(minister, "H.E. Mr. Karim Ben Slimane, Secretary of State to the Minister of Social Affairs, Tunisia")
        assert not holds(minister, "Moderator: Dr. Rania Haddad, Adviser to the Minister of Health, Jordan")
        assert not holds(minister, "In 2025 the Ministry's centres recorded 412,000 consultations by Dr. Al-Momani.",
                         context="H.E. Dr. Khaled Al-Momani, Secretary-General of the Ministry of Health, Jordan")
        # ... nor in French or Arabic: "secrétaire d'État auprès du ministre", "chef de cabinet du ministre"
        assert not holds(minister, "sous la présidence de S.E. M. Mourad Jaziri, secrétaire d’État auprès du ministre "
                                   "des Affaires sociales, chargé de l’immigration.")
        assert not holds(minister, "Mme Salma Trabelsi, cheffe de cabinet du ministre de l'Intérieur")
        assert holds(minister, "S.E. Mme Amina Ben Ali, ministre des Affaires sociales de Tunisie, a ouvert l'atelier.")
    # "the lebanese labour minister", "the IOM regional director": the role is the noun the phrase ends with, not
    # the one naming its field ("Director-General of Labour" speaking on the minister's behalf is not the minister)
    labour = asked("whats the name of the lebanese labour minister at the beirut meeting?", False, False, language="en",
                   expand=_glossary().expand)
    assert labour.kind == "person" and labour.relation, labour
    assert not holds(labour, "9. Ms. Nadia Obeid, Director-General of Labour, delivered a statement on behalf of the "
                             "Minister of Labour of Lebanon.")
    assert holds(labour, "H.E. Mr. Sami Haddad, Minister of Labour of Lebanon, opened the meeting.")
    director = asked("who is the iom regional director?", False, False, language="en", expand=_glossary().expand)
    assert not holds(director, "Ms. Paola Ricciardi, IOM Chief of Mission in Tunisia, spoke for IOM.")
    # "which minister opens ...": a role asked by which
    for q, lang in (("which minister opens the conference?", "en"), ("quel ministre ouvre la conférence ?", "fr"),
                    ("انهي وزير بيفتتح المؤتمر؟", "ar")):
        which = asked(q, False, False, language=lang, expand=_glossary().expand)
        assert which.kind == "person" and which.relation, q
        assert not holds(which, "المرحلة | النشاط | الموعد الرابعة | فتح التسجيل للمؤتمر | 1 حزيران/يونيو 2027"), q
        assert holds(which, "H.E. Ms. Amina Ben Ali, Minister of Social Affairs, Tunisia, opened the conference."), q


def test_a_role_asked_is_that_role_not_its_deputy_nor_its_ministry():
    """"c qui le maire d'Oujda": a Deputy Mayor of Oujda is not the mayor; "mauritania's minister of interior":
    a secretary-general of the ministère de l'Intérieur is not the minister; "مين محافظ الإسكندرية": a
    director named Walid is not a governor ("wali")."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    mayor = ask("c qui le maire d'Oujda ? il parle au briefing ?", "fr")
    assert mayor.kind == "person" and mayor.relation and not mayor.deputy
    assert not holds(mayor, "Mr. Karim Zerrouki, Deputy Mayor in charge of Social Affairs, Municipality of Oujda")
    assert not holds(mayor, "M. Karim Zerrouki, maire adjoint chargé des affaires sociales d'Oujda")
    assert holds(mayor, "Mr. Karim Zerrouki, Mayor of Oujda, Morocco")
    # asked for, the deputy answers
    assert holds(ask("who is the deputy mayor of Oujda?"), "Mr. Karim Zerrouki, Deputy Mayor in charge of Social Affairs")
    minister = ask("name of mauritania's minister of interior who opens the consultation?")
    assert not holds(minister, "Séance d'ouverture : S.E. M. Mohamed Lemine Ould Bah, secrétaire général du ministère "
                               "de l'Intérieur et de la Décentralisation de Mauritanie")
    assert holds(minister, "Séance d'ouverture : S.E. M. Mohamed Lemine Ould Bah, ministre de l'Intérieur de Mauritanie")
    governor = ask("مين محافظ الإسكندرية اللي بيحكي بالإحاطة؟", "ar")
    assert not holds(governor, "Mr. Walid Sfeir: Director, Social Development Cluster, ESCWA")
    assert holds(governor, "H.E. Mr. Adel Mansour, Governor of Alexandria, Egypt")
    # "شو اسم ..." asks a name, like "name of ..."
    assert ask("شو اسم الوزير اللي رح يفتتح الورشة؟", "ar").kind == "person"


def test_an_amount_in_any_currency_answers_and_a_daily_one_is_not_a_monthly_one():
    """Francs CFA, dinars of Kuwait or riyals are amounts as dollars are; a per diem asked is not answered by a wage paid
    by the month ("le SMIG de 75 000 FCFA par mois")."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    q = "les participants de l'atelier ont eu des per diem ? combien"
    per_diem = ask(q, "fr")
    assert per_diem.kind == "cost", per_diem
    assert holds(per_diem, "Le per diem est de 20 000 FCFA par jour de consultation.", q)
    assert not holds(per_diem, "63 % d'entre elles gagnent moins que le SMIG de 75 000 FCFA par mois.", q)
    rate = ask("how much is the hotel room per night?")
    for amount in ("55 000 FCFA", "KWD 12", "150 dirhams", "SAR 400"):
        assert holds(rate, f"A room costs {amount} per night."), amount
    assert holds(ask("قديش سعر الغرفة بالفندق؟", "ar"), "سعر الغرفة ٢٠ ألف فرنك في الليلة.")


def test_a_price_asked_of_a_thing_needs_an_amount_or_that_thing_said_free():
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    for q, lang in (("how much is the daily allowance for funded participants?", "en"),
                    ("le guide des villes arabes, la version papier coute combien ?", "fr"),
                    ("c'est combien l'indemnité journalière des participants financés ?", "fr"),
                    ("c combien le per diem en usd pour les participants pris en charge ?", "fr"),
                    ("قديش بتكلف بوليصة التأمين الصحي بالدينار؟", "ar")):
        priced = ask(q, lang)
        assert priced.kind == "cost" and priced.priced, q
        assert not holds(priced, "Participation is free of charge, but registration is required."), q
        assert not holds(priced, "La participation est gratuite."), q
        assert holds(priced, "Funded participants receive 45 dinars (USD 63) a day."), q
    assert holds(ask("how much is the daily allowance?"), "The daily allowance is paid at UN rates: USD 120 in Nouakchott.")
    assert holds(ask("what is the price of the handbook?"), "The printed handbook is free of charge.")
    assert holds(ask("le guide, la version papier coute combien ?", "fr"), "La version papier du guide est gratuite.")
    # a pay asked, or an amount in a currency: a wage "set through social dialogue" says no amount
    for q, lang in (("what minimum monthly wage did the beirut meeting recommend? in usd", "en"),
                    ("how much is the minimum wage for domestic workers?", "en")):
        wage = ask(q, lang)
        assert wage.kind == "cost" and wage.priced, q
        assert not holds(wage, "Domestic workers should enjoy a weekly rest day and a minimum wage set through social "
                               "dialogue."), q
        assert holds(wage, "Jordan set the minimum wage of domestic workers at 290 JOD a month."), q
    # the thing named and how it is paid, but not how much: not an answer
    allowance = ask("how much is the incidental allowance for participants?")
    assert not holds(allowance, "- a modest allowance for incidental expenses, paid in cash on arrival.")
    assert not holds(allowance, "The allowance covers the costs of local transport and is payable on arrival.")
    # taking part priced: "free" answers, as before
    for q, lang in (("how much does it cost to register?", "en"), ("is registration free?", "en"),
                    ("combien coûte l'inscription ?", "fr"), ("قديش رسوم التسجيل؟", "ar")):
        part = ask(q, lang)
        assert part.kind == "cost" and not part.priced, q
        assert holds(part, "Participation is free of charge, but registration is required."), q


def test_a_hotlines_number_asks_for_a_phone_number_not_a_share_of_hotlines():
    for q in ("شو رقم الخط الساخن 24 ساعة اللي أوصى فيه الاجتماع؟", "what is the hotline number for migrant workers?",
              "le numéro de la ligne d'urgence des consulats ?"):
        hotline = wanted(q, lang="ar" if "رقم" in q else "en")
        assert hotline.kind == "phone", q
        assert not holds(hotline, "mettre en place des permanences téléphoniques multilingues accessibles 24 h sur 24"), q
        assert holds(hotline, "The hotline (+962 6 555 0100) answers around the clock."), q
    assert wanted("what % of consulates have a 24h hotline acc to the survey").kind != "phone"


def test_a_question_on_how_a_meeting_is_held_asks_its_format():
    for q, lang in (("can I follow the migration data workshop online?", "en"), ("is the webinar online or in person", "en"),
                    ("les groupes de travail on peut les suivre sur zoom?", "fr"), ("c est en presentiel ?", "fr"),
                    ("حضوري ولا اونلاين؟", "ar"), ("فيني تابع الندوة اونلاين؟", "ar")):
        fmt = wanted(q, lang=lang)
        assert fmt.kind == "format", q
        assert holds(fmt, "It will be held in person only; sessions will not be streamed."), q
        assert holds(fmt, "les groupes de travail se dérouleront uniquement en présentiel."), q
        assert not holds(fmt, "The workshop will take place at the Hotel Africa Conference Hall, Tunis."), q
    # a condition is not the question; a link asked is a link
    assert wanted("اذا ما قدرت احضر الندوة اونلاين، في تسجيل بعدين؟", lang="ar").kind != "format"
    assert wanted("zoom link for the webinar").kind == "link"
    # "online" naming the meeting, not asked: what it costs is asked
    assert wanted("is the online briefing on the indicators stocktaking free?").kind == "cost"
    assert wanted("is the online registration open?").kind != "format"
    # a French or Arabic day is read as the ingest reads it: "les groupes de travail du 17 mars" is that day's
    assert (17, 3) in day_months("les groupes de travail du mercredi 17 mars 2027 après-midi")
    assert {(14, 6), (15, 6)} <= day_months("الدوحة، قطر، ١٤-١٥ حزيران/يونيو ٢٠٢٧")


def test_which_countries_asks_for_a_list_of_them_in_any_language():
    """"which nine countries": the list answers, in English ("Jordan, Lebanon and Egypt") or as a French or
    Arabic text lists places ("المغرب والجزائر وتونس"); a sentence saying "nine Arab countries", or naming a
    city and, further on, its country, does not."""
    for q, lang in (("which nine countries were covered by the media monitoring", "en"), ("quels sept pays ont participé ?", "fr")):
        listed = wanted(q, lang=lang)
        assert listed.kind == "list_names", q
        assert holds(listed, "The monitoring covered Jordan, Lebanon and Egypt."), q
        assert holds(listed, "نُشرت في المغرب والجزائر وتونس ومصر"), q
        assert holds(listed, "le Maroc, l'Algérie et la Tunisie"), q
        assert not holds(listed, "رصداً لـ 3,612 مادة إعلامية نُشرت خلال عام 2025 في تسعة بلدان عربية"), q
        assert not holds(listed, "منحة للصحفيين من خارج البحرين، تغطي الإقامة لمدة ثلاث ليالٍ في المنامة."), q


def test_a_count_of_persons_counts_people_of_a_kind_but_participants_do_not():
    """"how many migrants in 2025" / "قديش مهاجر مات سنة 2025": "au moins 2 318 personnes sont mortes" counts
    them; "76 participants attended" does not (a near miss on the people a meeting is about)."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    for q, lang in (("how many migrants in 2025 according to the missing migrants project", "en"),
                    ("قديش مهاجر مات او انفقد سنة 2025؟", "ar")):
        died = ask(q, lang)
        assert holds(died, "au moins 2 318 personnes sont mortes ou ont été portées disparues en 2025", q), q
        assert not holds(died, "In 2025, 76 participants attended the consultation in Nouakchott.", q), q


def test_a_count_of_those_who_did_something_needs_that_verb():
    sent = asked("how many countries sent nominees to the data workshop?", False, False)
    assert "sent" in sent.count_of          # (and the glossary's "submit", as "send" is listed)
    assert not holds(sent, "The workshop is open to two officials per country.")
    assert holds(sent, "Twelve countries sent nominees by the deadline.")
    # a verb of taking part, a preposition or an auxiliary after the noun: everyone is counted, as before
    for q in ("how many ppl attended the climate consultation in beirut", "how many participants at the 15 feb meeting",
              "how many participants did the 2022 dialogue have", "how many UN entities are part of the Network"):
        assert asked(q, False, False).count_of == [], q


def test_spoken_gulf_who_asks_for_a_person():
    assert asked("منو افتتح المؤتمر؟", False, False, language="ar").kind == "person"


def test_who_the_speakers_are_asks_for_people():
    for q in ("who are the speakers of the webinar?", "qui sont les intervenants du webinaire ?",
              "liste des intervenants de l'atelier", "list of speakers for day 2"):
        assert asked(q, False, False).kind == "person", q
    assert asked("who are the organisers?", False, False).kind == ""          # as before: any text may say


def test_when_a_link_comes_is_not_a_link_and_a_webinar_has_editions():
    from bot.answering.facts import editions

    assert asked("quand est-ce qu'on recoit le lien zoom du webinaire ?", True, False).kind == ""
    assert asked("send me the zoom link", False, False).kind == "link"
    # (a webinar or an episode numbers a part of its series, as its page says "SÉANCE 2" or "Session 2": "the 2nd
    # webinar on 7 july" is answered under "SÉANCE 2", and "the fourth webinar" is none of a page's three)
    assert editions("c'est quand le quatrieme webinaire de la serie ?") == {("session", 4)}
    assert editions("the third webinar of the series") == {("session", 3)}
    # an edition written with digits, or called an edition ("la 3e édition du forum", "الدورة الثالثة للمنتدى")
    assert editions("apres mascate, la 3e edition du forum des jeunes ce sera ou ?") == {("edition", 3)}
    assert editions("the 2nd edition of the youth forum") == {("edition", 2)}
    assert editions("الدورة الثالثة لمنتدى الشباب") == {("edition", 3)}
    assert editions("session 3 of the forum") == set()


def test_what_a_meeting_produced_must_be_named_by_the_answer():
    """"what came out of the 2023 forum", "les recommandations ... c quoi", "شو كانت توصيات ...": a sentence saying
    that the meeting took place is not its outcome."""
    for q, lang in (("what came out of the first youth forum in amman 2023?", "en"),
                    ("les recommandations de la reunion de rabat 2025 c quoi ?", "fr"),
                    ("شو كانت توصيات اجتماع الرباط؟", "ar")):
        outcome = asked(q, False, False, language=lang)
        assert outcome.kind == "attribute" and outcome.relation, q
        assert not holds(outcome, "The first edition of the Forum took place in Amman in 2023."), q
        assert holds(outcome, "The Forum adopted a Youth Statement with twelve recommendations."), q
    # "the outcome document" names a document, not an outcome asked
    assert asked("what did the feb 2022 dialogue outcome doc say about data?", False, False).kind == ""


def test_a_numbered_day_or_session_must_be_the_one_named():
    from bot.answering.facts import numbered_parts

    # named as people type them, in three languages, with ordinals, clitics and Roman numerals
    assert numbered_parts("what was discussed on day 3 of the 2024 conference?") == [("day", 3)]
    assert numbered_parts(spell_out("2nd session of the dialogues")) == [("session", 2)]
    assert numbered_parts("session pleniere 1 conf juillet 2024 theme ?") == [("session", 1)]
    assert numbered_parts("شو موضوع الجلسة الثانية بالورشة؟") == [("session", 2)]
    assert numbered_parts("شو صار باليوم الثالث؟") == [("day", 3)]
    assert numbered_parts("مين أدار الجلسة التانية؟") == [("session", 2)]      # spoken: ت for ث
    assert numbered_parts("شو صار باليوم التالت؟") == [("day", 3)]
    assert numbered_parts("how many days did it last?") == [] and numbered_parts("3 days in Tunis") == []
    day3 = wanted("what was discussed on day 3 of the 2024 conference?")
    assert not years_hold(day3, "DAY 1: Wednesday, 3 July 2024 … DAY 2: Thursday, 4 July 2024")
    assert years_hold(day3, "Day 3: Friday, 5 July 2024 — field visit")
    second = wanted(spell_out("what happened in the 2nd session of the dialogues?"))
    assert years_hold(second, "Dialogue Session II on 3 November 2020") and years_hold(second, "C. Session 2: Open Discussion")
    assert years_hold(wanted("round table 3 objectives?"), "iii.Round table three: objectives 14, 15, 16")


def test_member_states_are_not_a_count_of_people():
    people = wanted("how many participants attended the 2021 regional review conference?")
    assert not holds(people, "Across the consultations and the conference, 18 Member States took part", "")
    assert holds(people, "A total of 145 participants attended the meeting", "")


def test_an_edition_named_must_be_that_edition():
    from bot.answering.facts import editions

    assert editions("quand aura lieu la troisième conférence régionale ?") == {("edition", 3)}
    assert editions(spell_out("when is the 2nd regional review conf?")) == {("edition", 2)}
    assert editions(spell_out("متى المؤتمر الإقليمي التالت؟")) == {("edition", 3)}
    # the documents' way of writing it: the head noun after up to three words
    assert editions("Second Regional Review Conference of the Global Compact") == {("edition", 2)}
    assert editions("the first International Migration Review Forum") == {("edition", 1)}
    third = wanted("quand aura lieu la troisième conférence régionale ?", when=True, lang="fr")
    assert not years_hold(third, "The Second regional review conference will be organized from 3 to 4 July 2024")


def test_what_is_the_x_of_y_needs_x_named():
    from bot.knowledge.glossary import Glossary
    from bot.settings import Settings

    g = Glossary.load(Settings().knowledge_dir)
    ask = lambda q, lang="en": asked(q, False, False, False, g.expand, lang)
    hashtag = ask("what is the official hashtag of the 2024 regional review conference?")
    assert hashtag.kind == "attribute" and hashtag.attribute == "official hashtag"
    assert not holds(hashtag, "The Second regional review conference will be organized in person and streamed")
    assert holds(hashtag, "Follow the conference online with the hashtag #GCMArabReview")
    theme = ask("quel est le thème de la conférence de 2024 ?", "fr")
    assert theme.kind == "attribute" and holds(theme, "The topics of the conference are regular pathways and data")
    # the shape of an answer is not an attribute the text must name ("the steps on the roadmap")
    assert ask("what are the steps on the roadmap to the 2022 IMRF?").kind == ""
    assert ask("what's the point of the regional review?").kind == ""


def test_a_person_named_must_be_named_by_the_answer():
    from bot.answering.facts import names_all

    gois = [frozenset({"william", "gois"})]
    assert names_all(gois, "Mr. Gois stressed the role of migrant workers' associations")      # one of the words
    assert names_all(gois, "He stressed the role of associations", "Mr. William Gois, Regional Coordinator")
    assert not names_all(gois, "Ms. Amy Muedin thanked the participants")
    assert names_all([], "anything")


def test_the_chunk_naming_the_session_asked_ranks_first():
    import numpy as np

    from bot.answering.retrieve import ChunkRec, Retrieve
    from bot.answering.understand import Understanding

    texts = ["The second speaker closed the meeting of the working group on data.",
             "Session 2: Administrative data on migrant workers. Dr. Haddad reviewed permit records.",
             "Working languages are Arabic and English.", "Nominations are due by 6 February 2026.",
             "The workshop takes place in Tunis.", "Write to the organisers for logistics."]
    chunks = [ChunkRec(f"c{i}", text, {"doc_id": "d", "section": "Programme", "title": "Workshop"})
              for i, text in enumerate(texts)]
    retrieve = Retrieve(chunks, np.ones((len(texts), 4), dtype=np.float32) / 2)
    q = "what was the second session about?"
    u = Understanding(question=q, q=q, language="en", query=q, wanted=wanted(spell_out(q)))
    assert u.wanted.labels == [("session", 2)]
    assert retrieve(u, np.ones(4, dtype=np.float32) / 2).ranked[0] == 1


def test_how_long_needs_a_length_of_time():
    for q in ("how long was each round table at the 2022 IMRF?", "combien de temps dure la conférence ?",
              "قديش مدة الورشة؟"):
        assert wanted(q, when=True).kind == "duration", q
    how_long = wanted("how long was each round table?", when=True)
    assert not holds(how_long, "The first IMRF (May 2022) had four interactive round tables")
    for text in ("a one-day interactive multi-stakeholder hearing", "10:00 - 10:45 Opening Session",
                 "held from 17 to 20 May 2022", "from Tuesday, 10 March to Thursday, 12 March 2026"):
        assert holds(how_long, text), text


def test_which_city_or_country_needs_a_named_place_not_online():
    city = asked("dans quelle ville a lieu l'atelier ?", False, True, False, None, "fr", asks_city=True)
    assert city.kind == "city"
    assert not holds(city, "It will be organized in person and streamed virtually via an online platform")
    assert not holds(city, "Objective 1 of the Global Compact for Safe, Orderly and Regular Migration")
    assert not holds(city, "The conference was held in February 2021 in Arabic, English and French")
    assert holds(city, "from 10 to 12 March 2026 at the Hotel Africa Conference Hall, Tunis, Tunisia")


def test_where_to_send_asks_for_an_address_or_a_form_not_a_place():
    from bot.answering.facts import asked

    for q in ("where do we send our report on GCM implementation?", "ou envoyer le rapport de notre organisation ?",
              "à qui envoyer notre contribution ?", "اين ارسل تقرير منظمتنا عن تنفيذ الاتفاق العالمي للهجرة؟",
              "وين منبعت التقرير تبعنا؟", "لمين نبعت المساهمة؟", "لوين ببعت الطلب؟", "وين برسل المقترح؟"):
        assert asked(q, False, False).kind == "send", q
    for q in ("where is the conference?", "how do we submit our report?", "when do we submit inputs?"):
        assert asked(q, False, False).kind != "send", q
    send = asked("where do we send our report?", False, True)
    assert holds(send, "Stakeholders could submit their reports to gcmrrarabstates@iom.int.")
    assert holds(send, "Proposals must be sent using the side-event proposal form.")
    assert not holds(send, "The conference provided a common platform for interactions in the Arab region.")
    assert not holds(send, "See https://www.unescwa.org/events/multi-stakeholder-dialogue for the documents.")


def test_what_it_costs_needs_a_price_a_fee_or_free_not_any_number():
    for q, lang in (("is the registration free?", "en"), ("how much does it cost to attend the IMRF?", "en"),
                    ("any fee to register?", "en"), ("l'inscription est-elle payante ?", "fr"),
                    ("c'est gratuit la participation ?", "fr"), ("هل التسجيل مجاني؟", "ar"),
                    ("قديش لازم ندفع لنسجل؟", "ar")):
        assert wanted(q, lang=lang).kind == "cost", q
    for q in ("how many people attended?", "is there free movement for migrants in the GCM?",
              "who pays attention to migrant workers' rights?"):
        assert wanted(q).kind != "cost", q
    cost = wanted("is the registration free?")
    assert holds(cost, "Participation is free of charge.") and holds(cost, "The registration fee is USD 50.")
    assert holds(cost, "There is a fee of 25 euros for the workshop.")
    assert not holds(cost, "Registration opens on 1 March 2026 for 300 participants.")
    assert not holds(cost, "These will feed into the 2026 IMRF.")


def test_which_time_zone_needs_a_zone_not_a_time():
    for question in ("the 2024 programme times are in which time zone", "timezone of the webinar?",
                     "c'est a quel fuseau horaire ?", "أوقات البرنامج حسب أي توقيت؟"):
        assert asked(question, True, False).kind == "zone", question
    assert asked("الساعة كم بتوقيت بيروت؟", True, False).kind == "time"      # a time, its zone given
    zone = asked("which time zone", True, False)
    for text in ("14:00 - 15:30 (Cairo time, GMT+3)", "10:00 Beirut time", "at 9 a.m. UTC", "à 14 h, heure de Genève",
                 "الساعة 2 ظهرًا بتوقيت بيروت", "2 pm local time"):
        assert holds(zone, text), text
    for text in ("09:30 - 10:00 Registration", "the first time participants met", "Some time in 2026", "Lunch time"):
        assert not holds(zone, text), text


def test_a_web_address_names_no_one_and_no_deadline_is_not_a_deadline():
    who = asked("who is speaking at plenary session 3", False, False)
    assert who.kind == "person"
    assert not holds(who, "The format will be aligned with the six priority areas "
                          "(https://migrationnetwork.un.org/country-regional-network/arab-states).")
    assert holds(who, "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat")
    deadline = asked("deadline for written inputs?", False, False, asks_deadline=True)
    assert not holds(deadline, "The documents give no deadline for stakeholder reports; for the 2024 review they "
                               "only say that written inputs are posted.")
    assert holds(deadline, "The Outcome Document should be finalized by September 2024")


def test_a_month_named_without_a_day_must_be_the_answers():
    july = asked("who gives the closing remarks at the july conference", False, False)
    july.months = [7]
    assert years_hold(july, "ESCWA and IOM representatives delivered closing remarks.", "2024-07-03")
    assert years_hold(july, "Closing remarks", "DAY 2: Thursday, 4 July 2024")
    assert not years_hold(july, "ESCWA and IOM representatives delivered closing remarks.", "2022-02-10")


def test_a_count_asked_on_a_meeting_platform_is_a_number_not_a_link():
    from bot.answering.facts import asked

    assert asked("قديش عدد الاتصالات المسموح فيها عالزوم بالإحاطة؟", False, False, language="ar").kind == "number"
    assert asked("how many connections are allowed on zoom?", False, False).kind == "number"
    assert asked("zoom link for the briefing?", False, False).kind == "link"


def test_french_and_arabic_sentences_hold_the_dates_deadlines_and_invitees_asked():
    from bot.answering.facts import asked, holds

    deadline = asked("contributions ecrites, c'est jusqu'a quand ?", True, False, True, language="fr")
    assert holds(deadline, "Les contributions doivent être envoyées au plus tard le lundi 15 février 2027.")
    assert not holds(deadline, "La consultation se tiendra à Nouakchott en février 2027.")
    assert holds(asked("آخر موعد للتسجيل؟", True, False, True, language="ar"),
                 "يُرجى التسجيل في موعد أقصاه الاثنين 29 آذار/مارس 2027 عبر الرابط التالي")
    invited = asked("qui est invite a la consultation ?", False, False, language="fr")
    assert holds(invited, "Sont invités : les représentants des ministères") and not holds(
        invited, "La consultation se tiendra à Nouakchott.")
    where = asked("where is the media meeting?", False, True)
    assert holds(where, "المنامة، مملكة البحرين، ٢٦-٢٨ نيسان/أبريل ٢٠٢٧")
    # an English sentence is read by the English patterns only: a bare number is no deadline
    assert not holds(deadline, "The report counts 15 participants.")


def test_a_french_or_arabic_text_names_its_sessions_and_its_costs():
    from bot.answering.facts import asked, holds, parts_named

    assert parts_named("11:00-11:45 | الجلسة الثانية: في بلدان العبور") == {("session", 2)}
    assert parts_named("Séance 3 (mercredi 21 octobre, 9 h 30 – 11 h 00) : Documents") == {("session", 3)}
    fee = asked("بدي سجل بالندوة، في رسوم؟", False, False, language="ar")
    assert fee.kind == "cost" and holds(fee, "المشاركة مجانية، لكن التسجيل المسبق إلزامي.")
    assert holds(fee, "La participation est gratuite.") and not holds(fee, "يعقد الاجتماع في المنامة.")


def test_how_much_an_allowance_is_asks_an_amount_of_money():
    """"How much is the daily allowance" asks a cost: a text that only says an allowance is paid does not answer."""
    from bot.answering.facts import asked, holds

    for q in ("how much is the daily allowance for funded participants?", "quel est le montant de l'indemnite ?",
              "قديش البدل اليومي؟"):
        assert asked(q, False, False).kind == "cost", q
    allowance = asked("how much is the daily allowance?", False, False)
    assert holds(allowance, "A daily allowance of USD 50 is paid to funded participants.")
    assert not holds(allowance, "Une prise en charge (billet d'avion, hébergement et indemnité journalière) est prévue.")
    assert asked("how many participants came?", False, False).kind == "number"


def test_a_count_is_read_in_the_documents_language_and_of_the_noun_it_counts():
    """"combien de pages" is answered by an Arabic "خمس صفحات", "how many returns" by a French "12 400 retours";
    "how many Arab countries ratified" is not answered by "9 agreements between Arab countries"."""
    g = _glossary()
    ask = lambda q, lang: asked(q, False, False, False, g.expand, lang, translate=g.translations)
    pages = ask("contribution ecrite pour la troisieme revue regionale : combien de pages max ?", "fr")
    assert holds(pages, "يمكن تقديم مساهمات مكتوبة لا تتجاوز خمس صفحات (نحو 2,500 كلمة)")
    returns = ask("how many assisted voluntary returns in 2026 acc to iom?", "en")
    assert holds(returns, "Mme R. a indiqué que plus de 12 400 retours volontaires assistés avaient été organisés en 2026.")
    assert not holds(returns, "Sur les 3 150 personnes accompagnées en Tunisie en 2026, 58 % ont créé une entreprise.")
    words = ask("الرسالة التحفيزية قديش كلمة؟", "ar")
    assert holds(words, "رسالة تحفيزية لا تتجاوز 500 كلمة")
    ratified = ask("combien de pays arabes ont ratifie la convention 102 de l'OIT ?", "fr")
    assert not holds(ratified, "Dr. Salma Bennani presented a comparison of 9 bilateral social security agreements "
                               "between Arab countries of origin and destination.")
    assert holds(ratified, "The workshop brought together 63 participants from 14 countries.")


def test_the_modal_may_is_not_a_month():
    """"when do they send the plane tickets": "Participants may be accompanied ..." gives no date; "in May",
    "12 may", "MAY 2027" do."""
    when = asked("when will they send us the plane tickets?", True, False)
    assert when.kind == "date"
    assert not holds(when, "Participants with disabilities may be accompanied by a personal assistant.")
    assert not holds(when, "Young people march for their rights.")
    for dated in ("The forum is held in May.", "Tickets are sent on 12 may.", "MAY 2027", "by the end of March"):
        assert holds(when, dated), dated


def test_a_role_asked_of_one_is_not_named_by_its_plural():
    """"who is the official who opens the forum": "government officials are not eligible" names no official; "who
    are the speakers" is answered by a line of speakers."""
    one = asked("who is the official who will open the youth forum?", False, False, language="en",
                expand=_glossary().expand)
    assert one.kind == "person" and one.one
    assert not holds(one, "Staff of UN agencies and government officials are not eligible.")
    assert holds(one, "H.E. Mr. Salim Al-Harthy, senior official of the Ministry of Social Development, will open the Forum.")
    many = asked("who are the speakers of the webinar?", False, False, language="en", expand=_glossary().expand)
    assert not many.one and holds(many, "Speakers: Ms. Rania Haddad (IOM) and Mr. Omar Zayed (ILO).")


def test_which_hotel_asks_for_one_named():
    """"which hotel will they put us in": "a hotel within walking distance of the venue" names none."""
    for q, lang in (("which hotel will they put us in for the youth forum", "en"),
                    ("consultation nouakchott : quel hotel pour les participants pris en charge ?", "fr"),
                    ("شو اسم الفندق اللي رح ننزل فيه؟", "ar")):
        hotel = asked(q, False, False, language=lang)
        assert hotel.kind == "hotel", q
        assert not holds(hotel, "- accommodation for four nights at a hotel within walking distance of the venue"), q
        assert not holds(hotel, "الإقامة في فندق قريب من مكان الانعقاد"), q
        assert holds(hotel, "The workshop will take place at the Hotel Africa, Tunis."), q
        assert holds(hotel, "الإقامة في فندق موفنبيك"), q


def test_the_length_of_a_written_contribution_and_the_seats_of_a_meeting_are_counts():
    """"how long max" of a written contribution asks its length in pages or words (not a time: "4 pages au maximum"
    answers, "the session lasts 90 minutes" does not); "combien de places" counts the participants a meeting
    takes ("réunira environ 90 participants en présentiel")."""
    g = _glossary()
    length = asked("can i send a written contribution? how long max", False, False, expand=g.expand,
                   translate=g.translations)
    assert length.kind == "number", length
    assert holds(length, "Les participants peuvent soumettre une contribution écrite de 4 pages au maximum.")
    assert not holds(length, "Each session lasts 90 minutes.")
    assert asked("how long is the workshop?", False, False, expand=g.expand).kind == "duration"
    seats = asked("atelier de rabat combien de places en presentiel ?", False, False, language="fr", expand=g.expand,
                  translate=g.translations)
    assert holds(seats, "L’atelier réunira environ 90 participants en présentiel.")


def test_a_role_named_with_what_qualifies_it_is_its_head_noun():
    """"المدير الإقليمي" is the Regional Director: a director, not anything "regional" (the Regional UN Network that
    organised a meeting names no director); "Opening session" still asks who opened."""
    from pathlib import Path

    from bot.knowledge.glossary import Glossary

    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    director = asked("شو اسم المدير الإقليمي للمنظمة الدولية للهجرة؟", False, False, False, glossary.expand, "ar")
    assert director.kind == "person" and director.relation == ["direct"], director
    assert not plays(director.relation, "Organised by the Regional UN Network on Migration and IOM")
    opened = asked("مين افتتح الجلسة؟", False, False, False, glossary.expand, "ar")
    assert "open" in opened.relation, opened
    # an acronym before the role names whose role it is ("the IOM focal point"): the organisers' line is no focal point
    focal = asked("who is the IOM focal point for the youth delegates programme?", False, False, False, glossary.expand)
    assert not holds(focal, "Organised by the UN Network on Migration, the Major Group for Children and Youth and IOM.")
    assert holds(focal, "Ms. Dana Saleh, IOM focal point for youth engagement, will answer questions.")


def test_an_arabic_verb_with_its_object_pronoun_still_asks_its_kind():
    """"فيني تابعها اونلاين؟" (can I follow it online?) asks the format; "مين افتتحه؟" who opened it."""
    from bot.knowledge.glossary import Glossary
    from bot.settings import Settings

    glossary = Glossary.load(Settings().knowledge_dir)
    assert asked("فيني تابعها اونلاين؟", False, False, language="ar").kind == "format"
    opened = asked("مين افتتحه؟", False, False, expand=glossary.expand, language="ar")
    assert opened.kind == "person" and opened.relation == asked("مين افتتح الحوار؟", False, False,
                                                                  expand=glossary.expand, language="ar").relation != []


def test_a_percentage_asked_needs_a_percentage():
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    for q, lang in (("what percentage of the resource centres are funded by the state?", "en"),
                    ("quel pourcentage des centres de ressources est financé par l'État ?", "fr"),
                    ("ما نسبة مراكز الموارد اللي بتمولها الدولة؟", "ar")):
        share = ask(q, lang)
        assert share.kind == "share", q
        assert not holds(share, "The survey covered 120 resource centres in 14 countries."), q
        for given in ("45% of the centres are funded by the State.", "Environ 45 pour cent sont publics.",
                      "٤٥٪ من المراكز تمولها الدولة"):
            assert holds(share, given), (q, given)
    # "بالنسبة لـ" is "as for", not a percentage asked
    assert ask("بالنسبة للتسجيل، كم الرسوم؟", "ar").kind == "cost"


def test_a_self_funded_or_non_ecosoc_compound_is_not_the_word_it_ends_with():
    """"Self-funded participants may book until 20 April" does not name the funded participants a question asks
    about, nor "non-ECOSOC organisations" the ECOSOC ones; asked as written, it does."""
    from bot.answering.passages import ChoosePassage, topic_keys

    funded = {k for tk in ("funded", "allowance") for k in topic_keys(tk)}
    assert not ChoosePassage._names_topic("Self-funded participants may book until 20 April 2028.", funded)
    assert ChoosePassage._names_topic("Funded participants receive 55 US dollars a day.", funded)
    self_funded = funded | topic_keys("self")
    assert ChoosePassage._names_topic("Self-funded participants may book until 20 April 2028.", self_funded)
    ecosoc = set(topic_keys("ecosoc"))
    assert not ChoosePassage._names_topic("Non-ECOSOC organisations apply by 5 May.", ecosoc)
    assert ChoosePassage._names_topic("Non-ECOSOC organisations apply by 5 May.", ecosoc | topic_keys("non"))


def test_a_count_of_things_on_a_subject_says_that_subject():
    """"how many recommendations on remittances" is not answered by the total of recommendations adopted, in English
    or Arabic; a count that says what they are about is its answer. A number written with a hyphen ("Dix-neuf pays",
    "twenty-five countries") is one count."""
    from bot.answering.facts import _counts

    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    for q, lang in (("how many recommendations on remittances did the consultation adopt?", "en"),
                    ("كم توصية عن التحويلات المالية اعتمدت المشاورة؟", "ar")):
        w = ask(q, lang)
        assert w.kind == "number" and w.count_on, q
        assert not holds(w, "The participants adopted twelve recommendations."), q
        assert holds(w, "Four of the twelve recommendations concern remittances."), q
    assert not ask("how many participants attended the consultation?").count_on
    # ... said by a verb after what they are of ("portent sur", "deal with", "تتعلق ب"), in the document's language too
    for q, lang in (("how many recommendations of the consultation deal with women?", "en"),
                    ("combien de recommandations de la consultation d'Amman portent sur les femmes ?", "fr"),
                    ("كم توصية من توصيات المشاورة تتعلق بالنساء؟", "ar")):
        w = asked(q, False, False, False, _glossary().expand, lang, translate=_glossary().translations)
        assert w.kind == "number" and w.count_on, q
        assert not holds(w, "The participants adopted five recommendations."), q
        assert not holds(w, "خلص المشاركون إلى خمس توصيات رئيسية."), q
        assert holds(w, "Two of the five recommendations concern women migrant workers."), q
    assert _counts("Dix-neuf pays étaient représentés.", ["pay", "country"], "")
    assert _counts("Twenty-five countries took part.", ["countr"], "")


def test_a_count_of_several_regions_is_not_one_regions():
    """"37 associations established in Europe, North America and the Gulf" counts all three regions' (the continents
    are places too, in the three languages), not the Gulf's."""
    from bot.text.language import normalize
    from bot.text.places import counts_origin, gazetteer_spans

    gulf = frozenset({"gulf"})
    for text in ("37 associations established in Europe, North America and the Gulf countries",
                 "37 associations de la diaspora établies en Europe, en Amérique du Nord et dans les pays du Golfe"):
        assert not counts_origin(gulf, normalize(text), 1), text
    assert counts_origin(gulf, normalize("12 associations established in the Gulf countries"), 1)
    assert {name for _, _, name in gazetteer_spans(normalize("الجاليات في أوروبا وأمريكا الشمالية"))} == {
        "europe", "north america"}


def test_a_publications_date_is_said_of_a_publication():
    """"when was the report published" is not answered by the years a review ran ("organized over 2020-2021"): the
    date must be said of a publication, in any of the three languages; other "when" questions are not narrowed."""
    for q, lang in (("when was the member states report published?", "en"), ("quand le rapport sera-t-il publié ?", "fr"),
                    ("امتى بينشر التقرير؟", "ar")):
        w = asked(q, True, False, False, None, lang)
        assert w.kind == "date" and w.published, q
        assert not holds(w, "The first GCM regional review was organized over two years 2020-2021."), q
        assert holds(w, "The report was published in March 2021."), q
        assert holds(w, "Le rapport sera publié en septembre 2024."), q
        assert holds(w, "صدر التقرير في آذار 2021."), q
        # ... nor by a year that names something ("the 2024 review"), unless another date is given
        assert not holds(w, "For the 2024 review, written inputs are posted on the Network's website."), q
        assert holds(w, "The 2024 review's report was posted on the website in 2025."), q
    assert not asked("when was the regional review held?", True, False, False, None, "en").published


def test_where_to_download_a_document_asks_for_a_link_or_where_it_can_be_downloaded():
    for q, lang in (("where can i download the outcome document?", "en"), ("ou telecharger le document final ?", "fr"),
                    ("من وين بنزل الوثيقة الختامية؟", "ar"), ("وين بحمّل التقرير؟", "ar")):
        w = asked(q, False, False, False, None, lang)
        assert w.kind == "download", q
        assert not holds(w, "An outcome document will highlight the key messages."), q
        assert holds(w, "The documents are available at https://migrationnetwork.un.org/arab-states"), q
        assert holds(w, "The handbook will be available for download on this page after the briefing."), q
    assert asked("وين بنزل بالفندق؟", False, True, False, None, "ar").kind != "download"   # where we stay


def test_a_count_of_a_role_named_of_something_counts_the_role():
    """The glossary's "Minister of State" makes "كم وزير" a count of ministers, not of (Member) States."""
    w = asked("كم وزير حضر المؤتمر؟", False, False, False, _glossary().expand, "ar")
    assert w.kind == "number" and "state" not in w.counted
    assert not holds(w, "Representatives of 18 Member States attended."), w.counted
    assert holds(w, "Five ministers attended the conference."), w.counted


def test_a_french_count_of_those_who_did_something_needs_that_verb():
    """"combien de parties prenantes ont répondu" is not answered by the participants counted; "combien de participants
    ont assisté" (taking part) is."""
    ask = lambda q: asked(q, False, False, False, _glossary().expand, "fr")
    w = ask("combien de parties prenantes ont répondu à l'enquête ?")
    assert w.count_of
    assert not holds(w, "In total, 128 participants took part in the dialogue.")
    assert holds(w, "In total, 64 stakeholders responded to the survey.")
    assert not ask("combien de participants ont assisté au dialogue ?").count_of


def test_a_region_is_where_people_come_from_not_a_venue():
    """Morocco's Arabic name is a place (its form is a pattern: not "the Arab Maghreb"); a people's adjective names its
    region ("European countries"); a region named in an organisation's name holds no venue."""
    from bot.text.language import normalize
    from bot.text.places import gazetteer_spans

    assert [name for *_, name in gazetteer_spans(normalize("كانوا من المغرب"))] == ["morocco"]
    assert [name for *_, name in gazetteer_spans(normalize("دول المغرب العربي"))] == ["maghreb"]
    for text in ("how many european countries", "combien de pays européens", "كم دولة أوروبية"):
        assert [name for *_, name in gazetteer_spans(normalize(text))] == ["europe"], text
    where = asked("où se tenait la consultation ?", False, True, False, None, "fr")
    assert not holds(where, "نظّمت المنظمة، بالتعاون مع اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)، مشاورةً إقليمية.")
    assert holds(where, "وعُقدت المشاورة في فندق أفريكا، تونس العاصمة.")
    assert holds(where, "الدوحة، قطر")


def test_what_a_thing_is_worth_asks_an_amount_and_a_round_french_count_is_a_count():
    for q, lang in (("how much is each travel grant worth?", "en"), ("combien vaut une bourse de voyage ?", "fr"),
                    ("قديش قيمة منحة السفر؟", "ar")):
        w = asked(q, False, False, False, None, lang)
        assert w.kind == "cost" and w.priced, q
        assert not holds(w, "The Fund will finance about 40 travel grants."), q
        assert holds(w, "Each travel grant covers up to 1,500 US dollars."), q
    w = asked("combien de sessions seront retenues ?", False, False, False, None, "fr")
    assert holds(w, "Une quinzaine de sessions seront retenues.")


def test_the_days_of_a_french_or_arabic_date_are_not_counts():
    """"combien de délégués" is not answered by "du lundi 6 au jeudi 9 mai 2030", nor "كم مشارك" by "يومي ١٤ و١٥ أيلول"."""
    fr = asked("combien de délégués par pays ?", False, False, False, None, "fr")
    assert not holds(fr, "Le Forum se tiendra du lundi 6 au jeudi 9 mai 2030 au Siège des Nations Unies.")
    assert holds(fr, "Chaque pays peut envoyer 4 délégués.")
    ar = asked("كم مشارك بالمشاورة؟", False, False, False, None, "ar")
    assert not holds(ar, "عُقدت المشاورة في تونس يومي ١٤ و١٥ أيلول/سبتمبر ٢٠٢٨.")
    assert holds(ar, "شارك في المشاورة ٧٤ مشاركًا.")
    # ... nor an English range's first day, when the second bears its weekday ("in person" counts nobody)
    en = asked("how many participants attended?", False, False, False, None, "en")
    assert not holds(en, "The conference was planned from Wednesday 3 to Thursday 4 July 2024, in person and online.")
    assert holds(en, "The conference, from Wednesday 3 to Thursday 4 July 2024, brought together 120 participants.")


def test_a_count_per_unit_is_a_count_said_of_that_unit():
    """"how many delegates per Member State" is not answered by what each organisation may register; "par l'OIM" is
    who organises, not a unit; "كل الدول" is all of them."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    org = "Each accredited organisation may register two representatives at most."
    for q, lang in (("how many representatives can each member state send?", "en"),
                    ("combien de représentants par État membre ?", "fr"),
                    ("كم ممثل بتبعت كل دولة عضو؟", "ar")):
        w = ask(q, lang)
        assert w.count_per, q
        assert not holds(w, org), q
        assert holds(w, "Each Member State may send up to four representatives."), q
    assert holds(ask("how many representatives can each organisation send?"), org)
    assert not ask("combien de sessions organisées par l'OIM ?", "fr").count_per
    assert not ask("كم مشارك من كل الدول؟", "ar").count_per


def test_what_a_question_would_rather_not_have_and_an_allowance_said_not_paid():
    """"is there a phone number? i'd rather call than email" asks a phone number, not the e-mail; "بدل يومي" is a daily
    allowance, not "instead of"; an allowance asked is answered by its amount or by "none will be paid", in any
    language, not by another thing's cost ("les frais de visa ne sont pas remboursés"); the meeting ID and passcode
    are asked as the link is."""
    g = _glossary()
    ask = lambda q, lang="en": asked(q, False, False, False, g.expand, lang, translate=g.translations)
    assert ask("is there a phone number for the secretariat? i'd rather call than email").kind == "phone"
    none_paid = "Aucune indemnité journalière (per diem) ne sera versée."
    visa = "Les organisateurs ne peuvent intervenir, et les frais de visa ne sont pas remboursés."
    for q, lang in (("est ce que les per diem sont payes pour la consultation de rabat ?", "fr"),
                    ("is there a per diem for the rabat consultation?", "en"),
                    ("how much is the per diem?", "en")):
        w = ask(q, lang)
        assert w.kind == "cost" and holds(w, none_paid) and not holds(w, visa), q
    assert holds(ask("how much is the daily allowance?"), "A daily allowance of USD 40 is paid on arrival.")
    assert not holds(ask("how much is the visa fee?"), "ولا تغطي المنحة رسوم التأشيرة.")   # not covered, not free
    assert ask("في بدل يومي بمشاورة الرباط؟", "ar").kind == "cost"
    assert ask("بدي رقم تلفون بدل الإيميل", "ar").kind == "phone"
    # ("رقم الاجتماع": the meeting's codes, not a phone number; its join link answers too)
    for q, lang in (("وش رقم الاجتماع والباسورد حق جلسة المعلومات على Teams؟", "ar"),
                    ("what's the meeting id and passcode for the info session?", "en")):
        assert ask(q, lang).kind == "access", q
        assert holds(ask(q, lang), "Join the session: https://teams.microsoft.com/l/meetup-join/19%3ameeting"), q


def test_a_month_with_its_exact_day_to_come_answers_when_not_which_day():
    """"in September 2034, its exact date will be announced later" answers "when is the online follow-up meeting" (its
    month), not "what's the exact date" (a day not set yet)."""
    follow = asked("when is the online follow-up meeting?", True, False, False, None, "en")
    assert holds(follow, "An online follow-up meeting will be held in September 2034; its exact date will be announced later.")
    assert not holds(asked("exact date of the online follow-up meeting?", True, False, False, None, "en"),
                     "An online follow-up meeting will be held in September 2034; its exact date will be announced later.")
    assert not holds(follow, "An online follow-up meeting will be held; its date will be announced later.")


def test_a_city_asked_is_where_something_is_not_a_time_zone_nor_online():
    """"which city will host the next meeting" is not answered by the cities of a time zone ("11:00 بتوقيت الرباط
    والجزائر وتونس", "14:00 Geneva time", "heure de Genève") nor by a meeting held online; a city it is held in is."""
    w = asked("which city will host the next in-person meeting?", False, True, False, None, "en", asks_city=True)
    assert w.kind == "city"
    for text in ("ويُعقد اجتماع متابعة عبر الإنترنت يوم الثلاثاء 20 يناير 2037، من 11:00 إلى 13:00 بتوقيت الرباط والجزائر وتونس.",
                 "The follow-up call is on Thursday 27 November 2036, 14:00 to 15:30 Geneva time.",
                 "La réunion de suivi se tiendra en ligne, de 14 h à 16 h heure de Genève."):
        assert not holds(w, text), text
    assert holds(w, "La réunion de suivi se tiendra à Nouakchott en mars 2037.")
    assert holds(w, "يعقد الاجتماع المقبل في تونس في آذار 2037.")


def test_a_role_asked_in_any_language_is_read_in_an_arabic_text():
    """"who is chairing the drafting committee" of an Arabic communiqué: "ترأسها الدكتورة مريم تراوري" names the chair
    (the glossary's Arabic for the role), a sentence naming the committee's members only does not."""
    g = _glossary()
    for q, lang in (("who is chairing the drafting committee for the Nouakchott consultation report?", "en"),
                    ("qui préside le comité de rédaction ?", "fr"), ("مين بيرأس لجنة الصياغة؟", "ar")):
        w = asked(q, False, False, False, g.expand, lang, translate=g.translations)
        assert holds(w, "كلّف المشاركون لجنة صياغة من خمسة أعضاء، ترأسها الدكتورة مريم تراوري، رئيسة جمعية النساء "
                        "المهاجرات العائدات (باماكو).", q), q
        assert not holds(w, "وتضم اللجنة في عضويتها السيدة فاطمتو سال والسيد يوسف بن عمار.", q), q


def test_an_amount_asked_is_a_cost_of_the_thing_it_is_for():
    """"min and max amount for one grant" asks what a grant is worth (an amount, of the grant: the engine reads the
    priced thing in the sentence's topic); Egyptian "هتطلع إمتى" asks when something comes out."""
    g = _glossary()
    w = asked("min and max amount for one grant under the small grants facility?", False, False, False, g.expand,
              "en", translate=g.translations)
    assert w.kind == "cost" and any(stem.startswith("grant") for stem in w.priced), w
    assert holds(w, "Grants range from a minimum of USD 10,000 to a maximum of USD 35,000 per organisation.")
    assert not holds(w, "Grants support consultations, shadow reports and peer-learning exchanges.")
    assert asked("نتايج المنح هتطلع إمتى؟", True, False, False, g.expand, "ar").published


def test_a_hyphenated_word_before_the_noun_counted_qualifies_it():
    """"how many in-person seats" counts seats (a French note's "120 places en présentiel"), not persons."""
    g = _glossary()
    w = asked("how many in-person seats r there at the rabat consultation", False, False, False, g.expand, "en",
              translate=g.translations)
    assert holds(w, "La salle plénière compte 120 places en présentiel.")
    assert not holds(w, "La consultation réunit 7 pays d'Afrique du Nord.")


def test_a_count_of_a_part_of_a_whole_the_question_gives_names_that_part():
    """"how many of the 120 seats are reserved for algerian organisations" gives the whole (120 seats) to ask for a
    part: the count of another part ("35 seats for organisations from outside Morocco") or of the whole does not
    answer, one naming the part does -- in English and in French, a place by its name in any language."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    algeria = ask("how many of the 120 seats at the rabat consultation are reserved for algerian organisations?")
    assert not holds(algeria, "Travel is covered for up to 35 participants from civil society organisations from "
                              "outside Morocco.")
    assert holds(algeria, "20 seats are reserved for Algerian organisations.")
    senegal = ask("how many of the 80 seats at the dakar consultation are for participants from senegal?")
    assert not holds(senegal, "45 seats are for civil society organisations and 20 for government representatives.")
    assert holds(senegal, "12 seats are for participants from Senegal.")
    youth = ask("of the 24 reserved seats in the shadow reports training how many are for youth-led organisations "
                "specifically?")
    assert not holds(youth, "24 organisations from the 22 Arab States will take part.")
    assert holds(youth, "Six youth-led organisations will take part.")
    canada = ask("of the 1,240 people surveyed for the remittances study, how many live in canada?")
    assert not holds(canada, "The survey reached 1,240 people in 9 countries, 57% of them women.")
    assert holds(canada, "410 respondents live in Canada.")
    migrants = ask("sur les 40 places a Beyrouth, combien sont reservees aux organisations dirigees par des migrants ?",
                   "fr")
    assert not holds(migrants, "Les 40 places sont réparties entre 12 pays de la région.")
    assert holds(migrants, "Dix places sont réservées aux organisations dirigées par des migrants.")
    # the part named with the whole's own noun ("civil society orgs"), and the whole asked without a part
    civil = ask("out of the 87 ppl on 27 oct 2020 how many were from civil society orgs?")
    assert holds(civil, "Of the 87 participants, 52 civil society organizations took part.")
    assert not ask("how many participants came to the consultation?").count_part


def test_the_people_a_meeting_brings_together_are_its_participants_and_a_compound_before_a_noun_is_not_counted():
    """"how many participants are expected" is answered by "around 120 stakeholders are expected" or "45 experts";
    "two multi-stakeholder dialogues" counts dialogues, not stakeholders."""
    g = _glossary()
    ask = lambda q, lang: asked(q, False, False, False, g.expand, lang, translate=g.translations)
    for q, lang in (("how many participants are expected at the forum?", "en"),
                    ("combien de participants sont attendus au forum ?", "fr")):
        expected = ask(q, lang)
        assert holds(expected, "Around 120 stakeholders from 28 countries are expected."), q
        assert holds(expected, "The meeting will bring together around 45 experts from governments and civil society."), q
        assert not holds(expected, "The Network held two multi-stakeholder dialogues on 27 October and 3 November 2020."), q


def test_a_share_asked_of_someone_names_them_and_an_amount_is_said_of_what_stands_before_it():
    """"le pourcentage de femmes parmi les migrants" is not answered by "15 % of all migrants"; "how many migrants" is
    answered by "the number of migrants ... reached 44 million" (in Arabic: "بلغ عدد المهاجرين"), "combien de transferts
    de fonds" by "بلغت التحويلات ... ٦٨ مليار دولار" (a noun the glossary knows with the words after it)."""
    g = _glossary()
    ask = lambda q, lang: asked(q, False, False, False, g.expand, lang, translate=g.translations)
    women = ask("quel est le pourcentage de femmes parmi les migrants de la région arabe ?", "fr")
    assert not holds(women, "أي ما يعادل ١٥٪ من مجموع المهاجرين في العالم")
    assert holds(women, "Les femmes représentent 40 % des migrants de la région.")
    assert holds(ask("what percentage of participants were women?", "en"), "Women made up 45% of the participants.")
    migrants = ask("how many migrants and refugees in the arab region?", "en")
    assert holds(migrants, "ويُظهر التقرير أن عدد المهاجرين واللاجئين في المنطقة العربية بلغ ٤٤ مليونًا في عام ٢٠٢٨")
    assert holds(migrants, "The number of migrants and refugees in the region reached 44 million in 2028.")
    remittances = ask("combien de transferts de fonds vers la région arabe ?", "fr")
    assert holds(remittances, "كما بلغت التحويلات المالية المرسلة إلى بلدان المنطقة ٦٨ مليار دولار أمريكي")
    participants = ask("how many participants attended?", "en")
    assert not holds(participants, "Remittances to the region reached 68 billion US dollars.")


def test_an_age_asked_needs_an_age():
    """"age limit", "quel âge", "قديش لازم يكون عمر المتقدم" ask an age: "aged 18 to 29" answers, a length of time
    does not; "مين عمر الخطيب" asks who Omar is."""
    for q, lang in (("age limit for the youth delegates programme", "en"), ("quel âge faut-il avoir ?", "fr"),
                    ("قديش لازم يكون عمر المتقدم للبرنامج؟", "ar")):
        w = wanted(q, lang=lang)
        assert w.kind == "age", q
        assert holds(w, "Les candidates et candidats doivent être âgés de 18 à 29 ans au 1er mai 2030."), q
        assert holds(w, "يجب أن تتراوح أعمار المتقدمين بين ١٨ و٢٩ عامًا"), q
        assert not holds(w, "The webinar lasts 90 minutes and is followed by 30 minutes of questions."), q
    assert wanted("مين عمر الخطيب؟", lang="ar").kind == "person"


def test_a_count_or_a_list_of_those_who_did_something_reads_the_verb_after_an_auxiliary():
    """"how many arab countries have ratified ...", "ont été accréditées", "which arab countries abstained": a count or
    list of countries that voted, or of UN entities, is not of those who ratified, were accredited or abstained."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    ratified = ask("how many arab countries have ratified the global compact on refugees?")
    assert ratified.kind == "number" and ratified.count_of
    assert not holds(ratified, "A total of 152 Member States voted in favour, including 19 Arab countries.")
    assert holds(ratified, "Seven Arab countries have ratified the Global Compact on Refugees.")
    assert not holds(ratified, "Seven Arab countries have ratified the convention.")      # (not what was asked)
    accredited = ask("combien d'organisations de la société civile ont été accréditées pour le FEMI 2022 ?", "fr")
    assert accredited.count_of
    assert not holds(accredited, "The UN Network on Migration is a collaborative platform of 39 UN entities.")
    assert holds(accredited, "Some 240 civil society organizations were accredited to the Forum.")
    abstained = ask("which arab countries abstained from the GCM vote?")
    assert abstained.kind == "list_names" and abstained.count_of
    listed = "nine Arab States submitted their reports, including Bahrain, Comoros, Iraq, Lebanon and Libya."
    assert not holds(abstained, listed, "which arab countries abstained from the GCM vote?")
    assert holds(ask("which arab states had submitted voluntary gcm reports by nov 2020?"), listed,
                 "which arab states had submitted voluntary gcm reports by nov 2020?")
    # a past form is read by its base, with the glossary's words for it ("sent": send, submit)
    sent = ask("how many arab states had sent in voluntary gcm reports by the 2020 dialogues?")
    assert holds(sent, "nine Arab States submitted their voluntary GCM review reports",
                 "how many arab states had sent in voluntary gcm reports by the 2020 dialogues?")
    # taking part, or no verb: everyone counted or listed, as before
    for q in ("how many countries have taken part", "which countries took part", "which agencies were represented"):
        assert ask(q).count_of == [], q


def test_a_roles_rank_asked_stands_beside_it():
    """"the IOM director general", "le directeur général de l'OIM", "المدير العام": a Regional Director is another
    role; asked for, the regional director answers."""
    ask = lambda q, lang="en": asked(q, False, False, False, _glossary().expand, lang)
    regional = "Closing Remarks by Mrs. Carmela Godeau, Regional Director, IOM Regional Office for the Middle East"
    for q, lang in (("name of the IOM director general?", "en"), ("qui est le directeur général de l'OIM ?", "fr"),
                    ("مين المدير العام للمنظمة الدولية للهجرة؟", "ar")):
        general = ask(q, lang)
        assert general.kind == "person" and general.rank == "general", q
        assert not holds(general, regional), q
        assert holds(general, "Ms. Amy Pope, Director General of IOM, opened the session."), q
    assert holds(ask("who is the IOM regional director for MENA?"), regional)
    assert holds(ask("مين المدير الإقليمي للمنظمة الدولية للهجرة", "ar"), regional)


def test_where_a_body_is_based_asks_a_city_not_a_region():
    ask = lambda q, lang="en": asked(q, False, True, False, _glossary().expand, lang, asks_city=True)
    based = ask("where is the UN network on migration secretariat based?")
    assert based.kind == "city"
    assert not holds(based, "The Network held a meeting with the different stakeholders in the Arab region.")
    assert holds(based, "The Secretariat of the Network is based in Geneva.")


def test_a_verb_asked_in_french_is_not_looked_for_in_an_arabic_page():
    """"combien de recommandations ont été adoptées": an English page must say "adopted"; an Arabic one
    ("اعتمد المشاركون تسع توصيات") cannot be searched for the English word, and still answers."""
    q = "combien de recommandations ont été adoptées à Tunis sur la traite ?"
    g = _glossary()
    adopted = asked(q, False, False, False, g.expand, "fr", known=frozenset({"adopte"}), translate=g.translations)
    assert adopted.count_of
    assert holds(adopted, "واعتمد المشاركون في ختام المشاورة تسع توصيات بشأن مكافحة الاتجار بالأشخاص.", q)
    assert holds(adopted, "Participants adopted nine recommendations on trafficking.", q)
    assert not holds(adopted, "Participants discussed nine recommendations on trafficking.", q)


def test_how_often_is_no_duration_and_a_counts_verb_is_in_its_own_clause():
    from bot.answering.events import REGISTERS
    from bot.text.language import normalize

    long = asked("how long is the policy debate at the IMRF?", False, False)
    assert long.kind == "duration"
    assert not holds(long, "The IMRF is held every four years; the next one is in 2026.")
    assert holds(long, "The policy debate lasts two hours.")
    assert asked("قديش بيطول النقاش السياساتي بالمنتدى؟", False, False, language="ar").kind == "duration"
    both = asked("tunis dialogue on return & reintegration - how many participants? how many were women", False, False)
    assert both.count_of == []
    assert holds(both, "The dialogue brought together 87 participants, 41 of them women.", "")
    # registering to take part, not a birth's registration
    assert REGISTERS.search(normalize("when does registration open for IMRF 2026?"))
    assert not REGISTERS.search(normalize("cairo consultation on birth registration for migrants - when exactly?"))
    assert not REGISTERS.search(normalize("مشاورة تسجيل المواليد امتى؟"))


def test_a_change_to_a_meeting_a_room_and_an_offices_holder_are_what_must_be_said():
    postponed = wanted("was the conference postponed?")
    assert postponed.kind == "attribute" and postponed.attribute == "postponed"
    assert holds(postponed, "He was pleased that the review is postponed to the first quarter of 2021.")
    assert not holds(postponed, "The conference will be organized from 3 to 4 July 2024.")
    # why it was: a reason must be given, not only the change (the sentences before may say the change)
    why = wanted("why was the conference postponed?")
    assert why.kind == "attribute" and why.reason
    assert not holds(why, "He was pleased that the review is postponed to the first quarter of 2021.")
    assert holds(why, "The conference was postponed because of the elections.")
    assert holds(why, "The change follows a request of the host Government.", context="The conference has been postponed.")
    assert wanted("pourquoi l'atelier a-t-il été reporté ?", lang="fr").reason
    assert wanted("ليش تأجلت الورشة؟", lang="ar").reason
    assert holds(wanted("ليش تأجلت الورشة؟", lang="ar"), "تأجلت الورشة بسبب الانتخابات.")
    assert not wanted("was the workshop postponed?").reason
    assert wanted("the report was reported in different ways").kind != "attribute"   # not "reporté", "différé"
    cancelled = wanted("was the workshop cancelled?")
    assert holds(cancelled, "The workshop was cancelled.") and not holds(cancelled, "The workshop will be held online.")
    room = wanted("which room is plenary 2 in?")
    assert room.kind == "room" and room.labels == [("session", 2)]
    assert holds(room, "Plenary Session 2 will take place in Conference Room 4.")
    assert not holds(room, "The conference will be held at the UN House in Beirut.")
    # (a French room named after a place, "salle" in lower case as French writes it)
    salle = wanted("l'evenement parallele c dans quelle salle ?", lang="fr")
    assert salle.kind == "room" and holds(salle, "Événement parallèle (salle Casamance, en présentiel uniquement)")
    assert not holds(salle, "Les pauses-café sont servies dans la salle.")
    holder = wanted("what is the name of the special representative for international migration?")
    assert not holds(holder, "Following the proposal by the Special Representative of the Secretary-General, the "
                             "UN Network on Migration was established.")
    assert holds(holder, "Ms. Louise Arbour, Special Representative of the Secretary-General, opened the session.")


def test_a_day_with_its_month_is_a_date_not_a_numbered_day_and_a_plenarys_number_follows_its_kind():
    assert wanted("كم مشارك كان بالمشاورة يوم 15 فبراير 2021؟", lang="ar").labels == []
    assert wanted("what happens on day 2?").labels == [("day", 2)]
    assert wanted("الجلسة العامة السابعة عن شو؟", lang="ar").labels == [("session", 7)]
    assert wanted("quel est le thème de la séance plénière 8 ?", lang="fr").labels == [("session", 8)]


def test_who_has_the_most_and_a_nationality_need_a_ranking_and_a_nationality_said():
    most = wanted("which country sent the most participants?")
    assert most.most and not holds(most, "A total of 145 participants attended, including 88 from stakeholder groups.")
    assert holds(most, "Jordan sent the largest delegation, 14 participants.")
    assert not wanted("what are the most pressing issues?").most          # a ranking of actors only
    nationality = wanted("what nationality is ms. sara salman?")
    assert nationality.kind == "nationality"
    assert not holds(nationality, "Ms. Sara Salman, Regional Adviser on Population in ESCWA, opened the session.")
    assert holds(nationality, "Ms. Salman, a Lebanese national, opened the session.")
    # the stateless are counted, not anyone's nationality asked
    assert wanted("قديش عدد عديمي الجنسية بالكويت؟", lang="ar").kind == "number"


def test_a_social_media_account_is_a_handle_and_a_role_is_the_one_for_whom_it_was_asked():
    social = wanted("what is the twitter handle of the network?")
    assert social.kind == "social"
    assert holds(social, "Follow the Network on Twitter: @UNMigrationNet.")
    assert not holds(social, "Use the hashtag #GCMReview.") and not holds(social, "Write to gcm@iom.int.")
    focal = wanted("who is the focal point for youth?")
    assert focal.role_for == ["youth"]
    assert not holds(focal, "Ms. Maulik advised reaching out to the focal points for the UN Network on Migration.")
    assert holds(focal, "Ms. Sarah Badr is the focal point for youth and children.")


def test_the_gazetteer_knows_other_regions_countries_but_not_a_word_that_looks_like_one():
    from bot.text.language import normalize
    from bot.text.places import gazetteer_spans

    for text, name in (("participants from Kenya", "kenya"), ("من كينيا", "kenya"), ("la consultation d'Addis-Abeba", "addis ababa"),
                       ("مشاورة أديس أبابا", "addis ababa"), ("workers from the Philippines", "philippines"),
                       ("عمال من بنغلاديش", "bangladesh")):
        assert [n for _, _, n in gazetteer_spans(normalize(text))] == [name], text
    assert not gazetteer_spans(normalize("دعم مالي للمشاركين"))      # "financial", not Mali


def test_a_publication_asked_by_its_kind_is_dated_by_a_sentence_naming_that_kind():
    """"when will the final report be published": a date said of the report answers, the notice's own "Date of issue"
    (a publication too) does not; in French and Arabic the same."""
    report = wanted("when will the final report of the consultation be published?", when=True)
    assert report.published and report.published_what == ["report"]
    assert holds(report, "The final report will be published by 30 June 2032.")
    assert not holds(report, "Date of issue: 1 March 2032")
    assert wanted("quand sera publié le rapport final ?", when=True, lang="fr").published_what == ["report"]
    assert wanted("امتى بينشر التقرير النهائي؟", when=True, lang="ar").published_what == ["report"]
    assert wanted("when will it be published?", when=True).published_what == []


def test_a_date_in_french_or_arabic_is_of_the_thing_asked_too():
    """The date of a publication, of the kind asked, holds in a French or Arabic sentence only when the sentence is about
    it: "le guide ..., il sort quand ?" is not answered by the day the dialogue was held."""
    guide = wanted("le guide regional sur la reintegration durable dont on a parle au dialogue de tunis, il sort quand ?",
                   when=True, lang="fr")
    assert not holds(guide, "Le dialogue s’est tenu le mardi 25 et le mercredi 26 mai 2027 à Tunis.")
    assert holds(guide, "Le guide régional sera publié en septembre 2027.")
    assert not holds(wanted("متى يصدر الدليل الإقليمي؟", when=True, lang="ar"), "عقد الحوار يومي 25 و26 أيار/مايو 2027.")


def test_a_time_asked_is_not_the_hour_a_deadline_closes():
    """"what time does the webinar start": not the hour registration closes; "until what time can we register" is."""
    start = wanted("what time does the webinar start?")
    assert start.kind == "time"
    assert not holds(start, "Merci de vous inscrire avant le jeudi 12 mai 2033 à 23 h 59 (UTC+1).", "what time does the webinar start?")
    assert holds(start, "Date et heure : jeudi 19 mai 2033, de 14 h 00 à 16 h 30 (heure de Tunis)", "what time does the webinar start?")
    close = wanted("what time does registration close?")
    assert holds(close, "Please register before Thursday 12 May 2033 at 23:59.", "what time does registration close?")


def test_a_rate_asks_a_percentage_said_of_it_and_old_age_benefits_ask_no_age():
    """A rate is a percentage of what is asked: "the share of workers registered rose to 11 per cent" does not give the
    contribution rate; "old-age benefits" asks no age."""
    rate = wanted("what is the contribution rate for old-age benefits?")
    assert rate.kind == "share"
    assert not holds(rate, "The share of migrant domestic workers registered with the Fund rose to 11 per cent in 2032.")
    assert holds(rate, "The contribution rate for old-age benefits is 13 per cent.")
    assert wanted("c'est quoi le taux de cotisation vieillesse ?", lang="fr").kind == "share"
    assert wanted("what is the age limit?").kind == "age"


def test_counts_labels_and_limits():
    """"1 150 ménages" is one count (of three countries': no answer for one of them); "objective 5" and "n° 7" count
    nothing; "whats the max" asks a number; an amount is asked by "how much per diem do they get"."""
    from bot.answering.facts import counts_in
    assert counts_in("une enquête auprès de 1 150 ménages") == 1
    assert counts_in("23,500 employers used it") == 1
    assert counts_in("under objective 5 and in session 2") == 0 and counts_in("in 2030, 120 people") == 1
    number = wanted("how many places are there?")
    assert not holds(number, "Par l'objectif 5 du Pacte mondial, les États se sont engagés à ...")
    assert not holds(number, "Note d'orientation n° 7, publiée en avril")
    assert wanted("is there a limit on places? whats the max").kind == "number"
    per_diem = wanted("how much per diem do sponsored participants get?")
    assert per_diem.kind == "cost" and per_diem.priced
    assert not holds(per_diem, "Session 2: Barriers to justice – cost, language, fear of retaliation")
    assert holds(per_diem, "Sponsored participants receive a daily allowance of USD 60.")


def test_a_programmes_speaker_in_brackets_is_who_presents_and_an_aim_is_no_recommendation():
    from bot.answering.facts import named_in_brackets
    who = wanted("who presents the tunisian experience?")
    assert holds(who, "14 h 35 – 15 h 00 : l'expérience tunisienne (Amel Haddad)")
    assert named_in_brackets("(Youssef Aït Brahim)") and not named_in_brackets("Bureau régional (Le Caire)")
    assert not named_in_brackets("(ILO)")
    outcome = wanted("what were the recommendations of the consultation?")
    assert not holds(outcome, "The consultation aims to: agree on key messages and recommendations for the review.")
    assert holds(outcome, "Participants recommended that States extend social insurance to domestic workers.")
    assert wanted("who spoke about the mobile application?").kind != "phone"


def test_a_date_the_question_gives_is_no_numbered_day_and_arabic_ages_and_stipends_are_asked():
    """"يوم 8 تموز؟" is the 8th of July, not "day 8" of a meeting; "قديش لازم يكون عمري" asks an age, "كل كم سنة"
    does not; "قديش المنحة الشهرية" asks an amount."""
    chair = wanted("مين ترأس الاجتماع يوم 8 تموز؟", lang="ar")
    assert chair.labels == [] and years_hold(chair, "Date : vendredi 8 juillet 2033\nPrésidence : Mme Rima Haddad")
    assert wanted("قديش لازم يكون عمري لقدم؟", lang="ar").kind == "age"
    assert wanted("الاستعراضات بتصير كل كم سنة؟", lang="ar").kind != "age"
    assert wanted("قديش المنحة الشهرية للمشاركين؟", lang="ar").kind == "cost"


def test_arabic_circulation_with_its_marks_participants_counted_and_delegates_asked_by_name():
    """"تُعمَّم ... في موعد أقصاه ٣١ أيار/مايو" says when a draft comes out; "نحو ٦٥ مشاركاً" counts the people asked;
    "who are the 4 delegates" asks names (a budget line for "4 délégués" names none)."""
    draft = wanted("إمتى بتطلع مسودة المذكرة التوجيهية الإقليمية؟", when=True, lang="ar")
    assert holds(draft, "- مسودة مذكرة توجيهية إقليمية، تُعمَّم على المشاركين في موعد أقصاه ٣١ أيار/مايو ٢٠٣٤.",
                 "إمتى بتطلع مسودة المذكرة التوجيهية الإقليمية؟")
    people = wanted("how many ppl are expected at the workshop")
    assert holds(people, "يُتوقع أن يشارك في الورشة نحو ٦٥ مشاركاً ومشاركة من ١١ دولة", "how many ppl are expected at the workshop")
    delegates = wanted("who are the 4 delegates going to the imrf in new york?")
    assert delegates.kind == "person"
    assert not holds(delegates, "Décision : un montant de 12 000 dollars est alloué aux frais de voyage de 4 délégués à "
                                "l'IMRF 2034, à New York.", "who are the 4 delegates going to the imrf in new york?")


def test_a_named_persons_post_is_said_beside_the_name_and_a_rep_is_an_office():
    """"salim korkmaz job title?" is not answered by his heading that names only the organisation he spoke for, "شو
    وظيفتها" is by "Civil Society Liaison Officer"; "the name of the unhcr rep" asks a person, not "The UNHCR
    representative inquired ..."."""
    post = wanted("salim korkmaz job title at uclg-mewa?")
    assert post.kind == "person" and post.title
    assert not holds(post, "Mr. Salim Korkmaz, UCLG-MEWA Representing the UCLG-MEWA based in Istanbul covering the region, "
                           "I want to explain our work.", "salim korkmaz job title at uclg-mewa?")
    assert holds(wanted("amy muedin role?"), "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat thanked participants.",
                 "amy muedin role?")
    arabic = wanted("Monami Maulik شو وظيفتها؟", lang="ar")
    assert arabic.title and holds(arabic, "Ms. Monami Maulik, Civil Society Liaison Officer, Secretariat of the United "
                                          "Nations Network on Migration noted ...", "Monami Maulik شو وظيفتها؟")
    rep = wanted("name of the unhcr rep who asked about the summary in the nov 2020 dialogue?")
    assert rep.holder
    assert not holds(rep, "The UNHCR representative inquired on when a summary of the dialogue discussions would be "
                          "provided to participants.", "name of the unhcr rep who asked about the summary")


def test_what_a_count_is_of_in_other_languages_and_per_whom():
    """"how many travel grants" is answered by "bourses de voyage (15 au maximum)": the glossary's compound, each form
    by its head noun; "on peut venir à combien par organisation" counts people, not organisations."""
    g = _glossary()
    grants = asked("how many travel grants r there for the dakar meeting", False, False, False, g.expand, "en",
                   translate=g.translations)
    assert "bourse" in grants.counted and "participant" not in grants.counted
    assert holds(grants, "Un nombre limité de bourses de voyage (15 au maximum) est prévu pour permettre la participation "
                         "en présentiel.", "how many travel grants r there for the dakar meeting")
    per = asked("on peut venir a combien par organisation en presentiel ?", False, False, False, g.expand, "fr",
                translate=g.translations)
    assert per.count_per and not per.counted
    assert holds(per, "Chaque organisation peut inscrire deux personnes au maximum en présentiel.",
                 "on peut venir a combien par organisation en presentiel ?")


def test_whose_people_before_the_role_are_skipped():
    """"مين من IOM ألقى الكلمة الختامية" asks who gave the closing remarks (the organisation named before the role is
    whose person, not the role); "who from IOM gave the closing remarks" likewise."""
    g = _glossary()
    arabic = asked("مين من IOM ألقى الكلمة الختامية بحوار 10 شباط 2022؟", False, False, False, g.expand, "ar",
                   translate=g.translations)
    assert arabic.kind == "person" and "clos" in arabic.relation
    english = asked("who from IOM gave the closing remarks at the 10 feb 2022 dialogue?", False, False, False, g.expand,
                    "en", translate=g.translations)
    assert "clos" in english.relation



def test_a_limits_word_after_a_count_is_not_what_the_count_is_of():
    """"how many pages max": pages, at most -- not a count of pages that did something "max"."""
    w = wanted("deadline for case studies and how many pages max")
    assert w.kind == "number" and "page" in w.counted and w.count_of == [], w


def test_the_price_of_taking_part_and_what_is_left_of_a_number():
    """A registration fee is said with a fee, a charge, registering or its being free -- not by what sending money
    costs; "how many places are left" is answered only where the documents say what is left."""
    fee = wanted("registration fee for the muscat consultation?")
    assert holds(fee, "Registration is free of charge.", "registration fee for the muscat consultation?")
    assert holds(fee, "A participation fee of USD 50 applies.", "registration fee for the muscat consultation?")
    assert not holds(fee, "The average cost of sending USD 200 from the Gulf was 5.2 per cent at the end of 2034.",
                     "registration fee for the muscat consultation?")
    sending = "how much did it cost to send 200 dollars in 2034?"   # (a price asked of something else: not taking part)
    assert holds(wanted(sending), "Sending USD 200 cost USD 9.80 on average in 2034.", sending)
    left = "il reste combien de places pour le dialogue ?"
    assert not holds(wanted(left, lang="fr"), "Le nombre de places est limité à 500 participants.", left)
    assert holds(wanted(left, lang="fr"), "Il reste 120 places.", left)
    total = "combien de places pour le dialogue ?"
    assert holds(wanted(total, lang="fr"), "Le nombre de places est limité à 500 participants.", total)


@pytest.mark.parametrize("question, places", [
    ("how many participants were from panama at the hearing?", {"panama"}),
    ("combien de participants venaient du Brésil et de l'Ouzbékistan ?", {"brazil", "uzbekistan"}),
    ("قديش مشارك إجا من البرازيل ومن كازاخستان وبنما؟", {"brazil", "kazakhstan", "panama"}),
    ("la consultation de Bichkek, c'est quand ?", {"bishkek"}),
    ("the Australian delegates", set()),                  # (a people's adjective of the world's places is not read)
])
def test_the_worlds_countries_and_capitals_are_places_in_three_languages(question, places):
    """A document of any region names its own places: the gazetteer knows the world's countries and capitals, as
    English, French and Arabic write them (not only the Arab region's)."""
    from bot.text.language import normalize
    from bot.text.places import gazetteer_spans

    assert {name for _, _, name in gazetteer_spans(normalize(question), adjectives=True)} == places


def test_a_date_or_venue_still_to_be_announced_is_not_given():
    """"its date and venue will be announced" (a year beside it) answers neither when nor where; "Date : à confirmer",
    "سيعلن عن الموعد لاحقاً" neither."""
    when = wanted("when is the hearing for the caribbean?", when=True)
    assert not holds(when, "A separate hearing for the Caribbean subregion is planned later in 2035; its date and venue "
                           "will be announced.", "when is the hearing for the caribbean?")
    assert holds(when, "A separate hearing for the Caribbean subregion will be held on 12 October 2035.",
                 "when is the hearing for the caribbean?")
    fr = wanted("c'est quand l'atelier de suivi ?", when=True, lang="fr")
    assert not holds(fr, "Atelier de suivi en 2036 -- date : à confirmer.", "c'est quand l'atelier de suivi ?")
    ar = wanted("إمتى ورشة المتابعة؟", when=True, lang="ar")
    assert not holds(ar, "ستعقد ورشة المتابعة في عام 2036، وسيعلن عن موعدها لاحقاً.", "إمتى ورشة المتابعة؟")


def test_a_french_professor_and_excellency_are_titles_a_name_follows():
    """"le Pr Kwame Asare Boakye", "S.E. M. Mourad Jaziri", "Mlle Awa Ndiaye": people the documents name, so a
    question naming "Boakye" is about him."""
    from bot.answering.facts import person_names

    assert person_names("L'exposé liminaire sera présenté par le Pr Kwame Asare Boakye, directeur") == {"kwame", "asare", "boakye"}
    assert {"awa", "ndiaye"} <= person_names("présenté par Mlle Awa Ndiaye")
    assert person_names("The Prime Minister spoke; Press Release") == set()


def test_an_arabic_text_names_people_after_their_titles():
    """"الدكتور سامي بن عمّار، المنسق ..." names Sami Ben Ammar (his words, "بن" aside, diacritics and alef forms folded); a
    surname with the article ends the name before its comma ("المحامي سليم الورفلي،"), a role after a name does not
    join it ("الدكتورة ليلى حداد المنسقة ..."); pairs of a name's words are what a question must write together."""
    from bot.answering.facts import arabic_name_pairs, person_names
    from bot.text.language import normalize

    assert person_names("وأعلن الدكتور سامي بن عمّار، المنسق الإقليمي لبرامج الهجرة") == {"سامي", "عمار"}
    assert person_names("وتحدث المحامي سليم الورفلي، من جمعية محامين") == {"سليم", "الورفلي"}
    assert person_names("أكدت الدكتورة ليلى حداد المنسقة الإقليمية أن الهجرة") == {"ليلي", "حداد"}
    assert person_names("قالت السيدة أمل في كلمتها") == {"امل"}
    assert person_names("شارك ممثلو الحكومات في الجلسة الأولى") == set()
    assert arabic_name_pairs(normalize("الدكتور سامي بن عمّار")) == {("سامي", "عمار")}


def test_a_city_typed_without_its_apostrophe_is_known():
    """"ndjamena" is N'Djamena, as "n'djamena" is."""
    from bot.text.places import gazetteer_spans

    assert {name for _, _, name in gazetteer_spans("ndjamena youth consultation")} == {"n'djamena"}


def test_a_clause_telling_what_the_asker_did_is_told_apart():
    """"سجلت يوم ٢٥ مارس، متى ...؟", "I registered on 25 March, when ...?", "..., c'était pas le 30 mai ?": the day is the
    asker's (not asked of); "the
    conference on 4 July" or "الجلسات يوم 4 تموز" name what is asked of."""
    from bot.answering.understand import ASKER_DID
    from bot.text.language import normalize

    for clause in ("سجلت يوم ٢٥ مارس", "قدمت يوم ١٠ فبراير", "I registered on 25 March", "j'ai envoyé le 3 mai",
                   "c'était pas le 30 mai", "wasn't it 23 May"):
        assert ASKER_DID.match(normalize(clause)), clause
    for clause in ("the conference on 4 July", "الجلسات يوم 4 تموز", "مؤتمر تموز", "la session du 4 juillet"):
        assert not ASKER_DID.match(normalize(clause)), clause


def test_a_meetings_codes_and_following_it_from_afar_are_their_own_kinds_of_fact():
    """"zoom meeting id and passcode" asks the codes (answered by "ID de réunion : ... - Code secret : ..."), not a
    link; "بدي تابعها من بعيد" asks how the meeting is held (in person only, or online)."""
    codes = asked("zoom meeting id and passcode for the unaccompanied minors webinar?", False, False)
    assert codes.kind == "access", codes
    assert holds(codes, "- Plateforme : Zoom - ID de réunion : 864 2093 5517 - Code secret : Enfants38")
    assert not holds(codes, "The webinar will be held on Zoom; the link will be sent the day before.")
    far = asked("مشاورة المغرب العربي بتونس رح تنبث أونلاين؟ بدي تابعها من بعيد", False, False)
    assert far.kind == "format", far


def test_the_first_text_a_process_reads_for_places_is_read_right():
    """The gazetteer of the world's countries and capitals is built on the first text read; that text itself is read
    (it was once read as the last name the build saw: "زمالة" as Ottawa)."""
    import subprocess
    import sys

    code = ("from bot.text.places import gazetteer_spans; from bot.text.language import normalize; "
            "print(gazetteer_spans(normalize('زمالة')), gazetteer_spans(normalize('زمالة بغداد')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[] [(6, 11, 'baghdad')]", out


def test_a_meetings_codes_are_not_answered_by_any_link():
    """A meeting's ID and passcode asked of a page whose only link is its privacy notice are not given by it."""
    codes = asked("وش رقم الاجتماع والباسورد حق جلسة المعلومات عن المنح الصغيرة على Teams؟", False, False)
    assert not holds(codes, "Privacy notice (https://migrationnetwork.example.org/privacy)")
    assert holds(codes, "Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc")


def test_an_arabic_word_limit_counts_words():
    """"قديش الحد الأقصى للكلمات" asks a number of words, not of people ("حد" is also "someone")."""
    w = wanted("بدي ابعت تعليقات على المسودة، قديش الحد الأقصى للكلمات؟", lang="ar")
    assert w.kind == "number" and "word" in w.counted, w


def test_a_numbered_meeting_asked_is_read_in_its_own_clause():
    """"the fifth meeting, which day" is not answered by the fourth's day in the same sentence; a sentence of one
    meeting is read whole."""
    both = ("La quatrième réunion se tiendra en ligne le mardi 12 mai 2043 et la cinquième réunion se tiendra en "
            "présentiel en juin 2043.")
    fifth = wanted("c'est quel jour exactement la cinquième réunion ?", when=True, lang="fr")
    assert fifth.kind == "day" and ("edition", 5) in fifth.labels
    assert not holds(fifth, both)
    fourth = wanted("quel jour exactement la quatrième réunion ?", when=True, lang="fr")
    assert holds(fourth, both)
    assert ("edition", 3) in wanted("when was the 3rd meeting of the committee", when=True).labels


def test_an_exact_deadline_needs_a_day_and_a_count_so_far_is_not_a_limit():
    exact = wanted("what is the exact deadline for written inputs", deadline=True)
    assert exact.kind == "deadline" and exact.exact
    assert not holds(exact, "The deadline for written inputs is during October 2043.")
    assert holds(exact, "The deadline for written inputs is 14 October 2043.")
    assert holds(wanted("deadline for written inputs?", deadline=True), "The deadline for written inputs is during October 2043.")
    q = "how many people registered so far?"
    assert not holds(wanted(q), "Each organisation may register up to two people.", q)
    assert holds(wanted(q), "As of 1 May, 212 people had registered.", q)
    assert wanted("how many members of the committee voted for the decision?").count_of


def test_bodies_asked_in_arabic_are_named_in_a_french_text():
    bodies = wanted("مين الجهات اللي أخذت صفة مراقب دائم؟", lang="ar")
    assert bodies.kind == "person" and bodies.bodies
    said = "Le statut d'observateur permanent est accordé à la Plateforme des jeunes migrants d'Afrique centrale."
    assert holds(bodies, said)
    assert not holds(wanted("مين الشخص اللي حكى؟", lang="ar"), said)


def test_a_when_said_from_another_day_answers_when_and_a_count_per_unit_is_said_per_unit():
    """"within two weeks of the close" says when recordings are posted (in the three languages), not how long a course
    lasts; a count asked per organisation is one said per organisation, not everyone's count of organisations."""
    for q, lang, said in (("when will the recordings be published?", "en",
                           "Recordings will be posted on YouTube within two weeks of the consultation."),
                          ("les actes seront publiés quand ?", "fr", "Les actes seront publiés dans les deux semaines suivant l'atelier."),
                          ("امتى رح ينزلوا التسجيلات؟", "ar", "وتُنشر تسجيلات الجلسات على يوتيوب خلال أسبوعين من اختتام المشاورة.")):
        when = wanted(q, when=True, lang=lang)
        assert when.kind == "date" and holds(when, said), (q, said)
    assert not holds(wanted("when is the course?", when=True), "It is a two-week course on labour migration.")
    q = "combien de places par organisation au forum ?"
    per = asked(q, False, False, False, _glossary().expand, "fr")
    assert per.kind == "number" and per.count_per
    assert not holds(per, "The organizers invited over 500 participants representing many organizations.", q)
    assert holds(per, "Each accredited organization may register two representatives.", q)
    assert holds(per, "Deux places sont réservées par organisation accréditée.", q)


def test_a_day_asked_exactly_and_a_deliverable_asked_due_are_read_as_such():
    from bot.answering.understand import DEADLINE_WORDS, WHEN_WORDS
    from bot.text.language import normalize

    for q in ("what exact day will the results be announced?", "which precise date is the hearing?"):
        assert WHEN_WORDS.search(normalize(q)), q
    for q in ("le premier projet de rapport il faut le rendre quand ?", "when is the first draft due?",
              "when do i have to submit the inception note", "امتى لازم يتسلم التقرير الأول؟"):
        assert DEADLINE_WORDS.search(normalize(q)), q
    for q in ("quand a lieu la réunion ?", "when is the meeting", "when must we arrive"):
        assert not DEADLINE_WORDS.search(normalize(q)), q


def test_a_word_both_languages_write_means_in_an_english_question_what_it_says_in_english():
    """"application deadline" is applying's (not the French "application", implementation), and a French document's
    "candidature" is read as an application as well as a nomination when its sentences are put in English."""
    g = _glossary()
    assert [t.id for t, _, _ in g.find("application deadline?", "en")][0] == "lex-apply"
    assert [t.id for t, _, _ in g.find("l'application du Pacte mondial", "fr")][0] == "lex-implementation"
    english = g.english_of("Date limite de candidature", every=True)
    assert "applying" in english and "nominations" in english, english


def test_a_place_and_dates_to_be_confirmed_later_give_no_place_or_day():
    """"ses dates et son lieu seront confirmés ultérieurement" says the review's day and place are not known yet: "when
    is the regional review?" is not answered by the year it gives with them."""
    from bot.answering.facts import TO_BE_ANNOUNCED
    from bot.text.language import normalize

    said = ("Le prochain examen régional est prévu au premier semestre 2040 ; ses dates et son lieu seront confirmés "
            "ultérieurement par les organisateurs.")
    assert TO_BE_ANNOUNCED.search(normalize(said))
    when = wanted("l'examen régional c'est quand exactement ?", when=True, lang="fr")
    assert when.kind in ("date", "day") and not holds(when, said)


def test_a_when_said_as_a_rule_before_an_event_answers_when_and_a_language_named_in_arabic_in_the_dual():
    """"at least six weeks before any in-person event" (and "au moins six semaines avant", "قبل ستة أسابيع على الأقل من")
    says when the letters will be sent; "less than two weeks before the consultation", what happened, does not; "باللغتين
    العربية والكردية" names two languages, Kurdish among them ("in Arabic and Kurdish", "en kurde"); "المنطقة العربية" none."""
    for q, lang, said in (("when will they send the visa letters?", "en",
                           "Visa invitation letters will be issued at least six weeks before any in-person event."),
                          ("les lettres de visa seront envoyées quand ?", "fr",
                           "Les lettres d'invitation seront envoyées au moins six semaines avant toute réunion."),
                          ("هيبعتوا خطابات الفيزا امتى؟", "ar", "تصدر رسائل الدعوة قبل ستة أسابيع على الأقل من أي فعالية حضورية.")):
        when = wanted(q, when=True, lang=lang)
        assert when.kind == "date" and holds(when, said), (q, said)
    assert not holds(wanted("when did the letters arrive?", when=True),
                     "17 respondents said that their letter arrived less than two weeks before the consultation.")
    languages = wanted("les sessions se font en quelle langue ?", lang="fr")
    assert languages.kind == "languages"
    for said in ("تُدار الجلسات باللغتين العربية والكردية مع ترجمة فورية بينهما.", "Sessions are held in Arabic and Kurdish.",
                 "Les séances se tiennent en kurde."):
        assert holds(languages, said), said
    assert not holds(languages, "تعقد المشاورة في المنطقة العربية.")


def test_two_representatives_said_with_the_number_after_the_noun_are_a_count_of_people():
    """Arabic puts one and two after their noun: "يحق لكل منظمة تسجيل ممثلَين اثنين" counts two representatives, as "deux
    représentants" and "2 ممثلين" do; representatives and delegates are people counted ("how many ppl per organisation")."""
    for q, lang in (("وكم واحد نقدر نسجل من المنظمة؟", "ar"), ("how many ppl per organisation can register", "en"),
                    ("combien de personnes par organisation ?", "fr")):
        w = wanted(q, lang=lang)
        assert w.kind == "number", q
        for said in ("يحق لكل منظمة تسجيل ممثلَين اثنين كحد أقصى.", "Chaque organisation peut inscrire deux représentants.",
                     "يحق لكل منظمة تسجيل 2 ممثلين."):
            assert holds(w, said, q), (q, said)
        assert not holds(w, "يحق لكل منظمة تسجيل ممثلين.", q), q


def test_the_city_a_review_is_held_in_is_no_place_people_or_things_are_in():
    """"مين الكوردينيتر ... للمراجعة الإقليمية بأبوجا؟" names Abuja as where the review is held, not as where the
    coordinator is (a sentence on the coordinator need not say Abuja); "how many migrant children in Egypt" still asks of
    those in Egypt; the spoken "كوردينيتر" and the French "coordinatrice" are the coordinator."""
    from bot.answering.passages import located_in
    from bot.text.language import normalize

    assert not located_in(normalize("مين الكوردينيتر تبع البيان للمراجعة الإقليمية بأبوجا؟"), frozenset({"abuja"}))
    assert not located_in(normalize("who coordinates the statement for the regional review in abuja"), frozenset({"abuja"}))
    assert located_in(normalize("how many migrant children in egypt"), frozenset({"egypt"}))
    assert located_in(normalize("كم طفل مهاجر بمصر؟"), frozenset({"egypt"}))
    glossary = _glossary()
    for q in ("مين الكوردينيتر؟", "c'est qui la coordinatrice ?"):
        assert "coordinator" in {t.id for t, _, _ in glossary.find(q)}, q


def test_an_arabic_count_counts_the_noun_right_after_it():
    """Arabic puts the noun counted first and what qualifies it after: "سلسلة من ثلاث ندوات إلكترونية تجمع ممثلين عن
    منظمات" counts three webinars, not representatives ("how many registered so far" is not answered by it); "٦٠ مقعدًا"
    counts seats, "١٥٠ شخصًا" people."""
    q = "قديش واحد سجّل لهلأ بندوات مسقط؟"
    w = wanted(q, lang="ar")
    assert w.kind == "number"
    assert not holds(w, "تنظّم الشبكة سلسلة من ثلاث ندوات إلكترونية تجمع ممثلين عن منظمات المجتمع المدني.", q)
    assert holds(w, "سجّل حتى الآن ١٥٠ شخصًا في الندوات.", q)
    assert holds(wanted("كم مقعد للمجتمع المدني؟", lang="ar"), "منها 60 مقعدًا مخصّصة لمنظمات المجتمع المدني.")


def test_an_arabic_title_with_a_preposition_on_it_names_a_person():
    """"يسرّنا أن نرحّب بالسيدة شيلان عمر حسين" names a person ("بالسيدة": "ب" on the title), as "والسيد" does; "ببساطة" is
    no title."""
    from bot.answering.facts import PERSON_FR_AR

    assert PERSON_FR_AR.search("يسرّنا أن نرحّب بالسيدة شيلان عمر حسين التي تنضم إلى فريق الشبكة")
    assert PERSON_FR_AR.search("والسيد كاوه جلال أحمد")
    assert not PERSON_FR_AR.search("يشرح الدليل ببساطة خطوات استخراج الوثائق")
