"""Write tests/heldout/2037-12-07_manila-regional-review-provisional-programme.pdf.

Held-out DEVELOPMENT document: an English "Provisional programme", issued on Monday 7 December 2037, of a (fictional)
two-day Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration, held in person at
an invented convention centre in Pasay City (Metro Manila) and online on Tuesday 16 and Wednesday 17 March 2038. It
has a key-facts box, one programme table per day (Time | Session | Speakers / moderator) in Manila time (UTC+8) with
some speakers "to be confirmed", and practical information: one time-zone conversion for the online stream,
registration deadlines, a call for side-event proposals with its deadline, interpretation provided for some languages
and not others, no travel support, a contact e-mail. All people, organisations, addresses, e-mails and URLs are
invented.

A4, one column, laid out with a PyMuPDF Story (HTML + CSS, DejaVu Sans and DejaVu Sans Condensed with their GSUB table
hidden so that no ligatures are drawn or extracted), then a running header and a footer with "Page X of Y" stamped on
every page.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2037-12-07_manila-regional-review-provisional-programme.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2037-12-07_manila-regional-review-provisional-programme"
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
MARGIN_X = 56
BODY = pymupdf.Rect(MARGIN_X, 76, PAGE.width - MARGIN_X, PAGE.height - 62)
ACCENT = "#0b5563"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: {family}; src: url({name}); {style}}}" for name, (family, style) in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9pt; line-height: 1.3; color: #1b1b1b;}}
p {{margin: 0 0 5pt 0; text-align: left;}}
.org {{font-size: 8.6pt; font-weight: bold; color: {ACCENT}; margin: 0;}}
.host {{font-size: 8pt; font-style: italic; color: #444444; margin: 0 0 8pt 0;}}
.ref {{font-size: 7.8pt; color: #555555; text-align: right; margin: 0;}}
.kind {{font-size: 10.5pt; font-weight: bold; letter-spacing: 1pt; color: {ACCENT};
        border-top: 2pt solid {ACCENT}; padding: 3pt 0 0 0; margin: 10pt 0 4pt 0;}}
h1 {{font-size: 14pt; color: {ACCENT}; margin: 2pt 0 3pt 0;}}
.when {{font-size: 9.6pt; font-weight: bold; margin: 0 0 8pt 0;}}
h2 {{font-size: 10.8pt; color: {ACCENT}; margin: 11pt 0 4pt 0; border-bottom: 0.6pt solid {ACCENT};}}
ul {{margin: 0 0 5pt 0; padding-left: 16pt;}}
li {{margin: 0 0 2pt 0;}}
table {{border-collapse: collapse;}}
.facts td {{font-size: 8.6pt; padding: 3pt 6pt; vertical-align: top; border-bottom: 0.5pt solid #9aa9ac;}}
.facts td.k {{font-weight: bold; color: {ACCENT};}}
.prog * {{font-family: dvc;}}
.prog th {{font-size: 8.6pt; font-weight: bold; text-align: left; color: {ACCENT};
          border-top: 1.2pt solid {ACCENT}; border-bottom: 1.2pt solid {ACCENT}; padding: 3pt 4pt;}}
.prog td {{font-size: 8.3pt; border-bottom: 0.5pt solid #9aa9ac; padding: 3pt 4pt; vertical-align: top;
          line-height: 1.22;}}
.prog td p {{margin: 0 0 2pt 0;}}
.prog td.t {{font-weight: bold; white-space: nowrap;}}
.prog tr.brk td {{font-style: italic; color: #555555;}}
.note {{font-size: 8.2pt; font-style: italic; color: #444444;}}
.mail {{margin-left: 16pt; font-weight: bold;}}
"""

INTRO = """
<p class="org">United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)</p>
<p class="org">Regional United Nations Network on Migration for Asia and the Pacific</p>
<p class="host">Hosted by the Government of the Republic of the Philippines</p>
<p class="ref">Ref.: APRR-GCM/2038/INF.2</p>
<p class="ref">Issued: Monday, 7 December 2037</p>
<p class="ref">Distribution: general</p>

<p class="kind">PROVISIONAL PROGRAMME</p>
<h1>Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration</h1>
<p class="when">Manila, Philippines, and online - Tuesday, 16 March and Wednesday, 17 March 2038</p>

<table class="facts" width="100%">
<tr><td class="k" style="width: 92pt">Venue</td><td>Sampaguita Hall, Luzviminda Convention Centre, 18 Bayshore Avenue,
Pasay City, Metro Manila. Breakout groups and side events: Rooms 3A, 3B and 3C (third floor).</td></tr>
<tr><td class="k">Format</td><td>In person and online. Plenary sessions are streamed live; breakout groups are held
in person only.</td></tr>
<tr><td class="k">Time zone</td><td>All times are Manila time (UTC+8).</td></tr>
<tr><td class="k">Participants</td><td>Member States of ESCAP, United Nations entities and stakeholders. The hall
seats 450 people, including 180 seats for stakeholders.</td></tr>
<tr><td class="k">Contact</td><td>manila2038@apmigration-review.example</td></tr>
</table>

<p>The regional review brings together Governments and stakeholders from across Asia and the Pacific to take stock
of the implementation of the Global Compact for Migration (GCM) in the region. Its key messages will be transmitted
as the region's contribution to the International Migration Review Forum 2038. This provisional programme may
change; speakers marked "to be confirmed" have been invited but have not yet confirmed.</p>
"""

DAY1 = """
<h2>Day 1 - Tuesday, 16 March 2038</h2>
<table class="prog" width="100%">
<tr><th style="width: 62pt">Time</th><th style="width: 170pt">Session</th><th>Speakers / moderator</th></tr>
<tr class="brk"><td class="t">08:00-09:00</td><td>Registration and security check</td><td>Ground-floor lobby</td></tr>
<tr><td class="t">09:00-10:15</td><td><b>Opening session</b></td><td>
<p>H.E. Ms. Corazon D. Almario-Reyes, Secretary, Department of Migrant Workers, Philippines</p>
<p>Ms. Baek Hyun-joo, Deputy Executive Secretary, ESCAP</p>
<p>Mr. Tevita Halaholo, Coordinator, Regional UN Network on Migration for Asia and the Pacific</p>
<p>Ms. Shirin Akhter Mahmud, Convenor, Asia-Pacific Migrant Civil Society Coalition (APMCSC)</p>
<p><i>Moderator:</i> Ms. Farida Yusupova, Social Affairs Officer, ESCAP</p></td></tr>
<tr class="brk"><td class="t">10:15-10:45</td><td>Coffee break and group photo</td><td></td></tr>
<tr><td class="t">10:45-12:30</td><td><b>Plenary 1: Where does the region stand?</b> Presentation of the draft Asia-Pacific
Migration Report 2038, followed by a panel</td><td>
<p><i>Presentation:</i> Dr. Arjun Prakash Varma, Chief, Migration and Development Section, ESCAP</p>
<p>Ms. Ni Luh Suryani, Director of Migrant Worker Protection, Ministry of Manpower, Indonesia</p>
<p>Mr. Batbayar Gansukh, Head of Migration Policy, Ministry of Labour and Social Protection, Mongolia</p>
<p><i>Moderator:</i> Dr. Catalina Dizon-Mendoza, Director, Asian Institute for Labour and Migration Studies (Quezon
City)</p></td></tr>
<tr class="brk"><td class="t">12:30-14:00</td><td>Lunch (provided at the venue); lunchtime side events</td><td>Rooms 3A-3C</td></tr>
<tr><td class="t">14:00-15:30</td><td><b>Plenary 2: Fair recruitment, decent work and skills</b> (GCM objectives 6
and 18)</td><td>
<p>Representative of the International Labour Organization (to be confirmed)</p>
<p>Ms. Sunita Rai Tamang, General Secretary, Federation of Nepali Migrant Workers' Unions</p>
<p>Mr. Faisal Rahman Chowdhury, Chair, Ethical Recruitment Council of Bangladesh</p>
<p><i>Moderator:</i> Mr. Kenji Morimoto, Senior Programme Officer, Tokyo Centre for Migrant Integration</p></td></tr>
<tr class="brk"><td class="t">15:30-15:45</td><td>Break</td><td></td></tr>
<tr><td class="t">15:45-17:15</td><td><b>Parallel breakout groups</b> (in person only, not streamed)</td><td>
<p>Group A, Room 3A - Climate change, disasters and human mobility; facilitator: Ms. Mele Vaipulu, Pacific Climate
Mobility Network</p>
<p>Group B, Room 3B - Missing migrants and humanitarian assistance; facilitator: Mr. Nguyen Van Khoa, Mekong
Migrant Support Initiative</p>
<p>Group C, Room 3C - Migrant children and families; facilitator to be confirmed</p></td></tr>
<tr><td class="t">17:15-17:30</td><td>Wrap-up of Day 1</td><td><p>Ms. Farida Yusupova, ESCAP</p></td></tr>
<tr class="brk"><td class="t">from 18:30</td><td>Welcome reception hosted by the Government of the Philippines</td>
<td>In-person participants</td></tr>
</table>
"""

DAY2 = """
<h2>Day 2 - Wednesday, 17 March 2038</h2>
<table class="prog" width="100%">
<tr><th style="width: 62pt">Time</th><th style="width: 170pt">Session</th><th>Speakers / moderator</th></tr>
<tr><td class="t">09:00-10:30</td><td><b>Plenary 3: Regular pathways and labour mobility in South Asia, South-East
Asia and the Pacific</b> (GCM objective 5)</td><td>
<p>Mr. Ravindra Senanayake, Additional Secretary, Ministry of Foreign Employment, Sri Lanka</p>
<p>Ms. Pham Thu Ha, Deputy Director, Department of Overseas Labour, Viet Nam</p>
<p>Representative of the Government of Australia (to be confirmed)</p>
<p><i>Moderator:</i> Ms. Lagi Toleafoa-Sapolu, Labour Mobility Adviser, Pacific Labour Mobility Secretariat (Apia)</p></td></tr>
<tr class="brk"><td class="t">10:30-11:00</td><td>Coffee break</td><td></td></tr>
<tr><td class="t">11:00-12:30</td><td><b>Plenary 4: Return, sustainable reintegration and social protection</b> (GCM
objectives 21 and 22)</td><td>
<p>Ms. Gulnara Abdrakhmanova, Director, Kyrgyz Returnees' Association</p>
<p>Mr. Ahmad Zaki Hashimi, Programme Manager, Afghan Returnee Support Network</p>
<p>Dr. Maria Theresa Galang, Professor of Social Work, University of Santo Tomas</p>
<p><i>Moderator:</i> Mr. Omar Faruq Siddiqui, Regional Migration Specialist, United Nations Development Programme</p></td></tr>
<tr class="brk"><td class="t">12:30-14:00</td><td>Lunch (provided at the venue); lunchtime side events</td><td>Rooms 3A-3C</td></tr>
<tr><td class="t">14:00-15:30</td><td><b>Plenary 5: Report-back from the breakout groups and key messages</b> for the
International Migration Review Forum 2038</td><td>
<p><i>Rapporteur:</i> Ms. Anjali Krishnan, Policy Coordinator, APMCSC</p>
<p>Interventions from the floor (three minutes each)</p></td></tr>
<tr><td class="t">15:30-16:30</td><td><b>Closing session</b></td><td>
<p>H.E. Ms. Corazon D. Almario-Reyes, Department of Migrant Workers, Philippines</p>
<p>Ms. Baek Hyun-joo, ESCAP</p>
<p>A youth representative (to be confirmed)</p></td></tr>
</table>
<p class="note">Side events will take place from 12:50 to 13:50 on both days. Their programme will be published on
the event page at a later date.</p>
"""

PRACTICAL = """
<h2>Practical information</h2>
<p><b>Online participation.</b> The opening session, all plenary sessions and the closing session will be
streamed live on Zoom Webinar and on the review's web page:</p>
<p class="mail">https://apmigration-review.example.org/manila2038/live</p>
<p>For online participants in South Asia, the opening at 09:00 Manila time on Tuesday, 16 March corresponds to 06:30 in New Delhi
(UTC+5:30). Up to 1,000 online participants can be connected. The Zoom link will be sent to registered online
participants on Monday, 15 March 2038.</p>

<p><b>Registration.</b> All participants must register through the online form at:</p>
<p class="mail">https://apmigration-review.example.org/manila2038/register</p>
<p>Registration for in-person participation closes on Friday, 12 February 2038; the 180 stakeholder seats are
allocated in order of registration. Registration for online participation remains open until Wednesday,
10 March 2038. Each registration is confirmed by e-mail.</p>

<p><b>Side events.</b> Stakeholders, United Nations entities and Member States may propose a side event. Proposals
(600 words maximum) must be co-organised by at least two organisations from different countries and sent to
sideevents.manila2038@apmigration-review.example by <b>Friday, 15 January 2038</b>. Up to eight side events will be
selected, four on each day, and the organisers will be informed by Friday, 29 January 2038.</p>

<p><b>Languages.</b> The working language is English. Simultaneous interpretation between English, Chinese and
Russian is provided in the opening session, the plenary sessions and the closing session. No interpretation is
provided in the breakout groups or in the side events, and interpretation into other languages of the region (for
example Filipino, Bahasa Indonesia, Hindi or Bengali) is not available.</p>

<p><b>Travel, accommodation and visas.</b> The organisers do not provide travel support: there are no travel grants,
and travel, accommodation and visa costs are the responsibility of in-person participants or their organisations.
Participants who need a visa to enter the Philippines may request a letter of invitation at the contact address
below once their registration is confirmed. Lunch and coffee are provided at the venue on both days.</p>

<p><b>Documents.</b> The draft Asia-Pacific Migration Report 2038 will be circulated to registered participants
before the review. A summary of the review will be published after the meeting; its publication date will be
announced later.</p>

<p><b>Contact.</b> For all questions about the programme, registration or letters of invitation, please write
to:</p>
<p class="mail">manila2038@apmigration-review.example</p>
"""

HTML = INTRO + DAY1 + DAY2 + PRACTICAL

HEADER_LEFT = "APRR-GCM/2038/INF.2"
HEADER_RIGHT = "Asia-Pacific Regional Review of the GCM - Manila, 16-17 March 2038"
FOOTER_LEFT = "Provisional programme - issued 7 December 2037 - subject to change"


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
        page.draw_line((left, 57), (right, 57), color=(0.04, 0.33, 0.39), width=0.8)
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
        "title": "Provisional programme - Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and"
                 " Regular Migration",
        "author": "ESCAP and Regional United Nations Network on Migration for Asia and the Pacific",
        "subject": "Manila, Philippines, and online, 16-17 March 2038",
        "creator": "Secretariat of the Asia-Pacific Regional Review",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
