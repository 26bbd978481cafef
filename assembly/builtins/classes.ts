// Builtins about objects and classes: super, property, staticmethod, classmethod, issubclass,
// getattr/setattr/hasattr/delattr, next/iter on generators and user objects, generator methods,
// and the user-object cases of len/str/repr/bool/hash (their Python dunders run in frames).
import { Value, Kind, isSmall, fromSmall } from "../objects/object";
import { kindOfCall, typeOf, asType, isSubtype, superType, propertyType, staticmethodType, classmethodType,
  generatorType, mapType, filterType, objectType, setType, frozensetType, tupleType, methodType, moduleType, getsetType, functionType } from "../objects/type";
import { intValue, isIntLike, intFromI64 } from "../objects/int";
import { tupleLen, tupleGet, tupleNew, tupleSet, emptyTuple, tupleFrom } from "../objects/tuple";
import { listNew, listAppend, asList } from "../objects/list";
import { dictSet, dictNext, entryAt, dictGet, dictSetHashed, entryHash, dictNew } from "../objects/dict";
import { excNew, asExc, StopIteration, GeneratorExit, TypeError, AttributeError, RuntimeError, SystemExit, ValueError } from "../objects/exception";
import { asModule, moduleNew } from "../objects/module";
import { asBuiltin, funcNew, asCode, asFunc } from "../objects/function";
import { sortList } from "./sort";
import { pairNew, asPair, asInst, methodNew } from "../objects/instance";
import { writeI64 } from "../objects/repr";
import { isCallable } from "../vm/call";
import { asGen, GenState, genCode } from "../objects/generator";
import { setNew, frozensetNew } from "../objects/set";
import { N } from "../objects/names";
import { None, True, False, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError, raiseTypeMsg, raiseValue, raiseWith, raiseTypeUnquoted, curExc, takeExc, bufTypeName } from "../objects/errors";
import { bufLit, bufLen, bufStrValue } from "../objects/buf";
import { getAttr, setAttr, delAttr, setAttrPlain, delAttrPlain } from "../vm/attr";
import { mroLookup, userDunder, isUserObject, typeNew } from "../vm/classes";
import { callPython, ENTER, setEnter, typeCall } from "../vm/call";
import { preludeFunction } from "../vm/modules";
import { resumeGen, throwGen, closeGen, GEN_DONE } from "../vm/generators";
import { generatorFrame } from "./frames";
import { Hook, hookOf } from "../vm/frame";
import { getIter, iterNext, exhausted, extendList, listOf } from "../vm/iterate";
import { positional, arity, onlyKeywords, kwarg } from "./args";
import { into, def, defValue, typeDict, PROPERTY, Core } from "./registry";
import { needsPythonIteration, collectFirst, callNative } from "./dispatch";
import { tupleOfClass, objectNew } from "../vm/subclass";

export namespace Cls {
  export const SUPER: u32 = 600;
  export const PROPERTY_NEW: u32 = 601;
  export const STATICMETHOD: u32 = 602;
  export const CLASSMETHOD: u32 = 603;
  export const ISSUBCLASS: u32 = 604;
  export const GETATTR: u32 = 605;
  export const SETATTR: u32 = 606;
  export const HASATTR: u32 = 607;
  export const DELATTR: u32 = 608;
  export const GEN_SEND: u32 = 609;
  export const GEN_THROW: u32 = 610;
  export const GEN_CLOSE: u32 = 611;
  export const PROP_SETTER: u32 = 612;
  export const PROP_GETTER: u32 = 613;
  export const PROP_DELETER: u32 = 614;
  export const SET_NEW: u32 = 615;
  export const FROZENSET_NEW: u32 = 616;
  export const MRO: u32 = 617 | PROPERTY;
  export const BASES: u32 = 618 | PROPERTY;
  export const EXC_CAUSE: u32 = 619 | PROPERTY;
  export const EXC_CONTEXT: u32 = 620 | PROPERTY;
  export const QUALNAME: u32 = 621 | PROPERTY;
  export const GEN_NEXT: u32 = 622;
  export const OBJ_INIT: u32 = 623;
  export const EXC_INIT: u32 = 625;
  export const EXC_VALUE: u32 = 626 | PROPERTY;
  export const EXC_SUPPRESS: u32 = 627 | PROPERTY;
  export const EXIT_CODE: u32 = 628 | PROPERTY;
  export const DIR: u32 = 629;
  export const TUPLE_NEW: u32 = 630;
  export const OBJ_NEW: u32 = 631;
  export const METHOD_NEW: u32 = 632; // types.MethodType(func, obj)
  export const MODULE_NEW: u32 = 633; // types.ModuleType(name, doc=None)
  export const TYPE_NEW: u32 = 634;   // type.__new__(meta, name, bases, ns), from a metaclass's __new__
  export const TYPE_CALL: u32 = 635;  // type.__call__(cls, ...), from a metaclass's __call__
  export const FUNC_NEW: u32 = 636;   // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
  export const GEN_FRAME: u32 = 637 | PROPERTY;
  export const GEN_RUNNING: u32 = 638 | PROPERTY;
  export const GEN_CODE: u32 = 639 | PROPERTY;
  export const OBJ_SETATTR: u32 = 640; // object.__setattr__(obj, name, value): the plain store
  export const OBJ_DELATTR: u32 = 641;
  // (from the top of the range down)
  export const DESCR_GET: u32 = 699;
  export const DESCR_SET: u32 = 698;
}

// function(code, globals, name=None, argdefs=None, closure=None): a new function over a code
// object (code written for Stackless makes renamed copies of a test template this way).
function functionNew(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("function", kw, "code,globals,name,argdefs,closure")) return 0;
  const npos = positional(n, kw);
  if (!arity("function", npos, 2, 5)) return 0;
  const code = load<u32>(args);
  const globals = load<u32>(args, 4);
  const name = npos > 2 ? load<u32>(args, 8) : kwarg(args, n, kw, "name");
  const argdefs = npos > 3 ? load<u32>(args, 12) : kwarg(args, n, kw, "argdefs");
  const closure = npos > 4 ? load<u32>(args, 16) : kwarg(args, n, kw, "closure");
  if (kindOfCall(code) != Kind.CODE) { raiseTypeUnquoted("function() argument 'code' must be code, not ", code, ""); return 0; }
  if (kindOfCall(globals) != Kind.DICT) { raiseTypeUnquoted("function() argument 'globals' must be dict, not ", globals, ""); return 0; }
  if (name && name != None && kindOfCall(name) != Kind.STR) { raiseLit(TypeError, "arg 3 (name) must be None or string"); return 0; }
  if (argdefs && argdefs != None && kindOfCall(argdefs) != Kind.TUPLE) { raiseLit(TypeError, "arg 4 (defaults) must be None or tuple"); return 0; }
  const nfrees = asCode(code).nfrees;
  const cells = closure && closure != None ? closure : 0;
  if ((cells && kindOfCall(cells) != Kind.TUPLE) || (!cells && nfrees)) { raiseLit(TypeError, "arg 5 (closure) must be tuple"); return 0; }
  const ncells: u32 = cells ? tupleLen(cells) : 0;
  if (ncells != nfrees) {
    const mark = bufLen;
    const nm = asCode(code).name;
    bufStrValue(nm);
    bufLit(" requires closure of length ");
    writeI64(<i64>nfrees);
    bufLit(", not ");
    writeI64(<i64>ncells);
    raiseBuf(ValueError, mark);
    return 0;
  }
  for (let i: u32 = 0; cells && i < nfrees; i++) {
    if (kindOfCall(tupleGet(cells, i)) != Kind.CELL) { raiseLit(TypeError, "arg 5 (closure) expected cell"); return 0; }
  }
  const defaults = argdefs && argdefs != None && tupleLen(argdefs) ? argdefs : 0;
  increfCall(code); increfCall(globals);
  if (defaults) increfCall(defaults);
  if (cells) increfCall(cells);
  const f = funcNew(code, globals, defaults, 0, cells);
  if (!f) { raiseMemoryError(); return 0; }
  if (name && name != None) {
    // the name is the function's own, as a value set on it (its code keeps the code's name)
    const d = dictNew();
    asFunc(f).dict = d;
    if (!d || !dictSet(d, N.name_, name)) { decrefCall(f); raiseMemoryError(); return 0; }
  }
  return f;
}

export function classesInit(builtins: Value): void {
  into(builtins);
  defValue("super", superType);
  defValue("property", propertyType);
  defValue("staticmethod", staticmethodType);
  defValue("classmethod", classmethodType);
  defValue("set", setType);
  defValue("frozenset", frozensetType);
  def("issubclass", Cls.ISSUBCLASS);
  def("getattr", Cls.GETATTR);
  def("setattr", Cls.SETATTR);
  def("hasattr", Cls.HASATTR);
  def("delattr", Cls.DELATTR);
  def("dir", Cls.DIR);
  into(typeDict(tupleType));
  def("__new__", Cls.TUPLE_NEW); // tuple.__new__(cls, items) for subclasses (namedtuple)
  asType(superType).ctor = Cls.SUPER;
  asType(propertyType).ctor = Cls.PROPERTY_NEW;
  asType(staticmethodType).ctor = Cls.STATICMETHOD;
  asType(classmethodType).ctor = Cls.CLASSMETHOD;
  asType(setType).ctor = Cls.SET_NEW;
  asType(frozensetType).ctor = Cls.FROZENSET_NEW;
  asType(methodType).ctor = Cls.METHOD_NEW;
  asType(functionType).ctor = Cls.FUNC_NEW;
  asType(moduleType).ctor = Cls.MODULE_NEW;
  into(typeDict(generatorType));
  def("send", Cls.GEN_SEND);
  def("throw", Cls.GEN_THROW);
  def("close", Cls.GEN_CLOSE);
  def("__next__", Cls.GEN_NEXT);
  def("gi_frame", Cls.GEN_FRAME);
  def("gi_running", Cls.GEN_RUNNING);
  def("gi_code", Cls.GEN_CODE);
  into(typeDict(mapType));
  def("__next__", Cls.GEN_NEXT);
  into(typeDict(filterType));
  def("__next__", Cls.GEN_NEXT);
  into(typeDict(propertyType));
  def("setter", Cls.PROP_SETTER);
  def("getter", Cls.PROP_GETTER);
  def("deleter", Cls.PROP_DELETER);
  into(typeDict(getsetType));
  def("__get__", Cls.DESCR_GET);
  def("__set__", Cls.DESCR_SET);
  into(typeDict(objectType));
  def("__init__", Cls.OBJ_INIT);
  def("__new__", Cls.OBJ_NEW); // object.__new__(cls), from a Python __new__
  def("__setattr__", Cls.OBJ_SETATTR);
  def("__delattr__", Cls.OBJ_DELATTR);
}

export function classesTypeProps(typeTypeV: Value, baseExc: Value): void {
  into(typeDict(typeTypeV));
  def("__new__", Cls.TYPE_NEW);
  def("__call__", Cls.TYPE_CALL);
  def("__mro__", Cls.MRO);
  def("__bases__", Cls.BASES);
  def("__qualname__", Cls.QUALNAME);
  into(typeDict(baseExc));
  def("__init__", Cls.EXC_INIT);
  def("__cause__", Cls.EXC_CAUSE);
  def("__context__", Cls.EXC_CONTEXT);
  def("__suppress_context__", Cls.EXC_SUPPRESS);
  into(typeDict(StopIteration));
  def("value", Cls.EXC_VALUE);
  into(typeDict(SystemExit));
  def("code", Cls.EXIT_CODE);
}

function orNone(v: Value): Value { const x = v ? v : None; increfCall(x); return x; }

// dir(obj): the sorted names of its own dict and of its class's MRO (or a module's globals).
function dirOf(o: Value): Value {
  if (!o) { raiseLit(TypeError, "dir() without an argument is not supported"); return 0; }
  const names = setNew();
  if (!names) { raiseMemoryError(); return 0; }
  const addKeys = (d: Value, into2: Value): void => {
    if (!d) return;
    let i = dictNext(d, 0);
    while (i >= 0) { dictSet(into2, load<u32>(entryAt(d, <u32>i), 4), None); i = dictNext(d, <u32>i + 1); }
  };
  const k = kindOfCall(o);
  if (k == Kind.MODULE) addKeys(asModule(o).dict, names);
  else {
    if (k == Kind.INSTANCE) addKeys(asInst(o).dict, names);
    const t = k == Kind.TYPE ? o : typeOf(o);
    const mro = asType(t).mro;
    if (mro) { for (let i: u32 = 0; i < tupleLen(mro); i++) addKeys(asType(tupleGet(mro, i)).dict, names); }
    else { let b = t; while (b) { addKeys(asType(b).dict, names); b = asType(b).base; } }
  }
  const l = listOf(names);
  decrefCall(names);
  if (!l) return 0;
  if (sortList(l, 0, 0, false) != 1) { decrefCall(l); return 0; }
  return l;
}

// An exception instance from what throw() was given: (type[, value]) or an instance. Taken: none.
function throwable(args: u32, npos: u32): Value {
  const a = load<u32>(args);
  if (kindOfCall(a) == Kind.EXCEPTION) { increfCall(a); return a; }
  if (kindOfCall(a) == Kind.TYPE && asType(a).kind == Kind.EXCEPTION) {
    let argsT = emptyTuple;
    if (npos > 1 && load<u32>(args, 4) != None) {
      const v = load<u32>(args, 4);
      if (kindOfCall(v) == Kind.EXCEPTION) { increfCall(v); return v; }
      argsT = tupleNew(1);
      if (!argsT) { raiseMemoryError(); return 0; }
      increfCall(v);
      tupleSet(argsT, 0, v);
    } else increfCall(argsT);
    const e = excNew(a, argsT);
    if (!e) { decrefCall(argsT); raiseMemoryError(); }
    return e;
  }
  raiseLit(TypeError, "exceptions must be classes or instances deriving from BaseException");
  return 0;
}

// next(gen) / gen.send(v): resume; the frame's hook turns a return into StopIteration.
export function genNext(gen: Value, sent: Value): Value {
  const r = resumeGen(gen, sent, 0, hookOf(Hook.NEXT, 0));
  if (r == GEN_DONE) { raiseWith(StopIteration, 0); return 0; }
  return r;
}

// tuple.__new__(cls[, items]): a tuple of class cls (a subclass of tuple).
function tupleOfNew(args: u32, npos: u32, kw: Value): Value {
  if (kw || npos < 1 || npos > 2) { raiseLit(TypeError, "tuple.__new__(cls[, iterable]) expected"); return 0; }
  const cls = load<u32>(args);
  if (kindOfCall(cls) != Kind.TYPE || !isSubtype(cls, tupleType)) { raiseTypeMsg("tuple.__new__(X): X is not a type object (", cls, ")"); return 0; }
  if (npos == 2 && needsPythonIteration(load<u32>(args, 4))) return collectFirst(load<u32>(args, 4), hookOf(Hook.RETRY, 1));
  const items = callNative(Core.TUPLE, 0, args + 4, npos - 1, 0);
  if (!items) return 0;
  if (cls == tupleType) return items;
  const t = tupleOfClass(cls, items);
  decrefCall(items);
  return t;
}

function makeSet(type: Value, args: u32, npos: u32): Value {
  const s = type == setType ? setNew() : frozensetNew();
  if (!s) { raiseMemoryError(); return 0; }
  const src = npos == 1 ? load<u32>(args) : 0;
  const sk = src && !isSmall(src) ? kindOfCall(src) : 0;
  if (sk == Kind.SET || sk == Kind.FROZENSET || sk == Kind.DICT) {
    // copied with the stored hashes (a key whose hash is Python code is not hashed again)
    let i = dictNext(src, 0);
    while (i >= 0) {
      const e = entryAt(src, <u32>i);
      if (!dictSetHashed(s, load<u32>(e, 4), None, entryHash(e))) { decrefCall(s); raiseMemoryError(); return 0; }
      i = dictNext(src, <u32>i + 1);
    }
  } else if (npos == 1) {
    const items = listOf(load<u32>(args));
    if (!items) { decrefCall(s); return 0; }
    for (let i: u32 = 0; i < asList(items).len; i++) {
      if (!dictSet(s, load<u32>(asList(items).items + (i << 2)), None)) { decrefCall(items); decrefCall(s); if (!curExc) raiseMemoryError(); return 0; }
    }
    decrefCall(items);
  }
  return s;
}

// Could reading obj.name run Python code that raises AttributeError (a property, __getattr__)?
function lookupRunsPython(obj: Value, name: Value): bool {
  if (!isUserObject(obj)) return false;
  const t = typeOf(obj);
  const attr = mroLookup(t, name);
  return (attr && kindOfCall(attr) == Kind.PROPERTY) || mroLookup(t, N.getattr_) != 0;
}

function callPrelude(name: Value, args: u32, n: u32): Value {
  const fn = preludeFunction(name);
  return fn ? callPython(fn, 0, args, n) : 0;
}

// A generator method taken from its class (type(g).send(g, 1)) gets the generator as its first
// argument (callClasses moved it to self); anything else there is refused.
function genSelf(self: Value): bool {
  if (self && !isSmall(self) && kindOfCall(self) == Kind.GENERATOR) return true;
  raiseLit(TypeError, "descriptor requires a 'generator' object");
  return false;
}

export function callClasses(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!self && n > 0 && (id == Cls.GEN_NEXT || id == Cls.GEN_SEND || id == Cls.GEN_THROW || id == Cls.GEN_CLOSE)) {
    self = load<u32>(args);
    args += 4;
    n--;
  }
  const npos = positional(n, kw);
  if (id == Cls.TUPLE_NEW) return tupleOfNew(args, npos, kw);
  if (id == Cls.OBJ_NEW) return npos ? objectNew(load<u32>(args)) : (raiseLit(TypeError, "object.__new__(): not enough arguments"), 0);
  switch (id) {
    case Cls.DESCR_GET: case Cls.DESCR_SET: {
      // a native property's descriptor: __get__(obj, type=None) reads it (itself for obj None),
      // __set__(obj, value) writes it
      const set = id == Cls.DESCR_SET;
      if (!arity(set ? "__set__" : "__get__", npos, set ? 2 : 1, 2)) return 0;
      const obj = load<u32>(args);
      if (!set && obj == None) { increfCall(self); return self; }
      const r = callNative(asBuiltin(self).id, obj, args + 4, set ? 1 : 0, 0);
      if (!set || !r) return r;
      decrefCall(r);
      increfCall(None);
      return None;
    }
    case Cls.SUPER: {
      if (!arity("super", npos, 2, 2)) return 0;
      const cls = load<u32>(args), obj = load<u32>(args, 4);
      if (kindOfCall(cls) != Kind.TYPE) { raiseLit(TypeError, "super() argument 1 must be a type"); return 0; }
      increfCall(cls); increfCall(obj);
      const s = pairNew(superType, cls, obj, 0);
      if (!s) raiseMemoryError();
      return s;
    }
    case Cls.PROPERTY_NEW: {
      if (!onlyKeywords("property", kw, "fget,fset,fdel,doc")) return 0;
      const g = npos > 0 ? load<u32>(args) : kwarg(args, n, kw, "fget");
      const st = npos > 1 ? load<u32>(args, 4) : kwarg(args, n, kw, "fset");
      const dl = npos > 2 ? load<u32>(args, 8) : kwarg(args, n, kw, "fdel");
      const p = pairNew(propertyType, orNone(g), orNone(st), orNone(dl));
      if (!p) raiseMemoryError();
      return p;
    }
    case Cls.PROP_SETTER: case Cls.PROP_GETTER: case Cls.PROP_DELETER: {
      if (!arity("setter", npos, 1, 1)) return 0;
      const o = asPair(self);
      const f = load<u32>(args);
      const p = pairNew(propertyType,
        orNone(id == Cls.PROP_GETTER ? f : o.a), orNone(id == Cls.PROP_SETTER ? f : o.b), orNone(id == Cls.PROP_DELETER ? f : o.c));
      if (!p) raiseMemoryError();
      return p;
    }
    case Cls.STATICMETHOD: case Cls.CLASSMETHOD: {
      if (!arity(id == Cls.STATICMETHOD ? "staticmethod" : "classmethod", npos, 1, 1)) return 0;
      const f = load<u32>(args);
      increfCall(f);
      const p = pairNew(id == Cls.STATICMETHOD ? staticmethodType : classmethodType, f, 0, 0);
      if (!p) raiseMemoryError();
      return p;
    }
    case Cls.ISSUBCLASS: {
      if (!arity("issubclass", npos, 2, 2)) return 0;
      const c = load<u32>(args), t = load<u32>(args, 4);
      if (kindOfCall(c) != Kind.TYPE) { raiseLit(TypeError, "issubclass() arg 1 must be a class"); return 0; }
      if (kindOfCall(t) == Kind.TUPLE) {
        for (let i: u32 = 0; i < tupleLen(t); i++) if (isSubtype(c, tupleGet(t, i))) return True;
        return False;
      }
      if (kindOfCall(t) != Kind.TYPE) { raiseLit(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); return 0; }
      return pyBool(isSubtype(c, t));
    }
    case Cls.GETATTR: {
      if (!arity("getattr", npos, 2, 3)) return 0;
      const name = load<u32>(args, 4);
      if (kindOfCall(name) != Kind.STR) { raiseTypeMsg("attribute name must be string, not ", name, ""); return 0; }
      if (npos == 3 && lookupRunsPython(load<u32>(args), name)) return callPrelude(N.getattr_or_, args, 3);
      const v = getAttr(load<u32>(args), name);
      if (v || npos < 3) return v;
      if (!isSubtype(typeOf(curExc), AttributeError)) return 0;
      decrefCall(takeExc());
      const d = load<u32>(args, 8);
      increfCall(d);
      return d;
    }
    case Cls.HASATTR: {
      if (!arity("hasattr", npos, 2, 2)) return 0;
      const name = load<u32>(args, 4);
      if (kindOfCall(name) != Kind.STR) { raiseTypeMsg("attribute name must be string, not ", name, ""); return 0; }
      if (lookupRunsPython(load<u32>(args), name)) return callPrelude(N.has_attr_, args, 2);
      const v = getAttr(load<u32>(args), name);
      if (v) { decrefCall(v); return True; }
      if (!isSubtype(typeOf(curExc), AttributeError)) return 0;
      decrefCall(takeExc());
      return False;
    }
    case Cls.SETATTR: {
      if (!arity("setattr", npos, 3, 3)) return 0;
      const r = setAttr(load<u32>(args), load<u32>(args, 4), load<u32>(args, 8));
      // a frame to run (a property setter or deleter, a class's __setattr__ or __delattr__): its
      // result (None) is the call's, as a call expression must leave one value
      if (r < 0) return ENTER;
      return r ? None : 0;
    }
    case Cls.OBJ_SETATTR: case Cls.OBJ_DELATTR: {
      // object.__setattr__(obj, name, value) from the class, super().__setattr__(name, value)
      // bound: the store (deletion) a class's own __setattr__ (__delattr__) would replace
      const set = id == Cls.OBJ_SETATTR;
      let obj = self, a = args, m = npos;
      if (!obj && m) { obj = load<u32>(a); a += 4; m--; }
      if (!arity(set ? "__setattr__" : "__delattr__", m, set ? 2 : 1, set ? 2 : 1)) return 0;
      const name = load<u32>(a);
      if (kindOfCall(name) != Kind.STR) { raiseTypeMsg("attribute name must be string, not ", name, ""); return 0; }
      const r = set ? setAttrPlain(obj, name, load<u32>(a, 4)) : delAttrPlain(obj, name);
      // a frame to run (a property setter or deleter, a class's __setattr__ or __delattr__): its
      // result (None) is the call's, as a call expression must leave one value
      if (r < 0) return ENTER;
      return r ? None : 0;
    }
    case Cls.DELATTR: {
      if (!arity("delattr", npos, 2, 2)) return 0;
      const r = delAttr(load<u32>(args), load<u32>(args, 4));
      // a frame to run (a property setter or deleter, a class's __setattr__ or __delattr__): its
      // result (None) is the call's, as a call expression must leave one value
      if (r < 0) return ENTER;
      return r ? None : 0;
    }
    case Cls.GEN_FRAME: if (!genSelf(self)) return 0; return generatorFrame(self);
    case Cls.GEN_RUNNING: if (!genSelf(self)) return 0; return pyBool(asGen(self).state == GenState.RUNNING);
    case Cls.GEN_CODE: { if (!genSelf(self)) return 0; const c = genCode(self); increfCall(c); return c; }
    case Cls.GEN_NEXT: if (!genSelf(self) || !arity("__next__", npos, 0, 0)) return 0; return genNext(self, 0);
    case Cls.GEN_SEND: {
      if (!genSelf(self)) return 0;
      if (!arity("send", npos, 1, 1)) return 0;
      return genNext(self, load<u32>(args));
    }
    case Cls.GEN_THROW: {
      if (!genSelf(self)) return 0;
      if (!arity("throw", npos, 1, 3)) return 0;
      const e = throwable(args, npos);
      if (!e) return 0;
      const r = throwGen(self, e, hookOf(Hook.THROWN, 0));
      return r == GEN_DONE ? 0 : r;
    }
    case Cls.GEN_CLOSE: {
      if (!genSelf(self)) return 0;
      const r = closeGen(self);
      return r == GEN_DONE ? None : r;
    }
    case Cls.SET_NEW: case Cls.FROZENSET_NEW: {
      if (!arity(id == Cls.SET_NEW ? "set" : "frozenset", npos, 0, 1)) return 0;
      return makeSet(id == Cls.SET_NEW ? setType : frozensetType, args, npos);
    }
    case Cls.TYPE_CALL: {
      // bound (super().__call__(...)) or not (type.__call__(cls, ...))
      const cls = self ? self : (npos ? load<u32>(args) : 0);
      if (!cls || kindOfCall(cls) != Kind.TYPE) { raiseLit(TypeError, "type.__call__() needs a class"); return 0; }
      return self ? typeCall(cls, 0, args, n, kw) : typeCall(cls, 0, args + 4, n - 1, kw);
    }
    case Cls.TYPE_NEW: {
      if (npos != 4 || kw) { raiseLit(TypeError, "type.__new__() takes exactly 3 arguments"); return 0; }
      return typeNew(load<u32>(args), args + 4);
    }
    case Cls.METHOD_NEW: {
      if (npos != 2) {
        const mark = bufLen;
        bufLit("method expected 2 arguments, got ");
        writeI64(<i64>npos);
        raiseBuf(TypeError, mark);
        return 0;
      }
      const f = load<u32>(args), o = load<u32>(args, 4);
      if (!isCallable(f)) { raiseLit(TypeError, "first argument must be callable"); return 0; }
      if (o == None) { raiseLit(TypeError, "instance must not be None"); return 0; }
      // a call passes the bound object as `self`, which only a Python function takes as its first argument
      if (kindOfCall(f) != Kind.FUNCTION) { raiseLit(TypeError, "MethodType of a callable other than a Python function is not supported"); return 0; }
      increfCall(f); increfCall(o);
      const m = methodNew(f, o);
      if (!m) raiseMemoryError();
      return m;
    }
    case Cls.FUNC_NEW: return functionNew(args, n, kw);
    case Cls.MODULE_NEW: {
      if (!arity("module", npos, 1, 2)) return 0;
      const name = load<u32>(args);
      if (kindOfCall(name) != Kind.STR) { raiseTypeUnquoted("module() argument 'name' must be str, not ", name, ""); return 0; }
      const d = dictNew();
      if (!d || !dictSet(d, N.name_, name) || !dictSet(d, N.doc_, npos > 1 ? load<u32>(args, 4) : None)) { raiseMemoryError(); return 0; }
      const m = moduleNew(name, d);
      if (!m) raiseMemoryError();
      return m;
    }
    case Cls.MRO: {
      const m = asType(self).mro;
      if (m) { increfCall(m); return m; }
      // a builtin type: its chain of bases, ending with object
      let n: u32 = 1;
      for (let b = self; b != objectType; b = asType(b).base ? asType(b).base : objectType) n++;
      if (self == objectType) n = 1;
      const t = tupleNew(n);
      if (!t) { raiseMemoryError(); return 0; }
      let b = self;
      for (let i: u32 = 0; i < n; i++) {
        increfCall(b);
        tupleSet(t, i, b);
        b = asType(b).base ? asType(b).base : objectType;
      }
      return t;
    }
    case Cls.BASES: {
      const b = asType(self).bases;
      if (b) { increfCall(b); return b; }
      // a builtin type: its one base (object has none)
      if (self == objectType) { increfCall(emptyTuple); return emptyTuple; }
      const t = tupleNew(1);
      if (!t) { raiseMemoryError(); return 0; }
      const base = asType(self).base ? asType(self).base : objectType;
      increfCall(base);
      tupleSet(t, 0, base);
      return t;
    }
    case Cls.QUALNAME: { const nm = asType(self).name; increfCall(nm); return nm; }
    case Cls.EXC_CAUSE: return orNone(asExc(self).cause);
    case Cls.EXC_SUPPRESS: return pyBool(asExc(self).cause != 0);
    case Cls.EXC_CONTEXT: return orNone(asExc(self).context);
    case Cls.EXC_VALUE: case Cls.EXIT_CODE: { const a = asExc(self).args; return orNone(tupleLen(a) ? tupleGet(a, 0) : 0); }
    case Cls.DIR: return dirOf(npos ? load<u32>(args) : 0);
    case Cls.OBJ_INIT: return None;
    case Cls.EXC_INIT: {
      // BaseException.__init__(*args) sets args
      if (kindOfCall(self) != Kind.EXCEPTION) { raiseLit(TypeError, "descriptor '__init__' requires a 'BaseException' object"); return 0; }
      const a = npos ? tupleFrom(args, npos) : emptyTuple;
      if (!a) { raiseMemoryError(); return 0; }
      if (!npos) increfCall(a);
      const old = asExc(self).args;
      asExc(self).args = a;
      decrefCall(old);
      return None;
    }
  }
  raiseLit(TypeError, "unsupported builtin");
  return 0;
}
