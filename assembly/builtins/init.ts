// The builtins dict and the native modules, built at init.
import { Lit } from "../objects/str";
import { hostInit } from "../host/calls";
import { Value } from "../objects/object";
import { asType, intType, floatType, strType, boolType, listType, tupleType, dictType, rangeType, typeType,
  objectType, noneType, functionType, builtinType, codeType, cellType, moduleType, sliceType, seqIterType,
  rangeIterType, dictIterType, dictKeysType, dictValuesType, dictItemsType, zipType, enumerateType, mapType, filterType, tracebackType, taskletType, channelType, getsetType,
  ellipsisType, generatorType, methodType, propertyType, staticmethodType, classmethodType, superType,
  setType, frozensetType, notImplementedType, bytesType, bytearrayType, weakrefType } from "../objects/type";
import { bytesBuiltinsInit, BytesM } from "./bytes";
import { dictNew, dictNext, entryAt, entryKey, entryValue } from "../objects/dict";
import { Kind, isSmall } from "../objects/object";
import { kindOf, typeOf, classmethodType } from "../objects/type";
import { asPair } from "../objects/instance";
import { asBuiltin } from "../objects/function";
import { asModule } from "../objects/module";
import { moduleNew } from "../objects/module";
import { None, True, False, Ellipsis, NotImplemented } from "../objects/singletons";
import { excTypeCount, excTypeTable, BaseException, TaskletExit } from "../objects/exception";
import { Core, into, def, defValue, typeDict } from "./registry";
import { internedInit, internName } from "../objects/interned";
import { methodsInit } from "./methods";
import { stacklessInit, Sl } from "./stackless";
import { sysInit } from "./sys";
import { framesInit } from "./frames";
import { classesInit, classesTypeProps } from "./classes";
import { setsInit } from "./sets";
import { numbersInit } from "./numbers";
import { mathInit } from "./math";
import { timeInit } from "./sys";
import { gcInit } from "./gc";
import { keysInit } from "./keys";
import { intsInit } from "./ints";
import { rangesInit } from "./ranges";
import { weakrefInit, Wr } from "./weakref";
import { gilInit } from "./gil";
import { writeBuiltinRepr } from "./core";
import { registerBuiltinRepr } from "../objects/repr";
import { nativeModules, nativeModulesNew } from "../vm/modules";

export let builtins: Value = 0;

function named(t: Value, name: Lit, ctor: u32): void {
  asType(t).name = internName(name); // shared with the builtin's name (int, str...)
  asType(t).ctor = ctor;
}

function nameTypes(): void {
  named(typeType, "type", Core.TYPE);
  named(objectType, "object", Core.OBJECT);
  named(noneType, "NoneType", 0);
  named(intType, "int", Core.INT);
  named(boolType, "bool", Core.BOOL);
  named(floatType, "float", Core.FLOAT);
  named(strType, "str", Core.STR);
  named(tupleType, "tuple", Core.TUPLE);
  named(listType, "list", Core.LIST);
  named(dictType, "dict", Core.DICT);
  named(functionType, "function", 0);
  named(builtinType, "builtin_function_or_method", 0);
  named(codeType, "code", 0);
  named(cellType, "cell", 0);
  named(moduleType, "module", 0);
  named(rangeType, "range", Core.RANGE);
  named(sliceType, "slice", 0);
  named(seqIterType, "iterator", 0);
  named(rangeIterType, "range_iterator", 0);
  named(dictIterType, "dict_iterator", 0);
  named(dictKeysType, "dict_keys", 0);
  named(dictValuesType, "dict_values", 0);
  named(dictItemsType, "dict_items", 0);
  named(zipType, "zip", Core.ZIP);
  named(enumerateType, "enumerate", Core.ENUMERATE);
  named(mapType, "map", Core.MAP);
  named(filterType, "filter", Core.FILTER);
  named(tracebackType, "traceback", 0);
  named(taskletType, "tasklet", Sl.TASKLET);
  named(channelType, "channel", Sl.CHANNEL);
  named(ellipsisType, "ellipsis", 0);
  named(generatorType, "generator", 0);
  named(methodType, "method", 0);
  named(propertyType, "property", 0);
  named(staticmethodType, "staticmethod", 0);
  named(classmethodType, "classmethod", 0);
  named(superType, "super", 0);
  named(setType, "set", 0);
  named(frozensetType, "frozenset", 0);
  named(notImplementedType, "NotImplementedType", 0);
  named(bytesType, "bytes", BytesM.BYTES_NEW);
  named(bytearrayType, "bytearray", BytesM.BYTEARRAY_NEW);
  named(weakrefType, "weakref.ReferenceType", Wr.REF);
  named(getsetType, "getset_descriptor", 0);
}

function nativeModule(name: Lit): Value {
  const key = internName(name);
  const d = dictNew();
  const m = moduleNew(key, d);
  into(d);
  defValue("__name__", key);
  into(nativeModules);
  defValue(name, m);
  return d;
}

export function builtinsInit(): void {
  nameTypes();
  registerBuiltinRepr(writeBuiltinRepr);
  builtins = dictNew();
  into(builtins);
  def("print", Core.PRINT); def("len", Core.LEN); def("repr", Core.REPR); def("isinstance", Core.ISINSTANCE);
  def("abs", Core.ABS); def("min", Core.MIN); def("max", Core.MAX); def("sum", Core.SUM);
  def("sorted", Core.SORTED); def("chr", Core.CHR); def("ord", Core.ORD); def("iter", Core.ITER);
  def("next", Core.NEXT); def("divmod", Core.DIVMOD); def("round", Core.ROUND); def("any", Core.ANY);
  def("all", Core.ALL); def("hash", Core.HASH); def("id", Core.ID); def("callable", Core.CALLABLE);
  def("reversed", Core.REVERSED); def("pow", Core.POW); def("format", Core.FORMAT); def("hex", Core.HEX);
  def("bin", Core.BIN); def("oct", Core.OCT); def("__export_builtins__", Core.EXPORT); def("globals", Core.GLOBALS);
  defValue("int", intType); defValue("float", floatType); defValue("str", strType); defValue("bool", boolType);
  defValue("list", listType); defValue("tuple", tupleType); defValue("dict", dictType); defValue("range", rangeType);
  defValue("bytes", bytesType); defValue("bytearray", bytearrayType);
  defValue("type", typeType); defValue("object", objectType); defValue("zip", zipType); defValue("enumerate", enumerateType);
  defValue("map", mapType); defValue("filter", filterType);
  defValue("None", None); defValue("True", True); defValue("False", False); defValue("Ellipsis", Ellipsis);
  for (let i: u32 = 0; i < excTypeCount; i++) {
    const t = load<u32>(excTypeTable + (i << 2));
    asType(t).ctor = Core.EXCEPTION_NEW;
    dictSetName(t);
  }
  // every type answers __name__
  into(typeDict(typeType));
  def("__name__", Core.TYPE_NAME);
  into(typeDict(BaseException));
  def("args", Core.EXC_ARGS);
  into(typeDict(functionType));
  def("__name__", Core.FUNC_NAME);
  def("__qualname__", Core.FUNC_QUALNAME);
  def("__doc__", Core.FUNC_DOC);
  def("__module__", Core.FUNC_MODULE);
  into(typeDict(builtinType));
  def("__name__", Core.BUILTIN_NAME);
  // the builtin iterators answer the iterator protocol by name too (it.__next__ as a value);
  // map, filter and generators have their own __next__ (builtins/classes.ts)
  for (let i: i32 = 0; i < ITERATOR_TYPES; i++) {
    into(typeDict(iteratorType(i)));
    if (i < ITER_NEXT_TYPES) def("__next__", Core.ITER_NEXT);
    def("__iter__", Core.ITER_SELF);
  }
  methodsInit();
  bytesBuiltinsInit();
  classesInit(builtins);
  setsInit();
  intsInit();
  numbersInit();
  rangesInit();
  classesTypeProps(typeType, BaseException);
  into(builtins);
  defValue("NotImplemented", NotImplemented);
  nativeModulesNew();
  // `import builtins`: a module over the builtins dict itself, so builtins.x is what x resolves to
  const bname = internName("builtins");
  defValue("__name__", bname);
  into(nativeModules);
  defValue("builtins", moduleNew(bname, builtins));
  const sl = nativeModule("stackless");
  stacklessInit(sl);
  into(sl);
  defValue("tasklet", taskletType);
  defValue("channel", channelType);
  defValue("TaskletExit", TaskletExit);
  const sys = nativeModule("sys");
  sysInit(sys);
  const runtime = nativeModule("_runtime");
  framesInit(builtins, sys, runtime);
  hostInit(runtime);
  mathInit(nativeModule("math"));
  gcInit(nativeModule("gc"));
  timeInit(nativeModule("time"));
  keysInit(nativeModule("_keys"));
  weakrefInit(nativeModule("_weakref"));
  gilInit(nativeModule("_gil"));
}

import { dictSet } from "../objects/dict";
function dictSetName(t: Value): void {
  dictSet(builtins, asType(t).name, t);
}

// A builtin's __name__: the name it was registered under. Builtins carry only their id, so the
// name is looked up where the registry put it: the builtins, the native modules and the method
// dicts of the types found there (introspection is rare; keeping a name in every builtin is not).
export function builtinName(id: u32): Value { return findBuiltin(id, false); }

// The type whose method dict holds builtin `id` (str.upper's str), or 0 for a function of the
// builtins or of a native module.
export function builtinOwner(id: u32): Value {
  const t = findBuiltin(id, true);
  return t == None ? 0 : t;
}

// Builtin `id`'s name, or with `owner` the type holding it (None: no type), or 0: not found.
function findBuiltin(id: u32, owner: bool): Value {
  const k = nameIn(builtins, 0, id, true, owner);
  if (k) return k;
  for (let i = dictNext(nativeModules, 0); i >= 0; i = dictNext(nativeModules, i + 1)) {
    const m = entryValue(entryAt(nativeModules, i));
    const r = nameIn(asModule(m).dict, 0, id, true, owner);
    if (r) return r;
  }
  // (the iterator types are named in no module)
  for (let i: i32 = 0; i < ITERATOR_TYPES; i++) {
    const r = nameIn(typeDict(iteratorType(i)), iteratorType(i), id, false, owner);
    if (r) return r;
  }
  return 0;
}

// The builtin iterator types, without a literal array (the VM has no allocator for AssemblyScript
// arrays: its heap starts where AssemblyScript's would); the first ITER_NEXT_TYPES take ITER_NEXT.
const ITERATOR_TYPES: i32 = 8;
const ITER_NEXT_TYPES: i32 = 5;
function iteratorType(i: i32): Value {
  switch (i) {
    case 0: return seqIterType;
    case 1: return rangeIterType;
    case 2: return dictIterType;
    case 3: return zipType;
    case 4: return enumerateType;
    case 5: return mapType;
    case 6: return filterType;
  }
  return generatorType;
}

// The key of the builtin `id` in dict d (the method dict of type t, or 0), or in the method dicts
// of the types d holds (deep); with `owner`, the type instead of the key (None for no type).
function nameIn(d: Value, t: Value, id: u32, deep: bool, owner: bool): Value {
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const e = entryAt(d, i);
    const v = entryValue(e);
    if (isSmall(v)) continue;
    const k = kindOf(v);
    // (a builtin classmethod, dict.fromkeys, is stored wrapped)
    const b = typeOf(v) == classmethodType ? asPair(v).a : v;
    if (!isSmall(b) && kindOf(b) == Kind.BUILTIN && asBuiltin(b).id == id) return owner ? (t ? t : None) : entryKey(e);
    if (deep && k == Kind.TYPE && asType(v).dict && !asType(v).mro) {
      const r = nameIn(asType(v).dict, v, id, false, owner);
      if (r) return r;
    }
  }
  return 0;
}
