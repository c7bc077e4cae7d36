import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { parse, parseAllDocuments } from "yaml";
import { repoRoot } from "@pasrr/config/repo-paths";

const run = promisify(execFile);

export interface LaunchedService {
  name: string;
  entry: string;
  portVariable: string;
  defaultPort: number;
}

/** The compiled entries CI starts (`npm run start:prod`, test/production/start-prod.test.ts): the one list every image command must match. */
export const launcher = (await import(pathToFileURL(path.join(repoRoot, "scripts/start-prod/services.mjs")).href)) as {
  subgraphs: LaunchedService[];
  gateway: LaunchedService;
  migrate: { name: string; entry: string };
};
export const hubServices: LaunchedService[] = [...launcher.subgraphs, launcher.gateway];
export const startCommand = (service: { entry: string }) => ["node", service.entry];

export const readRepoFile = (file: string) => readFile(path.join(repoRoot, file), "utf8");

/** compose.yaml as Docker Compose reads it: YAML 1.1 merge keys (`<<: *hub`) applied. */
export async function loadCompose(): Promise<ComposeFile> {
  return parse(await readRepoFile("compose.yaml"), { merge: true }) as ComposeFile;
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { disable?: boolean; test?: string[] };
  secrets?: { source: string; target: string }[];
  volumes?: string[];
  read_only?: boolean;
  ports?: string[];
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: any;
  data?: Record<string, string>;
}

/** Kubernetes reads manifests as YAML 1.1 (sigs.k8s.io/yaml): `defaultMode: 0440` is octal there. */
export function parseManifests(text: string): KubernetesObject[] {
  return parseAllDocuments(text, { version: "1.1", merge: true })
    .map((document) => document.toJS() as KubernetesObject | null)
    .filter((object): object is KubernetesObject => object !== null);
}

const k8sDir = path.join(repoRoot, "deploy", "k8s");

/** Every object written in deploy/k8s, as written (before kustomize sets images, namespace, labels). */
export async function loadManifestFiles(): Promise<{ file: string; objects: KubernetesObject[] }[]> {
  const files: string[] = [];
  for (const entry of await readdir(k8sDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".yaml") && entry.name !== "kustomization.yaml") files.push(path.join(entry.parentPath, entry.name));
  }
  return Promise.all(files.sort().map(async (file) => ({ file: path.relative(repoRoot, file), objects: parseManifests(await readFile(file, "utf8")) })));
}

/** The machine's kubectl, if it has one: `kubectl kustomize` renders a kustomization offline. */
export const kubectl = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].find((file) => existsSync(file));

export async function kustomize(kustomization: "hub" | "migrate"): Promise<KubernetesObject[]> {
  const { stdout } = await run(kubectl!, ["kustomize", path.join(k8sDir, kustomization)], { maxBuffer: 16 * 1024 * 1024 });
  return parseManifests(stdout);
}

/** A container's environment as names (values from ConfigMaps and Secrets are references, not values). */
export const containerEnvNames = (container: { env?: { name: string }[] }) => (container.env ?? []).map(({ name }) => name);
