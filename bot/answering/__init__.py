"""The answer path: one engine for every channel.

A question goes through four named steps, each a module here with one input and one
output type (see ``engine.Engine.answer``):

    understand.py  question text            -> Understanding (language, follow-up, glossary
                                                expansion, the kind of fact asked)
    retrieve.py    Understanding + vector    -> Retrieval (chunks ranked by dense + BM25 fusion,
                                                whether the documents speak of it at all)
    choose:        events.py  the event the question names (timeline)
                   cards.py   a vetted card
                   passages.py the sentences that answer
    compose.py     a choice                  -> Answer (text in the user's language, sources)

Optional, only when the secretariat connects a language model (``GCMBOT_LLM_URL``):
    generate.py    Answer                    -> Answer (the quotation translated, or the answer
                                                written from the same passages; never a refusal)
    guard.py       generated text + passages -> Verdict (shown only if the documents back it)

May import: ``bot.text``, ``bot.knowledge``, ``bot.messages``, ``bot.settings`` and
``ingest`` (embedders, the vector store). Never a channel (``bot.telegram_channel``,
``bot.cli``), the review layer or the question log.
"""
