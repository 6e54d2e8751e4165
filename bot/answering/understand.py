"""Step 1, understand: question text -> :class:`Understanding`.

What the question is, before anything is searched: its language, whether it follows up
the previous turn (and so the query searched), the glossary's domain terms and
expansion (Arabic and French words mapped to the English the documents use), and the
kind of fact it asks for (when, where, which city, deadline, how many).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answering.facts import PART_NOUNS, Wanted, asked, named_in
from bot.answering.types import Turn
from bot.text.courtesy import strip_courtesy
from bot.text.language import detect_language, fold_latin, normalize, spell_out, to_ascii_digits
from bot.text.lexical import STOP, tokens
from bot.text.places import gazetteer_spans

# The patterns below run on normalised text (no accents; alef/hamza and ta marbuta unified).
WHEN_WORDS = re.compile(
    # ("how long can our contribution be" asks a length, not a time)
    r"\b(when|(?:what|which) (?:exact |precise |specific )?(?:date|day)|date of|dates of|until when|deadline|"
    r"how long(?! (?:can|could|should|may|must|might) (?:it|they|(?:the|our|my|a|each) \w+(?: \w+)?) be\b)|"
    r"quand|quelle date|quel jour|date|dates|jusqu'a quand|echeance|delai)\b|"
    # (spoken: "إمتى / ايمتى" hold "متي"; "وقتيش", "وقتاش", "امتا")
    r"(متي|موعد|تاريخ|تواريخ|مواعيد|اي يوم|يوم كام|في اي شهر|الموعد النهايي|وقتيش|وقتاش|(?<!\w)امتا(?!\w))"
)
WHERE_WORDS = re.compile(
    r"\b(where(?:'s| is| was| will| are| were| does| did| exactly| precisely| in| at)|which (?:arab )?(?:city|country)|what city|venue|"
    r"ou (?:se tient|se tiendra|se tenait|aura lieu|a lieu|a eu lieu|se deroule|se deroulera|se passe|se trouve|se situe|est|etait|sera|"
    r"s'est (?:tenue?|deroulee?)|se (?:sont tenue?s|tiennent|tiendront|deroulent|derouleront)|(?:ont|auront|ont eu) lieu)|"
    r"quelle ville|quel pays|quel lieu|lieu (?:du|de la|de l)|"
    r"(?:a lieu|se tient|se tiendra|se deroule|se passe|se passera|s'est passee?|s'est tenue?|aura lieu|a eu lieu|"
    r"c'?\s?est|c'etait|etait) ou|ou exactement)\b|"
    r"(?:اين|وين|فين) (?:رح |راح |ح )?(?:يعقد|سيعقد|ستعقد|تعقد|عقد|عقدت|انعقد|انعقدت|ينعقد|سينعقد|تنعقد|ستنعقد|بتنعقد|بينعقد|يقام|تقام|ستقام|سيقام|اقيم|اقيمت|"
    r"كان|كانت|يكون|سيكون|ستكون|هو|هي)|في اي (?:مدينه|بلد|دوله)|مكان (?:انعقاد|عقد|اقامه)"
    r"|^(?:و|طب |طيب )?(?:اين|وين|فين) (?=ال)"          # "وين الورشة؟": where + the thing, no verb
    r"|(?:اين|وين|فين) (?:يقع |تقع )?(?:ال)?مقر|(?:اين|وين|فين) (?:بالضبط|بالزبط|تحديدا)"          # "وين مقر الأمانة": where its seat is
    r"|(?:^|[\s,،])(?:where|ou|اين|وين|فين)\s*[?؟]*\s*$"   # "the labour inspection workshop, where?", "الورشة، وين؟",
                                                        # "la réunion, c'est où ?" typed "ou"
)
# "since when" asks when a state began, not an event's date
SINCE_WHEN = re.compile(r"\b(?:since when|depuis quand|depuis combien de temps)\b|(?:منذ متي|من امتي|من ايمتي|من اي?متي)")
DEADLINE_WORDS = re.compile(
    r"\b(deadline|due date|last day|until when|by when|closing date|still open|too late|"
    r"date limite|dernier delai|jusqu'a quand|avant quand|d'ici quand|echeance|date de cloture|encore ouvertes?|trop tard)\b|"
    # ... or says that something closes ("registration closes when?", "les inscriptions ferment quand ?", "متى ينتهي التسجيل")
    r"\b((?:registration|registrations|applications?|submissions?|inscriptions?|candidatures?) (?:close|closes|closing|"
    r"ends?|ferment|se ferment|se terminent|fermeront|closent)|(?:last|final) date|derniere date|fermeture des (?:inscriptions|candidatures)|"
    r"when (?:does|do|will) (?:the )?(?:registration|applications?|submissions?) (?:close|end))\b|"
    r"((?:ينتهي|انتهاء|تنتهي|بيخلص|يخلص|يسكر|بيسكر|سكر|يقفل|بيقفل|قفل) (?:ال)?(?:تسجيل|تقديم)|(?:ال)?(?:تسجيل|تقديم) (?:سكر|قفل|انتهي|خلص)|(?:لسه|لسا|لساته|بعده|مازال|ما زال|لا يزال) مفتوح)|"
    # ... or when something must be handed in ("il faut le rendre quand ?", "when is the first draft due", "when do i
    # have to submit it", "امتى لازم يتسلم")
    r"\b(when (?:is|are) (?:the |my |our )?[\w' -]{1,40} due|(?:when|quand)\b[^?.]{0,40}\b(?:must|have to|has to|need to|"
    r"il faut|faut-il|faut il|dois-je|doit-on|doit|doivent) (?:\w+ ){0,2}(?:submit|send|hand in|deliver|turn in|rendre|remettre|"
    r"soumettre|deposer|envoyer|livrer)|(?:must|have to|has to|need to|il faut|faut|dois|doit|doivent) (?:\w+ ){0,3}(?:"
    r"submit\w*|sent|send|handed in|hand in|delivered|deliver|rendre|rendu|remettre|remis|soumettre|soumis|deposer|depose|"
    r"envoyer|livrer|livre)\b[^?.]{0,40}\b(?:when|quand))\b|"
    r"((?:امتي|متي|ايمتي)\s+(?:لازم|يجب|بدي|بدنا|ابي|نبي)\s+(?:\S+\s+)?(?:يتسلم|نسلم|اسلم|يسلم|تسليم|يتقدم|نقدم|اقدم|يترسل|نرسل|ارسل|ابعت|نبعت)|"
    r"(?:لازم|يجب)\s+(?:\S+\s+)?(?:يتسلم|نسلم|اسلم|يسلم|تسليم|نرسل|ارسل|ابعت|نبعت)\s+(?:\S+\s+){0,4}?(?:امتي|متي|ايمتي))|"
    r"((?<!\w)ل(?:ا?يمتي|امتي)(?!\w)|قبل (?:ا?يمتي|امتي|متي)|اخر موعد|الموعد النهايي|موعد نهايي|اخر يوم|لغايه متي|حتي متي|(?:لحد|لغايه|لغايت) (?:ا?يمتي|امتي|متي)|اخر اجل|(?<!\w)الاجل(?!\w)|اخر مهله|فات الاوان|فات الميعاد)"
)
# where exactly: a city, a building, an address -- a place the documents must name, not "in person"
# (and a body's seat: "where is the secretariat based", "où est le siège", "وين مقر الأمانة": a city, not "online")
CITY_WORDS = re.compile(r"\b(city|town|country|ville|pays|venue|address|adresse|hotel|building|room|hall|salle|batiment|"
                        r"based|headquartered|headquarters|siege)\b"
                        r"|(مدينه|بلد|دوله|عنوان|فندق|قاعه|مبني|مقر|مقره|مقرها)")
# a session of a meeting, as a question names one (normalised): "the session on ...", "la séance sur ...", "جلسة ...",
# "the panel", "round table"
SESSION_WORDS = re.compile(r"\b(?:session|seance|panel|round ?table|table ronde|plenary|pleniere)\b"
                           r"|(?<!\w)(?:[وفبل]?(?:ال)?جلسه|[وفبل]?(?:ال)?جلسات)(?!\w)")
NUMBER_QUESTION = re.compile(r"\b(how many|how much|number of|combien|nombre)\b|(كم|عدد)")
FOLLOWUP_START = re.compile(
    r"^\s*(and|what about|how about|also|et|et pour|et la|et le|et les|qu'en est-il|quid|"
    r"و|وماذا|ماذا عن|وكذلك)\b|^\s*و(?=ال)",
    re.IGNORECASE,
)
# a question of at most this many content words, naming no domain term, continues the previous one
FOLLOWUP_MAX_WORDS = 3
YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
#: a word of a yes/no question is heard when a word used starts as it does, its ending aside (its last three letters, at
#: least STEM_MIN and at most STEM_MAX letters kept): "interprété" / "interprétation", "translated" / "translation"
STEM_MIN, STEM_MAX = 5, 9
# everyday English a question is asked in, whatever the documents say: never what it is about
EVERYDAY = frozenset(tokens(
    "want wants wanted need needs needed like would small big large little new old good bad better best "
    "get gets got go goes going come comes coming know knows tell ask asks asked take takes make makes let "
    "help able possible really still also just already ever again anyone someone somebody anybody anything "
    "something everyone everybody people person org orgs organisation organization ngo ngos team group guys "
    "friend friends colleague colleagues thing things way kind sort lot lots much many more most less few real "
    "sure okay ok yes please thanks thank hello hi hey dear actually maybe perhaps probably exactly soon "
    "today tomorrow yesterday time times day days week weeks"))
# an English question answered by yes or no ("will the side events be recorded?", "can I bring my kids?")
YES_NO = re.compile(r"^(?:is|are|was|were|will|would|can|could|do|does|did|should|shall|may|must|has|have)\b",
                    re.IGNORECASE)
# ... a French one asking whether there is something ("est-ce qu'il y a un dîner officiel ?", "y a-t-il un parking ?");
# normalised. (The same in Arabic was measured and dropped: its light stemming reads a word of the question and the
# same word in the glossary apart, "للعربي" / "العربية", and "will there be a recording?" was refused.)
# ... or asking it with the verb first, as an English question does ("faut-il un cofinancement ou une contribution
# propre ?", "peut-on s'inscrire sur place ?"; not "est-ce que ...", which may ask of a word no document uses: "est ce
# que les organisateurs remboursent le billet d'avion" is answered by "ne peuvent prendre en charge ni les frais")
YES_NO_FR = re.compile(r"^(?:est[ -]ce qu'?\s?(?:il )?y (?:a|aura)|y (?:a|aura)[ -]t[ -]il|il y (?:a|aura)"
                       r"|(?:faut|faudra)[ -]il|(?:peut|pourra|doit|devra)[ -]on|(?:puis|dois)[ -]je"
                       r"|(?:pouvons|devons)[ -]nous)(?!\w)")
# ... an Arabic one (normalised): "هل هناك ...", "في تدريب قبل المنتدى؟", "فيه ...", "رح يكون في ..."
YES_NO_AR = re.compile(r"^(?:هل|(?:و|طب |طيب )?(?:في|فيه|فيها|في شي|(?:رح |راح |ح )?(?:يكون|بيكون) في|يوجد|هناك|بيوجد)"
                       r"(?= (?!اي |اني |انهي |ايه |شو |مين |وين |كم |قديش |امتي |متي |ال)))")
# a clause telling what the asker did or thought (normalised): "I registered on ...", "j'ai envoyé ...", "سجلت يوم ...",
# "قدمت ...", "c'était pas le 30 mai ?", "wasn't it 23 May?"
ASKER_DID = re.compile(r"^\s*(?:(?:i|we|i've|we've|i'm|we're)\b|j'|je\b|nous\b|on a\b|(?:انا|احنا|نحن)(?!\w)"
                       r"|c'?\s?(?:etait|est) pas\b|n'etait[ -]ce pas\b|(?:wasn'?t|isn'?t) it\b|(?:مش|مو|موش) كان(?!\w)"
                       r"|(?!ال)[\u0600-\u06ff]+[\u0600-\u0626\u0628-\u06ff]ت(?!\w)"      # (a verb's "-ت", not a plural's "-ات")
                       r"|(?!ال)[\u0600-\u06ff]{3,}[\u0629\u062a\u064a]نا(?!\w))")            # ("منظمتنا", "جمعيتنا": ours)
# the words before a term that make it the asker's own (normalised): "our association", "notre ONG", "we are a youth
# org", "nous sommes une association", "احنا جمعية"
ASKER_OWN_BEFORE = re.compile(r"(?:\b(?:our|my|notre|nos|mon|ma|mes)\s+"
                              r"|\b(?:we\s+(?:are|r|re)|i\s+(?:am|m)|nous\s+sommes|je\s+suis|on\s+est)\s+(?:(?:an?|une?)\s+)?"
                              r"(?:[\w'-]+\s+)?|(?<!\w)(?:احنا|نحن|حنا)\s+(?:\S+\s+)?)$")
# ... and an Arabic noun said with "our" or "my" ("جمعيتنا", "منظمتي")
ASKER_OWN_WORD = re.compile(r"(?!ال)[\u0600-\u06ff]{3,}[\u0629\u062a](?:نا|ي)$")
# ... of a term naming a body the asker can be (not "nos contributions écrites", what is asked of)
ORGANISATION_NOUN = re.compile(r"\b(?:associations?|organi[sz]ations?|orgs?|ngos?|ongs?|networks?|r[ée]seaux?|groups?|"
                               r"groupes?|collectifs?|unions?|syndicats?|platforms?|plateformes?)\b|جمعي|منظم|شبك|نقاب")
# ... or one someone said or the asker believes, to be checked ("in the webinar he said 14 dec i think?", "on m'a dit le
# 14", "قالوا ١٤ ديسمبر على ما اظن"): not what is asked of (normalised)
REPORTED = re.compile(r"\b(?:(?:he|she|they|someone|somebody|you|u|it) (?:said|says|told|wrote)|i (?:think|thought|believe|guess)|"
                      r"il (?:a dit|disait)|elle (?:a dit|disait)|ils ont dit|on m'a dit|on a dit|je (?:crois|pense)|il me semble|"
                      r"(?:saw|seen|heard|read|vu|lu|entendu)\b[^.?!]*\b(?:somewhere|quelque part))\b"
                      r"|(?<!\w)(?:قال|قالت|قالوا|قلتو|حكى|حكت|حكيو|على ما اظن|اظن|اعتقد|بعتقد|بظن)(?!\w)")
# a clause asking something by a question word (as typed: normalising makes "متى" "متي"; Arabic's spoken ones too)
ASKING = re.compile(r"\b(?:when|where|which|what|whats|who|whom|how|why|quand|ou|où|quel|quelle|quels|quelles|combien|comment|"
                    r"qui|quoi|pourquoi)\b|(?<!\w)(?:متى|امتى|إمتى|ايمتى|وين|فين|اين|أين|شو|ايش|إيش|كم|قديش|مين|منو|كيف|"
                    r"ليش|لماذا|ماذا|هل)(?!\w)", re.IGNORECASE)
# ... or asked by its tone alone, as people type on a phone: "the sessions will be recorded?", "le guide sera traduit en
# anglais ?", "on peut venir avec un interprète ?" -- a verb that asks whether, a question mark, and no word asking what,
# when, where, who, how or which of two (normalised)
SPOKEN_YES_NO = {
    "en": re.compile(r"\b(?:will|would|is|are|can|could|should|must|does|do|has|have)\b"),
    "fr": re.compile(r"\b(?:sera|seront|est|sont|va|vont|peut|peuvent|pourra|pourront|pourrait|doit|doivent|faut|"
                     r"faudra|aura|auront|existe|existent|existera|existeront|reste|restent)\b"),
    # (spoken Arabic: "الوثيقة الختامية متوفرة بالفرنسي؟", "الورشة رح تكون مترجمة؟", "بقدر سجل أونلاين؟")
    "ar": re.compile(r"(?<!\w)(?:متوفر|متوفره|متاح|متاحه|موجود|موجوده|ممكن|مسموح|مسموحه|بيكون|بتكون|(?:رح|راح|ح) (?:يكون|تكون)|"
                     r"بقدر|بنقدر|بيقدر|بتقدر|بيقدرو|مترجم|مترجمه|"
                     # (will we get / will they give, spoken: "هياخدوا شهادة في الآخر؟", "رح ناخد شهادة؟", "بيعطوا شهادات؟")
                     r"(?:ه|ح|ب|بي|رح |راح )?[يتن](?:اخد|اخذ|حصل|عط)\w*)(?!\w)"),
}
ASKS_WHAT = {
    "en": re.compile(r"\b(?:what|whats|when|where|who|whom|whose|which|why|how|or|wat|wen|wher)\b"),
    "fr": re.compile(r"\b(?:quand|ou|qui|quel|quelle|quels|quelles|comment|combien|pourquoi|que|qu|quoi|lequel|laquelle|"
                     r"lesquels|lesquelles|kel|kan)\b"),
    # (not "من", also "from", nor "ما", also "not")
    "ar": re.compile(r"(?<!\w)(?:شو|ايش|شنو|ليش|ليه|لماذا|وين|فين|اين|لوين|مين|منو|كم|قديش|امتي|متي|ايمتي|كيف|كيفاش|شلون|"
                     r"اي|انهي|ايه|ماذا|او|ولا)(?!\w)"),
}


# the numbered parts of a day's programme (those of a meeting but its days)
SESSION_PARTS = frozenset(PART_NOUNS.values()) - {"day"}
# what opens a condition, whose verb asks nothing ("... if our org has no ecosoc status?")
CONDITION = re.compile(r"\b(?:if|unless|si|sauf si)\b|(?<!\w)(?:اذا|إذا|لو|ان كان|إن كان)(?!\w)")


def asked_by_tone(question: str, language: str) -> bool:
    """Is a question one sentence answered by yes or no, asked by its tone ("le forum sera retransmis en direct ?")?"""
    if language not in SPOKEN_YES_NO or question.count("?") + question.count("؟") != 1:
        return False
    norm = normalize(question).replace("'", " ").replace("’", " ")
    # (its verb is not one of a condition: "deadline to apply for accreditation if our org has no ecosoc status?")
    main = CONDITION.split(norm, 1)[0]
    return bool(SPOKEN_YES_NO[language].search(main)) and not ASKS_WHAT[language].search(norm)


# the everyday French words of such a question: they do not say what it is about
EVERYDAY_FR = frozenset(tokens(
    "possible besoin veux voudrais voudrait aimerais savoir merci bonjour bonsoir svp stp gens personne personnes "
    "association asso ong chose choses jour jours soir soiree matin semaine aujourd'hui demain encore deja aussi "
    "vraiment exactement bientot prevu prevue prevus quelqu'un quelque tout tous toutes meme oui non bien bon bonne "
    "petit petite grand grande nouveau nouvelle equipe groupe collegue collegues premier premiere dernier derniere "
    "officiel officielle toujours maintenant actuellement normalement finalement probablement"))


def language_lexicon(glossary) -> dict[str, frozenset]:
    """Words (accents folded) that only the French, or only the English, forms of the glossary's
    terms and months use: cues for a short question typed without accents ("date limite
    document final conf regionale ?")."""
    words: dict[str, set] = {"en": set(), "fr": set()}
    forms = [t.forms for t in glossary.terms] + list(glossary.months.values())
    for by_lang in forms:
        for lang in ("en", "fr"):
            for form in by_lang.get(lang, []):
                words[lang].update(w for w in re.findall(r"[a-z]+", fold_latin(form)) if len(w) >= 4)
    common = words["en"] & words["fr"]
    return {lang: frozenset(found - common) for lang, found in words.items()}


def years_in(text: str) -> list[int]:
    """The years a text names ("2021", "٢٠٢١")."""
    return [int(y) for y in YEAR.findall(to_ascii_digits(text))]


def vocabulary_of(glossary, text: str, language: str | None = None) -> list:
    """Every glossary entry a text names (its domain terms and the everyday lexicon), but how it asks, its numbers and
    months (:attr:`Understanding.vocabulary`)."""
    return [t for t, _, _ in glossary.find(text, language) if not t.id.startswith(("q-", "number-", "month-"))]


@dataclass
class Understanding:
    """What the later steps need to know of a question."""
    question: str              # as the user wrote it
    q: str                     # spaces folded
    language: str              # ar | en | fr: the answer's language
    query: str = ""            # what is searched: q, or the previous question + q for a follow-up
    problem: str = ""          # "empty" | "too_long": nothing to search
    terms: list = field(default_factory=list)        # the glossary's domain terms in the query
    expansion: list[str] = field(default_factory=list)   # the query's words in the documents' English
    asks_when: bool = False
    asks_where: bool = False   # where it is held
    asks_city: bool = False
    asks_session: bool = False   # names a session of a meeting ("the panel on data", "جلسة أصوات المهاجرين")
    asks_deadline: bool = False
    asks_number: bool = False
    wanted: Wanted = field(default_factory=Wanted)   # the kind of fact asked (who, date, number, e-mail ...)
    days: list[tuple[int, int]] = field(default_factory=list)   # (day, month) the question names, any language
    vocabulary: list = field(default_factory=list)   # every glossary entry it names (terms and everyday lexicon)
    unheard: list[str] = field(default_factory=list)   # an English or French yes/no question's words that nothing known uses
    asks_if: bool = False      # a yes/no question, in any of the three languages ("is there a training before the forum?",
                               # "y a-t-il ...", "في تدريب قبل المنتدى؟"): what it asks about must be what is answered
    part: str = ""             # a part of a longer message (which is then ``q``): its own words
    aside: str = ""            # what the asker heard or believes, beside what they ask ("... the first version of the
                               # note had a different date i think"), a clause a line: no topic of theirs
    own: frozenset = frozenset()   # the terms only the asker's own organisation is named by ("بدي أأكد مشاركة جمعيتنا
                                   # ... شو الرقم؟", "our NGO"): who asks, not what is asked of

    @property
    def is_followup(self) -> bool:
        return self.query != self.q

    @property
    def asks_event(self) -> bool:
        """A "when" or "where" question: the timeline may know the answer (not "since when", which asks when a state
        began: "depuis quand l'assurance est obligatoire ?" is no meeting's date)."""
        return (self.asks_when and not SINCE_WHEN.search(normalize(self.q))) or self.asks_where


# a change asked of, or heard of: "did they change it", "still on 15 dec?", "finalement", "la nouvelle date", "تغيرت",
# "اتبدلت", "الموعد الجديد" (normalised)
CHANGE_ASKED = re.compile(r"\b(?:chang\w*|still|anymore|new (?:date|deadline|venue|room|hall|time)|updated?|extended|"
                          r"postponed|moved|finalement|toujours|nouvel(?:le)? (?:date|salle|lieu|heure)|modifi\w*|prolong\w*|"
                          r"report[ee]e?s?|deplace\w*)\b"
                          r"|(?<!\w)(?:تغير|تغيرت|اتغير|اتغيرت|تبدل|تبدلت|اتبدل|اتبدلت|الجديد|الجديده|تمدد|اتمدد|مددو|تاجل|اتاجل|تعدل|اتعدل)(?!\w)")
# a day the asker checks ("registration closes 15 dec right??", "c'est toujours le 15 ?", "مش ١٥ ديسمبر صح؟")
CHECKED = re.compile(r"\b(?:right|correct|c'?est bien|c bien|toujours|still|vrai|c'?est aussi|is it also|also on)\b"
                     r"|(?<!\w)(?:صح|صحيح|مظبوط|مضبوط)(?!\w)")


def _said_by(term, words: set) -> bool:
    """Does one of a glossary term's forms stand in these words (each of its words)?"""
    return any(tks and all(tk in words for tk in tks) for forms in term.forms.values() for f in forms
               for tks in (tokens(f),))


class Understand:
    """question, chosen language, previous turn -> :class:`Understanding`."""

    def __init__(self, glossary, max_chars: int, vocabulary=frozenset(), heard=frozenset()):
        self.glossary = glossary
        self.max_chars = max_chars
        self.known = frozenset(w[:6] for w in vocabulary)     # the documents' words, by their first letters
        self.lexicon = language_lexicon(glossary)
        # every word the documents, the cards (``heard``) and the glossary use, and each of them with one
        # letter left out (a typo is one letter off a word they use: "atend", "acreditation")
        used = set(vocabulary) | set(heard)
        self._heard = used | {tk for t in glossary.terms for forms in t.forms.values() for f in forms for tk in tokens(f)}
        # ... of which a yes/no question's words are heard (:meth:`unheard`) when the documents or cards use them, or
        # the forms of a glossary term they say in one of its forms (a question on a "navette" is heard when a note
        # speaks of "الحافلات المكوكية"; a "code vestimentaire" is not, because the glossary knows "dress code")
        self._said = used | {tk for t in glossary.terms if _said_by(t, used) for forms in t.forms.values()
                             for f in forms for tk in tokens(f)}
        self._heard_cut: set[str] | None = None
        self._heard_stems: set[str] = set()
        self._heard_long: dict[str, set[str]] | None = None       # a word with one letter left out -> the words

    def corrected(self, q: str) -> str:
        """A word typed a letter short or a letter long ("coments", "acreditation", "registeration") read as the
        one word the documents, cards or glossary use that it is one letter off (not its first); a word they
        use, a place, a short word, or one two of their words are one letter off, stays as typed."""
        if self._heard_long is None:
            self._heard_long = {}
            for w in self._heard:
                if len(w) >= 5 and w.isalpha() and w.isascii():
                    for i in range(len(w)):
                        self._heard_long.setdefault(w[:i] + w[i + 1:], set()).add(w)

        def fix(m: re.Match) -> str:
            word = m.group(0)
            tk = tokens(word)
            if len(tk) != 1 or tk[0] in self._heard or tk[0] in EVERYDAY or gazetteer_spans(word.lower()):
                return word                       # (a place is not a typo: "tunis" is not "unis")
            if len(tk[0]) < 6:
                return word                       # ("grants" is not "garant", one letter off a short word)
            found = set(self._heard_long.get(tk[0], ()))              # a letter left out
            found |= {tk[0][:i] + tk[0][i + 1:] for i in range(1, len(tk[0]))} & self._heard   # a letter too many
            found = {w for w in found if w[0] == tk[0][0]}             # ("couverture" is not "ouverture")
            if len(found) != 1:
                return word
            fixed = found.pop()                   # (a word's stem: its plural as typed, "coments" -> "comments")
            return fixed + word[len(tk[0]):] if word.lower().startswith(tk[0]) else fixed + ("s" if word.endswith("s") else "")

        return re.sub(r"\b[A-Za-z]{5,}\b", fix, q)

    def unheard(self, q: str) -> list[str]:
        """The words of an English (or French: "y a-t-il ...") yes/no question that no document or card uses, nor a
        glossary entry they say in one of its forms, nor one letter off: "will the side events be recorded?" when
        nothing is said of recordings."""
        if self._heard_cut is None:
            self._heard_cut = {w[:i] + w[i + 1:] for w in self._said if len(w) >= 4 for i in range(len(w))}
            self._heard_stems = {w[:k] for w in self._said for k in range(STEM_MIN, min(len(w), STEM_MAX) + 1)}
        out = []
        asked_part = q.split("?")[0]                  # "is there a format? we are a small org": the question
        for tk in tokens(asked_part):
            if len(tk) < 3 or tk.isdigit() or tk in EVERYDAY or tk in self._said or tk in self._heard_cut:
                continue
            if len(tk) > STEM_MIN and tk[:min(max(STEM_MIN, len(tk) - 3), STEM_MAX)] in self._heard_stems:
                continue                              # another form of a word used: "interprété" of "interprétation"
            if any(tk[:i] + tk[i + 1:] in self._said for i in range(len(tk))):
                continue
            if tk.startswith("re") and len(tk) >= 6 and (tk[2:] in STOP or tk[2:] in EVERYDAY or tk[2:] in EVERYDAY_FR):
                continue                              # an everyday verb done again: "refaire", "redire" (not "retiré")
            out.append(tk)
        return out

    def __call__(self, question: str, language: str | None = None, previous: Turn | None = None,
                 context: str = "") -> Understanding:
        """``context``: the whole message ``question`` is a part of ("which venue?" of "the Cairo consultation: when
        exactly and which venue?"): the part says the kind of fact asked, the whole what it is asked of (the meeting,
        its year, its session, the place), and the whole is what is searched."""
        q = re.sub(r"\s+", " ", question or "").strip()
        fallback = previous.language if previous else "en"
        lang = language if language in ("ar", "en", "fr") else (detect_language(q, default=None, lexicon=self.lexicon) or fallback)
        q = spell_out(q)                     # "deadline outcome doc?" is matched as "deadline outcome document?"
        q = self.corrected(q)                # "coments on the summary" is matched as "comments on the summary"
        u = Understanding(question=question or "", q=q, language=lang, query=q)
        if not q or not re.search(r"\w", q):
            u.problem = "empty"
            return u
        if len(q) > self.max_chars:
            u.problem = "too_long"
            return u
        whole = self.corrected(spell_out(re.sub(r"\s+", " ", context).strip())) if context else ""
        if whole:
            u.query = f"{whole} {q}"                # (the part's own words twice: they weigh what is searched)
        elif previous and self._is_followup(q, previous):
            u.query = f"{previous.question} {q}"
        u.terms = self.glossary.domain_terms(u.query, lang)
        u.own = self._own_terms(u.query)
        u.vocabulary = vocabulary_of(self.glossary, u.query, lang)
        u.expansion = self.glossary.expand(u.query, lang)
        norm = normalize(q)
        u.asks_when = bool(WHEN_WORDS.search(norm))
        u.asks_where = bool(WHERE_WORDS.search(norm))
        u.asks_city = bool(CITY_WORDS.search(norm))
        u.asks_session = bool(SESSION_WORDS.search(norm))
        u.asks_deadline = bool(DEADLINE_WORDS.search(norm))
        u.asks_number = bool(NUMBER_QUESTION.search(norm))
        u.wanted = asked(q, u.asks_when, u.asks_where, u.asks_deadline, self.glossary.expand, lang, self.known,
                         u.asks_city, self.glossary.translations, within=context)
        parts = [n for noun, n in u.wanted.labels if noun != "edition"]
        if parts:
            # a part of a meeting named by its ordinal ("النقاش المفتوح الأول", "la deuxième séance"): searched by its
            # number too, as the documents number their parts ("Open Discussion 1"), not only by "first" / "inaugural"
            u.expansion = u.expansion + [str(n) for n in parts]
        if whole:                                    # what it is asked of: the whole message's
            u.wanted.years, u.wanted.labels = named_in(normalize(whole))
            u.q, u.part = whole, q
            return self._dated(u, whole)
        u = self._dated(u, q)
        asked_bare = strip_courtesy(q)               # "Hello, is it hybrid? thanks": not the greetings
        u.asks_if = not u.is_followup and bool(
            lang == "en" and YES_NO.match(asked_bare) or lang == "fr" and YES_NO_FR.match(normalize(asked_bare))
            or lang == "ar" and YES_NO_AR.match(normalize(asked_bare)))
        if u.asks_if and lang == "en":
            u.unheard = self.unheard(asked_bare)
        elif u.asks_if and lang == "fr":
            u.unheard = [tk for tk in self.unheard(asked_bare) if tk not in EVERYDAY_FR]
        elif u.asks_if and lang == "ar":
            # (its words in Latin letters only -- a platform, a name: "هل سيتم تسجيل الجلسات ونشرها على YouTube؟" when
            # nothing says YouTube; its Arabic words are read apart from the documents' by its light stemming)
            u.unheard = self.unheard(" ".join(re.findall(r"[A-Za-z][A-Za-z'’-]+", asked_bare)))
        if not u.asks_if and not u.is_followup and asked_by_tone(q, lang):
            # a question asked by its tone: what it asks stands after its verb ("le rapport sera traduit en espagnol ?"),
            # and only those words are looked for in the whole index -- what it is asked of may be named in the
            # question's own words ("la séance sur le bilan des indicateurs est-elle gratuite ?" of a "stocktaking")
            # (and not when it asks a kind of fact, whose words say how it asks: "est-elle gratuite ?" asks a cost)
            u.asks_if = True
            asked_part = SPOKEN_YES_NO[lang].split(normalize(asked_bare).replace("'", " ").replace("’", " "), 1)[-1]
            flags = [bool(words.search(asked_part)) for words in (WHEN_WORDS, WHERE_WORDS, DEADLINE_WORDS, CITY_WORDS)]
            if u.wanted.kind and not asked(asked_part, *flags[:3], self.glossary.expand, lang, self.known, flags[3],
                                           self.glossary.translations).kind:
                u.wanted.kind = ""       # the kind's word names what it is asked of: "l'étude sur le coût des transferts
                                         # existe en anglais ?" asks whether, not a cost
            # (not in Arabic: its light stemming reads a question's word and the documents' apart, see YES_NO_FR)
            u.unheard = [] if u.wanted.kind or lang == "ar" else [tk for tk in self.unheard(asked_part)
                                                                  if tk not in EVERYDAY_FR]
        return u

    def _dated(self, u: Understanding, q: str) -> Understanding:
        # a day the asker gives of what they did, in a clause of its own, when another asks when, is theirs, not what
        # is asked of: "سجلت يوم ٢٥ مارس، متى سيتم إبلاغ المقبولين ...؟", "... إمتى بخصوص طلبات المتحدثين؟ قدمت يوم ١٠
        # فبراير" (not a day naming what is asked of: "the conference on 4 July, deadline to register?")
        days_from = q
        clauses = [(c, normalize(c)) for c in re.split(r"[,،;؛.!?؟]+", q) if c.strip()]
        if (CHECKED.search(nq := normalize(q)) and re.search(r"\d", nq)
                or u.wanted.kind in ("date", "day", "deadline") and CHANGE_ASKED.search(nq)):
            days_from = ""          # (a day the asker checks is what is asked, not what it is asked of: "registration
                                    # closes 15 dec right?? or did they change it" is answered by the 22nd it moved to)
        if u.wanted.kind in ("date", "day", "deadline", "time"):
            asks = [bool(WHEN_WORDS.search(norm)) for _, norm in clauses]
            kept = [c for (c, norm), when in zip(clauses, asks) if when or not (ASKER_DID.match(norm) or REPORTED.search(norm))]
            if len(kept) < len(clauses) and any(asks):
                days_from = " ".join(kept)
        # (a clause saying what someone said or the asker believes, asking nothing itself, beside one that asks: "how
        # much per diem do i get per night? someone said 171$" -- its words are no topic the answer must be on)
        asides = [(c, norm) for c, norm in clauses if (REPORTED.search(norm) or ASKER_DID.match(norm)) and not ASKING.search(c)]
        if asides and len(asides) < len(clauses):
            u.aside = "\n".join(c for c, norm in asides if REPORTED.search(norm))
            # (nor are the domain's terms only such a clause, or one saying what the asker did, names: "منظمتنا ما
            # انختارت ..., وين البث المباشر؟" asks nothing of organisations -- but the meeting it names is the one asked
            # of: "... ما انختارت لمنتدى صلالة")
            rest = " ".join(c for c, norm in clauses if (c, norm) not in asides)
            only = {t.id for t in self.glossary.domain_terms(" ".join(c for c, _ in asides), u.language)
                    if t.type != "meeting"} - {
                t.id for t in self.glossary.domain_terms(rest, u.language)}
            if only:
                u.terms = [t for t in u.terms if t.id not in only]
        u.days = self._days(days_from)
        u.wanted.days = u.days
        u.wanted.months = self._months(days_from, u.days)
        if u.wanted.kind == "date" and u.days and any(noun in SESSION_PARTS for noun, _ in u.wanted.labels):
            u.wanted.kind = "time"   # when a numbered session of a day named starts ("الجلسة الرابعة يوم ٢١ ابريل ...
                                     # وامتى بتبدأ"): its hour, not its day, which the question gives
        return u

    def _own_terms(self, q: str) -> frozenset:
        """The glossary terms the question names only as the asker's own ("notre association", "we are an NGO",
        "جمعيتنا")."""
        norm = normalize(q)
        own, other = set(), set()
        for term, _, matched in self.glossary.find(q):
            form = matched.strip()
            if not ORGANISATION_NOUN.search(" ".join([form, *term.english]).lower()):
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", norm) if form else ():
                mine = ASKER_OWN_BEFORE.search(norm[:m.start()]) or ASKER_OWN_WORD.search(form)
                (own if mine else other).add(term.id)
        return frozenset(own - other)

    def _days(self, q: str) -> list[tuple[int, int]]:
        """The days a question names in its language ("27 octobre", "18 decembre", "٣ تشرين التاني")."""
        norm = to_ascii_digits(normalize(q))
        out = []
        for term, _, matched in self.glossary.find(q):
            if not term.id.startswith("month-"):
                continue
            month = int(term.id.split("-")[1])
            form = re.escape(matched.strip())
            for m in re.finditer(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?{form}|{form}\s+(\d{{1,2}})\b", norm):
                day = int(m.group(1) or m.group(2))
                if 1 <= day <= 31:
                    out.append((day, month))
        return out

    def _months(self, q: str, days: list[tuple[int, int]]) -> list[int]:
        """The months a question names without a day ("the July conference", "مؤتمر تموز"); "may" only as
        "May" (not "may I register")."""
        found = {int(term.id.split("-")[1]) for term, _, matched in self.glossary.find(q) if term.id.startswith("month-")
                 and (matched.strip() != "may" or re.search(r"\bMay\b", q))}
        return sorted(found - {m for _, m in days})

    def _is_followup(self, q: str, previous: Turn) -> bool:
        if FOLLOWUP_START.search(q) or FOLLOWUP_START.search(normalize(q)):
            return True
        content = tokens(q)
        return len(content) <= FOLLOWUP_MAX_WORDS and not self.glossary.domain_terms(q) and bool(previous.question)
