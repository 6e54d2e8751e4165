"""A Chroma server (``chroma run``, the one the client package ships) on 127.0.0.1, for the
tests and benchmarks that run several bot replicas on one index."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ChromaServer:
    """``chroma run --path PATH`` on a free port; ``url`` is what GCMBOT_CHROMA_URL should be.
    ``index`` (optional) is an embedded index (a data dir's ``chroma/``) copied to PATH first."""

    def __init__(self, path: Path, index: Path | None = None):
        self.path = Path(path)
        if index is not None and not self.path.exists():
            shutil.copytree(index, self.path)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = 60) -> "ChromaServer":
        env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
        env["ANONYMIZED_TELEMETRY"] = "False"
        self._log = open(self.path.parent / f"chroma-{self.port}.log", "w")
        self.proc = subprocess.Popen([str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/v2/heartbeat", timeout=1) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"chroma run did not start: {(self.path.parent / f'chroma-{self.port}.log').read_text()[-2000:]}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            self.proc = None
        if self._log:
            self._log.close()
            self._log = None
