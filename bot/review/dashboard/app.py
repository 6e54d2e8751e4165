"""The secretariat's dashboard: server-rendered pages (Starlette + Jinja2), no build step.

Security
- Only the configured host names are served (``GCMBOT_DASHBOARD_ALLOWED_HOSTS``;
  by default localhost, 127.0.0.1 and the listen address): another ``Host``
  header gets 400, so a DNS-rebinding page cannot read the dashboard.
- Sign-in with ``GCMBOT_DASHBOARD_PASSWORD``. The password is kept only as a
  scrypt hash (random salt) in memory and compared with ``hmac.compare_digest``.
  Failed sign-ins are slowed down per address (5 a minute) and for the account
  (20 in 15 minutes, whatever the address). The address is the connection's
  own; ``X-Forwarded-For`` is believed only from ``GCMBOT_DASHBOARD_TRUSTED_PROXIES``
  (:func:`server_options`).
- The session is a signed cookie (Starlette's SessionMiddleware, itsdangerous):
  HttpOnly, SameSite=Strict, 8 hours, holding a token that the database must
  still know (:mod:`.sessions`): signing out ends it in every process.
- Every form carries a CSRF token bound to the session; a POST without it, or
  with a wrong one, is refused (403).
- Every URL and form parameter is checked by :mod:`.params` before use: a bad
  one gets 400 (404 for a page that does not exist) with what is wrong, never 500.
- Without a password the dashboard is open, which :func:`check_bind` allows only
  on 127.0.0.1.
- Pages never show who asked (no ``user_key`` is read) and compute everything
  from the live rows, so deleted questions are gone from every page and export.

The interface is in English (for the secretariat); questions, answers and card
fields carry their own ``lang`` and ``dir`` so Arabic is right-to-left.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.applications import Starlette
from starlette.convertors import register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.review import faq
from bot.review.dashboard.events_page import event_routes
from bot.review.card_authoring import SOURCE_ROWS, create_card, draft_from_form, draft_from_group, list_documents, search_documents
from bot.review.dashboard import params as P
from bot.review.dashboard.sessions import SESSION_HOURS, Sessions, cookie_key

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
LOOPBACK = ("127.0.0.1",)
PAGE_SIZE = 25
MAX_PAGE = 100_000
PERIOD = {"since": P.day, "until": P.day, "days": P.number(1, P.MAX_DAYS), "lang": P.one_of(*faq.LANGS)}
register_url_convertor("id", P.IdConvertor())
LANG_NAMES = {"ar": "Arabic", "en": "English", "fr": "French"}
LANG_DIR = {"ar": "rtl", "en": "ltr", "fr": "ltr"}
LANG_COLOURS = {"ar": "#1b7f5b", "en": "#2458a6", "fr": "#c0612b"}


class DashboardError(SystemExit):
    pass


def check_bind(host: str, password: str) -> None:
    """Refuse to serve without a password anywhere but on 127.0.0.1."""
    if not password and host not in LOOPBACK:
        raise DashboardError(
            f"refusing to serve the dashboard on {host} without a password: set GCMBOT_DASHBOARD_PASSWORD "
            "(or bind to 127.0.0.1 with --host 127.0.0.1)"
        )


class PasswordCheck:
    """The password as a salted scrypt hash; compared in constant time."""

    def __init__(self, password: str):
        self._salt = secrets.token_bytes(16)
        self._hash = self._derive(password) if password else None

    def _derive(self, password: str) -> bytes:
        return hashlib.scrypt(password.encode("utf-8"), salt=self._salt, n=2**14, r=8, p=1, dklen=32)

    @property
    def required(self) -> bool:
        return self._hash is not None

    def verify(self, attempt: str) -> bool:
        if self._hash is None:
            return True
        return hmac.compare_digest(self._derive(attempt or ""), self._hash)


class Throttle:
    """At most ``limit`` failed sign-ins per key (an address, the account) per ``window`` seconds."""

    def __init__(self, limit: int = 5, window: float = 60.0):
        self.limit, self.window = limit, window
        self._fails: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, who: str) -> bool:
        now = time.monotonic()
        with self._lock:
            q = self._fails[who]
            while q and now - q[0] > self.window:
                q.popleft()
            return len(q) >= self.limit

    def fail(self, who: str) -> None:
        with self._lock:
            self._fails[who].append(time.monotonic())


#: failed sign-ins allowed from one address, and on the account from anywhere (an attacker
#: spreading guesses over many addresses gets 20 per quarter hour, ~2,000 a day)
ADDRESS_FAILURES = (5, 60.0)
ACCOUNT_FAILURES = (20, 15 * 60.0)
ACCOUNT = "secretariat"


def allowed_hosts(settings, host: str | None = None) -> list[str]:
    """GCMBOT_DASHBOARD_ALLOWED_HOSTS, or localhost, 127.0.0.1 and the listen address."""
    if settings.dashboard_allowed_hosts:
        return list(settings.dashboard_allowed_hosts)
    names = ["localhost", "127.0.0.1", "[::1]"]
    bound = (host or settings.dashboard_host).lower()
    if bound not in names and bound not in ("0.0.0.0", "::", ""):
        names.append(f"[{bound}]" if ":" in bound else bound)
    return names


def server_options(settings) -> dict:
    """uvicorn's options for the dashboard: X-Forwarded-For believed only from the configured
    proxies (uvicorn's own default believes it from 127.0.0.1, so a local caller could claim
    any address and escape the sign-in throttle)."""
    proxies = list(settings.dashboard_trusted_proxies)
    return {"proxy_headers": bool(proxies), "forwarded_allow_ips": ",".join(proxies) or "", "server_header": False}


# --------------------------------------------------------------------------- charts (server-drawn SVG)
def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    exp = 10 ** int(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return int(step * exp)
    return value


def stacked_bars(weeks: list[dict], series: list[tuple[str, str, str]], title: str, percent: bool = False) -> Markup:
    """An accessible SVG bar chart: one stacked bar per week; series = (key, label, colour)."""
    width, height, left, bottom, top = 640, 220, 44, 36, 12
    n = max(len(weeks), 1)
    slot = (width - left - 8) / n
    bar = max(slot * 0.7, 2)
    totals = [sum(w.get(k, 0) for k, _, _ in series) for w in weeks]
    ymax = 100 if percent else _nice_max(max(totals, default=0))
    plot_h = height - bottom - top
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="t-{id(weeks)}-{len(title)}">',
             f'<title id="t-{id(weeks)}-{len(title)}">{Markup.escape(title)}</title>']
    for i in range(5):
        v = ymax * i / 4
        y = top + plot_h - plot_h * i / 4
        label = f"{v:.0f}%" if percent else f"{v:.0f}"
        parts.append(f'<line x1="{left}" x2="{width - 4}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{label}</text>')
    for i, w in enumerate(weeks):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        total = totals[i]
        for key, label, colour in series:
            v = w.get(key, 0)
            if not v:
                continue
            share = (v / total * 100) if percent else v
            h = plot_h * share / ymax if ymax else 0
            y -= h
            tip = f"week of {w['week']}: {label} {v}" + (f" ({share:.0f}%)" if percent else "")
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}"><title>{Markup.escape(tip)}</title></rect>')
        if n <= 16 or i % 2 == 0:
            wk = w["week"]
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" class="axis" text-anchor="middle">{wk.day:02d}/{wk.month:02d}</text>')
    lx = left
    for key, label, colour in series:
        parts.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{lx + 14}" y="{height - 5}" class="axis">{Markup.escape(label)}</text>')
        lx += 14 + 8 * len(label) + 16
    parts.append("</svg>")
    return Markup("".join(parts))


class SecurityHeaders:
    """Headers on every response: no framing, no sniffing, a strict CSP, no caching of pages."""

    CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                         (b"referrer-policy", b"no-referrer"), (b"content-security-policy", self.CSP.encode())]
                if not path.startswith("/static"):
                    extra.append((b"cache-control", b"no-store"))
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --------------------------------------------------------------------------- the app
def create_app(settings, store=None, *, password: str | None = None, secret_key: str | None = None,
               embedder_factory=None, https_only: bool = False, host: str | None = None) -> Starlette:
    """The dashboard for these settings. ``password`` defaults to GCMBOT_DASHBOARD_PASSWORD;
    ``host`` is the listen address (default GCMBOT_DASHBOARD_HOST), a name it answers to;
    ``secret_key`` signs the cookie (default: derived from the pseudonym key)."""
    if store is None:
        from bot.storage.store import Store

        store = Store.from_settings(settings)
    engine = store.engine
    knowledge_dir = Path(settings.knowledge_dir)
    if password is None:
        password = settings.dashboard_password.get_secret_value()
    check = PasswordCheck(password)
    del password
    by_address, on_account = Throttle(*ADDRESS_FAILURES), Throttle(*ACCOUNT_FAILURES)
    sessions = Sessions(engine)
    topic_titles = faq.TopicTitles(knowledge_dir)
    grouping = {"running": False, "last": None, "error": None}
    grouping_lock = threading.Lock()

    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    env.globals.update(LANG_NAMES=LANG_NAMES, LANG_DIR=LANG_DIR, LANGS=faq.LANGS, LANG_COLOURS=LANG_COLOURS)

    def fmt_dt(value) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else "-"

    def fmt_day(value) -> str:
        return value.strftime("%Y-%m-%d") if value else "-"

    env.filters.update(dt=fmt_dt, day=fmt_day, pct=lambda a, b: f"{(100 * a / b):.0f}%" if b else "-")

    # ------------------------------------------------------------------ helpers
    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = secrets.token_urlsafe(32)
            request.session["csrf"] = token
        return token

    def signed_in(request: Request) -> bool:
        """A password is not required, or the cookie's session is still open in the database."""
        if not check.required:
            return True
        if "gcm_signed_in" not in request.scope:          # one look-up per request
            request.scope["gcm_signed_in"] = sessions.valid(request.session.get("sid", ""))
        return request.scope["gcm_signed_in"]

    def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        started = request.scope.get("gcm_started", time.perf_counter())
        html = env.get_template(template).render(
            request=request, csrf=csrf_token(request), signed_in=signed_in(request),
            password_required=check.required, grouping=grouping, nav=context.pop("nav", ""), **context
        )
        resp = HTMLResponse(html, status_code=status)
        resp.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        return resp

    def checked_query(request: Request, spec: dict) -> dict:
        return P.parse(request.query_params, spec)

    def filters(request: Request, extra: dict | None = None) -> tuple[faq.Period, str | None, dict, str | None, dict]:
        """(period, language, the values as typed, what is wrong with them, the other parameters)."""
        values = {k: request.query_params.get(k, "") for k in PERIOD}
        try:
            v = checked_query(request, {**PERIOD, **(extra or {})})
            iso = {k: v[k].isoformat() if k in v else None for k in ("since", "until")}
            period = faq.Period.parse(iso["since"], iso["until"], v.get("days"))
        except P.BadParameter as err:
            return faq.Period(), None, values, str(err), {}
        except ValueError as err:                        # since after until
            return faq.Period(), None, values, str(err).replace("--", ""), {}
        return period, v.get("lang"), values, None, v

    async def form_checked(request: Request):
        """The form, if its CSRF token matches the session's; else None."""
        form = await request.form()
        sent = str(form.get("csrf", ""))
        expected = request.session.get("csrf", "")
        if not expected or not sent or not hmac.compare_digest(sent, expected):
            return None
        return form

    def forbidden(request: Request) -> HTMLResponse:
        return render(request, "error.html", status=403, title="Refused",
                      message="This form has expired or did not come from this dashboard. Reload the page and try again.")

    def login_required(handler):
        async def wrapped(request: Request):
            request.scope["gcm_started"] = time.perf_counter()
            if not signed_in(request):
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)
            return await handler(request)
        wrapped.__name__ = handler.__name__
        return wrapped

    def run_in_threadpool(fn, *args, **kwargs):
        from starlette.concurrency import run_in_threadpool as rit

        return rit(fn, *args, **kwargs)

    # ------------------------------------------------------------------ sign-in
    async def login(request: Request):
        if request.method == "GET":
            if signed_in(request) and check.required:
                return RedirectResponse("/", status_code=303)
            return render(request, "login.html", next=checked_query(request, {"next": P.local_path}).get("next", "/"))
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        who = request.client.host if request.client else "?"       # X-Forwarded-For only from a trusted proxy
        nxt = P.parse(form, {"next": P.local_path}).get("next", "/")
        if by_address.blocked(who):
            return render(request, "login.html", status=429, next=nxt, error="Too many attempts. Wait a minute and try again.")
        if on_account.blocked(ACCOUNT):
            return render(request, "login.html", status=429, next=nxt,
                          error="Too many failed sign-ins on this account. Wait a quarter of an hour and try again.")
        ok = await run_in_threadpool(check.verify, str(form.get("password", "")))
        if not ok:
            by_address.fail(who)
            on_account.fail(ACCOUNT)
            log.warning("dashboard: failed sign-in from %s", who)
            return render(request, "login.html", status=401, next=nxt, error="Wrong password.")
        request.session.clear()
        request.session["sid"] = await run_in_threadpool(sessions.open)
        request.session["csrf"] = secrets.token_urlsafe(32)      # a fresh token after sign-in
        return RedirectResponse(nxt, status_code=303)

    async def logout(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        await run_in_threadpool(sessions.close, request.session.get("sid", ""))
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # ------------------------------------------------------------------ pages
    @login_required
    async def overview_page(request: Request):
        period, lang, values, error, _ = filters(request)
        with engine.connect() as conn:
            data = faq.overview(conn, period, titles=topic_titles)
        weeks = data["weeks"]
        chart_lang = stacked_bars(weeks, [(l, LANG_NAMES[l], LANG_COLOURS[l]) for l in faq.LANGS], "Questions per week, by language")
        chart_share = stacked_bars(weeks, [("answered", "answered", "#2e7d32"), ("refused", "refused", "#c62828")],
                                   "Answered and refused, share per week", percent=True)
        return render(request, "overview.html", status=400 if error else 200, nav="overview", data=data, values=values,
                      error=error, chart_lang=chart_lang, chart_share=chart_share)

    def _groups_page(gaps: bool):
        @login_required
        async def page(request: Request):
            period, lang, values, error, v = filters(request, {"page": P.number(1, MAX_PAGE)})
            page_no = v.get("page", 1)
            with engine.connect() as conn:
                groups, total = faq.group_summaries(conn, period, lang, gaps_only=gaps, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
                ungrouped = faq.ungrouped_count(conn, period, lang)
            pages = max(1, math.ceil(total / PAGE_SIZE))
            query = urlencode({k: v for k, v in values.items() if v})
            return render(request, "groups.html", status=400 if error else 200, nav="gaps" if gaps else "groups",
                          gaps=gaps, groups=groups, total=total,
                          page=page_no, pages=pages, values=values, error=error, query=query, ungrouped=ungrouped,
                          export_query=query)
        page.__name__ = "gaps_page" if gaps else "groups_page"
        return page

    @login_required
    async def group_page(request: Request):
        from bot.storage.groups import resolve

        gid = request.path_params["group_id"]
        with engine.connect() as conn:
            now = resolve(conn, gid)
            if now is not None and now != gid:
                return RedirectResponse(f"/groups/{now}", status_code=303)      # merged into another group
            g = faq.group_summary(conn, gid)
            members = faq.group_members(conn, gid) if g else []
            others = [o for o in faq.group_choices(conn) if o.id != gid] if g else []
        if g is None:
            return render(request, "error.html", status=404, title="No such group",
                          message="This group does not exist (any more): its questions may have been deleted.")
        flash = request.session.pop("flash", None) or {}
        return render(request, "group.html", nav="groups", g=g, members=members, others=others,
                      done=flash.get("done"), problem=flash.get("problem"))

    # ------------------------------------------------------------------ the secretariat's corrections
    def _target(value) -> int | None:
        text = str(value or "").strip().lstrip("#")
        return int(text) if text.isdigit() and len(text) < 12 else None

    async def _correct(request: Request, fn, *args, done: str):
        """Apply a correction; back to the resulting group with what was done, or what went wrong."""
        from bot.storage.groups import CorrectionError
        from bot.storage.store import StoreUnavailable

        gid = request.path_params["group_id"]
        try:
            result = await run_in_threadpool(fn, *args)
        except CorrectionError as err:
            request.session["flash"] = {"problem": str(err)}
            return RedirectResponse(f"/groups/{gid}", status_code=303)
        except StoreUnavailable:
            request.session["flash"] = {"problem": "The question log is busy or cannot be reached (a grouping run may "
                                                   "be writing to it): nothing was changed. Try again in a minute."}
            return RedirectResponse(f"/groups/{gid}", status_code=303)
        request.session["flash"] = {"done": done.format(result=result, gid=gid)}
        return RedirectResponse(f"/groups/{result}", status_code=303)

    @login_required
    async def group_rename(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        label = str(form.get("label", ""))[:300]
        what = f"Group {{result}} is now labelled “{label.strip()}”." if label.strip() else \
            "Group {result} is labelled with its most typical question again."
        return await _correct(request, store.rename_group, request.path_params["group_id"], label, done=what)

    @login_required
    async def group_merge(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        into = _target(form.get("into"))
        if into is None:
            request.session["flash"] = {"problem": "Give the number of the group to merge this one into."}
            return RedirectResponse(f"/groups/{request.path_params['group_id']}", status_code=303)
        return await _correct(request, store.merge_groups, request.path_params["group_id"], into,
                              done="Group {gid} was merged into this group.")

    @login_required
    async def group_questions(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        gid = request.path_params["group_id"]
        picked = [int(v) for v in form.getlist("question") if str(v).isdigit() and len(str(v)) < 12]
        if not picked:
            request.session["flash"] = {"problem": "Tick the questions to split off or move first."}
            return RedirectResponse(f"/groups/{gid}", status_code=303)
        if form.get("action") == "move":
            to = _target(form.get("to"))
            if to is None:
                request.session["flash"] = {"problem": "Give the number of the group to move the ticked questions to."}
                return RedirectResponse(f"/groups/{gid}", status_code=303)
            return await _correct(request, store.move_questions, picked, to,
                                  done=f"{len(picked)} question{'s' if len(picked) != 1 else ''} moved here from group {{gid}}.")
        label = str(form.get("new_label", ""))[:300]
        return await _correct(request, store.split_group, gid, picked, label or None,
                              done=f"{len(picked)} question{'s' if len(picked) != 1 else ''} split off group {{gid}} into this new group.")

    @login_required
    async def question_page(request: Request):
        qid = request.path_params["question_id"]
        with engine.connect() as conn:
            q = faq.question_detail(conn, qid)
        if q is None:
            return render(request, "error.html", status=404, title="No such question",
                          message="This question is not in the log (any more): it may have been deleted.")
        return render(request, "question.html", nav="groups", q=q)

    @login_required
    async def card_editor(request: Request):
        documents = list_documents(knowledge_dir)
        if request.method == "GET":
            group = checked_query(request, {"group": P.record_id}).get("group")
            draft = None
            if group is not None:
                with engine.connect() as conn:
                    draft = draft_from_group(conn, group, knowledge_dir)
            if draft is None:
                draft = draft_from_form({})
            return render(request, "card.html", nav="cards", draft=draft, documents=documents, saved=None, rows=draft.rows(SOURCE_ROWS))
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        P.parse(form, {"group_id": P.record_id})              # the hidden group number, before it reaches the store
        draft = draft_from_form(form)
        with engine.begin() as conn:
            saved = await run_in_threadpool(create_card, draft, knowledge_dir, conn)
        status = 200 if saved else 422
        return render(request, "card.html", status=status, nav="cards", draft=draft, documents=documents,
                      saved=saved, rows=draft.rows(SOURCE_ROWS))

    @login_required
    async def document_search(request: Request):
        v = checked_query(request, {"q": P.text(200), "document": P.text(100), "format": P.one_of("html", "json")})
        q, doc = v.get("q", ""), v.get("document")
        hits = search_documents(knowledge_dir, q, limit=25, document=doc) if q else []
        if v.get("format") == "json":
            return JSONResponse({"query": q, "hits": hits})
        return render(request, "documents.html", nav="documents", q=q, hits=hits, documents=list_documents(knowledge_dir), document=doc or "")

    @login_required
    async def export_file(request: Request):
        fmt = P.parse(request.path_params, {"fmt": P.one_of("csv", "json")}, in_path=True)["fmt"]
        period, lang, _values, error, _ = filters(request)
        if error:
            return render(request, "error.html", status=400, title="Bad period", message=error)
        with engine.connect() as conn:
            data = faq.export(conn, fmt, period, lang)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
        return Response(data, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="gcm-faq-{stamp}.{fmt}"',
        })

    @login_required
    async def export_questions(request: Request):
        """Every logged question of the period with its group id (CSV), to check the grouping from outside."""
        period, lang, _values, error, _ = filters(request)
        if error:
            return render(request, "error.html", status=400, title="Bad period", message=error)
        with engine.connect() as conn:
            data = faq.export(conn, "csv", period, lang, per_question=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
        return Response(data, media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="gcm-questions-{stamp}.csv"',
        })

    def _run_grouping(regroup: bool = False) -> None:
        try:
            from bot.review.grouping import group_new_questions

            embedder = embedder_factory() if embedder_factory else None
            if embedder is None:
                from ingest.embedders import get_embedder

                embedder = get_embedder(settings)
            report = group_new_questions(engine, embedder, knowledge_dir=knowledge_dir, regroup=regroup)
            grouping["last"] = report.summary()
            grouping["error"] = None
        except Exception as err:  # shown on the page; the dashboard keeps serving
            log.exception("grouping failed")
            grouping["error"] = f"{type(err).__name__}: {err}"
        finally:
            grouping["running"] = False

    def start_grouping(regroup: bool = False) -> bool:
        with grouping_lock:
            if grouping["running"]:
                return False
            grouping["running"] = True
        threading.Thread(target=_run_grouping, args=(regroup,), name="grouping", daemon=True).start()
        return True

    @login_required
    async def regroup(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        start_grouping(regroup=form.get("all") == "1")
        return RedirectResponse(P.parse(form, {"next": P.local_path}).get("next", "/groups"), status_code=303)

    routes = [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", overview_page),
        Route("/groups", _groups_page(False)),
        Route("/gaps", _groups_page(True)),
        Route("/groups/{group_id:id}", group_page),
        Route("/groups/{group_id:id}/rename", group_rename, methods=["POST"]),
        Route("/groups/{group_id:id}/merge", group_merge, methods=["POST"]),
        Route("/groups/{group_id:id}/questions", group_questions, methods=["POST"]),
        Route("/questions/{question_id:id}", question_page),
        Route("/cards/new", card_editor, methods=["GET", "POST"]),
        Route("/documents", document_search),
        Route("/export.{fmt}", export_file),
        Route("/export-questions.csv", export_questions),
        Route("/regroup", regroup, methods=["POST"]),
        *event_routes(settings, engine, render=render, form_checked=form_checked, forbidden=forbidden,
                      login_required=login_required),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]

    def bad_parameter(request: Request, err: P.BadParameter):
        request.scope.setdefault("gcm_started", time.perf_counter())
        if err.in_path:
            return render(request, "error.html", status=404, title="No such page", message=f"No such page ({err}).")
        return render(request, "error.html", status=400, title="Bad request", message=f"{err}. Correct the address or the form and try again.")

    def http_error(request: Request, err: HTTPException):
        if err.status_code == 404:
            return render(request, "error.html", status=404, title="No such page",
                          message="There is no page at this address. Group and question numbers are whole numbers, e.g. /groups/12.")
        return render(request, "error.html", status=err.status_code, title="Refused", message=str(err.detail))

    def store_down(request: Request, err: Exception):
        log.warning("dashboard: the question log cannot be reached (%s)", type(err).__name__)
        request.scope["gcm_signed_in"] = False                # no second look-up in a database that is down
        return render(request, "error.html", status=503, title="The question log cannot be reached",
                      message="Its database does not answer. Nothing was changed; try again in a minute, "
                              "and check GCMBOT_DATABASE_URL and the database server if it lasts.")

    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings, host), www_redirect=False),
        Middleware(SessionMiddleware, secret_key=secret_key or cookie_key(settings), session_cookie="gcm_dashboard",
                   max_age=SESSION_HOURS * 3600, same_site="strict", https_only=https_only),
    ]
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={P.BadParameter: bad_parameter, HTTPException: http_error,
                                        OperationalError: store_down, InterfaceError: store_down})
    app.state.store = store
    app.state.start_grouping = start_grouping
    app.state.grouping = grouping

    return app


__all__ = ["create_app", "check_bind", "server_options", "allowed_hosts", "PasswordCheck", "DashboardError", "stacked_bars"]
