"""``gcmbot bench telegram``: simulated Telegram users against the real ``gcmbot serve``.

The tests' Bot API server (``tests/botapi_server.py``) runs in this process on
127.0.0.1; ``gcmbot serve`` runs as a subprocess pointed at it (long polling),
on a temporary copy of the index (so the real question log is not touched) with
the per-user limit lifted. Each simulated user asks its questions one after the
other, thinking between them (exponential think time), in ar/en/fr, drawn from
the evaluation set. Printed:

- updates delivered exactly once (none lost, none delivered twice), replies per question;
- answers per second over the run;
- latency from the update being served (getUpdates returns it) to the reply
  arriving (sendMessage received): p50, p95, p99, max.
"""
from __future__ import annotations

import asyncio
import importlib.util
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HELP = "50 simulated users x 20 questions through the local Bot API server: lost/duplicate updates, answers/s, p50/p95"

FALLBACK_QUESTIONS = [
    ("en", "When and where was the first International Migration Review Forum held?"),
    ("en", "How often does the International Migration Review Forum take place?"),
    ("en", "Which GCM objectives are covered by round table one at the IMRF?"),
    ("fr", "Quels sont les points d'entrée pour la participation des parties prenantes au processus de l'IMRF ?"),
    ("fr", "Quand a lieu la deuxième conférence d'examen régional du Pacte mondial dans la région arabe ?"),
    ("ar", "هل تحتاج منظمات المجتمع المدني إلى اعتماد للمشاركة حضورياً في المنتدى الدولي لاستعراض الهجرة؟"),
    ("ar", "متى يُعقد المؤتمر الإقليمي الثاني لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية؟"),
]


def add_arguments(parser) -> None:
    parser.add_argument("--users", type=int, default=50, help="simulated users (default 50)")
    parser.add_argument("--questions", type=int, default=20, help="questions per user (default 20)")
    parser.add_argument("--think", type=float, default=5.0,
                        help="mean think time between a reply and the user's next question, seconds (default 5; 0: no pause)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a user waits for a reply before counting it lost")


def _fake_server_module():
    from bot.settings import PROJECT_ROOT

    path = PROJECT_ROOT / "tests" / "botapi_server.py"
    if not path.exists():
        raise SystemExit(f"gcmbot bench telegram needs the test Bot API server {path} (run it from a source checkout)")
    spec = importlib.util.spec_from_file_location("gcm_botapi_server", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _questions() -> list[tuple[str, str]]:
    from bot.settings import PROJECT_ROOT

    path = PROJECT_ROOT.parent / "shared" / "eval" / "questions.yaml"
    try:
        import yaml

        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = [(q.get("lang", "en"), q["question"]) for q in items if q.get("question")]
        return found or FALLBACK_QUESTIONS
    except (OSError, ValueError, TypeError, KeyError):
        return FALLBACK_QUESTIONS


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1)))))
    return ordered[k]


async def _simulate(server, users: int, questions: int, think: float, pool, seed: int, timeout: float):
    loop = asyncio.get_running_loop()
    waiting: dict[int, asyncio.Future] = {}

    def on_call(call) -> None:                      # in the server's thread
        if call.method != "sendMessage" or call.status != 200:
            return
        fut = waiting.get(int(call.params.get("chat_id", 0)))
        if fut is not None:
            loop.call_soon_threadsafe(lambda: fut.done() or fut.set_result(call))

    server.listeners.append(on_call)
    rng = random.Random(seed)
    latencies: list[float] = []
    sent: list[int] = []
    missing = 0

    async def user(uid: int) -> None:
        nonlocal missing
        r = random.Random(rng.random())
        await asyncio.sleep(r.uniform(0, think or 0.05))          # users do not all start at once
        for _ in range(questions):
            lang, text = r.choice(pool)
            fut = loop.create_future()
            waiting[uid] = fut
            update = server.enqueue({"message": server.message(uid, text, language_code=lang)})
            sent.append(update["update_id"])
            try:
                call = await asyncio.wait_for(fut, timeout)
            except asyncio.TimeoutError:
                missing += 1
                continue
            finally:
                waiting.pop(uid, None)
            served = server.served_at.get(update["update_id"])
            if served is not None:
                latencies.append(call.at - served)
            if think:
                await asyncio.sleep(r.expovariate(1 / think))

    t0 = time.perf_counter()
    await asyncio.gather(*(user(1_000_000 + i) for i in range(users)))
    elapsed = time.perf_counter() - t0
    server.listeners.remove(on_call)
    return sent, latencies, missing, elapsed


def run(args) -> int:
    import os

    from bot.settings import get_settings

    settings = get_settings()
    fake = _fake_server_module()
    pool = _questions()
    tmp = Path(tempfile.mkdtemp(prefix="gcmbot-bench-telegram-"))
    server = fake.BotAPIServer(token="123:BENCH").start()
    proc = None
    keep = False
    try:
        data = tmp / "data"
        data.mkdir()
        if settings.chroma_dir.exists():
            shutil.copytree(settings.chroma_dir, data / "chroma")
        env = {
            "GCMBOT_DATA_DIR": str(data), "GCMBOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
            "GCMBOT_EMBEDDER": settings.embedder, "GCMBOT_EMBEDDING_MODEL": settings.embedding_model,
            "GCMBOT_CHROMA_URL": settings.chroma_url, "GCMBOT_COLLECTION": settings.collection,
            "GCMBOT_USE_CARDS": str(settings.use_cards).lower(), "GCMBOT_RATE_LIMIT_PER_MINUTE": "1000000",
            "GCMBOT_LOG_LEVEL": "WARNING",
        }
        if os.environ.get("OMP_NUM_THREADS"):
            env["OMP_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"]
        print(f"starting gcmbot serve against the local Bot API server {server.base_url} ...", file=sys.stderr)
        t_start = time.perf_counter()
        proc = fake.ServeProcess(server, env, tmp / "serve.log").start(timeout=600)
        startup = time.perf_counter() - t_start
        print(f"bot ready in {startup:.1f} s; {args.users} users x {args.questions} questions, "
              f"think time ~{args.think:g} s ...", file=sys.stderr)

        import os as _os

        import psutil

        bot_proc = psutil.Process(proc.proc.pid)
        me = psutil.Process(_os.getpid())
        cpu0, own0 = bot_proc.cpu_times(), me.cpu_times()
        load0 = _os.getloadavg()[0]
        sent, latencies, missing, elapsed = asyncio.run(
            _simulate(server, args.users, args.questions, args.think, pool, args.seed, args.timeout))
        cpu1, own1 = bot_proc.cpu_times(), me.cpu_times()
        bot_cpu = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
        own_cpu = (own1.user + own1.system) - (own0.user + own0.system)
        load1 = _os.getloadavg()[0]
        time.sleep(1.0)                                            # late duplicates would show up now
        counts = [server.served_count.get(u, 0) for u in sent]
        lost = sum(1 for c in counts if c == 0)
        twice = sum(1 for c in counts if c > 1)
        replies = {}
        for call in server.find("sendMessage"):
            replies[call.params["chat_id"]] = replies.get(call.params["chat_id"], 0) + 1
        extra = sum(max(0, n - args.questions) for n in replies.values())
        actions = len(server.find("sendChatAction"))
        answered = len(latencies)
        ms = [x * 1000 for x in latencies]

        print(f"gcmbot bench telegram: {args.users} users x {args.questions} questions "
              f"(think ~{args.think:g} s, {len(pool)} distinct questions in ar/en/fr), real `gcmbot serve`, long polling")
        print(f"  startup          {startup:7.1f} s (index load and warm-up)")
        print(f"  updates          {len(sent)} sent, {len(sent) - lost - twice} delivered once, {lost} lost, {twice} delivered twice")
        print(f"  replies          {answered} answered, {missing} missing, {extra} extra (typing indicators: {actions})")
        print(f"  throughput       {answered / elapsed:7.1f} answers/s ({answered} in {elapsed:.1f} s)")
        if answered:
            print(f"  bot CPU          {bot_cpu / answered * 1000:7.1f} ms per answer ({bot_cpu / elapsed * 100:.0f}% of a core; "
                  f"this bench process {own_cpu / elapsed * 100:.0f}%; load average {load0:.1f} -> {load1:.1f} "
                  f"on {_os.cpu_count()} CPUs)")
        if ms:
            print(f"  served -> reply  p50 {_pct(ms, 50):6.0f} ms   p95 {_pct(ms, 95):6.0f} ms   "
                  f"p99 {_pct(ms, 99):6.0f} ms   max {max(ms):6.0f} ms   mean {statistics.fmean(ms):6.0f} ms")
            target = _pct(ms, 95) <= 500
            print(f"  target p95 <= 500 ms: {'met' if target else 'NOT met'}")
        ok = lost == 0 and twice == 0 and missing == 0 and extra == 0
        if not ok:
            keep = True
            print(f"  PROBLEM: updates lost or repeated; the bot's log is {tmp / 'serve.log'}")
        return 0 if ok else 1
    finally:
        if proc is not None:
            proc.stop()
        server.close()
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
