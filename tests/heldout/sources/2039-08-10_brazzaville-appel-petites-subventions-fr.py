"""Writes the held-out test document
tests/heldout/2039-08-10_brazzaville-appel-petites-subventions-fr.pdf.

Held-out DEVELOPMENT document: a French « Appel à propositions – Fonds de petites subventions pour la participation
de la société civile à l'examen régional du Pacte mondial sur les migrations », issued in Brazzaville on Wednesday
10 August 2039 (reference ROSCAM/FPS/2039/01) by a fictional network, the « Réseau des organisations de la société
civile d'Afrique centrale pour les migrations » (ROSCAM, regional secretariat in Brazzaville, Republic of the
Congo), with the financial support of an invented foundation (« Fondation Mayombe pour la mobilité humaine ») and
in liaison with the Réseau des Nations Unies sur les migrations. Everything in it (people, bodies, e-mails, URLs,
building, conference centre) is invented.

Content: letterhead, reference, place and date, title; ten numbered sections:
  1. Contexte et objet (purpose: help local civil society take part in the regional review; the next regional
     session is planned for the first half of 2040, date and place to be communicated later);
  2. Montant et nombre des subventions (at most 15 grants, 1 500 000 to 4 000 000 FCFA each, total envelope
     55 000 000 FCFA, at least five for women- or youth-led organisations, at most two per country, no
     co-financing, paid 70 % / 30 %);
  3. Qui peut présenter une proposition ? (five eligibility criteria in a list, eleven ECCAS countries named, two
     years of legal existence, annual budget at most 100 000 000 FCFA; five excluded categories in a list);
  4. Activités éligibles (list);
  5. Dépenses éligibles et non éligibles: a three-column table (Rubrique | Dépenses éligibles | Dépenses non
     éligibles), six rows (staff at most 20 %, small equipment at most 10 %, indirect costs at most 7 %, no
     vehicles, motorbikes, land or buildings, etc.);
  6. Comment présenter une proposition (online form URL, or e-mail with a subject line; five documents to attach,
     the proposal note at most six pages; 10 MB; deadline « au plus tard le lundi 19 septembre 2039 à 17 h 00,
     heure de Brazzaville (UTC+1) »; no hand or postal delivery; acknowledgement within 48 working hours;
     applying is free);
  7. Séance d'information en ligne (Zoom, Thursday 1 September 2039, 10:00-11:30 Brazzaville/Kinshasa (UTC+1) =
     11:00-12:30 Kigali/Bujumbura/Lubumbashi (UTC+2), French with Portuguese interpretation, registration by
     Tuesday 30 August 2039 12:00, link e-mailed the day before; written questions until Friday 9 September 2039,
     FAQ published Monday 12 September 2039);
  8. Sélection (four named members of the selection committee with roles plus a UN Network observer whose name
     is « communiqué ultérieurement », the grants officer as non-voting secretary, four weighted criteria,
     online interviews 3-7 October 2039, results « dans la seconde quinzaine d'octobre 2039 »);
  9. Calendrier indicatif: a two-column table (Étape | Date) of twelve steps;
 10. Mise en œuvre et rapports (kick-off workshop Wednesday 9 and Thursday 10 November 2039 at an invented
     conference centre in Bacongo, Brazzaville, travel paid outside the grant; implementation Tuesday 15 November
     2039 to Thursday 15 March 2040; two-page mid-term note in January 2040; final narrative and financial report
     no later than Friday 13 April 2040) and a contact box (grants officer, address, e-mail, web page, office
     hours, no phone number); signature.
It deliberately says nothing about the exact day the results are announced, the language(s) in which proposals
may be written, a phone number, whether one organisation may submit more than one proposal, the number of
applications expected, the Zoom meeting ID or passcode, whether the information session is recorded, the date or
place of the regional review session, or the name of the UN Network's observer.

PDF: A4, laid out with a PyMuPDF Story (HTML + CSS) in DejaVu Sans / DejaVu Sans Condensed, styled like a word
processor's export of a call for proposals: numbered section headings with a rule, two tables with thin borders
and an accent-coloured header row (no cell backgrounds: MuPDF misplaces them when a table breaks across pages).
The fonts' GSUB tables are disabled so that no ligatures (fi, fl) are applied and the text extracts letter by
letter. Amounts are kept on one line (white-space: nowrap). A footer line with the reference and « Page X sur Y »
is stamped on each page.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-08-10_brazzaville-appel-petites-subventions-fr.py
"""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pymupdf

STEM = "2039-08-10_brazzaville-appel-petites-subventions-fr"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": ("dv", ""),
    "DejaVuSans-Bold.ttf": ("dv", "font-weight: bold;"),
    "DejaVuSans-Oblique.ttf": ("dv", "font-style: italic;"),
    "DejaVuSansCondensed.ttf": ("dvc", ""),
    "DejaVuSansCondensed-Bold.ttf": ("dvc", "font-weight: bold;"),
    "DejaVuSansCondensed-Oblique.ttf": ("dvc", "font-style: italic;"),
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 56
BODY = pymupdf.Rect(MARGIN_X, 48, PAGE.width - MARGIN_X, PAGE.height - 64)

ACCENT = "#1f5e3b"  # forest green

FONT_FACES = "\n".join(
    f"@font-face {{font-family: {family}; src: url({name}); {style}}}" for name, (family, style) in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9.2pt; line-height: 1.36; color: #1a1a1a;}}
p {{margin: 0 0 5pt 0; text-align: justify;}}
.org {{font-size: 10pt; font-weight: bold; color: {ACCENT}; margin: 0;}}
.org-sub {{font-size: 8pt; color: #444444; margin: 0; text-align: left;}}
.rule {{border-bottom: 1.2pt solid {ACCENT}; margin: 4pt 0 6pt 0; font-size: 2pt;}}
.meta {{font-size: 8.2pt; color: #333333; margin: 0; text-align: right;}}
.kind {{font-size: 11pt; font-weight: bold; letter-spacing: 1pt; color: {ACCENT}; margin: 16pt 0 3pt 0;
       text-align: center;}}
h1 {{font-size: 13.5pt; line-height: 1.28; color: #111111; margin: 0 0 4pt 0; text-align: center;}}
.when {{font-size: 9.8pt; font-weight: bold; color: #333333; margin: 0 0 12pt 0; text-align: center;}}
h2 {{font-size: 10.8pt; color: {ACCENT}; margin: 12pt 0 4pt 0; border-bottom: 0.6pt solid {ACCENT};}}
ul {{margin: 0 0 5pt 14pt;}}
ol {{margin: 0 0 5pt 16pt;}}
li {{margin: 0 0 2.5pt 0; text-align: left;}}
.link {{font-family: dvc; margin: 0 0 5pt 14pt; text-align: left;}}
.nw {{white-space: nowrap;}}
.grid td span {{font-family: dvc;}}
.key {{font-weight: bold;}}
table {{border-collapse: collapse;}}
.grid th {{font-family: dvc; font-size: 8.4pt; text-align: left; color: {ACCENT};
          padding: 4pt 5pt; border: 0.5pt solid #9aa89f;
          border-bottom: 1.4pt solid {ACCENT};}}
.grid td {{font-family: dvc; font-size: 8.2pt; line-height: 1.3; padding: 3.5pt 5pt; vertical-align: top;
          border: 0.5pt solid #9aa89f;}}
.grid td p {{margin: 0 0 2pt 0; text-align: left;}}
.grid td.r {{font-weight: bold; width: 92pt;}}
.grid td.s {{width: 230pt;}}
.note {{font-size: 8.4pt; color: #333333; font-style: italic;}}
.contact td {{font-size: 8.8pt; padding: 6pt 8pt; vertical-align: top; border: 0.8pt solid {ACCENT};}}
.contact td p {{margin: 0 0 2pt 0; text-align: left;}}
.sign {{margin: 16pt 0 0 0; font-weight: bold; text-align: left;}}
.sign-sub {{font-size: 8.4pt; color: #333333; margin: 0; text-align: left;}}
"""

REFERENCE = "ROSCAM/FPS/2039/01"
GRANTS_MAIL = "subventions@roscam-ac.example"
FORM_URL = "https://roscam-ac.example.org/fps2039/candidature"
CALL_URL = "https://roscam-ac.example.org/fps2039"

HEADER = """
<p class="org">Réseau des organisations de la société civile d'Afrique centrale pour les migrations (ROSCAM)</p>
<p class="org-sub">Secrétariat régional – Brazzaville, République du Congo</p>
<p class="org-sub">Avec l'appui financier de la Fondation Mayombe pour la mobilité humaine, en liaison avec le Réseau
des Nations Unies sur les migrations</p>
<p class="rule">&#160;</p>
<p class="meta">Réf. : ROSCAM/FPS/2039/01</p>
<p class="meta">Brazzaville, le mercredi 10 août 2039</p>
<p class="meta">Original : français</p>

<p class="kind">APPEL À PROPOSITIONS</p>
<h1>Fonds de petites subventions pour la participation de la société civile à l'examen régional du Pacte mondial
sur les migrations</h1>
<p class="when">Date limite de dépôt : lundi 19 septembre 2039 à 17 h 00, heure de Brazzaville (UTC+1)</p>
"""

SECTIONS_1_4 = """
<h2>1. Contexte et objet de l'appel</h2>
<p>La mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières est examinée tous les
quatre ans au niveau régional, avec la participation de toutes les parties prenantes. En Afrique centrale, les
associations de migrants et les organisations communautaires disposent rarement des moyens nécessaires pour
consulter leurs membres et faire entendre leur voix dans ces examens.</p>
<p>Le présent appel a pour objet d'aider des organisations locales de la société civile d'Afrique centrale à
préparer leurs contributions à l'examen régional du Pacte mondial en Afrique. La prochaine session de l'examen
régional est prévue au premier semestre 2040 ; sa date et son lieu seront communiqués ultérieurement. Le ROSCAM
réunira les contributions dans une synthèse régionale.</p>

<h2>2. Montant et nombre des subventions</h2>
<p>L'enveloppe totale du Fonds s'élève à <span class="nw">55 000 000 FCFA</span>. Elle permettra d'accorder
15 subventions au maximum, d'un montant compris entre <span class="nw">1 500 000 FCFA</span> et
<span class="nw">4 000 000 FCFA</span> par projet ; le plafond de <span class="nw">4 000 000 FCFA</span> par
subvention ne peut pas être dépassé.</p>
<p>Au moins cinq subventions sont réservées à des organisations dirigées par des femmes ou par des jeunes de moins
de 35 ans. Afin d'assurer un équilibre géographique, au plus deux subventions seront accordées par pays. Aucun
cofinancement n'est exigé. La subvention est versée en deux tranches : 70 % à la signature du contrat et 30 %
après l'approbation du rapport final.</p>

<h2>3. Qui peut présenter une proposition ?</h2>
<p>Pour être éligible, l'organisation candidate doit remplir toutes les conditions suivantes :</p>
<ul>
<li>être une organisation ou une association à but non lucratif légalement enregistrée dans l'un des onze pays
suivants : Angola, Burundi, Cameroun, Congo, Gabon, Guinée équatoriale, République centrafricaine, République
démocratique du Congo, Rwanda, Sao Tomé-et-Principe et Tchad ;</li>
<li>justifier d'une existence légale d'au moins deux ans à la date limite de dépôt ;</li>
<li>mener des activités en lien avec les migrations, le déplacement ou les droits des migrants et de leurs
familles ;</li>
<li>disposer d'un budget annuel n'excédant pas <span class="nw">100 000 000 FCFA</span> au cours du dernier
exercice ;</li>
<li>disposer d'un compte bancaire ou d'un compte de monnaie électronique (mobile money) au nom de
l'organisation.</li>
</ul>
<p>Ne peuvent pas présenter de proposition :</p>
<ul>
<li>les services de l'État, les collectivités territoriales et les établissements publics ;</li>
<li>les agences des Nations Unies et les ONG internationales, qui peuvent toutefois être associées au projet comme
partenaires non financés ;</li>
<li>les partis politiques et les organisations à caractère partisan ;</li>
<li>les entreprises et autres structures à but lucratif ;</li>
<li>les organisations dont un dirigeant ou un salarié siège au comité de sélection.</li>
</ul>

<h2>4. Activités éligibles</h2>
<p>Les projets, d'une durée de quatre mois, peuvent notamment comprendre :</p>
<ul>
<li>des consultations locales ou nationales avec des migrants et des familles de migrants ;</li>
<li>la collecte de témoignages et de données ;</li>
<li>la rédaction d'une contribution écrite à l'examen régional ;</li>
<li>la préparation de la participation de délégués de la société civile à l'examen régional.</li>
</ul>
"""

COSTS = [
    ("Réunions et consultations",
     "Location de salle, restauration, transport local et hébergement des participants",
     "Per diem versés aux membres du personnel de l'organisation"),
    ("Personnel",
     "Honoraires ou salaires liés au projet, dans la limite de 20 % du montant demandé",
     "Salaires du personnel permanent sans lien avec le projet"),
    ("Équipement et fournitures",
     "Petit matériel, fournitures, crédits de communication, dans la limite de 10 % du montant demandé",
     "Achat de véhicules, de motos, de terrains ou de bâtiments ; travaux de construction"),
    ("Communication et publications",
     "Traduction, impression, émissions de radio communautaire, diffusion sur les réseaux sociaux",
     "Cadeaux, gadgets et articles promotionnels"),
    ("Déplacements",
     "Voyages en classe économique ou par la route, liés aux activités du projet",
     "Billets en classe affaires ; voyages sans lien avec le projet"),
    ("Frais administratifs",
     "Frais indirects de fonctionnement, dans la limite de 7 % du budget total",
     "Dettes, amendes, pertes de change ; dépenses engagées avant la signature du contrat"),
]


def costs_table() -> str:
    head = "<tr><th>Rubrique</th><th>Dépenses éligibles</th><th>Dépenses non éligibles</th></tr>"
    rows = "".join(f'<tr><td class="r">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in COSTS)
    return f'<table class="grid" width="100%">{head}{rows}</table>'


SECTIONS_5_7 = f"""
<h2>5. Dépenses éligibles et non éligibles</h2>
<p>Le budget est présenté en francs CFA.</p>
{costs_table()}

<h2>6. Comment présenter une proposition</h2>
<p>Les propositions sont déposées de préférence au moyen du formulaire en ligne, accessible à l'adresse
suivante :</p>
<p class="link">{FORM_URL}</p>
<p>Les organisations qui ne disposent pas d'une connexion suffisante peuvent envoyer leur dossier complet par
courriel à <span class="nw">{GRANTS_MAIL}</span>, en indiquant en objet « FPS 2039 – pays – nom de
l'organisation ».</p>
<p>Le dossier comprend les pièces suivantes, au format PDF ou Word, pour un total de 10 Mo au maximum :</p>
<ol>
<li>la note de proposition (modèle A), de six pages au maximum, annexes non comprises ;</li>
<li>le budget détaillé en FCFA (modèle B, au format Excel) ;</li>
<li>une copie du récépissé de déclaration ou du certificat d'enregistrement de l'organisation ;</li>
<li>le dernier rapport annuel d'activités ou les états financiers du dernier exercice ;</li>
<li>une lettre de recommandation d'un partenaire (autorité locale, bailleur ou réseau).</li>
</ol>
<p>Les modèles A et B peuvent être téléchargés sur la page de l'appel :</p>
<p class="link">{CALL_URL}</p>
<p class="key">Les dossiers doivent parvenir au ROSCAM au plus tard le lundi 19 septembre 2039 à 17 h 00, heure de
Brazzaville (UTC+1).</p>
<p>Les dossiers incomplets, reçus après la date limite ou remis en main propre ou par voie postale ne seront pas
examinés. Un accusé de réception est envoyé par courriel dans un délai de 48 heures ouvrées.</p>
<p>Le dépôt d'une proposition est entièrement gratuit. Aucun frais de dossier n'est demandé.</p>

<h2>7. Séance d'information en ligne</h2>
<p>Une séance d'information en ligne sur Zoom aura lieu le jeudi 1er septembre 2039, de 10 h 00 à 11 h 30, heure
de Brazzaville et de Kinshasa (UTC+1), soit de 11 h 00 à 12 h 30, heure de Kigali, de Bujumbura et de Lubumbashi
(UTC+2). Elle se déroulera en français, avec interprétation simultanée vers le portugais.</p>
<p>L'inscription se fait sur la page de l'appel au plus tard le mardi 30 août 2039 à 12 h 00 (UTC+1) ; le lien de
connexion sera envoyé par courriel aux personnes inscrites la veille de la séance.</p>
<p>Les questions écrites peuvent être adressées à <span class="nw">{GRANTS_MAIL}</span> jusqu'au vendredi
9 septembre 2039. Les réponses seront publiées sous forme de foire aux questions sur la page de l'appel le lundi
12 septembre 2039.</p>
"""

CALENDAR = [
    ("Lancement de l'appel", "Mercredi 10 août 2039"),
    ("Inscription à la séance d'information", "Au plus tard le mardi 30 août 2039, 12 h 00 (UTC+1)"),
    ("Séance d'information en ligne (Zoom)", "Jeudi 1er septembre 2039, 10 h 00 – 11 h 30 (UTC+1)"),
    ("Date limite des questions écrites", "Vendredi 9 septembre 2039"),
    ("Publication de la foire aux questions", "Lundi 12 septembre 2039"),
    ("Date limite de dépôt des propositions", "Lundi 19 septembre 2039, 17 h 00 (UTC+1)"),
    ("Entretiens en ligne avec les organisations présélectionnées", "Du lundi 3 au vendredi 7 octobre 2039"),
    ("Annonce des résultats", "Seconde quinzaine d'octobre 2039"),
    ("Atelier de démarrage à Brazzaville", "Mercredi 9 et jeudi 10 novembre 2039"),
    ("Mise en œuvre des projets", "Du mardi 15 novembre 2039 au jeudi 15 mars 2040"),
    ("Note d'étape à mi-parcours", "Janvier 2040"),
    ("Rapport final narratif et financier", "Au plus tard le vendredi 13 avril 2040"),
]


def calendar_table() -> str:
    head = "<tr><th>Étape</th><th>Date</th></tr>"
    rows = "".join(f'<tr><td class="s">{a}</td><td>{b}</td></tr>' for a, b in CALENDAR)
    return f'<table class="grid" width="100%">{head}{rows}</table>'


SECTIONS_8_10 = f"""
<h2>8. Sélection des propositions</h2>
<p>Les propositions éligibles sont évaluées par un comité de sélection composé comme suit :</p>
<ul>
<li>Mme Clarisse Mabiala-Nkounkou, coordonnatrice régionale du ROSCAM, présidente du comité ;</li>
<li>M. Jean-Bosco Niyonkuru, président de l'Association des migrants de retour de Gitega (Burundi), représentant
des associations de migrants ;</li>
<li>Mme Amélia dos Santos Neto, chargée de programme pour l'Afrique centrale, Fondation Mayombe pour la mobilité
humaine (Luanda) ;</li>
<li>Dr Hervé Ondo Mba, enseignant-chercheur en sociologie des migrations, Centre de recherche sur les mobilités
humaines (Yaoundé) ;</li>
<li>un représentant du Réseau des Nations Unies sur les migrations, en qualité d'observateur sans droit de vote
(nom communiqué ultérieurement).</li>
</ul>
<p>M. Arsène Loubaki Moukala, chargé des subventions du ROSCAM, assure le secrétariat du comité, sans droit de
vote.</p>
<p>Les propositions sont notées sur 100 points : pertinence (30 points), participation des migrants (25 points),
faisabilité (25 points) et réalisme du budget (20 points). Les organisations
présélectionnées sont invitées à un entretien en ligne entre le lundi 3 et le vendredi 7 octobre 2039.</p>
<p>Toutes les organisations candidates seront informées du résultat par courriel dans la seconde quinzaine
d'octobre 2039.</p>

<h2>9. Calendrier indicatif</h2>
{calendar_table()}

<h2>10. Mise en œuvre et rapports</h2>
<p>Un représentant de chaque organisation retenue participe à un atelier de démarrage de deux jours, le
mercredi 9 et le jeudi 10 novembre 2039, au Centre de conférences Les Manguiers, quartier Bacongo, à Brazzaville.
Ses frais de voyage et de séjour sont pris en charge par le ROSCAM, hors subvention.</p>
<p>Les projets sont mis en œuvre du mardi 15 novembre 2039 au jeudi 15 mars 2040. Les organisations remettent une
note d'étape de deux pages en janvier 2040, puis un rapport final narratif et financier, accompagné des pièces
justificatives, au plus tard le vendredi 13 avril 2040.</p>

<h2>Contact</h2>
<table class="contact" width="100%"><tr><td>
<p><b>M. Arsène Loubaki Moukala</b>, chargé des subventions</p>
<p>Secrétariat régional du ROSCAM, Immeuble Les Palmiers, 2e étage, avenue Amilcar-Cabral, centre-ville,
Brazzaville (République du Congo)</p>
<p>Courriel : <span class="nw">{GRANTS_MAIL}</span></p>
<p>Page de l'appel : <span class="nw">{CALL_URL}</span></p>
</td></tr></table>

<p class="sign">Clarisse Mabiala-Nkounkou</p>
<p class="sign-sub">Coordonnatrice régionale, Réseau des organisations de la société civile d'Afrique centrale pour
les migrations</p>
"""

HTML = re.sub(r"(\d{1,2} h \d{2})", r'<span class="nw">\1</span>', HEADER + SECTIONS_1_4 + SECTIONS_5_7 + SECTIONS_8_10)

FOOTER_LEFT = f"ROSCAM – Appel à propositions – Fonds de petites subventions 2039 – Réf. {REFERENCE}"


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
        page.draw_line((left, PAGE.height - 52), (right, PAGE.height - 52), color=(0.12, 0.37, 0.23), width=0.5)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 48, right - 80, PAGE.height - 30),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 48, right, PAGE.height - 30),
                            f"<p style='{style} text-align: right'>Page {number} sur {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Appel à propositions – Fonds de petites subventions pour la participation de la société civile à "
                 "l'examen régional du Pacte mondial sur les migrations",
        "author": "Réseau des organisations de la société civile d'Afrique centrale pour les migrations (ROSCAM)",
        "subject": "Date limite de dépôt : lundi 19 septembre 2039, 17 h 00 (UTC+1)",
        "creator": "Secrétariat régional du ROSCAM – Brazzaville",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
