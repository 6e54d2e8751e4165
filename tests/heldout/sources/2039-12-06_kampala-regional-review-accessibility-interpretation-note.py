"""Writes the held-out test document
tests/heldout/2039-12-06_kampala-regional-review-accessibility-interpretation-note.docx: an English Word
"Accessibility and Interpretation Note for Participants" (ref. RUNM-EAH/RR2040/INF/03 Rev.1, "Nairobi, 6 December
2039") issued by the Secretariat of an invented "Regional United Nations Network on Migration for East Africa and the
Horn of Africa (RUNM-EAH)" for the hybrid East Africa and Horn of Africa Regional Review of the Global Compact for
Safe, Orderly and Regular Migration, held on Tuesday 28 and Wednesday 29 February 2040 at the invented Kiyonga Lakeview
Conference Centre, Plot 27 Mpanga Close, Kololo, Kampala, with an in-person stakeholder preparatory meeting on Monday
27 February 2040. Everything in it (people, organisation, venue, addresses, e-mails, URLs) is invented.

Content: a letterhead block (network name, "Secretariat", street address, website), a reference and date
line, a Title and subtitle, an italic revision note (replaces the version of 22 November 2039: Arabic added to Round
table B, which had English and French only; accommodation-request deadline moved from Friday 20 January 2040 to
Friday 27 January 2040), and numbered Heading 1 sections:
  1. The meeting (dates, venue, hybrid format, EAT = UTC+3, first review was Addis Ababa 2037, programme and list of
     speakers in a separate document INF/02);
  2. Interpretation, sign language and captioning by session: a table (Day | Time EAT | Session and room | Format |
     Spoken-language interpretation | Sign language | Live captions) with eight sessions, followed by notes (IS =
     International Sign, UgSL = Ugandan Sign Language, English captions by a human CART captioner, A and B run in
     parallel, footnote on Arabic added);
  3. Following the review online (Zoom; personal link by Friday 24 February 2040; globe icon "Interpretation" and
     "Mute original audio"; phone/tablet "More" > "Language Interpretation"; telephone dial-in hears floor audio only;
     sign language interpreters spotlighted; "Show captions"; optional test session Thursday 23 February 2040,
     11:00-12:00 EAT);
  4. Requesting reasonable accommodation (form URL, deadline 27 January 2040, later requests best effort, bullet list:
     step-free access and reserved aisle seat, free personal assistant seat with own badge, large print 18-point and
     Braille for programme and key messages only, quiet room, sign language in round tables / other national sign
     languages subject to availability, accessible parking bay; 37 requests received as of 5 December 2039; no medical
     information needed);
  5. Venue accessibility (main entrance six steps no ramp; step-free Gate B on Nyonyi Lane, east side; Rwenzori Hall
     ground floor with induction loop; Ssese and Elgon Rooms first floor by two lifts with 90 cm doors; accessible
     toilets ground floor next to Rwenzori Hall and first floor beside lifts; quiet room Kitgum Room G.04 08:00-18:00
     both review days; four accessible bays at basement level B1, reserved through the form; registration desk with a
     lowered counter in the East Lobby, badges from 08:00 on both review days);
  6. Documents in accessible formats (Word and tagged PDF on the documents page by Friday 10 February 2040; Easy Read
     programme in English and Swahili; large print at registration desk; chair's summary by Friday 30 March 2040);
  7. Contacts (Ms. Harriet Nabukenya Ssali, Accessibility and Inclusion Focal Point; Mr. Dawit Gebremeskel Alemu,
     Conference and Language Services Officer; their e-mails; subject line),
then a signature (Joseph Lokiru Ekai, Head of Secretariat) and a page footer.

Deliberately absent: any telephone or WhatsApp number, the Zoom meeting ID or passcode, parking fees, hotels or
accessible hotel rooms, recordings of sessions, the number of accommodation requests at the 2037 Addis Ababa review,
the names of the sign language interpreters or of the captioning provider, whether the travel or hotel of a personal
assistant is paid, a prayer room, the speakers of each session.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-12-06_kampala-regional-review-accessibility-interpretation-note.py
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
       / "2039-12-06_kampala-regional-review-accessibility-interpretation-note.docx")

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
ACCESS_MAIL = "access.kampala2040@eah-migrationnetwork.example"
LANG_MAIL = "languages.kampala2040@eah-migrationnetwork.example"
FORM_URL = "https://www.example.org/eah-network/kampala2040/access"
DOCS_URL = "https://www.example.org/eah-network/kampala2040/documents"

SESSIONS = [
    ("Mon 27 Feb", "14:00–17:00", "Stakeholder preparatory meeting (Elgon Room)", "In person only",
     "English, French, Swahili", "UgSL on request", "None"),
    ("Tue 28 Feb", "09:30–11:00", "Opening plenary (Rwenzori Hall)", "Hybrid",
     "English, French, Arabic, Swahili", "IS and UgSL", "English"),
    ("Tue 28 Feb", "11:30–13:00", "Plenary 1: Progress reports from Member States (Rwenzori Hall)", "Hybrid",
     "English, French, Arabic", "IS", "English"),
    ("Tue 28 Feb", "14:30–16:30", "Round table A: Fair recruitment and labour mobility (Ssese Room)", "Hybrid",
     "English, French, Swahili", "On request", "English"),
    ("Tue 28 Feb", "14:30–16:30", "Round table B: Mixed movements and protection at borders (Elgon Room)", "Hybrid",
     "English, French, Arabic¹", "On request", "English"),
    ("Wed 29 Feb", "09:30–11:30", "Multi-stakeholder dialogue (Rwenzori Hall)", "Hybrid",
     "English, French, Arabic, Swahili", "IS and UgSL", "English"),
    ("Wed 29 Feb", "12:00–13:00", "Round table C: Climate, disasters and human mobility (Ssese Room)",
     "In person only", "English, French", "On request", "English"),
    ("Wed 29 Feb", "14:30–16:00", "Closing plenary and key messages (Rwenzori Hall)", "Hybrid",
     "English, French, Arabic, Swahili", "IS and UgSL", "English"),
]

ONLINE_STEPS = [
    "On a computer: click the globe icon labelled “Interpretation” in the meeting toolbar and choose English, "
    "French, Arabic or Swahili. Tick “Mute original audio” if you want to hear the interpreter only.",
    "On a phone or tablet: tap “More” (…) and then “Language Interpretation”, and choose your channel.",
    "Participants who join by telephone dial-in cannot choose a channel and will hear the floor audio only.",
    "The International Sign and Ugandan Sign Language interpreters are spotlighted in their own video tiles; you can "
    "pin the tile you need. To see the live captions, click “Show captions” (CC).",
]

ACCOMMODATION = [
    "step-free access and a reserved seat on an aisle or near the front of the room;",
    "a seat for a personal assistant or support person (free of charge; the assistant receives their own badge, so "
    "please give their full name in the form);",
    "documents in large print (18-point) or in Braille (Braille is available for the programme and the key messages "
    "only);",
    "use of the quiet room and short additional breaks;",
    "sign language interpretation in a round table or the preparatory meeting, or interpretation into another "
    "national sign language, for example Kenyan Sign Language, subject to availability;",
    "a reserved accessible parking bay at the venue.",
]

VENUE = [
    "The main entrance on Mpanga Close has a flight of six steps and no ramp. Step-free access is through Gate B on "
    "Nyonyi Lane (east side of the building), which has a level drop-off point, a ramp and automatic doors into the "
    "East Lobby.",
    "The registration desk in the East Lobby has a lowered counter. Badges can be collected from 08:00 on both days "
    "of the review.",
    "Rwenzori Hall, where all plenaries take place, is on the ground floor and is fitted with an induction (hearing) "
    "loop.",
    "The Ssese and Elgon Rooms are on the first floor and are reached by two lifts from the East Lobby (door width "
    "90 cm, audio announcements, tactile buttons).",
    "Accessible toilets are on the ground floor next to the entrance of Rwenzori Hall, and on the first floor "
    "beside the lifts.",
    "A quiet room, the Kitgum Room (G.04) on the ground floor, is open from 08:00 to 18:00 on both review days. "
    "Low lighting; no meetings or phone calls.",
    "Four accessible parking bays are available at basement level B1, next to the lifts; they must be reserved "
    "through the accommodation form.",
]

DOCUMENTS = [
    f"The programme, this note and the background papers for each session will be posted in accessible Word and "
    f"tagged PDF formats on {DOCS_URL} by Friday, 10 February 2040.",
    "An Easy Read version of the programme, in English and Swahili, will be posted at the same time.",
    "Large-print copies of the programme will be available at the registration desk; Braille copies must be "
    "requested through the form.",
    "The chair's summary of the review will be published in the same accessible formats by Friday, 30 March 2040.",
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


def small(paragraph, text, size=9, color=None, bold=False, italic=False):
    r = paragraph.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    return r


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = ("Accessibility and Interpretation Note for Participants – East Africa and Horn of Africa Regional "
                "Review of the GCM, Kampala, 28–29 February 2040")
    cp.subject = "Interpretation, sign language, captioning, reasonable accommodation and venue accessibility"
    cp.author = "RUNM-EAH Secretariat"
    cp.keywords = "GCM; regional review; Kampala; accessibility; interpretation; reasonable accommodation"
    cp.created = datetime.datetime(2039, 12, 6, 9, 0, 0)
    cp.modified = datetime.datetime(2039, 12, 6, 9, 0, 0)
    cp.language = "en-GB"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small(hp, "RUNM-EAH/RR2040/INF/03 Rev.1 | Kampala Regional Review 2040", size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(fp, "RUNM-EAH Secretariat – Mvule House, 4th floor, Kilimani Lane, Nairobi, Kenya – "
              "www.example.org/eah-network – Page ", size=8, color=GREY)
    add_page_field(fp)

    # Letterhead
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(lh, "REGIONAL UNITED NATIONS NETWORK ON MIGRATION FOR EAST AFRICA AND THE HORN OF AFRICA",
          size=12, color=BLUE, bold=True)
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(lh2, "Secretariat", size=10, italic=True)
    lh3 = doc.add_paragraph()
    lh3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(lh3, "Mvule House, 4th floor, Kilimani Lane, Nairobi, Kenya | www.example.org/eah-network",
          size=9, color=GREY)

    ref = doc.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small(ref, "Ref.: RUNM-EAH/RR2040/INF/03 Rev.1")
    small(ref, "\nNairobi, 6 December 2039")

    doc.add_heading("Accessibility and Interpretation Note for Participants", level=0)
    sub = doc.add_paragraph()
    small(sub, "East Africa and Horn of Africa Regional Review of the Global Compact for Safe, Orderly and Regular "
               "Migration – Kampala (hybrid), 28–29 February 2040", size=12, bold=True)

    rev = doc.add_paragraph()
    small(rev, "Revision note. ", size=10, bold=True, italic=True)
    small(rev, "This Rev.1 replaces the note of 22 November 2039. Two things have changed: Arabic interpretation has "
               "been added to Round table B (it was announced with English and French only), and the deadline for "
               "reasonable accommodation requests has been moved from Friday, 20 January 2040 to Friday, "
               "27 January 2040. Everything else is unchanged.", size=10, italic=True)

    doc.add_heading("1. The meeting", level=1)
    doc.add_paragraph(
        "The Regional Review will take place on Tuesday, 28 and Wednesday, 29 February 2040 at the Kiyonga Lakeview "
        "Conference Centre, Plot 27 Mpanga Close, Kololo, Kampala, in hybrid format. An in-person stakeholder "
        "preparatory meeting will be held on the afternoon of Monday, 27 February 2040. It is the second review of "
        "its kind for the sub-region (the first took place in Addis Ababa in 2037). All times in this note are East "
        "Africa Time (EAT, UTC+3).")
    doc.add_paragraph(
        "This note covers languages and accessibility only; the programme "
        "and the list of speakers are issued separately (RUNM-EAH/RR2040/INF/02).")

    doc.add_heading("2. Interpretation, sign language and captioning by session", level=1)
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.8), Cm(2.1), Cm(4.4), Cm(1.9), Cm(3.2), Cm(1.9), Cm(1.7))
    heads = ("Day", "Time (EAT)", "Session and room", "Format", "Spoken-language interpretation",
             "Sign language", "Live captions")
    for cell, head, w in zip(table.rows[0].cells, heads, widths):
        cell.text = ""
        r = cell.paragraphs[0].add_run(head)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F4E79")
    for i, row in enumerate(SESSIONS):
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = ""
            cell.paragraphs[0].add_run(value).font.size = Pt(9)
            cell.width = w
            if i % 2:
                shade(cell, "DEEAF6")
    notes = doc.add_paragraph()
    small(notes, "IS = International Sign; UgSL = Ugandan Sign Language. Live captions are in English and are "
                 "produced by a human captioner (CART), not by automatic speech recognition. Round tables A and B "
                 "run in parallel. “On request”: see section 4.", size=9)
    fn = doc.add_paragraph()
    small(fn, "¹ Arabic added in this revision.", size=9, italic=True)

    doc.add_heading("3. Following the review online: choosing your language channel", level=1)
    doc.add_paragraph(
        "Online participants follow the hybrid sessions on Zoom. Each registered online participant will receive a "
        "personal link by e-mail by Friday, 24 February 2040; please do not share it. Sessions marked “In person "
        "only” in the table are not broadcast.")
    for step in ONLINE_STEPS:
        doc.add_paragraph(step, style="List Bullet")
    doc.add_paragraph(
        "An optional test session to try the language channels and captions will be held on Thursday, "
        "23 February 2040, from 11:00 to 12:00 EAT. The link is in the same e-mail as your personal link.")

    doc.add_heading("4. Requesting reasonable accommodation", level=1)
    p = doc.add_paragraph()
    p.add_run("Participants with disabilities or other access requirements, whether in person or online, can "
              f"request reasonable accommodation through the online form at {FORM_URL}. ")
    p.add_run("Requests must reach us by Friday, 27 January 2040.").bold = True
    p.add_run(" Later requests will be met where possible. You can ask for:")
    for item in ACCOMMODATION:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "No medical information is needed. As of 5 December 2039, the Secretariat had received 37 requests.")

    doc.add_heading("5. Venue accessibility", level=1)
    for item in VENUE:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("6. Documents in accessible formats", level=1)
    for item in DOCUMENTS:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Contacts", level=1)
    c1 = doc.add_paragraph()
    c1.add_run("Reasonable accommodation, venue access and accessible documents: ").bold = True
    c1.add_run(f"Ms. Harriet Nabukenya Ssali, Accessibility and Inclusion Focal Point, RUNM-EAH Secretariat – "
               f"{ACCESS_MAIL}")
    c2 = doc.add_paragraph()
    c2.add_run("Interpretation and language channels: ").bold = True
    c2.add_run(f"Mr. Dawit Gebremeskel Alemu, Conference and Language Services Officer – {LANG_MAIL}")
    doc.add_paragraph("Please write “Kampala 2040 – access” in the subject line of your message.")

    sig = doc.add_paragraph()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.add_run("Joseph Lokiru Ekai").bold = True
    sig.add_run("\nHead of Secretariat\nRegional United Nations Network on Migration for East Africa and the Horn "
                "of Africa")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
