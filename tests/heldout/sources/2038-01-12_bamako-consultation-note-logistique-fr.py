"""Writes the held-out test document
tests/heldout/2038-01-12_bamako-consultation-note-logistique-fr.docx: a French Word document "Note d'information
logistique", issued in Bamako on Tuesday 12 January 2038 by a fictional regional network of the UN Network on
Migration for West and Central Africa together with an invented Sahelian research centre, for participants in an
in-person sub-regional consultation on the return and sustainable reintegration of migrants in West Africa, held in
Bamako from Tuesday 23 to Thursday 25 February 2038. Everything in it (people, bodies, hotel, address, e-mails, URL)
is invented.

Content: the event (dates, daily hours in Bamako time/GMT, venue with its address, 120 participants from 16
countries, 45 funded places), arrival and departure, registration (online form, deadline), visas (invitation letter on
request before a date), airport transfers, hotel rates in FCFA with a booking code and deadline, what funded
participants receive and the per diem rules (who gets it, who does not), health (yellow fever certificate), working
languages and interpretation, accessibility, a calendar table (Étape | Date), what is not provided or will be
announced later, and contacts (programme officer with e-mail, logistics focal point with e-mail).

Word structure: left-to-right, core properties (title, language fr-FR), a header and a footer (with a PAGE field), a
Title-style title, Heading 1 sections, Heading 2 sub-sections, List Bullet lists and two tables (hotel rates and
calendar).

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2038-01-12_bamako-consultation-note-logistique-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2038-01-12_bamako-consultation-note-logistique-fr.docx"

NETWORK = "Réseau des Nations Unies sur les migrations – Réseau régional pour l'Afrique de l'Ouest et du Centre"
PARTNER = "en partenariat avec le Centre sahélien d'études sur les mobilités et le retour (CSEMR), Bamako"
TITLE = "Note d'information logistique"
SUBTITLE = ("Consultation sous-régionale des parties prenantes sur le retour et la réintégration durable des "
            "migrants en Afrique de l'Ouest")
CONTACT = "consultation.bamako2038@reseau-migration-aoc.example"
LOGISTICS = "logistique.bamako2038@csemr.example"
FORM_URL = "https://reseau-migration-aoc.example.org/bamako2038/inscription"
ACCENT = RGBColor(0x1F, 0x5C, 0x3A)

KEY_FACTS = [
    ("Dates", "Du mardi 23 février au jeudi 25 février 2038"),
    ("Lieu", "Centre de conférences de l'Hôtel Les Rôniers du Djoliba, salle « Niger », 14 boulevard du Fleuve, "
             "quartier de Niaréla, Bamako (Mali)"),
    ("Horaires", "De 9 h 00 à 17 h 30 (heure de Bamako, GMT) les 23 et 24 février ; de 9 h 00 à 12 h 30 le "
                 "25 février"),
    ("Format", "En présentiel uniquement, sans retransmission en ligne"),
]

PARTICIPANTS = [
    "des représentants des administrations nationales chargées du retour ;",
    "des associations de migrants de retour et des organisations de la société civile ;",
    "des collectivités territoriales ;",
    "des organismes des Nations Unies, des partenaires et des chercheurs.",
]

FUNDED = [
    "un billet d'avion aller-retour en classe économique, émis par le secrétariat ;",
    "l'hébergement pour quatre nuits, du lundi 22 au vendredi 26 février 2038, réglé directement à l'hôtel par les "
    "organisateurs (petit-déjeuner compris) ;",
    "les déjeuners et les pauses-café pendant les trois jours de la consultation ;",
    "une indemnité journalière forfaitaire (per diem) de 20 000 FCFA par jour de consultation, soit trois jours.",
]

NO_PER_DIEM = [
    "les participants résidant à Bamako ou dans un rayon de 50 km ;",
    "les représentants des gouvernements, dont la participation est financée par leur administration ;",
    "le personnel des Nations Unies et des organisations intergouvernementales ;",
    "les participants autofinancés.",
]

NOT_PROVIDED = [
    "les frais de visa, de vaccination et d'assurance maladie-voyage ;",
    "les nuits d'hôtel supplémentaires, les repas du soir et les dépenses personnelles ;",
    "les transferts entre l'aéroport et l'hôtel en dehors des dates indiquées ;",
    "un service de garde d'enfants.",
]

LATER = [
    "le programme détaillé et les noms des modérateurs des groupes de travail seront communiqués "
    "ultérieurement ;",
    "le lieu de la visite de terrain prévue l'après-midi du jeudi 25 février 2038 auprès d'un projet de "
    "réintégration communautaire sera annoncé ultérieurement ;",
    "l'heure de la réception de bienvenue du mardi 23 février 2038 au soir sera précisée sur place ;",
    "une seconde consultation, consacrée à l'Afrique centrale, est envisagée en 2039 ; sa date et son lieu seront "
    "annoncés ultérieurement.",
]

# (type de chambre, tarif par nuit, conditions)
RATES = [
    ("Chambre standard (occupation individuelle)", "55 000 FCFA",
     "Petit-déjeuner et Wi-Fi inclus"),
    ("Chambre supérieure (occupation individuelle)", "72 000 FCFA",
     "Petit-déjeuner et Wi-Fi inclus, vue sur le fleuve"),
    ("Taxe de séjour", "1 500 FCFA", "Par personne et par nuit, non incluse dans les tarifs"),
]

# (étape, date)
CALENDAR = [
    ("Demande de lettre d'invitation pour le visa", "Avant le vendredi 29 janvier 2038"),
    ("Clôture des inscriptions", "Vendredi 5 février 2038 à 23 h 59 GMT"),
    ("Réservation d'hôtel au tarif négocié", "Au plus tard le lundi 8 février 2038"),
    ("Demandes d'aménagements raisonnables", "Vendredi 12 février 2038"),
    ("Envoi des détails de vol pour la navette", "Avant le lundi 15 février 2038"),
    ("Arrivée et retrait des badges", "Lundi 22 février 2038"),
    ("Départ", "Vendredi 26 février 2038"),
]


def para(container, text, style=None, bold=False, italic=False, size=None, color=None, center=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    run = p.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def bullets(doc, items):
    for item in items:
        para(doc, item, style="List Bullet")


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def table(doc, headers, rows, widths):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head, w in zip(t.rows[0].cells, headers, widths):
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F5C3A")
    for row in rows:
        cells = t.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.paragraphs[0].add_run(value)
            cell.width = w
    doc.add_paragraph()
    return t


def add_page_field(paragraph):
    """Appends a PAGE field (a real Word field) to the paragraph."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
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


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE} – {SUBTITLE}"
    cp.subject = "Consultation sous-régionale sur le retour et la réintégration – Bamako, 23-25 février 2038"
    cp.author = NETWORK
    cp.last_modified_by = "Secrétariat du Réseau régional"
    cp.keywords = "Pacte mondial sur les migrations; retour; réintégration; Bamako; logistique"
    cp.created = datetime.datetime(2038, 1, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2038, 1, 12, 9, 0, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    r_pr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    r_pr.append(lang)

    hp = sec.header.paragraphs[0]
    run = hp.add_run("Consultation sous-régionale – Retour et réintégration – Bamako, février 2038")
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("Note d'information logistique – version du 12 janvier 2038 – page ")
    run.font.size = Pt(8)
    add_page_field(fp)

    # Letterhead
    para(doc, NETWORK, bold=True, size=10, color=ACCENT, center=True)
    para(doc, PARTNER, italic=True, size=10, center=True)
    para(doc, "Bamako, le mardi 12 janvier 2038 – Réf. : RNUM-AOC/2038/BKO-02")

    t = doc.add_heading(level=0)
    t.add_run(TITLE)
    para(doc, SUBTITLE, bold=True, size=13)
    para(doc, "Bamako (Mali), du mardi 23 au jeudi 25 février 2038", italic=True)

    doc.add_heading("1. Objet de la présente note", level=1)
    para(doc,
         "La présente note fournit les informations pratiques relatives à la consultation "
         "sous-régionale des parties prenantes sur le retour et la réintégration durable des migrants en Afrique "
         "de l'Ouest, organisée dans le cadre du suivi de l'objectif 21 du Pacte mondial pour des migrations sûres, "
         "ordonnées et régulières.")

    doc.add_heading("2. Dates, lieu et participants", level=1)
    table(doc, ("Rubrique", "Informations"), KEY_FACTS, (Cm(3.8), Cm(12.4)))
    para(doc,
         "La consultation réunira environ 120 participants venant de 16 pays, à savoir les 15 États membres de la "
         "CEDEAO et la Mauritanie, parmi lesquels :")
    bullets(doc, PARTICIPANTS)
    para(doc,
         "L'ouverture sera assurée par Mme Rokia Samaké Diallo, directrice exécutive du CSEMR, et par M. Emmanuel "
         "Kofi Asante-Mensah, coordonnateur du Réseau régional pour l'Afrique de l'Ouest et du Centre.")

    doc.add_heading("3. Inscription", level=1)
    para(doc,
         f"L'inscription se fait exclusivement au moyen du formulaire en ligne disponible à l'adresse {FORM_URL}. "
         "La date limite d'inscription est fixée au vendredi 5 février 2038 à 23 h 59 GMT. Chaque organisation "
         "peut inscrire au maximum deux représentants. Aucune inscription ne sera acceptée sur place.")

    doc.add_heading("4. Voyage et arrivée", level=1)
    doc.add_heading("4.1 Arrivée et départ", level=2)
    para(doc,
         "Les participants sont attendus à Bamako le lundi 22 février 2038. Le retrait des badges aura lieu ce "
         "jour-là de 15 h 00 à 19 h 00 dans le hall de l'hôtel, puis le mardi 23 février 2038 dès 7 h 45. "
         "Les départs sont prévus le vendredi 26 février 2038.")
    doc.add_heading("4.2 Visas", level=2)
    para(doc,
         "Les ressortissants des États membres de la CEDEAO sont dispensés de visa pour entrer au Mali. Les autres "
         "participants doivent obtenir un visa avant leur départ. Une lettre d'invitation peut être délivrée sur "
         f"demande adressée à {CONTACT} avant le vendredi 29 janvier 2038, accompagnée d'une copie de la page "
         "d'identité du passeport. Les frais de visa ne sont pas remboursés.")
    doc.add_heading("4.3 Transferts aéroport", level=2)
    para(doc,
         "Une navette gratuite assurera le transfert entre l'aéroport international Modibo Keïta de Bamako-Sénou et "
         "l'hôtel pour les arrivées du lundi 22 février et les départs du vendredi 26 février 2038 uniquement. Pour "
         "en bénéficier, les participants doivent communiquer leurs détails de vol (numéro, date et heure) via le "
         "formulaire d'inscription avant le lundi 15 février 2038. En dehors de ces dates, les transferts sont à la "
         "charge des participants.")

    doc.add_heading("5. Hébergement", level=1)
    para(doc,
         "Un bloc de 90 chambres a été réservé à l'Hôtel Les Rôniers du Djoliba, à partir de 55 000 FCFA "
         "par nuit. Les tarifs négociés sont les suivants :")
    table(doc, ("Type de chambre", "Tarif par nuit", "Conditions"), RATES, (Cm(6.4), Cm(3.4), Cm(6.4)))
    para(doc,
         "Les participants non pris en charge réservent eux-mêmes leur chambre auprès de l'hôtel en mentionnant le "
         "code « CONSULT-BKO38 », au plus tard le lundi 8 février 2038. Passé ce délai, les chambres non réservées "
         "seront libérées et le tarif négocié ne sera plus garanti.")

    doc.add_heading("6. Prise en charge et indemnités journalières", level=1)
    doc.add_heading("6.1 Participants pris en charge", level=2)
    para(doc,
         "Les organisateurs financent la participation de 45 personnes issues d'organisations de la société civile "
         "et d'associations de migrants de retour, sélectionnées par le secrétariat. Ces participants reçoivent :")
    bullets(doc, FUNDED)
    para(doc,
         "Le per diem est versé en espèces au bureau d'enregistrement le mardi 23 février 2038, sur présentation du "
         "passeport et de la carte d'embarquement. Aucune indemnité n'est versée pour les jours de voyage.")
    doc.add_heading("6.2 Participants sans per diem", level=2)
    para(doc, "Ne reçoivent pas d'indemnité journalière :")
    bullets(doc, NO_PER_DIEM)

    doc.add_heading("7. Santé", level=1)
    para(doc,
         "Le certificat international de vaccination contre la fièvre jaune est obligatoire pour entrer au Mali et "
         "peut être contrôlé à l'aéroport. Une prophylaxie contre le paludisme est fortement recommandée. Un "
         "poste de premiers secours sera disponible sur le lieu de la consultation. Les organisateurs ne "
         "fournissent pas d'assurance maladie-voyage.")

    doc.add_heading("8. Langues de travail et interprétation", level=1)
    para(doc,
         "Les langues de travail sont le français et l'anglais, avec interprétation simultanée en plénière et dans "
         "les trois groupes de travail. Une interprétation vers le portugais sera assurée pendant les séances "
         "plénières uniquement, à l'intention des participants de Cabo Verde et de Guinée-Bissau.")

    doc.add_heading("9. Accessibilité", level=1)
    para(doc,
         "La salle « Niger » et les espaces de restauration sont accessibles aux personnes en fauteuil roulant "
         "(rampes, ascenseur et toilettes adaptées). L'hôtel dispose de quatre chambres adaptées. Les demandes "
         "d'aménagements raisonnables, notamment d'interprétation en langue des signes, doivent être adressées au "
         "secrétariat au plus tard le vendredi 12 février 2038. Les frais d'un accompagnant sont couverts "
         "pour les participants pris en charge.")

    doc.add_heading("10. Ce qui n'est pas fourni et ce qui sera annoncé ultérieurement", level=1)
    doc.add_heading("10.1 Non pris en charge par les organisateurs", level=2)
    bullets(doc, NOT_PROVIDED)
    doc.add_heading("10.2 À annoncer ultérieurement", level=2)
    bullets(doc, LATER)

    doc.add_heading("11. Calendrier récapitulatif", level=1)
    table(doc, ("Étape", "Date"), CALENDAR, (Cm(8.6), Cm(7.6)))

    doc.add_heading("12. Contacts", level=1)
    para(doc,
         f"Questions relatives à l'inscription, au programme et aux visas : Mme Aïssata Kéita-Dembélé, chargée de "
         f"programme « Retour et réintégration », secrétariat du Réseau régional, à l'adresse {CONTACT}.")
    para(doc,
         f"Point focal logistique (hôtel, navette, per diem) : M. Sékou Amadou Togola, assistant administratif et "
         f"logistique, CSEMR, Bamako, à l'adresse {LOGISTICS}.")
    para(doc, "Merci d'indiquer « Consultation Bamako 2038 » dans l'objet de tout message.", italic=True)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
