"""Logging for every ``gcmbot`` command: one format on standard error, and no secret in any line.

The secrets come from the settings (:meth:`bot.settings.Settings.secret_values`: the bot
token and its secret half, the webhook secret, the dashboard password, the pseudonym key,
the passwords inside URL settings) and are masked twice over:

* when a record is created (a log-record factory): its message and its traceback text, so
  that handlers this module does not configure (uvicorn's, pytest's ``caplog``) never hold
  them either;
* when a record is formatted (:class:`MaskingFormatter`, on the handler that writes to
  standard error): the whole text, message, traceback of chained exceptions and stack
  included - what a library adds after the record was made.

``scheme://user:password@`` is masked in every line, registered or not. Exceptions that no
command catches, in the main thread or another one, are written through the same path
(``bot.cli.main`` and :func:`configure_logging`) instead of Python's default printing, which
would show an exception message holding a token - PTB's ``InvalidToken`` does.
"""
from __future__ import annotations

import logging
import sys
import threading

from bot.settings import mask_url_password

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: libraries that log every request (httpx logs URLs, and a Bot API URL holds the token)
NOISY = ("httpx", "httpcore", "chromadb", "apscheduler")
#: shorter values are not masked: they would blank out common words in every line
#: (and a secret that short is no secret); a bot token's secret half has 35 characters
MIN_SECRET_CHARS = 4

_secrets: list[str] = []          # longest first, so that a secret containing another is masked whole
_factory_installed = False


def mask(text: str) -> str:
    """``text`` with every registered secret and every password in a URL replaced by ``***``."""
    if not text:
        return text
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return mask_url_password(text)


def mask_secrets_in_logs(*secrets: str) -> None:
    """Register secrets (a bot token also registers its part after the colon) and install the
    record factory that masks them in every log record, whatever handler prints it."""
    global _factory_installed
    for secret in secrets:
        if not secret:
            continue
        parts = [secret]
        if ":" in secret and len(secret.split(":", 1)[1]) >= 8:      # a bot token: 123456:AA...
            parts.append(secret.split(":", 1)[1])
        for part in parts:
            if len(part) >= MIN_SECRET_CHARS and part not in _secrets:
                _secrets.append(part)
    _secrets.sort(key=len, reverse=True)
    for noisy in ("httpx", "httpcore"):
        if logging.getLogger(noisy).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(noisy).setLevel(logging.WARNING)
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs):
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it to logging to report
            return record
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


class MaskingFormatter(logging.Formatter):
    """A formatter whose output never holds a registered secret or a URL password."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    logging.getLogger("gcmbot").error("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                                      exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def configure_logging(settings) -> None:
    """Standard error, the settings' level, secrets masked; quiet libraries; thread crashes logged."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(MaskingFormatter(FORMAT))
    logging.basicConfig(level=getattr(logging, settings.log_level), handlers=[handler])
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    mask_secrets_in_logs(*settings.secret_values())
    threading.excepthook = _log_thread_exception


__all__ = ["configure_logging", "mask", "mask_secrets_in_logs", "MaskingFormatter"]
