// The channel object: a queue of blocked tasklets (all senders or all receivers) and a balance.
import { Value, Obj } from "../objects/object";
import { channelType } from "../objects/type";
import { alloc, free } from "../memory/heap";

@unmanaged export class ChannelObj extends Obj {
  balance: i32;     // > 0: senders waiting; < 0: receivers waiting
  preference: i32;  // -1 prefer receiver, 0 none, 1 prefer sender
  head: Value;      // first blocked tasklet (references held by the queue)
  tail: Value;
  flags: u32;
}

@inline export function asChannel(v: Value): ChannelObj { return changetype<ChannelObj>(<usize>v); }

export function channelNew(): Value {
  const p = alloc(offsetof<ChannelObj>());
  if (!p) return 0;
  const c = asChannel(p);
  c.rc = 1;
  c.type = channelType;
  c.balance = 0;
  c.preference = -1;
  c.head = 0;
  c.tail = 0;
  c.flags = 0;
  return p;
}

export function channelFree(v: Value): void { free(v, offsetof<ChannelObj>()); }
