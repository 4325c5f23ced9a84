#!/usr/bin/env python3
"""Tower-field form of the Camellia S-box for the portable bitsliced path.

GF(2^8) (AES polynomial) is isomorphic to GF(16)[w]/(w^2 + w + lambda) with GF(16) = GF(2)[z]/(z^4 + z + 1).
Inversion in the tower costs one GF(16) inversion and three GF(16) multiplications (about 180 gates bitsliced)
instead of four GF(2^8) multiplications and seven squarings for x^254. This script finds lambda and the basis
change T (tower bits -> AES-field byte), folds T^-1 into L1 and T into L2, checks the whole S-box against
derive.py's form, and prints the new matrices.
"""
L1 = [0x01, 0x19, 0xB1, 0xAB, 0xA7, 0x93, 0x61, 0xD9]
L2 = [0xF1, 0xBB, 0x8E, 0x09, 0xFA, 0xD7, 0x21, 0xE1]


def gmul(a, b, poly=0x11B, bits=8):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a <<= 1
        if a & (1 << bits):
            a ^= poly
        b >>= 1
    return r


def g16(a, b):
    return gmul(a, b, 0x13, 4)


def apply(cols, v):
    r = 0
    for i in range(8):
        if (v >> i) & 1:
            r ^= cols[i]
    return r


INV8 = [0] + [next(y for y in range(1, 256) if gmul(x, y) == 1) for x in range(1, 256)]
INV16 = [0] + [next(y for y in range(1, 16) if g16(x, y) == 1) for x in range(1, 16)]

# lambda: w^2 + w + lambda irreducible over GF(16) <=> no t with t^2 + t = lambda. Prefer few ones.
lams = [l for l in range(1, 16) if all(g16(t, t) ^ t != l for t in range(16))]
lam = min(lams, key=lambda l: (bin(l).count("1"), l))


def tower_mul(a, b):
    ah, al, bh, bl = a >> 4, a & 15, b >> 4, b & 15
    hh = g16(ah, bh)
    return ((hh ^ g16(ah, bl) ^ g16(al, bh)) << 4) | (g16(hh, lam) ^ g16(al, bl))


def tower_inv(a):
    ah, al = a >> 4, a & 15
    d = g16(g16(ah, ah), lam) ^ g16(ah, al) ^ g16(al, al)
    di = INV16[d]
    return (g16(ah, di) << 4) | g16(ah ^ al, di)


assert all(tower_mul(x, tower_inv(x)) == 1 for x in range(1, 256))

# zeta: root of z^4 + z + 1 in the AES field; omega: root of w^2 + w + lambda(zeta).
for zeta in range(2, 256):
    z2 = gmul(zeta, zeta); z4 = gmul(z2, z2)
    if z4 ^ zeta ^ 1 == 0:
        break
zpow = [1, zeta, gmul(zeta, zeta), gmul(gmul(zeta, zeta), zeta)]
def from16(v):
    r = 0
    for i in range(4):
        if (v >> i) & 1:
            r ^= zpow[i]
    return r
lam8 = from16(lam)
omega = next(w for w in range(256) if gmul(w, w) ^ w ^ lam8 == 0)
T = [from16(1 << i) for i in range(4)] + [gmul(omega, from16(1 << i)) for i in range(4)]
Timg = {apply(T, v): v for v in range(256)}
assert len(Timg) == 256
Tinv = [Timg[1 << i] for i in range(8)]
assert all(INV8[apply(T, x)] == apply(T, tower_inv(x)) for x in range(256))

in_cols = [apply(Tinv, c) for c in L1]
in_const = apply(Tinv, 0x08)
out_cols = [apply(L2, c) for c in T]
SBOX1 = [apply(L2, INV8[apply(L1, x ^ 0xC5)]) ^ 0x6E for x in range(256)]
assert all(apply(out_cols, tower_inv(apply(in_cols, x) ^ in_const)) ^ 0x6E == SBOX1[x] for x in range(256))
lam_cols = [g16(1 << i, lam) for i in range(4)]
print("lambda = 0x%X (times-lambda columns %s)" % (lam, lam_cols))
print("zeta = 0x%02X, omega = 0x%02X" % (zeta, omega))
print("T columns:", ", ".join("0x%02X" % c for c in T))
print("in columns (T^-1 L1):", ", ".join("0x%02X" % c for c in in_cols), "constant 0x%02X" % in_const)
print("out columns (L2 T):", ", ".join("0x%02X" % c for c in out_cols), "constant 0x6E")
