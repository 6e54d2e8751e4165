"""The dates list and the .ics file, with a fixed clock: before, between and after the events."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.knowledge.deadlines import (
    STAY_INFORMED_URL, calendar_events, document_refs, render, select_events, to_ics,
)
from bot.knowledge.timeline import load_timeline

ROOT = Path(__file__).resolve().parent.parent

# A small timeline of the tests' own; documents are the real ones (manifest ids).
TIMELINE = """
events:
  - id: conf-a
    start: 2030-05-10
    end: 2030-05-12
    kind: event
    name: {en: "Regional <Review> & Conference", fr: "Conférence d'examen régional", ar: "المؤتمر الإقليمي للاستعراض"}
    place: {en: "Beirut", fr: "Beyrouth", ar: "بيروت"}
    document: imrf-dialogue-2022-summary
  - id: deadline-b
    start: 2030-06-01
    kind: deadline
    name: {en: "Deadline for written contributions", fr: "Date limite des contributions écrites", ar: "الموعد النهائي للمساهمات المكتوبة"}
    document: rrc-2024-concept-note
  - id: month-c
    start: 2030-09-01
    precision: month
    name: {en: "Regional consultation", fr: "Consultation régionale", ar: "المشاورة الإقليمية"}
    document: rrc-2024-concept-note
  - id: year-d
    start: 2031-01-01
    precision: year
    name: {en: "Next review forum", fr: "Prochain forum d'examen", ar: "منتدى الاستعراض المقبل"}
    document: rrc-2024-concept-note
  - id: past-e
    start: 2029-12-01
    name: {en: "Stakeholder dialogue", fr: "Dialogue avec les parties prenantes", ar: "حوار أصحاب المصلحة"}
    document: msd-2020-report
"""

BEFORE = date(2029, 11, 1)
BETWEEN = date(2030, 5, 20)
AFTER = date(2032, 1, 1)


def make_knowledge(tmp: Path, timeline: str = TIMELINE) -> Path:
    """A copy of knowledge/ (manifest and documents) with the tests' timeline.yaml."""
    dest = tmp / "knowledge"
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "knowledge" / "manifest.yaml", dest / "manifest.yaml")
    (dest / "timeline.yaml").write_text(timeline, encoding="utf-8")
    return dest


@pytest.fixture
def knowledge(tmp_path) -> Path:
    return make_knowledge(tmp_path)


@pytest.fixture
def events(knowledge):
    return load_timeline(knowledge)


def ids(events) -> list[str]:
    return [e.id for e in events]


# ----------------------------------------------------------------------------- the list
def test_order_before_between_after(events):
    before = select_events(events, BEFORE)
    assert ids(before.upcoming) == ["past-e", "conf-a", "deadline-b", "month-c", "year-d"] and before.past == []
    between = select_events(events, BETWEEN)
    assert ids(between.upcoming) == ["deadline-b", "month-c", "year-d"]
    assert ids(between.past) == ["conf-a", "past-e"]  # most recent first
    after = select_events(events, AFTER)
    assert after.upcoming == [] and ids(after.past) == ["year-d", "month-c", "deadline-b", "conf-a", "past-e"]
    assert select_events(events, AFTER, past_shown=2).past_hidden == 3
    during = select_events(events, date(2030, 5, 11))
    assert ids(during.upcoming)[0] == "conf-a" and during.upcoming[0].status(date(2030, 5, 11)) == "ongoing"


def test_list_in_three_languages(knowledge, events):
    docs = document_refs(knowledge)
    listing = select_events(events, BETWEEN)
    en = render(listing, "en", docs, html_mode=True)
    assert en.index("Upcoming") < en.index("Deadline for written contributions") < en.index("Recently past")
    assert "on 1 June 2030 · upcoming: in 12 days" in en
    assert "10–12 May 2030 · past: 8 days ago" in en
    assert "&lt;Review&gt; &amp; Conference" in en and "<Review>" not in en   # escaped
    assert "📍 Place: Beirut" in en
    assert "UN Network Dialogue with Stakeholders in the Arab region" in en and "(10 February 2022)" in en
    assert "/subscribe" in en

    fr = render(listing, "fr", docs, html_mode=True)
    assert "du 10 au 12 mai 2030" in fr and "le 1er juin 2030" in fr
    assert "à venir : dans 12 jours" in fr and "passé : il y a 8 jours" in fr
    assert "Lieu\u00a0: Beyrouth" in fr and "À venir" in fr

    ar = render(listing, "ar", docs, html_mode=True)
    assert "من 10 إلى 12 أيار/مايو 2030" in ar and "بيروت" in ar
    assert "المواعيد القادمة" in ar and "مواعيد مضت مؤخرًا" in ar
    plain_ar = render(listing, "ar", docs, html_mode=False)
    assert all(line.startswith("\u200f") for line in plain_ar.splitlines() if line.strip())


def test_nothing_upcoming_says_so_and_how_to_stay_informed(knowledge, events):
    listing = select_events(events, AFTER)
    for lang, words, past in (("en", "No upcoming date", "Recently past"), ("fr", "Aucune date à venir", "Passées récemment"),
                              ("ar", "لا يوجد أي موعد قادم", "مواعيد مضت مؤخرًا")):
        text = render(listing, lang, document_refs(knowledge))
        assert words in text and STAY_INFORMED_URL in text and "/subscribe" in text
        assert text.index(words) < text.index(past)  # said first, then what has passed
    empty = render(select_events([], AFTER), "en")
    assert "the timeline is empty" in empty and "No upcoming date" in empty


def test_coarse_dates_that_include_today(events):
    listing = select_events(events, date(2031, 3, 1))
    text = render(listing, "en")
    assert "in 2031 · this year; the documents give no exact date" in text
    assert "taking place now" not in text


# ----------------------------------------------------------------------------- iCalendar
def test_ics_is_valid_and_in_the_users_language(knowledge, events):
    now = datetime(2029, 11, 1, 9, 0, tzinfo=timezone.utc)
    data = to_ics(events, "fr", now, document_refs(knowledge))
    cal = Calendar.from_ical(data)
    vevents = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    assert set(vevents) == {"conf-a-2030-05-10@gcm-helpdesk", "deadline-b-2030-06-01@gcm-helpdesk",
                            "month-c-2030-09-01@gcm-helpdesk", "past-e-2029-12-01@gcm-helpdesk"}  # year-only left out
    conf = vevents["conf-a-2030-05-10@gcm-helpdesk"]
    assert str(conf["SUMMARY"]) == "Conférence d'examen régional"
    assert conf["DTSTART"].dt == date(2030, 5, 10) and conf["DTEND"].dt == date(2030, 5, 13)  # exclusive end
    assert conf["DTSTAMP"].dt == now
    assert str(conf["LOCATION"]) == "Beyrouth"
    assert "du 10 au 12 mai 2030" in str(conf["DESCRIPTION"])
    one_day = vevents["deadline-b-2030-06-01@gcm-helpdesk"]
    assert one_day["DTSTART"].dt == date(2030, 6, 1) and one_day["DTEND"].dt == date(2030, 6, 2)
    month = vevents["month-c-2030-09-01@gcm-helpdesk"]
    assert month["DTSTART"].dt == date(2030, 9, 1) and month["DTEND"].dt == date(2030, 10, 1)
    assert b"VERSION:2.0" in data and b"PRODID:" in data

    ar = Calendar.from_ical(to_ics(events, "ar", now))
    assert "المؤتمر الإقليمي للاستعراض" in {str(v["SUMMARY"]) for v in ar.walk("VEVENT")}


def test_ics_timed_event(events):
    conf = next(e for e in events if e.id == "conf-a")
    conf.start_time = time(10, 30)   # an event with a time of day (and its zone)
    conf.tz = "Asia/Beirut"
    cal = Calendar.from_ical(to_ics([conf], "en", datetime(2030, 1, 1, tzinfo=timezone.utc)))
    (vevent,) = cal.walk("VEVENT")
    start = vevent["DTSTART"].dt
    assert isinstance(start, datetime) and start.hour == 10 and start.minute == 30
    assert start.utcoffset() == timedelta(hours=3)
    assert vevent["DTEND"].dt > start
    assert calendar_events([conf]) == [conf]


# ----------------------------------------------------------------------------- gcmbot deadlines
def run_cli(knowledge: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update({"GCMBOT_KNOWLEDGE_DIR": str(knowledge), "GCMBOT_TIMEZONE": "Asia/Beirut",
                "GCMBOT_DATA_DIR": str(knowledge.parent / "data")}, **(env_extra or {}))   # no index: timeline.yaml only
    return subprocess.run([sys.executable, "-m", "bot.cli", "deadlines", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


def test_cli_prints_the_list_and_writes_the_calendar(knowledge, tmp_path):
    ics = tmp_path / "dates.ics"
    done = run_cli(knowledge, "--lang", "fr", "--today", "2030-05-20", "--ics", str(ics))
    assert done.returncode == 0, done.stderr
    assert "À venir" in done.stdout and "le 1er juin 2030" in done.stdout and "passé : il y a 8 jours" in done.stdout
    assert "<b>" not in done.stdout
    cal = Calendar.from_ical(ics.read_bytes())
    assert {str(v["SUMMARY"]) for v in cal.walk("VEVENT")} == {
        "Date limite des contributions écrites", "Consultation régionale", "Conférence d'examen régional",
        "Dialogue avec les parties prenantes"}

    # without --today: GCMBOT_FAKE_NOW is the clock
    done = run_cli(knowledge, "--lang", "en", env_extra={"GCMBOT_FAKE_NOW": "2032-01-01T08:00:00+00:00"})
    assert done.returncode == 0, done.stderr
    assert "No upcoming date" in done.stdout and "(as of 1 January 2032)" in done.stdout

    bad = run_cli(knowledge, "--today", "20/05/2030")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
