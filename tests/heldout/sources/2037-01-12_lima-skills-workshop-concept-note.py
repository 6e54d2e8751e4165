"""Write tests/heldout/2037-01-12_lima-skills-workshop-concept-note.pdf.

Held-out DEVELOPMENT document: an English "Concept note and call for speakers" (issued 12 January 2037) for a
(fictional) two-day regional workshop on labour migration pathways and skills recognition in South America
(Lima, Peru, 18-19 March 2037). One column, A4, laid out as a UN document with a PyMuPDF Story (HTML + CSS,
DejaVu Serif with its ligatures switched off), then a running header (symbol and organisers) and a footer
"Page X of Y" stamped on every page. All people, organisations, addresses, e-mails and URLs are invented.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2037-01-12_lima-skills-workshop-concept-note.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2037-01-12_lima-skills-workshop-concept-note"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
BODY = pymupdf.Rect(66, 84, PAGE.width - 66, PAGE.height - 70)

CSS = """
@font-face {font-family: ds; src: url(DejaVuSerif.ttf);}
@font-face {font-family: ds; src: url(DejaVuSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: ds; src: url(DejaVuSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: ds; src: url(DejaVuSerif-BoldItalic.ttf); font-weight: bold; font-style: italic;}
* {font-family: ds;}
body {font-size: 9.6pt; line-height: 1.32; color: #111111;}
p {margin: 0 0 6pt 0; text-align: justify;}
.meta {font-size: 8pt; color: #444444; margin: 0; text-align: right;}
.org {font-size: 10pt; font-weight: bold; text-align: center; margin: 10pt 0 1pt 0;}
.partners {font-size: 8.6pt; text-align: center; color: #333333; margin: 0 0 8pt 0;}
.kind {font-size: 11pt; font-weight: bold; text-align: center; color: #1f4e79; margin: 6pt 0 2pt 0;}
h1 {font-size: 14.5pt; text-align: center; margin: 0 0 4pt 0;}
.when {font-size: 10pt; font-style: italic; text-align: center; margin: 0 0 10pt 0;}
h2 {font-size: 11pt; color: #1f4e79; margin: 11pt 0 4pt 0;}
ol {margin: 0 0 6pt 0; padding-left: 20pt;}
ol li {margin: 0 0 3pt 0; text-align: justify;}
.url {font-size: 9pt; margin-left: 20pt; text-align: left;}
table {border-collapse: collapse;}
.prog th {border: 0.6pt solid #555555; border-bottom: 1.3pt solid #1f4e79; font-size: 8.6pt; padding: 3pt 4pt;
          text-align: left; color: #1f4e79;}
.prog td {border: 0.6pt solid #888888; font-size: 8.4pt; padding: 3pt 4pt; vertical-align: top; text-align: left;
          line-height: 1.25;}
.prog td.day {font-weight: bold; font-style: italic;}
.note {font-size: 8.4pt; font-style: italic; color: #444444;}
.box {margin-top: 8pt;}
.box td {border: 1pt solid #1f4e79; background-color: #f2f6fa; padding: 6pt 8pt;}
.box h2 {margin-top: 0;}
.box p {font-size: 9pt; margin-bottom: 4pt; text-align: left;}
"""

HTML = """
<p class="meta">Distribution: General</p>
<p class="meta">UNNM-SA/LSR/2037/CN.1</p>
<p class="meta">12 January 2037</p>
<p class="meta">Original: English</p>

<p class="org">Regional United Nations Network on Migration for South America</p>
<p class="partners">in cooperation with the International Labour Organization (ILO) and the South American
Qualifications Forum (FOSUC)</p>

<p class="kind">CONCEPT NOTE AND CALL FOR SPEAKERS</p>
<h1>Regional Workshop on Labour Migration Pathways and Skills Recognition in South America</h1>
<p class="when">Lima, Peru, Wednesday, 18 March and Thursday, 19 March 2037</p>

<h2>I. Background</h2>
<p>Labour mobility within South America has grown steadily over the past decade. Residence agreements, bilateral
labour arrangements and national regularization programmes have opened regular channels for millions of workers,
yet many migrants continue to work well below their level of education and experience. Engineers drive taxis,
nurses care for older persons without a contract, and electricians trained on the job cannot prove what they know.
Lengthy and costly procedures for the recognition of diplomas, the absence of mechanisms to certify skills acquired
informally and limited information for employers remain the main obstacles.</p>
<p>The Global Compact for Safe, Orderly and Regular Migration (GCM) addresses these issues under objective 5,
on enhancing the availability and flexibility of pathways for regular migration, and objective 18, on investing in
skills development and facilitating the mutual recognition of skills, qualifications and competences. The workshop
will bring together governments, social partners, civil society and migrants themselves to review what works, and
what does not, ahead of the regional review of the GCM in South America.</p>

<h2>II. Objectives</h2>
<p>The workshop has four objectives:</p>
<ol>
<li>to take stock of existing labour migration pathways in the region, including residence agreements and
bilateral labour arrangements;</li>
<li>to exchange practices on the recognition of foreign qualifications and the certification of skills acquired
informally or on the job;</li>
<li>to identify the obstacles faced by migrant workers, in particular women and young people, in accessing decent
work that matches their skills;</li>
<li>to agree on a set of practical recommendations to be submitted to the regional review of the GCM in South
America.</li>
</ol>

<h2>III. Format and participants</h2>
<p>The workshop is an in-person meeting. It will not be livestreamed and there will be no option to follow it
online. The venue can accommodate a maximum of 120 participants. Of these, 48 seats are reserved for government
officials, four for each of the 12 countries of South America: Argentina, Bolivia, Brazil, Chile, Colombia,
Ecuador, Guyana, Paraguay, Peru, Suriname, Uruguay and Venezuela. A further 40 seats are set aside for civil
society, migrant-led organizations, trade unions and employers' organizations, and 32 seats for United Nations
entities, regional organizations and academia.</p>
<p>The working languages are Spanish and English, with simultaneous interpretation between the two in all
sessions. Interpretation into Portuguese will be provided in the plenary sessions only.</p>

<h2>IV. Call for speakers</h2>
<p>The organizers are looking for 10 speakers from civil society, migrant-led organizations, trade unions,
employers' organizations and academia for sessions 2, 3 and 4 of the programme. Migrants with first-hand experience
of having their qualifications recognized, or not recognized, are particularly encouraged to apply.</p>
<p>Proposals must include a summary of the intended intervention of no more than 300 words and a short biography of
no more than 100 words, and must be submitted through the online form:</p>
<p class="url">https://southamerica.migrationnetwork.example.org/lima2037/speakers</p>
<p>The deadline for proposals is Friday, 13 February 2037, at 23:59 Lima time (UTC-5). Proposals received by
e-mail or after the deadline will not be considered. Speakers will be selected on the basis of the relevance of
the proposal, geographical balance and gender balance. All applicants will be informed of the outcome by Friday,
27 February 2037.</p>
<p>Each speaker will have seven minutes for an intervention; slides are optional. Selected speakers will take part
in an online preparatory briefing on Tuesday, 10 March 2037. The time of the briefing and the connection details
will be sent to the selected speakers at a later stage.</p>

<h2>V. Registration</h2>
<p>Participants who are not speakers must register online, no later than Friday, 6 March 2037, at:</p>
<p class="url">https://southamerica.migrationnetwork.example.org/lima2037/register</p>
<p>Government delegations are registered through the focal points of the ministries of labour. Participation is
confirmed only once the secretariat has sent a confirmation e-mail. Civil society seats will be allocated with
attention to geographical and gender balance.</p>

<h2>VI. Travel support</h2>
<p>Up to 15 travel grants are available for selected speakers and civil society participants based outside Peru.
A grant covers a return economy-class air ticket, three nights of accommodation and a daily allowance; it does not
cover visa fees or travel insurance. Grants must be requested by ticking the relevant box in the speaker or
registration form no later than Friday, 20 February 2037. Priority will be given to migrant-led organizations
and to women. Government representatives are not eligible for travel grants.</p>

<h2>VII. Provisional programme</h2>
<table class="prog" width="100%">
<tr><th width="16%">Time (Lima, UTC-5)</th><th width="38%">Session</th><th width="46%">Speakers and moderators</th></tr>
<tr><td class="day" colspan="3">Day 1: Wednesday, 18 March 2037</td></tr>
<tr><td>08:30-09:00</td><td>Registration</td><td>-</td></tr>
<tr><td>09:00-10:00</td><td>Opening session</td><td>Ms. Valentina Quiroga Salas, Regional Coordinator, Regional United
Nations Network on Migration for South America; Mr. Rodrigo Huamán Ccori, Vice-Minister of Employment Promotion,
Ministry of Labour and Employment Promotion of Peru</td></tr>
<tr><td>10:30-12:30</td><td>Session 1: Labour migration pathways in South America: where do we stand?</td><td>Keynote:
Dr. Helena Bittencourt Ramos, Senior Specialist on Skills and Labour Migration, ILO Regional Office for Latin
America and the Caribbean</td></tr>
<tr><td>14:00-16:00</td><td>Session 2: Recognizing qualifications across borders</td><td>Moderator: Ms. Camila
Ferreyra Ortiz, Executive Director, South American Network of Migrant Organizations (RESOM); speakers selected
through this call</td></tr>
<tr><td class="day" colspan="3">Day 2: Thursday, 19 March 2037</td></tr>
<tr><td>09:00-11:00</td><td>Session 3: Certifying skills acquired informally or on the job</td><td>Moderator to be
announced; speakers selected through this call</td></tr>
<tr><td>11:30-13:00</td><td>Session 4: Women and young migrant workers: from pathways to decent work</td><td>Moderator:
Mr. Diego Salvatierra Núñez, Senior Researcher, Andean Institute for Labour Studies; speakers selected through this
call</td></tr>
<tr><td>14:30-16:00</td><td>Working groups: drafting the recommendations</td><td>Facilitators from the organizers</td></tr>
<tr><td>16:30-17:30</td><td>Closing session: adoption of the recommendations and next steps</td><td>Ms. Valentina
Quiroga Salas; representative of FOSUC (to be confirmed)</td></tr>
</table>
<p class="note">The programme is provisional and may change. The final programme, with the names of the selected
speakers, will be published on the network's website before the workshop.</p>

<h2>VIII. Expected outcomes and follow-up</h2>
<p>A summary report with the recommendations of the workshop will be published in English and Spanish by
Friday, 17 April 2037 and will be submitted to the regional review of the GCM in South America. An online
follow-up dialogue on the implementation of the recommendations will be held later in 2037; its date will be
announced in due course.</p>

<table class="box" width="100%"><tr><td>
<h2>Practical information</h2>
<p><b>Venue:</b> Pacific South Convention Centre (Centro de Convenciones Pacífico Sur), Avenida José Larco 1150,
Miraflores, Lima, Peru. The venue is accessible to wheelchair users.</p>
<p><b>Time zone:</b> all times in this note are Lima time (UTC-5). Registration opens at 08:30 on Wednesday,
18 March 2037, and the opening session starts at 09:00.</p>
<p><b>Visas:</b> participants are responsible for obtaining their own visas. The secretariat will issue letters of
invitation on request.</p>
<p><b>Accommodation:</b> apart from grant holders, participants book and pay for their own accommodation. A list of
hotels near the venue will be shared with registered participants.</p>
<p><b>Contact:</b> Ms. Lucía Paredes Montoya, Workshop Coordinator, secretariat of the Regional United Nations
Network on Migration for South America, e-mail:</p>
<p style="margin-left: 20pt">lima2037@migrationnetwork-sa.example</p>
</td></tr></table>
"""

HEADER_LEFT = "UNNM-SA/LSR/2037/CN.1"
HEADER_RIGHT = "Regional United Nations Network on Migration for South America"
FOOTER_LEFT = "Concept note and call for speakers - Lima workshop on labour migration pathways and skills recognition"


def without_ligatures(path: Path) -> bytes:
    """The font with its GSUB table hidden, so that "fi", "ffi" are drawn (and extracted) as plain letters."""
    data = bytearray(path.read_bytes())
    for index in range(struct.unpack(">H", data[4:6])[0]):
        offset = 12 + 16 * index
        if data[offset:offset + 4] == b"GSUB":
            data[offset:offset + 4] = b"GSUZ"
    return bytes(data)


def font_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"):
        archive.add(without_ligatures(DEJAVU_DIR / name), name)
    return archive


def main() -> None:
    archive = font_archive()
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

    doc = pymupdf.open("pdf", buffer.getvalue())
    total = doc.page_count
    css = "@font-face {font-family: ds; src: url(DejaVuSerif.ttf);} * {font-family: ds;}"
    small = "font-size: 7.6pt; color: #444444;"
    left, right = 66, PAGE.width - 66
    for number, page in enumerate(doc, start=1):
        page.insert_htmlbox(pymupdf.Rect(left, 40, left + 170, 58),
                            f"<p style='{small} font-weight: bold'>{HEADER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(left + 170, 40, right, 58),
                            f"<p style='{small} text-align: right'>{HEADER_RIGHT}</p>", css=css, archive=archive)
        page.draw_line((left, 60), (right, 60), color=(0.12, 0.31, 0.47), width=0.6)
        page.draw_line((left, PAGE.height - 58), (right, PAGE.height - 58), color=(0.6, 0.6, 0.6), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 54, right - 80, PAGE.height - 34),
                            f"<p style='{small}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 54, right, PAGE.height - 34),
                            f"<p style='{small} text-align: right'>Page {number} of {total}</p>",
                            css=css, archive=archive)
    doc.set_metadata({
        "title": "Concept note and call for speakers: Regional Workshop on Labour Migration Pathways and Skills"
                 " Recognition in South America",
        "author": "Regional United Nations Network on Migration for South America",
        "subject": "Regional workshop, Lima, Peru, 18-19 March 2037",
        "creator": "UNNM South America secretariat",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    print(f"{OUT.name}: {total} pages")


if __name__ == "__main__":
    main()
