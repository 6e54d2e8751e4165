"""A meeting summary added the way the secretariat adds one (no manifest, card, timeline or glossary edit): where
its meeting was held and what it is called come from its sentences, and the questions it does not answer are
refused even when a sentence shares their words -- a count of another thing, a list it does not give, what someone
who did not speak said, a country's fact it gives for no country."""
from bot.answering.facts import Wanted, _counted, asked, holds, said_by
from bot.text.language import normalize
from tests.test_foreign_documents import assert_refused
from tests.test_heldout import engine_with

SUMMARY = """Technical Meeting on Labour Inspection in Agriculture
Amman, Jordan -- 14 and 15 October 2026

Summary of discussions

1. Background

Most farm workers in the Jordan Valley are migrant workers. The Technical Meeting on Labour Inspection in
Agriculture brought together labour inspectors, employers' organizations and trade unions. Government delegations
came from Jordan, Lebanon and Syria. It was hosted by the Ministry of Labour of Jordan and held in person at the King Hussein Convention Centre in
Amman on Wednesday 14 and Thursday 15 October 2026.

2. Participants

The meeting brought together 38 participants: labour inspectors, farm owners, trade unions, migrant worker
associations and researchers. Labour inspectors in Jordan carried out 920 inspection visits to farms in 2025.

3. Session on seasonal work

Presenter: Ms. Huda Saleh, researcher, University of Jordan

Ms. Saleh said that several Gulf and Levant countries issue seasonal work permits to farm workers. She recommended
written contracts in a language the worker understands, decent housing on the farms and a minimum wage of 300
dollars a month.

The delegation of Lebanon presented its national plan for farm inspections, to start in 2027.

4. Follow-up

The ILO will publish a guidance note on labour inspection in agriculture by 15 December 2026.
"""


def test_a_summarys_meeting_place_and_the_questions_its_sentences_do_not_answer(index_dir, tmp_path):
    doc, engine = engine_with(tmp_path / "2026-10-30_labour-inspection-agriculture-summary.txt", SUMMARY, index_dir)
    # "It was hosted by ... and held in person at the King Hussein Convention Centre in Amman": the meeting the
    # dateline under the title names, held in Amman (the city, not only the building)
    held = [ev for ev in engine.choose_event.events if ev.document == doc.stem and str(ev.start) == "2026-10-14"]
    assert held and "Amman" in held[0].place.get("en", ""), [(ev.name, ev.place) for ev in held]
    assert held[0].name["en"].startswith("Technical Meeting on Labour Inspection"), held[0].name
    where = engine.answer("ou s'est tenue la reunion technique sur l'inspection du travail a Amman ?").to_json()
    assert where["answered"] and "King Hussein Convention Centre" in where["answer"], where["answer"]

    counted = engine.answer("how many participants at the amman meeting on labour inspection?").to_json()
    assert counted["answered"] and "38" in counted["answer"], counted["answer"]
    # (a person asked is no kind of actor: what she said is answered)
    said = engine.answer("what did Ms. Saleh say about seasonal work?").to_json()
    assert said["answered"] and "Ms. Saleh said that" in said["answer"], said["answer"]
    # a city speaks for the meeting held there: all of this meeting's summary, of another only what it says that
    # meeting did ("what did beirut recommend" is not answered by what was recommended in Amman)
    amman = engine.answer("what did the amman meeting recommend on seasonal work?").to_json()
    assert amman["answered"] and "Ms. Saleh" in amman["answer"], amman["answer"]
    assert_refused(engine, "what did the beirut workshop recommend on seasonal work?")
    lebanon_said = engine.answer("qu'a présenté la délégation libanaise à la réunion d'Amman ?").to_json()
    assert lebanon_said["answered"] and "national plan for farm inspections" in lebanon_said["answer"], lebanon_said["answer"]
    # a refusal says what is missing: what those named said
    unions = engine.answer("qu'ont dit les organisations d'employeurs sur les contrats saisonniers ?").to_json()
    assert not unions["answered"] and "propos tenus par ceux que vous citez" in unions["answer"], unions["answer"]
    assert_refused(engine,
                   # "920 inspection visits" counts visits, not the inspectors who attended
                   "how many labour inspectors attended the amman meeting on labour inspection?",
                   # "several Gulf and Levant countries" names none
                   "which gulf countries issue seasonal work permits to farm workers?",
                   "quels pays du golfe délivrent des permis de travail saisonnier ?",
                   # the employers' organisations did not speak: what a presenter recommended is not what they said
                   # (nor the sentence after the one listing them: "It was hosted by ...")
                   "what did the employers' organizations recommend on seasonal work contracts?",
                   "شو قال ممثل أصحاب العمل عن عقود العمل الموسمي؟",
                   # Syria named only among those who came; the European Union never
                   "qu'a dit la délégation syrienne à la réunion d'Amman ?",
                   "ماذا قال الاتحاد الأوروبي في اجتماع عمّان عن التفتيش؟",
                   # a fact said of no country is not Yemen's
                   "what is the minimum wage of seasonal farm workers in Yemen?")


def test_a_count_is_of_the_noun_its_phrase_ends_with_in_english():
    """A singular before a plural qualifies it, in a question and in a document: "1,860 inspection visits" counts
    visits, "how many member states" counts states (not members, people)."""
    inspectors = Wanted(kind="number", counted=["inspector"])
    assert not holds(inspectors, "Labour inspectors in Bahrain had carried out 1,860 inspection visits during 2030.",
                     "how many labour inspectors attended?")
    assert holds(inspectors, "The meeting brought together 12 labour inspectors and 5 researchers.",
                 "how many labour inspectors attended?")
    assert "state" in _counted("how many member states took part?") and "people" not in _counted("how many member states took part?")
    assert "women" in _counted("how many women participants?")
    assert "country" in _counted("how many participant countries?")


def test_who_a_question_asks_said_something():
    for q, who in [("what did the employers' representative say in session 3?", "the employers' representative"),
                   ("what WBGT threshold did Bahrain adopt?", "bahrain"),
                   ("qu'a dit le représentant des employeurs lors de la session 3 ?", "le representant des employeurs"),
                   ("qu'est-ce que l'OIT a recommandé ?", "l'oit"),
                   ("ماذا اقترحت منظمة العمل الدولية؟", "منظمه العمل الدوليه")]:
        assert said_by(normalize(q))[0] == who, q
    assert said_by(normalize("what is the deadline for inputs?")) == ("", "")
    assert said_by(normalize("what did the trade unions say?")) == ("the trade unions", "say")
    # a meeting's city is no speaker ("the Tunis workshop" recommended what its participants agreed)
    from bot.answering.facts import speakers_asked
    from bot.knowledge.glossary import Glossary
    from tests.test_heldout import KNOWLEDGE

    glossary = Glossary.load(KNOWLEDGE)
    assert speakers_asked("which ILO conventions did the tunis workshop recommend to ratify?", glossary) == []
    assert speakers_asked("qu'a dit la délégation syrienne ?", glossary) == [frozenset({"syria"})]
    assert speakers_asked("ماذا قال الاتحاد الأوروبي؟", glossary) == [frozenset({"term:european-union"})]


def test_a_wrapped_weekday_number_words_and_a_cost_asked_in_dialect():
    """A text wrapped at a fixed width keeps a weekday with its date ("jusqu'au vendredi\\n31 octobre"); a count
    written in words is a count ("Seize participants", "Sixteen participants"); "قديش كلف" asks a cost."""
    from bot.answering.passages import sentences_of

    text = ("Les participants peuvent envoyer leurs commentaires jusqu'au vendredi\n31 octobre 2031 à l'adresse "
            "x@example.org. Un webinaire aura lieu en ligne le jeudi\n4 décembre 2031.\nProgramme du jeudi\n1. Ouverture")
    assert sentences_of(text) == [
        "Les participants peuvent envoyer leurs commentaires jusqu'au vendredi 31 octobre 2031 à l'adresse x@example.org.",
        "Un webinaire aura lieu en ligne le jeudi 4 décembre 2031.", "Programme du jeudi", "1. Ouverture"]
    women = Wanted(kind="number", counted=["femme", "women"])
    assert holds(women, "Seize participants étaient des femmes.", "combien de femmes ?")
    assert holds(women, "Sixteen participants were women.", "how many women?")
    assert asked("قديش كلف اجتماع الدار البيضاء؟", False, False).kind == "cost"
    # a list of countries asked with a word saying which ones, not a question on what countries do
    assert asked("which gulf countries have a midday work ban?", False, False).kind == "list_names"
    assert asked("اي دول الخليج عندها حظر العمل وقت الظهر؟", False, False, language="ar").kind == "list_names"
    assert asked("what do member states have to submit for the review?", False, False).kind != "list_names"
