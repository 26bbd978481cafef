// Attribute access: module globals, methods and properties of builtin types (natives), and the
// Python attribute protocol of user classes (instance dict, MRO, descriptors, __getattr__).
// Python code (a property getter, __getattr__) is never called from here: a frame is prepared
// and ENTER returned; the interpreter runs it with the hook the caller asks for.
import { isBuiltinKind } from "./subclass";
import { subclassDict } from "../objects/subclassdict";
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf, typeOf, asType, objectType, isSubtype } from "../objects/type";
import { asStr, STR_HEADER, strEq } from "../objects/str";
import { dictGet, dictSet, dictPop, dictNew } from "../objects/dict";
import { tupleLen, tupleGet } from "../objects/tuple";
import { asModule } from "../objects/module";
import { asBuiltin, builtinNew, asFunc } from "../objects/function";
import { asExc } from "../objects/exception";
import { asInst, asPair, methodNew } from "../objects/instance";
import { N } from "../objects/names";
import { None } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { raiseBuf, raiseMemoryError, bufTypeName, curExc, raiseLit } from "../objects/errors";
import { AttributeError, TypeError } from "../objects/exception";
import { bufLit, bufLen, bufBytes } from "../objects/buf";
import { PROPERTY, typeDict } from "../builtins/registry";
import { callNative } from "../builtins/dispatch";
import { mroLookup } from "./classes";
import { callPython, ENTER } from "./call";
import { current } from "../stackless/scheduler";
import { asTasklet } from "../stackless/tasklet";

// The attribute dict of an object that has one (instances, user exceptions), or 0.
function ownDict(obj: Value, create: bool): Value {
  const k = kindOf(obj);
  if (k == Kind.INSTANCE) {
    const o = asInst(obj);
    if (!o.dict && create) o.dict = dictNew();
    return o.dict;
  }
  if (k == Kind.EXCEPTION) {
    const e = asExc(obj);
    if (!e.dict && create) e.dict = dictNew();
    return e.dict;
  }
  if (k == Kind.FUNCTION) {
    const f = asFunc(obj);
    if (!f.dict && create) f.dict = dictNew();
    return f.dict;
  }
  if (isBuiltinKind(k) && asType(typeOf(obj)).mro) {
    return subclassDict(obj, create);
  }
  return 0;
}

function noAttr(obj: Value, name: Value): void {
  const mark = bufLen;
  if (kindOf(obj) == Kind.MODULE) {
    bufLit("module '");
    const mn = asModule(obj).name;
    bufBytes(mn + STR_HEADER, asStr(mn).len);
    bufLit("' has no attribute '");
  } else if (kindOf(obj) == Kind.TYPE) {
    bufLit("type object '");
    bufBytes(asType(obj).name + STR_HEADER, asStr(asType(obj).name).len);
    bufLit("' has no attribute '");
  } else {
    bufLit("'");
    bufTypeName(obj);
    bufLit("' object has no attribute '");
  }
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("'");
  raiseBuf(AttributeError, mark);
}

// What a class attribute becomes when read through `self` (an instance) or through the class
// (self 0). A new reference, ENTER (a property getter to run), or 0 on error.
function bind(attr: Value, self: Value, cls: Value): Value {
  const k = kindOf(attr);
  if (k == Kind.FUNCTION && self) {
    const m = methodNew(attr, self);
    if (!m) { raiseMemoryError(); return 0; }
    incref(attr); incref(self);
    return m;
  }
  if (k == Kind.STATICMETHOD) { const f = asPair(attr).a; incref(f); return f; }
  if (k == Kind.CLASSMETHOD) {
    const m = methodNew(asPair(attr).a, cls);
    if (!m) { raiseMemoryError(); return 0; }
    incref(asPair(attr).a); incref(cls);
    return m;
  }
  if (k == Kind.PROPERTY && self) {
    const getter = asPair(attr).a;
    if (!getter || getter == None) { raiseLit(AttributeError, "property has no getter"); return 0; }
    return callPython(getter, self, 0, 0);
  }
  if (k == Kind.BUILTIN && self && (asBuiltin(attr).id & PROPERTY)) return callNative(asBuiltin(attr).id, self, 0, 0, 0);
  if (k == Kind.BUILTIN && self) {
    incref(self);
    const bound = builtinNew(asBuiltin(attr).id, self);
    if (!bound) raiseMemoryError();
    return bound;
  }
  incref(attr);
  return attr;
}

// obj.name as a new reference, ENTER (run enterFrame; it produces the value), or 0 on error.
export function getAttr(obj: Value, name: Value): Value {
  const k = kindOf(obj);
  if (k == Kind.MODULE) {
    const v = dictGet(asModule(obj).dict, name);
    // a module property (stackless.current) is computed on each read
    if (v && kindOf(v) == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY)) return callNative(asBuiltin(v).id, 0, 0, 0, 0);
    if (v) { incref(v); return v; }
    if (strEq(name, N.dict_)) { incref(asModule(obj).dict); return asModule(obj).dict; }
    noAttr(obj, name);
    return 0;
  }
  if (k == Kind.SUPER) return superAttr(obj, name);
  if (k == Kind.METHOD) {
    // a bound method: __self__, __func__, and the function's own attributes
    if (strEq(name, N.self_)) { incref(asPair(obj).b); return asPair(obj).b; }
    if (strEq(name, N.func_)) { incref(asPair(obj).a); return asPair(obj).a; }
    return getAttr(asPair(obj).a, name);
  }
  if (k == Kind.FUNCTION && strEq(name, N.dict_)) {
    const fd = ownDict(obj, true);
    if (!fd) { raiseMemoryError(); return 0; }
    incref(fd);
    return fd;
  }
  if (k == Kind.TYPE) {
    // class attributes along the class's own MRO, then the metaclass (type) for __name__ & co.
    const v = mroLookup(obj, name);
    if (v) {
      const vk = kindOf(v);
      if (vk == Kind.CLASSMETHOD || vk == Kind.STATICMETHOD) return bind(v, 0, obj);
      // a native property is its class's attribute too (tasklet.alive), unless the metaclass
      // computes that name (int.__name__)
      if (!(vk == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY)) || !mroLookup(typeOf(obj), name)) { incref(v); return v; }
    } else if (asType(obj).mro && strEq(name, N.doc_)) return noDoc();
    if (strEq(name, N.dict_)) {
      // the class's own namespace (CPython wraps it in a read-only mappingproxy)
      const cd = typeDict(obj);
      if (!cd) { raiseMemoryError(); return 0; }
      incref(cd);
      return cd;
    }
  }
  const t = typeOf(obj);
  const attr = mroLookup(t, name);
  // data descriptors win over the instance dict
  if (attr && (kindOf(attr) == Kind.PROPERTY || (kindOf(attr) == Kind.BUILTIN && (asBuiltin(attr).id & PROPERTY)))) {
    return bind(attr, obj, t);
  }
  const d = ownDict(obj, false);
  if (d) {
    const v = dictGet(d, name);
    if (v) { incref(v); return v; }
  }
  if (attr) return bind(attr, obj, t);
  if (asType(t).mro) {
    if (strEq(name, N.doc_)) return noDoc();
    if (strEq(name, N.class_)) { incref(t); return t; }
    if (strEq(name, N.dict_) && k != Kind.TYPE) {
      const dd = ownDict(obj, true);
      if (!dd) { raiseMemoryError(); return 0; }
      incref(dd);
      return dd;
    }
    const ga = mroLookup(t, N.getattr_);
    if (ga && kindOf(ga) == Kind.FUNCTION) return callPython(ga, obj, changetype<usize>(nameSlot(name)), 1);
  } else if (strEq(name, N.class_)) { incref(t); return t; }
  noAttr(obj, name);
  return 0;
}

// A user class without a docstring (and its instances): CPython's type() sets __doc__ to None.
function noDoc(): Value { incref(None); return None; }

const nameArg = memory.data(4, 4);
function nameSlot(name: Value): usize { store<u32>(nameArg, name); return nameArg; }


// super(cls, obj).name: the MRO of type(obj) after cls.
function superAttr(sup: Value, name: Value): Value {
  const cls = asPair(sup).a, obj = asPair(sup).b;
  // a class derived from cls (super() in a classmethod or __new__) is searched itself, unbound;
  // anything else (an instance; a class when cls is its metaclass) through its type, bound
  const classLevel = kindOf(obj) == Kind.TYPE && isSubtype(obj, cls);
  const objType = classLevel ? obj : typeOf(obj);
  const mro = asType(objType).mro;
  if (mro) {
    let i: u32 = 0;
    const n = tupleLen(mro);
    while (i < n && tupleGet(mro, i) != cls) i++;
    for (i++; i < n; i++) {
      const d = asType(tupleGet(mro, i)).dict;
      if (!d) continue;
      const v = dictGet(d, name);
      if (v) return bind(v, classLevel ? 0 : obj, objType);
    }
  }
  const mark = bufLen;
  bufLit("'super' object has no attribute '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("'");
  raiseBuf(AttributeError, mark);
  return 0;
}

// LOAD_METHOD: writes [callable, self] (new references; self may be 0) at dst. Returns 1, ENTER
// (the attribute comes from Python code: dst gets nothing; the frame's result is the callable),
// or 0 on error.
export function loadMethod(obj: Value, name: Value, dst: u32): i32 {
  const k = kindOf(obj);
  if (k != Kind.MODULE && k != Kind.TYPE && k != Kind.SUPER) {
    const t = typeOf(obj);
    const m = mroLookup(t, name);
    if (m) {
      const mk = kindOf(m);
      const plainMethod = (mk == Kind.BUILTIN && !(asBuiltin(m).id & PROPERTY)) || mk == Kind.FUNCTION;
      const d = mk == Kind.FUNCTION ? ownDict(obj, false) : 0;
      if (plainMethod && !(d && dictGet(d, name))) {
        incref(m);
        incref(obj);
        store<u32>(dst, m);
        store<u32>(dst, obj, 4);
        return 1;
      }
    }
  }
  const v = getAttr(obj, name);
  if (!v) return 0;
  if (v == ENTER) return -1;
  store<u32>(dst, v);
  store<u32>(dst, 0, 4);
  return 1;
}

const setterArg = memory.data(8, 4);

// obj.name = v. Returns 1, 0 on error, or -1 when a frame (a property setter or the class's
// __setattr__) must run.
export function setAttr(obj: Value, name: Value, v: Value): i32 {
  const hook = attrHook(obj, N.setattr_);
  if (hook) {
    store<u32>(setterArg, name);
    store<u32>(setterArg, v, 4);
    return callPython(hook, obj, setterArg, 2) == ENTER ? -1 : 0;
  }
  return setAttrPlain(obj, name, v);
}

// A user class's own __setattr__/__delattr__ (a Python function), or 0: it takes every
// assignment (deletion) on its instances; object.__setattr__ does the plain one.
function attrHook(obj: Value, name: Value): Value {
  const k = kindOf(obj);
  if (k == Kind.MODULE || k == Kind.TYPE) return 0;
  const t = typeOf(obj);
  if (!asType(t).mro) return 0;
  const hook = mroLookup(t, name);
  return hook && kindOf(hook) == Kind.FUNCTION ? hook : 0;
}

// obj.name = v without the class's __setattr__ (object.__setattr__).
export function setAttrPlain(obj: Value, name: Value, v: Value): i32 {
  const k = kindOf(obj);
  if (k == Kind.MODULE) {
    if (!dictSet(asModule(obj).dict, name, v)) { if (!curExc) raiseMemoryError(); return 0; }
    return 1;
  }
  if (k == Kind.TYPE && asType(obj).mro) {
    if (!dictSet(asType(obj).dict, name, v)) { if (!curExc) raiseMemoryError(); return 0; }
    return 1;
  }
  if (k == Kind.INSTANCE && strEq(name, N.class_)) return setClass(obj, v);
  const m = mroLookup(typeOf(obj), name);
  if (m && kindOf(m) == Kind.BUILTIN && (asBuiltin(m).id & PROPERTY)) {
    // a native property's setter: the new value is its one argument
    store<u32>(setterArg, v);
    const r = callNative(asBuiltin(m).id, obj, setterArg, 1, 0);
    if (!r) return 0;
    decref(r);
    return 1;
  }
  if (m && kindOf(m) == Kind.PROPERTY) {
    const setter = asPair(m).b;
    if (!setter || setter == None) {
      const mark = bufLen;
      bufLit("can't set attribute '");
      bufBytes(name + STR_HEADER, asStr(name).len);
      bufLit("'");
      raiseBuf(AttributeError, mark);
      return 0;
    }
    store<u32>(setterArg, v);
    return callPython(setter, obj, setterArg, 1) == ENTER ? -1 : 0;
  }
  const d = ownDict(obj, true);
  if (d) {
    if (!dictSet(d, name, v)) { if (!curExc) raiseMemoryError(); return 0; }
    return 1;
  }
  // CPython's wording: a new name, a computed attribute, or a method of a builtin type
  const known = mroLookup(typeOf(obj), name);
  if (!known) { noAttr(obj, name); return 0; }
  const mark = bufLen;
  if (kindOf(known) == Kind.BUILTIN && (asBuiltin(known).id & PROPERTY)) {
    bufLit("attribute '");
    bufBytes(name + STR_HEADER, asStr(name).len);
    bufLit("' of '");
    bufTypeName(obj);
    bufLit("' objects is not writable");
  } else {
    bufLit("'");
    bufTypeName(obj);
    bufLit("' object attribute '");
    bufBytes(name + STR_HEADER, asStr(name).len);
    bufLit("' is read-only");
  }
  raiseBuf(AttributeError, mark);
  return 0;
}

// obj.__class__ = cls for an instance of a user class: another user class of the same layout
// (classes are immortal: the type word needs no count). Caches keyed by type see the change.
function setClass(obj: Value, cls: Value): i32 {
  if (kindOf(cls) != Kind.TYPE) {
    const mark = bufLen;
    bufLit("__class__ must be set to a class, not '");
    bufTypeName(cls);
    bufLit("' object");
    raiseBuf(TypeError, mark);
    return 0;
  }
  if (!asType(cls).mro) { raiseLit(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses"); return 0; }
  if (asType(cls).kind != Kind.INSTANCE) {
    const mark = bufLen, cn = asType(cls).name;
    bufLit("__class__ assignment: '");
    bufBytes(cn + STR_HEADER, asStr(cn).len);
    bufLit("' object layout differs from '");
    bufTypeName(obj);
    bufLit("'");
    raiseBuf(TypeError, mark);
    return 0;
  }
  asInst(obj).type = cls;
  return 1;
}

export function delAttr(obj: Value, name: Value): i32 {
  const hook = attrHook(obj, N.delattr_);
  if (hook) return callPython(hook, obj, changetype<usize>(nameSlot(name)), 1) == ENTER ? -1 : 0;
  return delAttrPlain(obj, name);
}

// del obj.name without the class's __delattr__ (object.__delattr__).
export function delAttrPlain(obj: Value, name: Value): i32 {
  const k = kindOf(obj);
  let d: Value = 0;
  if (k == Kind.MODULE) d = asModule(obj).dict;
  else if (k == Kind.TYPE && asType(obj).mro) d = asType(obj).dict;
  else d = ownDict(obj, false);
  const m = k != Kind.MODULE && k != Kind.TYPE ? mroLookup(typeOf(obj), name) : 0; // tuple subclasses too
  if (m && kindOf(m) == Kind.PROPERTY) {
    const deleter = asPair(m).c;
    if (!deleter || deleter == None) { raiseLit(AttributeError, "can't delete attribute"); return 0; }
    return callPython(deleter, obj, 0, 0) == ENTER ? -1 : 0;
  }
  const old = d ? dictPop(d, name) : 0;
  if (!old) { if (!curExc) noAttr(obj, name); return 0; }
  decref(old);
  return 1;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function attrArgsReset(): void {
  memory.fill(nameArg, 0, 4);
  memory.fill(setterArg, 0, 8);
}
