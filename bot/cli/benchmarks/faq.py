"""``gcmbot bench faq``: how well the log is grouped by need, grouping 10,000 logged
questions, and the dashboard's server time.

**Quality** (what the secretariat sees): the labelled logs ``tests/faq_logs/log_a.yaml``
(development), ``log_b.yaml`` (held out, never tuned on) and ``log_c.yaml`` (a second
development log, written later with other wording and more close needs) — questions written as
people type them, each labelled with its need — are answered by the engine, logged
with the vector the engine computed (the Telegram channel's path, in process), grouped
by the product at once and again as they arrive in ten batches (grouped after each), and scored: pair
precision and recall, adjusted Rand, cross-language recall, the largest group against
the largest need, whether the five largest groups are five needs, and the remaining
confusions. (Grouping by the question's vector alone, before this, scored precision
0.40 / recall 0.37 on the development log.) Needs the index (``gcmbot ingest``).

**Speed**: it writes generated questions in three languages (12 topics, 9 phrasings
each, with greetings, thanks, case, punctuation and typos varied) into a temporary
store and prints:

- ``embed``: embedding every distinct normalised text (what grouping costs when
  no vector was stored with the question);
- ``group (cold)``: a grouping run that embeds them itself: the full cost;
- ``group (vectors logged)``: a grouping run when the bot stored each
  question's vector as it answered (``Store.log_question(embedding=...)``; the
  bot embeds the question anyway to retrieve passages, ~12 ms of its answer);
- ``group (+N new)``: the next incremental run;
- each dashboard page's server time (median of 5, after one warm-up), with the
  questions logged.
"""
from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HELP = "grouping quality on the labelled logs, grouping 10,000 logged questions, the dashboard pages' server time"

#: topic -> language -> phrasings; (kind, answered, confidence, topic, document) of the bot's answer
INTENTS = {
 "accreditation": {
  "en": ["How can my organisation get accredited to the IMRF?", "What is the procedure to apply for accreditation to the International Migration Review Forum?", "do we need accreditation to attend the migration review forum"],
  "fr": ["Comment mon organisation peut-elle obtenir une accréditation pour le FEMI ?", "Quelle est la procédure pour demander l'accréditation au Forum d'examen des migrations internationales ?", "faut-il une accréditation pour participer au forum d'examen des migrations"],
  "ar": ["كيف يمكن لمنظمتي الحصول على اعتماد للمشاركة في المنتدى الدولي لاستعراض الهجرة؟", "ما هي إجراءات طلب الاعتماد في المنتدى الدولي لاستعراض الهجرة؟", "هل نحتاج إلى اعتماد لحضور منتدى استعراض الهجرة"],
 },
 "conference_date": {
  "en": ["When is the second regional review conference of the GCM in the Arab region?", "What are the dates of the 2024 Arab regional review of the Global Compact?", "when does the second arab regional review conference take place"],
  "fr": ["Quand a lieu la deuxième conférence d'examen régional du Pacte mondial dans la région arabe ?", "Quelles sont les dates de l'examen régional arabe de 2024 du Pacte mondial ?", "c'est quand la deuxième conférence régionale d'examen pour les pays arabes"],
  "ar": ["متى يُعقد المؤتمر الإقليمي الثاني لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية؟", "ما هي مواعيد الاستعراض الإقليمي العربي للاتفاق العالمي لعام 2024؟", "متى سيعقد مؤتمر الاستعراض الإقليمي العربي الثاني"],
 },
 "report_email": {
  "en": ["To which email address should stakeholders send their reports for the regional review?", "Where do we email our contribution to the Arab regional GCM review?", "what is the email to submit stakeholder input for the review"],
  "fr": ["À quelle adresse électronique les parties prenantes doivent-elles envoyer leurs rapports pour l'examen régional ?", "Où envoyer par courriel notre contribution à l'examen régional arabe du Pacte ?", "quel est l'email pour soumettre les contributions des parties prenantes"],
  "ar": ["ما هو عنوان البريد الإلكتروني الذي يرسل إليه أصحاب المصلحة تقاريرهم للاستعراض الإقليمي؟", "إلى أي بريد إلكتروني نرسل مساهمتنا في الاستعراض الإقليمي العربي؟", "ما هو الايميل لإرسال مساهمات أصحاب المصلحة"],
 },
 "imrf_frequency": {
  "en": ["How often does the International Migration Review Forum take place?", "Is the IMRF held every four years?", "how frequently is the migration review forum organised"],
  "fr": ["À quelle fréquence le Forum d'examen des migrations internationales a-t-il lieu ?", "Le FEMI se tient-il tous les quatre ans ?", "tous les combien se réunit le forum d'examen des migrations"],
  "ar": ["كم مرة يُعقد المنتدى الدولي لاستعراض الهجرة؟", "هل يعقد المنتدى الدولي لاستعراض الهجرة كل أربع سنوات؟", "ما هي دورية انعقاد منتدى استعراض الهجرة"],
 },
 "coordinator": {
  "en": ["Who coordinates the United Nations Network on Migration?", "Which agency is the coordinator and secretariat of the UN Migration Network?", "who is in charge of coordinating the UN network on migration"],
  "fr": ["Qui coordonne le Réseau des Nations Unies sur les migrations ?", "Quelle agence assure la coordination et le secrétariat du Réseau des Nations Unies sur les migrations ?", "qui est le coordinateur du réseau onu sur les migrations"],
  "ar": ["من ينسق شبكة الأمم المتحدة المعنية بالهجرة؟", "ما هي الوكالة التي تتولى التنسيق والأمانة لشبكة الأمم المتحدة للهجرة؟", "من هي الجهة المنسقة لشبكة الأمم المتحدة المعنية بالهجرة"],
 },
 "online": {
  "en": ["Can we participate in the meeting online?", "Is it possible to join the conference virtually?", "is there a zoom link to attend remotely"],
  "fr": ["Peut-on participer à la réunion en ligne ?", "Est-il possible de rejoindre la conférence à distance ?", "y a-t-il un lien zoom pour suivre à distance"],
  "ar": ["هل يمكننا المشاركة في الاجتماع عبر الإنترنت؟", "هل من الممكن حضور المؤتمر افتراضيا؟", "هل يوجد رابط زوم للحضور عن بعد"],
 },
 "visa": {
  "en": ["Does the UN help with visas to travel to the forum?", "Can I get a visa support letter for the IMRF in New York?", "how do I get a US visa to attend the forum"],
  "fr": ["L'ONU aide-t-elle pour les visas pour se rendre au forum ?", "Puis-je obtenir une lettre d'appui pour mon visa pour le FEMI à New York ?", "comment obtenir un visa américain pour assister au forum"],
  "ar": ["هل تساعد الأمم المتحدة في الحصول على التأشيرات للسفر إلى المنتدى؟", "هل يمكنني الحصول على رسالة دعم للتأشيرة لحضور المنتدى في نيويورك؟", "كيف أحصل على تأشيرة أمريكية لحضور المنتدى"],
 },
 "voluntary_reviews": {
  "en": ["Which Arab States submitted voluntary GCM review reports?", "Which countries in the region have done a voluntary national review of the Global Compact?", "list of arab countries with voluntary gcm reviews"],
  "fr": ["Quels États arabes ont soumis des rapports d'examen volontaire du Pacte mondial ?", "Quels pays de la région ont réalisé un examen national volontaire du Pacte ?", "liste des pays arabes ayant fait un examen volontaire du pacte"],
  "ar": ["ما هي الدول العربية التي قدمت تقارير الاستعراض الطوعي للاتفاق العالمي؟", "ما هي دول المنطقة التي أجرت استعراضا وطنيا طوعيا للاتفاق العالمي للهجرة؟", "قائمة الدول العربية التي قدمت استعراضات طوعية"],
 },
 "what_is_gcm": {
  "en": ["What is the Global Compact for Migration?", "Can you explain what the GCM is?", "what does the global compact on migration mean"],
  "fr": ["Qu'est-ce que le Pacte mondial pour les migrations ?", "Pouvez-vous expliquer ce qu'est le Pacte mondial ?", "que signifie le pacte mondial sur les migrations"],
  "ar": ["ما هو الاتفاق العالمي من أجل الهجرة؟", "هل يمكنك أن تشرح ما هو الاتفاق العالمي للهجرة؟", "ماذا يعني الاتفاق العالمي بشأن الهجرة"],
 },
 "round_tables": {
  "en": ["Which GCM objectives are covered by the round tables at the IMRF?", "What objectives does round table one discuss?", "which objectives are in each round table of the forum"],
  "fr": ["Quels objectifs du Pacte sont couverts par les tables rondes du FEMI ?", "Quels objectifs la table ronde un examine-t-elle ?", "quels objectifs dans chaque table ronde du forum"],
  "ar": ["ما هي أهداف الاتفاق العالمي التي تغطيها الموائد المستديرة في المنتدى؟", "ما هي الأهداف التي تناقشها المائدة المستديرة الأولى؟", "ما هي الأهداف في كل مائدة مستديرة في المنتدى"],
 },
 "pledges": {
  "en": ["How can stakeholders make a pledge for the GCM?", "Where do I submit a pledge to support the Global Compact?", "how to register a pledge"],
  "fr": ["Comment les parties prenantes peuvent-elles prendre un engagement pour le Pacte ?", "Où soumettre une annonce d'engagement en faveur du Pacte mondial ?", "comment enregistrer un engagement"],
  "ar": ["كيف يمكن لأصحاب المصلحة تقديم تعهد للاتفاق العالمي؟", "أين أقدم تعهدا لدعم الاتفاق العالمي للهجرة؟", "كيف أسجل تعهدا"],
 },
 "participants": {
  "en": ["How many participants attended the stakeholder dialogue in February 2022?", "What was the attendance at the IMRF dialogue meeting?", "number of people at the 10 february dialogue"],
  "fr": ["Combien de participants ont assisté au dialogue avec les parties prenantes en février 2022 ?", "Quelle a été la participation à la réunion de dialogue du FEMI ?", "nombre de personnes au dialogue du 10 février"],
  "ar": ["كم عدد المشاركين في اجتماع الحوار مع أصحاب المصلحة في فبراير 2022؟", "كم كان عدد الحضور في اجتماع الحوار بشأن المنتدى؟", "عدد الأشخاص في حوار 10 فبراير"],
 },
}

ANSWERS = {
    "accreditation": ("passage", True, 0.62, "Accreditation", "imrf-dialogue-2022-event"),
    "conference_date": ("timeline", True, 0.95, "second-regional-review-2024", "rrc-2024-concept-note"),
    "report_email": ("passage", True, 0.71, "Contributions", "rrc-2021-event"),
    "imrf_frequency": ("passage", True, 0.58, "About the IMRF", "imrf-dialogue-2022-summary"),
    "coordinator": ("passage", True, 0.66, "UN Network on Migration", "msd-2020-report"),
    "online": ("refusal", False, 0.12, "", ""),
    "visa": ("refusal", False, 0.08, "", ""),
    "voluntary_reviews": ("passage", True, 0.55, "Voluntary GCM reviews", "msd-2020-report"),
    "what_is_gcm": ("passage", True, 0.44, "Background", "msd-2020-report"),
    "round_tables": ("passage", True, 0.61, "Round tables", "imrf-dialogue-2022-summary"),
    "pledges": ("refusal", False, 0.2, "", ""),
    "participants": ("passage", True, 0.74, "Participation", "imrf-dialogue-2022-summary"),
}
PREFIXES = {
    "en": ["", "", "", "Hello, ", "Hi! ", "Good morning. ", "Quick question: "],
    "fr": ["", "", "", "Bonjour, ", "Salut ! ", "Bonsoir. ", "Petite question : "],
    "ar": ["", "", "", "مرحبا، ", "السلام عليكم، ", "صباح الخير. ", "سؤال سريع: "],
}
SUFFIXES = {
    "en": ["", "", "", " Thanks.", " Thank you!", " Please answer quickly."],
    "fr": ["", "", "", " Merci.", " Merci beaucoup !", " Répondez vite svp."],
    "ar": ["", "", "", " شكرا.", " شكرا جزيلا!", " أرجو الرد بسرعة."],
}
WEIGHTS = {"accreditation": 6, "conference_date": 5, "report_email": 3, "imrf_frequency": 2, "coordinator": 1,
           "online": 4, "visa": 3, "voluntary_reviews": 2, "what_is_gcm": 2, "round_tables": 1, "pledges": 2, "participants": 1}


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 8:
        return text
    i = rng.randrange(2, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def generate_questions(n: int, seed: int = 7, days: int = 120, now: datetime | None = None) -> list[dict]:
    """``n`` rows for ``questions``, varied, in three languages, with the intent in ``_intent``."""
    rng = random.Random(seed)
    now = now or datetime.now(timezone.utc)
    topics = list(INTENTS)
    weights = [WEIGHTS[t] for t in topics]
    rows = []
    for i in range(n):
        topic = rng.choices(topics, weights)[0]
        lang = rng.choices(("ar", "en", "fr"), (4, 3, 3))[0]
        text = rng.choice(INTENTS[topic][lang])
        text = rng.choice(PREFIXES[lang]) + text + rng.choice(SUFFIXES[lang])
        r = rng.random()
        if r < 0.08:
            text = _typo(text, rng)
        elif r < 0.12:
            text = text.lower()
        elif r < 0.15:
            text = text.rstrip("?؟ ") + ("؟؟" if lang == "ar" else " ??")
        kind, answered, conf, where, doc = ANSWERS[topic]
        conf = max(0.0, min(1.0, conf + rng.uniform(-0.15, 0.15)))
        feedback = rng.choices((0, 1, -1), (85, 10, 5 if answered else 10))[0]
        rows.append({
            "asked_at": now - timedelta(days=rng.random() * days),
            "user_key": f"{rng.randrange(1500):064x}",
            "chat_type": "private", "channel": "telegram", "language": lang, "question": text,
            "answer": ("(answer)" if answered else "(refusal: the documents do not say; ask the secretariat)"),
            "kind": kind, "answered": answered, "confidence": round(conf, 3), "topic": where,
            "sources": [{"document": doc, "title": doc, "section": where, "date": "", "url": "", "score": round(conf, 3)}] if doc else [],
            "latency_ms": round(rng.uniform(20, 200), 1), "feedback": feedback, "_intent": topic,
        })
    return rows


def insert_questions(engine, rows: list[dict]) -> list[int]:
    """Insert rows into ``questions`` (keys starting with ``_`` are left out); their ids, in order."""
    from sqlalchemy import insert, select, func

    from bot.storage.schema import questions

    with engine.begin() as conn:
        start = conn.execute(select(func.coalesce(func.max(questions.c.id), 0))).scalar_one()
        clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
        for i, r in enumerate(clean):
            r["id"] = start + 1 + i
        for k in range(0, len(clean), 2000):
            conn.execute(insert(questions), clean[k:k + 2000])
    return [start + 1 + i for i in range(len(rows))]


def add_arguments(parser) -> None:
    parser.add_argument("--questions", type=int, default=10_000, help="how many logged questions (default 10000)")
    parser.add_argument("--new", type=int, default=500, help="questions added for the incremental run (default 500)")
    parser.add_argument("--skip-cold", action="store_true", help="skip the run that embeds every text itself")
    parser.add_argument("--quality-only", action="store_true", help="only the labelled logs' quality figures")
    parser.add_argument("--speed-only", action="store_true", help="only the speed figures")
    parser.add_argument("--logs", nargs="*", metavar="FILE", help="labelled logs (default tests/faq_logs/log_a.yaml log_b.yaml log_c.yaml)")
    parser.add_argument("--held-out-confusions", action="store_true",
                        help="also list the held-out log's confusions (kept hidden by default: who tunes the "
                             "grouping must not read them)")


def quality(settings, log_files, out=print, held_out_confusions: bool = False) -> bool:
    """The quality figures on the labelled logs; False when the index is missing. The held-out
    log's confusions are listed only when asked (``held_out_confusions``): they would guide tuning."""
    from datetime import datetime, timezone

    from bot.answering.engine import Engine
    from bot.review.grouping import group_new_questions
    from bot.review.grouping_quality import LOG_FILES, answer_all, load_log, measure
    from bot.storage.store import Store

    try:
        engine = Engine.from_settings(settings, clock=lambda: datetime(2026, 11, 23, 9, tzinfo=timezone.utc))
    except Exception as err:  # no index yet
        out(f"quality: skipped, the engine cannot start ({type(err).__name__}: {err}); run `gcmbot ingest` first")
        return False
    if not engine.retrieve.chunks:
        out("quality: skipped, the index is empty; run `gcmbot ingest` first")
        return False
    for path in log_files:
        if not Path(path).exists():
            out(f"quality: {path} is not here (the labelled logs are kept with the tests: tests/faq_logs/)")
            continue
        items = load_log(path)
        t0 = time.perf_counter()
        answers = answer_all(engine, items)
        answered_s = time.perf_counter() - t0
        with tempfile.TemporaryDirectory(prefix="gcmbot-bench-faq-q-") as tmp:
            made = []

            def new_store():
                made.append(Path(tmp) / f"log{len(made)}.sqlite3")
                return Store(f"sqlite:///{made[-1]}", b"bench" * 8)

            t0 = time.perf_counter()
            one, inc = measure(new_store, lambda st: group_new_questions(st.engine, engine.embedder,
                                                                         knowledge_dir=settings.knowledge_dir), items, answers)
            grouped_s = time.perf_counter() - t0
        needs = len({it.need for it in items})
        out(f"\n{Path(path).name}: {len(items)} questions, {needs} needs (answered by the engine in {answered_s:.1f} s, "
            f"logged and grouped twice in {grouped_s:.1f} s)")
        for label, sc in (("one run", one), ("10 batches", inc)):
            out(f"  {label:10s}: {sc.line()}")
            out(f"  {'':10s}  targets {'met' if sc.meets_targets() else 'not met'} (precision >= 0.90, recall >= 0.85, "
                "cross-language recall >= 0.85, largest group <= largest need, five largest = five needs)")
        if Path(path).name == LOG_FILES[1] and not held_out_confusions:
            out("  remaining confusions: not listed for the held-out log (--held-out-confusions lists them)")
            continue
        out("  remaining confusions (one run):")
        for line in one.confusions(8):
            out(f"    {line}")
    return True


def _median_ms(fn, repeat: int = 5) -> tuple[float, float]:
    fn()
    wall, server = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        resp = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        timing = resp.headers.get("server-timing", "")
        server.append(float(timing.split("dur=")[1]) if "dur=" in timing else wall[-1])
        assert resp.status_code == 200, (resp.status_code, resp.text[:300])
    return statistics.median(server), statistics.median(wall)


def run(args) -> int:
    from sqlalchemy import func, select, update

    from bot.review.grouping import THRESHOLD, embed_questions, group_new_questions, reference_centres
    from bot.review.signals import compared
    from bot.storage.schema import grouping_state, question_groups, question_points, questions
    from bot.settings import load_settings
    from bot.storage.store import Store
    from ingest.embedders import get_embedder

    import logging
    import os

    for noisy in ("httpx", "httpx2", "bot.storage.store"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at start"
          + (" (busy: figures are slower than on an idle machine)" if load > 1.5 else ""))
    if not args.speed_only:
        from bot.review.grouping_quality import LOG_FILES, LOGS_DIR
        from bot.settings import get_settings

        print("grouping quality on the labelled logs (the engine's answers, the product's grouping):")
        quality(get_settings(), args.logs or [LOGS_DIR / name for name in LOG_FILES],
                held_out_confusions=args.held_out_confusions)
        if args.quality_only:
            return 0
        print()
    with tempfile.TemporaryDirectory(prefix="gcmbot-bench-faq-") as tmp:
        settings = load_settings(data_dir=Path(tmp), database_url="", dashboard_password="bench-password")
        store = Store.from_settings(settings)
        engine = store.engine
        t0 = time.perf_counter()
        rows = generate_questions(args.questions)
        insert_questions(engine, rows)
        print(f"logged {len(rows)} questions in {time.perf_counter() - t0:.1f} s "
              f"({len({compared(r['question']) for r in rows})} distinct texts as the log compares them, "
              f"{len({r['question'] for r in rows})} distinct as typed); store: {store.dialect}")
        t0 = time.perf_counter()
        embedder = get_embedder(settings)
        reference_centres(embedder)
        print(f"embedder loaded and grouping space measured: {time.perf_counter() - t0:.1f} s (once per process)")

        if not args.skip_cold:
            report = group_new_questions(engine, embedder, knowledge_dir=settings.knowledge_dir)
            print(f"group (cold, embeds itself): {report.seconds:.1f} s for {report.questions} questions "
                  f"= embed {report.embedded} texts {report.embed_seconds:.1f} s + cluster {report.seconds - report.embed_seconds:.1f} s; "
                  f"{report.groups} groups")
            with engine.begin() as conn:   # start again, keeping the vectors, as if the bot had logged them
                conn.execute(update(questions).values(group_id=None))
                conn.execute(question_groups.delete())
                conn.execute(question_points.delete())
                conn.execute(grouping_state.delete().where(grouping_state.c.key.in_(("centres", "points"))))
        else:
            texts = sorted({compared(r["question"]) for r in rows})
            t0 = time.perf_counter()
            X = embed_questions(embedder, texts)
            by_text = dict(zip(texts, X))
            from bot.review.grouping import to_bytes
            from sqlalchemy import bindparam
            with engine.begin() as conn:
                ids = conn.execute(select(questions.c.id, questions.c.question)).all()
                conn.execute(update(questions).where(questions.c.id == bindparam("rid")).values(embedding=bindparam("e")),
                             [{"rid": i, "e": to_bytes(by_text[compared(q)])} for i, q in ids])
            print(f"embed {len(texts)} distinct texts: {time.perf_counter() - t0:.1f} s")

        report = group_new_questions(engine, embedder, knowledge_dir=settings.knowledge_dir)
        print(f"group (vectors logged by the bot): {report.seconds:.2f} s for {report.questions} questions, "
              f"{report.embedded} embedded, {report.groups} groups (threshold {THRESHOLD})")
        with engine.connect() as conn:
            largest = conn.execute(select(func.count()).where(questions.c.group_id.is_not(None))
                                   .group_by(questions.c.group_id).order_by(func.count().desc()).limit(1)).scalar()
        print(f"  largest group {largest} of {len(rows)} questions (the generated set's quality is not the "
              "secretariat's: see the labelled logs above)")

        new = generate_questions(args.new, seed=99, days=1)
        ids = insert_questions(engine, new)
        report = group_new_questions(engine, embedder, knowledge_dir=settings.knowledge_dir)
        print(f"group (+{args.new} new, {report.embedded} texts embedded): {report.seconds:.2f} s; "
              f"{report.joined_existing} joined existing groups, {report.new_groups} new groups")
        total = len(rows) + len(new)

        from starlette.testclient import TestClient

        from bot.review.dashboard.app import create_app

        app = create_app(settings, store, password="bench-password")
        with TestClient(app, base_url="http://127.0.0.1") as client:
            page = client.get("/login")
            token = page.text.split('name="csrf" value="')[1].split('"')[0]
            resp = client.post("/login", data={"csrf": token, "password": "bench-password", "next": "/"}, follow_redirects=False)
            assert resp.status_code == 303, resp.status_code
            with engine.connect() as conn:
                gid = conn.execute(select(questions.c.group_id).group_by(questions.c.group_id).order_by(func.count().desc()).limit(1)).scalar_one()
            pages = [("overview", "/"), ("overview, last 30 days", "/?days=30"), ("groups", "/groups"),
                     ("groups, Arabic", "/groups?lang=ar"), ("gaps", "/gaps"), (f"group {gid}", f"/groups/{gid}"),
                     ("question", f"/questions/{ids[0]}"), ("card editor from a group", f"/cards/new?group={gid}"),
                     ("document search", "/documents?q=accreditation"), ("export CSV", "/export.csv"), ("export JSON", "/export.json")]
            print(f"dashboard, {total} questions logged: server time (median of 5) / wall time with the test client")
            worst, slowest_download = 0.0, 0.0
            for name, url in pages:
                server, wall = _median_ms(lambda: client.get(url))
                if url.startswith("/export"):       # a file of every group or question, not a page read
                    slowest_download = max(slowest_download, server)
                else:
                    worst = max(worst, server)
                print(f"  {name:28s} {server:7.1f} ms   {wall:7.1f} ms   {url}")
            print(f"slowest page: {worst:.1f} ms (target < 200 ms); slowest download (exports of every "
                  f"group and question): {slowest_download:.1f} ms")
        store.close()
    return 0
