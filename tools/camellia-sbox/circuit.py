#!/usr/bin/env python3
"""A small straight-line circuit (AND, XOR, NOT) for Camellia's s1, for the bitsliced and round-sliced paths.

s1(x) = L2(inv(L1(x ^ 0xC5))) ^ 0x6E with inv the inversion in the AES field (derive.py finds L1, L2 from the
RFC 3713 table). All fields of 256 elements are isomorphic, so the inversion is done in a tower
GF(((2^2)^2)^2) and the basis change is folded into the linear maps around it:

  GF(4)   = GF(2)[X]/(X^2 + X + 1)            element a0 + a1 X            (2 bits)
  GF(16)  = GF(4)[Y]/(Y^2 + Y + mu)           element b0 + b1 Y, bi in GF(4)  (4 bits: b0 low)
  GF(256) = GF(16)[W]/(W^2 + W + lam)         element l + h W, l, h in GF(16) (8 bits: l low)

  inv(l + h W) = (h e) W + (h + l) e,  d = lam h^2 + h l + l^2,  e = d^-1 in GF(16)
  inv(b0 + b1 Y) = (b1 f) Y + (b0 + b1) f,  D = mu b1^2 + b1 b0 + b0^2,  f = D^-1 = D^2 in GF(4)

Every product of two field elements is bilinear over GF(2) and is computed "Karatsuba" style: a GF(4) product of
a and b is the three ANDs a0 b0, a1 b1, (a0 + a1)(b0 + b1); a GF(16) product the nine ANDs of the three such
forms of b0, b1 and b0 + b1. Which XOR of those ANDs (and of linear terms) gives each output bit is not written
by hand: it is solved over GF(2) from the truth table of the operation, so a wrong formula cannot slip in.

The circuit, in layers:
  1. linear: the nine forms of h, of l and of h + l, and the linear part lam h^2 + l^2 of d, from the eight input
     bits (L1, the basis change and the input constant folded in);
  2. nine ANDs (h l);  3. linear: d = h l + lam h^2 + l^2 as the forms of d1, d0 and d0 + d1;
  4. three ANDs (d1 d0);  5. linear: D and the three forms of f = D^2;
  6. six ANDs (d1 f, (d0 + d1) f);  7. linear: the nine forms of e;
  8. eighteen ANDs (h e, (h + l) e);  9. linear: the eight output bits (the basis change back, L2 and 0x6E folded in).
Layers 1, 3, 5 and 7 are shortened by the distance heuristic of Boyar and Peralta (exact distances over all 2^n
vectors of the layer's space), the output layer (18 dimensions, too many for exact distances here) by the greedy
most-common-pair method; both prefer shallow signals, and the distance heuristic takes a soft bound on depth.
The whole circuit is simulated over all 256 inputs against the table before anything is written. Among the
choices that do not change the function (mu, lam and which root of each defining polynomial the isomorphism
maps X, Y, W to) and the depth slacks, the shallowest circuit is kept, then the smallest.
"""
import itertools
import random

from derive import INV as INV8, SBOX1, apply, gmul  # RFC 3713's table; the AES field's multiplication and inverse

L1 = [0x01, 0x19, 0xB1, 0xAB, 0xA7, 0x93, 0x61, 0xD9]  # printed by derive.py
L2 = [0xF1, 0xBB, 0x8E, 0x09, 0xFA, 0xD7, 0x21, 0xE1]
assert all(apply(L2, INV8[apply(L1, x ^ 0xC5)]) ^ 0x6E == SBOX1[x] for x in range(256))


# ---- the tower ------------------------------------------------------------------------------------------------

def mul4(a, b):
    a0, a1, b0, b1 = a & 1, a >> 1, b & 1, b >> 1
    hh = a1 & b1
    return ((a0 & b1) ^ (a1 & b0) ^ hh) << 1 | ((a0 & b0) ^ hh)  # X^2 = X + 1


def mul16(a, b, mu):
    a0, a1, b0, b1 = a & 3, a >> 2, b & 3, b >> 2
    hh = mul4(a1, b1)
    return (mul4(a0, b1) ^ mul4(a1, b0) ^ hh) << 2 | (mul4(a0, b0) ^ mul4(hh, mu))  # Y^2 = Y + mu


def irreducible(mul, c, size):
    """t^2 + t + c has no root in the field of the given size."""
    return all(mul(t, t) ^ t != c for t in range(size))


def roots(poly_of):
    """Elements r of the AES field with poly_of(r) == 0."""
    return [r for r in range(256) if poly_of(r) == 0]


def isomorphisms():
    """Every (mu, lam, T): T the columns of the map tower bits -> AES-field byte that respects multiplication."""
    for mu in (2, 3):
        if not irreducible(mul4, mu, 4):
            continue
        for lam in range(1, 16):
            if not irreducible(lambda a, b: mul16(a, b, mu), lam, 16):
                continue
            for x in roots(lambda r: gmul(r, r) ^ r ^ 1):
                mu8 = x if mu == 2 else x ^ 1
                for y in roots(lambda r: gmul(r, r) ^ r ^ mu8):
                    b16 = [1, x, y, gmul(x, y)]
                    lam8 = apply(b16 + [0] * 4, lam)
                    for w in roots(lambda r: gmul(r, r) ^ r ^ lam8):
                        t = b16 + [gmul(c, w) for c in b16]
                        yield mu, lam, t


# ---- a circuit under construction --------------------------------------------------------------------------------

class Circuit:
    """Signals are numbered; inputs 0..7. Each gate is (kind, a, b) with kind 'xor' or 'and' ('not' folded as a
    flag on the signal that is complemented). value[i] is the signal's truth table over all 256 inputs."""

    def __init__(self):
        self.gates = []
        self.value = [sum(((x >> i) & 1) << x for x in range(256)) for i in range(8)]
        self.depth = [0] * 8

    def add(self, kind, a, b):
        v = self.value[a] ^ self.value[b] if kind == "xor" else self.value[a] & self.value[b]
        self.gates.append((kind, a, b))
        self.value.append(v)
        self.depth.append(max(self.depth[a], self.depth[b]) + 1)
        return len(self.value) - 1

    def linear(self, rows, rng):
        """rows: list of sets of signal numbers; returns one signal per row, the XOR of its set (greedy pairs)."""
        rows = [set(r) for r in rows]
        assert all(rows), "an empty linear form"
        while True:
            count = {}
            for r in rows:
                if len(r) > 1:
                    for p in itertools.combinations(sorted(r), 2):
                        count[p] = count.get(p, 0) + 1
            if not count:
                break
            best = max(count.values())
            tied = sorted(p for p, c in count.items() if c == best)
            low = min(max(self.depth[a], self.depth[b]) for a, b in tied)
            a, b = rng.choice([p for p in tied if max(self.depth[p[0]], self.depth[p[1]]) == low])
            n = self.add("xor", a, b)
            for r in rows:
                if a in r and b in r:
                    r -= {a, b}
                    r.add(n)
        return [next(iter(r)) for r in rows]

    def linear_exact(self, base, coords, dims, targets, rng, slack=None):
        """The targets (vectors over GF(2)^dims) from base signals (coords[i] the vector of base[i]) by the
        distance heuristic of Boyar and Peralta: add the XOR of two available signals that brings the targets
        closest (sum of distances; ties: the larger sum of squares, then at random), a target at distance one
        at once. Distances are exact: the fewest available signals that XOR to a vector, over all 2^dims vectors."""
        have = {}
        for sig, v in zip(base, coords):
            have.setdefault(v, sig)
        want = [t for t in dict.fromkeys(targets) if t]
        size = 1 << dims
        limit = None
        if slack is not None:
            # A soft bound: prefer signals no deeper than the deepest base signal plus what a balanced XOR tree of the
            # heaviest target needs plus the slack; when no such pair brings the targets closer, any pair may be taken.
            heaviest = max(bin(t).count("1") for t in want) if want else 1
            limit = max(self.depth[s] for s in base) + (heaviest - 1).bit_length() + slack
        while any(t not in have for t in want):
            vecs = list(have)
            cnt = [None] * size
            cnt[0] = 0
            frontier = [0]
            k = 0
            while frontier:
                k += 1
                nxt = []
                for u in frontier:
                    for v in vecs:
                        w = u ^ v
                        if cnt[w] is None:
                            cnt[w] = k
                            nxt.append(w)
                frontier = nxt
            open_ = [t for t in want if t not in have]
            near = [t for t in open_ if cnt[t] == 2]
            dep = lambda v: self.depth[have[v]]
            pair = None
            for t in near:
                a = min((v for v in vecs if (t ^ v) in have and (t ^ v) != v), key=lambda v: max(dep(v), dep(t ^ v)))
                if limit is None or max(dep(a), dep(t ^ a)) + 1 <= limit:
                    pair = (a, t ^ a)
                    break
            if pair is None:
                best, pairs = None, []
                for bound in ((limit, None) if limit is not None else (None,)):
                    for i in range(len(vecs)):
                        for j in range(i + 1, len(vecs)):
                            n = vecs[i] ^ vecs[j]
                            if n in have:
                                continue
                            if bound is not None and max(dep(vecs[i]), dep(vecs[j])) + 1 > bound:
                                continue
                            ds = [min(cnt[t], cnt[t ^ n] + 1) - 1 for t in open_]
                            key = (sum(ds), -sum(d * d for d in ds))
                            if best is None or key < best:
                                best, pairs = key, [(vecs[i], vecs[j])]
                            elif key == best:
                                pairs.append((vecs[i], vecs[j]))
                    current = sum(cnt[t] - 1 for t in open_)
                    if pairs and best[0] < current:
                        break
                    best, pairs = None, []
                pair = rng.choice(pairs)
            have[pair[0] ^ pair[1]] = self.add("xor", have[pair[0]], have[pair[1]])
        return [have[t] for t in targets]


ALL = (1 << 256) - 1


def solve(basis, target):
    """A subset of basis (list of truth tables) whose XOR is target, or None (Gaussian elimination over GF(2))."""
    pivots = []  # (pivot bit, vector, set of basis indices)
    for i, v in enumerate(basis):
        s = {i}
        for pb, pv, ps in pivots:
            if (v >> pb) & 1:
                v ^= pv
                s ^= ps
        if v:
            pivots.append(((v & -v).bit_length() - 1, v, s))
    s = set()
    for pb, pv, ps in pivots:
        if (target >> pb) & 1:
            target ^= pv
            s ^= ps
    return None if target else s


def forms16(bits):
    """The nine Karatsuba forms of a GF(16) element given as truth tables of its four bits: for each of the GF(4)
    elements b0, b1, b0 + b1 its bits e0, e1 and e0 + e1."""
    b0, b1 = bits[0:2], bits[2:4]
    s = [b0[0] ^ b1[0], b0[1] ^ b1[1]]
    return [f for e in (b0, b1, s) for f in (e[0], e[1], e[0] ^ e[1])]


def forms4(bits):
    return [bits[0], bits[1], bits[0] ^ bits[1]]


def field_bits(fn):
    """Truth tables (over the 256 inputs) of the bits of fn(x)."""
    vals = [fn(x) for x in range(256)]
    return [sum(((vals[x] >> i) & 1) << x for x in range(256)) for i in range(8)]


def coords(basis, tv):
    """tv as a vector over the given (independent) truth tables: bit i set when basis[i] is in the XOR."""
    sol = solve(basis, tv)
    assert sol is not None, "not in the span"
    return sum(1 << i for i in sol)


def build(mu, lam, t, rng, slack=None):
    timg = {apply(t, v): v for v in range(256)}
    tinv = [timg[1 << i] for i in range(8)]
    c = Circuit()
    # The circuit's inputs are u = x ^ 0xC5 (NOTs on four input bits); z = Tinv(L1(u)) is then linear in u.
    kin = 0xC5
    zmap = lambda u: apply(tinv, apply(L1, u))
    zlin = field_bits(zmap)
    inputs = list(range(8))
    unit = [1 << i for i in range(8)]
    tables = lambda sigs: [c.value[i] for i in sigs]

    l_bits, h_bits = zlin[0:4], zlin[4:8]
    hf, lf = forms16(h_bits), forms16(l_bits)
    hlf = forms16([a ^ b for a, b in zip(h_bits, l_bits)])

    def d_fn(u):
        v = zmap(u)
        h, l = v >> 4, v & 15
        return mul16(mul16(h, h, mu), lam, mu) ^ mul16(h, l, mu) ^ mul16(l, l, mu)

    # The product h l is nine ANDs of forms; d's linear part lam h^2 + l^2 comes from layer 1 too.
    dlin = field_bits(lambda u: (lambda v: mul16(mul16(v >> 4, v >> 4, mu), lam, mu) ^ mul16(v & 15, v & 15, mu))(zmap(u)))[0:4]
    targets1 = hf + lf + hlf + dlin
    layer1 = c.linear_exact(inputs, unit, 8, [coords(tables(inputs), tv) for tv in targets1], rng, slack)
    H, L, HL, DL = layer1[0:9], layer1[9:18], layer1[18:27], layer1[27:31]
    p = [c.add("and", H[k], L[k]) for k in range(9)]
    d = field_bits(d_fn)[0:4]
    d1, d0 = d[2:4], d[0:2]
    amb3 = p + DL
    targets3 = forms4(d1) + forms4(d0) + forms4([d0[0] ^ d1[0], d0[1] ^ d1[1]])
    layer3 = c.linear_exact(amb3, [1 << i for i in range(len(amb3))], len(amb3),
                            [coords(tables(amb3), tv) for tv in targets3], rng, slack)
    D1, D0, D01 = layer3[0:3], layer3[3:6], layer3[6:9]
    q = [c.add("and", D1[k], D0[k]) for k in range(3)]

    # f = D^2 with D = mu d1^2 + d1 d0 + d0^2 (GF(4)); its three forms from q and the forms of d.
    def f_of(u):
        dv = d_fn(u)
        b0, b1 = dv & 3, dv >> 2
        dd = mul4(mul4(b1, b1), mu) ^ mul4(b1, b0) ^ mul4(b0, b0)
        return mul4(dd, dd)
    f = field_bits(f_of)[0:2]
    amb5 = [D1[0], D1[1], D0[0], D0[1]] + q
    base5 = D1 + D0 + D01 + q
    layer5 = c.linear_exact(base5, [coords(tables(amb5), c.value[i]) for i in base5], len(amb5),
                            [coords(tables(amb5), tv) for tv in forms4(f)], rng, slack)
    r = [c.add("and", D1[k], layer5[k]) for k in range(3)] + [c.add("and", D01[k], layer5[k]) for k in range(3)]
    # e = d^-1; its nine forms from r.
    inv16 = [0] + [next(y for y in range(1, 16) if mul16(v, y, mu) == 1) for v in range(1, 16)]
    e = field_bits(lambda u: inv16[d_fn(u)])[0:4]
    layer7 = c.linear_exact(r, [1 << i for i in range(6)], 6, [coords(tables(r), tv) for tv in forms16(e)], rng, slack)
    s = [c.add("and", H[k], layer7[k]) for k in range(9)] + [c.add("and", HL[k], layer7[k]) for k in range(9)]
    # Output: s1(u ^ 0xC5); its bits as XORs of s, each complemented or not.
    out_not, out_vecs = [], []
    for i in range(8):
        tv = sum(((SBOX1[u ^ kin] >> i) & 1) << u for u in range(256))
        sol = solve(tables(s), tv)
        out_not.append(sol is None)
        out_vecs.append(coords(tables(s), tv ^ ALL) if sol is None else sum(1 << j for j in sol))
    outs = c.linear([{s[j] for j in range(18) if (v >> j) & 1} for v in out_vecs], rng)
    return c, kin, outs, out_not


def simulate(c, kin, outs, out_not):
    """Evaluates the gate list on its own (not the truth tables built alongside) for every input byte."""
    res = []
    for x in range(256):
        v = [((x ^ kin) >> i) & 1 for i in range(8)]
        for kind, a, b in c.gates:
            v.append(v[a] ^ v[b] if kind == "xor" else v[a] & v[b])
        res.append(sum((v[o] ^ n) << i for i, (o, n) in enumerate(zip(outs, out_not))))
    return res


def best(seed=2, slacks=(0, 1, 2), limit=None):
    """The circuit with the smallest depth, then the fewest gates, over every isomorphism and depth slack (a round-sliced
    batch is a chain of 18 F-functions; the shallower circuit measured faster, docs/camellia.md). limit: only the first
    isomorphisms, for quick experiments."""
    rng = random.Random(seed)
    top = None
    for mu, lam, t in list(isomorphisms())[:limit]:
        for slack in slacks:
            c, kin, outs, out_not = build(mu, lam, t, rng, slack=slack)
            cost = len(c.gates) + sum(out_not) + bin(kin).count("1")
            depth = max(c.depth[o] for o in outs) + (1 if kin else 0) + (1 if any(out_not) else 0)
            if top is None or (depth, cost) < (top[1], top[0]):
                top = (cost, depth, mu, lam, t, c, kin, outs, out_not)
    cost, depth, mu, lam, t, c, kin, outs, out_not = top
    assert simulate(c, kin, outs, out_not) == SBOX1
    return top


if __name__ == "__main__":
    cost, depth, mu, lam, t, c, kin, outs, out_not = best()
    ands = sum(1 for g in c.gates if g[0] == "and")
    print("gates %d: %d AND, %d XOR, %d NOT, depth %d (mu %d, lam 0x%X, T %s)" % (
        cost, ands, len(c.gates) - ands, cost - len(c.gates), depth, mu, lam, ", ".join("0x%02X" % v for v in t)))
