"""Writes the held-out test document tests/heldout/2040-04-03_tripoli-national-review-briefing-slides-ar.pdf.

Held-out DEVELOPMENT document: the SLIDES, exported to PDF, of an Arabic (Modern Standard Arabic) briefing session
for civil-society organisations, "جلسة إحاطة لمنظمات المجتمع المدني", on Libya's national voluntary review of the
Global Compact for Migration in 2040. Held in Tripoli on Tuesday 3 April 2040, 10:00-12:30, in the (invented) Zaytouna
hall of "دار الحوار المدني", Yasmine Street, Al-Andalus district. Issuers, named in the footer of every slide: an
invented "اللجنة الوطنية للاستعراض الطوعي للاتفاق العالمي من أجل الهجرة – ليبيا" with an invented civil-society
network, "شبكة مسارات الليبية لمنظمات المجتمع المدني المعنية بالهجرة". Everything in it (people, bodies, venues,
hotels, e-mails, URL, WhatsApp number) is invented.

Thirteen landscape slides (960 x 540 pt), one a page, each with a title band, terse bullet phrases, a footer with
the issuers and the slide number "N من 13" in Arabic-Indic digits:
  1. title slide: issuers, kind, title, subtitle, date/time/venue box, presenters Dr Salem Omar Al-Fitouri and
     Ms Hala Mostafa Ben Omran;
  2. what the review is: voluntary, State-led; all 23 objectives in words, focus on protection, decent work,
     alternatives to detention; period covered January 2036 to December 2039; whole-of-government and whole-of-society;
     a national report of about 30 pages, presented at the regional review for the Arab region late in 2040; free;
  3. who coordinates: the national committee, formed in February 2040; chair Dr Salem Omar Al-Fitouri, adviser to the
     Minister of Foreign Affairs for migration; 9 ministries/government bodies plus two civil-society observers
     (never named); rapporteur and head of the technical secretariat Mr Youssef Ali Al-Sharif; Masarat network,
     41 member organisations in 12 cities; technical support from the UN Network on Migration country team;
  4. TABLE, timeline of seven phases (#, phase, period, civil society's role): launch, March 2040; online
     questionnaire, 5-30 April 2040; regional consultations, 16-26 April 2040; first draft, May 2040; validation
     workshop, "before the end of June 2040", 30 seats for organisations; adoption and transmission, third quarter 2040;
     presentation at the regional review, fourth quarter 2040; note pointing to slides 6, 8, 9;
  5. three channels: questionnaire (all organisations, registered or not), regional consultations (Misrata, Sabha,
     Tobruk), validation workshop (nomination through Masarat) + written comments on the draft in May; box: no
     regional consultation in Tripoli;
  6. questionnaire: URL on example.org, opens Thursday 5 April 2040, deadline Monday 30 April 2040 at 23:59 Tripoli
     time (Arabic-Indic digits), one per organisation, 4 sections, about 40 minutes, Word version on request;
  7. data requested: number of migrants served in 2039 by sex and age group; types of services; documented barriers;
     at least one good practice 2036-2039 in at most 300 words; box: aggregated figures only, no names/photos/ID
     numbers;
  8. regional consultations TABLE (city, day and date, venue): Misrata Monday 16 April 2040, Manara hall, Al-Sahel
     vocational training centre; Sabha Monday 23 April 2040, venue "to be announced"; Tobruk Thursday 26 April 2040,
     Khalij hall, Blue Sea hotel; 10:00-14:00 in all three; at most 25 participants each, prior registration by
     e-mail to Masarat; alert box: the Sabha consultation has been POSTPONED to Monday 23 April 2040 from Wednesday
     18 April given in the invitation;
  9. validation workshop (Arabic-Indic digits): Wednesday 27 June 2040, main conference hall, Golden Palm hotel
     (فندق النخيل الذهبي), Al-Nasr Street, Tripoli; about 120 participants, 30 seats for civil society, at least 4 of
     them for migrant-led organisations; nominations through Masarat until Thursday 31 May 2040, one nominee per
     organisation; selection criteria; no presentations by organisations;
 10. languages and written comments: briefings and consultations in Arabic; questionnaire in Arabic and English;
     workshop in Arabic with interpretation into English; first draft sent in May 2040 to every organisation that
     answered the questionnaire; 10 working days to comment; comments in Arabic or English, 3 pages at most;
 11. what the review is not + FAQ: not an evaluation or inspection of organisations; not a channel for individual
     complaints, asylum or resettlement requests; no funding; taking part does not mean endorsing the report; names
     of organisations only with written consent; unregistered organisations: questionnaire and consultations yes,
     workshop registered organisations only;
 12. contacts: Ms Hala Mostafa Ben Omran, Masarat coordinator (questionnaire, consultations, nominations),
     h.benomran@masarat-ly.example; Mr Youssef Ali Al-Sharif, rapporteur of the committee, technical secretariat
     (draft, workshop), nvr2040@gcm-review-ly.example; Masarat WhatsApp +218 92 555 0163, messages only, Sunday to
     Thursday 9:00-16:00; review page https://www.example.org/libya-gcm-review-2040;
 13. next steps: questionnaire from 5 April; register for the nearest consultation; a second online briefing for
     organisations in the south "in May, date to be announced"; slides on the review page; thanks/questions.
Deliberately not given: any phone number other than the WhatsApp line (no phone for the chair or the rapporteur),
the names of the two civil-society observers, the Sabha venue, a registration deadline for the consultations,
travel or transport costs for consultation participants, the start time of the validation workshop, any online or
streamed participation in the workshop, a breakdown of the 30 seats by region, the exact date of the May online
briefing, a publication date for the final report, any budget.

Layout: each slide element is placed with page.insert_htmlbox (PyMuPDF's HTML engine, right-to-left, DejaVu Sans
with its GSUB table kept so that Arabic letters are shaped). Table columns are written in reverse HTML order. No
parentheses in the Arabic text (the engine mirrors them) and no shadda. Each font's ToUnicode CMap is rewritten so
that the shaped glyphs (presentation forms) extract as base letters. Arabic-Indic digit runs are drawn as the engine
draws them: PDFium (the help desk's reader) reads them in logical order, MuPDF's plain get_text() reverses a line
holding them (the first version redrew them right to left with /ActualText for it; PDFium read that as a jumble).
Western digits stay as the engine draws them: the extracted text then has a line break after a Western number that
is followed by Arabic ("26\\n أبريل"), which reads correctly once whitespace is collapsed. The WhatsApp number is
wrapped in LRE/PDF so that it is drawn as one left-to-right run.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-04-03_tripoli-national-review-briefing-slides-ar.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2040-04-03_tripoli-national-review-briefing-slides-ar"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"DejaVuSans.ttf": "", "DejaVuSans-Bold.ttf": "font-weight: bold;"}

W, H = 960, 540
TEAL = "#0f5e63"
SAND = "#d39b3a"
RED = "#a33a2a"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)
CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{direction: rtl; color: #1d1d1d;}}
p {{margin: 0; font-size: 21pt; line-height: 1.35;}}
.title {{font-size: 28pt; font-weight: bold; color: #ffffff;}}
.li {{margin: 0 0 11pt 0; font-size: 21pt;}}
.sm {{font-size: 18pt; margin: 0 0 8pt 0;}}
.note {{font-size: 14pt; color: #4a4a4a; margin: 8pt 0 0 0;}}
.url {{font-size: 18pt; white-space: nowrap; font-weight: bold; color: {TEAL};}}
.box td {{border: 1.2pt solid {SAND}; background-color: #fbf3e4; padding: 7pt 10pt;}}
.alert td {{border: 1.6pt solid {RED}; background-color: #fbecea; padding: 7pt 10pt;}}
.alert p {{color: {RED}; font-weight: bold; font-size: 18pt;}}
table {{border-collapse: collapse;}}
.grid th {{background-color: {TEAL}; color: #ffffff; font-size: 16pt; padding: 5pt 6pt; border: 0.8pt solid #9bb8ba;}}
.grid td {{font-size: 16pt; padding: 5pt 6pt; border: 0.8pt solid #9bb8ba; vertical-align: top;}}
.grid p {{font-size: 16pt; line-height: 1.3;}}
.card td {{border: 1.2pt solid #9bb8ba; background-color: #eef5f5; padding: 9pt 11pt; vertical-align: top;}}
.card p {{font-size: 17pt; margin: 0 0 5pt 0;}}
.name {{font-weight: bold; color: {TEAL}; font-size: 20pt;}}
.center {{text-align: center;}}
"""

COMMITTEE = "اللجنة الوطنية للاستعراض الطوعي للاتفاق العالمي من أجل الهجرة – ليبيا"
NETWORK = "شبكة مسارات الليبية لمنظمات المجتمع المدني المعنية بالهجرة"
FOOTER = "اللجنة الوطنية للاستعراض الطوعي – شبكة مسارات | إحاطة المجتمع المدني، طرابلس، ٣ أبريل ٢٠٤٠"
PAGE_URL = "https://www.example.org/libya-gcm-review-2040"
FORM_URL = "https://www.example.org/libya-gcm-review-2040/istibyan"
HALA = "h.benomran@masarat-ly.example"
YOUSSEF = "nvr2040@gcm-review-ly.example"
WHATSAPP = "+218 92 555 0163"


def ul(items: list[str], cls: str = "li") -> str:
    return "".join(f'<p class="{cls}">■&#160; {t}</p>' for t in items)


def grid(headers: list[str], widths: list[str], rows: list[list[str]]) -> str:
    """A table laid out right to left: the columns are written in reverse HTML order."""
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in reversed(list(zip(headers, widths))))
    body = "".join(
        "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in reversed(row)) + "</tr>" for row in rows
    )
    return f'<table class="grid" width="100%" dir="rtl"><tr>{head}</tr>{body}</table>'


def box(text: str, cls: str = "box") -> str:
    return f'<table class="{cls}" width="100%" dir="rtl"><tr><td>{text}</td></tr></table>'


TIMELINE = grid(
    ["#", "المرحلة", "الفترة", "دور المجتمع المدني"],
    ["5%", "33%", "27%", "35%"],
    [
        ["1", "الإطلاق وتشكيل فرق العمل", "مارس 2040", "حضور جلسات الإحاطة"],
        ["2", "الاستبيان الإلكتروني للمنظمات", "من 5 إلى 30 أبريل 2040", "استبيان واحد لكل منظمة"],
        ["3", "المشاورات الجهوية", "من 16 إلى 26 أبريل 2040", "المشاركة في مصراتة أو سبها أو طبرق"],
        ["4", "صياغة المسودة الأولى للتقرير", "مايو 2040", "تعليقات مكتوبة على المسودة"],
        ["5", "ورشة التحقق الوطنية", "قبل نهاية يونيو 2040", "30 مقعدًا للمنظمات"],
        ["6", "اعتماد التقرير وإحالته", "الربع الثالث من عام 2040", "–"],
        ["7", "العرض في الاستعراض الإقليمي للمنطقة العربية", "الربع الرابع من عام 2040",
         "بيان مشترك لشبكة مسارات – اختياري"],
    ],
)

CONSULTATIONS = grid(
    ["المدينة", "اليوم والتاريخ", "المكان"],
    ["16%", "30%", "54%"],
    [
        ["مصراتة", "الاثنين 16 أبريل 2040", "قاعة المنارة، مركز الساحل للتدريب المهني، مصراتة"],
        ["سبها", "الاثنين 23 أبريل 2040 *", "يُعلن لاحقًا"],
        ["طبرق", "الخميس 26 أبريل 2040", "قاعة الخليج، فندق البحر الأزرق، طبرق"],
    ],
)

CONTACT_CARDS = (
    '<table class="card" width="100%" dir="rtl"><tr>'
    # written right to left: the second card first
    '<td width="50%">'
    '<p class="name">أ. يوسف علي الشريف</p>'
    "<p>مقرر اللجنة الوطنية للاستعراض – الأمانة الفنية</p>"
    "<p>المسودة الأولى وورشة التحقق</p>"
    f'<p class="url">{YOUSSEF}</p>'
    "</td>"
    '<td width="50%">'
    '<p class="name">أ. هالة مصطفى بن عمران</p>'
    "<p>منسقة شبكة مسارات</p>"
    "<p>الاستبيان، المشاورات الجهوية، الترشيحات</p>"
    f'<p class="url">{HALA}</p>'
    "</td>"
    "</tr></table>"
)

# (title, body HTML) for slides 2-13; slide 1 is drawn separately
SLIDES = [
    ("ما هو الاستعراض الوطني الطوعي؟", ul([
        "عملية طوعية تقودها الدولة لتقييم ما تحقق في تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
        "والنظامية",
        "يغطي الأهداف الثلاثة والعشرين للاتفاق، مع تركيز على الحماية والعمل اللائق وبدائل الاحتجاز",
        "الفترة المشمولة: من يناير 2036 إلى ديسمبر 2039",
        "النهج: الحكومة بأكملها والمجتمع بأسره",
        "الناتج: تقرير وطني في حدود 30 صفحة، يُعرض في الاستعراض الإقليمي للمنطقة العربية أواخر 2040",
        "المشاركة طوعية ومجانية – لا رسوم",
    ])),
    ("من ينسق الاستعراض؟", ul([
        "اللجنة الوطنية للاستعراض الطوعي – شُكلت في فبراير 2040",
        "رئيس اللجنة: د. سالم عمر الفيتوري، مستشار وزير الخارجية لشؤون الهجرة",
        "العضوية: 9 وزارات وجهات حكومية + ممثلان عن المجتمع المدني بصفة مراقب",
        "المقرر ورئيس الأمانة الفنية: أ. يوسف علي الشريف",
        "تعبئة المجتمع المدني: شبكة مسارات – 41 منظمة عضوًا في 12 مدينة",
        "دعم فني: الفريق القطري لشبكة الأمم المتحدة المعنية بالهجرة في ليبيا",
    ])),
    ("مراحل الاستعراض – الجدول الزمني", TIMELINE
     + '<p class="note">التواريخ التفصيلية في الشرائح 6 و8 و9 – قد تتغير مواعيد المرحلتين 6 و7 '
       "وفق جدول الاستعراض الإقليمي</p>"),
    ("كيف تساهم منظمتكم؟ ثلاث قنوات", ul([
        "القناة 1 – الاستبيان الإلكتروني: لكل المنظمات، مسجلة أو غير مسجلة",
        "القناة 2 – المشاورات الجهوية: مصراتة، سبها، طبرق",
        "القناة 3 – ورشة التحقق الوطنية في طرابلس: بالترشيح عبر شبكة مسارات",
        "إضافة إلى ذلك: تعليقات مكتوبة على المسودة الأولى – مايو 2040",
    ]) + box("<p class='sm'>لا مشاورة جهوية في طرابلس: منظمات طرابلس والمنطقة الغربية تساهم عبر "
             "الاستبيان وإحاطة اليوم</p>")),
    ("القناة 1: الاستبيان الإلكتروني", ul([
        "الرابط:",
    ]) + f'<p class="url center">{FORM_URL}</p><p class="sm">&#160;</p>' + ul([
        "يُفتح: الخميس ٥ أبريل ٢٠٤٠",
        "آخر موعد: الاثنين ٣٠ أبريل ٢٠٤٠، الساعة ٢٣:٥٩ بتوقيت طرابلس",
        "استبيان واحد لكل منظمة – يعبئه المدير أو من يفوضه",
        "٤ أقسام – نحو ٤٠ دقيقة",
        "نسخة Word عند الطلب للمنظمات ذات الاتصال الضعيف بالإنترنت، تُعاد بالبريد الإلكتروني قبل الموعد نفسه",
    ])),
    ("البيانات المطلوبة من المنظمات", ul([
        "عدد المهاجرين المستفيدين من خدماتكم خلال 2039، مصنفًا حسب الجنس والفئة العمرية",
        "أنواع الخدمات المقدمة: قانونية، صحية، إيواء، دعم نفسي اجتماعي، مساعدة على العودة الطوعية",
        "أهم العوائق الموثقة في الوصول إلى الخدمات والعمل اللائق",
        "ممارسة جيدة واحدة على الأقل بين 2036 و2039 – 300 كلمة كحد أقصى",
    ]) + box("<p class='sm'>أرقام مجمعة فقط – لا أسماء ولا صور ولا أرقام وثائق لأي مهاجر</p>")),
    ("القناة 2: المشاورات الجهوية", CONSULTATIONS + '<p class="sm">&#160;</p>' + ul([
        "التوقيت في المدن الثلاث: من 10:00 إلى 14:00",
        "25 مشاركًا كحد أقصى لكل مشاورة – التسجيل المسبق إلزامي عبر بريد شبكة مسارات",
    ], "sm") + box("<p>* تم تأجيل مشاورة سبها إلى الاثنين 23 أبريل 2040 عوضًا عن الأربعاء 18 أبريل "
                   "الوارد في الدعوة</p>", "alert")),
    ("القناة 3: ورشة التحقق الوطنية", ul([
        "التاريخ: الأربعاء ٢٧ يونيو ٢٠٤٠",
        "المكان: قاعة المؤتمرات الكبرى، فندق النخيل الذهبي، شارع النصر، طرابلس",
        "نحو ١٢٠ مشاركًا، منهم ٣٠ مقعدًا لمنظمات المجتمع المدني",
        "من المقاعد الثلاثين: ٤ مقاعد على الأقل لمنظمات يقودها مهاجرون",
        "الترشيح عبر شبكة مسارات حتى الخميس ٣١ مايو ٢٠٤٠ – مرشح واحد لكل منظمة",
        "معايير الاختيار: المساهمة في الاستبيان أو في إحدى المشاورات، التوازن بين الغرب والشرق والجنوب، "
        "التوازن بين الجنسين",
        "الغرض: مناقشة المسودة والتحقق من التوصيات – لا عروض تقديمية من المنظمات",
    ], "sm")),
    ("اللغات والتعليقات المكتوبة", ul([
        "الإحاطات والمشاورات الجهوية: بالعربية",
        "الاستبيان: بالعربية والإنجليزية",
        "ورشة التحقق: بالعربية، مع ترجمة فورية إلى الإنجليزية",
        "المسودة الأولى: تُرسل في مايو 2040 إلى كل منظمة أجابت عن الاستبيان",
        "مهلة التعليق: 10 أيام عمل من تاريخ الإرسال",
        "التعليقات بالعربية أو بالإنجليزية – 3 صفحات كحد أقصى",
    ])),
    ("ما ليس هذا الاستعراض – وأسئلة متكررة", ul([
        "ليس تقييمًا لأداء منظماتكم ولا تفتيشًا على أنشطتها",
        "ليس قناة لتقديم شكاوى فردية أو طلبات لجوء أو إعادة توطين",
        "لا يترتب عليه أي تمويل للمنظمات المشاركة",
        "المشاركة لا تعني الموافقة على مضمون التقرير النهائي",
    ], "sm") + box(
        "<p class='sm'><b>س: هل تُذكر أسماء منظماتنا في التقرير؟</b></p>"
        "<p class='sm'>ج: فقط بموافقة كتابية من المنظمة</p>"
        "<p class='sm'><b>س: هل يمكن لمنظمة غير مسجلة أن تشارك؟</b></p>"
        "<p class='sm'>ج: نعم في الاستبيان والمشاورات – ورشة التحقق للمنظمات المسجلة فقط</p>")),
    ("جهات الاتصال", CONTACT_CARDS + '<p class="sm">&#160;</p>' + ul([
        f"واتساب شبكة مسارات – رسائل فقط، لا مكالمات: &#x202A;{WHATSAPP}&#x202C;",
        "من الأحد إلى الخميس، من ٩:٠٠ إلى ١٦:٠٠",
        "صفحة الاستعراض – العرض والمواعيد المحدثة:",
    ], "sm") + f'<p class="url center">{PAGE_URL}</p>'),
    ("الخطوات التالية", ul([
        "من الخميس ٥ أبريل: تعبئة الاستبيان",
        "التسجيل في المشاورة الجهوية الأقرب إليكم",
        "إحاطة ثانية عبر الإنترنت لمنظمات الجنوب – في مايو، يُعلن موعدها لاحقًا",
        "العرض متاح على صفحة الاستعراض بعد الجلسة",
    ]) + '<p class="sm">&#160;</p><p class="center" style="font-size: 26pt; font-weight: bold; '
         f'color: {TEAL};">شكرًا لكم – أسئلتكم؟</p>'),
]

TITLE_SLIDE = f"""
<p style="font-size: 15pt; font-weight: bold; color: {TEAL};">{COMMITTEE}</p>
<p style="font-size: 13pt; color: #4a4a4a; margin: 2pt 0 0 0;">بالشراكة مع {NETWORK}</p>
<p style="font-size: 18pt; font-weight: bold; color: {SAND}; margin: 44pt 0 8pt 0;" class="center">
جلسة إحاطة لمنظمات المجتمع المدني</p>
<p style="font-size: 27pt; font-weight: bold; color: #111111; line-height: 1.3;" class="center">
الاستعراض الوطني الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة – ليبيا 2040</p>
<p style="font-size: 17pt; color: #333333; margin: 8pt 0 26pt 0;" class="center">
كيف تشارك منظمتكم؟ المراحل، المواعيد، قنوات المساهمة</p>
""" + box(
    "<p class='sm center'><b>طرابلس – الثلاثاء ٣ أبريل ٢٠٤٠ – من ١٠:٠٠ إلى ١٢:٣٠</b></p>"
    "<p class='sm center'>قاعة الزيتونة، دار الحوار المدني، شارع الياسمين، حي الأندلس، طرابلس</p>"
    "<p class='sm center'>العرض: د. سالم عمر الفيتوري – أ. هالة مصطفى بن عمران</p>")


def arabic_number(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def build_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add((FONT_DIR / name).read_bytes(), name)  # GSUB kept: Arabic shaping
    return archive


def put(page: pymupdf.Page, rect: pymupdf.Rect, html: str, archive: pymupdf.Archive, extra_css: str = "") -> None:
    spare, scale = page.insert_htmlbox(rect, f'<body dir="rtl">{html}</body>', css=CSS + extra_css,
                                       archive=archive)
    if spare < 0 or scale < 1:
        raise SystemExit(f"slide {page.number + 1}: text does not fit ({spare=}, {scale=})")


def draw_slides(archive: pymupdf.Archive) -> pymupdf.Document:
    doc = pymupdf.open()
    total = len(SLIDES) + 1
    for number in range(1, total + 1):
        page = doc.new_page(width=W, height=H)
        if number == 1:
            page.draw_rect(pymupdf.Rect(W - 18, 0, W, H), color=None, fill=(0.059, 0.369, 0.388))
            page.draw_rect(pymupdf.Rect(W - 26, 0, W - 20, H), color=None, fill=(0.827, 0.608, 0.227))
            put(page, pymupdf.Rect(60, 40, W - 60, 470), TITLE_SLIDE, archive)
        else:
            title, body = SLIDES[number - 2]
            page.draw_rect(pymupdf.Rect(0, 0, W, 74), color=None, fill=(0.059, 0.369, 0.388))
            page.draw_rect(pymupdf.Rect(0, 74, W, 78), color=None, fill=(0.827, 0.608, 0.227))
            put(page, pymupdf.Rect(40, 16, W - 40, 66), f'<p class="title">{title}</p>', archive)
            put(page, pymupdf.Rect(60, 98, W - 60, 482), body, archive)
        page.draw_line((40, H - 44), (W - 40, H - 44), color=(0.6, 0.72, 0.73), width=0.7)
        foot_css = " p {font-size: 10.5pt; color: #555555;}"
        put(page, pymupdf.Rect(140, H - 38, W - 40, H - 18), f"<p>{FOOTER}</p>", archive, foot_css)
        put(page, pymupdf.Rect(40, H - 38, 130, H - 18),
            f'<p style="text-align: left">{arabic_number(number)} من {arabic_number(total)}</p>',
            archive, foot_css)
    return doc


# ---------------------------------------------------------------- text layer: ToUnicode
def _decode_unicode(hexstr: str) -> str:
    if len(hexstr) % 4 == 0:
        try:
            return bytes.fromhex(hexstr).decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return chr(int(hexstr, 16))  # MuPDF writes some non-BMP targets as a bare code point


def _parse_tounicode(text: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            lo, hi, first = int(lo, 16), int(hi, 16), ord(_decode_unicode(dst)[0])
            for i in range(hi - lo + 1):
                mapping[lo + i] = chr(first + i)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(code, 16)] = _decode_unicode(dst)
    return mapping


def _base_letters(text: str) -> str:
    """Arabic presentation forms (FB50-FDFF, FE70-FEFF) -> base letters; anything else unchanged."""
    if text and all(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in text):
        return unicodedata.normalize("NFKC", text)
    return text


def fix_tounicode(doc: pymupdf.Document) -> None:
    """Rewrite every ToUnicode CMap so that shaped Arabic glyphs extract as base letters."""
    seen = set()
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            continue
        target = int(value.split()[0])
        if target in seen:
            continue
        seen.add(target)
        mapping = _parse_tounicode(doc.xref_stream(target).decode("latin-1"))
        items = sorted((code, _base_letters(u)) for code, u in mapping.items())
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{code:04x}> <{u.encode('utf-16-be').hex()}>" for code, u in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        doc.update_stream(target, "\n".join(lines).encode("ascii"))


def main() -> None:
    archive = build_archive()
    doc = draw_slides(archive)
    # (Arabic-Indic digit runs are drawn as the HTML engine draws them, as an exporter would: PDFium reads them in
    # logical order, pymupdf's plain get_text() in visual order. A first version redrew each run right to left under a
    # flipped text matrix with /ActualText, which no exporter writes and which PDFium read as glyphs of another line.)
    doc.set_metadata({
        "title": "الاستعراض الوطني الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة – ليبيا 2040: "
                 "جلسة إحاطة لمنظمات المجتمع المدني، طرابلس، 3 أبريل 2040",
        "author": f"{COMMITTEE}؛ {NETWORK}",
        "subject": "عرض تقديمي – إحاطة المجتمع المدني حول الاستعراض الوطني الطوعي 2040",
        "creator": "PowerPoint – تصدير PDF",
        "keywords": "الاستعراض الوطني الطوعي؛ ليبيا؛ طرابلس؛ المجتمع المدني؛ الاتفاق العالمي من أجل الهجرة",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} slides")
    doc.close()


if __name__ == "__main__":
    main()
