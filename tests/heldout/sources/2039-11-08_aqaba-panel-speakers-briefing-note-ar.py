"""Writes the held-out test document tests/heldout/2039-11-08_aqaba-panel-speakers-briefing-note-ar.pdf.

Held-out DEVELOPMENT document: an Arabic (Modern Standard Arabic) "مذكرة إحاطة للمتحدثين" (briefing note for
speakers), issued in Amman on Tuesday 8 November 2039 (reference RFLM/AQB/2039/07, limited distribution) by a
fictional regional body, "المنتدى الإقليمي للعمل والهجرة في المشرق العربي" (general secretariat in Amman), with the
UN Network on Migration, for the fourth panel session, "وصول العمال المهاجرين إلى العدالة – من الشكوى إلى
الإنصاف", of a regional stakeholder meeting to review the implementation of the GCM in the Arab Mashreq, held at the
conference centre of the (invented) Al-Murjan Palace hotel, South Beach, Aqaba, Jordan, on Tuesday 6 and Wednesday
7 December 2039. Everything in it (people, bodies, hotel, e-mails, URL) is invented.

Content: letterhead, reference/date/distribution lines, title block; ten numbered sections:
  1. purpose of the note;
  2. the meeting in brief: dates, venue, about 160 participants from 14 Arab countries, conclusions to feed the
     formal regional review in 2040, full programme to be published in the second half of November 2039;
  3. the panel: title, Wednesday 7 December 2039, 11:00-12:30 Amman time = 08:00-09:30 GMT, 90 minutes, Wadi Rum
     hall on the first floor; moderator Dr Suha Abdel Karim Al-Tarawneh (head of the labour justice unit, Amman
     Centre for Legal Aid); background (GCM objective 6 in words); three guiding questions as a short list;
  4. the speakers: a five-column table (order | name | title and organisation | topic | minutes): lawyer Rana Yousef
     Al-Hourani (legal aid association for migrant workers, Amman), 8 minutes; Ms Sunita Rai (network of Nepali
     domestic workers in the Middle East, speaking remotely from Kathmandu), 8 minutes; Mr Karim Fouad Al-Shami
     (ILO regional office for Arab States, Beirut), 10 minutes; Dr Hind Nasser Al-Otaibi (Gulf observatory for labour
     justice, Kuwait), 8 minutes; speakers to be in the hall 20 minutes before the start;
  5. running order: opening remarks 5 minutes, speakers 34 minutes, questions and answers 45 minutes with the hall
     and online participants, closing summary 6 minutes; yellow card 2 minutes before the end, red card at the end;
  6. slides and bio: PowerPoint or PDF, at most 6 slides including the title slide, no embedded video, by Thursday
     24 November 2039 to panels.aqaba@...; bio of at most 100 words and a photo, same address and date;
  7. technical rehearsal: Tuesday 6 December 2039, 17:30-18:30 Amman time = 14:30-15:30 GMT, Wadi Rum hall; the
     remote speaker joins on Zoom (link sent to her separately);
  8. interpretation: simultaneous Arabic-English both ways; text or speaking notes to interpreters.aqaba@... no
     later than Thursday 1 December 2039;
  9. webcast and recording: streamed live on the meeting page (URL) and recorded; the recording put on the page
     "later";
 10. travel and accommodation for speakers from outside Jordan: economy return ticket booked by the secretariat's
     travel agency, three nights at the hotel from the night of Monday 5 to the morning of Thursday 8 December 2039,
     transfers between King Hussein International Airport and the hotel (pick-up time sent after the booking is
     confirmed); passport copy and flight preferences by Sunday 13 November 2039; visa help; contacts: logistics
     officer Ms Dana Khalil Al-Momani (logistics.aqaba@...) and programme coordinator Mr Firas Nabil Haddad
     (panels.aqaba@...); final report in January 2040; signature of the executive director.
Deliberately not given: any honorarium or fee for speakers, a daily allowance, the names of discussants or of
people asking questions, whether spouses may come, a dress code, the airport pick-up times, any phone number, the
Zoom link or meeting ID of the rehearsal, the date on which the recording is published.

Western digits throughout (Arabic-Indic digits are laid out in visual order by the layout engine and would extract
reversed); no parentheses or guillemets in the Arabic running text (the engine mirrors them, so they would extract
as their mirror images); time ranges written "من ... إلى ..." rather than with a dash; shadda is never combined with
a fatha (the DejaVu ligature glyph for the pair extracts as a wrong character).

PDF: A4, right-to-left, laid out with a PyMuPDF Story (HTML with dir="rtl" + CSS) in DejaVu Sans, whose GSUB
table is kept so that Arabic letters are shaped. The table's columns are written in reverse order in the HTML
because the layout engine lays table columns out left to right, and the CSS never says "text-align: right". A
footer line with the reference and "الصفحة X من Y" is stamped on every page. Finally each font's ToUnicode CMap
is rewritten so that the shaped Arabic glyphs (presentation forms) extract as the base letters, as a word
processor's PDF export does; the text extracted with page.get_text() is then Arabic in logical order.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-11-08_aqaba-panel-speakers-briefing-note-ar.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2039-11-08_aqaba-panel-speakers-briefing-note-ar"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 52
BODY = pymupdf.Rect(MARGIN_X, 46, PAGE.width - MARGIN_X, PAGE.height - 66)
ACCENT = "#24566b"
SAND = "#c08a3e"

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
.num {{margin: 0 12pt 3pt 0;}}
.item {{margin: 0 12pt 4pt 0;}}
.url {{margin: 0 12pt 6pt 0; font-weight: bold;}}
table {{border-collapse: collapse;}}
.prog th {{color: {ACCENT}; font-size: 8.4pt; padding: 4pt 4pt; border: 0.6pt solid #8aa3b3;
          border-bottom: 1.6pt solid {ACCENT};}}
.prog td {{font-size: 8pt; line-height: 1.38; padding: 4pt 4pt; vertical-align: top;
          border: 0.6pt solid #8aa3b3;}}
.prog td p {{margin: 0 0 2pt 0; text-align: start;}}
.box td {{border: 0.9pt solid {SAND}; background-color: #fbf4ea; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0; text-align: start;}}
.sign {{margin: 14pt 0 0 0; font-weight: bold;}}
.sign-sub {{ font-size: 8.6pt; color: #333333;}}
"""

FORUM = "المنتدى الإقليمي للعمل والهجرة في المشرق العربي"
REFERENCE = "RFLM/AQB/2039/07"
PAGE_URL = "https://mashreq-lmforum.example.org/aqaba-2039"
PANELS = "panels.aqaba@mashreq-lmforum.example"
INTERPRETERS = "interpreters.aqaba@mashreq-lmforum.example"
LOGISTICS = "logistics.aqaba@mashreq-lmforum.example"

# Speakers, in speaking order: (الترتيب, الاسم, الصفة والمؤسسة, محور المداخلة, المدة)
SPEAKERS = [
    ("1", "المحامية رنا يوسف الحوراني",
     "محامية ومستشارة قانونية أولى، جمعية العون القانوني للعمال المهاجرين، عمّان",
     "الشكاوى العمالية أمام المحاكم: مدد التقاضي وكلفته على العامل",
     "8 دقائق"),
    ("2", "السيدة سونيتا راي",
     "منسقة شبكة العاملات المنزليات النيباليات في الشرق الأوسط، تشارك عن بعد من كاتماندو",
     "عوائق تقديم الشكاوى من منظور العاملات المنزليات",
     "8 دقائق"),
    ("3", "السيد كريم فؤاد الشامي",
     "أخصائي معايير العمل الدولية، منظمة العمل الدولية – المكتب الإقليمي للدول العربية، بيروت",
     "دور تفتيش العمل وآليات تسوية النزاعات العمالية",
     "10 دقائق"),
    ("4", "الدكتورة هند ناصر العتيبي",
     "باحثة أولى، المرصد الخليجي للعدالة العمالية، الكويت",
     "استرداد الأجور المتأخرة والتعويضات بعد عودة العامل إلى بلد المنشأ",
     "8 دقائق"),
]

HEADERS = ["الترتيب", "المتحدث", "الصفة والمؤسسة", "محور المداخلة", "المدة المخصصة"]
WIDTHS = ["8%", "19%", "35%", "27%", "11%"]


def speakers_table() -> str:
    """The speakers table; cells are written right-to-left, i.e. in reverse HTML order."""
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in reversed(list(zip(HEADERS, WIDTHS))))
    rows = []
    for order, name, role, topic, minutes in SPEAKERS:
        cells = [f"<p>{order}</p>", f"<p><b>{name}</b></p>", f"<p>{role}</p>", f"<p>{topic}</p>",
                 f"<p>{minutes}</p>"]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in reversed(cells)) + "</tr>")
    return f'<table class="prog" width="100%" dir="rtl"><tr>{head}</tr>{"".join(rows)}</table>'


HTML = f"""
<body dir="rtl">
<p class="org">{FORUM}</p>
<p class="org-sub">الأمانة العامة – عمّان، المملكة الأردنية الهاشمية</p>
<p class="org-sub">بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة</p>
<p class="rule">&#160;</p>
<p class="meta">المرجع: {REFERENCE}</p>
<p class="meta">عمّان، الثلاثاء 8 نوفمبر 2039</p>
<p class="meta">التوزيع: محدود – المتحدثون والميسرة والفريق التنظيمي – الأصل: بالعربية</p>

<p class="kind">مذكرة إحاطة للمتحدثين</p>
<h1>الجلسة الحوارية الرابعة: وصول العمال المهاجرين إلى العدالة – من الشكوى إلى الإنصاف</h1>
<p class="sub">الاجتماع الإقليمي لأصحاب المصلحة لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة في المشرق العربي
– العقبة، 6 و7 ديسمبر 2039</p>

<h2>أولًا: الغرض من هذه المذكرة</h2>
<p>تتضمن هذه المذكرة المعلومات الموضوعية والعملية التي يحتاج إليها المتحدثون والميسرة في الجلسة الحوارية
الرابعة من الاجتماع الإقليمي، وهي الجلسة المخصصة لوصول العمال المهاجرين إلى العدالة. ونرجو من جميع المتحدثين
قراءتها بعناية والالتزام بالمواعيد الواردة فيها، إذ يعتمد عليها فريق البرنامج وفريق الترجمة الفورية والفريق
التقني وفريق السفر في إعداد الجلسة.</p>

<h2>ثانيًا: الاجتماع الإقليمي في سطور</h2>
<p>يعقد {FORUM}، بالتعاون مع شبكة الأمم المتحدة المعنية بالهجرة، الاجتماع الإقليمي لأصحاب المصلحة لاستعراض
تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المشرق العربي، يومي الثلاثاء 6 والأربعاء 7
ديسمبر 2039 في مركز المؤتمرات بفندق المرجان بالاس، الشاطئ الجنوبي، العقبة، المملكة الأردنية الهاشمية.</p>
<p>ويُتوقع أن يشارك في الاجتماع نحو 160 ممثلًا عن منظمات المجتمع المدني والنقابات ومنظمات العمال المهاجرين
والمؤسسات الأكاديمية والجهات الحكومية من 14 بلدًا عربيًا. وستُرفع خلاصات الاجتماع إلى الاستعراض الإقليمي
الرسمي لتنفيذ الاتفاق العالمي في المنطقة العربية المقرر عقده في عام 2040. ويُنشر البرنامج الكامل للاجتماع
على صفحته الإلكترونية في النصف الثاني من نوفمبر 2039.</p>

<h2>ثالثًا: الجلسة الحوارية الرابعة</h2>
<table class="box" width="100%"><tr><td>
<p><b>العنوان:</b> وصول العمال المهاجرين إلى العدالة – من الشكوى إلى الإنصاف</p>
<p><b>اليوم:</b> الأربعاء 7 ديسمبر 2039، وهو اليوم الثاني من الاجتماع</p>
<p><b>التوقيت:</b> من 11:00 إلى 12:30 بتوقيت عمّان، أي من 08:00 إلى 09:30 بتوقيت غرينتش GMT، ومدة الجلسة 90
دقيقة</p>
<p><b>القاعة:</b> قاعة وادي رم، الطابق الأول، مركز المؤتمرات بفندق المرجان بالاس</p>
<p><b>الميسرة:</b> الدكتورة سهى عبد الكريم الطراونة، رئيسة وحدة العدالة العمالية في مركز عمّان للمساعدة
القانونية</p>
</td></tr></table>
<p>يلتزم الاتفاق العالمي، في هدفه السادس، بتيسير التوظيف العادل والأخلاقي وضمان الشروط التي تكفل العمل اللائق،
ومنها تمكين العمال المهاجرين من الوصول إلى آليات فعالة لتقديم الشكاوى والحصول على الانتصاف. غير أن تجارب
منظمات المجتمع المدني في المنطقة تُظهر أن كثيرًا من العمال يعزفون عن تقديم شكاواهم خوفًا من فقدان الإقامة أو
الترحيل، وأن القضايا العمالية قد تستغرق شهورًا طويلة، وأن كثيرًا منها يبقى معلقًا بعد مغادرة العامل البلد. وتسعى
الجلسة إلى تبادل الخبرات بين المحامين والنقابيين ومنظمات العاملات المنزليات والمنظمات الدولية، وإلى صياغة توصيات
عملية تُرفع إلى الاستعراض الإقليمي.</p>
<p>وتدور الجلسة حول ثلاثة أسئلة توجيهية، يُرجى من كل متحدث أن يتناول واحدًا منها على الأقل:</p>
<p class="num">1. ما العوائق العملية التي تحول دون تقديم العمال المهاجرين شكاواهم، ولا سيما الخوف من الترحيل أو
فقدان الإقامة؟</p>
<p class="num">2. كيف يمكن تقصير مدد التقاضي في القضايا العمالية وخفض كلفته على العمال؟</p>
<p class="num">3. ما السبل المتاحة لاسترداد الأجور المتأخرة والتعويضات بعد عودة العامل إلى بلده؟</p>

<h2>رابعًا: المتحدثون وترتيب المداخلات</h2>
<p>يتحدث في الجلسة أربعة متحدثين بالترتيب الوارد في الجدول أدناه، وتُحتسب المدة المخصصة لكل مداخلة بدقة:</p>
{speakers_table()}
<p>يُرجى من المتحدثين الحاضرين في العقبة الوصول إلى قاعة وادي رم قبل 20 دقيقة من بدء الجلسة لتجربة
الميكروفونات والتعرف على ترتيب المنصة.</p>

<h2>خامسًا: سير الجلسة</h2>
<p>تسير الجلسة وفق الترتيب الآتي:</p>
<p class="item">• كلمة افتتاحية للميسرة: 5 دقائق.</p>
<p class="item">• مداخلات المتحدثين الأربعة: 34 دقيقة، وفق الترتيب والمدد الواردة في الجدول.</p>
<p class="item">• أسئلة وأجوبة مع الحضور في القاعة والمشاركين عبر الإنترنت: 45 دقيقة.</p>
<p class="item">• خلاصة ختامية تقدمها الميسرة: 6 دقائق.</p>
<p>وترفع منسقة الوقت بطاقة صفراء قبل دقيقتين من انتهاء المدة المخصصة لكل متحدث، وبطاقة حمراء عند انتهائها.
وتجمع الميسرة أسئلة الحضور في مجموعات من ثلاثة أسئلة، وتطرح معها الأسئلة التي يرسلها المشاركون عبر الإنترنت من
خلال خانة الأسئلة في صفحة البث. ولا تُقرأ بيانات مكتوبة خلال فترة الأسئلة والأجوبة.</p>

<h2>سادسًا: العروض التقديمية والنبذة التعريفية</h2>
<p>استخدام العروض التقديمية اختياري. ويُرجى من المتحدثين الراغبين في استخدام عرض تقديمي إرساله في موعد
أقصاه الخميس 24 نوفمبر 2039، بصيغة PowerPoint أو PDF، على ألا يتجاوز العرض 6 شرائح بما فيها شريحة العنوان.
ولا تُقبل مقاطع الفيديو المدمجة في العروض، ويُسمى الملف باسم عائلة المتحدث. ويُرسل العرض إلى منسق البرامج،
السيد فراس نبيل حداد، على البريد الإلكتروني التالي:</p>
<p class="url">{PANELS}</p>
<p>ولا تُقبل تعديلات على العروض بعد هذا الموعد إلا لتصحيح أخطاء مادية. كما يُرجى من كل متحدث إرسال نبذة
تعريفية لا تتجاوز 100 كلمة مع صورة شخصية إلى البريد نفسه وفي الموعد نفسه، لنشرهما على صفحة الاجتماع.</p>

<h2>سابعًا: الجلسة التجريبية التقنية</h2>
<p>تُعقد جلسة تجريبية تقنية للمتحدثين والميسرة يوم الثلاثاء 6 ديسمبر 2039، من 17:30 إلى 18:30 بتوقيت عمّان، أي
من 14:30 إلى 15:30 بتوقيت غرينتش GMT، في قاعة وادي رم بعد اختتام أعمال اليوم الأول. وتُجرب خلالها العروض
التقديمية والميكروفونات وقنوات الترجمة الفورية.</p>
<p>وتشارك السيدة سونيتا راي في الجلسة التجريبية عبر الإنترنت على منصة Zoom، إذ تقدم مداخلتها في الجلسة الحوارية
عن بعد من كاتماندو، وسيُرسل إليها رابط الدخول في رسالة منفصلة.</p>

<h2>ثامنًا: الترجمة الفورية</h2>
<p>تتوفر في الجلسة ترجمة فورية بين العربية والإنجليزية في الاتجاهين، ويمكن لكل متحدث أن يلقي مداخلته بأي من
اللغتين. ولضمان دقة الترجمة، يُرجى من المتحدثين إرسال نص المداخلة أو النقاط الرئيسية التي سيتناولونها إلى فريق
المترجمين الفوريين في موعد أقصاه الخميس 1 ديسمبر 2039، على البريد الإلكتروني التالي:</p>
<p class="url">{INTERPRETERS}</p>
<p>وتُعامل هذه النصوص بسرية ولا تُستخدم إلا لأغراض الترجمة. ويُرجى التحدث بوتيرة معتدلة وتجنب القراءة السريعة
للنصوص المكتوبة.</p>

<h2>تاسعًا: البث والتسجيل</h2>
<p>تُبث الجلسة بثًا مباشرًا على صفحة الاجتماع، وتُسجل بالصوت والصورة، ويُتاح التسجيل لاحقًا على الصفحة نفسها:</p>
<p class="url">{PAGE_URL}</p>

<h2>عاشرًا: السفر والإقامة والاتصال</h2>
<p>يتحمل المنظمون، للمتحدثين القادمين من خارج الأردن، تكلفة تذكرة سفر ذهابًا وإيابًا بالدرجة السياحية، والإقامة
ثلاث ليال في فندق المرجان بالاس من ليلة الاثنين 5 ديسمبر إلى صباح الخميس 8 ديسمبر 2039، إضافة إلى التنقل بين
مطار الملك حسين الدولي في العقبة والفندق. وتحجز الأمانة التذاكر عبر وكالة السفر المتعاقدة معها، ولا تُسترد قيمة
التذاكر التي يشتريها المتحدثون بأنفسهم.</p>
<p>ويُرجى إرسال صورة جواز السفر وتفضيلات الرحلة، ومنها مطار المغادرة، إلى مسؤولة الشؤون اللوجستية في موعد أقصاه
الأحد 13 نوفمبر 2039. وسيُبلغ كل متحدث بموعد استقباله في المطار بعد تأكيد حجز رحلته. وتيسر الأمانة إجراءات
الحصول على تأشيرة الدخول إلى الأردن لمن يحتاج إليها. أما المتحدثون والميسرة المقيمون في الأردن، فتنسق الأمانة
معهم ترتيبات انتقالهم إلى العقبة بصورة مباشرة.</p>
<p><b>للشؤون اللوجستية والسفر والإقامة:</b> السيدة دانة خليل المومني، مسؤولة الشؤون اللوجستية في الأمانة العامة
للمنتدى، على البريد الإلكتروني:</p>
<p class="url">{LOGISTICS}</p>
<p><b>للمحتوى والعروض التقديمية:</b> السيد فراس نبيل حداد، منسق البرامج، على البريد الإلكتروني:</p>
<p class="url">{PANELS}</p>
<p>ويصدر التقرير الختامي للاجتماع، متضمنًا خلاصة كل جلسة حوارية، في يناير 2040. ونشكر لكم مسبقًا مساهمتكم في
إنجاح هذه الجلسة.</p>

<p class="sign">ليلى سمير النابلسي</p>
<p class="sign-sub">المديرة التنفيذية، {FORUM}</p>
</body>
"""

FOOTER = f"مذكرة إحاطة للمتحدثين – الجلسة الحوارية الرابعة، اجتماع العقبة الإقليمي 2039 – المرجع {REFERENCE}"


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
        "title": "مذكرة إحاطة للمتحدثين: الجلسة الحوارية الرابعة، وصول العمال المهاجرين إلى العدالة، العقبة 2039",
        "author": FORUM,
        "subject": "الاجتماع الإقليمي لأصحاب المصلحة لاستعراض الاتفاق العالمي من أجل الهجرة، العقبة، 6 و7 ديسمبر 2039",
        "creator": "الأمانة العامة للمنتدى – عمّان",
        "keywords": "الوصول إلى العدالة؛ العمال المهاجرون؛ العقبة؛ المتحدثون؛ الاتفاق العالمي من أجل الهجرة",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
