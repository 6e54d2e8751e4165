"""Write tests/heldout/2038-12-14_imrf-2039-stakeholder-roadmap.pdf.

Held-out DEVELOPMENT document: an English "Roadmap for stakeholder engagement in the preparations of the third
International Migration Review Forum (IMRF 2039)", issued on Tuesday 14 December 2038 (reference UNNM/SLU/2038/14)
by an invented "Stakeholder Liaison Unit" of the secretariat of the United Nations Network on Migration. Everything
in it (people, e-mail addresses on .example domains, URLs on example.org, procedures) is invented.

Content: a cover block (issuing body, reference, date, distribution, title); an introduction; a milestones table
(Milestone | Date | What stakeholders do | Contact); numbered sections on (1) special accreditation of organisations
without ECOSOC status (form opening Monday 3 January 2039, deadline Friday 28 January 2039 23:59 New York time, four
attachments, decisions by Thursday 31 March 2039, free), (2) written submissions (1,500 words, six UN languages, by
Monday 14 February 2039), (3) five regional online consultations on Zoom on different days with local times and
time zones (registration until Friday 18 February 2039), (4) the multi-stakeholder hearing in the Trusteeship
Council Chamber on Tuesday 12 April 2039 with its speaker selection process (applications by Friday 11 March,
seven-member committee, 24 speakers, three minutes, answers by Friday 25 March, up to 10 travel grants), (5) the
Forum at UN Headquarters from Tuesday 17 to Friday 20 May 2039 (two representatives per organisation, registration
by Friday 22 April, passes from Monday 16 May), (6) the Progress Declaration whose zero draft is expected in April
2039 (month only); a short FAQ; contacts (four named staff with roles and e-mails, a general inbox, the web page;
no telephone number); and a list of things still to be announced (chair of the hearing, round-table themes, the
zero draft's exact date, side events, the Forum's daily schedule).

A4, one column, laid out with a PyMuPDF Story (HTML + CSS, DejaVu Sans and DejaVu Sans Condensed with their GSUB
table hidden so that no ligatures are drawn or extracted), then a running header and a footer with "Page X of Y"
stamped on every page.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2038-12-14_imrf-2039-stakeholder-roadmap.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2038-12-14_imrf-2039-stakeholder-roadmap"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    # file name: (family, style)
    "DejaVuSans.ttf": ("dv", ""),
    "DejaVuSans-Bold.ttf": ("dv", "font-weight: bold;"),
    "DejaVuSans-Oblique.ttf": ("dv", "font-style: italic;"),
    "DejaVuSansCondensed.ttf": ("dvc", ""),
    "DejaVuSansCondensed-Bold.ttf": ("dvc", "font-weight: bold;"),
    "DejaVuSansCondensed-Oblique.ttf": ("dvc", "font-style: italic;"),
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 58
BODY = pymupdf.Rect(MARGIN_X, 74, PAGE.width - MARGIN_X, PAGE.height - 64)
ACCENT = "#1f4e8c"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: {family}; src: url({name}); {style}}}" for name, (family, style) in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9pt; line-height: 1.34; color: #1a1a1a;}}
p {{margin: 0 0 5pt 0; text-align: left;}}
.org {{font-size: 10pt; font-weight: bold; color: {ACCENT}; margin: 0;}}
.unit {{font-size: 8.6pt; color: #3d3d3d; margin: 0 0 10pt 0;}}
.meta td {{font-size: 8.4pt; padding: 1pt 6pt 1pt 0; color: #333333;}}
.meta td.k {{font-weight: bold; color: {ACCENT};}}
h1 {{font-size: 15pt; line-height: 1.25; color: {ACCENT}; margin: 14pt 0 4pt 0;
     border-top: 2.2pt solid {ACCENT}; padding: 6pt 0 0 0;}}
.lead {{font-size: 9.6pt; font-style: italic; color: #444444; margin: 0 0 10pt 0;}}
h2 {{font-size: 11pt; color: {ACCENT}; margin: 12pt 0 4pt 0; border-bottom: 0.6pt solid {ACCENT};}}
h3 {{font-size: 9.4pt; color: #222222; margin: 7pt 0 2pt 0;}}
ul {{margin: 0 0 5pt 0; padding-left: 16pt;}}
li {{margin: 0 0 2pt 0;}}
table {{border-collapse: collapse;}}
.ms * {{font-family: dvc;}}
.ms th {{font-size: 8.2pt; font-weight: bold; text-align: left; color: {ACCENT};
        border-top: 1.4pt solid {ACCENT}; border-bottom: 1.4pt solid {ACCENT}; padding: 3pt 4pt;}}
.ms td {{font-size: 8pt; line-height: 1.22; border-bottom: 0.5pt solid #9aa7b8; padding: 3pt 4pt;
        vertical-align: top;}}
.ms td.d {{font-weight: bold;}}
.rc * {{font-family: dvc;}}
.rc th {{font-size: 8.2pt; font-weight: bold; text-align: left; color: {ACCENT};
        border-top: 1.2pt solid {ACCENT}; border-bottom: 1.2pt solid {ACCENT}; padding: 3pt 4pt;}}
.rc td {{font-size: 8.2pt; border-bottom: 0.5pt solid #9aa7b8; padding: 3pt 4pt; vertical-align: top;}}
.q {{font-weight: bold; margin: 6pt 0 1pt 0;}}
.box td {{border: 0.8pt solid {ACCENT}; background-color: #eef3fa; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0;}}
.nw {{white-space: nowrap;}}
.link {{margin-left: 16pt; font-weight: bold;}}
.sig {{margin: 12pt 0 0 0; font-weight: bold;}}
"""

GENERAL = "imrf2039.stakeholders@unmigration-network.example"
ACCRED = "accreditation.imrf2039@unmigration-network.example"
INPUTS = "imrf2039.inputs@unmigration-network.example"
CONSULT = "consultations.imrf2039@unmigration-network.example"
HEARING = "hearing.imrf2039@unmigration-network.example"
SITE = "https://migrationnetwork.example.org/imrf2039"
OFF_ACC = "Tomás Echeverría Luján, Accreditation Officer"
OFF_REG = "Salma Benkirane, Focal Point for the Regional Consultations"
OFF_HEA = "Jonah Mwakilema, Coordinator of the Multi-stakeholder Hearing"
OFF_GEN = "Stakeholder Liaison Unit (general inbox)"

MILESTONES = [
    ("1. Special accreditation (organisations without ECOSOC status)",
     "Monday 3 January to Friday 28 January 2039",
     "Apply online for special accreditation and upload the four required documents.", OFF_ACC),
    ("2. Written submissions",
     "No later than Monday 14 February 2039",
     "Send one written input of up to 1,500 words.", OFF_GEN),
    ("3. Registration for the regional online consultations",
     "Until Friday 18 February 2039",
     "Register once through the online form and choose your region.", OFF_REG),
    ("4. Regional online consultations (five regions)",
     "Tuesday 22 February to Friday 4 March 2039",
     "Take part online and share regional priorities.", OFF_REG),
    ("5. Speaker applications for the multi-stakeholder hearing",
     "No later than Friday 11 March 2039",
     "Complete the speaker application form.", OFF_HEA),
    ("6. Selected speakers informed",
     "By Friday 25 March 2039",
     "Confirm participation within five working days.", OFF_HEA),
    ("7. Accreditation decisions communicated",
     "By Thursday 31 March 2039",
     "Check your e-mail for the decision.", OFF_ACC),
    ("8. Multi-stakeholder hearing, New York",
     "Tuesday 12 April 2039",
     "Speak (if selected), attend, or follow the live webcast.", OFF_HEA),
    ("9. Zero draft of the Progress Declaration",
     "April 2039 (exact date to be announced)",
     "Send written comments within two weeks of its circulation.", OFF_GEN),
    ("10. Registration of representatives for the Forum",
     "No later than Friday 22 April 2039",
     "Accredited organisations nominate up to two representatives.", OFF_ACC),
    ("11. International Migration Review Forum 2039",
     "Tuesday 17 to Friday 20 May 2039",
     "Attend at United Nations Headquarters, New York.", OFF_GEN),
]


def milestones_table() -> str:
    rows = "".join(
        f'<tr><td>{m}</td><td class="d">{d}</td><td>{w}</td><td>{c}</td></tr>' for m, d, w, c in MILESTONES
    )
    head = ('<tr><th style="width: 118pt">Milestone</th><th style="width: 92pt">Date</th>'
            '<th style="width: 120pt">What stakeholders do</th><th>Contact</th></tr>')
    return f'<table class="ms" width="100%">{head}{rows}</table>'


HTML = f"""
<p class="org">United Nations Network on Migration</p>
<p class="unit">Secretariat - Stakeholder Liaison Unit</p>
<table class="meta">
<tr><td class="k">Reference:</td><td>UNNM/SLU/2038/14</td></tr>
<tr><td class="k">Date:</td><td>14 December 2038</td></tr>
<tr><td class="k">Distribution:</td><td>General - Original: English</td></tr>
</table>

<h1>Roadmap for stakeholder engagement in the preparations of the third International Migration Review Forum
(IMRF 2039)</h1>
<p class="lead">How civil society and other stakeholders can take part, step by step, from accreditation to the
Forum in New York</p>

<h2>Introduction</h2>
<p>The third International Migration Review Forum (IMRF 2039) will review progress in implementing the Global
Compact for Safe, Orderly and Regular Migration (GCM) at global level. Its preparations include regional
consultations, a multi-stakeholder hearing and the negotiation of a Progress Declaration.</p>
<p>This roadmap explains what civil society organisations, migrant-led and diaspora organisations, trade unions,
the private sector, academia, local authorities, youth organisations and other stakeholders can do at each stage,
and by when. The Stakeholder Liaison Unit will update it if dates change; the current version is always available on the IMRF 2039 stakeholder page:</p>
<p class="link">{SITE}</p>

<h2>Milestones at a glance</h2>
<p>All deadlines close at 23:59 New York time on the day shown, unless stated otherwise.</p>
{milestones_table()}

<h2>1. Accreditation of organisations without ECOSOC status</h2>
<p>Organisations in consultative status with the Economic and Social Council (ECOSOC) do not need to apply: they
are accredited automatically and only register their representatives (see section 5).</p>
<p>All other organisations must apply for special accreditation. The online application form opens on Monday
3 January 2039 at:</p>
<p class="link">{SITE}/accreditation</p>
<p>Applications must be submitted no later than Friday 28 January 2039, 23:59 New York time (EST, UTC-5). Late or
incomplete applications will not be considered.</p>
<p>Each application must include the following documents, in English or French and in PDF format:</p>
<ul>
<li>proof of legal registration or, for informal migrant-led groups, a letter of recommendation from an
organisation in consultative status with ECOSOC;</li>
<li>the organisation's constitution or statutes;</li>
<li>the most recent annual report or activity report;</li>
<li>a short statement (300 words at most) describing the organisation's work on migration.</li>
</ul>
<p>The Unit screens the applications and transmits the list of recommended organisations to Member States under a
no-objection procedure. Applicants will be informed of the decision by e-mail by Thursday 31 March 2039.
Accreditation is free of charge.</p>

<h2>2. Written submissions</h2>
<p>Any stakeholder, accredited or not, may send a written submission on the implementation of the GCM. Submissions are limited to 1,500 words and may
be written in any of the six official languages of the United Nations (Arabic, Chinese, English, French, Russian or
Spanish).</p>
<p>Send your submission as a Word or PDF file to <span class="nw">{INPUTS}</span> no later than Monday 14 February 2039. Please write
"IMRF 2039 input" and the name of your organisation in the subject line. Each organisation may send one
submission; joint submissions from networks and coalitions are encouraged. Submissions will be published on the
stakeholder page in their original language, and the Unit will prepare a synthesis report for the Forum.</p>

<h2>3. Regional online consultations</h2>
<p>Five regional online consultations will be held on Zoom, co-organised with the regional United Nations networks
on migration. Each lasts two and a half hours and can host up to 300 participants. Participation is free, but
registration is required. Register once, by Friday 18 February 2039, through the form at:</p>
<p class="link">{SITE}/regional</p>
<p>The Zoom link will be sent to registered participants two days before each consultation.</p>
<table class="rc" width="100%">
<tr><th style="width: 130pt">Region</th><th style="width: 120pt">Date</th><th>Time (local time zone)</th></tr>
<tr><td>Africa</td><td>Tuesday 22 February 2039</td><td>10:00-12:30 East Africa Time (EAT, UTC+3)</td></tr>
<tr><td>Asia and the Pacific</td><td>Thursday 24 February 2039</td><td>09:00-11:30 Bangkok time (ICT, UTC+7)</td></tr>
<tr><td>Arab States</td><td>Monday 28 February 2039</td><td>13:00-15:30 Beirut time (EET, UTC+2)</td></tr>
<tr><td>Europe and North America</td><td>Wednesday 2 March 2039</td><td>15:00-17:30 Central European Time (CET,
UTC+1)</td></tr>
<tr><td>Latin America and the Caribbean</td><td>Friday 4 March 2039</td><td>10:00-12:30 Panama time (EST,
UTC-5)</td></tr>
</table>
<p>Interpretation will be provided in English, French and Spanish in all five consultations. Arabic interpretation
is added for the Arab States consultation, Russian for the Europe and North America consultation and Portuguese for
the Latin America and the Caribbean consultation. Participants may join the consultation of any region.</p>

<h2>4. Multi-stakeholder hearing in New York</h2>
<p>The multi-stakeholder hearing will take place on Tuesday 12 April 2039 in the Trusteeship Council Chamber at
United Nations Headquarters in New York. It has two sessions, from 10:00 to 13:00 and from 15:00 to 18:00 New York
time (EDT, UTC-4), and will be webcast live on UN Web TV.</p>
<h3>Speaker selection</h3>
<p>Stakeholders who wish to speak must complete the speaker application form no later than Friday 11 March 2039 at:</p>
<p class="link">{SITE}/hearing-speakers</p>
<p>The form asks for the applicant's name, organisation and constituency, the theme of the
proposed intervention and a summary of no more than 200 words. Only representatives of accredited organisations
or of organisations that have applied for special accreditation can be selected.</p>
<p>A selection committee of seven members, drawn from the different stakeholder constituencies and convened by the
Unit, will select 24 speakers, with balance between regions, genders, age groups and constituencies. At least six
of the 24 speaking slots are reserved for migrant-led and diaspora organisations. Each speaker will have three
minutes. All applicants will be informed of the outcome by Friday 25 March 2039, and selected speakers must confirm
their participation within five working days.</p>
<p>The Unit can offer up to 10 travel grants to selected speakers based in least developed countries or small
island developing States. A grant covers an economy-class return ticket to New York and a daily subsistence
allowance for the days of the hearing.</p>

<h2>5. The Forum at United Nations Headquarters</h2>
<p>IMRF 2039 will be held at United Nations Headquarters in New York from Tuesday 17 to Friday 20 May 2039. The
Forum comprises plenary meetings in the General Assembly Hall, four interactive multi-stakeholder round tables
and a policy debate, and it will conclude with the adoption of the Progress Declaration.</p>
<p>Each accredited organisation (whether in consultative status with ECOSOC or specially accredited) may register
up to two representatives. The registration link will be sent by e-mail to accredited organisations, and
representatives must be registered no later than Friday 22 April 2039. Grounds passes can be collected in person
from Monday 16 May 2039 at the United Nations Pass and ID Office, on presentation of a passport or other photo
identification.</p>
<p>There is no fee to attend the Forum. Except for the travel grants described in section 4, travel,
accommodation and visa costs are borne by participants or their organisations.</p>

<h2>6. The Progress Declaration</h2>
<p>The co-facilitators of the intergovernmental negotiations expect to circulate the zero draft of the Progress
Declaration in April 2039. Stakeholders will have two weeks from its circulation to send written comments of no
more than 800 words to <span class="nw">{GENERAL}</span>. The Unit will share the comments with the co-facilitators.</p>

<h2>7. Frequently asked questions</h2>
<p class="q">Our organisation was accredited to a previous Forum. Do we need to apply again?</p>
<p>Yes, unless you hold ECOSOC consultative status. Special accreditation to a previous Forum does not carry over to
IMRF 2039.</p>
<p class="q">Can individuals be accredited?</p>
<p>No. Only organisations can be accredited. Individuals, including migrants who are not affiliated with an
organisation, may register for the regional online consultations and send written submissions.</p>
<p class="q">Can we attend the hearing without being selected as speakers?</p>
<p>Yes. Representatives of accredited organisations may attend the hearing as observers, subject to the seating
capacity of the Trusteeship Council Chamber.</p>
<p class="q">Can we take part in the Forum online?</p>
<p>The plenary meetings and round tables will be webcast on UN Web TV. Speaking at the Forum is possible only in
person.</p>

<h2>8. Contacts</h2>
<ul>
<li>Ms. Adaeze Nwankwo-Berg, Chief, Stakeholder Liaison Unit - <span class="nw">a.nwankwo-berg@unmigration-network.example</span></li>
<li>Mr. Tomás Echeverría Luján, Accreditation Officer - <span class="nw">{ACCRED}</span></li>
<li>Ms. Salma Benkirane, Focal Point for the Regional Consultations - <span class="nw">{CONSULT}</span></li>
<li>Mr. Jonah Mwakilema, Coordinator of the Multi-stakeholder Hearing - <span class="nw">{HEARING}</span></li>
</ul>
<p>For all other questions, please write to the general inbox of the Unit: <span class="nw">{GENERAL}</span></p>

<h2>9. Still to be announced</h2>
<table class="box" width="100%"><tr><td>
<p>- The Chair of the multi-stakeholder hearing, to be appointed by the President of the General Assembly.</p>
<p>- The themes of the four round tables of the Forum.</p>
<p>- The exact date on which the zero draft of the Progress Declaration will be circulated.</p>
<p>- Whether stakeholder side events will be organised at United Nations Headquarters during the Forum, and how
to propose one.</p>
<p>- The detailed programme and daily schedule of the Forum.</p>
</td></tr></table>

<p class="sig">Stakeholder Liaison Unit</p>
<p>Secretariat of the United Nations Network on Migration</p>
"""

HEADER_LEFT = "UNNM/SLU/2038/14"
HEADER_RIGHT = "Roadmap for stakeholder engagement - IMRF 2039"
FOOTER_LEFT = "United Nations Network on Migration - Stakeholder Liaison Unit - 14 December 2038"


def font_without_gsub(path: Path) -> bytes:
    """Return the font bytes with the GSUB table tag renamed, so that the layout engine applies no ligatures."""
    data = bytearray(path.read_bytes())
    (num_tables,) = struct.unpack(">H", data[4:6])
    for i in range(num_tables):
        tag_at = 12 + 16 * i
        if bytes(data[tag_at:tag_at + 4]) == b"GSUB":
            data[tag_at:tag_at + 4] = b"XSUB"
    return bytes(data)


def build_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add(font_without_gsub(FONT_DIR / name), name)
    return archive


def layout(archive: pymupdf.Archive) -> pymupdf.Document:
    story = pymupdf.Story(html=HTML, user_css=CSS, archive=archive)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _ = story.place(BODY)
        story.draw(device)
        writer.end_page()
    writer.close()
    return pymupdf.open("pdf", buffer.getvalue())


def stamp(doc: pymupdf.Document, archive: pymupdf.Archive) -> None:
    css = FONT_FACES + " * {font-family: dv;}"
    style = "font-size: 7.2pt; color: #505050;"
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        page.insert_htmlbox(pymupdf.Rect(left, 36, left + 110, 54),
                            f"<p style='{style} font-weight: bold'>{HEADER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(left + 110, 36, right, 54),
                            f"<p style='{style} text-align: right'>{HEADER_RIGHT}</p>", css=css, archive=archive)
        page.draw_line((left, 57), (right, 57), color=(0.12, 0.31, 0.55), width=0.8)
        page.draw_line((left, PAGE.height - 52), (right, PAGE.height - 52), color=(0.6, 0.6, 0.6), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 48, right - 80, PAGE.height - 30),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 48, right, PAGE.height - 30),
                            f"<p style='{style} text-align: right'>Page {number} of {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Roadmap for stakeholder engagement in the preparations of the third International Migration"
                 " Review Forum (IMRF 2039)",
        "author": "United Nations Network on Migration - Stakeholder Liaison Unit",
        "subject": "Stakeholder engagement timeline: accreditation, written submissions, regional consultations,"
                   " multi-stakeholder hearing, IMRF 2039 (New York, 17-20 May 2039)",
        "creator": "Secretariat of the United Nations Network on Migration",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
