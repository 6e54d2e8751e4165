"""Write the held-out test document
tests/heldout/2036-12-01_nouakchott-consultation-final-communique-ar.docx

The document is an invented Arabic Word file: the final communique ("بيان ختامي") of a
regional consultation of West and North African civil society on the review of the
Global Compact for Migration, held in Nouakchott on 25-26 November 2036 and issued on
1 December 2036. Paragraphs are right-to-left (w:bidi in pPr, w:rtl in rPr), the core
properties title is left empty (the title is only in the body), and the body has a
letterhead, a Heading 1 title, Heading 2 sections, numbered recommendations (List Number)
and two tables (participants by stakeholder group, follow-up timeline).

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2036-12-01_nouakchott-consultation-final-communique-ar.py
"""
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "2036-12-01_nouakchott-consultation-final-communique-ar.docx"
FONT = "Arial"


def _rtl_run(run, bold=False, size=None):
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), FONT)
    if bold:
        run.bold = True
        rpr.append(OxmlElement("w:bCs"))
    if size:
        run.font.size = Pt(size)
        szcs = OxmlElement("w:szCs")
        szcs.set(qn("w:val"), str(int(size * 2)))
        rpr.append(szcs)
    rtl = OxmlElement("w:rtl")
    rpr.append(rtl)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "ar-MR")
    rpr.append(lang)


def _bidi(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi must come before w:jc / w:rPr in pPr; put it right after pStyle/numPr if present
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:numPr"):
        el = ppr.find(qn(tag))
        if el is not None:
            anchor = el
    if anchor is None:
        ppr.insert(0, bidi)
    else:
        anchor.addnext(bidi)


def para(doc, text, style=None, bold=False, size=None, center=False):
    p = doc.add_paragraph(style=style)
    _bidi(p)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    _rtl_run(run, bold=bold, size=size)
    return p


def table(doc, header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    tblpr = t._tbl.tblPr
    bidi_visual = OxmlElement("w:bidiVisual")
    tblpr.find(qn("w:tblStyle")).addnext(bidi_visual)  # schema order: tblStyle, ..., bidiVisual, ..., tblW
    for r, values in enumerate([header] + rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            _bidi(p)
            run = p.add_run(value)
            _rtl_run(run, bold=(r == 0))
    return t


def main():
    doc = Document()
    # complex-script sizes for headings, so Arabic headings are sized like Latin ones
    for name, size in (("Heading 1", 14), ("Heading 2", 13), ("Normal", 11)):
        st = doc.styles[name]
        st.font.name = FONT
        rpr = st.element.get_or_add_rPr()
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), str(size * 2))

    cp = doc.core_properties
    cp.title = ""
    cp.subject = ""
    cp.author = "أمانة منصة جسور"
    cp.keywords = ""
    cp.comments = ""
    cp.language = "ar-MR"
    cp.last_modified_by = "أمانة منصة جسور"
    cp.created = datetime(2036, 12, 1, 9, 0)
    cp.modified = datetime(2036, 12, 1, 9, 0)

    para(doc, "منصة «جسور» لمنظمات المجتمع المدني في غرب أفريقيا وشمالها — بالشراكة مع شبكة الأمم المتحدة المعنية بالهجرة",
         bold=True, size=10, center=True)
    para(doc, "نواكشوط، في 1 ديسمبر/كانون الأول 2036", size=10)

    para(doc, "البيان الختامي للمشاورة الإقليمية لمنظمات المجتمع المدني في غرب أفريقيا وشمالها حول استعراض "
              "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية", style="Heading 1")

    para(doc, "عُقدت المشاورة الإقليمية لمنظمات المجتمع المدني في غرب أفريقيا وشمالها حول استعراض الاتفاق العالمي "
              "من أجل الهجرة الآمنة والمنظمة والنظامية في مدينة نواكشوط، الجمهورية الإسلامية الموريتانية، "
              "يومَي الثلاثاء 25 والأربعاء 26 نوفمبر/تشرين الثاني 2036، بقاعة المؤتمرات الكبرى في فندق «الواحة» "
              "(Hôtel El Waha)، طريق الصداقة، نواكشوط. ونظّمتها منصة «جسور» بالشراكة مع شبكة الأمم المتحدة المعنية "
              "بالهجرة والرابطة الموريتانية لحقوق المهاجرين، في إطار التحضير للاستعراض الإقليمي للاتفاق العالمي في أفريقيا.")

    para(doc, "أولاً: المشاركة", style="Heading 2")
    para(doc, "شارك في أعمال المشاورة 112 مشاركاً ومشاركة قدموا من 14 بلداً هي: موريتانيا، والسنغال، ومالي، والنيجر، "
              "وبوركينا فاسو، وغينيا، وغامبيا، وكوت ديفوار، وغانا، ونيجيريا، والمغرب، والجزائر، وتونس، وليبيا. "
              "وبلغ عدد النساء 53 مشاركة، أي نحو 47 في المئة من مجموع المشاركين. وجرت الأعمال باللغات العربية "
              "والفرنسية والإنجليزية مع ترجمة فورية. وتكفّلت الجهات المنظِّمة بتكاليف سفر وإقامة عدد من ممثلي "
              "المنظمات القاعدية القادمين من المناطق الداخلية.")
    para(doc, "ويبيّن الجدول التالي توزيع المشاركين حسب فئات أصحاب المصلحة:")
    table(doc, ["فئة أصحاب المصلحة", "عدد المشاركين"], [
        ["منظمات المجتمع المدني والجمعيات المحلية", "48"],
        ["منظمات المهاجرين والمغتربين (الدياسبورا)", "19"],
        ["ممثلو النقابات العمالية واتحادات العمال", "11"],
        ["الباحثون والأكاديميون", "9"],
        ["الشباب والطلاب", "8"],
        ["ممثلو الحكومات والسلطات المحلية (بصفة مراقب)", "10"],
        ["وكالات الأمم المتحدة والمنظمات الدولية", "7"],
        ["المجموع", "112"],
    ])

    para(doc, "ثانياً: الجلسة الافتتاحية", style="Heading 2")
    para(doc, "افتُتحت الأشغال صباح يوم الثلاثاء 25 نوفمبر/تشرين الثاني 2036 على الساعة 09:30 بتوقيت نواكشوط (GMT)، "
              "بكلمة لمعالي السيدة خديجة بنت محمد الأمين، وزيرة العمل الاجتماعي والتضامن الوطني، أكدت فيها التزام "
              "الحكومة الموريتانية بإشراك المجتمع المدني في متابعة تنفيذ الاتفاق العالمي، وأعلنت عن إطلاق دليل "
              "وطني لتوجيه المهاجرين نحو الخدمات الصحية والقانونية.")
    para(doc, "ثم تحدثت الدكتورة عائشة بنت أحمد سالم، رئيسة منصة «جسور»، فذكّرت بأن منظمات المجتمع المدني هي «العين "
              "الساهرة على وعود الدول»، ودعت إلى أن تُبنى مساهمات المنطقة على شهادات المهاجرين أنفسهم. واختتم الجلسة "
              "السيد كوفي أمواكو منساه، منسق شبكة الأمم المتحدة المعنية بالهجرة لغرب ووسط أفريقيا، الذي قدّم عرضاً "
              "عن مراحل الاستعراض الإقليمي وآجاله.")

    para(doc, "ثالثاً: الجلسات المواضيعية", style="Heading 2")
    para(doc, "توزعت أعمال اليوم الأول على ثلاث جلسات مواضيعية:")
    para(doc, "الجلسة الأولى: المسارات النظامية وتنقل اليد العاملة، أدارتها السيدة فاطمتو سال، المديرة التنفيذية "
              "لجمعية «طريق الكرامة» (داكار).", style="List Bullet")
    para(doc, "الجلسة الثانية: حماية المهاجرين على طرق العبور والبحث عن المفقودين، أدارها السيد يوسف بن عمار، عضو "
              "المرصد التونسي لحقوق المهاجرين (صفاقس).", style="List Bullet")
    para(doc, "الجلسة الثالثة: التنقل المرتبط بتغيّر المناخ وتدهور الأراضي في منطقة الساحل، أدارها الدكتور موسى أغ "
              "الحسن، الباحث في مركز الساحل لدراسات المناخ والتنقل (نيامي).", style="List Bullet")
    para(doc, "وخُصّص اليوم الثاني، الأربعاء 26 نوفمبر/تشرين الثاني 2036، لعمل المجموعات وصياغة التوصيات "
              "واعتمادها في جلسة عامة.")

    para(doc, "رابعاً: التوصيات", style="Heading 2")
    para(doc, "اعتمد المشاركون بالتوافق التوصيات التالية، الموجهة إلى الدول والهيئات الإقليمية ووكالات الأمم المتحدة:")
    for rec in [
        "توسيع المسارات النظامية للهجرة داخل المنطقة وخارجها، بما في ذلك تصاريح العمل الموسمي القابلة للتجديد، "
        "وتبسيط إجراءات الحصول عليها وخفض رسومها.",
        "إقامة فصل واضح («جدار حماية») بين الخدمات الأساسية وأجهزة إنفاذ قوانين الهجرة، حتى يتمكن المهاجرون من "
        "الوصول إلى الصحة والتعليم دون خوف من الإبلاغ عنهم.",
        "الكفّ عن احتجاز الأطفال المهاجرين لأسباب تتعلق بوضعهم الإداري، واعتماد بدائل للاحتجاز قائمة على الرعاية "
        "الأسرية والمجتمعية.",
        "إنشاء آلية إقليمية لتبادل المعلومات حول المهاجرين المفقودين وتحديد هوية الرفات، بمشاركة أسر المفقودين "
        "وجمعياتهم.",
        "إدراج التنقل المرتبط بالمناخ في الخطط الوطنية للتكيف، وتمكين المجتمعات الرعوية والزراعية المتضررة من "
        "التنقل الآمن عبر الحدود.",
        "تيسير نقل حقوق الضمان الاجتماعي بين بلدان المنطقة، وإبرام اتفاقات ثنائية ومتعددة الأطراف لهذا الغرض.",
        "خفض تكاليف التحويلات المالية للمهاجرين إلى أقل من 3 في المئة من قيمة المبلغ المحوَّل.",
        "ضمان مشاركة منظمات المهاجرين والمغتربين والنقابات في إعداد الاستعراضات الوطنية الطوعية للاتفاق العالمي، "
        "وإتاحة مشاريع هذه الاستعراضات للتعليق العام.",
    ]:
        para(doc, rec, style="List Number")

    para(doc, "خامساً: المتابعة", style="Heading 2")
    para(doc, "كلّف المشاركون لجنة صياغة من خمسة أعضاء بإعداد التقرير النهائي للمشاورة، ترأسها الدكتورة مريم تراوري، "
              "رئيسة جمعية النساء المهاجرات العائدات (باماكو)، وتضم في عضويتها: السيدة فاطمتو سال (السنغال)، والسيد "
              "يوسف بن عمار (تونس)، والسيد إبراهيما ولد محمد فال، منسق الرابطة الموريتانية لحقوق المهاجرين، والسيدة "
              "نجاة العلمي، عن الكونفدرالية المغربية للعمال المهاجرين (الرباط).")
    para(doc, "وسيُعمَّم مشروع التقرير على جميع المشاركين يوم الاثنين 15 ديسمبر/كانون الأول 2036. وتُرسَل الملاحظات "
              "المكتوبة عليه بالبريد الإلكتروني إلى العنوان nouakchott-suivi@jusur-migration.example في أجل أقصاه "
              "يوم الجمعة 9 يناير/كانون الثاني 2037 على الساعة 23:59 بتوقيت غرينتش، على ألا تتجاوز 1500 كلمة لكل "
              "منظمة، وتُقبَل باللغات العربية أو الفرنسية أو الإنجليزية.")
    para(doc, "ويُعقد اجتماع متابعة عبر الإنترنت على منصة «زوم» يوم الثلاثاء 20 يناير/كانون الثاني 2037، من الساعة "
              "10:00 إلى الساعة 12:00 بتوقيت غرينتش (GMT)، أي من 11:00 إلى 13:00 بتوقيت الرباط والجزائر وتونس "
              "(GMT+1)، لعرض الملاحظات الواردة والمصادقة على الصيغة النهائية للتقرير. والتسجيل المسبق إلزامي عبر "
              "الاستمارة المتاحة على الرابط https://www.example.org/jusur/nouakchott2036/suivi ، ويُرسَل رابط "
              "الاجتماع إلى المسجَّلين بعد إغلاق باب التسجيل.")
    para(doc, "وتُقدِّم لجنة الصياغة التقرير النهائي إلى الأمانة المشتركة للاستعراض الإقليمي للاتفاق العالمي في "
              "أفريقيا يوم الخميس ٥ فبراير/شباط ٢٠٣٧.")
    para(doc, "واتفق المشاركون على عقد اجتماع حضوري ثانٍ خلال النصف الثاني من عام 2037 لتقييم مدى الأخذ بتوصيات "
              "المنطقة، وسيُحدَّد مكانه وتاريخه لاحقاً. ولم تُحدَّد بعدُ مصادر تمويل هذا الاجتماع.")
    para(doc, "ويلخّص الجدول التالي مواعيد المتابعة:")
    table(doc, ["الخطوة", "الموعد"], [
        ["تعميم مشروع التقرير على المشاركين", "الاثنين 15 ديسمبر/كانون الأول 2036"],
        ["آخر أجل لإرسال الملاحظات المكتوبة", "الجمعة 9 يناير/كانون الثاني 2037، الساعة 23:59 (GMT)"],
        ["آخر أجل للتسجيل في اجتماع المتابعة عبر الإنترنت", "الأربعاء 14 يناير/كانون الثاني 2037"],
        ["اجتماع المتابعة عبر الإنترنت (زوم)", "الثلاثاء 20 يناير/كانون الثاني 2037، 10:00–12:00 (GMT)"],
        ["تقديم التقرير النهائي", "الخميس ٥ فبراير/شباط ٢٠٣٧"],
        ["الاجتماع الحضوري المقبل", "النصف الثاني من عام 2037 (المكان والتاريخ سيُحدَّدان لاحقاً)"],
    ])

    para(doc, "سادساً: الاتصال", style="Heading 2")
    para(doc, "لأي استفسار بشأن هذا البيان أو مراحل المتابعة، يُرجى مراسلة أمانة منصة «جسور» على العنوان: "
              "nouakchott-suivi@jusur-migration.example. ويُنشر هذا البيان، وكذلك التقرير النهائي بعد اعتماده، على "
              "الموقع https://www.example.org/jusur .")
    para(doc, "وأعرب المشاركون في ختام أعمالهم عن شكرهم للسلطات الموريتانية وسكان نواكشوط على حسن الاستقبال وكرم الضيافة.")
    para(doc, "حُرِّر في نواكشوط، في 1 ديسمبر/كانون الأول 2036", bold=True)
    para(doc, "الأمانة العامة لمنصة «جسور»")

    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
