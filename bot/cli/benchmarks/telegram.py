"""``gcmbot bench telegram``: simulated Telegram users against the real ``gcmbot serve``.

The tests' Bot API server (``tests/botapi_server.py``) runs in this process on
127.0.0.1; ``gcmbot serve`` runs as a subprocess pointed at it, on a temporary copy of
the index (so the real question log is not touched) with the per-user limit lifted.
Each simulated user asks its questions one after the other, thinking between them
(exponential think time), in ar/en/fr, drawn from the evaluation set.

Three runs:

- default: one replica, long polling, SQLite. Printed: updates delivered exactly once,
  replies per question, answers per second, latency from the update being served to
  the reply arriving (p50, p95, p99, max);
- ``--faults``: the same under an injected fault schedule — 5% of sends answered 502,
  one Bot API outage of a few seconds, one SIGKILL of ``serve`` and its restart.
  Printed: questions answered once, **lost** (no answer) and **duplicated** (more than
  one); the target is 0 and 0;
- ``--replicas N``: webhook mode on a PostgreSQL server and a Chroma server started
  for the run (``tests/pg_server.py``, ``chroma run``), the Bot API server acting as the
  proxy in front of the replicas. Capacity (users asking without pause) with 1 replica,
  then N on the same machine, as answers per second and their ratio; and the reply p95
  at ``--users`` users with think time, for 1 and N.
"""
from __future__ import annotations

import asyncio
import importlib.util
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HELP = ("simulated users through the local Bot API server: lost/duplicate answers, answers/s, p95 "
        "(--faults: under a fault schedule; --replicas N: 1 vs N replicas)")

FALLBACK_QUESTIONS = [
    ("en", "When and where was the first International Migration Review Forum held?"),
    ("en", "How often does the International Migration Review Forum take place?"),
    ("en", "Which GCM objectives are covered by round table one at the IMRF?"),
    ("fr", "Quels sont les points d'entrée pour la participation des parties prenantes au processus de l'IMRF ?"),
    ("fr", "Quand a lieu la deuxième conférence d'examen régional du Pacte mondial dans la région arabe ?"),
    ("ar", "هل تحتاج منظمات المجتمع المدني إلى اعتماد للمشاركة حضورياً في المنتدى الدولي لاستعراض الهجرة؟"),
    ("ar", "متى يُعقد المؤتمر الإقليمي الثاني لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية؟"),
]

# The fault schedule of --faults (seconds from the start of the simulated traffic).
FAULT_SEND_RATE = 0.05          # share of sendMessage calls answered 502
OUTAGE_AT, OUTAGE_FOR = 10.0, 4.0
KILL_AT = 30.0
SECRET = "bench-replicas"


def add_arguments(parser) -> None:
    parser.add_argument("--users", type=int, default=50, help="simulated users (default 50)")
    parser.add_argument("--questions", type=int, default=20, help="questions per user (default 20)")
    parser.add_argument("--think", type=float, default=5.0,
                        help="mean think time between a reply and the user's next question, seconds (default 5; 0: no pause)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds a user waits for a reply before counting it lost")
    parser.add_argument("--faults", action="store_true",
                        help=f"inject faults: {FAULT_SEND_RATE * 100:.0f}%% of sends answered 502, a {OUTAGE_FOR:g} s Bot API "
                             f"outage at {OUTAGE_AT:g} s, a SIGKILL and restart of serve at {KILL_AT:g} s")
    parser.add_argument("--replicas", type=int, default=1,
                        help="compare 1 and N replicas (webhook mode, PostgreSQL and a Chroma server started for the run)")


# --------------------------------------------------------------------------- helpers
def _test_module(name: str):
    from bot.settings import PROJECT_ROOT

    path = PROJECT_ROOT / "tests" / f"{name}.py"
    if not path.exists():
        raise SystemExit(f"gcmbot bench telegram needs {path} (run it from a source checkout)")
    spec = importlib.util.spec_from_file_location(f"gcm_bench_{name}", path)
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


def _notes() -> set[str]:
    """Texts that are not answers: the "still looking" note and the error notice."""
    from bot.messages import t
    from bot.telegram_channel.formatting import bidi, esc

    return {bidi(esc(t(key, lang)), lang) for key in ("tg.working", "tg.error") for lang in ("ar", "en", "fr")}


@dataclass
class Traffic:
    """What the simulated users did and got."""
    asked: dict[int, int] = field(default_factory=dict)          # chat -> questions asked
    latencies: list[float] = field(default_factory=list)         # seconds, served -> first reply
    waited_out: int = 0                                           # questions whose user gave up waiting
    elapsed: float = 0.0


async def _simulate(server, users: int, questions: int, think: float, pool, seed: int, timeout: float,
                    first_user: int = 1_000_000, on_tick=None) -> Traffic:
    loop = asyncio.get_running_loop()
    waiting: dict[int, asyncio.Future] = {}
    notes = _notes()

    def on_call(call) -> None:                      # in the server's thread
        if call.method != "sendMessage" or call.status != 200 or call.params.get("text") in notes:
            return
        fut = waiting.get(int(call.params.get("chat_id", 0)))
        if fut is not None:
            loop.call_soon_threadsafe(lambda: fut.done() or fut.set_result(call))

    server.listeners.append(on_call)
    rng = random.Random(seed)
    traffic = Traffic()

    async def user(uid: int) -> None:
        r = random.Random(rng.random())
        await asyncio.sleep(r.uniform(0, think or 0.05))          # users do not all start at once
        for _ in range(questions):
            lang, text = r.choice(pool)
            fut = loop.create_future()
            waiting[uid] = fut
            update = server.enqueue({"message": server.message(uid, text, language_code=lang)})
            traffic.asked[uid] = traffic.asked.get(uid, 0) + 1
            try:
                call = await asyncio.wait_for(fut, timeout)
            except asyncio.TimeoutError:
                traffic.waited_out += 1
                continue
            finally:
                waiting.pop(uid, None)
            served = server.served_at.get(update["update_id"])
            if served is not None:
                traffic.latencies.append(call.at - served)
            if think:
                await asyncio.sleep(r.expovariate(1 / think))

    t0 = time.perf_counter()
    try:
        await asyncio.gather(*(user(first_user + i) for i in range(users)))
    finally:
        server.listeners.remove(on_call)
    traffic.elapsed = time.perf_counter() - t0
    return traffic


def _answers(server, chats) -> dict[int, int]:
    """Answers each chat received (sendMessage that went out, notes and error notices left aside)."""
    notes, wanted = _notes(), {str(c) for c in chats}
    got: dict[int, int] = {}
    for call in server.find("sendMessage"):
        if str(call.params.get("chat_id")) in wanted and call.params.get("text") not in notes:
            got[int(call.params["chat_id"])] = got.get(int(call.params["chat_id"]), 0) + 1
    return got


def _errors(server, chats) -> int:
    from bot.messages import t
    from bot.telegram_channel.formatting import bidi, esc

    errors, wanted = {bidi(esc(t("tg.error", lang)), lang) for lang in ("ar", "en", "fr")}, {str(c) for c in chats}
    return sum(1 for c in server.find("sendMessage") if str(c.params.get("chat_id")) in wanted and c.params.get("text") in errors)


def _lost_and_duplicated(traffic: Traffic, server) -> tuple[int, int, int]:
    answered = _answers(server, traffic.asked)
    lost = sum(max(0, n - answered.get(chat, 0)) for chat, n in traffic.asked.items())
    twice = sum(max(0, answered.get(chat, 0) - n) for chat, n in traffic.asked.items())
    return lost, twice, sum(min(n, answered.get(chat, 0)) for chat, n in traffic.asked.items())


def _settle(server, store=None, quiet: float = 3.0, limit: float = 120.0) -> None:
    """Wait until the bot has sent nothing for ``quiet`` seconds (and its journal holds nothing pending)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        mark = server.mark()
        time.sleep(quiet)
        pending = store is not None and any(r["state"] == "pending" for r in store.journal_rows())
        if server.mark() == mark and not pending:
            return


def _base_env(settings, data: Path) -> dict:
    env = {
        "GCMBOT_DATA_DIR": str(data), "GCMBOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "GCMBOT_EMBEDDER": settings.embedder, "GCMBOT_EMBEDDING_MODEL": settings.embedding_model,
        "GCMBOT_CHROMA_URL": settings.chroma_url, "GCMBOT_COLLECTION": settings.collection,
        "GCMBOT_USE_CARDS": str(settings.use_cards).lower(), "GCMBOT_RATE_LIMIT_PER_MINUTE": "1000000",
        "GCMBOT_LOG_LEVEL": "WARNING",
    }
    if os.environ.get("OMP_NUM_THREADS"):
        env["OMP_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"]
    return env


def _copy_index(settings, data: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    if settings.chroma_dir.exists():
        shutil.copytree(settings.chroma_dir, data / "chroma")


def _cpu(pids) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def _print_latency(ms: list[float], indent: str = "  ") -> None:
    if ms:
        print(f"{indent}served -> reply  p50 {_pct(ms, 50):6.0f} ms   p95 {_pct(ms, 95):6.0f} ms   "
              f"p99 {_pct(ms, 99):6.0f} ms   max {max(ms):6.0f} ms   mean {statistics.fmean(ms):6.0f} ms")


# --------------------------------------------------------------------------- the runs
def run(args) -> int:
    from bot.settings import get_settings

    settings = get_settings()
    if args.replicas > 1:
        return _run_replicas(args, settings)
    return _run_single(args, settings)


def _run_single(args, settings) -> int:
    fake = _test_module("botapi_server")
    pool = _questions()
    tmp = Path(tempfile.mkdtemp(prefix="gcmbot-bench-telegram-"))
    server = fake.BotAPIServer(token="123:BENCH").start()
    proc = None
    keep = False
    try:
        data = tmp / "data"
        _copy_index(settings, data)
        print(f"starting gcmbot serve against the local Bot API server {server.base_url} ...", file=sys.stderr)
        t_start = time.perf_counter()
        proc = fake.ServeProcess(server, _base_env(settings, data), tmp / "serve.log").start(timeout=600)
        startup = time.perf_counter() - t_start
        print(f"bot ready in {startup:.1f} s; {args.users} users x {args.questions} questions, think time "
              f"~{args.think:g} s{' with the fault schedule' if args.faults else ''} ...", file=sys.stderr)
        pids = [proc.proc.pid]
        cpu0, own0, load0 = _cpu(pids), _cpu([os.getpid()]), os.getloadavg()[0]
        schedule = _FaultSchedule(server, proc) if args.faults else None
        if schedule:
            schedule.start()
        traffic = asyncio.run(_simulate(server, args.users, args.questions, args.think, pool, args.seed, args.timeout))
        if schedule:
            schedule.join()
            server.clear_faults()
            pids.append(proc.proc.pid)
        bot_cpu, own_cpu = _cpu(pids) - cpu0, _cpu([os.getpid()]) - own0
        load1 = os.getloadavg()[0]
        store = _open_store(data)
        _settle(server, store)
        lost, twice, once = _lost_and_duplicated(traffic, server)
        errors = _errors(server, traffic.asked)
        store.close()
        asked = sum(traffic.asked.values())
        served_twice = sum(1 for n in server.served_count.values() if n > 1)
        answered = len(traffic.latencies)
        ms = [x * 1000 for x in traffic.latencies]

        print(f"gcmbot bench telegram: {args.users} users x {args.questions} questions "
              f"(think ~{args.think:g} s, {len(pool)} distinct questions in ar/en/fr), real `gcmbot serve`, long polling, SQLite")
        print(f"  startup          {startup:7.1f} s (index load and warm-up)")
        if schedule:
            print(f"  faults           {schedule.failed_sends} sends answered 502 ({FAULT_SEND_RATE:.0%} of sends); "
                  f"Bot API down {OUTAGE_FOR:g} s at {OUTAGE_AT:g} s; SIGKILL at {KILL_AT:g} s, polling again "
                  f"{schedule.restart_s:.1f} s later")
        print(f"  questions        {asked} asked: {once} answered once, {lost} lost, {twice} duplicated "
              f"(target 0 and 0); {errors} 'something went wrong' notices")
        print(f"  updates          {len(server.served_count)} served by the Bot API, {served_twice} served again"
              + (" (unconfirmed when the bot was killed: expected; answered once)" if schedule else ""))
        print(f"  replies          {answered} answered while the user waited, {traffic.waited_out} waited out "
              f"(> {args.timeout:g} s)")
        print(f"  throughput       {answered / traffic.elapsed:7.1f} answers/s ({answered} in {traffic.elapsed:.1f} s)")
        if answered:
            print(f"  bot CPU          {bot_cpu / answered * 1000:7.1f} ms per answer ({bot_cpu / traffic.elapsed * 100:.0f}% "
                  f"of a core; this bench process {own_cpu / traffic.elapsed * 100:.0f}%; load average {load0:.1f} -> "
                  f"{load1:.1f} on {os.cpu_count()} CPUs)")
        _print_latency(ms)
        if ms and not schedule:
            print(f"  target p95 <= 500 ms: {'met' if _pct(ms, 95) <= 500 else 'NOT met'}")
        ok = lost == 0 and twice == 0 and (schedule is not None or traffic.waited_out == 0)
        if not ok:
            keep = True
            print(f"  PROBLEM: answers lost or repeated; the bot's log is {tmp / 'serve.log'}")
        return 0 if ok else 1
    finally:
        if proc is not None:
            proc.stop()
        server.close()
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def _open_store(data: Path, url: str = ""):
    from bot.settings import Settings
    from bot.storage.store import Store

    return Store.from_settings(Settings(data_dir=data, database_url=url))


class _FaultSchedule(threading.Thread):
    """5% of sends fail; at OUTAGE_AT the Bot API goes away for OUTAGE_FOR s; at KILL_AT, SIGKILL and restart."""

    def __init__(self, server, proc):
        super().__init__(name="fault-schedule", daemon=True)
        self.server, self.proc = server, proc
        self.restart_s = 0.0
        self.failed_sends = 0

    def run(self) -> None:
        t0 = time.monotonic()
        self.server.fail_randomly("sendMessage", FAULT_SEND_RATE, 502, seed=1)
        time.sleep(OUTAGE_AT)
        print(f"  [{time.monotonic() - t0:5.1f} s] Bot API down", file=sys.stderr)
        self.server.stop()
        time.sleep(OUTAGE_FOR)
        self.server.start()
        print(f"  [{time.monotonic() - t0:5.1f} s] Bot API back", file=sys.stderr)
        time.sleep(max(0.0, KILL_AT - (time.monotonic() - t0)))
        print(f"  [{time.monotonic() - t0:5.1f} s] SIGKILL gcmbot serve, restart", file=sys.stderr)
        killed = time.monotonic()
        self.proc.kill()
        self.proc.start(timeout=600)
        self.restart_s = time.monotonic() - killed
        print(f"  [{time.monotonic() - t0:5.1f} s] polling again", file=sys.stderr)
        self.failed_sends = sum(1 for c in self.server.calls if c.method == "sendMessage" and c.status == 502)


def _run_replicas(args, settings) -> int:
    from bot.storage.store import Store

    fake, pg, chroma_mod = _test_module("botapi_server"), _test_module("pg_server"), _test_module("chroma_server")
    pool = _questions()
    tmp = Path(tempfile.mkdtemp(prefix="gcmbot-bench-replicas-"))
    print("starting PostgreSQL and a Chroma server ...", file=sys.stderr)
    postgres = pg.start_server()
    chroma = None
    keep = False
    results: dict[int, dict] = {}
    try:
        chroma = chroma_mod.ChromaServer(tmp / "chroma", index=settings.chroma_dir).start()
        key = secrets.token_hex(32)
        first_user = 1_000_000
        for n in (1, args.replicas):
            url = postgres.url(postgres.create_database())          # a fresh question log and journal per run
            Store(url, key.encode()).close()                          # the schema, before the replicas start
            server = fake.BotAPIServer(token="123:BENCH").start()
            server.webhook_connections = 32
            procs = []
            try:
                for i in range(n):
                    port = fake.free_port()
                    env = _base_env(settings, tmp / f"n{n}-r{i}")
                    (tmp / f"n{n}-r{i}").mkdir(parents=True, exist_ok=True)
                    env.update(GCMBOT_DATABASE_URL=url, GCMBOT_CHROMA_URL=chroma.url, GCMBOT_PSEUDONYM_KEY=key,
                               GCMBOT_WEBHOOK_URL="https://bot.example.org/hook", GCMBOT_WEBHOOK_PORT=str(port),
                               GCMBOT_WEBHOOK_SECRET=SECRET, GCMBOT_LOG_LEVEL="INFO")
                    procs.append(fake.ServeProcess(server, env, tmp / f"n{n}-r{i}.log"))
                    server.webhook_backends.append(f"http://127.0.0.1:{port}/hook")
                print(f"starting {n} replica(s) (webhook mode) ...", file=sys.stderr)
                for proc in procs:
                    proc.launch()
                for proc in procs:
                    proc.wait_ready(600, "log:webhook mode")
                pids = [p.proc.pid for p in procs]
                print(f"{n} replica(s): capacity, {args.users} users asking without pause ...", file=sys.stderr)
                cpu0 = _cpu(pids)
                capacity = asyncio.run(_simulate(server, args.users, args.questions, 0.0, pool, args.seed, args.timeout,
                                                 first_user=first_user))
                cpu = _cpu(pids) - cpu0
                first_user += args.users
                print(f"{n} replica(s): latency, {args.users} users thinking ~{args.think:g} s ...", file=sys.stderr)
                paced = asyncio.run(_simulate(server, args.users, args.questions, args.think, pool, args.seed + 1,
                                              args.timeout, first_user=first_user))
                first_user += args.users
                store = Store(url, key.encode())
                _settle(server, store)
                owners = sorted(Counter(r["owner"] for r in store.journal_rows() if r["state"] == "done").values())
                store.close()
                lost, twice, _ = _lost_and_duplicated(capacity, server)
                lost2, twice2, _ = _lost_and_duplicated(paced, server)
                answered = len(capacity.latencies)
                results[n] = {
                    "rate": answered / capacity.elapsed, "answered": answered, "elapsed": capacity.elapsed,
                    "cpu_ms": cpu / max(answered, 1) * 1000, "cap_p95": _pct([x * 1000 for x in capacity.latencies], 95),
                    "p95": _pct([x * 1000 for x in paced.latencies], 95),
                    "p50": _pct([x * 1000 for x in paced.latencies], 50),
                    "lost": lost + lost2, "twice": twice + twice2,
                    "per_replica": owners,
                }
            finally:
                for proc in procs:
                    proc.stop()
                server.close()
        one, many = results[1], results[args.replicas]
        print(f"gcmbot bench telegram --replicas {args.replicas}: webhook mode, PostgreSQL, a Chroma server, "
              f"{args.users} users x {args.questions} questions, {os.cpu_count()} CPUs (load average "
              f"{os.getloadavg()[0]:.1f})")
        for n, r in results.items():
            print(f"  {n} replica(s)   {r['rate']:6.1f} answers/s without pause ({r['answered']} in {r['elapsed']:.1f} s, "
                  f"{r['cpu_ms']:.0f} ms CPU per answer, p95 {r['cap_p95']:.0f} ms); with ~{args.think:g} s think time: "
                  f"p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms; {r['lost']} lost, {r['twice']} duplicated; "
                  f"updates handled per replica {r['per_replica']}")
        print(f"  ratio          {many['rate'] / one['rate']:.2f}x answers/s with {args.replicas} replicas vs 1")
        print(f"  p95 at {args.users} users {one['p95']:.0f} ms with 1 replica, {many['p95']:.0f} ms with {args.replicas}")
        ok = all(r["lost"] == 0 and r["twice"] == 0 for r in results.values())
        if not ok:
            keep = True
            print(f"  PROBLEM: answers lost or repeated; the logs are in {tmp}")
        return 0 if ok else 1
    finally:
        if chroma is not None:
            chroma.stop()
        postgres.destroy()
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)

