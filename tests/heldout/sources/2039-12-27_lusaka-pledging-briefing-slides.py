"""Writes the held-out test document tests/heldout/2039-12-27_lusaka-pledging-briefing-slides.pdf.

Held-out DEVELOPMENT document: the SLIDE DECK (13 landscape slides, exported to PDF) of a hybrid briefing for civil
society held in Lusaka and online on Tuesday 27 December 2039, 10:00-11:30 CAT, by the invented UN Migration Network
for Southern Africa (UNMN-SA, Regional Secretariat, Lusaka), on how stakeholders make PLEDGES ahead of the invented
Southern Africa Regional Review of the Global Compact for Migration (SARR 2040). Everything in it (people, bodies,
venues, e-mail addresses, URLs) is invented.

Slides:
   1. title slide: network, title, subtitle, hybrid venue (Lweendo Room, Kalingalinga Civic Centre, Plot 41
      Mutandwa Road, Lusaka, and Zoom), date and time, presenters (Mutinta Hachilala, Stakeholder Engagement
      Officer; Dumisani Khoza-Ncube, Pledge Platform Coordinator; moderator Ana Bela Macuacua, SACSCoM, Maputo);
   2. agenda with times, Portuguese interpretation on Zoom;
   3. what a pledge is (voluntary, public, own action, one indicator with a target, delivered within 24 months,
      i.e. by March 2042, published in the Pledge Registry);
   4. who may pledge (any stakeholder other than national governments active in at least one of the 16 SADC
      Member States; Member States on a separate government track; UN entities through the Network; no individual
      pledges; no fee);
   5. what is new since the 2036 review (a 3-column table: joint pledges up to 5 organisations, 1-page template
      instead of 4, 250 words instead of 500, English/French/Portuguese instead of English only, progress reports
      online instead of Word forms by e-mail);
   6. how to submit in 4 steps (template URL, title max. 15 words and text max. 250 words, Pledge Platform URL,
      confirmation with a pledge ID within 5 working days; no attachments; correction: the December flyer said
      300 words);
   7. pledge categories A-E with the GCM objectives grouped (table), up to 3 objectives per pledge;
   8. an example pledge (fictitious Copperbelt union, objectives 6 and 22, 24 monthly legal clinics, target 600,
      April 2040 - March 2042);
   9. key dates written the way slides write them (Thu 15 Dec platform opened; Fri 20 Jan 13:00 CAT drafting
      clinic; Tue 31/01 23:59 CAT deadline; Feb 2040 checks; Wed 29 Feb publication; 27-28 Mar review);
  10. the review itself: Tue 27 and Wed 28 March 2040, Mukuni Ridge Conference Centre, Livingstone, Zambia;
      Pledging Moment on day 2 in the afternoon plenary, about 20 pledgers on stage, 60 seconds each;
  11. reporting progress (once a year on the platform, status + 150 words + 1 evidence link, first report due
      Fri 29 March 2041, lead pledger reports for joint pledges, "inactive" after 2 missed reports, final results
      at the 2044 review);
  12. checklist before submitting;
  13. "Questions?": focal point and her e-mail, pledge help desk e-mail (reply within 3 working days), slides and
      recording online by Fri 6 Jan 2040 at a URL, SACSCoM e-mail.
Every slide has a footer with the deck's short name and "n / 13".

Deliberately not given: any phone or WhatsApp number, the number of pledges made at the 2036 review, a maximum
number of pledges per organisation, the programme or start time of the review's first day, how to register for
the review itself, hotels in Livingstone, any funding for implementing pledges, the head of the network, how many
of the ~20 speaking pledgers come from a given country, the Zoom link of the briefing or of the clinic.

PDF: landscape 842 x 595 pt, one slide per page, laid out with page.insert_htmlbox in DejaVu Sans. The font's
fi/fl ligature glyphs are remapped in each ToUnicode CMap so that the text extracts as plain letters.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-12-27_lusaka-pledging-briefing-slides.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2039-12-27_lusaka-pledging-briefing-slides"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
}

PAGE = pymupdf.Rect(0, 0, 842, 595)
MX = 44
TEAL = "#0f5c63"
COPPER = "#c2692b"
TEAL_RGB = (0.059, 0.361, 0.388)
COPPER_RGB = (0.761, 0.412, 0.169)

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{color: #1d1d1d;}}
p {{margin: 0 0 7pt 0; font-size: 15.5pt; line-height: 1.25;}}
.b {{margin: 0 0 8pt 0;}}
.small {{font-size: 11.5pt; color: #444444;}}
.note {{font-size: 12.5pt; color: {COPPER}; font-weight: bold; margin-top: 8pt;}}
.step {{font-size: 15pt; margin: 0 0 3pt 0;}}
.url {{font-size: 14pt; color: {TEAL}; font-weight: bold; margin: 0 0 9pt 24pt;}}
.k {{color: {TEAL}; font-weight: bold;}}
table {{border-collapse: collapse; width: 100%;}}
th {{font-size: 12.5pt; color: #ffffff; background-color: {TEAL}; padding: 5pt 6pt; text-align: left;}}
td {{font-size: 12pt; line-height: 1.2; padding: 5pt 6pt; border-bottom: 0.8pt solid #9fb8bb; vertical-align: top;}}
.dates td {{font-size: 15pt; padding: 6pt 6pt;}}
"""

NETWORK = "UN Migration Network for Southern Africa (UNMN-SA)"
FOOTER = "SARR 2040 \u00b7 Pledging briefing \u00b7 Lusaka, 27 Dec 2039"

TITLE_SLIDE = f"""
<p style="font-size: 13pt; color: #ffffff; font-weight: bold; margin: 0 0 2pt 0;">{NETWORK}</p>
<p style="font-size: 11pt; color: #d8ecee; margin: 0 0 34pt 0;">Regional Secretariat \u00b7 Lusaka</p>
<p style="font-size: 34pt; color: #ffffff; font-weight: bold; margin: 0 0 10pt 0;">Make it count: pledging for SARR 2040</p>
<p style="font-size: 15pt; color: #ffffff; margin: 0 0 26pt 0;">Briefing for civil society and other stakeholders on pledges
for the Southern Africa Regional Review of the Global Compact for Migration (SARR 2040)</p>
"""

TITLE_LOWER = """
<p style="font-size: 14pt; font-weight: bold; margin: 0 0 4pt 0;">Tuesday, 27 December 2039 \u00b7 10:00\u201311:30 CAT (UTC+2)</p>
<p style="font-size: 12.5pt; margin: 0 0 14pt 0;">Hybrid: Lweendo Room, Kalingalinga Civic Centre, Plot 41 Mutandwa Road, Lusaka \u2013 and online (Zoom)</p>
<p style="font-size: 12pt; margin: 0 0 2pt 0;"><b>Mutinta Hachilala</b> \u2013 Stakeholder Engagement Officer, UNMN-SA Secretariat</p>
<p style="font-size: 12pt; margin: 0 0 2pt 0;"><b>Dumisani Khoza-Ncube</b> \u2013 Pledge Platform Coordinator, UNMN-SA Secretariat</p>
<p style="font-size: 12pt; margin: 0 0 2pt 0;">Moderator: <b>Ana Bela Macu\u00e1cua</b> \u2013 Coordinator, Southern Africa Civil Society Coalition on Migration (SACSCoM), Maputo</p>
"""


def bullets(items: list[str]) -> str:
    return "".join(f'<p class="b">\u2022 {item}</p>' for item in items)


SLIDES: list[tuple[str, str]] = [
    ("Today\u2019s briefing", """
<table class="dates">
<tr><td class="k">10:00</td><td>Welcome and purpose \u2013 A. B. Macu\u00e1cua</td></tr>
<tr><td class="k">10:10</td><td>Pledges: what, who, what\u2019s new \u2013 M. Hachilala</td></tr>
<tr><td class="k">10:30</td><td>Step by step on the Pledge Platform (live demo) \u2013 D. Khoza-Ncube</td></tr>
<tr><td class="k">10:50</td><td>Key dates, the review and reporting \u2013 M. Hachilala</td></tr>
<tr><td class="k">11:00</td><td>Your questions (room + Zoom chat)</td></tr>
<tr><td class="k">11:30</td><td>Close</td></tr>
</table>
<p class="small" style="margin-top: 14pt;">Portuguese interpretation on Zoom \u2013 choose the language channel \u201cPT\u201d</p>
"""),
    ("What is a pledge?", bullets([
        "A voluntary, public commitment by your organisation to a concrete action",
        "It advances one or more of the GCM\u2019s 23 objectives in Southern Africa",
        "<b>Specific:</b> what, where, for whom, by when",
        "<b>Measurable:</b> at least one indicator with a target",
        "Delivered within 24 months of the review (i.e. by March 2042)",
        "Your own action \u2013 not a demand addressed to governments",
        "Published in the SARR 2040 Pledge Registry (public, searchable)",
    ])),
    ("Who may pledge?", bullets([
        "Any stakeholder other than national governments, active in at least one of the 16 SADC Member States",
        "CSOs, migrant- and diaspora-led groups, trade unions, employers\u2019 organisations",
        "Academia, faith-based organisations, private sector, local authorities, NHRIs",
        "Member States: separate government track (not on this platform)",
        "UN entities: pledge through the Network, not on their own",
        "Individuals: no individual pledges \u2013 join an organisation\u2019s pledge",
        "No fee, no minimum size of organisation",
    ])),
    ("What\u2019s new since the 2036 review", """
<table>
<tr><th></th><th>2036 review</th><th>SARR 2040</th></tr>
<tr><td class="k">Joint pledges</td><td>not possible</td><td><b>allowed: up to 5 organisations, 1 lead pledger</b></td></tr>
<tr><td class="k">Template</td><td>4 pages</td><td><b>1 page</b></td></tr>
<tr><td class="k">Word limit</td><td>500 words</td><td><b>250 words</b></td></tr>
<tr><td class="k">Languages</td><td>English only</td><td><b>English, French or Portuguese</b></td></tr>
<tr><td class="k">Progress reports</td><td>Word form sent by e-mail</td><td><b>online, under \u201cMy pledges\u201d</b></td></tr>
</table>
<p class="small" style="margin-top: 12pt;">Joint pledge = one pledge, one pledge ID; the lead pledger submits it for all partners.</p>
"""),
    ("How to submit \u2013 4 steps", """
<p class="step"><span class="k">1</span>\u00a0 Download the 1-page template (Word or PDF):</p>
<p class="url">www.example.org/unmn-sa/sarr2040/pledge-template</p>
<p class="step"><span class="k">2</span>\u00a0 Draft offline with your partners \u2013 title max. 15 words, pledge text max. 250 words</p>
<p class="step" style="margin-top: 6pt;"><span class="k">3</span>\u00a0 Create an account with your organisation\u2019s e-mail and submit on the Pledge Platform:</p>
<p class="url">https://pledges.example.org/sarr2040</p>
<p class="step"><span class="k">4</span>\u00a0 Confirmation e-mail with your pledge ID (SARR40-0000) within 5 working days</p>
<p class="step" style="margin-top: 10pt;">\u2022 Submit in English, French or Portuguese \u2013 no attachments, logos or photos</p>
<p class="note">Correction: our December flyer said 300 words. The limit is 250.</p>
"""),
    ("Pledge categories \u2013 choose ONE main category", """
<table>
<tr><th>Category</th><th>GCM objectives</th><th>For example</th></tr>
<tr><td class="k">A \u00b7 Data, drivers and information</td><td>1, 2, 3, 4</td><td>data gaps, climate drivers, pre-departure information, legal identity</td></tr>
<tr><td class="k">B \u00b7 Regular pathways and decent work</td><td>5, 6, 18, 22</td><td>fair recruitment, skills recognition, portability of social protection</td></tr>
<tr><td class="k">C \u00b7 Safety, protection and borders</td><td>7 to 14</td><td>missing migrants, trafficking, alternatives to detention, consular help</td></tr>
<tr><td class="k">D \u00b7 Inclusion and public discourse</td><td>15, 16, 17</td><td>access to health and schools, social cohesion, countering xenophobia</td></tr>
<tr><td class="k">E \u00b7 Diaspora, remittances, return and cooperation</td><td>19, 20, 21, 23</td><td>cost of remittances, reintegration, partnerships</td></tr>
</table>
<p class="small" style="margin-top: 12pt;">On the form: 1 main category + tick up to 3 objectives per pledge.</p>
"""),
    ("Example pledge (fictitious)", """
<p class="step"><span class="k">Lead pledger:</span> Copperbelt Domestic Workers\u2019 Union (Kitwe, Zambia)</p>
<p class="step"><span class="k">Joint with:</span> Nchanga Legal Aid Trust (Chingola)</p>
<p class="step"><span class="k">Title:</span> Know your contract: legal clinics for migrant domestic workers</p>
<p class="step"><span class="k">Category:</span> B \u00b7 Objectives 6 and 22</p>
<p class="step"><span class="k">Pledge:</span> We will run 24 monthly legal clinics in Kitwe and Ndola on contracts,
unpaid wages and social security portability.</p>
<p class="step"><span class="k">Indicator:</span> migrant domestic workers advised \u2013 target 600 (2039: 140)</p>
<p class="step"><span class="k">Timeline:</span> April 2040 \u2013 March 2042</p>
<p class="small" style="margin-top: 10pt;">Full text on the template: 112 / 250 words</p>
"""),
    ("Key dates", """
<table class="dates">
<tr><td class="k">Thu 15 Dec</td><td>Pledge Platform opened</td></tr>
<tr><td class="k">Fri 20 Jan, 13:00 CAT</td><td>Online pledge-drafting clinic (Zoom, 60 min)</td></tr>
<tr><td class="k">by Tue 31/01, 23:59 CAT</td><td><b>DEADLINE \u2013 pledges submitted on the Platform</b></td></tr>
<tr><td class="k">Feb 2040</td><td>Secretariat checks pledges, may ask you for clarifications</td></tr>
<tr><td class="k">Wed 29 Feb</td><td>Pledges published in the Pledge Registry</td></tr>
<tr><td class="k">27\u201328 Mar</td><td>SARR 2040, Livingstone</td></tr>
</table>
"""),
    ("At the review: SARR 2040", bullets([
        "Southern Africa Regional Review of the GCM \u2013 Tue 27 &amp; Wed 28 March 2040",
        "Mukuni Ridge Conference Centre, Livingstone, Zambia",
        "\u201cPledging Moment\u201d: Day 2, afternoon plenary",
        "~20 pledgers invited to announce on stage, 60 seconds each",
        "Chosen for a balance of countries and categories",
        "All published pledges shown in the Registry and on screens at the venue",
    ])),
    ("After the review: reporting progress", bullets([
        "One progress report a year, under \u201cMy pledges\u201d on the Platform",
        "Short form: status + max. 150 words + 1 evidence link",
        "Status: on track \u00b7 delayed \u00b7 completed \u00b7 withdrawn",
        "First report due Fri 29 March 2041, then every 12 months",
        "Joint pledge: the lead pledger reports for all partners",
        "No report for 2 cycles \u2192 pledge shown as \u201cinactive\u201d",
        "Final results presented at the next regional review (2044)",
    ])),
    ("Before you click Submit", bullets([
        "One action, one pledge \u2013 not a list of your programmes",
        "A number you can count in 2041",
        "Partners have agreed (joint pledge: written OK from each one)",
        "Within 250 words; acronyms spelled out",
        "Main category + up to 3 objectives ticked",
    ])),
    ("Questions?", """
<p class="step"><span class="k">Stakeholder focal point:</span> Ms Mutinta Hachilala, Stakeholder Engagement Officer,
UNMN-SA Secretariat</p>
<p class="url">m.hachilala@unmn-sa.example</p>
<p class="step"><span class="k">Pledge help desk</span> (accounts, Platform, pledge IDs) \u2013 replies within 3 working days</p>
<p class="url">pledgehelp@unmn-sa.example</p>
<p class="step"><span class="k">Slides + recording of today</span> (online by Fri 6 Jan 2040)</p>
<p class="url">www.example.org/unmn-sa/sarr2040/briefing-27dec</p>
<p class="step"><span class="k">Civil society coordination:</span> SACSCoM \u2013 info@sacscom.example</p>
<p style="font-size: 17pt; color: #c2692b; font-weight: bold; margin-top: 14pt;">Thank you! Zikomo \u00b7 Twalumba \u00b7 Obrigada</p>
"""),
]

TOTAL = len(SLIDES) + 1


def footer(page: pymupdf.Page, number: int, archive: pymupdf.Archive) -> None:
    css = FONT_FACES + " * {font-family: dv;} p {font-size: 8.5pt; color: #5a5a5a; margin: 0;}"
    page.draw_line((MX, 562), (PAGE.width - MX, 562), color=COPPER_RGB, width=0.7)
    page.insert_htmlbox(pymupdf.Rect(MX, 567, 600, 585), f"<p>{FOOTER}</p>", css=css, archive=archive)
    page.insert_htmlbox(pymupdf.Rect(PAGE.width - MX - 80, 567, PAGE.width - MX, 585),
                        f"<p style='text-align: right'>{number} / {TOTAL}</p>", css=css, archive=archive)


def title_slide(doc: pymupdf.Document, archive: pymupdf.Archive) -> None:
    page = doc.new_page(width=PAGE.width, height=PAGE.height)
    page.draw_rect(pymupdf.Rect(0, 0, PAGE.width, 318), color=None, fill=TEAL_RGB)
    page.draw_rect(pymupdf.Rect(0, 318, PAGE.width, 324), color=None, fill=COPPER_RGB)
    page.insert_htmlbox(pymupdf.Rect(MX, 36, PAGE.width - MX, 312), TITLE_SLIDE, css=CSS, archive=archive)
    page.insert_htmlbox(pymupdf.Rect(MX, 342, PAGE.width - MX, 552), TITLE_LOWER, css=CSS, archive=archive)
    footer(page, 1, archive)


def content_slide(doc: pymupdf.Document, archive: pymupdf.Archive, number: int, title: str, body: str) -> None:
    page = doc.new_page(width=PAGE.width, height=PAGE.height)
    page.draw_rect(pymupdf.Rect(0, 0, PAGE.width, 7), color=None, fill=TEAL_RGB)
    page.insert_htmlbox(pymupdf.Rect(PAGE.width - MX - 120, 14, PAGE.width - MX, 30),
                        f"<p style='font-size: 9pt; color: {TEAL}; font-weight: bold; text-align: right'>UNMN-SA</p>",
                        css=CSS, archive=archive)
    page.insert_htmlbox(pymupdf.Rect(MX, 26, PAGE.width - MX - 90, 72),
                        f"<p style='font-size: 25pt; color: {TEAL}; font-weight: bold; margin: 0'>{title}</p>",
                        css=CSS, archive=archive)
    page.draw_line((MX, 76), (MX + 120, 76), color=COPPER_RGB, width=2.4)
    spare, _ = page.insert_htmlbox(pymupdf.Rect(MX, 94, PAGE.width - MX, 552), body, css=CSS, archive=archive)
    if spare < 0:
        raise SystemExit(f"slide {number} ({title}) overflows")
    footer(page, number, archive)


def _decode_unicode(hexstr: str) -> str:
    if len(hexstr) % 4 == 0:
        try:
            return bytes.fromhex(hexstr).decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return chr(int(hexstr, 16))


def _parse_tounicode(text: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            lo, hi, first = int(lo, 16), int(hi, 16), ord(_decode_unicode(dst)[0])
            for i in range(hi - lo + 1):
                mapping[lo + i] = chr(first + i)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(code, 16)] = _decode_unicode(dst)
    return mapping


def _unligature(text: str) -> str:
    """Latin ligature glyphs (U+FB00-FB06: fi, fl, ffi...) -> their letters; anything else unchanged."""
    return "".join(unicodedata.normalize("NFKC", c) if 0xFB00 <= ord(c) <= 0xFB06 else c for c in text)


def fix_tounicode(doc: pymupdf.Document) -> None:
    """Rewrite every ToUnicode CMap so that the fi/fl ligature glyphs extract as plain letters ("fi", "fl"),
    as an office suite's PDF export does."""
    seen = set()
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            continue
        target = int(value.split()[0])
        if target in seen:
            continue
        seen.add(target)
        mapping = _parse_tounicode(doc.xref_stream(target).decode("latin-1"))
        items = sorted((code, _unligature(u)) for code, u in mapping.items())
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{code:04x}> <{u.encode('utf-16-be').hex()}>" for code, u in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        doc.update_stream(target, "\n".join(lines).encode("ascii"))


def main() -> None:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add((FONT_DIR / name).read_bytes(), name)
    doc = pymupdf.open()
    title_slide(doc, archive)
    for number, (title, body) in enumerate(SLIDES, start=2):
        content_slide(doc, archive, number, title, body)
    doc.set_metadata({
        "title": "Make it count: pledging for SARR 2040 - briefing for civil society, Lusaka, 27 December 2039",
        "author": NETWORK,
        "subject": "Pledges for the Southern Africa Regional Review of the Global Compact for Migration (SARR 2040)",
        "creator": "Impress",
        "keywords": "SARR 2040; pledges; Global Compact for Migration; Lusaka; Livingstone; UNMN-SA",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} slides")
    doc.close()


if __name__ == "__main__":
    main()
