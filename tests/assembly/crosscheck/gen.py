import random, struct, json, math, sys
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 1)
N = int(sys.argv[2]) if len(sys.argv)>2 else 20000
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def fb(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
vals=[]
for i in range(N):
    k=random.randrange(8)
    if k==0: x=fb(random.getrandbits(64))
    elif k==1: x=random.uniform(-1e6,1e6)
    elif k==2: x=round(random.uniform(-1000,1000), random.randrange(0,6))
    elif k==3: x=float(random.randrange(-10**random.randrange(1,20),10**random.randrange(1,20)))
    elif k==4: x=fb(random.getrandbits(52) | (random.choice([0,1,2,2046,2045,1023,1022,1075,1100])<<52)) * random.choice([1,-1])
    elif k==5: x=random.randrange(1,100000)/random.choice([2,4,8,16,32,64,1024,10,100,1000,200,40])
    elif k==6: x=float('%.*e'%(random.randrange(0,17), fb(random.getrandbits(63))))
    else: x=2.0**random.randrange(-1074,1024)*random.choice([1,-1,1.5,0.75])
    if math.isnan(x): continue
    vals.append(x)
vals += [0.0,-0.0,math.inf,-math.inf,math.nan,5e-324,2.2250738585072014e-308,1.7976931348623157e308,0.1,0.5,1.5,2.5,2.675,0.125,0.375,1e16,1e15,123456789012345.0,1e-5,1e-4,9.5,0.05,0.95,0.995,9.995,99.5,999999.5,1e22,1e23,9.999999999999999e22]
out=[]
for x in vals:
    r={'b':'%016x'%bits(x),'repr':repr(x)}
    p=random.randrange(0,31); r['fp']=p; r['f']='%.*f'%(p,x)
    p=random.randrange(0,25); r['ep']=p; r['e']='%.*e'%(p,x); r['E']='%.*E'%(p,x)
    p=random.randrange(0,25); r['gp']=p; r['g']='%.*g'%(p,x); r['G']='%#.*G'%(p,x)
    r['g6']='%g'%x; r['f6']='%f'%x; r['f2']='%.2f'%x; r['f0']='%.0f'%x; r['e3']='%.3e'%x
    out.append(r)
json.dump(out, open('cases.json','w'))
# parse cases
ps=[]
def rnd_dec():
    nd=random.choice([1,2,3,5,10,15,16,17,17,18,19,20,25,40,100,400,790,800,801,820,1200])
    d=''.join(random.choice('0123456789') for _ in range(nd))
    k=random.randrange(4)
    if k==0: return d
    if k==1: return d[:random.randrange(len(d)+1)]+'.'+d[random.randrange(len(d)+1):] or '1'
    e=random.randrange(-400,400) if random.random()<0.5 else random.randrange(-30,30)
    return d[:1]+'.'+d[1:]+'e'+str(e)
for i in range(N):
    k=random.randrange(5)
    if k==0: s=repr(fb(random.getrandbits(63)))
    elif k==1: s=rnd_dec()
    elif k==2:
        x=fb(random.getrandbits(63))
        # exact halfway points: mid between x and next
        if math.isfinite(x):
            from decimal import Decimal, getcontext
            getcontext().prec=2000
            y=math.nextafter(x, math.inf)
            if math.isfinite(y):
                m=(Decimal(x)+Decimal(y))/2
                s=str(m)
                if random.random()<0.5:
                    # perturb last digit
                    s = format(m + Decimal(random.choice([1,-1]))*Decimal(10)**(m.adjusted()-random.choice([20,40,790,805])),'e') if random.random()<0.5 else s
            else: s='1e308'
        else: s='1'
    elif k==3: s='%.17g'%fb(random.getrandbits(63))
    else: s='%.*e'%(random.randrange(0,20), fb(random.getrandbits(63)))
    try:
        v=float(s)
    except: continue
    ps.append({'s':s,'b':'%016x'%bits(v)})
extra=['1_000.5','  -12.5e-3\n','inf','-Infinity','nan','1e400','-1e400','1e-400','2.4703282292062327e-324','2.4703282292062328e-324','4.9406564584124654e-324','1.7976931348623158e308','1.7976931348623159e308','179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093638836986891497418','0.'+'0'*400+'1','1'*400,'.5','5.']
for s in extra:
    ps.append({'s':s,'b':'%016x'%bits(float(s))})
bad=['', ' ', '1__0','_1','1_','1_e5','1e_5','1._5','1_.5','.','e5','1e','0x10','infinit','in f','+','-','1e+-5','1.2.3','--1','nan1','1 2','\x1c1']
for s in bad: ps.append({'s':s,'bad':True})
json.dump(ps, open('pcases.json','w'))
