"""Writes the held-out test document
tests/heldout/2039-01-11_cotonou-webinaire-compte-rendu-fr.docx: a French Word "Compte rendu du webinaire régional
sur la protection des migrants en transit en Afrique de l'Ouest", issued in Cotonou (Bénin) on Tuesday 11 January
2039 by an invented "Plateforme ouest-africaine de la société civile sur les migrations" (POASCM) with the UN Network
on Migration. Everything in it (people, organisations, address, e-mails, URL) is invented.

Content: a key-facts block (the webinar of Thursday 6 January 2039, 10:00-12:45 GMT on Zoom, 214 participants from
15 countries, languages), context (GCM objectives 7, 8 and 13), a programme table (Heure GMT | Séquence |
Intervenants), opening remarks by three named speakers, three panels each with a moderator and three panellists
(List Bullet) and a short summary, key messages (List Bullet), a draft of eight recommendations (List Number),
questions from the chat (List Bullet), next steps with a table (Étape | Date | Précisions: written comments by Friday
28 January 2039 18:00 GMT, second webinar on Wednesday 16 February 2039 14:00-16:00 GMT, a travel-grant call in
February 2039, an in-person regional meeting in Lomé from Tuesday 22 to Thursday 24 March 2039, final recommendations
in April 2039), items not yet decided (List Bullet) and a contact person with e-mail (no phone number).

Word structure: left-to-right, core properties (title, language fr-FR), a header and a footer (with a PAGE field), a
Title-style title, Heading 1 sections, Heading 2 sub-sections, List Bullet and List Number lists and two tables.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2039-01-11_cotonou-webinaire-compte-rendu-fr.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "2039-01-11_cotonou-webinaire-compte-rendu-fr.docx"

PLATFORM = "Plateforme ouest-africaine de la société civile sur les migrations (POASCM)"
PARTNER = "en partenariat avec le Réseau des Nations Unies sur les migrations"
TITLE = ("Compte rendu du webinaire régional sur la protection des migrants en transit en Afrique de l'Ouest")
CONTACT = "rodrigue.zinsou@poascm.example"
COMMENTS = "recommandations@poascm.example"
WEBINARS = "webinaires@poascm.example"
RECORDING_URL = "https://poascm.example.org/webinaires/transit-2039"
GREEN = RGBColor(0x1F, 0x5C, 0x4A)

KEY_FACTS = [
    ("Date : ", "jeudi 6 janvier 2039"),
    ("Horaire : ", "de 10 h 00 à 12 h 45 GMT (de 11 h 00 à 13 h 45, heure de Cotonou)"),
    ("Format : ", "en ligne, sur Zoom"),
    ("Participation : ", "214 personnes de 15 pays"),
    ("Langues : ", "français et anglais, avec interprétation simultanée ; une interprétation vers le portugais "
                   "était également assurée"),
    ("Organisateurs : ", "Plateforme ouest-africaine de la société civile sur les migrations (POASCM) et Réseau des "
                         "Nations Unies sur les migrations"),
    ("Rapporteuse : ", "Mme Aïcha Touré-Sagna, chargée de plaidoyer, POASCM"),
]

# (heure GMT, séquence, intervenants)
PROGRAMME = [
    ("10 h 00 – 10 h 25", "Ouverture",
     "Mme Clarisse Agossou-Dossou ; M. Jean-Baptiste Ndiaye-Fall ; Mme Hadiza Mahamadou Souley"),
    ("10 h 25 – 11 h 05", "Panel 1 : Accès aux soins, à l'abri et à l'information le long des routes de transit",
     "Modération : Mme Nafissatou Boubacar Maïga"),
    ("11 h 05 – 11 h 45", "Panel 2 : Migrants disparus et décédés : identification et soutien aux familles",
     "Modération : M. Oumar Sy-Thiam"),
    ("11 h 45 – 12 h 25", "Panel 3 : Femmes et enfants en transit : prévenir les violences et garantir l'accès "
                          "à la justice", "Modération : Mme Ama Serwaa Owusu-Mensah"),
    ("12 h 25 – 12 h 45", "Questions du chat, prochaines étapes et clôture", "Mme Aïcha Touré-Sagna"),
]

PANELS = [
    ("4.1 Panel 1 : Accès aux soins, à l'abri et à l'information le long des routes de transit",
     "Modératrice : Mme Nafissatou Boubacar Maïga, coordinatrice du Réseau sahélien d'accueil des migrants "
     "(Niamey, Niger).",
     [
         "Dr Koffi Sénamé Adjovi, médecin-chef, Centre de santé communautaire de Malanville (Bénin)",
         "Mme Awa Coulibaly-Sanogo, directrice, Maison d'accueil des migrants de Gao (Mali)",
         "M. Tiago Mendes Baldé, chargé de protection, Organisation internationale pour les migrations (OIM), "
         "Bissau (Guinée-Bissau)",
     ],
     "Le Dr Adjovi a indiqué que son centre avait assuré plus de 3 200 consultations de migrants en transit en "
     "2038. Mme Coulibaly-Sanogo a décrit une maison d'accueil de 60 lits, souvent saturée. M. Mendes Baldé a "
     "plaidé pour des points d'information fiables aux principaux carrefours de transit."),
    ("4.2 Panel 2 : Migrants disparus et décédés : identification et soutien aux familles",
     "Modérateur : M. Oumar Sy-Thiam, journaliste, Radio Teranga Migrations (Dakar, Sénégal).",
     [
         "Mme Fatou Kiné Ndour, fondatrice, Association des familles de migrants disparus de Thiaroye (Sénégal)",
         "Dr Emeka Chukwudi Okonkwo, médecin légiste, Réseau ouest-africain de médecine légale (Abuja, Nigeria)",
         "Mme Mariem Mint Ahmed Salem, chercheuse, Observatoire mauritanien des mobilités (Nouadhibou, Mauritanie)",
     ],
     "Mme Ndour a rappelé que de nombreuses familles n'ont aucun interlocuteur officiel. Le Dr Okonkwo a plaidé "
     "pour l'échange de données entre pays afin d'identifier les personnes décédées. Mme Mint Ahmed Salem a "
     "souligné le manque de statistiques sur les décès le long de la route atlantique."),
    ("4.3 Panel 3 : Femmes et enfants en transit : prévenir les violences et garantir l'accès à la justice",
     "Modératrice : Mme Ama Serwaa Owusu-Mensah, directrice exécutive du Forum des femmes migrantes du Ghana "
     "(Accra).",
     [
         "Me Abdoulaye Kaboré, avocat, Clinique juridique des migrants de Ouagadougou (Burkina Faso)",
         "Mme Rosalie Ahouansou-Tchibozo, responsable de la protection de l'enfance, Collectif Enfance et Mobilité "
         "(Cotonou, Bénin)",
         "Mme Salimata Diarra, spécialiste de la protection de l'enfance, Fonds des Nations Unies pour l'enfance "
         "(UNICEF), bureau régional de Dakar",
     ],
     "Me Kaboré a souligné que les victimes de violences en transit portent rarement plainte, faute d'assistance "
     "juridique. Mme Ahouansou-Tchibozo a présenté la prise en charge des enfants non accompagnés dans trois "
     "communes frontalières. Mme Diarra a rappelé qu'un enfant ne devrait jamais être détenu en raison de son "
     "statut migratoire."),
]

KEY_MESSAGES = [
    "La protection des migrants en transit ne dépend pas de leur statut : les soins d'urgence, l'eau, l'abri et "
    "l'information doivent être accessibles à tous.",
    "Les familles de migrants disparus ont besoin d'un point de contact clair dans chaque pays et d'une "
    "coopération régionale pour l'identification.",
    "Les femmes et les enfants sont exposés à des risques particuliers de violence ; l'accès à la justice reste "
    "très limité le long des routes.",
    "La libre circulation au sein de l'espace CEDEAO doit être appliquée de bonne foi aux postes frontières.",
]

RECOMMENDATIONS = [
    "Garantir l'accès aux soins de santé de base à tous les migrants en transit, quel que soit leur statut, "
    "notamment par l'intermédiaire des centres de santé communautaires.",
    "Ouvrir dans chaque pays de transit au moins un point d'information et d'orientation gratuit, géré avec la "
    "société civile.",
    "Mettre en place un mécanisme régional d'échange de données pour l'identification des migrants disparus ou "
    "décédés.",
    "Désigner dans chaque pays un point focal chargé de recevoir les demandes des familles de migrants disparus.",
    "Mettre fin à la détention des enfants migrants et développer des alternatives à la détention fondées sur la "
    "prise en charge communautaire.",
    "Former les forces de défense et de sécurité présentes aux frontières aux droits des migrants et à "
    "l'orientation des victimes de violences.",
    "Financer de manière pluriannuelle les structures d'accueil gérées par la société civile le long des routes "
    "de transit.",
    "Associer les organisations de migrants et de la société civile à toutes les étapes de l'examen régional du "
    "Pacte mondial pour les migrations.",
]

CHAT = [
    ("Les organisations qui ne sont pas membres de la Plateforme peuvent-elles envoyer des commentaires ?",
     "Oui, toute organisation de la société civile ou association de migrants de la région peut envoyer des "
     "commentaires sur le projet de recommandations."),
    ("Le webinaire a-t-il été enregistré ?",
     f"Oui. L'enregistrement (canal original et canal anglais) et les présentations des panélistes sont "
     f"disponibles sur la page {RECORDING_URL}. L'enregistrement du canal portugais n'est pas disponible."),
    ("Pourra-t-on suivre la réunion de Lomé en ligne ?",
     "Cette question n'est pas encore tranchée (voir section 9)."),
]

# (étape, date, précisions)
NEXT_STEPS = [
    ("Envoi de commentaires écrits sur le projet de recommandations",
     "au plus tard le vendredi 28 janvier 2039, 18 h 00 GMT",
     f"Par courriel à {COMMENTS} ; 1 000 mots maximum ; en français, en anglais ou en portugais ; une "
     "contribution par organisation."),
    ("Deuxième webinaire : « Alternatives à la détention et accès à la justice pour les migrants en transit »",
     "mercredi 16 février 2039, de 14 h 00 à 16 h 00 GMT",
     "Sur Zoom ; participation gratuite ; inscription obligatoire ; interprétation français-anglais."),
    ("Appel à candidatures pour les bourses de voyage (réunion de Lomé)",
     "février 2039",
     "30 bourses de voyage pour des organisations de la société civile et des associations de migrants."),
    ("Réunion régionale en présentiel",
     "du mardi 22 au jeudi 24 mars 2039, à Lomé (Togo)",
     "Environ 80 participants ; examen et adoption des recommandations finales."),
    ("Publication de la version finale des recommandations",
     "avril 2039",
     "Transmission au Réseau des Nations Unies sur les migrations pour l'examen régional."),
]

NOT_DECIDED = [
    "Le lieu exact de la réunion régionale de Lomé sera communiqué ultérieurement.",
    "La possibilité de suivre la réunion de Lomé à distance n'a pas encore été décidée.",
    "Les intervenants du deuxième webinaire seront annoncés en même temps que le lien d'inscription.",
    "Les critères de sélection et la date limite de candidature pour les bourses de voyage seront précisés dans "
    "l'appel publié en février 2039.",
    "La date exacte de publication de la version finale des recommandations, prévue en avril 2039, reste à fixer.",
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
    p.paragraph_format.space_after = Pt(2)
    return p


def table(doc, headers, rows, widths):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head, w in zip(t.rows[0].cells, headers, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell.width = w
        shade(cell, "1F5C4A")
    for row in rows:
        cells = t.add_row().cells
        for cell, value, w in zip(cells, row, widths):
            cell.text = value
            cell.width = w
    return t


def main():
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Webinaire régional du 6 janvier 2039 – protection des migrants en transit en Afrique de l'Ouest"
    cp.author = "Secrétariat de la POASCM"
    cp.last_modified_by = "Rapporteuse"
    cp.keywords = "Pacte mondial pour les migrations; examen régional; Afrique de l'Ouest; migrants en transit"
    cp.created = datetime.datetime(2039, 1, 11, 9, 0, 0)
    cp.modified = datetime.datetime(2039, 1, 11, 9, 0, 0)
    cp.language = "fr-FR"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "POASCM | Compte rendu – webinaire régional du 6 janvier 2039"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Réf. POASCM/WEB/2039/01 – Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)

    lh = doc.add_paragraph()
    lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh.add_run(PLATFORM)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREEN
    lh2 = doc.add_paragraph()
    lh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = lh2.add_run(PARTNER)
    r.italic = True
    r.font.size = Pt(9)

    doc.add_heading(TITLE, level=0)
    p = doc.add_paragraph("Cotonou, le mardi 11 janvier 2039")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for label, text in KEY_FACTS:
        labelled(doc, label, text)

    doc.add_heading("1. Contexte et participation", level=1)
    doc.add_paragraph(
        "Le webinaire régional sur la protection des migrants en transit en Afrique de l'Ouest s'est tenu en ligne "
        "le jeudi 6 janvier 2039, de 10 h 00 à 12 h 45 GMT. Il s'inscrit dans la préparation de la contribution de "
        "la société civile ouest-africaine à l'examen régional du Pacte mondial pour des migrations sûres, "
        "ordonnées et régulières, en particulier de ses objectifs 7 (réduire les vulnérabilités), 8 (sauver des "
        "vies et coordonner les efforts concernant les migrants disparus) et 13 (ne recourir à la détention qu'en "
        "dernier ressort).")
    doc.add_paragraph(
        "Au total, 214 participants venus de 15 pays ont suivi les échanges, dont 57 % de femmes. Les pays les "
        "plus représentés étaient le Niger, le Mali et le Bénin.")

    doc.add_heading("2. Programme", level=1)
    table(doc, ("Heure (GMT)", "Séquence", "Intervenants"), PROGRAMME, (Cm(3.4), Cm(7.6), Cm(5.6)))

    doc.add_heading("3. Allocutions d'ouverture", level=1)
    doc.add_paragraph(
        "Mme Clarisse Agossou-Dossou, présidente du conseil d'administration de la POASCM, a ouvert le webinaire en "
        "rappelant que les associations locales sont souvent les seules à porter assistance aux migrants le long "
        "des routes de transit.")
    doc.add_paragraph(
        "M. Jean-Baptiste Ndiaye-Fall, coordonnateur régional du Réseau des Nations Unies sur les migrations pour "
        "l'Afrique de l'Ouest et du Centre (Dakar), a indiqué que les recommandations issues du webinaire seraient "
        "annexées à la synthèse que le Réseau prépare pour l'examen régional du Pacte mondial.")
    doc.add_paragraph(
        "Mme Hadiza Mahamadou Souley, porte-parole du Collectif des femmes migrantes de retour de Niamey (Niger), a "
        "apporté le témoignage de son parcours entre Agadez et la frontière libyenne.")

    doc.add_heading("4. Panels", level=1)
    for heading, moderator, panellists, summary in PANELS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(moderator)
        doc.add_paragraph("Panélistes :")
        for item in panellists:
            doc.add_paragraph(item, style="List Bullet")
        doc.add_paragraph(summary)

    doc.add_heading("5. Messages clés", level=1)
    for item in KEY_MESSAGES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("6. Projet de recommandations", level=1)
    doc.add_paragraph(
        "Les recommandations ci-dessous constituent un projet, ouvert aux commentaires écrits jusqu'au 28 janvier "
        "2039 (voir section 8). Le projet compte huit recommandations :")
    for item in RECOMMENDATIONS:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("7. Questions du chat", level=1)
    doc.add_paragraph(
        "43 questions ont été posées dans le chat. Les principales questions et les réponses apportées en séance "
        "sont résumées ci-dessous.")
    for q, a in CHAT:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(q + " ").bold = True
        p.add_run(a)

    doc.add_heading("8. Prochaines étapes", level=1)
    doc.add_paragraph(
        "Les participants sont invités à noter les étapes suivantes. Tous les horaires sont indiqués en temps "
        "universel (GMT) : il faut ajouter une heure pour Cotonou et Abuja, tandis que Lomé est à l'heure GMT.")
    table(doc, ("Étape", "Date", "Précisions"), NEXT_STEPS, (Cm(5.4), Cm(4.6), Cm(6.6)))
    doc.add_heading("8.1 Commentaires écrits", level=2)
    doc.add_paragraph(
        f"Les commentaires portent sur le projet de recommandations de la section 6. Ils sont à envoyer au format "
        f"Word, avec pour objet « Commentaires – webinaire transit », à l'adresse {COMMENTS}. Les organisations qui "
        f"ne sont pas membres de la Plateforme peuvent également contribuer.")
    doc.add_heading("8.2 Deuxième webinaire", level=2)
    doc.add_paragraph(
        "Le deuxième webinaire de la série, consacré aux alternatives à la détention et à l'accès à la justice pour "
        "les migrants en transit, aura lieu le mercredi 16 février 2039, de 14 h 00 à 16 h 00 GMT. La participation "
        "est gratuite. Le lien d'inscription sera envoyé aux participants du premier webinaire et publié sur le "
        "site de la Plateforme d'ici la fin du mois de janvier.")
    doc.add_heading("8.3 Réunion régionale de Lomé", level=2)
    doc.add_paragraph(
        "Une réunion régionale en présentiel se tiendra à Lomé (Togo), du mardi 22 au jeudi 24 mars 2039. Elle "
        "réunira environ 80 participants et sera consacrée à l'adoption des recommandations finales. La Plateforme "
        "offrira 30 bourses de voyage, qui couvriront un billet aller-retour (avion ou car) et l'hébergement. "
        "L'appel à candidatures sera publié dans le courant du mois de février 2039.")

    doc.add_heading("9. Points non encore arrêtés", level=1)
    for item in NOT_DECIDED:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("10. Contact", level=1)
    doc.add_paragraph(
        "Pour toute question relative au présent compte rendu ou aux prochaines étapes, veuillez contacter "
        "M. Rodrigue Zinsou-Houénou, chargé de programme « Migrations et protection » à la POASCM, à l'adresse "
        f"{CONTACT}. Les questions pratiques relatives au deuxième webinaire peuvent être adressées à {WEBINARS}.")
    p = doc.add_paragraph(
        "POASCM – Lot 1127, quartier Haie Vive, 01 BP 4417 Cotonou (Bénin)")
    for r in p.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
