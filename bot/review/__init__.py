"""The secretariat's side: reading the question log (``faq.py``), grouping questions by
need across languages (``grouping.py``), drafting vetted cards from a group
(``card_authoring.py``) and the web dashboard (``dashboard/``).

May import: ``bot.storage``, ``bot.knowledge``, ``bot.text``, ``bot.messages``,
``bot.settings`` and ``ingest``. Never a Telegram channel.
"""
