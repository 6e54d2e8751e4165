"""Writes the held-out test document
tests/heldout/2038-05-11_tunis-stakeholder-consultation-annotated-agenda-ar.docx: an Arabic (Modern Standard Arabic)
Word document "جدول الأعمال المشروح" (annotated agenda), issued in Tunis on Tuesday 11 May 2038 by a fictional
regional network on migration for North Africa, for a two-day multi-stakeholder consultation for the Maghreb held in
Tunis on Wednesday 16 and Thursday 17 June 2038 in preparation for the regional review of the Global Compact for
Migration (GCM). Everything in it (people, bodies, hotel, e-mails, URL) is invented.

Content: title, reference and date lines, an introduction (purpose, the five Maghreb countries, about 120
participants, in person only, no livestream or recording, Chatham House rule), practical information (venue: an
invented hotel on the Berges du Lac; working languages Arabic and French with simultaneous interpretation, English
allowed without interpretation; registration through an online form until Friday 28 May 2038 at 23:59 Tunis time,
confirmations by Tuesday 1 June 2038; travel and three nights for 35 civil-society participants from outside Tunisia,
no per diem; written inputs of at most 1,500 words until Tuesday 8 June 2038 to a dedicated e-mail), the programme as
two three-column tables, one per day (الوقت | البند | المتحدثون/الميسّر, Tunis time GMT+1), ten numbered agenda items
each with a short explanation, a list of things to be announced later, a contact e-mail and a focal point, and a
signature. Speakers and moderators have titles and organisations; some international staff are written with Latin
names inside the Arabic text. Digits are mixed on purpose: Western digits in the tables and some running text,
Arabic-Indic digits (٢٠٣٨) in other running text.

Word structure: right-to-left throughout (w:bidi on every paragraph's properties, w:rtl on Arabic runs, Latin
segments such as names, "GMT+1", the URL and the e-mails in separate left-to-right runs, w:bidiVisual on the tables,
w:bidi on the section), core properties (title, language ar-TN), a header and a footer (with a PAGE field), a
Title-style title, Heading 1 sections, Heading 2 sub-sections, List Bullet lists and two three-column tables with a
shaded header row.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2038-05-11_tunis-stakeholder-consultation-annotated-agenda-ar.py
"""
import datetime
import re
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2038-05-11_tunis-stakeholder-consultation-annotated-agenda-ar.docx"

ARABIC_FONT = "Arial"
NETWORK = "شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية لشمال أفريقيا"
PARTNER = "بالشراكة مع المرصد المغاربي للهجرة والتنقل (الرباط)"
TITLE = ("المشاورة الإقليمية لأصحاب المصلحة المتعددين لمنطقة المغرب العربي تحضيرًا للاستعراض الإقليمي "
         "للاتفاق العالمي من أجل الهجرة")
SUBTITLE = "جدول الأعمال المشروح"
REFERENCE = "UNNM-NA/2038/MGH-CONS/02"
CONTACT = "consultation.tunis2038@unnm-maghreb.example"
INPUTS = "contributions.tunis2038@unnm-maghreb.example"
FORM_URL = "https://maghreb-migration.example.org/tunis2038"

# (الوقت, البند, المتحدثون/الميسّر)
DAY1 = [
    ("08:30 – 09:00", "التسجيل وتسليم الشارات", "أمانة الشبكة"),
    ("09:00 – 09:45", "البند 1: الجلسة الافتتاحية",
     "السيدة هند بن عمّار، المنسقة الإقليمية للشبكة؛ السيد Lukas Brandtner، نائب المدير الإقليمي، المنظمة "
     "الدولية للهجرة؛ السيد الحبيب الزواري، المدير العام للتعاون الدولي في مجال الهجرة، وزارة الشؤون "
     "الاجتماعية، الجمهورية التونسية"),
    ("09:45 – 10:15", "البند 2: اعتماد جدول الأعمال وعرض الورقة الأساسية",
     "الدكتورة نادية القروي، باحثة رئيسية، المرصد المغاربي للهجرة والتنقل"),
    ("10:15 – 10:30", "استراحة قهوة", ""),
    ("10:30 – 12:30", "البند 3: الجلسة الأولى – العمل اللائق والتوظيف العادل (الهدفان 6 و18)",
     "الميسّرة: السيدة Claire Vasseur-Mbeki، أخصائية أولى في هجرة اليد العاملة، منظمة العمل الدولية؛ "
     "المتحدثان: السيد محمد الأمين ولد الشيخ، الأمين العام المساعد، النقابة الموريتانية لعمال البناء؛ "
     "السيدة سلمى العلوي، رئيسة جمعية أيادي لدعم العاملات المهاجرات (الدار البيضاء)"),
    ("12:30 – 14:00", "غداء", ""),
    ("14:00 – 16:00", "البند 4: الجلسة الثانية – حماية المهاجرين في العبور والمهاجرون المفقودون (الهدفان 7 و8)",
     "الميسّر: السيد يوسف بوزيان، منسق البرامج، جمعية رحمة للمساعدة الإنسانية (وهران)؛ المتحدثتان: "
     "السيدة Aurélie Kamga-Fontaine، موظفة حقوق الإنسان، مفوضية الأمم المتحدة السامية لحقوق الإنسان؛ "
     "السيدة فاطمة الزهراء المصراتي، منظمة سند للإغاثة (طرابلس)"),
    ("16:00 – 16:15", "استراحة", ""),
    ("16:15 – 17:45", "البند 5: مجموعات العمل المتوازية", "المقررون: يُعلَن عنهم لاحقًا"),
]

DAY2 = [
    ("09:00 – 10:00", "البند 6: عرض نتائج مجموعات العمل", "مقررو مجموعات العمل الثلاث"),
    ("10:00 – 11:30", "البند 7: الجلسة الثالثة – البيانات والأدلة من أجل السياسات (الهدف 1)",
     "الميسّرة: الدكتورة نادية القروي؛ المتحدثان: السيد كمال الدريدي، رئيس قسم إحصاءات الهجرة، المعهد "
     "الوطني للإحصاء (تونس)؛ السيد Henrik Aaltonen، مسؤول أول لتحليل البيانات، المنظمة الدولية للهجرة"),
    ("11:30 – 11:45", "استراحة", ""),
    ("11:45 – 13:00", "البند 8: صياغة الرسائل الرئيسية لمنطقة المغرب العربي",
     "الميسّرة: السيدة هند بن عمّار"),
    ("13:00 – 14:30", "غداء", ""),
    ("14:30 – 15:30", "البند 9: الخطوات التالية نحو الاستعراض الإقليمي", "السيد Lukas Brandtner"),
    ("15:30 – 16:00", "البند 10: الجلسة الختامية",
     "السيدة هند بن عمّار؛ ممثل عن الحكومة التونسية (يُعلَن لاحقًا)"),
]

# (عنوان البند, الشرح)
ITEMS = [
    ("البند 1: الجلسة الافتتاحية",
     "تُفتتح المشاورة بكلمات ترحيبية تعرض أهدافها وصلتها بالاستعراض الإقليمي، وتقدّم فيها الحكومة التونسية، "
     "بصفتها البلد المضيف، لمحة عن أولوياتها الوطنية في تنفيذ الاتفاق العالمي."),
    ("البند 2: اعتماد جدول الأعمال وعرض الورقة الأساسية",
     "يُعتمد جدول الأعمال، ثم تعرض الدكتورة نادية القروي الورقة الأساسية التي تلخّص اتجاهات الهجرة في "
     "المنطقة منذ الاستعراض السابق، استنادًا إلى المساهمات المكتوبة الواردة والدراسات المتاحة."),
    ("البند 3: العمل اللائق والتوظيف العادل",
     "تتناول الجلسة رسوم التوظيف التي يتحمّلها العمال، وظروف العاملات المهاجرات في العمل المنزلي والزراعة، "
     "وسبل انضمام العمال المهاجرين إلى النقابات."),
    ("البند 4: حماية المهاجرين في العبور والمهاجرون المفقودون",
     "تناقش الجلسة أوضاع المهاجرين العالقين على طرق العبور البرية والبحرية، وآليات البحث عن المفقودين "
     "والتعرّف على الرفات وإبلاغ الأسر."),
    ("البند 5: مجموعات العمل المتوازية",
     "يتوزع المشاركون على ثلاث مجموعات عمل: (أ) الهجرة وتغيّر المناخ؛ (ب) إدماج المهاجرين في المدن "
     "والخدمات المحلية؛ (ج) العودة وإعادة الإدماج المستدام. ويختار كل مشارك مجموعته عند التسجيل."),
    ("البند 6: عرض نتائج مجموعات العمل",
     "يعرض مقررو المجموعات، في عشر دقائق لكل منهم، أبرز الثغرات والممارسات الجيدة والتوصيات، تليها مناقشة عامة."),
    ("البند 7: البيانات والأدلة من أجل السياسات",
     "تبحث الجلسة سبل تحسين جمع بيانات الهجرة المصنّفة حسب الجنس والعمر وتبادلها بين بلدان المنطقة، مع "
     "احترام حماية البيانات الشخصية."),
    ("البند 8: صياغة الرسائل الرئيسية",
     "يناقش المشاركون مسودة رسائل رئيسية تُعدّها الأمانة استنادًا إلى مداولات اليوم الأول، ويُتفق على صيغتها "
     "النهائية لرفعها إلى الاستعراض الإقليمي."),
    ("البند 9: الخطوات التالية نحو الاستعراض الإقليمي",
     "يُعرض الجدول الزمني للتحضير للاستعراض الإقليمي وسبل مشاركة أصحاب المصلحة فيه، بما في ذلك اختيار "
     "متحدثين من المجتمع المدني المغاربي."),
    ("البند 10: الجلسة الختامية",
     "تُختتم المشاورة بكلمات ختامية وبتقديم ملخص لأهم الرسائل المتفق عليها."),
]

TBA = [
    "أسماء مقرري مجموعات العمل الثلاث؛",
    "اسم ممثل الحكومة التونسية في الجلسة الختامية؛",
    "أسعار الغرف التفضيلية في الفندق للمشاركين على نفقتهم الخاصة؛",
    "موعد الاستعراض الإقليمي ومكانه؛",
    "موعد نشر التقرير الموجز للمشاورة على الموقع الإلكتروني للشبكة.",
]


LATIN = re.compile(r"([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9@.:/_\-+]*(?:[ ]+[A-Za-zÀ-ÿ0-9@.:/_\-+]+)*)")
# Elements that must follow <w:bidi> inside <w:pPr> (schema order of CT_PPrBase).
BIDI_SUCCESSORS = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")


def set_bidi(paragraph):
    """Marks the paragraph as right-to-left (<w:bidi/> in its <w:pPr>)."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *BIDI_SUCCESSORS)


# Schema order of <w:rPr> children (CT_RPr); new children are inserted before their successors.
RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
             "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
             "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
             "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
             "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def rpr_add(r_pr, tag, **attrs):
    """Adds (or replaces) a child of <w:rPr> at its schema position."""
    old = r_pr.find(qn(tag))
    if old is not None:
        r_pr.remove(old)
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    r_pr.insert_element_before(el, *RPR_ORDER[RPR_ORDER.index(tag) + 1:])
    return el


def cs_font(run, size=None, bold=False):
    """Sets the complex-script font (and size/bold) of a run, used by Word for Arabic text."""
    r_pr = run._r.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr_add(r_pr, "w:rFonts")
    fonts.set(qn("w:cs"), ARABIC_FONT)
    if bold:
        rpr_add(r_pr, "w:bCs")
    if size is not None:
        rpr_add(r_pr, "w:szCs", val=str(int(size * 2)))


def add_text(paragraph, text, bold=False, italic=False, size=None, color=None):
    """Adds text to a paragraph: Arabic stretches in rtl runs, Latin stretches in plain runs."""
    for i, part in enumerate(LATIN.split(text)):
        if not part:
            continue
        run = paragraph.add_run(part)
        run.bold = bold or None
        run.italic = italic or None
        if size is not None:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        if i % 2 == 0:  # Arabic (or digits and punctuation)
            run.font.rtl = True
            cs_font(run, size=size, bold=bold)
    return paragraph


def para(container, text, style=None, bold=False, italic=False, size=None, color=None, center=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    set_bidi(p)
    add_text(p, text, bold=bold, italic=italic, size=size, color=color)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def heading(doc, text, level):
    h = doc.add_heading(level=level)
    set_bidi(h)
    add_text(h, text)
    return h


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def add_page_field(paragraph):
    """Appends a PAGE field (a real Word field) to the paragraph."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
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


def style_rtl(doc):
    """Right-to-left defaults on the styles used: bidi paragraphs, Arabic complex-script font and language."""
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet"):
        st = doc.styles[name]
        p_pr = st.element.get_or_add_pPr()
        if p_pr.find(qn("w:bidi")) is None:
            p_pr.insert_element_before(OxmlElement("w:bidi"), *BIDI_SUCCESSORS)
        r_pr = st.element.get_or_add_rPr()
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr_add(r_pr, "w:rFonts")
        fonts.set(qn("w:cs"), ARABIC_FONT)
        for attr in ("w:csTheme",):
            if fonts.get(qn(attr)) is not None:
                del fonts.attrib[qn(attr)]
    normal_rpr = doc.styles["Normal"].element.get_or_add_rPr()
    rpr_add(normal_rpr, "w:szCs", val="24")
    rpr_add(normal_rpr, "w:lang", val="ar-TN", bidi="ar-TN")




def add_table(doc, rows):
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    # w:bidiVisual comes after tblStyle/tblpPr/tblOverlap and before tblW in CT_TblPr
    tbl_pr.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
                                 "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                                 "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                 "w:tblDescription", "w:tblPrChange")
    widths = (Cm(2.8), Cm(5.6), Cm(8.0))
    for cell, head, w in zip(table.rows[0].cells, ("الوقت", "البند", "المتحدثون/الميسّر"), widths):
        p = cell.paragraphs[0]
        set_bidi(p)
        add_text(p, head, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        cell.width = w
        shade(cell, "1F5C4A")
    for row in rows:
        cells = table.add_row().cells
        is_break = not row[2] and not row[1].startswith("البند")
        for cell, value, w in zip(cells, row, widths):
            p = cell.paragraphs[0]
            set_bidi(p)
            add_text(p, value, italic=is_break, size=10)
            cell.width = w
            if is_break:
                shade(cell, "E8EEF0")
    return table


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE}: {SUBTITLE}"
    cp.subject = "المشاورة الإقليمية لمنطقة المغرب العربي – تونس، 16-17 حزيران/يونيو 2038"
    cp.author = NETWORK
    cp.last_modified_by = "أمانة الشبكة الإقليمية"
    cp.keywords = "الاتفاق العالمي للهجرة؛ الاستعراض الإقليمي؛ المغرب العربي؛ تونس؛ أصحاب المصلحة"
    cp.created = datetime.datetime(2038, 5, 11, 10, 0, 0)
    cp.modified = datetime.datetime(2038, 5, 11, 10, 0, 0)
    cp.language = "ar-TN"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec._sectPr.insert_element_before(OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                      "w:sectPrChange")
    normal = doc.styles["Normal"]
    normal.font.name = ARABIC_FONT
    normal.font.size = Pt(12)
    style_rtl(doc)

    hp = sec.header.paragraphs[0]
    set_bidi(hp)
    add_text(hp, f"{NETWORK} | {REFERENCE}", size=8, color=RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    set_bidi(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "جدول الأعمال المشروح – مشاورة المغرب العربي، تونس ٢٠٣٨ – الصفحة ", size=8)
    add_page_field(fp)

    # Letterhead, reference and date lines
    para(doc, NETWORK, bold=True, size=11, color=RGBColor(0x1F, 0x5C, 0x4A), center=True)
    para(doc, PARTNER, italic=True, center=True)
    para(doc, f"المرجع: {REFERENCE}")
    para(doc, "تونس، الثلاثاء ١١ أيار/مايو ٢٠٣٨")
    para(doc, "التوزيع: عام – الأصل: بالعربية")

    t = doc.add_heading(level=0)
    set_bidi(t)
    add_text(t, TITLE)
    para(doc, SUBTITLE, bold=True, size=14)
    para(doc, "تونس العاصمة، الأربعاء ١٦ والخميس ١٧ حزيران/يونيو ٢٠٣٨", bold=True)

    heading(doc, "أولًا. مقدمة", 1)
    para(doc,
         "تعقد شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية لشمال أفريقيا، بالشراكة مع المرصد المغاربي "
         "للهجرة والتنقل، مشاورة إقليمية لأصحاب المصلحة المتعددين لمنطقة المغرب العربي يومي الأربعاء ١٦ "
         "والخميس ١٧ حزيران/يونيو ٢٠٣٨ في تونس العاصمة، وذلك في إطار التحضير للاستعراض الإقليمي للاتفاق "
         "العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.")
    para(doc,
         "وتهدف المشاورة إلى تمكين منظمات المجتمع المدني ومنظمات المهاجرين والنقابات والسلطات المحلية والأوساط "
         "الأكاديمية والقطاع الخاص من بلدان المنطقة الخمسة، وهي الجزائر وتونس وليبيا والمغرب وموريتانيا، من "
         "تقييم التقدم المحرز في تنفيذ الاتفاق العالمي منذ الاستعراض السابق، وتحديد الثغرات والممارسات الجيدة، "
         "وصياغة رسائل رئيسية مشتركة تُرفع إلى الاستعراض الإقليمي المقرر عقده في النصف الثاني من عام ٢٠٣٨.")
    para(doc,
         "ويُتوقع أن يشارك في المشاورة نحو 120 مشاركًا. وتُعقد الأعمال حضوريًا فقط، ولن تُبث مباشرة على "
         "الإنترنت ولن تُسجَّل، وتجري المناقشات وفق قاعدة تشاتام هاوس. وتصف هذه الوثيقة برنامج المشاورة "
         "وبنود جدول أعمالها والترتيبات العملية للمشاركة فيها.")

    heading(doc, "ثانيًا. معلومات عملية", 1)
    heading(doc, "المكان", 2)
    para(doc,
         "تُعقد المشاورة في قاعة عليسة بفندق نخلة البحيرة، ضفاف البحيرة 2، تونس العاصمة. وتبدأ الأعمال يوم "
         "الأربعاء الساعة 09:00 بعد التسجيل، وتُختتم يوم الخميس الساعة 16:00. وجميع الأوقات الواردة في هذه "
         "الوثيقة بتوقيت تونس (GMT+1).")
    heading(doc, "لغات العمل", 2)
    para(doc,
         "لغتا العمل هما العربية والفرنسية، مع توفير الترجمة الفورية بينهما في جميع الجلسات العامة. ويجوز "
         "للمشاركين التدخل باللغة الإنجليزية، غير أنه لن تتوفر ترجمة فورية منها أو إليها.")
    heading(doc, "التسجيل", 2)
    para(doc,
         f"يتم التسجيل عبر الاستمارة الإلكترونية على الرابط {FORM_URL} في موعد أقصاه الجمعة 28 أيار/مايو 2038 "
         "الساعة 23:59 بتوقيت تونس. ونظرًا لمحدودية المقاعد، تُرسَل تأكيدات المشاركة بالبريد الإلكتروني بحلول "
         "الثلاثاء 1 حزيران/يونيو 2038.")
    heading(doc, "الدعم المالي", 2)
    para(doc,
         "تتكفل الشبكة بتذكرة السفر على الدرجة الاقتصادية وبثلاث ليالٍ من الإقامة لـ 35 مشاركًا من منظمات "
         "المجتمع المدني القادمين من خارج تونس، يُختارون بناءً على المعلومات الواردة في استمارة التسجيل. "
         "ولا يُصرف أي بدل يومي للمشاركين. وتقدّم الأمانة، عند الحاجة، رسائل دعم لطلبات التأشيرة.")
    heading(doc, "المساهمات المكتوبة", 2)
    para(doc,
         "يُدعى أصحاب المصلحة إلى إرسال مساهمات مكتوبة لا تتجاوز 1500 كلمة، باللغة العربية أو الفرنسية، إلى "
         f"العنوان {INPUTS} في موعد أقصاه الثلاثاء 8 حزيران/يونيو 2038. وستُجمع المساهمات الواردة في وثيقة "
         "تجميعية توزَّع على المشاركين في بداية المشاورة.")

    heading(doc, "ثالثًا. البرنامج", 1)
    heading(doc, "اليوم الأول: الأربعاء 16 حزيران/يونيو 2038", 2)
    add_table(doc, DAY1)
    heading(doc, "اليوم الثاني: الخميس 17 حزيران/يونيو 2038", 2)
    add_table(doc, DAY2)

    heading(doc, "رابعًا. شرح بنود جدول الأعمال", 1)
    for title, text in ITEMS:
        heading(doc, title, 2)
        para(doc, text)

    heading(doc, "خامسًا. مسائل يُعلَن عنها لاحقًا", 1)
    para(doc, "ستُبلغ الأمانة المشاركين المسجلين لاحقًا بما يلي:")
    for item in TBA:
        para(doc, item, style="List Bullet")

    heading(doc, "سادسًا. الاتصال", 1)
    para(doc,
         f"تُوجَّه جميع الاستفسارات المتعلقة بالمشاورة إلى البريد الإلكتروني {CONTACT}، مع ذكر عبارة "
         "«مشاورة تونس ٢٠٣٨» في عنوان الرسالة.")
    para(doc,
         "جهة الاتصال: السيد أنيس الشابي، مسؤول الاتصال والفعاليات، أمانة الشبكة الإقليمية لشمال أفريقيا، تونس.")

    para(doc, "هند بن عمّار", bold=True)
    para(doc, "المنسقة الإقليمية، شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية لشمال أفريقيا")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
