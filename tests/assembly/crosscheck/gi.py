import random, json
random.seed(5)
cases=[]
alpha='0123456789abcdefxobXOB_ +-'
bases=[0,2,8,10,16,36,3,7]
fixed=[('\x1c1',10),('0x1f',0),('0x_1f',0),('0X1F',16),('1f',16),('0o17',0),('0o17',8),('017',0),('00',0),('0_0',0),('0_1',0),('0b_1',0),('0b',0),('0x',0),('1_000',10),('_1',10),('1_',10),('-  1',10),(' -1 ',10),('+z',36),('Z',36),('0b1',16),('0b1',2),('0x1',16),('9223372036854775807',10),('9223372036854775808',10),('-9223372036854775808',10),('-9223372036854775809',10),('18446744073709551616',10),('99999999999999999999999',10),('0',0),('-0',0),('0_',0),('0__0',0),('1e5',10),('0o8',0),('\u00a05\u3000',10),('5\u2028',10),('0x_',0),('0x__1',0),('7fffffffffffffff',16),('-8000000000000000',16),('8000000000000000',16),('1'*64,2),('-'+'1'*63,2),('zzzzzzzzzzzzz',36),('1',1),('1',37),('1',-1),('',10),(' ',10),('+',10),('0B101',0),('0O7',0),('0_0_0',0),('00_1',0),('12',3)]
for s,b in fixed: cases.append((s,b))
for i in range(30000):
    n=random.randrange(1,25)
    s=''.join(random.choice(alpha if random.random()<0.3 else '0123456789abcdef_') for _ in range(n))
    cases.append((s,random.choice(bases)))
out=[]
for s,b in cases:
    try:
        v=int(s,b); ok=True
    except ValueError: ok=False; v=0
    ovf = ok and not (-2**63 <= v < 2**63)
    out.append({'s':s,'b':b,'ok':ok,'ovf':ovf,'v':str(v if ok and not ovf else 0)})
json.dump(out,open('icases.json','w'))
# formatInt
fi=[]
for i in range(5000):
    v=random.choice([random.randrange(-2**63,2**63), random.randrange(-1000,1000), -2**63, 2**63-1, 0])
    b=random.choice([2,8,10,16,36])
    def conv(v,b,up):
        d='0123456789abcdefghijklmnopqrstuvwxyz'
        if up: d=d.upper()
        neg=v<0; v=abs(v); r=''
        while True:
            r=d[v%b]+r; v//=b
            if v==0: break
        return ('-' if neg else '')+r
    up=random.random()<0.5
    # cross-check with python formats
    exp=conv(v,b,up)
    if b==16: assert exp==format(v,'X' if up else 'x')
    if b==8: assert exp==format(v,'o')
    if b==2: assert exp==format(v,'b')
    fi.append({'v':str(v),'b':b,'u':up,'s':exp,'d':str(v)})
json.dump(fi,open('fcases.json','w'))
