// Channel operations, following Stackless's generic_channel_action: when a partner is waiting,
// the values are exchanged through tempval and the preference decides who runs next (the
// favoured partner runs at once and the caller goes to the end of the run queue; otherwise the
// partner is appended and the caller continues; schedule_all always moves on); with nobody
// waiting the caller blocks. A "bomb" (send_exception, send_throw) travels like a value and is
// raised by the receiver.
import { timersPending } from "./timers";
import { isBomb, explode } from "./bomb";
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { None } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { RuntimeError, ValueError } from "../objects/exception";
import { raiseLit } from "../objects/errors";
import { TF, asTasklet } from "./tasklet";
import { ChannelObj, asChannel, channelFree } from "./channel";
import { cbDepth, channelCb, chanNotified, scheduleCb, notifyChannel, clearNotified } from "./callbacks";
import { current, main, mainFinished, enqueue, dequeue, switchTo, switchOn, bumpRuncount, switchTrap, wakeupTarget, isFloating, revive, giveBomb, setHold } from "./scheduler";
import { visit, leave, otherThreadRunnable, isPrimary } from "./threads";

export namespace CF {
  export const SCHEDULE_ALL: u32 = 1;
  export const CLOSING: u32 = 2;
}

// Queue a blocked tasklet at the channel's tail (the channel takes the caller's reference).
function pushWaiter(c: ChannelObj, v: Value): void {
  const t = asTasklet(v);
  t.next = 0;
  t.prev = c.tail ? c.tail : changetype<Value>(c);
  if (c.tail) asTasklet(c.tail).next = v; else c.head = v;
  c.tail = v;
}

// Take the first waiter; its queue reference passes to the caller.
function popWaiter(c: ChannelObj): Value {
  const v = c.head;
  const t = asTasklet(v);
  c.head = t.next;
  if (c.head) asTasklet(c.head).prev = changetype<Value>(c); else c.tail = 0;
  t.next = 0;
  t.prev = 0;
  t.flags &= ~(TF.BLOCKED | TF.SENDING);
  return v;
}

// The channel a blocked tasklet waits on: the prev of its queue's first tasklet. (O(position):
// only unblocking a tasklet from outside the channel asks, and the tasklet saves a field.)
export function blockedOn(v: Value): Value {
  let p = asTasklet(v).prev;
  while (kindOf(p) != Kind.CHANNEL) p = asTasklet(p).prev;
  return p;
}

// Remove a specific blocked tasklet from its channel; the channel's reference passes to the caller.
export function unblock(v: Value): void {
  const t = asTasklet(v);
  const ch = blockedOn(v);
  const c = asChannel(ch);
  if (t.prev != ch) asTasklet(t.prev).next = t.next; else c.head = t.next;
  if (t.next) asTasklet(t.next).prev = t.prev; else c.tail = t.prev != ch ? t.prev : 0;
  c.balance += (t.flags & TF.SENDING) ? -1 : 1;
  t.next = 0;
  t.prev = 0;
  t.flags &= ~(TF.BLOCKED | TF.SENDING);
}

// Could v be a stackless.bomb (an instance)? The cheap test before isBomb.
@inline export function mayBeBomb(v: Value): bool { return v != 0 && !isSmall(v) && kindOf(v) == Kind.INSTANCE; }

// Insert v (new reference) into the run queue just before `before`.
function enqueueBefore(v: Value, before: Value): void {
  const t = asTasklet(v);
  incref(v);
  t.flags |= TF.SCHEDULED;
  const b = asTasklet(before);
  const p = b.prev;
  t.next = before;
  t.prev = p;
  asTasklet(p).next = v;
  b.prev = v;
  bumpRuncount();
}

// Could the current tasklet block now without deadlocking the program? Yes if another tasklet
// is runnable, or if the innermost run() waiter (else main) is paused and can take over
// (scheduling.c schedule_task_block: "revive_main"); after main has returned the host drives.
// With threads, another thread that can run may wake it; a wait that holds its whole thread
// (`_thread` lock) leaves none of the thread's other tasklets to do it.
export function canBlock(source: Value, holding: bool): bool {
  if (!holding && asTasklet(source).next != source) return true;
  if (otherThreadRunnable()) return true;
  const w = wakeupTarget();
  if (mainFinished && (w == main || !isPrimary())) return true;
  // a pending timer (time.sleep) will wake something: the VM is idle until then
  return (w != source && !holding && isFloating(w)) || timersPending();
}

// Set by a `_thread` lock's wait (builtins): the next blocking receive holds the whole thread.
let holdNext = false;
export function holdThreadOnNextBlock(): void { holdNext = true; }
export function channelsReset(): void { holdNext = false; }

// dir: 1 send, -1 receive. value is borrowed (None for receive); bomb: value is an exception to
// raise in the receiver. Returns the call's result, SWITCHED, or 0 with an exception pending.
export function channelAction(ch: Value, value: Value, dir: i32, bomb: bool): Value {
  const c = asChannel(ch);
  const source = current;
  const s = asTasklet(source);
  // (one OR of them all, not a chain of branches: this test runs for every channel operation)
  if (!(<u32>bomb | cbDepth | channelCb | <u32>chanNotified | scheduleCb | <u32>switchTrap | <u32>holdNext | c.flags)) {
    // the common cases first, with nothing that could change what they do (callbacks, traps, a
    // closing or schedule_all channel, a bomb, a held thread): the generic path below, shortened
    if (dir > 0 ? c.balance < 0 : c.balance > 0) {
      const target = c.head;
      const t = asTasklet(target);
      // a partner of this thread, bringing no bomb: it gets our value, we get its value
      if (!((t.flags ^ s.flags) & TF.THREAD) && !(t.flags & TF.BOMB)) {
        popWaiter(c);
        c.balance += dir;
        const v = t.tempval; // what the partner sends (None from a receiver)
        incref(value);
        t.tempval = value;
        t.flags |= TF.RESUME_PUSH;
        decref(s.tempval);
        s.flags &= ~TF.BOMB;
        if (c.preference == -dir) {
          // the favoured partner runs now, then the one that was next; we end up last
          enqueueBefore(target, s.next);
          decref(target); // the channel's reference: the queue has its own
          s.tempval = v;
          return switchOn(source, target);
        }
        enqueue(target);
        decref(target);
        s.tempval = 0;
        if (mayBeBomb(v) && isBomb(v)) { explode(v); return 0; }
        return v ? v : None;
      }
    } else if (s.next != source && !(s.flags & TF.BLOCK_TRAP)) {
      // nobody waiting and another tasklet runnable: block, and the next one runs
      const next = s.next;
      dequeue(source); // the queue's reference moves to the channel
      s.flags = (s.flags & ~TF.BOMB) | TF.BLOCKED | (dir > 0 ? TF.SENDING : 0);
      pushWaiter(c, source);
      c.balance += dir;
      incref(value);
      decref(s.tempval);
      s.tempval = value;
      return switchOn(source, next);
    }
  }
  const holding = holdNext;
  holdNext = false;
  const cando = dir > 0 ? c.balance < 0 : c.balance > 0;
  if (cbDepth) { raiseLit(RuntimeError, "Recursive channel call due to callbacks!"); return 0; }
  if (channelCb && !chanNotified) {
    // the channel callback runs first (a frame); its hook then calls this again (callbacks.ts)
    incref(value);
    decref(s.tempval);
    s.tempval = value;
    return notifyChannel(ch, dir, bomb, !cando);
  }
  clearNotified();
  // switch_trap: refused only when this operation would switch tasklets
  if (switchTrap && (!cando || (c.flags & CF.SCHEDULE_ALL) != 0 || c.preference == -dir)) {
    raiseLit(RuntimeError, "switch_trap");
    return 0;
  }
  if (!cando) {
    if (s.flags & TF.BLOCK_TRAP) { raiseLit(RuntimeError, "this tasklet does not like to be blocked."); return 0; }
    if (c.flags & CF.CLOSING) { raiseLit(ValueError, "Send/receive operation on a closed channel"); return 0; }
    if (!canBlock(source, holding)) { raiseLit(RuntimeError, "Deadlock: the last runnable tasklet cannot be blocked."); return 0; }
  }
  incref(value);
  decref(s.tempval);
  s.tempval = value;
  if (bomb) s.flags |= TF.BOMB; else s.flags &= ~TF.BOMB;
  if (cando) {
    const target = popWaiter(c);
    c.balance += dir;
    const t = asTasklet(target);
    // exchange: the partner gets our value, we get theirs (bomb marks travel with them)
    const tv = t.tempval;
    t.tempval = s.tempval;
    s.tempval = tv;
    const sb = s.flags & TF.BOMB, tb = t.flags & TF.BOMB;
    s.flags = (s.flags & ~TF.BOMB) | tb;
    t.flags = (t.flags & ~TF.BOMB) | sb;
    t.flags |= TF.RESUME_PUSH;
    const home = visit(target);
    if (home) {
      // the partner belongs to another thread: it becomes runnable there, and this thread goes on
      // (Stackless never switches to another thread's tasklet directly)
      enqueue(target);
      leave(home);
      decref(target);
      return switchTo(source, source);
    }
    if (c.flags & CF.SCHEDULE_ALL) {
      enqueue(target);
      decref(target);
      return switchTo(source, s.next);
    }
    if (c.preference == -dir) {
      // the favoured partner runs now; it goes right after us, and we end up last
      enqueueBefore(target, s.next);
      decref(target);
      return switchTo(source, target);
    }
    enqueue(target);
    decref(target);
    return switchTo(source, source);
  }
  // nobody waiting: block
  const next = s.next;
  dequeue(source); // the queue's reference moves to the channel
  s.flags |= TF.BLOCKED | (dir > 0 ? TF.SENDING : 0);
  pushWaiter(c, source);
  c.balance += dir;
  if (holding) setHold(source); // the thread runs nothing else until this tasklet is woken
  if (next == source) {
    // we were the last runnable tasklet: the run() waiter or main takes over (canBlock), and
    // a blocked send_exception/send_throw raises its exception there too (Stackless's
    // documented quirk), or the VM goes idle after main has returned
    const w = wakeupTarget();
    // (nobody to take over while a timer is pending: idle until it is due)
    if ((w == main && mainFinished) || !isFloating(w)) return switchTo(source, 0);
    if (bomb) { incref(value); giveBomb(w, value); }
    revive(w);
    return switchTo(source, w);
  }
  return switchTo(source, next);
}

export function channelDestroy(v: Value): void {
  const c = asChannel(v);
  // blocked tasklets die with the channel that holds them
  while (c.head) decref(popWaiter(c));
  channelFree(v);
}
