"""Writes the held-out test document
tests/heldout/2039-06-02_montevideo-youth-advisory-panel-terms-of-reference.docx: English Word "Terms of Reference
and Call for Nominations" (issued in Montevideo on Thursday, 2 June 2039) for the invented Youth Advisory Panel to the
Latin America and the Caribbean Regional Review of the Global Compact for Migration (YAP-LAC), published by the
invented Stakeholder Liaison Office of the LAC Regional Review Secretariat together with the invented Latin American
and Caribbean Youth Network on Human Mobility (Red Juvenil LAC Movilidad). Everything in it is invented.

Word structure: core properties set, a header and a footer with a PAGE field, a letterhead line, a Title-style
document title, a reference block, Heading 1 numbered sections 1-12, List Bullet and List Number lists, two tables
(seats by sub-region; key dates) plus a selection-committee table, and a signature block.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-06-02_montevideo-youth-advisory-panel-terms-of-reference.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-06-02_montevideo-youth-advisory-panel-terms-of-reference.docx"

OFFICE = "Latin America and the Caribbean Regional Review Secretariat – Stakeholder Liaison Office, Montevideo"
PARTNER = "Latin American and Caribbean Youth Network on Human Mobility (Red Juvenil LAC Movilidad)"
TITLE = "Youth Advisory Panel to the Latin America and the Caribbean Regional Review of the Global Compact for " \
        "Migration: Terms of Reference and Call for Nominations"
CONTACT = "youthpanel@lac-migrationreview.example"
PAGE_URL = "https://lac-migrationreview.example.org/youth-panel"
FORM_URL = "https://lac-migrationreview.example.org/youth-panel/nominate"
GREEN = RGBColor(0x00, 0x5A, 0x70)

TASKS = [
    "advise the Secretariat on how young people, including young migrants and refugees, can take part meaningfully "
    "in every stage of the regional review;",
    "comment in writing on the draft regional background report before it is finalised;",
    "design and co-facilitate an online youth consultation open to young people from all 33 countries of the region;",
    "prepare a youth statement to be delivered at the Regional Review;",
    "share information about the review with youth-led and migrant-led networks in their countries and report back "
    "to the panel.",
]

# (sub-region, seats, notes)
SEATS = [
    ("South America", "6", "No more than two members from the same country"),
    ("Mexico and Central America", "4", "At least one member from a country of transit in Central America"),
    ("The Caribbean", "4", "At least two members from English-, French- or Dutch-speaking Caribbean countries"),
    ("Open seat (any country of the region)", "1", "Reserved for a young person with a disability"),
    ("Total", "15", ""),
]

DOCUMENTS = [
    f"the completed online nomination form at {FORM_URL};",
    "a curriculum vitae (CV) of no more than two pages;",
    "a motivation statement of no more than 500 words explaining why the candidate wishes to join the panel, what "
    "experience they bring and one migration issue they would prioritise; the statement may be written in Spanish, "
    "English, Portuguese or French, or replaced by a video or audio recording of up to three minutes;",
    "a letter of nomination signed by the head of the nominating organisation (one page at most) or, for "
    "self-nominations, one reference letter from a teacher, employer or community leader;",
    "a copy of an identity document showing the candidate's date of birth (passport, national identity card or "
    "refugee or asylum-seeker document).",
]

# (name, role on committee, organisation)
COMMITTEE = [
    ("Ms. Valentina Ocampo Ferreyra", "Chair",
     "Executive Director, Red Rioplatense de Jóvenes Migrantes, Montevideo (Uruguay)"),
    ("Dr. Marisela Quispe Huamán", "Member",
     "Associate Professor of Migration Studies, Universidad Andina del Pacífico, Lima (Peru)"),
    ("Mr. Jean-Wesley Pierre-Louis", "Member",
     "Programme Officer, Caribbean Youth Mobility Forum, Bridgetown (Barbados)"),
    ("Ms. Yanira Chávez Bonilla", "Member",
     "Coordinator, Red Juvenil LAC Movilidad, Tegucigalpa (Honduras)"),
    ("Mr. Andrés Felipe Cárdenas Múnera", "Member",
     "Co-chair, Youth Working Group of the Regional United Nations Network on Migration, Panama City (Panama)"),
    ("Ms. Lucía Bentancor Rivero", "Secretary (non-voting)",
     "Youth Engagement Officer, Stakeholder Liaison Office, Montevideo"),
]

# (step, date)
KEY_DATES = [
    ("Call for nominations opens", "Thursday, 2 June 2039"),
    ("Online information session for candidates (Zoom)", "Wednesday, 22 June 2039, 16:00–17:00 Montevideo time"),
    ("Deadline for nominations", "Friday, 15 July 2039, 23:59 Montevideo time (UYT, UTC−3)"),
    ("Online interviews with shortlisted candidates", "Monday, 1 August to Friday, 12 August 2039"),
    ("Results announced to all candidates", "By Friday, 26 August 2039"),
    ("Selected members confirm acceptance", "No later than Monday, 5 September 2039"),
    ("Term of office begins", "1 October 2039"),
    ("First online meeting (induction)", "Tuesday, 11 October 2039, 17:00–19:00 Montevideo time"),
    ("In-person working meeting, Montevideo", "Wednesday, 23 to Friday, 25 November 2039"),
    ("Regional Review of the GCM, Montevideo", "March 2040 (exact dates to be confirmed)"),
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
    run.font.size = Pt(8)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def table(doc, headers, rows, widths, bold_last=False):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head, w in zip(t.rows[0].cells, headers, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "005A70")
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            if bold_last and i == len(rows) - 1:
                run.bold = True
            cell.width = w
    return t


def caption(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = "Youth Advisory Panel (YAP-LAC) – Terms of Reference and Call for Nominations"
    cp.subject = "Youth Advisory Panel to the Latin America and the Caribbean Regional Review of the GCM, Montevideo"
    cp.author = "Stakeholder Liaison Office, LAC Regional Review Secretariat"
    cp.last_modified_by = "Stakeholder Liaison Office"
    cp.keywords = "GCM; regional review; Latin America and the Caribbean; youth; advisory panel; nominations; Montevideo"
    cp.created = datetime.datetime(2039, 6, 2, 10, 0, 0)
    cp.modified = datetime.datetime(2039, 6, 2, 10, 0, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "LAC Regional Review of the GCM | Youth Advisory Panel – Terms of Reference"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Ref. LAC-RR/SLO/YAP/2039/01 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(OFFICE)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREEN
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run(f"in partnership with the {PARTNER}")
    r.italic = True
    r.font.size = Pt(9)

    doc.add_heading(TITLE, level=0)
    labelled(doc, "Reference: ", "LAC-RR/SLO/YAP/2039/01")
    labelled(doc, "Issued: ", "Montevideo, Thursday, 2 June 2039")
    labelled(doc, "Nomination deadline: ", "Friday, 15 July 2039, 23:59 Montevideo time (UYT, UTC−3)")
    labelled(doc, "Web page: ", PAGE_URL)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "The Global Compact for Safe, Orderly and Regular Migration (GCM) is reviewed every four years at regional "
        "level. The next Regional Review for Latin America and the Caribbean will be held in Montevideo in March 2040. "
        "Young people make up a large share of those who move within and from the region, yet they are rarely "
        "consulted on the policies that affect them. To change this, the Stakeholder Liaison Office and the Red "
        "Juvenil LAC Movilidad are establishing a Youth Advisory Panel (YAP-LAC), seated in Montevideo, to "
        "accompany the review from its preparation to its follow-up.")

    doc.add_heading("2. Purpose and mandate", level=1)
    doc.add_paragraph(
        "The purpose of the panel is to bring the views, knowledge and priorities of young people into the "
        "Latin America and the Caribbean Regional Review of the GCM. The panel is an advisory body: its advice is "
        "not binding on the Secretariat or on Member States, but the Secretariat will reply in writing to each "
        "written recommendation of the panel within 30 days.")

    doc.add_heading("3. Tasks", level=1)
    doc.add_paragraph("Members of the panel will:")
    for item in TASKS:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Up to three members, chosen by the panel itself, will represent the panel at the Regional Review in "
        "Montevideo and deliver the youth statement.")

    doc.add_heading("4. Composition", level=1)
    doc.add_paragraph(
        "The panel has 15 members, who serve in their personal capacity. Members must be aged 18 to 30 years "
        "(inclusive) on 15 July 2039 and live in one of the 33 countries of Latin America and the Caribbean. "
        "Seats are distributed by sub-region as shown in Table 1.")
    table(doc, ("Sub-region", "Seats", "Notes"), SEATS, (Cm(5.4), Cm(1.8), Cm(8.8)), bold_last=True)
    caption(doc, "Table 1. Distribution of seats by sub-region")
    doc.add_paragraph("In addition, across the sub-regions:")
    for item in [
        "at least four seats are reserved for young migrants, refugees, returnees or internally displaced persons "
        "who speak from their own lived experience of migration;",
        "at least two seats are reserved for members of Indigenous or Afro-descendant youth organisations;",
        "no more than eight members may be of the same gender.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("5. Term of office and time commitment", level=1)
    doc.add_paragraph(
        "Members are appointed for a term of two years, from 1 October 2039 to 30 September 2041. The term "
        "is not renewable.")
    doc.add_paragraph(
        "Members should expect to give about eight hours per month to the panel. This includes six online "
        "meetings per year of two hours each, held on Zoom on Tuesdays at 17:00 Montevideo time (UYT, UTC−3), "
        "and one in-person working meeting per year in Montevideo. The first online meeting, an induction "
        "session, will take place on Tuesday, 11 October 2039, from 17:00 to 19:00 Montevideo time.")
    doc.add_paragraph(
        "The first in-person working meeting will be held from Wednesday, 23 to Friday, 25 November 2039 at the "
        "Centro de Convenciones Rambla Sur, Rambla Gran Bretaña 650, Ciudad Vieja, Montevideo. Members are "
        "expected to attend all three days.")

    doc.add_heading("6. What is covered and what is not", level=1)
    doc.add_paragraph(
        "Membership of the panel is voluntary. No fee, honorarium or salary is paid to members for their work on "
        "the panel.")
    doc.add_paragraph("For the in-person meeting in Montevideo and, for the members representing the panel, the "
                      "Regional Review, the Secretariat covers:")
    for item in [
        "an economy-class return air ticket, booked by the Secretariat;",
        "accommodation for four nights, booked and paid directly by the Secretariat;",
        "a daily subsistence allowance for meals and local transport, at a rate to be communicated to selected "
        "members;",
        "visa fees and travel insurance;",
        "the travel and accommodation of an accompanying person for members with a disability who need one.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "To take part in online meetings, each member receives a connectivity allowance of USD 25 per month. "
        "Passport costs and personal expenses are not covered. There is no fee to apply.")

    doc.add_heading("7. Who may nominate", level=1)
    doc.add_paragraph(
        "Nominations may be made by youth-led organisations, migrant-, refugee- and diaspora-led organisations, "
        "other civil society organisations, student unions, youth wings of trade unions and universities based in "
        "Latin America and the Caribbean. Each organisation may nominate up to two candidates.")
    doc.add_paragraph(
        "Self-nominations are welcome from young people who are not members of an organisation; they must "
        "include one reference letter.")
    doc.add_paragraph(
        "Government officials, holders of elected office, and staff, consultants and interns of United Nations "
        "entities are not eligible, nor are relatives of members of the selection committee.")

    doc.add_heading("8. What to send and how", level=1)
    doc.add_paragraph("A complete nomination consists of:")
    for item in DOCUMENTS:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        "All attachments must be uploaded in PDF format, no larger than 5 MB each, and named as follows: "
        "SURNAME_Country_document (for example, PEREIRA_Brazil_CV.pdf).")
    doc.add_paragraph(
        f"Nominations must be submitted through the online form no later than Friday, 15 July 2039 at 23:59 "
        f"Montevideo time (UYT, UTC−3). Candidates who cannot use the form may send their documents by e-mail to "
        f"{CONTACT} by the same deadline. Incomplete or late nominations will not be considered.")

    doc.add_heading("9. Selection", level=1)
    doc.add_paragraph(
        "Nominations will be assessed by a selection committee of five voting members, supported by a "
        "non-voting secretary (Table 2).")
    table(doc, ("Name", "Role on the committee", "Organisation and position"), COMMITTEE,
          (Cm(4.6), Cm(3.4), Cm(8.0)))
    caption(doc, "Table 2. Selection committee")
    doc.add_paragraph("The committee will take into account:")
    for item in [
        "experience of working with young people or migrants in the candidate's community or country;",
        "lived experience of migration or displacement;",
        "the candidate's ability to consult and report back to a wider network;",
        "the balance of sub-regions, genders and backgrounds set out in section 4.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Shortlisted candidates will be invited to a 30-minute online interview between Monday, 1 August and "
        "Friday, 12 August 2039. All candidates will be informed of the results by e-mail by Friday, 26 August "
        f"2039, and the list of members will be published on {PAGE_URL}. Selected candidates must confirm their "
        "acceptance no later than Monday, 5 September 2039. The decisions of the selection committee are final.")

    doc.add_heading("10. Key dates", level=1)
    table(doc, ("Step", "Date"), KEY_DATES, (Cm(8.0), Cm(8.0)))
    caption(doc, "Table 3. Key dates")

    doc.add_heading("11. Languages of work", level=1)
    doc.add_paragraph(
        "The working languages of the panel are Spanish and English. Simultaneous interpretation between Spanish "
        "and English is provided at all panel meetings, and Portuguese and French interpretation will be added at "
        "the in-person meeting in Montevideo. Nominations may be submitted in Spanish, English, Portuguese or "
        "French. Sign language interpretation is available on request.")

    doc.add_heading("12. Information session and contact", level=1)
    doc.add_paragraph(
        "An online information session for candidates will be held on Zoom on Wednesday, 22 June 2039, from 16:00 "
        f"to 17:00 Montevideo time (UYT, UTC−3), in Spanish and English. The link is available at {PAGE_URL}.")
    doc.add_paragraph(
        f"Questions about the panel or the nomination process may be sent to {CONTACT}. The focal point at the "
        "Stakeholder Liaison Office is Ms. Lucía Bentancor Rivero, Youth Engagement Officer.")

    doc.add_paragraph()
    sig = doc.add_paragraph()
    sig.add_run("Montevideo, 2 June 2039").italic = True
    table_sig = doc.add_table(rows=1, cols=2)
    left, right = table_sig.rows[0].cells
    for cell, lines in (
        (left, ["Rodrigo Albanell Techera", "Head, Stakeholder Liaison Office",
                "Latin America and the Caribbean Regional Review Secretariat"]),
        (right, ["Yanira Chávez Bonilla", "Coordinator", "Red Juvenil LAC Movilidad"]),
    ):
        cell.text = ""
        p = cell.paragraphs[0]
        p.add_run("(signed)").italic = True
        for i, line in enumerate(lines):
            q = cell.add_paragraph()
            run = q.add_run(line)
            run.bold = i == 0

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
