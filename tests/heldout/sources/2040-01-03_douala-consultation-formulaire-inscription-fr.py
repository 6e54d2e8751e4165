"""Writes the held-out test document
tests/heldout/2040-01-03_douala-consultation-formulaire-inscription-fr.docx: a French Word « Formulaire
d'inscription » (registration form with its instructions), « Version 2 du mardi 3 janvier 2040 » (ref.
PSAC/CSR-PMM/2040/003), issued in Douala by an invented sub-regional civil-society platform, the « Plateforme
sous-régionale de la société civile d'Afrique centrale sur les migrations (PSAC-Migrations) », with the invented
« Bureau sous-régional pour l'Afrique centrale du Réseau des Nations Unies sur les migrations », for the
« Consultation sous-régionale des parties prenantes d'Afrique centrale sur le Pacte mondial pour des migrations sûres,
ordonnées et régulières (PMM) », held on mercredi 22 et jeudi 23 février 2040 at the Centre de conférences Les
Palétuviers, salle Wouri, 27 boulevard de la République, quartier Bonanjo, Douala. Every person, organisation, venue,
address, e-mail and URL in it is invented.

Content: a letterhead block (platform name, secretariat address in Akwa, website, e-mail), a reference/version line,
a Title « FORMULAIRE D'INSCRIPTION » and subtitle, a title-block table (dates, venue, organisers, languages), a
shaded « Avis de correction » box (version 2 replaces version 1 of lundi 19 décembre 2039, which wrongly said three
people per organisation and gave travel support the same deadline as registration), an instructions section (who may
register: legally registered civil society organisations of the eleven ECCAS/CEEAC member States, 90 civil society
places, free; two people at most per organisation, one a woman or under 35 if two; a disabled participant's companion
not counted; return by e-mail with a subject line, deadline vendredi 27 janvier 2040 à 18 h heure de Douala; three
attachments; selection notified by vendredi 7 février 2040, confirmation within five working days, waiting list),
then the FORM as tables: A. Organisation, B. Type d'organisation (checkboxes), C. Personnes inscrites (two columns),
D. Langue de participation (checkboxes; interpretation French/English/Portuguese, Spanish only if at least five
registered participants ask), E. Accessibilité (checkboxes; focal point Mme Rosine Ndayishimiye), F. Prise en charge
des frais de voyage (yes/no and the rules: residence outside the Littoral region, one person per organisation,
priorities, covers economy return ticket + three nights 21-24 février 2040 in a hotel chosen by the secretariat + a
daily allowance whose amount is given later; not visa, insurance, personal costs; tickets bought by the secretariat;
separate deadline vendredi 20 janvier 2040 à 18 h to appui.voyage@...; answers by mercredi 1er février 2040),
G. Consentement (data used only for the consultation, list shared with the UN network bureau, kept 24 months then
destroyed, rights via donnees.personnelles@..., photo yes/no), a signature line, a « Réservé au secrétariat » box,
and a closing line with where to send the form and whom to ask (Mme Gisèle Mavoungou-Tchicaya).

Deliberately absent: any phone or WhatsApp number of the secretariat, the hotel's name, the total number of travel
supports (or any quota per country), the programme or the opening time of either day, any online/remote
participation, the name of the person in charge of personal data, the amount of the daily allowance, the date of the
2040 African regional review, when or whether a report of the consultation will be published.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-01-03_douala-consultation-formulaire-inscription-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2040-01-03_douala-consultation-formulaire-inscription-fr.docx"

REG_MAIL = "inscriptions.douala2040@psac-migrations.example"
TRAVEL_MAIL = "appui.voyage@psac-migrations.example"
DATA_MAIL = "donnees.personnelles@psac-migrations.example"
ACCESS_MAIL = "r.ndayishimiye@psac-migrations.example"
BLUE = RGBColor(0x1F, 0x4E, 0x79)
DOTS = "…………………………………………………"
BOX = "☐"


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def box_borders(table, color="1F4E79", size="12"):
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


def section_heading(doc, text):
    h = doc.add_heading(text, level=2)
    return h


def form_table(doc, rows, widths=(Cm(5.6), Cm(11.0))):
    """Two-column form table: bold label | value (dotted line or checkboxes)."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        shade(cells[0], "DEEAF6")
        cells[1].text = value
        cells[0].width, cells[1].width = widths
    return t


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = ("Formulaire d'inscription – Consultation sous-régionale des parties prenantes d'Afrique centrale "
                "sur le PMM, Douala, 22-23 février 2040 (version 2)")
    cp.subject = "Inscription des organisations de la société civile – consultation sous-régionale PMM"
    cp.author = "PSAC-Migrations – Secrétariat de coordination"
    cp.keywords = "PMM; GCM; Afrique centrale; CEEAC; Douala; inscription; prise en charge; société civile"
    cp.created = datetime.datetime(2040, 1, 3, 9, 15, 0)
    cp.modified = datetime.datetime(2040, 1, 3, 9, 15, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = "PSAC-Migrations | Formulaire d'inscription – Consultation sous-régionale PMM, Douala 2040 | Version 2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(f"Formulaire à renvoyer par courriel à {REG_MAIL} – PSAC-Migrations, Douala – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # ---- Letterhead -------------------------------------------------------------------------------------------
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run("PLATEFORME SOUS-RÉGIONALE DE LA SOCIÉTÉ CIVILE D'AFRIQUE CENTRALE SUR LES MIGRATIONS")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = BLUE
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run("PSAC-Migrations – Secrétariat de coordination")
    r.italic = True
    r.font.size = Pt(9)
    lh3 = doc.add_paragraph()
    lh3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh3.add_run("Immeuble Les Cocotiers, 4e étage, rue Castelnau, Akwa, Douala (Cameroun) | "
                    "psac-migrations.example.org | secretariat@psac-migrations.example")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    ref = doc.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ref.add_run("Réf. : PSAC/CSR-PMM/2040/003").font.size = Pt(9)
    ref.add_run("\nVersion 2 – Douala, le mardi 3 janvier 2040").font.size = Pt(9)

    doc.add_heading("FORMULAIRE D'INSCRIPTION", level=0)
    sub = doc.add_paragraph()
    sr = sub.add_run(
        "Consultation sous-régionale des parties prenantes d'Afrique centrale sur le Pacte mondial pour des "
        "migrations sûres, ordonnées et régulières (PMM)")
    sr.bold = True
    sr.font.size = Pt(12)

    tb = form_table(doc, [
        ("Dates", "mercredi 22 et jeudi 23 février 2040"),
        ("Lieu", "Centre de conférences Les Palétuviers, salle Wouri, 27 boulevard de la République, "
                 "quartier Bonanjo, Douala (Cameroun)"),
        ("Organisée par", "PSAC-Migrations, en partenariat avec le Bureau sous-régional pour l'Afrique centrale du "
                          "Réseau des Nations Unies sur les migrations"),
        ("Objet", "recueillir les contributions de la société civile d'Afrique centrale en vue de l'examen "
                  "régional africain du PMM prévu en 2040 et adopter une déclaration commune"),
    ])

    # ---- Correction notice ------------------------------------------------------------------------------------
    doc.add_paragraph()
    notice = doc.add_table(rows=1, cols=1)
    notice.alignment = WD_TABLE_ALIGNMENT.CENTER
    box_borders(notice, color="C00000")
    c = notice.rows[0].cells[0]
    c.width = Cm(16.6)
    shade(c, "FBE4D5")
    p = c.paragraphs[0]
    rr = p.add_run("Avis de correction. ")
    rr.bold = True
    p.add_run(
        "Cette version 2 remplace la version 1 diffusée le lundi 19 décembre 2039. La version 1 indiquait par "
        "erreur que chaque organisation pouvait inscrire trois personnes, et que les demandes de prise en charge "
        "suivaient la même date limite que les inscriptions. Les formulaires déjà envoyés sur la version 1 restent "
        "valables, mais seules les deux premières personnes inscrites seront prises en compte.")

    # ---- Instructions -----------------------------------------------------------------------------------------
    doc.add_heading("Instructions – à lire avant de remplir le formulaire", level=1)
    labelled(doc, "1. Qui peut s'inscrire. ",
             "La consultation est ouverte aux organisations de la société civile légalement constituées dans l'un "
             "des onze États membres de la Communauté économique des États de l'Afrique centrale (CEEAC) : Angola, "
             "Burundi, Cameroun, Congo, Gabon, Guinée équatoriale, République centrafricaine, République "
             "démocratique du Congo, Rwanda, Sao Tomé-et-Principe et Tchad. La salle compte 90 places réservées à "
             "la société civile. La participation est gratuite.")
    labelled(doc, "2. Nombre de personnes. ",
             "Deux personnes au maximum par organisation ; si l'organisation en inscrit deux, l'une au moins doit "
             "être une femme ou une personne de moins de 35 ans. Un seul formulaire par organisation. La personne "
             "qui accompagne un participant en situation de handicap n'entre pas dans ce nombre.")
    labelled(doc, "3. Envoi. ",
             f"Le formulaire rempli et signé (Word ou PDF ; un scan lisible d'un formulaire rempli à la main est "
             f"accepté) est envoyé uniquement par courriel à {REG_MAIL}, avec en objet « Inscription Douala 2040 – "
             f"pays – nom de l'organisation », au plus tard le vendredi 27 janvier 2040 à 18 h (heure de Douala, "
             f"UTC+1).")
    labelled(doc, "4. Pièces à joindre. ", "")
    for item in (
        "a) une copie des statuts de l'organisation ou de son récépissé de déclaration ;",
        "b) une lettre de mandat signée par le président ou la présidente (ou le directeur exécutif) de "
        "l'organisation, désignant la ou les personnes inscrites ;",
        "c) pour une demande de prise en charge seulement (section F) : une copie de la page d'identité du "
        "passeport de la personne concernée.",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("Les dossiers incomplets ne sont pas examinés.")
    labelled(doc, "5. Sélection. ",
             "Les organisations sont informées par courriel au plus tard le vendredi 7 février 2040. Les personnes "
             "retenues confirment leur présence dans les cinq jours ouvrables ; faute de confirmation, la place "
             "est proposée à une organisation de la liste d'attente.")

    # ---- The form itself --------------------------------------------------------------------------------------
    doc.add_heading("FORMULAIRE", level=1)

    section_heading(doc, "A. Organisation")
    form_table(doc, [
        ("Nom complet de l'organisation", DOTS),
        ("Sigle", DOTS),
        ("Pays du siège", DOTS),
        ("Ville", DOTS),
        ("Année de création", DOTS),
        ("Site web / réseaux sociaux", DOTS),
    ])

    section_heading(doc, "B. Type d'organisation (cochez une seule case)")
    form_table(doc, [
        ("Type", f"{BOX} Association de migrants, de réfugiés ou de la diaspora\n{BOX} ONG nationale\n"
                 f"{BOX} ONG internationale (bureau pays)\n{BOX} Syndicat\n{BOX} Organisation de jeunes\n"
                 f"{BOX} Organisation de femmes\n{BOX} Université ou centre de recherche\n"
                 f"{BOX} Organisation confessionnelle\n{BOX} Autre (préciser) : ……………………"),
        ("Organisation dirigée par des personnes migrantes ?", f"{BOX} Oui    {BOX} Non"),
    ])

    section_heading(doc, "C. Personne(s) inscrite(s)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(t.rows[0].cells, ("", "Personne 1", "Personne 2 (facultatif)")):
        cell.text = ""
        cell.paragraphs[0].add_run(head).bold = True
        shade(cell, "DEEAF6")
    for label, val in (
        ("Nom et prénoms", "……………………"),
        ("Fonction dans l'organisation", "……………………"),
        ("Sexe", f"{BOX} F   {BOX} M"),
        ("Âge", f"{BOX} moins de 35 ans   {BOX} 35 ans et plus"),
        ("Nationalité", "……………………"),
        ("Courriel", "……………………"),
        ("Téléphone (WhatsApp)", "……………………"),
        ("Lettre d'invitation pour le visa ?", f"{BOX} Oui   {BOX} Non"),
    ):
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = val
        cells[2].text = val
    doc.add_paragraph("Personne de contact pour ce formulaire (si différente) : nom, courriel : " + DOTS)

    section_heading(doc, "D. Langue de participation")
    form_table(doc, [
        ("Langue souhaitée", f"{BOX} Français   {BOX} Anglais   {BOX} Portugais   {BOX} Espagnol"),
    ])
    doc.add_paragraph(
        "L'interprétation simultanée est assurée en français, en anglais et en portugais. L'interprétation vers "
        "l'espagnol ne sera organisée que si au moins cinq participants inscrits la demandent.")

    section_heading(doc, "E. Accessibilité et besoins particuliers")
    form_table(doc, [
        ("Besoins", f"{BOX} Accès en fauteuil roulant\n{BOX} Interprétation en langue des signes (laquelle ?) "
                    f"……………\n{BOX} Documents en gros caractères ou en format électronique accessible\n"
                    f"{BOX} Personne accompagnatrice\n{BOX} Régime alimentaire (préciser) : ……………\n"
                    f"{BOX} Autre : ……………"),
    ])
    doc.add_paragraph(
        "Point focal accessibilité : Mme Rosine Ndayishimiye, chargée de l'inclusion, PSAC-Migrations – "
        f"{ACCESS_MAIL}")

    section_heading(doc, "F. Prise en charge des frais de voyage")
    form_table(doc, [
        ("Demandez-vous une prise en charge ?", f"{BOX} Oui    {BOX} Non"),
        ("Si oui : nom de la personne concernée", DOTS),
        ("Ville de départ", DOTS),
        ("Pourquoi l'organisation ne peut-elle pas couvrir ces frais ? (cinq lignes au maximum)", DOTS + "\n" + DOTS),
    ])
    doc.add_paragraph("Règles de la prise en charge :").runs[0].bold = True
    for item in (
        "Elle est réservée aux personnes qui résident hors de la région du Littoral (Cameroun), à raison d'une "
        "seule personne par organisation. Priorité est donnée aux organisations dirigées par des personnes "
        "migrantes, aux femmes, aux jeunes de moins de 35 ans et aux personnes en situation de handicap.",
        "Elle couvre un billet aller-retour en classe économique (avion, ou bus à l'intérieur du Cameroun), trois "
        "nuitées dans un hôtel désigné par le secrétariat (du mardi 21 au vendredi 24 février 2040) et une "
        "indemnité journalière forfaitaire dont le montant sera précisé dans la lettre de confirmation.",
        "Elle ne couvre pas les frais de visa, l'assurance voyage ni les dépenses personnelles. Les billets sont "
        "achetés par le secrétariat : aucun billet acheté par le participant ne sera remboursé.",
        f"Date limite (antérieure à celle des inscriptions) : le formulaire, section F remplie, et la copie du "
        f"passeport doivent parvenir à {TRAVEL_MAIL} au plus tard le vendredi 20 janvier 2040 à 18 h "
        f"(heure de Douala).",
        "Les décisions sont communiquées par courriel au plus tard le mercredi 1er février 2040.",
    ):
        doc.add_paragraph(item, style="List Bullet")

    section_heading(doc, "G. Consentement – données personnelles")
    doc.add_paragraph(
        "En signant ce formulaire, je consens à ce que PSAC-Migrations utilise les données qu'il contient "
        "uniquement pour organiser la consultation (sélection, badges, interprétation et, le cas échéant, achat "
        "des billets et réservation de l'hôtel). La liste des participants (nom, organisation, pays) est partagée "
        "avec le Bureau sous-régional du Réseau des Nations Unies sur les migrations. Les données sont conservées "
        "pendant 24 mois après la consultation, puis détruites. Pour y accéder, les corriger ou demander leur "
        f"suppression : {DATA_MAIL}.")
    doc.add_paragraph(
        f"Photographies et vidéos pendant la consultation : {BOX} J'accepte d'y figurer   {BOX} Je refuse")

    sig = doc.add_paragraph()
    sig.add_run("Fait à ……………………………, le ……/……/2040\n")
    sig.add_run("Nom, fonction et signature du ou de la responsable de l'organisation : "
                "…………………………………………   Cachet : ")

    # ---- Réservé au secrétariat -------------------------------------------------------------------------------
    res = doc.add_table(rows=1, cols=1)
    res.alignment = WD_TABLE_ALIGNMENT.CENTER
    box_borders(res, color="7F7F7F")
    cell = res.rows[0].cells[0]
    cell.width = Cm(16.6)
    shade(cell, "F2F2F2")
    tr = cell.paragraphs[0].add_run("Réservé au secrétariat – ne rien inscrire dans ce cadre")
    tr.bold = True
    for line in (
        "N° d'inscription : DLA40-………   Reçu le : ……/……/2040",
        f"Pièces jointes complètes : {BOX} Oui  {BOX} Non",
        f"Prise en charge : {BOX} accordée  {BOX} refusée  {BOX} liste d'attente",
        "Lettre d'invitation envoyée le : ……………   Initiales : ………",
    ):
        cell.add_paragraph(line)

    end = doc.add_paragraph()
    end.add_run("Renvoyez le formulaire signé et les pièces jointes à ").italic = True
    end.add_run(REG_MAIL).bold = True
    end.add_run(". Questions : Mme Gisèle Mavoungou-Tchicaya, chargée des inscriptions et de la logistique, à la "
                "même adresse.").italic = True

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
