"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1 (the test double
for a hosted language model: none runs on these machines).

``POST .../chat/completions`` answers with the next step of ``server.script`` (or, when
the script is empty, with ``server.responder(request)``); every request is kept in
``server.requests``. A step is a dict:

    {"content": "text"}                   a normal reply
    {"status": 500}                       an HTTP error (any status; 429 takes "retry_after")
    {"delay": 3.0, "content": "..."}      a reply that comes late
    {"raw": "{not json"}                  a 200 whose body is garbage
    {"drop": True}                        the connection closed without a reply

Run alone (``python -m tests.llm_server --port 8765``) it serves :func:`echo_first_sentence`
for `gcmbot bench llm`.
"""
from __future__ import annotations

import argparse
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


def completion(content: str, model: str = "scripted") -> dict:
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def human_message(request: dict) -> str:
    return next((m.get("content", "") for m in request.get("messages", []) if m.get("role") == "user"), "")


def passages(request: dict) -> dict[int, str]:
    """The numbered passages a request carries: {number: text}."""
    return {int(n): text for n, text in re.findall(r'<passage number="(\d+)"[^>]*>\n(.*?)\n</passage>',
                                                   human_message(request), re.DOTALL)}


def echo_first_sentence(request: dict) -> dict:
    """Passage 1's first sentence with its marker (compose), or the quotation itself (translate)."""
    text = human_message(request)
    quote = re.search(r"<quotation>\n(.*?)\n</quotation>", text, re.DOTALL)
    if quote:
        return {"content": quote.group(1)}
    first = passages(request).get(1, "")
    sentence = re.split(r"(?<=[.!?])\s", first.strip(), maxsplit=1)[0]
    return {"content": f"{sentence} [1]"}


class _Handler(BaseHTTPRequestHandler):
    server: "LLMServer"

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found"}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found"}})
            return
        try:
            request = json.loads(body)
        except ValueError:
            self._json(400, {"error": {"message": "bad json"}})
            return
        step = self.server.next_step(request, dict(self.headers))
        if step.get("delay"):
            time.sleep(step["delay"])
        if step.get("drop"):
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if "raw" in step:
            data = step["raw"].encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        status = step.get("status", 200)
        if status != 200:
            headers = {"Retry-After": str(step["retry_after"])} if step.get("retry_after") else {}
            self._json(status, {"error": {"message": f"scripted {status}", "type": "server_error"}}, headers)
            return
        self._json(200, completion(step.get("content", ""), request.get("model", "scripted")))

    def _json(self, status: int, payload: dict, headers: dict | None = None):
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):    # the client gave up (a timeout test)
            pass


class LLMServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int = 0, responder: Callable[[dict], dict] | None = None):
        super().__init__(("127.0.0.1", port), _Handler)
        self.script: list[dict] = []
        self.responder = responder or echo_first_sentence
        self.requests: list[dict] = []
        self.headers_seen: list[dict] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_step(self, request: dict, headers: dict) -> dict:
        with self._lock:
            self.requests.append(request)
            self.headers_seen.append(headers)
            if self.script:
                return self.script.pop(0)
        return self.responder(request)

    def start(self) -> "LLMServer":
        self._thread = threading.Thread(target=self.serve_forever, name="llm-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="a scripted OpenAI-compatible server on 127.0.0.1 (tests, bench)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = LLMServer(args.port)
    print(f"serving {server.url} (echoes passage 1's first sentence)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
