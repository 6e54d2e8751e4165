"""Writes the held-out test document tests/heldout/2038-11-02_muscat-webinar-series-concept-note-ar.pdf.

Held-out DEVELOPMENT document: an Arabic (Modern Standard Arabic) "مذكرة مفاهيمية" (concept note), issued in
Muscat on Tuesday 2 November 2038 by a fictional regional network, "الشبكة الإقليمية للهجرة والتنقل في الخليج"
(RMMN-Gulf, secretariat in Muscat, Oman), with the UN Network on Migration, for a series of three online webinars
on labour migration in the Gulf ("سلسلة ندوات مسقط الإلكترونية حول هجرة اليد العاملة في الخليج"). Everything in
it (people, bodies, e-mails, URL) is invented.

Content: letterhead, reference and date lines, title; background (GCM objectives 6 and 22 named in words, no
figures); five numbered objectives; the programme as a five-column table (الندوة والموضوع | التاريخ | التوقيت |
المتحدثون | الميسّر), one row per webinar:
  1. Tuesday 23 November 2038, 14:00-15:30 Muscat time = 10:00-11:30 GMT, fair recruitment and recruitment fees;
  2. Tuesday 30 November 2038, 15:00-16:30 Muscat time = 11:00-12:30 GMT, social protection and portability
     (a fourth speaker from a social security institution "يُعلن لاحقًا");
  3. Tuesday 14 December 2038, 14:00-15:30 Muscat time = 10:00-11:30 GMT, migrant domestic workers and access to
     justice;
each with three named speakers (titles, organisations; two with Latin names) and a named moderator; a short
description of each webinar; participation: Zoom Webinar, link e-mailed one day before each webinar, free
registration once for the series through a form (URL) until Thursday 18 November 2038 at 23:59 Muscat time,
about 300 participants expected per webinar from 14 countries, 500 places at most per webinar; questions in
advance (at most 150 words each) to a dedicated e-mail by Sunday 21 November 2038; Arabic and English with
interpretation, plus Tagalog interpretation in the third webinar; things not yet decided (recordings, the summary
report's date, a possible fourth webinar in 2039, the social security speaker); a contact e-mail and focal point;
signature of the regional coordinator. Western digits throughout (Arabic-Indic digits are laid out in visual
order by the layout engine and would extract reversed); no parentheses or guillemets in the Arabic running text
(the engine mirrors them, so they would extract as their mirror images).

PDF: A4, right-to-left, laid out with a PyMuPDF Story (HTML with dir="rtl" + CSS) in DejaVu Sans, whose GSUB
table is kept so that Arabic letters are shaped (initial/medial/final forms, lam-alef). The table's columns are
written in reverse order in the HTML because the layout engine lays table columns out left to right, and the CSS
never says "text-align: right" (in right-to-left blocks the engine swaps left and right; the default aligns
right). The programme starts on a new page so that the table header is not left alone at the foot of page 1. A footer
with the reference and "الصفحة X من Y" is stamped on every page. Finally each font's ToUnicode CMap is rewritten
so that the shaped Arabic glyphs (presentation forms) extract as the base letters, as a word processor's PDF
export does; the text extracted with page.get_text() is then Arabic in logical order.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2038-11-02_muscat-webinar-series-concept-note-ar.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2038-11-02_muscat-webinar-series-concept-note-ar"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 52
BODY = pymupdf.Rect(MARGIN_X, 46, PAGE.width - MARGIN_X, PAGE.height - 66)
ACCENT = "#7a2e1f"
SAND = "#c9a45c"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9.4pt; line-height: 1.42; color: #1b1b1b; direction: rtl;}}
p {{margin: 0 0 6pt 0; text-align: justify;}}
.org {{font-size: 11pt; font-weight: bold; color: {ACCENT}; margin: 0 0 1pt 0;}}
.org-sub {{font-size: 8.4pt; color: #4a4a4a; margin: 0 0 1pt 0;}}
.rule {{border-bottom: 1.6pt solid {SAND}; margin: 2pt 0 8pt 0; font-size: 2pt;}}
.meta {{font-size: 8.6pt; color: #333333; margin: 0 0 1pt 0;}}
.kind {{font-size: 17pt; font-weight: bold; color: {ACCENT}; margin: 12pt 0 3pt 0; text-align: center;}}
h1 {{font-size: 13pt; line-height: 1.4; margin: 0 0 3pt 0; text-align: center; color: #111111;}}
.sub {{font-size: 9.6pt; font-weight: bold; color: #4a4a4a; margin: 0 0 12pt 0; text-align: center;}}
h2 {{font-size: 11pt; color: {ACCENT}; margin: 12pt 0 4pt 0;}}
.newpage {{page-break-before: always;}}
.nw {{white-space: nowrap;}}
h3 {{font-size: 9.8pt; color: #222222; margin: 6pt 0 2pt 0;}}
.num {{margin: 0 12pt 3pt 0;}}
.item {{margin: 0 12pt 4pt 0;}}
table {{border-collapse: collapse;}}
.prog th {{color: {ACCENT}; font-size: 8.4pt; padding: 4pt 4pt; border: 0.6pt solid #9c8b78;
          border-bottom: 1.6pt solid {ACCENT};}}
.prog td {{font-size: 7.9pt; line-height: 1.38; padding: 4pt 4pt; vertical-align: top;
          border: 0.6pt solid #9c8b78;}}
.prog td p {{margin: 0 0 3pt 0; text-align: start;}}
.box td {{border: 0.9pt solid {SAND}; background-color: #faf5ea; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0; text-align: start;}}
.sign {{margin: 14pt 0 0 0; font-weight: bold;}}
.sign-sub {{ font-size: 8.6pt; color: #333333;}}
"""

REFERENCE = "RMMN-G/WEB/2038/03"
CONTACT = "webinars@rmmn-gulf.example"
QUESTIONS = "questions@rmmn-gulf.example"
FORM_URL = "https://rmmn-gulf.example.org/muscat-webinars-2038"

# Programme rows, in reading order: (الندوة والموضوع, التاريخ, التوقيت, المتحدثون, الميسّر)
SESSIONS = [
    (
        "الندوة الأولى: التوظيف العادل ورسوم التوظيف",
        "الثلاثاء 23 نوفمبر 2038",
        ["من 14:00 إلى 15:30 بتوقيت مسقط", "من 10:00 إلى 11:30 بتوقيت غرينتش GMT"],
        [
            "الدكتورة ليلى بنت سعيد البلوشية، أستاذة مشاركة في اقتصاديات العمل، كلية عُمان للدراسات الاجتماعية، مسقط",
            "السيد Rajesh Menon، منسق برامج، منتدى العمال المهاجرين في كيرالا، الهند",
            "السيدة هالة عبد الرحمن الكندري، أخصائية أولى في التوظيف العادل، منظمة العمل الدولية – المكتب "
            "الإقليمي للدول العربية",
        ],
        "السيد خالد بن ناصر الرواحي، المنسق الإقليمي للشبكة",
    ),
    (
        "الندوة الثانية: الحماية الاجتماعية وقابلية نقل المستحقات",
        "الثلاثاء 30 نوفمبر 2038",
        ["من 15:00 إلى 16:30 بتوقيت مسقط", "من 11:00 إلى 12:30 بتوقيت غرينتش GMT"],
        [
            "الدكتورة مريم يوسف الأنصاري، باحثة أولى، مركز الخليج لسياسات العمل، الدوحة",
            "السيد أنور حسين شودري، نائب رئيس الاتحاد الوطني لعمال البناء، بنغلاديش",
            "السيدة Grace Achieng Otieno، أخصائية الحماية الاجتماعية، المنظمة الدولية للهجرة، نيروبي",
            "ممثل عن إحدى مؤسسات الضمان الاجتماعي في المنطقة: يُعلن لاحقًا",
        ],
        "الدكتورة نورة بنت علي المعمرية، عضو اللجنة التوجيهية للشبكة",
    ),
    (
        "الندوة الثالثة: العاملات المنزليات المهاجرات والوصول إلى العدالة",
        "الثلاثاء 14 ديسمبر 2038",
        ["من 14:00 إلى 15:30 بتوقيت مسقط", "من 10:00 إلى 11:30 بتوقيت غرينتش GMT"],
        [
            "السيدة Marisol Dela Cruz، رئيسة رابطة العاملات المنزليات الفلبينيات في الخليج",
            "المحامي فهد بن سليمان الزدجالي، محامٍ متخصص في قضايا العمل، مسقط",
            "السيدة سلوى إبراهيم منصور، موظفة حقوق الإنسان، مفوضية الأمم المتحدة السامية لحقوق الإنسان – المكتب "
            "الإقليمي للشرق الأوسط وشمال أفريقيا",
        ],
        "السيدة رقية بنت حمد السيابية، منسقة برامج النوع الاجتماعي في الشبكة",
    ),
]

HEADERS = ["الندوة والموضوع", "التاريخ", "التوقيت", "المتحدثون", "الميسّر"]
WIDTHS = ["17%", "11%", "17%", "38%", "17%"]


def programme_table() -> str:
    """The programme table; cells are written right-to-left, i.e. in reverse HTML order."""
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in reversed(list(zip(HEADERS, WIDTHS))))
    rows = []
    for title, date, times, speakers, moderator in SESSIONS:
        cells = [
            f"<p><b>{title}</b></p>",
            f"<p>{date}</p>",
            "".join(f"<p>{t}</p>" for t in times),
            "".join(f"<p>{s}</p>" for s in speakers),
            f"<p>{moderator}</p>",
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in reversed(cells)) + "</tr>")
    return f'<table class="prog" width="100%" dir="rtl"><tr>{head}</tr>{"".join(rows)}</table>'


HTML = f"""
<body dir="rtl">
<p class="org">الشبكة الإقليمية للهجرة والتنقل في الخليج</p>
<p class="org-sub">الأمانة العامة – مسقط، سلطنة عُمان</p>
<p class="org-sub">بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة</p>
<p class="rule">&#160;</p>
<p class="meta">المرجع: {REFERENCE}</p>
<p class="meta">مسقط، الثلاثاء 2 نوفمبر 2038</p>
<p class="meta">التوزيع: عام – الأصل: بالعربية</p>

<p class="kind">مذكرة مفاهيمية</p>
<h1>سلسلة ندوات مسقط الإلكترونية حول هجرة اليد العاملة في الخليج</h1>
<p class="sub">ثلاث ندوات عبر الإنترنت، أيام الثلاثاء 23 و30 نوفمبر و14 ديسمبر 2038</p>

<h2>أولًا: الخلفية</h2>
<p>تستضيف بلدان مجلس التعاون لدول الخليج العربية واحدًا من أكبر تجمعات العمال المهاجرين في العالم، إذ يعمل
فيها ملايين الرجال والنساء القادمين أساسًا من جنوب آسيا وجنوب شرقها وشرق أفريقيا والبلدان العربية، في قطاعات
البناء والخدمات والعمل المنزلي والضيافة والنقل. وقد شهدت المنطقة خلال السنوات الأخيرة إصلاحات مهمة في تنظيم
سوق العمل، من بينها تيسير انتقال العمال بين أصحاب العمل، وتوسيع أنظمة حماية الأجور، وإطلاق منصات إلكترونية
لتوثيق عقود العمل. غير أن تقارير منظمات المجتمع المدني والنقابات في بلدان المنشأ والمقصد ما زالت تشير إلى
فجوات في التنفيذ، ولا سيما ما يتعلق برسوم التوظيف التي يدفعها العمال في بلدانهم قبل السفر، وضعف تغطيتهم
بالحماية الاجتماعية، وصعوبة وصول العاملات المنزليات إلى آليات الشكاوى والعدالة.</p>
<p>ويدعو الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، في هدفه السادس، إلى تيسير التوظيف العادل
والأخلاقي وضمان الشروط التي تكفل العمل اللائق، ويدعو في هدفه الثاني والعشرين إلى إنشاء آليات لقابلية نقل
استحقاقات الضمان الاجتماعي والمزايا المكتسبة. وتأتي هذه السلسلة في إطار التحضير للجولة المقبلة من الاستعراض
الإقليمي لتنفيذ الاتفاق العالمي في المنطقة العربية.</p>
<p>ولهذا الغرض، تنظّم الشبكة الإقليمية للهجرة والتنقل في الخليج، انطلاقًا من أمانتها العامة في مسقط وبالتعاون
مع شبكة الأمم المتحدة المعنية بالهجرة، سلسلة من ثلاث ندوات إلكترونية تجمع ممثلين عن منظمات المجتمع المدني
والنقابات ومنظمات العمال المهاجرين والأوساط الأكاديمية والمنظمات الدولية من بلدان المنشأ والمقصد.</p>

<h2>ثانيًا: الأهداف</h2>
<p>تسعى سلسلة الندوات إلى تحقيق الأهداف الآتية:</p>
<p class="num">1. تبادل المعلومات والأدلة بشأن التقدم المحرز والتحديات القائمة في تنفيذ إصلاحات سوق العمل المتعلقة
بالعمال المهاجرين في بلدان الخليج.</p>
<p class="num">2. تحديد الممارسات الجيدة في مجال التوظيف العادل، بما في ذلك مبدأ عدم تحميل العمال أي رسوم أو
تكاليف توظيف.</p>
<p class="num">3. مناقشة سبل توسيع الحماية الاجتماعية لتشمل العمال المهاجرين وضمان قابلية نقل مستحقاتهم عند عودتهم
إلى بلدانهم.</p>
<p class="num">4. إبراز أوضاع العاملات المنزليات المهاجرات وسبل تحسين وصولهن إلى آليات الشكاوى والعدالة.</p>
<p class="num">5. صياغة رسائل رئيسية من المجتمع المدني تُرفع إلى الاستعراض الإقليمي المقبل للاتفاق العالمي في
المنطقة العربية.</p>

<h2 class="newpage">ثالثًا: برنامج السلسلة</h2>
<p>تُعقد الندوات الثلاث أيام الثلاثاء، ومدة كل منها تسعون دقيقة. وتُذكر الأوقات أدناه بتوقيت مسقط، أي GMT+4،
وبتوقيت غرينتش GMT.</p>
{programme_table()}

<h3>الندوة الأولى: التوظيف العادل ورسوم التوظيف</h3>
<p>تستعرض الندوة الأولى مسار التوظيف من بلد المنشأ إلى بلد المقصد، وتبحث في حجم الرسوم والتكاليف التي يتحملها
العمال لدى وكالات التوظيف والوسطاء، وفي المبادرات المشتركة بين بلدان المنشأ والمقصد للحد منها، بما في ذلك
التحقق من العقود قبل السفر.</p>
<h3>الندوة الثانية: الحماية الاجتماعية وقابلية نقل المستحقات</h3>
<p>تناقش الندوة الثانية مدى تغطية العمال المهاجرين بأنظمة التأمين ضد إصابات العمل والتأمين الصحي ومكافأة نهاية
الخدمة، وتجارب الاتفاقات الثنائية في مجال الضمان الاجتماعي، والعقبات التي تحول دون تحويل المستحقات عند انتهاء
العقد أو العودة.</p>
<h3>الندوة الثالثة: العاملات المنزليات المهاجرات والوصول إلى العدالة</h3>
<p>تركّز الندوة الثالثة على أوضاع العاملات المنزليات، وعلى آليات تقديم الشكاوى وتسوية النزاعات العمالية، ودور
السفارات ومراكز الإيواء ومنظمات المجتمع المدني في مساندتهن، مع إتاحة المجال لشهادات من العاملات أنفسهن.</p>

<h2>رابعًا: المشاركة والتسجيل</h2>
<p><b>المنصة:</b> تُعقد الندوات الثلاث عبر منصة Zoom Webinar، ويُرسَل رابط الدخول الخاص بكل ندوة إلى المسجلين
بالبريد الإلكتروني قبل يوم واحد من موعدها.</p>
<p><b>التسجيل:</b> المشاركة مجانية، ويكون التسجيل مرة واحدة للسلسلة كاملة عبر الاستمارة الإلكترونية على الرابط
التالي:</p>
<p>{FORM_URL}</p>
<p>ويُغلق باب التسجيل يوم الخميس 18 نوفمبر 2038 الساعة 23:59 بتوقيت مسقط.</p>
<p><b>العدد المتوقع:</b> يُتوقع أن يشارك نحو 300 شخص في كل ندوة من 14 بلدًا من بلدان المنشأ والمقصد، علمًا بأن
المنصة تتسع لـ 500 مشارك كحد أقصى في الندوة الواحدة.</p>
<p><b>الأسئلة المسبقة:</b> يمكن للمسجلين إرسال أسئلتهم إلى المتحدثين مسبقًا في موعد أقصاه الأحد 21 نوفمبر 2038،
على ألا يتجاوز السؤال الواحد 150 كلمة، مع ذكر رقم الندوة المعنية. ويختار الميسّرون عددًا من هذه الأسئلة لطرحها
خلال النقاش. وتُرسَل الأسئلة إلى البريد الإلكتروني التالي:</p>
<p>{QUESTIONS}</p>
<p><b>لغات الترجمة الفورية:</b> تُتاح الترجمة الفورية بين العربية والإنجليزية في الندوات الثلاث، وتُضاف في الندوة
الثالثة ترجمة فورية من اللغة التاغالوغية وإليها لتيسير مشاركة العاملات المنزليات الفلبينيات.</p>

<h2>خامسًا: مسائل لم تُحسم بعد</h2>
<table class="box" width="100%"><tr><td>
<p>• تسجيل الندوات: سيُعلن لاحقًا ما إذا كانت الندوات ستُسجّل وتُنشر على الموقع الإلكتروني للشبكة.</p>
<p>• التقرير الموجز للسلسلة: سيُعلن لاحقًا موعد نشره.</p>
<p>• المتحدث الرابع في الندوة الثانية، ممثلًا عن إحدى مؤسسات الضمان الاجتماعي في المنطقة: سيُعلن اسمه لاحقًا.</p>
<p>• ندوة رابعة محتملة في عام 2039 حول العودة وإعادة الإدماج: لم يُحدّد موعدها بعد.</p>
</td></tr></table>

<h2>سادسًا: الاتصال</h2>
<p>تُوجّه جميع الاستفسارات المتعلقة بسلسلة الندوات إلى البريد الإلكتروني <span class="nw">{CONTACT}</span></p>
<p>جهة الاتصال: السيدة أسماء بنت خلفان الهنائية، مسؤولة البرامج في الأمانة العامة للشبكة بمسقط.</p>

<p class="sign">خالد بن ناصر الرواحي</p>
<p class="sign-sub">المنسق الإقليمي، الشبكة الإقليمية للهجرة والتنقل في الخليج</p>
</body>
"""

FOOTER = f"مذكرة مفاهيمية – سلسلة ندوات مسقط الإلكترونية 2038 – المرجع {REFERENCE}"


def build_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add((FONT_DIR / name).read_bytes(), name)  # GSUB kept: Arabic shaping
    return archive


def layout(archive: pymupdf.Archive) -> pymupdf.Document:
    story = pymupdf.Story(html=HTML, user_css=CSS, archive=archive)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _ = story.place(BODY)
        story.draw(device)
        writer.end_page()
    writer.close()
    return pymupdf.open("pdf", buffer.getvalue())


def stamp(doc: pymupdf.Document, archive: pymupdf.Archive) -> None:
    css = FONT_FACES + " * {font-family: dv;} p {font-size: 7.2pt; color: #505050; direction: rtl;}"
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        page.draw_line((left, PAGE.height - 56), (right, PAGE.height - 56), color=(0.79, 0.64, 0.36), width=0.6)
        page.insert_htmlbox(pymupdf.Rect(left + 90, PAGE.height - 52, right, PAGE.height - 36),
                            f"<p dir='rtl' style='text-align: start'>{FOOTER}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 44, left + 70, PAGE.height - 28),
                            f"<p dir='rtl' style='text-align: center'>الصفحة {number} من {total}</p>",
                            css=css, archive=archive)


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
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "مذكرة مفاهيمية: سلسلة ندوات مسقط الإلكترونية حول هجرة اليد العاملة في الخليج",
        "author": "الشبكة الإقليمية للهجرة والتنقل في الخليج",
        "subject": "ثلاث ندوات عبر الإنترنت، 23 و30 نوفمبر و14 ديسمبر 2038",
        "creator": "الأمانة العامة للشبكة – مسقط",
        "keywords": "هجرة اليد العاملة؛ الخليج؛ التوظيف العادل؛ الحماية الاجتماعية؛ العاملات المنزليات",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
