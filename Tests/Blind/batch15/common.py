import re
TONES = "่้๊๋"
def thai_digits(s): return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
def strip_tones(s): return "".join(c for c in s if c not in TONES)
def render(R, tpl, subs, tones=0.25, nospace=0.35, tdig=0.3):
    t = tpl
    if R.random() < tones: t = strip_tones(t)
    if R.random() < nospace: t = t.replace(" ", "")
    if R.random() < tdig: t = thai_digits(t)
    for k, v in subs.items(): t = t.replace("{" + k + "}", v)
    return re.sub(r"\s+", " ", t).strip()
