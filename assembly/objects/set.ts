// set and frozenset: a dict whose values are all None (the dict machinery keeps insertion
// order, which CPython's sets do not promise; the corpus prints sets sorted).
import { Value } from "./object";
import { setType, frozensetType } from "./type";
import { dictNew } from "./dict";

export function setNew(): Value {
  const d = dictNew();
  if (d) store<u32>(d, setType, 4);
  return d;
}

export function frozensetNew(): Value {
  const d = dictNew();
  if (d) store<u32>(d, frozensetType, 4);
  return d;
}
