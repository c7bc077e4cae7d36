import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { supergraphFile } from "@pasrr/gateway";
import { defaultPorts, type SubgraphName } from "@pasrr/config/service-names";
import { buildFacilitiesSchema } from "@pasrr/facilities/schema";
import { buildIndividualsSchema } from "@pasrr/individuals/schema";
import { buildLevelOfCareSchema } from "@pasrr/levelofcare/schema";
import { buildScreeningsSchema } from "@pasrr/screenings/schema";
import { parse, type GraphQLSchema } from "graphql";

export { supergraphFile };

const subgraphSchemas: Record<SubgraphName, () => Promise<GraphQLSchema>> = {
  individuals: buildIndividualsSchema,
  screenings: buildScreeningsSchema,
  levelofcare: buildLevelOfCareSchema,
  facilities: buildFacilitiesSchema,
};

/** Each subgraph's SDL as it would answer `_service { sdl }`, built in-process with no server running. */
export async function subgraphSdls(): Promise<{ name: SubgraphName; sdl: string }[]> {
  return Promise.all((Object.keys(subgraphSchemas) as SubgraphName[]).map(async (name) => ({ name, sdl: printSubgraphSchema(await subgraphSchemas[name]()) })));
}

/**
 * Composes the four subgraphs with Apollo's composition library. The routing URLs written
 * into the supergraph are the default local ports; the gateway replaces them from its
 * configuration, so one supergraph file serves every deployment.
 */
export async function composeSupergraph(): Promise<string> {
  const result = composeServices(
    (await subgraphSdls()).map(({ name, sdl }) => ({ name, url: `http://127.0.0.1:${defaultPorts[name]}/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
