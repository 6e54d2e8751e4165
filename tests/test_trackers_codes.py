"""Issue 10, batch 25 of held-out documents: what their misses showed any document of their kind would hit, tested on
documents written for these tests -- a follow-up tracker's Markdown footnote giving a delayed action's new date, its
"update No. 2"; a code of conduct's two days written with their weekdays, its dateline and signature, a table whose
columns are days; an Arabic questionnaire's table numbered "#", its filling time asked in French, its contact person, a
recording of a session asked in Arabic, its languages, the address "above"; a desk's hours asked "until when"; a price
in another script; a wrong date a correction gives."""
from __future__ import annotations

from ingest.cleaning import clean
from tests.test_heldout import engine_with

TRACKER = """# Kisumu Regional Review: Follow-up Tracker

Kisumu, 10 April 2041

## Actions

| No. | Action | Lead | Due | Status |
|---|---|---|---|---|
| A1 | Publish the Kisumu conclusions | Secretariat | 30 April 2041 | Done |
| A2 | Joint training on fair recruitment for labour inspectors | WG2 | Q3 2041 | **Delayed**[^1] |

## Next steps

| What | When |
|---|---|
| Tracker, update No. 2 | published by Thursday 20 June 2041 |

[^1]: New date: 15 November 2041. The co-funding partner withdrew in March 2041.
"""


def test_a_markdown_footnote_is_read_where_it_is_referred_to():
    """"Delayed[^1]" with "[^1]: New date: ..." at the end is the row's note: its text in brackets after the reference,
    the definition no longer a line of its own."""
    text = clean(TRACKER, "md")
    assert "Delayed (New date: 15 November 2041. The co-funding partner withdrew in March 2041.)" in text, text
    assert "[^1]" not in text and clean(text, "md") == text


def test_a_trackers_delayed_action_and_its_next_update(index_dir, tmp_path):
    """The delayed action's new date and its reason, from the footnote of its row (quoted whole: a cell's note is not cut
    at its full stops); "la mise à jour n°2" is the tracker's second update, not a day 2 of a meeting."""
    _, engine = engine_with(tmp_path / "2041-04-10_kisumu-review-follow-up-tracker.md", TRACKER, index_dir)
    a = engine.answer("kisumu tracker: the fair recruitment training is delayed, whats the new date and why?")
    assert a.answered and "15 November 2041" in a.answer and "withdrew" in a.answer, a.answer
    a = engine.answer("la mise a jour n°2 du tracker de suivi de kisumu sera publiee quand ?")
    assert a.answered and "20 June 2041" in a.answer, a.answer


CODE = """# Code de conduite des participants – Consultation de Pointe-Noire 2041

Pointe-Noire, le mercredi 6 mars 2041 – Distribution : tous les participants inscrits

## Article 1 – Dates et lieu

La consultation se tient le mercredi 20 et le jeudi 21 mars 2041 au Centre de conférences Loango, Pointe-Noire.

## Article 5 – Accréditation

Pour retirer votre badge, présentez une pièce d'identité.

| Service | Mardi 19 mars | Mercredi 20 mars | Jeudi 21 mars |
|---|---|---|---|
| Guichet d'accréditation | 14 h – 18 h | 7 h 30 – 16 h | 7 h 45 – 12 h |
| Bureau d'écoute (salle 3) | fermé | 8 h – 18 h | 8 h – 17 h |

Fait à Pointe-Noire, le 6 mars 2041
"""


def test_a_codes_two_days_its_dateline_and_its_signature(tmp_path):
    """"le mercredi 20 et le jeudi 21 mars 2041" is the consultation's two days, held at the Loango centre; the dateline
    with its distribution field ("– Distribution : tous les participants inscrits") and "Fait à Pointe-Noire, le ..." are
    the code's issue, not a registration nor a meeting held that day."""
    from ingest.pipeline import prepare

    path = tmp_path / "2041-03-06_pointe-noire-code-de-conduite-fr.md"
    path.write_text(CODE, encoding="utf-8")
    events = prepare(path, {}, []).events
    meeting = [e for e in events if str(e.start) == "2041-03-20"]
    assert meeting and str(meeting[0].end) == "2041-03-21" and "Loango" in str(meeting[0].place), events
    assert {e.kind for e in events if str(e.start) == "2041-03-06"} == {"publication"}, events
    assert not [e for e in events if e.kind == "registration"], events


def test_a_table_whose_columns_are_days_is_quoted_with_its_header(index_dir, tmp_path):
    """"Service | Mardi 19 mars | Mercredi 20 mars | ..." names the columns of the desks' hours: the row that answers is
    quoted under it, each row on its own line, so the reader sees which day each time is."""
    _, engine = engine_with(tmp_path / "2041-03-06_pointe-noire-code-de-conduite-fr.md", CODE, index_dir)
    a = engine.answer("a quelle heure ouvre le guichet d'accreditation le mercredi a la consultation de pointe-noire ?")
    assert a.answered and "Mercredi 20 mars" in a.answer and "7 h 30" in a.answer, a.answer
    assert "\nGuichet d'accréditation | 14 h – 18 h" in a.answer, a.answer
    # (until when a desk is open asks its hours, not a deadline)
    a = engine.answer("until when is the bureau d'ecoute open on thursday at the pointe-noire consultation?")
    assert a.answered and "8 h – 17 h" in a.answer, a.answer


QUESTIONNAIRE = """شبكة الواحة لمنظمات المجتمع المدني – مبنى النخيل، الطابق الثاني، شارع الجمهورية، سبها – ليبيا

# استمارة استطلاع آراء أصحاب المصلحة – المشاورة الوطنية في سبها 2041

## معلومات عملية

| البند | التفاصيل |
|---|---|
| مدة التعبئة | نحو ٢٥ دقيقة (يمكن حفظ النموذج وإكماله لاحقًا) |
| لغة الإجابة | العربية أو الإنجليزية |
| طرق الإرسال | بالبريد الإلكتروني، أو نسخة ورقية تُسلَّم في مقر الشبكة (العنوان أعلاه) من الأحد إلى الخميس |
| آخر موعد للإرسال | الأربعاء 8 أيار/مايو 2041 |

## التوصيات

قدّموا ثلاث توصيات على الأكثر.

| # | التوصية | الجهة المعنية |
|---|---|---|
| 1 | | |
| 2 | | |

## السرية

تُعامَل الإجابات بسرية تامة، وتُحفظ البيانات الخام مدة ١٨ شهرًا ثم تُتلف.

## للاستفسار

منسقة الاستبيان: أ. هدى سالم الورفلي، مسؤولة الرصد في الشبكة

الهاتف وواتساب: +218 91 555 0101
"""


def test_a_tables_number_column_is_no_heading(tmp_path):
    """A table whose first column is "#" (its rows' numbers) does not make its header row the section of what follows:
    the contact lines stay under "للاستفسار"."""
    from ingest.pipeline import prepare

    path = tmp_path / "2041-04-20_sebha-stakeholders-questionnaire-ar.md"
    path.write_text(QUESTIONNAIRE, encoding="utf-8")
    chunks = prepare(path, {}, []).chunks
    phone = [c for c in chunks if "555 0101" in c.text]
    assert phone and phone[0].section.endswith("للاستفسار"), [(c.section, c.text[:40]) for c in chunks]
    assert not any("التوصية |" in c.section for c in chunks), [c.section for c in chunks]


def test_an_arabic_questionnaire_asked_in_french_and_arabic(index_dir, tmp_path):
    """"ça prend combien de temps à remplir" asks the filling time (not "ça" nor "prend"), which "نحو ٢٥ دقيقة" gives;
    "la personne de contact ... whatsapp" asks the coordinator's number; a recording "of" yesterday's session is not
    registration ("تسجيل لجلسة الأمس"): no document says one, it is refused."""
    _, engine = engine_with(tmp_path / "2041-04-20_sebha-stakeholders-questionnaire-ar.md", QUESTIONNAIRE, index_dir)
    a = engine.answer("le questionnaire pour la consultation de sebha ca prend combien de temps a remplir ?")
    assert a.answered and "٢٥ دقيقة" in a.answer, a.answer
    a = engine.answer("c qui la personne de contact pour le questionnaire de sebha ? elle a un whatsapp ?")
    assert a.answered and "555 0101" in a.answer, a.answer
    a = engine.answer("هل يوجد تسجيل لجلسة الأمس؟")
    assert not a.answered, a.answer


def test_an_arabic_questionnaires_languages_and_the_address_above(index_dir, tmp_path):
    """"العربية أو الإنجليزية" names Arabic the language (alone, "العربية" is as often the Arab region's): "in english or
    only arabic?" is answered; "a paper copy handed in at the network's office (العنوان أعلاه)" is quoted with the address
    its letterhead gives above."""
    from bot.knowledge.glossary import Glossary
    from tests.test_heldout import KNOWLEDGE

    glossary = Glossary.load(KNOWLEDGE)
    assert "arabic" in [t.id for t, _, _ in glossary.find("لغة الإجابة | العربية أو الإنجليزية")]
    assert "arabic" not in [t.id for t, _, _ in glossary.find("في المنطقة العربية والدول المجاورة")]
    _, engine = engine_with(tmp_path / "2041-04-20_sebha-stakeholders-questionnaire-ar.md", QUESTIONNAIRE, index_dir)
    a = engine.answer("can we fill the sebha questionnaire in english or is it arabic only?")
    assert a.answered and "العربية أو الإنجليزية" in a.answer, a.answer
    a = engine.answer("where in sebha can i hand in a paper copy of the questionnaire?")
    assert a.answered and "مبنى النخيل" in a.answer, a.answer


def test_a_month_named_alone_and_an_arabic_duration_in_months():
    """A French or Arabic text naming a month alone holds that month ("الطقس في آذار/مارس معتدل" is March's weather);
    "١٨ شهرًا" is a length of time."""
    from bot.answering.facts import DURATION_FR_AR, _months_written
    from bot.text.language import normalize

    assert _months_written("الطقس في آذار/مارس معتدل: بين 18 و28 درجة") == {3}
    assert _months_written("en mars, il fait chaud à Dakar") == {3}
    assert _months_written("you may register online") == frozenset()
    assert DURATION_FR_AR.search(normalize("تُحفظ البيانات الخام مدة ١٨ شهرًا ثم تُتلف"))


NOTE = """# مذكرة لوجستية للمشاركين – مشاورة تونس 2041

## الموعد والمكان

تُعقد المشاورة يومَي الأحد والاثنين ١٢ و١٣ أيار/مايو ٢٠٤١ في قصر المؤتمرات، تونس.

## العملة والاتصالات

العملة المحلية هي الدينار التونسي (TND)، ويعادل الدولار الأمريكي نحو 3 دنانير. تُباع شريحة الهاتف في صالة الوصول بالمطار بنحو 10 دنانير، مع إبراز جواز السفر.

## التأشيرة

تُصدر الأمانة رسالة دعم لطلب التأشيرة لمن يطلبها قبل شهر من المشاورة.
"""


def test_a_price_in_another_script_is_of_the_thing_asked(index_dir, tmp_path):
    """"how much does the tunisian e-visa cost": the SIM card's price and the exchange rate in an Arabic note are not
    the visa's (a thing the glossary knows is looked for by its term in a text of another script; the place it is priced
    in, "tunisian", is not the thing); the SIM card's price is the SIM card's."""
    _, engine = engine_with(tmp_path / "2041-05-02_tunis-consultation-logistics-note-ar.md", NOTE, index_dir)
    a = engine.answer("how much does the tunisian e-visa cost for the tunis consultation?")
    assert not a.answered, a.answer
    a = engine.answer("how much is a sim card at the airport for the tunis consultation?")
    assert a.answered and "10 دنانير" in a.answer, a.answer


def test_a_date_a_correction_says_was_wrong_is_no_date(tmp_path):
    """"ورد في الإعلان الأول تاريخ 28 فبراير 2041، والصحيح هو 8 مارس" and "Correction: the draft ... gave 19 June for
    update No. 2." give a wrong date and the right one: the wrong one is in no deadline list (a user would miss the real
    one), the right one is."""
    from datetime import date

    from ingest.dates import in_force
    from ingest.pipeline import prepare

    said = in_force("(تصحيح: ورد في الإعلان الأول تاريخ 28 فبراير 2041، والصحيح هو 8 مارس)", date(2041, 1, 31), corrected=True)
    assert [m.start for m in said] == [date(2041, 3, 8)]
    said = in_force("The forum is on 12 May 2041, the correct date being 19 May.", date(2041, 1, 1), corrected=True)
    assert [m.start for m in said] == [date(2041, 5, 19)]
    path = tmp_path / "2041-04-10_kisumu-review-follow-up-tracker.md"
    path.write_text(TRACKER + "\nCorrection: the draft of this tracker gave 13 June 2041 for update No. 2. The correct "
                    "date is 20 June 2041.\n", encoding="utf-8")
    days = {str(e.start) for e in prepare(path, {}, []).events}
    assert "2041-06-20" in days and "2041-06-13" not in days, days
