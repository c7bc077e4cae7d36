# syntax=docker/dockerfile:1
#
# The hub as one image: every service is the same release, chosen by the command it starts with,
#   node subgraphs/<name>/dist/index.js    (individuals, screenings, levelofcare, facilities)
#   node gateway/dist/index.js             (the default)
#   node scripts/dist/migrate.js           (once per release, before the services: the migration)
# — the entries `npm run start:prod` starts (scripts/start-prod/services.mjs), which compose.yaml
# and deploy/k8s/ run and the tests in test/deploy/ hold equal. Built from the compiled
# output of `npm run build`; the runtime stage holds production dependencies only and runs as an
# unprivileged user. docs/operations.md, "Deploy", says how to build and run it.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Build: every dependency, the generated Prisma clients and the sandbox page (`npm run
#    generate`, run by `prebuild`), and each service bundled into <service>/dist/index.js.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

# 2. The release: production dependencies only, installed offline from the npm cache the build's
#    install filled (as CI's test/production/start-prod.test.ts installs them), and beside them
#    only what the bundles read at run time: the hub's package.json (how a bundle finds the
#    release root), each subgraph's prisma/ folder (schema and migrations), the composed
#    supergraph, the safelisted roles' persisted operations, the sandbox page and the partner
#    guides it takes its examples from, the internal UI's static build (served at /ui/ with UI=true,
#    or copied to any web server), and the launcher's service list the healthcheck reads.
FROM build AS release
RUN npm ci --omit=dev --omit=optional --offline --no-audit --no-fund
RUN mkdir /release && cp -a --parents \
      package.json package-lock.json node_modules \
      packages/*/package.json subgraphs/*/package.json gateway/package.json \
      gateway/dist subgraphs/*/dist subgraphs/*/prisma ui/dist \
      schema/supergraph.graphql persisted-operations docs/partners \
      scripts/start-prod.mjs scripts/start-prod deploy/docker/healthcheck.mjs \
      /release
# The migration's compiled entry (`migrate` in scripts/start-prod/services.mjs): move it with that.
# Beside it, the operator's census-feed dead-letter tool (docs/operations.md, "Scale").
RUN cp -a --parents scripts/dist/migrate.js scripts/dist/census-feed-dead-letters.js scripts/dist/rebuild-blocking-keys.js /release

# 3. Runtime: the release on a clean Node image. Its files belong to root and the services run as
#    the image's `node` user (uid 1000), so a service cannot change its own code; nothing is
#    written to disk in production, so the root filesystem may be mounted read-only.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=release /release /app
USER 1000:1000
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "deploy/docker/healthcheck.mjs"]
CMD ["node", "gateway/dist/index.js"]
