"""Named places in English text: "in Beirut", "at the Hotel Africa Conference Hall, Tunis",
"at the Zahran Grand Hotel, Amman, Jordan". Shared by the answer checks (a "which city" question
needs one) and by ingest (the place of an event found in a document)."""
from __future__ import annotations

import re

from bot.text.language import normalize
from bot.text.world_places import CAPITALS as WORLD_CAPITALS, COUNTRIES as WORLD_COUNTRIES

# capitalised words after "in" / "at" that are not places: months, weekdays, languages, agenda words
_NOT_PLACE = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
              r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|French|Spanish|Russian|Portuguese|Chinese|Swahili|Member|Annex|Session|Line)\b)")
# (a name may join its words with "&", "and", "of": "the Landmark Amman Hotel & Conference Center, Amman", "the Oman
# Convention and Exhibition Centre")
PLACE_NAME = re.compile(rf"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?{_NOT_PLACE}[A-Z][a-z]+"
                        r"(?:(?:[\s,]+|\s+&\s+|\s+(?:and|of|of the)\s+)[A-Z][a-z]+)*")
_LEAD = re.compile(r"^(?:[Ii]n|[Aa]t)\s+(?:the\s+)?")


def named_place(text: str) -> str:
    """The first named place of an English text ("the Zahran Grand Hotel, Amman, Jordan"), or ""."""
    m = PLACE_NAME.search(text or "")
    return re.sub(r"\s+", " ", _LEAD.sub("", m.group())).strip(" ,") if m else ""   # (a name wrapped over two lines)


# a dateline: a line that is a place and then its date ("Beirut, Lebanon, 5-6 November 2025")
# ("Sfax, le mardi 11 octobre 2039": the French article before its day)
_DATELINE = re.compile(rf"^\s*{_NOT_PLACE}((?:[A-Z][\w'’.-]*\s*)+(?:,\s*(?:[A-Z][\w'’.-]*\s*)+)*),\s*(?:le\s+)?$")
_NOT_DATELINE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|From|Date|Dates|"
                           r"Updated|Published|Issued|Deadline|Held|Online|Virtual)\b")
# a sentence that says where something is held, with no date of its own ("The consultation took place
# at the UN House in Beirut"): the place of the document's own event when its dates do not say it
VENUE_VERBS = re.compile(r"\b(?:takes?|took|taking|will take) place\b|\b(?:(?:is|was|be|been|being|are|were) )?held(?= (?:in|at)\b)|"
                         r"\b(?:is|was|be|been|being|are|were) held\b|"
                         r"\bhosted\b|\b[Vv]enue\b|\bconvened (?:in|at)\b|"
                         # a label: "Venue:", "Lieu :", "المكان:"
                         r"\b[Ll]ieu(?=\s*:)|(?<![\w\u0600-\u06FF])(?:ال)?مكان(?: الانعقاد)?(?=\s*:)|"
                         # French and Arabic: "se tiendra", "s'est tenu", "aura lieu", "se déroulera"; "تعقد", "عُقد"
                         r"\bs[e'’]\s?(?:tiendra|tient|tiennent|tenait|est tenue?|sont tenu(?:e?s)?|d[ée]roulera|d[ée]roule|"
                         r"est d[ée]roul[ée]e?)\b|\b(?:aura|a eu|ont eu|auront) lieu\b|"
                         r"(?<![\w\u0600-\u06FF])(?:[وف]?(?:ت|ي|ست|سي)?[ُ]?(?:عقد|قام|نعقد)|عُقد|عقدت|أقيمت|اقيمت)(?:ت|ه|ها)?(?![\w\u0600-\u06FF])|"
                         # ... and who organises it, where ("تنظّم شبكة نماء ... «المشاورة الوطنية» يومي ... في قاعة زاغروس",
                         # "IOM organises ... at the Gulf Convention Centre"): a building said after it
                         r"\b(?:organi[sz]es|will organi[sz]e|organisera|organisent)\b|"
                         r"(?<![\w\u0600-\u06FF])[وف]?(?:ت|ي|ست|سي)ن[ّ]?ظ[ّ]?م(?![\w\u0600-\u06FF])")


# the place right after "took place" / "is held": "at the UN House in Beirut" -> "UN House in Beirut"
_VENUE_PHRASE = re.compile(r"\s*(?:(?:on|from|between)\s+[^.;:]{0,60}?(?:19|20)\d\d\s*,?\s*)?"   # its days first
                           # (a name joined by a small word: "Centre for Migration Studies", "Centro de Convenciones
                           # Miraflores")
                           rf"(?:at|in)\s+(?:the\s+)?({_NOT_PLACE}(?:[A-Z][\w'’&-]*\s*|&\s+|"
                           r"(?:and|of|of the|for|for the|de|del|de la|de las|de los)\s+(?=[A-Z]))+"
                           r"(?:\(\s*[A-Z][A-Za-z]{1,9}\s*\)\s*)?"      # its acronym: "Centre (UNCC) in Addis Ababa"
                           # a building's noun in lower case after its owner's name: "the UN regional hub in Ciudad del Saber"
                           r"(?:(?:[a-z]+\s+)?(?:hub|office|centre|center|hall|campus|building|house|headquarters|premises)\b\s*)?"
                           rf"(?:(?:in|,)\s*{_NOT_PLACE}(?:[A-Z][\w'’-]*\s*|(?:de|del|da|do|dos|das|di|la|el)\s+(?=[A-Z]))+)*)")


# the nouns a building's name starts with, in Arabic and French (an English name ends with its: "Zahran Grand Hotel")
# (and the cultural and academic buildings a ceremony, an exhibition or a training is held in: "à l'Espace culturel El
# Manara", "à la galerie ...", "في المعهد ...")
_AR_BUILDING = r"(?:قاعة|فندق|مركز|قصر|مبنى|مقر|بيت|دار|معهد|جامعة|متحف|مسرح|مكتبة|رواق)"   # ("دار الشباب", "دار الضفتين للمؤتمرات")
_FR_BUILDING = (r"(?:[Cc]entre|[Ss]alle|[Hh][ôo]tel|[Pp]alais|[Mm]aison|[Ss]i[èe]ge|[Aa]uditorium|[Cc]ampus|[Cc]omplexe|[Bb][âa]timent|"
                r"[Ee]space|[Gg]alerie|[Bb]iblioth[èe]que|[Mm][ée]diath[èe]que|[Mm]us[ée]e|[Tt]h[ée][âa]tre|[Ii]nstitut|"
                r"[Uu]niversit[ée]|[Ff]acult[ée]|[Aa]mphith[ée][âa]tre)")
# a building named in French or Arabic after "au" / "à la" / "في": "au Centre international de conférences de
# Nouakchott", "في قاعة الفسطاط" (up to the next comma: what follows is the city or the format)
VENUE_NOUN = re.compile(
    rf"\b(?:au|aux|à la|a la|à l['’]|a l['’]|dans (?:la|le|les)|dans l['’])\s*({_FR_BUILDING}\b[^,.;:()\n]{{0,80}})|"
    rf"(?<![\w\u0600-\u06FF])(?:في|ب)\s?({_AR_BUILDING}\s[^،,.؛:()\n]{{2,80}})")


# how a meeting is held, between the verb and its venue: "held in person at the Gulf Convention Centre in Manama",
# "se tiendra en présentiel au Centre ...", "تعقد حضوريًا في فندق ..."
_FORMAT_LEAD = re.compile(r"^\s*,?\s*(?:(?:both\s+)?in[\s-]person|in\s+(?:a\s+)?hybrid\s+(?:format|mode|form)|physically|"
                          r"en\s+pr[ée]sentiel|en\s+mode\s+hybride|sous\s+forme\s+hybride|"
                          r"(?<![\w\u0600-\u06FF])(?:حضوريا|حضوريًا|حضوريّاً|بشكل\s+حضوري|بشكل\s+هجين))\s*,?", re.IGNORECASE)


def venue_named(after_verb: str) -> str:
    """The venue the words after "took place" / "is held" / "se tiendra" / "تعقد" name ("at the UN House in
    Beirut" -> "UN House in Beirut"; "du 16 au 18 mars au Centre international de conférences" -> "Centre
    international de conférences"; "in person at the Gulf Convention Centre in Manama" -> "Gulf Convention Centre in
    Manama"), the words after a label's colon ("Venue: ..."), else the place they name ("in Amman"), else ""."""
    label = re.match(r"\s*[:：]\s*([^\n;]{3,160})", after_verb)
    if label:                          # "Venue: United Nations Conference Centre (UNCC), ..., Bangkok, Thailand"
        return re.sub(r"\s+", " ", label.group(1)).strip(" ,.")
    after_verb = _FORMAT_LEAD.sub("", after_verb, count=1)
    m = _VENUE_PHRASE.match(after_verb)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).strip(" ,")
    m = VENUE_NOUN.search(after_verb)
    if m:
        # (a line's end cuts "à l'hôtel Atlas Sky de / Casablanca": not its dangling "de")
        return re.sub(r"\s+(?:de|du|des|d['’]|à|au|en)$", "", _ARABIC_TAIL.sub("", (m.group(1) or m.group(2))).strip(" ,،"))
    return named_place(after_verb)


# what ends an Arabic venue phrase: a number (its date) and the words that lead to it ("يومي ١٨ و١٩")
_ARABIC_TAIL = re.compile(r"(?:\s+(?:يومي|يوم|من|خلال|بتاريخ|في|على))*\s*[\d٠-٩].*$")


_BUILDING = re.compile(
    rf"{_AR_BUILDING}\s|{_FR_BUILDING}\s|"
    r"(?:[A-Z][\w'’&-]*\s+){0,4}(?:Hall|Centre|Center|Hotel|House|Palace|Building|Headquarters|Campus|Auditorium|Gallery|"
    r"Museum|Library|Theatre|Theater|Institute|University)\b")


def names_a_building(text: str) -> bool:
    """Does the text name a building anywhere ("at the Kigali Convention Centre", "au Centre international de
    conférences", "في فندق ...")?"""
    return bool(_BUILDING.search(text or "") or VENUE_NOUN.search(text or ""))


def place_parts(place: str) -> list[str]:
    """A place's comma-separated parts, with a Latin or an Arabic comma ("قاعة الفسطاط، ...، القاهرة")."""
    return [p.strip() for p in re.split(r"[,،]", place or "") if p.strip()]


def is_building(text: str) -> bool:
    """Does the text start by naming a building ("Zahran Grand Hotel", "Centre de conférences Al Manar", "قاعة ...")?"""
    return bool(_BUILDING.match((text or "").strip()))


def opens_with_building(line: str) -> bool:
    """Does a line open with a building's name, whatever marks it ("📍 Dunga Youth House, Lakeside Road, Kisumu", "- قاعة
    ...")?"""
    return is_building(re.sub(r"^[\W_]+", "", line or ""))


def venue_line(line: str) -> str:
    """A line of its own that names a building ("قاعة الفسطاط، مركز الزمالك للمؤتمرات", "UN House, Riad El Solh
    Square"), as under a dateline; or ""."""
    line = (line or "").strip(" \t-–•*#|")
    if not line or len(line.split()) > 10 or re.search(r"\d", line):
        return ""
    return line if is_building(line) else ""


# a document's reference opening its dateline ("Réf. PSSM-NE/TDR/2039/07 – ", "ACSMD/ALX/2039/05 - ")
_REFERENCE_FIRST = re.compile(r"^\s*(?:(?:R[ée]f|Ref)\.?\s*:?\s*|المرجع\s*:?\s*)?[\w.-]*[/\d][\w./-]*\s+[-–—]+\s+")


def dateline_place(line: str) -> str:
    """The place a dateline gives before its date: ``line`` is what precedes the date on its line
    ("Beirut, Lebanon, " -> "Beirut, Lebanon"; after the document's reference, "PSSM-NE/TDR/2039/07 – Niamey, " ->
    "Niamey"), or ""."""
    line = _REFERENCE_FIRST.sub("", line or "")
    m = _DATELINE.match(line or "")
    if not m or _NOT_DATELINE.search(m.group(1)) or len(m.group(1).split()) > 6:
        return _gazetteer_dateline(line or "").rstrip(" -–—|")     # ("Manama, Bahrain -- 10 and 11 June 2031")
    return m.group(1).strip(" ,")


def _gazetteer_dateline(line: str) -> str:
    """A French or Arabic dateline's place, when it names a city or country the gazetteer knows ("الدوحة،
    قطر، " -> "الدوحة، قطر"; "Nouakchott (Mauritanie) et en ligne, du mardi " -> "Nouakchott (Mauritanie) et en
    ligne"): what precedes its last comma when the words after it name no place (a weekday, "du")."""
    # (or a dash: "Cotonou (Bénin) et en ligne – mardi 16 ...", "Niamey (Niger) – du mardi 9 ...")
    line = re.sub(r"\s[-–—]+\s*(?:du|from|le|les|من)?\s*$", ", ", line)
    if not re.search(r"[,،]", line):
        return ""                                  # a dateline's place is set off by a comma
    head = line.strip(" \t,،")
    cut = max(head.rfind(","), head.rfind("،"))
    if cut > 0 and not gazetteer_spans(normalize(head[cut + 1:])):
        head = head[:cut].strip(" ,،")
    if not head or len(head.split()) > 6 or re.search(r"[.;:!?؟]", head) or not gazetteer_spans(normalize(head)):
        return ""
    return head


# a part of an address that names a district or a street (after which a city may be named: "حي الرياض", "rue de Tunis")
_LOCALITY = re.compile(r"^(?:حي|شارع|زنقه|نهج|quartier|rue|avenue|boulevard|bd|impasse|district|street)(?!\w)")


def names_a_locality(part: str) -> bool:
    """Is a part of a place a district or a street ("حي الرياض", "Rue de Marseille") rather than a city?"""
    return bool(_LOCALITY.match(normalize(part.strip())))


# a part of a building numbered like a postal district ("Room 104", "Hall 2", "Salle 3"): no city
_NUMBERED_ROOM = re.compile(r"(?i)(?:room|hall|suite|floor|level|block|building|gate|wing|salle|bureau|bloc|porte)\b")


def place_names(place: str) -> list[str]:
    """The names a place is asked by: its comma-separated parts ("Zahran Grand Hotel", "Amman",
    "Jordan"), and the town a part names after "in" ("UN House in Beirut": Beirut)."""
    parts = [p.strip() for p in re.split(r"[,،]", place or "") if p.strip()]
    # "UN House in Beirut": Beirut too
    inner = [inner for p in parts for inner in re.findall(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)$", p)]
    # a place an Arabic or French document writes ("الدوحة", "Mauritanie") is asked by its English name too
    # (not a district or a street named after a city: "حي الرياض" in Rabat is no Riyadh, nor "rue de Tunis" Tunis)
    english = [name for p in parts if (not p.isascii() or not p[:1].isupper() or "(" in p) and not names_a_locality(p)
               for _, _, name in gazetteer_spans(normalize(p))]
    # the city before the country, written with its postal district ("..., Colombo 07, Sri Lanka"): the city
    city = [m.group(1) for before, last in ([parts[-2:]] if len(parts) >= 2 else []) if gazetteer_spans(normalize(last))
            for m in [re.fullmatch(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+\d{1,5}", before)]
            if m and not _NUMBERED_ROOM.match(m.group(1))]
    return list(dict.fromkeys(parts + inner + english + city))


def place_forms(name: str) -> set[str]:
    """A place's name normalised, and as typed without its hyphens ("Bobo-Dioulasso": "bobo dioulasso")."""
    norm = normalize(name)
    return {norm, norm.replace("-", " ")} - {""}


def place_pattern(names) -> re.Pattern | None:
    """One pattern finding any of these (normalised) place names as whole words, longest first."""
    vocab = sorted({n for n in names if n}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, vocab)) + r")(?!\w)") if vocab else None


# The region's capitals and countries and the UN's meeting cities, as Arabic and French questions
# write them ("مؤتمر عمان", "l'atelier de Beyrouth"): the documents name places in English. A
# gazetteer, not a list of the documents' places: any document held in one of them is found.
# Unvowelled Arabic is ambiguous: "عمان" is Amman or Oman (both are given).
# (a form with "[" or "(" is a pattern: "تونس العاصمة", the capital, is Tunis and not Tunisia)
GAZETTEER: dict[str, tuple[str, ...]] = {
    "Amman": ("عمان",), "Oman": ("عمان", "سلطنه عمان"), "Beirut": ("بيروت", "beyrouth"),
    "Cairo": ("القاهره", "caire"), "Tunis": ("تونس",), "Rabat": ("الرباط",), "Doha": ("الدوحه",),
    "Geneva": ("جنيف", "geneve"), "New York": ("نيويورك", "nyc"), "Marrakesh": ("مراكش", "marrakech"),
    "Riyadh": ("الرياض", "riyad"), "Dubai": ("دبي", "dubai"), "Abu Dhabi": ("ابوظبي", "ابو ظبي", "abou dhabi"),
    "Baghdad": ("بغداد", "bagdad"), "Damascus": ("دمشق", "damas"), "Khartoum": ("الخرطوم",),
    "Tripoli": ("طرابلس",), "Algiers": ("الجزا[ئي]ر", "alger"), "Muscat": ("مسقط", "mascate"),
    "Manama": ("المنامه",), "Kuwait": ("الكويت", "koweit"), "Sanaa": ("صنعاء", "صنعا"),
    "Nouakchott": ("نواكشوط",), "Casablanca": ("الدار البيضاء",), "Alexandria": ("الاسكندريه", "alexandrie"),
    "Jeddah": ("جده", "djeddah"), "Erbil": ("اربيل",), "Bahrain": ("البحرين", "bahrein"),
    "Jordan": ("الاردن", "jordanie"), "Lebanon": ("لبنان", "liban"), "Egypt": ("مصر", "egypte"),
    "Tunisia": ("تونس(?! العاصم[هة])", "tunisie"), "Morocco": ("المغرب(?! العربي)", "maroc"), "Qatar": ("قطر",),
    "Saudi Arabia": ("السعوديه", "arabie saoudite"),
    "United Arab Emirates": ("الامارات", "emirats arabes unis"), "Iraq": ("العراق", "irak"),
    "Syria": ("سوريا", "سوريه", "syrie"), "Libya": ("ليبيا", "libye"), "Sudan": ("السودان", "soudan"),
    "Yemen": ("اليمن",), "Mauritania": ("موريتانيا", "mauritanie"), "Algeria": ("الجزا[ئي]ر(?! العاصم[هة])", "algerie"),
    "Djibouti": ("جيبوتي",), "Somalia": ("الصومال", "somalie"), "Comoros": ("جزر القمر", "comores"),
    "Palestine": ("فلسطين",), "Switzerland": ("سويسرا", "suisse"),
    # where the region's migrant workers come from and go to, and the regions' other meeting places (a document of
    # another region -- the Horn of Africa, the Asia-Pacific -- names its own: "how many participants from Kenya")
    "Kenya": ("كينيا",), "Ethiopia": ("اثيوبيا", "ethiopie"), "Uganda": ("اوغندا", "ouganda"),
    "Eritrea": ("اريتريا", "erythree"), "Tanzania": ("تنزانيا", "tanzanie"), "Nigeria": ("نيجيريا",),
    "Senegal": ("السنغال",), "Mali": (), "Niger": ("النيجر",), "Ghana": ("غانا",),   # ("مالي" is "financial")
    "Cote d'Ivoire": ("ساحل العاج", "cote d'ivoire", "ivory coast"), "South Africa": ("جنوب افريقيا", "afrique du sud"),
    "India": ("الهند", "inde"), "Pakistan": ("باكستان",), "Bangladesh": ("بنغلاديش", "بنجلاديش"),
    "Nepal": ("نيبال",), "Sri Lanka": ("سريلانكا", "سري لانكا"), "Philippines": ("الفلبين",),
    "Indonesia": ("اندونيسيا", "indonesie"), "Afghanistan": ("افغانستان",), "Iran": ("ايران",),
    "Turkey": ("تركيا", "turquie", "turkiye"), "Thailand": ("تايلاند", "thailande"),
    "France": ("فرنسا",), "Germany": ("المانيا", "allemagne"), "Italy": ("ايطاليا", "italie"),
    "Spain": ("اسبانيا", "espagne"), "Greece": ("اليونان", "grece"), "United Kingdom": ("المملكه المتحده", "royaume-uni"),
    "United States": ("الولايات المتحده", "etats-unis"), "Canada": ("كندا",),
    "Nairobi": ("نيروبي",), "Addis Ababa": ("اديس ابابا", "addis-abeba", "addis abeba"), "Dakar": ("داكار",),
    "Bangkok": ("بانكوك",), "Istanbul": ("اسطنبول",), "Brussels": ("بروكسل", "bruxelles"),
    "Vienna": ("فيينا", "vienne"), "Paris": ("باريس",),
    # the sub-regions ("بين دول المغرب العربي والخليج": the Maghreb and the Gulf, not Morocco)
    # (and the Maghreb's adjective: "la consultation maghrébine", "المشاورة الإقليمية المغاربية")
    "Maghreb": ("المغرب العربي", "maghrebi", "maghrebin", "maghrebins", "maghrebine", "maghrebines", "مغاربي", "مغاربيه",
                "المغاربي", "المغاربيه", "المغاربيين", "مغاربيين"), "Gulf": ("الخليج", "دول الخليج", "golfe", "gcc", "ccg"),
    # where the diaspora and the other regions are ("associations ... établies en Europe, en Amérique du Nord et dans
    # les pays du Golfe" is a count of all three, not the Gulf's)
    # (and their peoples' adjectives: "how many European countries", "pays européens", "دول أوروبية")
    "Europe": ("اوروبا", "european", "europeans", "europeen", "europeens", "europeenne", "europeennes", "اوروبي",
               "اوروبيه", "اوروبيين", "الاوروبي", "الاوروبيه", "الاوروبيين"),
    "North America": ("امريكا الشماليه", "amerique du nord"), "Africa": ("افريقيا", "afrique", "african", "africans",
               "africain", "africains", "africaine", "africaines", "افريقي", "افريقيه", "الافريقي", "الافريقيه", "افريقيين"),
    "Asia": ("اسيا", "asie", "asian", "asiatique", "asiatiques", "اسيوي", "اسيويه", "الاسيوي", "الاسيويه"),
    "Latin America": ("امريكا اللاتينيه", "amerique latine"),
}
# ... and the world's other countries and capitals (bot/text/world_places.py), found word by word (their forms are
# plain words, hundreds of them: looked up, not each searched); their peoples' adjectives are not read
# ("Australian" is not Austria's)
_ADJECTIVE_PLACES = frozenset(GAZETTEER)
GAZETTEER.update(WORLD_COUNTRIES)
GAZETTEER.update(WORLD_CAPITALS)
# the gazetteer's regions (normalised): where people come from, not where a meeting is held ("the Economic and Social
# Commission for Western Asia", "اللجنة الاقتصادية والاجتماعية لغربي آسيا" names no venue)
REGIONS = frozenset(n.lower() for n in ("Maghreb", "Gulf", "Europe", "North America", "Africa", "Asia", "Latin America"))
# the gazetteer's cities (normalised): a meeting placed in one is held there, where a country or a sub-region may
# hold the city a document's meeting is in ("the youth forum in Oman" is the one in Muscat)
CITIES = frozenset(n.lower() for n in (
    "Amman", "Beirut", "Cairo", "Tunis", "Rabat", "Doha", "Geneva", "New York", "Marrakesh", "Riyadh", "Dubai",
    "Abu Dhabi", "Baghdad", "Damascus", "Khartoum", "Tripoli", "Algiers", "Muscat", "Manama", "Sanaa", "Nouakchott",
    "Casablanca", "Alexandria", "Jeddah", "Erbil", "Nairobi", "Addis Ababa", "Dakar", "Bangkok", "Istanbul", "Brussels",
    "Vienna", "Paris")) | frozenset(n.lower() for n in WORLD_CAPITALS)
_gazetteer: list[tuple[re.Pattern, str]] | None = None


def _compiled() -> list[tuple[re.Pattern, str]]:
    global _gazetteer
    if _gazetteer is None:
        # an Arabic name may carry a clitic ("بعمان", "لبيروت", "والقاهرة")
        _gazetteer = [(re.compile(rf"(?<!\w){_AR_CLITIC}?" + (f if "[" in f or "(" in f else re.escape(normalize(f)))
                                  + r"(?!\w)"),
                       normalize(name)) for name, forms in GAZETTEER.items() if name in _ADJECTIVE_PLACES for f in forms]
    return _gazetteer


_world: dict[str, set[str]] | None = None
_AR_CLITIC = r"(?:[وفبل]|ل?ل)"      # an Arabic name's clitic: "بعمان", "لبيروت", "والقاهرة", "للبرازيل"
_ELISION = r"^(?:l|d|qu)['’]"       # a French name's elided article or preposition: "l'Ouzbékistan", "d'Arménie"
_world_firsts: set[str] = set()
_WORLD_WORDS = 5                    # the most words of a world place's form
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _forms_of(phrase: str) -> list[str]:
    """A phrase as typed, then as a place's form may write it: without its elision ("l'Ouzbékistan"), or without an
    Arabic clitic ("ببنما", "للبرازيل", "وكازاخستان"), the article put back ("لبرازيل")."""
    if re.match(_ELISION, phrase):
        return [phrase, re.sub(_ELISION, "", phrase)]
    if re.match(r"[وفبل]", phrase):
        bare = re.sub(rf"^{_AR_CLITIC}", "", phrase, count=1)
        return [phrase, bare, "ال" + bare]
    return [phrase]


def _world_spans(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) of each of the world's other countries and capitals a normalised text names in
    French or Arabic (an Arabic word may carry a clitic: "ببنما", "وكازاخستان")."""
    global _world
    if _world is None:
        _world = {}
        for name, forms in (*WORLD_COUNTRIES.items(), *WORLD_CAPITALS.items()):
            for f in forms:
                # (and the name typed without its apostrophe: "ndjamena" for "N'Djamena")
                form = normalize(f)                  # (not ``norm``: the text asked, read below)
                for key in {form, form.replace("'", "").replace("’", "")}:
                    _world.setdefault(" ".join(_WORD.findall(key)), set()).add(normalize(name))
        _world_firsts.update(form.split(" ", 1)[0] for form in _world)
    words = list(_WORD.finditer(norm))
    out = []
    for i, first in enumerate(words):
        if not set(_forms_of(first.group())) & _world_firsts:
            continue                                 # (no form starts with this word)
        for n in range(min(_WORLD_WORDS, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if n > 1 and "\n" in norm[first.start():last.end()]:
                continue
            phrase = " ".join(word.group() for word in words[i:i + n])
            names = next((_world[form] for form in _forms_of(phrase) if form in _world), None)
            if names:
                out += [(first.start(), last.end(), name) for name in sorted(names)]
                break
    return out


_adjectives: list[tuple[re.Pattern, str]] | None = None
# an adjective of a country that is also a plain word: "قطري" is "Qatari" and "country-level" ("فرق الأمم المتحدة
# القطرية", the UN Country Teams)
PLAIN_NISBA = frozenset({"قطر"})


def _adjective_patterns() -> list[tuple[re.Pattern, str]]:
    """A country's people's adjective, as a question names a person by it: "المسؤول العماني", "السلطات الليبية",
    "the Egyptian official", "la déléguée marocaine" (not a city's: "عماني" is Oman's)."""
    global _adjectives
    if _adjectives is None:
        # Arabic: the name's stem and "ي" ("العماني", "المصرية", "الليبيين")
        _adjectives = [(re.compile(r"(?<!\w)(?:[وفبل]|ل?ل)?(?:ال)?" + re.escape(base) + r"ي(?:ه|ين|ون)?(?!\w)"),
                        normalize(name)) for name, forms in GAZETTEER.items()
                       if name in _ADJECTIVE_PLACES and name.lower() not in CITIES and name.lower() not in REGIONS
                       for base in dict.fromkeys(_nisba_base(normalize(f)) for f in forms) if base and base not in PLAIN_NISBA]
        # ... in English and French, by its name's first letters and an adjective's ending ("Egyptian",
        # "égyptienne", "Omani", "marocain", "Lebanese", "libanais")
        _adjectives += [(re.compile(rf"(?<!\w){re.escape(stem)}[a-z]{{0,3}}{LATIN_PEOPLE}(?!\w)"), normalize(name))
                       for name, forms in GAZETTEER.items()
                       if name in _ADJECTIVE_PLACES and name.lower() not in CITIES and name.lower() not in REGIONS
                       for stem in dict.fromkeys(normalize(n)[:5] for n in (name, *forms)
                                                 if n.isascii() and " " not in n and len(n) >= 4)]
    return _adjectives


# how a people's adjective ends in English and French (after a country name's first letters)
LATIN_PEOPLE = r"(?:ians?|is?|ese|ans?|ns?|iens?|iennes?|ennes?|nnes?|ais|aises?|ains?|aines?)"   # ("syrienne": "syrie" + "nne")


def _nisba_base(form: str) -> str:
    """What an Arabic country name's adjective is built on: "عمان" -> "عمان" (عماني), "ليبيا" -> "ليب" (ليبي),
    "السعوديه" -> "سعود" (سعودي), "الاردن" -> "اردن" (أردني); none for a name of several words, a pattern, or a name
    ending like its adjective ("جيبوتي")."""
    form = re.sub(r"\[[^]]*\]", "ي", form.split("(?!")[0])    # "تونس(?! العاصمة)", "الجزا[ئي]ر" (normalised: ي)
    if not re.fullmatch(r"[\u0621-\u064a]+", form) or form.endswith("ي"):
        return ""
    base = re.sub(r"^ال", "", form)
    base = re.sub(r"(?:يه|يا|ا|ه)$", "", base)
    return base if len(base) >= 3 else ""


_ENGLISH_NAMES: re.Pattern | None = None
# "participants from Lebanon", "combien de participants du Liban", "كم مشارك من لبنان": where they come from
# "how many people came to Beirut", "venus à Tunis", "إجوا على عمان": where they went, the meeting's place
_TO = re.compile(r"(?:\bto|\bat|\ba|\bau|\bjusqu'?a|(?<!\w)(?:الى|الي|على|علي|ل))\W*(?:the\s+)?$")
# a part of a meeting ("who moderates session 1 ... in suva", "مين رح يدير الجلسة الأولى ... بسوفا"): the question
# speaks of a meeting, held where it names
_SESSION = re.compile(r"\b(?:sessions?|seances?|panels?|plenary|pleniere)\b|(?<!\w)[وفب]?(?:ال)?جلس(?:ه|ات)(?!\w)")
_FROM = re.compile(r"(?:\bfrom|\bde|\bdu|\bdes|\bd|(?<!\w)من)\W*(?:the\s+|la\s+|le\s+|l\W)?$")
# a document named by its kind ("the Lusaka slides", "le formulaire de Douala", "بسلايدات لوساكا", "مذكرة جيبوتي"):
# the place named with it is its meeting's, as with a meeting's name
_DOCUMENT = re.compile(r"\b(?:slides?|slide deck|deck|presentation|form|formulaire|diapos?|diapositives?|note|notes|flyer|"
                       r"brochure|guide|page|website|site)\b"
                       r"|(?<!\w)[وفب]?(?:ال)?(?:سلايد|سلايدات|شرائح|شريحه|العرض التقديمي|عرض تقديمي|مذكره|استماره|نشره|دليل)(?!\w)")


def names_a_document(norm: str, pattern: re.Pattern) -> bool:
    """Is every match of ``pattern`` in a normalised question a document's kind named with a place, the document it reads
    from ("بسلايدات لوساكا", "the lusaka slides", "les diapos de lusaka"), not what it asks of?"""
    spans = gazetteer_spans(norm)
    found = list(pattern.finditer(norm))
    return bool(found) and all(
        _DOCUMENT.search(m.group()) and any(0 <= start - m.end() <= 6 or 0 <= m.start() - end <= 3 for start, end, _ in spans)
        for m in found)


def gazetteer_spans(norm: str, adjectives: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, English name, normalised) of each city or country of the gazetteer a normalised
    question names, in English, French or Arabic ("Sudan", "soudan", "السودان"); with ``adjectives``, a
    country named by its people's adjective too ("the Egyptian official", "المسؤول العماني")."""
    global _ENGLISH_NAMES
    if _ENGLISH_NAMES is None:
        _ENGLISH_NAMES = place_pattern(normalize(name) for name in GAZETTEER)
    spans = [(m.start(1), m.end(1), m.group(1)) for m in _ENGLISH_NAMES.finditer(norm)]
    spans += [(m.start(), m.end(), name) for pat, name in _compiled() for m in pat.finditer(norm)]
    spans += _world_spans(norm)
    if adjectives:
        spans += [(m.start(), m.end(), name) for pat, name in _adjective_patterns() for m in pat.finditer(norm)
                  if not any(s <= m.start() < e for s, e, _ in spans)]
    return spans


def places_in(norm: str, adjectives: bool = False) -> set[str]:
    """The English names (normalised) of the cities and countries a normalised text names (see ``gazetteer_spans``);
    a place named twice is one."""
    return {name for *_, name in gazetteer_spans(norm, adjectives)}


def origins_asked(known: re.Pattern | None, norm: str, held_at: set[str], adjectives: bool = False,
                  bodies: bool = True, asker: bool = True) -> list[frozenset[str]]:
    """The cities and countries a normalised question narrows its question to, other than where its
    meeting is held (``held_at``): "how many participants came from Lebanon", "كم مشارك من السودان";
    each as the set of English names (normalised) the words asked may stand for.
    A place where a known event is held (``known``) counts only after "from" / "de" / "من" when the
    question speaks of a meeting or goes to the place (not "how many people came to Beirut").
    ``adjectives``: a country named by its people's adjective too (a person asked: "the Omani official"; not
    a count, whose adjective may be its counter's: "the cases the Tunisian authority recorded").
    ``bodies``: a place after a body's name is where the body is ("the RESAM network in Ouagadougou"), not asked of
    (a person asked of it is: "who heads the IOM office in Amman").
    ``asker``: a place the asker says they or their organisation are from counts too (False: not, for a count -- "منظمتنا
    من تشاد، قديش دولة مشمولة؟" asks how many countries, not how many from Chad)."""
    spans = gazetteer_spans(norm, adjectives)
    # "the Cairo meeting", "مؤتمر عمان" (Amman or Oman); where the meeting asked is held, unless they come from
    # there ("how many participants came from Lebanon to the consultation" held in Beirut, Lebanon) or the
    # question speaks of no meeting ("how many migrant children enrolled in schools in Egypt": Egypt's children)
    of_a_meeting = bool(_event_patterns()[2].search(norm) or _SESSION.search(norm) or _DOCUMENT.search(norm))
    meeting = [(start, end) for start, end, name in spans
               if (name in held_at and of_a_meeting and not from_before(norm, start))
               or _where_a_meeting_is(norm, start, end)]
    out: dict[tuple[int, int], set[str]] = {}
    for start, end, name in spans:
        if any(start < e and s < end for s, e in meeting):
            continue
        before = norm[max(0, start - 12):start]
        if (of_a_meeting or _TO.search(before)) and known is not None and known.fullmatch(name) and not _FROM.search(before):
            continue
        if bodies and _OF_A_BODY.search(norm[max(0, start - 40):start]):
            continue                                    # where a body is: "the RESAM network in Ouagadougou", "شبكة RESAM بواغادوغو"
        if not asker and _ASKER_FROM.search(norm[max(0, start - 50):start]) and sum(
                1 for _, _, n in spans if n == name) == 1:
            continue                                    # where the asker is from, said once: "on est une asso de ..."
        out.setdefault((start, end), set()).add(name)       # "عمان": Amman or Oman, either names it
    return [frozenset(names) for names in out.values()]


# a body named by its name or acronym just before a place: the place is where that body is, not where those asked of
# come from ("ويبينارات شبكة RESAM بواغادوغو", "the RESAM network in Ouagadougou", "le réseau RESAM de Ouagadougou"; not "le
# point focal du réseau en Jordanie", the network's focal point there)
_BODY = r"(?:network|networks|reseau|reseaux|secretariat|office|bureau|platform|plateforme|شبكه|منظمه|جمعيه|مكتب|منصه|امانه)"
_PREP = r"(?:in |at |based in |a |au |de |du |basee? a |[بف]|في )?"
_NAME = r"(?!(?:in|at|en|a|au|aux|de|du|des|d|of|the|le|la|les|based|basee?)(?!\w))[a-z][a-z0-9-]+"
# (or by its Arabic name, a chain of defined words: "شبكة الأمم المتحدة للهجرة ببوروندي", "مكتب المنظمة الدولية في عمان")
_OF_A_BODY = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_BODY}\W+{_NAME}\W+{_PREP}$|(?<!\w){_NAME}\W+{_BODY}\W+{_PREP}$"
                        rf"|(?<!\w)[وفبل]?(?:ال)?{_BODY}(?:\s+(?:ال|لل)\w+){{1,4}}\s+(?:[بف]|في\s+)?$")
# the asker, or their organisation, said to be from a place (normalised): "we are from", "our org is based in", "on est une
# asso de", "je suis du", "منظمتنا من", "احنا من"
_ASKER_FROM = re.compile(
    r"\b(?:i am|i'?m|we are|we'?re|our (?:org|ngo|group|network|association|organi[sz]ation|union)\w*(?: is)?|je suis|nous sommes|"
    r"on est|notre (?:org|ong|asso|association|organisation|reseau|structure|syndicat)\w*(?: est)?)\b(?:\s+\S+){0,3}?\s+"
    r"(?:from|in|based in|de|du|des|d'|en|au|aux|a|basee? (?:a|au|en))\s*$"
    r"|(?<!\w)(?:انا|احنا|نحنا|نحن|منظمتنا|جمعيتنا|مؤسستنا|منظمتي|جمعيتي|شبكتنا)\s+(?:\S+\s+){0,2}?(?:من|في|ب)\s*$")
# "from" that is where someone is, never where a meeting is held ("de" is: "l'atelier de Tunis")
_AWAY = re.compile(r"(?:\bfrom|\bdepuis)\W*(?:the\s+)?$")


def from_phrase_start(norm: str, start: int) -> int | None:
    """Where the "from" / "de" / "من" standing just before ``start`` begins ("participants |from the |Lebanon"), or
    None when none stands there."""
    lo = max(0, start - 12)
    m = _FROM.search(norm[lo:start])
    return None if m is None else lo + m.start()


def from_before(norm: str, start: int) -> bool:
    """Does "from" / "de" / "من" stand just before ``start`` ("participants from | Lebanon")?"""
    return from_phrase_start(norm, start) is not None


def said_to_come_from(names: frozenset[str], norm: str) -> bool:
    """Does a normalised question say someone comes from the place ("participants from the Gulf", "de Libye",
    "من ليبيا"), rather than name it in what it asks of ("la consultation ... dans le Golfe") or name a meeting by it
    in French ("la revue de Manille", "l'atelier de Dakar")?"""
    def from_it(start: int) -> bool:
        k = from_phrase_start(norm, start)
        if k is None:
            return False
        # (a French "de" after a meeting's noun, or its name's words, names it: "la revue de Manille", "le webinaire
        # régional enfants migrants de Conakry"; "the webinar from Senegal" is who joined from there, and "des
        # participants au webinaire venaient de Libye" who came from there)
        if not norm.startswith("d", k):
            return True
        before = re.findall(r"\w+", norm[max(0, k - 60):k])[-5:]
        meeting = max((i for i, w in enumerate(before) if w in _meeting_words()), default=-1)
        return meeting < 0 or any(_FROM_VERB.match(w) for w in before[meeting + 1:])
    return any(name in names and from_it(start) for start, _, name in gazetteer_spans(norm))


def _meeting_words() -> frozenset[str]:
    """The words for a meeting, normalised, a place after which ("de") names the meeting."""
    global _meetings
    if _meetings is None:
        _meetings = frozenset(normalize(w) for w in (*EVENT_NOUNS, *_MORE_MEETINGS))
    return _meetings


_meetings: frozenset[str] | None = None
# a verb between a meeting's noun and "de": who came from where ("venaient de Libye", "sont de Dakar")
_FROM_VERB = re.compile(r"^(?:sont|est|etaient|etait|seront|viennent|venaient|venus?|venues?|vivent|habitent|travaillent|"
                        r"arrivent|arrivaient|participent|participaient|inscrits?|originaires?)$")
_MORE_MEETINGS = ("review reviews revue revues examen examens session sessions séance séances "
                  # (and the bodies a place names in French: "le panel jeunesse de Montevideo", "le réseau de Dakar")
                  "panel panels comité comités conseil groupe groupes réseau réseaux bureau bureaux secrétariat "
                  "plateforme cycle").split()


def names_origin(names: frozenset[str], norm: str) -> bool:
    """Does a normalised text name one of these places, or its people ("Lebanon" ~ "Lebanese"), in English or
    by its French or Arabic name ("de Libye", "من ليبيا")?"""
    return (any(re.search(rf"(?<!\w){re.escape(name[:5])}", norm) for name in names)
            or any(name in names for _, _, name in gazetteer_spans(norm)))


def counts_origin(names: frozenset[str], norm: str, counts: int) -> bool:
    """Does a normalised sentence holding ``counts`` numbers give one for this place: it names the place, and
    no more places than it has numbers ("87 participants from Algeria, Egypt, Libya ..." is everyone's count,
    not Egypt's; "12 from Egypt and 9 from Libya", a table's row "Égypte | 12" give each its own)?"""
    places = places_in(norm)       # (a place named twice is one: a table's row read
    return names_origin(names, norm) and len(places) <= max(1, counts)   # with its column's label, "السودان | ٣ السودان")


def places_asked(pattern: re.Pattern | None, norm: str) -> set[str]:
    """The known places (``pattern``: :func:`place_pattern` of the events' places, normalised) a
    normalised question names, in English or by the Arabic or French name of a city or country."""
    if pattern is None:
        return set()
    found = set(pattern.findall(norm))
    english = " ".join(name for pat, name in _compiled() if pat.search(norm))
    return found | set(pattern.findall(english)) if english else found


# what a question calls a meeting, in the three languages (matched normalised: no accents, Arabic folded;
# an Arabic noun may carry a clitic and the article: "بمؤتمر", "الورشة")
EVENT_NOUNS = ("workshop workshops conference conferences meeting meetings consultation consultations forum forums "
               "dialogue dialogues seminar seminars webinar webinars summit summits event events hearing hearings "
               "egm egms briefing briefings roundtable roundtables marathon marathons "
               "atelier ateliers conférence réunion séminaire colloque webinaire sommet rencontre audition auditions "
               "ورشة مؤتمر اجتماع منتدى حوار ندوة فعالية لقاء مشاورة مشاورات ويبينار ويبنار إحاطة استماع ماراثون").split()
# what else is held somewhere, where a question names its place ("the sfax photo contest", "la cérémonie de Sfax",
# "معرض صفاقس"): not meetings to every reader of a question (a contest has no speakers or agenda)
# (not a review: "مين رح يقدم التوصيات بالمراجعة الإقليمية بالقاهرة" asks of a review a summary only says is to be held
# in Cairo, and its place would make the summary's every sentence an answer)
# (not a training: "qui anime la formation de Rabat" of a newsletter telling of a Rabat training and a webinar is asked
# of the training, which the place alone does not find)
HELD_NOUNS = ("contest contests competition competitions ceremony ceremonies exhibition exhibitions festival festivals "
              "concours cérémonie cérémonies exposition expositions festival مسابقة مسابقه حفل معرض مهرجان").split()
_event_re: dict[bool, tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]] = {}


def _meeting_noun(held: bool = False) -> str:
    """A pattern of the words for a meeting (normalised), with an Arabic clitic and article allowed (and, ``held``, of
    what else is held somewhere: :data:`HELD_NOUNS`)."""
    from bot.text.language import CLITICS, normalize

    nouns = sorted({re.escape(normalize(w)) for w in (*EVENT_NOUNS, *(HELD_NOUNS if held else ()))}, key=len, reverse=True)
    return CLITICS + "(?:" + "|".join(nouns) + ")"


def _event_patterns(held: bool = False) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of a meeting's noun near a place (``held``: of what else is held somewhere too, :data:`HELD_NOUNS`)."""
    if held not in _event_re:
        noun = _meeting_noun(held)
        gap = r"[^\w?.!,;:؟،؛]+"          # between two words of one clause
        _event_re[held] = (re.compile(rf"{noun}(?:\W+\w+){{0,3}}?\W+$"),     # "the workshop in | Tunis", "مؤتمر | عمان"
                     # "the Tunis | workshop", "the Cairo | education meeting", "the tunis | social protection
                     # workshop" (up to three words between, none a preposition, an article or a verb's auxiliary)
                     re.compile(rf"^\W+(?:(?!(?:at|in|on|for|to|from|with|the|a|an|of|and|de|du|des|la|le|les|et|a|au|en|"
                                rf"pour|avec|is|are|was|were|did|do|does|will|attended|attend|came|come|"
                                rf"في|من|الى|الي|على|علي|مع|عن|و)(?!\w))\w+\W+){{0,3}}{noun}(?!\w)"),
                     re.compile(rf"(?<!\w){noun}(?!\w)"),                 # any meeting named at all
                     # "the workshop on social protection for migrants in | Rabat", "اجتماع دول الخليج عن
                     # الحماية الاجتماعية | بمسقط": the meeting's noun further before, in the same clause
                     re.compile(rf"{noun}(?:{gap}\w+){{0,6}}?{gap}$"))
    return _event_re[held]


def event_places_asked(pattern: re.Pattern | None, norm: str, wide: bool = False) -> set[str]:
    """The known places (see :func:`places_asked`) that a normalised question gives as where a meeting
    is held: "l'atelier de Tunis", "the Amman conference", "مؤتمر عمان" -- not "I work in Tunis"."""
    if pattern is None:
        return set()
    spans = [(m.start(1), m.end(1), m.group(1)) for m in pattern.finditer(norm)]
    for pat, name in _compiled():
        for m in pat.finditer(norm):
            for known in pattern.findall(name):
                spans.append((m.start(), m.end(), known))
    # (``wide``: or further on in the clause that names the meeting, not after "from": "la consultation sur la route de
    # l'Est a Djibouti", as :func:`meeting_places_asked` reads the gazetteer's places)
    further = _event_patterns()[3]
    return {name for start, end, name in spans if _where_a_meeting_is(norm, start, end)
            or wide and further.search(_ELIDED.sub("", norm[max(0, start - 120):start])) and not from_before(norm, start)}


# an elided article or preposition ("l'", "d'", "qu'"), one word with the next
_ELIDED = re.compile(r"(?<!\w)(?:l|d|qu|j|n|s|c)['’]")


def meeting_places_asked(norm: str) -> list[frozenset[str]]:
    """The cities and countries of the gazetteer a normalised question gives as where a meeting is
    held, near or further in the same clause ("when is the workshop on social protection in Rabat",
    "اجتماع دول الخليج عن الحماية الاجتماعية بمسقط"), not where people come from; each as the set of
    English names (normalised) the words may stand for ("عمان": Amman or Oman)."""
    wide = _event_patterns()[3]
    out: dict[tuple[int, int], set[str]] = {}
    for start, end, name in gazetteer_spans(norm):
        if _where_a_meeting_is(norm, start, end) or (wide.search(norm[max(0, start - 120):start])
                                                     and not from_before(norm, start)):
            out.setdefault((start, end), set()).add(name)
    return [frozenset(names) for names in out.values()]


def meeting_places(norm: str) -> list[frozenset[str]]:
    """The places a normalised question gives as where its meeting is held ("the gulf forum", "l'atelier de Tunis",
    "مؤتمر عمان"), each as the set of English names (normalised) its words may stand for."""
    out: dict[tuple[int, int], set[str]] = {}
    for start, end, name in gazetteer_spans(norm):
        if _where_a_meeting_is(norm, start, end):
            out.setdefault((start, end), set()).add(name)
    return [frozenset(names) for names in out.values()]


def _where_a_meeting_is(norm: str, start: int, end: int, held: bool | None = None) -> bool:
    """Is the place at ``norm[start:end]`` given as where a meeting is held: a meeting noun a few words
    before it ("the workshop in | Tunis", "مؤتمر | عمان") or right after it ("the Tunis | workshop"; not after
    "from" / "de": "combien de participants du | Maroc aux dialogues" come from Morocco)? A city is also where
    what else is held is held (:data:`HELD_NOUNS`: "the award ceremony in sfax", "le concours de Sfax"; not a
    region, "الاستعراض الإقليمي لأفريقيا")."""
    if held is None:
        return _where_a_meeting_is(norm, start, end, False) or (
            any(name in CITIES for _, _, name in gazetteer_spans(norm[start:end]))
            and _where_a_meeting_is(norm, start, end, True))
    before, after, _, _ = _event_patterns(held)
    # (Arabic names the meeting first: "حوار تونس" is the Tunis dialogue, "باسم ليبيا بحوار تونس" speaks for Libya)
    arabic = bool(re.match(r"[\u0600-\u06ff]", norm[start:end]))
    # (nor is it after the meeting and "from": "joining the side event online from | London" is where the asker is)
    # ("from the Marrakech meeting": "the" before the place, its meeting's noun right after it, is that meeting --
    # "the key messages from the Marrakech meeting" -- not "from Lebanon to the consultation")
    named = bool(re.search(r"\bthe\s+$", norm[max(0, start - 6):start])) and bool(after.match(norm[end:end + 30]))
    return bool(before.search(norm[max(0, start - 60):start]) and not _AWAY.search(norm[max(0, start - 12):start])
                or not arabic and (not from_before(norm, start) or named) and after.search(norm[end:end + 30]))


# "the next meeting", "la prochaine réunion", "الاجتماع الجاي", "the next expert meeting": a later edition asked
_NEXT_EN_FR = r"(?:next|upcoming|coming|following|prochain|prochaine|prochains|prochaines|suivant|suivante)"
_NEXT_FR_AFTER = r"(?:prochain|prochaine|prochains|prochaines|suivant|suivante)"      # not "the meeting next week"
_NEXT_AR = r"(?:القادم|القادمه|المقبل|المقبله|الجاي|الجايه|التالي|التاليه)"
_editions: dict[str, re.Pattern] = {}


def _edition_asked(norm: str, which: str, before: str, after_fr: str, after_ar: str, gap_after: int,
                   extra=None) -> bool:
    """Does a normalised question ask about another edition of a meeting: one of ``before`` at most two words before
    the meeting's noun, or one of ``after_fr`` / ``after_ar`` at most ``gap_after`` words after it (or the pattern
    ``extra(normalize)`` builds)? Each kind's pattern is built once."""
    if which not in _editions:
        noun = _meeting_noun()
        _editions[which] = re.compile(rf"(?<!\w){before}\W+(?:\w+\W+){{0,2}}?{noun}(?!\w)"
                                      rf"|(?<!\w){noun}\W+(?:\w+\W+){{0,{gap_after}}}?(?:{after_fr}|{normalize(after_ar)})(?!\w)"
                                      + (f"|{extra(normalize)}" if extra else ""))
    return bool(_editions[which].search(norm))


def next_meeting_asked(norm: str) -> bool:
    """Does a normalised question ask about the next edition of a meeting (a word for "next" at most two
    words before the meeting's noun, or, in French and Arabic, right after it)? Not "the next steps"."""
    return _edition_asked(norm, "next", _NEXT_EN_FR, _NEXT_FR_AFTER, _NEXT_AR, 1)


# "the previous meeting", "la dernière consultation", "l'an dernier", "الاجتماع الماضي", "السنة اللي فاتت": an
# earlier edition asked ("last" alone before a meeting's noun only in French: "the last meeting" may be the latest)
_PREVIOUS_EN_FR = r"(?:previous|prior|past|precedent|precedente|precedents|precedentes|dernier|derniere|derniers|dernieres)"
_PREVIOUS_FR_AFTER = r"(?:precedent|precedente|precedents|precedentes|dernier|derniere|passe|passee)"
_PREVIOUS_AR = r"(?:الماضي|الماضية|السابق|السابقة|الفائت|الفائتة|الفايت|الفايتة|اللي فات|اللي فاتت|اللى فات)"
_A_YEAR_AGO = (r"last year|a year ago|last time|last edition|l'an dernier|l'an passe|l'annee derniere|l'annee passee|"
               r"la derniere fois|l'edition precedente|la derniere edition")
_YEAR_AR = r"(?:السنة|السنه|العام|المرة|المره|الدورة|الدوره)"


def previous_meeting_asked(norm: str) -> bool:
    """Does a normalised question ask about an earlier edition of a meeting ("how many came to the consultation
    last year", "combien de participants à la dernière consultation", "شو حكى بالاجتماع الإقليمي الماضي")?"""
    return _edition_asked(norm, "previous", _PREVIOUS_EN_FR, _PREVIOUS_FR_AFTER, _PREVIOUS_AR, 2,
                          lambda normalize: rf"(?<!\w)(?:{_A_YEAR_AGO})(?!\w)"   # (and with a clitic: "بالسنة الماضية")
                                            rf"|{normalize(_YEAR_AR)}\W+{normalize(_PREVIOUS_AR)}(?!\w)")

# a relative clause after what a question asks of (normalised), to the end of its sentence: "... review that the kuwait
# consultation feeds into", "... 2038 ou les messages de manille seront transmis", "... اللي مشاوره دوالا بتحضرلها"; or
# the meeting it comes after ("... الحوار الاقليمي الجاي بعد حوار داكار")
# (not "that" after a verb of saying or believing, "is it true that ...", "i heard that ...", nor a demonstrative one)
RELATIVE_CLAUSE = re.compile(
    r"(?<!\btrue)(?<!\bsaid)(?<!\bheard)(?<!\bthink)(?<!\bsure)(?<!\bmean)(?<!\bknow)"
    r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bif)(?<!\bso)(?<!\bet)"   # ("and is that tunis time")
    r"\s(?:that|which|ou|auquel|auxquels|a laquelle|pour laquelle|pour lequel|dont|qui (?:suit|suivra|prepare)|preparee?s? (?:a|par|lors)|prepared (?:in|at|by)|(?<!est-ce )(?<!est ce )que|اللي|التي|الذي|الي"
    r"|after|apres|بعد)"          # (and what comes after it: "the online follow-up meeting after the rabat consultation")
    r"\s(?P<clause>[^?؟,;()\-–]+)")
_MEETING_WORDS = frozenset(re.findall(r"\w+", normalize(" ".join(EVENT_NOUNS))))


def meeting_asked_besides(norm: str, glossary=None) -> str:
    """A question (normalised) asking of one meeting by what another is to it ("when and where is the regional review
    that the kuwait consultation feeds into?"): the question without those relative clauses naming a meeting (by its
    noun or its place), when what is left names one itself (its noun, or a glossary term of a meeting); else ""."""
    clauses = [m for m in RELATIVE_CLAUSE.finditer(norm)
               if set(re.findall(r"\w+", m.group("clause"))) & _MEETING_WORDS or gazetteer_spans(m.group(0))]
    if not clauses:
        return ""
    head = norm
    for m in reversed(clauses):             # (each of them: a part of a message is read with the whole before it)
        head = head[:m.start()] + " " + head[m.end():]
    head = head.strip()
    if set(re.findall(r"\w+", head)) & _MEETING_WORDS or glossary is not None and any(
            t.type == "meeting" for t, _, _ in glossary.find(head)):
        return head
    return ""                               # ("that the kuwait consultation holds" of no other meeting named)

