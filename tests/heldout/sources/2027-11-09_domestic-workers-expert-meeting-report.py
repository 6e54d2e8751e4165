"""Write tests/heldout/2027-11-09_domestic-workers-expert-meeting-report.pdf.

A draft ESCWA-style meeting report (English) of the Regional Expert Group Meeting on Women Migrant Domestic
Workers in the Arab Region (UN House, Beirut, 9-10 November 2027): a cover page with the symbol and distribution
lines, summary and contents, then two columns of numbered paragraphs that flow across columns and pages, a
running header with the symbol, a page-number footer, footnotes at the foot of the page where they are called,
a few words hyphenated at line ends (soft hyphens), and an annex table of participants by stakeholder group.

Run from the repository root:  .venv/bin/python tests/heldout/sources/2027-11-09_domestic-workers-expert-meeting-report.py
"""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf

STEM = "2027-11-09_domestic-workers-expert-meeting-report"
OUT = Path(__file__).resolve().parent.parent / f"{STEM}.pdf"
SYMBOL = "E/ESCWA/SDD/2027/WG.3/Report"

# A4 geometry (points)
W, H = 595.28, 841.89
LEFT, RIGHT = 64, 531
GUTTER = 20
COL_W = (RIGHT - LEFT - GUTTER) / 2
BODY_TOP = 78
BODY_BOTTOM = 782
FOOT_GAP = 12

CSS = """
body {font-family: Times; font-size: 10pt; line-height: 1.22;}
p {margin: 0 0 6pt 0; text-align: left;}
p.np {}
p.sub {margin-left: 22pt; text-indent: -18pt;}
p.subc {margin-left: 22pt;}
p.rec {margin-left: 22pt; text-indent: -16pt;}
p.recc {margin-left: 22pt;}
p.mod {margin-left: 10pt;}
h1 {font-size: 10.5pt; font-weight: bold; margin: 8pt 0 6pt 0;}
h2 {font-size: 10pt; font-weight: bold; margin: 6pt 0 5pt 0;}
sup {font-size: 6.5pt;}
p.fn {font-size: 8pt; margin: 0 0 2pt 0; line-height: 1.15;}
"""

# ---------------------------------------------------------------- content

FOOTNOTES = {
    1: "ILO, <i>Domestic Workers in the Arab States: Regional Estimates for 2025</i> (Beirut, ILO Regional "
       "Office for Arab States, 2026), table 1. The estimate covers the 12 Arab States for which labour force "
       "survey data are available; figures are rounded to the nearest 100,000.",
    2: "In particular objective 6 (facilitate fair and ethical recruitment and safeguard conditions that ensure "
       "decent work), objective 7 (address and reduce vulnerabilities in migration) and objective 22 (establish "
       "mechanisms for the portability of social security entitlements and earned benefits).",
    3: "See the report of that consultation, document E/ESCWA/SDD/2025/WG.2/Report.",
    4: "UN Women, <i>Behind Closed Doors: A Survey of Women Migrant Domestic Workers in Jordan and Lebanon</i> "
       "(Amman, UN Women Regional Office for Arab States, 2027). Fieldwork took place between March and June 2026.",
}

# kinds: h1, h2, np (numbered paragraph), sub ((a), (b)... item), rec (recommendation), mod (plain indented)
BLOCKS: list[tuple[str, str]] = [
    ("h1", "Introduction"),
    ("np", "Women make up a large and growing share of the migrant workers employed in private households in the "
           "Arab region. According to the most recent estimates of the International Labour Organization (ILO), "
           "some 6.2 million domestic workers were employed in the Arab States in 2025,<sup>1</sup> of whom 63 per "
           "cent were women; the vast majority of them were migrants from Africa and Asia. Many work under "
           "sponsorship (<i>kafala</i>) arrangements that tie their residence status to a single employer, and most "
           "remain excluded, in law or in practice, from the protection of national labour codes."),
    ("np", "In this context, the Regional United Nations Network on Migration for the Arab Region organized, "
           "together with ILO, the United Nations Entity for Gender Equality and the Empowerment of Women (UN "
           "Women) and the Economic and Social Commission for Western Asia (ESCWA), the Regional Expert Group "
           "Meeting on Women Migrant Domestic Workers in the Arab Region. The meeting was held at the UN House in "
           "Beirut on 9 and 10 November 2027. It served as a thematic input to the third regional review of the "
           "Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region<sup>2</sup> and built "
           "on the regional consultation on labour migration governance held in Amman in 2025.<sup>3</sup>"),
    ("np", "The objectives of the meeting were:"),
    ("sub", "(a)&#160;&#160;To take stock of the legal and policy reforms adopted since 2022 concerning women "
            "migrant domestic workers, in countries of destination and of origin;"),
    ("sub", "(b)&#160;&#160;To identify persisting protection gaps across the migration cycle, from recruitment to "
            "employment, termination and return;"),
    ("sub", "(c)&#160;&#160;To agree on key messages and recommendations for the regional review report and for the "
            "2030 International Migration Review Forum."),

    ("h1", "I.&#160;&#160;Key messages and recommendations"),
    ("h2", "A.&#160;&#160;Key messages"),
    ("np", "Participants agreed on the following key messages:"),
    ("sub", "(a)&#160;&#160;Domestic work is work. Women migrant domestic workers should enjoy the same labour "
            "protections as other workers, including limits on daily working hours, a weekly rest day and a "
            "minimum wage set through social dialogue;"),
    ("sub", "(b)&#160;&#160;The sponsorship system remains the main driver of vulnerability, as it restricts the "
            "ability of workers to change employer or to leave the country without the consent of the employer;"),
    ("sub", "(c)&#160;&#160;Recruitment fees and related costs are still charged to workers in many countries of "
            "origin, in breach of the employer-pays principle, and often lead to debt bondage;"),
    ("sub", "(d)&#160;&#160;Reliable, sex-disaggregated data on domestic workers remain scarce, which hampers policy "
            "design and the monitoring of GCM implementation;"),
    ("sub", "(e)&#160;&#160;Reforms adopted on paper are not always implemented: labour inspection in private "
            "households and access to complaint mechanisms must be strengthened, and domestic workers’ own "
            "organizations should be consulted at every stage."),
    ("h2", "B.&#160;&#160;Recommendations"),
    ("np", "The meeting adopted the following eight recommendations, addressed to the governments of countries of "
           "destination and of origin, with the support of the United Nations system:"),
    ("rec", "1.&#160;&#160;&#160;Include domestic workers in the scope of national labour laws, or adopt dedicated "
            "legislation granting equivalent protection, in line with the Domestic Workers Convention, 2011 "
            "(No. 189)."),
    ("rec", "2.&#160;&#160;&#160;Allow domestic workers to change employer without the consent of the employer at "
            "the end of the contract or in cases of abuse, and abolish exit permit requirements."),
    ("rec", "3.&#160;&#160;&#160;Enforce the employer-pays principle so that no recruitment fees or related costs "
            "are charged to workers, and license and monitor private recruitment agencies."),
    ("rec", "4.&#160;&#160;&#160;Adopt a unified standard contract in a language the worker understands, and "
            "register it with the competent ministry before departure."),
    ("rec", "5.&#160;&#160;&#160;Extend wage protection systems and social security, including maternity protection "
            "and end-of-service benefits, to all domestic workers."),
    ("rec", "6.&#160;&#160;&#160;Guarantee the right of every worker to keep her own passport and identity "
            "documents, and sanction employers who withhold them."),
    ("rec", "7.&#160;&#160;&#160;Establish multilingual complaint hotlines and shelters, and ensure access to free "
            "legal aid and interpretation before labour courts."),
    ("rec", "8.&#160;&#160;&#160;Collect and publish sex-disaggregated administrative data on domestic workers at "
            "least once a year, in cooperation with national statistical offices."),
    ("np", "Participants asked that recommendations 2 and 6 be given priority in the regional review report, in the "
           "light of the evidence on document confiscation presented in session 3 (see paragraph 17 below)."),

    ("h1", "II.&#160;&#160;Summary of discussions"),
    ("h2", "A.&#160;&#160;Opening session"),
    ("np", "The meeting was opened by Dr. Karim Nassereddine, Director of the Social Development Division, ESCWA, "
           "on behalf of the Executive Secretary of ESCWA. He recalled that the regional review offered an "
           "opportunity to bring the voices of domestic workers themselves into intergovernmental discussions, "
           "and that the GCM called on States to protect migrants in all sectors, including the informal economy."),
    ("np", "H.E. Ms. Hala Dajani, Ambassador of the Hashemite Kingdom of Jordan to Lebanon, spoke on behalf of the GCM "
           "Champion countries of the region. She presented the amendments to the Jordanian regulation on domestic "
           "workers adopted in 2026, which introduced a weekly rest day of 24 consecutive hours and a "
           "standard contract translated into six languages."),
    ("np", "Ms. Nadia Obeid, Director-General of Labour, delivered a statement on behalf of the Minister of Labour of "
           "Lebanon. She outlined the work of the tripartite committee on the unified standard contract and the "
           "planned extension of labour inspection to private households, and thanked the co-organizers for "
           "holding the meeting in Beirut."),
    ("np", "Mr. Anders Lindqvist, Deputy Regional Director, ILO Regional Office for Arab States, and Ms. Farah "
           "Al-Masri, Deputy Regional Director, UN Women Regional Office for Arab States, delivered joint remarks "
           "on behalf of the co-organizers. They urged States of the region to consider ratifying Convention "
           "No. 189 and stressed that gender-responsive migration governance was a guiding principle of the GCM."),
    ("h2", "B.&#160;&#160;Session 1: Fair recruitment, contracts and labour mobility"),
    ("mod", "<i>Moderator</i>: Ms. Rania Jaber, Senior Migration Specialist, ILO Regional Office for Arab States"),
    ("mod", "<i>Panellists</i>: Mr. Ahmed Al-Rashidi, Public Authority for Manpower, Kuwait; Ms. Ana Liza Bautista, "
            "Labour Attaché, Migrant Workers Office of the Philippines in Beirut; Ms. Banchi Tesfaye, founding member "
            "of the Alliance of Migrant Domestic Workers in Lebanon"),
    ("np", "Mr. Al-Rashidi presented the online platform through which contracts of domestic workers in Kuwait are "
           "registered and wages can be paid by bank transfer. Ms. Bautista described the pre-departure "
           "orientation seminars provided to Filipino workers and the bilateral labour agreements that set out "
           "the obligations of employers and recruitment agencies."),
    ("np", "Ms. Tesfaye reported that most members of the Alliance had paid recruitment fees equal to between two and "
           "four months of wages before leaving Ethiopia, and that many had signed a second contract on arrival "
           "that differed from the one signed at home. Participants agreed that contract substitution should be "
           "treated as a form of deception and sanctioned accordingly."),
    ("np", "In the discussion, several participants noted that the right to change employer, where it exists, is "
           "often conditioned on the completion of a two-year contract, and that workers who leave an abusive "
           "employer are frequently reported as having absconded, which exposes them to arrest and deportation."),
    ("h2", "C.&#160;&#160;Session 2: Wages, working time and social protection"),
    ("mod", "<i>Moderator</i>: Dr. Salwa Ben Amor, Social Affairs Officer, Social Development Division, ESCWA"),
    ("mod", "<i>Panellists</i>: Mr. Omar Al-Khatib, Director of Domestic Workers’ Affairs, Ministry of Labour of "
            "Jordan; Ms. Chandani Perera, Deputy General Manager, Sri Lanka Bureau of Foreign Employment; Dr. Meriem "
            "Lahlou, labour law expert and researcher"),
    ("np", "Dr. Lahlou presented a review of the legislation of 12 Arab States. Only three of them set a maximum "
           "number of daily working hours for domestic workers, and none provided for the payment of overtime. Live-in "
           "workers interviewed for the review reported working 14 hours a day on average, often without a full day "
           "of rest."),
    ("np", "Mr. Al-Khatib explained that Jordan had made the payment of wages through bank accounts or electronic "
           "wallets compulsory for domestic workers in 2026. Ms. Perera described the insurance scheme of the Sri "
           "Lanka Bureau of Foreign Employment, which covers death, disability and repatriation costs, and the "
           "difficulties of paying benefits to workers who return before the end of their contract."),
    ("np", "Participants agreed that a minimum wage for domestic workers should be set through social dialogue in each "
           "country of destination, and that its level should not depend on the nationality of the worker. They "
           "did not agree on a common regional benchmark, and asked ILO to prepare a background note on wage "
           "setting in the sector."),
    ("h2", "D.&#160;&#160;Session 3: Access to justice and protection from violence"),
    ("mod", "<i>Moderator</i>: Ms. Joumana Fares, Programme Specialist, UN Women Regional Office for Arab States"),
    ("mod", "<i>Panellists</i>: Ms. Hiba Saad, lawyer, Beirut Legal Aid Collective; Mr. Khalid Al-Mannai, Head of the "
            "Complaints Unit, National Human Rights Committee, Qatar; Ms. Sunita Rai, regional coordinator, "
            "International Domestic Workers Federation"),
    ("np", "Ms. Fares presented the findings of a UN Women survey of 1,240 women migrant domestic workers in Jordan "
           "and Lebanon.<sup>4</sup> In that survey, 38 per cent of respondents said that their employer kept their "
           "passport, and fewer than one in five knew of a complaint mechanism they could use."),
    ("np", "Ms. Saad described the obstacles faced by workers who bring a case before the labour courts, in "
           "particular the length of the proceedings, the lack of interpretation and the loss of legal residence "
           "while a case is pending. Mr. Al-Mannai reported that his Committee had received 214 complaints from "
           "domestic workers in 2026, mostly concerning unpaid wages and the withholding of documents."),
    ("np", "Ms. Rai called for shelters run with the participation of domestic workers’ organizations and for "
           "protocols between the police, health services and embassies of countries of origin, so that survivors of "
           "violence are referred to services rather than detained for breach of their residence status."),
    ("h2", "E.&#160;&#160;Closing session"),
    ("np", "In their closing remarks, Ms. Farah Al-Masri and Dr. Karim Nassereddine thanked the panellists, and in "
           "particular the domestic workers who had spoken in their own name, and recalled that the key messages and "
           "recommendations would be reflected in the regional review report."),

    ("h1", "III.&#160;&#160;Next steps"),
    ("np", "Participants are invited to send comments on the present draft report by Friday 3 December 2027 to "
           "dwm-report@arabmigration-network.example. The final report will then be issued and posted on the "
           "website of the Regional Network."),
    ("np", "The co-organizers will prepare a regional compilation of good practices on the protection of women migrant "
           "domestic workers. Governments, workers’ and employers’ organizations, domestic workers’ associations and "
           "civil society organizations are invited to submit good practices, using the template circulated at "
           "the meeting, no later than Friday 14 January 2028."),
    ("np", "A follow-up online meeting will be held on Wednesday 15 December 2027, from 11:00 to 12:30 Beirut time "
           "(GMT+2), to review the comments received and agree on the structure of the compilation. The link will be "
           "sent to registered participants one week in advance."),
    ("np", "The key messages and recommendations will be presented at the third regional review of the GCM in the "
           "Arab region, to be held in 2028 (dates to be confirmed)."),
    ("np", "For any queries, please contact Ms. Dima Khalil, Social Affairs Officer, Social Development Division, "
           "ESCWA, at dima.khalil@escwa.example."),

    ("h1", "IV.&#160;&#160;Organization of work"),
    ("h2", "A.&#160;&#160;Date and venue"),
    ("np", "The meeting took place on Tuesday 9 and Wednesday 10 November 2027 at the UN House, Riad El Solh Square, "
           "Beirut. Participants travelling from abroad were accommodated at a hotel within walking distance of the "
           "venue, booked by the organizers."),
    ("h2", "B.&#160;&#160;Participants"),
    ("np", "The meeting brought together 64 participants, 41 of them women, from 13 countries: representatives of "
           "eight Arab States and of five countries of origin, United Nations entities, workers’ and employers’ "
           "organizations, domestic workers’ associations, civil society, national human rights institutions and "
           "academia. A summary of the list of participants by stakeholder group is contained in the annex."),
    ("h2", "C.&#160;&#160;Languages and funding"),
    ("np", "The meeting was conducted in Arabic and English, with simultaneous interpretation. Whispered "
           "interpretation into Amharic was provided on request for domestic worker participants."),
    ("np", "The meeting received funding from the Migration Multi-Partner Trust Fund (MPTF), with additional "
           "support from the joint ILO and UN Women regional programme on women’s labour migration."),
    ("h2", "D.&#160;&#160;Evaluation"),
    ("np", "Of the 47 participants who returned the evaluation questionnaire, 89 per cent rated the meeting as good "
           "or excellent. Several respondents asked that future meetings devote more time to working groups."),
]

ANNEX_ROWS = [
    ("Member States \u2013 countries of destination (8 Arab States)", 22, 11),
    ("Member States \u2013 countries of origin (5 countries)", 6, 3),
    ("United Nations entities", 12, 9),
    ("Trade unions and domestic workers\u2019 organizations", 8, 7),
    ("Employers\u2019 organizations and recruitment agencies", 4, 1),
    ("Civil society organizations", 7, 6),
    ("National human rights institutions", 2, 2),
    ("Academia and independent experts", 3, 2),
]


# ---------------------------------------------------------------- layout helpers

_scratch = pymupdf.open()


def fits(width: float, height: float, html: str) -> bool:
    page = _scratch.new_page(width=W, height=H)
    spare, _ = page.insert_htmlbox(pymupdf.Rect(0, 0, width, height), html, css=CSS, scale_low=1)
    return spare >= 0


def measure(width: float, html: str) -> float:
    page = _scratch.new_page(width=W, height=H)
    spare, _ = page.insert_htmlbox(pymupdf.Rect(0, 0, width, 700), html, css=CSS, scale_low=1)
    return 700 - spare


def tokens(text: str) -> list[str]:
    """Split at spaces that are not inside an open inline element."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(text):
        if text[i] == "<":
            j = text.index(">", i)
            tag = text[i:j + 1]
            depth += -1 if tag.startswith("</") else 1
            cur += tag
            i = j + 1
            continue
        if text[i] == " " and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += text[i]
        i += 1
    out.append(cur)
    return out


HYPHENATE = {
    "arrangements": "arrange&shy;ments", "orientation": "orien&shy;tation", "tripartite": "tri&shy;partite",
    "participation": "partici&shy;pation", "deportation": "depor&shy;tation", "questionnaire": "question&shy;naire",
}


def hyphenate(text: str) -> str:
    """Soft hyphens (discretionary breaks) in long words, outside tags and e-mail addresses."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        return HYPHENATE.get(word, word)
    parts = re.split(r"(<[^>]+>|\S+@\S+)", text)
    return "".join(p if (p.startswith("<") or "@" in p) else re.sub(r"[A-Za-z]+", fix, p) for p in parts)


CONT = {"np": "np", "sub": "subc", "rec": "recc", "mod": "mod", "subc": "subc", "recc": "recc"}


def render(kind: str, text: str, number: int | None = None) -> str:
    if kind in ("h1", "h2"):
        return f"<{kind}>{text}</{kind}>"
    text = hyphenate(text)
    if kind == "np" and number is not None:
        text = f"{number}.&#160;&#160;&#160;&#160;{text}"
    return f'<p class="{kind}">{text}</p>'


def layout(col_bottoms: list[float] | None):
    """Flow the blocks into columns. Returns pages: list of [col_html_left, col_html_right], plus heading pages."""
    items = []
    number = 0
    for kind, text in BLOCKS:
        if kind == "np":
            number += 1
            items.append((kind, text, number))
        else:
            items.append((kind, text, None))
    pages: list[list[str]] = []
    headings: list[tuple[str, int, int | None]] = []  # (text, page index, first para number)
    queue = list(items)
    pending_heading_nums = []
    page_i = 0
    while queue:
        bottom = col_bottoms[page_i] if col_bottoms and page_i < len(col_bottoms) else BODY_BOTTOM
        height = bottom - BODY_TOP
        cols = []
        for _col in range(2):
            html = ""
            while queue:
                kind, text, num = queue[0]
                block = render(kind, text, num)
                if kind in ("h1", "h2"):
                    # keep with next: heading plus the first ~3 lines of the following block
                    nk, nt, nn = queue[1]
                    probe = render(nk, " ".join(tokens(nt)[:18]), nn)
                    if fits(COL_W, height, html + block + probe):
                        html += block
                        queue.pop(0)
                        if kind == "h1":
                            headings.append((text, page_i, None))
                        continue
                    break
                if fits(COL_W, height, html + block):
                    html += block
                    queue.pop(0)
                    continue
                # split the paragraph by words
                toks = tokens(text)
                lo, hi = 0, len(toks) - 1
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if fits(COL_W, height, html + render(kind, " ".join(toks[:mid]), num)):
                        lo = mid
                    else:
                        hi = mid - 1
                if lo >= 10 and len(toks) - lo >= 6:
                    html += render(kind, " ".join(toks[:lo]), num)
                    queue[0] = (CONT[kind], " ".join(toks[lo:]), None)
                break
            cols.append(html)
        pages.append(cols)
        page_i += 1
    return pages, headings


def footnote_html(n: int) -> str:
    return f'<p class="fn"><sup>{n}</sup>&#160;{FOOTNOTES[n]}</p>'


def plan():
    bottoms = None
    for _ in range(8):
        pages, headings = layout(bottoms)
        notes = []
        for cols in pages:
            notes.append([int(m) for m in re.findall(r"<sup>(\d+)</sup>", "".join(cols))])
        new_bottoms = []
        for ns in notes:
            if ns:
                h = measure(RIGHT - LEFT, "".join(footnote_html(n) for n in ns))
                new_bottoms.append(BODY_BOTTOM - h - FOOT_GAP)
            else:
                new_bottoms.append(BODY_BOTTOM)
        if new_bottoms == bottoms:
            return pages, notes, headings
        bottoms = new_bottoms
    return pages, notes, headings


# ---------------------------------------------------------------- drawing

def header(page: pymupdf.Page, number: int) -> None:
    align = "right" if number % 2 else "left"
    page.insert_htmlbox(pymupdf.Rect(LEFT, 38, RIGHT, 54),
                        f'<p style="text-align:{align}; font-size:9pt; margin:0"><b>{SYMBOL}</b></p>', css=CSS)
    page.draw_line((LEFT, 57), (RIGHT, 57), width=0.6)


def footer(page: pymupdf.Page, number: int) -> None:
    page.insert_htmlbox(pymupdf.Rect(LEFT, 800, RIGHT, 816),
                        f'<p style="text-align:center; font-size:9pt; margin:0">-{number}-</p>', css=CSS)


def draw_footnotes(page: pymupdf.Page, ns: list[int]) -> None:
    html = "".join(footnote_html(n) for n in ns)
    h = measure(RIGHT - LEFT, html)
    top = BODY_BOTTOM - h
    page.draw_line((LEFT, top - 5), (LEFT + 110, top - 5), width=0.5)
    page.insert_htmlbox(pymupdf.Rect(LEFT, top, RIGHT, BODY_BOTTOM + 2), html, css=CSS, scale_low=1)


def cover(page: pymupdf.Page, contents: list[tuple[str, str, int]]) -> None:
    page.insert_htmlbox(pymupdf.Rect(LEFT, 40, 300, 80),
                        '<p style="font-size:12pt; margin:0"><b>UNITED NATIONS</b></p>', css=CSS)
    page.insert_htmlbox(pymupdf.Rect(320, 40, RIGHT, 110),
                        f'<p style="text-align:right; font-size:12pt; margin:0 0 4pt 0"><b>{SYMBOL}</b></p>'
                        '<p style="text-align:right; margin:0">Distr.: Limited</p>'
                        '<p style="text-align:right; margin:0">19 November 2027</p>'
                        '<p style="text-align:right; margin:0">Original: English</p>', css=CSS)
    page.draw_line((LEFT, 114), (RIGHT, 114), width=1.2)
    page.insert_htmlbox(pymupdf.Rect(LEFT, 120, RIGHT, 160),
                        '<p style="font-size:11pt; margin:0"><b>Economic and Social Commission for Western Asia</b></p>'
                        '<p style="margin:0">Regional United Nations Network on Migration for the Arab Region</p>',
                        css=CSS)
    page.insert_htmlbox(pymupdf.Rect(LEFT + 30, 185, RIGHT - 30, 290),
                        '<p style="text-align:center; font-size:15pt; line-height:1.25"><b>Report of the Regional '
                        'Expert Group Meeting on Women Migrant Domestic Workers in the Arab Region</b></p>'
                        '<p style="text-align:center; font-size:11pt">UN House, Beirut, 9-10 November 2027</p>',
                        css=CSS)
    page.insert_htmlbox(pymupdf.Rect(LEFT, 292, RIGHT, 310),
                        '<p style="text-align:center; font-style:italic; font-size:9.5pt">Draft circulated to '
                        'participants for comments</p>', css=CSS)
    page.draw_rect(pymupdf.Rect(LEFT, 318, RIGHT, 468), width=0.6)
    page.insert_htmlbox(pymupdf.Rect(LEFT + 12, 326, RIGHT - 12, 466),
                        '<p style="text-align:center; margin:0 0 6pt 0"><b>Summary</b></p>'
                        '<p>The Regional United Nations Network on Migration for the Arab Region, with the '
                        'International Labour Organization, UN Women and the Economic and Social Commission for '
                        'Western Asia, convened the Regional Expert Group Meeting on Women Migrant Domestic Workers '
                        'in the Arab Region to review progress and gaps in the protection of women migrant domestic '
                        'workers under the Global Compact for Safe, Orderly and Regular Migration, as an input to the '
                        'third regional review of the Compact in the Arab region.</p>'
                        '<p>The present report summarizes the discussions, the key messages and the eight '
                        'recommendations adopted by participants, as well as the agreed next steps. It is '
                        'circulated in draft form; participants may send comments as indicated in chapter III.</p>',
                        css=CSS, scale_low=1)
    rows = "".join(
        f'<tr><td style="padding:2pt 0">{title}</td><td style="text-align:right; padding:2pt 8pt">{paras}</td>'
        f'<td style="text-align:right; padding:2pt 0">{pg}</td></tr>' for title, paras, pg in contents)
    page.insert_htmlbox(pymupdf.Rect(LEFT, 486, RIGHT, 760),
                        '<p style="text-align:center; margin:0 0 6pt 0"><b>Contents</b></p>'
                        '<table style="width:100%"><tr><td></td><td style="text-align:right; padding:2pt 8pt">'
                        '<i>Paragraphs</i></td><td style="text-align:right"><i>Page</i></td></tr>'
                        f'{rows}</table>', css=CSS, scale_low=1)
    page.insert_htmlbox(pymupdf.Rect(LEFT, 792, 300, 808),
                        '<p style="font-size:8pt; margin:0">27-01462</p>', css=CSS)
    page.insert_htmlbox(pymupdf.Rect(LEFT, 800, RIGHT, 816),
                        '<p style="text-align:center; font-size:9pt; margin:0">-1-</p>', css=CSS)


def annex(page: pymupdf.Page) -> None:
    rows = "".join(
        f"<tr><td>{g}</td><td style='text-align:right'>{p}</td><td style='text-align:right'>{w}</td></tr>"
        for g, p, w in ANNEX_ROWS)
    tp = sum(r[1] for r in ANNEX_ROWS)
    tw = sum(r[2] for r in ANNEX_ROWS)
    html = (
        '<p style="text-align:center; font-size:11pt; margin:0 0 4pt 0"><b>Annex</b></p>'
        '<p style="text-align:center; font-size:11pt; margin:0 0 14pt 0"><b>List of participants</b></p>'
        '<p style="text-align:center; margin:0 0 10pt 0"><i>Summary by stakeholder group</i></p>'
        '<table style="width:100%; border-collapse:collapse">'
        '<tr><th style="text-align:left; border-top:1pt solid black; border-bottom:0.5pt solid black; '
        'padding:3pt">Stakeholder group</th><th style="text-align:right; border-top:1pt solid black; '
        'border-bottom:0.5pt solid black; padding:3pt">Participants</th><th style="text-align:right; '
        'border-top:1pt solid black; border-bottom:0.5pt solid black; padding:3pt">Of whom women</th></tr>'
        + rows
        + f"<tr><td style='border-top:0.5pt solid black; border-bottom:1pt solid black'><b>Total</b></td>"
          f"<td style='text-align:right; border-top:0.5pt solid black; border-bottom:1pt solid black'><b>{tp}</b></td>"
          f"<td style='text-align:right; border-top:0.5pt solid black; border-bottom:1pt solid black'><b>{tw}</b></td></tr>"
        "</table>"
        '<p style="font-size:8.5pt; margin-top:10pt"><i>Note</i>: Participants came from 13 countries. Domestic workers '
        'who spoke in their own name are counted under trade unions and domestic workers\u2019 organizations. The '
        'full list of participants, with names and affiliations, is available from the secretariat on request.</p>'
    )
    page.insert_htmlbox(pymupdf.Rect(LEFT + 20, BODY_TOP + 10, RIGHT - 20, 600), html, css=CSS, scale_low=1)


def main() -> None:
    pages, notes, headings = plan()
    doc = pymupdf.open()
    doc.new_page(width=W, height=H)  # cover, drawn last (needs page numbers)
    for i, (cols, ns) in enumerate(zip(pages, notes)):
        page = doc.new_page(width=W, height=H)
        number = i + 2
        header(page, number)
        bottom = BODY_BOTTOM
        if ns:
            bottom = BODY_BOTTOM - measure(RIGHT - LEFT, "".join(footnote_html(n) for n in ns)) - FOOT_GAP
        for c, html in enumerate(cols):
            x0 = LEFT + c * (COL_W + GUTTER)
            if html:
                spare, _ = page.insert_htmlbox(pymupdf.Rect(x0, BODY_TOP, x0 + COL_W, bottom), html, css=CSS,
                                               scale_low=1)
                assert spare >= 0, (number, c)
        if ns:
            draw_footnotes(page, ns)
        footer(page, number)
    last = doc.new_page(width=W, height=H)
    header(last, len(pages) + 2)
    annex(last)
    footer(last, len(pages) + 2)

    # contents: chapter titles with paragraph ranges and pages
    para_of_chapter = []
    number = 0
    current = None
    for kind, text in BLOCKS:
        if kind == "h1":
            current = [text, None, None]
            para_of_chapter.append(current)
        elif kind == "np":
            number += 1
            if current[1] is None:
                current[1] = number
            current[2] = number
    contents = []
    for (title, pidx, _), (_, a, b) in zip(headings, para_of_chapter):
        contents.append((title, f"{a}-{b}" if a != b else str(a), pidx + 2))
    contents.append(("Annex.&#160;&#160;List of participants", "", len(pages) + 2))
    cover(doc[0], contents)
    doc.set_metadata({"title": "Report of the Regional Expert Group Meeting on Women Migrant Domestic Workers "
                               "in the Arab Region", "author": "ESCWA", "subject": SYMBOL})
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True)
    print(f"wrote {OUT} ({doc.page_count} pages)")


if __name__ == "__main__":
    main()
