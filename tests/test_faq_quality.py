"""How well the product groups a question log by need: the labelled logs (tests/faq_logs/),
sent through the bot's path and grouped by the product, scored against their labels.

The floors are the levels reached (``gcmbot bench faq`` prints the figures), less a
margin. The issue's targets (precision 0.90, recall 0.85, cross-language recall 0.85) are
met on the development log grouped at once, not on the held-out log: the README's
"Grouping questions by need" gives the figures of both logs and the confusions that remain.
"""
from __future__ import annotations

import pytest

from bot.review.grouping import group_new_questions
from bot.review.grouping_quality import LOG_FILES, load_log, LOGS_DIR, groups_of, measure, score
from tests.labelled_logs import answered

# (precision, recall, cross-language recall) the product must keep, grouped at once / as the questions arrive
# in 10 batches (grouped after each), about one question (0.02) below what is reached:
# log A 0.99 / 0.93 / 0.94 and 0.96 / 0.91 / 0.92; log B (held out) 0.92 / 0.73 / 0.74 and 0.91 / 0.73 / 0.74.
# (Before a term naming a meeting, an organisation or a kind of stakeholder weighed half, signals-10: A incremental
# 0.98 / 0.91 / 0.92, B incremental 0.90 / 0.71 / 0.72.)
# (Before the vector counted again under the kind of fact asked, signals-9: A 0.99 / 0.86 / 0.87 and 0.95 / 0.86 /
# 0.87, B 0.91 / 0.73 / 0.75 and 0.88 / 0.71 / 0.73; before a log grown by half was grouped again, in 10 batches:
# A 0.87 / 0.84 / 0.84, B 0.77 / 0.64 / 0.65.)
FLOORS = {
    "log_a.yaml": {"one": (0.97, 0.91, 0.91), "incremental": (0.94, 0.89, 0.90)},
    "log_b.yaml": {"one": (0.90, 0.71, 0.72), "incremental": (0.88, 0.69, 0.70)},
}


def test_the_labelled_logs_are_what_the_measure_needs():
    for name in LOG_FILES:
        items = load_log(LOGS_DIR / name)
        needs = {it.need for it in items}
        assert len(items) >= 300 and len(needs) >= 20, name
        for need in needs:
            assert {it.language for it in items if it.need == need} == {"ar", "en", "fr"}, (name, need)
        assert len({it.text for it in items}) < len(items), f"{name}: a real log has repeats"
    assert load_log(LOGS_DIR / LOG_FILES[0]) == load_log(LOGS_DIR / LOG_FILES[0]), "the arrival order is fixed"


def test_scores_count_pairs():
    # two needs: a (3 questions) and b (2); the grouping puts one b with the a's
    s = score(["a", "a", "a", "b", "b"], [1, 1, 1, 1, 2], ["en", "fr", "ar", "en", "fr"])
    assert s.precision == pytest.approx(3 / 6) and s.recall == pytest.approx(3 / 4)
    assert s.cross_language_recall == pytest.approx(3 / 4)
    assert s.largest_group == 4 and s.largest_need == 3 and s.top5_needs == ["a", "b"]
    perfect = score(["a", "a", "b"], [7, 7, 9], ["en", "ar", "fr"])
    assert perfect.precision == perfect.recall == perfect.ari == 1.0


# log C (the second development log) has no floor: it is far from the targets (see README)
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_grouping_by_need_keeps_its_floors(name, engine, tmp_path, settings):
    from bot.storage.store import Store

    items, answers = answered(name, engine)
    made = []

    def new_store():
        made.append(tmp_path / f"store{len(made)}.sqlite3")
        return Store(f"sqlite:///{made[-1]}", b"k" * 32)

    def group(store):
        group_new_questions(store.engine, engine.embedder, knowledge_dir=settings.knowledge_dir)

    one, incremental = measure(new_store, group, items, answers, batches=10)
    for label, got in (("one", one), ("incremental", incremental)):
        floor = FLOORS[name][label]
        reached = (got.precision, got.recall, got.cross_language_recall)
        assert all(r >= f for r, f in zip(reached, floor)), f"{name} {label}: {got.line()}\n" + "\n".join(got.confusions())
        assert got.largest_group <= got.largest_need, f"{name} {label}: {got.line()}"
        assert got.top5_distinct, f"{name} {label}: {got.line()}"


@pytest.mark.slow
def test_questions_asked_through_serve_are_logged_with_their_vector_and_grouped_by_need(indexed_env, tmp_path, engine, settings):
    """The bench's in-process path (engine, then the log with the engine's vector) is the bot's:
    36 questions of the development log asked through the real `gcmbot serve`, then grouped."""
    from collections import Counter

    from tests.botapi_server import BotAPIServer, ServeProcess, copy_index, new_user, open_store

    needs = ("accreditation", "regional-conference-date", "visa-travel", "contact", "imrf-frequency", "round-tables")
    chosen, seen = [], Counter()
    for it in load_log(LOGS_DIR / "log_a.yaml"):
        if it.need in needs and seen[(it.need, it.language)] < 2:
            chosen.append(it)
            seen[(it.need, it.language)] += 1
    data = copy_index(indexed_env, tmp_path / "data")
    server = BotAPIServer().start()
    proc = ServeProcess(server, dict(indexed_env, GCMBOT_DATA_DIR=data), tmp_path / "serve.log").start()
    try:
        users = [new_user() for _ in range(len(chosen) // 4 + 1)]
        for i, it in enumerate(chosen):
            server.send_text(users[i // 4], it.text, language_code=it.language)
            server.wait_for_sync("sendMessage", chat_id=users[i // 4], timeout=60)
    finally:
        code = proc.stop()
        server.close()
    assert code == 0, proc.log[-2000:]
    store = open_store(data)
    try:
        from sqlalchemy import select

        from bot.storage.schema import questions

        with store.engine.connect() as conn:
            logged = conn.execute(select(questions.c.id, questions.c.question, questions.c.embedding, questions.c.topic)
                                  .order_by(questions.c.id)).all()
        assert [r.question for r in logged] == [it.text for it in chosen]
        assert all(r.embedding for r in logged), "the bot logs each question's vector"
        same_topic = sum(r.topic == engine.answer(it.text).topic for r, it in zip(logged, chosen))
        assert same_topic >= 0.9 * len(chosen), "the in-process path answers as the bot does"
        group_new_questions(store.engine, engine.embedder, knowledge_dir=settings.knowledge_dir)
        got = score([it.need for it in chosen], groups_of(store, [r.id for r in logged]), [it.language for it in chosen])
        assert got.precision >= 0.9 and got.recall >= 0.6, got.line() + "\n" + "\n".join(got.confusions())
    finally:
        store.close()
