"""The secretariat's side: reading the question log (``faq.py``), grouping questions by
need across languages (``grouping.py``, with what is known of each question in
``signals.py`` and the kind of fact asked in ``fact_kinds.py``), measuring that grouping
on labelled logs (``grouping_quality.py``), drafting vetted cards from a group
(``card_authoring.py``) and the web dashboard (``dashboard/``).

May import: ``bot.storage``, ``bot.knowledge``, ``bot.text``, ``bot.messages``,
``bot.settings`` and ``ingest``. Never a Telegram channel.
"""
