# syntax=docker/dockerfile:1
# Relata in a container: the web app is built first, embedded into the release binary, and
# the binary runs alone in a small Debian image as an unprivileged user.
#   docker build -t relata .
#   docker run -p 8080:8080 -v relata-data:/var/lib/relata relata
# deploy/compose.yaml runs it with PostgreSQL and Redis; deploy/README.md says more.

# --- 1. the web app: web/dist -------------------------------------------------------------
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
# The lock file alone first, so the npm layer is rebuilt only when dependencies change.
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

# --- 2. the binary -------------------------------------------------------------------------
FROM rust:1.95-bookworm AS binary
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY crates/ crates/
COPY bench/ bench/
# crates/server/build.rs embeds ../../web/dist into the binary: it must be there before
# cargo runs, or the image serves a page that says the web app was not built.
COPY --from=web /src/web/dist web/dist
# Cache mounts keep the crate downloads and the build folder between builds; the binary is
# copied out of the cached folder because the cache is not part of the image.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p relata \
    && install -D -m 0755 target/release/relata /out/relata

# --- 3. the image that runs ----------------------------------------------------------------
FROM debian:bookworm-slim
# curl only serves the HEALTHCHECK below (a few MB with its libraries). A distroless image
# would be smaller but has no shell or HTTP client, so it could have no HEALTHCHECK without a
# `relata` subcommand for it. Package versions are not pinned: Debian's stable updates carry
# only security and bug fixes, and a pin would break the build at the next such update.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 relata \
    && useradd --system --no-log-init --uid 10001 --gid relata --home-dir /var/lib/relata \
        --shell /usr/sbin/nologin relata \
    && install -d -o relata -g relata -m 0750 /var/lib/relata
COPY --from=binary /out/relata /usr/local/bin/relata

ENV RELATA_LISTEN=0.0.0.0:8080 \
    RELATA_DATABASE_URL=sqlite:///var/lib/relata/relata.db
# The SQLite database (when used) and backups live here; mount a volume to keep them.
VOLUME ["/var/lib/relata"]
WORKDIR /var/lib/relata
# The numeric id lets orchestrators check runAsNonRoot without reading /etc/passwd.
USER 10001:10001
EXPOSE 8080
# /healthz says the process serves; /readyz (database reachable) suits a load balancer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["relata"]
CMD ["serve"]
