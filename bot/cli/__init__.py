"""The ``gcmbot`` command line: ``main.py`` dispatches to one module per command in
``commands/``; ``benchmarks/`` holds ``gcmbot bench``; ``render.py`` writes answers for a
terminal. A channel like Telegram: it calls the engine and holds no answering logic.
"""
