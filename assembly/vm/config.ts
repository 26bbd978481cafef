// The runtime's settings, fixed by vm_init.
@unmanaged export class Config {
  budget: u32;
  arena: u32;
  spill: u32;
  freelistCount: u32;
  freelistBytes: u32;
  zombieFrames: u32;
  recursionLimit: u32;
}
export const config = changetype<Config>(memory.data(offsetof<Config>(), 4));
