"""Writes the held-out test document
tests/heldout/2039-08-17_salalah-heat-stress-consultation-programme-ar.docx: an Arabic (Modern Standard Arabic) Word
document "برنامج تفصيلي وملاحظات لوجستية" (detailed programme and logistics note), issued in Muscat on Wednesday
17 August 2039 by a fictional Gulf research centre, "مركز الخليج لأبحاث الصحة المهنية والتنقل البشري" (GCOHM), for
its regional expert consultation on heat stress and the protection of migrant outdoor workers, held in Salalah (Oman)
on Tuesday 11 and Wednesday 12 October 2039 as an input to the GCM regional review in the Arab region. Everything in
it (people, bodies, hotel, e-mails, URLs, the WhatsApp number) is invented.

Content: letterhead (centre and partners), reference and date lines, title, subtitle and dates line; (1) overview:
organisers, dates, purpose (GCM objectives 6 and 7), five numbered objectives, about 60 invited participants from
9 countries and 15 observer seats; (2) venue: Luban Hall, Dahariz Palms Hotel, Salalah, working-group rooms,
registration from 08:00, Oman time (GMT+4); (3) programme: one four-column table per day (time | session | speakers |
moderator), with the opening, five sessions (session 3 with Hindi interpretation), a welcome dinner, working groups,
the closing session whose closing speaker is "to be announced" and the field visit; (4) field visit on the second
afternoon (meeting point in the main lobby at 14:15, bus at 14:30, back about 17:45, 25 places, site not named);
(5) observer registration (form link, 200-word profile, deadline Thursday 15 September 2039 23:59 Muscat time,
results in the second half of September, free, own costs); (6) background paper (September 2039) and case studies
(800 words by Sunday 2 October 2039); (7) languages (Arabic-English, Hindi in session 3); (8) travel, hotel rate for
self-paying participants (38/45 OMR, code, book by Sunday 25 September 2039), airport shuttle on Monday 10 October
2039 (flight details by Tuesday 4 October 2039), taxis, return shuttle on Thursday 13 October 2039; (9) weather,
dress and heat advice; (10) a contacts table (names, e-mails, a WhatsApp number) and the consultation page.
Deliberately not given: streaming, the field-visit site's name, any per diem, the closing speaker, visas,
certificates, the hotel's phone number, the report's date, the number of observers registered so far.

Word structure: right-to-left throughout (w:bidi on paragraphs, styles and the section, w:rtl on Arabic runs, Latin
segments such as names, "GMT+4", the code, the URLs and the e-mails in separate left-to-right runs, w:bidiVisual on
the tables, left-to-right paragraphs for the e-mail and WhatsApp cells), core properties (title, language ar-OM), a
header with the reference and a footer with a PAGE field, a Title-style title, numbered Heading 1 sections, Heading 2
sub-sections, List Number and List Bullet lists and three tables with a shaded header row.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-08-17_salalah-heat-stress-consultation-programme-ar.py
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

OUT = Path(__file__).resolve().parent.parent / "2039-08-17_salalah-heat-stress-consultation-programme-ar.docx"

ARABIC_FONT = "Arial"
CENTRE = "مركز الخليج لأبحاث الصحة المهنية والتنقل البشري"
PARTNERS = "بالشراكة مع جامعة اللبان للعلوم التطبيقية (صلالة) والمكتب الإقليمي لشبكة الأمم المتحدة المعنية بالهجرة"
TITLE = "برنامج تفصيلي وملاحظات لوجستية"
SUBTITLE = "مشاورة الخبراء الإقليمية حول الإجهاد الحراري وحماية العمال المهاجرين في الأعمال الخارجية"
DATES_LINE = "صلالة (سلطنة عُمان)، الثلاثاء 11 والأربعاء 12 أكتوبر 2039"
REFERENCE = "GCOHM/SLL/2039/04"
PAGE_URL = "https://gcohm.example.org/salalah2039"
FORM_URL = "https://gcohm.example.org/salalah2039/observers"
GENERAL = "salalah2039@gcohm.example"
OBSERVERS = "observers@gcohm.example"
LOGISTICS = "logistics@gcohm.example"
HOTEL_MAIL = "reservations@daharizpalms.example"
WHATSAPP = "+968 9214 0739"

OBJECTIVES = [
    "استعراض أحدث البيانات والأدلة العلمية بشأن آثار الإجهاد الحراري في صحة العمال المهاجرين وإنتاجيتهم؛",
    "تقييم الأطر التشريعية والتنظيمية القائمة، بما فيها حظر العمل في ساعات الظهيرة خلال الصيف، ومدى إنفاذها؛",
    "إسماع أصوات العمال المهاجرين أنفسهم ونقل تجاربهم في مواقع العمل؛",
    "تبادل الحلول العملية المطبّقة في مواقع العمل، من فترات الراحة والظل ومياه الشرب إلى أنظمة الإنذار المبكر؛",
    "صياغة توصيات محددة تُرفع إلى الاستعراض الإقليمي للاتفاق العالمي.",
]

DASH = "—"

# (الوقت, الجلسة, المتحدثون, إدارة الجلسة)
DAY1 = [
    ("08:00 – 09:00", "التسجيل واستلام الشارات والقهوة", DASH, DASH),
    ("09:00 – 09:45", "الجلسة الافتتاحية",
     "كلمة ترحيبية: الدكتورة عائشة بنت سعيد الشنفرية، المديرة التنفيذية لمركز الخليج لأبحاث الصحة المهنية "
     "والتنقل البشري؛ كلمة الجامعة المضيفة: الأستاذ الدكتور يوسف بن أحمد المعشني، رئيس جامعة اللبان للعلوم "
     "التطبيقية؛ كلمة الشبكة: السيدة مارتا ليندغرين (Marta Lindgren)، المنسقة الإقليمية لشبكة الأمم المتحدة "
     "المعنية بالهجرة، عمّان",
     "السيد مازن بن علي الكثيري، منسق برامج، المركز"),
    ("09:45 – 11:00", "الجلسة الأولى: الإجهاد الحراري في العمل الخارجي – ماذا تقول البيانات؟",
     "الدكتورة هند عبد الله السويدي، خبيرة في علوم المناخ، مرصد الخليج للمناخ والطقس؛ الدكتور أرجون شريستا "
     "(Arjun Shrestha)، باحث أول في علم الأوبئة المهنية، معهد كاتماندو للصحة العامة (نيبال)؛ الدكتور كريم بن "
     "صالح الحضرمي، استشاري طب الصحة المهنية، مستشفى الدهاريز التخصصي",
     "الدكتورة فاطمة بنت عوض المهرية، أستاذة مشاركة في الصحة البيئية، جامعة اللبان للعلوم التطبيقية"),
    ("11:00 – 11:30", "استراحة قهوة", DASH, DASH),
    ("11:30 – 13:00", "الجلسة الثانية: الأطر القانونية – من حظر العمل وقت الظهيرة إلى معايير وطنية للإجهاد الحراري",
     "السيدة ليان عبد الرحمن الكواري، مستشارة قانونية، شبكة المحامين الخليجيين لحقوق العمال؛ السيد بيتر فان "
     "هاوتن (Pieter van Houten)، أخصائي السلامة والصحة المهنية، منظمة العمل الدولية، المكتب الإقليمي للدول "
     "العربية؛ المهندس خالد بن سهيل الشحري، نائب رئيس اتحاد مقاولي البناء في ظفار",
     "السيد عبد الله بن حمد الراشدي، باحث قانوني، المركز"),
    ("13:00 – 14:30", "غداء في مطعم «الخريف» بالفندق", DASH, DASH),
    ("14:30 – 16:00",
     "الجلسة الثالثة: أصوات العمال – شهادات من مواقع البناء والزراعة والتوصيل (مع ترجمة فورية من اللغة الهندية "
     "وإليها)",
     "السيد رام باهادور ثابا (Ram Bahadur Thapa)، عامل بناء وعضو رابطة العمال النيباليين في ظفار؛ السيد محمد "
     "عارف حسين (Mohammed Arif Hussain)، عامل زراعي في مزارع صلالة؛ السيد سوريش ياداف (Suresh Yadav)، سائق "
     "توصيل وممثل مجموعة عمال التوصيل في مسقط؛ السيدة أنيتا داس (Anita Das)، عاملة في صيانة الحدائق العامة",
     "السيدة بريتي شارما (Preeti Sharma)، منسقة برامج، شبكة دعم العمال المهاجرين من جنوب آسيا"),
    ("16:00 – 16:30", "خلاصة اليوم الأول",
     "السيدة سارة بنت محمد الغسانية، باحثة في المركز والمقررة العامة للمشاورة", DASH),
    ("19:30", "عشاء ترحيبي على شرفة البحر في الفندق بدعوة من المركز", DASH, DASH),
]

DAY2 = [
    ("08:30 – 10:00",
     "الجلسة الرابعة: حلول عملية في مواقع العمل – فترات الراحة والظل ومياه الشرب والإنذار المبكر",
     "المهندسة ريم بنت سالم العامرية، مديرة الصحة والسلامة والبيئة، شركة صروح الجنوب للمقاولات؛ السيد دانيال "
     "أوكافور (Daniel Okafor)، مدير برامج، مبادرة الحرارة الآمنة (Safe Heat Initiative)؛ السيدة نادية بنت حسين "
     "البلوشية، رئيسة قسم التفتيش الميداني، دائرة العمل بمحافظة ظفار",
     "الدكتور كريم بن صالح الحضرمي، مستشفى الدهاريز التخصصي"),
    ("10:00 – 10:30", "استراحة قهوة", DASH, DASH),
    ("10:30 – 12:00",
     "الجلسة الخامسة: مجموعات عمل متوازية لصياغة التوصيات: (أ) البيانات والرصد – قاعة «مرباط»؛ (ب) التشريعات "
     "والإنفاذ – قاعة «طاقة»؛ (ج) الرعاية الصحية والوصول إلى العلاج – قاعة «سدح»",
     "تيسير المجموعة (أ): الدكتور أرجون شريستا؛ المجموعة (ب): السيدة ليان الكواري؛ المجموعة (ج): السيد دانيال "
     "أوكافور",
     DASH),
    ("12:00 – 12:45", "الجلسة الختامية: عرض التوصيات ومناقشتها والكلمة الختامية",
     "عرض التوصيات: السيدة سارة بنت محمد الغسانية، المقررة العامة؛ الكلمة الختامية: سيُعلن لاحقًا",
     "السيد مازن بن علي الكثيري"),
    ("12:45 – 14:00", "غداء", DASH, DASH),
    ("14:15 – 17:45", "الزيارة الميدانية (انظر البند 4)", DASH, DASH),
]

# (المهمة, الاسم والصفة, البريد الإلكتروني, واتساب)
CONTACTS = [
    ("الاستفسارات العامة والبرنامج ودراسات الحالة", "السيد مازن بن علي الكثيري، منسق برامج، المركز", GENERAL, DASH),
    ("تسجيل المراقبين", "السيدة سارة بنت محمد الغسانية، باحثة، المركز", OBSERVERS, DASH),
    ("السفر والإقامة والاستقبال في المطار", "السيدة بريا ناير (Priya Nair)، مسؤولة اللوجستيات، المركز", LOGISTICS,
     WHATSAPP),
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


def set_bidi(paragraph, on=True):
    """Marks the paragraph right-to-left (<w:bidi/>) or, with on=False, explicitly left-to-right."""
    p_pr = paragraph._p.get_or_add_pPr()
    old = p_pr.find(qn("w:bidi"))
    if old is not None:
        p_pr.remove(old)
    el = OxmlElement("w:bidi")
    if not on:
        el.set(qn("w:val"), "0")
    p_pr.insert_element_before(el, *BIDI_SUCCESSORS)


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


def labelled(container, label, text):
    p = container.add_paragraph()
    set_bidi(p)
    add_text(p, label, bold=True)
    add_text(p, text)
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
    rpr_add(normal_rpr, "w:szCs", val="22")
    rpr_add(normal_rpr, "w:lang", val="ar-OM", bidi="ar-OM")


def add_table(doc, headers, rows, widths, ltr_cols=()):
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
        shade(cell, "9C4A1A")
    for row in rows:
        cells = table.add_row().cells
        for col, (cell, value, w) in enumerate(zip(cells, row, widths)):
            p = cell.paragraphs[0]
            if col in ltr_cols and value != DASH:
                set_bidi(p, on=False)
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                r = p.add_run(value)
                r.font.size = Pt(10)
            else:
                set_bidi(p)
                add_text(p, value, size=10, bold=(col == 0))
            cell.width = w
    return table


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE}: {SUBTITLE}"
    cp.subject = "مشاورة صلالة للخبراء، 11-12 أكتوبر 2039 – إسهام في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"
    cp.author = "وحدة البرامج – " + CENTRE
    cp.last_modified_by = "وحدة اللوجستيات"
    cp.keywords = "الإجهاد الحراري؛ العمال المهاجرون؛ صلالة؛ ظفار؛ الاتفاق العالمي للهجرة؛ الاستعراض الإقليمي"
    cp.created = datetime.datetime(2039, 8, 17, 10, 0, 0)
    cp.modified = datetime.datetime(2039, 8, 17, 10, 0, 0)
    cp.language = "ar-OM"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec._sectPr.insert_element_before(OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                      "w:sectPrChange")
    normal = doc.styles["Normal"]
    normal.font.name = ARABIC_FONT
    normal.font.size = Pt(11)
    style_rtl(doc)

    hp = sec.header.paragraphs[0]
    set_bidi(hp)
    add_text(hp, f"{CENTRE} | {REFERENCE}", size=8, color=RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    set_bidi(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "مشاورة صلالة حول الإجهاد الحراري – البرنامج التفصيلي – الصفحة ", size=8)
    add_page_field(fp)

    # Letterhead, reference and date lines
    para(doc, CENTRE, bold=True, size=13, color=RGBColor(0x9C, 0x4A, 0x1A), center=True)
    para(doc, PARTNERS, italic=True, size=10, center=True)
    para(doc, f"المرجع: {REFERENCE}")
    para(doc, "مسقط، الأربعاء 17 أغسطس 2039")
    para(doc, "الإصدار الأول – يُحدَّث البرنامج على صفحة المشاورة عند تأكيد أسماء المتحدثين المتبقين")

    t = doc.add_heading(level=0)
    set_bidi(t)
    add_text(t, TITLE)
    para(doc, SUBTITLE, bold=True, size=14)
    para(doc, DATES_LINE, bold=True)

    # 1
    heading(doc, "1. لمحة عامة", 1)
    para(doc,
         f"يعقد {CENTRE}، بالشراكة مع جامعة اللبان للعلوم التطبيقية والمكتب الإقليمي لشبكة الأمم المتحدة المعنية "
         "بالهجرة، مشاورة خبراء إقليمية حول الإجهاد الحراري وحماية العمال المهاجرين في الأعمال الخارجية، وذلك "
         "يومي الثلاثاء 11 والأربعاء 12 أكتوبر 2039 في مدينة صلالة بمحافظة ظفار في سلطنة عُمان.")
    para(doc,
         "وتأتي المشاورة إسهامًا في التحضير للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
         "والنظامية في المنطقة العربية، المقرر في النصف الأول من عام 2040، ولا سيما في ما يتصل بالهدف 6 (تيسير "
         "التوظيف المنصف والأخلاقي وضمان الظروف التي تكفل العمل اللائق) والهدف 7 (معالجة مواطن الضعف في سياق "
         "الهجرة والحد منها).")
    para(doc, "وتهدف المشاورة إلى ما يلي:")
    for item in OBJECTIVES:
        para(doc, item, style="List Number")
    para(doc,
         "يشارك في المشاورة بدعوة من المركز نحو 60 مشاركًا ومشاركة من 9 بلدان، هي الدول الست الأعضاء في مجلس "
         "التعاون لدول الخليج العربية إضافةً إلى الهند ونيبال وبنغلاديش، ويمثلون الحكومات وأصحاب العمل "
         "والعمال والمجتمع المدني والجامعات ووكالات الأمم المتحدة. كما خُصّص 15 مقعدًا للمراقبين من منظمات المجتمع المدني (انظر البند 5).")

    # 2
    heading(doc, "2. مكان الانعقاد والتسجيل", 1)
    para(doc,
         "تُعقد الجلسات العامة في قاعة اللبان بالطابق الأرضي في فندق نخيل الدهاريز (Dahariz Palms Hotel)، الواقع "
         "على الطريق الساحلي في منطقة الدهاريز شرق مدينة صلالة، على بعد نحو 20 دقيقة بالسيارة من مطار صلالة "
         "الدولي. وتُعقد مجموعات العمل صباح اليوم الثاني في القاعات «مرباط» و«طاقة» و«سدح» في الطابق الأول من "
         "الفندق نفسه.")
    para(doc,
         "يبدأ التسجيل واستلام الشارات أمام قاعة اللبان يوم الثلاثاء 11 أكتوبر 2039 من الساعة 08:00.")
    para(doc, "جميع الأوقات الواردة في هذا البرنامج بتوقيت عُمان (GMT+4).", italic=True)

    # 3
    heading(doc, "3. البرنامج التفصيلي", 1)
    headers = ("الوقت", "الجلسة", "المتحدثون", "إدارة الجلسة")
    widths = (Cm(2.4), Cm(5.0), Cm(6.4), Cm(3.2))
    heading(doc, "3.1 اليوم الأول: الثلاثاء 11 أكتوبر 2039", 2)
    add_table(doc, headers, DAY1, widths)
    para(doc, "")
    heading(doc, "3.2 اليوم الثاني: الأربعاء 12 أكتوبر 2039", 2)
    add_table(doc, headers, DAY2, widths)
    para(doc,
         "تعمل المجموعتان (أ) و(ب) باللغة العربية والمجموعة (ج) باللغة الإنجليزية، ولا تتوفر ترجمة فورية في "
         "مجموعات العمل. ويختار كل مشارك مجموعة واحدة عند التسجيل.", size=10)

    # 4
    heading(doc, "4. الزيارة الميدانية (الأربعاء 12 أكتوبر 2039 بعد الظهر)", 1)
    para(doc,
         "ينظّم المركز بعد ظهر اليوم الثاني زيارة ميدانية إلى موقع عمل خارجي في ضواحي صلالة، للاطلاع على التدابير "
         "المتخذة لحماية العمال من الحرارة أثناء العمل والتحدث إلى المشرفين والعمال. ولا يُذكر اسم الموقع في هذه "
         "الوثيقة بناءً على طلب الجهة المستضيفة.")
    labelled(doc, "نقطة التجمع: ", "البهو الرئيسي للفندق عند الساعة 14:15، وتنطلق الحافلة في تمام الساعة 14:30، "
             "ويُتوقع العودة إلى الفندق نحو الساعة 17:45.")
    labelled(doc, "عدد المقاعد: ", "25 مقعدًا، تُعطى فيها الأولوية للمشاركين المدعوين. ويتم التسجيل للزيارة لدى "
             "مكتب التسجيل يوم الثلاثاء 11 أكتوبر حتى الساعة 13:00.")
    labelled(doc, "السلامة: ", "توفّر الجهة المستضيفة الخوذ والسترات العاكسة، ويُمنع التصوير داخل الموقع دون إذن "
             "مسبق من إدارته.")

    # 5
    heading(doc, "5. التسجيل بصفة مراقب", 1)
    para(doc,
         "يمكن لمنظمات المجتمع المدني ومنظمات المهاجرين غير المدعوة التقدّم بطلب للمشاركة بصفة مراقب، في حدود "
         "15 مقعدًا، بواقع ممثل واحد لكل منظمة. ويتم التقديم عبر الاستمارة الإلكترونية على الرابط "
         f"{FORM_URL} ، مرفقةً بنبذة قصيرة لا تتجاوز 200 كلمة عن عمل المنظمة في مجال حماية العمال المهاجرين.")
    para(doc,
         "آخر موعد للتقديم هو الخميس 15 سبتمبر 2039 الساعة 23:59 بتوقيت مسقط، ويُبلَّغ المقبولون بالنتيجة بالبريد "
         "الإلكتروني في النصف الثاني من سبتمبر 2039.")
    para(doc,
         "المشاركة مجانية ولا تُفرض أي رسوم تسجيل، غير أن المراقبين يتحملون تكاليف سفرهم وإقامتهم. ويحق لهم حضور "
         "الجلسات العامة ومجموعات العمل والمشاركة في الزيارة الميدانية في حدود المقاعد المتاحة.")

    # 6
    heading(doc, "6. الوثائق ودراسات الحالة", 1)
    para(doc,
         "يُرسل المركز إلى جميع المشاركين المسجلين ورقة خلفية باللغتين العربية والإنجليزية خلال شهر سبتمبر 2039.")
    para(doc,
         "ويُدعى المشاركون، مدعوين ومراقبين، إلى إرسال دراسة حالة قصيرة من واقع عملهم لا تتجاوز 800 كلمة، باللغة "
         f"العربية أو الإنجليزية، إلى العنوان {GENERAL} في موعد أقصاه الأحد 2 أكتوبر 2039. وتُجمع دراسات الحالة "
         "المقبولة في ملحق يُوزَّع على المشاركين.")
    para(doc,
         "وسيُعدّ المركز بعد المشاورة تقريرًا موجزًا بالتوصيات يُرفع إلى الاستعراض الإقليمي للاتفاق العالمي.")

    # 7
    heading(doc, "7. اللغات والترجمة الفورية", 1)
    para(doc,
         "لغتا العمل هما العربية والإنجليزية، مع ترجمة فورية بينهما في جميع الجلسات العامة. وتُضاف في الجلسة "
         "الثالثة («أصوات العمال») ترجمة فورية من اللغة الهندية وإليها، ليتمكّن العمال المتحدثون من الإدلاء "
         "بشهاداتهم بلغتهم. وتُوزَّع سماعات الترجمة عند مدخل القاعة مقابل إبراز الشارة.")

    # 8
    heading(doc, "8. السفر والإقامة والتنقل", 1)
    heading(doc, "8.1 المشاركون المدعوون", 2)
    para(doc,
         "يتكفّل المركز للمشاركين المدعوين بتذكرة سفر ذهابًا وإيابًا على الدرجة السياحية وبثلاث ليالٍ من الإقامة "
         "في فندق نخيل الدهاريز (ليالي 10 و11 و12 أكتوبر 2039) مع وجبة الإفطار، وتتولى وحدة اللوجستيات في المركز "
         "حجز التذاكر والغرف مباشرةً.")
    heading(doc, "8.2 المشاركون الذين يتحملون تكاليف إقامتهم", 2)
    para(doc,
         "خصّص الفندق للمشاركين الذين يتحملون تكاليف إقامتهم بأنفسهم، ومنهم المراقبون، سعرًا تفضيليًا قدره "
         "38 ريالًا عُمانيًا لليلة في الغرفة المفردة و45 ريالًا عُمانيًا في الغرفة المزدوجة، شاملًا الإفطار وخدمة "
         "الإنترنت اللاسلكي.")
    para(doc,
         f"ويتم الحجز بمراسلة قسم الحجوزات في الفندق على العنوان {HOTEL_MAIL} مع ذكر الرمز HEAT-SLL39 ، في موعد "
         "أقصاه الأحد 25 سبتمبر 2039، ولا يُضمن السعر التفضيلي بعد هذا التاريخ.")
    heading(doc, "8.3 الاستقبال في المطار والتنقل", 2)
    para(doc,
         "يوفّر المركز حافلة نقل مجانية من مطار صلالة الدولي إلى الفندق يوم الاثنين 10 أكتوبر 2039 بين الساعة "
         "10:00 والساعة 22:00، ويجد المشاركون ممثلًا عن المركز يحمل لافتة المشاورة في صالة الوصول عند المخرج "
         "الرئيسي.")
    para(doc,
         "وللاستفادة من هذه الخدمة، يُرجى إرسال رقم الرحلة وموعد الوصول إلى وحدة اللوجستيات "
         f"({LOGISTICS}) في موعد أقصاه الثلاثاء 4 أكتوبر 2039.")
    para(doc,
         "وخارج هذه الأوقات تتوفر سيارات الأجرة أمام صالة الوصول على نفقة المشارك، بأجرة تقارب 7 ريالات عُمانية. "
         "وتغادر حافلة المركز من الفندق إلى المطار صباح الخميس 13 أكتوبر 2039 الساعة 08:00 والساعة 11:00.")

    # 9
    heading(doc, "9. الطقس واللباس والنصائح الصحية", 1)
    para(doc,
         "تتراوح درجات الحرارة في صلالة في أكتوبر عادةً بين 26 و32 درجة مئوية، مع رطوبة مرتفعة قد تتجاوز 70% في "
         "ساعات النهار. أما قاعات الفندق فمكيّفة، لذا يُنصح بإحضار سترة خفيفة.")
    para(doc, "اللباس في الجلسات: لباس رسمي غير متكلّف (business casual) أو اللباس الوطني.", style="List Bullet")
    para(doc,
         "اللباس في الزيارة الميدانية: ملابس قطنية خفيفة بأكمام طويلة وبألوان فاتحة، وقبعة واسعة الحواف، وأحذية "
         "مغلقة إلزامية (لا يُسمح بدخول الموقع بالصنادل)، وواقٍ من الشمس.", style="List Bullet")
    para(doc,
         "توفّر الجهة المنظمة مياه الشرب ومحاليل الإرواء الفموي في الحافلة وفي الموقع، ويرافق الزيارة مسعف طوال "
         "مدتها.", style="List Bullet")
    para(doc,
         "يُرجى من المشاركين الذين يعانون من أمراض القلب أو ارتفاع ضغط الدم، ومن الحوامل، إبلاغ وحدة اللوجستيات "
         "قبل التسجيل في الزيارة الميدانية.", style="List Bullet")

    # 10
    heading(doc, "10. جهات الاتصال", 1)
    add_table(doc, ("المهمة", "الاسم والصفة", "البريد الإلكتروني", "واتساب"), CONTACTS,
              (Cm(4.2), Cm(5.6), Cm(4.4), Cm(2.8)), ltr_cols=(2, 3))
    para(doc,
         "رقم واتساب وحدة اللوجستيات مخصص للرسائل فقط، ويُرد عليه من الأحد إلى الخميس من الساعة 08:00 إلى الساعة "
         "17:00 بتوقيت عُمان، وعلى مدار الساعة أيام 10 و11 و12 أكتوبر 2039.")
    para(doc, f"صفحة المشاورة: {PAGE_URL}")
    para(doc, f"{CENTRE} – وحدة البرامج، مسقط", italic=True, size=10)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
