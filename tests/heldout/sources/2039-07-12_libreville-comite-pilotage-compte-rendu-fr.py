"""Writes the held-out test document
tests/heldout/2039-07-12_libreville-comite-pilotage-compte-rendu-fr.docx: a French Word « Compte rendu de la deuxième
réunion du Comité de pilotage » of an invented « Comité de pilotage de la société civile d'Afrique centrale pour
l'examen régional du Pacte mondial sur les migrations » (CPSC-AC), issued in Libreville (Gabon) on Tuesday 12 July
2039 (ref. CPSC-AC/CR/2039/02). Everything in it (people, organisations, venue, e-mails, URL) is invented.

Content: a labelled key-facts block (meeting of Tuesday 5 July 2039, 9:00-16:30 Libreville time (UTC+1), salle Komo,
Centre Akanda de la société civile, quartier Glass, Libreville; in person with two members on Zoom; chair and
rapporteur), an attendance table (N° | Organisation membre | Pays | Représentant(e) | Présence) with eleven members
(eight present, three excused), others in attendance (List Bullet), the agenda (List Bullet), a short summary of the
discussion (Heading 2 sub-sections), seven decisions (List Number), a follow-up table (Action | Responsable(s) |
Échéance), items postponed to the next meeting (List Bullet), the next meetings (third online on Thursday 15 September
2039, fourth in person in October 2039), a contact section (no phone number) and a two-column signature table.

Word structure: left-to-right, core properties (title, subject, language fr-FR), a header and a footer (with a PAGE
field), a letterhead line, a Title-style title, a reference line, Heading 1 sections, Heading 2 sub-sections, List
Bullet and List Number lists and three tables.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-07-12_libreville-comite-pilotage-compte-rendu-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-07-12_libreville-comite-pilotage-compte-rendu-fr.docx"

COMMITTEE = ("Comité de pilotage de la société civile d'Afrique centrale pour l'examen régional "
             "du Pacte mondial sur les migrations (CPSC-AC)")
TITLE = "Compte rendu de la deuxième réunion du Comité de pilotage"
REF = "CPSC-AC/CR/2039/02"
SECRETARIAT = "secretariat@cpsc-ac.example"
CONTRIBUTIONS = "contributions@cpsc-ac.example"
PAGE_URL = "https://cpsc-ac.example.org/examen-regional-2039"
GREEN = RGBColor(0x1F, 0x5C, 0x3A)

KEY_FACTS = [
    ("Date : ", "mardi 5 juillet 2039"),
    ("Horaire : ", "de 9 h 00 à 16 h 30, heure de Libreville (UTC+1)"),
    ("Lieu : ", "salle Komo, Centre Akanda de la société civile, quartier Glass, Libreville (Gabon)"),
    ("Format : ", "réunion en présentiel ; deux membres ont participé en ligne par Zoom"),
    ("Présidence : ", "Mme Solange Mbadinga-Ndong, présidente du comité (REGAMID, Gabon)"),
    ("Rapporteur : ", "M. Hervé Ngoma-Bouanga (OCMH, Congo)"),
    ("Langue de travail : ", "français, avec interprétation vers l'espagnol pour le membre de Guinée équatoriale"),
]

# (organisation, pays, représentant(e), présence)
MEMBERS = [
    ("Réseau gabonais des associations de migrants et de la diaspora (REGAMID), Libreville", "Gabon",
     "Mme Solange Mbadinga-Ndong, présidente", "Présente (en salle) – présidence"),
    ("Observatoire congolais des mobilités humaines (OCMH), Brazzaville", "Congo",
     "M. Hervé Ngoma-Bouanga, chargé de programme", "Présent (en salle) – rapporteur"),
    ("Collectif camerounais pour les droits des travailleurs migrants (CCDTM), Douala", "Cameroun",
     "Mme Esther Ngo Bassong, coordonnatrice", "Présente (en salle)"),
    ("Ligue congolaise pour la protection des migrants et des déplacés (LCPMD), Goma",
     "République démocratique du Congo", "M. Patient Kambale Muhindo, secrétaire général", "Présent (en salle)"),
    ("Plateforme centrafricaine Femmes et Mobilité (PCFM), Bangui", "République centrafricaine",
     "Mme Prisca Yakité-Ndoumba, présidente", "Présente (en salle)"),
    ("Association burundaise pour l'accueil des rapatriés (ABAR), Bujumbura", "Burundi",
     "Mme Claudine Niyonzima, directrice exécutive", "Présente (en salle)"),
    ("Association tchadienne d'aide aux migrants de retour (ATAMR), N'Djamena", "Tchad",
     "M. Mahamat Saleh Abakar, trésorier du comité", "Présent (en ligne)"),
    ("Asociación Ecuatoguineana de Apoyo a los Migrantes (ASEAM), Malabo", "Guinée équatoriale",
     "M. Teodoro Esono Nsue, coordinateur", "Présent (en ligne)"),
    ("Associação Angolana para os Direitos dos Migrantes (AADM), Luanda", "Angola",
     "M. Nelson Kiala Domingos, président", "Excusé"),
    ("Rede Santomense de Mulheres Migrantes (RSMM), São Tomé", "Sao Tomé-et-Principe",
     "Mme Alda Neves da Graça, coordonnatrice", "Excusée"),
    ("Initiative rwandaise pour la migration des jeunes (IRMJ), Kigali", "Rwanda",
     "M. Eric Habimana Mugisha, directeur", "Excusé"),
]

IN_ATTENDANCE = [
    "Mme Nadège Ikapi-Boussougou, secrétaire exécutive du comité (secrétariat, sans droit de vote)",
    "M. Olivier Mouity-Nzamba, chargé de liaison avec la société civile, Réseau des Nations Unies sur les migrations "
    "au Gabon (invité)",
    "Mme Rita Ebang Mengue, chargée de programme, Fonds de solidarité pour la mobilité en Afrique centrale (invitée, "
    "pour le point 5)",
]

AGENDA = [
    "Point 1 – Ouverture de la réunion et adoption de l'ordre du jour",
    "Point 2 – Adoption du compte rendu de la première réunion",
    "Point 3 – Suites de la consultation sous-régionale de Kinshasa",
    "Point 4 – Préparation de l'examen régional africain : contribution commune et délégation",
    "Point 5 – Consultations nationales et appel à contributions écrites",
    "Point 6 – Statut d'observateur permanent",
    "Point 7 – Questions diverses et prochaines réunions",
]

DECISIONS = [
    "Le compte rendu de la première réunion, tenue en ligne le jeudi 14 avril 2039, est adopté sans modification.",
    "Le comité présentera à l'examen régional africain une contribution commune de la société civile d'Afrique "
    "centrale, fondée sur la « Déclaration de la société civile de Kinshasa » et sur les consultations nationales. "
    "Cette contribution ne dépassera pas 6 000 mots ; elle sera rédigée en français puis traduite en anglais et en "
    "portugais. Un groupe de rédaction de trois membres est constitué, coordonné par Mme Esther Ngo Bassong, avec "
    "Mme Claudine Niyonzima et M. Patient Kambale Muhindo.",
    f"Un appel à contributions écrites sera publié le lundi 18 juillet 2039 sur la page du comité ({PAGE_URL}). "
    "Les contributions, de 1 500 mots au maximum, peuvent être rédigées en français, en anglais, en espagnol ou en "
    f"portugais. Elles doivent être envoyées par courriel à {CONTRIBUTIONS} au plus tard le vendredi 26 août 2039 à "
    "18 h 00, heure de Libreville (UTC+1). Une seule contribution par organisation sera acceptée.",
    "Chaque membre organisera une consultation nationale entre le lundi 1er août et le vendredi 2 septembre 2039, "
    "en présentiel ou en ligne, avec au moins 20 organisations participantes. La participation à ces consultations "
    "est gratuite pour les organisations invitées. Chaque membre recevra à cet effet une allocation forfaitaire de "
    "750 000 francs CFA (XAF), financée par le Fonds de solidarité pour la mobilité en Afrique centrale.",
    "Le comité demandera aux organisateurs de l'examen régional africain 15 places pour la société civile d'Afrique "
    "centrale, dont au moins la moitié pour des femmes et au moins trois pour des organisations dirigées par des "
    "jeunes.",
    "Le statut d'observateur permanent, sans droit de vote, est accordé au Réseau des Nations Unies sur les migrations "
    "au Gabon et à la Plateforme des jeunes migrants d'Afrique centrale (PJMAC). Cette décision a été adoptée à la "
    "majorité des membres présents, par un vote à main levée ; toutes les autres décisions ont été prises par "
    "consensus.",
    "La troisième réunion se tiendra en ligne le jeudi 15 septembre 2039 et la quatrième réunion, consacrée à "
    "l'adoption de la contribution commune, se tiendra en présentiel en octobre 2039.",
]

# (action, responsable(s), échéance)
ACTIONS = [
    ("Diffuser le présent compte rendu aux membres et aux réseaux nationaux", "Secrétariat (Mme Nadège "
     "Ikapi-Boussougou)", "vendredi 15 juillet 2039"),
    ("Publier l'appel à contributions écrites sur la page du comité et le relayer sur les réseaux sociaux",
     "M. Hervé Ngoma-Bouanga", "lundi 18 juillet 2039"),
    ("Transmettre aux organisateurs de l'examen régional la demande de 15 places", "Mme Solange Mbadinga-Ndong",
     "vendredi 29 juillet 2039"),
    ("Envoyer au secrétariat la date et le format de sa consultation nationale", "Chaque membre",
     "vendredi 5 août 2039"),
    ("Demander trois devis pour la traduction de la contribution commune en anglais et en portugais",
     "Secrétariat", "vendredi 19 août 2039"),
    ("Remettre le rapport de sa consultation nationale (cinq pages au maximum)", "Chaque membre",
     "vendredi 9 septembre 2039"),
    ("Préparer le budget prévisionnel de la participation de la société civile à l'examen régional",
     "M. Mahamat Saleh Abakar (trésorier) avec le secrétariat", "avant la troisième réunion"),
    ("Faire circuler le projet de contribution commune", "Groupe de rédaction (coordination : Mme Esther Ngo "
     "Bassong)", "vendredi 30 septembre 2039"),
]

POSTPONED = [
    "Budget prévisionnel de la participation de la société civile à l'examen régional (voyages, hébergement, "
    "traduction) : il sera examiné à la troisième réunion, sur la base des devis demandés.",
    "Composition de la délégation et désignation des porte-parole du comité à l'examen régional : reportées à la "
    "troisième réunion, dans l'attente du programme de l'examen.",
    "Demande d'adhésion du Collectif des femmes migrantes du Kasaï (RDC) : elle sera examinée à la troisième réunion, "
    "le règlement intérieur ne prévoyant actuellement qu'un membre par pays.",
    "Lieu de la quatrième réunion : il sera fixé à la troisième réunion, en fonction des offres d'accueil reçues des "
    "membres.",
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
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
    for r in paragraph.runs:
        r.font.size = Pt(8)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def header_row(table, heads, widths):
    for cell, head, w in zip(table.rows[0].cells, heads, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(9.5)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F5C3A")


def body_row(table, values, widths):
    cells = table.add_row().cells
    for cell, value, w in zip(cells, values, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(value)
        run.font.size = Pt(9.5)
        cell.width = w


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = f"{TITLE} – CPSC-AC"
    cp.subject = ("Deuxième réunion du Comité de pilotage, Libreville, 5 juillet 2039 – préparation de l'examen "
                  "régional africain du Pacte mondial sur les migrations")
    cp.author = "Secrétariat du CPSC-AC"
    cp.last_modified_by = "Rapporteur"
    cp.keywords = "PMM; Pacte mondial; examen régional; Afrique centrale; société civile; Libreville"
    cp.created = datetime.datetime(2039, 7, 11, 15, 0, 0)
    cp.modified = datetime.datetime(2039, 7, 12, 9, 30, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "CPSC-AC – Comité de pilotage de la société civile d'Afrique centrale | Compte rendu de la 2e réunion"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"Réf. {REF} – Diffusion : membres du comité et réseaux nationaux – Page ")
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(COMMITTEE)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREEN

    doc.add_heading(TITLE, level=0)
    ref = doc.add_paragraph()
    ref.add_run(f"Réf. : {REF}").bold = True
    ref.add_run(" – Libreville, le mardi 12 juillet 2039 – Diffusion : membres du comité et réseaux nationaux")

    for label, text in KEY_FACTS:
        labelled(doc, label, text)

    doc.add_heading("1. Participation", level=1)
    doc.add_paragraph("Membres du comité (un membre par pays de la sous-région) :")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(0.9), Cm(6.4), Cm(3.0), Cm(4.3), Cm(2.8))
    header_row(table, ("N°", "Organisation membre", "Pays", "Représentant(e)", "Présence"), widths)
    for i, (org, country, person, status) in enumerate(MEMBERS, start=1):
        body_row(table, (str(i), org, country, person, status), widths)
    doc.add_paragraph()
    doc.add_paragraph(
        "Huit des onze membres du comité ont pris part à la réunion, six en salle et deux en ligne ; le quorum, fixé "
        "à six membres, était atteint. Trois membres s'étaient excusés : ceux de l'Angola, de Sao Tomé-et-Principe "
        "et du Rwanda.")
    doc.add_paragraph("Assistaient également à la réunion, sans droit de vote :")
    for item in IN_ATTENDANCE:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("2. Ordre du jour", level=1)
    doc.add_paragraph(
        "La présidente a ouvert la séance à 9 h 10. L'ordre du jour suivant a été adopté sans modification :")
    for item in AGENDA:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("3. Synthèse des débats", level=1)
    doc.add_heading("3.1 Suites de la consultation de Kinshasa", level=2)
    doc.add_paragraph(
        "M. Kambale Muhindo a présenté les conclusions de la consultation sous-régionale de la société civile tenue "
        "à Kinshasa les 21 et 22 juin 2039. Les membres sont convenus que la « Déclaration de la société civile de "
        "Kinshasa » servirait de base à la contribution commune du comité.")
    doc.add_heading("3.2 Préparation de l'examen régional africain", level=2)
    doc.add_paragraph(
        "M. Mouity-Nzamba a indiqué que l'examen régional africain du Pacte mondial pour des migrations sûres, "
        "ordonnées et régulières est prévu en novembre 2039 ; les organisateurs n'ont pas encore communiqué les dates "
        "exactes ni le lieu. Mme Yakité-Ndoumba a demandé que la délégation reflète la diversité de la sous-région. Le secrétariat a présenté un premier chiffrage de la participation de la société civile à "
        "l'examen ; les membres ont souhaité disposer de devis complémentaires avant de l'examiner.")
    doc.add_heading("3.3 Consultations nationales et appel à contributions", level=2)
    doc.add_paragraph(
        "Mme Ebang Mengue a confirmé que le Fonds de solidarité pour la mobilité en Afrique centrale financera une "
        "consultation nationale par pays. Mme Yakité-Ndoumba a signalé que les conditions de sécurité pourraient "
        "imposer un format en ligne en République centrafricaine ; les membres ont admis que chaque membre choisisse "
        "le format le plus adapté. M. Esono Nsue a demandé que l'appel à contributions soit ouvert à l'espagnol et au "
        "portugais, ce qui a été accepté.")
    doc.add_heading("3.4 Statut d'observateur permanent", level=2)
    doc.add_paragraph(
        "La proposition d'accorder un statut d'observateur permanent à deux partenaires a suscité un débat sur "
        "l'indépendance du comité. À la demande de M. Saleh Abakar, elle a été mise aux voix à main levée.")

    doc.add_heading("4. Décisions", level=1)
    doc.add_paragraph("À l'issue des débats, le comité a pris les décisions suivantes :")
    for item in DECISIONS:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("5. Tableau de suivi des actions", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(8.6), Cm(5.0), Cm(3.8))
    header_row(table, ("Action", "Responsable(s)", "Échéance"), widths)
    for row in ACTIONS:
        body_row(table, row, widths)
    doc.add_paragraph()

    doc.add_heading("6. Points reportés à la prochaine réunion", level=1)
    for item in POSTPONED:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Prochaines réunions", level=1)
    doc.add_paragraph(
        "La troisième réunion du comité se tiendra en ligne, sur Zoom, le jeudi 15 septembre 2039, de 10 h 00 à "
        "12 h 30, heure de Libreville (UTC+1), soit de 11 h 00 à 13 h 30 à Bujumbura, Kigali et Lubumbashi (UTC+2) "
        "et de 9 h 00 à 11 h 30 à São Tomé (UTC+0). Le secrétariat enverra le lien de connexion et l'ordre du jour "
        "provisoire une semaine à l'avance.")
    doc.add_paragraph(
        "La quatrième réunion se tiendra en présentiel en octobre 2039 ; elle sera consacrée à l'adoption de la "
        "contribution commune. L'ordre du jour épuisé, la présidente a levé la séance à 16 h 30.")

    doc.add_heading("8. Contact", level=1)
    doc.add_paragraph(
        f"Secrétariat du comité : Mme Nadège Ikapi-Boussougou, secrétaire exécutive, {SECRETARIAT}. Les "
        f"contributions écrites sont à envoyer exclusivement à {CONTRIBUTIONS}. Les documents du comité sont "
        f"publiés sur {PAGE_URL}.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Fait à Libreville, le 12 juillet 2039.").italic = True
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    left, right = sig.rows[0].cells
    left.text = ""
    left.paragraphs[0].add_run("Le rapporteur").bold = True
    left.add_paragraph("Hervé Ngoma-Bouanga")
    left.add_paragraph("Observatoire congolais des mobilités humaines")
    right.text = ""
    right.paragraphs[0].add_run("Vu et approuvé, la présidente").bold = True
    right.add_paragraph("Solange Mbadinga-Ndong")
    right.add_paragraph("Réseau gabonais des associations de migrants et de la diaspora")
    for cell in (left, right):
        for par in cell.paragraphs:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
