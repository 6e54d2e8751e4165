"""Write tests/heldout/2038-07-02_antananarivo-atelier-communique-de-presse-fr.pdf.

Held-out DEVELOPMENT document: a French "COMMUNIQUÉ DE PRESSE", issued in Antananarivo on Friday 2 July 2038, the
day a three-day regional workshop on labour migration and skills recognition for the Indian Ocean island states
closed (Wednesday 30 June - Friday 2 July 2038). It gives the venue, the number of participants and countries (a
breakdown by category, none by country), who opened and closed the workshop, quotations from named officials, the
"Feuille de route d'Antananarivo" in 12 points, a "Chiffres clés" box, next steps with exact dates (draft report,
deadline for comments, follow-up online meeting in Antananarivo time and GMT, final report), things to be announced
later, notes to editors and a press contact with e-mail and phone. All people, organisations, addresses, e-mails,
phone numbers and URLs are invented.

A4, one column, laid out with a PyMuPDF Story (HTML + CSS, DejaVu Sans with its GSUB table hidden so that no
ligatures are drawn or extracted), then a footer with the release reference and "Page X sur Y" stamped on every page.

Run from the repository root:
    .venv/bin/python tests/heldout/sources/2038-07-02_antananarivo-atelier-communique-de-presse-fr.py
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pymupdf

STEM = "2038-07-02_antananarivo-atelier-communique-de-presse-fr"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
    "DejaVuSans-Oblique.ttf": "font-style: italic;",
    "DejaVuSans-BoldOblique.ttf": "font-weight: bold; font-style: italic;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 60
BODY = pymupdf.Rect(MARGIN_X, 48, PAGE.width - MARGIN_X, PAGE.height - 64)
ACCENT = "#0b5d6b"
WARM = "#c8792a"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9.1pt; line-height: 1.28; color: #1b1b1b;}}
p {{margin: 0 0 6pt 0; text-align: justify;}}
.org {{font-size: 10.2pt; font-weight: bold; color: {ACCENT}; margin: 0 0 1pt 0; text-align: left;}}
.org-sub {{font-size: 7.8pt; color: #4a4a4a; margin: 0; text-align: left;}}
.org-r {{font-size: 8.4pt; font-weight: bold; color: #4a4a4a; margin: 3pt 0 4pt 0; text-align: left;}}
.rule {{border-bottom: 1.6pt solid {WARM}; margin: 0 0 12pt 0; font-size: 2pt;}}
.kind {{font-size: 16pt; font-weight: bold; color: {ACCENT}; margin: 0 0 1pt 0; text-align: left;}}
.release {{font-size: 8pt; font-weight: bold; color: {WARM}; margin: 0 0 9pt 0; text-align: left;}}
h1 {{font-size: 13.2pt; line-height: 1.22; margin: 0 0 5pt 0; color: #111111;}}
.standfirst {{font-size: 9.6pt; font-style: italic; color: #333333; margin: 0 0 10pt 0; text-align: left;}}
.dateline {{font-weight: bold;}}
h2 {{font-size: 10.6pt; color: {ACCENT}; margin: 11pt 0 4pt 0;}}
ul, ol {{margin: 0 0 6pt 0; padding-left: 17pt;}}
li {{margin: 0 0 2.5pt 0; text-align: left;}}
.quote {{margin: 2pt 0 7pt 14pt; padding-left: 7pt; border-left: 2pt solid {WARM};}}
table {{border-collapse: collapse;}}
.keyfig td {{border: 0.9pt solid {ACCENT}; padding: 6pt 9pt;}}
.keyfig p {{margin: 0 0 3pt 0; text-align: left; font-size: 8.9pt;}}
.keyfig .kt {{font-size: 10pt; font-weight: bold; color: {ACCENT}; margin-bottom: 4pt;}}
.fig {{font-weight: bold; color: {ACCENT};}}
.end {{text-align: center; font-weight: bold; margin: 10pt 0 6pt 0;}}
.notes p {{font-size: 8.3pt; text-align: left; margin-bottom: 3pt;}}
.contact td {{border-top: 1.2pt solid {ACCENT}; border-bottom: 1.2pt solid {ACCENT}; padding: 6pt 2pt;}}
.contact p {{margin: 0 0 2pt 0; text-align: left;}}
"""

HTML = """
<p class="org">Conseil des États insulaires de l'océan Indien (CEIOI)</p>
<p class="org-sub">Bureau de liaison d'Antananarivo – Lot II J 161 bis, Ankorondrano, Antananarivo 101, Madagascar</p>
<p class="org-r">Réseau des Nations Unies sur les migrations – Afrique australe et océan Indien</p>
<p class="rule">&#160;</p>

<p class="kind">COMMUNIQUÉ DE PRESSE</p>
<p class="release">POUR DIFFUSION IMMÉDIATE – Réf. CEIOI/CP/2038/14</p>

<h1>Migration de main-d'œuvre : les États insulaires de l'océan Indien adoptent la « Feuille de route
d'Antananarivo » sur la reconnaissance des compétences</h1>
<p class="standfirst">L'atelier régional de trois jours, accueilli par le Gouvernement de Madagascar avec le CEIOI
et le Réseau des Nations Unies sur les migrations, a réuni 138 participants venus de six pays.</p>

<p><span class="dateline">Antananarivo, le vendredi 2 juillet 2038 –</span> L'atelier régional sur la migration
de main-d'œuvre et la reconnaissance des compétences dans les États insulaires de l'océan Indien s'est clôturé
aujourd'hui par l'adoption, par consensus, d'une feuille de route en 12 points. Les travaux se sont tenus du
mercredi 30 juin au vendredi 2 juillet 2038 au Centre de conférences Ravinala, à Ankorondrano (Antananarivo). Ils
étaient organisés par le ministère de l'Emploi, du Travail et de la Formation professionnelle de Madagascar, en
partenariat avec le Conseil des États insulaires de l'océan Indien (CEIOI) et le Réseau des Nations Unies sur les
migrations.</p>

<p>L'atelier a réuni 138 participants venus de six pays : les Comores, Madagascar, les Maldives, Maurice, les
Seychelles et Sri Lanka. Parmi eux figuraient 52 représentants des administrations nationales, 41 représentants
de la société civile, de la diaspora et d'associations de travailleurs migrants, 23 représentants d'organisations
d'employeurs et de syndicats, et 22 représentants d'organisations régionales et d'entités des Nations Unies. Les
débats se sont déroulés en français et en anglais, avec interprétation simultanée.</p>

<h2>Une ouverture placée sous le signe du « gaspillage des compétences »</h2>
<p>L'atelier a été ouvert le mercredi 30 juin par Mme Hanitra Rakotomalala-Andrianasolo, ministre de l'Emploi, du
Travail et de la Formation professionnelle de Madagascar, et par M. Vikash Ramdhony, secrétaire général du CEIOI.</p>
<p class="quote">« Chaque année, des milliers de jeunes de nos îles partent travailler à l'étranger avec des diplômes
que personne ne reconnaît à leur arrivée. Ils acceptent alors des emplois bien en dessous de leurs qualifications.
Ce gaspillage, nos pays ne peuvent plus se le permettre », a déclaré la ministre.</p>
<p class="quote">« Nos économies insulaires dépendent à la fois de l'argent envoyé par nos travailleurs à
l'étranger et des compétences qu'ils rapportent à leur retour. La reconnaissance des acquis doit fonctionner dans
les deux sens », a souligné M. Ramdhony.</p>

<p>Au fil de neuf sessions et de 27 interventions, les participants ont examiné la mise en œuvre de l'objectif 18
du Pacte mondial pour des migrations sûres, ordonnées et régulières : « Investir dans le perfectionnement des
compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences ». Une étude
régionale présentée le deuxième jour, menée auprès de 1 150 travailleurs migrants de retour à Madagascar, aux
Comores et aux Seychelles, montre que seuls 18 % d'entre eux ont obtenu la reconnaissance officielle d'une
compétence acquise à l'étranger.</p>
<p class="quote">« J'ai travaillé six ans comme aide-soignante à l'étranger. À mon retour, aucun document ne
prouvait ce que je savais faire et j'ai dû repartir de zéro », a témoigné Mme Marie-Josée Larue, présidente de
l'Association seychelloise des travailleurs migrants de retour, qui a plaidé pour la validation des acquis de
l'expérience dans les pays d'origine.</p>

<h2>La Feuille de route d'Antananarivo</h2>
<p>La feuille de route adoptée lors de la séance de clôture comprend 12 points. Les participants se sont notamment
engagés à :</p>
<ul>
<li>élaborer un cadre régional de référence des qualifications pour cinq secteurs prioritaires : soins,
hôtellerie et tourisme, pêche, construction et technologies numériques ;</li>
<li>créer, d'ici à 2040, un registre régional en ligne des certifications reconnues par les six pays ;</li>
<li>ouvrir aux travailleurs migrants de retour un dispositif de validation des acquis de l'expérience ;</li>
<li>renforcer l'orientation avant le départ, y compris dans les langues nationales ;</li>
<li>mettre en place un groupe technique régional composé d'un point focal par pays.</li>
</ul>
<p>L'atelier a été clôturé par Mme Fatouma Saïd Mohamed, coordinatrice régionale du Réseau des Nations Unies sur
les migrations pour l'Afrique australe et l'océan Indien, et par M. Tojo Randrianarivelo, secrétaire général du
ministère de l'Emploi, du Travail et de la Formation professionnelle.</p>
<p class="quote">« Cette feuille de route n'est pas un point d'arrivée. Sa réussite se mesurera au nombre de
travailleurs dont les compétences seront enfin reconnues, au départ comme au retour », a conclu Mme Saïd
Mohamed.</p>

<table class="keyfig" width="100%"><tr><td>
<p class="kt">Chiffres clés</p>
<p><span class="fig">3</span> jours de travaux, du 30 juin au 2 juillet 2038</p>
<p><span class="fig">138</span> participants venus de <span class="fig">6</span> pays</p>
<p><span class="fig">9</span> sessions et <span class="fig">27</span> interventions</p>
<p><span class="fig">1 150</span> travailleurs migrants de retour interrogés pour l'étude régionale</p>
<p><span class="fig">18 %</span> d'entre eux seulement ont obtenu la reconnaissance d'une compétence acquise à
l'étranger</p>
<p><span class="fig">12</span> points dans la Feuille de route d'Antananarivo</p>
</td></tr></table>

<h2>Prochaines étapes</h2>
<ul>
<li>Le projet de rapport de l'atelier et le texte intégral de la feuille de route seront publiés en français et en
anglais le vendredi 23 juillet 2038 sur la page de l'atelier :<br>https://ceioi.example.org/antananarivo-2038</li>
<li>Les participants et les organisations de la société civile de la région peuvent adresser leurs commentaires
sur le projet de rapport, en 1 000 mots au maximum, jusqu'au vendredi 13 août 2038 à 17 h 00 (heure
d'Antananarivo), à l'adresse atelier-competences@ceioi.example.</li>
<li>Une réunion de suivi en ligne, sur Zoom, se tiendra le mercredi 15 septembre 2038 de 10 h 00 à 12 h 00, heure
d'Antananarivo (UTC+3), soit de 7 h 00 à 9 h 00 GMT et de 11 h 00 à 13 h 00 à Port-Louis et à Victoria. Elle est
réservée aux participants de l'atelier et aux points focaux nationaux, qui doivent s'inscrire au plus tard le
mercredi 8 septembre 2038 au moyen du formulaire publié sur la page de l'atelier. Le lien de connexion sera
envoyé par courriel aux personnes inscrites.</li>
<li>Le rapport final sera publié le jeudi 30 septembre 2038.</li>
</ul>
<p>La composition du groupe technique régional, le pays hôte et les dates du deuxième atelier régional, prévu en
2039, ainsi que les modalités de financement des projets pilotes seront annoncés ultérieurement. La feuille de
route sera soumise à l'approbation des ministres du Travail des pays du CEIOI lors d'une réunion dont la date
reste à fixer.</p>

<p class="end">– FIN –</p>

<div class="notes">
<p><b>Notes aux rédactions</b></p>
<p>Le Conseil des États insulaires de l'océan Indien (CEIOI) est une organisation intergouvernementale qui réunit
les Comores, Madagascar, les Maldives, Maurice, les Seychelles et Sri Lanka. Son secrétariat général est établi à
Port-Louis (Maurice).</p>
<p>Le Réseau des Nations Unies sur les migrations appuie les États dans la mise en œuvre, le suivi et l'examen du
Pacte mondial pour des migrations sûres, ordonnées et régulières, adopté en décembre 2018.</p>
<p>Des photographies de l'atelier, libres de droits, peuvent être obtenues sur demande auprès du contact
presse.</p>
</div>

<table class="contact" width="100%"><tr><td>
<p><b>Contact presse</b></p>
<p>Mme Noro Rasoanaivo, chargée de communication, Bureau de liaison du CEIOI à Antananarivo</p>
<p>Courriel : presse@ceioi.example</p>
<p>Téléphone : +261 20 22 614 37 (du lundi au vendredi, de 8 h 00 à 17 h 00, heure d'Antananarivo)</p>
</td></tr></table>
"""

FOOTER_LEFT = ("CEIOI – Bureau de liaison d'Antananarivo · Communiqué de presse CEIOI/CP/2038/14 · "
               "https://ceioi.example.org")


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
        page.draw_line((left, PAGE.height - 54), (right, PAGE.height - 54), color=(0.04, 0.36, 0.42), width=0.6)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 50, right - 80, PAGE.height - 30),
                            f"<p style='{style}'>{FOOTER_LEFT}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 80, PAGE.height - 50, right, PAGE.height - 30),
                            f"<p style='{style} text-align: right'>Page {number} sur {total}</p>",
                            css=css, archive=archive)


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Communiqué de presse - Les États insulaires de l'océan Indien adoptent la Feuille de route"
                 " d'Antananarivo sur la reconnaissance des compétences",
        "author": "Conseil des États insulaires de l'océan Indien (CEIOI)",
        "subject": "Atelier régional sur la migration de main-d'œuvre et la reconnaissance des compétences,"
                   " Antananarivo, 30 juin - 2 juillet 2038",
        "creator": "CEIOI - Bureau de liaison d'Antananarivo",
    })
    doc.subset_fonts()
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
