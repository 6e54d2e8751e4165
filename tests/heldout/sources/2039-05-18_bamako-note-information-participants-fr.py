"""Writes the held-out test document
tests/heldout/2039-05-18_bamako-note-information-participants-fr.pdf.

Held-out DEVELOPMENT document: a French « Note d'information aux participants », issued in Bamako on Wednesday
18 May 2039 by a fictional civil-society platform, the « Plateforme ouest-africaine de la société civile pour les
migrations » (POSCM-AO, secretariat in Bamako), with the Réseau des Nations Unies sur les migrations pour l'Afrique
de l'Ouest et du Centre, for the « Réunion régionale des parties prenantes sur l'examen du Pacte mondial pour les
migrations en Afrique de l'Ouest », held in person from Tuesday 21 to Thursday 23 June 2039 at an invented hotel in
Bamako (Hôtel Badala Plaza, Badalabougou-Est). Everything in it (people, bodies, e-mails, URL, phone number, hotel)
is invented.

Content: letterhead, reference, place and date, title; eleven numbered sections:
  1. Objet (about 110 participants from 16 countries, four objectives, contribution to the African regional review
     of the GCM planned in September 2039);
  2. Dates et lieu (21-23 June 2039, rooms, field visit to a returnee centre in Kati on the third morning, arrival
     Monday 20 June, departure Friday 24 June, all times Bamako time = GMT);
  3. Confirmation de participation (free, online form with a passport copy by Friday 3 June 2039);
  4. Programme résumé: a four-column table (Date | Horaire | Activité | Lieu) from Monday 20 to Friday 24 June; the
     welcome cocktail's time (« communiqué sur place ») and the closing session's time (« à confirmer ») are not
     given; the detailed programme with the speakers' names is announced for the first half of June 2039;
  5. Arrivée et accueil à l'aéroport (free shuttle on 20 June 8:00-23:00 and on 24 June, flight details by WhatsApp
     or SMS to the logistics officer by Monday 13 June 2039, economy tickets for funded participants);
  6. Hébergement et per diem (45 funded participants, four nights paid directly, rate 52 000 FCFA for the others
     with a booking code by Friday 10 June 2039, per diem 30 000 FCFA per meeting day paid in cash on 21 June);
  7. Visas (invitation letter from the programme officer by Wednesday 25 May 2039, visa fees refunded to funded
     participants, passport valid six months);
  8. Santé (yellow fever certificate mandatory, malaria prophylaxis recommended, heat, travel insurance);
  9. Interprétation (French-English everywhere, Portuguese in plenaries, French and Bambara with whispered English
     on the field visit);
 10. Sécurité (mandatory briefing Monday 20 June 2039 18:30-19:15, advice as bullets) and 11. Contacts (logistics
     officer with a phone / WhatsApp number, programme officer with an e-mail); signature.
It deliberately says nothing about accompanying persons, a visa fee amount, a doctor on site, the distance from the
airport, per-country figures, or the report's publication date.

PDF: A4, laid out with a PyMuPDF Story (HTML + CSS) in DejaVu Sans / DejaVu Sans Condensed, styled like a word
processor's export of an office memo: numbered section headings with a rule, a programme table with thin grey
borders and an accent-coloured header row (no cell backgrounds: MuPDF misplaces them when a table
breaks across pages). The fonts' GSUB tables are disabled so that no ligatures (fi, fl) are applied and
the text extracts letter by letter. A footer with the reference and « Page X sur Y » is stamped on each page.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-05-18_bamako-note-information-participants-fr.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2039-05-18_bamako-note-information-participants-fr"
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

ACCENT = "#8a4b12"  # ochre brown

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
h1 {{font-size: 14pt; line-height: 1.28; color: #111111; margin: 0 0 4pt 0; text-align: center;}}
.when {{font-size: 10pt; font-weight: bold; color: #333333; margin: 0 0 12pt 0; text-align: center;}}
h2 {{font-size: 10.8pt; color: {ACCENT}; margin: 12pt 0 4pt 0; border-bottom: 0.6pt solid {ACCENT};}}
ul {{margin: 0 0 5pt 14pt;}}
li {{margin: 0 0 2.5pt 0; text-align: left;}}
.link {{font-family: dvc; margin: 0 0 5pt 14pt; text-align: left;}}
.nw {{white-space: nowrap;}}
table {{border-collapse: collapse;}}
.prog th {{font-family: dvc; font-size: 8.4pt; text-align: left; color: {ACCENT};
          padding: 4pt 5pt; border: 0.5pt solid #a89a88;
          border-bottom: 1.4pt solid {ACCENT};}}
.prog td {{font-family: dvc; font-size: 8.2pt; line-height: 1.3; padding: 3.5pt 5pt; vertical-align: top;
          border: 0.5pt solid #a89a88;}}
.prog td p {{margin: 0 0 2pt 0; text-align: left;}}
.prog td.d {{font-weight: bold; width: 82pt;}}
.prog td.t {{width: 84pt;}}
.note {{font-size: 8.4pt; color: #333333; font-style: italic;}}
.contact td {{font-size: 8.8pt; padding: 5pt 7pt; vertical-align: top; border: 0.6pt solid #a89a88;}}
.contact td.k {{font-weight: bold; color: {ACCENT}; width: 120pt;}}
.contact td p {{margin: 0 0 2pt 0; text-align: left;}}
.sign {{margin: 16pt 0 0 0; font-weight: bold; text-align: left;}}
.sign-sub {{font-size: 8.4pt; color: #333333; margin: 0; text-align: left;}}
"""

REFERENCE = "POSCM-AO/RR/2039/04"
PROGRAMME_MAIL = "programme.bamako2039@poscm-ao.example"
PHONE = "+223 76 48 21 93"
FORM_URL = "https://poscm-ao.example.org/bamako2039/confirmation"

HEADER = f"""
<p class="org">Plateforme ouest-africaine de la société civile pour les migrations (POSCM-AO)</p>
<p class="org-sub">Secrétariat exécutif – Bamako, Mali</p>
<p class="org-sub">En partenariat avec le Réseau des Nations Unies sur les migrations pour l'Afrique de l'Ouest et du
Centre</p>
<p class="rule">&#160;</p>
<p class="meta">Réf. : {REFERENCE}</p>
<p class="meta">Bamako, le mercredi 18 mai 2039</p>
<p class="meta">Original : français</p>

<p class="kind">NOTE D'INFORMATION AUX PARTICIPANTS</p>
<h1>Réunion régionale des parties prenantes sur l'examen du Pacte mondial pour les migrations en Afrique de
l'Ouest</h1>
<p class="when">Bamako (Mali), du mardi 21 au jeudi 23 juin 2039</p>
"""

SECTIONS_1_3 = f"""
<h2>1. Objet</h2>
<p>La présente note fournit aux personnes invitées les informations pratiques relatives à leur séjour à Bamako.
La réunion est organisée par la Plateforme ouest-africaine de la société civile pour les migrations
(POSCM-AO), en partenariat avec le Réseau des Nations Unies sur les migrations pour l'Afrique de l'Ouest et du
Centre. Elle rassemblera environ 110 participants venant de 16 pays d'Afrique de l'Ouest : organisations de la
société civile, associations de migrants et de la diaspora, syndicats, collectivités locales, chercheurs,
représentants des gouvernements et des entités des Nations Unies.</p>
<p>La réunion a pour objectifs :</p>
<ul>
<li>de faire le point sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en
Afrique de l'Ouest ;</li>
<li>de recueillir les expériences des migrants, des migrants de retour et des communautés d'origine et de
transit ;</li>
<li>d'adopter des messages clés communs des parties prenantes ouest-africaines ;</li>
<li>de renforcer la coordination entre la société civile, les gouvernements et le système des Nations
Unies.</li>
</ul>
<p>Les conclusions de la réunion alimenteront la contribution des parties prenantes ouest-africaines à la revue
régionale africaine du Pacte mondial, prévue en septembre 2039.</p>

<h2>2. Dates et lieu</h2>
<p>La réunion se tiendra du mardi 21 au jeudi 23 juin 2039 à l'Hôtel Badala Plaza, rue 136, Badalabougou-Est,
Bamako, sur la rive droite du fleuve Niger. Les séances plénières ont lieu dans la salle Tombouctou
(rez-de-chaussée) et les groupes de travail dans les salles Ségou, Mopti et Sikasso (premier étage).</p>
<p>La troisième journée, le jeudi 23 juin 2039, commence par
une visite de terrain au Centre d'accueil et d'orientation des migrants de retour de Kati, à environ 15 km de
Bamako (départ en car de l'hôtel à 8 h 00), et se termine par la séance de clôture à l'hôtel. La réunion se déroule uniquement en présentiel.</p>
<p>Les participants sont attendus à Bamako le lundi 20 juin 2039 et repartent le vendredi 24 juin 2039. Tous les
horaires indiqués dans la présente note sont en heure de Bamako (GMT, UTC+0).</p>

<h2>3. Confirmation de participation</h2>
<p>La participation à la réunion est gratuite. Chaque personne invitée doit confirmer sa participation au plus tard le vendredi 3 juin
2039 au moyen du formulaire en ligne suivant, en y joignant une copie de la page d'identité de son passeport :</p>
<p class="link">{FORM_URL}</p>
<p>Une seule personne par organisation est invitée.</p>
"""

# Programme rows: (date cell or "" to continue the previous day, horaire, activité, lieu)
PROGRAMME_ROWS = [
    ("Lundi 20 juin 2039", "8 h 00 – 23 h 00", "Arrivée des participants ; navette depuis l'aéroport",
     "Aéroport – hôtel"),
    ("", "14 h 00 – 20 h 00", "Retrait des badges", "Réception de l'hôtel"),
    ("", "18 h 30 – 19 h 15", "Briefing de sécurité (obligatoire)", "Salle Tombouctou"),
    ("Jour 1 – mardi 21 juin 2039", "8 h 00 – 9 h 00", "Accueil et retrait des badges", "Hall de l'hôtel"),
    ("", "9 h 00 – 10 h 30", "Cérémonie d'ouverture", "Salle Tombouctou"),
    ("", "11 h 00 – 13 h 00", "Plénière 1 : état des lieux de la mise en œuvre du Pacte mondial en Afrique de "
     "l'Ouest", "Salle Tombouctou"),
    ("", "14 h 30 – 17 h 30", "Plénière 2 : la parole aux migrants, aux migrants de retour et à la diaspora",
     "Salle Tombouctou"),
    ("", "En soirée (horaire communiqué sur place)", "Cocktail de bienvenue", "Jardin de l'hôtel"),
    ("Jour 2 – mercredi 22 juin 2039", "9 h 00 – 12 h 30", "Groupes de travail thématiques : A – Migration de "
     "travail et libre circulation ; B – Retour et réintégration durable ; C – Migrants disparus et protection aux "
     "frontières", "Salles Ségou (A), Mopti (B) et Sikasso (C)"),
    ("", "14 h 00 – 17 h 30", "Restitution des groupes de travail et adoption des messages clés",
     "Salle Tombouctou"),
    ("Jour 3 – jeudi 23 juin 2039", "8 h 00", "Départ en car pour la visite de terrain", "Parking de l'hôtel"),
    ("", "8 h 45 – 12 h 30", "Visite du Centre d'accueil et d'orientation des migrants de retour ; échanges avec "
     "des migrants de retour et l'équipe du centre", "Kati"),
    ("", "Après-midi (horaire à confirmer)", "Séance de clôture", "Salle Tombouctou"),
    ("Vendredi 24 juin 2039", "Toute la journée", "Départ des participants ; navette vers l'aéroport",
     "Hôtel – aéroport"),
]


def programme_table() -> str:
    head = "<tr><th>Date</th><th>Horaire</th><th>Activité</th><th>Lieu</th></tr>"
    rows = []
    for date, time, activity, place in PROGRAMME_ROWS:
        rows.append(f'<tr><td class="d">{date}</td><td class="t">{time}</td><td>{activity}</td>'
                    f"<td>{place}</td></tr>")
    return f'<table class="prog" width="100%">{head}{"".join(rows)}</table>'


SECTION_4 = f"""
<h2>4. Programme résumé</h2>
{programme_table()}
<p class="note" style="margin-top: 5pt">Le programme détaillé, comprenant les noms des intervenants et des
modérateurs, sera diffusé dans la première quinzaine de juin 2039.</p>
"""

SECTIONS_5_9 = f"""
<h2>5. Arrivée et accueil à l'aéroport</h2>
<p>Les participants arrivent par l'aéroport international Président Modibo Keïta – Bamako-Sénou. Une navette
gratuite assure les transferts entre l'aéroport et l'hôtel le lundi 20 juin 2039, de 8 h 00 à 23 h 00, ainsi
que les départs du vendredi 24 juin 2039.</p>
<p>Pour bénéficier de la navette, chaque participant communique son numéro de vol, sa date et son heure d'arrivée
et de départ au chargé de la logistique, par WhatsApp ou par SMS, au plus tard le lundi 13 juin 2039. Les
participants qui arrivent à une autre date ou en dehors de ces horaires organisent eux-mêmes leur transfert ; les
frais de taxi ne sont pas remboursés.</p>
<p>Les billets d'avion des participants pris en charge (aller-retour en classe économique) sont réservés et émis
par le secrétariat de la POSCM-AO, puis envoyés par courriel.</p>

<h2>6. Hébergement et indemnité journalière (per diem)</h2>
<p>Quarante-cinq participants issus d'organisations de la société civile et d'associations de migrants sont pris
en charge par les organisateurs. Pour ces participants, la POSCM-AO réserve et règle directement quatre nuitées à
l'Hôtel Badala Plaza, du lundi 20 au vendredi 24 juin 2039, en chambre individuelle avec petit-déjeuner. Les nuits
supplémentaires et les dépenses personnelles restent à leur charge.</p>
<p>Les autres participants peuvent réserver à l'hôtel au tarif préférentiel de 52 000 FCFA la nuit en chambre
individuelle, petit-déjeuner et Wi-Fi compris, en indiquant le code PACTE-BKO39 au plus tard le vendredi 10 juin
2039. Passé cette date, ce tarif n'est plus garanti.</p>
<p>Les déjeuners et les pauses-café des trois journées sont offerts à tous les participants. Les participants pris
en charge reçoivent en outre une indemnité journalière de 30 000 FCFA par journée de réunion, soit 90 000 FCFA pour
les trois jours, destinée à couvrir les dîners et les menus frais. Le per diem est versé en espèces, en francs CFA,
le mardi 21 juin 2039 au bureau de la logistique, sur présentation du passeport et contre signature. Aucun per diem
n'est versé pour les jours de voyage ni aux participants résidant à Bamako.</p>

<h2>7. Visas et documents de voyage</h2>
<p>Les ressortissants des États membres de la CEDEAO et des autres pays d'Afrique de l'Ouest représentés à la
réunion sont dispensés de visa pour entrer au Mali. Les autres participants doivent obtenir un visa auprès d'une
ambassade ou d'un consulat du Mali avant leur départ.</p>
<p>Une lettre d'invitation officielle peut être demandée par courriel à la chargée de programme au plus tard le
mercredi 25 mai 2039, en joignant une copie de la page d'identité du passeport. Les frais de visa des participants
pris en charge sont remboursés sur présentation du reçu, en même temps que le versement du per diem. Le passeport
doit être valide au moins six mois après la date de retour.</p>

<h2>8. Santé</h2>
<p>Le certificat international de vaccination contre la fièvre jaune est obligatoire pour entrer au Mali ; il peut
être contrôlé à l'arrivée à l'aéroport. Un traitement préventif contre le paludisme est fortement recommandé :
consultez votre médecin avant le départ.</p>
<p>En juin, les températures à Bamako dépassent souvent 38 °C : prévoyez des vêtements légers et un répulsif
anti-moustiques.</p>
<p>Les participants pris en charge sont couverts par une assurance voyage souscrite par la POSCM-AO pour la durée
du séjour. Les autres participants doivent disposer de leur propre assurance maladie valable au Mali.</p>

<h2>9. Interprétation et langues</h2>
<p>Les langues de travail de la réunion sont le français et l'anglais. L'interprétation simultanée
français-anglais est assurée en plénière et dans les trois groupes de travail. Une interprétation vers et depuis
le portugais est en outre assurée pendant les séances plénières, à l'intention des participants du Cap-Vert et de
la Guinée-Bissau.</p>
<p>Lors de la visite de terrain à Kati, les échanges se déroulent en français et en bambara, avec une
interprétation chuchotée vers l'anglais.</p>
"""

SECTIONS_10_11 = f"""
<h2>10. Conseils de sécurité</h2>
<p>Un briefing de sécurité, obligatoire pour tous les participants, aura lieu le lundi 20 juin 2039 de 18 h 30
à 19 h 15 dans la salle Tombouctou. Les participants arrivant après cet horaire recevront un briefing individuel à
l'accueil le mardi 21 juin à partir de 8 h 00.</p>
<p>Il est recommandé aux participants :</p>
<ul>
<li>de ne pas se rendre en dehors de Bamako, à l'exception de la visite de terrain organisée, qui se fait en
convoi accompagné ;</li>
<li>d'éviter les déplacements à pied après la tombée de la nuit et de privilégier les taxis réservés par la
réception de l'hôtel ;</li>
<li>de garder sur soi une photocopie du passeport et de laisser l'original dans le coffre de la chambre ;</li>
<li>de signaler leur présence à leur ambassade ou à leur consulat ;</li>
<li>en cas d'incident, de contacter immédiatement le chargé de la logistique.</li>
</ul>

<h2>11. Contacts</h2>
<table class="contact" width="100%">
<tr><td class="k">Logistique (navette, hôtel, per diem, badges)</td><td>
<p>M. Oumar Kalifa Sissoko, chargé de la logistique, POSCM-AO</p>
<p>Téléphone et WhatsApp : <span class="nw">{PHONE}</span></p>
<p>Joignable de 8 h 00 à 20 h 00 (heure de Bamako), et en permanence du 20 au 24 juin 2039.</p>
</td></tr>
<tr><td class="k">Programme, lettres d'invitation et documents</td><td>
<p>Mme Fatoumata Binta Kouyaté, chargée de programme, POSCM-AO</p>
<p>Courriel : <span class="nw">{PROGRAMME_MAIL}</span></p>
</td></tr>
</table>

<p class="sign">Aminata Dicko Touré</p>
<p class="sign-sub">Secrétaire exécutive, Plateforme ouest-africaine de la société civile pour les migrations</p>
"""

HTML = HEADER + SECTIONS_1_3 + SECTION_4 + SECTIONS_5_9 + SECTIONS_10_11

FOOTER_LEFT = f"{REFERENCE} – Note d'information aux participants – Réunion régionale de Bamako, 21-23 juin 2039"


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
        page.draw_line((left, PAGE.height - 52), (right, PAGE.height - 52), color=(0.54, 0.29, 0.07), width=0.5)
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
        "title": "Note d'information aux participants – Réunion régionale des parties prenantes sur l'examen du "
                 "Pacte mondial pour les migrations en Afrique de l'Ouest",
        "author": "Plateforme ouest-africaine de la société civile pour les migrations (POSCM-AO)",
        "subject": "Bamako (Mali), du 21 au 23 juin 2039",
        "creator": "Secrétariat exécutif de la POSCM-AO",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
