import random,struct,sys
random.seed(99)
with open('rr.txt','w') as f:
    for i in range(1000000):
        b=random.getrandbits(64)
        if i%3==0: b=(b & ~(0x7ff<<52)) | (random.randrange(1000,1100)<<52)
        x=struct.unpack('<d',struct.pack('<Q',b))[0]
        f.write('%016x %s\n'%(b,repr(x)))
