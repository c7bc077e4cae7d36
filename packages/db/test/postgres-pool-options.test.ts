import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import tls from "node:tls";
import { promisify } from "node:util";
import { openDatabase } from "@pasrr/db/database";
import { defaultPostgresSettings, type PostgresSettings, type SslMode } from "@pasrr/db/database-config";
import { postgresPoolOptions, postgresSslOptions } from "@pasrr/db/postgres-pool-options";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const caText = "-----BEGIN CERTIFICATE-----\n(a CA)\n-----END CERTIFICATE-----\n";

describe("the DATABASE_* settings as node-postgres pool options", () => {
  it("sets the pool size, timeouts and statement_timeout, and always an explicit ssl", () => {
    const settings: PostgresSettings = { poolMax: 4, statementTimeoutMs: 1500, connectTimeoutMs: 2500, ssl: { mode: "disable", rootCertFile: undefined } };
    expect(postgresPoolOptions("postgresql://hub@db.internal/pasrr", settings, undefined)).toEqual({
      connectionString: "postgresql://hub@db.internal/pasrr",
      max: 4,
      connectionTimeoutMillis: 2500,
      idleTimeoutMillis: 30_000,
      statement_timeout: 1500,
      // false, not absent: absent, node-postgres would read PGSSLMODE from the process's environment.
      ssl: false,
    });
  });

  it("maps each sslmode as libpq means it", () => {
    expect(postgresSslOptions("disable", undefined)).toBe(false);
    // require: encrypted, any certificate accepted.
    expect(postgresSslOptions("require", undefined)).toEqual({ rejectUnauthorized: false });
    // verify-ca: the chain must end at our CA; the host name is not compared.
    const verifyCa = postgresSslOptions("verify-ca", caText);
    expect(verifyCa).toMatchObject({ ca: caText, rejectUnauthorized: true });
    expect(verifyCa && verifyCa.checkServerIdentity?.("db.internal", {} as tls.PeerCertificate)).toBeUndefined();
    // verify-full: our CA, and Node's own host-name check (no checkServerIdentity of ours).
    expect(postgresSslOptions("verify-full", caText)).toEqual({ ca: caText, rejectUnauthorized: true });
  });

  it("will not verify without a CA", () => {
    expect(() => postgresSslOptions("verify-full", undefined)).toThrow(/needs a CA certificate/);
  });
});

// This machine's PostgreSQL runs without TLS (`SHOW ssl` is off), so the handshake is checked
// against a stand-in: a server that answers PostgreSQL's SSLRequest, completes TLS with a
// certificate for "localhost" from a CA made here by openssl, then refuses the login with a
// message of its own. Reaching that message proves the TLS session was accepted by the client.
const reachedServer = "the TLS session reached the server";

let dir: string;
let server: net.Server;
let port: number;
let plainStartups = 0;

async function makeCertificates() {
  const openssl = (...args: string[]) => promisify(execFile)("openssl", args, { cwd: dir });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl("req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test database CA");
  await openssl("req", "-x509", ...ec, "-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "2", "-subj", "/CN=Another CA");
  await openssl("req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
  await writeFile(path.join(dir, "san.ext"), "subjectAltName=DNS:localhost\n");
  await openssl(
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    "san.ext",
    "-out",
    "server.pem",
  );
}

/** A PostgreSQL ErrorResponse: what the server says before closing. */
function errorResponse(message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0C28000\0M${message}\0\0`);
  const header = Buffer.alloc(5);
  header.write("E", 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

async function startStandIn() {
  const key = await readFile(path.join(dir, "server.key"));
  const cert = await readFile(path.join(dir, "server.pem"));
  server = net.createServer((socket) => {
    socket.once("data", (first) => {
      // SSLRequest: length 8, code 80877103.
      if (first.length !== 8 || first.readInt32BE(4) !== 80877103) {
        plainStartups += 1;
        return socket.end(errorResponse("plain text"));
      }
      socket.write("S");
      const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
      secure.once("data", () => secure.end(errorResponse(reachedServer)));
      secure.on("error", () => socket.destroy());
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as net.AddressInfo).port;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pasrr-tls-"));
  await makeCertificates();
  await startStandIn();
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** Opens the database as a subgraph would and returns what its first query met. */
async function connect(host: string, mode: SslMode, caFile?: string): Promise<string> {
  const settings: PostgresSettings = { ...defaultPostgresSettings, ssl: { mode, rootCertFile: caFile && path.join(dir, caFile) } };
  const database = await openDatabase({ kind: "postgres", url: `postgresql://hub@${host}:${port}/pasrr`, variable: "X_DATABASE_URL", settings });
  try {
    await database.ping();
    return "connected";
  } catch (error) {
    return (error as Error).message;
  } finally {
    await database.close();
  }
}

describe("TLS as node-postgres really negotiates it", () => {
  it("disable sends no SSLRequest", async () => {
    const before = plainStartups;
    expect(await connect("localhost", "disable")).toBe("plain text");
    expect(plainStartups).toBe(before + 1);
  });

  it("require encrypts without checking the certificate: a CA it never saw and a host the certificate does not name", async () => {
    expect(await connect("127.0.0.1", "require")).toBe(reachedServer);
  });

  it("verify-full accepts our CA's certificate for the host connected to", async () => {
    expect(await connect("localhost", "verify-full", "ca.pem")).toBe(reachedServer);
  });

  it("verify-full refuses that certificate when connecting by another name", async () => {
    expect(await connect("127.0.0.1", "verify-full", "ca.pem")).toMatch(/does not match certificate's altnames/);
  });

  it("verify-ca accepts it by another name: the chain is checked, the host name is not", async () => {
    expect(await connect("127.0.0.1", "verify-ca", "ca.pem")).toBe(reachedServer);
  });

  it.each(["verify-ca", "verify-full"] as const)("%s refuses a certificate from a CA other than DATABASE_SSL_ROOT_CERT's", async (mode) => {
    expect(await connect("localhost", mode, "other-ca.pem")).toMatch(/certificate/i);
    expect(await connect("localhost", mode, "other-ca.pem")).not.toBe(reachedServer);
  });

  it("a CA file that cannot be read is a configuration error naming DATABASE_SSL_ROOT_CERT", async () => {
    await expect(connect("localhost", "verify-full", "missing.pem")).rejects.toThrow(/^DATABASE_SSL_ROOT_CERT: cannot read /);
  });
});
