"""Write tests/heldout/2028-02-22_remittances-workshop-concept-note.pdf.

A French concept note for a (fictional) regional workshop on remittances and the financial inclusion of
migrants in the Arab region (Rabat, 22-23 February 2028). One column, A4, text flowed with a PyMuPDF Story
(so paragraphs and the programme table run across page breaks), then a running header with the organisers'
names and a footer "Page X sur Y" stamped on every page.

Run from the repository root:  .venv/bin/python tests/heldout/sources/2028-02-22_remittances-workshop-concept-note.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2028-02-22_remittances-workshop-concept-note"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
BODY = pymupdf.Rect(62, 78, PAGE.width - 62, PAGE.height - 66)

NNBSP = "\u202f"  # espace fine insécable (milliers, avant ; : ! ? %, dans les « guillemets »)

CSS = """
@font-face {font-family: dv; src: url(DejaVuSans.ttf);}
@font-face {font-family: dv; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: dv; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: dv; src: url(DejaVuSans-BoldOblique.ttf); font-weight: bold; font-style: italic;}
* {font-family: dv;}
body {font-size: 9.4pt; line-height: 1.3; color: #1a1a1a;}
p {margin: 0 0 6pt 0; text-align: justify;}
.ref {font-size: 8pt; color: #555555; margin-bottom: 10pt; text-align: left;}
h1 {font-size: 17pt; color: #0b4f8a; margin: 0 0 2pt 0;}
.subtitle {font-size: 12.5pt; font-weight: bold; color: #0b4f8a; margin: 0 0 4pt 0; text-align: left;}
.when {font-size: 10pt; font-style: italic; margin: 0 0 10pt 0; text-align: left;}
h2 {font-size: 11.5pt; color: #0b4f8a; margin: 10pt 0 4pt 0;}
h3 {font-size: 10pt; color: #333333; margin: 8pt 0 4pt 0;}
ul {margin: 0 0 6pt 0; padding-left: 16pt;}
li {margin: 0 0 2pt 0; text-align: left;}
table {border-collapse: collapse;}
.box td {border: 0.6pt solid #7a9cc0; padding: 3pt 5pt; font-size: 8.8pt; vertical-align: top;}
.box td.k {font-weight: bold; color: #0b4f8a;}
.prog th {border: 0.6pt solid #555555; border-bottom: 1.4pt solid #0b4f8a; color: #0b4f8a; font-size: 8.8pt;
          padding: 3pt 4pt; text-align: left;}
.prog td {border: 0.6pt solid #8a8a8a; padding: 3pt 4pt; font-size: 8.3pt; vertical-align: top; text-align: left;}
.prog td.day {font-weight: bold; font-style: italic; color: #0b4f8a;}
.note {font-size: 8.2pt; font-style: italic; color: #444444; margin-top: 4pt;}
"""


def fr(text: str) -> str:
    """Mark the places where French typography wants a narrow no-break space ("~" in the source)."""
    return text.replace("~", NNBSP)


HTML = fr("""
<p class="ref">Réf.~: RRNUM-AR/EF/2028/01 — Version du 15 décembre 2027 — Original~: français</p>
<h1>Note conceptuelle</h1>
<p class="subtitle">Atelier régional sur les envois de fonds et l’inclusion financière des migrants dans la région arabe</p>
<p class="when">Rabat (Maroc) et en ligne, les mardi 22 et mercredi 23 février 2028</p>

<table class="box" width="100%">
<tr><td class="k" width="28%">Dates</td><td>Mardi 22 et mercredi 23 février 2028</td></tr>
<tr><td class="k" width="28%">Lieu</td><td>Centre de conférences Al Manar, avenue Annakhil, Hay Riad, Rabat (Maroc)</td></tr>
<tr><td class="k" width="28%">Format</td><td>Hybride~: en présentiel et en ligne</td></tr>
<tr><td class="k" width="28%">Organisateurs</td><td>Réseau régional des Nations Unies sur les migrations pour la région arabe, avec le FIDA, l’OIM et la CESAO</td></tr>
<tr><td class="k" width="28%">Date limite d’inscription</td><td>Vendredi 21 janvier 2028</td></tr>
<tr><td class="k" width="28%">Langues</td><td>Français, arabe et anglais (interprétation simultanée)</td></tr>
</table>

<h2>1. Contexte</h2>
<p>Les envois de fonds des travailleurs migrants constituent l’un des principaux flux financiers extérieurs de
la région arabe. Selon les estimations préliminaires de la Banque mondiale, les envois de fonds reçus par les pays
à revenu faible et intermédiaire de la région ont atteint environ 61,3~Md~USD en 2026, soit une hausse de 3,5~%
par rapport à l’année précédente. Dans plusieurs pays, ils dépassent les flux d’investissement direct étranger et
l’aide publique au développement réunis~; au Maroc, pays hôte de l’atelier, ils représentaient 7,9~% du produit
intérieur brut en 2026.</p>
<p>Le coût de ces transferts reste pourtant élevé. Le coût moyen d’un envoi de 200~USD vers la région
s’établissait à 6,2~% au deuxième trimestre 2027, soit plus du double de la cible de 3~% fixée par l’objectif de
développement durable 10.c, et certains corridors dépassent encore 10~%. Les frais cachés liés au taux de change,
le faible nombre d’opérateurs sur certains corridors et les exigences de conformité imposées par les banques
correspondantes pèsent directement sur les ménages qui dépendent de ces revenus.</p>
<p>La numérisation ouvre de nouvelles possibilités~: la part des transferts initiés par voie numérique
(applications mobiles, portefeuilles électroniques, virements en ligne) est passée de 18~% en 2021 à 34~% en 2026.
L’accès à ces services suppose toutefois un compte, une pièce d’identité reconnue et un minimum de culture
financière. Une enquête menée par le FIDA en 2026 auprès de 1~250 ménages bénéficiaires en Égypte, en Jordanie et
au Maroc montre que 41~% d’entre eux ne disposaient d’aucun compte dans une institution financière formelle, une
proportion qui atteint 56~% parmi les ménages dirigés par une femme.</p>
<p>L’objectif 20 du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) engage les États à
«~promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière
des migrants~». Lors des précédents exercices d’examen, les États de la région ont fait état de progrès inégaux
dans la mise en œuvre de cet objectif, en particulier en ce qui concerne la collecte de données ventilées par sexe
et l’accès des migrants en situation irrégulière aux services financiers de base.</p>
<p>Le présent atelier prolonge la réunion technique sur les coûts des transferts organisée à Amman en octobre 2025
par la CESAO et le FIDA, dont le rapport peut être obtenu auprès du secrétariat. Il est organisé par le Réseau
régional des Nations Unies sur les migrations pour la région arabe, en partenariat avec le Fonds international de
développement agricole (FIDA), l’Organisation internationale pour les migrations (OIM) et la Commission économique
et sociale pour l’Asie occidentale (CESAO), avec le concours des autorités marocaines. Ses conclusions alimenteront
la prochaine revue régionale de la mise en œuvre du PMM dans la région arabe ainsi que les travaux préparatoires
du prochain Forum international d’examen des migrations (FIEM).</p>

<h2>2. Objectifs</h2>
<p>L’atelier a pour objectif général de renforcer la coopération régionale en vue de la réalisation de
l’objectif 20 du PMM. Plus précisément, il vise à~:</p>
<ul>
<li>faire le point sur les tendances récentes, les coûts et les canaux des envois de fonds vers et depuis la région arabe~;</li>
<li>échanger des bonnes pratiques pour réduire les coûts de transfert et renforcer la concurrence et la transparence des prix~;</li>
<li>examiner les obstacles à l’inclusion financière des migrants et de leurs familles, en particulier des femmes~;</li>
<li>explorer le potentiel des services numériques tout en garantissant la protection des consommateurs et des données personnelles~;</li>
<li>améliorer la collecte et le partage de données sur les envois de fonds, ventilées par sexe et par corridor~;</li>
<li>formuler des messages clés qui seront transmis à la prochaine revue régionale du PMM.</li>
</ul>
<p>À l’issue de l’atelier, le secrétariat établira un résumé des débats et une note de messages clés, qui seront
diffusés aux participants avant d’être transmis au Réseau régional. Une sélection des bonnes pratiques présentées
sera publiée sur le portail du Réseau.</p>

<h2>3. Participants</h2>
<p>L’atelier réunira environ 90 participants en présentiel~; jusqu’à 250 personnes supplémentaires pourront suivre
les travaux en ligne. Peuvent s’inscrire~:</p>
<ul>
<li>les représentants des États membres de la Ligue des États arabes (ministères chargés des finances, des affaires
étrangères et des communautés à l’étranger, banques centrales, instituts de statistique), à raison de deux personnes
au plus par pays~;</li>
<li>les organisations de la société civile, les associations de migrants et de la diaspora et les organisations syndicales~;</li>
<li>les prestataires de services de paiement, les banques, les institutions de microfinance et les opérateurs de téléphonie mobile~;</li>
<li>les universités, les centres de recherche et les partenaires de développement.</li>
</ul>
<p>Les organisations qui ne sont pas dotées du statut consultatif auprès du Conseil économique et social (ECOSOC)
peuvent également participer~: elles doivent remplir le formulaire de demande d’accréditation disponible sur la page
d’inscription et le joindre à leur demande. Une seule personne par organisation pourra être retenue pour la
participation en présentiel~; plusieurs membres d’une même organisation peuvent en revanche suivre l’atelier en
ligne, dans la limite des places disponibles.</p>
<p>Les inscriptions se font exclusivement au moyen du formulaire en ligne, au plus tard le vendredi 21 janvier 2028
à 23~h~59 (heure de Rabat, GMT+1). Les places en présentiel étant limitées, les demandes seront examinées en veillant
à l’équilibre entre pays, entre catégories d’acteurs et entre femmes et hommes. Les personnes retenues recevront une
confirmation par courriel au plus tard le lundi 31 janvier 2028.</p>

<h3>Prise en charge</h3>
<p>Une prise en charge pourra être accordée à 30 participants au maximum, issus en priorité de la société civile,
des associations de migrants et de la diaspora et des organisations syndicales. Elle couvre un billet d’avion
aller-retour en classe économique, l’hébergement pour trois nuits et une indemnité journalière de subsistance
calculée selon le barème des Nations Unies. Pour en bénéficier, il faut~:</p>
<ul>
<li>résider dans un pays de la région arabe~;</li>
<li>ne bénéficier d’aucun autre financement pour la même réunion~;</li>
<li>s’engager à assister à l’intégralité des deux journées de l’atelier~;</li>
<li>cocher la case «~demande de prise en charge~» du formulaire et joindre une lettre de motivation d’une page au
plus, au plus tard le vendredi 14 janvier 2028.</li>
</ul>
<p>Les représentants des États membres, du secteur privé et des organisations internationales participent à leurs
propres frais. Aucune prise en charge n’est prévue pour la participation en ligne.</p>

<h3>Contributions écrites</h3>
<p>Les participants peuvent soumettre une contribution écrite (bonne pratique, étude de cas ou proposition) de
4 pages au maximum, soit environ 2~000 mots, au format Word ou PDF. Les contributions doivent parvenir au plus tard
le lundi 7 février 2028 à l’adresse envoisdefonds@unmigration-arab.example. Une sélection d’entre elles sera
présentée lors des groupes de travail du premier jour.</p>

<h2>4. Modalités pratiques</h2>
<p>L’atelier se tiendra au Centre de conférences Al Manar, avenue Annakhil, Hay Riad, à Rabat (Maroc). Il se
déroulera en format hybride~: les séances plénières seront accessibles en ligne sur une plateforme de
visioconférence dont le lien sera communiqué aux personnes inscrites. Un test de connexion est prévu pour les
intervenants et les participants en ligne le lundi 21 février 2028 à 15~h~00 (heure de Rabat).</p>
<p>Les travaux se dérouleront en français, en arabe et en anglais, avec interprétation simultanée entre les trois
langues, y compris pour les participants en ligne. Les contributions écrites peuvent être rédigées dans l’une de
ces trois langues.</p>
<p>Un tarif préférentiel a été négocié avec deux hôtels situés à proximité du centre de conférences~; les détails
seront communiqués aux participants retenus avec la confirmation de leur inscription. Les participants qui ont
besoin d’un visa pour entrer au Maroc recevront une lettre d’invitation officielle et sont invités à engager les
démarches dès réception de celle-ci. Le centre de conférences est accessible aux personnes en fauteuil roulant.</p>

<h2>5. Calendrier</h2>
<ul>
<li>Vendredi 14 janvier 2028~: date limite des demandes de prise en charge~;</li>
<li>Vendredi 21 janvier 2028~: date limite d’inscription~;</li>
<li>Lundi 31 janvier 2028~: confirmation des participants retenus~;</li>
<li>Lundi 7 février 2028~: date limite d’envoi des contributions écrites~;</li>
<li>Lundi 21 février 2028, 15~h~00~: test de connexion pour la participation en ligne~;</li>
<li>Mardi 22 et mercredi 23 février 2028~: atelier.</li>
</ul>
<h3>Programme provisoire</h3>
<table class="prog" width="100%">
<tr><th style="width: 56pt">Heure</th><th style="width: 132pt">Séance</th><th style="width: 248pt">Intervenants</th></tr>
<tr><td class="day" colspan="3">Mardi 22 février 2028</td></tr>
<tr><td class="h" style="width: 56pt">08~h~30 – 09~h~15</td><td class="s" style="width: 132pt">Accueil et inscription des participants</td><td>—</td></tr>
<tr><td class="h" style="width: 56pt">09~h~15 – 10~h~00</td><td class="s" style="width: 132pt">Séance d’ouverture</td>
<td>M. Othmane Bennani, secrétaire général, ministère de l’Économie et des Finances (Maroc)<br/>
Mme Rania Haddadin, coordinatrice du Réseau régional des Nations Unies sur les migrations pour la région arabe<br/>
Mme Giulia Ferraro, directrice du Mécanisme de financement pour l’envoi de fonds, FIDA<br/>
Un(e) représentant(e) de la CESAO (à confirmer)</td></tr>
<tr><td class="h" style="width: 56pt">10~h~00 – 11~h~30</td><td class="s" style="width: 132pt">Séance 1~: Tendances et coûts des envois de fonds dans la région arabe</td>
<td>Modératrice~: Mme Salwa Karam, économiste, CESAO<br/>
M. Hicham Lamrani, direction des systèmes de paiement, banque centrale (Maroc)<br/>
Dr Amal Nasser, chercheuse, Observatoire arabe des migrations<br/>
M. Fadi Khoury, Association des opérateurs de transfert d’argent (Liban)</td></tr>
<tr><td class="h" style="width: 56pt">11~h~30 – 11~h~45</td><td class="s" style="width: 132pt">Pause-café</td><td>—</td></tr>
<tr><td class="h" style="width: 56pt">11~h~45 – 13~h~00</td><td class="s" style="width: 132pt">Séance 2~: Transferts numériques et protection des consommateurs</td>
<td>Modérateur~: M. Karim Ouazzani, chargé de programme migration et développement, OIM Maroc<br/>
Mme Dalia Mansour, autorité de régulation financière (Égypte)<br/>
M. Yacine Belkacem, fondateur de la plateforme PayDiaspora<br/>
Mme Hind Al-Sayegh, Réseau des travailleuses domestiques migrantes (Koweït)</td></tr>
<tr><td class="h" style="width: 56pt">13~h~00 – 14~h~30</td><td class="s" style="width: 132pt">Déjeuner</td><td>—</td></tr>
<tr><td class="h" style="width: 56pt">14~h~30 – 16~h~00</td><td class="s" style="width: 132pt">Séance 3~: Inclusion financière des femmes migrantes et des familles bénéficiaires</td>
<td>Modératrice~: Mme Nadia El Fassi, FIDA<br/>
Mme Souad Jaber, Réseau des femmes migrantes (Jordanie)<br/>
M. Omar Kabbaj, Fédération nationale des associations de microcrédit (Maroc)<br/>
Mme Lina Haddad, spécialiste de l’autonomisation économique, ONU Femmes</td></tr>
<tr><td class="h" style="width: 56pt">16~h~00 – 17~h~30</td><td class="s" style="width: 132pt">Groupes de travail parallèles~: (A) coûts et concurrence~; (B) épargne et investissement de la diaspora~; (C) données et mesure</td>
<td>Animation~: équipes de la CESAO, du FIDA et de l’OIM</td></tr>
<tr><td class="day" colspan="3">Mercredi 23 février 2028</td></tr>
<tr><td class="h" style="width: 56pt">09~h~00 – 10~h~30</td><td class="s" style="width: 132pt">Séance 4~: Diaspora, épargne et investissement productif</td>
<td>Modérateur~: Dr Mehdi Tazi, professeur d’économie, Université de Rabat<br/>
Mme Yasmina Haddou, Collectif des associations de la diaspora maghrébine (France)<br/>
M. Ahmed Rached, directeur de la clientèle internationale, banque commerciale (Tunisie)</td></tr>
<tr><td class="h" style="width: 56pt">10~h~30 – 10~h~45</td><td class="s" style="width: 132pt">Pause-café</td><td>—</td></tr>
<tr><td class="h" style="width: 56pt">10~h~45 – 12~h~00</td><td class="s" style="width: 132pt">Restitution des groupes de travail et débat</td>
<td>Rapporteurs des groupes A, B et C</td></tr>
<tr><td class="h" style="width: 56pt">12~h~00 – 13~h~00</td><td class="s" style="width: 132pt">Séance 5~: Dialogue avec les États membres — vers la prochaine revue régionale du PMM</td>
<td>Modératrice~: Mme Rania Haddadin<br/>Représentants des États membres participants</td></tr>
<tr><td class="h" style="width: 56pt">13~h~00 – 14~h~30</td><td class="s" style="width: 132pt">Déjeuner</td><td>—</td></tr>
<tr><td class="h" style="width: 56pt">14~h~30 – 15~h~30</td><td class="s" style="width: 132pt">Adoption des messages clés et clôture</td>
<td>Mme Giulia Ferraro, FIDA<br/>M. Karim Ouazzani, OIM<br/>Mme Salwa Karam, CESAO</td></tr>
</table>
<p class="note">Horaires indiqués en heure de Rabat (GMT+1). Programme provisoire, susceptible de modifications.</p>

<h2>6. Contacts</h2>
<p>Inscriptions et questions logistiques~: inscriptions.rabat2028@unmigration-arab.example</p>
<p>Questions de fond et contributions écrites~: envoisdefonds@unmigration-arab.example</p>
<p>Personne de contact~: Mme Nadia El Fassi, spécialiste des envois de fonds et de l’inclusion financière, FIDA
(bureau sous-régional pour l’Afrique du Nord, Rabat).</p>
<p>Les informations pratiques seront mises à jour sur la page de l’atelier, sur le portail du Réseau régional.
Les formulaires d’inscription et de demande d’accréditation y sont disponibles en français, en arabe et en anglais.</p>

<h3>Documents de référence</h3>
<ul>
<li>Pacte mondial pour des migrations sûres, ordonnées et régulières (résolution 73/195 de l’Assemblée générale), objectif 20~;</li>
<li>Déclaration sur les progrès accomplis adoptée à l’issue du premier Forum international d’examen des migrations (résolution 76/266)~;</li>
<li>Rapport de la réunion technique d’Amman sur les coûts des transferts (octobre 2025), disponible sur demande auprès du secrétariat~;</li>
<li>Note d’information du FIDA sur l’enquête de 2026 auprès des ménages bénéficiaires d’envois de fonds (à paraître).</li>
</ul>
""")

HEADER = ("Réseau régional des Nations Unies sur les migrations pour la région arabe"
          " · FIDA · OIM · CESAO")
FOOTER_LEFT = "Note conceptuelle — Atelier régional sur les envois de fonds, Rabat, 22-23 février 2028"


def without_ligatures(path: str) -> bytes:
    """DejaVu with its GSUB table hidden, so that "fi", "ffi" are drawn (and extracted) as plain letters."""
    data = bytearray(Path(path).read_bytes())
    for index in range(struct.unpack(">H", data[4:6])[0]):
        offset = 12 + 16 * index
        if data[offset:offset + 4] == b"GSUB":
            data[offset:offset + 4] = b"GSUZ"
    return bytes(data)


def font_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        archive.add(without_ligatures(f"{DEJAVU_DIR}/{name}"), name)
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
    css = "@font-face {font-family: dv; src: url(DejaVuSans.ttf);} * {font-family: dv;}"
    for number, page in enumerate(doc, start=1):
        page.insert_htmlbox(pymupdf.Rect(62, 34, PAGE.width - 62, 60),
                            f"<p style='font-size: 7.8pt; color: #0b4f8a; text-align: center'>{HEADER}</p>",
                            css=css, archive=archive)
        page.draw_line((62, 62), (PAGE.width - 62, 62), color=(0.04, 0.31, 0.54), width=0.6)
        page.draw_line((62, PAGE.height - 54), (PAGE.width - 62, PAGE.height - 54), color=(0.6, 0.6, 0.6), width=0.4)
        page.insert_htmlbox(pymupdf.Rect(62, PAGE.height - 50, PAGE.width - 150, PAGE.height - 30),
                            f"<p style='font-size: 7.5pt; color: #555555'>{FOOTER_LEFT}</p>",
                            css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(PAGE.width - 150, PAGE.height - 50, PAGE.width - 62, PAGE.height - 30),
                            f"<p style='font-size: 7.5pt; color: #555555; text-align: right'>Page {number} sur {total}</p>",
                            css=css, archive=archive)
    doc.set_metadata({
        "title": "Note conceptuelle — Atelier régional sur les envois de fonds et l’inclusion financière des migrants"
                 " dans la région arabe",
        "author": "Réseau régional des Nations Unies sur les migrations pour la région arabe",
        "subject": "Rabat, 22-23 février 2028",
        "creationDate": "D:20271215100000+01'00'",
        "modDate": "D:20271215100000+01'00'",
    })
    doc.save(OUT, garbage=3, deflate=True, no_new_id=True)
    print(f"wrote {OUT} ({total} pages)")


if __name__ == "__main__":
    main()
