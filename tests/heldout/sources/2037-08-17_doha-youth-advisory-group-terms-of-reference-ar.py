"""Writes the held-out test document
tests/heldout/2037-08-17_doha-youth-advisory-group-terms-of-reference-ar.docx: an Arabic (Modern Standard Arabic) Word
document "الاختصاصات ودعوة لتقديم الترشيحات" (terms of reference and call for nominations), issued in Doha on
Monday 17 August 2037 by a fictional regional network on migration for the Arab States, for a new regional youth
advisory group on migration for the Gulf and Arab region. Everything in it (people, bodies, venue, e-mail, URL) is
invented.

Content: background, the group's mandate (six numbered tasks), composition (15 members, reserved seats), eligibility
(age 18-30 and other conditions), term of office (two years from 1 December 2037, not renewable), an information
session for prospective candidates on Zoom (9 September 2037), an online orientation session on Microsoft Teams
(18 November 2037, Doha time), the first in-person meeting in Doha (13-15 December 2037), what is covered and what is
not (no per diem), how to apply, nomination deadline (1 October 2037, 23:59 Doha time), results (2 November 2037), a
timeline table (المرحلة | التاريخ), a contact e-mail and the focal point. Digits are mixed on purpose: Arabic-Indic
digits (٢٠٣٧) in some places, Western digits (2037) in others.

Word structure: right-to-left throughout (w:bidi on every paragraph's properties, w:rtl on Arabic runs, Latin
segments such as "Zoom", the URL and the e-mail in separate left-to-right runs, w:bidiVisual on the table, w:bidi on
the section), core properties (title, language ar-QA), a header and a footer (with a PAGE field), a Title-style
title, Heading 1 sections, Heading 2 sub-sections, a List Number list (mandate), List Bullet lists and a two-column
table.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2037-08-17_doha-youth-advisory-group-terms-of-reference-ar.py
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

OUT = Path(__file__).resolve().parent.parent / "2037-08-17_doha-youth-advisory-group-terms-of-reference-ar.docx"

NETWORK = "شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية للدول العربية"
PARTNER = "بالتعاون مع المركز الخليجي لدراسات الشباب والتنقل (الدوحة)"
TITLE = "الفريق الاستشاري الإقليمي للشباب بشأن الهجرة لمنطقة الخليج والمنطقة العربية"
SUBTITLE = "الاختصاصات ودعوة لتقديم الترشيحات"
CONTACT = "youth.advisory@arab-migrationnetwork.example"
FORM_URL = "https://arabregion-migration.example.org/youth-group"
ARABIC_FONT = "Arial"

MANDATE = [
    "تقديم المشورة إلى الشبكة الإقليمية بشأن إدماج منظور الشباب في أنشطتها وخطط عملها المتعلقة بتنفيذ الاتفاق "
    "العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.",
    "إعداد ورقة موقف شبابية إقليمية لا تتجاوز 3000 كلمة، تُقدَّم إلى الاستعراض الإقليمي للاتفاق العالمي المقرر "
    "عقده في عام 2038.",
    "تنظيم مشاورتين إلكترونيتين على الأقل سنويًا مع المنظمات التي يقودها الشباب ومنظمات المهاجرين واللاجئين في "
    "المنطقة.",
    "مراجعة المواد التوعوية الموجَّهة إلى الشباب المهاجرين، ولا سيما ما يتعلق منها بالتوظيف العادل ومخاطر الهجرة "
    "غير النظامية والاتجار بالبشر.",
    "تمثيل الشباب في فعاليات الشبكة الإقليمية والمشاركة في أعمالها، عند الطلب.",
    "تبادل الممارسات الجيدة بين المبادرات الشبابية في بلدان المنشأ والعبور والمقصد.",
]

SEATS = [
    "أربعة (٤) مقاعد للشباب المهاجرين أو اللاجئين المقيمين في بلد غير بلد جنسيتهم، منها مقعدان على الأقل "
    "لمقيمين في دول مجلس التعاون الخليجي؛",
    "مقعدان (٢) للشباب من ذوي الإعاقة؛",
    "مقعد واحد (١) لشاب أو شابة من مجتمعات العائدين؛",
    "ثمانية (٨) مقاعد مفتوحة لسائر المرشحين المستوفين للشروط.",
]

ELIGIBILITY = [
    "أن يتراوح عمر المرشح أو المرشحة بين 18 و30 عامًا في تاريخ إغلاق باب الترشيح؛",
    "الإقامة في أحد بلدان المنطقة العربية؛",
    "خبرة لا تقل عن سنة واحدة في العمل التطوعي أو المهني مع منظمة يقودها الشباب أو منظمة للمهاجرين أو "
    "اللاجئين أو مبادرة مجتمعية ذات صلة بالهجرة؛",
    "إجادة اللغة العربية، وتُعدّ المعرفة العملية باللغة الإنجليزية ميزة إضافية؛",
    "الالتزام بتخصيص نحو ثماني ساعات شهريًا لأعمال الفريق.",
]

COVERED = [
    "تذكرة سفر ذهابًا وإيابًا على الدرجة السياحية من بلد الإقامة إلى الدوحة؛",
    "الإقامة الفندقية لمدة أربع (٤) ليالٍ؛",
    "وجبات الغداء والاستراحات خلال أيام الاجتماع الثلاثة، والتنقل بين المطار والفندق ومكان الاجتماع؛",
    "تكاليف مرافق واحد وأي ترتيبات تيسيرية معقولة للأعضاء من ذوي الإعاقة.",
]

APPLICATION = [
    "سيرة ذاتية لا تتجاوز صفحتين؛",
    "بيان دوافع لا يتجاوز 500 كلمة باللغة العربية أو الإنجليزية، أو تسجيل مصوَّر لا تتجاوز مدته ثلاث دقائق؛",
    "رسالة تزكية من منظمة يعمل فيها المرشح أو يتطوع معها.",
]

# (المرحلة, التاريخ)
TIMELINE = [
    ("صدور الدعوة وفتح باب الترشيح", "الاثنين 17 آب/أغسطس 2037"),
    ("الجلسة الإعلامية للمرشحين المحتملين (Zoom)", "الأربعاء 9 أيلول/سبتمبر 2037"),
    ("الموعد النهائي لتقديم الترشيحات", "الخميس 1 تشرين الأول/أكتوبر 2037، الساعة 23:59 بتوقيت الدوحة"),
    ("المقابلات عبر الإنترنت مع المرشحين في القائمة المختصرة", "من الأحد 18 إلى الخميس 22 تشرين الأول/أكتوبر 2037"),
    ("إعلان النتائج", "الاثنين ٢ تشرين الثاني/نوفمبر ٢٠٣٧"),
    ("آخر موعد لتأكيد القبول كتابيًا", "الخميس ١٢ تشرين الثاني/نوفمبر ٢٠٣٧"),
    ("الجلسة التعريفية عبر الإنترنت (Microsoft Teams)", "الأربعاء ١٨ تشرين الثاني/نوفمبر ٢٠٣٧"),
    ("بدء مدة العضوية", "الثلاثاء 1 كانون الأول/ديسمبر 2037"),
    ("الاجتماع الحضوري الأول في الدوحة", "من الأحد 13 إلى الثلاثاء 15 كانون الأول/ديسمبر 2037"),
]

# Latin-script stretches (names of platforms, URL, e-mail, reference) go into separate left-to-right runs.
LATIN = re.compile(r"([A-Za-z][A-Za-z0-9@.:/_\-+]*(?:[ ]+[A-Za-z0-9@.:/_\-+]+)*)")
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
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Number", "List Bullet"):
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
    rpr_add(normal_rpr, "w:lang", val="ar-QA", bidi="ar-QA")


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE}: {SUBTITLE}"
    cp.subject = "الفريق الاستشاري الإقليمي للشباب بشأن الهجرة – الدوحة، 17 آب/أغسطس 2037"
    cp.author = "شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية للدول العربية"
    cp.last_modified_by = "الأمانة الإقليمية"
    cp.keywords = "الاتفاق العالمي للهجرة؛ الشباب؛ الفريق الاستشاري؛ الدوحة؛ ترشيحات"
    cp.created = datetime.datetime(2037, 8, 17, 9, 0, 0)
    cp.modified = datetime.datetime(2037, 8, 17, 9, 0, 0)
    cp.language = "ar-QA"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sect_pr = sec._sectPr
    sect_pr.insert_element_before(OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                  "w:sectPrChange")
    normal = doc.styles["Normal"]
    normal.font.name = ARABIC_FONT
    normal.font.size = Pt(12)
    style_rtl(doc)

    # Header and footer
    hp = sec.header.paragraphs[0]
    set_bidi(hp)
    add_text(hp, f"{NETWORK} | الفريق الاستشاري الإقليمي للشباب – الاختصاصات ودعوة لتقديم الترشيحات",
             size=8, color=RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    set_bidi(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "صادر في الدوحة، ١٧ آب/أغسطس ٢٠٣٧ – الصفحة ", size=8)
    add_page_field(fp)

    # Letterhead
    para(doc, NETWORK, bold=True, size=11, color=RGBColor(0x0B, 0x4F, 0x6C), center=True)
    para(doc, PARTNER, italic=True, center=True)
    para(doc, "الدوحة، ١٧ آب/أغسطس ٢٠٣٧ – المرجع: UNNM-ARB/2037/YAG-01")

    t = doc.add_heading(level=0)
    set_bidi(t)
    add_text(t, TITLE)
    para(doc, SUBTITLE, bold=True, size=14)

    heading(doc, "١. الخلفية", 1)
    para(doc,
         "يؤكد الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية أهمية إشراك الشباب في تنفيذ أهدافه "
         "ومتابعتها واستعراضها، وفقًا لنهج يشمل المجتمع بأسره. وتعتزم الشبكة الإقليمية لشبكة الأمم المتحدة "
         "المعنية بالهجرة للدول العربية، بالتعاون مع المركز الخليجي لدراسات الشباب والتنقل، إنشاء فريق استشاري "
         "إقليمي للشباب يقدّم المشورة بشأن قضايا الهجرة التي تمسّ الشباب في منطقة الخليج والمنطقة العربية. "
         "وتحدد هذه الوثيقة اختصاصات الفريق وشروط العضوية فيه وإجراءات تقديم الترشيحات.")

    heading(doc, "٢. ولاية الفريق", 1)
    para(doc, "يضطلع الفريق بالمهام التالية:")
    for item in MANDATE:
        para(doc, item, style="List Number")

    heading(doc, "٣. التشكيل", 1)
    para(doc,
         "يتألف الفريق من خمسة عشر (١٥) عضوًا من الشباب من بلدان المنطقة العربية الاثنين والعشرين، يُختارون "
         "بصفتهم الشخصية لا بصفتهم ممثلين لحكومات أو منظمات. وتُخصَّص المقاعد على النحو الآتي:")
    for item in SEATS:
        para(doc, item, style="List Bullet")
    para(doc,
         "ويُراعى التوازن بين الجنسين، بحيث لا يقل عدد الشابات في الفريق عن سبع (7)، ولا يجوز أن يضم الفريق "
         "أكثر من عضوين (2) من البلد نفسه. وينتخب الفريق في اجتماعه الأول رئيسًا ونائبًا للرئيس من بين أعضائه.")

    heading(doc, "٤. شروط الأهلية", 1)
    para(doc, "يُشترط في المرشح أو المرشحة ما يلي:")
    for item in ELIGIBILITY:
        para(doc, item, style="List Bullet")
    para(doc, "ولا يحق لموظفي منظومة الأمم المتحدة ولا لموظفي الجهات الحكومية الترشح لعضوية الفريق.")

    heading(doc, "٥. مدة العضوية", 1)
    para(doc,
         "مدة العضوية سنتان تبدأ في ١ كانون الأول/ديسمبر ٢٠٣٧، وهي غير قابلة للتجديد. والعضوية تطوعية، ولا "
         "يتقاضى الأعضاء عنها أي أجر أو مكافأة.")

    heading(doc, "٦. الاجتماعات", 1)
    heading(doc, "الجلسة الإعلامية للمرشحين المحتملين", 2)
    para(doc,
         "تُعقد جلسة إعلامية عبر منصة Zoom يوم الأربعاء 9 أيلول/سبتمبر 2037، من الساعة 15:00 إلى 16:00 بتوقيت "
         "الدوحة (UTC+3)، للإجابة عن أسئلة الراغبين في الترشح. ويُنشر رابط الجلسة على صفحة الدعوة.")
    heading(doc, "الجلسة التعريفية عبر الإنترنت", 2)
    para(doc,
         "يشارك الأعضاء المختارون في جلسة تعريفية إلزامية عبر منصة Microsoft Teams يوم الأربعاء ١٨ تشرين "
         "الثاني/نوفمبر ٢٠٣٧، من الساعة ١٦:٠٠ إلى ١٨:٠٠ بتوقيت الدوحة (UTC+3)، ييسّرها السيد يوسف نبيل حداد، "
         "مسؤول برامج الشباب في الأمانة الإقليمية. وتتناول الجلسة الاتفاق العالمي وأساليب عمل الفريق.")
    heading(doc, "الاجتماع الحضوري الأول في الدوحة", 2)
    para(doc,
         "يُعقد الاجتماع الحضوري الأول للفريق في الدوحة، دولة قطر، من يوم الأحد 13 إلى يوم الثلاثاء 15 كانون "
         "الأول/ديسمبر 2037، في قاعة الدانة بمركز اللؤلؤة للمؤتمرات، منطقة الخليج الغربي. ويُتوقَّع وصول الأعضاء "
         "يوم السبت 12 كانون الأول/ديسمبر 2037 ومغادرتهم يوم الأربعاء 16 كانون الأول/ديسمبر 2037. ولغتا العمل هما "
         "العربية والإنجليزية، مع توفير الترجمة الفورية. وسيُعمَّم جدول أعمال الاجتماع على الأعضاء في وقت لاحق.")
    para(doc,
         "ومن المقرر عقد الاجتماع الحضوري الثاني في عام 2038، وسيُعلَن عن موعده ومكانه لاحقًا.")

    heading(doc, "٧. التكاليف", 1)
    para(doc, "تتحمّل الشبكة الإقليمية تكاليف مشاركة الأعضاء في الاجتماع الحضوري الأول على النحو الآتي:")
    for item in COVERED:
        para(doc, item, style="List Bullet")
    para(doc,
         "ولا يُصرف أي بدل يومي (per diem) للأعضاء، ولا تُغطّى تكاليف التأمين الصحي للسفر ولا أي نفقات شخصية. "
         "وتقدّم الأمانة الإقليمية، عند الحاجة، رسائل دعم لتسهيل الحصول على تأشيرة الدخول إلى دولة قطر.")

    heading(doc, "٨. كيفية تقديم الترشيح", 1)
    para(doc, f"تُقدَّم الترشيحات حصرًا عبر الاستمارة الإلكترونية المتاحة على الرابط {FORM_URL}، مرفقةً بما يلي:")
    for item in APPLICATION:
        para(doc, item, style="List Bullet")
    para(doc,
         "ويجوز الترشيح الذاتي، كما يجوز ترشيح الغير بعد موافقة الشخص المرشَّح. ويُغلق باب الترشيح يوم الخميس "
         "1 تشرين الأول/أكتوبر 2037 الساعة 23:59 بتوقيت الدوحة، ولن يُنظر في الطلبات المتأخرة أو غير المكتملة.")
    para(doc,
         "وتتولى لجنة اختيار مؤلفة من خمسة أعضاء، تضم ممثلين عن الشبكة الإقليمية ومنظمات شبابية، دراسة الطلبات، "
         "وتُجري مقابلات عبر الإنترنت مع المرشحين المدرجين في القائمة المختصرة. وتُعلَن النتائج يوم الاثنين "
         "٢ تشرين الثاني/نوفمبر ٢٠٣٧، ويتعيّن على الأعضاء المختارين تأكيد قبولهم كتابيًا في موعد أقصاه الخميس "
         "١٢ تشرين الثاني/نوفمبر ٢٠٣٧.")

    heading(doc, "٩. الجدول الزمني", 1)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    bidi_visual = OxmlElement("w:bidiVisual")
    # w:bidiVisual comes after tblStyle/tblpPr/tblOverlap and before tblW in CT_TblPr
    tbl_pr.insert_element_before(bidi_visual, "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW",
                                 "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                                 "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                 "w:tblDescription", "w:tblPrChange")
    widths = (Cm(9.0), Cm(7.4))
    for cell, head, w in zip(table.rows[0].cells, ("المرحلة", "التاريخ"), widths):
        p = cell.paragraphs[0]
        set_bidi(p)
        add_text(p, head, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        cell.width = w
        shade(cell, "0B4F6C")
    for stage, date in TIMELINE:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, (stage, date), widths):
            p = cell.paragraphs[0]
            set_bidi(p)
            add_text(p, value)
            cell.width = w

    heading(doc, "١٠. الاتصال", 1)
    para(doc,
         f"تُوجَّه الاستفسارات عبر البريد الإلكتروني إلى: {CONTACT}، مع ذكر عبارة «ترشيحات الفريق الاستشاري» في "
         "عنوان الرسالة.")
    para(doc,
         "جهة الاتصال: السيدة ليلى منصور العطية، منسقة مشاركة الشباب، الأمانة الإقليمية لشبكة الأمم المتحدة "
         "المعنية بالهجرة للدول العربية، الدوحة.")

    para(doc, "الدكتور كريم عادل الزعبي", bold=True)
    para(doc, "المنسق الإقليمي، شبكة الأمم المتحدة المعنية بالهجرة – الشبكة الإقليمية للدول العربية")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
