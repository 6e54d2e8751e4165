"""Writes the held-out test document
tests/heldout/2038-06-15_nairobi-steering-committee-minutes.docx: English Word minutes (issued Tuesday, 15 June 2038)
of the fourth online meeting (Thursday, 3 June 2038, Microsoft Teams, East Africa Time) of a fictional East and Horn
of Africa civil society steering committee preparing stakeholder input to a GCM regional review. Everything in it is
invented.

Word structure: core_properties.title is set, a header and a footer, a Title-style document title, Heading 1
sections, Heading 2 sub-sections, List Bullet lists (present / apologies / deferred items), a List Number list of
decisions and an action-item table (Action | Responsible | Due date).

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2038-06-15_nairobi-steering-committee-minutes.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2038-06-15_nairobi-steering-committee-minutes.docx"

COMMITTEE = "East and Horn of Africa Civil Society Steering Committee on the Global Compact for Migration"
TITLE = "Minutes of the fourth online meeting of the Steering Committee"
CONTACT = "steering.committee@eha-cssc.example"
INPUTS_URL = "https://eha-cssc.example.org/inputs"

PRESENT = [
    "Ms. Wanjiru Kamau-Odhiambo, Executive Director, Coast Migrant Rights Centre, Mombasa (Kenya) – Chair",
    "Mr. Yonas Gebremedhin Tesfaye, Programme Officer, Addis Migration Policy Network (Ethiopia) – Rapporteur",
    "Ms. Hodan Abdirahman Warsame, Coordinator, Somali Returnee Women's Network, Mogadishu (Somalia)",
    "Mr. Deng Akol Malual, Legal Officer, Juba Legal Aid Collective (South Sudan)",
    "Ms. Grace Nakato Ssemwogerere, Director of Programmes, Kampala Refugee and Migrant Law Clinic (Uganda)",
    "Mr. Ahmed Daher Robleh, Secretary-General, Association for Migrants in Transit, Djibouti",
    "Ms. Amani Uwase, Senior Researcher, Great Lakes Mobility Observatory, Kigali (Rwanda)",
    "Mr. Salah Eldin Osman Hamid, Chairperson, Sudanese Diaspora Workers' Union, Port Sudan (Sudan)",
    "Ms. Rehema Juma Mwakalinga, Advocacy Officer, Dar es Salaam Domestic Workers Association (United Republic of "
    "Tanzania)",
]

IN_ATTENDANCE = [
    "Ms. Faith Chebet Rotich, Secretariat Officer, Coast Migrant Rights Centre (committee secretariat, non-voting)",
    "Mr. Tomas Lindqvist-Ochieng, Stakeholder Engagement Officer, Regional United Nations Network on Migration "
    "secretariat, Nairobi (observer)",
]

APOLOGIES = [
    "Mr. Abdullahi Hassan Nur, Director, Garissa Pastoralist Mobility Initiative (Kenya)",
    "Ms. Tsion Alemu Bekele, Coordinator, Association of Returned Domestic Workers, Addis Ababa (Ethiopia)",
]

AGENDA = [
    "Opening, adoption of the agenda and of the minutes of the third meeting",
    "Regional stakeholder consultation in Nairobi: dates, venue and format",
    "Call for written inputs",
    "Travel support for civil society participants",
    "Languages and interpretation",
    "Any other business and next meeting",
]

DECISIONS = [
    "The East and Horn of Africa Stakeholder Consultation ahead of the GCM Regional Review will be held in Nairobi on "
    "Tuesday, 28 and Wednesday, 29 September 2038, at the Mvule Conference Centre, Gigiri. The consultation will be "
    "in person only, with a maximum of 120 participants.",
    "A call for written inputs will be published on Monday, 21 June 2038. Inputs may be submitted in English or "
    "French, must not exceed 1,500 words, and must reach the committee by Friday, 30 July 2038, 23:59 East Africa "
    f"Time. Organisations submit through the online form at {INPUTS_URL} or by e-mail to {CONTACT}.",
    "Travel support will be offered to 40 civil society participants, of whom at least half will be women and at "
    "least 10 will come from youth-led or migrant-led organisations. Applications for travel support close on "
    "Friday, 13 August 2038, and applicants will be informed of the outcome by Friday, 27 August 2038.",
    "Each organisation may send no more than two representatives to the consultation, and only one of them may "
    "receive travel support.",
    "Simultaneous interpretation between English and French will be provided throughout the consultation.",
    "A synthesis of all written inputs will be prepared and shared with members by Friday, 10 September 2038; it "
    "will be the committee's main contribution to the regional review.",
]

# (action, responsible, due date)
ACTIONS = [
    ("Publish the call for written inputs on the committee web page and circulate it to member networks",
     "Mr. Yonas Gebremedhin Tesfaye", "Monday, 21 June 2038"),
    ("Draft the travel-support application form and selection criteria", "Ms. Grace Nakato Ssemwogerere",
     "Friday, 25 June 2038"),
    ("Request two quotes for Arabic interpretation", "Mr. Salah Eldin Osman Hamid", "Wednesday, 30 June 2038"),
    ("Confirm the booking of the Mvule Conference Centre", "Ms. Faith Chebet Rotich", "Friday, 2 July 2038"),
    ("Circulate a draft concept note for the Nairobi consultation",
     "Ms. Hodan Abdirahman Warsame and Mr. Deng Akol Malual", "Tuesday, 6 July 2038 (ahead of the fifth meeting)"),
    ("Prepare the synthesis of written inputs", "Ms. Amani Uwase", "Friday, 10 September 2038"),
]

DEFERRED = [
    "The daily subsistence allowance for participants receiving travel support was not agreed; the Chair will "
    "table a proposal at the fifth meeting.",
    "Arabic interpretation at the consultation is to be confirmed, depending on the quotes requested and on "
    "available funds.",
    "Whether the plenary sessions of the consultation will be streamed online is to be confirmed.",
    "The keynote speaker for the opening of the consultation has not yet been chosen.",
    "The date of the sixth meeting of the committee will be set at the fifth meeting.",
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


def para(doc, text, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if align is not None:
        p.alignment = align
    return p


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{COMMITTEE} – {TITLE}"
    cp.subject = "Fourth online meeting, 3 June 2038 – preparation of stakeholder input to the GCM regional review"
    cp.author = "Steering Committee secretariat"
    cp.last_modified_by = "Rapporteur"
    cp.keywords = "GCM; regional review; East and Horn of Africa; civil society; Nairobi consultation"
    cp.created = datetime.datetime(2038, 6, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2038, 6, 15, 9, 0, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "EHA Civil Society Steering Committee on the GCM | Minutes – fourth meeting"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Ref. EHA-CSSC/M4/2038 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(COMMITTEE)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x0B, 0x5D, 0x3B)

    doc.add_heading(TITLE, level=0)
    labelled(doc, "Date and time: ", "Thursday, 3 June 2038, 14:00–16:20 East Africa Time (EAT, UTC+3)")
    labelled(doc, "Platform: ", "Microsoft Teams (online meeting)")
    labelled(doc, "Chair: ", "Ms. Wanjiru Kamau-Odhiambo")
    labelled(doc, "Rapporteur: ", "Mr. Yonas Gebremedhin Tesfaye")
    labelled(doc, "Minutes issued: ", "Tuesday, 15 June 2038")

    doc.add_heading("1. Attendance", level=1)
    doc.add_heading("Members present", level=2)
    for item in PRESENT:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("In attendance", level=2)
    for item in IN_ATTENDANCE:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Apologies", level=2)
    for item in APOLOGIES:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Nine of the committee's twelve members were present, and the quorum of seven members was reached. "
        "The seat for Eritrea remains vacant.")

    doc.add_heading("2. Agenda", level=1)
    doc.add_paragraph("The Chair opened the meeting at 14:05 EAT. The following agenda was adopted:")
    for item in AGENDA:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("The minutes of the third meeting were adopted without amendment.")

    doc.add_heading("3. Discussion", level=1)
    doc.add_heading("3.1 Regional stakeholder consultation in Nairobi", level=2)
    doc.add_paragraph(
        "The Chair reported that the Mvule Conference Centre had offered a reduced rate for two days at the end of "
        "September. Mr. Lindqvist-Ochieng confirmed that the regional review is expected to take place in the "
        "fourth quarter of 2038 and that the outcome of the consultation would be shared with the organisers. "
        "Ms. Uwase asked that the consultation include a session on climate-related mobility in the Great Lakes. "
        "Members discussed a hybrid format but agreed that the budget only allows an in-person event.")
    doc.add_heading("3.2 Call for written inputs", level=2)
    doc.add_paragraph(
        "Mr. Tesfaye presented a draft call with four guiding questions on regular pathways, protection of "
        "migrants in transit, return and reintegration, and climate-related mobility. Ms. Warsame proposed a "
        "limit of 1,000 words; after discussion, members preferred 1,500 words so that networks can cover "
        "several countries. Inputs will not be translated by the committee.")
    doc.add_heading("3.3 Travel support and interpretation", level=2)
    doc.add_paragraph(
        "Ms. Ssemwogerere reported that the committee's grant covers economy-class travel and accommodation for "
        "40 participants. Mr. Osman Hamid and Mr. Daher Robleh stressed that many organisations from Sudan, "
        "Djibouti and Somalia work mainly in Arabic and asked for Arabic interpretation; the cost is not covered "
        "by the current budget.")

    doc.add_heading("4. Decisions", level=1)
    doc.add_paragraph("The committee decided as follows:")
    for item in DECISIONS:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("5. Action items", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(8.6), Cm(4.6), Cm(3.6))
    for cell, head, w in zip(table.rows[0].cells, ("Action", "Responsible", "Due date"), widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "0B5D3B")
    for row in ACTIONS:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w

    doc.add_heading("6. Items deferred or to be confirmed", level=1)
    for item in DEFERRED:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Next meeting", level=1)
    doc.add_paragraph(
        "The fifth meeting of the committee will be held online on Microsoft Teams on Thursday, 8 July 2038, "
        "from 14:00 to 16:00 EAT. The secretariat will send the link and the draft agenda one week before. "
        "The Chair closed the meeting at 16:20 EAT.")

    doc.add_heading("8. Contact", level=1)
    doc.add_paragraph(
        f"Questions about these minutes or about the call for written inputs may be sent to {CONTACT}. "
        "The minutes are shared with member networks only; the meeting was not recorded.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
