"""Writes the held-out test document
tests/heldout/2039-09-13_niamey-termes-de-reference-consultant-fr.docx: French Word « Termes de référence –
Recrutement d'un(e) consultant(e) national(e) pour la rédaction du rapport de la société civile du Niger en vue de
l'examen régional du Pacte mondial sur les migrations », issued « Niamey, le mardi 13 septembre 2039 » (ref.
PSSM-NE/TDR/2039/07) by the coordination nationale du Niger of an invented « Plateforme sahélienne de la société civile
pour les migrations et la mobilité (PSSM) ». Everything in it (people, organisations, venue, e-mails, URL) is invented.

Content: a labelled key-facts block (poste, lieu d'affectation, durée, date limite), numbered Heading 1 sections
(1. Contexte, 2. Objectif de la mission, 3. Tâches du/de la consultant(e), 4. Livrables et calendrier, 5. Durée et
lieu de travail, 6. Atelier national de validation, 7. Qualifications requises, 8. Dossier de candidature et
modalités de dépôt, 9. Évaluation des offres, 10. Modalités de paiement, 11. Supervision, 12. Questions et contact),
List Bullet lists (tasks, qualifications, payment tranches), a List Number list (documents to send), and a deliverables
table (N° | Livrable | Contenu attendu | Échéance) with four rows: note de cadrage (vendredi 14 octobre 2039), premier
projet de rapport (lundi 31 octobre 2039), atelier national de validation (jeudi 10 novembre 2039), rapport final
(« fin novembre 2039 », month only).

Deliberately absent: the daily rate or total budget, whether teams of two consultants may apply, whether foreign
nationals may apply, the date the selection results are announced, interviews, the exact dates of the Agadez
mission, the start time of the validation workshop, the dates and venue of the regional review, any phone number.

Word structure: left-to-right, core properties (title, subject, language fr-FR), a header and a footer (with a PAGE
field), a letterhead line, a Title-style title, a reference line, Heading 1 sections, List Bullet and List Number
lists and one table.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-09-13_niamey-termes-de-reference-consultant-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-09-13_niamey-termes-de-reference-consultant-fr.docx"

PLATFORM = "Plateforme sahélienne de la société civile pour les migrations et la mobilité (PSSM)"
NATIONAL = "Coordination nationale du Niger"
TITLE = ("Termes de référence – Recrutement d'un(e) consultant(e) national(e) pour la rédaction du rapport de la "
         "société civile du Niger en vue de l'examen régional du Pacte mondial sur les migrations")
REF = "PSSM-NE/TDR/2039/07"
APPLY = "recrutement.niger@pssm-sahel.example"
CONTACT = "ibrahim.souley@pssm-sahel.example"
PAGE_URL = "https://pssm-sahel.example.org/niger/tdr-2039-07"
SUBJECT = "TDR-NE-2039-07 – Candidature – NOM Prénom"
OCHRE = RGBColor(0x9A, 0x4E, 0x12)

KEY_FACTS = [
    ("Poste : ", "consultant(e) national(e) – rédaction du rapport de la société civile du Niger"),
    ("Lieu d'affectation : ", "Niamey, avec une mission de terrain à Agadez"),
    ("Durée : ", "35 jours de travail, d'octobre à fin novembre 2039"),
    ("Date limite de candidature : ", "lundi 26 septembre 2039 à 12 h 00, heure de Niamey (UTC+1)"),
]

TASKS = [
    "réaliser une revue documentaire des politiques, lois et programmes nigériens liés aux migrations, ainsi que des "
    "rapports disponibles sur la mise en œuvre du Pacte mondial au Niger ;",
    "conduire au moins 25 entretiens avec des organisations de la société civile, des associations de migrants et de "
    "rapatriés, des autorités locales et des partenaires techniques ;",
    "organiser deux groupes de discussion à Agadez avec des migrants en transit et des membres des communautés "
    "d'accueil, dans le respect du consentement éclairé et de la confidentialité ;",
    "analyser les contributions écrites reçues des organisations membres de la PSSM au Niger ;",
    "rédiger le rapport, présenter le premier projet lors de l'atelier national de validation et intégrer les "
    "observations retenues ;",
    "proposer un résumé exécutif de trois pages et une liste de recommandations prioritaires adressées à l'État, aux "
    "partenaires et à la société civile.",
]

# (N°, livrable, contenu attendu, échéance)
DELIVERABLES = [
    ("1", "Note de cadrage",
     "Méthodologie, liste des personnes et organisations à rencontrer, guides d'entretien et chronogramme détaillé "
     "(10 pages maximum)",
     "le vendredi 14 octobre 2039"),
    ("2", "Premier projet de rapport",
     "Projet complet en français, avec résumé exécutif et recommandations, soumis au comité de lecture",
     "le lundi 31 octobre 2039"),
    ("3", "Atelier national de validation",
     "Présentation du projet de rapport par le/la consultant(e) et compte rendu des observations (5 pages maximum)",
     "le jeudi 10 novembre 2039"),
    ("4", "Rapport final",
     "Rapport de 30 pages maximum hors annexes, intégrant les observations de l'atelier et du comité de lecture",
     "fin novembre 2039"),
]

QUALIFICATIONS = [
    "être titulaire d'un diplôme universitaire de niveau master (bac + 5) au minimum en sciences sociales, droit, "
    "démographie, sciences politiques ou dans un domaine apparenté ;",
    "justifier d'au moins sept (7) ans d'expérience professionnelle dans le domaine des migrations, de la protection "
    "ou des droits humains ;",
    "avoir rédigé au moins deux rapports ou études comparables au cours des cinq dernières années ;",
    "avoir une bonne connaissance du Pacte mondial pour des migrations sûres, ordonnées et régulières et du contexte "
    "migratoire nigérien, en particulier dans la région d'Agadez ;",
    "maîtriser parfaitement le français, à l'écrit comme à l'oral (exigé) ; la connaissance du haoussa est un atout.",
]

DOCUMENTS = [
    "un curriculum vitae (CV) détaillé de quatre pages maximum, indiquant trois références professionnelles ;",
    "une offre technique de cinq (5) pages maximum présentant la compréhension des termes de référence, la "
    "méthodologie proposée et un chronogramme ;",
    "une offre financière en francs CFA (FCFA), toutes taxes comprises, indiquant le taux journalier proposé et le "
    "nombre de jours ;",
    "un exemple de rapport ou d'étude rédigé par le/la candidat(e) au cours des cinq dernières années.",
]

PAYMENTS = [
    "20 % à l'approbation de la note de cadrage ;",
    "30 % à l'approbation du premier projet de rapport ;",
    "50 % à l'approbation du rapport final.",
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


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
    run.font.size = Pt(8)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Recrutement d'un(e) consultant(e) national(e) – rapport de la société civile du Niger sur le Pacte mondial"
    cp.author = "PSSM – Coordination nationale du Niger"
    cp.last_modified_by = "Coordination nationale du Niger"
    cp.keywords = "Pacte mondial sur les migrations; examen régional; Niger; société civile; termes de référence"
    cp.created = datetime.datetime(2039, 9, 13, 8, 30, 0)
    cp.modified = datetime.datetime(2039, 9, 13, 8, 30, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "PSSM – Coordination nationale du Niger | Termes de référence – consultant(e) national(e)"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(f"Réf. {REF} – Rue NB-24, quartier Plateau, Niamey (Niger) – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(PLATFORM)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = OCHRE
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = lh2.add_run(NATIONAL)
    r2.font.size = Pt(10)
    r2.font.color.rgb = OCHRE

    doc.add_heading(TITLE, level=0)
    ref = doc.add_paragraph()
    ref.add_run(f"Réf. {REF} – Niamey, le mardi 13 septembre 2039").italic = True
    for label, text in KEY_FACTS:
        labelled(doc, label, text)

    doc.add_heading("1. Contexte", level=1)
    doc.add_paragraph(
        "Le Pacte mondial pour des migrations sûres, ordonnées et régulières, adopté en décembre 2018, prévoit que "
        "sa mise en œuvre soit examinée tous les quatre ans au niveau régional, avec la participation de toutes les "
        "parties prenantes. Le prochain examen régional pour l'Afrique est prévu au premier semestre 2040 ; ses dates "
        "et son lieu seront confirmés ultérieurement par les organisateurs.")
    doc.add_paragraph(
        "Pays d'origine, de transit et de destination, le Niger occupe une place centrale dans les mobilités du "
        "Sahel. Les organisations de la société civile nigériennes, en particulier à Niamey, Agadez, Tahoua et "
        "Zinder, accompagnent au quotidien des migrants, des rapatriés et des communautés d'accueil. Lors de "
        "l'examen précédent, leur expérience n'a été que partiellement prise en compte, faute d'un document commun.")
    doc.add_paragraph(
        "La Coordination nationale du Niger de la PSSM, qui regroupe 42 organisations membres, a donc décidé de "
        "préparer un rapport de la société civile du Niger, qui sera transmis aux organisateurs de l'examen régional "
        "et servira de base au plaidoyer de ses membres. Les présents termes de référence visent à recruter un(e) "
        "consultant(e) chargé(e) de sa rédaction.")

    doc.add_heading("2. Objectif de la mission", level=1)
    doc.add_paragraph(
        "L'objectif de la mission est de produire un rapport de la société civile, documenté et validé, sur la mise "
        "en œuvre du Pacte mondial au Niger depuis 2036, en mettant l'accent sur les objectifs 7 (réduire les "
        "vulnérabilités liées aux migrations), 8 (sauver des vies et coordonner les efforts concernant les migrants "
        "disparus) et 21 (retour, réadmission et réintégration durable). Le rapport formulera des recommandations "
        "concrètes et réalistes.")

    doc.add_heading("3. Tâches du/de la consultant(e)", level=1)
    doc.add_paragraph("Sous la supervision de la coordonnatrice nationale, le/la consultant(e) devra :")
    for item in TASKS:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Les entretiens et groupes de discussion devront couvrir au moins 30 organisations de la société civile "
        "dans au moins cinq régions du pays.")

    doc.add_heading("4. Livrables et calendrier", level=1)
    doc.add_paragraph("Les livrables attendus et leurs échéances sont présentés dans le tableau ci-dessous.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.0), Cm(4.0), Cm(8.0), Cm(3.6))
    for cell, head, w in zip(table.rows[0].cells, ("N°", "Livrable", "Contenu attendu", "Échéance"), widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "9A4E12")
    for row in DELIVERABLES:
        cells = table.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w
    doc.add_paragraph(
        "Tous les livrables sont remis en français, au format Word, par courriel à la coordonnatrice nationale. Le "
        "comité de lecture, composé de cinq membres de la PSSM, transmet ses observations écrites sur le premier "
        "projet dans un délai de cinq jours ouvrables. La traduction du résumé exécutif en anglais et en arabe sera "
        "assurée par la PSSM et ne fait pas partie de la mission.")

    doc.add_heading("5. Durée et lieu de travail", level=1)
    doc.add_paragraph(
        "La mission représente 35 jours de travail répartis sur la période allant du lundi 3 octobre 2039, date de "
        "démarrage, à fin novembre 2039.")
    doc.add_paragraph(
        "Le/la consultant(e) travaillera à Niamey, avec une mission de terrain de quatre jours à Agadez au cours de "
        "la seconde quinzaine d'octobre ; les dates précises de ce déplacement seront arrêtées avec la coordonnatrice "
        "nationale après validation de la note de cadrage. Les frais de transport et d'hébergement de la mission à "
        "Agadez sont pris en charge directement par la PSSM et ne doivent pas figurer dans l'offre financière.")
    doc.add_paragraph(
        "Le/la consultant(e) utilise son propre matériel informatique. Un bureau peut être mis à sa disposition au "
        "siège de la Coordination nationale, quartier Plateau, à Niamey, s'il/elle le souhaite.")

    doc.add_heading("6. Atelier national de validation", level=1)
    doc.add_paragraph(
        "L'atelier national de validation se tiendra le jeudi 10 novembre 2039 à Niamey, dans la salle Kouré de la "
        "Maison des associations de Yantala. Il réunira 40 participants venus des huit régions du pays : "
        "organisations membres de la PSSM, associations de migrants et de rapatriés, organisations de femmes et de "
        "jeunes, ainsi que des représentants des autorités nationales en qualité d'observateurs.")
    doc.add_paragraph(
        "La PSSM prend en charge l'organisation logistique de l'atelier et l'invitation des participants. Le/la "
        "consultant(e) présente le premier projet de rapport, anime les travaux de groupe et rédige le compte rendu "
        "des observations. L'atelier se déroule en français, avec interprétation en haoussa et en zarma assurée par la "
        "PSSM.")

    doc.add_heading("7. Qualifications requises", level=1)
    doc.add_paragraph("Le/la candidat(e) devra :")
    for item in QUALIFICATIONS:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("Les candidatures féminines sont vivement encouragées.")

    doc.add_heading("8. Dossier de candidature et modalités de dépôt", level=1)
    doc.add_paragraph("Le dossier de candidature comprend :")
    for item in DOCUMENTS:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        f"Les dossiers sont envoyés exclusivement par courriel, en un ou plusieurs fichiers PDF, à l'adresse {APPLY}, "
        f"avec obligatoirement l'objet suivant : « {SUBJECT} ».")
    doc.add_paragraph(
        "La date limite de réception des candidatures est fixée au lundi 26 septembre 2039 à 12 h 00, heure de "
        "Niamey (UTC+1). Les dossiers incomplets, reçus après la date limite ou envoyés sans l'objet demandé ne "
        "seront pas examinés. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.")

    doc.add_heading("9. Évaluation des offres", level=1)
    doc.add_paragraph(
        "Les offres seront évaluées par un comité de sélection de trois membres. L'offre technique compte pour 70 % "
        "de la note finale et l'offre financière pour 30 %. Seules les offres techniques ayant obtenu au moins "
        "70 points sur 100 verront leur offre financière examinée.")

    doc.add_heading("10. Modalités de paiement", level=1)
    doc.add_paragraph(
        "Les honoraires sont versés par virement bancaire en francs CFA, en trois tranches, sur présentation d'une "
        "facture :")
    for item in PAYMENTS:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("11. Supervision", level=1)
    doc.add_paragraph(
        "Le/la consultant(e) travaille sous la supervision de Mme Hadiza Moussa Abdou-Karimou, coordonnatrice "
        "nationale de la PSSM au Niger, qui approuve les livrables après avis du comité de lecture. Une réunion de "
        "suivi hebdomadaire, en présentiel ou en ligne, est prévue pendant toute la durée de la mission.")

    doc.add_heading("12. Questions et contact", level=1)
    doc.add_paragraph(
        f"Les questions relatives aux présents termes de référence peuvent être adressées par écrit à M. Ibrahim "
        f"Souley Maïga, chargé de programme Migration et protection, à l'adresse {CONTACT}, jusqu'au mardi "
        f"20 septembre 2039 à 17 h 00, heure de Niamey.")
    doc.add_paragraph(
        f"Les réponses seront publiées, sans mention de l'auteur de la question, sur la page {PAGE_URL}, où les "
        "présents termes de référence sont également disponibles.")

    sig = doc.add_paragraph()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.add_run("Pour la Coordination nationale du Niger de la PSSM\n").italic = True
    sig.add_run("Mme Hadiza Moussa Abdou-Karimou, coordonnatrice nationale").bold = True

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
