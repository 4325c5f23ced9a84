#!/usr/bin/env python3
"""Checks the GHASH reduction used by Ghash.cs on random inputs against GF(2^128) multiplication as SP 800-38D
defines it. Operands are byte-reversed blocks (coefficient of x^i at bit 127 - i). The variant that shifts the
256-bit carry-less product left by one and then folds its low half twice with 0xC2 << 56 (swap halves, XOR)
must print True; the same fold without the shift must print False.
"""
import random
M64=(1<<64)-1; M128=(1<<128)-1
def clmul(a,b):
    r=0
    while b:
        if b&1: r^=a
        a<<=1; b>>=1
    return r
def rev(v,n):
    return int(bin(v)[2:].zfill(n)[::-1],2)
# GCM reference: poly-basis ints P where coefficient x^i at bit i; mult mod x^128+x^7+x^2+x+1
G=(1<<128)|0x87
def pmod(a):
    for k in range(a.bit_length()-1,127,-1):
        if (a>>k)&1: a^=G<<(k-128)
    return a
def ref(a,b): return pmod(clmul(a,b))
POLY_HI=0xC200000000000000
def swap(v): return ((v&M64)<<64)|(v>>64)
def variant(x,y, shift):
    p=clmul(x,y)
    if shift: p<<=1
    lo=p&M128; hi=p>>128
    t=clmul(lo&M64, POLY_HI)   # lo.lo * poly.hi
    lo=swap(lo)^t
    t=clmul(lo&M64, POLY_HI)
    lo=swap(lo)^t
    return (lo^hi)&M128
for shift in (0,1):
    ok=True
    for _ in range(200):
        a=random.getrandbits(128); b=random.getrandbits(128)
        want=rev(ref(a,b),128)
        got=variant(rev(a,128),rev(b,128),shift)
        if got!=want: ok=False;break
    print('shift',shift,ok)
# variant with H*x precomputed (no shift)
def mulx(a): return pmod(a<<1)
ok=True
for _ in range(200):
    a=random.getrandbits(128); b=random.getrandbits(128)
    want=rev(ref(a,b),128)
    got=variant(rev(a,128),rev(mulx(b),128),0)
    if got!=want: ok=False;break
print('Hx noshift',ok)
