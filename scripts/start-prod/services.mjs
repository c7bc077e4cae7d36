/**
 * The compiled services `npm run start:prod` starts, with their port variables and defaults:
 * those of packages/config/src/service-names.ts, written out again because this
 * launcher runs without TypeScript (test/production/start-prod.test.ts holds the two equal).
 * The container images start the same entries, one service per container (`node <entry>`:
 * compose.yaml, deploy/k8s/; the tests in test/deploy/ hold them to this list).
 */
export const subgraphs = [
  { name: "individuals", portVariable: "INDIVIDUALS_PORT", defaultPort: 4001 },
  { name: "screenings", portVariable: "SCREENINGS_PORT", defaultPort: 4002 },
  { name: "levelofcare", portVariable: "LEVELOFCARE_PORT", defaultPort: 4003 },
  { name: "facilities", portVariable: "FACILITIES_PORT", defaultPort: 4004 },
].map((service) => ({ ...service, entry: `subgraphs/${service.name}/dist/index.js` }));

export const gateway = { name: "gateway", portVariable: "GATEWAY_PORT", defaultPort: 4000, entry: "gateway/dist/index.js" };

/**
 * The compiled `npm run migrate`, which a release runs once before its services start (the compose
 * `migrate` service, the Kubernetes migration Job). The one line to change if the bundle moves.
 */
export const migrate = { name: "migrate", entry: "scripts/dist/migrate.js" };

/** Where this machine reaches a service listening on `host` (HOST; a wildcard address is reached locally). */
export function localUrl(host, port, pathname) {
  const local = host === undefined || host === "" || host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${local.includes(":") ? `[${local}]` : local}:${port}${pathname}`;
}
