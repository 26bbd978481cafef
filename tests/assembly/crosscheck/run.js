const fs=require('fs');
const m=new WebAssembly.Module(fs.readFileSync('h.wasm'));
const inst=new WebAssembly.Instance(m,{env:{abort(){throw new Error('abort')}}});
const X=inst.exports;
const dv=new DataView(new ArrayBuffer(8));
function fb(h){dv.setBigUint64(0,BigInt('0x'+h),true);return dv.getFloat64(0,true);}
function hb(x){dv.setFloat64(0,x,true);return dv.getBigUint64(0,true).toString(16).padStart(16,'0');}
function str(n){return Buffer.from(new Uint8Array(X.memory.buffer,X.buf(),n)).toString('latin1');}
let fails=0, total=0;
function chk(what,got,exp){total++; if(got!==exp){fails++; if(fails<40) console.log('FAIL',what,JSON.stringify(got),'expected',JSON.stringify(exp));}}
const cases=JSON.parse(fs.readFileSync(process.argv[2]||'cases.json'));
let t0=Date.now();
for(const c of cases){
  const x=fb(c.b);
  chk('repr '+c.repr, str(X.fRepr(x)), c.repr);
  chk(`%.${c.fp}f ${c.repr}`, str(X.fFixed(x,c.fp)), c.f);
  chk(`room ${c.repr}`, X.fRoom(x,c.fp) >= c.f.length && (X.fRoom(x,c.fp) <= c.f.length + 6 || !isFinite(x)), true);
  chk(`room500 ${c.repr}`, X.fRoom(x,500) >= X.fFixed(x,500), true);
  chk(`%.${c.ep}e ${c.repr}`, str(X.fExp(x,c.ep,false)), c.e);
  chk(`%.${c.ep}E ${c.repr}`, str(X.fExp(x,c.ep,true)), c.E);
  chk(`%.${c.gp}g ${c.repr}`, str(X.fGen(x,c.gp,false,false)), c.g);
  chk(`%#.${c.gp}G ${c.repr}`, str(X.fGen(x,c.gp,true,true)), c.G);
  chk(`%g ${c.repr}`, str(X.fGen(x,6,false,false)), c.g6);
  chk(`%f ${c.repr}`, str(X.fFixed(x,6)), c.f6);
  chk(`%.2f ${c.repr}`, str(X.fFixed(x,2)), c.f2);
  chk(`%.0f ${c.repr}`, str(X.fFixed(x,0)), c.f0);
  chk(`%.3e ${c.repr}`, str(X.fExp(x,3,false)), c.e3);
}
console.log('format time',Date.now()-t0,'ms');
t0=Date.now();
const pc=JSON.parse(fs.readFileSync(process.argv[3]||'pcases.json'));
for(const c of pc){
  const b=Buffer.from(c.s,'utf8'); new Uint8Array(X.memory.buffer).set(b,X.inp());
  const v=X.pFloat(b.length);
  if(c.bad){ chk('bad '+JSON.stringify(c.s), X.ok(), 0); continue; }
  chk('ok '+c.s.slice(0,60), X.ok(), 1);
  const h=hb(v);
  if(!(isNaN(v) && c.b.startsWith('7ff8')||c.b.startsWith('fff8'))) chk('parse '+c.s.slice(0,80), h, c.b);
}
console.log('parse time',Date.now()-t0,'ms');
console.log(`${total-fails}/${total} ok, ${fails} failed`);
