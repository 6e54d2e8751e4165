"""The kind of fact a question asks for, and whether a text holds one (entity types, no model).

who -> a person or an organisation (in the role asked: "who moderated ..."); when -> a date (a
day when the question wants the exact date); how long -> a length of time; what time -> a time;
where -> a place; where to send -> an e-mail address or a form; what it costs -> a price, a fee or
"free"; how many -> a number of what the question counts; e-mail -> an address; link -> a web
address; phone -> a number to call; which countries / which objectives -> the list; "what is the X
of Y" -> X named. The years, days, numbered parts ("session 2") and editions ("the third
conference") a question names must be the answer's. A card or a passage that does not
hold what was asked does not answer the question (the engine then says what the documents do say).

Questions are matched normalised (bot.text.language.normalize: lower case, no accents,
Arabic letters folded); the texts checked are the documents' English, as written.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.text.language import ARABIC_CHAR, ORDINAL_WORDS, normalize, to_ascii_digits
from bot.text.lexical import tokens
from bot.text.money import MONEY, MONTHS_OF_WAGES
from bot.text.places import (CITIES, EVENT_NOUNS as MEETING_WORDS, PLACE_NAME, REGIONS, gazetteer_spans, names_a_building, places_in,
                              names_origin, opens_with_building)
from bot.text.sentences import MONTH_NAMES
from ingest.dates import SHORT_WEEKDAYS_EN

# --------------------------------------------------------------------------- what a question asks
Q_EMAIL = re.compile(r"\b(e-?mails?|courriels?|mail|adresse (?:e-?mail|electronique|mail))\b"
                     r"|(?:^|\s)(?:ال|و|ب)?(?:ايميل|ايميله|ايميلها|بريد|ميل)(?:\s|$|؟)"
                     # (where one writes with a question: "j'écris à quelle adresse", "who do i write to")
                     r"|\b(?:write|ecri\w*)\b(?:\s+\S+){0,3}?\s+(?:(?:a|to) (?:quelle|which|what) (?:e-?mail )?(?:address|adresse)|"
                     r"a qui|to whom|where|ou)\b|\b(?:where|ou|a qui|to whom|who)\b(?:\s+\S+){0,3}?\s+(?:write|ecri\w*)\b")
# an e-mail address a text calls the address to write to: "à l'adresse x@y.org", "at the address x@y.org", "على العنوان x@y"
CALLED_ADDRESS = re.compile(r"(?:\b(?:address|adresse)|العنوان|عنوان)\s*:?\s*(?:e-?mail\s*:?\s*|électronique\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                            re.IGNORECASE)
# the codes that let one into an online meeting, asked (normalised) and given: "zoom meeting id and passcode", "l'ID de
# réunion et le code", "رقم الاجتماع وكلمة السر"; "ID de réunion : 864 2093 5517", "Passcode: Enfants38"
_ACCESS_WORD = (r"(?:meeting id|webinar id|passcode|password|pass code|id de (?:la )?reunion|identifiant de (?:la )?reunion|"
                r"code secret|code d'acces|mot de passe|رقم الاجتماع|معرف الاجتماع|رمز الدخول|كلمه المرور|كلمه السر|الباسورد)")
MEETING_LINKS = ("zoom.", "teams.microsoft", "teams.live", "webex.", "meet.google", "meet.jit")
Q_ACCESS = re.compile(rf"(?<!\w){_ACCESS_WORD}(?!\w)")
ACCESS_GIVEN = re.compile(rf"(?<!\w){_ACCESS_WORD.replace('reunion', 'r[ée]union').replace('acces', 'acc[èe]s')}(?!\w)\s*[:：]?\s*\S*\d|"
                          r"(?i:\b(?:passcode|password|code secret|mot de passe)\s*[:：]\s*\S+)|(?:كلمة المرور|كلمة السر|رمز الدخول)\s*[:：]\s*\S+",
                          re.IGNORECASE)
# e-mail as the way something is sent (normalised): "on peut l'envoyer par mail ?", "can we send it by email", "بالايميل"
BY_EMAIL = re.compile(r"\b(?:par|by|via|per|through)\s+(?:e-?mails?|courriels?|mail)\b|(?<!\w)(?:بالايميل|بالبريد|عالايميل|على الايميل)(?!\w)"
                      r"|(?<!\w)(?:عن طريق|عبر|من خلال)\s+(?:ال)?(?:ايميل|بريد|ميل)(?!\w)"
                      # (nor the subject line of the mail: "je mets quoi en objet du mail", "subject of the email")
                      r"|\b(?:objet|sujet|subject(?: line)?)\s+(?:du|de l'|de la|of the|of my|of our|for the|in the)\s*"
                      r"(?:e-?mails?|courriels?|mail|message)\b|\b(?:e-?mail|mail) subject\b"
                      r"|(?<!\w)(?:موضوع|عنوان)\s+(?:ال)?(?:ايميل|رساله|بريد|ميل)(?!\w)")
# a publication's date asked (normalised; with "when"): "when was the report published", "when will it be out",
# "quand sera publié le rapport", "امتى بينشر التقرير", "امتى بيطلع التقرير"
Q_PUBLISHED = re.compile(r"\b(?:published|publish|publication|released?|issued|come out|comes out|be out|out yet|"
                         r"publiee?s?|publier|paraitr\w*|parution|sortir[ae]?\w*|sorti|sort|sortent)\b"
                         # (and the Egyptian "هينزل البرنامج النهائي", of a thing that is put out)
                         r"|(?<!\w)(?:[بيتنسهح]{0,2}نشر\w*|انتشر|[بيتهح]?صدر|بيصدر|صدرت?|[بيتهح]?طلع|بتطلع|بيطلع|هتطلع|هيطلع|"
                         r"[هب][يت]نزل|[يت]نزل)(?!\w)")
# when something was created, founded, adopted or signed (normalised question): "when was the network created",
# "le réseau a été créé quand", "إمتى تأسست الشبكة"
Q_CREATED = re.compile(r"\b(?:created?|establish(?:ed)?|founded|set up|launched|adopted|endorsed|signed|ratified|"
                       r"approved|inaugurated|cree?e?s?|creation|etabli\w*|fonde\w*|mis en place|mise en place|adopte\w*|"
                       r"signe\w*|ratifie\w*|lance\w*)\b"
                       r"|(?<!\w)(?:تاسس\w*|تاسيس|انشئ\w*|انشاء|اطلق\w*|اطلاق|اعتمد\w*|اعتماد|اقر|اقرار|وقع|توقيع)(?!\w)")
# ... and a text saying so (of anything created: "endorsement" is the GCM's adoption)
CREATED = re.compile(r"\b(?:creat\w*|establish\w*|found(?:ed|ing|ation)|set up|launch\w*|adopt\w*|endors\w*|"
                     r"sign(?:ed|ing|ature)|ratif\w*|approv\w*|inaugura\w*|cr[ée]{2}\w*|cr[ée]ation|[ée]tabli\w*|"
                     r"fond[ée]\w*|lanc[ée]\w*|sign[ée]\w*|mise? en place)\b"
                     r"|(?:أنشئ|انشئ|إنشاء|انشاء|تأسس|تاسس|تأسيس|تاسيس|أطلق|اطلق|إطلاق|اطلاق|اعتمد|اعتماد|أقر|إقرار|وقع|توقيع)")
# a text saying something is published or made known ("will be published", "issued", "made available", "applicants
# will be notified", "publié", "annoncés", "يصدر", "نُشر", "سيتم إبلاغ")
PUBLISHED = re.compile(r"\b(?:publish\w*|publication|releas\w*|issued|launch\w*|available|posted|circulat\w*|shared|"
                       r"announc\w*|notif\w*|publi\w*|parution|paru|parai\w*|disponibles?|diffus\w*|lanc\w*|sorti\w*|"
                       r"annonc\w*)\b"
                       r"|(?:نشر|اصدار|صدور|(?<!\w)[وس]?[يت]?صدر|صدرت|متاح|اطلاق|تعميم|(?<!\w)[وس]?[يت]عمم|توزيع|"
                       r"(?<!\w)[وس]?[يت]وزع|اعلان|الاعلان|ابلاغ|اخطار|"
                       r"إعلان|الإعلان|إبلاغ|إخطار)", re.IGNORECASE)
# (and what joins a meeting with it: "the meeting ID and passcode", "le mot de passe", "رقم الاجتماع والباسورد")
Q_LINK = re.compile(r"\b(links?|url|liens?|zoom|meeting id|passcode|password|mot de passe|code d'acces)\b"
                    r"|(رابط|لينك|زوم|(?<!\w)(?:ال)?باسورد|كلمه السر|كلمه المرور|رقم الاجتماع)")
# a document to download ("where can I download the outcome document", "où télécharger le rapport", "من وين بحمّل /
# بنزّل التقرير"): a link answers, or where the document says it can be downloaded ("available for download on this page")
# (or a recording to watch: "where can i watch the recording", "ou est ce que je peux voir l'enregistrement", "وين بقدر
# شوف التسجيل")
Q_DOWNLOAD = re.compile(r"\b(?:download\w*|telecharg\w*)\b"
                        r"|\b(?:where|ou)\b(?:\W+[\w']+){0,6}?\W+(?:watch|see|view|rewatch|find|get|voir|revoir|regarder|"
                        r"trouver|visionner|acceder)\b(?:\W+[\w']+){0,4}?\W+(?:recordings?|videos?|replays?|enregistrements?|"
                        r"rediffusions?|presentations?|slides)\b"
                        r"|(?<!\w)(?:وين|فين|اين)(?: \w+){0,3} (?:اشوف|بشوف|نشوف|شوف|اتفرج|نتفرج|القي|الاقي|نلاقي|"
                        r"احصل|نحصل)(?: \w+){0,2} (?:ال)?(?:تسجيل|فيديو|عروض)"
                        r"|(?<!\w)(?:تحميل|تنزيل|[ابنت]?حمل|بنحمل|[ابنت]?نزل|بنزل|منزل)(?= (?:ال)?(?:وثيق|تقرير|ملف|مستند|دليل|نسخ))")
# where a live stream is followed ("where is the livestream", "où suivre le direct", "وين البث المباشر"): its link answers,
# not the meeting's venue nor "online" (normalised)
Q_STREAM = re.compile(r"\bwhere\b(?:\W+[\w']+){0,6}?\W+(?:live ?streams?|livestream\w*|streaming|webcast|broadcast)\b"
                      r"|\bou (?:est|sera|se trouve|trouver|suivre|regarder|voir)\b(?:\W+[\w']+){0,4}?\W+"
                      r"(?:direct|retransmission|diffusion|live|stream\w*)\b"
                      r"|(?<!\w)(?:وين|فين|اين)(?: \w+){0,4} (?:ال)?(?:بث|لايف)(?!\w)")
DOWNLOADABLE = re.compile(r"\b(?:download\w*|t[ée]l[ée]charge\w*)\b|تحميل|تنزيل", re.IGNORECASE)
# where to send something: an address, a form or a portal answers, not a city ("where do we send our
# report?", "ou envoyer notre contribution ?", "اين ارسل تقرير منظمتنا؟", "لمين منبعت التقرير؟")
_SEND_EN_FR = r"send|submit|upload|deliver|envoy\w*|envoi\w*|soumet\w*|transmet\w*|depos\w*"
# (with the spoken prefixes "ب" / "م": "ببعت", "منبعت", "بنرسل")
_SEND_AR = r"[بم]?(?:ارسل|برسل|نرسل|يرسل|ترسل|ابعت|نبعت|بعت|ابعث|نبعث|اقدم|نقدم|يقدم|نسلم|اسلم|ارفع|نرفع)"
_WHERE_TO_AR = r"(?:اين|وين|فين|لمين|لوين|لاين|الى اين|الى من|لمن)"
Q_SEND = re.compile(
    rf"\b(?:where|to whom|ou|a qui)\b(?:\s+\S+){{0,5}}?\s+(?:{_SEND_EN_FR})\b"
    rf"|\b(?:{_SEND_EN_FR})\b(?:\s+\S+){{0,5}}?\s+(?:where|to whom|a qui|ou(?=\s*[?؟]|\s*$))\b"
    # ("à quelle adresse envoyer mes commentaires", "which address do we send it to")
    rf"|\b(?:a quelle|quelle|which|what|to which|to what) (?:e-?mail )?(?:address|adresse)\b(?:\s+\S+){{0,4}}?\s+(?:{_SEND_EN_FR})\b"
    # ("on envoie à quelle adresse", "we send it to which address")
    rf"|\b(?:{_SEND_EN_FR})\b(?:\s+\S+){{0,4}}?\s+(?:a|to) (?:quelle|which|what) (?:e-?mail )?(?:address|adresse)\b"
    rf"|(?<!\w){_WHERE_TO_AR}\s+(?:\S+\s+){{0,2}}?{_SEND_AR}|(?<!\w){_SEND_AR}\S*\s+(?:\S+\s+){{0,4}}?{_WHERE_TO_AR}(?!\w)")
SEND_TO = re.compile(r"\b(?:form|portal|formulaire|portail)\b", re.IGNORECASE)
# how a meeting is held, asked ("can I follow it online?", "is it hybrid", "c'est en présentiel ?", "في بث مباشر؟",
# "حضوري ولا اونلاين؟"): the documents' format answers ("in person only; sessions will not be streamed")
_FORMAT_WORD = (r"(?:online|virtual(?:ly)?|in person|in-person|hybrid|stream(?:ed|ing)?|live ?stream\w*|remote(?:ly)?|"
                r"en ligne|a distance|en presentiel|presentiel|hybride|retransmis\w*|en direct|"
                r"اونلاين|عن بعد|من بعيد|حضوري|حضوريا|عبر الانترنت|بث مباشر|افتراضي|هجين)")
Q_FORMAT = re.compile(
    # "can I follow it online", "peut-on participer à distance", "فيني تابع اونلاين"
    # (not "if I can't attend online, is there a recording?": a condition, not the question)
    rf"^(?!.*(?<!\w)(?:if|si|اذا|لو|ان)\s.*(?:follow|attend|join|watch|suivre|assister|تابع|احضر))"
    rf".*(?<!\w)(?:follow|attend|join|watch|participate|take part|suivre|assister|participer|regarder|تابع|اتابع|نتابع|"
    rf"احضر|نحضر|اشارك|نشارك|بتابع|بحضر)(?:ها|ه|هم)?(?!\w).{{0,60}}(?<!\w){_FORMAT_WORD}(?!\w)"
    # "is it hybrid?", "will the sessions be streamed", "c'est en présentiel ?", "هل الاجتماع حضوري"
    # (the format is what is asked, at the end: not "is the online briefing free?")
    rf"|^(?:is|are|will|would|can|could|est-ce|c'?est|c est|sera|seront|هل|رح يكون|بيكون)(?!\w).{{0,100}}(?<!\w){_FORMAT_WORD}"
    rf"(?:\s+(?:only|too|as well|also|anywhere|at all|seulement|uniquement|aussi|quelque part|فقط|كمان))?\s*(?:[?؟.!,]|$|\s(?:or|ou|ولا|او|أو)\s)"
    # "online or in person", "en ligne ou en présentiel", "حضوري ولا اونلاين"
    rf"|(?<!\w){_FORMAT_WORD}\s+(?:or|ou|ولا|او|أو)\s+{_FORMAT_WORD}(?!\w)")
# where a question's clauses part: a comma, a dash, a question mark ("if i dont get a seat, can i follow it online?")
QUESTION_CLAUSE = re.compile(r"\s*[,،؟?;]\s*|\s+[-–—]\s+")
# a meeting followed on a platform, not its link asked: "on zoom", "sur zoom", "via teams", "عالزوم", "على الزوم"
Q_ON_PLATFORM = re.compile(r"\b(?:on|sur|via|par|through|over)\s+(?:the\s+|le\s+)?(?:zoom|teams|webex|kudo)\b"
                           r"|(?<!\w)(?:عال|ع ال|على ال|علي ال|بال|عبر ال?|عبر )(?:زوم|تيمز|ويبكس)(?!\w)"
                           # (the platform's Latin name after an Arabic preposition: "المشاركة عن بعد عبر Zoom")
                           r"|(?<!\w)عبر\s*(?:zoom|teams|webex|kudo)\b")
# which meeting platform is asked ("what platform r the webinars on, zoom or teams?", "c'est sur quelle plateforme",
# "على أي منصة"): what answers names one (:data:`PLATFORM_NAMED`), not only "online"
Q_WHICH_PLATFORM = re.compile(r"\b(?:what|which|wat|whats)\s+(?:platform|app|software)s?\b|\bplatform\?"
                              r"|\bquel(?:le)?s?\s+(?:plateforme|application|appli|logiciel)s?\b"
                              r"|(?<!\w)(?:اي|انهي|ايش|شو|وش)\s+(?:ال)?(?:منصه|تطبيق|برنامج)(?!\w)"
                              r"|(?<!\w)(?:ال)?منصه\s+(?:ايش|شو|وش|ايه)(?!\w)"
                              # (two named as the choice: "zoom or teams?", "zoom ou teams", "زوم ولا تيمز")
                              r"|\b(?:zoom|teams|webex|kudo)\s+(?:or|ou)\s+(?:zoom|teams|webex|kudo|microsoft teams)\b"
                              r"|(?<!\w)(?:زوم|تيمز|zoom|teams)\s+(?:او|ولا|والا|أو)\s+(?:زوم|تيمز|zoom|teams)(?!\w)")
PLATFORM_NAMED = re.compile(r"\b(?:zoom|teams|webex|kudo|interprefy|google meet|skype|youtube|gotomeeting)\b"
                            r"|زوم|تيمز|ويبكس|كودو|يوتيوب", re.IGNORECASE)
# a text's length in words asked without "how many" ("whats the word limit", "la limite de mots", "حد الكلمات")
Q_WORD_LIMIT = re.compile(r"\bword (?:limit|count)s?\b|\b(?:max(?:imum)?|limit of) (?:\d+ )?words\b|\bwords? max\b"
                          r"|\blimite (?:de|du nombre de) mots\b|\bnombre (?:maximum |max )?de mots\b|\bmots max\b"
                          r"|(?<!\w)(?:عدد|حد|اقصي عدد) (?:ال)?كلمات(?!\w)"
                          # "قديش الحد الأقصى للكلمات"
                          r"|(?<!\w)(?:ال)?حد (?:ال)?(?:اقصي|ادني)(?: (?:لعدد|من))? (?:ال|لل|ل)?كلمات(?!\w)")
# how something is received ("how do i get the link", "comment on reçoit le lien", "كيف بيوصلنا الرابط") (normalised)
Q_HOW_GET = re.compile(r"\bhow (?:do|will|can|would|should) (?:i|we|you|they|participants) (?:get|receive|obtain)\b"
                       r"|\bcomment (?:on )?(?:recevoir|obtenir|avoir|recoit|reçoit|obtient|aura)\b"
                       r"|(?<!\w)(?:كيف|ازاي|شلون|كيفاش) (?:\w+ )?(?:بيوصل|يوصل|بوصل|توصل|نحصل|احصل|بحصل|نستلم|استلم|نستقبل|يجينا|بيجينا)\w*")
Q_LINK_WORD = re.compile(r"\b(?:links?|url|liens?)\b|(?:رابط|لينك)")
# a link asked for on a meeting platform ("zoom link") is that platform's: a web page is not it
PLATFORMS = {"zoom": "zoom", "زوم": "zoom", "teams": "teams", "تيمز": "teams", "webex": "webex", "ويبكس": "webex",
             "kudo": "kudo", "كودو": "kudo"}
Q_PLATFORM = re.compile(r"\b(zoom|teams|webex|kudo)\b|(زوم|تيمز|ويبكس|كودو)")
Q_PHONE = re.compile(r"\b(phone|telephone|tel|whatsapp|"
                     r"mobile(?! (?:apps?|applications?|money|payments?|banking|wallets?|platforms?|units?|clinics?|teams?|"
                     r"services?|devices?))|numero vert|(?:numero|tel|telephone) (?:de )?portable|cellulaire)\b"
                     # (spoken: "رقم جوال" in the Gulf, "الخلوي" in the Levant, "رقم المحمول")
                     r"|(تلفون|تليفون|هاتف|واتساب|موبايل|رقم الطوارئ|(?<!\w)(?:ال)?جوال(?!\w)|(?<!\w)(?:ال)?خلوي(?!\w)|رقم (?:ال)?محمول)")
# a hotline's number ("the 24h hotline number", "le numéro de la ligne d'urgence", "رقم الخط الساخن"): a phone
# number answers; not "what % of consulates have a hotline"
Q_HOTLINE = re.compile(r"^(?=.*\b(?:hotline|helpline|hot line|help line|ligne (?:d['’ ]?urgence|d['’ ]?assistance|directe|d['’ ]?ecoute)|"
                       r"permanence telephonique)\b)(?=.*\b(?:number|numero)\b)"
                       r"|(?<!\w)رقم (?:ال)?خط(?: ال)?(?:ساخن|مساعده|طوارئ)")
Q_TIME = re.compile(r"\b(what time|which time|at what time|a quelle heure|quelle heure|(?:what|which|the|opening) hours|"
                    # a fragment: "lunch time day 1?", "registration time day 2", "horaires de la pause"
                    r"(?:start|starting|end|ending|finish|registration|lunch|opening|closing|session|break) times?|"
                    r"heure de (?:debut|fin|l'ouverture|la pause|du dejeuner)|horaires?|"
                    # a when asked in a place's time: "when does it start in manila time", "إمتى بتبلش بتوقيت مانيلا"
                    r"when\b[^?]{0,60}?\bin (?!due\b)(?:[a-z]+ ){1,2}time|heure d(?:e |')(?!quel)[a-z]+|"
                    # until when a desk or an office is open: its hours ("until when is the desk open on wednesday")
                    r"(?:until|till) when (?:is|are|will)\b[^?]{0,50}?\bopen|open (?:until|till) when|"
                    r"jusqu'a quand[^?]{0,50}?\bouverte?s?|ouverte?s? jusqu'a quand)\b"
                    r"|((?:لامتي|لايمتي|لحد امتي|لحد ايمتي|لغايه متي|حتي متي)\s+(?:\S+\s+){0,2}?(?:فاتح|مفتوح|مفتوحه|فاتحه)(?!\w)|"
                    r"الساعه كم|اي ساعه|ساعه كم|الساعه|(?:امتي|متي|ايمتي|وقتيش)\b[^؟?]{0,60}?(?:ب|على |حسب )توقيت (?!اي\b|ايش\b|شو\b)\w+)")
# which time zone a time is in (normalised: "أي" -> "اي", "ة" -> "ه")
# which hotel (normalised question): "which hotel will they put us in", "quel hotel", "شو اسم الفندق", "انهي فندق"
Q_HOTEL = re.compile(r"\b(?:which|what) hotel\b|\bname of the hotel\b|\bquel hotel\b|\bnom de l'?\s?hotel\b"
                     r"|(?<!\w)(?:اي|انهي|اني|ايش|شو|ما) (?:اسم )?(?:ال)?فندق|اسم (?:ال)?فندق")
# a hotel named: "Hotel Africa", "the Mövenpick Hotel", "Hôtel Ibis", "فندق موفنبيك" (not "a hotel within walking
# distance", "فندق قريب من مكان الانعقاد")
HOTEL_NAMED = re.compile(r"(?-i:\b(?:Hotel|Hôtel|HOTEL)\s+(?:[A-Z][\w'’-]+)|[A-Z][\w'’-]+\s+(?:Hotel|Hôtel|Resort|Inn)\b)"
                         r"|(?<!\w)فندق\s+(?!(?:قريب|يقع|على|في|من|ضمن|مع|مناسب|واحد|بالقرب|داخل|او|أو|[يتس]?[يت]?حدد\w*|[يت]ختار\w*|"
                         r"يتم|سيتم|لم)(?!\w))[^\s،,.]{3,}")
# someone's nationality (normalised question): "what nationality is ms. salman", "quelle est la nationalité de",
# "شو جنسية"; said only as one ("a Jordanian national", "of Egyptian nationality", "de nationalité marocaine",
# "ressortissant", "يحمل الجنسية"), not by an organisation's country ("the Moroccan National Human Rights Council")
Q_NATIONALITY = re.compile(r"\bnationalit(?:y|ies|e|es)\b|\bwhat country is (?:he|she|s?he|mr\.?|ms\.?|mrs\.?|dr\.?) ?\w* from\b"
                           r"|(?<!\w)(?<!عديمي )(?<!عديم )(?<!انعدام )(?:ال)?جنسي(?:ه|ته|تها|تهم)(?!\w)")
NATIONALITY_SAID = re.compile(r"\bnationality\b|\b(?:a|an) [A-Z][a-z]+ (?:national|citizen)\b|\b(?:national|citizen)s? of\b"
                              r"|nationalit[ée]|ressortissante?s?\b|جنسي[ةه]|(?<!\w)(?:مواطن|مواطنه|مواطنة) (?:من|[^\s]+ي[ةه]?)(?!\w)")
# which one has the most (normalised question): "which country sent the most participants", "quel pays a envoyé le
# plus de", "أي دولة بعتت أكبر عدد": what answers ranks them ("the largest delegation", "most", "la majorité", "أكبر");
# a count of all of them is no answer
# (of those who take part or send: "which country", "quelle organisation", "أي دولة"; not "the most pressing issues")
_RANKED = (r"(?:country|countries|state|states|organi[sz]ations?|agency|agencies|group|groups|region|regions|city|cities|"
           r"delegations?|pays|etats?|agences?|groupes?|regions?|villes?|delegations?)")
_RANKED_AR = r"(?:[بل]?(?:ال)?(?:دوله|دول|بلد|منظمه|وكاله|جهه|مجموعه|منطقه|مدينه|وفد))"
Q_MOST = re.compile(rf"\b(?:which|what)\s+{_RANKED}\b.{{0,60}}\b(?:the most|the largest|the biggest|the highest|the fewest|"
                    r"the least)\b"
                    rf"|\b(?:quel|quelle|quels|quelles)\s+{_RANKED}\b.{{0,60}}\b(?:le plus|la plus|les plus|le moins)\b"
                    rf"|(?<!\w)(?:اي|انهي|اني)\s+{_RANKED_AR}(?!\w).{{0,60}}(?<!\w)(?:اكبر|اكثر|اعلي|اقل)(?!\w)")
MOST_SAID = re.compile(r"\b(?:most|largest|biggest|highest|greatest|fewest|least|majority|top)\b|\b(?:le|la|les) plus\b"
                       r"|majoritaire|(?<!\w)(?:اكبر|أكبر|اكثر|أكثر|اعلى|أعلى|اقل|أقل|غالبي[ةه]|معظم)(?!\w)", re.IGNORECASE)
# a social-media account asked (normalised question): "the twitter handle of the network", "le compte twitter", "حساب
# تويتر", "صفحة فيسبوك"; a handle or the account's address answers ("@UNMigration", "twitter.com/..."), not a hashtag
Q_SOCIAL = re.compile(r"\b(?:twitter|tweeter|x|facebook|instagram|linkedin|tiktok|youtube)\s+(?:handle|account|page|channel|profile)s?\b"
                      r"|\b(?:handle|account|page|compte|profil|chaine)s?\s+(?:on |sur |de |du )?(?:twitter|x|facebook|instagram|"
                      r"linkedin|tiktok|youtube)\b|\b(?:social media|reseaux sociaux)\b"
                      r"|(?<!\w)(?:حساب|صفحه|قناه)\s+(?:ال)?(?:تويتر|اكس|فيسبوك|فيس بوك|انستغرام|انستقرام|لينكدان|يوتيوب|تيك توك)"
                      r"|(?<!\w)(?:وسائل|مواقع) التواصل")
SOCIAL_SAID = re.compile(r"(?<![\w.@])@[A-Za-z_]\w{1,}|\b(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok)\.com/\S+")
# which room (normalised question): "which room is plenary 2 in", "dans quelle salle", "بأي قاعة"; a room named
# answers ("Conference Room 4", "Salle Nelson Mandela", "Hall B", "قاعة الفسطاط"), not a building or a city
Q_ROOM = re.compile(r"\b(?:which|what) (?:room|hall)\b|\broom (?:number|no)\b|\b(?:quelle|dans quelle|numero de) salle\b"
                    r"|(?<!\w)(?:[بف]?اي|انهي|اني|ايش|شو|ما) (?:اسم |رقم )?(?:ال)?قاعه(?!\w)|(?:اسم|رقم) (?:ال)?قاعه(?!\w)")
ROOM_NAMED = re.compile(r"(?-i:\b(?:Room|Hall|Salle|salle|Conference Room|Meeting Room)\s+(?:[A-Z0-9][\w'’-]*)"
                        r"|\b[A-Z][\w'’-]+\s+(?:Room|Hall)\b)"
                        # ... or numbered, in any case ("dans la salle de conférence 4", "room 2", "القاعة رقم 3")
                        r"|(?i:\b(?:conference |meeting )?(?:room|hall|salle(?: de (?:conf[ée]rence|r[ée]union|s[ée]ance))?)"
                        r"\s+(?:n[o°]\.?\s*)?\d+\b)|(?<!\w)(?:ال)?قاع[ةه]\s+(?:رقم\s+)?[\d٠-٩]+"
                        r"|(?<!\w)(?:ال)?قاعة\s+(?!(?:الاجتماعات|المؤتمرات|الرئيسية|كبيرة|واحدة|في|من|على)(?!\w))[^\s،,.]{3,}")
# what is asked for if the thing asked before is not there: "a phone number? if not, which email", "sinon quel mail"
FALLBACK = re.compile(r"\b(?:if not|otherwise|or else|else|sinon|si non|a defaut|faute de quoi)\b|(?<!\w)(?:والا|وإلا|اذا لا|ولا)(?!\w)")
# an address asked to send or ask something to (normalised): "je la demande a quelle adresse", "on envoie ou, a quelle
# adresse", "which address do i send it to", "على اي عنوان ابعت"
SENT_TO_ADDRESS = re.compile(r"\b(?:demand\w*|envo\w+|adress\w* (?:la|le|les) |transmet\w*|send\w*|sent|submit\w*|request\w*|"
                             r"ask\w*|apply\w*|write|ecri\w*)\b|(?<!\w)(?:ابعت|ابعث|ارسل|نبعت|نرسل|اطلب|نطلب|بعت)\w*")
# a postal address asked, or where a place is: "adresse du secretariat", "the office's street address", "وين المكتب"
POSTAL_ASKED = re.compile(r"\b(?:postal|street|rue|physical|physique|office|bureau|siege|headquarters|secretariat|located|"
                          r"se trouve|situee?|visit\w*|venue|lieu)\b|(?<!\w)(?:مكتب|المكتب|مقر|المقر|شارع|الامانه)(?!\w)")
# a postal address asked (normalised; an e-mail or web address is asked first): "address of the IOM office in cairo",
# "adresse du bureau", "شو عنوان المكتب"
Q_ADDRESS = re.compile(r"\b(?:address|adresse|postal|street)\b|(?<!\w)(?:ال)?عنوان(?!\w)")
# an address given: a street, a building, a floor, a P.O. box, a postcode line, in three languages
ADDRESS = re.compile(r"\b(?:\d+[,\s]+)?(?:[A-Z][\w'’-]+\s+)*(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Square|Lane)\b"
                     # (not a building named after one: "the Orchid Lane Hotel", "Park Avenue Centre")
                     r"(?!\s+(?:Hotel|Hôtel|Resort|Inn|Suites|Centre|Center|Conference|Building|Tower|House|Mall|Plaza)\b)"
                     r"|\b(?:P\.?\s?O\.?\s?Box|B\.?P\.?\s?\d|Floor|floor \d|\d+(?:st|nd|rd|th) floor|Building \w|Bldg\.?)"
                     r"|\b(?:rue|avenue|boulevard|bd|impasse|all[ée]e|chemin|quai|ruelle|immeuble|étage|etage|place) (?:de |du |des |d'|de la )?[A-ZÀ-Ý\d]"
                     # (in Spanish and Portuguese, a street with its number: "Avenida Costanera Poniente 3150", "Rua
                     # Augusta, 120", "Calle 72 # 10-34")
                     r"|\b(?:Avenida|Av\.|Calle|Carrera|Rua|Paseo|Alameda|Jir[óo]n|Camino|Travessa) (?:de |del |da |do |dos |das )?"
                     r"[A-ZÀ-Ý\d][^,;.\n]{0,40}?\b\d{1,5}\b(?!\s*[^\W\d_]{3,})"
                     r"|\b[Aa]ddress(?:e)?\s*:"
                     r"|(?<!\w)(?:شارع|طريق|مبنى|بناية|الطابق|ص\.\s?ب|صندوق بريد|العنوان\s*:)")
Q_ZONE = re.compile(r"\btime ?zones?\b|\bfuseaux? horaires?\b|\bheure de quel(?:le)? (?:pays|ville)\b|\bheure locale\b"
                    r"|(?:اي|ايش|شو|انهي) توقيت|المنطقه الزمنيه|فرق التوقيت")
# which languages ("what languages are accepted", "c quoi les langues acceptées", "بأي لغة", "شو اللغات"): languages named
# answer (not a yes or no of one language asked: "can we write in French?")
Q_LANGUAGES = re.compile(r"\b(?:which|what|wat|whats|in what|in which)\s+(?:\w+\s+)?languages?\b|\blanguages?\s+(?:are\s+)?"
                         r"(?:accepted|allowed|available|used|spoken)\b|\b(?:quel(?:le)?s?|c quoi les|c'est quoi les|"
                         r"dans quel(?:le)?s?|en quel(?:le)?s?)\s+(?:\w+\s+)?langues?\b|\blangues?\s+(?:sont\s+)?"
                         r"(?:acceptees?|autorisees?|de travail|disponibles?|utilisees?)\b"
                         r"|(?<!\w)(?:ما|ما هي|ماهي|شو|ايش|وش|اي|باي|بايه|بانهي|انهي)\s+(?:ال)?لغ(?:ه|ات)(?!\w)")
# a language named (in French and Arabic, "arabe" / "العربية" said of a language, not of "la région arabe", "الدول العربية")
LANGUAGE_NAMED = re.compile(r"\b(?:English|French|Arabic|Spanish|Russian|Chinese|Portuguese|Kurdish|Sorani|Kurmanji|Turkish|"
                            r"Persian|Farsi|Urdu|Amharic|Tigrinya|Swahili|Hindi|Bengali|Nepali|Tamazight|Berber|anglais|"
                            r"fran[çc]ais|espagnol|russe|chinois|portugais|kurde|sorani|turc|persan|ourdou|amharique|tigrigna|"
                            r"swahili|tamazight|berb[èe]re)\b|\b(?:en|l['’]|langue)\s*arabe\b|\barabe\s+(?:et|ou)\s|\b(?:et|ou)\s+"
                            r"(?:en\s+|l['’])?arabe\b|,\s*arabe\b|(?<!\w)[وب]?(?:ال)?(?:[إا]نجليزي|[إا]نكليزي|فرنسي|[إا]سباني|روسي|"
                            r"صيني|برتغالي|كردي|سوراني|فارسي|[أا]ردي|[أا]مهري|سواحيلي|[أا]مازيغي)(?:ة|ه)?(?!\w)"
                            # (Arabic itself only as a language: "باللغة العربية", "باللغتين العربية والكردية", not "المنطقة العربية")
                            r"|(?<!\w)(?:ب?اللغ(?:[ةه]|تين|ات)|لغ(?:[ةه]|تين|ات))\s+(?:ال)?عربي(?:ة|ه)?(?!\w)", re.IGNORECASE)
# which kind of body a "which ..." question asks one belongs to: "which university", "quelle université", "أي جامعة"
ORG_ASKED = re.compile(r"\bwhich (?P<x>university|universities|ministry|company|ngo)\b"
                       r"|\bquel(?:le)? (?P<x2>universite|ministere|entreprise|ong)\b"
                       r"|(?:اي|انهي|ايش|شو) (?P<x3>جامعه|وزاره|شركه)")
# organisations asked, not people (normalised): "which organisations got observer status", "quelles entités", "مين الجهات
# اللي أخذت صفة مراقب": a French or Arabic text naming a body answers, as an English one does
# "which are the 4 lebanese organisations": the words between which and the bodies named
_WHICH_ARE_THE = r"(?:are|were) the (?:\d+ )?(?:[\w'-]+ ){0,2}?"
BODIES_ASKED = re.compile(rf"\b(?:which|what) (?:{_WHICH_ARE_THE})?(?:organi[sz]ations?|bodies|entities|"
                          r"institutions|agencies)\b"
                          r"|\bquel(?:le)?s? (?:organisations?|entites?|institutions?|organismes?|structures?)\b"
                          r"|(?<!\w)(?:الجهات|جهات|المنظمات|منظمات|الهيئات|المؤسسات)(?!\w)")
Q_EXACT = re.compile(r"\b(exact|exactly|precise|precisely|exacte|exactement|precisement|which day|what day|quel jour)\b"
                     r"|(بالزبط|بالضبط|بالظبط|تحديدا|اي يوم)")
# the post a named person holds is asked (normalised question): "salim korkmaz job title?", "amy muedin role?", "what's her
# position", "c'est quoi son poste", "il fait quoi", "شو وظيفتها", "شو منصبه": what answers gives one (:data:`TITLE_SAID`)
# beside the name, not only the organisation the person spoke for ("Mr. Salim Korkmaz, UCLG-MEWA")
Q_TITLE = re.compile(r"\bjob(?: title)?\b|\b(?:his|her|their|'s) (?:title|position|post|role|occupation)\b"
                     r"|^[\w' .-]{3,40}\b(?:title|position|role|occupation)\s*\??$|\bwhat does (?:s?he|mr\.? \w+|ms\.? \w+) do\b"
                     r"|\b(?:son|sa|quel|quelle) (?:poste|fonction|titre|metier|role)\b|\b(?:il|elle) fait quoi\b"
                     r"|\bc'?\s?est quoi son (?:poste|role|travail|job|metier)\b"
                     r"|(?<!\w)(?:وظيفته|وظيفتها|وظيفه|منصبه|منصبها|منصب|شغله|شغلها|شغلته|شغلتها|شغلة|مسماه|مسماها)(?!\w)")
# the posts people hold, in the three languages (normalised): a head, an officer, a professor, a member ...
TITLE_SAID = re.compile(
    r"\b(?:head|chief|director|coordinator|officer|advis[eo]r|lead|leader|partner|professor|lecturer|researcher|"
    r"member|president|chair\w*|secretary|manager|specialist|expert|consultant|founder|co-founder|minister|ambassador|"
    r"representative|analyst|associate|fellow|journalist|lawyer|mayor|governor|commissioner|envoy|rapporteur|liaison|"
    r"focal point|executive|moderator|facilitator|panel+ist|presenter|delegate|dean|editor|activist|trainer|official|"
    r"deputy|vice|directeur|directrice|chef|responsable|chargee?|conseillere?|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|"
    r"presidente?|secretaire|professeure?|chercheu(?:r|se)|membre|fondat(?:eur|rice)|representante?|ministre|"
    r"ambassad(?:eur|rice)|experte?|specialiste|moderat(?:eur|rice)|animat(?:eur|rice)|intervenante?|juriste|avocate?|"
    r"maire|gouverneur|inspect(?:eur|rice)|deleguee?)s?\b"
    r"|(?<!\w)[وبل]?(?:ال)?(?:مدير|رئيس|منسق|مسوول|مستشار|استاذ|باحث|عضو|مؤسس|ممثل|وزير|سفير|خبير|امين|نائب|محافظ|"
    r"مفتش|مقرر|مدرب|ناشط|محامي)(?:ه|ة)?(?!\w)")
TITLE_REACH = 160        # characters after a person's name in which the post is said ("Ms. X, Regional Programme Coordinator")


# the nouns that head an English role named with another noun before them ("labour minister", "network coordinator",
# "session moderator"): not the bodies named after them ("ministry", "directorate")
_ROLE_NOUNS = (r"minister|mayor|governor|ambassador|consul|director|president|chair|chairperson|moderator|coordinator|"
               r"officer|secretary|adviser|advisor|rapporteur|facilitator|representative|spokesperson|commissioner|envoy")
ROLE_HEAD = re.compile(rf"(?:{_ROLE_NOUNS})s?$")
# ... and the nouns of the people a question asks who they are, after words the glossary knows saying whose ("the two
# civil society speakers", "the youth delegates"; not "keynote speaker", a role of its own)
PEOPLE_HEAD = re.compile(rf"(?:{_ROLE_NOUNS}|speaker|panel+ist|presenter|delegate|trainer|mentor|observer|expert|judge|"
                         r"(?:co-?)?facilitator|consultant)s?$")
# "which minister opens ...", "quel ministre", "انهي وزير": a role asked by which (a person in it answers)
WHICH_ROLE = (r"(?:\bwhich|\bwhat|\bquel(?:le)?s?|(?<!\w)اي|(?<!\w)انهي)\s+(?=(?:minist|mayor|maire|governor|gouverneur|ambassad|"
              r"consul|official|responsable|director|directeur|directrice|president|chair|moderat|وزير|محافظ|سفير|قنصل|"
              r"مسؤول|مدير|رئيس)(?!\w*(?:ry|ries|ere|eres|ات|ه)\b))")
# the stems of a wage asked the price of ("salary", "wage", "salaire", "راتب", "أجر")
WAGE_STEMS = ("wage", "salar", "salair", "راتب", "رواتب", "اجر", "أجر")
# a question that opens by asking who ("qui a modéré ...", "who chaired ...", "مين أدار ...")
WHO_FIRST = re.compile(r"^\W*(?:who|whom|qui|مين|منو|من)(?!\w)", re.IGNORECASE)
Q_WHO = re.compile(
    # (with up to three words saying which: "who are the two civil society speakers picked", "the youth delegates")
    r"\bwho (?:are|were|will be) the (?:\d+ |two |three |four |five |six |ten )?(?:[\w'-]+ ){0,3}?(?:speakers|panel+ists|presenters|"
    r"moderators|keynote speakers|delegates|fellows|winners|nominees|laureates|jury members|members of the jury|mentors|"
    r"trainers|rapporteurs|co-?chairs|observers|members|representatives|experts|judges|(?:co-?)?facilitators|"
    r"consultants|focal points|selected (?:candidates|applicants|participants))\b"
    # (the bodies, so asked: "which are the 4 lebanese organisations that got selected")
    rf"|\bwhich {_WHICH_ARE_THE}(?:orgs|organi[sz]ations|bodies|entities|agencies|institutions)\b"
    r"|\b(?:list|names) of (?:the )?speakers\b"
    # (the names of the people of a body: "the names of the 5 people on the selection committee", "les noms des membres
    # du jury", "اسماء اعضاء اللجنه")
    r"|\bnames of (?:the )?(?:\d+ |two |three |four |five |six |seven |eight |nine |ten )?(?:people|persons|members|"
    r"judges|experts|candidates|trainers|panel+ists|moderators|facilitators|winners|fellows)\b"
    r"|\bnoms? des (?:\d+ |deux |trois |quatre |cinq )?(?:membres|personnes|juges|experts|candidats|formateurs|"
    r"moderateurs|laureats)\b|(?<!\w)(?:ال)?اسماء (?:ال)?(?:اعضاء|خبراء|مرشحين|مدربين|فائزين|اشخاص|متحدثين)(?!\w)"
    r"|\bqui sont les (?:\d+ |deux |trois |quatre |cinq )?(?:intervenant|orateur|"
    r"paneliste|conferencier|speaker|delegue|laureat|boursier|mentor|formateur|rapporteur)s?\b"
    r"|\bliste des (?:intervenant|orateur|paneliste)s\b|"
    rf"{WHICH_ROLE}|"
    r"\bwho(?:'s|se)?\b(?! are| were)|\bwhich (?:org|orgs|organi[sz]ations?|body|bodies|agency|agencies|entity|entities|uni|university)\b"
    r"|\bwhat (?:org|organi[sz]ation)\b|\bname of\b|\bnom d(?:u|e la|e l'|es)\b|\bwhat is [\w' -]+'s role\b|\brole\b"
    r"|^(?:et )?qui (?!sont\b)|\bc'?\s?est qui\b|\bc qui\b|\bpar qui\b|(?<!ce )\bqui (?:est|a|ont|etait|organise|anime|modere|presente)\b"
    r"|\bquel(?:le)?s? (?:organisme|organisation|agence|entite|poste|role|universite)s?\b|\btravaille ou\b"
    r"|(?:^|\s)(?:مين|منو|من هو|من هي|من الذي|من اللي|اي جهه|ما الجهه|ما هي الجهه|منظمته|منظمتها|"
    r"بتشتغل|بيشتغل|اي جامعه|اي مكتب)(?:\s|$|؟)"          # (a post asked, "وظيفته", "منصبها": Q_TITLE)
    r"|^من (?!كم|اي|وين|فين|اين|هم)|(?<!\w)(?:شو|ما|ايش|وش) (?:هو |هي )?اسم(?!\w)")
# who may take part or submit (normalised, three languages): the answer names kinds of actors, or says who is
# invited, not a person ("who can send inputs", "qui peut participer", "مين فيه يقدم", "من يحق له المشاركة")
Q_WHO_CAN = re.compile(
    r"\bwho (?:can|could|may|might|is allowed to|are allowed to|is eligible|are eligible|should apply|is invited|are invited)\b"
    r"|\bqui (?:peut|peuvent|pourra|pourront|a le droit|ont le droit|est eligible|sont eligibles|est invite|sont invites)\b"
    # whom it is open to or meant for: "open to whom", "who is it for", "ouvert a qui", "مفتوح لمين"
    r"|\bopen to (?:whom|who)\b|\bwho is (?:it|this|that) (?:open to|for)\b|\b(?:ouverte?s?|destinee?s?|reservee?s?) a qui\b"
    r"|\bs'?adresse a qui\b|\bc'?est pour qui\b|(?<!\w)(?:مفتوح|مفتوحه|متاح|متاحه|مخصص|مخصصه) (?:لمين|لمن|لمنو)(?!\w)"
    r"|(?<!\w)(?:مين|من|منو)\s+(?:اللي\s+|الي\s+|الذي\s+)?(?:فيه|فيو|بيقدر|يقدر|بقدر|يمكنه|يمكنها|يمكن|يحق|بيحق|يحقله|بيحقله|"
    r"مسموح|مسموحله|ممكن|مدعو|المدعوين|مؤهل)(?!\w)"
    # the criteria asked by name: "eligibility criteria?", "criteres d'eligibilite", "شروط الأهلية"
    r"|\beligibility (?:criteria|requirements|conditions|rules)\b|\b(?:criteres?|conditions?) d'?eligibilite\b"
    r"|(?<!\w)(?:شروط|معايير) (?:ال)?اهلي(?:ه|ة)(?!\w)")
ELIGIBLE = re.compile(
    r"\b(?:open to|eligible|eligibility|(?:are|is) invited|invites?|invited to|welcomes?|intended for|aimed at|addressed to|"
    r"brings? together|brought together|bringing together|will gather|gathers|representatives of|"
    r"(?:may|can|could) (?:apply|submit|participate|register|take part|attend|contribute|send|join|nominate))\b", re.IGNORECASE)
ACTOR_KINDS = re.compile(
    r"\b(?:organi[sz]ations?|unions?|authorities|institutions?|networks?|associations?|NGOs?|civil society|academia|"
    r"private sector|youth|diaspora|stakeholders?|member states|governments?|employers|workers|mayors|cities)\b", re.IGNORECASE)
# ... in French and Arabic (normalised)
ACTOR_KINDS_FR_AR = re.compile(
    r"\b(?:organisations?|associations?|syndicats?|reseaux?|ong|societe civile|jeunes|diasporas?|institutions?|"
    r"collectivites|autorites|gouvernements?|employeurs|travailleurs)\b"
    r"|(?<!\w)(?:ال)?(?:منظمه|منظمات|نقابه|نقابات|جمعيه|جمعيات|شبكه|شبكات|مجموعه|مجموعات|مجتمع مدني|مجتمع المدني|"
    r"شباب|جاليه|جاليات|حكومه|حكومات|سلطات|مؤسسات|موسسات)(?!\w)")
# a section on who takes part ("3. Participants", "Who can apply?", "Participation", "ثالثاً: من يمكنه المشاركة"),
# normalised heading
ELIGIBLE_HEADING = re.compile(
    r"\b(?:participants?|participation|eligib\w*|audience|who (?:can|may|should|is eligible|is invited)\w*|target groups?|"
    r"public cible|qui (?:peut|peuvent|est invite)\w*)\b"
    r"|(?<!\w)(?:المشاركون|المشاركين|المشاركه|المستهدفون|الفئات المستهدفه|الفئه المستهدفه|من يمكن\w*|من يحق\w*|الاهليه)(?!\w)")

def heads_who_takes_part(section: str) -> bool:
    """Is a section's own heading (its last level) about who takes part?"""
    return bool(ELIGIBLE_HEADING.search(normalize(section.rsplit(" > ", 1)[-1])))


ITEM = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)])\s")          # an item of a list
# offices only a person holds (normalised question; not a chair, a moderator or an organiser, which a country or a
# body may be): who holds one is named with a title
OFFICE = re.compile(r"\b(?:representative|rep|representant|representante|minister|ministre|director|directeur|directrice|"
                    r"governor|gouverneur|gouverneure|"
                    r"ambassador|ambassadeur|ambassadrice|mayor|maire|envoy|envoye|envoyee|commissioner|commissaire|"
                    r"spokesperson|porte-parole|rapporteur|rapporteuse|adviser|advisor|conseiller|conseillere|emcee|"
                    r"masters? of ceremon(?:y|ies)|maitres?(?:se)? de ceremonie)s?\b"
                    r"|(?<!\w)(?:ال)?(?:ممثل|ممثله|وزير|وزيره|مدير|مديره|سفير|سفيره|مقرر|مقرره|مستشار|مستشاره|عريف|عريفه|محافظ|"
                    r"محافظه|والي)(?!\w)")
# a person's name asked ("name of the UN migration network person who presents ...", "le nom de la personne qui ...",
# "اسم الشخص اللي ..."): a name, not the body they are from or their role ("Représentant(e) du Réseau ...")
PERSON_NAME_ASKED = re.compile(r"\b(?:name|names|nom|noms)\b[^?]{0,60}?\b(?:person|people|personne|personnes)\b"
                               r"|\b(?:person|personne)(?:'s)? (?:name|nom)\b|(?<!\w)(?:اسم|اسماء)\s+(?:ال)?(?:شخص|اشخاص)(?!\w)")
# a person's name asked for in so many words, beside the question (normalised): "... need the name", "names pls", "le nom
# svp", "son nom", "بدي أساميهم", "شو اسمه" -- a sentence naming an office, a body or a number of people does not give it
NAME_REQUESTED = re.compile(r"\bneed (?:the |his |her |their )?names?\b|\bnames?\W*(?:pls|please|plz)?\W*$"
                            r"|\b(?:son|sa|leur|leurs|le|les) noms?\b\W*(?:svp|stp|please)?\W*$"
                            r"|(?<!\w)(?:اسمه|اسمها|اسمو|اسماءهم|اسمايهم|اساميهم|اسمهم|الاسم|الاسماء|اسامي)(?!\w)")
# a change to a meeting asked of (normalised question): postponed, delayed, rescheduled, cancelled, in three languages
POSTPONED = re.compile(r"\b(?:postpon\w*|delayed|reschedul\w*|reportee?s?|ajourn(?:e|ee|es|ees|ement)|repoussee?s?|"
                       r"differee?s?|decalee?s?)\b|(?<!\w)(?:[وف]?(?:ال)?(?:تاجيل|تاجل|تاجلت|اجلت|اجلوا|مؤجل|موجل|موجله))(?!\w)")
CANCELLED = re.compile(r"\b(?:cancel+ed|cancel+ation|called off|annulee?s?|annulation)\b"
                       r"|(?<!\w)(?:[وف]?(?:ال)?(?:الغاء|الغي|الغيت|الغت|انلغي|انلغت|ملغي|ملغيه|ملغاه))(?!\w)")
HAPPENED = re.compile(f"{POSTPONED.pattern}|{CANCELLED.pattern}")
# what a publication asked is (normalised): "when will the final report be published", "le rapport", "التقرير"; the
# date that answers is said of one of that kind (the notice's own "Date of issue" is no report's)
PUBLICATIONS = {kind: re.compile(rf"(?<!\w)(?:[وبل]?(?:ال)?)?(?:{forms})", re.IGNORECASE) for kind, forms in (
    ("report", r"reports?\b|rapports?\b|تقرير|تقارير"),
    ("summary", r"summar|synthes|compte.rendu|ملخص"),
    ("guide", r"guides?\b|guidance|دليل"),
    ("study", r"stud(?:y|ies)\b|etudes?\b|دراس"),
    ("list", r"lists?\b|listes?\b|قائم"),
    ("programme", r"programmes?\b|programs?\b|agenda|برنامج"),
    ("brief", r"briefs?\b|policy note|note d'orientation|موجز"),
    ("recommendations", r"recommend|recommand|توصي"))}
# a reason asked (normalised question): "why was it postponed", "pourquoi", "ليش", "ما سبب"
Q_WHY = re.compile(r"\b(?:why|how come|for what reason|pourquoi|pour quelle raison)\b|\b(?:what|which) (?:is|was|were|are) "
                   r"the reasons?\b|\bla raison\b|(?<!\w)(?:ليش|ليه|لماذا|علاش|لاش)(?!\w)|"
                   r"(?<!\w)(?:شو|ايش|ما|وش|شنو) (?:هو |هي )?(?:ال)?(?:سبب|اسباب)(?!\w)")
# a reason said: "because", "due to", "the change follows a request of ...", "en raison de", "بسبب", "بناء على طلب"
REASON_SAID = re.compile(
    r"\b(?:because|due to|owing to|as a result|result of|follows|following (?:a|an|the) (?:request|decision|proposal|"
    r"recommendation|announcement|agreement)|in order to|so that|so as to|reasons?|"
    r"in light of|in view of|at the request|request(?:ed)? (?:of|by)|to allow|to enable|to coincide|to align|back to back|"
    r"parce que?|car|en raison|[àa] cause|suite [àa]|[àa] la suite|afin de|afin qu|pour permettre|[àa] la demande|"
    r"compte tenu|du fait|raisons?|pour co[ïi]ncider)\b"
    r"|(?<!\w)(?:بسبب|نظرا|نظراً|بناء على|بناءً على|لأن|لان|من أجل|من اجل|بهدف|لكي|إثر|اثر|على إثر|بطلب|طلب|نتيجة|"
    r"سبب|للسماح|لتتزامن|تزامنا|تزامناً)(?!\w)", re.IGNORECASE)
# the who-word a role follows ("who moderated", "qui a présidé", "مين أدار"): the question's start
WHO_WORD = re.compile(r"(?P<copula>c'?\s?est qui\b|\bc qui\b)|^(?:\W*(?:and|et|so|ok)\s+)?(?:who|qui|مين|منو|من)(?!\w)|(?<=\s)(?:who|qui|مين|منو)(?!\w)"
                      rf"|{WHICH_ROLE}"
                      r"|\bname of\b|\bnom d(?:u|e la|e l'|es|e)\b|(?<!\w)(?:شو|ما|ايش|وش) (?:هو |هي )?اسم(?!\w)")
                      # "the name of the minister", "شو اسم الوزير": a role follows
COPULAS = frozenset("is was are were est etait sont هو هي هم".split())     # "who is X": a name follows, unless "the ..."
ARTICLES = frozenset("the a an le la les un une".split())
# "who replaced / replaces ...", "qui remplace ...", "مين بدل ..." (normalised): who holds another's place now
REPLACES = re.compile(r"replac(?:ed|es|e|ing)|remplac(?:e|ee|era|ait)|a remplace|بدل|حل محل|يحل")
# words between the who-word and the role: auxiliaries, articles, pronouns, "the one who"
RELATION_SKIP = frozenset(
    "is was were are will would be been being has have had did does do can could should shall may might "
    "the a an of else exactly actually really s 's gonna going to am i we you it this that "
    "a est etait sera serait sont ont va vont etaient avait aura le la les l un une de du des ce c qui exactement "
    "هو هي هم اللي الي الذي التي يلي رح راح ح بده عم قد كان كانت سوف يكون ستكون "
    # light verbs: the role is the next word ("who gave the closing remarks", "qui a prononcé le discours d'ouverture")
    "gave give gives giving made make makes delivered deliver delivers "
    "fait fera donne donnera prononce prononcera "
    "القي القت يلقي تلقي عطي اعطي سيلقي ستلقي بيلقي بتلقي يعطي تعطي سيعطي ستعطي بيعطي بتعطي "
    # whose people: "who from IOM gave ...", "مين من IOM ألقى ..." (the body named after it is skipped too)
    "from من "
    # how many are asked of: "who are the two speakers", "qui sont les deux intervenants" (the role is the next word)
    "two three four five six seven eight nine ten deux trois quatre cinq six sept huit neuf dix".split()) | frozenset(
    f"{a}{n}" for a in ("", "ال") for n in "اثنين اتنين ثلاثه تلاته اربعه خمسه سته سبعه ثمانيه تمانيه تسعه عشره".split())
# nouns that ask for any body, as "who" does: the role is the next word ("مين الجهة اللي بتمول السفر": who funds;
# "quelle est l'organisation qui finance ...")
ENTITY_NOUNS = frozenset(normalize(w) for w in (
    "entity entities body bodies organisation organization organisations organizations agency "
    "entite organisme structure "
    "الجهة جهة الجهات جهات المنظمة منظمة الهيئة هيئة").split())
# saying verbs and "the person": the documents say "noted", "stressed", "welcomed" -- any speaker answers
# ("المسؤول", the one in charge, read as the question is: normalised); and whoever speaks for a body represents it
# ("qui représentait l'OIT": the ILO's speaker, whatever the role the documents give them)
SPEECH = frozenset(normalize(w) for w in (
    "spoke speak speaks speaking said says say talked talk talks talking mentioned mention discussed "
    "represented represents represent representing "
    "person people one guy lady name responsible contact "
    "parle parlait dit disait mentionne personne responsable contacter represente representait representera "
    "representaient representent "
    "حكى حكي تكلم تحدث قال ذكر الشخص شخص المسؤول مسؤول المسؤولة مسؤولة مثل مثلت يمثل تمثل").split())
# "what is the X of Y" (normalised, three languages): X, the attribute asked
WHAT_THE = re.compile(
    r"^(?:(?:so|and|ok|et|alors|و)\s+)?(?:"
    r"(?:what|which)(?:'s| is| was| are| were| will be| would be)?\s+(?:the|their|its)\s+(?P<x>[a-z][a-z' -]{1,40}?)\s+(?:of|for|at|in|on|to|from)\b"
    r"|(?:quel(?:le)?s?\s+(?:est|sont|etait|etaient|sera)|c'?\s?est quoi)\s+(?P<x2>(?:le|la|les|l')\s*[a-z][a-z' -]{1,40}?)\s+(?:de|du|des|d'|pour|a|au|aux)\b)")
# what a meeting produced, asked however it is put ("what came out of the 2023 forum", "les recommandations de la
# réunion de Rabat c quoi", "شو كانت توصيات الاجتماع"): a text answering it names an outcome (a sentence that only
# says the meeting took place does not)
Q_OUTCOME = re.compile(r"\bcame out of\b|\b(?:outcomes?(?! doc)|recommendations?|conclusions|key messages|takeaways)\b|"
                       r"\b(?:recommandations?|conclusions|messages cles|ce qui (?:est|en est) sorti)\b|"
                       r"(?<!\w)(?:ال|وال|ب|بال)?(?:توصيات|مخرجات|استنتاجات|خلاصات|خلاصه)(?!\w)")
OUTCOME_STEMS = ("recomm", "outcom", "conclu", "messag", "declar", "statem", "takeaw", "agreed")
OUTCOME_SAID = re.compile(r"\b(?:recommend\w*|outcomes?|conclusions?|key messages|messages? cl[ée]s|d[ée]clarations?|"
                          r"statements?|takeaways|recommandations?)\b|(?:توصيات|التوصيات|مخرجات|المخرجات|استنتاجات|خلاصات)",
                          re.IGNORECASE)
# a question on what a meeting is to produce ("what's supposed to come out of it", "c'est censé donner quoi", "شو المفروض
# يطلع منه"): a note written before it answers
SUPPOSED = re.compile(r"\bsupposed to\b|\bcense(?:e|s|es)?\b|\bprevu(?:e|s|es)?\b|(?<!\w)(?:المفروض|المرجو|المرجوه)(?!\w)")
# what a meeting means to produce, not what it produced: "aims to agree on recommendations", "will adopt", "vise à",
# "تهدف إلى", an "Objectives" section
AIMED = re.compile(r"\b(?:aims?|aimed|aiming|objectives?|purpose|will|shall|expected|seeks?|intends?|planned|"
                   r"to (?:agree|adopt|formulate|develop|draft|prepare|produce|identify|discuss)|vise|visera|viser|"
                   r"objectifs?|(?:le|pour) but|devra|devront|permettra|permettront|sera|seront|attendus?|attendues?)\b"
                   r"|(?<!\w)(?:تهدف|يهدف|تسعي|تسعى|يسعي|يسعى|سوف|اهداف|أهداف|الاهداف|الأهداف|من المتوقع|ستقوم|سيتم)",
                   re.IGNORECASE)
# (Arabic "شو X Y" is as often "what is X" -- a definition -- as "what is the X of Y": not read)
# heads that say nothing of their own ("what's the point of ...", "what is the idea of ...") and the
# words for the shape of an answer, which documents list without naming ("the steps on the roadmap")
VAGUE_HEADS = frozenset("point idea deal story thing things stuff news matter meaning definition name names purpose "
                        "goal aim role use sense difference situation status case "
                        "step steps stage stages phase phases part parts element elements component components "
                        "item items points details detail aspects aspect kinds types ways".split())
# a role compared by its first letters once its ending is cut: moderated ~ moderator (modera), organised ~
# organized (organi), opened ~ Opening (open); "translated" is not "Transforming" (transl / transf)
RELATION_STEM = 6
ENDING = re.compile(r"(?:ations?|ing|ed|ers?|ors?|es|s)$")
NUMBER_WORDS_LIST = "two three four five six seven eight nine ten eleven twelve".split()
Q_LIST_NAMES = re.compile(
    # (with a count or a kind between: "which nine countries", "which 3 arab states", "quels sept pays")
    # (and a word that says which ones: "which gulf countries", "what african states")
    # (not an auxiliary: "what do member states submit" asks what they submit)
    r"\b(?:which|what) (?:(?:\d{1,2}|" + "|".join(NUMBER_WORDS_LIST) + r") )?"
    r"(?:(?!(?:do|does|did|are|is|was|were|will|would|can|could|should|must|have|has|had|the|of)\b)[a-z]+ )?"
    r"(?:countries|states|member states|members|agencies|organi[sz]ations)\b"
    r"|\bquel(?:le)?s (?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) )?(?:pays|etats|membres|agences|organisations)\b"
    r"|(?:اي|شو|ما هي|مين|ما|ايش|وين) (?:ال)?(?:دول|بلدان|وكالات|منظمات)(?!\w)")
# the list asked is of countries (normalised): "which gulf countries", "quels pays", "اي دول"
COUNTRIES_ASKED = re.compile(r"\b(?:countries|states|pays|etats)\b|(?<!\w)(?:ال)?(?:دول|بلدان)(?!\w)")
Q_LIST_NUMBERS = re.compile(r"\b(?:which|what) objectives\b|\bobjectives\?|\bquels objectifs\b|\bobjectifs\b.*\bquels\b"
                            r"|(?:اي|شو|ما هي) (?:الاهداف)|الاهداف اللي")
# how long something lasts ("how long was each round table", "combien de temps", "قديش مدة الجلسة")
# an age asked (normalised): "age limit", "how old", "quel âge", "limite d'âge", "قديش لازم يكون عمر المتقدم", "السن"
Q_AGE = re.compile(r"\b(?<!old-)(?<!old )(?:age limits?|ages?(?![- ](?:benefits?|pensions?|insurance|allowances?|groups? of))|aged|how old|quel age|limite d'age|age (?:limite|minimum|maximum|requis))\b"
                   r"|(?:قديش|كم|شو|ما|اي|ايش)(?: لازم)?(?: يكون| تكون)? (?:ال)?(?:عمر(?:ي|ه|ها|ك|هم|نا)?|سن(?:ي|ك|هم)?)(?!\w)"   # (not "كم سنة", every how many years)
                   r"|(?<!\w)(?:ال)?(?:عمر|سن) (?:ال)?(?:متقدم|مشارك|مطلوب)|(?:ال)?فئه (?:ال)?عمريه|(?:ال)?حد (?:ال)?(?:اقصي|ادني) (?:لل)?(?:عمر|سن)")
# an age given (normalised; with a number): "aged 18 to 29", "between the ages of", "âgés de 18 à 29 ans", "years old",
# "أعمارهم بين"، "عمره"، "سن"
# (and a number of years one must have: "avoir au moins 18 ans révolus", "18 years of age", "over the age of 18")
AGED = re.compile(r"\b(?:aged?|ages|years? old|agee?s?)\b|(?<!\w)[وب]?(?:ال)?(?:عمر\w*|اعمار\w*|سن|عمريه)(?!\w)"
                  r"|\d\s*ans revolus\b|\bavoir (?:au moins |plus de |moins de )?\d+\s*ans\b|\d+\s*years of age\b"
                  r"|\b(?:over|under) the age\b")
# (and its asking words, which are not what it is of: "how long does it take", "ça prend combien de temps")
Q_DURATION = re.compile(r"\b(how long(?: (?:does|will|would|did) it take)?|for how long|"
                        r"(?:(?:ca|ça|cela) )?(?:prend|prendra|faut-il|faut|dure) combien de temps|"
                        r"combien de temps (?:ca|ça|cela) (?:prend|prendra)|combien de temps|quelle duree|la duree|duree de|dure combien|"
                        r"durera combien|dure-t-il|dure-t-elle|combien de (?:jours|semaines|mois))\b|(?:قديش|كم|اد ايه|قد ايه) (?:مده|مدة|طول|وقت)"
                        r"|^(?:شو|ما) مده|\bhow (?:many|much) (?:time|days|weeks|months)\b(?! (?:before|ahead|in advance|left))"
                        r"|(?:قديش|كم) (?:رح |ح )?(?:بيطول|بتطول|يطول|تطول|بيدوم|بتدوم|يدوم|تدوم|بياخد|بتاخد)")
# a written thing whose length "how long" asks ("how long can the contribution be", "la contribution, quelle longueur")
Q_TEXT_LENGTH = re.compile(r"\b(?:contributions?|inputs?|submissions?|statements?|papers?|essays?|texts?|abstracts?|"
                           r"proposals?|pages?|words?)\b|(?<!\w)(?:مساهم\w*|ورق\w*|صفح\w*|كلم\w*)")
# a percentage asked: "what percentage of the centres ...", "quel pourcentage", "ما نسبة / النسبة المئوية" (not
# "بالنسبة لـ", "as for")
Q_SHARE = re.compile(r"\b(?:what|which) (?:percentage|proportion|share|per ?cent)\b|\bpercentage of\b|"
                     r"\bhow many per ?cent\b|\bquel(?:le)?s? (?:est (?:le |la ))?(?:pourcentage|proportion|part)\b|"
                     r"\bpourcentage\b|(?<!\w)(?:ما|كم|شو|قديش|اي|أي) (?:ال)?نسب[ةه](?!\w)|(?<!\w)(?:ال)?نسب[ةه] (?:ال)?مئوي[ةه]"
                     # a rate ("what is the contribution rate", "c'est quoi le taux de cotisation", "شو معدل ...")
                     r"|\bwhat(?:'s| is| was| will be| are)? (?:the )?(?:[\w-]+ ){0,3}rates?\b(?! of exchange)|\brates? of\b"
                     r"|\btaux\b|(?<!\w)(?:ما|كم|شو|قديش) (?:هو |هي )?(?:ال)?معدل(?!\w)")
# whom a share is of (normalised): "what percentage of (the) women", "le pourcentage de femmes", "نسبة النساء"
SHARE_OF = re.compile(r"\b(?:percentage|proportion|share|per ?cent|rate|%)\s+of\s+(?:the\s+|all\s+)?(?P<x>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)"
                      r"|\b(?:pourcentage|proportion|part|taux)\s+(?:de la |de l'|des |du |de |d')(?P<f>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)"
                      r"|(?<!\w)(?:ال)?نسب[ةه]\s+(?!(?:ال)?مئوي)(?P<a>[^\W\d_]{2,}(?: [^\W\d_]+)?)"
                      r"|\b(?!(?:what|the|is|a|an|of|exchange)\b)(?P<r>[^\W\d_][\w-]*) rates?\b")   # "the contribution rate"
# what a percentage given is of: "45% of the centres", "40 % des migrants", "١٥٪ من مجموع المهاجرين" (its next words)
PERCENT_OF = re.compile(r"\d\s?(?:[%٪]|per ?cent|percent|pour ?cent|(?:في ال|بال)ما?ئ[ةه])\s+(?:of|des|du|de|d'|من)\s+"
                        r"(?P<rest>(?:\S+\s*){1,4})", re.IGNORECASE)
# a percentage given: "45%", "45 per cent", "45 pour cent", "٤٥٪", "45 في المئة / بالمئة"
# (or a fraction in words: "at least a third of the seats", "la moitié des places", "نصف المقاعد على الأقل")
PERCENT = re.compile(r"\d\s?[%٪]|\d\s?(?:per ?cent|percent|pour ?cent)\b|\d\s?(?:في ال|بال)ما?ئ[ةه]"
                     r"|\b(?:a|one|two|three) (?:third|quarter|half)s?\b|\bhalf (?:of )?the\b"
                     r"|\b(?:un|le|deux|trois) (?:tiers|quarts?)\b|\b(?:la )?moitié de"
                     r"|(?<!\w)(?:ثلث|ثلثي|ثلثا|نصف|ربع)(?!\w)", re.IGNORECASE)
Q_HOW_MANY = re.compile(r"\b(h(?:o)?w many|how much|number of|combien(?: de| d')?|nombre de|le nombre|"
                        # a limit asked ("whats the max", "le maximum c'est combien", "قديش الحد الأقصى")
                        r"what(?:'?s| is) the (?:max|maximum|min|minimum)|(?:le |un )?(?:maximum|minimum) de)\b"
                        r"|(?<!\w)(?:ال)?حد (?:ال)?(?:اقصي|ادني)(?!\w)"
                        # (not "أكبر عدد", "أكثر عدد": which has the most, no count)
                        # (Egyptian "كام": "كام واحد جه")
                        # (not "يوم كام", Egyptian "which day": a date; nor "سنة كام", which year)
                        r"|(?<!اكبر)(?<!اكثر)(?<!اعلي)(?<!اقل)(?<!يوم)(?<!سنه)(?<!عام)(?:^|\s)و?(كم|كام|قديش|عدد)(?:\s|$)")
# a year asked (normalised): "which year", "en quelle année", "أي سنة", "سنة كام"
YEAR_ASKED = re.compile(r"\b(?:which|what) year\b|\bquelle annee\b|(?<!\w)(?:اي|انهي) (?:سنه|عام)(?!\w)"
                        r"|(?<!\w)(?:سنه|عام) (?:كام|كم)(?!\w)")
# what taking part costs: "is registration free?", "any fee to register?", "l'inscription est-elle payante ?",
# "قديش لازم ندفع لنسجل؟", "هل التسجيل مجاني؟" -- a price, a fee or "free of charge" answers, not any number
Q_COST = re.compile(
    r"\b(?:how much (?:does|do|will|would|is|are)\b.{0,30}\b(?:cost|pay|charge)\w*|costs?|fees?|price|prices|pricing|"
    r"(?:is|are) (?:it|this|that|registration|participation|attendance|the(?: \w+){1,3}?) free|free of charge|for free|"
    r"^(?:is|are|will)\b.{0,80}\bfree(?=\s*\?*\s*$)|"
    # "is lunch free for participants ...", "are the meals free": free said of a thing (not "free to choose")
    r"(?:is|are|will be) (?!there\b)(?:the |a |an )?\w+(?: \w+)? free(?=\s*(?:[?.,!]|$|for\b|at\b|during\b|of charge\b))|"
    r"have to pay|need to pay|must pay|pay for (?:the )?(?:registration|participation|attendance|ticket|entry)|"
    r"frais|payant|payante|payants|payantes|payer|gratuit|gratuite|gratuits|gratuites|gratuitement|cout|couts|coute|"
    r"tarif|tarifs|prix|"
    # an amount of money ("how much is the daily allowance", "le montant de l'indemnité")
    # ... or of a thing by the night ("how much is a room per night", "c'est combien la nuit", "قديش الليلة بالفندق")
    r"how much (?:is|are|was|will be|would be|does|do) (?:a|an|one|each)\b|(?:per|a) night|(?:par|la) nuit|"
    r"how much (?:is|are|will be|was) (?:the |a |an )?(?:\w+ ){0,2}(?:allowances?|per diems?|stipends?|grants?|amount|wages?|"
    r"salary|salaries)|"
    r"montant|indemnites?|per diem|amounts?|"
    # what a thing is worth ("how much is each travel grant worth", "combien vaut la bourse", "قديش قيمة المنحة")
    r"how much (?:is|are|was|were|will)\b.{0,70}\bworth|worth of (?:the |each |a )|combien (?:vaut|valent)|"
    # ... in a currency ("what minimum wage did they recommend? in usd", "combien en dollars")
    r"in (?:usd|us dollars?|dollars?|euros?|eur)|en (?:dollars?|euros?)|"
    # a sum given asked ("la subvention est de combien", "the grant was how much", "how much funding")
    r"(?:subventions?|bourses?|financements?|dons?|grants?|funding|donations?|stipends?)\b[^?.]{0,30}\b(?:combien|how much)|"
    r"how much (?:money|funding|funds)|combien d['’]argent)\b"
    r"|(?<!\w)(?:بالدولار|باليورو|كم دولار|(?:ال|لل|بال)ليله)(?!\w)"
    # ("قديش المنحة", "المنحة كم": the grant's sum; not "قديش منحة سفر", how many travel grants)
    r"|(?<!\w)(?:كم|قديش|كام) ال(?:منح[هة]|تمويل)(?!\w)|(?<!\w)(?:ال)?(?:منح[هة]|تمويل) (?:كم|قديش|كام)(?!\w)"
    r"|(?<!\w)(?:[وفب]?(?:ال)?رسوم|(?:ال)?مبلغ|قيمه|(?:ال)?بدل|(?:ال)?مخصصات|(?:ال)?منح[هة] (?:ال)?شهري[هة]|رسم التسجيل|(?:ال)?تكلفه|(?:ال)?تكاليف|بتكلف|يكلف|تكلف|كلف|كلفت|ندفع|يدفع|بندفع|ادفع|تدفع|نسدد|"
    r"مجاني|مجانا|مجانيه|ببلاش|بفلوس|(?:ال)?سعر|(?:ال)?اجره|(?:ال)?اجرة)(?!\w)"
    r"|\b(?:fares?|how much (?:is|does) (?:a |the )?(?:taxi|cab|bus|ride)\b)")
# the names of a price (normalised), which a question may use only to name a thing ("the report on recruitment costs")
COST_NOUNS = frozenset("cost costs fee fees price prices pricing frais cout couts tarif tarifs prix "
                       "رسوم الرسوم تكلفه التكلفه تكاليف التكاليف سعر السعر".split())
# words that count people, in the three languages (the counted noun of "how many ppl / combien de personnes")
PEOPLE = frozenset(tokens(
    "people ppl persons person participants participant attendees respondents representatives delegates "
    "members individuals personnes participants gens representants representant delegues delegue repondants "
    "شخص اشخاص مشارك مشاركين المشاركين واحد ناس حد ممثل ممثلين ممثلا ممثلان ممثلون مندوب مندوبين مندوبا مندوبان"))
# where the counted noun phrase ends: "how many national UN networks | does ...", "combien de réseaux | dans ..."
PHRASE_END = frozenset("in at on for from by to of with and or does do did is are was were has have had will would can "
                       "could should there ont sont a ont-ils y dans sur pour avec en au aux par".split())
COUNT_WORDS = ("number", "nombre", "عدد", "le", "la", "les")
# words ending in "s" that are not plurals ("how many stateless ppl", "how many homeless people")
NOT_PLURAL = ("less", "ss", "ous", "us", "is")
# English plurals without an "s" ("how many women", "how many children"): the noun counted all the same
IRREGULAR_PLURALS = frozenset("men women children staff youth media criteria phenomena".split())
# (not "members": "18 Member States took part" counts countries; "how many members" still counts members)
# people of a kind ("how many migrants died", "قديش مهاجر مات"): a count of persons counts them ("au moins 2 318
# personnes sont mortes"), not a count of participants or delegates
KINDS_OF_PEOPLE = frozenset(tokens("migrants workers refugees children women men youth journalists students returnees "
                                   "victims survivors families displaced"))
PERSONS = frozenset(tokens("people persons individuals personnes individus gens اشخاص شخص"))
# those who take part, in French and Arabic ("نحو ٦٥ مشاركاً", "80 participantes"): people counted as people
# (and those sent to take part: "ممثلَين اثنين", "deux représentants", "two delegates")
PARTICIPANT_WORDS = frozenset(tokens("participants participantes مشارك مشاركين مشاركا مشاركه "
                                     "representants representantes delegues deleguees ممثل ممثلين ممثلا ممثلان ممثلون "
                                     "مندوب مندوبين مندوبا مندوبان"))
# units of time counted in Arabic (normalised), as the documents write them in the three languages
TIME_UNITS = {w: frozenset(tokens(forms)) for words, forms in (
    ("دقيقه دقائق دقايق", "minutes minute min دقيقه دقائق دقايق"),
    ("ساعه ساعات", "hours hour heures heure ساعه ساعات")) for w in words.split()}
# the seats or places counted ("how many seats", "combien de places", "كم مقعد")
SEATS = frozenset(tokens("seats seat places spots مقاعد مقعد مكان اماكن"))
# (and those a meeting brings together: "around 120 stakeholders are expected", "45 experts")
PEOPLE_EN = ("participants", "people", "persons", "representatives", "respondents", "attendees", "delegates",
             "stakeholders", "experts")


@dataclass
class Wanted:
    """What kind of fact a question asks for."""
    kind: str = ""                 # "" | person | date | day | deadline | duration | time | place | city | address | room | nationality | most | social | number | share | email
                                   # | send | link | download | phone | cost | list_names | list_numbers | attribute
    counted: list[str] = field(default_factory=list)   # stems of what "how many" counts (English forms included)
    years: list[int] = field(default_factory=list)     # years the question names
    days: list[tuple[int, int]] = field(default_factory=list)   # (day, month) the question names
    months: list[int] = field(default_factory=list)   # a month it names without a day ("the July conference")
    platform: str = ""             # a link asked for on a meeting platform: "zoom", "teams" ...; "any": which platform a
                                   # meeting is held on is asked (a "format" that names one)
    labels: list[tuple[str, int]] = field(default_factory=list)   # numbered parts named: ("session", 3), ("day", 3)
    relation: list[str] = field(default_factory=list)  # "who moderated / chaired / opened ...", "what is the
                                   # hashtag of ...": stems of the role or attribute asked, the question's own
                                   # word and the documents' English for it
    attribute: str = ""            # that attribute as the question words it ("official hashtag")
    count_of: list[str] = field(default_factory=list)  # English "how many X <word>": stems of the word that says
                                   # which of them are counted ("sent nominees", "registered"); the count must say it
    count_on: list[str] = field(default_factory=list)  # "how many recommendations on remittances", "كم توصية عن
                                   # التحويلات": stems of what the things counted are about; the count must say it
    count_object: list[str] = field(default_factory=list)  # "how many states voted for the progress declaration",
                                   # "ont voté pour la déclaration": stems of what that verb was done to; the count
                                   # must name it (152 States voted for the GCM, not for the declaration)
    count_whose: list[str] = field(default_factory=list)  # "how many members does Migrant Forum in Asia have": stems of
                                   # whose things are counted; the count's text must name them all
    allowance: bool = False        # a cost asked is of an allowance paid to participants ("is there a per diem")
    count_part: list[list[str]] = field(default_factory=list)  # "how many of the 120 seats are reserved for youth
                                   # organisations", "sur les 40 places, combien sont réservées aux ...": for each word
                                   # saying which part of the whole asked, its stems; the count's text must name each
    count_part_places: list[frozenset] = field(default_factory=list)  # ... and the places among those words ("how
                                   # many of the 80 seats are for participants from senegal"), by their English names
    count_per: list[str] = field(default_factory=list)  # "how many delegates per country", "combien de représentants par
                                   # organisation", "كم وفد بتبعت كل دولة": stems of the unit each count is of; the
                                   # count must name it ("each organisation may register two" is not per Member State)
    doc_years: list[int] = field(default_factory=list)   # the years naming a publication ("the 2030 report"): a
                                   # count its sentence gives for another year is still the one asked
    thing_years: list[tuple[str, int]] = field(default_factory=list)   # a survey's, a report's ... year ("the 2030
                                   # survey", "مسح 2030"): a text that gives that thing only another year does not answer
    meeting_years: list[int] = field(default_factory=list)   # the years naming a meeting ("the 2026 webinar",
                                   # "le webinaire de 2026", "ندوة 2026"): the text must give that year as a meeting's
                                   # (its document's date, or beside a meeting's name), not as a survey's or a report's
    share_of: list[list[str]] = field(default_factory=list)  # "what percentage of women", "pourcentage de femmes parmi ...",
                                   # "نسبة النساء": stems (in the three languages) of whom the share is of; the
                                   # percentage must name them ("15 % of all migrants" is not women's share)
    priced: list[str] = field(default_factory=list)   # "how much is the daily allowance", "la version papier coûte
                                   # combien": stems of the thing priced when it is not taking part itself (an
                                   # amount of money answers; "free" only if said of it: "Participation is free" is
                                   # not the allowance's amount)
    others_than: list[str] = field(default_factory=list)  # "the other members of the jury besides Escalante Varela",
                                   # "مين باقي الأعضاء غير Ngoma-Bakala": the words of the names set aside; a person
                                   # named besides them must be
    one: bool = False              # the role asked is in the singular ("the Omani official who opens ...", English or
                                   # French): a sentence naming it in the plural ("officials are not eligible") does not
                                   # name its holder
    created: bool = False          # "when was the network created / the GCM adopted", "إمتى تأسست": the date must be
                                   # said of a founding, an adoption, a signature (not any date of the same text)
    published: bool = False        # "when was / will the report be published", "quand sera publié", "امتى بينشر": the date
                                   # must be said of a publication ("2020-2021", the years a review ran, is not it)
    rank: str = ""                 # the rank the question gives the role asked ("the director general", "المدير العام":
                                   # :data:`RANKS`): a role without it beside ("Regional Director") is another one
    holder: bool = False           # the person holding an office is asked ("the name of the special representative", "le
                                   # ministre", "المدير"): a titled person must be named ("Ms. ...", "H.E. ...", "السيد"),
                                   # not only the office and some organisation in the same sentence
    role_for: list[str] = field(default_factory=list)  # "the focal point for youth", "le point focal pour les jeunes":
                                   # stems of whom or what the role asked is for; what answers must name them
    most: bool = False             # "which country sent the most participants" (:data:`Q_MOST`): what answers must rank
                                   # them ("the largest", "most", "أكبر"), not count or list them all
    change: str = ""               # a change to a meeting asked of (:data:`HAPPENED`): "postponed" | "cancelled"; a
                                   # French or Arabic text says it its way ("est reporté", "تأجلت": :data:`POSTPONED`)
    published_what: list[str] = field(default_factory=list)   # the kinds of publication a "when published" names
                                   # (:data:`PUBLICATIONS`: "the final report"): the date is said of one of them
    within: bool = False           # where in the city it names a meeting is asked ("where in kigali is the youth
                                   # pre-session", "ou a dakar exactement"): a building, not the city, "online" or "in
                                   # person"
    reason: bool = False           # why a change happened is asked ("why was the consultation postponed", "pourquoi
                                   # ... reportée", "ليش تأجلت"): what answers must give a reason (:data:`REASON_SAID`:
                                   # "The change follows a request of the host Government"), not only the change
    title: bool = False            # the post a named person holds is asked (:data:`Q_TITLE`: "salim korkmaz job title?",
                                   # "شو وظيفتها"): what answers says one beside the name (:func:`says_title`)
    bodies: bool = False           # organisations are asked, not people ("which bodies", "quelles entités", "مين الجهات")
    exact: bool = False            # the exact day is asked ("exactly", "which day", "بالضبط"): a month does not say it
    day_count: bool = False        # "how many days" is asked: a number of days answers as well as the dates
    deputy: bool = False           # the question names a deputy ("the deputy mayor", "نائب المدير"): without one, a
                                   # deputy's line does not name the role asked ("Deputy Mayor" is not the mayor)


# a year naming a publication (normalised): "the 2030 report", "le rapport 2029", "تقرير ٢٠٢٩" (digits made ASCII)
DOC_YEAR = re.compile(r"\b((?:19|20)\d{2}) (?:report|edition|survey|study|review|roadmap|guide)\b"
                      r"|\b(?:report|rapport|edition|survey|study|etude|enquete|guide|roadmap)\s+(?:of |de |du )?((?:19|20)\d{2})\b"
                      r"|(?<!\w)(?:ال)?(?:تقرير|دراسه|دليل|مسح|نسخه)(?: \w+){0,6}? ((?:19|20)\d{2})(?!\d)")


# what a question does not ask for: "instead of the e-mail", "i'd rather call than email", "plutôt qu'un e-mail", "au
# lieu du formulaire", "بدل الإيميل" (not "بدل يومي", a daily allowance)
# (the phrase up to the next two words)
INSTEAD_OF = re.compile(r"(?<!\w)(?:instead of|rather than|other than|rather(?: \w+){1,3} than|au lieu d(?:e|u|es|')|plutot qu(?:e|')|a la place d(?:e|u|es|')|"
                        r"بدل(?! (?:ال)?(?:يومي|اليومي|اقامه|معيشه|سفر|مالي|نقدي|شهري))|بدلا من|بدلا عن|عوضا عن)\s*(?:(?:the|a|an|un|une|le|la|les|l')\s*)?[^\s?؟.,،]+"
                        r"(?:\s+(?!and|et|or|ou|و)[^\s?؟.,،]+)?")


def named_in(norm: str) -> tuple[list[int], list[tuple[str, int]]]:
    """The years and the numbered parts ("session 3", "the second conference") a normalised question names."""
    return [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", to_ascii_digits(norm))], numbered_parts(norm)


def asked(question: str, asks_when: bool, asks_where: bool, asks_deadline: bool = False, expand=None,
          language: str = "en", known=frozenset(), asks_city: bool = False, translate=None, within: str = "") -> Wanted:
    """The kind of fact a question asks for (its first match: an address before a person, a time before a date).
    ``within``: the message a part of it is asked in ("written contribution: how long can it be"), which names what
    the part's "it" is."""
    q = INSTEAD_OF.sub(" ", normalize(question))      # "a phone number instead of the e-mail": not an address
    years, labels = named_in(q)
    w = Wanted(years=years, labels=labels, exact=bool(Q_EXACT.search(q)), doc_years=[int(y) for m in DOC_YEAR.finditer(to_ascii_digits(q))
                                                      for y in m.groups() if y], meeting_years=meeting_years(q),
               thing_years=sorted(t for t in thing_years(q) if t[0] in NAMED_THINGS))
    if Q_SOCIAL.search(q) and not Q_HOW_MANY.search(q):
        w.kind = "social"                                  # an account on a social network: its handle or address
                                                           # (not a count: "how many of them on social media?")
    elif ((phone := Q_PHONE.search(q) or Q_HOTLINE.search(q)) and (mail := Q_EMAIL.search(q))
          and phone.start() < mail.start() and not FALLBACK.search(q, phone.end(), mail.start())):
        w.kind = "phone"                                   # "a phone number for X? email is too slow": the phone asked
                                                           # (not "a phone number? if not which email": the e-mail too)
    elif Q_EMAIL.search(BY_EMAIL.sub(" ", q)):          # (not "on peut l'envoyer par mail ?": how, not which address)
        w.kind = "email"
    elif Q_PHONE.search(q) or Q_HOTLINE.search(q):
        w.kind = "phone"
    elif Q_ACCESS.search(q):
        w.kind = "access"                                  # "zoom meeting id and passcode": the codes, not a link
    elif Q_STREAM.search(q):
        w.kind = "link"                                    # "وين البث المباشر": the stream's page, not the venue
    elif Q_WHICH_PLATFORM.search(q) and not Q_LINK_WORD.search(q):
        w.kind = "format"                                  # "what platform r the webinars on, zoom or teams?": a
        w.platform = "any"                                 # platform named answers, not a link nor "online"
    elif Q_LINK.search(q) and Q_TIME.search(q) and not Q_LINK_WORD.search(q) and not Q_ZONE.search(q):
        w.kind = "time"                                    # "the info session on Zoom, what time": its hour, not a link
    elif (link := Q_LINK.search(q)) and link.group(0) in PLATFORMS and Q_HOW_MANY.search(q):
        w.kind, w.counted = "number", _counted(q, expand, language, known)   # "how many connections on Zoom"
    elif Q_LINK.search(q) and (asks_when or Q_HOW_GET.search(q)):
        pass                                               # "when do we get the zoom link": "one day before" answers;
                                                           # "how do i get the link": "sent by e-mail to ..." does
    elif Q_ON_PLATFORM.search(q) and not Q_LINK_WORD.search(q):
        w.kind = "format"                                  # "can we follow the working groups on zoom?": the format
                                                           # answers ("in person only", "streamed on Zoom"), not a link
    elif Q_LINK.search(q):
        w.kind = "link"
        platform = Q_PLATFORM.search(q)
        w.platform = PLATFORMS[platform.group(0)] if platform else ""
    elif Q_DOWNLOAD.search(q):
        w.kind = "download"
    elif Q_SEND.search(q):
        w.kind = "send"
    elif Q_NATIONALITY.search(q) and not Q_HOW_MANY.search(q):
        w.kind = "nationality"                             # someone's nationality, said as one
    elif Q_ROOM.search(q):
        w.kind = "room"                                    # "which room": a room named, not the building or the city
    elif Q_HOTEL.search(q):
        w.kind = "hotel"                                   # "which hotel": one named, not "a hotel near the venue"
    elif Q_ADDRESS.search(q):
        w.kind = "address"                                 # a street or a box, not the city or the body's name
    elif Q_ZONE.search(q):
        w.kind = "zone"                                    # "which time zone": "14:00" alone does not say
    elif Q_TIME.search(q):
        w.kind = "time"
    elif Q_LIST_NAMES.search(q):
        w.kind = "list_names"
        w.count_of = _listed_doing(q, expand, language, known, translate)
    elif Q_LIST_NUMBERS.search(q):
        w.kind = "list_numbers"
    elif Q_AGE.search(q):
        w.kind = "age"                                     # "age limit", "quel âge", "قديش لازم يكون عمر المتقدم"
    elif Q_WORD_LIMIT.search(q):
        w.kind = "number"                                  # "whats the word limit": a number of words
        w.counted = sorted(_one_word_tokens(translate("words") if translate else ["words"]))
    elif Q_DURATION.search(q) and (Q_TEXT_LENGTH.search(q) or within and Q_TEXT_LENGTH.search(normalize(within))):
        # "how long max" of a written contribution: its length in pages or words, not a time
        w.kind = "number"
        w.counted = sorted(_one_word_tokens(form for word in ("pages", "words")
                                            for form in (translate(word) if translate else [word])))
    elif Q_DURATION.search(q):
        w.kind = "duration"
    elif Q_SHARE.search(q):
        w.kind = "share"                                   # a percentage, not any number
        w.share_of = _share_of(q, expand, language, known, translate)
    elif Q_COST.search(q) and not (WHO_FIRST.match(q) and _relation(q, expand, language, known)[0]) \
            and not (asks_when and all(m.group(0).strip() in COST_NOUNS for m in Q_COST.finditer(q))):
        # (not a thing named by its costs when the question asks when: "on what date is the launch of the report on
        # recruitment costs", "إمتى بينشر تقرير تكاليف التوظيف")
        # (not who played a role in a session on fees: "qui a modéré la session sur les frais de recrutement")
        w.kind = "cost"
        allowance = ALLOWANCE_ASKED.search(q)
        # (an allowance asked is what is priced: "the per diem amount for participants" prices the per diem)
        w.priced = (_allowance_stems(allowance.group(0), expand, language, known) if allowance else []) or \
            _priced(q, expand, language, known)
        w.allowance = bool(allowance)
    elif YEAR_ASKED.search(q) and Q_HOW_MANY.search(q):
        pass                                               # "le nombre de migrants aidés, c'est pour quelle année ?":
                                                           # a year, not a count (the passage that says it answers)
    elif Q_HOW_MANY.search(q):
        w.kind = "number"
        w.counted = _counted(q, expand, language, known, translate)
        w.count_of, w.count_object = (_count_of(q, w.counted, expand, translate) if language == "en"
                                      else _count_of_fr(q, expand, known, translate) if language == "fr" else ([], []))
        w.count_on = _count_on(q, w.counted, expand, language, known, translate)
        w.count_per = _count_per(q, expand, language, known)
        w.count_part, w.count_part_places = _count_part(q, w.counted, expand, language, known, translate)
        if w.count_per and any(c.startswith(p) for c in w.counted for p in w.count_per):
            w.counted = []                                 # "on peut venir à combien par organisation": what is counted
                                                           # per organisation is not organisations
        w.count_whose = _count_whose(q) if language == "en" else []
        if {"day", "jour", "يوم", "ايام"} & set(w.counted):
            w.kind, w.counted = "date", []                 # "how many days": the dates say it, or a number of days
            w.day_count = True                             # ("كام يوم بالكتير للبت في الشكاوى" -- "60 يوماً")
    elif Q_LANGUAGES.search(q) and not asks_deadline and not asks_when:
        w.kind = "languages"                               # (after a word limit, a cost or a count asked beside it:
                                                           # "max words and which languages can i write it in")
    elif asks_deadline:
        w.kind = "deadline"
    elif asks_when:
        w.kind = "day" if Q_EXACT.search(q) else "date"
        w.published = bool(Q_PUBLISHED.search(q))
        if w.published:
            w.published_what = [kind for kind, pattern in PUBLICATIONS.items() if pattern.search(q)]
        w.created = not w.published and bool(Q_CREATED.search(q))
    elif Q_WHO_CAN.search(q):
        w.kind = "eligible"                                # "who can submit": the kinds of actors, not a name
    elif Q_WHO.search(q) or Q_TITLE.search(q):
        w.kind = "person"
        w.title = bool(Q_TITLE.search(q))
        w.bodies = bool(BODIES_ASKED.search(q))
        w.deputy = any(tk in DEPUTY for tk in tokens(q))
        w.relation, w.rank = _relation(q, expand, language, known, translate)
        if not w.relation and (body := NAMES_ON.search(q)):
            # "the names of the 5 people on the selection committee", "les noms des membres du jury": the body they are on
            noun = next(g for g in body.groups() if g)
            w.relation = sorted(set(_stems_in_english(noun, expand, language, known))
                                | {_stem(tk) for tk in tokens(noun) if len(tk) >= 3})
        if not w.relation and (body := ORG_ASKED.search(q)):
            # "which university is dr zohry from": a university named, not his title under a heading
            noun = next(g for g in body.groups() if g)
            w.relation = sorted({_stem(tk) for tk in tokens(noun) if len(tk) >= 3}
                                | set(_stems_in_english(noun, expand, language, known)))
        if not w.deputy:          # the glossary's forms of a role include its deputy's ("Deputy Regional Director")
            w.relation = [stem for stem in w.relation if not any(d.startswith(stem) for d in DEPUTY)]
        w.one = bool(w.relation) and language in ("en", "fr") and not any(
            _plural_of(word, w.relation) for word in re.findall(r"[^\W\d_]+", q))
        w.role_for = _role_for(q, question, w.relation, expand, language)
        office = OFFICE.search(q)
        w.holder = bool(office or PERSON_NAME_ASKED.search(q)) or bool(NAME_REQUESTED.search(q)) and not w.bodies \
            and not any(stem.startswith(ORGANISERS) for stem in w.relation)
        if office and not w.relation and language == "en":
            # an office the role reader takes for a kind of people ("the special representative"): its holder is asked
            w.relation = [_stem(tk) for tk in tokens(office.group(0))[:1]]
            w.rank = next((RANKS[tk] for tk in tokens(q[:office.start()])[-1:] if tk in RANKS), "")
    elif (Q_FORMAT.search(q) or any(Q_FORMAT.search(clause) for clause in QUESTION_CLAUSE.split(q))
          or STREAM_ASKED.search(q)) and not asks_where:
        # (in any clause of it: "if i dont get a seat, can i follow it online?", "i wasnt selected - will it be
        # livestreamed?"; and a stream asked of however it is put: "ورشة إربد رح تنبث لايف؟", "sera-t-elle retransmise")
        w.kind = "format"
        if STREAM_ASKED.search(q):
            w.platform = "stream"                          # "will it be livestreamed": "in person" does not say
    elif asks_where:
        w.kind = "city" if asks_city else "place"     # "which city / country / hotel": a named place, not "online"
        within = WHERE_WITHIN.search(q)
        w.within = w.kind == "place" and bool(within) and any(
            name in CITIES for _, _, name in gazetteer_spans(within.group(1) or within.group(2)))
    else:
        w.attribute, w.relation = _attribute(q, expand, language, known)
        if not w.relation and (outcome := Q_OUTCOME.search(q)):
            w.attribute, w.relation = outcome.group(0), list(OUTCOME_STEMS)
        if not w.relation and (change := HAPPENED.search(q)):
            # "why was the 2024 conference postponed?", "l'atelier est-il annulé ?", "ليش تأجل المؤتمر": what it says
            # happened must be said (that the meeting took place, its dates, are no answer to it)
            # (its English forms and its Arabic ones: the French "reporté" would be read in "reported")
            said = change.group(0)
            w.reason = bool(Q_WHY.search(q))
            w.change = "postponed" if POSTPONED.fullmatch(said) else "cancelled"
            w.attribute = next((word for word in re.findall(r"\w+", question) if normalize(word) == said), said)
            w.relation = sorted({_stem(tk) for form in (expand(said) if expand else [said]) for tk in tokens(form)[:1]
                                 if len(tk) >= 4 and tk.isascii()}
                                | {normalize(f) for f in (translate(said) if translate else ()) if ARABIC_CHAR.search(f)})
        w.kind = "attribute" if w.relation else ""
    if Q_MOST.search(q):
        w.most = True
        w.kind = w.kind or "most"
    w.others_than = others_than(q) if w.kind in ("", "person", "list_names") and WHO_WORD.search(q) else []
    if w.others_than and not w.kind:
        w.kind = "person"                                  # "qui sont les autres membres du jury, à part X"
    return w


# the titles before a name, normalised ("dr", "mme"; the Arabic ones: :data:`AR_TITLES`): not a name's words
TITLE_WORDS = frozenset("mr ms mrs mx dr prof pr mme mlle ambassador".split())
# where in a city a meeting is (normalised): "where in kigali", "where at nairobi", "ou a dakar", "وين بالرباط"
WHERE_WITHIN = re.compile(r"\b(?:where|ou)\s+(?:exactly\s+|precisely\s+|exactement\s+)?(?:in|at|a|au|dans)\s+([a-z][\w'-]+)"
                          r"|(?<!\w)(?:وين|فين|اين)\s+(?:بالضبط\s+|بالظبط\s+)?(?:في\s+|ب)(\S+)")
# the body whose members' names are asked (normalised): "names of the people on the selection committee" -> committee,
# "les noms des membres du jury" -> jury, "اسماء اعضاء اللجنه" -> اللجنه (its head noun: English last, else first)
NAMES_ON = re.compile(r"\bnames? of (?:the )?(?:\d+ |\w+ )?(?:people|persons|members|experts|judges) (?:on|of|in|from) "
                      r"(?:the |this |that )?(?:[\w'-]+ ){0,3}(?P<x>committee|panel|jury|board|group|team|council|commission)\b"
                      r"|\bnoms? des (?:\d+ |\w+ )?(?:membres|personnes|experts|juges) (?:du|de la|de l'|des) "
                      r"(?P<x2>comite|jury|panel|groupe|equipe|conseil|commission)\b"
                      r"|(?<!\w)(?:ال)?اسماء (?:ال)?اعضاء (?P<x3>(?:ال)?(?:لجنه|لجنة|هيئه|مجلس|فريق)\S*)")
# "besides X", "à part X", "غير X": the names a question sets aside (normalised)
OTHERS_THAN = re.compile(r"(?<!\w)(?:besides|apart from|other than|aside from|except(?: for)?|in addition to|a part|hormis|sauf|"
                         r"en dehors de|outre|غير|عدا|ما عدا|باستثناء|سوي)\s+(?P<x>(?:(?:mr|ms|mrs|dr|prof|pr|m|mme)\.\s*)?[^?!.,;:؟،]+)")


# the roles a question may set someone aside by ("à part le président", "غير الرئيسة"), normalised, and how a text names
# whoever holds it, by first letters, in the three languages ("présidé par", "chaired by", "برئاسة")
_CHAIR = ("presid", "chair", "رييس", "رياس", "برياس")
_MODERATOR = ("moderat", "ادار", "يدير", "ميسر")
_COORDINATOR = ("coordin", "منسق", "ينسق")
ROLES_SET_ASIDE = {
    **dict.fromkeys("president presidente chair chairperson chairman chairwoman رييس رييسه الرييس الرييسه".split(), _CHAIR),
    **dict.fromkeys("moderator moderatrice moderateur".split(), _MODERATOR),
    **dict.fromkeys("coordinator coordinatrice coordinateur المنسق المنسقه".split(), _COORDINATOR),
    **dict.fromkeys("rapporteur rapporteure المقرر".split(), ("rapport", "مقرر")),
}


def others_than(q: str) -> list[str]:
    """The words of the names a normalised question sets aside ("qui sont les autres membres du jury, a part escalante
    varela" -> escalante, varela): up to three words after "besides", "à part", "غير", the titles and articles apart."""
    m = OTHERS_THAN.search(q)
    if not m:
        return []
    if ARABIC_CHAR.search(m.group(0).split()[0]) and not (
            re.match(r"[a-z]", m.group("x")) or any(m.group("x").startswith(normalize(t)) for t in AR_TITLES)
            or m.group("x").split()[:1] and m.group("x").split()[0] in ROLES_SET_ASIDE):
        return []                                          # "غير الرسمية", "غير حكومية": not, not besides (a name in Latin
                                                           # letters or after a title is: "غير Ngoma-Bakala"; and a role:
                                                           # "غير الرئيسة")
    words = [w for w in re.findall(r"[^\W\d_]+", m.group("x")) if w not in ARTICLES and w not in TITLE_WORDS
             and w not in {normalize(t).rstrip(".") for t in AR_TITLES}]
    return [w for w in words[:3] if len(w) >= 3]


def _role_for(q: str, question: str, relation: list[str], expand=None, language: str = "en") -> list[str]:
    """Whom or what the role asked is for ("the focal point for youth", "le point focal pour les jeunes"), as
    stems: its own and the glossary's one-word English for it ("jeunes" is youth, not "migrant youth"). Not a
    region or a body named by its acronym ("the IOM regional director for MENA" is written "for the Middle East
    and North Africa"). English and French."""
    stems = "|".join(re.escape(st) for st in relation if st.isascii())
    if language not in ("en", "fr") or not stems:
        return []
    whom = re.search(rf"\b(?:{stems})[\w'’-]*(?:\s+[\w'’-]+)?\s+(?:for|pour)\s+(?:the |les |la |le |l'|des |a |an )?"
                     r"([^\W\d_][\w'’-]{2,})", q)
    if not whom:
        return []
    word = whom.group(1)
    raw = next((r for r in re.findall(r"[^\W\d_][\w'’-]*", question) if r.lower() == word), "")
    # (nor an acronym typed in lower case: "the focal point for imrf 2038 side events", the Forum's)
    acronym = expand is not None and any("".join(w[0] for w in re.findall(r"[^\W\d_]+", form.lower())
                                                 if w not in ("of", "the", "for", "and")) == word for form in expand(word))
    if raw.isupper() or acronym or _of_a_place(word) or word in REGION_WORDS:
        return []
    return sorted({_stem(word)} | {_stem(tk) for form in (expand(word) if expand and language != "en" else ())
                                   for tk in tokens(form) if " " not in form.strip()})


def who_clause(norm: str) -> str:
    """The clause of a normalised question that asks who, from its who-word: "who spoke for algeria at the
    agadir meeting"; not "I run an association in Jordan. Who should I contact?" (where the asker is)."""
    m = WHO_WORD.search(norm)
    return re.split(r"[.?!؟]", norm[m.start():], maxsplit=1)[0] if m else ""


# the thing whose price or amount is asked (normalised question): "how much is the daily allowance for ...",
# "how much does the printed handbook cost", "the price of the guide", "combien coûte la version papier", "la
# version papier coute combien", "c'est combien l'indemnité", "le montant de l'indemnité", "قديش بتكلف بوليصة التأمين", "كم سعر الكتاب"
PRICED = (
    re.compile(r"\bhow much (?:is|are|was|were|will be|would be)(?: the| a| an)? (?P<x>[\w'’ -]+?)(?= for\b| at\b| of\b| in\b| to\b| per\b|[?,.]|$)"),
    re.compile(r"\bhow much (?:does|do|did|will|would)(?: the| a| an)? (?P<x>[\w'’ -]+?) cost"),
    # "how much per diem do sponsored participants get": the thing received
    re.compile(r"\bhow much (?P<x>[\w'’ -]+?) (?:do|does|did|will|would|can|could|should|is|are) [\w'’ -]{0,60}?"
               r"\b(?:get|gets|receive|receives|be paid|earn|be given)\b"),
    re.compile(r"\b(?:price|cost|amount) of(?: the| a| an)? (?P<x>[\w'’ -]+?)(?= for\b| at\b| in\b|[?,.]|$)"),
    # "min and max amount for one grant under the ... facility", "the amount per grant"
    re.compile(r"\bamounts? (?:for|per)(?: one| a| an| each| the)? (?P<x>[\w'’ -]+?)(?= for\b| at\b| in\b| under\b| of\b|[?,.]|$)"),
    re.compile(r"\b(?:is|are|will be) (?!there\b)(?:the |a |an )?(?P<x>\w+(?: \w+)?) free"       # "is lunch free for ..."
               r"(?=\s*(?:[?.,!]|$|for\b|at\b|during\b|of charge\b))"),
    re.compile(r"\bcombien (?:coute|coutent|coutera|couteront)(?: le| la| les| l'| un| une)? ?(?P<x>[\w'’ -]+?)(?= pour\b| a\b| au\b|[?,.]|$)"),
    re.compile(r"(?:^|[,?.] ?)(?P<x>[\w'’ -]+?) (?:coute|coutent|coutera|couteront|est a|sera a) combien"),
    re.compile(r"\bcombien (?:vaut|valent|vaudra|vaudront)(?: le| la| les| l'| un| une| chaque)? ?(?P<x>[\w'’ -]+?)(?= pour\b| a\b| au\b|[?,.]|$)"),
    # "c'est combien l'indemnité journalière", "c combien le per diem (...) en usd", "combien est la bourse"
    re.compile(r"\b(?:c'?est |c |ca fait )?combien (?:est |sont |fait )?(?:le |la |les |l'|l’)(?P<x>[\w'’ -]+?)"
               r"(?=\s*[?,.(]| pour\b| a\b| au\b| en\b| par\b| des\b| du\b|$)"),
    re.compile(r"\b(?:prix|montant|tarif|cout)s? (?:de la |du |des |de l'|de |d')(?P<x>[\w'’ -]+?)(?= pour\b| a\b| au\b|[?,.]|$)"),
    re.compile(r"(?<!\w)(?:بتكلف|بيكلف|يكلف|تكلف|تكلفه|كلفه|سعر|مبلغ|المبلغ|قيمه) (?P<x>\w+(?: \w+)?)"),
    # the fees of a thing, in Arabic: "قديش رسوم الفيزا", "كم رسوم التأشيرة" (not "رسوم التسجيل": taking part)
    re.compile(r"(?<!\w)(?:قديش|كم|كام|شو|ما هي|ايش) (?:هي )?(?:ال)?رسوم (?P<x>(?:ال)?\w+)"),
    # a pay asked ("what minimum monthly wage ... in usd", "le salaire minimum", "الحد الأدنى للأجور")
    re.compile(r"\b(?P<x>(?:minimum |monthly |daily )*(?:wages?|salary|salaries|salaire|salaires))\b"
               r"|(?<!\w)(?P<x2>(?:ال)?(?:اجر|اجور|راتب|رواتب)(?: (?:الشهري|الادني))?)(?!\w)"),
)
# what taking part costs (the question's thing priced, if any of these, is the meeting itself: "free" answers it)
TAKING_PART = frozenset(tokens(
    "it this that registration register registering participation participate participating attendance attend "
    "attending ticket tickets entry access admission fee fees event meeting webinar conference workshop session "
    "consultation dialogue forum hearing training course online virtual "
    "inscription inscrire participer participation acces entree evenement reunion atelier conference webinaire "
    "frais prix cout montant tarif version"
    " التسجيل تسجيل المشاركه مشاركه الحضور حضور الرسوم رسوم الاشتراك اشتراك الدخول الفعاليه الورشه المؤتمر الاجتماع"))


# an allowance paid to participants, named by a cost question ("is there a per diem", "y a des per diem", "في بدل
# يومي"): what it prices, when no pattern of :data:`PRICED` says (normalised)
ALLOWANCE_ASKED = re.compile(r"\b(?:per diems?|daily allowances?|subsistence allowances?|allowances?|stipends?|"
                             r"indemnites? journalieres?|indemnites?)\b|(?<!\w)(?:ال)?بدل(?: (?:ال)?(?:يومي|اقامه|معيشه))?(?!\w)")
# ... and said not to be paid: "Aucune indemnité journalière (per diem) ne sera versée", "no per diem is paid", "لن
# يُصرف أي بدل يومي" (normalised)
NOT_PAID = re.compile(r"\b(?:no|not)\b[^.;]{0,50}?\b(?:paid|covered|reimbursed|provided|granted)\b|"
                      r"\b(?:aucune?|pas d[e'])\b[^.;]{0,60}?\b(?:versee?s?|payee?s?|rembourse\w*|prise?s? en charge|"
                      r"accordee?s?|prevue?s?)\b|\bne (?:sera|seront|est|sont) (?:pas )?(?:versee?s?|payee?s?|rembourse\w*)\b|"
                      r"(?<!\w)(?:لن|لا|ولن|ولا)(?: [يت]تم)? (?:[يت]?(?:صرف|دفع|غطي|منح)\w*)")


def _allowance_stems(phrase: str, expand=None, language: str = "en", known=frozenset()) -> list[str]:
    """Stems of an allowance a cost question names (``phrase``, :data:`ALLOWANCE_ASKED`'s), with the glossary's English
    for it: what the answer's amount, or its "none will be paid", must be said of ("frais de visa" are not the per
    diem)."""
    stems = {_stem(tk) for tk in tokens(phrase) if len(tk) >= 4}
    return sorted(stems | set(_stems_in_english(phrase, expand, language, known)))


_LATIN_GLOSS = re.compile(r"\s*\(?([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2})(?![\w'’-])")


def _priced(q: str, expand=None, language: str = "en", known=frozenset()) -> list[str]:
    """Stems of the thing a cost question prices (:data:`PRICED`), with the glossary's English for it; empty
    when it prices taking part (registration, the meeting) or names no thing."""
    for pat in PRICED:
        m = pat.search(q)
        if not m:
            continue
        phrase = normalize(m.group("x") or m.group("x2"))
        # (not the place it is priced in: "the djibouti e-visa" prices a visa, which "الفرنك الجيبوتي" does not name)
        placed = {tk for start, end, _ in gazetteer_spans(phrase, adjectives=True) for tk in tokens(phrase[start:end])}
        words = [tk for tk in tokens(phrase)[-3:] if tk not in TAKING_PART and not tk.isdigit()]
        words = [tk for tk in words if tk not in placed] or words
        stems = {_stem(tk) for tk in words if len(tk) >= 3}
        for tk in words:
            stems |= set(_stems_in_english(tk, expand, language, known))
        if words and ARABIC_CHAR.search(m.group(0)):
            # (the documents' own words for it, written in Latin letters after an Arabic name: "البدل اليومي per diem")
            gloss = _LATIN_GLOSS.match(q, m.end())
            stems |= {_stem(tk) for tk in tokens(gloss.group(1)) if len(tk) >= 4} if gloss else set()
        return sorted(stems)
    return []


def _attribute(q: str, expand=None, language: str = "en", known=frozenset()) -> tuple[str, list[str]]:
    """The attribute a "what is the X of Y" question asks, as word stems: "what is the official hashtag
    of the conference" -> hashtag; "quel est le budget de l'atelier" -> the glossary's English for
    budget. An answer must name it (or a glossary synonym); a text about Y that does not is not its
    answer. Empty for a vague head ("what's the point of ...") and in Arabic (see WHAT_THE)."""
    m = WHAT_THE.search(q)
    if not m:
        return "", []
    phrase = m.group("x") or m.group("x2") or ""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", phrase) if w not in RELATION_SKIP]
    if not words:
        return "", []
    head = words[-1] if language == "en" else re.sub(r"^[a-z]['’]", "", words[0])
    if head in VAGUE_HEADS or head in SPEECH:
        return "", []
    stems = _stems_in_english(head, expand, language, known)
    return (" ".join(words) if stems else ""), stems


def _stems_in_english(word: str, expand=None, language: str = "en", known=frozenset()) -> list[str]:
    """A question's word as the documents' English would write it, by first letters: its glossary
    entry's English forms, and the word itself when it is English or a word the documents use."""
    english = set()
    forms = [] if expand is None else expand(word) or [f for lemma in _lemmas(word) for f in expand(lemma)]
    for form in forms:
        # a form's first word is its role ("Opening session", "opening remarks": open; not "session"), unless a noun
        # that heads a role ends it ("Regional Director": director, not "regional")
        words = form.split()
        head = [w for w in words[1:] if ROLE_HEAD.match(w.lower())]
        english |= {_stem(tk) for tk in tokens(head[-1] if head else form)[:1] if len(tk) >= 3}
    own = {_stem(tk) for tk in tokens(word) if len(tk) >= 3}
    if language == "en" or {tk[:6] for tk in tokens(word)} & known:
        return sorted(own | english)
    return sorted(english)


# English past forms the glossary lists by their base ("sent": send, submit; "held": hold)
IRREGULAR_PAST = {"sent": "send", "held": "hold", "given": "give", "gave": "give", "taken": "take", "took": "take",
                  "made": "make", "paid": "pay", "chosen": "choose", "chose": "choose", "written": "write",
                  "wrote": "write", "spoken": "speak", "spoke": "speak", "brought": "bring", "met": "meet",
                  "won": "win", "told": "tell", "said": "say", "led": "lead", "left": "leave", "known": "know",
                  "shown": "show", "begun": "begin", "began": "begin", "done": "do", "did": "do", "seen": "see",
                  "saw": "see", "found": "find", "kept": "keep", "built": "build", "spent": "spend", "chaired": "chair"}


def _lemmas(word: str) -> list[str]:
    """An English past or present form's possible bases ("sent" -> send; "ratified" -> ratify; "invited" -> invite, invit;
    "facilitates" -> facilitate, facilitated)."""
    if word in IRREGULAR_PAST:
        return [IRREGULAR_PAST[word]]
    if word.endswith("ied") and len(word) > 5:
        return [word[:-3] + "y"]
    if word.endswith("ed") and len(word) > 4:
        return [word[:-1], word[:-2]] + ([word[:-3]] if word[-3] == word[-4] else [])   # "submitted" -> submit
    # ... and a present one's, with the past the glossary may list instead ("facilitates", "facilitating":
    # facilitate, facilitated; "chairs": chair, chaired)
    if word.endswith("ing") and len(word) > 6:
        return [word[:-3], word[:-3] + "e", word[:-3] + "ed", word[:-3] + "d"]
    if word.endswith("es") and len(word) > 5:
        return [word[:-1], word[:-1] + "d", word[:-2], word[:-2] + "ed"]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return [word[:-1], word[:-1] + "ed"]
    return []


def _stem(word: str) -> str:
    """A role's first letters, its ending cut ("moderated" -> "modera", "opened" -> "open", "close" -> "clos", as
    "closing" is; "mayor" stays whole: three letters left are another word's)."""
    cut = ENDING.sub("", word) if len(word) > 4 else word
    cut = cut[:-1] if cut.endswith("e") and len(cut) > 4 else cut
    return (cut if len(cut) >= 4 else word)[:RELATION_STEM]


def _of_a_place(word: str) -> bool:
    """A city's or country's name, its people's or its possessive ("tunisian", "jordan's", "marocain")."""
    from bot.text.places import GAZETTEER

    global _PLACE_STEMS
    if _PLACE_STEMS is None:
        _PLACE_STEMS = frozenset(n.lower()[:5] for name in GAZETTEER for n in (name, *GAZETTEER[name])
                                 if len(n) >= 4 and n.isascii() and " " not in n)
    # (a four-letter name is a stem of its own: "oman" ~ "omani", "iraq" ~ "iraqi")
    if not word.isascii():                # "العماني", "المصرية": the gazetteer reads an Arabic adjective whole
        norm = normalize(word)
        return any(start == 0 and end == len(norm) for start, end, _ in gazetteer_spans(norm, adjectives=True))
    return len(word) >= 4 and (word[:5] in _PLACE_STEMS or word[:4] in _PLACE_STEMS)


_PLACE_STEMS: frozenset | None = None


def _an_acronym(word: str, expand=None) -> bool:
    """Is a question's word a body's or a process's acronym ("iom", "unhcr", "oim", "gcm"), by the glossary's forms of it?
    An acronym names whose role it is, never the role."""
    return expand is not None and 2 <= len(word) <= 6 and any(re.fullmatch(r"[A-Z]{2,}", form) for form in expand(word))


def _relation(q: str, expand=None, language: str = "en", known=frozenset(), translate=None) -> list[str]:
    """The role a "who" question asks about, as word stems: "who moderated session 3" -> moderat;
    "qui a présidé ..." -> the documents' English for it (chaired, presided); "مين أدار ..." likewise.
    Empty when the question names no role: a name ("who is Karim Haddad", "c'est qui Amy Muedin",
    "مين Karim"), a speech verb ("who spoke about data": the documents say "noted", "stressed" ...),
    or a word neither the glossary nor the documents know; then any person or organisation answers."""
    m = WHO_WORD.search(q)
    if not m:
        return [], ""
    copula = bool(m.group("copula"))
    article = False
    word, following, longer = "", "", ""
    words = re.findall(r"[^\W\d_][\w'’-]*", q[m.end():])
    if words[:1] and REPLACES.fullmatch(words[0]):
        return [], ""               # "who replaced her on labour mobility": whoever holds her place now, no role
    latin_noun = False              # an English noun an Arabic question writes with its article: "مين هم الـ co-facilitators"
    for k, w in enumerate(words):
        bare = re.sub(r"^[a-z]['’]", "", w)
        if w in ARTICLES or bare != w:
            article = True
        if bare in COPULAS:
            copula = True
        if language == "ar" and bare == "ال":
            continue                # ("الـ" written apart, normalised)
        latin_noun = language == "ar" and k > 0 and words[k - 1] == "ال" and bool(re.fullmatch(r"[a-z'’-]+", bare))
        if (bare in RELATION_SKIP or w in RELATION_SKIP or bare in ENTITY_NOUNS or _of_a_place(bare)
                or _an_acronym(bare, expand) or language == "ar" and not latin_noun and re.fullmatch(r"[a-z'’-]+", bare)
                and any(re.search(r"[\u0600-\u06FF]", x) for x in words[k + 1:])):
            continue                # "the tunisian minister", "jordan's minister": the role is the next word
                                    # ("مين من IOM ألقى الكلمة الختامية": a Latin name in Arabic is whose role)
                                    # ("the IOM focal point": whose role, not the role)
        if language == "en" and not PEOPLE_HEAD.match(bare):
            # "the labour minister", "the IOM regional director": the role is the noun the phrase ends with
            head = next((j for j in range(k + 1, min(k + 3, len(words)))
                         if PEOPLE_HEAD.match(words[j]) and not set(words[k + 1:j]) & RELATION_SKIP), None)
            if head is not None and not ROLE_HEAD.match(words[head]) and not (
                    expand is not None and expand(" ".join(words[k:head]))):
                head = None         # "the keynote speaker": a role of its own (the people's own nouns follow words the
                                    # glossary knows as whose: "civil society", "youth")
            if head is not None:
                k, bare = head, words[head]
        # (not the place after it: "المسؤول العماني" is the official, of Oman)
        word, following = bare, " ".join(w for w in words[k + 1:k + 2] if not _of_a_place(w))
        longer = " ".join(words[k + 1:k + 3])
        break
    if language != "en" and expand is not None and following:
        # a role the glossary knows in two words: "مديرة الجلسة" is the moderator, "مديرة" alone a director
        # (or in three: "maître de cérémonie")
        alone = expand(word)
        for more in dict.fromkeys((following, longer)):
            # (forms the words after it do not have alone: "maître de cérémonie", not "de cérémonie")
            phrase = set(expand(f"{word} {more}")) - set(expand(more))
            if phrase and not (alone and set(alone) <= phrase):
                word = f"{word} {more}"
                break
    if language == "ar" and expand is not None and word and not expand(word):
        # the verb with its object ("مين افتتحه", "مين أدارها": who opened it, who moderated it)
        word = next((word[:-len(end)] for end in ("ها", "هم", "ه") if word.endswith(end) and len(word) - len(end) >= 3
                     and expand(word[:-len(end)])), word)
        # ... or in spoken Arabic's present, with "b" ("مين بيرأس", "مين بتنظم": who chairs, who organises)
        if not expand(word) and re.match(r"ب[يتن]\w{3,}", word) and expand(word[1:]):
            word = word[1:]
        # ... or given in English beside it: "مين الميسّرين facilitators تبع مجموعات العمل"
        gloss = words[k + 1] if k + 1 < len(words) else ""
        if not expand(word) and re.fullmatch(r"[a-z'’-]{4,}", gloss) and expand(gloss):
            word, latin_noun = gloss, True
    latin_in_arabic = not latin_noun and language == "ar" and re.fullmatch(r"[a-z'’-]+", word or "-")
    # "who is Karim Haddad" names someone; "who is moderating / chairing ..." asks a role
    participle = language == "en" and len(word) > 5 and word.endswith("ing")
    if not word or word in SPEECH or word in PEOPLE or latin_in_arabic or (copula and not article and not participle):
        return [], ""
    # the role's rank beside it: "director general", "regional director", "directeur général", "المدير العام"
    # (an Arabic adjective only follows its noun)
    beside = [*words[k + 1:k + 2], *(words[k - 1:k] if k and language != "ar" else [])]
    rank = next((RANKS[tk] for w in beside for tk in tokens(w)[:1] if tk in RANKS), "")
    # (and, with ``translate``, the glossary's Arabic for it: "who is chairing the drafting committee" of an Arabic
    # text, "ترأسها الدكتورة مريم تراوري"; of four letters at least, "رأس" being a head too)
    arabic = [tk for tk in _in_arabic(word, translate) if len(tk) >= 4]
    stems = set(_stems_in_english(word, expand, language, known)) | set(arabic)
    return sorted(stems | {form for st in stems for form in _arabic_verbs_of(st)}), rank


def _arabic_verbs_of(stem: str) -> list[str]:
    """An Arabic role's participle as the verb in its present ("ميسر", facilitator: "يُيسّرها", "تُيسّرها" -- an
    agenda says who facilitates by the verb; "منسق": "ينسق"): the prefix م of the participle is the verb's ي or ت.
    Not the past, whose bare root is another word too ("يسر": "يسرّنا", we are pleased)."""
    if len(stem) < 4 or not stem.startswith("م") or not ARABIC_CHAR.search(stem):
        return []
    return [f"ي{stem[1:]}", f"ت{stem[1:]}"]


# the ranks that make a role another one ("Regional Director" is not the Director General, "Secretary-General" not a
# secretary), as tokens: English, French, Arabic
RANKS = {tk: rank for rank, words in (("general", "general generale generaux عام عامه"),
                                      ("executive", "executive executif executifs تنفيذ تنفيذي تنفيذيه"),
                                      ("regional", "regional regionale regionaux اقليم اقليمي اقليميه"),
                                      ("special", "special speciale speciaux خاص خاصه"))
         for tk in tokens(words)}


# after the counted noun, not a word saying which ones: an auxiliary or pronoun, a preposition, a verb of
# taking part ("how many participants at ...", "how many people attended ...": everyone is counted)
COUNT_OF_SKIP = RELATION_SKIP | frozenset("they there".split())
COUNT_OF_END = frozenset("in at from for on per by with into to of each every all total overall altogether came taken "
                         "come comes coming went go get got took take join joined joining attend attended attending "
                         "participate participated participating present were part member members included "
                         "involved listed represented available "
                         # ... nor a verb of a thing's taking place or being planned ("how many sessions are planned",
                         # "how many dialogues were held": all of them were)
                         "held organized organised planned scheduled expected foreseen envisaged hosted conducted "
                         "convened needed required allowed permitted offered provided made done given "
                         # ... nor a limit's word ("how many pages max", "how many words maximum")
                         "max maximum min minimum most least tops limit".split())


# the auxiliaries before an English participle, and a participle's shape ("ratified", "taken", "sent", "paid")
EN_AUX = frozenset("have has had were was are is been be will would".split())
PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|nt|id|ught)")


def _count_of(q: str, counted: list[str], expand=None, translate=None) -> tuple[list[str], list[str]]:
    """The verb right after an English count's noun ("how many countries sent nominees" -> sent; "how
    many people registered" -> regist), with the glossary's English for it: a count of everyone is not
    a count of those who did it; and what it was done to (:func:`_count_object`)."""
    m = Q_HOW_MANY.search(q)
    # (in its own clause: "how many participants? how many were women" asks no verb of the participants)
    words = re.findall(r"[a-z][\w'’-]*", re.split(r"[?.!;]", q[m.end():])[0]) if m else []
    head = next((i for i, w in enumerate(words[:5]) if any(w.startswith(c[:5]) for c in counted)), None)
    if head is None:
        return [], []
    # only a verb right after the noun: "how many participants did the dialogue have" names its subject,
    # which the count's sentence need not repeat; after an auxiliary, its participle ("how many countries have
    # ratified ...", "how many organisations were accredited": a count of all countries is not of those)
    after = words[head + 1:head + 4]
    if after[:1] == ["of"]:
        # past what the noun is of, its verb: "how many members of the cpsc-ac voted for ..." (not "how many members of
        # the network attended", which counts them all)
        after = next(([w] for w in words[head + 2:head + 6] if PARTICIPLE.fullmatch(w)), after)
    passive = False
    while len(after) > 1 and after[0] in EN_AUX and PARTICIPLE.fullmatch(after[1]) or after[:1] == ["been"]:
        passive = passive or after[0] not in ("have", "has", "had")
        after = after[1:]
    if after and after[0] in EN_AUX and len(after) > 1 and after[1] in ("the", "a", "an", "this", "that", "its"):
        # "how many languages was the dialogue interpreted into": the participle after what it is said of
        after = next(([w] for w in words[head + 3:head + 9] if PARTICIPLE.fullmatch(w) and w not in COUNT_OF_END), [])
        passive = True
    word = after[0] if after else ""
    if not word or word in COUNT_OF_SKIP or word in COUNT_OF_END or len(word) <= 2 or _adverb(word):
        return [], []                      # (nor an adverb: "how many are for youth-led organisations specifically")
    # (a passive's next words say where or how, not what is done: "employed in the gulf states")
    verb = _stems_in_english(word, expand, "en")
    return (verb + _in_arabic(word, translate) + _in_french(word, expand, translate),
            [] if passive or not verb else _count_object(words[words.index(word, head) + 1:], expand))


def _adverb(word: str) -> bool:
    """An English adverb of manner ("specifically", "exactly", "only"): it says how, not what is done or which."""
    return word.endswith("ly") and len(word) > 4 or word == "only"


def _in_arabic(word: str, translate=None) -> list[str]:
    """A verb's Arabic forms in the glossary ("adopted": اعتمد، أقر), as tokens: what an Arabic page's count must say
    (a verb the glossary has no Arabic for cannot be found there, and the count is not said of it)."""
    forms = _glossary_forms(word, translate)
    return sorted(tk for tk in _one_word_tokens(f for f in forms if ARABIC_CHAR.search(f)) if len(tk) >= 3)


def _glossary_forms(word: str, translate=None) -> list[str]:
    """Every form, in the three languages, of the glossary's term for a word (or for its lemmas, when the word itself
    is none): what :func:`_in_arabic` and :func:`_in_french` read a count's verb in."""
    if translate is None:
        return []
    return translate(word) or [f for lemma in _lemmas(word) for f in translate(lemma)]


def _in_french(word: str, expand=None, translate=None) -> list[str]:
    """A verb's French forms in the glossary, one word each ("registered": inscrit, enregistrement), by their first
    letters: what a French page's count says ("412 personnes inscrites")."""
    forms = _glossary_forms(word, translate)
    english = set(expand(word) or []) if expand is not None else set()
    return sorted({_stem(tk) for f in forms if f not in english and not ARABIC_CHAR.search(f)
                   for tk in tokens(f)[-1:] if len(tokens(f)) == 1 and len(tk) >= 5} - {_stem(word)})


def _count_whose(q: str) -> list[str]:
    """Whose things an English count asks ("how many members does Migrant Forum in Asia have" -> migra, asia): the
    words naming the one who has them, not a meeting's ("how many participants did the 2022 dialogue have" asks
    nothing more of the sentence than the meeting's documents say)."""
    m = re.search(r"\b(?:does|do|did) ((?:[\w'’-]+ ){1,6}?)(?:have|has|count|employ|include)\b", q)
    if not m:
        return []
    # (not a place or a region: the documents' scope, which their sentences need not repeat -- "how many national
    # networks does the arab region have": "there are currently seven National UN Networks")
    words = [w for w in re.findall(r"[a-z][a-z'’-]+", m.group(1))
             if len(w) >= 4 and w not in MEETING_WORDS and w not in COUNT_OF_SKIP and w not in ("they", "their", "your")
             and not _of_a_place(w) and w not in REGION_WORDS]
    return sorted({w[:6] for w in words})


def _count_object(rest: list[str], expand=None) -> list[str]:
    """What the verb of an English count is done to, when it is no meeting, place or year ("how many states voted for
    the progress declaration" -> declaration; "... ratified the global compact on refugees" -> compact): the
    count's sentence must name it too (152 States voted for the GCM, not for the declaration)."""
    phrase = []
    for k, w in enumerate(rest):
        if w in ("for", "against", "the", "a", "an", "its", "their", "our") and not phrase:
            continue                         # ("voted for the declaration"; "sent to the workshop" names no object)
        if w in COUNT_OF_SKIP or w in COUNT_OF_END or w in ("and", "or", "by", "with") or w.isdigit():
            # (a meeting named by its topic is no object: "registered for the children in mobility webinar")
            on = list(itertools.takewhile(lambda x: x not in MEETING_WORDS, rest[k:k + 4]))
            if len(on) < len(rest[k:k + 4]) and not set(on) & {"the", "a", "an", "at", "during", "and", "or", "of"}:
                return []
            break
        phrase.append(w)
    if phrase and phrase[-1] in MEETING_WORDS:
        return []
    words = [w for w in phrase if len(w) >= 4 and w not in MEETING_WORDS and not _of_a_place(w)
             and not _an_acronym(w, expand)]
    return _stems_in_english(words[-1], expand, "en") if words else []


# French: the auxiliary between the counted noun and the participle saying which of them ("combien de parties prenantes
# ont répondu", "combien de pays se sont inscrits"); participles of taking part count everyone
FR_AUX = frozenset("ont sont a est avaient etaient vont seront auront ont-ils sont-ils se s'".split())
# participles of taking part or being there, like English COUNT_OF_END ("combien de places sont disponibles", "combien de
# pays sont représentés", "combien de personnes sont venues")
FR_COUNT_END = frozenset("participe participes participees participent assiste assistes assistees venu venus venues "
                         "alle alles allees pris prises present presents presentes represente representes representees "
                         "inclus incluses implique impliques impliquees membres disponible disponibles prevu prevus "
                         "prevues attendu attendus attendues liste listes listees ete eu".split())


def _count_of_fr(q: str, expand=None, known=frozenset(), translate=None) -> tuple[list[str], list[str]]:
    """French "combien de X <aux> <participle>": the participle, as the documents' English says it (the glossary's,
    or the word itself when the documents use it); nothing when it is a way of taking part."""
    m = Q_HOW_MANY.search(q)
    words = re.findall(r"[^\W\d_][\w'’-]*", q[m.end():]) if m else []
    # (the noun may take a complement: "combien d'organisations de la société civile ont été accréditées")
    aux = next((i for i, w in enumerate(words[1:7], 1) if w in FR_AUX), None)
    if aux is None:
        return [], []
    rest = [w for w in words[aux + 1:aux + 3] if w not in FR_AUX]
    passive = len(rest) > 1 and rest[0] == "ete"
    if passive:
        rest = rest[1:]                        # a passive: "ont été accréditées" says which of them
    word = rest[0] if rest else ""
    if len(word) <= 3 or word in FR_COUNT_END or re.match(r"[ld]['’]", word):
        return [], []                          # (an article: "combien de participants a l'audition", "à" unaccented)
    # (and what it is done to, its noun first: "ont voté pour la déclaration sur les progrès" -> declaration)
    after = [re.sub(r"^[a-z]['’]", "", w) for w in words[words.index(word, aux) + 1:]]
    while after and after[0] in FR_OBJECT_SKIP:
        after = after[1:]
    thing = after[0] if (after and not passive and len(after[0]) >= 4 and after[0] not in MEETING_WORDS
                         and not _of_a_place(after[0]) and not _an_acronym(after[0], expand)) else ""
    return (_stems_in_english(word, expand, "fr", known) + _in_arabic(word, translate),
            _stems_in_english(thing, expand, "fr", known) if thing else [])


# what stands between a French verb and the noun it is done to: "voté pour la déclaration", "ratifié le pacte"
FR_OBJECT_SKIP = frozenset("pour a au aux en le la les l' un une des du de d' leur leurs".split())


def _listed_doing(q: str, expand=None, language: str = "en", known=frozenset(), translate=None) -> list[str]:
    """The verb right after the things a list question asks ("which arab countries abstained", "quels pays se sont
    abstenus"), as :func:`_count_of` reads a count's: the countries listed for something else are not those."""
    m = Q_LIST_NAMES.search(q)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", q[m.end():])[:5] if not _of_a_place(w)]
    if language == "fr":                 # after the noun's adjectives, an auxiliary: "quels pays arabes se sont abstenus"
        aux = next((i for i, w in enumerate(words[:3]) if w in FR_AUX), None)
        words = [] if aux is None else [w for w in words[aux:] if w not in FR_AUX and w != "ete"]
    while language == "en" and len(words) > 1 and words[0] in EN_AUX:
        words = words[1:]
    word = words[0] if words else ""
    if len(word) <= 3 or word in COUNT_OF_SKIP or word in COUNT_OF_END or word in FR_COUNT_END or (
            language == "en" and not PARTICIPLE.fullmatch(word) and not word.endswith("s")):
        return []
    return _stems_in_english(word, expand, language, known) + _in_arabic(word, translate)


def _head_noun(form: str) -> str:
    """The noun a glossary form is headed by: an English compound's last word ("travel grants"), a French or Arabic
    one's first ("bourses de voyage", "منح السفر")."""
    words = form.split()
    if len(words) < 2:
        return form
    french = bool(re.search(r"\b(?:de|du|des|d['’]\w+|aux?|pour)\b", form.lower()))
    return words[0] if ARABIC_CHAR.search(form) or french else words[-1]


def _one_word_tokens(forms) -> set[str]:
    """The tokens of the one-word forms among glossary forms ("التحويلات", "remittances"; not "transferts de fonds")."""
    return {tk for form in forms if len(form.split()) == 1 for tk in tokens(form)}


def _share_of(q: str, expand=None, language: str = "en", known=frozenset(), translate=None) -> list[list[str]]:
    """Whom "what percentage of X" asks the share of: for each word of X (its noun and the word after it), the word as
    the documents' English says it, and the glossary's forms of it in the three languages (a French question, an Arabic
    document)."""
    m = SHARE_OF.search(q)
    phrase = next((g for g in (m.group("x"), m.group("f"), m.group("a"), m.group("r")) if g), "") if m else ""
    out = []
    words = phrase.split()
    words = words[:1] + [w for w in words[1:2] if w not in PHRASE_END and w not in PREPOSITIONS and w not in SHARE_STOP]
    for word in words:                     # (each word of "resource centres", "مراكز الموارد": either names them)
        stems = set(_stems_in_english(word, expand, language, known)) | {tk for tk in tokens(word) if len(tk) >= 3}
        if translate is not None:
            stems |= {tk for tk in _one_word_tokens(translate(word)) if len(tk) >= 3}
        out.append(sorted(stems))
    return out


SHARE_STOP = frozenset("parmi among amongst who that which were are was is qui que sont ont اللي الذين التي".split())


def _share_said_of(share_of: list[list[str]], text: str) -> bool:
    """Is a percentage a text gives said of whom the question asks it of (a word of theirs before it, or in what it
    is said to be of)? A percentage of others ("15 % of all migrants", asked women's share) is not; one that does not
    say of whom ("about 45 per cent are public") is."""
    plain = to_ascii_digits(text)
    found = list(PERCENT_OF.finditer(plain))
    if not found:
        # ... nor one the text says is another's share ("the share of migrant domestic workers ... registered had risen
        # from 4 per cent", asked the contribution rate)
        whose = SHARE_OF.search(normalize(plain))
        phrase = next((g for g in whose.groups() if g), "") if whose else ""
        return not phrase or any(names_thing(stems, phrase) for stems in share_of)
    return any(names_thing(stems, f"{plain[:m.start()]} {m.group('rest')}") for m in found
                            for stems in share_of)


# the unit a count is asked per (normalised): "per country", "each organisation", "par pays" (not "par l'OIM", by),
# "chaque session", "كل دولة", "لكل منظمة" (not "كل الدول", all of them)
COUNT_PER = re.compile(r"\b(?:each|every|per|chaque|par)\s+(?!(?:of|one|other|le|la|les|l|un|une|des|du|d|the|a|an)\b)"
                       r"(?P<x>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?)|(?<!\w)(?:كل|لكل)\s+(?!ال)(?P<a>[^\W\d_]{2,}(?: [^\W\d_]+)?)")


def _count_per(q: str, expand=None, language: str = "en", known=frozenset()) -> list[str]:
    """The unit "how many X per Y" counts per (Y, and the documents' English for it; Y's two words when the glossary
    knows them together: "par État membre", "كل دولة عضو")."""
    m = COUNT_PER.search(q)
    words = (m.group("x") or m.group("a")).split() if m else []
    if len(words) == 2 and expand is not None and expand(" ".join(words)) != expand(words[0]):
        return _stems_in_english(" ".join(words), expand, language, known)
    return _stems_in_english(words[0], expand, language, known) if words else []


# a whole the question names (or gives the number of), to ask for a part of it: "how many of the 120 seats ...", "how
# many of the stakeholder seats ... are reserved for ...", "of the 1,240 people surveyed ..., how many", "out of the 87
# ppl ...", "sur les 40 places ..., combien", "parmi les 80 participants"
PARTITIVE = re.compile(r"(?<!\w)(?:(?:(?:out )?of|among|sur|parmi)\s+(?:the|these|those|les|ces)\s+\d"
                       r"|(?:(?:out )?of|among|parmi)\s+(?:the|these|those|les|ces)\s+[^\W\d_]{3,})")   # ("sur les retours": on)
# ... and what the part does or is, after "how many" (and what it counts): "are reserved for", "came from", "live in",
# "sont réservées aux", "viennent de" (normalised)
PART_VERB = re.compile(r"\b(?:are|is|were|was|will be|would be|came|come|comes|live|lives|lived|work|works|worked|"
                       r"sont|etaient|seront|viennent|venaient|vivent|habitent|travaillent)\b")
# where what is said of the part ends: the question's end, another question ("and how many from the UN side")
PART_END = re.compile(r"[?!.;,]|\b(?:and|et)\s+(?:how many|combien)\b")
# words that say how the part is asked, not which part (with English adverbs): "exactement", "seulement", "just"
PART_SKIP = frozenset("just still exactement precisement seulement uniquement actuellement encore".split())


def _count_part(q: str, counted: list[str], expand=None, language: str = "en", known=frozenset(),
                translate=None) -> tuple[list[list[str]], list[frozenset]]:
    """Which part of a whole a count asks, when the question names the whole ("how many of the 120 seats at
    the rabat consultation are reserved for algerian organisations" -> algerian; "of the 1,240 people surveyed ..., how
    many live in canada" -> Canada; "sur les 40 places, combien sont réservées aux organisations dirigées par des
    migrants" -> dirigées, migrants): the words after the verb that says it, but the things counted ("participants
    from senegal"), the noun a longer phrase is headed by ("civil society orgs": civil, society) and the words that
    only link them; each as its stems (the documents' English, the glossary's forms in the three languages), the
    places apart, by their names. The count's own sentence must name every one: the whole's count, or another
    part's, is not the count asked. English and French (an Arabic question's part is left to its other checks)."""
    m = Q_HOW_MANY.search(q)
    if not m or language == "ar" or not PARTITIVE.search(to_ascii_digits(q)):
        return [], []
    verb = PART_VERB.search(q, m.end())
    if not verb:
        return [], []
    rest = q[verb.end():]
    end = PART_END.search(rest)
    words = re.findall(r"[^\W\d_][\w'’-]*", rest[:end.start()] if end else rest)
    # (a participle first: "reserved for", "réservées aux", "allocated to"; a word alone is the part: "were women")
    if len(words) > 1 and (PARTICIPLE.fullmatch(words[0]) or language == "fr" and re.fullmatch(r"\w{4,}(?:e|ee|es|ees|is|ises|us)",
                                                                                       words[0])):
        words = words[1:]
    chunks: list[list[str]] = [[]]                 # the noun phrases, split where a linking word stands
    for word in words:
        if word in PREPOSITIONS or word in ARTICLES or word in OF_WORDS or word in AND_WORDS or word in PART_SKIP \
                or _adverb(word):
            if chunks[-1]:
                chunks.append([])
            continue
        chunks[-1].append(word)
    chunks = [c for c in chunks if c]
    if chunks and len(chunks[0]) > 1:
        # (its head: English ends a noun phrase with it, French begins one: "civil society orgs", "organisations dirigees")
        chunks[0] = chunks[0][:-1] if language == "en" else chunks[0][1:]
    stems, places = [], []
    for word in (w for c in chunks for w in c):
        if len(word) < 3 or any(tk.startswith(c[:5]) for tk in tokens(word) for c in counted):
            continue                               # what is counted ("participants from senegal"), not which of them
        spans = gazetteer_spans(normalize(word), adjectives=True)
        if spans:
            places.append(frozenset(name for _, _, name in spans))   # "canada", "algerian": the place's names
            continue
        # (each word of a compound: "youth-led", "migrant-led" name the youth and who leads)
        for part in tokens(word) if "-" in word else [word]:
            group = set(_stems_in_english(part, expand, language, known)) | {tk[:RELATION_STEM] for tk in tokens(part)
                                                                              if len(tk) >= 3}
            if translate is not None:
                group |= {tk for tk in _one_word_tokens(translate(part)) if len(tk) >= 3}
            if group:
                stems.append(sorted(group))
    return stems, places


# what the things counted are about: "how many recommendations on remittances", "combien de recommandations sur les
# transferts", "كم توصية عن التحويلات" (normalised)
COUNT_ON = re.compile(r"^(?:on|about|regarding|concerning|(?:related|relating) to|sur|concernant|relatives? (?:a|aux)|"
                      r"au sujet des?|عن|حول|بشان|بخصوص)\s+(?:(?:the|les?|la|l'|des|du|de)\s+)?")


# ... or a verb saying what they are about, after what they are of: "combien de recommandations de la consultation
# d'Amman portent sur les femmes", "how many of the recommendations deal with women", "كم توصية تتعلق بالنساء"
ABOUT_VERB = re.compile(r"\b(?:port(?:e|ent|ant)\s+sur|concern(?:e|ent|ant)|trait(?:e|ent|ant)\s+(?:de|des|du)|"
                        r"(?:are|is|were|was)\s+about|deal(?:s|t)?\s+with|address(?:es|ed)?|focus(?:es|ed)?\s+on|"
                        r"relat(?:e|es|ed|ing)\s+to)\s+(?:(?:the|les?|la|l'|des|du|de)\s+)?"
                        r"|(?<!\w)(?:تتعلق|يتعلق|تخص|يخص|تتناول|يتناول)\s+")


def _count_on(q: str, counted: list[str], expand=None, language: str = "en", known=frozenset(),
              translate=None) -> list[str]:
    """What "how many X on Y" says the things counted are about (Y's first word, and the documents' English for it;
    with ``translate``, the glossary's one-word forms of it in the three languages, as an Arabic or a French document
    names it): a count of all recommendations is not one of those on remittances."""
    m = Q_HOW_MANY.search(q)
    if not m or not counted:
        return []
    rest = q[m.end():]
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", rest))
    # (its noun: English names it among the next words, French and Arabic first: "combien de recommandations", "كم توصية")
    head = next((w for w in words[:5] if any(tk.startswith(c[:5]) for tk in tokens(w.group()) for c in counted)), None) \
        if language == "en" else next((w for w in words[:2] if tokens(w.group())), None)
    tail = rest[head.end():].lstrip(" ,") if head else ""
    on = COUNT_ON.match(tail) or ABOUT_VERB.search(tail)
    if not on:
        return []
    after = tail[on.end():]
    word = next((w for w in re.findall(r"[^\W\d_][\w'’-]*", after)[:2] if tokens(w)), "")
    if not word:
        return []
    stems = _stems_in_english(word, expand, language, known)
    if stems and translate is not None:
        stems = sorted(set(stems) | {tk for tk in _one_word_tokens(translate(word)) if len(tk) >= 3})
    return stems


def _counted(q: str, expand=None, language: str = "en", known=frozenset(), translate=None) -> list[str]:
    """What "how many X" counts: its head noun (English: the first plural, "how many national UN
    networks does ..." -> networks; French and Arabic: the first word, "combien de réseaux
    nationaux", "كم شبكة وطنية"), with the documents' English for it (a French word the documents'
    English shares the first letters of, ``known``, as it is); people counted as people; and, when the
    glossary knows the noun (``translate``), its words in the three languages: "combien de pages" is
    answered by "خمس صفحات", "how many returns" by "12 400 retours volontaires"."""
    m = Q_HOW_MANY.search(q)
    unit = next((TIME_UNITS[w] for w in (re.findall(r"\w+", q[m.end():])[:2] if m else []) if w in TIME_UNITS), None)
    if unit:
        return sorted(unit)               # "كام دقيقة": minutes ("دقيقة" is not "دقيق", accurate, to the glossary)
    counted = _counted_in_english(q, expand, language, known)
    head = next((w for w in q[m.end():].split()[:4] if tokens(w) and w not in COUNT_WORDS), "") if m else ""
    if not counted or not head or translate is None:
        return counted
    if language == "en":
        # (a hyphenated word before the noun qualifies it: "how many in-person seats" counts seats, as a document's
        # "two multi-stakeholder dialogues" counts dialogues)
        words = [w for w in q[m.end():].split()[:4] if set(tokens(w)) & set(counted)]
        head = next((w for w in words if "-" not in w), words[0] if words else head)
    forms = translate(head)
    if language == "en":
        # a compound the glossary knows, ending in the noun ("travel grants": "bourses de voyage", "منح السفر"): what
        # its forms count, each by its own head noun (the first word of a French or Arabic one, an English one's last)
        # -- before the noun's own forms (travel grants are not any funding)
        after = q[m.end():].split()
        at = after.index(head) if head in after else -1
        for n in (2, 3):
            words = after[at - n + 1:at + 1] if at - n + 1 >= 0 else []
            # (a term of its own, not one of its words': "in-person seats" is "in-person")
            if words and (compound := translate(" ".join(words))) and set(compound) - {
                    f for w in words for f in translate(w)}:
                forms = compound
                # (an English form only when it is headed by the noun asked: "funded participants" counts no grants)
                return sorted(set(counted) | {tk for form in forms for tk in tokens(_head_noun(form))
                                              if _head_noun(form) != form.split()[-1]
                                              or set(tokens(form.split()[-1])) & set(counted)})
    if not forms and language != "en":
        # a noun the glossary knows with the words after it ("transferts de fonds": remittances, "التحويلات")
        # (in two words first, then three; not the forms the words after it have alone: "مائدة مستديرة بمؤتمر" is no
        # conference)
        after = q[m.end():].split()
        words = after[after.index(head):] if head in after else []
        for n in (2, 3) if len(words) > 1 else ():
            forms = [f for f in translate(" ".join(words[:n])) if f not in translate(" ".join(words[1:n]))]
            if any(normalize(f).split()[:1] == [normalize(head)] for f in forms):
                break
            forms = []
    return sorted(set(counted) | _one_word_tokens(forms))


def _counted_in_english(q: str, expand=None, language: str = "en", known=frozenset()) -> list[str]:
    m = Q_HOW_MANY.search(q)
    after = q[m.end():] if m else ""
    phrase = []
    for word in after.split():
        if phrase and word.strip("?!.,;:") in PHRASE_END:
            break
        if tokens(word) and word not in COUNT_WORDS:
            phrase.append(word)
    if not phrase:
        return []
    english = language == "en"
    latin = []
    for word in phrase[:3] if language == "ar" else []:
        if not re.fullmatch(r"[a-z][a-z'’-]*", word):
            break
        latin.append(word)
    if latin:
        # English words counted in an Arabic question ("قديش side event رح ينقبلوا"): Arabic counts a
        # singular, so the last of them is the noun, read as English
        english, phrase = True, [latin[-1]]
        head = latin[-1]
    elif english:
        # (a singular before a plural qualifies it: "how many member states" counts states, not members)
        words = [w.strip("?!.,;:؟") for w in phrase[:4]]
        head = next((w for i, w in enumerate(words) if (_english_plural(w) or w in IRREGULAR_PLURALS or set(tokens(w)) & PEOPLE)
                     and not (not _english_plural(w) and w not in IRREGULAR_PLURALS and i + 1 < len(words)
                              and _english_plural(words[i + 1]))), "")
        if not head:
            return []                  # "how many came from ...": no counted noun, any count will do
    else:
        head = phrase[0]
    out = set(tokens(head))
    if out & (PEOPLE | SEATS):        # (seats are counted by the participants they take: "réunira 90 participants")
        return sorted(out | set(tokens(" ".join(PEOPLE_EN))) | PERSONS | PARTICIPANT_WORDS)   # ... and as persons: "نحو ١٥٠ شخصًا"
    if english:
        return sorted(out | (PERSONS if out & KINDS_OF_PEOPLE else set()))
    # the documents' English for it: the plural nouns of the glossary's forms ("National Networks on Migration")
    own = set(tokens(head))
    if language == "fr" and {tk[:6] for tk in own} & known:
        return sorted(own)             # a French word the documents write in English too: "indicateurs", "participants"
    found = set()
    forms = expand(head) if expand is not None else []
    for n in (2, 3) if expand is not None and not forms else ():
        # a noun the glossary knows with the word after it ("مائدة مستديرة": round table; not the next word's alone)
        rest = " ".join(phrase[1:n])
        forms = [f for f in expand(" ".join(phrase[:n])) if f not in expand(rest)]
        if forms:
            break
    for form in forms:
        # (a compound of another of its forms counts something else: "femmes" counts "women", not the "workers" of
        # "women migrant workers")
        if any(other != form and re.search(rf"(?<!\w){re.escape(other.lower())}(?!\w)", form.lower())
               for other in forms):
            continue
        # (the noun heading "X of Y": "Minister of State" counts ministers, not states)
        words = re.split(r"\s+(?:of|for|on|to|in)\s+", form, maxsplit=1)[0].split()
        found |= set(tokens(" ".join(w for w in words if w.endswith("s")) or words[-1]))
    return sorted(found | (PERSONS if found & KINDS_OF_PEOPLE else set()))   # none known: any count will do


# --------------------------------------------------------------------------- what a text holds
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"https?://\S+|\bwww\.\S+")
# a web address written without its scheme, with a path: "example.org/namaa-network/ar/training/documentation"
WEB_PATH = re.compile(r"\b[\w-]+(?:\.[\w-]+)+/\S*")
PHONE = re.compile(r"(?<![\w/])\+?\d[\d ().-]{6,}\d(?![\w/])")
PHONE_DIGITS = 8          # a phone number has at least this many digits (not "2020-2021", "17:30 - 17:45")
TIME = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)"   # (and "12 h 00", as French writes it)
                  # (and an hour in Arabic words: "على الساعة العاشرة صباحاً", "الساعة الثالثة والنصف")
                  r"|الساعة\s+(?:ال)?(?:واحدة|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة|حادية عشرة|ثانية عشرة)(?!\w)")
# a time zone: "GMT+3", "UTC", "CET", "Beirut time", "heure de Beyrouth", "بتوقيت بيروت", "local time"
ZONE_ABBREVIATIONS = r"UTC|GMT|CES?T|EES?T|WES?T|AST|EST|EDT|CST|PST|CAT|EAT|WAT"
ZONE = re.compile(rf"\b(?:{ZONE_ABBREVIATIONS})(?:\s?[+\-−]\s?\d{{1,2}}(?::?\d{{2}})?)?\b"
                  r"|\b(?!(?:Some|Any|First|Last|Full|Part|Same|Long|Short|Real|Meal|Lunch|Question|Speaking|Summer|"
                  r"Winter|Prime|Spare|Free|Next|This|That|Each|Every|The|A|In|On|At|Due|Of|Over|Response|Screen|"
                  r"Travel|Working|Deadline|Start|End|Closing|Opening)\b)[A-Z][a-z]+ [Tt]ime\b|\blocal time\b"
                  r"|\bheure (?:locale|de [A-Z]\w+|d['’][A-Z]\w+)|بتوقيت|حسب توقيت|التوقيت المحلي")
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
MONTH = r"(?:" + "|".join(MONTHS) + r")\b"
# (the month-first form anchored at a word's start: the same matches, read 2.6x faster)
# (a range's second day may bear its weekday: "from Wednesday 3 to Thursday 4 July 2024" -- its 3 is a day, no count)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?"
DAY_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?:{_WEEKDAY}\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
                      rf"\s+(?:of\s+)?{MONTH}|\b{MONTH}\.?\s+\d{{1,2}}\b", re.IGNORECASE)
# ("may" and "march" are months when written as months: "May", "MARCH", "12 may", "may 2027" -- not "participants
# may be accompanied", which says no date)
_WORD_MONTHS = ("may", "mar", "march")
_MONTH_ONLY = r"(?:" + "|".join(m for m in MONTHS if m not in _WORD_MONTHS) + r")\b"
ANY_DATE = re.compile(rf"\b{_MONTH_ONLY}|\b(?-i:May|MAY|March|MARCH|Mar)\b|\b(?:may|march)\s+\d|\d\s+(?:may|march)\b"
                      rf"|\b(?:19|20)\d{{2}}\b|\bquarter\b|\bevery (?:\w+ )?years?\b"
                      # (a day in figures after its weekday, as slides write it: "by Tue 31/01")
                      rf"|\b(?:{'|'.join(SHORT_WEEKDAYS_EN)})[a-z]*\.?,?\s*\d{{1,2}}/\d{{1,2}}(?![\d/])", re.IGNORECASE)
# a year naming what follows it ("the 2024 review", "le rapport 2029 sera"), not a date something happens on ("published
# in 2024.", "2024 and 2025", "en 2030 par l'OIM")
NAMING_YEAR = re.compile(r"(?:19|20)\d{2}\s+(?!(?:and|or|to|in|on|at|by|for|of|with|from|until|et|ou|au|aux|en|a|à|par|"
                         r"pour|de|du|des)\b)[^\W\d_]", re.IGNORECASE)
# a date that is a deadline: "by September 2024", "no later than 22 March", "registration closes on ..."
DEADLINE_CUE = re.compile(r"\b(?:by|before|until|no later than|not later than|deadline|closes?|due|latest|at the latest|"
                          r"closed|extended(?: to)?)\b",
                          re.IGNORECASE)
NO_DEADLINE = re.compile(r"\b(?:no|any|without(?: a)?|not (?:give|set|say|name)s?(?: a| any)?)\s+$", re.IGNORECASE)
DEADLINE_REACH = 40       # characters from a deadline cue to its date ("by Friday, 6 February 2026")
DEADLINE_NOUN_REACH = 120  # ... from the noun, which names what it is for first ("the deadline for ... is ...")
DEADLINE_IS = re.compile(r"[^.;|]{0,110}?\b(?:is|are|will be|falls on|remains)\b\s*|\s*(?:for [^.;|:]{0,100}?)?:\s*",
                         re.IGNORECASE)
TITLE = r"(?:Mr|Ms|Mrs|Mx|Dr|Prof|Pr|H\.E|S\.E|Mme|Mlle|M|Ambassador)\.?"
PERSON = re.compile(rf"\b{TITLE}\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+")
ORG_WORD = (r"Organi[sz]ation|Office|Network|Commission|University|Council|Cent(?:er|re)|Union|Federation|Association|"
            r"Committee|Secretariat|Ministry|League|Institute|Group|Forum|Movement|Agency|Bank|Foundation|Women|"
            r"Teams?|Society|Societies|Institution|Observatory|Programme|Division|Department|Partner|Mechanisms?")
# capitals that are not an organisation's acronym: agenda words, language codes, times
# (nor a time zone's: "بتوقيت بغداد (GMT+3)" names no organisation)
NOT_ACRONYMS = rf"(?!(?:DAY|DAYS|AND|THE|OF|AM|PM|TBC|TBD|AR|EN|FR|NB|PS|OK|{ZONE_ABBREVIATIONS}|GST)\b)"
ORG = re.compile(rf"\b{NOT_ACRONYMS}[A-Z]{{2,}}(?:-[A-Z]{{2,}})?\b|\b(?:[A-Z][\w'’&-]+\s+)*(?:{ORG_WORD})\b|\b[\w-]+\.org\b")
PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+(?:the\s+)?[A-Z][a-z]+(?:,\s*[A-Z][a-z]+)?|(?i:\bonline\b|\bvirtual(?:ly)?\b|"
                   r"\bin person\b|\bwebsite\b|\bplatform\b|\bzoom\b|\bstreamed\b)")
# a line giving where a meeting is, by its label ("Venue: ...", "Lieu : ...", "المكان: ...")
PLACE_LABEL_WORDS = r"venue|location|place|where|lieu|où|adresse|address|المكان|مكان الانعقاد|العنوان|أين"
PLACE_LABEL = re.compile(rf"^\W*(?:{PLACE_LABEL_WORDS})\s*:\s*\S", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?؟…]\W*$")     # (a sentence's end: a venue's own line has none)
# how a meeting is held, in the three languages ("in person only", "streamed", "hybrid", "en présentiel", "عبر الإنترنت")
FORMAT = re.compile(r"\b(?:online|virtual(?:ly)?|in[- ]person|hybrid|stream(?:ed|ing)?|live[- ]?stream\w*|webcast|remote(?:ly)?|"
                    r"face[- ]to[- ]face|zoom|teams|webex|en ligne|[àa] distance|pr[ée]sentiel|hybride|retransmis\w*|"
                    r"visioconf[ée]rence)\b|عبر الإنترنت|عبر الانترنت|عن بعد|عن بُعد|حضوري|حضورياً|هجين|افتراضي|بث مباشر|زوم",
                    re.IGNORECASE)
# a meeting's streaming asked (normalised), and a text saying whether one can follow it from afar (streamed, webcast, online,
# hybrid -- not "in person" alone, which does not say whether it is also streamed)
STREAM_ASKED = re.compile(r"\b(?:live ?stream\w*|stream(?:ed|ing)?|webcast\w*|retransmis\w*|diffuse\w* en direct|en direct)\b"
                          r"|(?<!\w)(?:بث|يبث|يتبث|بيتبث|ينقل مباشره|لايف)(?!\w)")
STREAMED = re.compile(r"\b(?:live[- ]?stream\w*|stream(?:ed|ing|s)?|webcast\w*|web ?tv|online|virtual(?:ly)?|hybrid|remotely|"
                      r"retransmis\w*|diffus\w*|en direct|en ligne|hybride|[àa] distance)\b"
                      # (a broadcast, as a word: "البث", "يُبث", "تُبثّان" -- not the letters of "وبثلاث ليالٍ")
                      r"|(?<![\u0621-\u064A])[وف]?(?:ال|ب|لل|س?[يت]\u064F?)?بث\u0651?(?:ون|ان|ه|ها)?(?![\u0621-\u064A])"
                      r"|عبر الإنترنت|عبر الانترنت|عن بعد|عن بُعد|هجين|افتراضي|نقل مباشر", re.IGNORECASE)
# a step done online, which is not how the meeting is held: "le formulaire en ligne", "an online registration form",
# "apply online", "s'inscrire en ligne"
_STEP_NOUN = r"(?:forms?|formulaires?|applications?|candidatures?|registrations?|inscriptions?|surveys?|questionnaires?|payments?|paiements?)"
_STEP_VERB = r"(?:apply|applying|register|registering|submit(?:ted)?|submitting|postuler|s'inscrire|inscrivez-vous|soumettre|soumises?)"
ONLINE_STEP = re.compile(rf"\b(?:{_STEP_NOUN}(?:\s+\w+)?\s+(?:en\s+ligne|online)|online\s+(?:\w+\s+)?{_STEP_NOUN}|"
                         rf"{_STEP_VERB}(?:\s+\w+)?\s+(?:en\s+ligne|online))\b", re.IGNORECASE)
# a meeting of its own held online, which is no stream of the one asked: "an online preparatory session", "un briefing
# en ligne", "ندوة عبر الإنترنت"
_MEETING_NOUN = (r"(?:sessions?|briefings?|meetings?|webinars?|consultations?|trainings?|workshops?|seances?|séances?|"
                 r"reunions?|réunions?|webinaires?|formations?|ateliers?)")
ONLINE_MEETING = re.compile(rf"\b(?:an |a |one |une? )?online\s+(?:\w+\s+)?{_MEETING_NOUN}\b"
                            rf"|\b{_MEETING_NOUN}\s+(?:\w+\s+)?en\s+ligne\b"
                            r"|(?:جلسه|جلسة|ندوه|ندوة|اجتماع|لقاء|احاطه|إحاطة)\s+(?:\w+\s+)?(?:عبر الإنترنت|عبر الانترنت|افتراضي\w*)",
                            re.IGNORECASE)
# what something costs: an amount of money, a fee, or that it is free
COST = re.compile(rf"{MONEY.pattern}"
                  r"|\b(?:fees?|free of charge|at no cost|no cost|without charge|no charge|costs?|price|paid|payable|tuition)\b"
                  # "Participation is free", "the webinar is free to attend" (not "is free to choose")
                  r"|\b(?:is|are|will be|remains?)\s+free\b(?!\s+to\s+(?!attend|participate|join|register|take part))",
                  re.IGNORECASE)
NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
CAPITALISED_LIST = re.compile(rf"\b{NAME}(?:(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+){NAME}){{1,}}")
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty "
                "thirty forty fifty hundred hundreds thousand thousands dozen dozens").split()
# ... as French and Arabic write them ("cinq pages", "خمس صفحات"; not "sept", also September, nor "cent", per cent)
# (and the round counts French writes: "une quinzaine d'événements", "une centaine de participants")
NUMBER_WORDS_FR_AR = ("deux trois quatre cinq huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
                      "cinquante soixante mille "
                      "dizaine dizaines douzaine douzaines quinzaine vingtaine trentaine quarantaine cinquantaine "
                      "soixantaine centaine centaines milliers "
                      "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة اربع اربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية "
                      "تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين مئة مائة مئات ألف آلاف الف")
NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
LIST_MARKER = re.compile(r"(?:^|(?<=[\s:;(]))(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)](?=\s)", re.IGNORECASE)
# a number that labels a thing, not a count of it: "objective 5", "l'objectif 5", "note d'orientation n° 7", "session 2",
# "SDG 8", "الهدف 5"
LABEL_NUMBER = re.compile(r"(?:\b(?:objectives?|objectifs?|goals?|targets?|cibles?|sdgs?|odd|sessions?|seances?|séances?|"
                          r"items?|points?|articles?|paragraphs?|paras?|paragraphes?|resolutions?|résolutions?|annex|annexe|"
                          r"chapters?|chapitres?|no|nos|n°|nº|number|numéro|numero)\.?\s*|#|(?<!\w)(?:ال)?(?:هدف|بند|ماده|مادة|"
                          r"جلسه|جلسة|فقره|فقرة|رقم)\s*)\d{1,3}(?![\d,.]\d)", re.IGNORECASE)
ENUMERATION = re.compile(r"(?:^|[\s:;])1[.)]\s.+?[\s;]2[.)]\s", re.DOTALL)
# a length of time: "45 minutes", "a one-day hearing", "two days", "10:00 - 10:45", "17 to 20 May", "from
# Tuesday, 10 March to Thursday, 12 March"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
# (not how often: "held every four years", "tous les quatre ans", "كل أربع سنوات")
DURATION = re.compile(
    rf"(?<!every )(?<!each )(?<!tous les )(?<!toutes les )\b(?:\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)}|half|a|an)[\s-]+{_UNIT}\b|\b\d{{1,2}}[:h.]\d{{2}}\s*[-–]\s*\d{{1,2}}[:h.]\d{{2}}\b"
    rf"|\b\d{{1,2}}\s*(?:-|–|to|and)\s*\d{{1,2}}\s+{MONTH}|\bfrom\s+(?:\w+,\s+)?\d{{1,2}}\s+{MONTH}\s+to\b", re.IGNORECASE)
# when, said from another day (normalised, digits made ASCII): "within two weeks of the close of the consultation", "no
# later than 30 days after the meeting", "dans les deux semaines suivant la consultation", "dans un délai de 30 jours
# après", "خلال أسبوعين من اختتام المشاورة", "في غضون 30 يوما بعد" (not how long something lasts: "a two-week course")
_REL_UNIT_EN_FR = r"(?:days?|weeks?|months?|jours?|semaines?|mois)"
_REL_UNIT_AR = r"(?:يوم|يوما|ايام|اسبوع|اسبوعا|اسبوعين|اسابيع|شهر|شهرا|شهرين|اشهر)"
RELATIVE_WHEN = re.compile(
    rf"\b(?:within|no later than|not later than|at the latest|dans|sous|au plus tard)\s+(?:(?:les|un delai de|the|a|an)\s+)?"
    rf"(?:\d+|{'|'.join(NUMBER_WORDS)}|deux|trois|quatre|cinq|six|huit|dix|quinze|trente)?\s*{_REL_UNIT_EN_FR}\s+"
    rf"(?:of|after|following|from|suivant|apres|qui suivent|a compter d|a partir d)"
    # ... or before it, said as a rule ("at least six weeks before any in-person event", "au moins six semaines avant",
    # "قبل ستة أسابيع على الأقل من"): not "less than two weeks before the consultation", what happened
    rf"|\b(?:at least|no later than|not later than|at the latest|au moins|au minimum|au plus tard)\s+"
    rf"(?:\d+|{'|'.join(NUMBER_WORDS)}|deux|trois|quatre|cinq|six|huit|dix|quinze|trente)\s*{_REL_UNIT_EN_FR}\s+"
    rf"(?:before|prior to|ahead of|avant)\b"
    rf"|(?<!\w)قبل\s+(?:\S+\s+){{0,3}}?ب?(?:\d+\s+)?\S*\s*{_REL_UNIT_AR}\s+علي الاقل"
    rf"|(?<!\w)(?:خلال|في غضون|في مده لا تتجاوز|بعد)\s+(?:\d+\s+)?(?:\S+\s+)?{_REL_UNIT_AR}\s+(?:من|بعد|عقب|علي|التاليه|اللاحقه)")
# ... in French and Arabic (normalised, digits made ASCII): "cinq jours ouvrables", "90 minutes", "une demi-journee", "3 ايام",
# "يومين", "ثلاثة اسابيع" (not how often: "tous les quatre ans", "كل اربع سنوات")
DURATION_FR_AR = re.compile(
    r"(?<!tous les )(?<!toutes les )\b(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|"
    r"vingt|trente|quarante|soixante)\s+"
    r"(?:minutes?|heures?|jours?|journees?|semaines?|mois|ans|annees?)\b|\b(?:une )?demi-(?:journee|heure)\b"
    r"|(?<!كل )(?<!\w)(?:\d+\s+|(?:اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره)\s+)"
    r"(?:دقيقه|دقائق|دقايق|ساعه|ساعات|يوم|يوما|ايام|اسبوع|اسبوعا|اسابيع|شهر|شهرا|اشهر|شهور|سنه|سنوات|عام|عاما|اعوام)(?!\w)"
    r"|(?<!كل )(?<!\w)(?:يومين|ساعتين|اسبوعين|شهرين|سنتين|نصف ساعه|نصف يوم)(?!\w)")
# a number of days, in the three languages (digits made ASCII): "60 days", "60 jours", "60 يوماً", "3 أيام"
DAYS = re.compile(r"\b\d+\s*(?:(?:working |calendar |business )?days?\b|(?:jours?|journées?)(?: ouvrables?)?\b|يوم|أيام|ايام)",
                  re.IGNORECASE)
CLAUSE_END = re.compile(r"(?<!\d)[.;!?](?!\d)|\s[—–]\s")
COUNT_WINDOW = 6          # the noun phrase after a count: at most this many words ("12 key areas of ... Priorities")


# The same kinds of fact as a French or Arabic document writes them (the patterns above read English):
# dates as the ingest reads them in every language (ingest.dates), and these words
TIME_FR = re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?h\b(?!\w)")
ELIGIBLE_FR_AR = re.compile(
    r"\b(?:(?:sont|est|seront) invit[ée]e?s?|invite(?:nt)?|ouverte?s? (?:aux?|à)|[ée]ligibles?|[ée]ligibilit[ée]|s['’]adresse (?:aux?|à)|"
    r"destin[ée]e?s? (?:aux?|à)|r[ée]unira|r[ée]unit|rassemble(?:ra)?|peu(?:t|vent) (?:participer|soumettre|postuler|"
    r"s['’]inscrire|candidater|contribuer))\b"
    r"|(?:المدعو|مدعو|يدعى|تدعى|تدعو|يدعو|يحق|يمكن ل|مفتوح|مفتوحة|يجمع|تجمع|سيجمع|موجه|موجهة|يستهدف|تستهدف|مؤهل|المؤهل|شروط)",
    re.IGNORECASE)
#: the titles an Arabic text writes before a name ("الدكتور", "أ." for a teacher or expert, "معالي" for a minister)
AR_TITLES = ("السيد", "السيدة", "الآنسة", "الدكتور", "الدكتورة", "د.", "أ.", "الأستاذ", "الأستاذة", "البروفيسور", "البروفيسورة",
             "المهندس", "المهندسة", "المحامي", "المحامية", "معالي", "سعادة", "السفير", "السفيرة", "القاضي", "القاضية")
_AR_TITLE_FORMS = sorted({f for t in AR_TITLES for f in (t, re.sub("[أإآ]", "ا", t))}, key=len, reverse=True)
# an Arabic title as written, with a conjunction on it ("وسعادة"): what a person's name follows in an Arabic text
_AR_TITLE_WRITTEN = rf"(?<![\u0621-\u064A])[وف]?ب?(?:{'|'.join(map(re.escape, _AR_TITLE_FORMS))})"
PERSON_FR_AR = re.compile(r"\b(?:S\.\s?E\.(?:\s+(?:Monsieur|Madame))?(?:\s+l[ea])?|Pr\.?|Mme|M\.|Dr)\s+[A-ZÀ-Ý][\w'’-]+"
                          rf"|{_AR_TITLE_WRITTEN}(?:\s+|(?<=\.)\s*)\w+")
# ... of whom a French text gives only the office ("S.E. le Gouverneur de Province", "S.E. Monsieur le Vice-Premier
# Ministre"): the holder, unnamed -- who opens a meeting, not the name asked of the governor
_OFFICE_FR = re.compile(r"(?:Monsieur|Madame|Gouverneur|Gouverneure|Ministre|Vice-Premier|Premier|Président|Présidente|"
                        r"Directeur|Directrice|Représentant|Représentante|Maire|Ambassadeur|Ambassadrice|Secrétaire|Chef|"
                        r"Coordonnateur|Coordonnatrice|Conseiller|Conseillère)\b")


def names_someone(text: str, people: re.Pattern = PERSON_FR_AR) -> bool:
    """Does a text name a person (``people``: a French or Arabic one's titles and names by default; :data:`PERSON` for
    an English one), not only an office held with its honorific ("S.E. Monsieur le Gouverneur")?"""
    return any(not _OFFICE_FR.match(m.group(0).split()[-1]) for m in people.finditer(text))
#: the roles an organisation plays (the English stems of a question's relation): "who organises / hosts / funds it"
ORGANISERS = ("organi", "host", "fund", "financ", "sponsor", "conven")
# an organisation a French or Arabic text names (who organises, who hosts, who funds): its noun before its name -- the
# French with its capital ("le Réseau Sahel ...", "l'Institut sahélien ..."), the Arabic normalised ("منصة الخليج ...")
ORG_FR = re.compile(r"\b(?:Organisation|Bureau|Réseau|Commission|Université|Conseil|Centre|Union|Fédération|Association|"
                    r"Comité|Secrétariat|Ministère|Ligue|Institut|Groupe|Mouvement|Agence|Banque|Fondation|Plateforme|"
                    r"Observatoire|Programme|Direction|Département|Collectif|Coalition)\s+\S")
ORG_AR = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:منظمه|منظمات|منصه|شبكه|مكتب|موسسه|جمعيه|اتحاد|مفوضيه|وزاره|صندوق|"
                    r"مبادره|رابطه|هييه|لجنه|امانه|تحالف|ايتلاف|ائتلاف)\s+\w")
PLACE_NAMED_FR_AR = re.compile(r"\b(?:à|au|aux)\s+(?:la\s+|l['’])?[A-ZÀ-Ý][\w'’-]+|(?<!\w)في\s+(?:مقر|فندق|قاعة|مركز)")
# ... or how it is held, which answers "where" (online, in person), not "which city"
PLACE_FR_AR = re.compile(PLACE_NAMED_FR_AR.pattern + r"|\ben ligne\b|\ben pr[ée]sentiel\b|\bhybride\b"
                         r"|عبر الإنترنت|عبر الانترنت|عن بعد|عن بُعد|حضوري|حضورياً|هجين|افتراضي")
# "free" said of a thing, in the three languages (what answers "how much is X" besides an amount)
FREE_SAID = re.compile(r"\b(?:free of charge|at no cost|no cost|without charge|no charge|(?:is|are|will be|remains?)\s+free)\b"
                       r"(?!\s+to\s+(?!attend|participate|join|register|take part))|\b(?:gratuite?s?|gratuitement|sans frais)\b"
                       r"|مجان|بلا مقابل|دون مقابل|ببلاش", re.IGNORECASE)
# a date or a place said to be still unknown: "its date and venue will be announced", "to be confirmed", "TBC", "sera
# communiquée ultérieurement", "à déterminer", "سيعلن عنه لاحقا", "سيحدد لاحقا"
BRACKETED = re.compile(r"\([^()]*\)")
WHEN_OR_WHERE_WORD = re.compile(r"\b(?:dates?|time|venue|place|location|lieu|heure|horaire)\b|موعد|تاريخ|مكان|وقت|زمان")
TO_BE_ANNOUNCED = re.compile(r"\b(?:date|dates|venue|time|location|place)(?: and (?:date|dates|venue|time|location|place))?"
                             r"\s+(?:will be|are to be|is to be|to be|remains? to be) (?:announced|confirmed|determined|decided|"
                             r"communicated|fixed)|\b(?:to be announced|tbc|tbd|tba)\b|"
                             r"\b(?:date|dates|lieu|heure|horaire)s?\W+(?:\w+\W+){0,2}?(?:a confirmer|a determiner|a preciser|"
                             r"(?:annoncee?s?|communiquee?s?|precisee?s?|fixee?s?|confirmee?s?|arretee?s?|definie?s?) ulterieurement)\b"
                             r"|(?:س?[يت]علن|س?يتم الاعلان|س?[يت]حدد|س?يتم تحديد)\w*(?: \w+){0,3} (?:لاحقا|في وقت لاحق)")

# what is left of a number ("how many places are left", "il reste combien de places", "كم مقعد باقي"): the documents say
# it only in those words
REMAINING = re.compile(r"\b(?:left|remain\w*|still available|reste\w*|restant\w*|encore disponibles?)\b"
                       r"|(?<!\w)(?:باقي|الباقي|باقيه|متبقي|المتبقي|متبقيه|المتبقيه|ضل|ظل|لسا|لسه)(?!\w)")
# a count asked as it stands now ("how many registered so far", "combien d'inscrits à ce jour", "قديش واحد سجّل لهلأ")
# (normalised): a number a text only expects ("about 300 are expected per webinar", "يُتوقع أن يشارك نحو 300") is no
# count of those who did
SO_FAR = re.compile(r"\b(?:so far|until now|up to now|to date|as of now|yet|a ce jour|jusqu'a present|jusqu'ici|"
                    r"pour l'instant|deja)\b|(?<!\w)(?:حتي الان|لحد الان|لحد هلا|لهلا|لهلق|لغايه الان|لليوم|لحد الحين|"
                    r"لين الحين|للحين|لحد دلوقتي|لحد دلوقت)(?!\w)")
# ... nor a number a text gives as a limit ("each organisation may register up to two people", "up to 300 people can
# follow the streamed sessions", "jusqu'à 40 places", "بحد أقصى 20 مقعدًا"), nor the seats there are ("Stakeholder group |
# Seats ... Total in-person participants | 80") (normalised)
LIMIT_SAID = re.compile(r"\b(?:up to|at most|no more than|a maximum of|maximum of|not more than|limited to|can|"
                        r"(?<!\d\s)may(?!\s+\d)|"
                        r"seats?|quotas?|jusqu'a|au plus|au maximum|dans la limite de|peut|peuvent|pourra|pourront|"
                        r"sieges?)\b|(?<!\w)(?:بحد اقصي|كحد اقصي|حد اقصي|يمكن|يحق|يستطيع|تستطيع|مقاعد|مقعد|مقعدا)(?!\w)")
EXPECTED = re.compile(r"\b(?:expected|anticipated|expects?|we expect|foreseen|prevus?|prevues?|attendus?|attendues?|"
                      r"estimated|envisaged|planned|nous attendons|on attend|devrai(?:t|ent))\b"
                      # (the verb in any person, "ونتوقع مشاركة نحو 35 منظمة", and the noun: "توقعات")
                      r"|(?<!\w)(?:و|ف)?(?:ال)?[ينامت]?(?:توقع|رتقب|نتظر)\w*")
# what a price of taking part is said with: a fee, a charge, registering, taking part, or its being free ("the average
# cost of sending 200 dollars" is no price of the consultation asked)
FEE_SAID = re.compile(r"\b(?:fees?|charged?|charges|free|registration|register|participation|participate|participants?|"
                      r"attend\w*|tickets?|admission|entry|frais|gratuite?s?|gratuitement|payante?s?|inscriptions?|"
                      r"participer|billets?|tarifs?)\b"
                      r"|رسوم|رسم|مجان|التسجيل|تسجيل|المشاركة|المشاركه|مشاركة|مشاركه|المشاركين|الحضور|تذكر", re.IGNORECASE)
# a question on the price of taking part ("registration fee", "is there a fee to attend", "frais d'inscription", "رسوم
# التسجيل", "كم سعر المشاركة")
PRICE_OF_TAKING_PART = re.compile(r"\b(?:fees?|registration|register\w*|participat\w*|attend\w*|join\w*|entry|admission|"
                                  r"frais|inscri\w*|adhesion)\b"
                                  r"|(?<!\w)(?:ال|لل|ب)?(?:رسوم|تسجيل|مشاركه|مشاركة|حضور|اشتراك)(?!\w)")
COST_FR_AR = re.compile(r"\b(?:gratuite?s?|gratuitement|frais|co[uû]t(?:e|ent)?|payante?s?|tarifs?|prix)\b"
                        r"|(?:مجان|رسوم|تكلفة|تكلفه|كلفة|كلفه|تكاليف|سعر|مدفوع)")
# what stands between two places of a list: a comma, "and" ("، و", ", et le", " و")
LISTED = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and|et|و)\s*)?(?:(?:la|le|les|l'|l’)\s*)?[وبل]?(?:ال)?", re.IGNORECASE)
_FRENCH_WORDS = frozenset("le la les des du une est sont pour avec dans sur au aux et ou qui que".split())
_FRENCH_MARKS = re.compile(r"(?i)\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
                           r"d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b\d{1,2} h \d{2}\b")
_ENGLISH_WORDS = frozenset("the and of to is are for with in on at by or who that".split())


# a programme's speaker, named in brackets after what they present ("Accords bilatéraux ... : l'expérience tunisienne
# (Amel Haddad)", "Opening remarks (Leïla Mansouri)"): two to four capitalised words, not a place
NAME_IN_BRACKETS = re.compile(r"\((?P<n>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|(?:al|el|ben|bin|ibn|de|da|van|von)"
                              r"(?=[\s-]))){1,3})\)")


# the roles a programme's bracketed name plays: who presents an item, speaks on it
PRESENTING = ("presen", "speak", "spoke", "talk", "interv", "deliver", "keyno", "expos", "parl", "يقدم", "تقدم", "قدم",
              "يحكي", "بيحكي", "حكي", "يتحدث", "تتحدث", "متحدث")


def presents_in_brackets(wanted: "Wanted", text: str) -> bool:
    """Is the role asked one of presenting or speaking, and does a programme's line name someone in brackets? (The
    role as the question and the documents' English say it: its Arabic forms are the glossary's, "عروض" among them.)"""
    said = [st for st in wanted.relation if not ARABIC_CHAR.search(st)] or wanted.relation
    return bool(said) and all(normalize(st).startswith(PRESENTING) for st in said) and named_in_brackets(text)


def named_in_brackets(text: str) -> bool:
    """Does a text name a person in brackets, as a programme names who presents an item?"""
    return any(not gazetteer_spans(normalize(m.group("n"))) for m in NAME_IN_BRACKETS.finditer(text or ""))


def _not_english(text: str) -> bool:
    """Is a text written in Arabic or French (the patterns above read English)? Its script, else its function words."""
    if ARABIC_CHAR.search(text) or _FRENCH_MARKS.search(text):
        return True
    words = re.findall(r"[a-zà-ÿ]+", text.casefold())
    return sum(w in _FRENCH_WORDS for w in words) > max(1, sum(w in _ENGLISH_WORDS for w in words))


@lru_cache(maxsize=1 << 12)
def _months_written(text: str) -> frozenset[int]:
    """The months of the dated mentions a text writes, as ingest reads them (in any language), and the months it names
    alone ("الطقس في آذار/مارس معتدل", "en mars, il fait chaud": the weather of March)."""
    from ingest.dates import in_force, months_named
    return frozenset(d.month for m in in_force(text) for d in (m.start, m.end or m.start)) | months_named(text)


def _foreign_dates(text: str):
    """The dated mentions of a French or Arabic text, as ingest reads them."""
    if not _not_english(text):
        return []
    from ingest.dates import in_force
    return in_force(text)


# a date said not to be set yet (normalised): "has not been set", "to be confirmed", "n'a pas (non plus) été fixée",
# "reste à fixer", "non fixée", "لم يحدد بعد", "سيحدد لاحقا"
NOT_SET = re.compile(r"\b(?:(?:has|have|had) not (?:yet )?been (?:set|fixed|decided|determined|confirmed|scheduled|agreed)|"
                     r"not yet (?:set|fixed|decided|known|scheduled|confirmed)|to be (?:determined|confirmed|announced|decided)|"
                     r"tbd|tbc|n'(?:a|ont) (?:pas )?(?:encore |non plus |encore non plus )?ete (?:fixee?s?|decidee?s?|arretee?s?|"
                     r"determinee?s?|programmee?s?|discutee?s?|convenue?s?)|(?:was|were) not (?:yet )?(?:set|discussed|decided)|reste(?:nt)? a (?:fixer|determiner|definir|confirmer)|non fixee?s?|"
                     r"sera (?:fixee?|communiquee?|annoncee?) (?:ulterieurement|plus tard))\b"
                     r"|(?:لم (?:يتم )?(?:يحدد|تحدد|يتحدد|تتحدد|تحديد|يتقرر|يتفق)|سيحدد لاحقا|ستحدد لاحقا|يحدد لاحقا)")


# a heading or a list's lead-in over what is not decided yet ("9. Still to be announced", "Points non encore arrêtés",
# "ما زال قيد الإعداد", "Pending") (normalised)
UNSET_HEAD = re.compile(r"\b(?:still )?to be (?:announced|confirmed|decided|determined)\b|\bpending\b|"
                        r"\bnot yet (?:decided|confirmed|known|announced|available|final)\b|\bopen (?:questions|issues|points)\b|"
                        r"\b(?:non|pas) encore (?:arretee?s?|decidee?s?|fixee?s?|confirmee?s?|connue?s?|annoncee?s?)\b|"
                        r"\ba (?:confirmer|preciser|determiner|definir)\b|\ben suspens\b|"
                        r"(?<!\w)(?:قيد الاعداد|قيد الدراسه|قيد النقاش)(?!\w)|"
                        r"(?<!\w)لم (?:يتم )?(?:يحدد|تحدد|يتحدد|تتحدد|يعلن|تعلن|يحسم|تحسم|يتقرر)\w* بعد(?!\w)")


def not_decided(text: str) -> bool:
    """Does a text say what it speaks of is not decided yet ("has not yet been set", "n'a pas encore été fixé", "لم
    يحدد بعد")?"""
    norm = normalize(text)
    return bool(NOT_SET.search(norm) or UNSET_HEAD.search(norm))


def gives_day(text: str) -> bool:
    """Does a text give a date to the day ("22 March", "le jeudi 15 septembre", "١٤ آب/أغسطس"), not a month only?"""
    return bool(DAY_DATE.search(to_ascii_digits(text))) or any(m.precision == "day" for m in _foreign_dates(to_ascii_digits(text)))


def _foreign(kind: str, text: str, organisers: bool = False) -> bool:
    """Does a French or Arabic text hold this kind of fact (see above)? False for English text."""
    if kind not in ("time", "day", "date", "deadline", "eligible", "person", "place", "city", "cost", "list_names",
                    "duration") or not _not_english(text):
        return False
    if kind == "duration":                     # "dans les cinq jours ouvrables", "une demi-journée", "خلال يومين"
        return bool(DURATION_FR_AR.search(normalize(text)))
    if kind == "list_names":                   # "المغرب والجزائر وتونس", "le Maroc, l'Algérie et la Tunisie": places listed
        norm = normalize(text)
        spans = sorted(gazetteer_spans(norm))
        return any(0 <= b[0] - a[1] <= 6 and LISTED.fullmatch(norm[a[1]:b[0]]) and a[2] != b[2]
                   for a, b in zip(spans, spans[1:]))
    if kind == "cost":
        return bool(COST_FR_AR.search(text) or COST.search(text))
    if kind == "time":
        return bool(TIME_FR.search(text))
    if kind == "day":
        return any(m.precision == "day" for m in _foreign_dates(text))
    if kind == "date":
        return bool(_foreign_dates(text))
    if kind == "deadline":
        from ingest.dates import is_deadline
        return any(is_deadline(text, m) for m in _foreign_dates(text))
    if kind == "eligible":
        return bool(ELIGIBLE_FR_AR.search(text))
    if kind == "person":                       # (an organisation, when who organises, hosts or funds is asked)
        return bool(PERSON_FR_AR.search(text) or organisers and (ORG_FR.search(text) or ORG_AR.search(normalize(text)))) \
            or named_in_brackets(text)
    if kind in ("place", "city"):              # ... or a city or country the gazetteer knows ("الدوحة، قطر")
        return bool((PLACE_FR_AR if kind == "place" else PLACE_NAMED_FR_AR).search(text) or any(name not in REGIONS for _, _, name in gazetteer_spans(normalize(text)))
                    or kind == "place" and PLACE.search(text))
    return False


# a time asked of a limit ("what time does registration close", "jusqu'à quelle heure", "deadline time")
# a meeting's end asked or said, and its start (normalised): "what time does the imrf close", "ça finit à quelle heure",
# "الساعة كم بيخلص"; "the opening plenary starts at 10:00", "تبدأ الجلسة العامة الافتتاحية"
END_ASKED = re.compile(r"\b(?:close|closes|closing|end|ends|ending|finish|finishes|finishing|over|ferme|fermeture|fin|finit|"
                       r"finira|termine|terminera|cloture|cloturera)\b|(?<!\w)(?:ينتهي|تنتهي|بينتهي|بتنتهي|بيخلص|بتخلص|يخلص|"
                       r"تخلص|يختتم|تختتم|الختام|ختام|الختاميه|نهايه)")
START_SAID = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|open|opens|opening|commence|commencera|"
                        r"debut|debute|debutera|ouverture)\b|(?<!\w)(?:يبدا|تبدا|بيبدا|بتبدا|بتبلش|بيبلش|يبلش|تبلش|يفتتح|"
                        r"تفتتح|الافتتاح|الافتتاحيه|افتتاح|بدايه|بدء)")
# two times, a span: "10:00-12:30", "de 10 h à 12 h", "من 9:30 حتى 17:00" (digits made ASCII)
TIME_SPAN = re.compile(r"\d{1,2}\s*[:h.]\s*\d{0,2}\s*(?:[-–]|to|à|a|until|till|jusqu'a|jusqu'à|الى|إلى|حتى|-)\s*\d{1,2}\s*[:h.]?\s*\d{0,2}")
# an amount asked or given by the day, or by the month (normalised)
DAILY = re.compile(r"\b(?:per diem|daily|a day|per day|each day|journaliere?s?|quotidien(?:ne)?s?|par jour)\b"
                   r"|(?<!\w)(?:يومي|اليومي|يوميا|في اليوم|باليوم)(?!\w)")
MONTHLY = re.compile(r"\b(?:per month|a month|monthly|each month|mensuel(?:le)?s?|par mois)\b|(?<!\w)(?:شهري|الشهري|شهريا|في الشهر|بالشهر)(?!\w)")
TIME_OF_A_LIMIT = re.compile(r"\b(?:deadline|due|close|closes|closing|until|by what time|latest|limite|jusqu'a|avant|"
                             r"ferme|ferment|cloture)\b|(?:اخر|آخر|ينتهي|تنتهي|حتى|لغايه|قبل|"
                             # (a call that closes, in spoken Arabic too: "بتسكر", "بيقفل", "يغلق باب")
                             r"(?<!\w)[بت]?[تي]?(?:سكر|قفل|غلق|نغلق)(?!\w))")


#: characters at most between a limit's day and its hour ("13 avril 2040 à 15 h 30", "Friday 20 April 2040, 23:59")
LIMIT_HOUR_GAP = 12


def _limit_times(text: str) -> bool:
    """Does a text give dates only as limits ("Merci de vous inscrire avant le jeudi 12 mai 2033 à 23 h 59"): its
    hour is a deadline's, not when something starts?"""
    from ingest.dates import in_force, is_deadline
    text = to_ascii_digits(text or "")
    mentions = in_force(text)
    if not (mentions and all(is_deadline(text, m) for m in mentions)):
        return False
    # (and every hour it gives is a limit's, said with its day: "au plus tard le vendredi 13 avril 2040 à 15 h 30 ... ou
    # par dépôt au bureau n° 12 (du lundi au vendredi, de 8 h 30 à 15 h 30)" gives the office's hours too)
    return all(any(0 <= t.start() - m.stop <= LIMIT_HOUR_GAP for m in mentions) for t in TIME.finditer(text))


# a programme of sessions to come: its "key messages" item is a session, not the messages
AGENDA = re.compile(r"\b(?:agenda|programme|program|ordre du jour)\b|جدول الاعمال|جدول الأعمال|البرنامج", re.IGNORECASE)


def _only_aimed(text: str, context: str = "") -> bool:
    """Does a text name outcomes only as what is aimed at ("The consultation aims to ... agree on recommendations";
    a list under "2. Objectives")?"""
    said = list(OUTCOME_SAID.finditer(text or ""))
    heads = (AIMED.search(context.rsplit(" > ", 1)[-1]) or AGENDA.search(context.rsplit(" > ", 1)[-1])) if context else None
    return bool(said) and all(heads or AIMED.search(text[max(0, m.start() - 80):m.start()]) for m in said)


# a month named, in the three languages: a date said to the month ("خلال شهر أيلول/سبتمبر ٢٠٣٤")
A_MONTH = re.compile(rf"(?<!\w)(?:{MONTH_NAMES})(?!\w)", re.IGNORECASE)
# places that name a time zone, not where something is: "11:00 à 13:00 بتوقيت الرباط والجزائر وتونس", "14:00 heure de
# Genève", "16:00 Nairobi time"
ZONE_PLACES = re.compile(r"(?:ب|ال)?توقيت\s+\S+(?:\s*[،,]\s*\S+|\s+و\S+)*|\b(?:heures?|h)\s+(?:de|du|d['’])\s*\S+"
                         r"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+time\b")


def _own_cells(row: str) -> str:
    """A table row's cells that could say when or where ("| من 15:00 إلى 16:30 بتوقيت مسقط |"), without a cell that
    names none and says only of itself that it is to be announced (a speaker "يُعلن لاحقًا" in the speakers' column):
    the row's time is given. Other text is returned as it is."""
    from ingest.dates import table_cells

    cells = table_cells(row)
    if len(cells) < 2:
        return row
    return " | ".join(c for c in cells if WHEN_OR_WHERE_WORD.search(normalize(c)) or not TO_BE_ANNOUNCED.search(normalize(c)))


def holds(wanted: Wanted, text: str, given: str = "", about: str = "", context: str = "") -> bool:
    """Does a text hold the kind of fact asked for, in English or (:func:`_foreign`) in French or Arabic?"""
    if wanted.kind in ("place", "city"):
        text = ZONE_PLACES.sub(" ", text or "")       # a time zone's cities say when, not where
    if wanted.most and not MOST_SAID.search(f"{text} {about}"):
        return False                                  # all of them counted or listed, none said to have the most
    if wanted.reason and not REASON_SAID.search(text or ""):
        return False                                  # the change said, not why (the sentence before may say it)
    if wanted.labels and text:
        text = part_clauses(text, wanted.labels)      # "the third meeting on 15 September and the fourth in October":
                                                      # the fourth's day is not given
    if wanted.kind in ("date", "day", "deadline"):
        from ingest.dates import only_replaced
        if only_replaced(text or ""):
            return False                              # "initially scheduled for 13-14 April": no longer its date
    if wanted.kind == "deadline" and wanted.exact and not gives_day(text or ""):
        return False                                  # "the exact last day?": not "during November 2039"
    if wanted.kind in ("date", "day", "time", "place", "city") and TO_BE_ANNOUNCED.search(normalize(BRACKETED.sub(
            lambda m: m.group(0) if WHEN_OR_WHERE_WORD.search(normalize(m.group(0))) else " ", _own_cells(text or "")))) \
            and not (wanted.kind == "date" and A_MONTH.search(text or "")):
        return False                                  # "its date and venue will be announced": not given yet (but
                                                      # "in September 2034, its exact date to be announced" says when;
                                                      # and an aside that names no date, time or place says it of
                                                      # what it follows: "15:30 – 16:00 | الجلسة الختامية | ممثل عن
                                                      # الحكومة (يُعلَن لاحقًا)"; not "(date et lieu à confirmer)")
    if wanted.kind in ("place", "city") and not_decided(text or "") \
            and not any(name not in REGIONS for _, _, name in gazetteer_spans(normalize(text or ""))):
        return False                                  # "لم يُحدَّد بعد ما إذا كان ذلك الاجتماع سيُعقد حضوريًا أم عبر
                                                      # الإنترنت": how it is held is not decided, no place named
    if wanted.kind == "number" and given and REMAINING.search(normalize(given)) and not REMAINING.search(normalize(text or "")):
        return False                                  # "how many places are left": not how many there are
    if wanted.kind == "number" and given and SO_FAR.search(normalize(given)) and (
            EXPECTED.search(normalize(text or "")) or LIMIT_SAID.search(normalize(text or ""))):
        return False                                  # "how many registered so far": not how many are expected, nor
                                                      # how many may register
    if wanted.kind == "cost" and not wanted.priced and given and PRICE_OF_TAKING_PART.search(normalize(given)) \
            and not FEE_SAID.search(f"{text} {about}"):
        return False                                  # the price of taking part: not what sending money costs
    if wanted.kind == "cost" and wanted.allowance and wanted.priced and not (
            plays(wanted.priced, f"{text} {about} {context}") or ALLOWANCE_ASKED.search(normalize(f"{text} {context}"))
            or DAILY.search(normalize(text or "")) or NOT_PAID.search(normalize(text or ""))):
        return False                                  # an amount, but not of the allowance asked: "how much per diem
                                                      # do the delegates get" -- "Total estimatif | 11 500 000"
    if wanted.kind == "cost" and wanted.priced:       # an amount, or "free" said of the thing priced
        # ("a modest allowance ..., paid in cash on arrival" names the allowance, and what it is paid in, not how much)
        # (or in months of wages, when a wage is priced: "كم شهر راتب يدفع العامل للوسطاء" -- "أجر 5 أشهر")
        # (a daily amount is not a monthly one: "ont eu des per diem ? combien" is not answered by a minimum wage "de
        # 75 000 FCFA par mois")
        return bool(MONEY.search(to_ascii_digits(text or ""))) and not (
            DAILY.search(normalize(given)) and MONTHLY.search(normalize(text or "")) and not DAILY.search(normalize(text or ""))
        ) or bool(
            any(st.startswith(WAGE_STEMS) for st in wanted.priced) and MONTHS_OF_WAGES.search(to_ascii_digits(text or ""))) or (
            plays(wanted.priced, f"{text} {about} {context}") and bool(
                not wanted.allowance and FREE_SAID.search(text or "")
                or wanted.allowance and NOT_PAID.search(normalize(text or ""))))
            # (an allowance is answered by "none will be paid", not by a "free" participation; a fee not covered by a
            # grant is still not priced)
    if wanted.others_than and not any(p.isdisjoint(wanted.others_than) for p in people_named(text)):
        return False                                  # "the other members besides X": X alone named, or no one
    if wanted.others_than and len(people_named(text)) == 1 and plays(
            [st for w in wanted.others_than for st in ROLES_SET_ASIDE.get(w, ())], normalize(text or "")):
        return False                                  # ... or X named by the role: "apart from the president, who are the
                                                      # other jury members" -- "Le jury est présidé par Mme ..."
    if wanted.kind == "time" and given and not TIME_OF_A_LIMIT.search(normalize(given)) and _limit_times(text):
        return False                                  # "what time does the webinar start": not the hour registration
                                                      # closes ("avant le jeudi 12 mai 2033 à 23 h 59")
    if wanted.kind == "time" and given and END_ASKED.search(normalize(given)) and not START_SAID.search(normalize(given)) \
            and START_SAID.search(normalize(text or "")) and not END_ASKED.search(normalize(text or "")) \
            and not TIME_SPAN.search(to_ascii_digits(text or "")):
        return False                                  # "what time does the imrf close on friday": not the hour the
                                                      # opening plenary starts ("تبدأ الجلسة العامة الافتتاحية ... 10:00")
    if _holds(wanted, text, given, about, context):
        return True
    if wanted.kind in ("date", "day", "deadline") and not _dated_of_what(wanted, text, about, context):
        return False                                  # (in French or Arabic too: "Le dialogue s'est tenu le 25 mai")
    if wanted.kind == "person" and wanted.relation and not plays(
            wanted.relation, OF_ANOTHER.sub(" ", f"{singular_roles(text, wanted)} {about} {context}"),
            principal=not wanted.deputy, rank=wanted.rank) and not presents_in_brackets(wanted, text):
        return False
    if wanted.kind == "person" and wanted.holder and not names_someone(text or ""):
        return False                                  # "شو اسم محافظ هوت كاتانغا": not "S.E. Monsieur le Gouverneur"
    return _foreign(wanted.kind, to_ascii_digits(text or ""),
                    organisers=wanted.bodies or any(stem.startswith(ORGANISERS) for stem in wanted.relation))


def _dated_of_what(wanted: Wanted, text: str, about: str = "", context: str = "") -> bool:
    """Is a text's date of what the question asks the date of: a publication, of the kind asked, a founding?"""
    said = f"{text} {about} {context}"
    if wanted.published and not (PUBLISHED.search(said) or PUBLISHED.search(normalize(said))):
        return False                        # a date, but not of a publication
    if wanted.published_what and not any(PUBLICATIONS[k].search(normalize(said)) for k in wanted.published_what):
        return False                        # ... of another one than the report asked ("Date of issue: 1 March 2032")
    if wanted.created and wanted.kind in ("date", "day") and not CREATED.search(said):
        return False                        # a date, but not of its founding
    return True


def _holds(wanted: Wanted, text: str, given: str = "", about: str = "", context: str = "") -> bool:
    """Does a text (a document's sentences, a card's answer) hold the kind of fact asked for?

    ``given``: the question, whose own numbers do not count as an answer to "how many";
    ``about``: what the text is about (a card's topic), for a list that counts what it enumerates;
    ``context``: its section headings ("Opening Session", "Moderated by ..."), where the role a "who"
    question asks may be named.
    """
    kind = wanted.kind
    text = to_ascii_digits(text or "")
    if not kind:
        return True
    if kind == "languages":                  # (in any of the three languages: "English, French", "العربية")
        return bool(LANGUAGE_NAMED.search(text))
    if kind == "email":
        return bool(EMAIL.search(text))
    if kind == "send":
        return bool(EMAIL.search(text) or SEND_TO.search(text))
    if kind == "access":                     # (or the meeting platform's link that lets one in, not any link)
        return bool(ACCESS_GIVEN.search(text)) or any(
            p in m.group(0).lower() for m in LINK.finditer(text) for p in MEETING_LINKS)
    if kind == "link":
        return any(wanted.platform in m.group(0).lower() for m in LINK.finditer(text))
    if kind == "download":                   # "available for download on this page", "available at https://..." (not
        return bool(DOWNLOADABLE.search(text) or LINK.search(text) and PUBLISHED.search(text))   # the registration form's link)
    if kind == "phone":
        return any(_phone(m.group(0)) for m in PHONE.finditer(EMAIL.sub(" ", text)))
    if kind == "zone":
        return bool(ZONE.search(text))
    if kind == "social":
        return bool(SOCIAL_SAID.search(EMAIL.sub(" ", text)))
    if kind == "room":
        return bool(ROOM_NAMED.search(text))
    if kind == "most":
        return True                         # (:func:`holds` read the ranking)
    if kind == "nationality":
        return bool(NATIONALITY_SAID.search(text))
    if kind == "hotel":
        return bool(HOTEL_NAMED.search(text))
    if kind == "address":                   # (or an e-mail the text itself calls the address: "à l'adresse x@y.org")
        # (or any e-mail, when the address asked is where to send or ask something, not where a place is: "la lettre
        # de soutien, je la demande à quelle adresse")
        return bool(ADDRESS.search(text) or CALLED_ADDRESS.search(text) or given and EMAIL.search(text)
                    and SENT_TO_ADDRESS.search(normalize(given)) and not POSTAL_ASKED.search(normalize(given)))
    if kind == "time":
        return bool(TIME.search(text))
    if not _dated_of_what(wanted, text, about, context):
        return False
    if kind == "day":
        return bool(DAY_DATE.search(text))
    relative = kind == "date" and bool(RELATIVE_WHEN.search(normalize(text)))   # ("within two weeks of the close")
    if wanted.published and kind == "date" and not relative and not any(
            not (YEAR.fullmatch(m.group()) and NAMING_YEAR.match(text, m.start())) for m in ANY_DATE.finditer(text)):
        return False                        # only years naming things: "for the 2024 review, inputs are posted"
    if kind == "date":                      # (not a year in an address: "https://www.example.org/libya-review-2040")
        return bool(ANY_DATE.search(LINK.sub(" ", EMAIL.sub(" ", text)))) or wanted.day_count and bool(DAYS.search(text)) \
            or relative
    if kind == "deadline":
        return _deadline(text)
    if kind == "duration":
        return bool(DURATION.search(text))
    if kind == "age":                       # an age in years: "aged 18 to 29", "âgés de 18 à 29 ans", "بين ١٨ و٢٩ عامًا"
        return bool(AGED.search(normalize(text)) and re.search(r"\d", text))
    if kind == "eligible":                  # who is invited, or the kinds of actors under a "who can submit" heading
        # (in French or Arabic too: "خامسًا: من يحق له التقدم؟" > "1. أن تكون الجهة المتقدمة منظمة مجتمع مدني أو نقابة ...")
        return bool(ELIGIBLE.search(text) or ITEM.match(text) and ACTOR_KINDS.search(text)
                    and ELIGIBLE.search(f"{about} {context}")
                    or ITEM.match(text) and ACTOR_KINDS_FR_AR.search(normalize(text))
                    and ELIGIBLE_FR_AR.search(f"{about} {context}"))
    if kind == "person":
        if wanted.relation and not plays(wanted.relation,
                                         OF_ANOTHER.sub(" ", f"{singular_roles(text, wanted)} {about} {context}"),
                                         principal=not wanted.deputy, rank=wanted.rank) \
                and not presents_in_brackets(wanted, text):
            return False                    # a person, but not in the role asked ("who moderated" / "organised by")
        if wanted.relation and _role_unset(wanted.relation, text):
            return False                    # "عرض التوصيات: السيدة سارة ...؛ الكلمة الختامية: سيُعلن لاحقًا": not who closes
        if wanted.role_for and not plays(wanted.role_for, f"{text} {about} {context}"):
            return False                    # the role, but not for whom it was asked ("focal points for the Network")
        if wanted.holder and not (names_someone(f"{text} {about} {context}", PERSON) or names_someone(text)):
            return False                    # an office named, its holder not ("... and the Special Representative")
        if wanted.title and not says_title(given, text, context):
            return False                    # the person, not their post ("Mr. Salim Korkmaz, UCLG-MEWA")
        bare = WEB_PATH.sub(" ", LINK.sub(" ", text))    # "https://migrationnetwork.un.org/...", "example.org/namaa-
        # network/ar/training" name nobody
        return bool(PERSON.search(bare) or ORG.search(bare)) or named_in_brackets(bare)
    if kind == "attribute":                 # "what is the hashtag / budget / theme of ...": it must be named
        if any(st.startswith(OUTCOME_STEMS) for st in wanted.relation) \
                and _only_aimed(text, context):
            return False                    # "The consultation aims to: ... agree on key messages and recommendations":
                                            # recommendations to come, not the ones a meeting made
        said = f"{text} {about} {context}"
        return plays(wanted.relation, said) or bool(wanted.change) and _not_english(said) and bool(
            (POSTPONED if wanted.change == "postponed" else CANCELLED).search(normalize(said)))
    if kind in ("place", "city") and PLACE_LABEL.match(text):
        return True                         # a field giving it: "Venue: Pacific South Convention Centre, ..., Lima, Peru"
    if kind == "place" and not SENTENCE_END.search(text) and opens_with_building(text):
        return True                         # ... or a line opening with a building's name, whatever marks it, no sentence
                                            # ("📍 Dunga Youth House, Lakeside Road, Kisumu", "📍 دار الضفتين ...، طنجة")
    if kind == "place" and wanted.within:
        return names_a_building(text)       # "where in kigali": the venue in it, not "in Kigali" nor "online"
    if kind == "place":
        return bool(PLACE.search(text))
    if kind == "format" and wanted.platform == "stream":
        # (not "the online application form", nor another meeting held online: "as well as an online preparatory session")
        return bool(STREAMED.search(ONLINE_STEP.sub(" ", ONLINE_MEETING.sub(" ", text))))
    if kind == "format" and wanted.platform == "any":
        return bool(PLATFORM_NAMED.search(text))
    if kind == "format":
        return bool(FORMAT.search(ONLINE_STEP.sub(" ", text)))
    if kind == "city":                      # a named place, not a region ("in the Arab region", "in the Middle East")
        return any(not set(tokens(_LEAD_IN.sub("", m.group()))) <= REGION_WORDS for m in PLACE_NAME.finditer(text))
    if kind == "list_names":
        if wanted.count_of and not plays(wanted.count_of, f"{text} {about} {context}"):
            return False                    # those listed did something else ("submitted reports", not "abstained")
        if COUNTRIES_ASKED.search(normalize(given)):      # "which gulf countries ...": two countries named, at least
            return len(places_in(normalize(text)) - REGIONS - CITIES) >= 2
            # (not "several Gulf countries", nor "the Ministry of Labour of Bahrain ... in Manama")
        return bool(CAPITALISED_LIST.search(text))
    if kind == "list_numbers":
        return len(_numbers(text, given)) >= 2
    if kind == "number":
        if not wanted.count_per and _one_each_only(text, given):
            return False                # "ممثل واحد عن كل منظمة" answers how many per organisation, not how many seats
        # (what is counted, named only in a script the text is not written in, cannot be looked for in it: "how many
        # fellows" of "سيُختار 24 زميلاً", as :func:`names_thing` -- unless the count is narrowed to a part, which
        # then cannot be checked either: "how many of the 142 online were from civil society orgs")
        counted = wanted.counted
        # (which of them, what they are on or whose they are is still read, each in its own words: "how many orgs were
        # picked" of "اختارت لجنة الاختيار 36 منظمة")
        if counted and not wanted.count_part \
                and not any(bool(ARABIC_CHAR.search(c)) == bool(ARABIC_CHAR.search(text)) for c in counted):
            counted = []
        # (a part is counted in its own words too, beside the whole's: "Of the 12 speakers, 7 were women"; not "of the 15
        # speakers, 9 were women" for the participants)
        return (_counts(text, counted, given, about) or bool(wanted.count_part) and bool(wanted.counted) and _counts(
            text, [st for group in wanted.count_part for st in group], given, about) and any(
            tk.startswith(c[:5]) for tk in tokens(text) for c in wanted.counted)) and (
            not wanted.count_of or plays(wanted.count_of, f"{text} {about} {context}")) and (
            not wanted.count_object or names_thing(wanted.count_object, f"{text} {about} {context}")) and (
            not wanted.count_whose or all(names_thing([stem], f"{text} {about} {context}") for stem in wanted.count_whose)) and (
            not wanted.count_on or names_thing(wanted.count_on, f"{text} {about} {context}")) and (
            not wanted.count_per or counted_per(wanted.count_per, text, f"{about} {context}")) and (
            # (the part, in the count's own words: a passage naming Senegal among 16 countries gives no count for it)
            all(names_thing(group, f"{text} {about}") for group in wanted.count_part)) and (
            all(names_origin(names, normalize(f"{text} {about}")) for names in wanted.count_part_places))
    if kind == "cost":
        return bool(COST.search(text))
    if kind == "share":
        return bool(PERCENT.search(text)) and (not wanted.share_of or _share_said_of(wanted.share_of, text))
    return True


# the words of a region's name, which says no city or country where something is ("in the Arab States")
REGION_WORDS = frozenset(tokens("arab arabic middle east eastern west western north northern south southern africa african "
                                "asia asian europe european gulf maghreb mashreq levant mena region regions regional "
                                "states countries world global america americas american latin caribbean pacific central "
                                "sahel horn oceania"))
_LEAD_IN = re.compile(r"^(?:[Ii]n|[Aa]t)\s+(?:the\s+)?")


# a role a person serves, not holds: "Adviser to the Minister of Health", "Secretary of State to the Minister";
# and the bodies named like the roles that lead them ("the Ministry's centres" is not the minister)
# ("secrétaire d'État auprès du ministre des Affaires sociales", "chef de cabinet du ministre", "مستشار لدى وزير")
OF_ANOTHER = re.compile(r"\b(?:to|of) the [A-Z]\w*|\b(?:Ministr(?:y|ies)|Secretariat|Presidency|Directorate|"
                        r"Commission)(?:['’]s)?\b|\b(?:aupr[eè]s|charg[ée]e? de mission) (?:du|de la|de l['’])\s?\w+|"
                        r"\b(?:cabinet|conseill[eè]re?|secr[ée]tariat|bureau) (?:du|de la) \w+|(?<!\w)(?:لدى|مستشار|مستشارة|مكتب) \w+")


# a role's second: "Deputy Mayor", "Vice-President", "maire adjoint", "نائب المحافظ"
DEPUTY = frozenset(tokens("deputy vice adjoint adjointe نائب نائبة"))
# what is named after a role but is a body or a field, not the one who holds it: "ministry" (minister),
# "ministère", "ministerial", "government" (governor), "governorate", "directorate", "presidency"
BODY_ENDINGS = ("ment", "ance", "ry", "ere", "erial", "orate", "ency")


def counted_per(stems: list[str], text: str, about: str = "") -> bool:
    """Does a text count things per the unit a question asks ("combien de places par organisation": "two
    representatives per organization", "chaque organisation", "لكل منظمة", "à chacun des 20 pays"), not only name the
    unit ("over 500 participants representing ... organizations")? The unit is named by the text or what it is about
    (``about``: its terms in English, its headings), and the text counts per something."""
    norm = normalize(text)
    each = list(EACH_OF.finditer(norm))
    units = [m.group("x") or m.group("a") for m in COUNT_PER.finditer(norm)] + [m.group("of") for m in each if m.group("of")]
    if any(m.group("them") for m in each):
        return names_thing(stems, f"{text} {about}")         # ("two seats each", "كل منهم": of what it counts)
    # (a French unit whose English the stems give is read as it: "à chacun des 20 pays" for "per country"; "chaque
    # organisation" already starts as "organization")
    return any(names_thing(stems, unit) or _french_unit(unit, stems) for unit in units)


# the French words for a country or a state, which do not start as the English ones ("per country": "par pays")
_FRENCH_UNITS = {"pays": ("countr", "stat"), "etat": ("stat", "countr")}


def _french_unit(unit: str, stems: list[str]) -> bool:
    """Is a French unit ("pays", "État membre", normalised) the one asked per in English stems ("countr")?"""
    english = _FRENCH_UNITS.get(unit.split()[0], ())
    return any(st.startswith(en) or en.startswith(st) for st in stems for en in english)


# a count given to each of several, named or said by a pronoun (normalised): "trois (3) places sont attribuées à chacun
# des 20 pays", "to each of the 12 countries", "two seats each", "نبذة عن كل منهم"
EACH_OF = re.compile(r"\b(?:each of(?: the)?|chacune? d(?:es|e la|u|e l'|e)|to each)\s+(?:\d+\s+)?(?P<of>[^\W\d_][\w-]*)"
                     r"|(?P<them>\b(?:each of them|each|chacune? d'(?:eux|elles)|chacune?)\b(?=\s*[.,;)]|$)"
                     r"|(?<!\w)(?:كل|لكل)\s+(?:واحد\s+|واحده\s+)?(?:منهم|منهن|منها|منهما)(?!\w))")


def names_thing(stems: list[str], text: str) -> bool:
    """Does a text name the thing a question prices or counts things about (:attr:`Wanted.priced`, ``count_on``: "the
    taxi", not "the hotel" of "a rate of 95 US dollars per night"), by first letters? A thing named only in a script
    the text is not written in cannot be looked for in it ("تحويل" in a French note on "envois"): then it does."""
    words = tokens(text)
    return any(tk.startswith(stem) for tk in words for stem in stems) or not any(
        bool(ARABIC_CHAR.search(stem)) == bool(ARABIC_CHAR.search(text)) for stem in stems)


def says_title(question: str, text: str, context: str = "") -> bool:
    """Does a text (with its section headings) say the post of the person a question asks it of (:attr:`Wanted.title`)?
    Said within :data:`TITLE_REACH` characters after a person's name the question gives ("Ms. Amy Muedin, Deputy Head
    of ..."), or, when the text names none of them after a title (an Arabic or French text, a bare name), anywhere in it."""
    asked_words = {w for w in re.findall(r"[^\W\d_]+", normalize(question or "")) if len(w) >= 3}
    said = f"{context}\n{text}"
    named = [m for m in PERSON_NAME.finditer(said)
             if {w for w in re.findall(r"[^\W\d_]+", normalize(m.group(1)))} & asked_words]
    if not named:
        return bool(TITLE_SAID.search(normalize(said)))
    return any(TITLE_SAID.search(normalize(said[m.end():m.end() + TITLE_REACH].split("\n")[0])) for m in named)


def plays(relation: list[str], text: str, principal: bool = False, rank: str = "") -> bool:
    """Does the text name the role asked ("Moderated by", "the session will be chaired by")? Words
    compared by their first letters: "open" ~ "Opening session", "moder" ~ "moderator"; not a body
    named like the role ("minist" is not "Ministry"). ``principal``: not a deputy's line either.
    ``rank``: the role's rank asked (:data:`RANKS`) must stand beside it ("Director General", "Regional Director")."""
    # (a participle a hyphen joins to the next word qualifies that word: "Closed-door" names no closing)
    text = COMPOUND_PARTICIPLE.sub(" ", text)
    if not principal and not rank:
        return any(_names_role(tk, stem) for tk in _words(text) for stem in relation)
    words = tokens(text)

    def beside(k: int) -> set:
        return {*words[max(0, k - 2):k], *words[k + 1:k + 3]}

    return any(_names_role(tk, stem) and not (principal and DEPUTY & beside(k))
               and (not rank or any(RANKS.get(w) == rank for w in beside(k)))
               for k, tk in enumerate(words) for stem in relation)


COMPOUND_PARTICIPLE = re.compile(r"\b[^\W\d_]+ed-(?=[^\W\d_])", re.I)


def _role_unset(relation: list[str], text: str) -> bool:
    """Does a text that labels its parts give the role asked only as still to be announced ("Presentation of the
    recommendations: Ms. Sara ...; Closing remarks: to be announced", "الكلمة الختامية: سيُعلن لاحقًا"), naming
    no one under any label of that role?"""
    roled = [value for label, value in (part.split(":", 1) for part in re.split(r"[;؛|\n]", text) if ":" in part)
             if plays(relation, label)]
    return (any(NOT_SET.search(normalize(value)) or TO_BE_ANNOUNCED.search(normalize(value)) for value in roled)
            and not any(PERSON.search(value) for value in roled))


def singular_roles(text: str, wanted: "Wanted") -> str:
    """A sentence without the role asked in the plural, when one holder is asked (``wanted.one``): "government
    officials are not eligible" names no one who holds it (what heads a list, "Speakers:", is not read through
    this, and "who are the speakers" asks the plural)."""
    if not wanted.one:
        return text
    return re.sub(r"\b[^\W\d_]+s\b", lambda m: " " if _plural_of(m.group(0).lower(), wanted.relation) else m.group(0), text)


def _plural_of(word: str, relation: list[str]) -> bool:
    return _english_plural(word) and any(word[:-1].startswith(stem) for stem in relation)


def _english_plural(word: str) -> bool:
    """Does an English word end like a plural ("officials", "participants"; not "stateless", "address")?"""
    return word.endswith("s") and not word.endswith(NOT_PLURAL)


def _names_role(word: str, stem: str) -> bool:
    # (a role shared, written as one word: "coprésidés", "coorganisé" name the chair and the organiser)
    word = word[2:] if word.startswith("co") and not stem.startswith("co") and word[2:].startswith(stem) else word
    return word.startswith(stem) and word[len(stem):] not in BODY_ENDINGS


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> frozenset:
    return frozenset(tokens(text))


def _phone(found: str) -> bool:
    """A phone number, not a time range or a run of years ("17:30 - 17:45", "2020-2021")."""
    groups = re.findall(r"\d+", found)
    years = all(re.fullmatch(r"(?:19|20)\d{2}", g) for g in groups)
    return sum(map(len, groups)) >= PHONE_DIGITS and ":" not in found and not years


def _deadline(text: str) -> bool:
    """A date that is a deadline: a cue shortly before it ("by September 2024", "no later than Monday,
    22 March 2027", "registration closes on ..."), not any "by" ("organized by IOM in 2020")."""
    for cue in DEADLINE_CUE.finditer(text):
        if NO_DEADLINE.search(text, max(0, cue.start() - 24), cue.start()):
            continue                        # "the documents give no deadline for stakeholder reports; ... 2024"
        date = ANY_DATE.search(text, cue.end(), cue.end() + DEADLINE_REACH)
        if date and not re.match(r"\s*(?:IOM|the\b)", text[cue.end():]):
            return True
        # the noun says it further on, or of the date before it: "The deadline for comments on the revised draft is
        # Tuesday, 10 May 2039", a table's "Tuesday, 10 May 2039 | Deadline for comments on the revised draft"
        # (not "received by the deadline and will share a draft ... by the end of September": the noun's own date)
        said = DEADLINE_IS.match(text, cue.end(), cue.end() + DEADLINE_NOUN_REACH) if cue.group(0).lower() == "deadline" else None
        if said and ANY_DATE.search(text, said.end(), said.end() + DEADLINE_REACH) \
                or cue.group(0).lower() == "deadline" and "|" in text[max(0, cue.start() - DEADLINE_REACH):cue.start()] \
                and ANY_DATE.search(text, max(0, cue.start() - DEADLINE_REACH), cue.start()):
            return True
    return False


@lru_cache(maxsize=1)
def _number_tokens() -> frozenset:
    """The French and Arabic number words as the text's tokens are read (stems of three letters or more)."""
    return frozenset(tk for tk in tokens(NUMBER_WORDS_FR_AR) if len(tk) >= 3)


def counts_in(text: str, given: str = "") -> int:
    """How many counts a text holds (not years, days of dates, times or the question's own numbers)."""
    return len(_numbers(text, given))


def _numbers(text: str, given: str) -> list[tuple[int, str]]:
    """(position among the text's content words, count) of the counts in a text: not a year, a
    date's day, a time or a number the question already gives."""
    own = set(re.findall(r"\d+", to_ascii_digits(given)))
    text = _GROUPED.sub(_one_count, to_ascii_digits(text))   # "1 150 ménages", "23,500 employers": one count
    return [(i, tk) for i, tk in enumerate(_content(text)) if _is_count(tk, own)]


def _one_count(m: re.Match) -> str:
    """A number written in groups of three, as one token; never a year ("2 000 mots" is two thousand words)."""
    digits = THOUSANDS.sub("", m.group())
    return "0" + digits if YEAR.fullmatch(digits) else digits


# a thousands separator between digits: "1 150", "23,500", "1 150" (no-break spaces), "1.150" is left (a decimal)
THOUSANDS = re.compile(r"(?<=(?<![\d,])\d)(?:[ \u00a0\u202f]|,)(?=\d{3}(?!\d))|(?<=(?<![\d,])\d\d)(?:[ \u00a0\u202f]|,)(?=\d{3}(?!\d))"
                       r"|(?<=(?<![\d,])\d\d\d)(?:[ \u00a0\u202f]|,)(?=\d{3}(?!\d))")


def _is_count(token: str, own: set[str]) -> bool:
    """Is a token a count: a number word, or digits that are not a year nor a number the question gives (``own``)?"""
    return token in NUMBER_WORDS or token in _number_tokens() or (token.isdigit() and not YEAR.fullmatch(token)
                                                                   and token not in own)


YEAR = re.compile(r"(?:19|20)\d{2}")
# a number in words, its figures in brackets after it ("deux (2)", "cent vingt (120)", "two (2)")
SPELT_FIGURE = re.compile(r"\b([^\W\d_]+)\s*\(\d{1,4}\)")
# a number in groups of three: "1 150", "23,500", "2 000" (no-break spaces)
_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:(?:[ \u00a0\u202f]|,)\d{3})+(?!\d)")


@lru_cache(maxsize=1 << 16)
def _content(text: str) -> tuple[str, ...]:
    """A text's content words (stems), its dates, times and list markers ("1.", "2)") set aside.
    Cached: the same chunks and sentences are read for question after question (~16 ms a question)."""
    text = to_ascii_digits(text)
    for m in _foreign_dates(text):          # a French or Arabic date's days are not counts ("du lundi 6 au jeudi 9 mai")
        text = text[:m.begin] + " " * (m.stop - m.begin) + text[m.stop:]
    return tuple(tokens(LABEL_NUMBER.sub(" ", LIST_MARKER.sub(" ", DAY_DATE.sub(" ", TIME.sub(" ", text))))))


def _arabic_dual(text: str, counted: list[str]) -> bool:
    """Does an Arabic text count two of what is counted by the noun's dual ("صفحتان", "صفحتين": two pages; "ممثلان")?
    A stem's ta marbuta is a ta before the dual's ending."""
    stems = {c[:-1] + "ت" if c.endswith("ه") else c for c in counted if ARABIC_CHAR.search(c) and len(c) >= 3}
    # ("ين" is the dual's only after a feminine ta: "ممثلين" may be any number of representatives -- unless "two"
    # follows it, as Arabic puts one and two after their noun: "ممثلَين اثنين", "ممثلين اثنين كحد أقصى")
    words = re.findall(r"\w+", normalize(text))
    return bool(stems) and any(((w.endswith("ان") or w.endswith("تين")) and w[:-2].removeprefix("ال") in stems)
                               or nxt in _TWO and w[:-2].removeprefix("ال") in stems
                               for w, nxt in zip(words, words[1:] + [""]))


_TWO = frozenset(("اثنين", "اثنان", "اثنتين", "اثنتان"))


def _counts(text: str, counted: list[str], given: str, about: str = "") -> bool:
    """A count of what the question counts ("76 participants", "15 networks", "a one-day hearing",
    a numbered list: "aimed to: 1) ... 2) ..."), or any count when the question does not say what
    it counts."""
    intro = _content(about) + _content(text)[:12]
    if ENUMERATION.search(text) and (not counted or any(w.startswith(c[:5]) for w in intro for c in counted)):
        return True                         # "aimed to: 1) ... 2) ...": the list counts what it enumerates
    found = _numbers(text, given)
    if counted and _arabic_dual(text, counted):
        return True                         # "صفحتان كحد أقصى": two pages, said by the noun's dual
    if not found or not counted:
        return bool(found)
    want = {c[:5] for c in counted}
    # a count and what it counts stand in one clause: "18 Member States took part; the total number of
    # participants is not given" counts no participants; in it, what the count's noun phrase is (not what a
    # preposition names after it: "9 agreements between Arab countries" counts agreements, "63 participants from 14
    # countries" 63 participants and 14 countries; see _counted_heads)
    for clause in CLAUSE_END.split(text):
        if _amount_of(clause, want) or "|" in clause and any(_amount_of(cell, want, label_after=True)
                                                             for cell in clause.split("|")):
            return True
        # "des bourses de voyage (15 au maximum)", "travel grants (up to 20)": the count in brackets after what it counts
        if any(w.startswith(c) for m in BRACKETED_COUNT.finditer(clause) for w in tokens(m.group(1))[-3:] for c in want):
            return True
        # "Places : 300 connexions au maximum", "Seats: 120": a field whose label says what its count counts
        if (m := LABELLED_COUNT.match(clause)) and any(w.startswith(c) for w in tokens(m.group(1)) for c in want):
            return True
        # (a noun: "18 Member States ... participated" counts no participants)
        # (a stem shorter than five letters starts the word: "مقعداً" is read "مقعدا", a seat)
        if any(w.startswith(c) and not w.endswith(("ed", "ing")) for heads in _counted_heads(clause, given)
               for w in heads for c in want):
            return True
    return False


# a clause giving the amount of what it names first (normalised): "the number of migrants ... reached 44 million",
# "remittances totalled 68 billion dollars", "le nombre de ... s'élève à", "بلغ عدد المهاجرين ... ٤٤ مليونًا", "بلغت
# التحويلات ... ٦٨ مليار دولار"
AMOUNT_SAID = re.compile(r"\b(?:reach(?:ed|es)|total(?:l)?ed|st(?:ood|ands) at|amount(?:ed|s) to|(?:the )?(?:number|total|"
                         r"amount|volume) of|s'elev\w*|atteint|atteignai\w*|(?:le |la )?(?:nombre|montant|volume) (?:de|des|d'))\b"
                         r"|(?<!\w)(?:[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت)|عدد|مجموع|حجم|اجمالي)(?!\w)")


LABELLED_COUNT = re.compile(r"^\W*((?:[^\W\d_][\w'’-]*\s*){1,3})[:：]\s*(?:[^\W\d_][\w'’]*\s+){0,2}\d")
BRACKETED_COUNT = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){1,4})\(\s*(?:[^\W\d_][\w'’]*\s+){0,2}\d[\d\s.,]*"
                             r"(?:[^\W\d_][\w'’]*\s*){0,2}\)")


def _amount_of(clause: str, want: set, label_after: bool = False) -> bool:
    """Does a clause give the amount of what is counted, named before the number by a verb or a noun of amount
    ("the number of migrants and refugees reached 44 million": migrants), not after it as its noun? ``label_after``: a
    table's cell read with its column's label after it ("٣ السودان عدد المنظمات", "3 Sudan Number of organisations")."""
    norm = to_ascii_digits(normalize(clause))
    number = re.search(r"\d", norm)
    if number is None:
        return False
    said = AMOUNT_SAID.search(norm, number.end()) if label_after else AMOUNT_SAID.search(norm, 0, number.start())
    named = norm[said.start():] if label_after and said else norm[:number.start()]
    return bool(said) and any(tk.startswith(c) for tk in tokens(named) for c in want)


_UNIT = re.compile(r"\d+(?:[.,]\d+)*|[\w'’-]+|[^\w\s]")
OF_WORDS = frozenset("of de des du d".split())
AND_WORDS = frozenset("and or et ou".split())
# where what a count's clause says of its things ends: a preposition names other things ("63 participants from 14
# countries", "three days in person", "one year on migration"); written as in the text, lower-cased ("à", "après":
# not folded, or "à" would be the English article)
PREPOSITIONS = frozenset("in at on for from by to with into per among between across during after before since until "
                         "about over under through within without including dans à au aux sur pour par avec en chez "
                         "entre depuis pendant après avant parmi vers في على من الى إلى عن مع بين خلال حول منذ".split())
# ... or a relative pronoun ("4 of the 23 municipalities that replied had a budget line" counts no budget)
RELATIVES = frozenset("that which who whom whose qui que dont lesquels lesquelles الذي التي الذين اللواتي اللي".split())


# "one" in Arabic, said after the noun it counts (as an adjective: "ممثل واحد", "جلسة واحدة")
ARABIC_ONE = frozenset({"واحد", "واحدة", "واحده"})
# ... said of each of a unit: "ممثل واحد فقط عن كل منظمة", "شخص واحد لكل جهة" (normalised)
_ONE_EACH = re.compile(r"(?<!\w)واحد[ةه]?\s+(?:فقط\s+)?(?:عن\s+|من\s+)?ل?كل(?!\w)")


def _one_each_only(text: str, given: str) -> bool:
    """Is a text's only count Arabic "one" said of each of a unit ("بواقع ممثل واحد فقط عن كل منظمة")?"""
    if not _ONE_EACH.search(normalize(text)):
        return False                    # (the counts read only where "one ... each" is written)
    found = _numbers(text, given)
    return bool(found) and all(tk in ("احد", "احده", "واحد", "واحده") for _, tk in found)


def _counted_heads(clause: str, given: str) -> tuple[frozenset, ...]:
    """What each count of a clause counts (its tokens): the head of the noun phrase after it, not a word that
    only qualifies it nor one after a preposition ("14 bilateral labour agreements" counts agreements, not labour;
    "three days in person" days; "at least one year on migration" a year). The phrase runs up to a word that is
    not part of one (a preposition, an article, punctuation) or :data:`COUNT_WINDOW` words; "of" goes on ("12 areas
    of priority", "4 of the 23 municipalities"), "and" / "or" too before another word ("migrant and displaced
    children"). Its heads: its first word (French and Arabic put the noun first: "14 accords bilatéraux", "٣٠
    مقعداً"), its first plural and its last word (English ends with it: "18 Member States took part"), the word
    before each "and" / "or", and what the clause goes on to say of them up to a preposition or a relative pronoun
    ("nine Arab States had submitted their voluntary review reports")."""
    given_digits = re.findall(r"\d+", to_ascii_digits(given)) if given else []
    own = frozenset(d for d in given_digits if d in to_ascii_digits(clause)) if given_digits else frozenset()
    return _heads_in(clause, own)


@lru_cache(maxsize=1 << 16)
def _heads_in(clause: str, own: frozenset) -> tuple[frozenset, ...]:
    """:func:`_counted_heads` of a clause, the question's own numbers in it (``own``) set aside. Cached: the same
    sentences are read for question after question."""
    # (a number said in words, then in figures, as an administration writes it: "deux (2) délégués", "cent vingt (120)
    # participants", "two (2) representatives" -- one count of what follows)
    text = SPELT_FIGURE.sub(lambda m: m.group(1) if tokens(m.group(1)) and all(_is_count(tk, own) for tk in tokens(m.group(1)))
                            else m.group(0), to_ascii_digits(clause))
    text = LIST_MARKER.sub(" ", DAY_DATE.sub(" ", TIME.sub(" ", text)))
    # (an acronym is part of a phrase, whatever it spells: "39 UN entities", "50 National UN Networks")
    units = [(raw.lower(), tokens(raw) or ([raw.lower()] if len(raw) > 1 and raw.isupper() else []))
             for raw in _UNIT.findall(text)]

    def number(unit) -> bool:
        raw, toks = unit                   # ("1.4 million", "1,200": one number; "Dix-neuf", "twenty-five": one)
        return bool(re.fullmatch(r"\d+(?:[.,]\d+)+", raw)) or bool(toks) and (len(toks) == 1 or "-" in raw) and all(
            _is_count(tk, own) for tk in toks)

    out = []
    k = 0
    while k < len(units):
        if not number(units[k]):
            k += 1
            continue
        if units[k][0] in ARABIC_ONE and k and units[k - 1][1] and ARABIC_CHAR.match(units[k - 1][0]):
            out.append(frozenset(units[k - 1][1]))   # Arabic says one after what it counts: "ممثل واحد عن كل منظمة"
            k += 1
            continue
        j = k + 1
        while j < len(units) and number(units[j]):
            j += 1                         # "2 318 personnes", "٣٧٠ ألف شخص"
        start = j
        if j < len(units) and units[j][0] in OF_WORDS:
            j += 1                         # "4 of the 23 municipalities", "three of them": what it is a part of
            while j < len(units) and (units[j][0] in ARTICLES or number(units[j])):
                j += 1
        phrase: list[list[str]] = []
        raws: list[str] = []               # the phrase's words as written
        heads: set[str] = set()
        plural = False                     # (English ends a noun phrase at its first plural)
        while j < len(units) and len(phrase) < COUNT_WINDOW:
            raw, toks = units[j]
            if phrase and number(units[j]):
                break                          # another count: "وصلتنا 213 استمارة واختارت لجنة الاختيار 76 مشاركاً"
            if not toks:
                if raw in AND_WORDS and phrase and j + 1 < len(units) and units[j + 1][1] and not number(units[j + 1]):
                    heads |= set(phrase[-1])       # "migrant and displaced children", "agreements or memoranda"
                elif not (raw in OF_WORDS and phrase):
                    break
                j += 1
                continue
            if not plural and _english_plural(raw):
                plural = True
                heads |= set(toks)             # "18 Member States took part", "two Indicative Outlines prepared by"
            phrase.append(toks)
            raws.append(raw)
            j += 1
        if not phrase:
            # no noun after it, but words ("three of them, Morocco, Iraq and Egypt, are part of the Champion country
            # initiative", "88 from the various stakeholder groups"): the words that follow, as many as a phrase may
            # have (not after a label's number: "Session 1: Labour mobility ...")
            if start < len(units) and units[start][0][0].isalnum():
                out.append(frozenset(tk for toks in [t for _raw, t in units[start:] if t][:COUNT_WINDOW] for tk in toks))
            k = start + 1
            continue
        # (not a hyphenated word before the noun: "two multi-stakeholder dialogues" counts dialogues, not stakeholders;
        # nor a singular before a plural, English's qualifier: "1,860 inspection visits" counts visits, not inspectors)
        first_qualifies = "-" in raws[0] or (not _english_plural(raws[0]) and any(map(_english_plural, raws[1:])))
        if ARABIC_CHAR.match(raws[0]):
            # Arabic puts the noun counted first, what qualifies it after: "ثلاث ندوات إلكترونية تجمع ممثلين عن ..."
            # counts webinars, not representatives
            out.append(frozenset(heads | set(phrase[0])))
            k = j if j > k + 1 else k + 1
            continue
        heads |= (set(phrase[0]) if len(phrase) == 1 or not first_qualifies else set()) | set(phrase[-1])
        # ... and what the clause goes on to say its things did, up to a preposition: "nine Arab States had
        # submitted their voluntary review reports" counts reports too (not "three days in person")
        seen = len(phrase)
        while j < len(units) and seen < COUNT_WINDOW:
            raw, toks = units[j]
            if not raw[0].isalnum() or raw in PREPOSITIONS or raw in RELATIVES or number(units[j]):
                break
            heads |= set(toks)
            seen += bool(toks)
            j += 1
        out.append(frozenset(heads))
        k = j if j > k + 1 else k + 1
    return tuple(out)


def years_hold(wanted: Wanted, *texts: str, parts: str | None = None) -> bool:
    """Every year, month, day and numbered part the question names stands in one of the texts (a sentence, its chunk, its
    section, its document's date): "how many networks in 2024" is not answered by a 2022 count, nor
    "how many came on 3 November" by the 27 October figure. ``parts``: where the numbered parts must stand,
    when not anywhere in the texts (what heads a sentence, not what follows it in its chunk)."""
    joined = to_ascii_digits(" ".join(texts))
    if wanted.years:
        found = set(re.findall(r"\b(?:19|20)\d{2}\b", joined))
        if not all(str(y) in found for y in wanted.years):
            return False
        # a count the sentence gives for another year is that year's, whatever year its document is of ("214
        # complaints in 2026" in a report of 2027 does not count 2027's)
        # (not a year naming a document: "how many migrants according to the 2030 report" is the report's count of 2029)
        counted_years = [y for y in wanted.years if y not in wanted.doc_years]
        own = set(re.findall(r"\b(?:19|20)\d{2}\b", to_ascii_digits(texts[0]))) if wanted.kind == "number" and texts else set()
        if own and counted_years and not any(str(y) in own for y in counted_years):
            return False
        if wanted.meeting_years and not all(meeting_of_year(joined, y) for y in wanted.meeting_years):
            return False                # "the 2026 webinar" is not a 2027 webinar's page naming "the 2026 survey"
        if wanted.thing_years and thing_of_another_year(wanted.thing_years, *texts):
            return False                # "the 2030 survey" is not "the ILO's 2029 survey"
    if wanted.labels and not set(wanted.labels) <= parts_named(joined if parts is None else to_ascii_digits(parts)):
        return False                    # "what is session 3 about" is not answered by session 2 or day 1
    if wanted.months:                   # "who closes the July conference" is not answered from a February meeting
        held = {MONTH_NUMBER[w] for w in re.findall(r"[a-z]+", joined.lower()) if w in MONTH_NUMBER}
        held |= {int(m) for m in re.findall(r"\b\d{4}-(\d{2})-\d{2}\b", joined)}
        # (and the months of the dates a French or Arabic text writes: "le vendredi 9 novembre 2035", "١٤ أيلول"; each
        # text read once, a chunk's for all its sentences)
        if _not_english(joined):
            held |= set().union(*(_months_written(to_ascii_digits(t)) for t in texts))
        if not set(wanted.months) <= held:
            return False
    if wanted.days:
        held = day_months(joined) | {(int(d), int(m)) for _, m, d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", joined)}
        if not set(wanted.days) <= held:
            return False
    return True


# --------------------------------------------------------------------------- numbered parts of a meeting
# a meeting's numbered parts, as a question names them (normalised, three languages) -> the documents' English
PART_NOUNS = {
    "day": "day", "jour": "day", "journee": "day", "يوم": "day",
    "session": "session", "sessions": "session", "seance": "session", "جلسه": "session",
    "plenary": "session", "pleniere": "session",          # "Plenary Session 3" is session 3
    "round table": "table", "roundtable": "table", "table ronde": "table", "مايده مستديره": "table", "مايده": "table",
    "طاوله مستديره": "table", "مايده المستديره": "table", "طاوله المستديره": "table",   # ("المائدة المستديرة")
    "panel": "panel",
    "open discussion": "discussion", "discussion ouverte": "discussion", "discussion": "discussion",
    "نقاش مفتوح": "discussion", "مناقشه مفتوحه": "discussion", "نقاش المفتوح": "discussion",
    "مناقشه المفتوحه": "discussion", "نقاش": "discussion", "مناقشه": "discussion",
    "working group": "group", "group": "group", "groupe de travail": "group", "groupe": "group",
    "مجموعه العمل": "group", "مجموعه عمل": "group", "مجموعه": "group", "فريق العمل": "group",
}
# how a text numbers a part: digits, ordinals, Roman numerals, number words ("Round table three", "Session I")
PART_NUMBERS = ORDINAL_WORDS | {"i": 1, "v": 5, "x": 10} | {w: n for n, w in enumerate(NUMBER_WORDS[:12], 1)}
_NOUN = "|".join(sorted(map(re.escape, PART_NOUNS), key=len, reverse=True))
_ORDINAL = "|".join(sorted(map(re.escape, ORDINAL_WORDS), key=len, reverse=True))
_NUMBER_WORD = "|".join(sorted(map(re.escape, PART_NUMBERS), key=len, reverse=True))
_NUM = rf"(\d{{1,2}})(?:st|nd|rd|th|er|ere|e|eme)?\b|({_ORDINAL})(?!\w)"
# "session 3", "day 3", "الجلسة الثالثة", "séance n° 5" / "third day", "3e séance", "second session"
# (a part's kind may stand between the noun and its number: "الجلسة العامة السابعة", "séance plénière 8")
PART_AFTER = re.compile(rf"(?<!\w)(?<!mise a )(?<!mises a )(?:[وفبلك]?(?:ال|لل))?({_NOUN})(?!\w)(?:\s+(?:(?:ال)?عامه|plenieres?))?"
                        rf"\s*(?:(?:n[o°]|no\.|number|numero|رقم)\s*)?(?:{_NUM})")
# (not an update, "mise à jour n°2": no day)
# (not an Arabic ordinal: with its article it follows the noun it numbers -- "ندوة مسقط التانية يوم ٣٠ نوفمبر" is the
# second webinar, on 30 November, not a second day)
_ORDINAL_BEFORE = "|".join(sorted((re.escape(w) for w in ORDINAL_WORDS if w.isascii()), key=len, reverse=True))
PART_BEFORE = re.compile(rf"(?<!\w)(?:(\d{{1,2}})(?:st|nd|rd|th|er|ere|e|eme)|({_ORDINAL_BEFORE}))\s+(?:ال)?({_NOUN})(?!\w)")
# what a text calls a part: "Plenary Session 3", "Session II", "DAY 1", "Round table three", "the second session"
_TEXT_NOUN = r"day|session|plenary|round\s?table|table|panel|discussion|group"
PART_TEXT = re.compile(rf"\b({_TEXT_NOUN})s?\s*(?:no\.?\s*)?(?:(\d{{1,2}})\b|({_NUMBER_WORD})\b)"
                       rf"|\b({_ORDINAL})\s+({_TEXT_NOUN})", re.IGNORECASE)
# more numbers of the same kind of part, listed after the first ("Roundtables 2 and 4", "Sessions 1, 3 and 5")
_MORE_PARTS = re.compile(r"(?:\s*(?:,|and|&|et|or|ou)\s*\d{1,2}\b)+", re.IGNORECASE)


# an event counted by its edition: "the third regional conference", "2nd IMRF", "المؤتمر الإقليمي الثالث"
EVENT_NOUNS = {"conference": "conference", "conf": "conference", "conferences": "conference", "مؤتمر": "conference",
               "forum": "forum", "imrf": "forum", "femi": "forum", "منتدي": "forum",
               "review": "review", "examen": "review", "استعراض": "review", "مراجعه": "review",
               "dialogue": "dialogue", "dialogues": "dialogue", "حوار": "dialogue",
               "consultation": "consultation", "consultations": "consultation", "مشاوره": "consultation",
               "webinar": "webinar", "webinars": "webinar", "webinaire": "webinar", "webinaires": "webinar",
               "ويبينار": "webinar", "ندوه": "webinar", "workshop": "workshop", "atelier": "workshop", "ورشه": "workshop",
               "episode": "episode", "حلقه": "episode",
               "edition": "edition", "editions": "edition", "دوره": "edition", "نسخه": "edition",
               # (a body's meetings, counted: "the fourth meeting of the steering committee", "la 4e réunion", "الاجتماع الرابع")
               "meeting": "meeting", "meetings": "meeting", "reunion": "meeting", "reunions": "meeting", "اجتماع": "meeting"}
EVENT_NOUNS = {normalize(noun): kind for noun, kind in EVENT_NOUNS.items()}
_EVENT = "|".join(sorted(map(re.escape, EVENT_NOUNS), key=len, reverse=True))
# the last event noun within three words is the head: "Second Regional Review Conference" is a conference
# (never across a part or "of": "the second session of the dialogues" is a session, not an edition)
_BETWEEN = rf"(?!(?:{_NOUN}|of|de|du|des|d|on|in|at|for|the|la|le|les)(?!\w))[^\W\d_]+"
EDITION_BEFORE = re.compile(rf"(?<!\w)(?:({_ORDINAL})|(\d{{1,2}})(?:st|nd|rd|th|er|ere|e|eme))\s+(?:{_BETWEEN}\s+){{0,3}}"
                            rf"({_EVENT})(?!\w)")
EDITION_AFTER = re.compile(rf"(?<!\w)(?:[وفبلك]?(?:ال|لل))?({_EVENT})(?:\s+{_BETWEEN}){{0,3}}?\s+({_ORDINAL})(?!\w)")


# what names a meeting, beside its year (normalised words; an Arabic word with its article or a preposition on it too)
# (the words events are named by, bot/text/places.py, and the editions' nouns that are meetings)
MEETING_NOUNS = (frozenset(EVENT_NOUNS) - {"edition", "editions", "دوره", "نسخه", "episode", "حلقه"}
                 | frozenset(normalize(w) for w in MEETING_WORDS) | {"reunions", "قمه", "fora"})
_CLITIC = re.compile(r"^(?:[وفبلك]?(?:ال|لل)|[وفبلك])(?=\w{3})")
# what stands between a year and the meeting it names in a question: "the 2026 webinar", "2026 regional forum" (not
# "in 2026 at the forum": a preposition says the year is of something else)
_NOT_BETWEEN = frozenset("of de du des d on in at for the la le les en a au aux to by from per في من الى على".split())
# a year that ends a date ("the 15 feb 2021 consultation", "مشاورة ١٥ فبراير ٢٠٢١") is the date's: its day is checked
_DATE_WORDS = frozenset(normalize(m) for m in MONTH_NAMES.split("|")) | frozenset(MONTHS)


def _is_meeting_word(word: str) -> bool:
    return word in MEETING_NOUNS or _CLITIC.sub("", word) in MEETING_NOUNS


def meeting_years(q: str) -> list[int]:
    """The years a question names a meeting by ("the 2026 webinar", "webinar 2026", "le webinaire de 2026", "ندوة
    ٢٠٢٦", "IMRF 2026"): a year right before the meeting's noun (up to two words between, none a preposition) or
    within three words after it."""
    words = re.findall(r"\w+", normalize(q))
    out = []
    for i, w in enumerate(words):
        if not re.fullmatch(r"(?:19|20)\d{2}", w) or i and words[i - 1] in _DATE_WORDS:
            continue
        after = words[i + 1:i + 4]
        ahead = next((k for k, x in enumerate(after) if _is_meeting_word(x)), -1)
        if ahead >= 0 and not set(after[:ahead]) & _NOT_BETWEEN:
            out.append(int(w))
        elif any(_is_meeting_word(x) for x in words[max(0, i - 3):i]):
            out.append(int(w))
    return sorted(set(out))


MEETING_YEAR_WINDOW = 10    # words: "The inaugural IMRF will be held from 17 to 20 May 2022 in New York"


def meeting_of_year(text: str, year: int) -> bool:
    """Does a text (a sentence, its chunk, section, document date and title) give ``year`` as a meeting's: its
    document's date ("2027-02-18"), or the year within a few words of a meeting's noun ("the 2026 IMRF", "the Forum,
    to be held in May 2026")?"""
    if re.search(rf"\b{year}-\d{{2}}-\d{{2}}\b", text):
        return True
    words = re.findall(r"\w+", normalize(text))
    return any(w == str(year) and (_day_of(words, i) or not _thing_of_year(words, i)
                                   and any(_is_meeting_word(x) for x in words[max(0, i - MEETING_YEAR_WINDOW):i + 4]))
               for i, w in enumerate(words))


def _day_of(words: list[str], i: int) -> bool:
    """Does the year at ``words[i]`` end a day's date ("Friday, 5 July 2024", "٥ تموز/يوليو ٢٠٢٤")? A meeting's
    document dates its days."""
    return i >= 2 and words[i - 1] in _DATE_WORDS and any(x.isdigit() and len(x) <= 2 for x in words[max(0, i - 3):i - 1])


# what a year names when it is not a meeting's: "the 2026 survey", "survey of 2026", "مسح عام 2026", "le rapport 2026"
# (normalised words, by the thing they name in the three languages)
THING_KINDS = {w: kind for kind, words in {
    "survey": "survey surveys enquete enquetes sondage مسح استطلاع استبيان",
    "report": "report reports rapport rapports تقرير",
    "study": "study studies etude etudes دراسه",
    "guide": "guide guides دليل",
    "roadmap": "roadmap feuille",
    "plan": "plan plans خطه",
    "budget": "budget budgets ميزانيه",
    "census": "census recensement تعداد",
    "data": "data figures donnees chiffres بيانات ارقام",
    "mapping": "mapping cartographie",
}.items() for w in words.split()}
THING_NOUNS = frozenset(THING_KINDS)
_OF_YEAR = frozenset(("of", "de", "du", "عام", "لعام", "سنه"))


def _thing_at(words: list[str], i: int) -> str | None:
    """The kind of thing the year at ``words[i]`` is said of ("the 2026 survey", "مسح عام 2026": "survey"), or None."""
    near = words[i + 1:i + 2] + [w for w in words[max(0, i - 3):i] if w not in _OF_YEAR][-1:]
    for w in near:
        kind = THING_KINDS.get(w) or THING_KINDS.get(_CLITIC.sub("", w))
        if kind:
            return kind
    return None


def _thing_of_year(words: list[str], i: int) -> bool:
    """Is the year at ``words[i]`` said of a publication or a count ("the 2026 survey", "مسح عام 2026")?"""
    return _thing_at(words, i) is not None


def thing_years(text: str) -> set[tuple[str, int]]:
    """The (thing, year) pairs a text names: "the ILO's 2029 survey" -> ("survey", 2029), "تقرير ٢٠٣٠" -> ("report",
    2030); not a year that ends a day's date ("the report of 5 May 2030" dates a day, not the report's year)."""
    out = set()
    for part in re.split(r"[.!?؟;:\n]\s", to_ascii_digits(normalize(text)) + " "):     # not across sentences
        words = re.findall(r"\w+", part)
        for i, w in enumerate(words):
            if re.fullmatch(r"(?:19|20)\d{2}", w) and not (i and words[i - 1] in _DATE_WORDS):
                kind = _thing_at(words, i)
                if kind:
                    out.add((kind, int(w)))
    return out


# the things a question's year may name for the answer to be of that thing (not "data" or "figures": "how many in
# the 2024 figures" is answered by "In 2024, 3,000 ...")
NAMED_THINGS = frozenset(THING_KINDS.values()) - {"data"}


def thing_of_another_year(wanted_things, *texts: str) -> bool:
    """Are texts (a sentence, its chunk, section, date and title) not of the thing a question names with a year ("the
    2030 survey")? They do not name such a thing (a survey, in any of the three languages), or give it only other
    years ("the ILO's 2029 survey")."""
    words = re.findall(r"\w+", normalize(" ".join(texts)))
    named = {THING_KINDS.get(w) or THING_KINDS.get(_CLITIC.sub("", w)) for w in words}
    said = set().union(*map(thing_years, texts))
    for kind, year in wanted_things:
        years = {y for k, y in said if k == kind}
        if kind not in named or years and year not in years:
            return True
    return False


def editions(text: str) -> set[tuple[str, int]]:
    """The editions of events a text names: "Second Regional Review Conference", "the second regional
    review" -> ("edition", 2); "la troisième conférence régionale", "المؤتمر الإقليمي الثالث" -> ("edition", 3).
    (Which event is the documents' matter: "the second review" and "the second review conference" are one.)"""
    norm = normalize(text or "")
    out = {(_edition_of(m.group(3)), ORDINAL_WORDS[m.group(1)] if m.group(1) else int(m.group(2)))
           for m in EDITION_BEFORE.finditer(norm) if not A_DOCUMENTS_VERSION.match(norm, m.end())
           # (an Arabic ordinal with its article numbers the noun before it: "اليوم الأول في مشاورة وهران" is the
           # consultation's first day, not its first edition; "أول مؤتمر" is)
           and not (m.group(1) and m.group(1).startswith("ال"))}
    out |= {(_edition_of(m.group(1)), ORDINAL_WORDS[m.group(2)]) for m in EDITION_AFTER.finditer(norm)
            if re.search(r"[\u0600-\u06ff]", m.group(0))           # noun first: Arabic only ("session II" is a part)
            and not A_DOCUMENTS_VERSION.match(norm, m.end())}
    return out


# an edition noun numbering a document's version, not a meeting's edition: "النسخة التانية من المذكرة اللوجستية", "the
# second edition of the guide" (normalised; what follows the ordinal)
A_DOCUMENTS_VERSION = re.compile(r"\s+(?:من|of|de|du|de la)\s+(?:[وفبلك]?(?:ال|لل))?(?:مذكره|وثيقه|دليل|استماره|نشره|"
                                 r"note|document|guide|form|formulaire|flyer|brochure|page)(?!\w)")


#: events that are the numbered parts of a series: "the 2nd webinar" of a cycle is its session 2 ("SÉANCE 2", "Session 2")
SERIES_ITEMS = frozenset({"webinar", "episode"})


def _edition_of(noun: str) -> str:
    """What a numbered event noun numbers: a webinar or an episode, a session of its series; else an edition."""
    return "session" if EVENT_NOUNS.get(noun) in SERIES_ITEMS else "edition"


def numbered_parts(q: str) -> list[tuple[str, int]]:
    """The numbered parts of a meeting a question names ("what is session 2 about", "le 3e jour",
    "الجلسة الثالثة"): a text answering it must name the same part."""
    norm = to_ascii_digits(normalize(q))
    found = []
    for m in PART_AFTER.finditer(norm):
        after = norm[m.end():].split(maxsplit=1)
        if m.group(2) and after and after[0].strip("?؟.,!،:;") in _DATE_WORDS:
            continue                     # "يوم 15 فبراير", "the day 15 may": a date, not the fifteenth day
        found.append((PART_NOUNS[m.group(1)], int(m.group(2)) if m.group(2) else ORDINAL_WORDS[m.group(3)]))
    for m in PART_BEFORE.finditer(norm):
        found.append((PART_NOUNS[m.group(3)], int(m.group(1)) if m.group(1) else ORDINAL_WORDS[m.group(2)]))
    return sorted(set(found) | editions(q))


# where a sentence goes on to another numbered part: "...; the fourth ...", "... et la quatrième réunion ...", "... and
# the second session ...", "... والاجتماع الرابع ..."
PART_CLAUSE = re.compile(r"\s*;\s*|,?\s+(?:and|et|while|whereas|tandis que|alors que|but|mais)\s+(?=(?:the|la|le|les|l')\s?\w)"
                         r"|[،,]?\s+و(?=ال)")


def part_clauses(text: str, labels: list[tuple[str, int]]) -> str:
    """What a text says of the numbered parts asked, when it speaks of others of the same kind too: its clauses from
    one naming a part asked to the next naming another ("La troisième réunion se tiendra en ligne le jeudi 15
    septembre 2039 et la quatrième réunion ... se tiendra en présentiel en octobre 2039": of the fourth, October
    only). The whole text when it names no other part of their kind, or none of them."""
    nouns = {noun for noun, _ in labels}
    clauses = PART_CLAUSE.split(text)
    if len(clauses) < 2:
        return text
    named = [{p for p in parts_named(c) if p[0] in nouns} for c in clauses]
    asked = set(labels)
    if not any(n & asked for n in named) or not any(n - asked for n in named):
        return text
    kept, current = [], False
    for clause, parts in zip(clauses, named):
        if parts:
            current = bool(parts & asked)
        if current:
            kept.append(clause)
    return " ; ".join(kept)


def parts_named(text: str) -> set[tuple[str, int]]:
    """The numbered parts a text names: {("session", 3), ("day", 1) ...}."""
    out = set()
    for m in PART_TEXT.finditer(text or ""):
        if m.group(1):
            noun, n = m.group(1).lower(), m.group(2) or m.group(3)
        else:
            noun, n = m.group(5).lower(), m.group(4)
        noun = "session" if noun == "plenary" else "table" if noun.endswith("table") else noun
        out.add((noun, int(n) if n.isdigit() else PART_NUMBERS[n.lower()]))
        more = _MORE_PARTS.match(text, m.end()) if m.group(2) else None
        month = re.match(r"\s*(?:of\s+)?([^\W\d_]+)", text[more.end():]) if more else None
        if month and normalize(month.group(1)) in _DATE_WORDS:
            more = None                     # (not "Day 1 and 2 June": a date)
        out |= {(noun, int(k)) for k in re.findall(r"\d+", more.group(0))} if more else set()
    if text and _not_english(text):          # "الجلسة الثانية", "Séance 2": as a question names them
        out |= set(numbered_parts(text))
    return out | editions(text)


def names_all(entities: list, *texts: str) -> bool:
    """Does one of the texts (a sentence, its chunk, section and title; a card) name each of the
    question's proper names, in one of its forms? "what did Morocco say" is not answered by a text
    that does not name Morocco."""
    if not entities:
        return True
    joined = _words_of(" ".join(texts))
    return all(any(_words_of(form) in joined for form in forms) for forms in entities)


def _words_of(text: str) -> str:
    """A text's words, normalised, between spaces (a hyphen is a space: "Roussel-Diop" is named "Roussel Diop")."""
    return " " + " ".join(re.sub(r"[^\w'’]+", " ", normalize(text)).split()) + " "


# who a question asks said, proposed or decided something (normalised): "what did the employers' representative say
# in session 3", "what WBGT threshold did Bahrain adopt", "qu'a proposé le représentant des syndicats", "qu'est-ce
# que l'OIT a recommandé", "شو قال ممثل أصحاب العمل", "ماذا اقترحت منظمة العمل الدولية"
_SAID_VERBS_EN = (r"say|said|tell|told|propose|recommend|suggest|present|stress|underline|highlight|emphasi[sz]e|"
                  r"announce|adopt|decide|commit|pledge|call for|explain|share|raise|report|mention|argue|ask for")
_SAID_VERBS_FR = r"dit|propose|recommande|presente|souligne|adopte|decide|annonce|suggere|explique|demande|declare"
# (normalised; spoken too: "حكى", "حكت", "اتكلم", "تحدثت")
_SAID_VERBS_AR = (r"قال|قالت|قالوا|قالو|اقترح|اقترحت|اقترحوا|اوصي|اوصت|قدم|قدمت|طرح|طرحت|تبنت|تبني|اعتمد|اعتمدت|اكد|اكدت|"
                  r"ذكر|ذكرت|عرض|عرضت|حكي|حكت|حكيت|حكوا|حكو|تكلم|تكلمت|اتكلم|اتكلمت|تحدث|تحدثت")
SAID_BY = (
    re.compile(rf"\b(?:what|which)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:did|does|do|will|has|have|had|would)\s+"
               rf"(?P<x>[\w'’ -]+?)\s+(?P<v>{_SAID_VERBS_EN})\b"),
    re.compile(rf"\bqu['’]\s?(?:a|ont|avait|avaient|aurait)\s+(?P<v>{_SAID_VERBS_FR})\s+(?P<x>[\w'’ -]+?)"
               rf"(?=\s+(?:sur|a propos|lors|pendant|dans|au|aux|a|en|pour|concernant)\b|\s*[?,.]|$)"),
    re.compile(rf"\bqu['’]est[- ]ce\s+qu['’]?e?\s*(?P<x>[\w'’ -]+?)\s+(?:a|ont|avait|avaient)\s+(?P<v>{_SAID_VERBS_FR})\b"),
    re.compile(rf"(?<!\w)(?:شو|ماذا|ايش|وش|شنو|ما الذي|ما اللي)\s+(?P<v>{_SAID_VERBS_AR})\s+(?P<x>[^\s؟?.,،]+(?:\s+[^\s؟?.,،]+){{0,3}})"),
    # (the speaker first, "what" after the verb: "Kervens Dorsainvil قال إيه عن ...", "الوزيرة حكت شو عن ...")
    re.compile(rf"(?P<x>[^\s؟?.,،]+(?:\s+[^\s؟?.,،]+){{0,2}})\s+(?P<v>{_SAID_VERBS_AR})\s+(?:ايه|ايش|شو|اي شي|ماذا)(?!\w)"),
)


def said_by(norm: str) -> tuple[str, str]:
    """The words naming who a normalised question asks said or decided something, and the verb it asks with ("what did
    the employers' representative say" -> ("the employers' representative", "say")), or ("", "")."""
    m = next((m for pat in SAID_BY if (m := pat.search(norm))), None)
    return (m.group("x"), m.group("v")) if m else ("", "")


# what someone is asked to have said something about: "what did X say about T", "qu'est-ce que X a dit sur T", "شو قال X
# عن T" (normalised) ...
SAID_ON = re.compile(r"(?<!\w)(?:about|regarding|concerning|sur|a propos (?:de|des|du|d')|au sujet (?:de|des|du|d')|"
                     r"concernant|عن|حول|بشان|بخصوص)\s*")
# ... up to where the question goes on to where or when it was said ("at the amman meeting", "pendant le webinaire",
# "بالجلسة التالتة", "في إطلاق الدراسة")
SAID_ON_END = re.compile(r"[?!.,;:؟،]|\s(?:at|in|during|for|when|while|and|pendant|lors|durant|a|au|aux|dans|en|et|"
                         r"في|خلال|اثناء|يوم|و)\s|\s(?=ب(?:ال|ا)?(?:جلس|اجتماع|جتماع|مؤتمر|منتدي|ورش|مشاور|ندو|حوار|لقاء|"
                         r"ويبينار|فعالي|اطلاق))")


def said_on(norm: str) -> str:
    """What a normalised question asks someone said something about ("what did dr ben salem say about climate
    displacement at the amman meeting" -> "climate displacement"), or "" (no "what did X say", or nothing it is
    about)."""
    m = next((m for pat in SAID_BY if (m := pat.search(norm))), None)
    if not m:
        return ""
    # (after who said it: an Arabic question names them after the verb, "شو قال الدكتور سامي بن عمار بالجلسة عن ...")
    on = SAID_ON.search(norm, m.start("x") if m.start("x") > m.start("v") else m.end())
    if not on:
        return ""
    rest = " " + norm[on.end():]
    end = SAID_ON_END.search(rest)
    # (without its article: "sur les migrations climatiques" is about "migrations climatiques")
    return re.sub(r"^(?:the|a|an|le|la|les|l'|un|une|des|du|de)\s*(?<=\s|')", "", (rest[:end.start()] if end else rest).strip())


def speakers_asked(q: str, glossary, cities: bool = False) -> list[frozenset]:
    """Who a question asks said or decided something, when it names a kind of actor, an organisation or a country:
    each as the set of what names it (glossary term ids, the gazetteer's English names). What answers must name
    them: the recommendations of a session the employers did not speak at are not what the employers said.
    ``cities``: a city too, the meeting held there ("what did amman recommend"), which the caller sets aside for the
    documents of a meeting held in it."""
    phrase = said_by(normalize(q))[0]
    if not phrase or glossary is None:
        return []
    out = [frozenset({"term:" + t.id}) for t, _, _ in glossary.find(phrase) if t.type in ("actor", "organisation")]
    spans: dict[tuple[int, int], set] = {}
    for start, end, name in gazetteer_spans(phrase, adjectives=True):      # ("la délégation syrienne", "Jordan's")
        # (a region speaks through no one: "الاتحاد الأوروبي" is no "Europe"; a city is where a meeting is: "what did the
        # Tunis workshop recommend")
        if name not in REGIONS and (cities or name not in CITIES):
            spans.setdefault((start, end), set()).add(name)
    return out + [frozenset(names) for names in spans.values()]


def names_speakers(speakers: list, text: str, glossary) -> bool:
    """Does a text (a sentence's first words with its headings, a card's sentence) name each of the speakers asked
    (:func:`speakers_asked`)? A country among three or more it lists is not one that spoke ("delegations came from
    Jordan, Lebanon and Syria")."""
    if not speakers:
        return True
    terms = {"term:" + t.id for t, _, _ in glossary.find(text)}
    norm = normalize(text)
    places = places_in(norm, adjectives=True) - REGIONS
    if len(places - CITIES) >= 3:
        places = set()
    return all(names & terms or names & places for names in speakers)


# --------------------------------------------------------------------------- entities the documents name
MONTH_NUMBER = {m: i % 12 + 1 for i, m in enumerate(MONTHS[:12])} | {m: n for m, n in zip(MONTHS[12:], (1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12))}
PERSON_NAME = re.compile(rf"\b{TITLE}\s+((?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|D'[A-Z][\w'’-]+)){{0,3}})")
CODE = re.compile(r"\b\d{1,3}/\d{2,4}\b")


# a person an Arabic text names after a title, normalised ("الدكتور سامي بن عمّار، المنسق الإقليمي ..."): the title, then
# up to three words; a word with the article ends the name unless punctuation follows it (a surname: "المحامي سليم
# الورفلي،"; a role: "الدكتورة ليلى حداد المنسقة ..."), and so does a word that is no name ("... سالم في")
_AR_TITLE = re.compile(rf"(?<![\u0621-\u064A])(?:[وف]?(?:{'|'.join(re.escape(normalize(t)) for t in sorted(AR_TITLES, key=len, reverse=True))})(?:\s+|(?<=\.)\s*))+")
_AR_NAME_WORD = re.compile(r"([\u0621-\u064A]+)(\s*[،,.:؛(]|\s*$)?\s*")
_AR_NOT_NAME = frozenset("في من على الى عن ان انه التي الذي الذين ثم كما قد لقد وقد عند خلال حول".split())
#: the words that join the parts of an Arabic name: not a name themselves
AR_NAME_JOINS = frozenset({"بن", "ابن", "بنت", "ابو", "عبد"})


def arabic_person_names(norm: str) -> list[tuple[str, ...]]:
    """The people a normalised Arabic text names after a title, each as its words."""
    out = []
    for m in _AR_TITLE.finditer(norm):
        name, pos = [], m.end()
        while len(name) < 3 and (w := _AR_NAME_WORD.match(norm, pos)):
            word, stop = w.group(1), w.group(2)
            if word in _AR_NOT_NAME or word.startswith(("ال", "وال")) and stop is None:
                break
            name.append(word)
            pos = w.end()
            if stop is not None:
                break
        if name:
            out.append(tuple(name))
    return out


def arabic_name_pairs(norm: str) -> set[tuple[str, str]]:
    """The pairs of consecutive words of the people a normalised Arabic text names ("سامي بن عمار" -> (سامي, عمار)):
    a question names one of them when it writes two of its words together (one word alone may be any word: "دراسة")."""
    out = set()
    for name in arabic_person_names(norm):
        words = [w for w in name if w not in AR_NAME_JOINS]
        out |= set(zip(words, words[1:]))
    return out


# a name in Latin letters after an Arabic title ("السيد Rajesh Menon، منسق برامج"): an Arabic text names a foreign
# speaker so
_LATIN_AFTER_AR_TITLE = re.compile(rf"{_AR_TITLE_WRITTEN}\s+"
                                   r"((?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def people_named(text: str) -> list[set[str]]:
    """Each person a text names after a title, as the words (normalised) of their name."""
    out = [{w for w in re.findall(r"[^\W\d_]+", normalize(m.group(1))) if len(w) >= 3}
           for m in [*PERSON_NAME.finditer(text or ""), *_LATIN_AFTER_AR_TITLE.finditer(text or "")]]
    if text and ARABIC_CHAR.search(text):
        out += [{w for w in name if len(w) >= 3 and w not in AR_NAME_JOINS} for name in arabic_person_names(normalize(text))]
    return [p for p in out if p]


def person_names(text: str) -> set[str]:
    """The words (normalised) of the people a text names after a title: "Ms. Amy Muedin" -> amy, muedin;
    "الدكتور سامي بن عمّار" -> سامي, عمار."""
    return set().union(*people_named(text))


def day_months(text: str) -> set[tuple[int, int]]:
    """(day, month) of the dates a document writes ("27 October", "October 27", "17 to 20 May")."""
    out = set()
    for m in DAY_DATE.finditer(to_ascii_digits(text or "")):
        found = m.group(0)
        month = next((MONTH_NUMBER[w] for w in re.findall(r"[a-z]+", found.lower()) if w in MONTH_NUMBER), None)
        for day in re.findall(r"\d{1,2}", found):
            if month and 1 <= int(day) <= 31:
                out.add((int(day), month))
    for m in _foreign_dates(text or ""):           # "mercredi 17 mars", "١٤-١٥ حزيران/يونيو": as the ingest reads them
        if m.precision == "day":
            last = m.end or m.start
            out |= {(d, m.start.month) for d in range(m.start.day, (last.day if last.month == m.start.month else 31) + 1)}
            out.add((last.day, last.month))
    return out


def codes(text: str) -> set[str]:
    """Document symbols a text names ("73/326", "76/266")."""
    return set(CODE.findall(to_ascii_digits(text or "")))


# kinds of fact rare enough in the documents that a chunk holding one is likelier to answer
SPECIFIC_KINDS = ("email", "send", "link", "download", "phone", "time", "day", "deadline", "number", "list_names", "list_numbers", "eligible", "languages",
                  "age")
