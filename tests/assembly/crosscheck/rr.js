const fs=require('fs');
const X=new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync('h.wasm')),{env:{abort(){throw 1}}}).exports;
const dv=new DataView(new ArrayBuffer(8));
const lines=fs.readFileSync('rr.txt','latin1').split('\n');
let bad=0,t0=Date.now(),n=0;
const mem=()=>new Uint8Array(X.memory.buffer);
for(const l of lines){ if(!l) continue; n++;
  const h=l.slice(0,16), r=l.slice(17);
  dv.setBigUint64(0,BigInt('0x'+h),true); const x=dv.getFloat64(0,true);
  const k=X.fRepr(x); const s=Buffer.from(mem().subarray(X.buf(),X.buf()+k)).toString('latin1');
  if(s!==r){bad++; if(bad<10) console.log('repr',h,s,r);}
  if(r!=='nan'){ const b=Buffer.from(r); mem().set(b,X.inp()); const y=X.pFloat(b.length); dv.setFloat64(0,y,true);
    if(dv.getBigUint64(0,true).toString(16).padStart(16,'0')!==h){bad++; if(bad<10) console.log('parse',r);} }
}
console.log(n,'lines',bad,'bad',Date.now()-t0,'ms');
