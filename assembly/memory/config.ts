// The runtime's settings, fixed by vm_init (on the lowest floor: every floor reads them).
@unmanaged export class Config {
  budget: u32;
  arena: u32;
  spill: u32;
  freelistCount: u32;
  freelistBytes: u32;
  zombieFrames: u32;
  recursionLimit: u32;
  // sys.set_int_max_str_digits: decimal int<->str conversions past this many digits raise (0: none)
  intMaxStrDigits: u32;
  // sys.setswitchinterval: the GIL's switch interval, opcodes (>= 1) or seconds (< 1) (stackless/threads.ts)
  switchInterval: f64;
  // sys.setcheckinterval (Stackless 3.7's sys still has it): stored, used by nothing, as in 3.7
  checkInterval: i32;
}
export const config = changetype<Config>(memory.data(offsetof<Config>(), 4));
