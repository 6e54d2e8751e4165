"""Writes the held-out test document tests/heldout/2039-09-20_alexandria-remote-participation-guide-ar.pdf.

Held-out DEVELOPMENT document: an Arabic (Modern Standard Arabic) "دليل المشاركة عن بُعد" (technical guide for
remote participation), issued in Beirut on Tuesday 20 September 2039 (reference ACSMD/ALX/2039/05) by a fictional
regional network, "الشبكة العربية للمجتمع المدني من أجل الهجرة والتنمية" (ACSMD, executive secretariat in Beirut),
with the UN Network on Migration in the Arab region, for a hybrid "المشاورة الإقليمية لأصحاب المصلحة بشأن استعراض
الاتفاق العالمي من أجل الهجرة في المنطقة العربية" held in Alexandria (Egypt) and online on Wednesday 16 and Thursday
17 November 2039. Everything in it (people, bodies, venue, e-mails, URLs, the WhatsApp number) is invented.

Content: letterhead, reference and date lines, title and subtitle; eleven numbered sections:
  1. purpose of the guide (hybrid consultation, participants from 19 Arab countries; in-person logistics such as
     travel and accommodation go out in a separate note);
  2. dates and venue: day 1 Wednesday 16 November 2039, 09:30-16:30 Cairo time = 07:30-14:30 GMT; day 2 Thursday
     17 November 2039, 09:30-14:00 Cairo time = 07:30-12:00 GMT; Cairo time is GMT+2 in November; the virtual room
     opens daily at 09:00 Cairo time; in person: Ibn Battuta Hall, first floor, Al-Manara Conference Centre, Corniche
     El-Shatby, Alexandria;
  3. registration: Zoom Meetings (not Zoom Webinar), 150 remote seats (first come, with country and gender
     balance), free, individual registration through a form (URL) asking name, organisation, country, e-mail,
     preferred interpretation language and working group; deadline Sunday 6 November 2039 at 17:00 Cairo time or
     earlier if the seats are filled; personal link e-mailed at least 48 hours before, one device per link;
  4. minimum technical requirements (computer or tablet, phone not advised for speakers, 5 Mbps down / 3 Mbps up,
     Zoom 6.0 or later, headset with microphone, webcam on only when speaking, a quiet place);
  5. technical test session: Monday 14 November 2039, 12:00-13:00 Cairo time = 10:00-11:00 GMT, optional but
     strongly recommended for speakers;
  6. interpretation: Arabic, English and French in all plenary sessions (working groups in Arabic with English
     only), how to choose the channel with the Interpretation globe icon, Original Audio, Mute Original Audio;
  7. rules for the floor: display name, microphone muted, Raise Hand under Reactions (no requests in the chat),
     alternating room/remote, 3 minutes per intervention with a 30-second warning, the chat for technical questions,
     written statements of at most 300 words to a statements e-mail no later than Wednesday 9 November 2039;
  8. programme: two four-column tables, one per day (الجلسة | بتوقيت القاهرة | بتوقيت غرينتش | ملاحظات للمشاركين
     عن بُعد), with the opening, four sessions, breaks, working groups in breakout rooms and the closing session;
     the detailed programme with speakers' names is to be published in October 2039;
  9. recording: plenary sessions recorded, working groups not; recordings on the consultation page and the
     network's YouTube channel within two weeks of the close; final report in the three languages in December 2039;
 10. if disconnected: rejoin with the same link; WhatsApp +20 100 555 0192 or the help-desk e-mail; the floor is
     given back if time allows; the support team works on the test day and the two consultation days;
 11. contacts: technical focal point Eng. Karim Adel El-Shennawy (e-mail), consultation coordinator Ms Reem Fouad
     El-Husseini (e-mail), the consultation page.
Deliberately not given: sign-language interpretation, a dial-in telephone number, certificates for remote
participants, the names of the session moderators or opening speakers, whether the chat is saved, hotels, the
number of in-person seats, the Zoom meeting ID or passcode.

Western digits throughout (Arabic-Indic digits are laid out in visual order by the layout engine and would extract
reversed); no parentheses or guillemets in the Arabic running text (the engine mirrors them, so they would extract
as their mirror images); time ranges written "من ... إلى ..." rather than with a dash.

PDF: A4, right-to-left, laid out with a PyMuPDF Story (HTML with dir="rtl" + CSS) in DejaVu Sans, whose GSUB
table is kept so that Arabic letters are shaped (initial/medial/final forms, lam-alef). The tables' columns are
written in reverse order in the HTML because the layout engine lays table columns out left to right, and the CSS
never says "text-align: right" (in right-to-left blocks the engine swaps left and right; the default aligns
right). Sections 8 and 10 start on a new page so that no heading is left alone at the foot of a page; the PDF
has 4 pages. Shadda is never combined with a fatha (the DejaVu ligature glyph for the pair extracts as a wrong
character). A footer line with the reference and "الصفحة X من Y" is stamped on every page. Finally each font's
ToUnicode CMap is rewritten so that the shaped Arabic glyphs (presentation forms) extract as the base letters, as a
word processor's PDF export does; the text extracted with page.get_text() is then Arabic in logical order.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-09-20_alexandria-remote-participation-guide-ar.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2039-09-20_alexandria-remote-participation-guide-ar"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 52
BODY = pymupdf.Rect(MARGIN_X, 46, PAGE.width - MARGIN_X, PAGE.height - 66)
ACCENT = "#1f4e6b"
SAND = "#5f9ea0"

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
h3 {{font-size: 9.8pt; color: #222222; margin: 8pt 0 3pt 0;}}
.num {{margin: 0 12pt 3pt 0;}}
.item {{margin: 0 12pt 4pt 0;}}
.url {{margin: 0 12pt 6pt 0; font-weight: bold;}}
table {{border-collapse: collapse;}}
.prog th {{color: {ACCENT}; font-size: 8.4pt; padding: 4pt 4pt; border: 0.6pt solid #8aa3b3;
          border-bottom: 1.6pt solid {ACCENT};}}
.prog td {{font-size: 7.9pt; line-height: 1.38; padding: 4pt 4pt; vertical-align: top;
          border: 0.6pt solid #8aa3b3;}}
.prog td p {{margin: 0 0 2pt 0; text-align: start;}}
.box td {{border: 0.9pt solid {SAND}; background-color: #eef5f6; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0; text-align: start;}}
.sign {{margin: 14pt 0 0 0; font-weight: bold;}}
.sign-sub {{ font-size: 8.6pt; color: #333333;}}
"""

NETWORK = "الشبكة العربية للمجتمع المدني من أجل الهجرة والتنمية"
REFERENCE = "ACSMD/ALX/2039/05"
FORM_URL = "https://arabcsmd.example.org/alexandria-2039/remote"
PAGE_URL = "https://arabcsmd.example.org/alexandria-2039"
HELPDESK = "helpdesk@arabcsmd.example"
STATEMENTS = "statements@arabcsmd.example"
TECH = "k.elshennawy@arabcsmd.example"
COORD = "alexandria2039@arabcsmd.example"
WHATSAPP = "+20 100 555 0192"

# Programme, one table per day; rows in reading order: (الجلسة, بتوقيت القاهرة, بتوقيت غرينتش, ملاحظات)
DAY1 = [
    ("فتح غرفة الاجتماع الافتراضية والتحقق من الاتصال", "من 09:00 إلى 09:30", "من 07:00 إلى 07:30",
     "للمشاركين عن بُعد فقط"),
    ("الجلسة الافتتاحية وكلمات الترحيب", "من 09:30 إلى 10:15", "من 07:30 إلى 08:15",
     "ترجمة فورية بالعربية والإنجليزية والفرنسية، وتُسجّل"),
    ("الجلسة الأولى: التقدم المحرز في تنفيذ الاتفاق العالمي في المنطقة العربية منذ الاستعراض الإقليمي السابق",
     "من 10:15 إلى 11:45", "من 08:15 إلى 09:45", "ترجمة فورية باللغات الثلاث، وتُسجّل"),
    ("استراحة", "من 11:45 إلى 12:15", "من 09:45 إلى 10:15", "يتوقف البث"),
    ("الجلسة الثانية: العمل اللائق والتوظيف العادل وحماية الأجور", "من 12:15 إلى 13:45",
     "من 10:15 إلى 11:45", "ترجمة فورية باللغات الثلاث، وتُسجّل"),
    ("استراحة الغداء", "من 13:45 إلى 14:45", "من 11:45 إلى 12:45", "يتوقف البث"),
    ("مجموعات العمل المواضيعية الأربع في غرف فرعية Breakout Rooms", "من 14:45 إلى 16:30",
     "من 12:45 إلى 14:30", "بالعربية مع ترجمة إلى الإنجليزية فقط، ولا تُسجّل"),
]
DAY2 = [
    ("فتح غرفة الاجتماع الافتراضية والتحقق من الاتصال", "من 09:00 إلى 09:30", "من 07:00 إلى 07:30",
     "للمشاركين عن بُعد فقط"),
    ("الجلسة الثالثة: الهجرة في سياق تغيّر المناخ والكوارث", "من 09:30 إلى 11:00", "من 07:30 إلى 09:00",
     "ترجمة فورية باللغات الثلاث، وتُسجّل"),
    ("استراحة", "من 11:00 إلى 11:15", "من 09:00 إلى 09:15", "يتوقف البث"),
    ("الجلسة الرابعة: عرض نتائج مجموعات العمل ومناقشة الرسائل الرئيسية", "من 11:15 إلى 12:45",
     "من 09:15 إلى 10:45", "ترجمة فورية باللغات الثلاث، وتُسجّل"),
    ("الجلسة الختامية واعتماد الرسائل الرئيسية", "من 12:45 إلى 14:00", "من 10:45 إلى 12:00",
     "ترجمة فورية باللغات الثلاث، وتُسجّل"),
]

HEADERS = ["الجلسة", "بتوقيت القاهرة GMT+2", "بتوقيت غرينتش GMT", "ملاحظات للمشاركين عن بُعد"]
WIDTHS = ["44%", "17%", "17%", "22%"]


def programme_table(rows) -> str:
    """A programme table; cells are written right-to-left, i.e. in reverse HTML order."""
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in reversed(list(zip(HEADERS, WIDTHS))))
    body = []
    for session, cairo, gmt, note in rows:
        bold = not session.startswith("استراحة") and not session.startswith("فتح")
        title = f"<b>{session}</b>" if bold else session
        cells = [f"<p>{title}</p>", f"<p>{cairo}</p>", f"<p>{gmt}</p>", f"<p>{note}</p>"]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in reversed(cells)) + "</tr>")
    return f'<table class="prog" width="100%" dir="rtl"><tr>{head}</tr>{"".join(body)}</table>'


HTML = f"""
<body dir="rtl">
<p class="org">{NETWORK}</p>
<p class="org-sub">الأمانة التنفيذية – بيروت، لبنان</p>
<p class="org-sub">بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة في المنطقة العربية</p>
<p class="rule">&#160;</p>
<p class="meta">المرجع: {REFERENCE}</p>
<p class="meta">بيروت، الثلاثاء 20 سبتمبر 2039</p>
<p class="meta">التوزيع: عام – الأصل: بالعربية</p>

<p class="kind">دليل المشاركة عن بُعد</p>
<h1>المشاورة الإقليمية لأصحاب المصلحة بشأن استعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية</h1>
<p class="sub">مشاورة هجينة في الإسكندرية وعبر الإنترنت – الأربعاء 16 والخميس 17 نوفمبر 2039</p>

<h2>1. الغرض من هذا الدليل</h2>
<p>تعقد {NETWORK}، بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة في المنطقة العربية، المشاورة الإقليمية
لأصحاب المصلحة بشأن استعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، تمهيدًا للاستعراض
الإقليمي المقبل لتنفيذ الاتفاق في المنطقة العربية. وتُعقد المشاورة بصيغة هجينة تجمع بين الحضور في مدينة
الإسكندرية والمشاركة عن بُعد عبر الإنترنت، ويُنتظر أن يشارك فيها ممثلون عن منظمات المجتمع المدني ومنظمات
المهاجرين والنقابات العمالية والأوساط الأكاديمية والسلطات المحلية من 19 بلدًا عربيًا.</p>
<p>ويشرح هذا الدليل للمشاركين عن بُعد طريقة التسجيل، والمتطلبات التقنية، وكيفية متابعة الجلسات والاستماع إلى
الترجمة الفورية، وقواعد طلب الكلمة، وما ينبغي فعله في حال انقطاع الاتصال. أما المعلومات اللوجستية الخاصة
بالمشاركين حضوريًا، ومنها السفر والإقامة، فتُرسل إليهم في مذكرة منفصلة.</p>

<h2>2. موعد المشاورة ومكانها</h2>
<p>تُعقد المشاورة على مدى يومين:</p>
<p class="item">• اليوم الأول: الأربعاء 16 نوفمبر 2039، من الساعة 09:30 إلى الساعة 16:30 بتوقيت القاهرة، أي من
07:30 إلى 14:30 بتوقيت غرينتش GMT.</p>
<p class="item">• اليوم الثاني: الخميس 17 نوفمبر 2039، من الساعة 09:30 إلى الساعة 14:00 بتوقيت القاهرة، أي من
07:30 إلى 12:00 بتوقيت غرينتش GMT.</p>
<p>ويُرجى الانتباه إلى أن توقيت القاهرة في شهر نوفمبر هو GMT+2. وتُفتح غرفة الاجتماع الافتراضية يوميًا في الساعة
09:00 بتوقيت القاهرة، أي قبل نصف ساعة من بدء الجلسات، لإتاحة الوقت الكافي للدخول والتحقق من الصوت.</p>
<p>ويلتقي المشاركون حضوريًا في قاعة ابن بطوطة، الطابق الأول، مركز المنارة للمؤتمرات، كورنيش الشاطبي،
الإسكندرية، جمهورية مصر العربية. وتُنقل الجلسات العامة كلها مباشرةً من القاعة إلى المنصة الإلكترونية.</p>

<h2>3. التسجيل للمشاركة عن بُعد</h2>
<p><b>المنصة:</b> تُعقد المشاورة عبر منصة Zoom Meetings، لا Zoom Webinar، حتى يتمكن المشاركون عن بُعد من طلب
الكلمة والتحدث بالصوت والصورة.</p>
<p><b>عدد المقاعد:</b> يتسع الاجتماع لـ 150 مشاركًا عن بُعد، وتُخصّص المقاعد بحسب أسبقية التسجيل مع مراعاة
التوازن بين البلدان والتوازن بين الجنسين.</p>
<p><b>الرسوم:</b> المشاركة عن بُعد مجانية ولا تترتب عليها أي رسوم.</p>
<p><b>طريقة التسجيل:</b> يسجّل كل مشارك بصفته الفردية، ولو كان من المنظمة نفسها، عبر الاستمارة الإلكترونية على
الرابط التالي:</p>
<p class="url">{FORM_URL}</p>
<p>وتطلب الاستمارة البيانات الآتية: الاسم الكامل، والمنظمة، والبلد، والبريد الإلكتروني، ولغة الترجمة الفورية
المفضلة، ومجموعة العمل التي يرغب المشارك في الانضمام إليها في اليوم الأول.</p>
<p><b>الموعد النهائي:</b> يُغلق باب التسجيل للمشاركة عن بُعد يوم الأحد 6 نوفمبر 2039 الساعة 17:00 بتوقيت
القاهرة، أو عند اكتمال المقاعد المتاحة إن حدث ذلك قبل هذا الموعد.</p>
<p><b>رابط الدخول:</b> تُرسل الأمانة إلى كل مسجّل مقبول رسالة تأكيد تتضمن رابط دخول شخصيًا قبل 48 ساعة على
الأقل من بدء المشاورة. والرابط خاص بصاحبه ولا يجوز تداوله، ولا يُسمح بالدخول بأكثر من جهاز واحد بالرابط
نفسه.</p>

<h2>4. المتطلبات التقنية الدنيا</h2>
<p class="num">1. جهاز حاسوب مكتبي أو محمول، ويُقبل الجهاز اللوحي. ويمكن متابعة الجلسات بالهاتف المحمول، لكنه لا
يُنصح به لمن ينوي أخذ الكلمة.</p>
<p class="num">2. اتصال بالإنترنت لا تقل سرعته عن 5 ميغابت في الثانية للتنزيل و3 ميغابت في الثانية للرفع، ويُفضّل
الاتصال السلكي أو الجلوس قرب جهاز الراوتر.</p>
<p class="num">3. تطبيق Zoom بالإصدار 6.0 أو أحدث، ويُنصح بتثبيت التطبيق عوضًا عن المتابعة عبر المتصفح.</p>
<p class="num">4. سماعة رأس مزودة بميكروفون، لأن استعمال مكبرات صوت الحاسوب يُحدث صدى يزعج المترجمين
الفوريين.</p>
<p class="num">5. كاميرا ويب، ويُطلب تشغيلها عند أخذ الكلمة فقط.</p>
<p class="num">6. مكان هادئ وإضاءة مناسبة.</p>

<h2>5. جلسة الاختبار التقني</h2>
<p>تنظّم الأمانة جلسة اختبار تقني للمشاركين عن بُعد يوم الاثنين 14 نوفمبر 2039، من الساعة 12:00 إلى الساعة 13:00
بتوقيت القاهرة، أي من 10:00 إلى 11:00 بتوقيت غرينتش GMT. ويُرسل رابط جلسة الاختبار مع رسالة التأكيد.</p>
<p>وتُتيح الجلسة التحقق من الصوت والصورة، وتجربة الانتقال بين قنوات الترجمة الفورية، والتدرّب على رفع اليد.
والمشاركة في جلسة الاختبار اختيارية، لكنها موصى بها بشدة لكل من يعتزم أخذ الكلمة.</p>

<h2>6. الترجمة الفورية</h2>
<p>تُتاح الترجمة الفورية في جميع الجلسات العامة بين اللغات الثلاث: العربية والإنجليزية والفرنسية. أما مجموعات
العمل فتُعقد بالعربية مع ترجمة فورية إلى الإنجليزية فقط.</p>
<p><b>اختيار قناة الترجمة:</b> انقر على أيقونة الترجمة الفورية Interpretation على شكل كرة أرضية في شريط أدوات
Zoom أسفل الشاشة، ثم اختر اللغة التي تريد الاستماع إليها: Arabic أو English أو French. ولسماع المتحدث بلغته
الأصلية اختر Original Audio، ويمكن تفعيل خيار Mute Original Audio لكتم الصوت الأصلي والاكتفاء بصوت
المترجم.</p>
<p>وعند أخذ الكلمة، تحدّث بإحدى اللغات الثلاث، واختر قبل أن تبدأ قناة اللغة التي ستتحدث بها، وتحدّث ببطء ووضوح
تيسيرًا لعمل المترجمين.</p>

<h2>7. قواعد طلب الكلمة والمداخلات</h2>
<p class="num">1. <b>اسم العرض:</b> يُرجى كتابة اسم العرض في Zoom على النحو الآتي: الاسم – المنظمة – البلد.</p>
<p class="num">2. <b>الميكروفون:</b> يبقى الميكروفون مغلقًا طوال الوقت إلا عند إعطائك الكلمة.</p>
<p class="num">3. <b>طلب الكلمة:</b> استخدم خاصية رفع اليد Raise Hand من قائمة التفاعلات Reactions. ولا تُقبل
طلبات الكلمة المرسلة عبر الدردشة.</p>
<p class="num">4. <b>ترتيب الكلمات:</b> يعطي ميسّر الجلسة الكلمة بالتناوب بين الحاضرين في القاعة والمشاركين عن
بُعد، بحسب ترتيب رفع الأيدي.</p>
<p class="num">5. <b>مدة المداخلة:</b> لا تتجاوز المداخلة الواحدة 3 دقائق، ويُنبّه المتحدث قبل انتهاء الوقت
بثلاثين ثانية.</p>
<p class="num">6. <b>الدردشة:</b> تُخصّص نافذة الدردشة Chat للاستفسارات التقنية الموجهة إلى فريق الدعم.</p>
<p class="num">7. <b>المداخلات المكتوبة:</b> يمكن لمن لا يتمكن من أخذ الكلمة إرسال مداخلة مكتوبة لا تتجاوز 300
كلمة، بالعربية أو الإنجليزية أو الفرنسية، مع ذكر الجلسة المعنية، في موعد أقصاه الأربعاء 9 نوفمبر 2039، إلى
البريد الإلكتروني التالي:</p>
<p class="url">{STATEMENTS}</p>
<p>وتُجمع المداخلات المكتوبة في ملحق بالتقرير الختامي للمشاورة.</p>

<h2 class="newpage">8. برنامج الجلسات</h2>
<p>يعرض الجدولان الآتيان مواعيد الجلسات بتوقيت القاهرة وبتوقيت غرينتش. وسيُنشر البرنامج التفصيلي بأسماء
المتحدثين على صفحة المشاورة في أكتوبر 2039.</p>
<h3>اليوم الأول: الأربعاء 16 نوفمبر 2039</h3>
{programme_table(DAY1)}
<h3>اليوم الثاني: الخميس 17 نوفمبر 2039</h3>
{programme_table(DAY2)}

<h2>9. تسجيل الجلسات ونشر التسجيلات</h2>
<p>تُسجّل الجلسات العامة بالصوت والصورة بجميع قنواتها اللغوية، ولا تُسجّل مجموعات العمل حرصًا على حرية
النقاش. ويُعدّ دخول المشارك إلى الاجتماع موافقةً على ظهور اسمه وصورته ومداخلته في التسجيل.</p>
<p>وتُنشر تسجيلات الجلسات العامة على صفحة المشاورة في الموقع الإلكتروني للشبكة وعلى قناتها في يوتيوب خلال
أسبوعين من اختتام المشاورة. ويصدر التقرير الختامي للمشاورة باللغات الثلاث في ديسمبر 2039.</p>

<h2 class="newpage">10. في حال انقطاع الاتصال</h2>
<table class="box" width="100%"><tr><td>
<p>• أعد الدخول فورًا باستخدام رابطك الشخصي نفسه، ولا حاجة إلى التسجيل من جديد.</p>
<p>• إذا تعذّر الدخول بعد محاولتين، تواصل مع فريق الدعم التقني عبر واتساب على الرقم {WHATSAPP}، أو
راسل مكتب المساعدة على البريد الإلكتروني {HELPDESK}، مع ذكر اسمك ووصف موجز للمشكلة.</p>
<p>• إذا انقطع الاتصال أثناء مداخلتك، يعيد إليك الميسّر الكلمة بعد عودتك إن سمح الوقت، ويمكنك أيضًا إرسال نص
مداخلتك مكتوبًا إلى بريد المداخلات.</p>
<p>• يعمل فريق الدعم عبر واتساب والبريد الإلكتروني يوم جلسة الاختبار ويومي المشاورة.</p>
</td></tr></table>

<h2>11. جهات الاتصال</h2>
<p><b>نقطة الاتصال التقنية:</b> المهندس كريم عادل الشناوي، مسؤول المنصات الرقمية في الأمانة التنفيذية للشبكة،
البريد الإلكتروني <span class="nw">{TECH}</span></p>
<p><b>منسقة المشاورة،</b> للاستفسارات المتعلقة بالبرنامج والمحتوى: السيدة ريم فؤاد الحسيني، البريد الإلكتروني
<span class="nw">{COORD}</span></p>
<p><b>صفحة المشاورة:</b></p>
<p class="url">{PAGE_URL}</p>

<p class="sign">الأمانة التنفيذية</p>
<p class="sign-sub">{NETWORK} – بيروت</p>
</body>
"""

FOOTER = f"دليل المشاركة عن بُعد – مشاورة الإسكندرية الإقليمية 2039 – المرجع {REFERENCE}"

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
        "title": "دليل المشاركة عن بُعد: المشاورة الإقليمية لأصحاب المصلحة بشأن استعراض الاتفاق العالمي من أجل الهجرة، الإسكندرية 2039",
        "author": NETWORK,
        "subject": "مشاورة هجينة، الإسكندرية وعبر الإنترنت، 16 و17 نوفمبر 2039",
        "creator": "الأمانة التنفيذية للشبكة – بيروت",
        "keywords": "المشاركة عن بعد؛ Zoom؛ الترجمة الفورية؛ الإسكندرية؛ الاتفاق العالمي من أجل الهجرة",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
