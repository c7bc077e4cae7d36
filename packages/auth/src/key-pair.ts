import { exportJWK, generateKeyPair, type JWK } from "jose";
import { randomUUID } from "node:crypto";

/** An RS256 signing key as the hub stores it: both halves as JWKs carrying the same `kid`. */
export interface KeyPair {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * A new RS256 key pair (2048-bit RSA, the size the verifiers expect). The `kid` is `<prefix>-<uuid>`,
 * so a key set holding an old and a new key of one kind tells them apart; both halves carry
 * `alg: RS256` and `use: sig`, as a JWKS lists them.
 */
export async function generateSigningKeyPair(kidPrefix: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = `${kidPrefix}-${randomUUID()}`;
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
  };
}
