"""Writes the held-out test document
tests/heldout/2036-10-05_rabat-regional-review-programme-fr.docx: a French Word "Programme provisoire et note
logistique" (issued 5 October 2036) of a fictional two-day hybrid North Africa regional consultation in Rabat,
preparing the regional review of the Global Compact for Migration. Everything in it is invented.

Word structure: core_properties.title is left empty (the title is only in the body), a bold small-caps letterhead
paragraph, a Heading 1 title, Heading 2 sections, body paragraphs, a List Bullet list and a programme table
(Horaire | Séance | Intervenant·e·s / modération) with one row per session over the two days.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2036-10-05_rabat-regional-review-programme-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2036-10-05_rabat-regional-review-programme-fr.docx"

CONTACT = "consultation.rabat@reseau-migration-an.example"
CONTRIB = "contributions.rabat@reseau-migration-an.example"
FORM_URL = "https://reseau-migration-an.example.org/rabat2036/inscription"

# (horaire, séance, [intervenant·e·s / modération, one paragraph each]) ; a str row is a day header
PROGRAMME = [
    "Jour 1 – mardi 9 décembre 2036",
    ("8 h 00 – 9 h 00", "Accueil et enregistrement des participants", ["Secrétariat de la consultation"]),
    ("9 h 00 – 10 h 00", "Séance d'ouverture", [
        "S.E. M. Adil Benchekroun Tazi, Ambassadeur, Directeur des affaires consulaires et sociales, "
        "ministère des Affaires étrangères (Maroc)",
        "Mme Hélène Mbaye-Roussel, Coordinatrice régionale, Réseau des Nations Unies sur les migrations "
        "pour l'Afrique du Nord",
        "M. Karim Ben Slimane, Président, PRSCM-AN",
        "Modération : Mme Nadia Cherkaoui, Chargée de programme, PRSCM-AN",
    ]),
    ("10 h 00 – 10 h 30", "Pause-café et photo de groupe", []),
    ("10 h 30 – 12 h 30", "Séance 1 : Où en sommes-nous ? Bilan de la mise en œuvre du Pacte mondial en Afrique du Nord", [
        "Modération : Dr Amel Bouzid, Directrice, Centre maghrébin d'études sur les migrations (Tunis)",
        "Mme Salma Abdelrahman, Directrice exécutive, Fondation Nile Horizons pour les droits des migrants (Le Caire)",
        "M. Moussa Ould Cheikh Sidiya, Conseiller technique, ministère de l'Intérieur (Mauritanie)",
        "Mme Fatima-Zahra Idrissi, Coordinatrice, Collectif des associations de migrants au Maroc",
    ]),
    ("12 h 30 – 14 h 00", "Déjeuner", []),
    ("14 h 00 – 15 h 30", "Séance 2 : Voies de migration régulière, recrutement équitable et travail décent", [
        "Modération : M. Hichem Ayadi, Spécialiste des migrations de main-d'œuvre, Organisation internationale "
        "du Travail (Alger)",
        "Mme Rania El-Sayed, Secrétaire générale adjointe, Fédération des travailleurs du bâtiment (Égypte)",
        "M. Tarek Belhadj, Vice-président, Confédération maghrébine des employeurs",
        "Dr Samira Haddad, Professeure de droit social, Université d'Oran",
    ]),
    ("15 h 30 – 15 h 45", "Pause", []),
    ("15 h 45 – 17 h 15", "Séance 3 : Protection des migrants en situation de vulnérabilité, migrants disparus "
     "et accès aux services", [
        "Modération : Mme Leïla Mansouri, Conseillère en protection, Organisation internationale pour les "
        "migrations (Rabat)",
        "Dr Nabil Tarhouni, Médecin, Réseau libyen de santé communautaire",
        "Mme Awa Diop Kane, Présidente, Association des femmes migrantes d'Afrique de l'Ouest (Casablanca)",
        "M. Abdelkader Yahiaoui, Coordinateur, Réseau algérien d'aide aux familles de disparus",
    ]),
    ("17 h 15 – 17 h 30", "Synthèse de la première journée", ["Mme Nadia Cherkaoui, PRSCM-AN"]),
    "Jour 2 – mercredi 10 décembre 2036",
    ("8 h 30 – 9 h 00", "Accueil des participants", []),
    ("9 h 00 – 10 h 30", "Séance 4 : Données, suivi et redevabilité : préparer les contributions à l'examen régional", [
        "Modération : Dr Meriem Lahlou, Statisticienne principale, Centre d'études démographiques de Rabat",
        "M. Othmane El Fassi, Chargé des données, Commission économique pour l'Afrique, Bureau pour l'Afrique du Nord",
        "Mme Sarah Osman, Chercheuse, Institut soudanais des études migratoires (Khartoum)",
    ]),
    ("10 h 30 – 11 h 00", "Pause-café", []),
    ("11 h 00 – 12 h 30", "Séance 5 : Groupes de travail parallèles", [
        "Groupe A (salle Chellah) – Recrutement équitable et droits des travailleurs migrants ; "
        "facilitation : M. Anas Zerhouni, PRSCM-AN",
        "Groupe B (salle Bouregreg) – Protection et migrants disparus ; facilitation : Mme Imane Bensaïd, "
        "Observatoire citoyen des frontières (Oujda)",
        "Groupe C (en ligne uniquement) – Jeunesse, diasporas et transferts de fonds ; facilitation à confirmer",
    ]),
    ("12 h 30 – 14 h 00", "Déjeuner", []),
    ("14 h 00 – 15 h 30", "Séance 6 : Restitution des groupes de travail et adoption des messages clés", [
        "Rapporteuse générale : Mme Khadija Aït Lahcen, PRSCM-AN",
    ]),
    ("15 h 30 – 16 h 30", "Séance de clôture", [
        "S.E. Mme Nour El Houda Sabri, Ambassadrice, Représentante permanente adjointe de la Tunisie auprès de "
        "l'Office des Nations Unies à Genève",
        "Mme Hélène Mbaye-Roussel, Réseau des Nations Unies sur les migrations",
        "M. Karim Ben Slimane, PRSCM-AN",
    ]),
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def para(doc, text, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if align is not None:
        p.alignment = align
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = ""  # deliberately empty: the title is only in the body
    cp.subject = ""
    cp.author = "Secrétariat de la consultation"
    cp.last_modified_by = "Secrétariat de la consultation"
    cp.created = datetime.datetime(2036, 10, 5, 9, 0, 0)
    cp.modified = datetime.datetime(2036, 10, 5, 9, 0, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # Letterhead: the organisers, bold small caps
    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run("Réseau des Nations Unies sur les migrations – Réseau régional pour l'Afrique du Nord · "
                   "Plateforme régionale de la société civile pour les migrations en Afrique du Nord (PRSCM-AN)")
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    para(doc, "Avec l'appui du Gouvernement du Royaume du Maroc", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Rabat, le 5 octobre 2036 – Réf. RNM-AN/2036/14", align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_heading("Consultation régionale multipartite pour l'Afrique du Nord en préparation de l'examen "
                    "régional du Pacte mondial sur les migrations", level=1)
    para(doc, "Programme provisoire et note logistique", bold=True)
    para(doc, "Rabat (Maroc) et en ligne – mardi 9 et mercredi 10 décembre 2036", italic=True)

    doc.add_heading("1. Contexte et objectifs", level=2)
    doc.add_paragraph(
        "Le Pacte mondial pour des migrations sûres, ordonnées et régulières prévoit que sa mise en œuvre soit "
        "examinée tous les quatre ans au niveau régional, avant le Forum d'examen des migrations internationales. "
        "En vue de l'examen régional prévu en 2037 (date et lieu à confirmer), le Réseau régional des Nations Unies "
        "sur les migrations pour l'Afrique du Nord et la PRSCM-AN organisent une consultation ouverte aux États, aux "
        "organisations de la société civile, aux associations de migrants et de diasporas, aux syndicats, aux "
        "employeurs, aux autorités locales, aux institutions nationales des droits de l'homme et aux universités "
        "des sept pays de la sous-région : Algérie, Égypte, Libye, Maroc, Mauritanie, Soudan et Tunisie.")
    doc.add_paragraph("La consultation poursuit les objectifs suivants :")
    for item in [
        "faire le point sur la mise en œuvre du Pacte mondial en Afrique du Nord depuis le précédent cycle d'examen ;",
        "recueillir les priorités des parties prenantes, en particulier des organisations dirigées par des migrants, "
        "des femmes et des jeunes ;",
        "identifier des pratiques prometteuses et des engagements concrets (« pledges ») à présenter lors de "
        "l'examen régional ;",
        "adopter une série de messages clés qui seront transmis au secrétariat de l'examen régional.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("2. Dates, lieu et format", level=2)
    doc.add_paragraph(
        "La consultation se tiendra le mardi 9 décembre 2036, de 9 h 00 à 17 h 30, et le mercredi 10 décembre 2036, "
        "de 9 h 00 à 16 h 30, au Centre de conférences de l'hôtel Dar Al Andalous, 10, avenue Annakhil, Hay Riad, "
        "10100 Rabat (Maroc). Les séances plénières auront lieu dans la salle Oudayas.")
    doc.add_paragraph(
        "Le format est hybride : les participants à distance peuvent suivre les séances plénières et y intervenir "
        "sur la plateforme Zoom. Les liens de connexion seront envoyés aux personnes inscrites le jeudi "
        "4 décembre 2036. Les groupes de travail de la séance 5 ne seront pas retransmis, à l'exception du groupe C, "
        "qui se réunira uniquement en ligne.")
    doc.add_paragraph(
        "Tous les horaires du programme sont indiqués en heure locale de Rabat (GMT+1) ; la séance d'ouverture "
        "de 9 h 00 correspond ainsi à 8 h 00 GMT.")

    doc.add_heading("3. Programme provisoire", level=2)
    doc.add_paragraph(
        "Le programme ci-dessous est susceptible de modifications. La liste définitive des intervenant·e·s sera "
        "publiée sur la page de la consultation.")

    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.0), Cm(6.0), Cm(7.6))
    for cell, head, w in zip(table.rows[0].cells, ("Horaire", "Séance", "Intervenant·e·s / modération"), widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        cell.width = w
        shade(cell, "1F3A5F")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in PROGRAMME:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[2])
            merged.text = ""
            run = merged.paragraphs[0].add_run(row)
            run.bold = True
            shade(merged, "D9E2F3")
            continue
        horaire, seance, people = row
        cells[0].text = horaire
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(seance).bold = seance.startswith("Séance")
        cells[2].text = ""
        for i, person in enumerate(people):
            p = cells[2].paragraphs[0] if i == 0 else cells[2].add_paragraph()
            p.add_run(person)
        for cell, w in zip(cells, widths):
            cell.width = w

    doc.add_heading("4. Inscription et participation", level=2)
    doc.add_paragraph(
        "L'inscription est obligatoire, pour la participation en présentiel comme en ligne. Elle se fait "
        f"exclusivement au moyen du formulaire en ligne : {FORM_URL}. Le formulaire est ouvert jusqu'au "
        "vendredi 14 novembre 2036 à 23 h 59 (heure de Rabat).")
    doc.add_paragraph(
        "La salle plénière compte 120 places en présentiel. Les places seront attribuées en veillant à l'équilibre "
        "entre pays, entre catégories de parties prenantes et entre femmes et hommes ; une confirmation écrite sera "
        "adressée à chaque participant retenu. La participation en ligne est ouverte dans la limite de "
        "400 connexions.")

    doc.add_heading("5. Contributions écrites", level=2)
    doc.add_paragraph(
        "Les parties prenantes qui le souhaitent peuvent soumettre une contribution écrite d'au plus 1 500 mots, "
        f"en arabe, en français ou en anglais, à l'adresse {CONTRIB}, au plus tard le vendredi 7 novembre 2036. "
        "Les contributions reçues seront compilées et mises à la disposition des participants avant la "
        "consultation ; elles alimenteront le rapport de synthèse.")

    doc.add_heading("6. Langues", level=2)
    doc.add_paragraph(
        "Une interprétation simultanée en arabe, en français et en anglais sera assurée pendant les séances "
        "plénières, dans la salle comme sur la plateforme en ligne. Les groupes de travail A et B disposeront "
        "d'une interprétation arabe–français uniquement.")

    doc.add_heading("7. Visas, voyage et hébergement", level=2)
    doc.add_paragraph(
        "Les participants ayant besoin d'un visa pour entrer au Maroc peuvent demander une lettre d'appui au visa "
        f"en écrivant à {CONTACT} au plus tard le vendredi 31 octobre 2036, avec une copie de leur passeport. Les "
        "organisateurs ne peuvent intervenir dans la décision des autorités consulaires, et les frais de visa ne "
        "sont pas remboursés.")
    doc.add_paragraph(
        "Un appui au voyage est disponible pour un nombre limité de participants : 30 représentants "
        "d'organisations de la société civile au maximum, la priorité étant donnée aux organisations dirigées par "
        "des migrants, des femmes ou des jeunes. Cet appui couvre un billet d'avion aller-retour en classe "
        "économique et trois nuits d'hébergement à l'hôtel Dar Al Andalous. La demande se fait dans le formulaire "
        "d'inscription ; les décisions seront communiquées au plus tard le vendredi 21 novembre 2036. Aucune "
        "indemnité journalière (per diem) ne sera versée. Les autres participants prennent en charge leur voyage "
        "et leur hébergement.")

    doc.add_heading("8. Suivi et contact", level=2)
    doc.add_paragraph(
        "Un projet de rapport de synthèse sera diffusé aux participants au plus tard le vendredi 16 janvier 2037. "
        "Une réunion de suivi en ligne avec les points focaux de la société civile est prévue au premier "
        "trimestre 2037 (date à confirmer).")
    doc.add_paragraph(f"Pour toute question, veuillez écrire à {CONTACT}.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
