# Pinnwand as a container: `docker compose up -d` (see compose.yaml), or
#   docker build -t pinnwand . && docker run -p 3000:3000 -v pinnwand-data:/data pinnwand
# Both stages use the Node.js 24 LTS image on Debian 13 (trixie), slim. To pin exactly what was
# tested, an operator can add the digest: FROM node:24-trixie-slim@sha256:<digest> (both stages).

# ---- build: all dependencies, the SvelteKit build, then only the production dependencies ----
FROM node:24-trixie-slim AS build
# better-sqlite3 downloads a prebuilt binary for glibc x64/arm64; where that download is blocked
# (or for another architecture) it compiles itself, which needs these. They stay in this stage;
# their versions are Debian's of the day (hadolint DL3008 asks to pin them).
# hadolint ignore=DL3008
RUN apt-get update \
	&& apt-get install -y --no-install-recommends python3 make g++ \
	&& rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: what `node --import tsx server/index.ts` and `server/cli.ts` load, nothing more ----
FROM node:24-trixie-slim AS runtime
ENV NODE_ENV=production \
	DATA_DIR=/data \
	HOST=0.0.0.0 \
	PORT=3000
WORKDIR /app
# Owned by root and read-only to the app's user; only /data is writable for it.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/server ./server
COPY --from=build /app/src/lib/server ./src/lib/server
COPY --from=build /app/src/lib/board ./src/lib/board
COPY --from=build /app/src/lib/realtime ./src/lib/realtime
# A named volume takes the owner of the image's folder on first use.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# server/index.ts finishes open requests, stores pending board updates, closes sockets, exits 0.
STOPSIGNAL SIGTERM
# No curl in slim images: Node's fetch asks /healthz, which answers 200 once SQLite answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
	CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself as PID 1 (not npm, which does not pass SIGTERM on); no ensure-build, the build is in.
CMD ["node", "--import", "tsx", "server/index.ts"]
