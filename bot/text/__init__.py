"""Text primitives every layer uses: language detection and normalisation (Arabic
alef/hamza/ta marbuta, French accents, Arabic-Indic digits), word tokens with light
stemming and the BM25 index.

Imports nothing from the rest of ``bot``.
"""
