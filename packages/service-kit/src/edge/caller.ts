import type { Principal } from "@pasrr/auth/principal";
import type { HubService } from "@pasrr/auth/service-credential";

/** Who sent a request, as the headers alone prove it: read before a byte of the body is. */
export interface Caller {
  principal: Principal;
  /** The `Authorization` header as sent, forwarded on calls made on the caller's behalf. */
  authorization: string;
  /** The hub service that vouched for the request with its credential; undefined for a partner's own request. */
  vouchedBy: HubService | undefined;
}

/** What the edge lets through, and on what terms: how much body it may send, whether its request id is kept. */
export interface Admission<TCaller> {
  caller: TCaller;
  maxBodyBytes: number;
  /** Only a hub service's request id is kept (it joins the caller's log lines); a partner's id is replaced. */
  keepsRequestId: boolean;
}
