const fs=require('fs');
const X=new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync('h.wasm')),{env:{abort(){throw 1}}}).exports;
const mem=()=>new Uint8Array(X.memory.buffer);
let bad=0,n=0;
for(const c of JSON.parse(fs.readFileSync('icases.json'))){ n++;
  const b=Buffer.from(c.s,'utf8'); mem().set(b,X.inp()); const v=X.pInt(b.length,c.b);
  const got={ok:!!X.ok(),ovf:!!X.ovf(),v:v.toString()};
  if(got.ok!==c.ok||got.ovf!==c.ovf||got.v!==c.v){bad++; if(bad<20)console.log(JSON.stringify(c),JSON.stringify(got));}
}
for(const c of JSON.parse(fs.readFileSync('fcases.json'))){ n+=2;
  let k=X.fIntBase(BigInt(c.v),c.b,c.u); let s=Buffer.from(mem().subarray(X.buf(),X.buf()+k)).toString();
  if(s!==c.s){bad++; console.log('base',c,s);}
  k=X.fInt(BigInt(c.v)); s=Buffer.from(mem().subarray(X.buf(),X.buf()+k)).toString();
  if(s!==c.d){bad++; console.log('int',c,s);}
}
console.log(n,'cases',bad,'bad');
