import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./context.ts";

/**
 * Tells the partner that a mutation was answered from the first attempt's stored answer
 * (`idempotent-replay: true`), as the subgraph told the gateway, so a client can tell a retry
 * that changed nothing from a first success.
 */
export const idempotentReplayHeader: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.replay?.idempotent) response.http.headers.set("idempotent-replay", "true");
      },
    };
  },
};
