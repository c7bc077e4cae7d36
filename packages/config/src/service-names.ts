/** The four subgraphs of the hub, in the order their default ports are assigned (4001–4004). */
export const subgraphNames = ["individuals", "screenings", "levelofcare", "facilities"] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export const defaultPorts: Record<SubgraphName | "gateway", number> = {
  gateway: 4000,
  individuals: 4001,
  screenings: 4002,
  levelofcare: 4003,
  facilities: 4004,
};

/** `levelofcare` → `LEVELOFCARE`: the prefix of a service's own environment variables. */
export const envPrefix = (name: SubgraphName | "gateway") => name.toUpperCase();
