import pytest

from bot.text.language import detect_language, normalize, normalize_arabic, to_ascii_digits


@pytest.mark.parametrize("text, lang", [
    ("When is the IMRF?", "en"),
    ("What is the IMRF? شكرا", "en"),           # mixed: English question, Arabic thanks
    ("ما هو IMRF؟", "ar"),                      # Arabic with a Latin acronym
    ("متى المنتدى؟", "ar"),
    ("IMRF ?", "fr"),                           # French typography: space before ?
    ("Quand a lieu le FEMI ?", "fr"),
    ("Où envoyer mon rapport", "fr"),
    ("accréditation", "fr"),
    ("How to participate", "en"),
    ("Qui organise la conférence", "fr"),
    ("Who organises the conference", "en"),
    ("Comment participer a l'IMRF", "fr"),      # no accents
    ("هل يمكن لجمعيتنا المشاركة دون اعتماد", "ar"),
])
def test_detects_the_question_language(text, lang):
    assert detect_language(text) == lang


def test_no_clue_gives_the_default():
    assert detect_language("IMRF?", default=None) is None
    assert detect_language("IMRF?", default="ar") == "ar"
    assert detect_language("", default="fr") == "fr"


def test_arabic_normalisation_folds_variants():
    # hamza/alef variants, tatweel, diacritics, ta marbuta, alef maqsura
    assert normalize_arabic("أإآا") == "اااا"
    assert normalize_arabic("الهجـــرة") == normalize_arabic("الهجرة")
    assert normalize_arabic("مُؤْتَمَر") == normalize_arabic("موتمر")
    assert normalize_arabic("متى") == normalize_arabic("متي")


def test_arabic_indic_digits_become_ascii():
    assert to_ascii_digits("١٧ - ٢٠ مايو ٢٠٢٢") == "17 - 20 مايو 2022"
    assert to_ascii_digits("۲۰۲۴") == "2024"


def test_latin_normalisation_folds_accents_and_case():
    assert normalize("Échéance") == "echeance"
    assert normalize("Forum d’examen") == "forum d'examen"


def test_arabic_words_fold_to_one_stem_across_forms_people_type():
    from bot.text.lexical import tokens

    # feminine past verbs and the masdar's root meet: "who coordinated" finds "coordinated by"
    assert tokens("نسقت")[0] == tokens("نسّق")[0]
    assert tokens("شاركت")[0] == tokens("شارك")[0]
    # plurals in -ات and the article fold too
    assert tokens("المؤتمرات") == tokens("مؤتمر")
    # spoken "happen / start" verbs carry no topic
    assert tokens("بتصير كل كم سنة امتى بلشت") == tokens("كل كم سنة")
    # a word whose own first letters are "ال" takes the article once more: "الإلكترونية" is "إلكترونية"
    assert tokens("الندوة الإلكترونية") == tokens("ندوة إلكترونية") and tokens("بالالتزام") == tokens("التزام")


@pytest.mark.parametrize("text, lang", [
    ("مين Monami Maulik؟", "ar"),                                # a name does not make it English
    ("شو الايميل تبع GCM Regional Review Arab States؟", "ar"),
    ("Dr Nour El-Hassan من أي جامعة؟", "ar"),
    ("What is the IMRF? شكرا", "en"),
])
def test_the_language_follows_the_main_script_and_words_not_the_names(text, lang):
    assert detect_language(text) == lang


def test_french_typed_without_accents_is_french_with_the_glossary_lexicon():
    from bot.answering.understand import language_lexicon
    from bot.knowledge.glossary import Glossary
    from tests.conftest import KNOWLEDGE

    lexicon = language_lexicon(Glossary.load(KNOWLEDGE))
    assert detect_language("date limite document final conf regionale 2024 ?", lexicon=lexicon) == "fr"
    assert detect_language("session pleniere 1 conf juillet 2024 theme ?", lexicon=lexicon) == "fr"
    assert detect_language("deadline outcome doc?", lexicon=lexicon) == "en"
    # the cue words of one language only, whatever the model makes of the others ("muscat", "consultation")
    assert detect_language("muscat digital remittances consultation - dates?", lexicon=lexicon) == "en"


def test_shorthand_and_spoken_arabic_are_spelled_out():
    from bot.text.language import spell_out

    assert spell_out("deadline outcome doc?") == "deadline outcome document?"
    assert spell_out("2nd regional review conf dates?") == "second regional review conference dates?"
    assert spell_out("hw many ppl came") == "how many people came"
    assert spell_out("المؤتمر الاقليمي التاني") == "المؤتمر الاقليمي الثاني"
    assert spell_out("gcmrrarabstates@iom.int A/RES/73/195") == "gcmrrarabstates@iom.int A/RES/73/195"


def test_spoken_questions_are_read_for_what_they_ask():
    from bot.answering.understand import Understand
    from bot.knowledge.glossary import Glossary
    from tests.conftest import KNOWLEDGE

    glossary = Glossary.load(KNOWLEDGE)
    understand = Understand(glossary, 2000)
    # "where's the workshop?" with no verb, in spoken Arabic
    assert understand("وين الورشة؟").asks_where and not understand("وين في معلومات؟").asks_where
    # ... and unaccented French "où": "ça s'est passé ou ?"
    assert understand("la reunion d'experts, ca s'est passe ou ?").asks_where
    assert not understand("la reunion est en ligne ou en presentiel ?").asks_where
    # "until when" in one spoken word: "لإمتى لازم نبعت تعليقاتنا؟"
    assert understand("لإمتى لازم نبعت تعليقاتنا على المسودة؟").asks_deadline
    # "since when" asks when a state began: the timeline (meetings, deadlines) does not answer it
    assert understand("when is the workshop?").asks_event
    assert not understand("depuis quand l'assurance maladie est obligatoire ?").asks_event
    assert not understand("since when is health insurance mandatory?").asks_event
    ids = lambda q: {t.id for t, _, _ in glossary.find(q)}
    # nominations / candidatures / ترشيحات are one entry; "the adopted languages" are languages, not accreditation
    for q in ("date limite des candidatures pour l'atelier ?", "إمتى آخر يوم للترشيحات؟", "nominations deadline?"):
        assert "nominations" in ids(q), q
    assert "languages" in ids("شو اللغات المعتمدة بالورشة") and "accreditation" not in ids("شو اللغات المعتمدة بالورشة")
    # an Arabic yes/no question, "هل" before a noun with its article too; "في" before one is "at", not "is there"
    for q in ("هل التدريب متاح قبل المنتدى؟", "هل في تدريب قبل المنتدى؟", "في تدريب قبل المنتدى؟"):
        assert understand(q, "ar").asks_if, q
    assert not understand("في المنتدى شو بيصير؟", "ar").asks_if


def test_is_it_still_open_and_too_late_ask_for_a_deadline(engine):
    """"Is registration still open?", "آخر أجل للتسجيل؟", "trop tard pour s'inscrire ?" ask for a deadline:
    a passage holding none does not answer them (it was quoted as an answer before)."""
    for q in ("is registration still open for the regional review conference?", "آخر أجل للتسجيل؟",
              "est-il trop tard pour s'inscrire au forum ?", "what is the closing date for nominations?"):
        assert engine.understand(q).asks_deadline, q
    for q in ("آخر أجل للتسجيل؟", "est-il trop tard pour s'inscrire au forum ?"):
        a = engine.answer(q)
        assert not a.answered and "gcmrrarabstates@iom.int" in a.answer, a.answer
    # ... and "registration closes when?", "les inscriptions ferment quand ?", "متى ينتهي التسجيل", "لسه مفتوح": the day
    # registration opened (March 2022) is not when it closes, nor a conference's year its registration deadline
    for q in ("registration closes when?", "les inscriptions ferment quand ?", "متى ينتهي التسجيل في مؤتمر الاستعراض الإقليمي؟",
              "هو التسجيل لسه مفتوح ولا قفل؟", "last date to register for the regional review conference"):
        assert engine.understand(q).asks_deadline, q
        a = engine.answer(q)
        assert not a.answered, (q, a.answer)


def test_the_months_a_question_names_without_a_day(engine):
    months = lambda q: engine.understand(q, None, None).wanted.months
    assert months("who gives the closing remarks at the July conference?") == [7]
    assert months("مين رح يلقي الكلمة الختامية بمؤتمر تموز؟") == [7]
    assert months("qui parle à la conférence de juillet ?") == [7]
    assert months("may I register for the conference?") == []          # a modal, not the month
    assert months("what happened on 3 July 2024?") == []               # a day: the days say it


def test_how_long_a_text_may_be_is_not_a_when_question_and_avant_quand_asks_a_deadline(engine):
    """"How long can our contribution be" asks a length (not the meeting's dates); "faut la demander avant quand",
    "لازم قدم قبل امتى" ask for a deadline."""
    assert not engine.understand("written contribution: how long can it be?").asks_when
    assert engine.understand("how long is the regional review conference?").asks_when
    for q in ("prise en charge du billet, faut la demander avant quand ?", "لازم قدم طلب الدعم قبل امتى؟"):
        assert engine.understand(q).asks_deadline, q
