"""Write tests/heldout/2037-07-06_beyrouth-groupe-de-travail-proces-verbal-fr.pdf.

Held-out DEVELOPMENT document: a French "PROCÈS-VERBAL" (minutes), issued on 6 July 2037, of the third meeting of a
(fictional) regional civil-society working group on the rights of migrant workers in the Arab region, held in Beirut
in hybrid format on Wednesday, 24 June 2037. It lists the members present in the room, online and excused, gives a
numbered agenda, decisions numbered "Décision 3/1" to "Décision 3/5", a table of actions (action / responsable /
échéance), the date and place of the fourth meeting, the deadline for comments on the minutes and a contact e-mail.
All people, organisations, addresses, e-mails and URLs are invented.

A4, one column, laid out with a PyMuPDF Story (HTML + CSS, DejaVu Sans with its GSUB table hidden so that no
ligatures are drawn or extracted), then a running header (symbol and body) and a footer with "Page X sur Y" stamped
on every page.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2037-07-06_beyrouth-groupe-de-travail-proces-verbal-fr.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2037-07-06_beyrouth-groupe-de-travail-proces-verbal-fr"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
    "DejaVuSans-Oblique.ttf": "font-style: italic;",
    "DejaVuSans-BoldOblique.ttf": "font-weight: bold; font-style: italic;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 62
BODY = pymupdf.Rect(MARGIN_X, 80, PAGE.width - MARGIN_X, PAGE.height - 66)
ACCENT = "#7a2e1f"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9.2pt; line-height: 1.3; color: #1a1a1a;}}
p {{margin: 0 0 5pt 0; text-align: justify;}}
.ref {{font-size: 7.8pt; color: #555555; text-align: right; margin: 0;}}
.body-name {{font-size: 9.4pt; font-weight: bold; text-align: center; margin: 12pt 0 2pt 0;}}
.secretariat {{font-size: 8.2pt; font-style: italic; text-align: center; color: #444444; margin: 0 0 10pt 0;}}
.kind {{font-size: 15pt; font-weight: bold; text-align: center; color: {ACCENT}; margin: 4pt 0 2pt 0;}}
h1 {{font-size: 12pt; text-align: center; margin: 0 0 3pt 0;}}
.when {{font-size: 9.4pt; text-align: center; margin: 0 0 10pt 0;}}
h2 {{font-size: 10.6pt; color: {ACCENT}; margin: 10pt 0 4pt 0;}}
h3 {{font-size: 9.6pt; margin: 7pt 0 3pt 0;}}
ul, ol {{margin: 0 0 5pt 0; padding-left: 18pt;}}
li {{margin: 0 0 2pt 0;}}
.decision {{margin: 3pt 0 6pt 12pt; padding-left: 6pt; border-left: 2pt solid {ACCENT};}}
.infos td {{border: 0.8pt solid {ACCENT}; padding: 5pt 8pt;}}
.infos p {{font-size: 8.8pt; margin-bottom: 3pt; text-align: left;}}
table {{border-collapse: collapse;}}
.actions th {{font-size: 8.4pt; text-align: left; color: #ffffff; background-color: {ACCENT};
             border: 0.6pt solid {ACCENT}; padding: 3pt 4pt;}}
.actions td {{font-size: 8.3pt; border: 0.6pt solid #999999; padding: 3pt 4pt; vertical-align: top;
             text-align: left; line-height: 1.22;}}
.mail {{margin-left: 18pt; font-weight: bold;}}
.url {{margin-left: 18pt; text-align: left;}}
.sign {{margin-top: 14pt; text-align: left;}}
"""

HTML = """
<p class="ref">Diffusion : membres et observateurs du Groupe de travail</p>
<p class="ref">GTR-TM/2037/3/PV</p>
<p class="ref">Beyrouth, le 6 juillet 2037</p>
<p class="ref">Original : français</p>

<p class="body-name">Groupe de travail régional de la société civile sur les droits des travailleurs migrants
dans la région arabe (GTR-TM)</p>
<p class="secretariat">Secrétariat assuré par le Forum arabe des organisations de la société civile pour la
migration (FAOSCM), avec l'appui du Réseau régional des Nations Unies sur les migrations pour les États arabes</p>

<p class="kind">PROCÈS-VERBAL</p>
<h1>Troisième réunion du Groupe de travail</h1>
<p class="when">Beyrouth (format hybride), mercredi 24 juin 2037,<br>de 9 h 30 à 16 h 15 (heure de Beyrouth, UTC+3)</p>

<table class="infos" width="100%"><tr><td>
<p><b>Lieu :</b> Centre Nour pour le dialogue citoyen, rue Makdissi, Hamra, Beyrouth (Liban) ; participation à
distance par Zoom.</p>
<p><b>Présidence :</b> Mme Rania Haddad-Khoury, présidente du Groupe de travail.</p>
<p><b>Rapporteur :</b> M. Karim El-Amine, chargé de programme, secrétariat du FAOSCM.</p>
<p><b>Langues :</b> arabe, français et anglais, avec interprétation simultanée.</p>
<p><b>Quorum :</b> 11 membres sur 15 ont participé (7 en salle, 4 en ligne) ; le quorum de 8 membres était
atteint.</p>
</td></tr></table>

<h2>1. Participation</h2>
<h3>1.1 Membres présents en salle</h3>
<ul>
<li>Mme Rania Haddad-Khoury, Association libanaise pour la dignité au travail (Liban), présidente</li>
<li>M. Omar Abu Seif, directeur, Centre jordanien pour les droits des travailleurs (Jordanie)</li>
<li>Dr Leïla Benslimane, chercheuse, Observatoire maghrébin des mobilités (Maroc)</li>
<li>Mme Hanan Al-Khatib, coordinatrice, Collectif des travailleuses domestiques migrantes (Liban)</li>
<li>M. Youssef Mansour, avocat, Ligue égyptienne pour les droits des migrants (Égypte)</li>
<li>Dr Samir Tarabay, directeur de recherche, Institut d'études sur le travail et la migration (Liban)</li>
<li>Mme Amal Ben Salah, secrétaire générale, Union tunisienne d'aide aux travailleurs migrants (Tunisie)</li>
</ul>
<h3>1.2 Membres présents en ligne</h3>
<ul>
<li>M. Faisal Al-Rashidi, Initiative Marsad pour les travailleurs migrants (Koweït)</li>
<li>Mme Noura Al-Hashemi, Association bahreïnienne pour l'équité au travail (Bahreïn)</li>
<li>Dr Tariq Osman, Centre soudanais pour la migration et le développement (Soudan)</li>
<li>Mme Meseret Alemu, Alliance des travailleuses migrantes d'Afrique de l'Est, section du Qatar (Qatar)</li>
</ul>
<h3>1.3 Membres excusés</h3>
<ul>
<li>M. Ahmed Zayed, Fédération des syndicats du secteur privé (Irak)</li>
<li>Mme Salma Idrissi, Collectif algérien pour les droits des migrants (Algérie)</li>
<li>Dr Nadia Farhat, Centre palestinien d'études sociales (Palestine)</li>
</ul>
<p>Un membre était absent sans excuse. Les membres présents représentaient neuf pays.</p>
<h3>1.4 Observateurs</h3>
<ul>
<li>Mme Claire Dubois-Nasser, spécialiste des migrations, Réseau régional des Nations Unies sur les migrations pour
les États arabes (en salle)</li>
<li>M. Hassan Qasem, spécialiste des migrations de main-d'œuvre, Organisation internationale du Travail (OIT)
(en ligne)</li>
</ul>

<h2>2. Ordre du jour</h2>
<ol>
<li>Ouverture de la réunion et adoption de l'ordre du jour</li>
<li>Adoption du procès-verbal de la deuxième réunion</li>
<li>Contribution du Groupe de travail à l'examen régional du Pacte mondial pour les migrations dans la région
arabe</li>
<li>Travailleuses domestiques migrantes et système de parrainage (kafala)</li>
<li>Plan de travail et budget 2037-2038</li>
<li>Élection à la coprésidence du Groupe de travail</li>
<li>Questions diverses et date de la prochaine réunion</li>
</ol>

<h2>3. Déroulement de la réunion et décisions</h2>
<h3>Points 1 et 2 - Ouverture ; procès-verbal de la deuxième réunion</h3>
<p>La présidente a ouvert la réunion à 9 h 30 et souhaité la bienvenue aux membres ainsi qu'aux deux
observateurs.</p>
<p class="decision"><b>Décision 3/1 :</b> L'ordre du jour de la troisième réunion et le procès-verbal de la
deuxième réunion sont adoptés sans modification.</p>

<h3>Point 3 - Contribution à l'examen régional du Pacte mondial</h3>
<p>Dr Samir Tarabay a présenté les premiers résultats d'une enquête menée auprès de 1 240 travailleurs et
travailleuses migrants dans quatre pays : 63 % déclarent avoir payé des frais de recrutement et 41 % n'ont pas
accès à leur passeport. M. Omar Abu Seif a demandé que la note du Groupe insiste sur «&#160;l'interdiction effective des
frais de recrutement&#160;», conformément à l'objectif 6 du Pacte mondial. Mme Amal Ben Salah a rappelé la situation
des travailleurs migrants bloqués en transit en Afrique du Nord.</p>
<p class="decision"><b>Décision 3/2 :</b> Le Groupe de travail prépare une note de position commune, de 2 500 mots
au plus, en arabe, en français et en anglais, à soumettre à l'examen régional du Pacte mondial pour des migrations
sûres, ordonnées et régulières dans la région arabe. Chaque membre peut transmettre une étude de cas de 800 mots
au maximum. Dr Samir Tarabay coordonne la rédaction.</p>

<h3>Point 4 - Travailleuses domestiques migrantes et kafala</h3>
<p>Mme Hanan Al-Khatib a présenté les priorités des travailleuses domestiques migrantes : l'accès à la justice,
le droit de changer d'employeur sans l'accord de celui-ci et la sortie du système de parrainage (kafala). Les
membres ont constaté qu'aucun sous-groupe thématique n'existait encore au sein du Groupe de travail.</p>
<p class="decision"><b>Décision 3/3 :</b> Un sous-groupe «&#160;Travailleuses domestiques migrantes&#160;» est créé. Il est
coordonné par Mme Hanan Al-Khatib et compte cinq membres. La date de sa première réunion en ligne est à
confirmer.</p>

<h3>Point 5 - Plan de travail et budget</h3>
<p>Le secrétariat a présenté le projet de plan de travail 2037-2038. L'enveloppe disponible pour 2037 s'élève à
42 000 dollars des États-Unis. Plusieurs membres ont demandé que le
secrétariat présente, à l'avenir, un budget détaillé par activité.</p>
<p class="decision"><b>Décision 3/4 :</b> Le plan de travail 2037-2038 est adopté. Le budget 2038 n'a pas été
examiné ; son examen est reporté à la prochaine réunion.</p>

<h3>Point 6 - Élection à la coprésidence</h3>
<p>Le secrétariat a reçu deux candidatures. Le règlement intérieur exige la présence en salle d'au moins dix
membres pour toute élection ; seuls sept membres étant présents en salle, l'élection est reportée à la prochaine
réunion.</p>

<h3 style="page-break-before: always">Point 7 - Questions diverses et prochaine réunion</h3>
<p class="decision"><b>Décision 3/5 :</b> La quatrième réunion du Groupe de travail se tiendra à Amman (Jordanie),
en format hybride, le jeudi 22 octobre 2037, à partir de 10 h 00 (heure d'Amman, UTC+3). Le Centre jordanien pour
les droits des travailleurs accueillera la réunion ; le lieu précis est à confirmer.</p>
<p>Les membres confirmeront au secrétariat leur participation, en salle ou en ligne, au plus tard le lundi
28 septembre 2037. La participation d'un représentant de l'OIT à la quatrième réunion reste à confirmer.</p>
<p>La présidente a levé la séance à 16 h 15.</p>

<h2>4. Tableau des actions</h2>
<table class="actions" width="100%">
<tr><th style="width: 190pt">Action</th><th style="width: 118pt">Responsable</th><th style="width: 128pt">Échéance</th></tr>
<tr><td>Transmettre les études de cas (800 mots au maximum)</td><td>Tous les membres</td>
<td>vendredi 31 juillet 2037</td></tr>
<tr><td>Proposer un mandat pour le sous-groupe «&#160;Travailleuses domestiques migrantes&#160;»</td>
<td>Mme Hanan Al-Khatib</td><td>vendredi 14 août 2037</td></tr>
<tr><td>Diffuser le projet de note de position aux membres</td><td>Dr Samir Tarabay, avec le secrétariat</td>
<td>vendredi 4 septembre 2037</td></tr>
<tr><td>Transmettre la note de position finale au secrétariat de l'examen régional</td>
<td>Mme Rania Haddad-Khoury</td><td>mardi 15 septembre 2037</td></tr>
<tr><td>Confirmer la participation à la quatrième réunion (en salle ou en ligne)</td><td>Tous les membres</td>
<td>lundi 28 septembre 2037</td></tr>
<tr><td>Confirmer le lieu précis de la quatrième réunion à Amman</td><td>M. Omar Abu Seif</td>
<td>à confirmer</td></tr>
<tr><td>Préparer le projet de budget 2038</td><td>Secrétariat (FAOSCM)</td>
<td>reporté à la prochaine réunion</td></tr>
</table>

<h2>5. Observations sur le procès-verbal</h2>
<p>Les membres sont invités à faire part de leurs observations sur le présent procès-verbal au plus tard le
vendredi 17 juillet 2037 à 17 h 00 (heure de Beyrouth), par courriel à l'adresse suivante :</p>
<p class="mail">gtr-migrants@faoscm.example</p>
<p>En l'absence d'observations à cette date, le procès-verbal sera considéré comme approuvé. Les documents de la
réunion peuvent être consultés dans l'espace des membres :</p>
<p class="url">https://faoscm.example.org/gtr/reunion-3</p>

<p class="sign">Le rapporteur : M. Karim El-Amine<br>La présidente : Mme Rania Haddad-Khoury</p>
"""

HEADER_LEFT = "GTR-TM/2037/3/PV"
HEADER_RIGHT = "Groupe de travail régional de la société civile - Droits des travailleurs migrants (région arabe)"
FOOTER_LEFT = "Procès-verbal de la troisième réunion - Beyrouth, 24 juin 2037"


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
    style = "font-size: 7.4pt; color: #505050;"
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        page.insert_htmlbox(pymupdf.Rect(left, 38, left + 120, 56),
                            f"<p style='{style} font-weight: bold'>{HEADER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(left + 120, 38, right, 56),
                            f"<p style='{style} text-align: right'>{HEADER_RIGHT}</p>", css=css, archive=archive)
        page.draw_line((left, 59), (right, 59), color=(0.48, 0.18, 0.12), width=0.7)
        page.draw_line((left, PAGE.height - 56), (right, PAGE.height - 56), color=(0.6, 0.6, 0.6), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 52, right - 90, PAGE.height - 32),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 90, PAGE.height - 52, right, PAGE.height - 32),
                            f"<p style='{style} text-align: right'>Page {number} sur {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Procès-verbal de la troisième réunion du Groupe de travail régional de la société civile sur les"
                 " droits des travailleurs migrants dans la région arabe",
        "author": "Forum arabe des organisations de la société civile pour la migration (FAOSCM)",
        "subject": "Troisième réunion, Beyrouth (format hybride), 24 juin 2037",
        "creator": "Secrétariat du GTR-TM",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
