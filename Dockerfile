# certdesk — the Slack app, in either mode, configured only by environment variables.
#   docker build -t certdesk .
#   Socket Mode: docker run -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN -v certdesk-data:/app/data certdesk
#   HTTP mode:   docker run -e SLACK_BOT_TOKEN -e SLACK_SIGNING_SECRET -p 3000:3000 -v certdesk-data:/app/data certdesk
# node:24-slim: an LTS line that better-sqlite3 12 supports. Both stages share it, so the native module
# compiled in the first stage matches the runtime's Node ABI and glibc.

FROM node:24-slim AS build
WORKDIR /app
# Tools to compile better-sqlite3 when no prebuilt binary is fetched (build stage only).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied; the one native module that
# needs its install script is rebuilt explicitly.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:24-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY catalog ./catalog
# The default DATABASE_URL (sqlite:./data/certdesk.db) writes here: the only path the app user may write.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# /healthz answers on PORT in both modes. slim has no curl: Node's fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 receives SIGTERM directly; the app stops gracefully within 10 s (docker stop's default).
CMD ["node", "dist/main.js"]
