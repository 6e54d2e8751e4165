"""The question log and the bot's shared state: the schema (``schema.py``), the store on
SQLite or PostgreSQL with its outbox for when the database is away (``store.py``), what
several bot replicas share — update journal, leases, per-user limits, conversation turns
(``coordination.py``) —, the text rules labels are chosen by (``labels.py``), the
questions' points in the grouping space (``points.py``) and the question groups with the
secretariat's corrections (``groups.py``).

May import: ``bot.answering.types`` (what it logs), ``bot.settings``, ``bot.text`` (the
cleaning of what a column cannot hold). Never a channel, the engine or the review layer.
"""
