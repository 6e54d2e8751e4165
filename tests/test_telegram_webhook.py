"""Webhook mode of the real `gcmbot serve`: registered with its secret, updates pushed by the
Bot API server answered, requests without (or with a wrong) secret token refused, and no
start at all without a secret."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.botapi_server import BotAPIServer, ServeProcess, copy_index, free_port, new_user, says, visible

pytestmark = pytest.mark.slow

SECRET = "s3cret-Token_for-tests"


@pytest.fixture(scope="module")
def hooked(indexed_env, tmp_path_factory):
    base = tmp_path_factory.mktemp("telegram-webhook")
    data = copy_index(indexed_env, base / "data")
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg-hook"
    server = BotAPIServer().start()
    env = dict(indexed_env, GCMBOT_DATA_DIR=data, GCMBOT_WEBHOOK_URL=url, GCMBOT_WEBHOOK_LISTEN="127.0.0.1",
               GCMBOT_WEBHOOK_PORT=port, GCMBOT_WEBHOOK_SECRET=SECRET)
    proc = ServeProcess(server, env, base / "serve.log").start(ready="setWebhook")
    deadline = time.monotonic() + 20
    while True:                                   # setWebhook comes just before the server listens
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, proc.log[-3000:]
            time.sleep(0.1)
    try:
        yield type("Hooked", (), {"server": server, "proc": proc, "url": url})
    finally:
        proc.stop()
        server.close()


def test_webhook_registered_with_its_secret(hooked):
    [call] = hooked.server.find("setWebhook")
    assert call.params["url"] == hooked.url and call.params["secret_token"] == SECRET
    assert not hooked.server.find("getUpdates")                   # no polling in webhook mode


def test_updates_pushed_to_the_webhook_are_answered(hooked):
    user = new_user()
    hooked.server.send_text(user, "/help", language_code="fr")    # delivered with the secret header
    reply = hooked.server.wait_for_sync("sendMessage", chat_id=user, timeout=20)
    assert visible(reply).startswith(says("tg.help", "fr")[:20])


@pytest.mark.parametrize("headers", [{}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}],
                         ids=["without-secret", "wrong-secret"])
def test_requests_without_the_secret_are_refused(hooked, headers):
    user = new_user()
    update = {"update_id": 990000 + user % 1000, "message": hooked.server.message(user, "/help")}
    response = httpx.post(hooked.url, content=json.dumps(update), timeout=10,
                          headers={"Content-Type": "application/json", **headers})
    assert response.status_code == 403
    hooked.server.assert_no_call("sendMessage", within=0.5, chat_id=user)


def test_request_with_the_secret_is_accepted(hooked):
    user = new_user()
    update = {"update_id": 995000 + user % 1000, "message": hooked.server.message(user, "/help")}
    response = httpx.post(hooked.url, content=json.dumps(update), timeout=10,
                          headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert response.status_code == 200
    assert hooked.server.wait_for_sync("sendMessage", chat_id=user, timeout=20)


def test_webhook_mode_refuses_to_start_without_a_secret(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "GCMBOT_TELEGRAM_TOKEN": "123:TEST", "GCMBOT_DATA_DIR": str(tmp_path),
           "GCMBOT_WEBHOOK_URL": "https://bot.example.org/hook"}
    gcmbot = Path(sys.executable).with_name("gcmbot")
    done = subprocess.run([str(gcmbot), "serve"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "GCMBOT_WEBHOOK_SECRET" in done.stderr and "123:TEST" not in done.stderr + done.stdout
