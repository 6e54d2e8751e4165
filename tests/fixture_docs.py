"""Generate small test documents (TXT, MD, HTML, PDF, DOCX) into a directory.

Nothing binary is committed: every test builds the files it needs with the real
libraries (PyMuPDF for PDF, python-docx for DOCX). Each ``write_*`` helper
returns the path it wrote.
"""

from __future__ import annotations

import random
from pathlib import Path

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU_SANS = DEJAVU_DIR / "DejaVuSans.ttf"

# "The Regional United Nations Network on Migration holds a dialogue with
#  stakeholders in the Arab region."
ARABIC_PARAGRAPH = (
    "تعقد الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة حوارا مع أصحاب المصلحة في المنطقة العربية."
)
ARABIC_WORDS = ["تعقد", "الشبكة", "الإقليمية", "للأمم", "المتحدة", "بالهجرة", "المنطقة", "العربية"]
# "The deadline for registration is 15 March 2026."
ARABIC_DEADLINE = "آخر موعد للتسجيل هو 15 آذار/مارس 2026."
# "Join the IMRF forum now (important)." - Latin, brackets and Arabic on one line
ARABIC_MIXED = "انضموا إلى منتدى IMRF الآن (مهم)."

ENGLISH_HEADING = "Regional Review Conference"
ENGLISH_PARAGRAPH = (
    "Stakeholders can register for the regional review conference until 15 March 2026. "
    "The conference takes place in Beirut and online."
)


def write_txt(directory: Path, name: str = "notes.txt", text: str | None = None) -> Path:
    path = Path(directory) / name
    if text is None:
        text = (
            "Registration for stakeholders\n\n"
            "Stakeholders register\tonline before 15 March 2026.\n\n\n\n"
            "Contact the secretariat at gcm@example.org.\n"
        )
    path.write_text(text, encoding="utf-8")
    return path


def write_md(directory: Path, name: str = "guide.md") -> Path:
    path = Path(directory) / name
    path.write_text(
        "# Guide to the IMRF\n\n"
        "## Accreditation\n\n"
        "Read the [modalities resolution](https://undocs.org/A/RES/73/326) and the "
        "[calendar](#).<sup>1</sup>\n\n"
        "* Register **before** the deadline\n"
        "* Prepare a pledge\n\n"
        "<sup>1</sup> A/RES/73/326.\n",
        encoding="utf-8",
    )
    return path


def write_html(directory: Path, name: str = "event.html") -> Path:
    path = Path(directory) / name
    path.write_text(
        f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Dialogue on the IMRF | UN Network on Migration</title>
  <style>body {{ font-family: sans-serif; }} .secret {{ color: red; }}</style>
  <script>var trackingCode = "should never appear";</script>
</head>
<body>
  <header><a href="/">Home</a> <span>Site header text</span></header>
  <nav><ul><li><a href="/about">About us</a></li><li><a href="/news">News menu</a></li></ul></nav>
  <main>
    <h1>Dialogue on the International Migration Review Forum</h1>
    <p>10 February 2022</p>
    <p>Beirut time</p>
    <h2>Objectives</h2>
    <p>The meeting aimed to:</p>
    <ul>
      <li>Provide stakeholders with an overview of the IMRF;</li>
      <li>Learn about their planned <b>contributions</b>.</li>
    </ul>
    <table>
      <tr><th>Time</th><th>Session</th></tr>
      <tr><td>09:30</td><td>Opening</td></tr>
      <tr><td>10:00</td><td>Open discussion</td></tr>
    </table>
    <p>Register on the <a href="https://migrationnetwork.un.org/imrf">IMRF page</a>.</p>
    <h2 dir="rtl">الهجرة</h2>
    <p dir="rtl" lang="ar">{ARABIC_PARAGRAPH}</p>
    <form><label>Email</label><input name="email"><button>Subscribe now</button></form>
    <aside>Related news sidebar</aside>
  </main>
  <footer>Copyright footer text</footer>
  <script>console.log("more script");</script>
</body>
</html>
""",
        encoding="utf-8",
    )
    return path


def write_pdf(directory: Path, name: str = "report.pdf", title: str | None = None) -> Path:
    """A three-page PDF laid out the way real ones are, Arabic shaped right to left.

    Page 1: an English heading (h1), a paragraph, an Arabic heading (h2) and
    three Arabic paragraphs (one long enough to wrap, one with a date, one with
    a Latin word and brackets).
    Page 2: a section heading (h2) and a paragraph cut mid-sentence at the foot.
    Page 3: the rest of that sentence (starting in lower case).
    Every page has a running footer and a page number, which the loader drops.
    """
    import pymupdf

    archive = pymupdf.Archive(str(DEJAVU_DIR))
    css = "@font-face {font-family: dv; src: url(DejaVuSans.ttf);} * {font-family: dv;}"
    doc = pymupdf.open()
    bodies = [
        f"<h1>{ENGLISH_HEADING}</h1><p>{ENGLISH_PARAGRAPH}</p>"
        f'<h2 dir="rtl">الهجرة</h2><p dir="rtl">{ARABIC_PARAGRAPH}</p>'
        f'<p dir="rtl">{ARABIC_DEADLINE}</p><p dir="rtl">{ARABIC_MIXED}</p>',
        "<h2>Accreditation</h2><p>Organisations without ECOSOC status can ask for special accreditation"
        " through the network secretariat, which sends</p>",
        "<p>the list of approved organisations to the President of the General Assembly.</p>",
    ]
    for number, body in enumerate(bodies, start=1):
        page = doc.new_page()
        page.insert_htmlbox(pymupdf.Rect(72, 72, 523, 700), body, css=css, archive=archive)
        page.insert_htmlbox(
            pymupdf.Rect(72, 780, 523, 800),
            "<p style='font-size: 8pt'>GCM Help Desk test document</p>",
            css=css,
            archive=archive,
        )
        page.insert_htmlbox(pymupdf.Rect(500, 800, 523, 820), f"<p style='font-size: 8pt'>{number}</p>",
                            css=css, archive=archive)
    if title:
        doc.set_metadata({"title": title})
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


# an Arabic information note as printed to PDF: Arabic-Indic digits (numbers run left to right inside right-to-left
# text), shadda and tanween over letters, a lam-alef ligature, an e-mail address a line's Latin text starts with
ARABIC_NOTE_LINES = [
    "أولاً – الخلفية",
    "١- يشكّل إثبات الهوية القانونية مدخلاً لا غنى عنه للتمتع بسائر الحقوق والخدمات، وفقاً لتقديرات المفوضية، "
    "بلغ عدد الأشخاص نحو ٣٧٠ ألف شخص في نهاية عام ٢٠٢٦.",
    "القاهرة، من الثلاثاء ١٨ إلى الخميس ٢٠ كانون الثاني/يناير ٢٠٢٨ (بتوقيت القاهرة) وترسل المساهمات إلى "
    "lic@network.example قبل ١٩ كانون الأول/ديسمبر ٢٠٢٧.",
]


def arabic_note_html() -> str:
    head, *paragraphs = ARABIC_NOTE_LINES
    return (f'<h2 dir="rtl">{head}</h2>' + "".join(f'<p dir="rtl">{p}</p>' for p in paragraphs))


def write_arabic_note_pdf(directory: Path, name: str = "note.pdf") -> Path:
    """:data:`ARABIC_NOTE_LINES` laid out by MuPDF (PyMuPDF's ``insert_htmlbox``), as a producer draws them."""
    import pymupdf

    archive = pymupdf.Archive(str(DEJAVU_DIR))
    css = "@font-face {font-family: dv; src: url(DejaVuSans.ttf);} * {font-family: dv;}"
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(pymupdf.Rect(72, 72, 523, 700), arabic_note_html(), css=css, archive=archive)
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


# an Arabic note's paragraphs set at one and a half lines, as Arabic often is, and a numbered list between them
SPACED_NOTE_PARAGRAPHS = [
    "تعقد المشاورة باللغتين العربية والإنكليزية، مع ترجمة فورية بينهما في جميع الجلسات. وتتوفر الترجمة الفورية "
    "إلى الفرنسية في الجلسات العامة فقط، ولا تتوفر في مجموعات العمل. كما تتوفر ترجمة إلى لغة الإشارة العربية في "
    "الجلستين الافتتاحية والختامية. وتصدر وثائق المشاورة باللغتين العربية والإنكليزية، وتنشر على الموقع الإلكتروني "
    "للشبكة قبل أسبوعين من انعقادها، ويمكن للمشاركين طلب نسخ مطبوعة منها عند التسجيل.",
    "١. أن يكون مقر المنظمة في إحدى الدول الأعضاء في جامعة الدول العربية؛",
    "٢. أن يطلب الدعم عند التسجيل؛",
    "٣. أن يلتزم المشارك بحضور أيام المشاورة الثلاثة كاملة.",
    "وتبلغ المنظمات المستفيدة من المنح بحلول الخميس ١٦ كانون الأول/ديسمبر ٢٠٢٧، ويتولى المشاركون إجراءات الحصول "
    "على تأشيرة الدخول إلى مصر عند الاقتضاء، وتصدر الأمانة رسائل دعوة رسمية لمن يطلبها من المشاركين المقبولين.",
]


def write_spaced_note_pdf(directory: Path, name: str = "spaced.pdf") -> Path:
    """:data:`SPACED_NOTE_PARAGRAPHS` laid out by MuPDF at a line height of 1.5, the list's lines one under the other."""
    import pymupdf

    archive = pymupdf.Archive(str(DEJAVU_DIR))
    css = ("@font-face {font-family: dv; src: url(DejaVuSans.ttf);} * {font-family: dv; font-size: 10pt; line-height: 1.5;} "
           "p {margin: 0 0 8pt 0;} p.item {margin: 0;}")
    first, *items, last = SPACED_NOTE_PARAGRAPHS
    html = (f'<p dir="rtl">{first}</p>' + "".join(f'<p dir="rtl" class="item">{item}</p>' for item in items)
            + f'<p dir="rtl" style="margin-top: 8pt">{last}</p>')
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(pymupdf.Rect(72, 72, 523, 700), html, css=css, archive=archive)
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


def write_arabic_note_pdf_by_chromium(directory: Path, chromium: str, name: str = "printed.pdf") -> Path:
    """:data:`ARABIC_NOTE_LINES` printed to PDF by a headless Chromium (a web page saved as PDF)."""
    import subprocess

    page = Path(directory) / "note.html"
    page.write_text('<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>body {font-family: "DejaVu Sans"; '
                    f'font-size: 12pt}}</style></head><body>{arabic_note_html()}</body></html>', encoding="utf-8")
    path = Path(directory) / name
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return path


def write_two_column_pdf(directory: Path, name: str = "columns.pdf") -> Path:
    """A page in two columns whose narrow right column breaks words with soft hyphens at its line ends (a
    discretionary "arrange-" above "ments", and "end-" above "of-service"): the words a reader must put back."""
    import pymupdf

    left = ("<p>4. The meeting reviewed the legislation of twelve States and the practice of labour inspection in "
            "private households, where most workers live with their employers.</p>")
    right = ("<p>5. Extend wage protection systems and social security, including maternity protection and "
             "end-of-service benefits, to all domestic workers, and reform the sponsorship arrange&shy;ments "
             "that tie a worker's residence to one employer, with the partici&shy;pation of workers' "
             "organizations.</p>")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(pymupdf.Rect(72, 72, 290, 700), left)
    page.insert_htmlbox(pymupdf.Rect(305, 72, 425, 700), right)     # (narrow: "end-" and "arrange-" end lines)
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


def _story_pdf(directory: Path, name: str, html: str, css: str) -> Path:
    """An A4 PDF laid out from HTML and CSS by PyMuPDF's Story, as a browser or a word processor would print it."""
    import io

    import pymupdf

    story = pymupdf.Story(html=html, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.Rect(72, 72, 523, 770))
        story.draw(device)
        writer.end_page()
    writer.close()
    path = Path(directory) / name
    path.write_bytes(buffer.getvalue())
    return path


def write_ruled_table_pdf(directory: Path, name: str = "actions.pdf") -> Path:
    """Minutes with a ruled table of actions (Action | Responsable | Échéance) whose first cells wrap over two lines,
    beside one-line cells on the first line's baseline (as a word processor or a browser prints a bordered table)."""
    rows = [("Action", "Responsable", "Échéance"),
            ("Transmettre les études de cas (800 mots au maximum) au secrétariat du groupe", "Tous les membres",
             "vendredi 31 juillet 2037"),
            ("Transmettre la note de position finale au secrétariat de l'examen régional", "Mme Rania Haddad",
             "mardi 15 septembre 2037")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = ("<p>Le groupe a adopté le tableau des actions ci-dessous.</p><table>" + cells + "</table>"
            "<p>La séance a été levée à 16 h 15.</p>")
    css = "table {border-collapse: collapse;} td {border: 0.6pt solid #999999; padding: 3pt; width: 140pt;}"
    return _story_pdf(directory, name, html, css)


def write_table_across_pages_pdf(directory: Path, name: str = "calendar.pdf") -> Path:
    """A selection calendar in a ruled table (Étape | Date) that a page break cuts: the row going on to the next page
    is drawn there with its vertical rules and the border below it only (its border above ends the page before)."""
    filler = "".join(f"<p>Paragraphe {k} de l'appel, qui précise les conditions de participation et les pièces à "
                     "joindre au dossier, pour que la table commence au bas de la première page.</p>" for k in range(16))
    rows = [("Étape", "Date")] + [(f"Étape intermédiaire numéro {k}", f"Lundi {k + 1} septembre 2039") for k in range(9)] + [
        ("Annonce des résultats", "Seconde quinzaine d'octobre 2039"),
        ("Atelier de démarrage à Brazzaville", "Mercredi 9 et jeudi 10 novembre 2039"),
        ("Rapport final", "Au plus tard le vendredi 13 avril 2040")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    css = "p {font-size: 10pt;} table {border-collapse: collapse;} td {border: 0.6pt solid #999999; padding: 3pt; width: 200pt;}"
    return _story_pdf(directory, name, filler + "<table>" + cells + "</table><p>Fin de l'appel.</p>", css)


# an Arabic support line giving a phone number whose groups are apart (a PDF sets them right to left in the line)
ARABIC_SUPPORT_LINE = "تواصل مع فريق الدعم التقني عبر واتساب على الرقم +20 100 555 0192 أو راسل مكتب المساعدة."


def write_arabic_support_pdf(directory: Path, name: str = "support.pdf") -> Path:
    """:data:`ARABIC_SUPPORT_LINE` in an Arabic paragraph laid out by MuPDF's Story, as a producer draws it."""
    import pymupdf

    archive = pymupdf.Archive(str(DEJAVU_DIR))
    css = "@font-face {font-family: dv; src: url(DejaVuSans.ttf);} * {font-family: dv; font-size: 11pt;}"
    doc = pymupdf.open()
    doc.new_page().insert_htmlbox(pymupdf.Rect(72, 72, 523, 700), f'<p dir="rtl">{ARABIC_SUPPORT_LINE}</p>',
                                  css=css, archive=archive)
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


def write_cell_border_table_pdf(directory: Path, name: str = "milestones.pdf") -> Path:
    """A roadmap's table of milestones drawn as a browser prints cells with borders across only (no vertical rules;
    the header's cells ruled above and below, the others below): a heading with a border under it, a paragraph, the
    table (bold date cells; a row spanning the table), a paragraph after it, then another heading, paragraph and table
    of the same columns."""
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in ("Milestone", "Date", "What stakeholders do")) + "</tr>"
    rows = [("Special accreditation (organisations without ECOSOC status)",
             "<b>Monday 3 January to Friday 28 January 2039</b>", "Apply online and upload the required documents."),
            ("Written submissions", "<b>No later than Monday 14 February 2039</b>", "Send one input of up to 1,500 words.")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    spanning = "<tr><td colspan='3'><b>Forum week: Tuesday 17 to Friday 20 May 2039</b></td></tr>"
    last = "<tr><td>Forum</td><td><b>Tuesday 17 May 2039</b></td><td>Attend at Headquarters.</td></tr>"
    html = ("<h2>Milestones at a glance</h2><p>All deadlines close at 23:59 New York time on the day shown, unless "
            "stated otherwise.</p><table>" + head + cells + spanning + last + "</table><p>The Unit will update this roadmap "
            "if dates change.</p><h2>Second phase</h2><p>The second phase follows the same steps, in the same order and "
            "with the same forms, for the organisations accredited in the first one.</p>"
            "<table>" + head + cells + "</table>")
    css = ("body, p {font-size: 9pt;} h2 {font-size: 12pt; border-bottom: 0.6pt solid #1f4e8c;} "
           "table {border-collapse: collapse; width: 100%;} th {font-size: 9pt; text-align: left; padding: 3pt 4pt; "
           "border-top: 1pt solid #1f4e8c; border-bottom: 1pt solid #1f4e8c;} "
           "td {font-size: 9pt; border-bottom: 0.5pt solid #9aa7b8; padding: 3pt 4pt; vertical-align: top;}")
    return _story_pdf(directory, name, html, css)


def write_programme_pdf(directory: Path, name: str = "programme.pdf") -> Path:
    """A programme laid out as a browser prints one: a day's heading, a table without rules whose column labels are set
    in bold side by side ("Time", "Session", "Speakers / moderator"), and the stream's address and the contact's e-mail
    each in bold on a line of their own."""
    rows = [("09:00-10:15", "Opening session", "Ms. Farida Yusupova, Social Affairs Officer"),
            ("10:45-12:30", "Plenary 1: Where does the region stand?", "Moderator: Dr. Catalina Dizon-Mendoza, Director")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = ("<h1>Regional Review of the Global Compact for Migration</h1>"
            "<h2>Day 1 - Tuesday, 16 March 2038</h2>"
            "<table><tr><th>Time</th><th>Session</th><th>Speakers / moderator</th></tr>" + cells + "</table>"
            "<h2>Practical information</h2>"
            "<p>The plenary sessions are streamed live on the review's page:</p>"
            "<p><b>https://review.example.org/manila2038/live</b></p>"
            "<p>Questions may be sent to the secretariat:</p>"
            "<p><b>manila2038@review.example</b></p>")
    css = ("body {font-family: sans-serif; font-size: 10pt;} h1 {font-size: 16pt;} h2 {font-size: 13pt;} "
           "th {font-weight: bold; text-align: left; padding: 3pt; width: 140pt;} td {padding: 3pt; width: 140pt;}")
    return _story_pdf(directory, name, html, css)


def write_visual_order_arabic_pdf(directory: Path, name: str = "visual.pdf") -> Path:
    """A PDF that draws logical-order Arabic left to right, unshaped.

    PyMuPDF reads such text back reversed (it takes the glyph positions as
    visual order); the loader must detect that and restore logical order.
    """
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="dv", fontfile=str(DEJAVU_SANS))
    words = ARABIC_PARAGRAPH.split()
    lines = [" ".join(words[:7]), " ".join(words[7:]), ARABIC_DEADLINE, ARABIC_MIXED]
    for y, line in zip(range(100, 200, 30), lines):
        page.insert_text((40, y), line, fontname="dv", fontsize=11)
    path = Path(directory) / name
    doc.save(path)
    doc.close()
    return path


def write_docx(directory: Path, name: str = "note.docx", title: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading("Concept Note", level=1)
    document.add_paragraph("The second regional review conference is held in Beirut.")
    document.add_heading("Objectives", level=2)
    document.add_paragraph("Review progress on the GCM.", style="List Bullet")
    document.add_paragraph("Identify\tgaps and challenges.", style="List Bullet")
    document.add_paragraph("Share good practices.", style="List Number")
    document.add_heading("Programme", level=2)
    table = document.add_table(rows=3, cols=2)
    cells = [("Time", "Session"), ("09:30", "Registration"), ("10:00", "Opening session")]
    for row, values in zip(table.rows, cells):
        for cell, value in zip(row.cells, values):
            cell.text = value
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Day 2: Thursday, 4 July 2024"
    for cell, value in zip(merged.rows[1].cells, ("09:00", "Registration", "Hall A")):
        cell.text = value
    document.add_heading("Languages", level=3)
    document.add_paragraph(ARABIC_PARAGRAPH)
    path = Path(directory) / name
    document.save(path)
    return path


def write_cp1256_arabic(directory: Path, name: str = "arabic-windows.txt") -> Path:
    path = Path(directory) / name
    path.write_bytes((ARABIC_PARAGRAPH + "\r\n\r\n" + ARABIC_DEADLINE + "\r\n").encode("cp1256"))
    return path


def write_corrupt_pdf(directory: Path, name: str = "broken.pdf") -> Path:
    path = Path(directory) / name
    path.write_bytes(random.Random(1).randbytes(2048))
    return path


def write_truncated_pdf(directory: Path, name: str = "truncated.pdf") -> Path:
    """A real PDF header followed by garbage: looks like a PDF, is not one."""
    path = Path(directory) / name
    path.write_bytes(b"%PDF-1.7\n" + random.Random(2).randbytes(1024))
    return path


def write_fake_docx(directory: Path, name: str = "fake.docx") -> Path:
    path = Path(directory) / name
    path.write_bytes(b"This is plain text saved with a .docx name, not a Word document.\n")
    return path


def write_empty(directory: Path, name: str = "empty.txt") -> Path:
    path = Path(directory) / name
    path.write_bytes(b"")
    return path


# French in Latin-1 (ISO-8859-1), as an old Windows or Unix editor saves it
FRENCH_LATIN1 = (
    "Ça commence le 3 mars à Genève : les délégués reçoivent leur badge à l'accueil.\n\n"
    "Où s'inscrire ? Les parties prenantes s'inscrivent en ligne avant la date limite ; "
    "l'accréditation est gérée par le secrétariat.\n"
)


def write_latin1_french(directory: Path, name: str = "accueil-geneve.txt") -> Path:
    path = Path(directory) / name
    path.write_bytes(FRENCH_LATIN1.encode("latin-1"))
    return path


def write_docx_bomb(directory: Path, name: str = "bomb.docx", chars: int = 27_000_000, paragraph: int = 10_000) -> Path:
    """A real DOCX (python-docx's own package) whose body is ``chars`` characters of repeated
    text in paragraphs of ``paragraph`` characters: ~100 KB that unpack to 27 M characters."""
    import io
    import zipfile

    base = write_docx(directory, name)
    with zipfile.ZipFile(base) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    head = xml[: xml.index("<w:body>") + len("<w:body>")]
    text = ("the regional review of the migration compact " * (paragraph // 46 + 1))[:paragraph]
    body = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" * (chars // paragraph)
    parts["word/document.xml"] = (head + body + "</w:body></w:document>").encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for filename, data in parts.items():
            package.writestr(filename, data)
    base.write_bytes(out.getvalue())
    return base
