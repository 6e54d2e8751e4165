"""Writes the held-out test document
tests/heldout/2040-01-24_bangui-consultation-code-de-conduite-participants-fr.pdf.

Held-out DEVELOPMENT document: a French « Code de conduite et règles pratiques des participants », issued « Bangui,
le mardi 24 janvier 2040 » (réf. PSCAM/CSR-BGI/2040/04, version 2) by an invented « Plateforme de la société civile
d'Afrique centrale pour les migrations (PSCAM) » (secretariat: 27, rue des Flamboyants, BP 1182, Bangui) with the
invented sub-regional coordination for Central Africa of the Réseau des Nations Unies sur les migrations, for the
« Consultation sous-régionale des parties prenantes d'Afrique centrale sur le Pacte mondial pour des migrations sûres,
ordonnées et régulières », held on mardi 21 and mercredi 22 février 2040 at the Centre de conférences Mbari,
12, avenue des Cocotiers, Bangui. Everything in it (people, organisations, venue, addresses, e-mails, URLs) is invented.

Content: letterhead, reference/date/version line, title and subtitle, a short preamble, twelve numbered articles:
  1. Objet et champ d'application (participants in person and online, speakers and moderators, staff, volunteers,
     interpreters, service providers; from the opening of the accreditation desk on the eve to the end; also the
     social events and the online exchanges linked to the consultation);
  2. Comportement attendu (respect, staff instructions, confidentiality of migrants' personal testimonies);
  3. Comportements interdits (harassment including sexual harassment, discrimination on nationality, migratory
     status, sex, ethnic origin, religion, disability, sexual orientation; hate speech; threats and violence; audio or
     video recording of a person without consent; weapons; distributing documents outside the documentation table);
  4. Photographies et tournage (official photographers and video team; plenaries filmed and streamed live;
     photos published on PSCAM social media and the consultation page (URL); a RED LANYARD for people who do not
     want to be photographed or filmed; request it by ticking the box « Je ne souhaite pas être photographié·e » in
     the acceptance form by vendredi 10 février 2040, later at the accreditation desk while stocks last; lanyard
     colours: blue participants, green staff and volunteers; ask before photographing someone; removal of a
     published photo: write to photos.bangui@pscam.example within 30 days after the consultation);
  5. Temps de parole (plenary: 3 minutes per intervention, one per organisation per item as a priority; workshop
     rapporteurs: 5 minutes for the report-back in the closing plenary; the timekeeper raises a yellow card 30 seconds
     before the end, then the moderator may interrupt; online: « lever la main » function);
  6. Règle de Chatham House (the civil-society preparatory meeting of lundi 20 février 2040 and the three thematic
     workshops of the Wednesday morning; these are neither recorded nor filmed);
  7. Participation en ligne (display name « Prénom Nom – Organisation », no screenshots showing participants without
     consent, moderated chat, the host may remove someone);
  8. Badges, accréditation et contrôles de sécurité (bring passport, national identity card or refugee card plus the
     confirmation e-mail with QR code, printed or on a phone; badge personal and worn visibly; bags screened;
     a table of hours:
     accreditation desk Monday 20 Feb 14 h – 18 h, Tuesday 21 Feb 7 h 30 – 16 h, Wednesday 22 Feb 7 h 45 – 12 h; bureau
     d'écoute closed Monday, Tuesday 8 h – 18 h 30, Wednesday 8 h – 17 h; footnote correcting the room: salle 4, not
     salle 2 as in the version of vendredi 20 janvier 2040, next to the infirmary; lost badge replaced at the desk on
     showing the same ID);
  9. Signaler un incident (confidential e-mail signalement.bangui@pscam.example; safeguarding focal point
     Mme Bénédicte Zangba-Yakoma, chargée de la protection et de la prévention des abus, PSCAM; the bureau d'écoute;
     any staff member in a green lanyard; reports concerning PSCAM staff go to M. Idrissa Kanouté, conseiller en
     déontologie of the UN network coordination, ethique@reseau-migrations-ac.example);
 10. Suites données (acknowledgement within two working days; possible measures: warning,
     withdrawal of the badge, exclusion from the consultation, informing the sending organisation, exclusion from
     future PSCAM activities; no retaliation; the reporter is informed of the follow-up; the examination may continue
     after the consultation; no interview, hearing or decision timeline);
 11. Acceptation du code (online form URL by vendredi 10 février 2040; otherwise sign a paper copy at the
     accreditation desk before receiving the badge);
 12. Entrée en vigueur (replaces the code of the Libreville sub-regional consultation of June 2039; the only
     substantive change: the yellow sticker on the badge becomes the red lanyard);
then place, date and signature of the executive secretary Mme Joséphine Ndakala-Mbétina.

Each font's ToUnicode CMap is rewritten at the end so that the ligature glyphs the shaper picks (fi, ff, ffi)
extract as plain letters, as a word processor's PDF export does.

Deliberately NOT given: any phone or WhatsApp number; how long the examination of a report takes or when a final
decision is made; the name of the official photographer or of the video company; a dress code; childcare or whether
children may come; parking at the venue; an airport shuttle; the number of participants expected; interpretation
languages; the exact days of the Libreville consultation; the programme of the plenaries.

Run from /work/main:
    .venv/bin/python tests/heldout/sources/2040-01-24_bangui-consultation-code-de-conduite-participants-fr.py
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pymupdf

STEM = "2040-01-24_bangui-consultation-code-de-conduite-participants-fr"
OUT = Path(__file__).resolve().parents[1] / f"{STEM}.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans.ttf": "",
    "DejaVuSans-Bold.ttf": "font-weight: bold;",
    "DejaVuSans-Oblique.ttf": "font-style: italic;",
}

PAGE = pymupdf.paper_rect("a4")  # 595 x 842 pt
MARGIN_X = 56
BODY = pymupdf.Rect(MARGIN_X, 48, PAGE.width - MARGIN_X, PAGE.height - 70)
ACCENT = "#7a2e1f"
OCHRE = "#c9892b"

FONT_FACES = "\n".join(
    f"@font-face {{font-family: dv; src: url({name}); {style}}}" for name, style in FONTS.items()
)

CSS = FONT_FACES + f"""
* {{font-family: dv;}}
body {{font-size: 9pt; line-height: 1.4; color: #1c1c1c;}}
p {{margin: 0 0 5pt 0; text-align: justify;}}
.org {{font-size: 12pt; font-weight: bold; color: {ACCENT}; margin: 0 0 1pt 0; text-align: left;}}
.org-sub {{font-size: 8pt; color: #4a4a4a; margin: 0 0 1pt 0; text-align: left;}}
.rule {{border-bottom: 1.6pt solid {OCHRE}; margin: 2pt 0 7pt 0; font-size: 2pt;}}
.meta {{font-size: 8.4pt; color: #333333; margin: 0 0 1pt 0; text-align: left;}}
.kind {{font-size: 16pt; font-weight: bold; color: {ACCENT}; margin: 12pt 0 3pt 0; text-align: center;}}
.sub {{font-size: 9.6pt; font-weight: bold; color: #4a4a4a; margin: 0 0 10pt 0; text-align: center;}}
h2 {{font-size: 10.4pt; color: {ACCENT}; margin: 10pt 0 3pt 0;}}
.item {{margin: 0 0 2pt 14pt; text-align: left;}}
.hours {{border-collapse: collapse; margin: 3pt 0 3pt 0;}}
.hours th {{font-size: 8pt; background-color: #f3e6d3; padding: 3pt 4pt; border: 0.6pt solid #b79a74;
           text-align: left;}}
.hours td {{font-size: 8pt; padding: 3pt 4pt; border: 0.6pt solid #b79a74; vertical-align: top;}}
.note {{font-size: 7.6pt; color: #444444; margin: 0 0 6pt 0;}}
.url {{font-weight: bold; margin: 0 0 5pt 14pt; text-align: left;}}
.sign {{margin: 12pt 0 0 0; font-weight: bold; text-align: left;}}
.sign-sub {{font-size: 8.4pt; color: #333333; text-align: left; margin: 0;}}
"""

PSCAM = "Plateforme de la société civile d'Afrique centrale pour les migrations"
REFERENCE = "PSCAM/CSR-BGI/2040/04"
FORM_URL = "https://www.example.org/pscam/bangui2040/code-de-conduite"
PAGE_URL = "https://www.example.org/pscam/bangui2040"
SIGNAL = "signalement.bangui@pscam.example"
PHOTOS = "photos.bangui@pscam.example"
ETHICS = "ethique@reseau-migrations-ac.example"

HTML = f"""
<body>
<p class="org">{PSCAM} (PSCAM)</p>
<p class="org-sub">Secrétariat exécutif – 27, rue des Flamboyants, BP 1182, Bangui, République centrafricaine</p>
<p class="org-sub">En partenariat avec le Réseau des Nations Unies sur les migrations – coordination sous-régionale
pour l'Afrique centrale</p>
<p class="rule">&#160;</p>
<p class="meta">Réf. : {REFERENCE} – Version 2 (remplace la version diffusée le vendredi 20 janvier 2040)</p>
<p class="meta">Bangui, le mardi 24 janvier 2040 – Distribution : tous les participants inscrits</p>

<p class="kind">Code de conduite et règles pratiques des participants</p>
<p class="sub">Consultation sous-régionale des parties prenantes d'Afrique centrale sur le Pacte mondial pour des
migrations sûres, ordonnées et régulières</p>

<p>La consultation se tient le mardi 21 et le mercredi 22 février 2040 au Centre de conférences Mbari,
12, avenue des Cocotiers, Bangui. Pour que chacun puisse s'y exprimer librement et en sécurité, les
organisateurs ont adopté le présent code, que chaque participant s'engage à respecter.</p>

<h2>Article 1 – Objet et champ d'application</h2>
<p>Le code s'applique à toutes les personnes qui prennent part à la consultation : participants sur place et
en ligne, intervenants et modérateurs, personnel des organisateurs, bénévoles, interprètes et prestataires. Il
s'applique dès l'ouverture du guichet d'accréditation, la veille, et jusqu'à la clôture, y compris pendant les
pauses, la réception du mardi soir et les échanges en ligne liés à la consultation.</p>

<h2>Article 2 – Comportement attendu</h2>
<p>Chacun traite les autres avec respect, quels que soient leur statut ou leurs opinions, suit les consignes du
personnel et préserve la confidentialité des témoignages personnels des personnes migrantes.</p>

<h2>Article 3 – Comportements interdits</h2>
<p>Sont interdits, sur place comme en ligne :</p>
<p class="item">a) le harcèlement sous toutes ses formes, y compris le harcèlement sexuel ;</p>
<p class="item">b) toute discrimination fondée notamment sur la nationalité, le statut migratoire, le sexe,
l'origine ethnique, la religion, le handicap ou l'orientation sexuelle ;</p>
<p class="item">c) les propos haineux, les menaces, l'intimidation et toute forme de violence ;</p>
<p class="item">d) l'enregistrement sonore ou vidéo d'une personne sans son consentement ;</p>
<p class="item">e) le port d'armes ou d'objets dangereux dans l'enceinte du Centre ;</p>
<p class="item">f) la distribution de documents ailleurs que sur la table de documentation du hall.</p>

<h2>Article 4 – Photographies et tournage</h2>
<p>Les photographes et l'équipe vidéo des organisateurs couvrent la consultation. Les séances plénières sont
filmées et retransmises en direct ; les photos sont publiées sur les réseaux sociaux de la PSCAM et sur la page
de la consultation :</p>
<p class="url">{PAGE_URL}</p>
<p>Les personnes qui ne souhaitent pas être photographiées ni filmées portent leur badge avec un cordon rouge ;
les photographes ne les prennent pas en image. Pour l'obtenir,
cochez la case « Je ne souhaite pas être photographié·e » dans le formulaire d'acceptation (article 11) au plus
tard le vendredi 10 février 2040. Après cette date, le cordon rouge peut être demandé au guichet d'accréditation,
dans la limite des cordons disponibles. Pour mémoire, les cordons bleus sont portés par les participants et les
cordons verts par le personnel et les bénévoles.</p>
<p>Tout participant qui photographie une autre personne demande d'abord son accord. Pour faire retirer une photo
publiée, écrivez à {PHOTOS} dans les 30 jours suivant la consultation.</p>

<h2>Article 5 – Temps de parole</h2>
<p>En plénière, chaque intervention depuis la salle est limitée à trois minutes ; la priorité est donnée à une
intervention par organisation et par point de l'ordre du jour.
Les rapporteurs des ateliers disposent de cinq minutes pour la restitution en plénière de clôture. La
chronométreuse lève un carton jaune 30 secondes avant la fin du temps imparti ; au-delà, le modérateur peut
interrompre l'orateur. Les participants en ligne demandent la parole avec la fonction « lever la main ».</p>

<h2>Article 6 – Règle de Chatham House</h2>
<p>La réunion préparatoire de la société civile (lundi 20 février 2040, après-midi) et les trois ateliers
thématiques du mercredi matin se tiennent sous la règle de Chatham House : les informations reçues peuvent être
utilisées, mais ni l'identité ni l'affiliation des orateurs ne peuvent être révélées. Ces séances ne sont ni
enregistrées ni filmées.</p>

<h2>Article 7 – Participation en ligne</h2>
<p>Les participants en ligne s'affichent sous la forme « Prénom Nom – Organisation ». Les captures d'écran
montrant des participants sont interdites sans leur consentement. La discussion écrite est modérée ;
l'hôte de la réunion peut retirer de la séance toute personne qui enfreint le présent code.</p>

<h2>Article 8 – Badges, accréditation et contrôles de sécurité</h2>
<p>Pour retirer votre badge, présentez une pièce d'identité (passeport, carte nationale d'identité ou carte de
réfugié) et le courriel de confirmation avec son code QR, imprimé ou sur téléphone. Le badge est personnel et visible. Les sacs sont contrôlés à l'entrée du Centre. Un badge perdu est remplacé au guichet sur
présentation de la même pièce d'identité.</p>
<table class="hours" width="100%">
<tr><th width="34%">Service</th><th width="22%">Lundi 20 février</th><th width="22%">Mardi 21 février</th>
<th width="22%">Mercredi 22 février</th></tr>
<tr><td>Guichet d'accréditation (hall d'entrée)</td><td>14 h – 18 h</td><td>7 h 30 – 16 h</td>
<td>7 h 45 – 12 h</td></tr>
<tr><td>Bureau d'écoute (salle 4, rez-de-chaussée)*</td><td>fermé</td><td>8 h – 18 h 30</td><td>8 h – 17 h</td></tr>
</table>
<p class="note">* Rectificatif : la version du 20 janvier indiquait par erreur la salle 2. Le bureau d'écoute se
trouve bien en salle 4, à côté de l'infirmerie.</p>

<h2>Article 9 – Signaler un incident</h2>
<p>Toute personne victime ou témoin d'un comportement contraire au présent code peut le signaler :</p>
<p class="item">• par courriel confidentiel à {SIGNAL}, lu uniquement par la responsable de la protection ;</p>
<p class="item">• en personne au bureau d'écoute, aux heures indiquées à l'article 8 ;</p>
<p class="item">• auprès de tout membre du personnel portant un cordon vert, qui transmet sans délai.</p>
<p>Le point focal pour la protection (« safeguarding ») est Mme Bénédicte Zangba-Yakoma, chargée de la
protection et de la prévention des abus à la PSCAM. Si le signalement concerne un membre du personnel de la
PSCAM, écrivez plutôt à M. Idrissa Kanouté, conseiller en déontologie du Réseau des Nations Unies sur les
migrations (coordination sous-régionale) :</p>
<p class="url">{ETHICS}</p>

<h2>Article 10 – Suites données aux signalements</h2>
<p>Tout signalement fait l'objet d'un accusé de réception dans un délai de deux jours ouvrables. La personne qui
signale est informée des suites données. Selon la gravité des faits,
les organisateurs peuvent prendre les mesures suivantes : avertissement, retrait du badge, exclusion de la
consultation, information de l'organisation d'envoi, exclusion des activités futures de la PSCAM. Aucune
représaille n'est tolérée. L'examen peut se poursuivre après la
clôture de la consultation.</p>

<h2>Article 11 – Acceptation du code</h2>
<p>Chaque participant accepte le présent code en remplissant le formulaire en ligne au plus tard le vendredi
10 février 2040 :</p>
<p class="url">{FORM_URL}</p>
<p>Les personnes qui ne l'auront pas fait signent un exemplaire papier au guichet d'accréditation avant de
recevoir leur badge.</p>

<h2>Article 12 – Entrée en vigueur</h2>
<p>Le présent code remplace le code de conduite de la consultation sous-régionale de Libreville (juin 2039). Une seule
disposition change : la pastille jaune collée sur le badge, utilisée à Libreville pour signaler les personnes
ne souhaitant pas être photographiées, est remplacée par le cordon rouge prévu à l'article 4.</p>

<p class="sign">Fait à Bangui, le 24 janvier 2040</p>
<p class="sign-sub">Pour les organisateurs,</p>
<p class="sign-sub"><b>Joséphine Ndakala-Mbétina</b>, Secrétaire exécutive de la PSCAM</p>
</body>
"""

FOOTER = f"PSCAM – Code de conduite des participants – Consultation sous-régionale de Bangui 2040 – Réf. {REFERENCE}"


def build_archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name in FONTS:
        archive.add((FONT_DIR / name).read_bytes(), name)
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
    css = FONT_FACES + " * {font-family: dv;} p {font-size: 7.2pt; color: #505050;}"
    left, right = MARGIN_X, PAGE.width - MARGIN_X
    total = doc.page_count
    for number, page in enumerate(doc, start=1):
        page.draw_line((left, PAGE.height - 58), (right, PAGE.height - 58), color=(0.79, 0.54, 0.17), width=0.6)
        page.insert_htmlbox(pymupdf.Rect(left, PAGE.height - 54, right - 70, PAGE.height - 36),
                            f"<p>{FOOTER}</p>", css=css, archive=archive)
        page.insert_htmlbox(pymupdf.Rect(right - 70, PAGE.height - 54, right, PAGE.height - 36),
                            f"<p style='text-align: right'>Page {number} sur {total}</p>", css=css, archive=archive)


def _decode_unicode(hexstr: str) -> str:
    if len(hexstr) % 4 == 0:
        try:
            return bytes.fromhex(hexstr).decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return chr(int(hexstr, 16))


def _parse_tounicode(text: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            lo, hi, first = int(lo, 16), int(hi, 16), ord(_decode_unicode(dst)[0])
            for i in range(hi - lo + 1):
                mapping[lo + i] = chr(first + i)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(code, 16)] = _decode_unicode(dst)
    return mapping


def _unligature(text: str) -> str:
    """Latin ligature code points (U+FB00-U+FB06: ff, fi, fl, ffi, ffl...) -> their letters."""
    return "".join(unicodedata.normalize("NFKC", c) if 0xFB00 <= ord(c) <= 0xFB06 else c for c in text)


def fix_tounicode(doc: pymupdf.Document) -> None:
    """Rewrite every ToUnicode CMap so that the ligature glyphs chosen by the shaper extract as plain letters
    ("fi", "ff", "ffi"), as a word processor's PDF export does."""
    seen = set()
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            continue
        target = int(value.split()[0])
        if target in seen:
            continue
        seen.add(target)
        mapping = _parse_tounicode(doc.xref_stream(target).decode("latin-1"))
        items = sorted((code, _unligature(u)) for code, u in mapping.items())
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{code:04x}> <{u.encode('utf-16-be').hex()}>" for code, u in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        doc.update_stream(target, "\n".join(lines).encode("ascii"))


def main() -> None:
    archive = build_archive()
    doc = layout(archive)
    stamp(doc, archive)
    doc.set_metadata({
        "title": "Code de conduite et règles pratiques des participants – Consultation sous-régionale de Bangui 2040",
        "author": PSCAM,
        "subject": "Consultation sous-régionale des parties prenantes d'Afrique centrale sur le Pacte mondial pour "
                   "les migrations, Bangui, 21 et 22 février 2040",
        "creator": "Secrétariat exécutif de la PSCAM – Bangui",
        "keywords": "code de conduite; Bangui; PSCAM; Pacte mondial pour les migrations; signalement; photographies",
    })
    doc.subset_fonts()
    fix_tounicode(doc)
    doc.save(OUT, garbage=4, deflate=True, no_new_id=True)
    print(f"{OUT.name}: {doc.page_count} pages")
    doc.close()


if __name__ == "__main__":
    main()
