import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";

const read = (file: string) => readFile(path.join(repoRoot, file), "utf8");

/**
 * Issue 19: one Node version, said the same way everywhere a newcomer, CI or an image looks, and
 * an install that refuses (rather than warns about) a dependency declaring another.
 */
describe("the project's Node version", () => {
  it("is one major version in .nvmrc, engines, the image, the README and the running process", async () => {
    const major = (await read(".nvmrc")).trim();
    expect(major).toMatch(/^\d+$/);
    const { engines } = JSON.parse(await read("package.json")) as { engines: { node: string } };
    expect(engines.node).toMatch(new RegExp(`^>=${major}\\.\\d+ <${Number(major) + 1}$`));
    expect(await read("Dockerfile")).toMatch(new RegExp(`^ARG NODE_IMAGE=node:${major}-`, "m"));
    expect(await read("README.md")).toContain(`Node ${major} LTS`);
    expect(process.versions.node.split(".")[0]).toBe(major);
  });

  it("makes npm refuse a dependency whose engines exclude it, and CI refuse another major", async () => {
    expect(await read(".npmrc")).toMatch(/^engine-strict=true$/m);
    expect(await read(".ci/run")).toContain("cat .nvmrc");
  });
});
