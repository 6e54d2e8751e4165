"""Writes the held-out test document
tests/heldout/2039-10-04_harare-consultation-participant-survey-report.docx: an English Word "Report on the
Participant Survey" of the Southern Africa Multi-Stakeholder Consultation on the Global Compact for Migration, held in
Harare (Zimbabwe) from Tuesday, 6 to Thursday, 8 September 2039 at the Msasa Conference Centre, Belgravia. The report
is issued on Tuesday, 4 October 2039 (ref. SACSNM/HRR/2039/03) by the secretariat (Johannesburg) of an invented
"Southern Africa Civil Society Network on Migration (SACSNM)". Everything in it (people, organisations, venue,
e-mails, URLs) is invented.

Content: a title block (network letterhead, Title-style title, subtitle, labelled lines: issued, reference, prepared
by the rapporteur, reviewed by, contact), Heading 1 sections (Key figures, About the consultation and the survey,
Who answered, How participants rated the consultation, Main findings, What participants asked us to prioritise,
What we will change, Next steps, Contact), two tables with figures (respondents by stakeholder group; satisfaction by
session), a List Number list of findings, a List Number list of decisions, a List Bullet list of the top three
priorities and a closing "Next steps" section with a follow-up webinar (date, time, time zone, link), a "no later
than" deadline for comments on the draft recommendations and the presentation of the final recommendations in
Gaborone in February 2040 (month and city only).

Deliberately absent: the budget or cost of the consultation, respondents' names (the survey was anonymous), the
exact day of the presentation in Gaborone, whether the survey will be repeated, the number of women among
respondents, any per-country breakdown of respondents, whether the webinar is recorded, per diem amounts, any
phone number.

Word structure: core properties (title, subject, language en-GB), a header and a footer (with a PAGE field), a
letterhead line, Title-style title, Heading 1 sections, List Number and List Bullet lists and two tables.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-10-04_harare-consultation-participant-survey-report.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-10-04_harare-consultation-participant-survey-report.docx"

NETWORK = "Southern Africa Civil Society Network on Migration (SACSNM)"
TITLE = "Harare Stakeholder Consultation on the Global Compact for Migration: Report on the Participant Survey"
SUBTITLE = ("Southern Africa Multi-Stakeholder Consultation on the GCM, Harare (Zimbabwe), "
            "6–8 September 2039")
CONTACT = "survey@sacsnm.example"
COMMENTS = "recommendations@sacsnm.example"
DRAFT_URL = "https://sacsnm.example.org/harare2039/draft-recommendations"
WEBINAR_URL = "https://sacsnm.example.org/harare2039/webinar"
GREEN = "1F5C4A"

# (stakeholder group, respondents, share %)
GROUPS = [
    ("Migrant-led and diaspora organisations", "29", "29.9%"),
    ("Non-governmental and faith-based organisations", "18", "18.6%"),
    ("Trade unions and workers' associations", "14", "14.4%"),
    ("Academia and research institutes", "12", "12.4%"),
    ("Local authorities and municipal networks", "9", "9.3%"),
    ("Youth organisations", "8", "8.2%"),
    ("Other (media, private sector, national human rights institutions)", "7", "7.2%"),
    ("Total", "97", "100%"),
]

# (session or aspect, respondents who rated it, satisfied or very satisfied %)
RATINGS = [
    ("Opening plenary (Tuesday, 6 September)", "95", "88%"),
    ("Panel 1: Regular pathways and labour mobility in the SADC region", "91", "81%"),
    ("Panel 2: Protection of migrants in vulnerable situations", "89", "74%"),
    ("Thematic working groups (Wednesday, 7 September)", "93", "69%"),
    ("Dialogue with government representatives", "84", "52%"),
    ("Closing plenary and adoption of the draft recommendations (Thursday, 8 September)", "80", "77%"),
    ("Venue, meals and logistics", "96", "83%"),
    ("Interpretation (English and French)", "72", "46%"),
]

FINDINGS = [
    "Overall satisfaction was high: 79% of respondents were satisfied or very satisfied with the consultation as a "
    "whole, and 86% said they would take part in a similar consultation again.",
    "The opening plenary (88%) and the panel on regular pathways and labour mobility (81%) were the best-rated "
    "sessions. Several respondents wrote that the panel was the first time they had heard labour ministries and "
    "migrant workers' organisations discuss the same cases.",
    "Interpretation received the lowest score: only 46% of the 72 respondents who used it were satisfied. The most "
    "frequent complaint, made by 31 respondents, was that there was no interpretation into Portuguese, although "
    "participants from Angola and Mozambique had asked for it at registration.",
    "Visa invitation letters were sent too late. 17 respondents said that their letter arrived less than two weeks "
    "before the consultation, and two registered participants could not travel to Harare because their visas were "
    "not issued in time.",
    "The thematic working groups were considered too short. Two hours on Wednesday morning were not enough to agree "
    "on recommendations, and 44% of respondents asked for more time in smaller groups.",
    "The dialogue with government representatives was rated lower than other sessions (52%). Respondents welcomed the "
    "format but regretted that several governments were represented only by embassy staff without a mandate to "
    "respond.",
    "Background documents were circulated late: 38% of respondents said they received the concept note and the "
    "discussion papers less than one week before the consultation.",
]

PRIORITIES = [
    "Regular pathways for labour mobility within the SADC region, including the recognition of skills and "
    "qualifications (named by 64 respondents, 66%);",
    "Access to documentation and to basic services, in particular health care and schooling, for migrants in an "
    "irregular situation (named by 51 respondents, 53%);",
    "Protection of migrant domestic workers and farm workers against exploitation and unpaid wages (named by 43 "
    "respondents, 44%).",
]

DECISIONS = [
    "Simultaneous interpretation into Portuguese, in addition to English and French, will be provided at all "
    "future regional events organised by the network.",
    "Visa invitation letters will be issued at least six weeks before any in-person event, and the registration "
    "deadline will be brought forward accordingly.",
    "Thematic working groups will be given a full half day at future consultations, with no more than 15 "
    "participants per group.",
    "The concept note and all discussion papers will be circulated at least two weeks before an event.",
    "The secretariat will write to the governments of the region at least two months ahead to ask for "
    "representatives with a mandate to respond to civil society recommendations.",
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
        shade(cell, GREEN)
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, (cell, value, w) in enumerate(zip(cells, row, widths)):
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            if bold_last and i == len(rows) - 1:
                run.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cell.width = w
    return t


def caption(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    return p


def note(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Participant survey of the Southern Africa Multi-Stakeholder Consultation on the GCM, Harare, 2039"
    cp.author = "SACSNM secretariat"
    cp.last_modified_by = "Rapporteur"
    cp.keywords = "GCM; Harare; participant survey; stakeholder consultation; Southern Africa; SADC"
    cp.created = datetime.datetime(2039, 10, 4, 9, 0, 0)
    cp.modified = datetime.datetime(2039, 10, 4, 9, 0, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "SACSNM | Harare consultation – participant survey report"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Ref. SACSNM/HRR/2039/03 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # Title block
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(NETWORK.upper())
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run("Secretariat: 14 Jorissen Street, Braamfontein, Johannesburg, South Africa")
    r.font.size = Pt(8)

    doc.add_heading(TITLE, level=0)
    sp = doc.add_paragraph()
    r = sp.add_run(SUBTITLE)
    r.italic = True
    r.font.size = Pt(12)

    labelled(doc, "Issued: ", "Tuesday, 4 October 2039")
    labelled(doc, "Reference: ", "SACSNM/HRR/2039/03")
    labelled(doc, "Prepared by: ", "Ms. Rutendo Mavhunga-Phiri, Monitoring and Learning Officer, SACSNM "
                                    "secretariat (rapporteur of the survey)")
    labelled(doc, "Reviewed by: ", "Mr. Edson Cumbe Matsinhe, Regional Coordinator, SACSNM")
    labelled(doc, "Contact: ", CONTACT)
    labelled(doc, "Distribution: ", "Public – shared with all consultation participants and member organisations")

    # 1
    doc.add_heading("1. Key figures", level=1)
    doc.add_paragraph(
        "148 participants invited to the survey – 97 responses – response rate of 65.5% – participants from 14 "
        "countries – overall satisfaction of 79%.")

    # 2
    doc.add_heading("2. About the consultation and the survey", level=1)
    doc.add_paragraph(
        "The Southern Africa Multi-Stakeholder Consultation on the Global Compact for Migration was held from "
        "Tuesday, 6 to Thursday, 8 September 2039 at the Msasa Conference Centre, Belgravia, Harare. It was "
        "organised by SACSNM together with the Zimbabwe Migrant Rights Forum, as a civil society contribution to "
        "the forthcoming regional review of the GCM. Participants came from 14 countries of Southern Africa and "
        "the Indian Ocean.")
    doc.add_paragraph(
        "All 148 participants who attended the consultation in person were invited to complete an online survey. "
        "The survey was open from Friday, 9 September to Friday, 23 September 2039 (23:59 Central Africa Time) "
        "and had 22 questions. It was available in English, French and Portuguese, and two reminders were sent "
        "by e-mail while it was open.")
    doc.add_paragraph(
        "The survey was anonymous: no names or e-mail addresses were collected, and answers cannot be traced to "
        "individual participants. Quotations in this report are therefore not attributed. In total, 97 "
        "participants answered, a response rate of 65.5%. Not every respondent answered every question, so the "
        "number of answers differs from one table to another.")

    # 3
    doc.add_heading("3. Who answered", level=1)
    doc.add_paragraph(
        "Migrant-led and diaspora organisations were the largest group of respondents, followed by "
        "non-governmental and faith-based organisations and by trade unions. Local authorities took part in a "
        "network consultation for the first time, and nine of their representatives answered the survey.")
    caption(doc, "Table 1. Respondents by stakeholder group")
    table(doc, ("Stakeholder group", "Respondents", "Share of respondents"), GROUPS,
          (Cm(10.0), Cm(3.0), Cm(3.4)), bold_last=True)
    note(doc, "Each respondent chose one group only. Percentages are rounded.")

    # 4
    doc.add_heading("4. How participants rated the consultation", level=1)
    doc.add_paragraph(
        "Respondents rated each session and practical aspect on a five-point scale from \"very dissatisfied\" to "
        "\"very satisfied\". Table 2 shows the share of those who rated an item who were satisfied or very "
        "satisfied.")
    caption(doc, "Table 2. Satisfaction by session and aspect")
    table(doc, ("Session or aspect", "Respondents who rated it", "Satisfied or very satisfied"), RATINGS,
          (Cm(9.6), Cm(3.4), Cm(3.4)))
    note(doc, "Interpretation was rated only by respondents who used it.")

    # 5
    doc.add_heading("5. Main findings", level=1)
    for item in FINDINGS:
        doc.add_paragraph(item, style="List Number")

    # 6
    doc.add_heading("6. What participants asked us to prioritise", level=1)
    doc.add_paragraph(
        "Asked to name up to three priorities for the regional review, respondents most often named the "
        "following three:")
    for item in PRIORITIES:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Climate-related mobility and the situation of children on the move followed closely and are reflected in "
        "the draft recommendations.")

    # 7
    doc.add_heading("7. What we will change", level=1)
    doc.add_paragraph(
        "The SACSNM Steering Group discussed the survey results on 29 September 2039 and took the following "
        "decisions:")
    for item in DECISIONS:
        doc.add_paragraph(item, style="List Number")

    # 8
    doc.add_heading("8. Next steps", level=1)
    doc.add_paragraph(
        "The twelve draft recommendations adopted in Harare are published together with this report at "
        f"{DRAFT_URL}.")
    labelled(doc, "Follow-up webinar: ",
             "Thursday, 20 October 2039, from 14:00 to 15:30 Central Africa Time (CAT, UTC+2), on Zoom. The "
             "webinar will present the survey results and the draft recommendations. Register at "
             f"{WEBINAR_URL}; the Zoom link is sent after registration. Participation is free of charge. The "
             "webinar will be held in English with interpretation into French and Portuguese.")
    labelled(doc, "Comments on the draft recommendations: ",
             f"send them by e-mail to {COMMENTS} no later than Friday, 4 November 2039. Comments may be written "
             "in English, French or Portuguese and should not exceed 800 words per organisation.")
    labelled(doc, "Final recommendations: ",
             "the final recommendations will be presented at the Southern Africa Regional Review of the Global "
             "Compact for Migration in Gaborone, Botswana, in February 2040. The exact date will be confirmed once "
             "the organisers of the review publish the programme.")

    # 9
    doc.add_heading("9. Contact", level=1)
    doc.add_paragraph(
        f"Questions about this report or about the survey may be sent to {CONTACT}. The network thanks all "
        "participants who took the time to answer, the Zimbabwe Migrant Rights Forum and the staff of the Msasa "
        "Conference Centre.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
