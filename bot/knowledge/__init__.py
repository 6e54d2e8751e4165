"""What the assistant knows, loaded from ``knowledge/`` as data: vetted cards
(``cards.py``), dated events (``timeline.py``), the glossary and not-covered subjects
(``glossary.py``), and the list of dates people ask for (``deadlines.py``).

May import: ``bot.text``, ``bot.messages`` and ``ingest`` (loaders, manifest). Never the
engine, a channel, the review layer or storage.
"""
