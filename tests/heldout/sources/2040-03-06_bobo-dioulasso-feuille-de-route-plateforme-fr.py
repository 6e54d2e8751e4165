"""Writes the held-out test document tests/heldout/2040-03-06_bobo-dioulasso-feuille-de-route-plateforme-fr.pdf.

Held-out DEVELOPMENT document (batch 27): a French "FEUILLE DE ROUTE" (roadmap with a chronogramme), two pages, issued
in Bobo-Dioulasso on Tuesday 6 March 2040 (reference PROSCM-HB/CP/2040/004, version 2) by an invented regional
civil-society platform, the "Plateforme régionale des organisations de la société civile sur les migrations des
Hauts-Bassins" (PROSCM-HB), Burkina Faso, for its contribution to an invented national review of the Global Compact
for Migration (coordinated by an invented "Secrétariat permanent du Comité national de suivi du Pacte mondial",
SP-CNSP, Ouagadougou) and to the regional review for West Africa later in 2040. Every person, organisation, venue,
address, e-mail (.example) and URL (example.org) is invented.

Content:
  header: platform name, seat (Rue 9.27, secteur 14, 01 BP 4127 Bobo-Dioulasso 01), reference, "Bobo-Dioulasso,
    le 6 mars 2040", "Version 2 - remplace la version 1 de janvier 2040"; title and subtitle.
  1. Contexte: platform created in 2036, 31 member organisations in the three provinces (Houet, Kénédougou, Tuy);
     roadmap adopted by the extraordinary general assembly on Saturday 25 February 2040 in Bobo-Dioulasso.
  2. Objectifs: four numbered objectives (collect data, written regional contribution of about 25 pages to the
     national review, take part in the national validation workshop and prepare the regional review, train members).
  3. Chronogramme: a ten-row grid table (N°, activité, période, responsable, résultats attendus):
     A1 launch/information workshop, samedi 24 mars 2040, Centre Sya-Horizons (secteur 8) - coordination
     secretariat; A2 data collection by members, du 26 mars au 27 avril 2040 - each member org / commission
     « Données et analyse »; A3 focus groups in Bobo-Dioulasso, Orodara, Houndé, semaine du 16 avril 2040 -
     Association Yeelen pour la mobilité et le retour (AYMR); A4 meetings with regional authorities, mai 2040 -
     coordinator; A5 analysis workshop, 2e quinzaine de mai 2040 - commission « Données et analyse »; A6 drafting,
     du 1er au 12 juin 2040 - consultant recruited by the steering committee; A7 regional validation workshop,
     18 et 19 juin 2040 (postponed, see note) - steering committee; A8 transmission to SP-CNSP, au plus tard le
     29 juin 2040 - coordinator; A9 national validation workshop in Ouagadougou, 16 juillet 2040 - delegation of
     three; A10 preparation of the West Africa regional review, T3 2040 - commission « Plaidoyer et
     communication ». Note: A7 had been planned for 4 and 5 June 2040 in version 1 and is postponed to 18 and
     19 June 2040 (superseded date: not in `dates`).
  4. Transmission des données: template Canevas_PMM_HB_2040.xlsx downloadable at example.org, one template per
     organisation, data for 2038 and 2039, anonymised (footnote), sent to donnees.pmm@proscm-hb.example by Friday
     27 April 2040 at 17:00; late data will not be counted; help by the commission on Thursdays.
  5. Budget: table of seven lines, total 11 500 000 FCFA; funders: fonds propres (cotisations), Fondation Karité
     pour le développement local (FKDL), Fonds Sahel Solidarité (FSS), SP-CNSP (transport and lodging of the three
     delegates); A7 line (3 600 000 FCFA) "à rechercher"; the total is repeated in the note under the table.
  6. Gouvernance: coordinator Mme Aïcha Sanou-Dembélé; steering committee of seven members meeting the first
     Tuesday of each month at 15 h 30 at the seat; next meeting Tuesday 3 April 2040; two commissions.
  7. Articulation with the national review: follows the SP-CNSP calendar; national validation on 16 July 2040 in
     Ouagadougou (venue to be specified by SP-CNSP); national report to be submitted in "deuxième semestre"; West
     Africa regional review expected in Q4 2040, date and place not yet communicated ("à confirmer").
  8. Contacts: coordinator e-mail and phones; data e-mail; URL.
  Footer on each page: reference line and "Page X sur 2".

Deliberately NOT given (near misses): the start time or programme of the launch workshop; the exact day of each
focus group (only the week); the consultant's name; the amount of the members' annual dues; any per diem for the
delegates; the venue of the national validation workshop; the host city/date of the West Africa regional review;
any contact (e-mail/phone) of the SP-CNSP; the names of the steering committee members other than the coordinator;
the budget or results of an earlier year; a WhatsApp number.

PDF: A4, laid out with a PyMuPDF Story (HTML + CSS) in DejaVu Sans; page footer (reference, "Page X sur 2")
stamped afterwards. The ToUnicode CMaps are rewritten so that the f-ligature glyphs chosen by the shaping engine
(ff, fi) extract as plain letters.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-03-06_bobo-dioulasso-feuille-de-route-plateforme-fr.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2040-03-06_bobo-dioulasso-feuille-de-route-plateforme-fr"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
    "DejaVuSans-Oblique.ttf": "font-style: italic;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 44
BODY = pymupdf.Rect(MARGIN_X, 34, PAGE.width - MARGIN_X, PAGE.height - 58)
GREEN = "#2f6b3a"
OCHRE = "#c9822b"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 8.2pt; line-height: 1.3; color: #1b1b1b;}}
p {{margin: 0 0 4pt 0; text-align: justify;}}
.org {{font-size: 10.5pt; font-weight: bold; color: {GREEN}; margin: 0 0 1pt 0;}}
.org-sub {{font-size: 7.6pt; color: #4a4a4a; margin: 0 0 1pt 0;}}
.rule {{border-bottom: 1.4pt solid {OCHRE}; margin: 2pt 0 5pt 0; font-size: 2pt;}}
.meta {{font-size: 7.8pt; color: #333333; margin: 0 0 1pt 0;}}
h1 {{font-size: 14pt; color: {GREEN}; margin: 8pt 0 2pt 0; text-align: center;}}
.sub {{font-size: 9pt; font-weight: bold; color: #444444; margin: 0 0 8pt 0; text-align: center;}}
h2 {{font-size: 10pt; color: {GREEN}; margin: 8pt 0 3pt 0;}}
.item {{margin: 0 0 2pt 14pt;}}
.note {{font-size: 7.4pt; color: #333333; margin: 2pt 0 4pt 0;}}
.fn {{font-size: 7pt; color: #444444; margin: 1pt 0 1pt 0;}}
table {{border-collapse: collapse;}}
.grid th {{font-size: 7.6pt; color: {GREEN}; padding: 3pt 3pt; border: 0.6pt solid #8fa893;
          border-bottom: 1.4pt solid {GREEN}; text-align: left;}}
.grid td {{font-size: 7.4pt; line-height: 1.28; padding: 2.5pt 3pt; vertical-align: top;
          border: 0.6pt solid #8fa893;}}
.grid td p {{margin: 0; text-align: left;}}
.tot td {{font-weight: bold; border-top: 1.2pt solid {GREEN};}}
.sign {{margin: 5pt 0 0 0; font-weight: bold;}}
.nw {{white-space: nowrap;}}
.left {{text-align: left;}}
.sign-sub {{font-size: 7.8pt; color: #333333; margin: 0;}}
"""

PLATFORM = "Plateforme régionale des organisations de la société civile sur les migrations des Hauts-Bassins"
REFERENCE = "PROSCM-HB/CP/2040/004"
DATA_MAIL = "donnees.pmm@proscm-hb.example"
COORD_MAIL = "a.sanou-dembele@proscm-hb.example"
URL = "https://www.example.org/proscm-hb/feuille-de-route-2040"

# Chronogramme: (N°, activité, période, responsable, résultats attendus)
CHRONO = [
    ("A1", "Atelier d’information et de lancement : le PMM, la revue nationale et la présente feuille de route",
     'Samedi 24 mars 2040 (<span class="nw">Centre Sya-Horizons</span>, secteur 8)',
     "Secrétariat de coordination",
     "Au moins 45 représentants des membres informés ; canevas de collecte présenté"),
    ("A2", "Collecte des données et des bonnes pratiques par les organisations membres (voir partie 4)",
     "Du 26 mars au 27 avril 2040",
     "Chaque organisation membre, appuyée par la commission « Données et analyse »",
     "Un canevas rempli par organisation"),
    ("A3", "Groupes de discussion avec des migrants de retour et des familles à Bobo-Dioulasso, Orodara et Houndé",
     "Semaine du 16 avril 2040",
     "Association Yeelen pour la mobilité et le retour (AYMR), Orodara",
     "3 groupes de discussion ; un compte rendu par localité"),
    ("A4", "Rencontres d’échange avec le Gouvernorat et les directions régionales concernées",
     "Mai 2040",
     "Coordonnatrice régionale",
     "Points de vue des services techniques recueillis"),
    ("A5", "Atelier d’analyse et de consolidation des données",
     "2e quinzaine de mai 2040",
     "Commission « Données et analyse »",
     "Synthèse régionale et premières recommandations"),
    ("A6", "Rédaction du projet de contribution régionale",
     "Du 1er au 12 juin 2040",
     "Consultant(e) recruté(e) par le comité de pilotage",
     "Projet de contribution (environ 25 pages)"),
    ("A7", "Atelier régional de validation de la contribution (reporté, voir note)",
     "18 et 19 juin 2040",
     "Comité de pilotage",
     "Contribution validée par les membres"),
    ("A8", "Transmission de la contribution validée au SP-CNSP",
     "Au plus tard le 29 juin 2040",
     "Coordonnatrice régionale",
     "Accusé de réception du SP-CNSP"),
    ("A9", "Participation à l’atelier national de validation de la revue, à Ouagadougou",
     "16 juillet 2040",
     "Délégation de trois membres désignés par le comité de pilotage",
     "Recommandations des Hauts-Bassins reprises dans le rapport national"),
    ("A10", "Préparation de la participation à la revue régionale pour l’Afrique de l’Ouest (note de plaidoyer, "
            "désignation des délégués)",
     "T3 2040",
     "Commission « Plaidoyer et communication »",
     "Note de plaidoyer de 4 pages ; délégués désignés"),
]

# Budget: (poste, montant, financement)
BUDGET = [
    ("A1 – Atelier d’information et de lancement", "1 250 000", "Fonds propres (cotisations des membres)"),
    ("A3 – Groupes de discussion (3 localités)", "1 800 000",
     "Fondation Karité pour le développement local (FKDL)"),
    ("A5 – Atelier d’analyse et de consolidation", "2 150 000", "FKDL"),
    ("A6 – Honoraires du/de la consultant(e)", "1 500 000", "Fonds Sahel Solidarité (FSS)"),
    ("A7 – Atelier régional de validation (2 jours, 50 participants)", "3 600 000", "À rechercher"),
    ("A9 – Délégation à l’atelier national (3 personnes)", "750 000",
     "SP-CNSP (transport et hébergement)"),
    ("Communication, reprographie et suivi", "450 000", "Fonds propres"),
]


def chrono_table() -> str:
    widths = ["6%", "33%", "17%", "21%", "23%"]
    heads = ["N°", "Activité", "Période", "Responsable", "Résultats attendus"]
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in zip(heads, widths))
    rows = "".join(
        "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in CHRONO
    )
    return f'<table class="grid" width="100%"><tr>{head}</tr>{rows}</table>'


def budget_table() -> str:
    widths = ["50%", "17%", "33%"]
    heads = ["Poste", "Montant (FCFA)", "Financement"]
    head = "".join(f'<th width="{w}">{h}</th>' for h, w in zip(heads, widths))
    rows = "".join(
        f"<tr><td><p>{p}</p></td><td><p>{m}</p></td><td><p>{f}</p></td></tr>" for p, m, f in BUDGET
    )
    total = ('<tr class="tot"><td><p>Total estimatif</p></td><td><p>11 500 000</p></td>'
             "<td><p>dont 3 600 000 FCFA à mobiliser</p></td></tr>")
    return f'<table class="grid" width="100%"><tr>{head}</tr>{rows}{total}</table>'


HTML = f"""
<body>
<p class="org">{PLATFORM} (PROSCM-HB)</p>
<p class="org-sub">Siège : Rue 9.27, secteur 14 – 01 BP 4127 Bobo-Dioulasso 01 – Burkina Faso</p>
<p class="rule">&#160;</p>
<p class="meta">Réf. : {REFERENCE}</p>
<p class="meta">Bobo-Dioulasso, le 6 mars 2040</p>
<p class="meta">Version 2 – remplace la version 1 diffusée en janvier 2040</p>

<h1>FEUILLE DE ROUTE 2040</h1>
<p class="sub">Contribution de la société civile des Hauts-Bassins à la revue nationale du Pacte mondial pour des
migrations sûres, ordonnées et régulières et à la revue régionale pour l’Afrique de l’Ouest</p>

<h2>1. Contexte</h2>
<p>Créée en 2036, la PROSCM-HB regroupe aujourd’hui 31 organisations membres (associations de migrants de retour,
ONG de développement, groupements de femmes, organisations de jeunesse et deux syndicats) implantées dans les trois
provinces de la région : le Houet, le Kénédougou et le Tuy. Le Burkina Faso a engagé en 2040 la revue nationale de
la mise en œuvre du Pacte mondial pour les migrations (PMM), coordonnée par le Secrétariat permanent du Comité
national de suivi du Pacte mondial (SP-CNSP). Les plateformes régionales de la société civile y sont invitées à
transmettre une contribution écrite.</p>
<p>La présente feuille de route a été adoptée par l’assemblée générale extraordinaire de la plateforme, réunie
le samedi 25 février 2040 à Bobo-Dioulasso.</p>

<h2>2. Objectifs</h2>
<p class="item">1. Collecter auprès des organisations membres des données et des témoignages sur la mise en œuvre
du PMM dans les Hauts-Bassins (retour et réintégration, emploi des jeunes, mobilité vers les sites
d’orpaillage).</p>
<p class="item">2. Produire une contribution régionale écrite, validée par les membres, à la revue nationale.</p>
<p class="item">3. Faire entendre les recommandations de la région à l’atelier national de validation, puis à la
revue régionale pour l’Afrique de l’Ouest.</p>
<p class="item">4. Renforcer les capacités des membres sur le PMM et son suivi.</p>

<h2>3. Chronogramme des activités</h2>
{chrono_table()}
<p class="note"><b>Note sur l’activité A7.</b> L’atelier régional de validation, initialement prévu les 4 et 5 juin
2040 dans la version 1, est reporté aux 18 et 19 juin 2040, afin de laisser au/à la consultant(e) le temps de
rédiger le projet après l’atelier d’analyse. Le lieu sera communiqué avec l’invitation.</p>

<h2>4. Transmission des données par les organisations membres</h2>
<p>Chaque organisation membre transmet ses données selon les modalités suivantes :</p>
<p class="item">• utiliser exclusivement le canevas de collecte « Canevas_PMM_HB_2040.xlsx », présenté lors de
l’atelier de lancement et téléchargeable à l’adresse <span class="nw">{URL}</span> ;</p>
<p class="item">• remplir un seul canevas par organisation, pour les années 2038 et 2039 ;</p>
<p class="item">• joindre, le cas échéant, deux ou trois témoignages anonymisés¹ ;</p>
<p class="item">• envoyer le tout par courriel à <span class="nw">{DATA_MAIL}</span> au plus tard le vendredi 27 avril 2040 à <span class="nw">17 h</span>.</p>
<p>Les données reçues en retard ne seront pas prises en compte. La
commission « Données et analyse » tient une permanence d’appui au remplissage du canevas chaque jeudi après-midi
au siège, pendant toute la période de collecte.</p>
<p class="fn">¹ Aucun nom, numéro de téléphone ou autre donnée permettant d’identifier une personne migrante ne doit
figurer dans le canevas ni dans les témoignages.</p>

<h2>5. Budget prévisionnel et financement</h2>
{budget_table()}
<p class="note">Montants indicatifs arrêtés par le comité de pilotage², pour un total estimé à 11 500 000 FCFA. Le financement de l’atelier de validation
(A7) reste à rechercher ; toute proposition de partenaire est à adresser à la coordonnatrice.</p>
<p class="fn">² Les activités A2, A4, A8 et A10 ne génèrent pas de coûts spécifiques au-delà des frais de
communication.</p>

<h2>6. Gouvernance et suivi</h2>
<p>La mise en œuvre de la feuille de route est assurée par la coordonnatrice régionale, Mme Aïcha Sanou-Dembélé,
sous la supervision d’un comité de pilotage de sept membres élus par l’assemblée générale. Le comité de pilotage
se réunit le premier mardi de chaque mois à <span class="nw">15 h 30</span>, au siège de la plateforme ; sa prochaine réunion aura lieu le
mardi 3 avril 2040. Deux commissions techniques l’appuient :</p>
<p class="item">• la commission « Données et analyse » (activités A2, A5 et appui à A6) ;</p>
<p class="item">• la commission « Plaidoyer et communication » (activité A10 et diffusion de la contribution).</p>

<h2>7. Articulation avec la revue nationale et la revue régionale</h2>
<p>Le chronogramme suit le calendrier de la revue nationale communiqué par le SP-CNSP. L’atelier national de
validation se tiendra le 16 juillet 2040 à Ouagadougou ; le lieu exact sera précisé par le SP-CNSP. Le rapport
national doit ensuite être transmis au cours du deuxième semestre 2040. La revue régionale pour l’Afrique de
l’Ouest est attendue au quatrième trimestre 2040 : sa date et son lieu n’ont pas encore été communiqués (à
confirmer). La feuille de route sera mise à jour dès que ces informations seront connues.</p>

<h2>8. Contacts</h2>
<p class="item left">• Coordination : Mme Aïcha Sanou-Dembélé, Coordonnatrice régionale de la PROSCM-HB –
<span class="nw">{COORD_MAIL}</span> – tél. <span class="nw">+226 70 41 86 23</span> (bureau :
<span class="nw">+226 20 97 18 54</span>)</p>
<p class="item left">• Envoi des données : <span class="nw">{DATA_MAIL}</span></p>
<p class="item left">• Documents de la feuille de route : <span class="nw">{URL}</span></p>

<p class="sign">Pour le comité de pilotage,</p>
<p class="sign">Aïcha Sanou-Dembélé</p>
<p class="sign-sub">Coordonnatrice régionale, PROSCM-HB</p>
</body>
"""

FOOTER = f"PROSCM-HB – Feuille de route 2040 (version 2) – Réf. {REFERENCE}"


def build_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add((FONT_DIR / name).read_bytes(), name)
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
    css = FONT_FACES + " * {font-family: dv;} p {font-size: 7pt; color: #505050;}"
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        page.draw_line((left, PAGE.height - 50), (right, PAGE.height - 50), color=(0.79, 0.51, 0.17), width=0.6)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 46, right - 80, PAGE.height - 30),
                            f"<p>{FOOTER}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 46, right, PAGE.height - 30),
                            f"<p style='text-align: right'>Page {number} sur {total}</p>", css=css, archive=archive)


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


def _unligate(text: str) -> str:
    """Latin ligature glyphs (U+FB00-FB06: ff, fi, fl, ffi, ffl...) -> their letters; anything else unchanged."""
    return "".join(unicodedata.normalize("NFKC", c) if 0xFB00 <= ord(c) <= 0xFB06 else c for c in text)


def fix_tounicode(doc: pymupdf.Document) -> None:
    """Rewrite every ToUnicode CMap so that the shaping engine's f-ligatures extract as plain letters
    ("afin", not "a\ufb01n"), as a word processor's PDF export does."""
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
        items = sorted((code, _unligate(u)) for code, u in mapping.items())
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
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Feuille de route 2040 de la PROSCM-HB – revue nationale du PMM et revue régionale Afrique de l’Ouest",
        "author": PLATFORM,
        "subject": "Chronogramme, budget et gouvernance de la contribution des Hauts-Bassins (Bobo-Dioulasso)",
        "creator": "Secrétariat de coordination de la PROSCM-HB",
        "keywords": "feuille de route; chronogramme; Pacte mondial pour les migrations; revue nationale; Bobo-Dioulasso",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
