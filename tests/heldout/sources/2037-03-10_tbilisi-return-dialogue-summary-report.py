"""Writes the held-out test document
tests/heldout/2037-03-10_tbilisi-return-dialogue-summary-report.docx: an English Word "Summary report" (issued
10 March 2037) of a fictional two-day hybrid regional dialogue held in Tbilisi, Georgia, on 25-26 February 2037, on
return migration and sustainable reintegration in Eastern Europe and Central Asia. Everything in it is invented.

Word structure: core_properties.title is set, a header (network name and report title) and a footer (draft status and
a PAGE field), a bold letterhead paragraph, a Title-style document title, Heading 1 sections, Heading 2 session
titles, a speakers table (Name | Title | Organisation | Session), a List Number list of recommendations and a
List Bullet list of next steps.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2037-03-10_tbilisi-return-dialogue-summary-report.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2037-03-10_tbilisi-return-dialogue-summary-report.docx"

TITLE = ("Regional Dialogue on Return Migration and Sustainable Reintegration in Eastern Europe and Central Asia: "
         "Summary report")
CONTACT = "reintegration.dialogue@eeca-migrationnetwork.example"
REPORT_URL = "https://eeca-migrationnetwork.example.org/tbilisi2037"

# (name, title, organisation, session)
SPEAKERS = [
    ("Ms. Tamar Lomidze", "First Deputy Minister", "Ministry of Labour and Social Protection of Georgia",
     "Opening session"),
    ("Mr. Henrik Aaltonen", "Regional Coordinator",
     "United Nations Network on Migration, Eastern Europe and Central Asia", "Opening and closing sessions"),
    ("Ms. Dinara Abdrakhmanova", "Senior Policy Adviser (moderator)", "Eurasian Institute for Migration Policy, Almaty",
     "Session 1"),
    ("Mr. Farrukh Kholmatov", "Deputy Director", "Returnee Assistance Service, Ministry of Employment (Uzbekistan)",
     "Session 1"),
    ("Ms. Olena Marchuk", "Legal Counsel", "Right to Return Legal Aid Foundation, Lviv (Ukraine)", "Session 1"),
    ("Mr. Davit Abashidze", "Programme Manager (moderator)", "Caucasus Returnee Support Network", "Session 2"),
    ("Ms. Ana Ciobanu-Rusu", "Head of Returnee Services", "Diaspora Relations Bureau (Republic of Moldova)",
     "Session 2"),
    ("Mr. Elvin Huseynzade", "Coordinator", "Baku Returnee Entrepreneurs Association", "Session 2"),
    ("Dr. Anna Petrosyan", "Clinical Psychologist", "Yerevan Centre for Psychosocial Support", "Session 2"),
    ("Ms. Katarzyna Wilk", "Child Protection Specialist (moderator)", "UNICEF Europe and Central Asia Regional Office",
     "Session 3"),
    ("Ms. Gulnara Toktogulova", "Director", "Bala-Kol Child Rights Centre, Bishkek", "Session 3"),
    ("Mr. Matthias Oberländer", "Head of Return Counselling", "Rückkehrberatung Süd e.V., Munich (Germany)",
     "Session 3"),
    ("Dr. Nodira Yusupova", "Senior Statistician (moderator)", "Central Asian Centre for Migration Data, Dushanbe",
     "Session 4"),
    ("Mr. Serik Baimukhanov", "Research Fellow", "Steppe Analytics Institute, Astana", "Session 4"),
    ("Ms. Mariam Javakhishvili", "Chairperson and general rapporteur", "Georgian Civil Society Platform on Migration",
     "Session 4 and closing session"),
]

# (heading, [paragraphs])
SESSIONS = [
    ("Session 1: Safe and dignified return – cooperation between countries of origin and destination", [
        "Wednesday, 25 February 2037, 11:00–13:00. Moderated by Ms. Dinara Abdrakhmanova.",
        "Mr. Farrukh Kholmatov said that 9,400 nationals of Uzbekistan had been assisted on return in 2036, "
        "61 per cent of them through assisted voluntary return. He asked countries of destination to share "
        "information on a planned return at least 30 days in advance, so that services in the country of origin "
        "can be prepared. Ms. Olena Marchuk reported that one in three returnees assisted by her foundation in 2036 "
        "arrived without valid identity documents, and urged consulates to issue such documents free of charge.",
    ]),
    ("Session 2: Reintegration that lasts – jobs, skills and psychosocial support", [
        "Wednesday, 25 February 2037, 14:30–17:00. Moderated by Mr. Davit Abashidze.",
        "Ms. Ana Ciobanu-Rusu presented a follow-up survey showing that only 38 per cent of returnees surveyed in "
        "2036 had a regular income twelve months after their return; the Bureau's start-up grants of up to "
        "2,000 euros have supported 640 small businesses. Mr. Elvin Huseynzade described a mentoring network of "
        "210 returnee entrepreneurs and asked for simpler business registration for returnees. Dr. Anna Petrosyan "
        "stressed that psychosocial support must begin before departure and proposed that every reintegration "
        "counsellor receive at least 40 hours of training in trauma-informed practice.",
    ]),
    ("Session 3: Children and families in return", [
        "Thursday, 26 February 2037, 09:00–10:45. Moderated by Ms. Katarzyna Wilk.",
        "Ms. Gulnara Toktogulova said that in the Chüy region alone 1,150 returned children needed help to re-enrol "
        "in school in 2036, many of whom could no longer read in Kyrgyz or Russian. Mr. Matthias Oberländer "
        "described the best-interests assessments carried out before a family return from Germany and called for "
        "case files to be transferred, with the family's consent, to child protection services in the country of "
        "origin. Participants agreed that no child should be returned without a documented best-interests "
        "determination.",
    ]),
    ("Session 4: Measuring sustainable reintegration – data and monitoring", [
        "Thursday, 26 February 2037, 11:15–13:00. Moderated by Dr. Nodira Yusupova.",
        "Mr. Serik Baimukhanov proposed a common set of 12 reintegration indicators covering economic, social and "
        "psychosocial dimensions, to be measured 6 and 18 months after return. Ms. Mariam Javakhishvili insisted "
        "that returnees themselves take part in designing surveys and warned against sharing returnees' personal "
        "data with law enforcement.",
    ]),
]

RECOMMENDATIONS = [
    "Ensure that every return is safe and dignified, based on an individual assessment, with access to legal aid.",
    "Share information on planned returns with the country of origin at least 30 days in advance, with the "
    "returnee's consent.",
    "Issue identity and travel documents to returning nationals free of charge.",
    "Fund reintegration support for at least 12 months after return, combining income support, recognition of "
    "skills and psychosocial care.",
    "Return no child without a documented best-interests determination and a school re-enrolment plan.",
    "Adopt the proposed set of 12 common reintegration indicators and publish results every year, disaggregated by "
    "sex and age.",
    "Involve returnee-led and other civil society organisations in the design, delivery and monitoring of "
    "reintegration programmes.",
]

NEXT_STEPS = [
    "Comments on this draft report are invited by Friday, 27 March 2037, 17:00 Tbilisi time (GMT+4). Send them by "
    f"e-mail to {CONTACT}, in track changes or as a list referring to section numbers, in no more than 1,000 words.",
    f"The final report will be published on {REPORT_URL} by Friday, 24 April 2037.",
    "A follow-up webinar on reintegration indicators will be held online on Wednesday, 20 May 2037, from 11:00 to "
    "12:30 Tbilisi time (GMT+4), that is 09:00–10:30 in Brussels and Berlin (CEST). The registration link will be "
    "sent to all participants.",
    "The key recommendations will be presented to the Regional Network's Working Group on Return and Reintegration "
    "on Wednesday, 10 June 2037.",
    "A peer-learning visit to Chisinau for reintegration counsellors is planned; dates to be confirmed.",
    "A second regional dialogue is envisaged in 2038; the host country has not yet been decided.",
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def add_page_field(paragraph):
    """Appends a PAGE field to the paragraph (real Word field, updated on open/print)."""
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


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Return migration and sustainable reintegration – Tbilisi, 25-26 February 2037"
    cp.author = "UN Network on Migration – Eastern Europe and Central Asia"
    cp.last_modified_by = "Dialogue secretariat"
    cp.keywords = "GCM objective 21; return; readmission; reintegration; Tbilisi"
    cp.created = datetime.datetime(2037, 3, 10, 10, 0, 0)
    cp.modified = datetime.datetime(2037, 3, 10, 10, 0, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # Header and footer
    hp = sec.header.paragraphs[0]
    hp.text = "UN Network on Migration – Eastern Europe and Central Asia | Tbilisi Regional Dialogue 2037 – Summary report"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Draft for comments – 10 March 2037 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # Letterhead
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run("United Nations Network on Migration – Regional Network for Eastern Europe and Central Asia")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    para(doc, "In cooperation with the Government of Georgia", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Tbilisi, 10 March 2037 – Ref. UNNM-EECA/2037/03", align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_heading("Regional Dialogue on Return Migration and Sustainable Reintegration in Eastern Europe and "
                    "Central Asia", level=0)
    para(doc, "Summary report (draft for comments)", bold=True)
    para(doc, "Tbilisi, Georgia, and online – Wednesday, 25 and Thursday, 26 February 2037", italic=True)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "The dialogue was convened by the Regional United Nations Network on Migration for Eastern Europe and "
        "Central Asia, in cooperation with the Government of Georgia, to take stock of progress under objective 21 "
        "of the Global Compact for Safe, Orderly and Regular Migration: to cooperate in facilitating safe and "
        "dignified return and readmission, as well as sustainable reintegration.")

    doc.add_heading("2. Dates, venue and format", level=1)
    doc.add_paragraph(
        "The dialogue took place on Wednesday, 25 February 2037, from 09:30 to 17:30, and on Thursday, "
        "26 February 2037, from 09:00 to 15:30 (Tbilisi time, GMT+4), at the Narikala Conference Centre, "
        "14 Gorgasali Street, Tbilisi. It was held in hybrid format: plenary sessions were streamed to registered "
        "online participants on the Webex platform. Simultaneous interpretation between English and Russian was "
        "provided throughout; the opening session also had Georgian interpretation.")

    doc.add_heading("3. Participants", level=1)
    doc.add_paragraph(
        "A total of 246 people registered for the dialogue. Of these, 131 attended in person in Tbilisi and 78 "
        "followed online. They came from 18 countries: the ten countries of the sub-region (Armenia, Azerbaijan, "
        "Georgia, Kazakhstan, Kyrgyzstan, the Republic of Moldova, Tajikistan, Turkmenistan, Ukraine and "
        "Uzbekistan) and eight countries of destination. Participants represented 14 governments and 52 civil "
        "society and migrant-led organisations. Of the 15 speakers and moderators, 9 were women. Travel support was provided to 22 civil society "
        "participants.")

    doc.add_heading("4. Speakers and moderators", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.6), Cm(3.8), Cm(5.6), Cm(3.6))
    for cell, head, w in zip(table.rows[0].cells, ("Name", "Title", "Organisation", "Session"), widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F3A5F")
    for row in SPEAKERS:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w

    doc.add_heading("5. Summary of the sessions", level=1)
    doc.add_paragraph(
        "In the opening session (Wednesday, 25 February 2037, 09:30–10:30), Ms. Tamar Lomidze said that Georgia "
        "wanted “no one to return to nothing” and announced a national reintegration referral mechanism. "
        "Mr. Henrik Aaltonen recalled that reintegration is sustainable only when returnees reach economic "
        "self-sufficiency, social stability and psychosocial well-being.")
    for heading, paragraphs in SESSIONS:
        doc.add_heading(heading, level=2)
        first = doc.add_paragraph()
        first.add_run(paragraphs[0]).italic = True
        for text in paragraphs[1:]:
            doc.add_paragraph(text)
    doc.add_paragraph(
        "In the closing session (Thursday, 26 February 2037, 14:00–15:30), Ms. Mariam Javakhishvili, general "
        "rapporteur, presented the draft recommendations, and Mr. Henrik Aaltonen closed the dialogue.")

    doc.add_heading("6. Key recommendations", level=1)
    for item in RECOMMENDATIONS:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("7. Next steps", level=1)
    for item in NEXT_STEPS:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("8. Records and contact", level=1)
    doc.add_paragraph(
        "No audio or video recording of the dialogue was made, and no verbatim record will be issued. The list of "
        "participants will not be published.")
    doc.add_paragraph(f"For any question about this report, please write to {CONTACT}.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
