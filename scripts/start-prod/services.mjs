/**
 * The compiled services `npm run start:prod` starts, with their port variables and defaults:
 * those of packages/config/src/service-names.ts, written out again because this
 * launcher runs without TypeScript (test/production/start-prod.test.ts holds the two equal).
 */
export const subgraphs = [
  { name: "individuals", portVariable: "INDIVIDUALS_PORT", defaultPort: 4001 },
  { name: "screenings", portVariable: "SCREENINGS_PORT", defaultPort: 4002 },
  { name: "levelofcare", portVariable: "LEVELOFCARE_PORT", defaultPort: 4003 },
  { name: "facilities", portVariable: "FACILITIES_PORT", defaultPort: 4004 },
].map((service) => ({ ...service, entry: `subgraphs/${service.name}/dist/index.js` }));

export const gateway = { name: "gateway", portVariable: "GATEWAY_PORT", defaultPort: 4000, entry: "gateway/dist/index.js" };
