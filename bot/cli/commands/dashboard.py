"""``gcmbot dashboard``: the secretariat's web dashboard."""
from __future__ import annotations

import sys

HELP = "the secretariat's web dashboard (groups, gaps, cards, exports)"
DESCRIPTION = (
    "Serve the dashboard. Sign-in with GCMBOT_DASHBOARD_PASSWORD; without a password it "
    "only serves on 127.0.0.1. New questions are grouped at start and on demand."
)


def add_arguments(parser) -> None:
    parser.add_argument("--host", help="listen address (default GCMBOT_DASHBOARD_HOST, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default GCMBOT_DASHBOARD_PORT, 8080)")
    parser.add_argument("--https-only", action="store_true",
                        help="mark the session cookie Secure (behind an HTTPS reverse proxy)")
    parser.add_argument("--no-group", action="store_true", help="do not group new questions at start")


def run(args) -> int:
    import uvicorn

    from bot.review.dashboard.app import DashboardError, check_bind, create_app, server_options
    from bot.settings import get_settings

    settings = get_settings()
    host = args.host or settings.dashboard_host
    port = args.port or settings.dashboard_port
    try:
        check_bind(host, settings.dashboard_password.get_secret_value())
    except DashboardError as err:
        print(f"gcmbot dashboard: {err}", file=sys.stderr)
        return 2
    app = create_app(settings, https_only=args.https_only, host=host)
    if not args.no_group:
        app.state.start_grouping()
    print(f"dashboard on http://{host}:{port}/"
          + ("" if settings.dashboard_password.get_secret_value() else " (no password: local access only)"), file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=settings.log_level.lower(), access_log=False, **server_options(settings))
    return 0
