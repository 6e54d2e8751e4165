from datetime import date

from bot.knowledge.timeline import Event, arabic_count, format_event_dates, load_timeline, relative_phrase, validate_timeline
from tests.conftest import KNOWLEDGE

IMRF = Event(id="imrf", name={"en": "IMRF", "fr": "FEMI", "ar": "المنتدى"}, start=date(2022, 5, 17), end=date(2022, 5, 20))
HEARING = Event(id="h", name={"en": "Hearing", "fr": "Audition", "ar": "جلسة"}, start=date(2022, 5, 16))
REG = Event(id="r", name={"en": "Registration", "fr": "Inscription", "ar": "التسجيل"}, start=date(2022, 3, 1), precision="month")


def test_dates_are_written_the_way_each_language_writes_them():
    assert format_event_dates(IMRF, "en") == "17–20 May 2022"
    assert format_event_dates(IMRF, "fr") == "du 17 au 20 mai 2022"
    assert format_event_dates(IMRF, "ar") == "من 17 إلى 20 أيار/مايو 2022"
    assert format_event_dates(HEARING, "fr") == "le 16 mai 2022"
    assert format_event_dates(REG, "en") == "in March 2022"
    assert format_event_dates(REG, "fr") == "en mars 2022"
    cross = Event(id="x", name={"en": "x", "fr": "x", "ar": "x"}, start=date(2024, 6, 30), end=date(2024, 7, 2))
    assert format_event_dates(cross, "fr") == "du 30 juin au 2 juillet 2024"


def test_past_and_upcoming_relative_to_an_injected_today():
    before, during, after = date(2022, 5, 1), date(2022, 5, 18), date(2022, 6, 1)
    assert IMRF.status(before) == "upcoming" and "16 days" in relative_phrase(IMRF, before, "en")
    assert "dans 16 jours" in relative_phrase(IMRF, before, "fr")
    assert "بعد 16 يومًا" in relative_phrase(IMRF, before, "ar")
    assert IMRF.status(during) == "ongoing"
    assert IMRF.status(after) == "past" and "12 days ago" in relative_phrase(IMRF, after, "en")
    assert "il y a 12 jours" in relative_phrase(IMRF, after, "fr")
    # a month-precision date is past only after the month ends, and never called "taking place now"
    assert REG.status(date(2022, 3, 31)) == "ongoing" and REG.status(date(2022, 4, 1)) == "past"
    assert relative_phrase(REG, date(2022, 3, 15), "en") == "this month; the documents give no exact day"
    assert "بعد يومين" in relative_phrase(IMRF, date(2022, 5, 15), "ar")


def test_years_are_whole_years_as_people_count_them():
    # four and a half years after May 2022 is "4 years ago", not 5; two and a half before is "in 2 years"
    assert relative_phrase(IMRF, date(2026, 12, 1), "en") == "past: 4 years ago"
    assert relative_phrase(IMRF, date(2026, 12, 1), "fr") == "passé : il y a 4 ans"
    assert relative_phrase(IMRF, date(2019, 11, 1), "en") == "upcoming: in 2 years"
    assert relative_phrase(IMRF, date(2024, 5, 10), "en") == "past: 2 years ago"    # 722 days: 24 months
    assert relative_phrase(IMRF, date(2024, 5, 30), "en") == "past: 2 years ago"


def test_arabic_number_agreement():
    assert arabic_count(1, "يوم واحد", "يومان", "أيام", "يومًا") == "يوم واحد"
    assert arabic_count(2, "يوم واحد", "يومين", "أيام", "يومًا") == "يومين"
    assert arabic_count(5, "يوم واحد", "يومان", "أيام", "يومًا") == "5 أيام"
    assert arabic_count(11, "يوم واحد", "يومان", "أيام", "يومًا") == "11 يومًا"


def test_the_knowledge_base_timeline_is_valid_and_quoted():
    events, problems = validate_timeline(KNOWLEDGE)
    assert problems == []
    ids = {e.id for e in events}
    assert len(events) >= 10 and len(ids) == len(events)
    assert all(e.name.get(lang) for e in events for lang in ("ar", "en", "fr"))
    assert load_timeline(KNOWLEDGE) == events


def test_a_quotation_missing_from_its_document_is_reported(tmp_path):
    import shutil

    kdir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, kdir)
    text = (kdir / "timeline.yaml").read_text(encoding="utf-8")
    first_quote = next(line for line in text.splitlines() if line.strip().startswith("quote:"))
    (kdir / "timeline.yaml").write_text(text.replace(first_quote, "    quote: \"words that are in no document\"", 1), encoding="utf-8")
    _, problems = validate_timeline(kdir)
    assert problems and "quotation not found" in problems[0][1]
