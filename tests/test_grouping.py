"""Grouping logged questions across languages, with the real multilingual embedder."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from sqlalchemy import delete, func, insert, select

from bot.review.grouping import average_linkage, group_new_questions, normalise, to_bytes
from bot.storage.schema import question_groups, questions

# Questions the tests write: five topics, each asked in Arabic, English and French.
TOPICS = {
    "coordinator": {
        "en": ["Who coordinates the United Nations Network on Migration?", "which agency coordinates the UN migration network"],
        "fr": ["Qui coordonne le Réseau des Nations Unies sur les migrations ?", "quelle agence coordonne le réseau onu sur les migrations"],
        "ar": ["من ينسق شبكة الأمم المتحدة المعنية بالهجرة؟", "ما هي الوكالة التي تنسق شبكة الأمم المتحدة للهجرة"],
    },
    "visa": {
        "en": ["Can the UN help me get a visa to travel to the forum in New York?", "how do I get a US visa to attend the forum"],
        "fr": ["L'ONU peut-elle m'aider à obtenir un visa pour aller au forum à New York ?", "comment obtenir un visa américain pour assister au forum"],
        "ar": ["هل يمكن للأمم المتحدة مساعدتي في الحصول على تأشيرة للسفر إلى المنتدى في نيويورك؟", "كيف أحصل على تأشيرة أمريكية لحضور المنتدى"],
    },
    "online": {
        "en": ["Can we follow the meeting online?", "is there a zoom link to attend remotely"],
        "fr": ["Peut-on suivre la réunion en ligne ?", "y a-t-il un lien zoom pour suivre à distance"],
        "ar": ["هل يمكننا متابعة الاجتماع عبر الإنترنت؟", "هل يوجد رابط زوم للحضور عن بعد"],
    },
    "email": {
        "en": ["To which email address should we send our report for the regional review?", "what is the email to submit stakeholder contributions"],
        "fr": ["À quelle adresse électronique envoyer notre rapport pour l'examen régional ?", "quel est l'email pour soumettre les contributions"],
        "ar": ["إلى أي عنوان بريد إلكتروني نرسل تقريرنا للاستعراض الإقليمي؟", "ما هو البريد الإلكتروني لإرسال المساهمات"],
    },
    "round_tables": {
        "en": ["Which GCM objectives are covered by the round tables at the IMRF?", "what objectives does round table one discuss"],
        "fr": ["Quels objectifs du Pacte sont couverts par les tables rondes du FEMI ?", "quels objectifs la table ronde un examine-t-elle"],
        "ar": ["ما هي أهداف الاتفاق العالمي التي تغطيها الموائد المستديرة في المنتدى؟", "ما هي الأهداف التي تناقشها المائدة المستديرة الأولى"],
    },
}
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.texts: list[str] = []

    def queries(self, texts):
        self.texts += list(texts)
        return self.inner.queries(texts)


@pytest.fixture(scope="module")
def real_embedder():
    from bot.settings import Settings
    from ingest.embedders import get_embedder

    return get_embedder(Settings())


@pytest.fixture
def store(tmp_path):
    from bot.settings import Settings
    from bot.storage.store import Store

    s = Store.from_settings(Settings(data_dir=tmp_path))
    yield s
    s.close()


def log(engine, items, start=NOW, user="u1") -> dict[int, str]:
    """Insert (topic, lang, text) items as logged questions; {id: topic}."""
    out = {}
    with engine.begin() as conn:
        for i, (topic, lang, text) in enumerate(items):
            rid = conn.execute(insert(questions).values(
                asked_at=start + timedelta(minutes=i), user_key=f"{user:0>64}", chat_type="private", channel="telegram",
                language=lang, question=text, answer="", kind="refusal", answered=False, confidence=0.1,
                topic="", sources=[], latency_ms=10.0, feedback=0,
            )).inserted_primary_key[0]
            out[rid] = topic
    return out


def items_of(which: int | None = None):
    return [(topic, lang, qs[k]) for topic, by in TOPICS.items() for lang, qs in by.items()
            for k in range(len(qs)) if which is None or k == which]


def assignments(engine) -> dict[int, int]:
    with engine.connect() as conn:
        return dict(conn.execute(select(questions.c.id, questions.c.group_id)).all())


def check_partition(topics: dict[int, str], groups: dict[int, int]) -> None:
    by_topic: dict[str, set] = {}
    for rid, topic in topics.items():
        by_topic.setdefault(topic, set()).add(groups[rid])
    for topic, gids in by_topic.items():
        assert len(gids) == 1, f"{topic} questions fell into {len(gids)} groups"
    owners = {next(iter(g)): t for t, g in by_topic.items()}
    assert len(owners) == len(by_topic), f"different topics share a group: {by_topic}"


def test_same_topic_in_three_languages_is_one_group_and_topics_stay_apart(store, real_embedder):
    topics = log(store.engine, items_of())
    report = group_new_questions(store.engine, real_embedder)
    assert report.questions == len(topics) == 30
    check_partition(topics, assignments(store.engine))
    assert report.groups == len(TOPICS)


def test_groups_are_stable_as_questions_arrive(store, real_embedder):
    late = [it for it in items_of(1) if it[1] == "ar"]
    first = log(store.engine, [it for it in items_of() if it not in late])
    group_new_questions(store.engine, real_embedder)
    before = assignments(store.engine)
    with store.engine.connect() as conn:
        groups_before = dict(conn.execute(select(question_groups.c.id, question_groups.c.created_at)).all())
    second = log(store.engine, late, start=NOW + timedelta(days=1))
    report = group_new_questions(store.engine, real_embedder)
    after = assignments(store.engine)
    assert {rid: after[rid] for rid in first} == before          # nobody moved
    assert report.new_groups == 0 and report.joined_existing == len(second)
    # each new (Arabic) question joined the group of the Arabic question of its topic
    with store.engine.connect() as conn:
        lang_of = dict(conn.execute(select(questions.c.id, questions.c.language)).all())
    for rid, topic in second.items():
        peers = {after[r] for r, t in first.items() if t == topic and lang_of[r] == "ar"}
        assert after[rid] in peers, topic
    with store.engine.connect() as conn:
        assert set(groups_before) == set(conn.execute(select(question_groups.c.id)).scalars())
    # a run with nothing new changes nothing
    again = group_new_questions(store.engine, real_embedder)
    assert again.questions == 0 and assignments(store.engine) == after


def test_embeddings_are_computed_once_and_shared_by_identical_texts(store, real_embedder):
    counting = CountingEmbedder(real_embedder)
    text = "Who coordinates the United Nations Network on Migration?"
    log(store.engine, [("c", "en", text), ("c", "en", "  who coordinates the united nations network on migration "),
                       ("c", "en", text + "??")])
    group_new_questions(store.engine, counting)
    reference = len(counting.texts)          # the reference set of the shared space, then one text
    assert counting.texts[-1] == normalise(text)
    log(store.engine, [("c", "en", text)])
    group_new_questions(store.engine, counting)
    assert len(counting.texts) == reference, "a text already embedded was embedded again"
    with store.engine.connect() as conn:
        blobs = conn.execute(select(questions.c.embedding)).scalars().all()
    assert len(blobs) == 4 and all(b == blobs[0] for b in blobs)
    assert len(np.frombuffer(blobs[0], dtype=np.float32)) == 384


def test_a_vector_logged_by_the_bot_is_used_as_is(store, real_embedder):
    counting = CountingEmbedder(real_embedder)
    group_new_questions(store.engine, counting)     # measures the space
    n = len(counting.texts)
    vec = real_embedder.queries(["Is there a zoom link?"])[0]
    ids = log(store.engine, [("z", "en", "Is there a zoom link?")])
    with store.engine.begin() as conn:
        conn.execute(questions.update().values(embedding=to_bytes(vec)))
    group_new_questions(store.engine, counting)
    assert len(counting.texts) == n and assignments(store.engine)[next(iter(ids))] is not None


def test_deleted_questions_leave_their_groups(store, real_embedder):
    topics = log(store.engine, items_of(0), user="keep")
    gone = log(store.engine, [("visa", "en", "Where do I apply for a visa for New York?")], user="gone")
    group_new_questions(store.engine, real_embedder)
    groups = assignments(store.engine)
    visa_group = groups[next(iter(gone))]
    # /forget of the only user of some questions, then retention of everything in the "online" topic
    store.forget_user("gone".rjust(64, "0"))
    online = [rid for rid, t in topics.items() if t == "online"]
    with store.engine.begin() as conn:
        conn.execute(delete(questions).where(questions.c.id.in_(online)))
    report = group_new_questions(store.engine, real_embedder)
    assert report.removed_groups == 1                     # the online group has no member left
    with store.engine.connect() as conn:
        size = conn.execute(select(question_groups.c.size).where(question_groups.c.id == visa_group)).scalar_one()
        live = conn.execute(select(func.count()).where(questions.c.group_id == visa_group)).scalar_one()
        labels = conn.execute(select(question_groups.c.label)).scalars().all()
    assert size == live == 3
    assert all("Where do I apply" not in label for label in labels)


def test_average_linkage_needs_no_number_of_groups():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(4, 16))
    X = np.concatenate([c + rng.normal(scale=0.15, size=(6, 16)) for c in centres])
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    labels = average_linkage(X, np.ones(len(X)), threshold=0.6)
    assert len(set(labels)) == 4
    assert all(len(set(labels[i * 6:(i + 1) * 6])) == 1 for i in range(4))
    assert len(set(average_linkage(X, np.ones(len(X)), threshold=1.01))) == len(X)
