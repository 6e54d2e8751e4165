"""Writes the held-out test document tests/heldout/2040-01-31_benghazi-stakeholders-questionnaire-ar.docx.

Held-out DEVELOPMENT document: an Arabic (Modern Standard Arabic) Word STAKEHOLDER QUESTIONNAIRE ("استمارة استطلاع
آراء أصحاب المصلحة"), issued in Benghazi on Tuesday 31 January 2040 (reference TWS/NC40/Q-01) by the invented Libyan
civil-society network "الشبكة الليبية لمنظمات المجتمع المدني المعنية بالهجرة «تواصل»" with the (invented) Benghazi
office of the UN Network on Migration, to gather civil-society inputs for the national stakeholder consultation on
the review of the implementation of the Global Compact for Migration in Libya, Benghazi, Tuesday 17 and Wednesday
18 April 2040, Silphium Conference Centre (مركز السلفيوم للمؤتمرات). Everything in it (people, network, venue,
building, e-mails, phone, URLs) is invented.

Content: letterhead (network, partner office, address, website), reference and date lines, title and subtitle; an
introduction (purpose, which review it feeds, date and venue of the consultation, regional review "later in the
year"); who should answer (kinds of organisations, one answer per organisation filled by the director or a delegate);
a "what is new this year" paragraph (unlike the 2039 questionnaire, individual answers are no longer accepted; if
several forms come from the same organisation, only the last received is kept); a practical-information table
(about 25 minutes to fill, the online form can be saved and finished later; Arabic or English; deadline Thursday 8 March 2040 16:00 Libya time, with a correction
of the 28 February date of the first announcement; three ways to send it: online form, e-mail with a signed Word or
PDF file, paper copy in a sealed envelope at the network's Benghazi office, Sunday to Thursday 9:00-14:00; no paper
drop-off in Tripoli or Sebha). Then the questionnaire: five sections with 13 numbered questions -- 1 organisation
(name, type with ☐ choices, region, registration with the civil society commission, the person filling it); 2 GCM
objectives as a table of ☐ checkboxes (11 of the 23 objectives, star at most three as priorities, other objectives
on the last line); 3 challenges (three lines, access to shelters/detention centres in 2039, sources of funding);
4 one good practice since 2038, at most 300 words, attachments at most 10 MB in total, consent to name the
organisation; 5 at most three recommendations of at most 150 words each in a table, wish to present them orally (no
guarantee of a speaking slot). Then confidentiality (anonymised, only the analysis team and the UN office see the
originals, raw data kept 18 months from the consultation then destroyed, question 13 consent to be listed), sharing
of results (validation webinar Wednesday 21 March 2040, 11:00-12:30 Libya time, Zoom, link only to organisations that
answered; summary published Monday 2 April 2040 at a URL; full civil-society report presented at the consultation),
contact (focal point Ms Salma Abdelhamid Al-Fakhri, questionnaire coordinator and M&E officer, e-mail, phone and
WhatsApp with WhatsApp for messages only; technical support e-mail for the online form), signature of the executive
director Dr Faraj Idris Al-Mismari, and a footer with page number.

Deliberately not said: how many organisations answered the 2039 questionnaire; the Zoom meeting ID or passcode of
the validation webinar; whether the webinar is recorded; any travel or accommodation support to attend the Benghazi
consultation; the name of the head of the UN Network office in Benghazi or any contact (phone, e-mail) for that
office; the date of the Arab regional review; how to register to attend the consultation or any registration
deadline; the number of participants or seats at the national consultation; the
consultation's programme (who opens it, the second day); any payment to organisations that answer.

Digits: narrative dates and durations mostly in Arabic-Indic digits; the table, deadline, URLs, phone, question
numbers and some dates in Western digits. Paragraphs carry the bidi property, runs the rtl property, tables are
bidiVisual.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-01-31_benghazi-stakeholders-questionnaire-ar.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2040-01-31_benghazi-stakeholders-questionnaire-ar.docx"

FONT = "Arial"
TEAL = RGBColor(0x0E, 0x5E, 0x6F)
GREY = RGBColor(0x59, 0x59, 0x59)

NETWORK = "الشبكة الليبية لمنظمات المجتمع المدني المعنية بالهجرة «تواصل»"
FORM_URL = "https://tawasul.example.org/istibyan-2040"
RESULTS_URL = "https://tawasul.example.org/istibyan-2040/natayej"
SEND_MAIL = "istibyan2040@tawasul-ly.example"
FOCAL_MAIL = "s.alfakhri@tawasul-ly.example"
SUPPORT_MAIL = "support@tawasul-ly.example"
PHONE = "+218 92 431 7706"
LINE = "........................................................................................................"


# ---------------------------------------------------------------- RTL helpers
def set_bidi(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        p_pr.insert(0, bidi)


def style_run(run, bold=False, size=11, color=None, italic=False):
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    run.font.name = FONT
    if color is not None:
        run.font.color.rgb = color
    r_pr = run._r.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), FONT)
    if bold:
        r_pr.append(OxmlElement("w:bCs"))
    sz_cs = OxmlElement("w:szCs")
    sz_cs.set(qn("w:val"), str(int(size * 2)))
    r_pr.append(sz_cs)
    r_pr.append(OxmlElement("w:rtl"))
    return run


def para(container, parts, align=None, size=11, style=None, space_after=4):
    """parts: a string, or a list of (text, bold) tuples / strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    set_bidi(p)
    if align is not None:  # RTL paragraphs start on the right by default
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for part in parts:
        text, bold = (part, False) if isinstance(part, str) else part
        style_run(p.add_run(text), bold=bold, size=size)
    return p


def heading(doc, text, size=13):
    p = doc.add_paragraph()
    set_bidi(p)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    style_run(p.add_run(text), bold=True, size=size, color=TEAL)
    return p


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def rtl_table(doc, rows, cols):
    table = doc.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(OxmlElement("w:bidiVisual"))
    return table


def cell_text(cell, text, bold=False, size=10, fill=None, color=None, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_bidi(p)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            set_bidi(p)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style_run(p.add_run(line), bold=bold, size=size, color=color)
    if fill:
        shade(cell, fill)


def add_page_field(paragraph):
    run = paragraph.add_run()
    style_run(run, size=8, color=GREY)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


# ---------------------------------------------------------------- content
INTRO = [
    "تدعوكم " + NETWORK + "، بالشراكة مع مكتب شبكة الأمم المتحدة المعنية بالهجرة في بنغازي، إلى المشاركة في "
    "هذا الاستبيان الذي يهدف إلى جمع آراء أصحاب المصلحة وتجاربهم بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة "
    "والمنظمة والنظامية في ليبيا. وستُجمَع الإجابات في تقرير موحّد للمجتمع المدني يُعرَض على المشاورة الوطنية "
    "لاستعراض تنفيذ الاتفاق، التي تُعقد في بنغازي يومَي الثلاثاء والأربعاء ١٧ و١٨ أبريل ٢٠٤٠ في مركز السلفيوم "
    "للمؤتمرات على كورنيش المدينة، ثم يُحال إلى الاستعراض الإقليمي للمنطقة العربية المقرر في وقت لاحق من العام.",
]

WHO = (
    "الاستبيان موجّه إلى المنظمات غير الحكومية المحلية، وجمعيات المهاجرين والجاليات، والمجموعات التي يقودها لاجئون، "
    "والنقابات، والمنظمات النسائية والشبابية، والجامعات ومراكز البحث، والبلديات العاملة في مجال الهجرة في المناطق "
    "الشرقية والغربية والجنوبية. يُرجى تقديم إجابة واحدة فقط لكل منظمة، يملؤها المدير أو من يفوّضه."
)

NEW = (
    "خلافًا لاستبيان عام ٢٠٣٩، لم تعد الإجابات الفردية مقبولة. وإذا وصلتنا أكثر من استمارة من المنظمة نفسها، "
    "فسنعتمد آخر استمارة مستلمة فقط."
)

PRACTICAL = [
    ("مدة التعبئة", "نحو ٢٥ دقيقة (يمكن حفظ النموذج الإلكتروني وإكماله لاحقًا)"),
    ("لغة الإجابة", "العربية أو الإنجليزية"),
    ("آخر موعد للإرسال",
     "الخميس 8 مارس 2040، الساعة 16:00 بتوقيت ليبيا\n"
     "(تصحيح: ورد في الإعلان الأول تاريخ 28 فبراير 2040، والصحيح هو 8 مارس)"),
    ("طرق الإرسال",
     "1) النموذج الإلكتروني: " + FORM_URL + "\n"
     "2) البريد الإلكتروني: " + SEND_MAIL + " (ملف Word أو PDF موقّع)\n"
     "3) نسخة ورقية في ظرف مغلق يُكتب عليه «استبيان 2040»، تُسلَّم في مقر الشبكة ببنغازي (العنوان أعلاه)، "
     "من الأحد إلى الخميس من الساعة 9:00 إلى 14:00"),
    ("ملاحظة", "لا توجد هذا العام نقطة استلام للنسخ الورقية في طرابلس أو سبها."),
]

ORG_TYPES = ("☐ منظمة غير حكومية محلية    ☐ جمعية مهاجرين أو جالية    ☐ مجموعة يقودها لاجئون    "
             "☐ نقابة أو اتحاد عمالي    ☐ منظمة نسائية أو شبابية    ☐ جامعة أو مركز بحثي    ☐ بلدية    "
             "☐ أخرى (يُرجى التحديد): ....................")

OBJECTIVES = [
    ("1", "جمع بيانات دقيقة ومصنّفة"),
    ("2", "الحدّ من العوامل الدافعة للهجرة"),
    ("3", "توفير معلومات دقيقة في جميع مراحل الهجرة"),
    ("7", "معالجة أوجه الضعف في الهجرة والحدّ منها"),
    ("8", "إنقاذ الأرواح والبحث عن المهاجرين المفقودين"),
    ("10", "منع الاتجار بالأشخاص ومكافحته"),
    ("13", "عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير"),
    ("15", "إتاحة الخدمات الأساسية للمهاجرين"),
    ("16", "تمكين المهاجرين من أجل الإدماج والتماسك الاجتماعي"),
    ("21", "العودة الآمنة وإعادة الإدماج المستدام"),
    ("23", "تعزيز التعاون الدولي والشراكات"),
]

CONFIDENTIALITY = (
    "تُعامَل الإجابات بسرية تامة، وتُحذف منها أسماء المنظمات والأشخاص قبل التحليل، ولا يطّلع على الاستمارات "
    "الأصلية إلا فريق التحليل في الشبكة ومكتب شبكة الأمم المتحدة في بنغازي. تُحفظ البيانات الخام مدة ١٨ شهرًا من "
    "تاريخ انعقاد المشاورة الوطنية ثم تُتلف. ولن يُذكر اسم منظمتكم إلا في قائمة المنظمات المشاركة، وبموافقتكم "
    "(السؤال 13)."
)

RESULTS = [
    [("ندوة إلكترونية للتحقق من النتائج الأولية: ", True),
     "الأربعاء ٢١ مارس ٢٠٤٠، من الساعة ١١:٠٠ إلى ١٢:٣٠ بتوقيت ليبيا، عبر منصة Zoom؛ ويُرسَل الرابط إلى المنظمات "
     "التي أرسلت استماراتها فقط."],
    [("نشر ملخص النتائج: ", True),
     "الاثنين 2 أبريل 2040 على صفحة الاستبيان: " + RESULTS_URL],
    [("التقرير الكامل للمجتمع المدني: ", True),
     "يُعرض في المشاورة الوطنية ببنغازي، وتُرسل نسخة منه إلى جميع المنظمات المشاركة."],
]


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = "استمارة استطلاع آراء أصحاب المصلحة – المشاورة الوطنية لاستعراض الاتفاق العالمي للهجرة، بنغازي 2040"
    cp.subject = "استبيان المجتمع المدني – الاتفاق العالمي من أجل الهجرة – ليبيا 2040"
    cp.author = "شبكة تواصل – وحدة الرصد والتقييم"
    cp.keywords = "GCM; الاتفاق العالمي للهجرة; استبيان; بنغازي; ليبيا; المجتمع المدني"
    cp.created = datetime.datetime(2040, 1, 31, 9, 15, 0)
    cp.modified = datetime.datetime(2040, 1, 31, 9, 15, 0)
    cp.language = "ar-LY"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.6)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    set_bidi(hp)
    style_run(hp.add_run("شبكة تواصل | استبيان أصحاب المصلحة 2040 | TWS/NC40/Q-01"), size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    set_bidi(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(fp.add_run("شبكة تواصل – عمارة الصفصاف، شارع الخليج، بنغازي – tawasul.example.org – صفحة "),
              size=8, color=GREY)
    add_page_field(fp)

    # Letterhead
    p = para(doc, [(NETWORK, True)], align=WD_ALIGN_PARAGRAPH.CENTER, size=14, space_after=0)
    p.runs[0].font.color.rgb = TEAL
    para(doc, "بالشراكة مع مكتب شبكة الأمم المتحدة المعنية بالهجرة – بنغازي",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=10, space_after=0)
    para(doc, "عمارة الصفصاف، الطابق الثالث، شارع الخليج، حي الصابري، بنغازي – ليبيا | tawasul.example.org",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=9, space_after=8)

    para(doc, "الرقم الإشاري: TWS/NC40/Q-01", size=9, space_after=0)
    para(doc, "بنغازي، الثلاثاء ٣١ يناير ٢٠٤٠", size=9, space_after=10)

    para(doc, [("استمارة استطلاع آراء أصحاب المصلحة", True)], align=WD_ALIGN_PARAGRAPH.CENTER, size=18,
         space_after=2)
    para(doc, [("مساهمات منظمات المجتمع المدني في المشاورة الوطنية لاستعراض تنفيذ الاتفاق العالمي من أجل "
                "الهجرة الآمنة والمنظمة والنظامية – ليبيا ٢٠٤٠", True)],
         align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=10)

    heading(doc, "مقدمة")
    for t in INTRO:
        para(doc, t)
    heading(doc, "من المدعوّ إلى الإجابة؟", size=12)
    para(doc, WHO)
    heading(doc, "ما الجديد هذا العام؟", size=12)
    para(doc, NEW)

    heading(doc, "معلومات عملية", size=12)
    t = rtl_table(doc, len(PRACTICAL), 2)
    for row, (label, value) in zip(t.rows, PRACTICAL):
        cell_text(row.cells[0], label, bold=True, fill="DCEBEE")
        cell_text(row.cells[1], value)
        row.cells[0].width, row.cells[1].width = Cm(3.6), Cm(13.4)

    # ------------------------------------------------------------ questionnaire
    heading(doc, "القسم الأول: بيانات المنظمة")
    para(doc, "1. اسم المنظمة: " + LINE[:70])
    para(doc, "2. نوع المنظمة (ضعوا علامة ☒ أمام خيار واحد):")
    para(doc, ORG_TYPES, size=10)
    para(doc, "3. منطقة العمل الرئيسية:   ☐ المنطقة الشرقية    ☐ المنطقة الغربية    ☐ المنطقة الجنوبية    "
              "☐ أكثر من منطقة")
    para(doc, "4. هل المنظمة مسجّلة لدى مفوضية المجتمع المدني؟   ☐ نعم    ☐ لا    ☐ قيد التسجيل   "
              "(عدم التسجيل لا يمنع المشاركة)")
    para(doc, "5. اسم الشخص الذي ملأ الاستمارة وصفته وبريده الإلكتروني (للتواصل فقط، ولا يُنشر): " + LINE[:40])

    heading(doc, "القسم الثاني: أهداف الاتفاق العالمي التي تعمل عليها منظمتكم")
    para(doc, "ضعوا علامة ☒ في الخانة المناسبة لكل هدف، وأشيروا بنجمة (★) إلى ثلاثة أهداف على الأكثر تعدّونها "
              "أولوية. تضم القائمة أحد عشر هدفًا من أهداف الاتفاق الثلاثة والعشرين اختيرت لصلتها بالسياق الليبي؛ "
              "ويمكن إضافة غيرها في السطر الأخير.")
    heads = ("رقم الهدف", "الهدف (بإيجاز)", "نعمل عليه حاليًا", "عملنا عليه سابقًا", "لا نعمل عليه")
    widths = (Cm(1.8), Cm(8.2), Cm(2.4), Cm(2.4), Cm(2.2))
    t = rtl_table(doc, 1, 5)
    for cell, head, w in zip(t.rows[0].cells, heads, widths):
        cell_text(cell, head, bold=True, size=9, fill="0E5E6F", color=RGBColor(0xFF, 0xFF, 0xFF), center=True)
        cell.width = w
    for num, label in OBJECTIVES:
        cells = t.add_row().cells
        for cell, value, w in zip(cells, (num, label, "☐", "☐", "☐"), widths):
            cell_text(cell, value, size=10, center=value != label)
            cell.width = w
    last = t.add_row().cells
    merged = last[1].merge(last[4])
    cell_text(last[0], "—", size=10, center=True)
    cell_text(merged, "أهداف أخرى (اذكروا أرقامها): " + LINE[:40], size=10)

    heading(doc, "القسم الثالث: التحديات")
    para(doc, "6. ما أبرز ثلاثة تحديات تواجه منظمتكم في العمل مع المهاجرين؟ (اكتبوا كل تحدٍّ في سطر)")
    for n in ("أ", "ب", "ج"):
        para(doc, n + ") " + LINE, size=10, space_after=2)
    para(doc, "7. هل واجهتم صعوبة في الوصول إلى مراكز الإيواء أو الاحتجاز خلال عام ٢٠٣٩؟   ☐ نعم، كثيرًا    "
              "☐ أحيانًا    ☐ لا    ☐ لا ينطبق")
    para(doc, "8. مصادر تمويل أنشطتكم المتعلقة بالهجرة (يمكن اختيار أكثر من خيار):   ☐ تمويل ذاتي أو تبرعات    "
              "☐ منح من وكالات الأمم المتحدة    ☐ منح من جهات مانحة دولية    ☐ تمويل حكومي أو بلدي    "
              "☐ لا يوجد تمويل حاليًا")

    heading(doc, "القسم الرابع: الممارسات الجيدة")
    para(doc, "9. صفوا ممارسة جيدة واحدة نفّذتها منظمتكم منذ عام ٢٠٣٨ (في حدود ٣٠٠ كلمة)، مع ذكر المدينة والمدة "
              "وعدد المستفيدين التقريبي والشركاء. يمكن إرفاق صور أو تقارير بحجم لا يتجاوز 10 ميغابايت في المجموع.")
    for _ in range(4):
        para(doc, LINE, size=10, space_after=2)
    para(doc, "10. هل توافقون على عرض هذه الممارسة باسم منظمتكم في التقرير؟   ☐ نعم    ☐ لا، تُعرض دون ذكر الاسم")

    heading(doc, "القسم الخامس: التوصيات")
    para(doc, "11. قدّموا ثلاث توصيات على الأكثر، لا تتجاوز كل منها ١٥٠ كلمة، وحدّدوا الجهة التي توجَّه إليها "
              "كل توصية.")
    t = rtl_table(doc, 4, 3)
    rheads = ("#", "التوصية", "الجهة المعنية (الحكومة / البلديات / وكالات الأمم المتحدة / المانحون)")
    rwidths = (Cm(1.0), Cm(10.5), Cm(5.5))
    for cell, head, w in zip(t.rows[0].cells, rheads, rwidths):
        cell_text(cell, head, bold=True, size=9, fill="DCEBEE", center=True)
        cell.width = w
    for i, row in enumerate(t.rows[1:], start=1):
        for cell, value, w in zip(row.cells, (str(i), "\n\n", ""), rwidths):
            cell_text(cell, value, size=10, center=True)
            cell.width = w
    para(doc, "12. هل ترغب منظمتكم في عرض توصياتها شفهيًا خلال المشاورة الوطنية؟   ☐ نعم    ☐ لا")
    para(doc, "(التأشير بـ«نعم» لا يضمن الحصول على كلمة؛ سيُختار المتحدثون بالتشاور مع اللجنة المنظمة.)", size=9)

    heading(doc, "السرية وحماية البيانات")
    para(doc, CONFIDENTIALITY)
    para(doc, "13. ☐ نوافق على إدراج اسم منظمتنا في قائمة المنظمات المشاركة الملحقة بالتقرير.")

    heading(doc, "مشاركة النتائج")
    for parts in RESULTS:
        para(doc, parts, style="List Bullet")

    heading(doc, "للاستفسار")
    para(doc, [("منسقة الاستبيان: ", True),
               "أ. سالمة عبد الحميد الفاخري، مسؤولة الرصد والتقييم في الشبكة"])
    para(doc, "البريد الإلكتروني: " + FOCAL_MAIL, space_after=0)
    para(doc, "الهاتف وواتساب: " + PHONE + " (واتساب للرسائل فقط)")
    para(doc, "للمشكلات التقنية في النموذج الإلكتروني: " + SUPPORT_MAIL)
    para(doc, "شكرًا لوقتكم ومساهمتكم.", space_after=10)

    para(doc, [("د. فرج إدريس المسماري", True)], space_after=0)
    para(doc, "المدير التنفيذي – شبكة تواصل")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
