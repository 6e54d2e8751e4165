"""Writes the held-out test document
tests/heldout/2039-11-01_yaounde-consultation-appel-a-benevoles-fr.docx: a French Word « Appel à bénévoles », issued
« Yaoundé, le mardi 1er novembre 2039 » (ref. PCSCM/CN-PMM/2039/017) by an invented « Plateforme camerounaise de la
société civile sur les migrations (PCSCM) », to recruit 40 volunteers for the « deuxième consultation nationale des
parties prenantes sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) »,
held on jeudi 8 and vendredi 9 décembre 2039 in the salle Sanaga of the Centre de conférences Ndzana-Ekoé (quartier
Bastos, Yaoundé), with the Réseau des Nations Unies sur les migrations au Cameroun. Everything in it (people,
organisation, venue, addresses, e-mails, URL) is invented.

Content: a letterhead title block (platform name, postal box, website, e-mail), a Title-style title and subtitle, a
reference/date line, numbered Heading 1 sections (1. Contexte, 2. Dates et lieu de la consultation, 3. Rôles et
horaires des bénévoles, 4. Profil recherché, 5. Formation obligatoire, 6. Ce que nous offrons, 7. Calendrier de
sélection, 8. Contact), a roles table (Rôle | Nombre de bénévoles | Principales tâches | Horaires, heure de Yaoundé
UTC+1) with five roles and a total row (accueil et inscription 12, orientation des participants 10, appui aux
rapporteurs 8, réseaux sociaux et communication 6, appui technique 4 = 40), a List Bullet profile (18 ans révolus,
French and English, both days + training, etc.), a List Bullet list of what volunteers receive (breakfast and lunch,
5 000 FCFA transport allowance per day, t-shirt and badge, attestation de bénévolat), « non rémunéré », a List Bullet
selection calendar (deadline vendredi 18 novembre 2039 à 17 h; answers by vendredi 25 novembre 2039; confirmation by
lundi 28 novembre 2039 à 12 h; training samedi 3 décembre 2039 9 h – 12 h 30 at the PCSCM office, or online on Zoom),
a contact section (coordinator Mme Edwige Mbarga Ondoua, her e-mail; communication lead M. Ibrahim Bello Moussa), a
signature, and a closing shaded one-cell box « Comment postuler » (online form URL, CV max two pages and a short
letter, e-mail alternative, deadline, free of charge).

Deliberately absent: accommodation for volunteers from outside Yaoundé, the rapporteurs' names, insurance cover, the
number of participants expected at the consultation, any phone number, the number of volunteers at the 2038 Douala
consultation, the exact date of the 2040 African regional review, how many applications have been received, who
opens the consultation, the detailed programme.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-11-01_yaounde-consultation-appel-a-benevoles-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-11-01_yaounde-consultation-appel-a-benevoles-fr.docx"

PLATFORM = "Plateforme camerounaise de la société civile sur les migrations (PCSCM)"
FORM_URL = "https://pcscm.example.org/benevoles-yaounde-2039"
APPLY_MAIL = "candidatures.benevoles@pcscm.example"
COORD_MAIL = "e.mbarga-ondoua@pcscm.example"
GREEN = RGBColor(0x1B, 0x6B, 0x3A)

CONTEXTE = [
    "Dans le cadre de la préparation de l'examen régional africain du Pacte mondial pour des migrations sûres, "
    "ordonnées et régulières (PMM), prévu en 2040, la Plateforme camerounaise de la société civile sur les "
    "migrations (PCSCM) organise, en partenariat avec le Réseau des Nations Unies sur les migrations au Cameroun, la "
    "deuxième consultation nationale des parties prenantes sur la mise en œuvre du PMM au Cameroun. La première "
    "édition s'était tenue à Douala en septembre 2038.",
    "La consultation réunira des organisations de la société civile, des associations de migrants, de réfugiés et de "
    "la diaspora, des syndicats, des organisations de jeunes et de femmes, des chercheurs, des représentants des "
    "collectivités territoriales décentralisées et des administrations concernées. Ses conclusions seront "
    "consignées dans un rapport de synthèse qui sera publié en janvier 2040 et transmis aux organisateurs de "
    "l'examen régional.",
    "Pour assurer le bon déroulement de ces deux journées, la PCSCM recherche 40 bénévoles motivés, disponibles et "
    "désireux de s'engager au service d'un dialogue ouvert sur les migrations.",
]

# (rôle, nombre, tâches, horaires)
ROLES = [
    ("Accueil et inscription", "12",
     "Accueillir les participants, vérifier les inscriptions sur la liste, remettre les badges et les kits du "
     "participant",
     "Équipe du matin : 7 h – 13 h ; équipe de l'après-midi : 12 h 30 – 18 h"),
    ("Orientation des participants", "10",
     "Orienter les participants vers les salles et les groupes de travail, accompagner les personnes à mobilité "
     "réduite, veiller au bon déroulement des pauses",
     "Équipe du matin : 7 h 30 – 13 h 30 ; équipe de l'après-midi : 13 h – 18 h 30"),
    ("Appui aux rapporteurs", "8",
     "Prendre des notes dans les groupes de travail (en français ou en anglais) et aider les rapporteurs à "
     "préparer la synthèse de fin de journée",
     "Journée complète : 8 h 30 – 17 h 30"),
    ("Réseaux sociaux et communication", "6",
     "Couvrir la consultation en direct (photos, courtes vidéos, publications), recueillir des témoignages avec "
     "l'accord des personnes concernées",
     "Journée complète : 8 h – 18 h"),
    ("Appui technique", "4",
     "Aider l'équipe technique pour les micros, la projection et la connexion des intervenants à distance",
     "Journée complète : 7 h – 17 h"),
]

PROFIL = [
    "avoir au moins 18 ans révolus à la date de la consultation ;",
    "parler couramment le français et l'anglais, les deux langues de travail de la consultation ; la connaissance "
    "d'une langue nationale (ewondo, fulfulde, bassa, etc.) ou du pidgin est un atout ;",
    "être disponible pour les deux jours de la consultation, le jeudi 8 et le vendredi 9 décembre 2039, ainsi que "
    "pour la formation obligatoire du samedi 3 décembre 2039 ;",
    "avoir un intérêt pour les questions de migration, de droits humains ou de développement ; une première "
    "expérience associative ou de bénévolat est souhaitée ;",
    "pour l'appui aux rapporteurs : une bonne capacité de rédaction et de synthèse ;",
    "pour les réseaux sociaux : disposer d'un smartphone et avoir déjà animé une page ou un compte "
    "d'organisation ;",
    "faire preuve de ponctualité, de sens de l'accueil et de discrétion, notamment pour les témoignages de "
    "personnes migrantes.",
]

OFFRE = [
    "le petit-déjeuner et le déjeuner pendant chacun des deux jours de la consultation ;",
    "une indemnité forfaitaire de transport de 5 000 FCFA par jour de présence, soit 10 000 FCFA pour les deux "
    "jours, versée par Mobile Money à la fin de la consultation ;",
    "un t-shirt et un badge « Bénévole » aux couleurs de la consultation ;",
    "une attestation de bénévolat signée par le Secrétaire exécutif de la PCSCM, remise aux bénévoles ayant "
    "assuré leur service les deux jours ;",
    "la possibilité d'assister aux séances plénières lorsque le service le permet.",
]

CALENDRIER = [
    ("Date limite de candidature : ",
     "au plus tard le vendredi 18 novembre 2039 à 17 h (heure de Yaoundé)"),
    ("Réponse aux candidats retenus : ", "par courriel, au plus tard le vendredi 25 novembre 2039"),
    ("Confirmation de participation par les candidats retenus : ", "au plus tard le lundi 28 novembre 2039 à 12 h"),
    ("Formation obligatoire : ", "samedi 3 décembre 2039, de 9 h à 12 h 30"),
    ("Consultation nationale : ", "jeudi 8 et vendredi 9 décembre 2039"),
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def box_borders(table, color="1B6B3A", size="12"):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), size)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tbl_pr.append(borders)


def add_page_field(paragraph):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def labelled(container, label, text, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = "Appel à bénévoles – Consultation nationale des parties prenantes sur le PMM, Yaoundé, 8-9 décembre 2039"
    cp.subject = "Recrutement de 40 bénévoles pour la deuxième consultation nationale sur le Pacte mondial sur les migrations"
    cp.author = "PCSCM – Secrétariat exécutif"
    cp.keywords = "PMM; GCM; consultation nationale; Cameroun; Yaoundé; bénévoles; société civile"
    cp.created = datetime.datetime(2039, 11, 1, 8, 30, 0)
    cp.modified = datetime.datetime(2039, 11, 1, 8, 30, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "PCSCM | Appel à bénévoles – Consultation nationale PMM, Yaoundé 2039"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("PCSCM – BP 14 207 Yaoundé, Cameroun – pcscm.example.org – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # Letterhead title block
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run("PLATEFORME CAMEROUNAISE DE LA SOCIÉTÉ CIVILE SUR LES MIGRATIONS")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = GREEN
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run("PCSCM – « Migrer dans la dignité, informer pour protéger »")
    r.italic = True
    r.font.size = Pt(9)
    lh3 = doc.add_paragraph()
    lh3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh3.add_run("BP 14 207 Yaoundé – Cameroun | pcscm.example.org | secretariat@pcscm.example")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    ref = doc.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ref.add_run("Réf. : PCSCM/CN-PMM/2039/017").font.size = Pt(9)
    ref.add_run("\nYaoundé, le mardi 1er novembre 2039").font.size = Pt(9)

    doc.add_heading("APPEL À BÉNÉVOLES", level=0)
    sub = doc.add_paragraph()
    sr = sub.add_run(
        "Deuxième consultation nationale des parties prenantes sur la mise en œuvre du Pacte mondial pour des "
        "migrations sûres, ordonnées et régulières (PMM) – Yaoundé, 8 et 9 décembre 2039")
    sr.bold = True
    sr.font.size = Pt(12)
    labelled(doc, "Postes : ", "40 bénévoles (non rémunéré)")
    labelled(doc, "Lieu : ", "Yaoundé (Cameroun)")
    labelled(doc, "Date limite de candidature : ",
             "vendredi 18 novembre 2039 à 17 h (heure de Yaoundé)")

    doc.add_heading("1. Contexte", level=1)
    for text in CONTEXTE:
        doc.add_paragraph(text)

    doc.add_heading("2. Dates et lieu de la consultation", level=1)
    doc.add_paragraph(
        "La consultation se tiendra le jeudi 8 et le vendredi 9 décembre 2039 à la salle Sanaga du Centre de "
        "conférences Ndzana-Ekoé, avenue des Cocotiers, quartier Bastos, Yaoundé.")
    doc.add_paragraph(
        "Les travaux se dérouleront en français et en anglais, avec interprétation simultanée en plénière. Le "
        "programme détaillé sera publié ultérieurement sur le site de la PCSCM. Les bénévoles sont attendus sur "
        "place au moins quinze minutes avant le début de leur service et se présentent au point "
        "« Bénévoles », situé à l'entrée principale du Centre.")

    doc.add_heading("3. Rôles et horaires des bénévoles", level=1)
    doc.add_paragraph(
        "Les 40 bénévoles seront répartis en cinq équipes. Tous les horaires sont donnés en heure de Yaoundé "
        "(UTC+1) et valent pour chacun des deux jours.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.6), Cm(2.4), Cm(6.2), Cm(4.4))
    heads = ("Rôle", "Nombre de bénévoles", "Principales tâches", "Horaires (heure de Yaoundé, UTC+1)")
    for cell, head, w in zip(table.rows[0].cells, heads, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1B6B3A")
    for row in ROLES:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w
    total = table.add_row().cells
    for cell, value, w in zip(total, ("Total", "40", "", ""), widths):
        cell.text = ""
        cell.paragraphs[0].add_run(value).bold = True
        cell.width = w
        shade(cell, "E2EFDA")
    doc.add_paragraph(
        "Les bénévoles des équipes « Accueil et inscription » et « Orientation des participants » choisissent une "
        "équipe (matin ou après-midi) mais s'engagent pour les deux jours. Une pause-déjeuner de 45 minutes est "
        "prévue pour les bénévoles en journée complète. Chaque équipe est encadrée par un membre du personnel de "
        "la PCSCM.")

    doc.add_heading("4. Profil recherché", level=1)
    doc.add_paragraph("Les candidates et candidats doivent :")
    for item in PROFIL:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Les candidatures de personnes migrantes, réfugiées, déplacées internes ou en situation de handicap sont "
        "vivement encouragées. La sélection tiendra compte de l'équilibre entre femmes et hommes et de la "
        "diversité des profils.")

    doc.add_heading("5. Formation obligatoire", level=1)
    doc.add_paragraph(
        "Tous les bénévoles retenus doivent suivre une séance de formation obligatoire le samedi 3 décembre 2039, "
        "de 9 h à 12 h 30 (heure de Yaoundé), au siège de la PCSCM, 2e étage de l'immeuble Les Flamboyants, rue "
        "des Manguiers, quartier Nlongkak, Yaoundé.")
    doc.add_paragraph(
        "La formation peut également être suivie en ligne sur Zoom ; le lien sera envoyé par courriel aux "
        "candidats retenus. Elle portera sur la présentation du PMM et de la consultation, les consignes propres à "
        "chaque rôle, l'accueil des personnes en situation de vulnérabilité et la protection des données "
        "personnelles. Un bénévole qui n'a pas suivi la formation ne pourra pas être affecté à un poste.")

    doc.add_heading("6. Ce que nous offrons", level=1)
    doc.add_paragraph("Chaque bénévole recevra :")
    for item in OFFRE:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Le bénévolat est non rémunéré : en dehors de l'indemnité de transport et des repas mentionnés ci-dessus, "
        "aucun salaire ni per diem n'est versé. La formation du 3 décembre ne donne pas lieu à une indemnité.")

    doc.add_heading("7. Calendrier de sélection", level=1)
    for label, text in CALENDRIER:
        labelled(doc, label, text, style="List Bullet")
    doc.add_paragraph(
        "Seuls les candidats retenus seront contactés. Les candidatures incomplètes ou reçues après la date limite "
        "ne seront pas examinées. Une liste d'attente sera constituée pour remplacer d'éventuels désistements.")

    doc.add_heading("8. Contact", level=1)
    doc.add_paragraph(
        "Coordinatrice des bénévoles : Mme Edwige Mbarga Ondoua, chargée de la mobilisation communautaire à la "
        f"PCSCM – {COORD_MAIL}")
    doc.add_paragraph(
        "L'équipe « Réseaux sociaux et communication » sera encadrée par M. Ibrahim Bello Moussa, chargé de "
        "communication de la PCSCM. Pour toute question sur cet appel, merci d'écrire à la coordinatrice des "
        "bénévoles en indiquant en objet « Bénévoles Yaoundé 2039 ».")

    sig = doc.add_paragraph()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.add_run("Fait à Yaoundé, le 1er novembre 2039\n")
    sig.add_run("Jean-Baptiste Ngono Essomba").bold = True
    sig.add_run("\nSecrétaire exécutif de la PCSCM")

    # Closing box « Comment postuler »
    box = doc.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    box_borders(box)
    cell = box.rows[0].cells[0]
    cell.width = Cm(16.6)
    shade(cell, "E2EFDA")
    title = cell.paragraphs[0]
    tr = title.add_run("Comment postuler")
    tr.bold = True
    tr.font.size = Pt(13)
    tr.font.color.rgb = GREEN
    steps = [
        f"1. Remplir le formulaire en ligne : {FORM_URL}",
        "2. Joindre un CV (deux pages au maximum) et une courte lettre de motivation (une page au maximum), en "
        "français ou en anglais, en indiquant le rôle souhaité (deux choix possibles).",
        "3. Si vous ne pouvez pas utiliser le formulaire, envoyez les mêmes documents par courriel à "
        f"{APPLY_MAIL}, avec en objet « Candidature bénévole – Yaoundé 2039 ».",
    ]
    for s in steps:
        cell.add_paragraph(s)
    dl = cell.add_paragraph()
    dl.add_run("Date limite : ").bold = True
    dl.add_run("au plus tard le vendredi 18 novembre 2039 à 17 h (heure de Yaoundé).")
    cell.add_paragraph(
        "La candidature est gratuite : aucun frais n'est demandé aux candidats, à aucune étape de la sélection.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
