"""Text primitives every layer uses: language detection and normalisation (Arabic
alef/hamza/ta marbuta, French accents, Arabic-Indic digits), word tokens with light
stemming and the BM25 index; and the cleaning of text that comes from outside
(``sanitize.py``: lone surrogates and control characters, NUL included).

Imports nothing from the rest of ``bot``.
"""
