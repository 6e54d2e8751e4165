"""Writes the held-out test document
tests/heldout/2039-03-08_addis-ababa-regional-review-call-for-nominations.docx: an English Word call for nominations
issued in Addis Ababa on Tuesday, 8 March 2039 (reference ESA-UNNM/RR2039/CFN-01) jointly by the invented secretariat
of the East and Southern Africa United Nations Network on Migration and the invented Ubuntu Migrant Voices Coalition.
It invites nominations of civil society and migrant representatives to speak at the Regional Review of the Global
Compact for Migration in East and Southern Africa (Tuesday, 24 and Wednesday, 25 May 2039, Baobab Conference Hall,
United Nations Entoto Compound, Addis Ababa). Everything in it is invented.

Word structure: core_properties (title, subject, author, dates) set, a header and a footer with a PAGE field, a
letterhead line, a Title-style document title, Heading 1 sections, Heading 2 sub-sections (FAQ questions),
List Bullet lists (sessions, eligibility, criteria, quotas, grant coverage, to-be-confirmed items), a List Number
list (nomination steps), a timeline table (Step | Date | Notes) with six rows including a month-only row, and a
contact block.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-03-08_addis-ababa-regional-review-call-for-nominations.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-03-08_addis-ababa-regional-review-call-for-nominations.docx"

NETWORK = "East and Southern Africa United Nations Network on Migration"
COALITION = "Ubuntu Migrant Voices Coalition"
TITLE = ("Call for nominations: civil society and migrant representatives to speak at the Regional Review of the "
         "Global Compact for Migration in East and Southern Africa")
REF = "ESA-UNNM/RR2039/CFN-01"
FORM_URL = "https://esa-unnm.example.org/rr2039/nominate"
NOMINATIONS_MAIL = "rr2039.nominations@esa-unnm.example"
TRAVEL_MAIL = "travel.rr2039@esa-unnm.example"
GREEN = RGBColor(0x1F, 0x5C, 0x4A)

BACKGROUND = (
    "The Global Compact for Safe, Orderly and Regular Migration (GCM) is reviewed every four years at regional level, "
    "ahead of the International Migration Review Forum. For East and Southern Africa, the review brings together "
    "the governments of the 22 countries covered by the Network, regional economic communities, United Nations "
    "entities and stakeholders to take stock of progress, gaps and good practices in implementing the 23 objectives "
    "of the Compact. The Network and the Coalition are committed to making sure that the people most affected by "
    "migration policies are heard in the room, not only in written submissions. This call invites organisations to "
    "nominate civil society and migrant representatives who will speak, in their own voice, during the official "
    "sessions of the review.")

SESSIONS = [
    "Opening plenary (Day 1): one speaker, who will deliver a statement of up to 5 minutes on behalf of civil "
    "society and migrants.",
    "Round table 1 – Regular pathways, labour mobility and decent work: two speakers.",
    "Round table 2 – Protection of migrants in vulnerable situations, including missing migrants: two speakers.",
    "Round table 3 – Climate change, disasters and human mobility: two speakers.",
    "Round table 4 – Return, readmission and sustainable reintegration: two speakers.",
    "Closing plenary (Day 2): one speaker, who will present the key messages of civil society and migrants in up "
    "to 5 minutes.",
]

CAN = [
    "representatives of civil society organisations, migrant, refugee and diaspora organisations, trade unions, "
    "women's organisations, youth-led organisations and academic institutions;",
    "migrants, refugees and returnees who speak from their own lived experience, whether or not they hold a "
    "position in an organisation;",
    "persons who live or work in one of the 22 countries covered by the Network;",
    "persons aged 18 or over who are able to attend in person on both days of the review.",
]

CANNOT = [
    "staff and consultants of United Nations entities, including IOM;",
    "government officials and members of parliament;",
    "employees of private recruitment agencies or other private companies (the private sector is consulted "
    "separately);",
    "members of the selection committee;",
    "persons who spoke in a plenary session of the previous Regional Review held in Gaborone in 2035.",
]

STEPS = [
    f"Complete the online nomination form at {FORM_URL}. The form can be filled in English, French or Portuguese.",
    "Attach a short biography of the nominee of no more than 200 words.",
    "Attach a statement of motivation of no more than 400 words, setting out the issue the nominee wants to raise "
    "and the message they would bring to the review.",
    "Attach a letter of support from the nominating organisation, signed by its head, in PDF format.",
    "Indicate a first and a second choice among the six sessions listed above.",
]

CRITERIA = [
    "relevance and clarity of the message the nominee proposes to bring to the chosen session;",
    "lived experience of migration, displacement or return;",
    "the nominee's track record of advocacy, service delivery or research on migration in the region;",
    "the overall balance of the group of speakers (see the quotas below).",
]

QUOTAS = [
    "at least half (50 per cent) of the speakers will be women;",
    "at least one third of the speakers will be migrants, refugees or returnees speaking from lived experience;",
    "at least two of the ten speakers (20 per cent) will be young people aged 18 to 30;",
    "no more than two speakers will come from the same country.",
]

COVERS = [
    "an economy-class return air ticket, booked by the secretariat;",
    "accommodation for three nights (23 to 25 May 2039) in a hotel booked by the secretariat;",
    "airport transfers in Addis Ababa;",
    "the Ethiopian visa fee, reimbursed on presentation of the receipt.",
]

NOT_COVERED = [
    "a daily subsistence allowance (lunch and coffee are provided at the venue on both days);",
    "costs of obtaining a passport;",
    "excess baggage;",
    "travel and costs of accompanying persons, except a support person for a speaker with a disability.",
]

# (step, date, notes)
TIMELINE = [
    ("Call for nominations opens", "Tuesday, 8 March 2039", "Online form available"),
    ("Online information session for nominating organisations", "Thursday, 17 March 2039, 13:00–14:00 EAT",
     "On Zoom; link on the call web page"),
    ("Deadline for nominations", "Monday, 4 April 2039, 23:59 EAT", "Late or incomplete nominations are not "
     "considered"),
    ("Results sent to all nominees", "By Friday, 29 April 2039", "By e-mail; selected speakers confirm by Friday, "
     "6 May 2039"),
    ("Online briefing for selected speakers", "May 2039", "Exact date to be confirmed"),
    ("Regional Review", "Tuesday, 24 and Wednesday, 25 May 2039", "Baobab Conference Hall, United Nations Entoto "
     "Compound, Addis Ababa"),
]

FAQ = [
    ("Can I nominate myself?",
     "Yes. Self-nominations are welcome. If you are not part of an organisation, attach a reference letter from a "
     "community leader, teacher or employer instead of the letter of support."),
    ("If I am not selected as a speaker, can I still attend the review?",
     "Yes. Registration for stakeholder participants will open in April 2039 through a separate form. Seats are "
     "limited, and travel support is available only to selected speakers."),
    ("Can I speak in my own language?",
     "Speakers may deliver their intervention in English, French or Portuguese. Simultaneous interpretation will be "
     "provided between these three languages. Interpretation into Kiswahili is still to be confirmed."),
    ("Can I show slides or a video during my intervention?",
     "No. Interventions are oral only. Speakers may share a written version of their statement, which will be "
     "posted on the review web page."),
]

CONTACTS = [
    ("Ms. Selamawit Haile-Mariam Tadesse", "Stakeholder Engagement Officer, Network secretariat, Addis Ababa",
     "questions about eligibility and the nomination form", "s.hailemariam@esa-unnm.example"),
    ("Mr. Tendai Mukwashi-Banda", f"Coordinator, {COALITION}, Lusaka",
     "outreach to migrant and diaspora organisations", "t.mukwashi-banda@umvc.example"),
    ("Ms. Lúcia Machava Nhantumbo", "Travel and Logistics Assistant, Network secretariat",
     "travel grants, visas and accessibility requests", TRAVEL_MAIL),
]

TBC = [
    "the exact date and time of the online briefing for selected speakers in May 2039;",
    "the order of the four round tables over the two days and their time slots, which will appear in the "
    "provisional programme;",
    "whether the sessions of the review will be webcast;",
    "interpretation into Kiswahili, which depends on available funds;",
    "the name of the hotel for grant recipients, which will be communicated directly to the selected speakers.",
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


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Regional Review of the GCM in East and Southern Africa, Addis Ababa, 24–25 May 2039"
    cp.author = "ESA-UNNM secretariat and Ubuntu Migrant Voices Coalition"
    cp.keywords = "GCM; regional review; East and Southern Africa; call for nominations; speakers; civil society"
    cp.created = datetime.datetime(2039, 3, 8, 8, 30, 0)
    cp.modified = datetime.datetime(2039, 3, 8, 8, 30, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "ESA-UNNM secretariat · Ubuntu Migrant Voices Coalition | Call for nominations – Regional Review 2039"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(f"Ref. {REF} – Issued in Addis Ababa, 8 March 2039 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(f"Secretariat of the {NETWORK}\n{COALITION}")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREEN

    doc.add_heading(TITLE, level=0)
    labelled(doc, "Issued: ", "Addis Ababa, Tuesday, 8 March 2039")
    labelled(doc, "Reference: ", REF)
    labelled(doc, "Deadline for nominations: ", "Monday, 4 April 2039, 23:59 East Africa Time (EAT, UTC+3)")

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(BACKGROUND)

    doc.add_heading("2. The Regional Review: dates and venue", level=1)
    doc.add_paragraph(
        "The Regional Review of the Global Compact for Migration in East and Southern Africa will take place on "
        "Tuesday, 24 and Wednesday, 25 May 2039 at the Baobab Conference Hall, United Nations Entoto Compound, "
        "Addis Ababa, Ethiopia. The review is an in-person meeting; there is no option to speak remotely.")

    doc.add_heading("3. What the speakers will do", level=1)
    doc.add_paragraph(
        "Ten civil society and migrant speakers will be selected through this call. They will take the floor in "
        "the following sessions:")
    bullets(doc, SESSIONS)
    doc.add_paragraph(
        "Each round-table speaker will have 7 minutes for an opening intervention and will then take part in the "
        "exchange with government delegations. Speakers are expected to take part in the online briefing for "
        "selected speakers and to attend both days of the review.")

    doc.add_heading("4. Who can be nominated", level=1)
    doc.add_paragraph("The following persons can be nominated:")
    bullets(doc, CAN)
    doc.add_paragraph("The following persons cannot be nominated:")
    bullets(doc, CANNOT)
    doc.add_paragraph(
        "Each organisation may submit no more than two nominations. Nominating is free of charge, and selected "
        "speakers pay no registration fee.")

    doc.add_heading("5. How to nominate", level=1)
    doc.add_paragraph("To nominate a speaker, please follow these steps:")
    for item in STEPS:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        "Nominations must be received no later than Monday, 4 April 2039, 23:59 East Africa Time (EAT, UTC+3). "
        "Nominations may be written in English, French or Portuguese. If poor connectivity prevents you from using "
        f"the form, send the same information and attachments by e-mail to {NOMINATIONS_MAIL} before the same "
        "deadline.")

    doc.add_heading("6. Selection", level=1)
    doc.add_paragraph(
        "Nominations will be assessed by a selection committee of seven members: three representatives of the "
        "Coalition, two staff members of the Network secretariat, one youth representative and one independent "
        "expert. The committee is chaired by Dr. Nomvula Dlamini-Okello, independent expert and senior lecturer at "
        "the Limpopo Institute for Mobility Studies. The committee will apply the following criteria:")
    bullets(doc, CRITERIA)
    doc.add_paragraph("In composing the final group of ten speakers, the committee will ensure that:")
    bullets(doc, QUOTAS)
    doc.add_paragraph(
        "All nominees will be informed of the outcome by e-mail by Friday, 29 April 2039. Selected speakers must "
        "confirm their participation by Friday, 6 May 2039. A reserve list of five nominees will be kept in case a "
        "selected speaker withdraws. The names of the confirmed speakers will be published on the review web page.")

    doc.add_heading("7. Travel support", level=1)
    doc.add_paragraph(
        "Up to eight travel grants are available for selected speakers who live outside Addis Ababa. A travel grant "
        "covers:")
    bullets(doc, COVERS)
    doc.add_paragraph("A travel grant does not cover:")
    bullets(doc, NOT_COVERED)
    doc.add_paragraph(
        "Tickets bought by speakers themselves will not be reimbursed. The secretariat will issue visa invitation "
        "letters to all selected speakers who need them. Speakers with disabilities may request reasonable "
        f"accommodation by writing to {TRAVEL_MAIL}.")

    doc.add_heading("8. Timeline", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(6.0), Cm(5.2), Cm(5.0))
    for cell, head, w in zip(table.rows[0].cells, ("Step", "Date", "Notes"), widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F5C4A")
    for row in TIMELINE:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w

    doc.add_heading("9. Frequently asked questions", level=1)
    for q, a in FAQ:
        doc.add_heading(q, level=2)
        doc.add_paragraph(a)

    doc.add_heading("10. Contact", level=1)
    doc.add_paragraph(
        f"General questions about this call may be sent to {NOMINATIONS_MAIL}. You may also contact:")
    for name, role, topic, mail in CONTACTS:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(f", {role} – {topic}: {mail}")

    doc.add_heading("11. Still to be confirmed", level=1)
    doc.add_paragraph("The following points have not yet been decided and will be announced on the call web page:")
    bullets(doc, TBC)

    closing = doc.add_paragraph()
    closing.add_run(
        f"Secretariat of the {NETWORK} and {COALITION}, Addis Ababa, 8 March 2039").italic = True

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
