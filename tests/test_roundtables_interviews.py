"""Issue 10, batch 27 of held-out documents: what their misses showed any document of their kind would hit, tested on
documents written for these tests -- a note on a review's roundtables (a table whose columns say who co-chairs, rooms
shared by "Roundtables 2 and 4", a roundtable moved since a first version, a venue's street in Spanish), and a radio
interview's transcript in Arabic (the host echoing a date as a question, an hour said in words, "the first day")."""
from __future__ import annotations

from tests.test_heldout import engine_with

NOTE = """# Information Note No. 2 (Rev.1) – Stakeholder interventions at the Regional Review of the GCM, Lima, 8–9 October 2041

This version replaces the note of 2 September 2041.

## 1. The Review

The Review will be held on 8 and 9 October 2041 at the Centro de Convenciones Miraflores, Avenida Larco 1150, Lima.

Only Roundtable 2 has changed: it no longer takes place on Friday, 9 October, 10:00–12:00, but on Thursday, 8 October,
16:00–18:00.

## 2. Roundtables

| No. | Theme | Day and time (Lima) | Co-chairs (Member State; stakeholder organisation) | Room |
|---|---|---|---|---|
| 1 | Labour mobility | Thursday, 8 October, 10:00–12:00 | Bolivia; Red Andina de Migrantes (REDAM) | Sala Inca |
| 2 | Climate mobility | Thursday, 8 October, 16:00–18:00 | Paraguay; Alianza Chaco Sostenible (ACHS) | Sala Nazca |

## 3. Interpretation

Simultaneous interpretation in Spanish, English and French is provided in Sala Inca. In Sala Nazca (Roundtables 2
and 3) interpretation is available between Spanish and English only.

## 4. General debate

The names of the two stakeholder speakers in the general debate are published by Friday, 2 October 2041.

## 5. Contacts

| Office | Address | Web |
|---|---|---|
| Secretariat | Avenida Arequipa 2450, piso 3, Lince, Lima | https://www.example.org/lima-review |
"""


def test_a_roundtables_note(index_dir, tmp_path):
    _, engine = engine_with(tmp_path / "2041-09-20_lima-review-roundtables-note.md", NOTE, index_dir)
    # the co-chairs a table's column names, asked in French (it was "the documents do not name a person")
    a = engine.answer("qui copreside la table ronde mobilite climatique a la revue de lima ?")
    assert a.answered and "Alianza Chaco" in a.answer, a.answer
    # a roundtable asked by its number, a row's first cell under the "No." column of the roundtables' section (it was
    # "no exact date": no text named "roundtable 2")
    a = engine.answer("بدي احكي بالطاولة المستديرة رقم 2 بمراجعة ليما، إمتى بالزبط وبأي قاعة؟")
    assert a.answered and "Sala Nazca" in a.answer, a.answer
    # interpretation of roundtable 2, said of "Roundtables 2 and 3" (it was "nothing for the session you name")
    a = engine.answer("revue de lima, table ronde 2 : y aura une interpretation en francais ?")
    assert a.answered and "Spanish and English only" in a.answer, a.answer
    # the day a change is asked of, as the first version gave it (it was "nothing for the day you name")
    a = engine.answer("lima review roundtable 2 - the first note said friday 9 october at 10, is that still right?")
    assert a.answered and "Thursday, 8 October" in a.answer, a.answer
    # a date asked of the speakers "from civil society" of a note that says "stakeholder speakers": civil society is who
    # they are, not a thing the date must be said of (it was "the documents give no date", quoting the date's row)
    a = engine.answer("وامتى بيعلنوا أسماء المتحدثين من المجتمع المدني بال general debate بمراجعة ليما؟")
    assert a.answered and "2 October 2041" in a.answer, a.answer
    # a venue's address, its street in Spanish
    a = engine.answer("lima regional review venue address?")
    assert a.answered and "Avenida Larco 1150" in a.answer, a.answer
    # ... the venue's, beside the days, not the secretariat's on its contact line
    a = engine.answer("regional review of the GCM in lima in october - exact dates and venue address pls")
    assert a.answered and "Avenida Larco 1150" in a.answer and "Arequipa" not in a.answer, a.answer
    assert "Centro de Convenciones Miraflores" in a.answer.split("\n")[0], a.answer     # (the venue whole, not "Centro")


TRANSCRIPT = """<html lang="ar" dir="rtl"><body><main><article>
<h1>حلقة «صوت الجمعيات»: مشاورة قسنطينة حول الميثاق العالمي للهجرة</h1>
<p>بُثّت يوم الثلاثاء ٦ مارس ٢٠٤١ – إذاعة قسنطينة الجهوية.</p>
<p><strong>المذيعة:</strong> مرحبا بيك. واش هي المشاورة وإمتى؟</p>
<p><strong>الضيف:</strong> مشاورة قسنطينة يومي ١٠ و١١ أفريل ٢٠٤١ في فندق «سيرتا». آخر أجل للتسجيل هو الخميس ٢٢ مارس.</p>
<p><strong>المذيعة:</strong> ٢٢ مارس؟ راهو قريب بزاف!</p>
<p><strong>الضيف:</strong> صحيح، لذلك مدّدنا الأجل: آخر أجل للتسجيل هو الأحد ١ أفريل ٢٠٤١.</p>
<p><strong>المذيعة:</strong> وكاين شي تحضير قبل المشاورة؟</p>
<p><strong>الضيف:</strong> نعم، اجتماع تحضيري عبر الإنترنت يوم السبت ٥ أفريل على الساعة العاشرة صباحاً، نشرح فيه المنهجية.</p>
<p><strong>المذيعة:</strong> واليوم الأول كيفاش يبدا؟</p>
<p><strong>الضيف:</strong> الاستقبال من الساعة 8:30، والافتتاح على الساعة التاسعة صباحاً في اليوم الأول.</p>
</article></main></body></html>
"""


def test_a_radio_interviews_transcript(index_dir, tmp_path):
    workdir, engine = engine_with(tmp_path / "2041-03-06_constantine-radio-interview-ar.html", TRANSCRIPT, index_dir)
    from ingest.dates import extract_events, kind_of
    # the host's echo "٢٢ مارس؟" is no event (it was one, named by the page's title); "نشرح" (we explain) publishes
    # nothing
    assert kind_of("اجتماع تحضيري يوم السبت ٥ أفريل، نشرح فيه المنهجية", "") == "event"
    days = {e.start for e in engine.choose_event.events if e.document and e.document.startswith("2041-03-06")
            and e.kind == "event"}
    assert "2041-03-22" not in days, days
    # the preparatory meeting's hour said in words (it was "the documents do not give the time")
    a = engine.answer("la reunion preparatoire en ligne avant la consultation de constantine c quand et a quelle heure ?")
    assert a.answered and "العاشرة" in a.answer, a.answer
    # "اليوم الأول في مشاورة قسنطينة": the consultation's first day, not its first edition
    a = engine.answer("اليوم الأول في مشاورة قسنطينة بيبدأ الساعة كام؟")
    assert a.answered and "التاسعة" in a.answer, a.answer
    # the deadline extended in a later turn answers
    a = engine.answer("آخر أجل للتسجيل في مشاورة قسنطينة؟")
    assert a.answered and "١ أفريل" in a.answer.split("\n\n")[0], a.answer


def test_a_change_asked_of_a_day_the_document_gives(index_dir, tmp_path):
    """"consultation de tanger 31 janvier : finalement la plénière c'est dans quelle salle ? ... ça avait changé": a day
    the question names that the document gives is read without fault (the check once called a helper the passage
    chooser did not have: the question raised; on the held-out Tangier channel, whose full run showed it)."""
    from pathlib import Path

    page = Path(__file__).parent / "heldout" / "2039-12-20_tangier-consultation-telegram-channel-announcements-ar.txt"
    _, engine = engine_with(tmp_path / page.name, page.read_text(encoding="utf-8"), index_dir)
    a = engine.answer("consultation de tanger 31 janvier : finalement la pleniere c'est dans quelle salle ? j'ai vu un "
                      "message comme quoi ca avait change")
    assert a.answered and "الزيتون" in a.answer, a.answer


ROADMAP = """# Feuille de route 2041 de la plateforme de Kaya

## 4. Budget prévisionnel et financement

| Poste | Montant (FCFA) | Financement |
|---|---|---|
| Atelier de lancement | 900 000 | Fonds propres |
| Atelier régional de validation | 2 400 000 | À rechercher |
| Total estimatif | 3 300 000 | dont 2 400 000 FCFA à mobiliser |

Montants indicatifs arrêtés par le comité de pilotage, pour un total estimé à 3 300 000 FCFA.

## 5. Atelier national de validation

Une délégation de trois membres participera à l'atelier national de validation à Ouagadougou, le 16 juillet 2041.
"""


def test_an_allowance_asked_is_answered_by_its_own_amount(index_dir, tmp_path):
    """"how much per diem do the delegates get": an amount of something else (a budget's lines) does not answer it (it
    was quoted as the answer: "Total estimatif | 3 300 000"); a daily amount does."""
    _, engine = engine_with(tmp_path / "2041-02-10_kaya-feuille-de-route-fr.md", ROADMAP, index_dir)
    a = engine.answer("how much per diem do the kaya platform delegates get for the national validation workshop in ouaga?")
    assert not a.answered, a.answer
    (tmp_path / "second").mkdir()
    _, engine = engine_with(tmp_path / "second" / "2041-02-10_kaya-feuille-de-route-fr.md",
                            ROADMAP + "\nLes délégués venant de Dori reçoivent une indemnité de 10 000 FCFA par jour.\n",
                            index_dir)
    a = engine.answer("how much per diem do the kaya platform delegates get for the national validation workshop in ouaga?")
    assert a.answered and "10 000" in a.answer, a.answer


PORT_GENTIL = """# Note d'information – Rencontre des associations de l'Ogooué-Maritime

La rencontre se tiendra le mardi 12 mai 2041 à l'Hôtel Ogooué Palace, boulevard du Bord de Mer, Port-Gentil.

Le comité de pilotage de la plateforme compte neuf membres et se réunit le premier lundi de chaque mois.

La logistique est assurée par l'Association des Femmes de l'Ogooué (AFO), membre de la plateforme.
"""


def test_a_city_the_gazetteer_does_not_know_typed_without_its_hyphen(index_dir, tmp_path):
    """"port gentil ... steering committee: when does it meet": the city a document's meeting is held in, though no gazetteer knows
    it, typed without its hyphen, is that meeting's (a meeting of another document was the answer: "Regional
    Consultation ...: in 2017", as for "bobo dioulasso" of the held-out Bobo-Dioulasso roadmap)."""
    _, engine = engine_with(tmp_path / "2041-04-20_port-gentil-rencontre-note-fr.md", PORT_GENTIL, index_dir)
    a = engine.answer("port gentil civil society platform steering committee: how many members and when does it meet")
    assert "Ogooué-Maritime" in a.answer and "2017" not in a.answer, a.answer


def test_who_gives_a_speech_asked_in_arabic_with_the_verb_in_the_future(index_dir, tmp_path):
    """"من سيلقي الكلمة الافتتاحية": the role asked is the opening speech's ("سيلقي", will deliver, is a light verb, as
    "يلقي" was), so a sentence naming only an organisation does not answer it (it was quoted as the answer: the
    held-out Lomé working group's near miss wag-ar-08, once its meeting's city was read)."""
    _, engine = engine_with(tmp_path / "2041-04-20_port-gentil-rencontre-note-fr.md", PORT_GENTIL, index_dir)
    a = engine.answer("من سيلقي الكلمة الافتتاحية في لقاء جمعيات بور جنتيل Port-Gentil يوم 12 مايو؟")
    assert not a.answered, a.answer
