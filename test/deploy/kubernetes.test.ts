import { Model } from "@kubernetes-models/base";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Service } from "kubernetes-models/v1";
import { beforeAll, describe, expect, it } from "vitest";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import {
  containerEnvNames,
  hubServices,
  kubectl,
  kustomize,
  launcher,
  loadManifestFiles,
  readRepoFile,
  startCommand,
  type KubernetesObject,
} from "./support/deploy-files.ts";
import { variablesTheCodeReads, type KnownVariables } from "./support/known-variables.ts";

/** The kinds deploy/k8s uses, each checked against Kubernetes' own OpenAPI schema by kubernetes-models. */
const models: Record<string, new (data: any) => Model<unknown>> = {
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "batch/v1/Job": Job,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
};

function validate(object: KubernetesObject) {
  const model = models[`${object.apiVersion}/${object.kind}`];
  if (!model) throw new Error(`${object.kind} ${object.metadata.name}: no schema for ${object.apiVersion} ${object.kind}`);
  new model(object).validate();
}

const find = (objects: KubernetesObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};

describe("deploy/k8s", () => {
  let written: KubernetesObject[];
  let known: KnownVariables;
  beforeAll(async () => {
    written = (await loadManifestFiles()).flatMap(({ objects }) => objects);
    known = await variablesTheCodeReads();
  });

  it("every object is valid by the Kubernetes OpenAPI schema", () => {
    expect(written.length).toBeGreaterThan(0);
    for (const object of written) validate(object);
  });

  it("holds no Secret: secrets are referenced by name, never written here", () => {
    expect(written.filter(({ kind }) => kind === "Secret")).toEqual([]);
  });

  it.each(hubServices.map((service) => [service.name, service] as const))(
    "%s: runs CI's start command on its default port, ready on /ready and alive on /health, with resources, non-root and a read-only root",
    (name, service) => {
      const pod = find(written, "Deployment", name).spec.template.spec;
      const [container, ...others] = pod.containers;
      expect(others).toEqual([]);
      expect(container.command).toEqual(startCommand(service));
      expect(container.ports).toEqual([{ name: "http", containerPort: service.defaultPort }]);
      expect(container.readinessProbe.httpGet).toEqual({ path: "/ready", port: "http" });
      expect(container.livenessProbe.httpGet).toEqual({ path: "/health", port: "http" });
      expect(container.startupProbe.httpGet).toEqual({ path: "/health", port: "http" });
      expect(Object.keys(container.resources.requests).sort()).toEqual(["cpu", "memory"]);
      expect(container.resources.limits.memory).toBeDefined();
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
      expect(find(written, "Service", name).spec.ports).toEqual([{ name: "http", port: service.defaultPort, targetPort: "http" }]);
    },
  );

  it.each(hubServices.map(({ name }) => name))("%s: scaled by an autoscaler from two replicas, and never drained below one", (name) => {
    const deployment = find(written, "Deployment", name);
    expect(deployment.spec.replicas).toBeUndefined();
    const autoscaler = find(written, "HorizontalPodAutoscaler", name).spec;
    expect(autoscaler.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name });
    expect(autoscaler.minReplicas).toBeGreaterThanOrEqual(2);
    const budget = find(written, "PodDisruptionBudget", name).spec;
    expect(budget.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(budget.minAvailable).toBe(1);
  });

  it("each subgraph reads its own database (the runtime role's URL) and no other; the gateway none", () => {
    for (const name of subgraphNames) {
      const variables = containerEnvNames(find(written, "Deployment", name).spec.template.spec.containers[0]);
      expect(variables.filter((variable) => variable.endsWith("_DATABASE_URL"))).toEqual([`${envPrefix(name)}_DATABASE_URL`]);
    }
    const gateway = containerEnvNames(find(written, "Deployment", "gateway").spec.template.spec.containers[0]);
    expect(gateway.filter((variable) => variable.endsWith("_DATABASE_URL"))).toEqual([]);
  });

  it("sets only variables the services read, and points each service's URL at its default port", () => {
    const config = find(written, "ConfigMap", "pasrr-config").data!;
    const containers = written.filter(({ kind }) => kind === "Deployment").flatMap((deployment) => deployment.spec.template.spec.containers);
    const migrateContainer = find(written, "Job", "pasrr-migrate").spec.template.spec.initContainers[0];
    const variables = [...Object.keys(config), ...[...containers, migrateContainer].flatMap(containerEnvNames)];
    expect(variables.filter((variable) => !known.has(variable))).toEqual([]);
    for (const service of hubServices) {
      const urlVariable = service.name === "gateway" ? "GATEWAY_URL" : `${envPrefix(service.name as SubgraphName)}_URL`;
      expect(config[urlVariable]).toBe(`http://${service.name}:${service.defaultPort}/graphql`);
    }
  });

  it("the migration Job runs the compiled migration as the owners, then the runtime roles' grants", () => {
    const pod = find(written, "Job", "pasrr-migrate").spec.template.spec;
    expect(pod.restartPolicy).toBe("Never");
    expect(pod.initContainers.map((container: { command: string[] }) => container.command)).toEqual([startCommand(launcher.migrate)]);
    expect(pod.containers.map((container: { command: string[] }) => container.command)).toEqual([["sh", "/grants/apply.sh"]]);
    for (const container of [...pod.initContainers, ...pod.containers]) {
      const owners = (container.env as { name: string; valueFrom?: { secretKeyRef: { name: string } } }[]).filter(({ name }) => name.endsWith("_DATABASE_URL"));
      expect(owners.map(({ name, valueFrom }) => [name, valueFrom!.secretKeyRef.name])).toEqual(
        subgraphNames.map((name) => [`${envPrefix(name)}_DATABASE_URL`, "pasrr-migration-database"]),
      );
    }
  });

  it("the grants the Job applies are those `npm run db:roles` prints, for every subgraph (run `npm run deploy:grants` when this fails)", async () => {
    const { grantsSql } = await import("../../scripts/deploy-grants.ts");
    for (const name of subgraphNames) expect(await readRepoFile(`deploy/k8s/migrate/grants/${name}.sql`), name).toBe(grantsSql(name));
    const apply = await readRepoFile("deploy/k8s/migrate/grants/apply.sh");
    expect(/for name in ([a-z ]+); do/.exec(apply)![1]!.split(" ")).toEqual([...subgraphNames]);
    const kustomization = await readRepoFile("deploy/k8s/migrate/kustomization.yaml");
    for (const name of subgraphNames) expect(kustomization).toContain(`- grants/${name}.sql`);
  });

  describe.runIf(kubectl)("rendered by `kubectl kustomize` (offline; where kubectl is installed)", () => {
    let hub: KubernetesObject[];
    let migrate: KubernetesObject[];
    beforeAll(async () => {
      [hub, migrate] = await Promise.all([kustomize("hub"), kustomize("migrate")]);
    });

    it("renders valid objects into one namespace, the services and the migration on one image", () => {
      for (const object of [...hub, ...migrate]) {
        validate(object);
        expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe("pasrr");
      }
      const images = [...hub, ...migrate]
        .filter(({ kind }) => kind === "Deployment" || kind === "Job")
        .flatMap((object) => [...(object.spec.template.spec.initContainers ?? []), ...object.spec.template.spec.containers])
        .map(({ image }: { image: string }) => image)
        .filter((image) => !image.startsWith("postgres:"));
      expect(new Set(images).size).toBe(1);
      expect(images[0]).not.toBe("pasrr-hub");
    });

    it("mounts the grants the Job runs from the ConfigMap kustomize generates", () => {
      const generated = migrate.find(({ kind, metadata }) => kind === "ConfigMap" && metadata.name.startsWith("pasrr-grants-"))!;
      expect(Object.keys(generated.data!).sort()).toEqual(["apply.sh", ...subgraphNames.map((name) => `${name}.sql`)].sort());
      const volumes = find(migrate, "Job", "pasrr-migrate").spec.template.spec.volumes;
      expect(volumes.find(({ name }: { name: string }) => name === "grants").configMap.name).toBe(generated.metadata.name);
    });
  });
});
