"""Write tests/heldout/2039-07-05_kathmandu-labour-migration-consultation-concept-note.pdf.

Held-out DEVELOPMENT document: an English "Concept Note" (issued in Kathmandu on Tuesday 5 July 2039, reference
SACPLM/KTM/2039/01) for the invented "Sub-regional Consultation on Labour Migration from South Asia to the Gulf
States", a two-day hybrid civil-society consultation in the context of the review of the Global Compact for Migration
(GCM), held on Wednesday 21 and Thursday 22 September 2039 at the invented Hotel Rhododendron Crown, Lazimpat,
Kathmandu (plenary in the Sagarmatha Hall). Organised by the invented South Asia Civil Society Platform on Labour
Migration (SACPLM) with the invented Gulf Migrant Workers' Solidarity Network (GMWSN), in partnership with the
invented Nepal Returnee Migrant Workers' Federation (NRMWF). Everything in it (people, organisations, hotel, e-mail
addresses on .example domains, URLs on example.org) is invented.

Content: a title block (issuing body, reference, date, distribution, title, subtitle, date/venue line); numbered
sections 1-10 (background; three objectives; expected outputs; dates, venue and format with streamed and
closed-door sessions and time-zone equivalents; participants with a quota table per stakeholder group; registration;
written inputs; languages; travel support and accommodation; organisers and contacts); and an annex with a
provisional agenda table (Time (NPT) | Session | Moderator and speakers | Format). It deliberately gives no
registration fee, no hotel room rate, no visa procedure, no closing speaker (to be confirmed), no telephone number,
no per-country figures, no exact dates for the 2040 Asia-Pacific regional review and no Zoom link.

A4, one column, laid out with a PyMuPDF Story (HTML + CSS, DejaVu Sans and DejaVu Sans Condensed with their GSUB
table hidden so that no ligatures are drawn or extracted), then a running header and a footer with "Page X of Y"
stamped on every page.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2039-07-05_kathmandu-labour-migration-consultation-concept-note.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2039-07-05_kathmandu-labour-migration-consultation-concept-note"
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
MARGIN_X = 60
BODY = pymupdf.Rect(MARGIN_X, 76, PAGE.width - MARGIN_X, PAGE.height - 66)
ACCENT = "#8c2d19"  # brick red
MUTED = "#b9892f"  # ochre

FONT_FACES = "\n".join(
    f"@font-face {{font-family: {family}; src: url({name}); {style}}}" for name, (family, style) in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9pt; line-height: 1.36; color: #1a1a1a;}}
p {{margin: 0 0 5pt 0; text-align: left;}}
.org {{font-size: 10.4pt; font-weight: bold; color: {ACCENT}; margin: 0;}}
.unit {{font-size: 8.6pt; color: #3d3d3d; margin: 0 0 1pt 0;}}
.meta td {{font-size: 8.4pt; padding: 1pt 6pt 1pt 0; color: #333333;}}
.meta td.k {{font-weight: bold; color: {ACCENT};}}
.kind {{font-size: 11pt; font-weight: bold; letter-spacing: 1pt; color: {MUTED}; margin: 14pt 0 2pt 0;}}
h1 {{font-size: 15pt; line-height: 1.25; color: {ACCENT}; margin: 0 0 4pt 0;}}
.lead {{font-size: 9.8pt; font-style: italic; color: #444444; margin: 0 0 4pt 0;}}
.when {{font-size: 9.2pt; font-weight: bold; color: #222222; margin: 0 0 10pt 0;
        border-bottom: 2pt solid {ACCENT}; padding: 0 0 6pt 0;}}
h2 {{font-size: 11pt; color: {ACCENT}; margin: 12pt 0 4pt 0; border-bottom: 0.6pt solid {MUTED};}}
h3 {{font-size: 9.4pt; color: #222222; margin: 7pt 0 2pt 0;}}
ul {{margin: 0 0 5pt 0; padding-left: 16pt;}}
ol {{margin: 0 0 5pt 0; padding-left: 18pt;}}
li {{margin: 0 0 3pt 0;}}
table {{border-collapse: collapse;}}
.quota th {{font-size: 8.2pt; font-weight: bold; text-align: left; color: {ACCENT};
           border-top: 1.2pt solid {ACCENT}; border-bottom: 1.2pt solid {ACCENT}; padding: 3pt 4pt;}}
.quota td {{font-size: 8.4pt; border-bottom: 0.5pt solid #c9b28a; padding: 3pt 4pt; vertical-align: top;}}
.quota td.n {{text-align: right; font-weight: bold;}}
.agenda * {{font-family: dvc;}}
.agenda th {{font-size: 8.2pt; font-weight: bold; text-align: left; color: #ffffff; background-color: {ACCENT};
            padding: 3pt 4pt;}}
.agenda td {{font-size: 8pt; line-height: 1.24; border-bottom: 0.5pt solid #c9b28a; padding: 3pt 4pt;
            vertical-align: top;}}
.agenda td.t {{font-weight: bold; white-space: nowrap;}}
.agenda td.day {{font-size: 8.6pt; font-weight: bold; color: {ACCENT}; background-color: #f6eee0;
                border-bottom: 0.8pt solid {ACCENT};}}
.box td {{border: 0.8pt solid {MUTED}; background-color: #fbf6ec; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0;}}
.nw {{white-space: nowrap;}}
.link {{margin-left: 16pt; font-weight: bold;}}
.newpage {{page-break-before: always;}}
.sig {{margin: 12pt 0 0 0; font-weight: bold;}}
"""

REFERENCE = "SACPLM/KTM/2039/01"
SITE = "https://sacplm.example.org/kathmandu2039"
REGISTER = "https://sacplm.example.org/kathmandu2039/register"
GENERAL = "kathmandu2039@sacplm.example"
INPUTS = "inputs.ktm2039@sacplm.example"
COORD_MAIL = "anjali.thapamagar@sacplm.example"
POLICY_MAIL = "f.chowdhury@gmwsn.example"

# (stakeholder group, in-person seats)
QUOTAS = [
    ("Civil society organisations and NGOs working on migrants' rights", "30"),
    ("Trade unions and workers' organisations", "15"),
    ("Migrant workers' and returnee associations", "15"),
    ("Government officials of countries of origin and destination (observers in plenary sessions)", "8"),
    ("Recruitment agencies and employers' organisations", "6"),
    ("Academia, national human rights institutions and United Nations entities", "6"),
]

STREAM = "Streamed (Zoom and YouTube)"
CLOSED = "Closed-door, in person only"

# Agenda rows: either ("day", label) or (time, session, people, format)
AGENDA = [
    ("day", "Day 1 – Wednesday 21 September 2039"),
    ("08:30–09:15", "Registration of participants and welcome tea", "–", "In person"),
    ("09:15–10:00", "Opening session",
     "Welcome remarks: Ms. Sunita Lama Tamang, Chairperson, SACPLM; Mr. Yousif Abdulla Al-Mahroos, Coordinator, "
     "GMWSN. Keynote address: Dr. Nasreen Akhter Haque, Director, Bengal Institute of Labour Studies, Dhaka. "
     "Moderator: Ms. Anjali Thapa Magar", STREAM),
    ("10:00–10:30", "Tea break", "–", "–"),
    ("10:30–12:30", "Plenary session 1: Recruitment costs, debt and fair recruitment along the South Asia–Gulf "
     "corridors",
     "Moderator: Mr. Dinesh Raj Bhattarai, Executive Director, Nepal Returnee Migrant Workers' Federation (NRMWF)",
     STREAM),
    ("12:30–13:30", "Lunch", "–", "–"),
    ("13:30–15:00", "Plenary session 2: Wages, heat stress and access to justice in the Gulf States",
     "Moderator: Ms. Layla Abdulrahman Al-Khaja, Programme Manager, GMWSN, Manama", STREAM),
    ("15:00–15:30", "Tea break", "–", "–"),
    ("15:30–17:30", "Working groups (in parallel): A. Women migrant workers and domestic work (Kanchenjunga Room); "
     "B. Recruitment and labour migration governance (Makalu Room); C. Return, reintegration and social protection "
     "(Lhotse Room)",
     "Moderators: A. Ms. Kumudini Perera Wijesinghe, Colombo; B. Mr. Zahid Hussain Awan, Lahore; "
     "C. Ms. Pramila Rai Limbu, NRMWF", CLOSED),
    ("day", "Day 2 – Thursday 22 September 2039"),
    ("09:00–11:00", "Dialogue with government representatives of countries of origin and of Gulf States' embassies "
     "in Kathmandu",
     "Moderator: Mr. Faisal Rahman Chowdhury, Policy and Programme Officer, GMWSN", CLOSED),
    ("11:00–11:30", "Tea break", "–", "–"),
    ("11:30–13:00", "Plenary session 3: Report-back from the working groups and discussion of the draft Kathmandu "
     "Key Messages",
     "Moderator: Dr. Nasreen Akhter Haque", STREAM),
    ("13:00–14:00", "Lunch", "–", "–"),
    ("14:00–15:30", "Plenary session 4: Adoption of the Kathmandu Key Messages and next steps towards the GCM "
     "regional review",
     "Moderator: Ms. Sunita Lama Tamang", STREAM),
    ("15:30–16:00", "Closing session",
     "Closing remarks: speaker to be confirmed. Vote of thanks: Ms. Anjali Thapa Magar", STREAM),
]


def quota_table() -> str:
    rows = "".join(f'<tr><td>{g}</td><td class="n">{n}</td></tr>' for g, n in QUOTAS)
    rows += '<tr><td><b>Total in-person participants</b></td><td class="n">80</td></tr>'
    head = '<tr><th>Stakeholder group</th><th style="width: 70pt; text-align: right">Seats</th></tr>'
    return f'<table class="quota" width="100%">{head}{rows}</table>'


def agenda_table() -> str:
    head = ('<tr><th style="width: 62pt">Time (NPT)</th><th style="width: 150pt">Session</th>'
            '<th>Moderator and speakers</th><th style="width: 78pt">Format</th></tr>')
    rows = []
    for row in AGENDA:
        if row[0] == "day":
            rows.append(f'<tr><td class="day" colspan="4">{row[1]}</td></tr>')
        else:
            time, session, people, fmt = row
            rows.append(f'<tr><td class="t">{time}</td><td>{session}</td><td>{people}</td><td>{fmt}</td></tr>')
    return f'<table class="agenda" width="100%">{head}{"".join(rows)}</table>'


HTML = f"""
<p class="org">South Asia Civil Society Platform on Labour Migration (SACPLM)</p>
<p class="unit">Secretariat – Kathmandu, Nepal</p>
<p class="unit">in cooperation with the Gulf Migrant Workers' Solidarity Network (GMWSN)</p>
<table class="meta">
<tr><td class="k">Reference:</td><td>{REFERENCE}</td></tr>
<tr><td class="k">Date:</td><td>Kathmandu, Tuesday 5 July 2039</td></tr>
<tr><td class="k">Distribution:</td><td>General – Original: English</td></tr>
</table>

<p class="kind">CONCEPT NOTE</p>
<h1>Sub-regional Consultation on Labour Migration from South Asia to the Gulf States</h1>
<p class="lead">Civil society and migrant workers' perspectives for the review of the Global Compact for Safe,
Orderly and Regular Migration</p>
<p class="when">Kathmandu, Wednesday 21 and Thursday 22 September 2039 – Hotel Rhododendron Crown, Sagarmatha Hall</p>

<h2>1. Background</h2>
<p>Every year, hundreds of thousands of women and men from Bangladesh, India, Nepal, Pakistan and Sri Lanka take up
work in the member States of the Gulf Cooperation Council (GCC), mostly in construction, domestic work, hospitality
and transport. Many still pay high recruitment fees before departure and face wage theft, contract substitution,
extreme heat and limited access to justice once abroad.</p>
<p>The Global Compact for Safe, Orderly and Regular Migration (GCM) commits States to facilitate fair and ethical
recruitment and safeguard conditions that ensure decent work (Objective 6) and to establish mechanisms for the
portability of social security entitlements (Objective 22). Countries along the South Asia–Gulf corridors have
adopted several reforms since the Compact was agreed, but civil society organisations, trade unions and migrant
workers' associations report that implementation remains uneven.</p>
<p>As the next Asia-Pacific Regional Review of the GCM approaches in 2040, the South Asia Civil Society Platform on
Labour Migration (SACPLM) and the Gulf Migrant Workers' Solidarity Network (GMWSN) are convening a sub-regional
consultation in Kathmandu so that the voices of migrant workers feed directly into the review.</p>

<h2>2. Objectives</h2>
<p>The consultation has three objectives:</p>
<ol>
<li>To take stock of progress and gaps in fair and ethical recruitment and decent work along the South Asia–Gulf
corridors since the last regional review.</li>
<li>To share evidence and good practices from countries of origin and destination on wage protection, access to
justice and the protection of women migrant workers, including domestic workers.</li>
<li>To agree on joint civil society recommendations, the "Kathmandu Key Messages", for the Asia-Pacific Regional
Review of the GCM.</li>
</ol>

<h2>3. Expected outputs</h2>
<ul>
<li>The Kathmandu Key Messages, a statement of no more than two pages adopted on the second day and submitted to the
Asia-Pacific Regional Review of the GCM in 2040 (exact dates to be confirmed by the regional United Nations network on
migration).</li>
<li>A consultation report, to be published on the SACPLM website in October 2039.</li>
<li>A compilation of the written inputs received before the consultation (see section 7).</li>
</ul>

<h2>4. Dates, venue and format</h2>
<p>The consultation will take place over two full days, on Wednesday 21 and Thursday 22 September 2039, at the Hotel
Rhododendron Crown, Lazimpat Road, Kathmandu. Plenary sessions will be held in the Sagarmatha Hall on the ground
floor; the working groups will meet in the Kanchenjunga, Makalu and Lhotse rooms on the first floor.</p>
<p>The consultation is hybrid. The opening session, the four plenary sessions and the closing session will be
streamed live on Zoom and on the SACPLM YouTube channel. The three working groups on the afternoon of the first day
and the dialogue with government representatives on the morning of the second day are closed-door sessions: they
are held in person only, under the Chatham House Rule, and will not be recorded.</p>
<p>All times in this note are Nepal Time (NPT, UTC+5:45). The opening session starts at 09:15 NPT, which is 07:30 in
Dubai and Muscat (UTC+4) and 06:30 in Riyadh, Doha and Kuwait City (UTC+3).</p>

<h2>5. Participants</h2>
<p>About 80 participants are expected in person from 11 countries: the five countries of origin (Bangladesh, India,
Nepal, Pakistan and Sri Lanka) and the six GCC member States (Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the
United Arab Emirates). In-person seats are allocated by stakeholder group as follows:</p>
{quota_table()}
<p>At least half of the in-person seats are reserved for women. Up to 300 people can follow the streamed sessions
online.</p>

<h2>6. How to register</h2>
<p>Registration for both in-person and online participation is through the online form at:</p>
<p class="link">{REGISTER}</p>
<p>Applications for in-person participation close on Friday 12 August 2039 at 17:00 Nepal Time (NPT, UTC+5:45).
Each organisation may register up to two people, but only one of them can be selected for in-person participation.
The organisers will select participants according to the quotas in section 5 and will inform all applicants by
e-mail by Friday 26 August 2039.</p>
<p>People who wish to follow the streamed sessions online can register through the same form, choosing the option
"online participation", until Monday 19 September 2039. The Zoom link will be sent to registered online participants
the day before the consultation.</p>
<p>Selected in-person participants are invited to an online briefing on Thursday 15 September 2039 at 15:00 NPT.</p>

<h2>7. Written inputs</h2>
<p>Any organisation, whether or not it takes part in the consultation, may send a written input on labour migration
from South Asia to the Gulf States. Inputs should not exceed 1,200 words and can be written in English or Nepali.</p>
<p>Please send your input as a Word (.docx) or PDF file to <span class="nw">{INPUTS}</span> no later than Monday
5 September 2039, 23:59 NPT, with "KTM 2039 input – name of your organisation" in the subject line. The inputs will be
compiled into a background document to be circulated to participants by Wednesday 14 September 2039.</p>

<h2>8. Languages</h2>
<p>The working languages of the consultation are English and Nepali. Simultaneous interpretation between English and
Nepali will be provided in all plenary sessions and in the dialogue with government representatives. The working
groups will be held in English, with whispered Nepali interpretation on request.</p>
<p>No interpretation will be available in Arabic, Bengali, Hindi, Urdu, Sinhala or Tamil. Participants who need
other languages are encouraged to come with a colleague who can assist them. Meeting documents will be in English
only; the Kathmandu Key Messages will be translated into Nepali and Arabic after the consultation.</p>

<h2>9. Travel support and accommodation</h2>
<p>The organisers can offer travel support to up to 20 participants. Travel support is reserved for representatives
of migrant workers' and returnee associations and grassroots organisations based outside the Kathmandu Valley,
including in the other countries of origin and in the Gulf States, whose organisations cannot cover the costs.
Priority will be given to women migrant workers, domestic workers and returnees.</p>
<p>Travel support covers an economy-class return air ticket (or a bus fare for participants travelling within
Nepal), three nights' accommodation at the venue hotel (20 to 22 September 2039) and a daily allowance of USD 40.
To request it, tick the travel support box in the registration form and explain in no more than 150 words why your
organisation cannot cover the costs. Government officials, recruitment agencies, employers and staff of United
Nations entities are not eligible.</p>
<p>Lunch and refreshments will be provided to all in-person participants on both days. A limited number of rooms
have been reserved at the venue hotel at a preferential rate for self-funded participants. Booking details, together
with information on entry requirements for Nepal, will be included in a logistics note sent to selected
participants.</p>

<h2>10. Organisers and contacts</h2>
<p>The consultation is organised by the South Asia Civil Society Platform on Labour Migration (SACPLM) together with
the Gulf Migrant Workers' Solidarity Network (GMWSN), in partnership with the Nepal Returnee Migrant Workers'
Federation (NRMWF).</p>
<ul>
<li>Registration, selection and travel support: Ms. Anjali Thapa Magar, Consultation Coordinator, SACPLM
Secretariat – <span class="nw">{COORD_MAIL}</span></li>
<li>Programme, speakers and written inputs: Mr. Faisal Rahman Chowdhury, Policy and Programme Officer, GMWSN –
<span class="nw">{POLICY_MAIL}</span></li>
</ul>
<p>For all other questions, write to <span class="nw">{GENERAL}</span>. Updates will be posted on the consultation
web page:</p>
<p class="link">{SITE}</p>

<h2 class="newpage">Annex: Provisional agenda</h2>
<p>All times are Nepal Time (NPT, UTC+5:45). The agenda may be adjusted; the final version will be posted on the
consultation web page.</p>
{agenda_table()}

<p class="sig">Sunita Lama Tamang</p>
<p>Chairperson, South Asia Civil Society Platform on Labour Migration (SACPLM)</p>
"""

HEADER_LEFT = REFERENCE
HEADER_RIGHT = "Concept Note – Kathmandu Sub-regional Consultation on Labour Migration, 21–22 September 2039"
FOOTER_LEFT = "South Asia Civil Society Platform on Labour Migration – Secretariat, Kathmandu – 5 July 2039"


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
        page.insert_htmlbox(pymupdf.Rect(left, 38, left + 100, 56),
                            f"<p style='{style} font-weight: bold'>{HEADER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(left + 100, 38, right, 56),
                            f"<p style='{style} text-align: right'>{HEADER_RIGHT}</p>", css=css, archive=archive)
        page.draw_line((left, 59), (right, 59), color=(0.55, 0.18, 0.10), width=0.8)
        page.draw_line((left, PAGE.height - 54), (right, PAGE.height - 54), color=(0.73, 0.54, 0.18), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 50, right - 80, PAGE.height - 32),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 50, right, PAGE.height - 32),
                            f"<p style='{style} text-align: right'>Page {number} of {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Concept Note: Sub-regional Consultation on Labour Migration from South Asia to the Gulf States",
        "author": "South Asia Civil Society Platform on Labour Migration (SACPLM)",
        "subject": "Hybrid consultation, Kathmandu, 21-22 September 2039, in the context of the GCM review",
        "creator": "SACPLM Secretariat, Kathmandu",
        "keywords": "labour migration; South Asia; Gulf States; fair recruitment; GCM review; Kathmandu",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
