"""The cleaner, on small cases and on the five real documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.cleaning import clean

DOCUMENTS = Path(__file__).resolve().parents[1] / "knowledge" / "documents"
REPORT_2020 = DOCUMENTS / "2020-10-27_multi-stakeholder-dialogues-report.txt"
EVENT_2021 = DOCUMENTS / "2021-02-24_regional-review-conference-event-page.txt"
EVENT_2022 = DOCUMENTS / "2022-02-10_imrf-dialogue-event-page.txt"
SUMMARY_2022 = DOCUMENTS / "2022-02-10_imrf-dialogue-meeting-summary.txt"
CONCEPT_2024 = DOCUMENTS / "2024-07-03_second-regional-review-concept-note.md"


def cleaned(path: Path) -> str:
    return clean(path.read_text(encoding="utf-8"), "md" if path.suffix == ".md" else "txt")


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------- small cases


def test_unicode_nfc_and_invisible_characters():
    assert clean("Cafe\u0301 re\u00adgis\u200btra\u2060tion\ufeff") == "Café registration"
    assert clean("\u200f\u202bالهجرة\u202c") == "الهجرة"  # bidi controls dropped


def test_arabic_presentation_forms_become_letters_and_tatweel_goes():
    assert clean("ﺗﻌﻘﺪ اﻟﺸﺒﻜﺔ ﻟﻸﻣﻢ") == "تعقد الشبكة للأمم"
    assert clean("الهجـــرة") == "الهجرة"
    assert clean("﴿ x ﴾ ①") == "﴿ x ﴾ ①"  # only the Arabic presentation ranges are folded


def test_whitespace():
    text = "Title\t\n\n\n\n\nFirst\u00a0 line   with   spaces.  \n\u00a0\n\nSecond paragraph.\n\n\n"
    assert clean(text) == "Title\n\nFirst line with spaces.\n\nSecond paragraph."
    assert clean("09:30 - 10:00\tRegistration\t") == "09:30 - 10:00 | Registration"
    assert clean("  indented line") == "indented line"
    assert clean("") == "" and clean(" \n\t\n") == ""


def test_a_markdown_table_reads_like_other_tables_and_its_dates_are_named_by_their_row():
    from ingest.dates import extract_events
    from tests.test_dates import FakeChunk

    text = ("## 8. Timeline\n\n| Step | Date |\n|---|:---:|\n| Online information session | Tuesday, 17 March 2026 |\n"
            "| Notification of selected organizers | by Friday, 24 April 2026 |\n")
    cleaned = clean(text, "md")
    assert cleaned.split("\n\n")[1].splitlines() == [
        "Step | Date", "Online information session | Tuesday, 17 March 2026",
        "Notification of selected organizers | by Friday, 24 April 2026"]
    assert clean(cleaned, "md") == cleaned
    events = extract_events([FakeChunk(0, "8. Timeline", cleaned.split("\n\n")[1])], document="d", doc_date="2026-03-01")
    assert [(e.kind, e.name) for e in events] == [("event", "Online information session"),
                                                  ("deadline", "Notification of selected organizers")]


def test_markdown_links():
    assert clean("Mr. William Gois, Regional Coordinator, [Migrant Forum in Asia](#)") == (
        "Mr. William Gois, Regional Coordinator, Migrant Forum in Asia"
    )
    assert clean("See [the roadmap](https://migrationnetwork.un.org/imrf).") == (
        "See the roadmap (https://migrationnetwork.un.org/imrf)."
    )
    assert clean("[https://x.org/a](https://x.org/a)") == "https://x.org/a"
    assert clean("Write to <gcm@iom.int> or see <https://migrationnetwork.un.org>.") == (
        "Write to gcm@iom.int or see https://migrationnetwork.un.org."
    )
    assert clean("[Global Compact \\(GCM\\)](#) and [wiki](https://en.wikipedia.org/wiki/GCM_(UN))") == (
        "Global Compact (GCM) and wiki (https://en.wikipedia.org/wiki/GCM_(UN))"
    )
    assert clean("![logo](logo.png) text") == "logo text"


def test_html_and_markdown_leftovers():
    assert clean("the GCM<sup>1</sup> is <b>non-binding</b>.<sup>2</sup>") == "the GCM is non-binding."
    assert clean("on the 1<sup>st</sup> of May") == "on the 1st of May"
    assert clean("<sup>1</sup> A/RES/73/195.") == "[1] A/RES/73/195."
    assert clean("Migrants &amp; refugees&nbsp;here") == "Migrants & refugees here"
    assert clean("**Gaps and challenges** reported: *guiding questions*") == (
        "Gaps and challenges reported: guiding questions"
    )
    assert clean("5 * 3 * 2 and a_b_c") == "5 * 3 * 2 and a_b_c"
    assert clean("line one<br>line two") == "line one\nline two"
    assert clean("price < 10 and x > 2") == "price < 10 and x > 2"


def test_footnote_markers_but_not_units():
    assert clean("for the Arab region¹. She noted, the GCM,² to discuss") == (
        "for the Arab region. She noted, the GCM, to discuss"
    )
    assert clean("an area of 20 m² and 3 km²") == "an area of 20 m² and 3 km²"
    assert clean("¹ [Arab States | United Nations Network on Migration](#)") == (
        "[1] Arab States | United Nations Network on Migration"
    )


def test_bullets_and_headings():
    assert clean("  • Online\n• Hybrid\n* Third\n+ Fourth\n\uf0b7 Fifth") == (
        "- Online\n- Hybrid\n- Third\n- Fourth\n- Fifth"
    )
    assert clean("#  Title\n\n## Section\n\n### Sub") == "# Title\n\n## Section\n\n### Sub"
    assert clean("#GCM4All is a hashtag") == "#GCM4All is a hashtag"


def test_boilerplate_lines_removed_only_as_whole_lines():
    text = (
        "Location\nShare\n\nShare your views with the network.\n\nFeedback\n\n"
        "Beirut time\n\nRelated news\narrow-up icon"
    )
    assert clean(text) == "Share your views with the network.\n\nBeirut time"


def test_table_of_contents_with_dot_leaders():
    text = (
        "Table of contents\n\nIntroduction ........ 1\nBackground ......... 2\nObjectives .......... 5\n\n"
        "Introduction\n\nThe review starts in 2024."
    )
    assert clean(text) == "Introduction\n\nThe review starts in 2024."


def test_two_tabbed_lines_are_not_a_toc():
    assert clean("Total\t145\nArab States\t19") == "Total | 145\nArab States | 19"


def test_sentence_split_by_a_page_break_is_joined():
    text = "The consultations were held in the\n\nregion and online.\n\n## Next\n\nlower case after a heading."
    assert clean(text) == (
        "The consultations were held in the region and online.\n\n## Next\n\nlower case after a heading."
    )
    # a finished sentence, a heading or a capitalised short line are left alone
    assert clean("Done.\n\nand more") == "Done.\n\nand more"
    assert clean("Opening remarks\n\nMs. Salman spoke.") == "Opening remarks\n\nMs. Salman spoke."
    # hyphenated word split over pages
    assert clean("between Africa-\n\nMENA regions") == "between Africa-MENA regions"
    # a lettered item is the first under a numbered heading, not the rest of its words
    minutes = "1. REPORT DE LA CONSULTATION SOUS-RÉGIONALE\n\na) La consultation est reportée.\n\n(b) Elle se tiendra à Lomé."
    assert clean(minutes) == minutes


def test_footnotes_printed_inside_a_split_sentence_move_after_it():
    text = "the private sector and employers'\n\n<sup>6</sup> A/RES/73/195.\n\norganizations, trade unions."
    assert clean(text) == "the private sector and employers' organizations, trade unions.\n\n[6] A/RES/73/195."


def test_arabic_text_is_left_alone():
    text = "آخر موعد للتسجيل هو 15 آذار/مارس 2026.\n\nانضموا إلى منتدى IMRF الآن (مهم)."
    assert clean(text) == text


# --------------------------------------------------------------------------- real documents


def test_event_page_2022():
    text = cleaned(EVENT_2022)
    for gone in ("arrow-up icon", "Related news", "Contact information", "•", "\u00a0"):
        assert gone not in text
    assert text.startswith("10 February 2022\n\nBeirut time\n\nRegional Consultation\n\n")
    assert "\n- Online\n" in text
    assert "\n1. Provide stakeholders with an overview of the IMRF in 2022" in text
    assert "- Summary of the Stakeholders Inputs to the Regional Review and presentation of the results" in text
    assert text.endswith("ESCWA And IOM representatives delivered the final messages and their closing remarks.")


def test_event_page_2021():
    text = cleaned(EVENT_2021)
    for gone in ("Location", "Share", "Feedback", "arrow-up icon", "\u00a0"):
        assert gone not in lines_of(text), gone
    assert text.startswith("24-25 February 2021\nConference\n\nRegional Review Conference of the Global Compact")
    assert "The Conference aimed to: 1) Allow participants" in text


def test_report_2020_toc_removed_introduction_kept():
    text = cleaned(REPORT_2020)
    lines = lines_of(text)
    for gone in ("Contents", "Page", "Shared Prosperity Dignified Life", "Working Better Together"):
        assert gone not in lines, gone
    assert not any(re.search(r"\t|\s\d{1,2}$", line) for line in lines if len(line) < 60)
    assert lines.count("Introduction") == 1
    assert ("raised by participants.\n\nIntroduction\n\nThe Global Compact for Safe, Orderly and Regular "
            "Migration (GCM) endorsed by the United Nations General Assembly in December 2018") in text
    assert "I. Dialogue Session I on 27 October 2020\n\nA. Opening session\n\nMs. Mehrinaz Elawady" in text
    # footnote markers gone, footnotes kept after the paragraph they interrupted
    assert "landing page for the Arab region. She noted" in text
    assert "¹" not in text and "²" not in text
    assert ("recommends holding multi-stakeholders' consultations prior to each region's review meeting."
            in text)
    assert "\n\n[1] Arab States | United Nations Network on Migration\n\n" in text
    assert ("noted that in the period leading to the adoption of the GCM, the regional consultations were "
            "well-coordinated") in text
    assert "which involved Civil Society Organizations (CSOs), the Regional Conference" in text
    assert ("<https://" not in text and "are available at https://migrationnetwork.un.org/country-regional-"
            "network/arab-states and\nhttps://www.unescwa.org/events/") in text


def test_meeting_summary_2022():
    text = cleaned(SUMMARY_2022)
    assert "](#)" not in text and "**" not in text
    assert "Mr. William Gois, Regional Coordinator, Migrant Forum in Asia\n\n" in text
    assert "Field Migration Specialist for the MENA Region Solidarity Center" in text
    assert "- More details on the recommendations can be found here." in text
    assert "We have conducted research with EU on border management" in text
    assert "- Gaps and challenges reported include:" in text
    assert "the following guiding questions:" in text
    assert "route-based cross-regional programmes between Africa-MENA regions and different initiatives" in text
    # a heading and its byline stay apart
    assert "during the GCM regional review\n\nby Ms. Harsheth Virk" in text
    assert "- IMRF Calendar: HERE\n- Guidance for Country and Regional Networks: EN" in text


def test_concept_note_2024():
    text = cleaned(CONCEPT_2024)
    assert "<sup>" not in text and "<b>" not in text and "\\(" not in text
    assert "Wednesday, 3 July to Thursday, 4 July 2024" in text
    assert "The [Global" not in text
    assert text.count("# Second Regional Review Conference of the Global Compact") == 1
    assert "\n## G. Date, venue, and languages\n\nThe Second regional review conference will be organized" in text
    assert ("The Global Compact for Safe, Orderly and Regular Migration (GCM) is a non-legally binding, "
            "cooperative framework") in text
    assert "High-level Dialogue on International Migration and Development and the 2030 Agenda" in text
    assert "General Assembly on 19 December 2018 represented a paradigm shift" in text
    assert "\n[1] A/RES/73/195.\n" in text
    assert ("the private sector and employers' organizations, trade unions, national human rights "
            "institutions") in text
    assert "\n\n[6] A/RES/73/195, para. 45; A/RES/73/326, para. 9.\n\n" in text
    assert "(https://migrationnetwork.un.org/country-regional-network/arab-states)" in text
    assert "DAY 1: Wednesday, 3 July 2024\n09:30 - 10:00 | Registration\n10:00 - 10:45 | Opening Session" in text
    assert "\nDAY 2: Thursday, 4 July 2024\n09:00 - 09:30 | Registration\n" in text
    assert "- Progress Declaration of the International Migration Review Forum A/RES/76/266\n" in text


@pytest.mark.parametrize("path", sorted(DOCUMENTS.iterdir()), ids=lambda p: p.name)
def test_real_documents_keep_every_sentence(path):
    """Conservative: every line with content comes out, only re-spaced or re-joined."""
    raw = path.read_text(encoding="utf-8")
    text = cleaned(path)
    assert clean(text) == text  # idempotent
    flat = " ".join(text.split())
    for line in raw.splitlines():
        if len(line.split()) < 6 or re.search(r"\t\s*\d+\s*$", line):
            continue  # short lines (logos, boilerplate) and TOC entries
        alone = " ".join(clean(line).split())
        assert alone in flat, line
