"""Writes the held-out test document
tests/heldout/2039-11-15_bangkok-consultation-funded-participants-reimbursement-guidance.pdf.

Held-out DEVELOPMENT document (batch 22, English): a GUIDANCE NOTE FOR FUNDED PARTICIPANTS (travel, daily
subsistence allowance, reimbursement claims), issued in Bangkok on Tuesday, 15 November 2039 by the Grants Unit of
the invented Andaman Civic Mobility Fund (ACMF), which administers the travel grants of the invented Asia-Pacific
Stakeholder Platform on Migration (APSPM) for the "Asia-Pacific Multi-Stakeholder Consultation on the Global Compact
for Migration", Bangkok, Tuesday 21 and Wednesday 22 February 2040, Baan Saeng Conference Centre. Reference
ACMF/BKK40/GN-02, version 2 (replaces version 1 of Friday, 4 November 2039, which gave the claim deadline
incorrectly; the wrong date is not repeated). Everything in it (people, bodies, venue, hotel, travel agency, e-mails,
URLs) is invented.

Content: letterhead, reference / date / version / distribution lines, title block, nine numbered sections:
  1. purpose and scope;
  2. who is funded: 52 participants from 19 countries named in letters of award sent on Friday, 28 October 2039;
     grant personal, not transferable; residents of Greater Bangkok not covered;
  3. air travel: Travel Request Form (Annex B) by Friday, 2 December 2039 to the ACMF travel desk; Lotus Line Travel
     proposes an itinerary within five working days, confirm within 48 hours; e-tickets issued by Monday,
     16 January 2040; economy class whatever the flight duration; self-purchased tickets only with prior written
     agreement, up to the agency's quote; standard arrival Monday 20 February, departure Thursday 23 February 2040;
  4. what the grant covers: a 3-column TABLE (item | how covered | amount): ticket; 3 nights at the Orchid Lane
     Hotel, breakfast included, paid directly; meals and incidentals USD 62 per night (max. USD 186); lunches and
     coffee breaks on 21 and 22 February with no deduction; airport shuttle from Suvarnabhumi on 20 and
     23 February, 08:00-22:00, otherwise taxi reimbursed up to THB 600 per trip on receipt; Thai visa fee at actual
     cost on receipt; full DSA USD 171 per night only with written agreement (footnote: 2040 Bangkok rate); then a
     list of what is NOT covered (travel/health insurance, excess baggage, hotel extras, extra nights for personal
     reasons, accompanying persons, honoraria or lost earnings);
  5. what to keep: every boarding pass, outbound and return; original receipts; keep originals 12 months;
  6. the claim: Form C-2 (Annex A, URL), signed, one PDF, to claims.bkk2040@acmfund.example, subject line
     "BKK2040 claim - [grant number] - [surname]"; deadline Friday, 16 March 2040; late claims not processed; grants
     desk in the venue foyer on both days 08:30-17:00, no payments there;
  7. payment: no cash advances; one bank transfer in US dollars within 30 working days of a complete claim; Thai baht
     on request in box 7 at the UN operational rate of exchange; bank charges split; payment advice by e-mail;
  8. contacts: Mr. Rohan Dissanayake (Travel and Logistics Assistant) travel.bkk2040@acmfund.example; Ms. Kanyarat
     Wongsiri (Grants and Finance Officer) claims.bkk2040@acmfund.example;
  9. frequently asked questions: arriving early / staying on; lost boarding pass (declaration in section 5 of
     Form C-2 + e-ticket receipt, one per claim); paying to an organisation's account; cancellation (at least
     10 days before departure).
Deliberately NOT given: any phone or WhatsApp number; the hotel's address or check-in time; the consultation's
programme or start times; the number of funded participants per country; the name of anyone at Lotus Line Travel;
the amount of the Thai visa fee; the DSA rate of any other year; the name of ACMF's director; a livestream.

PDF: A4, laid out with a PyMuPDF Story (HTML + CSS, built-in sans-serif font), header block on page 1, numbered
headings, one table, a footer (reference, title, "Page X of Y") stamped on every page. URLs and e-mail addresses
are kept on one line (white-space: nowrap). The layout engine sets fi/fl/ff ligatures, so each font's ToUnicode CMap
is rewritten at the end to map the ligature glyphs to plain letters, as a word processor's PDF export does; the text
extracted with page.get_text() then reads "fi", "ff", "ffi" and not U+FB01 etc. The table header has no background
colour (a filled header row is repeated as an empty bar when the table breaks across pages).

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-11-15_bangkok-consultation-funded-participants-reimbursement-guidance.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2039-11-15_bangkok-consultation-funded-participants-reimbursement-guidance"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 56
BODY = pymupdf.Rect(MARGIN_X, 48, PAGE.width - MARGIN_X, PAGE.height - 68)
ACCENT = "#0f5f5a"
GOLD = "#c9a23f"

REFERENCE = "ACMF/BKK40/GN-02"
FUND = "Andaman Civic Mobility Fund"
TRAVEL = '<span class="nw">travel.bkk2040@acmfund.example</span>'
CLAIMS = '<span class="nw">claims.bkk2040@acmfund.example</span>'
FORM_URL = '<span class="nw">https://www.example.org/acmf/bkk2040/claim-form</span>'
TRF_URL = '<span class="nw">https://www.example.org/acmf/bkk2040/travel-request</span>'

CSS = f"""
* {{font-family: sans-serif;}}
body {{font-size: 9.5pt; line-height: 1.38; color: #1c1c1c;}}
p {{margin: 0 0 6pt 0; text-align: justify;}}
.org {{font-size: 13pt; font-weight: bold; color: {ACCENT}; margin: 0 0 1pt 0;}}
.org-sub {{font-size: 8.3pt; color: #4a4a4a; margin: 0 0 1pt 0; text-align: left;}}
.rule {{border-bottom: 1.8pt solid {GOLD}; margin: 3pt 0 7pt 0; font-size: 2pt;}}
.meta {{font-size: 8.5pt; color: #333333; margin: 0 0 1pt 0; text-align: left;}}
.kind {{font-size: 16pt; font-weight: bold; color: {ACCENT}; margin: 12pt 0 3pt 0; text-align: center;}}
h1 {{font-size: 12pt; margin: 0 0 2pt 0; text-align: center; color: #111111;}}
.sub {{font-size: 9.2pt; color: #4a4a4a; margin: 0 0 12pt 0; text-align: center;}}
h2 {{font-size: 11pt; color: {ACCENT}; margin: 11pt 0 4pt 0;}}
.item {{margin: 0 0 3pt 14pt; text-align: left;}}
.q {{margin: 6pt 0 2pt 0; font-weight: bold;}}
.fn {{font-size: 7.8pt; color: #444444; margin: 3pt 0 6pt 0;}}
table {{border-collapse: collapse;}}
.grid th {{font-size: 8.4pt; color: {ACCENT}; padding: 4pt 5pt; text-align: left; border: 0.6pt solid #9bb8b5;
          border-bottom: 1.6pt solid {ACCENT};}}
.grid td {{font-size: 8.3pt; line-height: 1.32; padding: 4pt 5pt; vertical-align: top; border: 0.6pt solid #9bb8b5;}}
.grid td p {{margin: 0; text-align: left;}}
.nw {{white-space: nowrap;}}
.contact {{text-align: left; margin: 0 0 5pt 0;}}
.sign {{margin: 14pt 0 0 0; font-weight: bold;}}
.sign-sub {{font-size: 8.6pt; color: #333333; text-align: left;}}
"""

# (item, how it is covered, amount)
COVER = [
    ("Return air ticket, economy class",
     "Booked and paid by ACMF through Lotus Line Travel (see section 3)",
     "Full cost"),
    ("Hotel room, 3 nights (night of 20 to morning of 23 February 2040), breakfast included",
     "Single room at the Orchid Lane Hotel, a seven-minute walk from the venue, paid by ACMF directly to the hotel",
     "Full cost"),
    ("Meals and incidentals (DSA balance)",
     "Paid to you after the consultation, for each night spent in Bangkok",
     "USD 62 per night (max. USD 186)"),
    ("Lunch and coffee breaks, 21 and 22 February",
     "Provided at the Baan Saeng Conference Centre",
     "No deduction from your DSA"),
    ("Airport transfers",
     "ACMF shuttle from and to Suvarnabhumi Airport on 20 and 23 February, 08:00-22:00; outside these hours, "
     "take a metered taxi",
     "Taxi reimbursed on receipt, up to THB 600 per trip"),
    ("Thai visa fee, if you need a visa",
     "Reimbursed with your claim",
     "Actual cost, on receipt"),
    ("Full DSA<sup>1</sup>",
     "Only where ACMF has agreed in writing, before you travel, that you arrange your own accommodation",
     "USD 171 per night"),
]


def cover_table() -> str:
    head = ('<tr><th width="30%">Item</th><th width="46%">How it is covered</th>'
            '<th width="24%">Amount</th></tr>')
    rows = "".join(
        f"<tr><td><p><b>{item}</b></p></td><td><p>{how}</p></td><td><p>{amount}</p></td></tr>"
        for item, how, amount in COVER
    )
    return f'<table class="grid" width="100%">{head}{rows}</table>'


HTML = f"""
<body>
<p class="org">{FUND}</p>
<p class="org-sub">Grants Unit &#183; Level 9, Kinnaree House, 41 Soi Ratchadamri Yai, Pathum Wan, Bangkok 10330, Thailand</p>
<p class="org-sub">Administering travel grants on behalf of the Asia-Pacific Stakeholder Platform on Migration (APSPM)</p>
<p class="rule">&#160;</p>
<p class="meta">Ref.: {REFERENCE} &#160;&#183;&#160; Bangkok, Tuesday, 15 November 2039</p>
<p class="meta">Version 2. This version replaces the note of Friday, 4 November 2039, which gave the claim deadline
incorrectly (section 6).</p>
<p class="meta">Distribution: funded participants only &#183; Original: English</p>

<p class="kind">Guidance Note for Funded Participants</p>
<h1>Travel, daily subsistence allowance and reimbursement claims</h1>
<p class="sub">Asia-Pacific Multi-Stakeholder Consultation on the Global Compact for Migration<br/>
Bangkok, Tuesday 21 and Wednesday 22 February 2040 &#183; Baan Saeng Conference Centre</p>

<h2>1. Purpose and scope</h2>
<p>This note explains how ACMF covers the travel and stay of funded participants in the Asia-Pacific
Multi-Stakeholder Consultation on the Global Compact for Migration (GCM), convened by APSPM at the Baan Saeng
Conference Centre, 57 Soi Lumphini Klang, Pathum Wan, Bangkok. Please read it before you send your Travel Request
Form.</p>

<h2>2. Who is funded</h2>
<p>This note applies only to the 52 participants from 19 countries of Asia and the Pacific who received a letter of
award from ACMF on Friday, 28 October 2039 (grant numbers BKK40-G-001 to BKK40-G-052). The grant is personal: it
cannot be transferred to a colleague or split between two people. Participants who live in Greater Bangkok are not
covered by this note.</p>

<h2>3. Air travel and booking of tickets</h2>
<p>All tickets are booked by ACMF through its travel agency, Lotus Line Travel Co., Ltd. Send the Travel Request
Form (Annex B, also at {TRF_URL}) to the ACMF travel desk, {TRAVEL}, by Friday, 2 December 2039. Give your name
exactly as it appears in your passport and your preferred departure airport.</p>
<p>Lotus Line Travel will propose an itinerary within five working days. You then have 48 hours to accept it, as fares
are not held longer. E-tickets will be issued by Monday, 16 January 2040. Tickets are in economy class, by the most
direct and economical route, whatever the length of the flight. The standard itinerary arrives in Bangkok on Monday,
20 February and leaves on Thursday, 23 February 2040.</p>
<p>Please do not buy your own ticket. A self-purchased ticket is reimbursed only if ACMF has agreed to it in writing
before the purchase, and then only up to the fare quoted by Lotus Line Travel.</p>

<h2>4. What the grant covers</h2>
<p>Amounts are in US dollars unless stated otherwise.</p>
{cover_table()}
<p class="fn"><sup>1</sup> The full daily subsistence allowance (DSA) rate for Bangkok applied by ACMF in 2040. As the
hotel is paid directly, funded participants normally receive only the balance for meals and incidentals (USD 62).</p>
<p>The grant does <b>not</b> cover:</p>
<p class="item">&#8226; travel or health insurance (please take out your own);</p>
<p class="item">&#8226; excess baggage;</p>
<p class="item">&#8226; hotel extras such as minibar, laundry, room service or telephone, to be settled at check-out;</p>
<p class="item">&#8226; extra nights before or after the consultation for personal reasons;</p>
<p class="item">&#8226; costs of accompanying persons;</p>
<p class="item">&#8226; honoraria or compensation for lost earnings.</p>

<h2>5. What to keep</h2>
<p>Keep every boarding pass, for every leg of the outbound and the return journey (paper, or a screenshot of the
electronic pass), and the original receipts for taxis and for your visa. Without boarding passes no DSA can be paid.
Keep the originals for 12 months after the consultation, for audit.</p>

<h2>6. The claim</h2>
<p>After you return, complete the Travel and Subsistence Claim Form (Form C-2, Annex A, also at {FORM_URL}), sign it
and scan it together with your boarding passes and receipts as one PDF file. Send it to {CLAIMS} with the subject
line "BKK2040 claim - [grant number] - [surname]".</p>
<p>The deadline for claims is Friday, 16 March 2040. Claims received after that date will not be processed.
ACMF staff will be at the grants desk in the foyer of the Baan Saeng Conference Centre on both days, from 08:30 to
17:00, to check forms with you; no payments are made at the desk.</p>

<h2>7. How and when you are paid</h2>
<p>No cash advances are paid in Bangkok. Your DSA, taxi and visa costs are paid together in one bank transfer in US
dollars within 30 working days of receipt of a complete claim. Incomplete claims are returned, and the 30 days
count from the date the claim is complete. If your bank cannot receive US dollars, you may ask in box 7 of the form
to be paid in Thai baht at the UN operational rate of exchange on the date of payment. ACMF pays its own bank's
charges; charges of intermediary and receiving banks are borne by the payee. A payment advice is sent by e-mail on
the day of the transfer.</p>

<h2>8. Contacts</h2>
<p class="contact"><b>Tickets, itineraries and airport transfers:</b> Mr. Rohan Dissanayake, Travel and Logistics
Assistant, ACMF<br/>E-mail: {TRAVEL}</p>
<p class="contact"><b>Claims and payments:</b> Ms. Kanyarat Wongsiri, Grants and Finance Officer, ACMF<br/>E-mail:
{CLAIMS}</p>
<p>Please quote your grant number in every message.</p>

<h2>9. Frequently asked questions</h2>
<p class="q">Can I arrive earlier or stay on after the consultation?</p>
<p>Yes, at your own cost. Say so in your Travel Request Form; your dates are accepted only if the fare is not higher.
ACMF does not pay the hotel or DSA for the extra nights.</p>
<p class="q">I have lost a boarding pass. What do I do?</p>
<p>Complete the lost boarding pass declaration in section 5 of Form C-2 and attach your e-ticket receipt. Only one
such declaration is accepted per claim.</p>
<p class="q">Can the payment go to my organisation's account?</p>
<p>Yes, if you attach a letter signed by the head of the organisation confirming the account details.</p>
<p class="q">What if I can no longer attend?</p>
<p>Tell the travel desk at once, and in any case at least 10 days before departure. If you cancel without a serious
reason after the ticket has been issued, ACMF may ask your organisation to refund the cost of a non-refundable
ticket.</p>

<p class="sign">Grants Unit</p>
<p class="sign-sub">{FUND}, Bangkok</p>
</body>
"""

FOOTER = f"{REFERENCE} \u00b7 Guidance note for funded participants \u00b7 Bangkok consultation, 21-22 February 2040"


def layout() -> pymupdf.Document:
    story = pymupdf.Story(html=HTML, user_css=CSS)
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


def stamp(doc: pymupdf.Document) -> None:
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        y = PAGE.height - 50
        page.draw_line((left, y - 10), (right, y - 10), color=(0.79, 0.64, 0.25), width=0.6)
        page.insert_text((left, y), FOOTER, fontname="helv", fontsize=7.2, color=(0.32, 0.32, 0.32))
        label = f"Page {number} of {total}"
        width = pymupdf.get_text_length(label, fontname="helv", fontsize=7.2)
        page.insert_text((right - width, y), label, fontname="helv", fontsize=7.2, color=(0.32, 0.32, 0.32))


def _decode(hexstr: str) -> str:
    return bytes.fromhex(hexstr).decode("utf-16-be") if len(hexstr) % 4 == 0 else chr(int(hexstr, 16))


def _parse_tounicode(text: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            lo, hi, first = int(lo, 16), int(hi, 16), ord(_decode(dst)[0])
            for i in range(hi - lo + 1):
                mapping[lo + i] = chr(first + i)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(code, 16)] = _decode(dst)
    return mapping


def fix_ligatures(doc: pymupdf.Document) -> None:
    """Rewrite ToUnicode CMaps so that ligature glyphs (U+FB00-FB06: fi, fl, ff, ffi...) extract as plain letters,
    as a word processor's PDF export does."""
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
        items = sorted((code, unicodedata.normalize("NFKC", u) if u and 0xFB00 <= ord(u[0]) <= 0xFB06 else u)
                       for code, u in mapping.items())
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
    doc = layout()
    stamp(doc)
    doc.set_metadata({
        "title": "Guidance note for funded participants: travel, DSA and reimbursement claims - "
                 "Asia-Pacific Multi-Stakeholder Consultation on the GCM, Bangkok, 21-22 February 2040",
        "author": f"{FUND} - Grants Unit",
        "subject": "Travel grants, daily subsistence allowance and claims for funded participants",
        "creator": f"{FUND}",
        "keywords": "GCM; Bangkok; funded participants; DSA; reimbursement; claim form; travel grant",
    })
    doc.subset_fonts()
    fix_ligatures(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
