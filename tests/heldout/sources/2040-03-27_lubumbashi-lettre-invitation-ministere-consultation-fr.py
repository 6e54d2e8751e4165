"""Writes the held-out test document
tests/heldout/2040-03-27_lubumbashi-lettre-invitation-ministere-consultation-fr.docx: a French Word LETTRE
D'INVITATION dated « Lubumbashi, le 27 mars 2040 » (N° 0127/CAB/MINPROV-IDMH/HK/2040) from the invented « Ministère
provincial de l'Intérieur, de la Décentralisation et de la Mobilité humaine » of the Province du Haut-Katanga
(République démocratique du Congo), Cabinet du Ministre, with its « Direction provinciale de la Mobilité humaine et
des Migrations (DPMHM) », to the heads of civil-society organisations of the province, inviting them to the
« consultation provinciale des parties prenantes sur la mise en œuvre du Pacte mondial pour des migrations sûres,
ordonnées et régulières (PMM) », which feeds the DRC's national voluntary review (examen national volontaire) of the
GCM in 2040. Everything in it (people, ministry, directorate, venue, addresses, reference numbers, e-mails, the
WhatsApp number, URL) is invented.

Content: a two-column letterhead (RDC / Province du Haut-Katanga / Gouvernement provincial / ministry / Cabinet du
Ministre, with the motto « Justice – Paix – Travail »; place-and-date line on the right), the reference number, a
« Transmis copie pour information à : » list, the addressee block, an « Objet : » line, the letter body (reference to
letter n° CAB/VPM/MININTER/SG/0318/2040 of 4 March 2040 from the Vice-Premier Ministre, Ministre de l'Intérieur, and
to the arrêté provincial n° 27/CAB/GP-HK/2040 creating the Comité provincial de suivi de la mobilité humaine; dates
jeudi 26 and vendredi 27 avril 2040, salle Lufira, Centre provincial de conférences Kimbwe, n° 212, avenue des Mimosas,
commune de Lubumbashi; conclusions sent to the Coordination nationale, national validation workshop in Kinshasa
(undated); who is invited (second consultation after Likasi 2038); one delegate per organisation, two for women's and youth
organisations and associations of persons with disabilities; room limited to 120 participants, first come first
served; four thematic groups (labour migration incl. artisanal mining; cross-border mobility and trade,
Kasumbalesa; internal displacement, climate change and trafficking; civil registration and identity documents); French and Swahili with consecutive interpretation in plenary; participation free;
coffee break and lunch both days; flat transport amount of 50 USD, paid in CDF at the BCC rate, for delegates from the
territoires and Likasi on presentation of the ticket; 10 000 CDF per day for Lubumbashi residents; accommodation NOT
covered; documents to bring (the letter, an ID: carte d'électeur or passport, a copy of the personnalité
juridique or certificat d'enregistrement); optional written contributions of max three pages by lundi 23 avril 2040; a preparatory
meeting of focal points on mercredi 18 avril 2040 at 10 h (N.B.: moved from lundi 16 avril 2040, announced in a radio
communiqué); confirmation by vendredi 13 avril 2040 at 15 h 30 by e-mail, WhatsApp or at the office, bureau n° 12,
immeuble « Maisha », Monday to Friday 8 h 30 – 15 h 30, with Mme Espérance Ngoy Kabwe; contact M. Patrice Kalenga
Mwamba, Directeur provincial, and his e-mail; formules de politesse; signature of the Ministre provincial Clément
Banza Kyungu), then on a new page ANNEXE 1 « Programme indicatif » (table of both days: accueil 8 h, opening by the Governor or
his representative 9 h, panel, groups 14 h – 16 h 30; day two restitution 9 h, adoption of recommendations
11 h 30 – 13 h, closing 14 h – 14 h 45) and ANNEXE 2 « Fiche de
confirmation de participation » (a form table and where to send it).

Deliberately absent: any hotel or negotiated room rate, online participation or a streaming link, the name of the
person from the UN Network who presents, the Governor's name, the names of the group facilitators, the date of the
national validation workshop in Kinshasa, the date the national review is submitted, the date the synthesis report is
published, any certificate of attendance, figures from the first provincial consultation (Likasi, 2038), a phone
number for M. Kalenga.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-03-27_lubumbashi-lettre-invitation-ministere-consultation-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = (Path(__file__).resolve().parent.parent
       / "2040-03-27_lubumbashi-lettre-invitation-ministere-consultation-fr.docx")

BLUE = RGBColor(0x00, 0x3A, 0x8C)
CONF_MAIL = "consultation.pmm2040@mobilite-hautkatanga.example"
DIR_MAIL = "p.kalenga-mwamba@mobilite-hautkatanga.example"
WHATSAPP = "+243 97 555 0183"
SITE = "www.example.org/hautkatanga-mobilite"

COPIES = [
    "S.E. Monsieur le Gouverneur de Province du Haut-Katanga ;",
    "Coordination nationale du suivi du PMM, à Kinshasa ;",
    "Réseau des Nations Unies sur les migrations en RDC (antenne de Lubumbashi) ;",
    "Chrono.",
]

BODY_1 = [
    "Comme suite à la lettre n° CAB/VPM/MININTER/SG/0318/2040 du 4 mars 2040 de S.E. Monsieur le Vice-Premier "
    "Ministre, Ministre de l'Intérieur, relative à l'élaboration de l'examen national volontaire de la République "
    "démocratique du Congo sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières "
    "(PMM), et conformément à l'arrêté provincial n° 27/CAB/GP-HK/2040 portant création du Comité provincial de "
    "suivi de la mobilité humaine, j'ai l'honneur de vous inviter à prendre part à la consultation provinciale des "
    "parties prenantes sur la mise en œuvre du PMM dans la Province du Haut-Katanga.",

    "Cette consultation, la deuxième du genre après celle tenue à Likasi en 2038, se tiendra les jeudi 26 et "
    "vendredi 27 avril 2040 dans la salle Lufira du Centre provincial de conférences Kimbwe, "
    "sis n° 212, avenue des Mimosas, commune de Lubumbashi. Ses conclusions seront transmises à la "
    "Coordination nationale pour l'examen national volontaire, dont la version finale sera validée lors d'un atelier "
    "national à Kinshasa.",

    "Sont invités : les ONG et ASBL œuvrant dans le domaine de la migration, les associations de migrants, de "
    "rapatriés et de la diaspora, les syndicats, les organisations de femmes et de jeunes et les confessions "
    "religieuses de la ville de Lubumbashi, de la ville de Likasi et des territoires de Kipushi, Kasenga, Kambove, "
    "Sakania, Mitwaba et Pweto.",

    "Chaque organisation est priée de se faire représenter par un (1) délégué. Les organisations de femmes, les "
    "organisations de jeunes et les associations de personnes vivant avec handicap peuvent désigner deux (2) "
    "délégués. La salle ne pouvant accueillir plus de cent vingt (120) participants, les confirmations seront "
    "enregistrées par ordre d'arrivée.",

    "Les travaux, dont le programme indicatif figure en annexe 1, s'articuleront autour de quatre groupes "
    "thématiques :",
]

THEMES = [
    "Groupe 1 : migration de main-d'œuvre, notamment dans le secteur minier artisanal ;",
    "Groupe 2 : mobilité et commerce transfrontaliers (poste frontalier de Kasumbalesa) ;",
    "Groupe 3 : déplacements internes, changements climatiques et lutte contre la traite des personnes ;",
    "Groupe 4 : accès des migrants et de leurs familles à l'état civil et aux documents d'identité.",
]

BODY_2 = [
    "Les travaux se dérouleront en français et en swahili, avec interprétation consécutive en plénière.",

    "La participation est gratuite. Le Ministère provincial prendra en charge la pause-café et le déjeuner des deux "
    "journées. Les délégués venant de la ville de Likasi et des territoires bénéficieront d'un forfait de transport "
    "aller-retour de cinquante dollars américains (50 USD), payable en francs congolais au taux du jour de la Banque "
    "Centrale du Congo, sur présentation du titre de transport ; ceux résidant à Lubumbashi recevront une indemnité "
    "de transport urbain de 10 000 CDF par jour de présence. Les frais d'hébergement ne sont pas pris en charge ; "
    "les délégués venant de l'intérieur de la province sont priés de prendre leurs dispositions.",

    "Chaque délégué se munira de la présente lettre, d'une pièce d'identité (carte d'électeur ou passeport) et "
    "d'une copie de la personnalité juridique ou du certificat d'enregistrement de son organisation. Les organisations qui "
    "le souhaitent peuvent adresser une contribution écrite (trois pages au maximum, en français ou en swahili) au "
    f"plus tard le lundi 23 avril 2040, à l'adresse {CONF_MAIL}.",

    "Une réunion préparatoire des points focaux des organisations est prévue le mercredi 18 avril 2040 à 10 h 00, "
    "dans la salle de réunion de la DPMHM, immeuble « Maisha », n° 54, avenue des Acacias, commune de Lubumbashi. "
    "Elle permettra notamment de désigner les panélistes de la société civile.",
]

NB = ("N.B. : La réunion préparatoire annoncée pour le lundi 16 avril 2040 dans notre communiqué radiodiffusé de la "
      "semaine dernière est reportée au mercredi 18 avril 2040, même heure, en raison de l'indisponibilité de la "
      "salle.")

BODY_3 = [
    "Vous êtes prié(e)s de confirmer votre participation au moyen de la fiche jointe en annexe 2, au plus tard le "
    "vendredi 13 avril 2040 à 15 h 30, soit par courriel à l'adresse "
    f"{CONF_MAIL}, soit par message WhatsApp au {WHATSAPP} (photo lisible de la fiche), soit par dépôt au "
    "secrétariat de la DPMHM, bureau n° 12, 1er étage de l'immeuble « Maisha », du lundi au vendredi de 8 h 30 à "
    "15 h 30, auprès de Mme Espérance NGOY KABWE, Chef de bureau chargée des partenariats.",

    "Pour toute information complémentaire, vous voudrez bien vous adresser à M. Patrice KALENGA MWAMBA, Directeur "
    f"provincial de la Mobilité humaine et des Migrations, courriel : {DIR_MAIL}.",

    "Comptant sur votre participation active à ce processus, je vous prie d'agréer, Mesdames et Messieurs les "
    "Responsables, l'expression de ma considération distinguée.",
]

PROGRAMME = [
    ("Jeudi 26 avril 2040", None, None),
    ("08 h 00 – 09 h 00", "Accueil, enregistrement des participants et remise des badges", "Secrétariat de la DPMHM"),
    ("09 h 00 – 09 h 45", "Cérémonie d'ouverture par S.E. le Gouverneur de Province ou son représentant",
     "Protocole"),
    ("09 h 45 – 10 h 30", "Le PMM et le processus d'examen national volontaire de la RDC",
     "Coordination nationale ; Représentant(e) du Réseau des Nations Unies sur les migrations en RDC"),
    ("10 h 30 – 11 h 00", "Pause-café et photo de famille", "—"),
    ("11 h 00 – 12 h 45", "Panel : « Regards de la société civile sur la mise en œuvre du PMM dans le Haut-Katanga »",
     "Quatre panélistes désignés lors de la réunion préparatoire"),
    ("12 h 45 – 14 h 00", "Déjeuner", "—"),
    ("14 h 00 – 16 h 30", "Travaux en groupes thématiques (groupes 1 à 4)",
     "Salle Lufira et salles annexes A et B"),
    ("Vendredi 27 avril 2040", None, None),
    ("08 h 30 – 09 h 00", "Accueil et rappel des travaux de la veille", "Rapporteur général"),
    ("09 h 00 – 11 h 00", "Restitution des groupes thématiques et débats en plénière", "Rapporteurs des groupes"),
    ("11 h 00 – 11 h 30", "Pause-café", "—"),
    ("11 h 30 – 13 h 00", "Examen et adoption des recommandations provinciales", "Plénière"),
    ("13 h 00 – 14 h 00", "Déjeuner", "—"),
    ("14 h 00 – 14 h 45", "Lecture du communiqué final et cérémonie de clôture", "Ministre provincial"),
]

FICHE = [
    ("Dénomination de l'organisation (et sigle)", ""),
    ("Type d'organisation", "☐ ONG/ASBL  ☐ Migrants/diaspora  ☐ Femmes  ☐ Jeunes  ☐ Syndicat  ☐ Autre : ……"),
    ("Siège (ville ou territoire)", ""),
    ("N° de la personnalité juridique ou du certificat d'enregistrement", ""),
    ("Nom, post-nom et prénom du (des) délégué(s)", "1. ……………………………      2. ……………………………"),
    ("Sexe", "☐ F   ☐ M"),
    ("Téléphone / WhatsApp", ""),
    ("Courriel", ""),
    ("Groupe thématique souhaité (un seul choix)", "☐ 1   ☐ 2   ☐ 3   ☐ 4"),
    ("Participation à la réunion préparatoire du 18 avril 2040", "☐ Oui   ☐ Non"),
    ("Date, signature du responsable et cachet de l'organisation", ""),
]


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def add_page_field(paragraph):
    run = paragraph.add_run()
    parts = []
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
    parts.extend([begin, instr, sep, txt, end])
    for el in parts:
        run._r.append(el)
    run.font.size = Pt(8)


def para(container, text="", bold=False, italic=False, size=None, align=None, space_after=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = ("Invitation – Consultation provinciale des parties prenantes sur la mise en œuvre du PMM, "
                "Lubumbashi, 26-27 avril 2040")
    cp.subject = "Lettre d'invitation aux organisations de la société civile du Haut-Katanga"
    cp.author = "Cabinet du Ministre provincial – IDMH Haut-Katanga"
    cp.keywords = "PMM; GCM; examen national volontaire; RDC; Haut-Katanga; Lubumbashi; société civile"
    cp.created = datetime.datetime(2040, 3, 27, 9, 15, 0)
    cp.modified = datetime.datetime(2040, 3, 27, 9, 15, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11.5)
    normal.paragraph_format.space_after = Pt(6)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Cabinet du Ministre provincial – Immeuble « Maisha », n° 54, avenue des Acacias, Lubumbashi – "
                    f"{SITE} – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    # Letterhead: left block (State, province, ministry), right block (place and date)
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(10.5), Cm(6.5)
    lines = [
        ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", True, 11),
        ("PROVINCE DU HAUT-KATANGA", True, 10.5),
        ("GOUVERNEMENT PROVINCIAL", True, 10),
        ("MINISTÈRE PROVINCIAL DE L'INTÉRIEUR, DE LA DÉCENTRALISATION ET DE LA MOBILITÉ HUMAINE", True, 9.5),
        ("Cabinet du Ministre", False, 10),
        ("« Justice – Paix – Travail »", False, 8.5),
    ]
    first = True
    for text, bold, size in lines:
        p = left.paragraphs[0] if first else left.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = BLUE
        if text.startswith("«"):
            r.italic = True
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rp.add_run("Lubumbashi, le 27 mars 2040")

    ref = para(doc, space_after=2)
    ref.add_run("N° 0127/CAB/MINPROV-IDMH/HK/2040").bold = True
    para(doc, "", space_after=2)

    # Copies (left) and addressee (right)
    blk = doc.add_table(rows=1, cols=2)
    no_borders(blk)
    cl, cr = blk.rows[0].cells
    cl.width, cr.width = Cm(8.5), Cm(8.5)
    p = cl.paragraphs[0]
    r = p.add_run("Transmis copie pour information à :")
    r.bold = True
    r.underline = True
    r.font.size = Pt(9.5)
    for c in COPIES:
        q = cl.add_paragraph("- " + c)
        q.paragraph_format.space_after = Pt(0)
        for rr in q.runs:
            rr.font.size = Pt(9.5)
    q = cl.add_paragraph("(Tous)")
    q.runs[0].font.size = Pt(9.5)
    a = cr.paragraphs[0]
    a.add_run("À l'attention des responsables des organisations de la société civile œuvrant dans le domaine de "
              "la migration et de la mobilité humaine en Province du Haut-Katanga").bold = True
    cr.add_paragraph("(Tous)")
    cr.add_paragraph("à Lubumbashi, Likasi et dans les territoires")

    para(doc, "", space_after=2)
    obj = doc.add_paragraph()
    r = obj.add_run("Objet : ")
    r.bold = True
    r.underline = True
    obj.add_run("Invitation à la consultation provinciale des parties prenantes sur la mise en œuvre du Pacte "
                "mondial pour des migrations sûres, ordonnées et régulières (PMM)").bold = True

    para(doc, "Mesdames et Messieurs les Responsables,")
    for t in BODY_1:
        p = para(doc, t)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for t in THEMES:
        doc.add_paragraph(t, style="List Bullet")
    for t in BODY_2:
        p = para(doc, t)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(doc, NB, italic=True, size=10.5)
    for t in BODY_3:
        p = para(doc, t)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    sig = doc.add_paragraph()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.paragraph_format.space_before = Pt(12)
    sig.add_run("Le Ministre provincial de l'Intérieur, de la Décentralisation\net de la Mobilité humaine,\n\n\n")
    sig.add_run("Clément BANZA KYUNGU").bold = True

    para(doc, "Annexes : 1. Programme indicatif ; 2. Fiche de confirmation de participation.", size=9.5)

    # ---- Annexes on a new page ----
    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)

    h = para(doc, "ANNEXE 1 : PROGRAMME INDICATIF", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    h.runs[0].font.color.rgb = BLUE
    para(doc, "Consultation provinciale des parties prenantes sur la mise en œuvre du PMM – Centre provincial de "
              "conférences Kimbwe, salle Lufira, Lubumbashi", italic=True, size=10,
         align=WD_ALIGN_PARAGRAPH.CENTER)

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.4), Cm(8.6), Cm(5.0))
    for cell, head_text, w in zip(tbl.rows[0].cells, ("Horaire", "Activité", "Responsable / Lieu"), widths):
        cell.text = ""
        rr = cell.paragraphs[0].add_run(head_text)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "003A8C")
    for hour, act, who in PROGRAMME:
        row = tbl.add_row().cells
        if act is None:
            merged = row[0].merge(row[1]).merge(row[2])
            merged.text = ""
            merged.paragraphs[0].add_run(hour).bold = True
            shade(merged, "D9E2F3")
            continue
        for cell, val, w in zip(row, (hour, act, who), widths):
            cell.text = val
            cell.width = w
            for rr in cell.paragraphs[0].runs:
                rr.font.size = Pt(10)
    para(doc, "Programme susceptible de modifications. Les facilitateurs des groupes thématiques seront désignés par "
              "le Comité provincial de suivi de la mobilité humaine.", italic=True, size=9.5)

    para(doc, "", space_after=4)
    h2 = para(doc, "ANNEXE 2 : FICHE DE CONFIRMATION DE PARTICIPATION", bold=True, size=12.5,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    h2.runs[0].font.color.rgb = BLUE
    para(doc, "(à remplir en lettres majuscules, une fiche par organisation)", italic=True, size=10,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, val in FICHE:
        row = ft.add_row().cells
        row[0].width, row[1].width = Cm(7.0), Cm(10.0)
        row[0].text = ""
        lr = row[0].paragraphs[0].add_run(label)
        lr.bold = True
        lr.font.size = Pt(10)
        row[1].text = val
        for rr in row[1].paragraphs[0].runs:
            rr.font.size = Pt(10)
        shade(row[0], "F2F2F2")

    send = doc.add_paragraph()
    send.paragraph_format.space_before = Pt(8)
    send.add_run("Fiche à renvoyer au plus tard le vendredi 13 avril 2040 à 15 h 30 : ").bold = True
    send.add_run(f"par courriel ({CONF_MAIL}), par WhatsApp ({WHATSAPP}) ou par dépôt au bureau n° 12 de la "
                 "DPMHM (du lundi au vendredi, de 8 h 30 à 15 h 30). Un accusé de réception tient lieu "
                 "de confirmation d'inscription.")

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
