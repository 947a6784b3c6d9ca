"""Figure-spec evaluator used by make_cases.py (against figures.json).

A case's expected figures are written as a spec string (also stored in the case's
note after "specs:") so that validate.py can re-evaluate it with its own parser.

Grammar: terms joined by " + "; each term yields a list of ints; the union (order kept,
duplicates dropped) is the expected figure list.
  none                       -> []
  c:P:T:A                    -> count. P = canonical province | ALL | R=<region key>;
                                T = core | extended | * ; A = DOPA|DLA|HSS|CDD|DOP | *.
                                T given -> [value]; T = * -> [core value, extended value].
                                Zero values are dropped (a reply says "none", not "0").
  max:T:A                    -> [largest province value]   (ranking)
  argmax:T:A=P               -> []  (asserts P is the unique argmax; used for slots)
  ncov:T                     -> [number of provinces with at least one trainer of type T]
  rmax:T                     -> [largest region total of type T]
  amax:T                     -> [largest national agency column of type T]
  tot:all                    -> [core total + extended total]
  diff(X,Y)                  -> [|X - Y|] where X and Y are single-valued c: terms
  d:KEY                      -> document number(s); see doc_term()
"""
import re

AG = ["DOPA", "DLA", "HSS", "CDD", "DOP"]


class Figures:
    def __init__(self, fj):
        self.fj = fj

    def value(self, P, T, A):
        fj = self.fj
        if P == "ALL":
            if A == "*":
                return fj["totals"][T]["total"]
            return fj["totals"][T]["by_agency"][A]
        if P.startswith("R="):
            r = fj["regions"][P[2:]]
            return r[T + "_total"] if A == "*" else r[T][A]
        p = fj["provinces"][P]
        return p[T + "_total"] if A == "*" else p[T][A]

    def per_province(self, T, A):
        return {p: self.value(p, T, A) for p in self.fj["provinces"]}

    def doc_term(self, key):
        d = self.fj["document"]
        if key == "phone":
            return [d["phone_parts"][1], d["phone_ext"]]
        if key == "fax":
            return [d["fax_parts"][1]]
        if key.startswith("clauses:"):
            _, mou, ag = key.split(":")
            return [d["duty_clauses"][mou][ag]]
        if key.startswith("rollout:"):
            return [d["rollout_years"][int(key.split(":")[1])]]
        return [d[key]]

    def term(self, t):
        t = t.strip()
        if t == "none":
            return []
        m = re.fullmatch(r"diff\((c:[^,]+),(c:[^)]+)\)", t)
        if m:
            a = self.term(m.group(1)); b = self.term(m.group(2))
            a = a[0] if a else 0; b = b[0] if b else 0
            return [abs(a - b)]
        if t.startswith("c:"):
            _, P, T, A = t.split(":")
            types = ["core", "extended"] if T == "*" else [T]
            return [v for v in (self.value(P, x, A) for x in types) if v]
        if t.startswith("max:"):
            _, T, A = t.split(":")
            return [max(self.per_province(T, A).values())]
        if t.startswith("argmax:"):
            left, P = t.split("=")
            _, T, A = left.split(":")
            pp = self.per_province(T, A); mx = max(pp.values())
            winners = [p for p, v in pp.items() if v == mx]
            if winners != [P]:
                raise ValueError("argmax %s is %r, not %s" % (left, winners, P))
            return []
        if t.startswith("ncov:"):
            T = t.split(":")[1]
            return [sum(1 for v in self.per_province(T, "*").values() if v > 0)]
        if t.startswith("rmax:"):
            T = t.split(":")[1]
            return [max(r[T + "_total"] for r in self.fj["regions"].values())]
        if t.startswith("amax:"):
            T = t.split(":")[1]
            return [max(self.fj["totals"][T]["by_agency"].values())]
        if t == "tot:all":
            return [self.fj["totals"]["all"]]
        if t.startswith("d:"):
            return self.doc_term(t[2:])
        raise ValueError("bad spec term %r" % t)

    def eval(self, spec):
        out = []
        for t in spec.split(" + "):
            for v in self.term(t):
                if v not in out:
                    out.append(v)
        return out

    def argmax(self, T, A="*"):
        pp = self.per_province(T, A); mx = max(pp.values())
        w = [p for p, v in pp.items() if v == mx]
        if len(w) != 1:
            raise ValueError("tie for argmax %s %s: %r" % (T, A, w))
        return w[0]
