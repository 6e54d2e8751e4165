"""Ingestion: documents -> clean text -> chunks with metadata -> embeddings -> store."""
