#!/usr/bin/env python3
"""Finds and checks the word form of Camellia's P-function used by the round-sliced portable code.

P (RFC 3713 §2.4.1) maps bytes y1..y8 (y1 the most significant byte of a 64-bit word) to z1..z8 by XORs of whole
bytes. The search looks for four steps of the form "one 32-bit half ^= the other half rotated left by 0, 8, 16 or 24
bits", alternating L (high half) and R (low half), followed by an optional swap of the halves, that equal P on every
input. Because P only combines whole bytes, the same steps apply to each bit-plane of the round-sliced layout, where
byte p of a plane belongs to byte position p of the F-function.
"""
import itertools
import random

M32 = 0xFFFFFFFF


def p_reference(y):
    b = [(y >> (8 * (7 - i))) & 0xFF for i in range(8)]
    y1, y2, y3, y4, y5, y6, y7, y8 = b
    z = [y1 ^ y3 ^ y4 ^ y6 ^ y7 ^ y8, y1 ^ y2 ^ y4 ^ y5 ^ y7 ^ y8, y1 ^ y2 ^ y3 ^ y5 ^ y6 ^ y8,
         y2 ^ y3 ^ y4 ^ y5 ^ y6 ^ y7, y1 ^ y2 ^ y6 ^ y7 ^ y8, y2 ^ y3 ^ y5 ^ y7 ^ y8, y3 ^ y4 ^ y5 ^ y6 ^ y8,
         y1 ^ y4 ^ y5 ^ y6 ^ y7]
    r = 0
    for i in range(8):
        r |= z[i] << (8 * (7 - i))
    return r


def rotl32(v, s):
    return ((v << s) | (v >> (32 - s))) & M32 if s else v


def run(rotations, swap, x):
    l, r = x >> 32, x & M32
    for step, s in enumerate(rotations):
        if step % 2 == 0:
            l ^= rotl32(r, s)
        else:
            r ^= rotl32(l, s)
    return (r << 32) | l if swap else (l << 32) | r


rng = random.Random(3713)
samples = [rng.getrandbits(64) for _ in range(2000)] + [1 << k for k in range(64)]
found = []
for rotations in itertools.product((0, 8, 16, 24), repeat=4):
    for swap in (False, True):
        if all(run(rotations, swap, x) == p_reference(x) for x in samples):
            found.append((rotations, swap))
for rotations, swap in found:
    print("L ^= R<<<%d; R ^= L<<<%d; L ^= R<<<%d; R ^= L<<<%d; %s" % (rotations + ("result R || L" if swap else "result L || R",)))
# The form used in CamelliaRoundSliced.P64 (fewest rotations: the second step has none).
assert ((16, 0, 8, 16), True) in found
print("checked: L ^= R<<<16; R ^= L; L ^= R<<<8; R ^= L<<<16; result R || L equals P on", len(samples), "inputs")
