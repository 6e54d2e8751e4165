"""Issue 10: a message that asks two things gets both answered ("when exactly and which venue?",
"الساعة كم ومين أدارها؟", "c quand et à quelle heure ?"), on the real index (session engine)."""
import re

import numpy as np
import pytest

from bot.answering.parts import question_parts


@pytest.mark.parametrize("message, parts", [
    ("cairo consultation - when exactly and which venue?", ["cairo consultation - when exactly", "which venue?"]),
    ("how many seats for civil society? and how many participants in total",
     ["how many seats for civil society?", "and how many participants in total"]),
    ("written contribution for the consultation, how long can it be and where do i send it",
     ["written contribution for the consultation", "how long can it be", "where do i send it"]),
    ("how long max and by when", ["how long max", "by when"]),
    ("inscription ca ouvre quand et jusqu a quand", ["inscription ca ouvre quand", "jusqu a quand"]),
    ("le briefing en ligne c quand et a quelle heure svp", ["le briefing en ligne c quand", "a quelle heure svp"]),
    ("qui modère la séance sur les transferts ? c à quelle heure", ["qui modère la séance sur les transferts ?",
                                                                   "c à quelle heure"]),
    ("جلسة التعاون القنصلي باجتماع اكادير، الساعة كم ومين أدارها؟",
     ["جلسة التعاون القنصلي باجتماع اكادير", "الساعة كم", "مين أدارها؟"]),
    ("بدي سجل بالندوة، في رسوم؟ وايش آخر يوم للتسجيل", ["بدي سجل بالندوة، في رسوم؟", "وايش آخر يوم للتسجيل"]),
    ("إمتى بالزبط IMRF 2026؟ شو التاريخ؟", ["إمتى بالزبط IMRF 2026؟", "شو التاريخ؟"]),
    # a plus sign between two questions, a question word at the end of a spoken one, a fact named after "and"
    ("lien pour suivre la consultation + le code on le reçoit quand",
     ["lien pour suivre la consultation", "le code on le reçoit quand"]),
    ("inscription consultation suva date limite ? et on s'inscrit ou",
     ["inscription consultation suva date limite ?", "et on s'inscrit ou"]),
    ("travel support for the suva consultation - how many get funded and deadline to apply??",
     ["travel support for the suva consultation - how many get funded", "deadline to apply??"]),
    # a second question whose subject comes first ("et ils ont combien ..."), one asked instead ("if not, which ...")
    ("audition : combien d'orateurs seront sélectionnés et ils ont combien de temps de parole ?",
     ["audition : combien d'orateurs seront sélectionnés", "ils ont combien de temps de parole ?"]),
    ("combien de bourses de voyage et ca couvre quoi ?", ["combien de bourses de voyage", "ca couvre quoi ?"]),
    ("is there a phone number for the consultation? if not which email do i write to",
     ["is there a phone number for the consultation?", "if not which email do i write to"]),
    ("y a un numéro de téléphone ? sinon quel mail", ["y a un numéro de téléphone ?", "sinon quel mail"]),
    # what follows a question mark without asking anything says more of the question before
    ("what minimum wage did they recommend? in usd", ["what minimum wage did they recommend? in usd"]),
    ("is there a format for the report?? we are a small org", ["is there a format for the report?? we are a small org"]),
])
def test_a_message_is_cut_where_a_new_question_starts(message, parts):
    assert question_parts(message) == parts


@pytest.mark.parametrize("message", [
    "Is it online, or in person?",                   # one question, two options
    "how many migrant and displaced children are out of school?",
    "what did the working groups on data and on labour mobility recommend?",
    "Quelles sont les langues de travail et d'interprétation ?",
    "ورشة العمل حضورية أو عن بعد؟",
])
def test_one_question_stays_whole(message):
    assert question_parts(message) == [message]


@pytest.mark.parametrize("question, lang, date, opener", [
    ("When was the 10 February 2022 dialogue and who opened it?", "en", "10 February 2022", "Amy Muedin"),
    ("Quand a eu lieu le dialogue du 10 février 2022 et qui l'a ouvert ?", "fr", "10 février 2022", "Amy Muedin"),
    ("متى انعقد حوار ١٠ شباط ٢٠٢٢ ومين افتتحه؟", "ar", "10 شباط/فبراير 2022", "إيمي مويدين"),
])
def test_both_questions_of_a_message_are_answered_in_its_language(engine, question, lang, date, opener):
    a = engine.answer(question)
    assert a.answered and a.language == lang
    assert date in a.answer and opener in a.answer          # the date (the timeline) and who opened it (a card)
    assert a.answer.index(date) < a.answer.index(opener)    # in the order they were asked


def test_a_second_question_the_first_answer_holds_adds_nothing(engine):
    both = engine.answer("when and where is the IMRF 2026?")
    assert both.answered and both.answer == engine.answer("when is the IMRF 2026?").answer


def test_a_later_part_that_names_nothing_of_its_own_adds_nothing_the_answer_holds(engine):
    """"... when is it?": the card on the conference's priorities already gives its dates; no second card follows."""
    asked = "what are the six key priority areas of the 2024 conference?"
    both = engine.answer(f"{asked} when is it?")
    assert both.answered and "3–4 July 2024" in both.answer and both.answer == engine.answer(asked).answer


def test_a_count_and_who_opened_are_both_answered(engine):
    a = engine.answer("قديش مشارك كان بحوار ١٠ شباط ٢٠٢٢ ومين افتتحه؟")
    assert a.answered and a.language == "ar" and "145" in a.answer and "إيمي مويدين" in a.answer


def test_a_second_wording_of_a_refused_question_does_not_answer_it_loosely(engine):
    """Only the year of the 2026 IMRF is known: "the exact date? what is the date?" is not answered "2026"."""
    a = engine.answer("إمتى بالزبط IMRF 2026؟ شو التاريخ؟")
    assert not a.answered


def test_a_message_out_of_scope_is_refused_whole(engine):
    a = engine.answer("quel temps fera-t-il demain à Genève et où dormir ?")
    assert not a.answered and a.kind == "refusal"
    assert a.answer == engine.answer("quel temps fera-t-il demain à Genève ?").answer


def test_the_question_log_keeps_the_whole_messages_vector(engine):
    """The FAQ groups a logged question by its vector: the whole message's, not its last part's."""
    question = "When was the 10 February 2022 dialogue and who opened it?"
    logged = engine.answer(question).vector
    alone = engine.answer("who opened it?").vector
    assert logged is not None and not np.allclose(logged, alone)
    assert np.allclose(logged, engine.embedder.query_vector(question))
    assert not re.search(r"\n{3,}", engine.answer(question).answer)


@pytest.mark.parametrize("message, parts", [
    ("le lien du formulaire svp, et si on a pas une bonne connexion on envoie le dossier a quelle adresse ?",
     ["le lien du formulaire svp", "si on a pas une bonne connexion on envoie le dossier a quelle adresse ?"]),
    ("who is the contact person for the training, whatsapp number?",
     ["who is the contact person for the training", "whatsapp number?"]),
    ("the deadline for inputs and if we miss it?", ["the deadline for inputs and if we miss it?"]),
    ("the email, phone and address?", ["the email, phone and address?"]),
])
def test_a_condition_then_its_question_and_a_fact_named_last_are_parts_of_their_own(message, parts):
    assert question_parts(message) == parts
