"""Writes the held-out test document
tests/heldout/2040-02-28_santiago-regional-review-roundtables-interventions-modalities.docx: an English Word
"Information Note No. 3 (Rev.1) - Modalities for stakeholder interventions in the roundtables and the plenary" of the
invented "Second Regional Review of the Implementation of the Global Compact for Migration in Latin America and the
Caribbean", held on Tuesday 17 to Thursday 19 April 2040 at the invented Centro de Conferencias Alto Mapocho
(Avenida Costanera Poniente 3150, Vitacura, Santiago de Chile). Issued "Santiago, 28 February 2040" (ref.
UNNM-LAC/RR2040/IN-03/Rev.1) by the Secretariat of an invented "United Nations Network on Migration - Latin America
and the Caribbean Regional Hub (UNNM-LAC)" jointly with an invented regional civil-society platform "Plataforma
Regional de la Sociedad Civil sobre Migración y Movilidad Humana (PRESMOV)". Everything in it (people, organisations,
venue, address, e-mails, URLs) is invented; the States named as co-chairs are real countries.

Contents: a letterhead block (hub name, office address, website), a reference/date line with a boxed revision notice
("This version replaces the note issued on 20 February 2040": Roundtable 3 moved from Thursday 19 April 14:00-16:00,
Sala Pacífico, to Wednesday 18 April 15:00-17:30, Sala Cordillera, so it now has French and Portuguese
interpretation), a Title, numbered Heading 1 sections (1. Purpose and scope, with a footnote-like note that
registration closed on Thursday 16 February 2040; 2. The Review at a glance; 3. The roundtables, with a TABLE of four
roundtables: theme and GCM objectives, day and time in Santiago time (UTC-4), co-chairs (a State and a stakeholder
organisation), room: RT1 labour mobility and regular pathways (obj. 5, 6, 18), Tue 17 April 15:00-17:00, Ecuador
and CATRAM, Sala Cordillera; RT2 mixed movements, missing migrants, borders (obj. 7, 8, 11, 21), Wed 18 April
10:00-12:00, Costa Rica and Red Mesoamericana de Casas y Albergues, Sala Pacífico; RT3 inclusion and
non-discrimination (obj. 15, 16, 17), Wed 18 April 15:00-17:30, Uruguay and JUMISUR, Sala Cordillera; RT4 drivers,
climate mobility and data (obj. 1, 2, 23), Thu 19 April 10:00-12:00, Barbados and CACM, Sala Pacífico; plenary in the
Auditorio Andes; times in UTC-4 during the Review, UTC-3 for March deadlines; 4. Signing up to speak (online list
URL, what the form asks, e-mail requests not considered); 5. How speakers are selected (weighted draw on Tuesday 27 March 2040,
five stakeholder slots per roundtable, one reserved for a joint statement, one for a Caribbean speaker, three
reserves, one slot per organisation); 6. Speaking time and statements (bullet list: 3 minutes individual, 4 minutes
joint statement signed by at least five organisations from at least three countries, 5 minutes in the general
debate, written statements max. 700 words); 7. Interpretation and text for interpreters (24 hours before, 48 hours
for the general debate, e-mail); 8. Plenary general debate (two stakeholder speakers chosen by PRESMOV's steering
group, names published by Friday 6 April 2040); 9. Accessibility (Chilean Sign Language and International Sign in
plenary only, Spanish captioning in plenary, requests by Monday 2 April 2040); 10. Key dates, a second TABLE
(speakers' list opens Monday 12 March 2040 09:00 UTC-3, closes Friday 23 March 2040 18:00 UTC-3, notification by
Friday 30 March 2040, accessibility 2 April, plenary speakers 6 April, written statements Tuesday 10 April 2040 23:59
UTC-4, online briefing for selected speakers Thursday 12 April 2040 11:00-12:30 UTC-4); 11. Contacts (Ms. Valentina
Orellana Fuentes, Stakeholder Liaison Officer, UNNM-LAC; Mr. Jean-Wesley Pierre-Louis, Regional Coordinator and
Caribbean focal point, PRESMOV; the interventions mailbox), and a two-name signature block.

Deliberately absent: any phone or WhatsApp number; the names of the two plenary speakers; the names of the people
who will co-chair for the States; the time of the opening and closing plenaries and of the general debate's end;
webcasting/livestream or remote speaking; travel or funding support for speakers; the number of sign-ups received;
the number of stakeholder speakers at the first regional review; catering, hotels; the date of the first regional
review; a word limit for the oral statements; the Zoom link of the briefing; the speaking time of Member States;
a civil-society preparatory meeting.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-02-28_santiago-regional-review-roundtables-interventions-modalities.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = (Path(__file__).resolve().parent.parent
       / "2040-02-28_santiago-regional-review-roundtables-interventions-modalities.docx")

BLUE = RGBColor(0x0B, 0x4F, 0x8A)
GREY = RGBColor(0x59, 0x59, 0x59)
LIST_URL = "https://www.example.org/unnm-lac/rr2040/speakers"
REVIEW_URL = "https://www.example.org/unnm-lac/rr2040"
MAILBOX = "interventions.rr2040@unnm-lac.example"
ORELLANA = "v.orellana@unnm-lac.example"
PIERRE_LOUIS = "jw.pierrelouis@presmov.example"

ROUNDTABLES = [
    ("1", "Labour mobility and regular pathways (GCM objectives 5, 6 and 18)",
     "Tuesday, 17 April, 15:00–17:00",
     "Ecuador; Confederación Andina de Trabajadoras y Trabajadores Migrantes (CATRAM)", "Sala Cordillera"),
    ("2", "Protection in mixed movements, missing migrants and border governance (objectives 7, 8, 11 and 21)",
     "Wednesday, 18 April, 10:00–12:00",
     "Costa Rica; Red Mesoamericana de Casas y Albergues para Personas Migrantes", "Sala Pacífico"),
    ("3 *", "Inclusion, access to services and the fight against discrimination (objectives 15, 16 and 17)",
     "Wednesday, 18 April, 15:00–17:30",
     "Uruguay; Colectivo de Juventudes Migrantes del Sur (JUMISUR)", "Sala Cordillera"),
    ("4", "Drivers, climate and disaster-related mobility, and migration data (objectives 1, 2 and 23)",
     "Thursday, 19 April, 10:00–12:00",
     "Barbados; Caribbean Alliance for Climate Mobility (CACM)", "Sala Pacífico"),
]

KEY_DATES = [
    ("Online speakers' list opens", "Monday, 12 March 2040, 09:00 Santiago time (UTC-3)"),
    ("Online speakers' list closes", "Friday, 23 March 2040, 18:00 Santiago time (UTC-3)"),
    ("Selected speakers and reserves informed by e-mail", "By Friday, 30 March 2040"),
    ("Requests for accessibility arrangements", "By Monday, 2 April 2040"),
    ("Names of the two stakeholder speakers in the general debate published", "By Friday, 6 April 2040"),
    ("Written statements (max. 700 words)", "Tuesday, 10 April 2040, 23:59 Santiago time (UTC-4)"),
    ("Online briefing for selected speakers (Zoom)", "Thursday, 12 April 2040, 11:00–12:30 (UTC-4)"),
    ("Text of an oral statement to the interpreters",
     "At least 24 hours before the session (48 hours for the general debate)"),
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def add_page_field(paragraph):
    run = paragraph.add_run()
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


def header_row(table, heads, widths, fill="0B4F8A"):
    for cell, head, w in zip(table.rows[0].cells, heads, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(9.5)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, fill)


def body_row(table, values, widths):
    cells = table.add_row().cells
    for cell, value, w in zip(cells, values, widths):
        cell.text = ""
        cell.paragraphs[0].add_run(value).font.size = Pt(9.5)
        cell.width = w
    return cells


def labelled(container, label, text, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def small(paragraph_text, doc, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(paragraph_text)
    r.font.size = Pt(9)
    r.italic = italic
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = ("Information Note No. 3 (Rev.1) – Modalities for stakeholder interventions, Regional Review of the "
                "GCM in Latin America and the Caribbean, Santiago, 17–19 April 2040")
    cp.subject = "Speakers' list, selection, speaking time, interpretation and accessibility for stakeholders"
    cp.author = "UNNM-LAC Secretariat"
    cp.keywords = "GCM; regional review; Latin America; Caribbean; Santiago; roundtables; stakeholders; speakers"
    cp.created = datetime.datetime(2040, 2, 28, 10, 15, 0)
    cp.modified = datetime.datetime(2040, 2, 28, 10, 15, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = "UNNM-LAC/RR2040/IN-03/Rev.1 – Modalities for stakeholder interventions"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("UNNM-LAC Secretariat – PRESMOV | For information of registered stakeholders | Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # Letterhead
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run("UNITED NATIONS NETWORK ON MIGRATION – LATIN AMERICA AND THE CARIBBEAN REGIONAL HUB (UNNM-LAC)")
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = BLUE
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run("Secretariat | Avenida Los Conquistadores 1720, piso 6, Providencia, Santiago de Chile | "
                    f"{REVIEW_URL}")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    lh3 = doc.add_paragraph()
    lh3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh3.add_run("in partnership with the Plataforma Regional de la Sociedad Civil sobre Migración y Movilidad "
                    "Humana (PRESMOV)")
    r.italic = True
    r.font.size = Pt(9)

    ref = doc.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ref.add_run("Ref.: UNNM-LAC/RR2040/IN-03/Rev.1").font.size = Pt(9)
    ref.add_run("\nSantiago, 28 February 2040").font.size = Pt(9)
    ref.add_run("\nOriginal: English").font.size = Pt(9)

    doc.add_heading("Information Note No. 3 (Rev.1)", level=0)
    sub = doc.add_paragraph()
    sr = sub.add_run("Modalities for stakeholder interventions in the roundtables and the plenary of the Second "
                     "Regional Review of the Global Compact for Safe, Orderly and Regular Migration in Latin "
                     "America and the Caribbean")
    sr.bold = True
    sr.font.size = Pt(12)

    # Revision box
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = box.rows[0].cells[0]
    c.width = Cm(16.6)
    shade(c, "FFF2CC")
    c.paragraphs[0].add_run("Revision notice. ").bold = True
    c.paragraphs[0].add_run(
        "This version replaces the note issued on 20 February 2040. Only Roundtable 3 has changed, at the request "
        "of its co-chairs: it no longer takes place on Thursday, 19 April, "
        "14:00–16:00, in Sala Pacífico, but on Wednesday, 18 April, 15:00–17:30, in Sala Cordillera. As a "
        "result, Roundtable 3 will now also have French and Portuguese interpretation (see section 7).")

    doc.add_heading("1. Purpose and scope", level=1)
    doc.add_paragraph(
        "This note explains how registered stakeholders¹ can take the floor during the Review. Logistics are "
        "covered in Information Note No. 2.")
    small("¹ Only organisations and individuals registered for the Review may sign up to speak. Registration "
          "closed on Thursday, 16 February 2040; the speakers' list cannot be used to register late.", doc,
          italic=True)

    doc.add_heading("2. The Review at a glance", level=1)
    doc.add_paragraph(
        "The Review will be held from Tuesday, 17 to Thursday, 19 April 2040 at the Centro de Conferencias Alto "
        "Mapocho, Avenida Costanera Poniente 3150, Vitacura, Santiago de Chile, in person only: an opening "
        "plenary with a general debate, four roundtables and a closing plenary. Plenary meetings take place in "
        "the Auditorio Andes (ground floor), roundtables in Sala Cordillera and Sala Pacífico (first floor).")
    doc.add_paragraph(
        "Chile returns to standard time before the Review: times during the Review are Santiago local time, "
        "UTC-4; March deadlines are in summer time, UTC-3.")

    doc.add_heading("3. The roundtables", level=1)
    doc.add_paragraph(
        "Each roundtable is co-chaired by a Member State and a stakeholder organisation, who report its key "
        "messages to the closing plenary.")
    widths = (Cm(1.3), Cm(5.6), Cm(3.2), Cm(4.6), Cm(2.3))
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, ("No.", "Theme (GCM objectives covered)", "Day and time (Santiago, UTC-4)",
                   "Co-chairs (Member State; stakeholder organisation)", "Room"), widths)
    for row in ROUNDTABLES:
        body_row(t, row, widths)
    small("* Time and room changed in this revision (see the notice above).", doc, italic=True)

    doc.add_heading("4. Signing up to speak", level=1)
    doc.add_paragraph(
        f"Stakeholders wishing to speak in a roundtable must enter their request in the online speakers' list at "
        f"{LIST_URL}. The list opens on Monday, 12 March 2040 at 09:00 and closes on Friday, 23 March 2040 at "
        "18:00, Santiago time (UTC-3). Requests sent by e-mail will not be considered.")
    doc.add_paragraph("The online form asks for:")
    for item in (
        "the organisation, its country and its constituency (e.g. migrant-led, trade union, youth, academia, "
        "local authority);",
        "the roundtable chosen, a second choice, and the name, gender and language of the speaker;",
        "for a joint statement, the co-signing organisations; and a summary of the message (max. 100 words).",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("5. How speakers are selected", level=1)
    doc.add_paragraph(
        "Speakers are not selected in order of sign-up. After the list closes, the Secretariat will hold a "
        "weighted draw on Tuesday, 27 March 2040, observed by two members of the PRESMOV steering group. The "
        "draw is weighted to ensure balance between subregions (South America; Mexico and Central America; the "
        "Caribbean), between women and men, and among constituencies.")
    for item in (
        "There are five stakeholder slots per roundtable, twenty in total.",
        "In each roundtable, one slot is reserved for a joint statement and one for a speaker from the "
        "Caribbean.",
        "Three reserve speakers are drawn for each roundtable and called in the order of the draw if a "
        "selected speaker withdraws.",
        "An organisation may hold only one slot over the whole Review, whether alone or as the lead of a joint "
        "statement.",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("All applicants, selected or not, will be informed by e-mail by Friday, 30 March 2040.")

    doc.add_heading("6. Speaking time and statements", level=1)
    for label, text in (
        ("Individual statements: ", "3 minutes."),
        ("Joint statements: ", "4 minutes. A joint statement must be signed by at least five organisations "
         "from at least three countries."),
        ("General debate (plenary): ", "5 minutes per stakeholder speaker (see section 8)."),
        ("Written statements: ", f"no more than 700 words, sent to {MAILBOX} by Tuesday, 10 April 2040, "
         "23:59 (UTC-4). Open to all registered stakeholders; posted on the Review webpage."),
    ):
        labelled(doc, label, text, style="List Bullet")

    doc.add_heading("7. Languages and interpretation", level=1)
    doc.add_paragraph(
        "The working languages of the Review are Spanish and English. Simultaneous interpretation in Spanish, "
        "English, French and Portuguese is provided in the Auditorio Andes and in Sala Cordillera. In Sala "
        "Pacífico (Roundtables 2 and 4) interpretation is available between Spanish and English only; speakers "
        "there should use one of those two languages.")
    doc.add_paragraph(
        f"Selected speakers must send the text of their oral statement to {MAILBOX} at least 24 hours before "
        "the start of their session (48 hours for the general debate), with the roundtable number in the subject "
        "line. The text is shared only with the interpreters and is not published.")

    doc.add_heading("8. General debate in the plenary", level=1)
    doc.add_paragraph(
        "Stakeholders have two speaking slots in the general debate, which follows the opening of the Review on "
        "Tuesday, 17 April in the Auditorio Andes. The two speakers are not chosen through the online list: "
        "they are designated by the PRESMOV steering group, which will publish their names on the Review "
        "webpage by Friday, 6 April 2040.")

    doc.add_heading("9. Accessibility", level=1)
    doc.add_paragraph(
        "All meeting rooms are step-free. Chilean Sign Language (LSCh) and International Sign interpretation, "
        "as well as live Spanish captioning, will be provided in plenary meetings only, not in the roundtables. "
        "Participants who need other arrangements should write to the "
        "Stakeholder Liaison Officer by Monday, 2 April 2040.")

    doc.add_heading("10. Key dates", level=1)
    widths2 = (Cm(8.3), Cm(8.3))
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t2, ("Step", "Date / time (Santiago)"), widths2)
    for row in KEY_DATES:
        body_row(t2, row, widths2)
    doc.add_paragraph(
        "The Zoom link for the briefing of 12 April will be sent to selected speakers and reserves with their "
        "notification.")

    doc.add_heading("11. Contacts", level=1)
    labelled(doc, "Speakers' list, selection, interpretation, accessibility: ",
             f"Ms. Valentina Orellana Fuentes, Stakeholder Liaison Officer, UNNM-LAC Secretariat – {ORELLANA}")
    labelled(doc, "Joint statements, general debate, Caribbean participants: ",
             f"Mr. Jean-Wesley Pierre-Louis, Regional Coordinator and Caribbean focal point, PRESMOV – "
             f"{PIERRE_LOUIS}")
    labelled(doc, "Texts for the interpreters and written statements: ", MAILBOX)

    sig = doc.add_table(rows=1, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = sig.rows[0].cells
    for cell, name, role in (
        (left, "Dr. Ramiro Espinoza Lagos", "Head of the Secretariat, UNNM-LAC"),
        (right, "Ms. Ana Lucía Benítez Araújo", "Co-chair of the Steering Group, PRESMOV"),
    ):
        cell.width = Cm(8.3)
        p = cell.paragraphs[0]
        p.add_run("\n" + name).bold = True
        p.add_run("\n" + role)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
