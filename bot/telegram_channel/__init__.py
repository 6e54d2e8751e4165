"""The Telegram channel (named so as not to shadow python-telegram-bot's ``telegram``).

``app.py`` builds the Application and turns an update into a call of the engine and a
reply; ``user_data.py`` (/deadlines, /subscribe, /forget ...) and ``admin.py`` (/stats,
/reload) add their handlers; ``formatting.py`` writes answers as Telegram HTML;
``rate_limit.py`` (per-user limits) and ``reminders.py`` (deadline reminders from the job
queue). Every update answered once, by any replica: ``journal.py`` (updates recorded before
Telegram is told they arrived, taken over when abandoned), ``delivery.py`` (the Bot API
requests: retries, per-chat 429 pauses, no message sent twice), ``replicas.py`` (leases and
how ``serve`` runs).

May import: the engine (``bot.answering``), ``bot.knowledge``, ``bot.storage``,
``bot.messages``, ``bot.settings``. Handlers hold no answering logic.
"""
