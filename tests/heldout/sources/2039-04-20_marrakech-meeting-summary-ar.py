"""Writes the held-out test document
tests/heldout/2039-04-20_marrakech-meeting-summary-ar.docx: an Arabic (Modern Standard Arabic) Word document
"ملخص اجتماع" (meeting summary record), issued in Rabat on Wednesday 20 April 2039 by a fictional regional alliance of
civil society organisations working on migration in North Africa and the Sahel, for the regional stakeholder meeting
it held in Marrakech on Thursday 14 and Friday 15 April 2039 to prepare for the International Migration Review Forum
2039 (IMRF 2039, New York, 17-20 May 2039). Everything in it (people, bodies, venue, e-mails, URLs) is invented.

Content: letterhead, reference and date lines, title; (1) opening and general information (organisers, venue, purpose,
chair, opening/closing times in Morocco time GMT+1, in person, Arabic and French with interpretation and English only
in the opening and closing sessions, free participation, travel and two nights for 32 participants from outside
Morocco, general rapporteur); (2) attendance: 89 participants from 11 countries, 47 women, 18 under 35, and a
two-column table by category with a total row; (3) sessions and speakers: five Heading 2 sub-sections (opening, three
thematic sessions, closing) with day, time, moderator and speakers with titles and organisations; (4) key points as a
numbered list; (5) agreed follow-up actions as a three-column table (action | owner | deadline) with deadlines on
26 and 29 April, 2, 4, 6 and 10 May, "June 2039" with no day and 30 June 2039, followed by paragraphs on comments
(500 words, e-mail) and on four funded delegates to the IMRF (economy ticket and five nights, application link);
(6) next regional meeting (Nouakchott, 5-6 October 2039; venue, agenda and registration to be announced); (7) pending
issues; (8) the full report and contacts (e-mail, focal point, no phone). Not given on purpose: the meeting's budget,
who will chair the next meeting, the full report's publication date, a phone number, per-country participant
figures, the amount of the IMRF travel support, the names of the four delegates, the Nouakchott venue and the
registration deadline for it.

Word structure: right-to-left throughout (w:bidi on paragraphs and on the section, w:rtl on Arabic runs, Latin
segments such as names, "GMT+1", "Zoom", the URL and the e-mails in separate left-to-right runs, w:bidiVisual on the
tables), core properties (title, language ar-MA), a header and a footer with a PAGE field, a Title-style title,
Heading 1 sections, Heading 2 sub-sections, List Bullet and List Number lists and two tables with a shaded header row.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-04-20_marrakech-meeting-summary-ar.py
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

OUT = Path(__file__).resolve().parent.parent / "2039-04-20_marrakech-meeting-summary-ar.docx"

ARABIC_FONT = "Arial"
ALLIANCE = "التحالف الإقليمي لمنظمات المجتمع المدني المعنية بالهجرة في شمال أفريقيا والساحل"
TITLE = "ملخص اجتماع"
SUBTITLE = ("الاجتماع الإقليمي لأصحاب المصلحة في شمال أفريقيا والساحل تحضيرًا للمنتدى الدولي لاستعراض "
            "الهجرة 2039 (IMRF 2039)")
REFERENCE = "NAS-CSO/MRK/2039/01"
CONTACT = "secretariat@nas-migration.example"
COMMENTS = "imrf2039@nas-migration.example"
PAGE_URL = "https://nas-migration.example.org/marrakech2039"
FORM_URL = "https://nas-migration.example.org/marrakech2039/delegation"

# (الفئة, العدد)
ATTENDANCE = [
    ("منظمات المجتمع المدني والجمعيات", "41"),
    ("منظمات يقودها مهاجرون ومنظمات الشتات", "13"),
    ("النقابات ومنظمات العمال", "8"),
    ("الجامعات ومراكز البحث", "7"),
    ("السلطات المحلية والمنتخبون", "6"),
    ("وكالات الأمم المتحدة والمنظمات الدولية", "9"),
    ("ممثلو الحكومات (بصفة مراقب)", "5"),
    ("المجموع", "89"),
]

# (عنوان الجلسة, [سطور المتحدثين])
SESSIONS = [
    ("الجلسة الافتتاحية (الخميس 14 أبريل 2039، من 09:30 إلى 10:30)", [
        "السيدة خديجة بنسودة الوزاني، المنسقة العامة للتحالف، رئيسة الاجتماع؛",
        "السيد عبد الإله الرحماني، نائب رئيس مجلس جماعة مراكش المكلف بالشؤون الاجتماعية؛",
        "السيدة Ingrid Solheim-Diallo، نائبة رئيس مكتب التنسيق الإقليمي لشبكة الأمم المتحدة المعنية بالهجرة، داكار.",
    ]),
    ("الجلسة الأولى: الطريق إلى المنتدى الدولي لاستعراض الهجرة 2039 (الخميس 14 أبريل، من 11:00 إلى 13:00)", [
        "الميسّرة: الدكتورة أمينة الصبّار، أستاذة القانون الدولي العام، كلية العلوم القانونية بجامعة تانسيفت، مراكش؛",
        "المتحدثة: السيدة Ingrid Solheim-Diallo، التي عرضت الجدول الزمني للمنتدى وطرق مشاركة أصحاب المصلحة فيه؛",
        "المتحدث: السيد مامادو كوليبالي، منسق شبكة مالي للمهاجرين العائدين، باماكو؛",
        "المتحدثة: السيدة هالة عبد المنعم الشريف، مديرة برنامج الهجرة، مؤسسة جسور للحقوق والتنمية، القاهرة.",
    ]),
    ("الجلسة الثانية: حماية المهاجرين في العبور والمهاجرون المفقودون (الخميس 14 أبريل، من 14:30 إلى 17:00)", [
        "الميسّر: السيد إدريس ولد محمد فال، رئيس الرابطة الموريتانية لحقوق المهاجرين، نواذيبو؛",
        "المتحدثة: السيدة عائشة مايغا، منسقة البرامج في شبكة النساء المهاجرات في الساحل، نيامي (النيجر)؛",
        "المتحدث: السيد سفيان الحمّامي، باحث أول، المرصد التونسي للهجرة والتنمية، صفاقس؛",
        "المتحدثة: السيدة Leonor Batista-Kane، موظفة حماية، مكتب المنظمة الدولية للهجرة في تونس.",
    ]),
    ("الجلسة الثالثة: هجرة اليد العاملة والتوظيف العادل والعمل الموسمي (الجمعة 15 أبريل، من 09:00 إلى 11:30)", [
        "الميسّرة: السيدة نادية بوعزيز، الكاتبة الوطنية المكلفة بالعمال المهاجرين، النقابة الوطنية لعمال الفلاحة (المغرب)؛",
        "المتحدث: السيد رياض بن يوسف، مسؤول المناصرة، الجمعية الجزائرية لدعم العمال المهاجرين، وهران؛",
        "المتحدثة: السيدة Fatou Ndiaye Sarr، مديرة مركز دكار لموارد المهاجرين (السنغال)؛",
        "المتحدث: السيد Hugo Mertens، أخصائي هجرة اليد العاملة، منظمة العمل الدولية.",
    ]),
    ("الجلسة الختامية: الرسائل الرئيسية وخطة المتابعة (الجمعة 15 أبريل، من 14:00 إلى 16:00)", [
        "الميسّر: السيد يونس آيت الحاج، مسؤول السياسات في أمانة التحالف؛",
        "الكلمة الختامية: السيدة خديجة بنسودة الوزاني.",
    ]),
]

KEY_POINTS = [
    "أكد المشاركون ضرورة إشراك المنظمات التي يقودها مهاجرون والمنظمات الشبابية في الوفود إلى المنتدى، وعدم "
    "الاكتفاء بدعوتها إلى الفعاليات الجانبية.",
    "دعا المشاركون إلى إنشاء آلية إقليمية للبحث عن المهاجرين المفقودين وتحديد هوية الرفات وإبلاغ الأسر، تنفيذًا "
    "للهدف 8 من الاتفاق العالمي.",
    "طالب المشاركون بإلغاء رسوم التوظيف التي يتحمّلها العمال المهاجرون، وبعقود عمل مكتوبة بلغة يفهمها العامل في "
    "برامج العمل الموسمي.",
    "نبّه المشاركون إلى تزايد حالات احتجاز المهاجرين في بلدان العبور، وطالبوا ببدائل عن الاحتجاز، ولا سيما "
    "للأطفال والنساء.",
    "أوصى المشاركون بتحسين جمع البيانات المصنّفة حسب الجنس والعمر ونشرها، مع احترام حماية البيانات الشخصية.",
    "اتُّفق على أن تُصاغ الرسائل الرئيسية للمنطقة في وثيقة واحدة لا تتجاوز 2000 كلمة، باللغتين العربية والفرنسية.",
]

# (الإجراء, الجهة المسؤولة, الموعد النهائي)
ACTIONS = [
    ("إرسال مسودة الرسائل الرئيسية للمنطقة إلى جميع المشاركين",
     "السيد يونس آيت الحاج، مسؤول السياسات، أمانة التحالف", "الثلاثاء 26 أبريل 2039"),
    ("تلقي طلبات الترشح لعضوية وفد التحالف إلى المنتدى عبر الاستمارة الإلكترونية",
     "أمانة التحالف", "الجمعة 29 أبريل 2039، الساعة 23:59 بتوقيت المغرب"),
    ("جلسة إلكترونية لمناقشة المسودة عبر منصة Zoom",
     "لجنة التنسيق", "الاثنين 2 مايو 2039، من 15:00 إلى 16:30 بتوقيت المغرب (GMT+1)"),
    ("إرسال التعليقات المكتوبة على المسودة",
     "المنظمات المشاركة", "الأربعاء 4 مايو 2039، الساعة 18:00 بتوقيت المغرب"),
    ("إبلاغ المترشحين بنتيجة اختيار أعضاء الوفد",
     "لجنة اختيار من ثلاثة أعضاء في لجنة التنسيق", "الجمعة 6 مايو 2039"),
    ("نشر الصيغة النهائية للرسائل الرئيسية وإحالتها إلى الجهات المنظمة للمنتدى",
     "لجنة التنسيق", "الثلاثاء 10 مايو 2039"),
    ("ندوة إلكترونية لإطلاع الأعضاء على نتائج المنتدى",
     "السيدة Fatou Ndiaye Sarr وأمانة التحالف", "يونيو 2039 (يُحدَّد اليوم لاحقًا)"),
    ("إرسال خطط المتابعة الوطنية (صفحتان كحد أقصى لكل بلد)",
     "نقاط الاتصال الوطنية للتحالف", "الخميس 30 يونيو 2039"),
]

PENDING = [
    "توسيع عضوية التحالف لتشمل منظمات من السودان؛",
    "تنظيم فعالية جانبية للتحالف على هامش المنتدى في نيويورك، رهنًا بموافقة الجهات المنظمة؛",
    "ترجمة الرسائل الرئيسية إلى اللغة الإنجليزية.",
]


LATIN = re.compile(r"([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9@.:/_\-+]*(?:[ ]+[A-Za-zÀ-ÿ0-9@.:/_\-+]+)*)")
# Elements that must follow <w:bidi> inside <w:pPr> (schema order of CT_PPrBase).
BIDI_SUCCESSORS = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")
# Schema order of <w:rPr> children (CT_RPr).
RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
             "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
             "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
             "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
             "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_bidi(paragraph):
    """Marks the paragraph as right-to-left (<w:bidi/> in its <w:pPr>)."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *BIDI_SUCCESSORS)


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
    """Adds text: Arabic stretches (with digits and punctuation) in rtl runs, Latin stretches in plain runs."""
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
        if i % 2 == 0:
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
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number"):
        st = doc.styles[name]
        p_pr = st.element.get_or_add_pPr()
        if p_pr.find(qn("w:bidi")) is None:
            p_pr.insert_element_before(OxmlElement("w:bidi"), *BIDI_SUCCESSORS)
        r_pr = st.element.get_or_add_rPr()
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr_add(r_pr, "w:rFonts")
        fonts.set(qn("w:cs"), ARABIC_FONT)
        if fonts.get(qn("w:csTheme")) is not None:
            del fonts.attrib[qn("w:csTheme")]
    normal_rpr = doc.styles["Normal"].element.get_or_add_rPr()
    rpr_add(normal_rpr, "w:szCs", val="24")
    rpr_add(normal_rpr, "w:lang", val="ar-MA", bidi="ar-MA")


def add_table(doc, headers, rows, widths, total_last=False):
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    tbl_pr.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
                                 "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                                 "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                 "w:tblDescription", "w:tblPrChange")
    for cell, head, w in zip(table.rows[0].cells, headers, widths):
        p = cell.paragraphs[0]
        set_bidi(p)
        add_text(p, head, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        cell.width = w
        shade(cell, "8A3B12")
    for n, row in enumerate(rows):
        is_total = total_last and n == len(rows) - 1
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            p = cell.paragraphs[0]
            set_bidi(p)
            add_text(p, value, bold=is_total, size=10)
            cell.width = w
            if is_total:
                shade(cell, "F3E6DC")
    return table


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE}: {SUBTITLE}"
    cp.subject = "اجتماع مراكش الإقليمي، 14-15 أبريل 2039 – التحضير للمنتدى الدولي لاستعراض الهجرة 2039"
    cp.author = "أمانة التحالف"
    cp.last_modified_by = "المقررة العامة"
    cp.keywords = "الاتفاق العالمي للهجرة؛ IMRF 2039؛ شمال أفريقيا؛ الساحل؛ مراكش؛ المجتمع المدني"
    cp.created = datetime.datetime(2039, 4, 20, 9, 30, 0)
    cp.modified = datetime.datetime(2039, 4, 20, 9, 30, 0)
    cp.language = "ar-MA"

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
    add_text(hp, f"{ALLIANCE} | {REFERENCE}", size=8, color=RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    set_bidi(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "ملخص اجتماع مراكش – أبريل ٢٠٣٩ – الصفحة ", size=8)
    add_page_field(fp)

    # Letterhead, reference and date lines
    para(doc, ALLIANCE, bold=True, size=11, color=RGBColor(0x8A, 0x3B, 0x12), center=True)
    para(doc, "الأمانة – الرباط", italic=True, center=True)
    para(doc, f"المرجع: {REFERENCE}")
    para(doc, "الرباط، الأربعاء ٢٠ أبريل ٢٠٣٩")
    para(doc, "التوزيع: المشاركون والمنظمات الأعضاء – الأصل: بالعربية")

    t = doc.add_heading(level=0)
    set_bidi(t)
    add_text(t, TITLE)
    para(doc, SUBTITLE, bold=True, size=14)
    para(doc, "مراكش، الخميس 14 والجمعة 15 أبريل 2039", bold=True)

    heading(doc, "أولًا. الافتتاح ومعلومات عامة", 1)
    para(doc,
         f"عقد {ALLIANCE}، بالتعاون مع جمعية الأطلس للتنمية والهجرة (مراكش) ومكتب التنسيق الإقليمي لشبكة الأمم "
         "المتحدة المعنية بالهجرة، اجتماعًا إقليميًا لأصحاب المصلحة يومي الخميس 14 والجمعة 15 أبريل 2039 "
         "في قاعة تانسيفت بمركز أكدال للمؤتمرات في مراكش (المغرب).")
    para(doc,
         "وهدف الاجتماع إلى تنسيق مشاركة منظمات المجتمع المدني ومنظمات المهاجرين والنقابات والسلطات المحلية من "
         "المنطقة في المنتدى الدولي لاستعراض الهجرة 2039، المقرر عقده في مقر الأمم المتحدة بنيويورك من الثلاثاء "
         "17 إلى الجمعة 20 مايو 2039، والاتفاق على رسائل رئيسية مشتركة باسم المنطقة، وعلى خطة لمتابعة نتائج "
         "المنتدى على المستويين الوطني والإقليمي.")
    para(doc,
         "افتتحت السيدة خديجة بنسودة الوزاني، المنسقة العامة للتحالف ورئيسة الاجتماع، الأعمال يوم الخميس الساعة "
         "09:30 بتوقيت المغرب (GMT+1)، واختُتم الاجتماع يوم الجمعة الساعة 16:00. ورحّبت في كلمتها بالمشاركين، "
         "وذكّرت بأن هذا الاجتماع هو الثالث من نوعه منذ تأسيس التحالف، وأنه يأتي قبل أقل من خمسة أسابيع من "
         "انعقاد المنتدى.")
    para(doc,
         "عُقد الاجتماع حضوريًا. وكانت لغتا العمل العربية والفرنسية مع ترجمة فورية بينهما في جميع الجلسات، "
         "وأُتيحت الترجمة الفورية إلى الإنجليزية في الجلستين الافتتاحية والختامية فقط. وكانت المشاركة مجانية، "
         "وتكفّل التحالف بتذاكر السفر وبليلتين من الإقامة لـ 32 مشاركًا قدموا من خارج المغرب.")
    para(doc,
         "وتولّت السيدة سلمى الإدريسي، مسؤولة البرامج في جمعية الأطلس للتنمية والهجرة، مهمة المقررة العامة "
         "للاجتماع، ويستند هذا الملخص إلى مذكراتها وإلى العروض التي قدّمها المتحدثون.")

    heading(doc, "ثانيًا. الحضور", 1)
    para(doc,
         "شارك في الاجتماع 89 شخصًا من 11 بلدًا، هي: المغرب والجزائر وتونس وليبيا ومصر وموريتانيا ومالي والنيجر "
         "وتشاد والسنغال وبوركينا فاسو. وبلغ عدد النساء 47 مشاركة، وعدد المشاركين دون سن الخامسة والثلاثين 18 "
         "مشاركًا. ويبيّن الجدول التالي توزيع المشاركين حسب الفئة:")
    add_table(doc, ("الفئة", "عدد المشاركين"), ATTENDANCE, (Cm(10.0), Cm(4.0)), total_last=True)
    para(doc, "واعتذرت عن الحضور ثلاث منظمات أعضاء بسبب تأخر إصدار التأشيرات.", italic=True, size=10)

    heading(doc, "ثالثًا. الجلسات والمتحدثون", 1)
    para(doc, "جرت أعمال الاجتماع في خمس جلسات، وفيما يلي الميسّرون والمتحدثون في كل منها:")
    for title, lines in SESSIONS:
        heading(doc, title, 2)
        for line in lines:
            para(doc, line, style="List Bullet")

    heading(doc, "رابعًا. أبرز النقاط والرسائل الرئيسية", 1)
    para(doc,
         "أسفرت المناقشات عن توافق واسع حول النقاط التالية، التي ستشكّل أساس الرسائل الرئيسية للمنطقة إلى "
         "المنتدى:")
    for item in KEY_POINTS:
        para(doc, item, style="List Number")
    para(doc,
         "كما عرضت السيدة Ingrid Solheim-Diallo في الجلسة الأولى مراحل التحضير للمنتدى، وشجّعت المنظمات المعتمدة "
         "على تسجيل ممثليها في الآجال المحددة، مذكّرةً بأن كل منظمة معتمدة يمكنها تسجيل ممثلَين اثنين على الأكثر.")

    heading(doc, "خامسًا. إجراءات المتابعة المتفق عليها", 1)
    para(doc, "اتفق المشاركون في الجلسة الختامية على إجراءات المتابعة التالية:")
    add_table(doc, ("الإجراء", "الجهة المسؤولة", "الموعد النهائي"), ACTIONS, (Cm(6.8), Cm(5.0), Cm(4.8)))
    para(doc,
         f"تُرسَل التعليقات على المسودة إلى العنوان {COMMENTS}، على ألا تتجاوز 500 كلمة لكل منظمة، وباللغة "
         "العربية أو الفرنسية. ولن تُؤخذ في الاعتبار التعليقات التي تصل بعد الموعد المحدد.")
    para(doc,
         "وقرّر الاجتماع أن يموّل التحالف مشاركة أربعة ممثلين عن المنطقة في المنتدى بنيويورك، على أن يكون اثنان "
         "منهم على الأقل من منظمات يقودها مهاجرون. ويشمل الدعم تذكرة سفر على الدرجة الاقتصادية وخمس ليالٍ من "
         "الإقامة.")
    para(doc,
         "ولا يُقبل الترشح لعضوية الوفد إلا من المنظمات الأعضاء المعتمدة لدى المنتدى، ويتم عبر الاستمارة "
         f"الإلكترونية على الرابط {FORM_URL}. وتُعلَن أسماء أعضاء الوفد على المنظمات الأعضاء بعد إبلاغ "
         "المترشحين بالنتيجة.")

    heading(doc, "سادسًا. الاجتماع المقبل", 1)
    para(doc,
         "اتفق المشاركون على عقد الاجتماع الإقليمي المقبل يومي الأربعاء 5 والخميس 6 أكتوبر 2039 في نواكشوط "
         "(موريتانيا)، بدعوة من الرابطة الموريتانية لحقوق المهاجرين، لتقييم نتائج المنتدى ومتابعة تنفيذ خطط "
         "المتابعة الوطنية.")
    para(doc, "وسيُعلَن عن مكان الانعقاد وجدول الأعمال وإجراءات التسجيل في وقت لاحق.")

    heading(doc, "سابعًا. مسائل لم يُبتّ فيها", 1)
    para(doc, "أحال الاجتماع المسائل التالية إلى لجنة التنسيق للنظر فيها:")
    for item in PENDING:
        para(doc, item, style="List Bullet")

    heading(doc, "ثامنًا. التقرير الكامل والاتصال", 1)
    para(doc,
         "يصدر هذا الملخص باللغة العربية، وتُتاح ترجمته الفرنسية وعروض المتحدثين على صفحة الاجتماع "
         f"{PAGE_URL}. أما التقرير الكامل للاجتماع، متضمّنًا مداخلات المشاركين، فسيُنشر على الصفحة نفسها بعد "
         "اعتماده من لجنة التنسيق.")
    para(doc,
         f"تُوجَّه الاستفسارات المتعلقة بهذا الملخص أو بإجراءات المتابعة إلى أمانة التحالف على العنوان {CONTACT}.")
    para(doc, "جهة الاتصال: السيدة ليلى بنعمر، مسؤولة الاتصال والتواصل، أمانة التحالف، الرباط.")
    para(doc, "أعدّت هذا الملخص المقررة العامة للاجتماع، السيدة سلمى الإدريسي، بالتعاون مع أمانة التحالف.",
         italic=True)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
