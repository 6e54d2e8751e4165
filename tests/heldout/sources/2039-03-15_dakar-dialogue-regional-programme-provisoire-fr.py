"""Writes the held-out test document
tests/heldout/2039-03-15_dakar-dialogue-regional-programme-provisoire-fr.pdf.

Held-out DEVELOPMENT document: a French "Programme provisoire", issued in Dakar on Tuesday 15 March 2039 by a
fictional sub-regional civil-society network, the « Réseau ouest-africain Migration et Travail décent » (ROAM-TD),
with the Réseau des Nations Unies sur les migrations, for the « Dialogue régional des parties prenantes sur la
migration de travail en Afrique de l'Ouest », held on Wednesday 20 and Thursday 21 April 2039 at an invented hotel
and conference centre in Dakar (Hôtel Almadies Océan & Centre de conférences). Everything in it (people, bodies,
e-mails, URLs, Zoom meeting) is invented.

Content: a cover block (network, reference, issue date, title, dates, venue, hybrid format with a Zoom link,
meeting ID and passcode for the plenary sessions only, all times GMT); a short « Informations pratiques » section
(free participation, 120 in-person seats for 16 countries, in-person registration through an online form no later
than Friday 8 April 2039 at 23:59 GMT, badge collection on Tuesday 19 April 2039 from 15:00 to 19:00 GMT and on the
first morning from 7:45, ID and confirmation required, interpretation French / English / Portuguese in plenary
only, written statements of at most 500 words by Monday 11 April 2039, visa invitation letters on request, travel
and accommodation at participants' expense, a contact person and two e-mails); the programme of each day as a table
(Horaire | Séance | Intervenants / modération), with an opening session, numbered sessions « Séance 1 » to
« Séance 6 » (Séance 3 = three parallel working groups, in person only), coffee breaks, a lunchtime side event on
day 1 (12:45-13:45, salle Casamance, 40 places), one speaker « à confirmer » (an unnamed ECOWAS Commission
representative in Séance 1) and a closing session; a final box listing what is not yet fixed (the ECOWAS speaker,
the hotel's preferential rate, the airport shuttle, whether plenary recordings are published, the report's
publication date, the date and place of the next dialogue).

PDF: A4, laid out with a PyMuPDF Story (HTML + CSS) in DejaVu Sans / DejaVu Sans Condensed, styled as a browser
prints a web page: the programme tables have a bold bottom rule under the header row and otherwise only a thin
bottom border under each cell, no vertical rules and no background colours (browsers do not print them by
default; MuPDF also misplaces cell backgrounds when a table breaks across pages). Day 1's heading is a row spanning
the whole table (colspan=3); day 2's heading is an <h2> above its table. The font's GSUB table is disabled so that no ligatures (fi, fl) are
applied and the text extracts letter by letter. A footer with the reference and « Page X sur Y » is stamped on each
page.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-03-15_dakar-dialogue-regional-programme-provisoire-fr.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2039-03-15_dakar-dialogue-regional-programme-provisoire-fr"
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
MARGIN_X = 50
BODY = pymupdf.Rect(MARGIN_X, 44, PAGE.width - MARGIN_X, PAGE.height - 62)

ACCENT = "#0b5c4a"  # dark green
SAND = "#c9a25c"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: {family}; src: url({name}); {style}}}" for name, (family, style) in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9pt; line-height: 1.32; color: #1c1c1c;}}
p {{margin: 0 0 5pt 0; text-align: left;}}
.org {{font-size: 9pt; font-weight: bold; color: {ACCENT}; margin: 0;}}
.org-sub {{font-size: 8pt; color: #444444; margin: 0;}}
.ref {{font-size: 7.8pt; color: #555555; text-align: right; margin: 0;}}
.kind {{font-size: 10.5pt; font-weight: bold; letter-spacing: 1pt; color: {SAND}; margin: 14pt 0 2pt 0;}}
h1 {{font-size: 15pt; line-height: 1.25; color: {ACCENT}; margin: 0 0 6pt 0;}}
.when {{font-size: 10pt; font-weight: bold; margin: 0 0 8pt 0;}}
h2 {{font-size: 11pt; color: {ACCENT}; margin: 12pt 0 4pt 0; border-bottom: 0.6pt solid {ACCENT};}}
.cover td {{font-size: 8.6pt; padding: 3pt 6pt; vertical-align: top; border-bottom: 0.5pt solid #b7c4bf;}}
.cover td.k {{font-weight: bold; color: {ACCENT}; width: 88pt;}}
.link {{font-family: dvc; margin: 0 0 3pt 0;}}
table {{border-collapse: collapse;}}
.prog th {{font-family: dvc; font-size: 8.4pt; text-align: left; color: #222222; padding: 4pt 5pt;
          border-bottom: 1.4pt solid #555555;}}
.prog td {{font-family: dvc; font-size: 8.1pt; line-height: 1.3; padding: 4pt 5pt; vertical-align: top;
          border-bottom: 0.5pt solid #bbbbbb;}}
.prog td p {{margin: 0 0 2.5pt 0;}}
.prog td.t {{white-space: nowrap; width: 70pt;}}
.prog td.day {{font-family: dv; font-size: 11pt; font-weight: bold; color: {ACCENT}; padding: 6pt 0 3pt 0;
              border-bottom: 0.6pt solid {ACCENT};}}
.prog tr.brk td {{color: #555555; font-style: italic;}}
.note {{font-size: 8.4pt; color: #333333;}}
.box td {{border: 0.8pt solid {SAND}; background-color: #fbf6ea; padding: 6pt 8pt;}}
.box p {{margin: 0 0 3pt 0;}}
.nw {{white-space: nowrap;}}
"""

REFERENCE = "ROAM-TD/DR/2039/02"
CONTACT = "dialogue.dakar@roam-td.example"
CONTRIB = "contributions.dakar@roam-td.example"
FORM_URL = "https://roam-td.example.org/dakar2039/inscription"
ZOOM_URL = "https://zoom.example.org/j/84620391757"

COVER = f"""
<p class="org">Réseau ouest-africain Migration et Travail décent (ROAM-TD)</p>
<p class="org-sub">Secrétariat exécutif – Dakar, Sénégal</p>
<p class="org-sub">En partenariat avec le Réseau des Nations Unies sur les migrations</p>
<p class="ref">Réf. : {REFERENCE}</p>
<p class="ref">Dakar, le 15 mars 2039</p>
<p class="ref">Original : français</p>

<p class="kind">PROGRAMME PROVISOIRE</p>
<h1>Dialogue régional des parties prenantes sur la migration de travail en Afrique de l'Ouest</h1>
<p class="when">Dakar (Sénégal), mercredi 20 et jeudi 21 avril 2039</p>

<table class="cover" width="100%">
<tr><td class="k">Dates</td><td>Le mercredi 20 et le jeudi 21 avril 2039</td></tr>
<tr><td class="k">Lieu</td><td>Hôtel Almadies Océan &amp; Centre de conférences, route de Ngor, Dakar. Séances plénières
dans la salle Gorée (rez-de-chaussée) ; groupes de travail dans les salles Saloum, Casamance et Ferlo (premier
étage).</td></tr>
<tr><td class="k">Format</td><td>Hybride : en présentiel à Dakar et en ligne. Seules les séances plénières sont
retransmises sur Zoom ; les groupes de travail et l'événement parallèle se tiennent en présentiel uniquement.</td></tr>
<tr><td class="k">Lien Zoom (plénières)</td><td><p class="link">{ZOOM_URL}</p>
<p class="link">ID de réunion : 846 2039 1757 – Code secret : Dakar2039</p></td></tr>
<tr><td class="k">Fuseau horaire</td><td>Tous les horaires sont indiqués en heure de Dakar (GMT).</td></tr>
</table>

<p style="margin-top: 8pt">Le Dialogue régional réunit des organisations de la société civile, des syndicats, des
associations de migrants et de la diaspora, des organisations d'employeurs, des chercheurs, des représentants des
gouvernements et des entités des Nations Unies des quinze États membres de la CEDEAO et de la Mauritanie. Il doit
permettre de faire le point sur la mise en œuvre, en Afrique de l'Ouest, des engagements du Pacte mondial pour des
migrations sûres, ordonnées et régulières relatifs à la migration de travail, et d'adopter des messages clés en vue
de la prochaine revue régionale africaine du Pacte mondial. Le présent programme est provisoire et peut encore
évoluer ; la version définitive sera diffusée dans le courant du mois d'avril 2039.</p>
"""

PRACTICAL = f"""
<h2>Informations pratiques</h2>
<p><b>Participation et inscription.</b> La participation est gratuite. Le nombre de places en présentiel est limité
à 120. L'inscription pour une participation en présentiel se fait uniquement par le formulaire en ligne :</p>
<p class="link">{FORM_URL}</p>
<p>Les inscriptions en présentiel doivent être reçues au plus tard le vendredi 8 avril 2039 à 23 h 59 GMT. Chaque
inscription est confirmée par courriel. Aucune inscription n'est nécessaire pour suivre les plénières en ligne : le
lien Zoom indiqué ci-dessus suffit.</p>
<p><b>Accréditation et badges.</b> Les badges sont à retirer le mardi 19 avril 2039, de 15 h 00 à 19 h 00 GMT, au
comptoir d'accréditation situé dans le hall de l'hôtel, puis le mercredi 20 avril à partir de 7 h 45. Une pièce
d'identité (passeport ou carte nationale d'identité) et le courriel de confirmation d'inscription sont
exigés. L'accès aux salles n'est pas possible sans badge.</p>
<p><b>Langues.</b> Une interprétation simultanée en français, en anglais et en portugais est assurée pendant les
séances plénières, y compris pour les participants en ligne. Les groupes de travail et l'événement parallèle se
déroulent en français et en anglais, sans interprétation.</p>
<p><b>Déclarations écrites.</b> Les organisations qui le souhaitent peuvent transmettre une déclaration écrite de
500 mots au maximum, en français, en anglais ou en portugais, à <span class="nw">{CONTRIB}</span> au plus tard le
lundi 11 avril 2039. Les déclarations reçues seront compilées et remises aux participants.</p>
<p><b>Voyage, hébergement et visas.</b> Les frais de voyage et d'hébergement sont à la charge des participants ou
de leur organisation. Les ressortissants des États membres de la CEDEAO sont dispensés de visa pour entrer au
Sénégal ; les autres participants peuvent demander une lettre d'invitation à l'adresse de contact ci-dessous, une
fois leur inscription confirmée. Les pauses-café et les déjeuners des deux journées sont offerts sur place.</p>
<p><b>Contact.</b> Mme Mariètou Ndiaye Guèye, chargée de la logistique et des accréditations, ROAM-TD –
courriel : <span class="nw">{CONTACT}</span></p>
"""

# A row is (horaire, séance HTML, [intervenants / modération, one paragraph each], css class of the row or "").
DAY1_ROWS = [
    ("7 h 45 – 9 h 00", "Accueil des participants et retrait des badges", ["Hall de l'hôtel"], "brk"),
    ("9 h 00 – 10 h 00", "<b>Séance d'ouverture</b> (plénière, retransmise sur Zoom)", [
        "M. Papa Alioune Mbodj, Directeur général du Travail et de la Sécurité sociale, ministère du Travail "
        "(Sénégal)",
        "Mme Josephine Adwoa Mensah-Bonsu, Coordonnatrice, Réseau des Nations Unies sur les migrations pour "
        "l'Afrique de l'Ouest et du Centre",
        "M. Boubacar Traoré Keïta, Président du conseil d'administration, ROAM-TD",
        "<i>Modération :</i> Mme Ndèye Fatou Sarr Diagne, Secrétaire exécutive, ROAM-TD",
    ], ""),
    ("10 h 00 – 10 h 30", "Pause-café et photo de groupe", [], "brk"),
    ("10 h 30 – 12 h 30", "<b>Séance 1 : Libre circulation et migration de travail dans l'espace CEDEAO : état des "
     "lieux</b> (plénière)", [
        "Dr Yaw Owusu-Ansah, Chercheur principal, Institut ouest-africain de recherche sur les mobilités (Accra)",
        "Mme Mariam Sangaré Coulibaly, Secrétaire générale, Union des travailleurs migrants du Mali (Bamako)",
        "M. Ibrahima Seck, Spécialiste des migrations de main-d'œuvre, Organisation internationale du Travail "
        "(Dakar)",
        "Représentant de la Direction de la libre circulation, Commission de la CEDEAO (à confirmer)",
        "<i>Modération :</i> Pr Aïssatou Kane Dieng, Professeure de sociologie, Centre de recherche sur les "
        "migrations de Saint-Louis",
    ], ""),
    ("12 h 30 – 14 h 00", "Déjeuner (restaurant Le Baobab, rez-de-chaussée)", [], "brk"),
    ("12 h 45 – 13 h 45", "<b>Événement parallèle</b> (salle Casamance, en présentiel uniquement) : présentation du "
     "guide «&#160;Partir informée&#160;» sur le recrutement équitable des travailleuses domestiques vers le "
     "Moyen-Orient", [
        "Co-organisé par l'Association des femmes migrantes de retour de Thiès (AFMRT) et l'Organisation "
        "internationale pour les migrations (OIM)",
        "Mme Khady Ba Ndoye, Présidente, AFMRT",
        "M. Kodjo Agbéko Amévor, Chargé de programme, OIM (Dakar)",
        "Un déjeuner léger est servi dans la salle ; 40 places, sans inscription préalable.",
    ], ""),
    ("14 h 00 – 15 h 30", "<b>Séance 2 : Recrutement équitable et protection des travailleurs migrants sur les "
     "corridors vers l'Afrique du Nord, le Golfe et l'Europe</b> (plénière)", [
        "Mme Adjoa Serwaa Amponsah, Directrice, Collectif pour les droits des travailleurs migrants du Ghana "
        "(Kumasi)",
        "M. Moctar Ould Brahim, Inspecteur principal du travail, ministère de la Fonction publique et du Travail "
        "(Mauritanie)",
        "Mme Esperança Gomes Tavares, Coordinatrice, Réseau des associations de la diaspora cap-verdienne (Praia)",
        "<i>Modération :</i> M. Sékou Camara, Secrétaire aux relations internationales, Confédération syndicale "
        "ouest-africaine",
    ], ""),
    ("15 h 30 – 15 h 45", "Pause-café", [], "brk"),
    ("15 h 45 – 17 h 15", "<b>Séance 3 : Groupes de travail thématiques</b> (en présentiel uniquement, non "
     "retransmis)", [
        "Groupe A (salle Saloum) – Femmes migrantes et travail domestique ; facilitation : Mme Rokhaya Mbaye Fall, "
        "Syndicat national des travailleuses domestiques (Dakar)",
        "Groupe B (salle Casamance) – Jeunes, migration saisonnière et travail agricole ; facilitation : "
        "M. Yacouba Ouédraogo, Réseau des jeunes pour une migration sûre (Ouagadougou)",
        "Groupe C (salle Ferlo) – Protection sociale et portabilité des droits ; facilitation : Mme Fanta Condé, "
        "Observatoire guinéen de la protection sociale (Conakry)",
    ], ""),
    ("17 h 15 – 17 h 30", "Synthèse de la première journée (plénière)", [
        "Mme Ndèye Fatou Sarr Diagne, ROAM-TD",
    ], ""),
]

DAY2_ROWS = [
    ("8 h 30 – 9 h 00", "Accueil des participants", [], "brk"),
    ("9 h 00 – 10 h 30", "<b>Séance 4 : Compétences, reconnaissance des qualifications et réintégration des "
     "travailleurs migrants de retour</b> (plénière)", [
        "Dr Olumide Adebayo-Clarke, Directeur, Centre nigérian pour l'emploi des jeunes et la mobilité (Lagos)",
        "Mme Mame Diarra Thiam, Responsable du Bureau d'accueil des migrants de retour, Direction générale "
        "d'appui aux Sénégalais de l'extérieur",
        "M. Jean-Baptiste Kouassi N'Guessan, Chargé de l'emploi et de la formation, Fédération des employeurs du "
        "bâtiment de Côte d'Ivoire",
        "<i>Modération :</i> Mme Hawa Keïta Dembélé, Spécialiste migration et développement, Programme des "
        "Nations Unies pour le développement (Bamako)",
    ], ""),
    ("10 h 30 – 11 h 00", "Pause-café", [], "brk"),
    ("11 h 00 – 12 h 30", "<b>Séance 5 : Données, suivi et préparation de la contribution ouest-africaine à la "
     "revue régionale du Pacte mondial</b> (plénière)", [
        "M. Tidiane Bâ Sy, Statisticien principal, Observatoire sénégalais des migrations",
        "Mme Grace Ebere Okonkwo, Chargée des données migratoires, OIM, Bureau régional (Dakar)",
        "M. Lamine Diallo Bangoura, Coordinateur, Plateforme des associations de migrants de Guinée",
        "<i>Modération :</i> Mme Carla Lopes da Silva, Chargée de programme, ROAM-TD (Bissau)",
    ], ""),
    ("12 h 30 – 14 h 00", "Déjeuner (restaurant Le Baobab, rez-de-chaussée)", [], "brk"),
    ("14 h 00 – 15 h 30", "<b>Séance 6 : Restitution des groupes de travail et adoption des messages clés</b> "
     "(plénière)", [
        "Rapporteurs des groupes A, B et C",
        "<i>Rapporteuse générale :</i> Pr Aïssatou Kane Dieng, Centre de recherche sur les migrations de "
        "Saint-Louis",
        "<i>Modération :</i> Mme Ndèye Fatou Sarr Diagne, ROAM-TD",
    ], ""),
    ("15 h 30 – 16 h 30", "<b>Séance de clôture</b> (plénière, retransmise sur Zoom)", [
        "M. Papa Alioune Mbodj, ministère du Travail (Sénégal)",
        "Mme Josephine Adwoa Mensah-Bonsu, Réseau des Nations Unies sur les migrations",
        "M. Boubacar Traoré Keïta, ROAM-TD",
    ], ""),
]

HEAD = ('<tr><th style="width: 70pt">Horaire</th><th style="width: 190pt">Séance</th>'
        '<th>Intervenants / modération</th></tr>')


def rows_html(rows) -> str:
    out = []
    for time, session, people, cls in rows:
        people_html = "".join(f"<p>{p}</p>" for p in people)
        attr = f' class="{cls}"' if cls else ""
        out.append(f'<tr{attr}><td class="t">{time}</td><td>{session}</td><td>{people_html}</td></tr>')
    return "".join(out)


PROGRAMME = f"""
<h2>Programme</h2>
<p class="note">Horaires en heure de Dakar (GMT). Les plénières ont lieu dans la salle Gorée.</p>
<table class="prog" width="100%">
<tr><td class="day" colspan="3">Jour 1 – mercredi 20 avril 2039</td></tr>
{HEAD}
{rows_html(DAY1_ROWS)}
</table>

<h2>Jour 2 – jeudi 21 avril 2039</h2>
<table class="prog" width="100%">
{HEAD}
{rows_html(DAY2_ROWS)}
</table>
"""

PENDING = """
<h2>Points non encore arrêtés</h2>
<table class="box" width="100%"><tr><td>
<p>Les éléments suivants seront précisés ultérieurement aux participants inscrits :</p>
<p>• le nom du représentant de la Commission de la CEDEAO qui interviendra dans la séance 1 ;</p>
<p>• le tarif préférentiel des chambres de l'hôtel, en cours de négociation ;</p>
<p>• les modalités de la navette entre l'aéroport international Blaise-Diagne et l'hôtel ;</p>
<p>• la publication éventuelle des enregistrements des séances plénières ;</p>
<p>• la date de publication du rapport du Dialogue ;</p>
<p>• la date et le lieu du prochain dialogue régional, qui seront discutés lors de la séance de clôture.</p>
</td></tr></table>
"""

HTML = COVER + PRACTICAL + PROGRAMME + PENDING

FOOTER_LEFT = f"{REFERENCE} – Programme provisoire du 15 mars 2039 – susceptible de modifications"


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
        page.draw_line((left, PAGE.height - 50), (right, PAGE.height - 50), color=(0.6, 0.6, 0.6), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 46, right - 80, PAGE.height - 28),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 46, right, PAGE.height - 28),
                            f"<p style='{style} text-align: right'>Page {number} sur {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Programme provisoire – Dialogue régional des parties prenantes sur la migration de travail en "
                 "Afrique de l'Ouest",
        "author": "Réseau ouest-africain Migration et Travail décent (ROAM-TD)",
        "subject": "Dakar (Sénégal), 20 et 21 avril 2039",
        "creator": "Secrétariat exécutif du ROAM-TD",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
