"""Issue 10, batch 23 of held-out documents: what their misses showed any document or message of their kind would hit,
tested on documents written for these tests -- a chat channel's exported messages (their stamps are when each was
posted, the channel is the document's name, a later message extends a deadline), the Maghreb's month names, a date
given "instead of" another, a reply answering the questions it quotes, a body named in Arabic before its country."""
from __future__ import annotations

from ingest.pipeline import prepare
from ingest.loaders import load, sent_heading
from bot.answering.passages import answers_before
from bot.text.sentences import split_sentences
from tests.test_heldout import engine_with

CHANNEL = """Telegram — export of the channel's messages
القناة: شبكة روافد | لقاء وجدة 2040 📢 (@rawafid_oujda)
تاريخ التصدير: 22/01/2040 20:00

[05/12/2039 10:00] شبكة روافد | لقاء وجدة 2040
📢 تعلن شبكة روافد عن تنظيم لقاء المجتمع المدني حول الاتفاق العالمي للهجرة يوم الخميس 20 فبراير 2040 في دار الشباب بوجدة.

[09/12/2039 18:00] شبكة روافد | لقاء وجدة 2040
✅ التسجيل مفتوح: https://www.example.org/rawafid/oujda2040
⏳ آخر أجل للتسجيل: الجمعة 10 يناير 2040 على الساعة 23:59.
📧 رسائل التأكيد قبل 24 يناير 2040.

[16/12/2039 09:30] شبكة روافد | لقاء وجدة 2040
🍽️ الغداء على حساب الشبكة، والمشاركة مجانية.

[08/01/2040 12:00] شبكة روافد | لقاء وجدة 2040
📣 تمديد آخر أجل التسجيل: قررنا نمددو التسجيل حتى الجمعة 17 يناير 2040، ورسائل التأكيد غادي توصل قبل 31 يناير 2040 (عوض 24 يناير).
"""


def test_a_chats_messages_are_sections_named_by_when_they_were_posted(tmp_path):
    path = tmp_path / "2040-01-22_oujda-rawafid-channel-ar.txt"
    path.write_text(CHANNEL, encoding="utf-8")
    doc = load(path)
    heads = [line[3:] for line in doc.text.split("\n") if line.startswith("## ")]
    assert doc.title == "شبكة روافد | لقاء وجدة 2040", doc.title
    assert heads[0] == "رسالة من شبكة روافد – لقاء وجدة 2040 (أُرسلت في 5 ديسمبر 2039 10:00)", heads
    assert len(heads) == 4 and all(sent_heading(h) for h in heads), heads
    assert "[05/12/2039" not in doc.text
    french = tmp_path / "2040-01-22_oujda-canal-fr.txt"
    french.write_text("Canal : Réseau Rawafid – Rencontre d'Oujda 2040\n\n" + "".join(
        f"[0{d}/12/2039 10:00] Réseau Rawafid\nLe message du {d} décembre.\n\n" for d in (5, 6, 7)), encoding="utf-8")
    heads = [line[3:] for line in load(french).text.split("\n") if line.startswith("## ")]
    assert heads[0] == "Message de Réseau Rawafid (envoyé le 5 décembre 2039 10:00)", heads


def test_a_chats_stamps_are_publications_and_its_dates_events(tmp_path):
    """The day each message was posted and the export's day are publications, no meeting; the Maghreb's "دجنبر" and
    a confirmation date given instead of another are read as such."""
    path = tmp_path / "2040-01-22_oujda-rawafid-channel-ar.txt"
    path.write_text(CHANNEL.replace("الجمعة 10 يناير 2040", "الجمعة 10 جانفي 2040")
                    .replace("الخميس 20 فبراير 2040", "الخميس 20 فيفري 2040"), encoding="utf-8")
    by_day, events = {}, prepare(path, {}, []).events
    for e in events:
        by_day.setdefault(str(e.start), set()).add(e.kind)
    assert by_day.get("2039-12-05") == {"publication"}, by_day
    assert by_day.get("2040-01-22") == {"publication"}, by_day
    assert "event" in by_day.get("2040-02-20", set()), by_day
    # the first deadline, "الجمعة 10 جانفي", is read -- and, extended to 17 January by a later message, is not listed:
    # the extension names it (11d185e)
    assert by_day.get("2040-01-17") and "2040-01-10" not in by_day, by_day
    assert any("2040-01-10" in note for e in events if str(e.start) == "2040-01-17" for note in e.notes), events
    assert "2040-01-24" in by_day and "event" not in by_day["2040-01-24"], by_day
    moroccan = tmp_path / "2039-12-01_moroccan-note-ar.txt"
    moroccan.write_text("مذكرة\n\nآخر أجل للتسجيل: الخميس 15 دجنبر 2039 على الساعة 23:59.\n", encoding="utf-8")
    assert "2039-12-15" in {str(e.start) for e in prepare(moroccan, {}, []).events}


def test_a_later_message_holds_when_a_change_is_asked_of(index_dir, tmp_path):
    """"closes 10 jan right?? or did they change it" is answered by the day it was extended to, in the asker's
    language; the lunch and the fee by the message that gives them."""
    _, engine = engine_with(tmp_path / "2040-01-22_oujda-rawafid-channel-ar.txt", CHANNEL, index_dir)
    a = engine.answer("oujda rawafid meeting registration closes 10 jan right?? or did they change it")
    assert a.answered and "17 يناير" in a.answer, a.answer
    assert "10 يناير" not in a.answer or a.answer.index("17 يناير") < a.answer.index("10 يناير"), a.answer
    a = engine.answer("لقاء وجدة تبع شبكة روافد، في رسوم ولا ببلاش؟")
    assert a.answered and "مجانية" in a.answer, a.answer


REPLY = """Objet : RE: Atelier de Goma – vos questions

Bonjour Jeanne,

Merci pour vos questions ; réponses dans le texte.

> 1. Pouvons-nous venir à trois ?
Non, une seule personne par organisation, sauf pour les organisations de jeunes, qui peuvent envoyer une deuxième personne de moins de 25 ans.

> 2. Y a-t-il une interprétation en swahili ?
Oui, en plénière seulement.

Bien à vous,
Paul Kabila, Réseau des Grands Lacs

-----Message d'origine-----
De : Jeanne Bahati <j.bahati@umoja.example>
Date : lundi 9 janvier 2040 11:20
Objet : Atelier de Goma – vos questions

Bonjour Paul,

Quelques questions avant de remplir le formulaire :
1. Pouvons-nous venir à trois ? Notre point focal jeunesse, jeune rapatriée de Bukavu, souhaiterait m'accompagner avec notre trésorier.
2. Y a-t-il une interprétation en swahili ? Plusieurs de nos membres suivent mal les débats en français.

Jeanne Bahati, Association Umoja, Goma
"""


def test_a_reply_answers_the_questions_it_quotes():
    sents = split_sentences("> 1. Pouvons-nous venir à trois ?\nNon, une seule personne par organisation.")
    assert sents[0] == "> 1. Pouvons-nous venir à trois ?", sents
    assert answers_before(sents[1], sents[0])
    assert not answers_before("Notre point focal jeunesse souhaiterait venir.", "1. Pouvons-nous venir à trois ?")


def test_a_quoted_question_is_answered_by_the_reply_under_it(index_dir, tmp_path):
    _, engine = engine_with(tmp_path / "2040-01-12_goma-atelier-reponses-fr.txt", REPLY, index_dir)
    a = engine.answer("atelier de goma, on peut venir a 2 de la meme asso ? mon collegue est jeune")
    assert a.answered and "25 ans" in a.answer, a.answer
    assert "> " not in a.answer and "trésorier" not in a.answer, a.answer


def test_a_body_named_in_arabic_before_its_country_is_where_it_is():
    """"شبكة الأمم المتحدة للهجرة ببوروندي" is the network in Burundi, not a place the date asked is narrowed to; "من
    بوروندي" still is where participants come from."""
    from bot.text.language import normalize
    from bot.text.places import origins_asked
    said = origins_asked(None, normalize("شبكة الأمم المتحدة للهجرة ببوروندي قالت لإمتى منقدر نبعت المساهمات المكتوبة؟"), set())
    assert said == [], said
    assert origins_asked(None, normalize("كم مشارك من بوروندي؟"), set()), "a count from Burundi"


NOTE = """REGIONAL NETWORK ON MIGRATION FOR THE LAKES REGION
Secretariat, Lakeside House, Kisumu, Kenya
Ref.: RNM-LR/KSM40/INF/02 Rev.1
Kisumu, 9 January 2040

# Accessibility note for participants – Kisumu stakeholder consultation, 4–5 March 2040

## 1. The meeting

The consultation will take place on Wednesday, 4 and Thursday, 5 March 2040 at the Dunga Hall, Lakeside House, Kisumu.
This Rev.1 replaces the note of 2 January 2040. As of 8 January 2040, the Secretariat had received 12 requests for
reasonable accommodation.

## 2. On site

A quiet room, the Turkana Room on the ground floor, is open from 08:30 to 17:30 on both days.
Accessible toilets are on the ground floor next to the lifts.
"""


def test_a_datelines_reference_above_makes_its_day_the_issue(tmp_path):
    """The dateline under the note's reference line is the day it was issued, and the note it replaces was issued on
    its day; the day a count is given at is no event; the meeting's days are."""
    path = tmp_path / "2040-01-09_kisumu-accessibility-note.md"
    path.write_text(NOTE, encoding="utf-8")
    by_day = {}
    for e in prepare(path, {}, []).events:
        by_day.setdefault(str(e.start), set()).add(e.kind)
    assert by_day.get("2040-01-09") == {"publication"}, by_day
    assert by_day.get("2040-01-02") == {"publication"}, by_day
    assert "2040-01-08" not in by_day, by_day
    assert "event" in by_day.get("2040-03-04", set()), by_day


def test_a_meetings_accessibility_is_asked_in_other_words_and_languages(index_dir, tmp_path):
    _, engine = engine_with(tmp_path / "2040-01-09_kisumu-accessibility-note.md", NOTE, index_dir)
    a = engine.answer("consultation de kisumu en mars : il y a une salle calme ? c'est ou")
    assert a.answered and "Turkana" in a.answer, a.answer


ANNOUNCEMENT = """📢 Announcement | Kisumu youth dialogue on the Global Compact for Migration

The Lakes Youth Network is pleased to invite youth-led organisations to the youth dialogue on Saturday, 14 March 2040.
📍 Dunga Youth House, Lakeside Road, Kisumu
🔗 Register: https://www.example.org/lyn/kisumu2040
Travel support is offered to ten participants from outside Kisumu.
"""


def test_when_and_where_asked_together_are_answered_by_the_days_and_the_venues_line(index_dir, tmp_path):
    """The venue a line of its own gives beside the days ("📍 Dunga Youth House, ..."), quoted with them."""
    _, engine = engine_with(tmp_path / "2040-02-01_kisumu-youth-dialogue-announcement.txt", ANNOUNCEMENT, index_dir)
    a = engine.answer("kisumu youth dialogue - what are the dates and where exactly is it held?")
    assert a.answered and "14 March" in a.answer and "Dunga Youth House" in a.answer, a.answer


def test_a_venues_own_line_answers_where(index_dir, tmp_path):
    """A line opening with a building's name, marked by a pin and no sentence, is where the meeting is held."""
    _, engine = engine_with(tmp_path / "2040-02-01_kisumu-youth-dialogue-announcement.txt", ANNOUNCEMENT, index_dir)
    a = engine.answer("where is the kisumu youth dialogue")
    assert a.answered and "Dunga Youth House" in a.answer, a.answer
    a = engine.answer("وين حوار الشباب في كيسومو؟")
    assert a.answered and "Dunga Youth House" in a.answer, a.answer
