"""Formatting for Telegram (escaping, sources, right-to-left, 4096-character messages), the
per-user limit, the clock, log masking, the locale texts, and the tests' Bot API server."""
from __future__ import annotations

import html
import logging
import re
from datetime import datetime, timezone

import httpx
import pytest

from bot.answering.types import Answer, Source
from bot.messages import LANGUAGES, catalogue, t
from bot.telegram_channel.rate_limit import SlidingWindowLimiter
from bot.telegram_channel.formatting import (
    LRM,
    RLM,
    answer_html,
    bidi,
    documents_html,
    finish,
    format_answer,
    format_date,
    size,
    split_html,
    wait_text,
)
from tests.botapi_server import BotAPIServer, command_and_mention_entities

SOURCE = Source("imrf-modalities", "IMRF <modalities> & participation", "2. Participation > Accreditation",
                "2022-05-17", "https://www.un.org/imrf?a=1&b=2", "chunk", 0.8)


def answer(text: str, lang: str = "en", **kw) -> Answer:
    return Answer(question="q", language=lang, answered=True, answer=text, kind="passage", confidence=0.7,
                  sources=kw.pop("sources", [SOURCE]), **kw)


def balanced(fragment: str) -> bool:
    stack = []
    for closing, name in re.findall(r"<(/?)([a-z]+)[^>]*>", fragment):
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


# --------------------------------------------------------------------------- escaping and sources
def test_everything_not_ours_is_escaped():
    out = answer_html(answer("Use <b>this</b> & <script>alert(1)</script>"))
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;" in out
    assert "IMRF &lt;modalities&gt; &amp; participation" in out
    assert 'href="https://www.un.org/imrf?a=1&amp;b=2"' in out


@pytest.mark.parametrize("lang,date_text,link", [("en", "17 May 2022", "link"), ("fr", "17 mai 2022", "lien"),
                                                 ("ar", "17 أيار/مايو 2022", "الرابط")])
def test_sources_show_title_section_date_and_link(lang, date_text, link):
    text = html.unescape(re.sub(r"<[^>]+>", "", answer_html(answer("x", lang))))
    assert t("tg.sources_header", lang) in text
    assert "IMRF <modalities> & participation" in text and "Accreditation" in text
    assert date_text in text and link in text


def test_sources_deduplicated_and_limited():
    many = [Source(f"d{i % 5}", f"Doc {i % 5}", "S", "", "", "x", 0.5) for i in range(20)]
    out = answer_html(answer("x", sources=many))
    assert out.count("•") == 3


def test_unanswered_answers_list_no_sources():
    refusal = Answer("q", "en", False, "The documents do not say. Ask the secretariat.", "refusal", 0.1, [SOURCE])
    assert t("tg.sources_header", "en") not in answer_html(refusal)


def test_dates_in_each_language():
    assert format_date("2024-07-03", "en") == "3 July 2024"
    assert format_date("2024-07-01", "fr") == "1er juillet 2024"
    assert format_date("2024-07", "ar") == "تموز/يوليه 2024"
    assert format_date("2024", "fr") == "2024" and format_date("", "en") == "" and format_date("soon", "en") == "soon"


def test_wait_text_grammar():
    assert [wait_text(n, "ar") for n in (1, 2, 5, 30)] == ["ثانية واحدة", "ثانيتين", "5 ثوانٍ", "30 ثانية"]
    assert wait_text(1, "fr") == "1 seconde" and wait_text(12.4, "en") == "12 seconds"


# --------------------------------------------------------------------------- right to left
def test_arabic_lines_start_right_to_left_and_latin_punctuation_stays_put():
    text = "يُعقد المنتدى (IMRF) كل أربع سنوات. عُقد الأول في New York.\n2024 هو عام الاستعراض"
    out = bidi(text, "ar")
    lines = out.split("\n")
    assert all(line.startswith(RLM) for line in lines)
    assert f"(IMRF){RLM} كل" in out                 # ")" belongs to the Arabic sentence
    assert out.split("\n")[0].endswith(f"New York.{RLM}")
    assert bidi(text, "en") == text and bidi(text, "fr") == text


def test_latin_phrases_inside_arabic_are_not_broken():
    out = bidi("مذكرة: « The conference, from Wednesday, 3 July to 4 July 2024. »", "ar")
    assert "The conference, from Wednesday, 3 July" in out          # no marks inside the English
    assert f"2024.{LRM} »" in out                                   # the full stop stays with the quote


def test_bidi_never_touches_tags_or_links():
    out = bidi('<b>المصادر</b>\n• <a href="https://un.org/a.b?c=d.">Link.</a> نص', "ar")
    assert 'href="https://un.org/a.b?c=d."' in out
    assert balanced(out)


def test_arabic_answer_messages_start_with_rlm():
    [message] = format_answer(answer("الجواب هو IMRF.", "ar"))
    assert message.startswith(RLM) and all(line.startswith(RLM) for line in message.split("\n") if line)


# --------------------------------------------------------------------------- 4096 characters
def test_short_text_is_one_message():
    assert split_html("hello") == ["hello"] and split_html("  ") == []


def test_split_at_paragraphs_under_the_limit():
    paragraphs = [f"<b>Part {i}</b> " + "word " * 250 for i in range(12)]
    chunks = split_html("\n\n".join(paragraphs))
    assert len(chunks) > 1 and all(size(c) <= 4096 for c in chunks)
    assert all(balanced(c) for c in chunks)
    # whole paragraphs: each chunk starts with a paragraph's title
    assert all(c.startswith("<b>Part ") for c in chunks)
    assert sum(c.count("<b>Part") for c in chunks) == 12


def test_one_huge_tagged_paragraph_is_cut_with_tags_closed_and_reopened():
    text = '<a href="https://un.org/x">' + ("migration &amp; review " * 600) + "</a>"
    chunks = split_html(text, 1000)
    assert len(chunks) > 5 and all(size(c) <= 1000 for c in chunks)
    for c in chunks:
        assert balanced(c) and c.startswith('<a href="https://un.org/x">') and c.endswith("</a>")
        assert not re.search(r"&[a-z]*$", re.sub(r"</a>$", "", c))       # no entity cut in half


def test_a_word_longer_than_a_message():
    chunks = split_html("<i>" + "x" * 9000 + "</i>")
    assert [size(c) <= 4096 for c in chunks] == [True] * 3 and all(balanced(c) for c in chunks)


def test_long_arabic_answer_every_message_right_to_left_and_short_enough():
    long = "\n\n".join("هذه فقرة عن المنتدى الدولي لاستعراض الهجرة IMRF. " * 30 for _ in range(8))
    messages = finish(answer_html(answer(long, "ar")), "ar")
    assert len(messages) > 1
    assert all(m.startswith(RLM) and size(m) <= 4096 and balanced(m) for m in messages)


def test_emoji_count_double_toward_the_limit():
    chunks = split_html(("📚 " * 1500).strip(), 4096)
    assert len(chunks) == 2 and all(size(c) <= 4096 for c in chunks)


def test_documents_list():
    docs = [{"id": "a", "title": "Old", "titles": {"fr": "Ancien"}, "date": "2020-10-27", "url": ""},
            {"id": "b", "title": "New <1>", "titles": {}, "date": "2024-07-03", "url": "https://x.org"}]
    out = documents_html(docs, "fr")
    assert out.index("New &lt;1&gt;") < out.index("Ancien") and "3 juillet 2024" in out
    assert documents_html([], "ar") == html.escape(t("tg.documents_empty", "ar"))


# --------------------------------------------------------------------------- locale texts
def test_every_telegram_text_exists_in_three_languages():
    keys = [k for k in catalogue() if k.startswith("tg.")]
    assert len(keys) >= 25
    for key in keys:
        texts = catalogue()[key]
        assert all(texts[lang].strip() for lang in LANGUAGES), key
        assert re.search(r"[\u0600-\u06FF]", texts["ar"]), f"{key}: Arabic text expected"
        for lang in LANGUAGES:
            assert key == "tg.explain_chat" or balanced(texts[lang]), (key, lang)   # explain_chat: terminal text
            assert set(re.findall(r"{(\w+)}", texts[lang])) == set(re.findall(r"{(\w+)}", texts["en"])), (key, lang)


def test_french_typography():
    for key, texts in catalogue().items():
        if key.startswith("tg."):
            assert not re.search(r"\w [:;?!»]", texts["fr"]), f"{key}: non-breaking space expected in French"
            assert "« " not in texts["fr"]


# --------------------------------------------------------------------------- per-user limit
def test_sliding_window_limit():
    now = [0.0]
    limiter = SlidingWindowLimiter(3, 60, clock=lambda: now[0])
    assert [limiter.hit("u") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.hit("u") == pytest.approx(60.0)
    assert limiter.allow("other")
    now[0] = 30.0
    assert limiter.hit("u") == pytest.approx(30.0)           # refused attempts do not count
    now[0] = 60.0                                             # the three of t=0 have left the window
    assert limiter.hit("u") == 0.0 and limiter.remaining("u") == 2
    now[0] = 121.0
    assert limiter.remaining("u") == 3


# --------------------------------------------------------------------------- clock, secrets
def test_fake_now_clock(monkeypatch):
    from bot.settings import Settings
    from bot.telegram_channel.app import make_clock

    monkeypatch.setenv("GCMBOT_FAKE_NOW", "2026-05-01T09:00:00")
    now = make_clock(Settings())()
    assert now.tzinfo is not None and abs((now - datetime(2026, 5, 1, 9, tzinfo=timezone.utc)).total_seconds()) < 5
    monkeypatch.setenv("GCMBOT_FAKE_NOW", "yesterday")
    with pytest.raises(ValueError, match="GCMBOT_FAKE_NOW"):
        make_clock(Settings())


def test_token_masked_in_every_log_record(caplog):
    from bot.telegram_channel.app import mask_secrets_in_logs

    token = "987654:AAFakeSecretPartOfTheToken"
    mask_secrets_in_logs(token)
    log = logging.getLogger("telegram.ext.test")
    with caplog.at_level(logging.INFO):
        log.info("POST https://api.telegram.org/bot%s/getMe", token)
        try:
            raise RuntimeError(f"connect failed for https://api.telegram.org/bot{token}/getUpdates")
        except RuntimeError:
            log.exception("polling failed")
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert token not in text and "AAFakeSecretPartOfTheToken" not in text and "***" in text
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


# --------------------------------------------------------------------------- the tests' Bot API server
def test_entities_for_commands_and_mentions():
    assert command_and_mention_entities("/ask@gcm_helpdesk_bot hi") == [{"type": "bot_command", "offset": 0, "length": 21}]
    [m] = command_and_mention_entities("📚 hi @gcm_helpdesk_bot")
    assert m["offset"] == 6 and m["length"] == 17                # UTF-16 offsets, as Telegram counts


def test_get_updates_offset_semantics_like_telegram():
    with BotAPIServer(token="1:T") as server:
        url = server.base_url + "1:T"
        ids = [server.send_text(5, f"m{i}")["update_id"] for i in range(4)]
        get = lambda **p: httpx.post(f"{url}/getUpdates", data={k: str(v) for k, v in p.items()}, timeout=5).json()
        assert [u["update_id"] for u in get()["result"]] == ids                 # nothing confirmed yet
        assert [u["update_id"] for u in get(offset=ids[2])["result"]] == ids[2:]  # earlier ones confirmed ...
        assert [u["update_id"] for u in get()["result"]] == ids[2:]             # ... and forgotten
        assert [u["update_id"] for u in get(limit=1)["result"]] == ids[2:3]
        assert [u["update_id"] for u in get(offset=-1)["result"]] == ids[3:]
        assert get(offset=ids[3] + 1, timeout=0)["result"] == []
        assert httpx.post(server.base_url + "bad/getMe").status_code == 401


def test_long_poll_wakes_up_on_a_new_update_and_server_restarts_on_the_same_port():
    import threading

    with BotAPIServer(token="1:T") as server:
        url, port = server.base_url + "1:T", server.port
        threading.Timer(0.3, lambda: server.send_text(5, "late")).start()
        result = httpx.post(f"{url}/getUpdates", data={"timeout": "10"}, timeout=15).json()["result"]
        assert [u["message"]["text"] for u in result] == ["late"]
        server.stop()
        with pytest.raises(httpx.TransportError):
            httpx.post(f"{url}/getMe", timeout=2)
        server.start()
        assert server.port == port and httpx.post(f"{url}/getMe").json()["result"]["is_bot"]
        assert [u["message"]["text"] for u in httpx.post(f"{url}/getUpdates").json()["result"]] == ["late"]


def test_blocked_chat_and_recorded_calls():
    with BotAPIServer(token="1:T") as server:
        url = server.base_url + "1:T"
        server.block(66)
        blocked = httpx.post(f"{url}/sendMessage", data={"chat_id": "66", "text": "hi"})
        assert blocked.status_code == 403 and "blocked by the user" in blocked.json()["description"]
        ok = httpx.post(f"{url}/sendMessage", data={"chat_id": "67", "text": "123",
                                                    "reply_markup": '{"inline_keyboard": [[{"text": "a", "callback_data": "x"}]]}'})
        assert ok.json()["result"]["message_id"] == 1
        call = server.wait_for_sync("sendMessage", chat_id=67)
        assert call.text == "123" and call.buttons == [{"text": "a", "callback_data": "x"}]
        doc = httpx.post(f"{url}/sendDocument", data={"chat_id": "67"}, files={"document": ("d.ics", b"BEGIN:VCALENDAR", "text/calendar")})
        assert doc.json()["result"]["document"]["file_name"] == "d.ics"
        assert server.wait_for_sync("sendDocument").files["document"]["data"] == b"BEGIN:VCALENDAR"
