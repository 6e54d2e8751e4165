"""``gcmbot bench ingest``: ingestion speed and memory against the targets.

Everything runs as the user would run it, in child processes, on a fresh temporary
data dir (the real index is not touched):

1. a full ``gcmbot ingest`` of the knowledge base: the pipeline's own split
   (load/clean/chunk, embed, write, cards/timeline) from its JSON summary, the
   process wall time, and its peak resident memory (``wait4`` rusage of that child);
2. a second, unchanged run: its seconds, and the chunks it embedded (must be 0);
3. ``gcmbot search`` from a cold start to printed results: wall time, median of 3.

Targets: full < 20 s, unchanged < 1 s, search cold start < 2 s.
"""
from __future__ import annotations

HELP = "full and unchanged ingest time (split load/embed/write), search cold start, peak memory"

TARGETS = {"full": 20.0, "unchanged": 1.0, "search": 2.0}


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="documents to ingest (default: the knowledge base's documents/)")
    parser.add_argument("--query", default="accreditation", help="query for the search cold start (default: accreditation)")
    parser.add_argument("--search-runs", type=int, default=3, help="search cold starts to time (median; default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir and print where it is")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _env(data_dir) -> dict:
    import os

    env = dict(os.environ)
    # a fresh embedded store (these override a .env too), everything else as configured
    env.update(GCMBOT_DATA_DIR=str(data_dir), GCMBOT_CHROMA_URL="", PYTHONUNBUFFERED="1")
    return env


def _timed(cmd: list[str], env: dict, cwd) -> tuple[float, int, str, str, object]:
    """(wall seconds, exit code, stdout, stderr, rusage) of one child process."""
    import os
    import subprocess
    import tempfile
    import time

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)        # this child's own rusage
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return wall, proc.returncode, out.read(), err.read(), usage


def _ingest(gcmbot: str, paths: list[str], env: dict, cwd) -> tuple[dict, float, object]:
    import json

    wall, code, out, err, usage = _timed([gcmbot, "ingest", "--json", *paths], env, cwd)
    try:
        summary = json.loads(out)
    except ValueError:
        raise SystemExit(f"gcmbot bench ingest: `gcmbot ingest` failed (exit {code}):\n{err[-2000:]}") from None
    if code != 0:
        print(f"note: gcmbot ingest exited {code}: " + "; ".join(summary.get("errors", []))[:500])
    return summary, wall, usage


def run(args) -> int:
    import json
    import os
    import shutil
    import statistics
    import sys
    import tempfile
    from pathlib import Path

    from bot.settings import get_settings

    settings = get_settings()
    gcmbot = str(Path(sys.executable).parent / "gcmbot")
    if not Path(gcmbot).exists():
        gcmbot = shutil.which("gcmbot") or gcmbot
    paths = [str(Path(p).resolve()) for p in args.paths]
    tmp = Path(tempfile.mkdtemp(prefix="gcmbot-bench-ingest-"))
    data = tmp / "data"
    env = _env(data)
    env.setdefault("GCMBOT_KNOWLEDGE_DIR", str(settings.knowledge_dir.resolve()))
    print(f"benchmarking ingest of {', '.join(paths) or settings.documents_dir} into a fresh {data} "
          f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
    try:
        cwd = Path.cwd()
        full, full_wall, full_usage = _ingest(gcmbot, paths, env, cwd)
        again, again_wall, _ = _ingest(gcmbot, paths, env, cwd)
        walls = []
        for _ in range(max(1, args.search_runs)):
            wall, code, out, err, _ = _timed([gcmbot, "search", args.query, "--k", "3"], env, cwd)
            if code != 0:
                print(f"gcmbot bench ingest: `gcmbot search` failed (exit {code}): {err.strip()[-500:]}", file=sys.stderr)
                return 1
            walls.append(wall)
    finally:
        if args.keep:
            print(f"kept {data}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    s = full["seconds"]
    figures = {
        "documents": len(full["added"]),
        "chunks": full["chunks_total"],
        "card_questions": full.get("card_questions_embedded", 0),
        "embedder": full["embedder"],
        "full_seconds": s["total"],
        "full_split": {k: s.get(k, 0.0) for k in ("load_clean_chunk", "embed", "write", "cards_timeline")},
        "full_process_wall": round(full_wall, 3),
        "full_process_cpu": round(full_usage.ru_utime + full_usage.ru_stime, 2),
        "full_peak_rss_mib": round(full_usage.ru_maxrss / 1024, 1),        # ru_maxrss is KiB on Linux
        "unchanged_seconds": again["seconds"]["total"],
        "unchanged_process_wall": round(again_wall, 3),
        "unchanged_chunks_embedded": again["chunks_embedded"],
        "search_cold_wall_median": round(statistics.median(walls), 3),
        "search_cold_walls": [round(w, 3) for w in walls],
    }
    checks = {
        "full": figures["full_seconds"] < TARGETS["full"],
        "unchanged": figures["unchanged_seconds"] < TARGETS["unchanged"] and figures["unchanged_chunks_embedded"] == 0,
        "search": figures["search_cold_wall_median"] < TARGETS["search"],
    }
    figures["targets_met"] = checks
    status = 0 if figures["unchanged_chunks_embedded"] == 0 else 1     # a correctness failure, not a speed one
    if args.json:
        print(json.dumps(figures, indent=2))
        return status

    def mark(ok: bool) -> str:
        return "ok" if ok else "OVER TARGET"

    split = figures["full_split"]
    print(f"ingest of {figures['documents']} documents, {figures['chunks']} chunks "
          f"(+ {figures['card_questions']} card questions) with {figures['embedder']}")
    print(f"  full ingest        {figures['full_seconds']:7.2f} s   target < {TARGETS['full']:.0f} s   {mark(checks['full'])}")
    print(f"    load/clean/chunk {split['load_clean_chunk']:7.2f} s")
    print(f"    embed            {split['embed']:7.2f} s   ({figures['chunks'] / max(split['embed'], 1e-9):.1f} chunks/s)")
    print(f"    write            {split['write']:7.2f} s")
    print(f"    cards/timeline   {split['cards_timeline']:7.2f} s   (card questions embedded, quotations checked)")
    print(f"    process wall     {figures['full_process_wall']:7.2f} s   (with interpreter start and imports; "
          f"{figures['full_process_cpu']:.1f} s of CPU)")
    print(f"  unchanged run      {figures['unchanged_seconds']:7.2f} s   target < {TARGETS['unchanged']:.0f} s   "
          f"{mark(checks['unchanged'])}  ({figures['unchanged_chunks_embedded']} chunks embedded; "
          f"process wall {figures['unchanged_process_wall']:.2f} s)")
    print(f"  search cold start  {figures['search_cold_wall_median']:7.2f} s   target < {TARGETS['search']:.0f} s   "
          f"{mark(checks['search'])}  (median of {', '.join(f'{w:.2f}' for w in walls)})")
    print(f"  peak memory        {figures['full_peak_rss_mib']:7.1f} MiB (RSS of the full ingest process)")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs: other work shares the machine, "
              "so the times above are slower than on an idle one.")
    if status:
        print("FAIL: the unchanged run embedded chunks again; incremental ingestion is broken.")
    return status
