"""The dashboard's Dates page: the events found in the documents at ingest, each with its kind,
dates, sentence and document, and Hide / Show / Correct / Undo buttons (the same decisions as
``gcmbot timeline``, see :mod:`bot.review.event_review`)."""
from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from bot.review import event_review
from bot.storage import event_overrides

STATUSES = ("shown", "hidden", "superseded")
ACTIONS = ("hide", "show", "correct", "reset")


def event_routes(settings, engine, *, render, form_checked, forbidden, login_required) -> list[Route]:
    """Routes of the Dates page; the helpers are the dashboard's own (sign-in, CSRF, rendering)."""

    def page_context(request: Request) -> dict:
        listing = event_review.listing(settings, overrides=event_overrides.read(engine))
        document = request.query_params.get("document", "")
        status = request.query_params.get("status", "")
        rows = [r for r in listing.rows if (not document or r.event.document == document)
                and (status not in STATUSES or r.status == status)]
        counts = {s: sum(1 for r in listing.rows if r.status == s) for s in STATUSES}
        documents = sorted({r.event.document for r in listing.rows})
        return dict(rows=rows, counts=counts, documents=documents, document=document, status_filter=status,
                    orphans=listing.orphans, problem=listing.problem, kinds=event_review.KINDS, total=len(listing.rows))

    @login_required
    async def events_page(request: Request):
        try:
            context = await run_in_threadpool(page_context, request)
        except ValueError as err:            # a malformed timeline.yaml: say which entry
            return render(request, "error.html", status=500, title="timeline.yaml cannot be read",
                          message=f"{err}. Fix knowledge/timeline.yaml, then reload this page.")
        return render(request, "events.html", nav="events", done=request.query_params.get("done", ""), error="",
                      **context)

    @login_required
    async def decide(request: Request):
        form = await form_checked(request)
        if form is None:
            return forbidden(request)
        event_id = request.path_params["event_id"]
        action = request.path_params["action"]
        if action not in ACTIONS:
            return render(request, "error.html", status=404, title="No such action",
                          message=f"{action!r} is not one of: {', '.join(ACTIONS)}.")
        try:
            if action in ("hide", "show"):
                await run_in_threadpool(event_review.hide, settings, engine, event_id, action == "hide")
            elif action == "correct":
                names = {lang: str(form.get(f"name_{lang}", "")) for lang in event_review.LANGS}
                await run_in_threadpool(event_review.correct, settings, engine, event_id,
                                        dates=str(form.get("dates", "")), kind=str(form.get("kind", "")), names=names)
            else:
                await run_in_threadpool(event_review.reset, settings, engine, event_id)
        except event_review.ReviewError as err:
            context = await run_in_threadpool(page_context, request)
            return render(request, "events.html", status=422, nav="events", done="", error=str(err), **context)
        back = {k: str(form.get(k, "")) for k in ("document", "status") if form.get(k)}
        back["done"] = f"{event_id}: {action}"
        return RedirectResponse(f"/events?{urlencode(back)}#{event_id}", status_code=303)

    return [
        Route("/events", events_page),
        Route("/events/{event_id:str}/{action:str}", decide, methods=["POST"]),
    ]
