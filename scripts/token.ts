/**
 * `npm run token -- --role PAA --counties Hamilton,Butler [--org …] [--facilities id,id] [--hours 8]`
 * Mints a development token signed with the local dev key; production tokens come from the
 * state's identity provider instead.
 */
import { parseArgs } from "node:util";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { roles, type Role } from "@pasrr/auth/roles";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    org: { type: "string" },
    subject: { type: "string" },
    counties: { type: "string" },
    facilities: { type: "string" },
    hours: { type: "string", default: "8" },
  },
});
const list = (value: string | undefined) =>
  value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
if (!values.role || !roles.includes(values.role as Role)) {
  console.error(`--role must be one of ${roles.join(", ")}`);
  process.exit(2);
}
const config = loadCommonConfig(process.env);
if (config.mode === "production") {
  console.error("refusing to mint a dev token with NODE_ENV=production");
  process.exit(2);
}
try {
  const token = await mintDevToken(config.auth, {
    role: values.role as Role,
    organisationId: values.org ?? `dev-${values.role.toLowerCase().replace(/_/g, "-")}`,
    subject: values.subject,
    counties: list(values.counties),
    facilityIds: list(values.facilities),
    expiresInSeconds: Math.round(Number(values.hours) * 3600),
  });
  console.log(token);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
