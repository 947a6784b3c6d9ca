#!/usr/bin/env python3
"""Build messages.jsonl (400 blind cases) and derivations.json.

Every expected figure is a *spec* string resolved against figures.json; nothing is typed
by hand.  Specs:
  core:P[:A]  ext:P[:A]  comb:P[:A]        one province (A = DOPA|DLA|HSS|CDD|DOP)
  nat:core[:A]  nat:ext[:A]  nat:comb[:A]  national totals
  reg:KEY:core|ext|comb[:A]                regional sums (KEY from regions/subregions)
  regcov:KEY                               provinces of a region with core trainers
  cov:KEY  cov:core_by_agency:A  cov:extended_by_agency:A
  rank:core|extended|combined              the maximum of a ranking
  rankag:core|extended:A                   the maximum for one agency
  doc:KEY[:SUB]                            a document fact (phone ext, years...)
A spec that resolves to 0 is an error: zero answers are listed under "zero" in
derivations.json instead (validate.py re-derives them).
Deterministic: fixed seed for user ids.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
RNG = random.Random(20638)
AG = set(F["agencies"])


def resolve(spec):
    p = spec.split(":")
    k = p[0]
    if k in ("core", "ext", "comb"):
        prov = p[1]
        assert prov in F["provinces"], spec
        a = p[2] if len(p) > 2 else "total"
        assert a == "total" or a in AG, spec
        def one(kind):
            blk = F["core" if kind == "core" else "extended"]["by_province"]
            return blk.get(prov, {}).get(a, 0)
        if k == "comb":
            return one("core") + one("ext")
        return one(k)
    if k == "nat":
        kind = p[1]
        a = p[2] if len(p) > 2 else None
        if kind == "comb":
            return F["combined"]["by_agency"][a] if a else F["combined"]["total"]
        blk = F["core" if kind == "core" else "extended"]
        return blk["by_agency"][a] if a else blk["total"]
    if k == "reg":
        key, kind = p[1], p[2]
        r = F["regions"].get(key) or F["subregions"][key]
        a = p[3] if len(p) > 3 else "total"
        if kind == "comb":
            return r["core"][a] + r["extended"][a]
        return r["core" if kind == "core" else "extended"][a]
    if k == "regcov":
        r = F["regions"].get(p[1]) or F["subregions"][p[1]]
        return r["core_provinces"]
    if k == "cov":
        if len(p) == 3:
            return F["coverage"][p[1]][p[2]]
        return F["coverage"][p[1]]
    if k == "rank":
        return F["rankings"][p[1]]["max"]["value"]
    if k == "rankag":
        return F["rankings"][p[1] + "_by_agency"][p[2]]["max"]
    if k == "doc":
        v = F["document"][p[1]]
        if len(p) > 2:
            v = v[int(p[2])] if isinstance(v, list) else v[p[2]]
        return v
    raise KeyError(spec)


CASES = []
DERIV = {}


def T(text, mode="p"):
    return (text, mode)


def add(cat, turns, intent, slots=None, figs=(), reply="answer", lang="th", note="",
        alt=None, zero=()):
    if isinstance(turns, tuple):
        turns = [turns]
    uid = RNG.randint(10000, 99999)
    tt = []
    for text, mode in turns:
        tt.append({"text": text, "chat_type": "private" if mode == "p" else "group",
                   "user_id": uid, "reply_to_bot": mode == "gr"})
    values, seen, dl = [], set(), []
    for s in figs:
        v = resolve(s)
        if isinstance(v, list):
            raise ValueError(s)
        if v == 0:
            raise ValueError(f"spec {s} is 0; use zero=")
        dl.append([s, v])
        if v not in seen:
            seen.add(v)
            values.append(v)
    for s in zero:
        if resolve(s) != 0:
            raise ValueError(f"zero spec {s} is {resolve(s)}")
    exp = {"intent": intent, "slots": dict(slots or {}), "figures": values,
           "reply": reply, "lang": lang}
    if alt:
        exp["intent_alt"] = list(alt)
    cid = f"b8-{len(CASES)+1:04d}"
    CASES.append({"id": cid, "category": cat, "turns": tt, "expect": exp, "note": note})
    DERIV[cid] = {"figures": dl, "zero": list(zero)}


def S(province=None, agency=None, ttype=None):
    d = {}
    if province:
        assert province in F["provinces"], province
        d["province"] = province
    if agency:
        assert agency in AG or agency == "ECT", agency
        d["agency"] = agency
    if ttype:
        assert ttype in ("core", "extended")
        d["trainer_type"] = ttype
    return d


KR, UB, KK, CM = "นครราชสีมา", "อุบลราชธานี", "ขอนแก่น", "เชียงใหม่"
TC, TV, TL = "trainer_count", "trainer_coverage", "trainer_list"

# ---------------------------------------------------------------- ordinary (180)
O = "ordinary"
# trainer_count (56)
add(O, T("โคราชมีวิทยากรขยายผลกี่คนคะ"), TC, S(KR, ttype="extended"), ["ext:" + KR], note="nickname โคราช")
add(O, T("วิทยากรหลักของอุบลฯ มีกี่คนครับ"), TC, S(UB, ttype="core"), ["core:" + UB], note="nickname อุบลฯ")
add(O, T("ขอนเเก่นมีวิทยากรหลักสูตรพลเมืองคุณภาพกี่คน"), TC, S(KK), ["core:" + KK, "ext:" + KK],
    note="typo เเ for แ; no type given: both registers expected")
add(O, T("เชียงไหม่ วิทยากรหลักกี่ท่านคะ"), TC, S(CM, ttype="core"), ["core:" + CM], note="typo เชียงไหม่")
add(O, T("วิทยากรขยายผลทั้งประเทศมีกี่คน"), TC, S(ttype="extended"), ["nat:ext"], note="national extended total (headline)")
add(O, T("วิทยากรหลักทั่วประเทศ ปี63 กี่คนจ้า"), TC, S(ttype="core"), ["nat:core"], note="national core total, year 63 = 2563")
add(O, T("รวมวิทยากรหลักกับขยายผลทั้งหมดกี่คน"), TC, S(), ["nat:comb"], note="sum of both registers")
add(O, T("@civicbot บุรีรัมย์ วิทยากรขยายผล ของ อสม. มีกี่คน", "g"), TC, S("บุรีรัมย์", "HSS", "extended"),
    ["ext:บุรีรัมย์:HSS"], note="อสม. = กรมสนับสนุนบริการสุขภาพ column")
add(O, T("ศรีษะเกษมีวิทยากรขยายผลเท่าไหร่"), TC, S("ศรีสะเกษ", ttype="extended"), ["ext:ศรีสะเกษ"], note="common misspelling ศรีษะเกษ")
add(O, T("สุราษฏร์ธานี วิทยากรหลักกี่คนคะ"), TC, S("สุราษฎร์ธานี", ttype="core"), ["core:สุราษฎร์ธานี"], note="ฏ/ฎ typo")
add(O, T("นครศรีฯมีวิทยากรขยายผลกี่คน"), TC, S("นครศรีธรรมราช", ttype="extended"), ["ext:นครศรีธรรมราช"], note="abbrev นครศรีฯ, no space")
add(O, T("เมืองคอนมีวิทยากรหลักกี่คนครับ"), TC, S("นครศรีธรรมราช", ttype="core"), ["core:นครศรีธรรมราช"], note="nickname เมืองคอน")
add(O, T("อยุธยามีวิทยากรกี่คนคะ ทั้งหลักและขยายผล"), TC, S("พระนครศรีอยุธยา"),
    ["core:พระนครศรีอยุธยา", "ext:พระนครศรีอยุธยา"], note="short name อยุธยา; both types asked")
add(O, T("แปดริ้ว วิทยากรขยายผล มีกี่คนอ่ะ"), TC, S("ฉะเชิงเทรา", ttype="extended"), ["ext:ฉะเชิงเทรา"], note="nickname แปดริ้ว")
add(O, T("ปากน้ำโพมีวิทยากรหลักมั้ย กี่คน"), TC, S("นครสวรรค์", ttype="core"), ["core:นครสวรรค์"], note="nickname ปากน้ำโพ")
add(O, T("มหาชัย มีวิทยากรขยายผลกี่คนคะ"), TC, S("สมุทรสาคร", ttype="extended"), ["ext:สมุทรสาคร"], note="everyday name มหาชัย = สมุทรสาคร")
add(O, T("ปากน้ำ วิทยากรขยายผลกี่คน"), TC, S("สมุทรปราการ", ttype="extended"), ["ext:สมุทรปราการ"], note="everyday name ปากน้ำ = สมุทรปราการ")
add(O, T("กรมการปกครองมีวิทยากรหลักทั้งหมดกี่คน"), TC, S(agency="DOPA", ttype="core"), ["nat:core:DOPA"], note="column total")
add(O, T("วิทยากรขยายผลสายสาธารณสุขทั้งประเทศกี่คน"), TC, S(agency="HSS", ttype="extended"), ["nat:ext:HSS"], note="สาธารณสุข -> HSS column")
add(O, T("พช. มีวิทยากรขยายผลกี่คนทั่วประเทศ"), TC, S(agency="CDD", ttype="extended"), ["nat:ext:CDD"], note="พช. = CDD")
add(O, T("ผส.มีวิทยากรหลักกี่คน"), TC, S(agency="DOP", ttype="core"), ["nat:core:DOP"], note="ผส. = กรมกิจการผู้สูงอายุ")
add(O, T("สถ. วิทยากรขยายผล รวมกี่คน"), TC, S(agency="DLA", ttype="extended"), ["nat:ext:DLA"], note="สถ. = DLA")
add(O, T("อบต./เทศบาล มีวิทยากรหลักกี่คนในเชียงราย"), TC, S("เชียงราย", "DLA", "core"), ["core:เชียงราย:DLA"],
    note="อบต./เทศบาล -> ท้องถิ่น (DLA)")
add(O, T("ร้อยเอ็ด วิทยากรขยายผลของท้องถิ่นกี่คน"), TC, S("ร้อยเอ็ด", "DLA", "extended"), ["ext:ร้อยเอ็ด:DLA"], note="ท้องถิ่น = DLA")
add(O, T("อุบลมีวิทยากรหลักฝ่ายปกครองกี่คนคะ"), TC, S(UB, "DOPA", "core"), ["core:" + UB + ":DOPA"], note="ฝ่ายปกครอง = DOPA")
add(O, T("ลำปางมีวิทยากรขยายผลกี่คนครับ"), TC, S("ลำปาง", ttype="extended"), ["ext:ลำปาง"])
add(O, T("พัฒนากรที่เป็นวิทยากรขยายผลในศรีสะเกษมีกี่คน"), TC, S("ศรีสะเกษ", "CDD", "extended"), ["ext:ศรีสะเกษ:CDD"],
    note="พัฒนากร -> CDD")
add(O, T("ชมรมผู้สูงอายุ โคราช วิทยากรขยายผล กี่คน"), TC, S(KR, "DOP", "extended"), ["ext:" + KR + ":DOP"],
    note="ผู้สูงอายุ -> DOP")
add(O, T("กทม.มีวิทยากรขยายผลไหมคะ"), TC, S("กรุงเทพมหานคร", ttype="extended"), [], alt=[TV],
    zero=["ext:กรุงเทพมหานคร"], note="Bangkok row is all dashes: the answer must say none / 0")
add(O, T("กาญจน์ มีวิทยากรหลักมั้ย"), TC, S("กาญจนบุรี", ttype="core"), [], alt=[TV], zero=["core:กาญจนบุรี"],
    note="not in the core register: answer none")
add(O, T("ภูเก็ตมีวิทยากรขยายผลทั้งหมดกี่คนคะ"), TC, S("ภูเก็ต", ttype="extended"), ["ext:ภูเก็ต"])
add(O, T("๒๕๖๓ วิทยากรหลัก จ.ตรัง มีกี่คน"), TC, S("ตรัง", ttype="core"), ["core:ตรัง"], note="Thai digits year")
add(O, T("ยะลา วิทยากรขยายผล มีกี่ท่านครับ"), TC, S("ยะลา", ttype="extended"), ["ext:ยะลา"])
add(O, T("เมืองย่าโมมีวิทยากรหลักกี่คนคะ"), TC, S(KR, ttype="core"), ["core:" + KR], note="nickname เมืองย่าโม = นครราชสีมา")
add(O, T("วิทยากรขยายผลนนทบุรีกี่คนคะ"), TC, S("นนทบุรี", ttype="extended"), ["ext:นนทบุรี"])
add(O, T("@civicbot ขอจำนวนวิทยากรขยายผล จ.สกลนคร หน่อยครับ", "g"), TC, S("สกลนคร", ttype="extended"), ["ext:สกลนคร"])
add(O, T("อุดรมีวิทยากรกี่คน"), TC, S("อุดรธานี"), ["core:อุดรธานี", "ext:อุดรธานี"],
    note="อุดร short; seed spells it อุตรธานี in the extended table")
add(O, T("หนองคายวิทยากรหลัก+ขยายผลรวมกันกี่คน"), TC, S("หนองคาย"), ["comb:หนองคาย"], note="sum of both types")
add(O, T("วิทยากรหลักสุรินทร์กี่คนน้อ"), TC, S("สุรินทร์", ttype="core"), ["core:สุรินทร์"])
add(O, T("สุโขทัย มีวิทยากรขยายผล อสม. กี่คน"), TC, S("สุโขทัย", "HSS", "extended"), ["ext:สุโขทัย:HSS"])
add(O, T("เพชรบูรณ์ วิทยากรขยายผลของกรมกิจการผู้สูงอายุ กี่คน"), TC, S("เพชรบูรณ์", "DOP", "extended"), [],
    zero=["ext:เพชรบูรณ์:DOP"], note="empty cell in the seed = 0: answer none")
add(O, T("วิทยากรหลักพิษณุโลกมีกี่คนคะ"), TC, S("พิษณุโลก", ttype="core"), ["core:พิษณุโลก"])
add(O, T("พิจิตร วิทยากรขยายผล กี่คน"), TC, S("พิจิตร", ttype="extended"), ["ext:พิจิตร"])
add(O, T("ชลบุรีมีวิทยากรหลักอยู่กี่คน ปี 63"), TC, S("ชลบุรี", ttype="core"), ["core:ชลบุรี"])
add(O, T("ระยอง วิทยากรขยายผลมีเท่าไหร่"), TC, S("ระยอง", ttype="extended"), ["ext:ระยอง"])
add(O, T("วิทยากรขยายผลจังหวัดกาฬสินธุ์มีกี่คน"), TC, S("กาฬสินธุ์", ttype="extended"), ["ext:กาฬสินธุ์"], note="no spaces")
add(O, T("อยากทราบจำนวนวิทยากรขยายผลของมุกดาหาร"), TC, S("มุกดาหาร", ttype="extended"), ["ext:มุกดาหาร"])
add(O, T("แม่กลองมีวิทยากรขยายผลกี่คนครับ"), TC, S("สมุทรสงคราม", ttype="extended"), ["ext:สมุทรสงคราม"],
    note="everyday name แม่กลอง = สมุทรสงคราม")
add(O, T("แม่ฮ่องสอนมีวิทยากรขยายผลกี่คน 🙏"), TC, S("แม่ฮ่องสอน", ttype="extended"), ["ext:แม่ฮ่องสอน"])
add(O, T("วิทยากรหลักกรมส่งเสริมการปกครองท้องถิ่นทั้งหมดมีกี่ท่าน"), TC, S(agency="DLA", ttype="core"), ["nat:core:DLA"])
add(O, T("ผู้สูงอายุ มีวิทยากรขยายผลทั้งหมดกี่คนคะ"), TC, S(agency="DOP", ttype="extended"), ["nat:ext:DOP"])
add(O, T("วิทยากรของกรมการพัฒนาชุมชนทั้งหลักและขยายผลรวมกันกี่คน"), TC, S(agency="CDD"), ["nat:comb:CDD"],
    note="sum of the CDD column in both registers")
add(O, T("ขอนแก่น อสม.ที่เป็นวิทยากรหลักมีกี่คน"), TC, S(KK, "HSS", "core"), ["core:" + KK + ":HSS"])
add(O, T("ปัตตานีมีวิทยากรกี่คนคะ"), TC, S("ปัตตานี"), ["core:ปัตตานี", "ext:ปัตตานี"])
add(O, T("ชัยภูมิมีวิทยากรขยายผลกี่คน😊"), TC, S("ชัยภูมิ", ttype="extended"), ["ext:ชัยภูมิ"])
add(O, T("สงขลาวิทยากรขยายผลกี่คนครับผม"), TC, S("สงขลา", ttype="extended"), ["ext:สงขลา"])
# trainer_coverage (22)
add(O, T("มีกี่จังหวัดที่มีวิทยากรหลัก"), TV, S(ttype="core"), ["cov:core_provinces"])
add(O, T("วิทยากรขยายผลมีครบทุกจังหวัดไหม"), TV, S(ttype="extended"), ["cov:extended_provinces_with_trainers"],
    note="77 rows but Bangkok is all dashes: 76 provinces have extended trainers")
add(O, T("จังหวัดไหนบ้างที่ยังไม่มีวิทยากรหลัก"), TV, S(ttype="core"), ["cov:core_missing"], note="45 provinces lack core trainers")
add(O, T("จังหวัดที่ไม่มีวิทยากรขยายผลเลยคือที่ไหนคะ"), TV, S(ttype="extended"), [],
    zero=["ext:กรุงเทพมหานคร"], note="answer: กรุงเทพมหานคร")
add(O, T("วิทยากรหลักกระจายอยู่กี่จังหวัดครับ"), TV, S(ttype="core"), ["cov:core_provinces"])
add(O, T("จังหวัดไหนมีวิทยากรขยายผลมากที่สุด"), TV, S(ttype="extended"), ["rank:extended"], alt=[TC],
    note="ranking: นครราชสีมา")
add(O, T("วิทยากรหลักเยอะสุดคือจังหวัดไหน"), TV, S(ttype="core"), ["rank:core"], alt=[TC], note="ranking: อุบลราชธานี")
add(O, T("จ.ไหนมีวิทยากรรวมมากสุด นับทั้งหลักและขยายผล"), TV, S(), ["rank:combined"], alt=[TC],
    note="ranking on core+extended: อุบลราชธานี")
add(O, T("ปค.มีวิทยากรขยายผลเยอะสุดที่จังหวัดไหน"), TV, S(agency="DOPA", ttype="extended"), ["rankag:extended:DOPA"],
    alt=[TC], note="ranking in the DOPA column: อุบลราชธานี")
add(O, T("ขยายผลของท้องถิ่นจังหวัดไหนมากสุด"), TV, S(agency="DLA", ttype="extended"), ["rankag:extended:DLA"],
    alt=[TC], note="ranking in the DLA column: ร้อยเอ็ด")
add(O, T("วิทยากรขยายผลสาย อสม. มากสุดจังหวัดไหนคะ"), TV, S(agency="HSS", ttype="extended"), ["rankag:extended:HSS"],
    alt=[TC], note="ranking in the HSS column: นครราชสีมา")
add(O, T("มีกี่จังหวัดที่มีวิทยากรหลักของ พช."), TV, S(agency="CDD", ttype="core"), ["cov:core_by_agency_provinces:CDD"])
add(O, T("วิทยากรหลักของกรมกิจการผู้สูงอายุมีอยู่ในกี่จังหวัด"), TV, S(agency="DOP", ttype="core"),
    ["cov:core_by_agency_provinces:DOP"])
add(O, T("กี่จังหวัดที่มีวิทยากรขยายผลของ ผส."), TV, S(agency="DOP", ttype="extended"),
    ["cov:extended_by_agency_provinces:DOP"])
add(O, T("จังหวัดที่มีวิทยากรหลักครบทั้ง 5 หน่วยงานมีกี่จังหวัด"), TV, S(ttype="core"), ["cov:core_all5_provinces"],
    note="provinces with a core trainer in every one of the 5 columns")
add(O, T("ขอรายชื่อจังหวัดที่มีวิทยากรหลักค่ะ"), TV, S(ttype="core"), ["cov:core_provinces"],
    note="which provinces; the count should accompany the list")
add(O, T("top 5 จังหวัดวิทยากรขยายผลเยอะสุด"), TV, S(ttype="extended"), ["rank:extended", "ext:บุรีรัมย์"], alt=[TC],
    note="ranking; the 2nd-5th share a value (บุรีรัมย์ ศรีสะเกษ อุบลราชธานี) then ขอนแก่น")
add(O, T("มีวิทยากรหลักกี่จังหวัด แล้วที่ยังไม่มีอีกกี่จังหวัด"), TV, S(ttype="core"),
    ["cov:core_provinces", "cov:core_missing"])
add(O, T("จังหวัดที่มีวิทยากรหลักของกรมการปกครองมีกี่จังหวัด"), TV, S(agency="DOPA", ttype="core"),
    ["cov:core_by_agency_provinces:DOPA"])
add(O, T("ผู้สูงอายุ วิทยากรหลักเยอะสุดจังหวัดไหน"), TV, S(agency="DOP", ttype="core"), ["rankag:core:DOP"],
    alt=[TC], note="tie: เชียงใหม่ and ร้อยเอ็ด")
add(O, T("@civicbot วิทยากรขยายผลมีกี่จังหวัดครับ", "g"), TV, S(ttype="extended"), ["cov:extended_provinces_with_trainers"],
    note="76 with trainers (77 listed)")
add(O, T("จังหวัดที่มีวิทยากรขยายผลของ พช. มีกี่จังหวัด"), TV, S(agency="CDD", ttype="extended"),
    ["cov:extended_by_agency_provinces:CDD"])
# trainer_list (8)
add(O, T("ขอรายชื่อวิทยากรหลักจังหวัดขอนแก่นหน่อยค่ะ"), TL, S(KK, ttype="core"), [], note="names; the seed has counts only")
add(O, T("วิทยากรขยายผลโคราชมีใครบ้าง"), TL, S(KR, ttype="extended"), [])
add(O, T("อยากได้ชื่อวิทยากรในพื้นที่อุบลค่ะ จะเชิญมาบรรยาย"), TL, S(UB), [])
add(O, T("@civicbot วิทยากรหลักเชียงรายชื่ออะไรบ้างครับ", "g"), TL, S("เชียงราย", ttype="core"), [])
add(O, T("ใครเป็นวิทยากรขยายผลของ อสม. ที่ลำปางบ้าง"), TL, S("ลำปาง", "HSS", "extended"), [])
add(O, T("รายชื่อวิทยากร จ.สุรินทร์ ขอหน่อยจ้า"), TL, S("สุรินทร์"), [])
add(O, T("ตรังมีวิทยากรหลักชื่อใครบ้าง"), TL, S("ตรัง", ttype="core"), [])
add(O, T("ขอ list วิทยากรขยายผลพิษณุโลก"), TL, S("พิษณุโลก", ttype="extended"), [], note="English word in Thai message")
# agency_duties (22)
D = "agency_duties"
add(O, T("อสม.ต้องทำอะไรบ้างตาม MOU"), D, S(agency="HSS"), [], note="อสม. belong to กรมสนับสนุนบริการสุขภาพ")
add(O, T("กรมการปกครองมีหน้าที่อะไรในบันทึกข้อตกลง"), D, S(agency="DOPA"), [])
add(O, T("พช. ต้องร่วมมือยังไงบ้างคะ"), D, S(agency="CDD"), [])
add(O, T("บทบาทของ กกต. ใน mou มีอะไรบ้าง"), D, S(agency="ECT"), [])
add(O, T("ท้องถิ่น อบต. เทศบาล ต้องทำอะไรตามข้อตกลงนี้"), D, S(agency="DLA"), [])
add(O, T("กรมกิจการผู้สูงอายุรับผิดชอบเรื่องอะไร"), D, S(agency="DOP"), [])
add(O, T("สบส.มีภารกิจอะไรกับ ศส.ปชต."), D, S(agency="HSS"), [])
add(O, T("ผส. ทำอะไรบ้างในความร่วมมือนี้"), D, S(agency="DOP"), [])
add(O, T("นายอำเภอต้องช่วยอะไร ศส.ปชต. บ้าง"), D, S(agency="DOPA"), [], note="นายอำเภอ is DOPA's duty 1-2")
add(O, T("ผู้ใหญ่บ้านกำนันเกี่ยวอะไรกับ MOU นี้ครับ"), D, S(agency="DOPA"), [], note="DOPA duty 5: กำนัน/ผู้ใหญ่บ้าน criteria")
add(O, T("สถ.ต้องทำอะไร"), D, S(agency="DLA"), [])
add(O, T("กรมพัฒนาชุมชนมีหน้าที่อะไร"), D, S(agency="CDD"), [], note="the name the register uses")
add(O, T("กลุ่มสตรี กองทุนพัฒนาบทบาทสตรี ต้องทำอะไรตามmou"), D, S(agency="CDD"), [], note="women's groups are CDD's duties")
add(O, T("สำนักงานคณะกรรมการการเลือกตั้งรับผิดชอบอะไรบ้าง"), D, S(agency="ECT"), [])
add(O, T("ปค.มีหน้าที่ยังไงคะ"), D, S(agency="DOPA"), [])
add(O, T("ชมรมผู้สูงอายุต้องทำอะไรใน ศส.ปชต."), D, S(agency="DOP"), [])
add(O, T("อสม.ต้องเข้าไปเป็นกรรมการ ศส.ปชต. ด้วยเหรอคะ"), D, S(agency="HSS"), [])
add(O, T("@civicbot หน้าที่ของกรมส่งเสริมการปกครองท้องถิ่นตาม MOU มีกี่ข้อ อะไรบ้าง", "g"), D, S(agency="DLA"),
    ["doc:duty_counts:DLA"])
add(O, T("พัฒนาการอำเภอต้องทำอะไรกับศูนย์ ศส.ปชต."), D, S(agency="CDD"), [])
add(O, T("กกต.จังหวัดต้องทำอะไรบ้างคะ"), D, S(agency="ECT"), [])
add(O, T("สาธารณสุขจังหวัดเกี่ยวข้องยังไงกับเรื่องนี้"), D, S(agency="HSS"), [], note="นายแพทย์สาธารณสุขจังหวัด = HSS duty 1")
add(O, T("กรมการปกครองมีหน้าที่กี่ข้อ"), D, S(agency="DOPA"), ["doc:duty_counts:DOPA"])
# agency_list (8)
L = "agency_list"
add(O, T("MOU นี้มีหน่วยงานไหนร่วมบ้าง"), L, S(), [])
add(O, T("ภาคีเครือข่ายมีหน่วยงานอะไรบ้างคะ"), L, S(), [])
add(O, T("หน่วยงานพันธมิตรของ กกต. มีใครบ้าง"), L, S(), [])
add(O, T("กรมอะไรบ้างที่ร่วม mou กับกกต"), L, S(), [])
add(O, T("@civicbot หน่วยงานที่เกี่ยวข้องกับ ศส.ปชต. มีกรมไหนบ้าง", "gr"), L, S(), [], note="reply to the bot in a group")
add(O, T("ร่วมมือกันกี่หน่วยงานคะ"), L, S(), [], note="4 partners in MOU 1 plus CDD in MOU 2; no single figure required")
add(O, T("หน่วยงานรัฐ 5 หน่วยงานในทะเบียนวิทยากรมีอะไรบ้าง"), L, S(), [])
add(O, T("mou ฉบับที่สองทำกับกรมไหน"), L, S(), [], alt=["mou_info"])
# mou_info (16)
M = "mou_info"
add(O, T("MOU มีกี่ฉบับ"), M, S(), ["doc:mou_count"])
add(O, T("บันทึกข้อตกลงกับ พช. มีอายุกี่ปี"), M, S(agency="CDD"), ["doc:mou2_term_years"])
add(O, T("ถ้าจะยกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน"), M, S(), ["doc:mou2_notice_days"])
add(O, T("ใครเป็นคนลงนาม MOU ฝั่ง กกต."), M, S(agency="ECT"), [], note="เลขาธิการ กกต.; name spelled two ways in the seed")
add(O, T("mou เริ่มมีผลเมื่อไหร่คะ"), M, S(), [], note="from the date of signing")
add(O, T("ลงนามกันวันที่เท่าไหร่"), M, S(), [], note="seed gives no signing date; the letter is dated 1 Feb 2565")
add(O, T("แก้ไข MOU ได้ไหม ต้องทำยังไง"), M, S(), [], note="amend in writing, signed by all parties")
add(O, T("พยานในการลงนาม MOU กับกรมการพัฒนาชุมชนมีใครบ้าง"), M, S(agency="CDD"), [])
add(O, T("อธิบดีกรมการปกครองที่เซ็น MOU ชื่ออะไร"), M, S(agency="DOPA"), [])
add(O, T("บันทึกข้อตกลงความร่วมมือนี้เรื่องอะไรครับ"), M, S(), [])
add(O, T("mou หมดอายุเมื่อไร"), M, S(), ["doc:mou2_term_years"], note="3-year term")
add(O, T("หนังสือที่ส่งมาเลขที่เท่าไหร่ ลงวันที่อะไร"), M, S(), [], note="letter มท 0818.2/ว 2565 of 1 Feb 2565")
add(O, T("MOU ฉบับ 5 ฝ่ายมีใครเซ็นบ้าง"), M, S(), [])
add(O, T("บอกเลิกข้อตกลงต้องทำเป็นหนังสือไหม กี่วัน"), M, S(), ["doc:mou2_notice_days"])
add(O, T("อยากรู้เรื่องบันทึกข้อตกลงว่าด้วยความร่วมมือค่ะ"), M, S(), [])
add(O, T("ระยะเวลาความร่วมมือกี่ปี"), M, S(), ["doc:mou2_term_years"])
# center_info (12)
CI = "center_info"
add(O, T("ศส.ปชต. คืออะไร"), CI, S(), [], alt=["glossary"])
add(O, T("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นตั้งแต่ปีไหน"), CI, S(), ["doc:center_founded"])
add(O, T("ศส.ปชต.มีไว้ทำไมคะ"), CI, S(), [])
add(O, T("แผนการจัดตั้ง ศส.ปชต. แต่ละปีเป็นยังไง"), CI, S(),
    ["doc:center_rollout_years:0", "doc:center_rollout_years:1", "doc:center_rollout_years:2"])
add(O, T("ปี 65 ศส.ปชต. ต้องมีครบทุกตำบลใช่มั้ย"), CI, S(), ["doc:center_rollout_years:2"])
add(O, T("ศส.ปชต. ทำร่วมกับ กศน. ใช่ไหม"), CI, S(), [])
add(O, T("@civicbot ศูนย์ ศส.ปชต. ทำหน้าที่อะไรบ้าง", "g"), CI, S(), [])
add(O, T("ศส.ปชต.ปี63 ตั้งกี่ศูนย์ต่อจังหวัด"), CI, S(), ["doc:center_per_province_2563"])
add(O, T("ศส.ปชต. ตั้งมากี่ปีแล้ว"), CI, S(), ["doc:center_founded"])
add(O, T("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร"), CI, S(), [], alt=["glossary"])
add(O, T("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยอยู่ระดับไหน ตำบลหรือหมู่บ้าน"), CI, S(), [])
add(O, T("ปี 64 ศส.ปชต.ขยายไปถึงระดับไหนแล้ว"), CI, S(), ["doc:center_rollout_years:1"])
# glossary (14)
G = "glossary"
add(O, T("ศส.ปชต. ย่อมาจากอะไร"), G, S(), [], alt=[CI])
add(O, T("อสม. ย่อมาจากอะไรคะ"), G, S(), [])
add(O, T("สบส. คืออะไร"), G, S(agency="HSS"), [])
add(O, T("ศพอส. ย่อมาจาก"), G, S(), [])
add(O, T("วิทยากรขยายผลคืออะไร ต่างจากวิทยากรหลักยังไง"), G, S(), [])
add(O, T("กกต. ชื่อเต็มคืออะไร"), G, S(agency="ECT"), [])
add(O, T("พช. ย่อมาจากอะไร"), G, S(agency="CDD"), [])
add(O, T("สถ. คือกรมอะไรครับ"), G, S(agency="DLA"), [])
add(O, T("ผส. หมายถึงอะไร"), G, S(agency="DOP"), [])
add(O, T("พลเมืองคุณภาพ หมายถึงอะไร"), G, S(), [])
add(O, T("อปท. ย่อมาจากอะไร"), G, S(), [])
add(O, T("ปค. ย่อจากอะไรครับ"), G, S(agency="DOPA"), [])
add(O, T("วิทยากรหลักคืออะไร"), G, S(ttype="core"), [])
add(O, T("MOU แปลว่าอะไรคะ"), G, S(), [])
# contact (10)
CT = "contact"
add(O, T("ติดต่อสอบถามเบอร์อะไรคะ"), CT, S(), ["doc:contact_phone_ext"])
add(O, T("ขอเบอร์โทรผู้ประสานงานหน่อย"), CT, S(), ["doc:contact_phone_ext"])
add(O, T("เบอร์แฟกซ์เท่าไหร่"), CT, S(), ["doc:contact_fax_last"])
add(O, T("ใครเป็นผู้ประสานงานเรื่องนี้"), CT, S(), [])
add(O, T("ถ้าจะถามเพิ่มติดต่อหน่วยงานไหนคะ"), CT, S(), [])
add(O, T("@civicbot ขอช่องทางติดต่อ สถ. ครับ", "g"), CT, S(agency="DLA"), ["doc:contact_phone_ext"])
add(O, T("โทรสาร กองการเลือกตั้งท้องถิ่น"), CT, S(), ["doc:contact_fax_last"])
add(O, T("เบอร์ติดต่อ กองการเลือกตั้งท้องถิ่น ต่อเบอร์อะไร"), CT, S(), ["doc:contact_phone_ext"])
add(O, T("อยากได้วิทยากรไปอบรมที่ตำบล ต้องติดต่อใคร"), CT, S(), [],
    note="letter: coordinate with the provincial ECT office; no figure required")
add(O, T("ส่งแฟกซ์ไปเบอร์ไหนคะ"), CT, S(), ["doc:contact_fax_last"])
# help, greeting, unknown (4 each)
add(O, T("ใช้งานบอทยังไงคะ"), "help", S(), [])
add(O, T("ถามอะไรได้บ้าง"), "help", S(), [])
add(O, T("@civicbot help", "g"), "help", S(), [])
add(O, T("บอทนี้ทำอะไรได้บ้างจ๊ะ"), "help", S(), [])
add(O, T("สวัสดีค่ะ"), "greeting", S(), [])
add(O, T("หวัดดีจ้าบอท"), "greeting", S(), [])
add(O, T("@civicbot สวัสดีครับ", "g"), "greeting", S(), [])
add(O, T("อรุณสวัสดิ์ค่ะ 🌞"), "greeting", S(), [])
add(O, T("วันนี้หวยออกอะไร"), "unknown", S(), [], note="off-domain in a private chat: a fallback reply")
add(O, T("ราคายางพาราวันนี้เท่าไหร่"), "unknown", S(), [], note="off-domain, private")
add(O, T("ช่วยแต่งกลอนวันแม่ให้หน่อย"), "unknown", S(), [], note="off-domain, private")
add(O, T("รถเมล์สายไหนไปหมอชิต"), "unknown", S(), [], note="off-domain, private")

# ---------------------------------------------------------------- followup (60)
FU = "followup"
add(FU, [T("โคราชฯ มีวิทยากรขยายผลเท่าไหร่ครับ"), T("แล้วขอนแก่นล่ะ")], TC, S(KK, ttype="extended"), ["ext:" + KK],
    note="province switch, type carried")
add(FU, [T("วิทยากรหลักอุบลกี่คนคะ"), T("ขยายผลล่ะ")], TC, S(UB, ttype="extended"), ["ext:" + UB],
    note="type switch, province carried")
add(FU, [T("ขอถามจำนวนวิทยากรหลักเชียงใหม่ค่ะ"), T("แล้วลำปางล่ะ")], TC, S("ลำปาง", ttype="core"), ["core:ลำปาง"])
add(FU, [T("บุรีรัมย์ วิทยากรขยายผล ปค. กี่คน"), T("ของ พช. ด้วย")], TC, S("บุรีรัมย์", "CDD", "extended"),
    ["ext:บุรีรัมย์:CDD"], note="agency switch")
add(FU, [T("อสม.ต้องทำอะไรตาม MOU"), T("แล้ว ผส. ล่ะ")], D, S(agency="DOP"), [])
add(FU, [T("สบส. ย่อมาจากอะไร"), T("สถ.ล่ะ")], G, S(agency="DLA"), [])
add(FU, [T("วิทยากรหลัก ขอนแก่น มีเท่าไหร่"), T("ขยายผลล่ะ"), T("อุดรล่ะ")], TC, S("อุดรธานี", ttype="extended"),
    ["ext:อุดรธานี"], note="3 turns: type then province switch")
add(FU, [T("สุรินทร์ มีวิทยากรขยายผลอยู่กี่ท่าน"), T("รวมวิทยากรหลักด้วยเป็นกี่คน")], TC, S("สุรินทร์"), ["comb:สุรินทร์"],
    note="sum of both types")
add(FU, [T("@civicbot ศรีสะเกษ วิทยากรขยายผลกี่คน", "g"), T("แล้วยโสธร?", "gr")], TC, S("ยโสธร", ttype="extended"),
    ["ext:ยโสธร"], note="group, reply to bot")
add(FU, [T("กรมการปกครองมีวิทยากรหลักกี่คน"), T("ขยายผลล่ะคะ")], TC, S(agency="DOPA", ttype="extended"), ["nat:ext:DOPA"])
add(FU, [T("พช.มีหน้าที่อะไร"), T("แล้วกรมการปกครองล่ะ")], D, S(agency="DOPA"), [])
add(FU, [T("วิทยากรขยายผลนครพนมกี่คน"), T("เฉพาะของ อสม.")], TC, S("นครพนม", "HSS", "extended"), ["ext:นครพนม:HSS"])
add(FU, [T("จ.ตรัง วิทยากรขยายผลมีเยอะไหม"), T("ของท้องถิ่นมีมั้ย")], TC, S("ตรัง", "DLA", "extended"), [],
    zero=["ext:ตรัง:DLA"], note="dash in the seed: answer none")
add(FU, [T("แม่สายมีวิทยากรขยายผลกี่คน"), T("หลักล่ะ")], TC, S("เชียงราย", ttype="core"), ["core:เชียงราย"],
    note="district แม่สาย -> เชียงราย carried")
add(FU, [T("ที่ภูเก็ตมีวิทยากรขยายผลกี่คนคะ"), T("แล้วหาดใหญ่ล่ะ")], TC, S("สงขลา", ttype="extended"), ["ext:สงขลา"],
    note="district in the follow-up")
add(FU, [T("MOU กับ พช. กี่ปี"), T("บอกเลิกล่ะ")], M, S(agency="CDD"), ["doc:mou2_notice_days"])
add(FU, [T("ศส.ปชต.ตั้งตั้งแต่ปีไหน"), T("แล้วปี 64 ล่ะ")], CI, S(), ["doc:center_rollout_years:1"])
add(FU, [T("วิทยากรหลักทั้งประเทศกี่คน"), T("ขยายผลด้วย")], TC, S(ttype="extended"), ["nat:ext"])
add(FU, [T("วิทยากรหลักทั่วประเทศกี่คน"), T("รวมทั้งสองแบบล่ะ")], TC, S(), ["nat:comb"])
add(FU, [T("จังหวัดไหนวิทยากรขยายผลเยอะสุด"), T("แล้ววิทยากรหลักล่ะ")], TV, S(ttype="core"), ["rank:core"], alt=[TC])
add(FU, [T("นครสวรรค์มีวิทยากรหลักทั้งหมดกี่คนคะ"), T("มีของ อสม. ไหม")], TC, S("นครสวรรค์", "HSS", "core"), [],
    zero=["core:นครสวรรค์:HSS"], note="dash in the core table")
add(FU, [T("วิทยากรหลักร้อยเอ็ดมีกี่คนครับ"), T("ผู้สูงอายุกี่คน")], TC, S("ร้อยเอ็ด", "DOP", "core"), ["core:ร้อยเอ็ด:DOP"])
add(FU, [T("ชัยภูมิ ขยายผลกี่คน"), T("ในนั้นเป็นของกรมกิจการผู้สูงอายุกี่คน")], TC, S("ชัยภูมิ", "DOP", "extended"),
    ["ext:ชัยภูมิ:DOP"])
add(FU, [T("@civicbot เชียงรายวิทยากรหลักกี่คน", "g"), T("น่านด้วยครับ", "gr")], TC, S("น่าน", ttype="core"), ["core:น่าน"])
add(FU, [T("@civicbot สงขลามีวิทยากรขยายผลเท่าไหร่", "g"), T("สตูลล่ะ", "gr"), T("พัทลุงด้วยค่ะ", "gr")], TC,
    S("พัทลุง", ttype="extended"), ["ext:พัทลุง"])
add(FU, [T("วิทยากรขยายผลของ สบส. ทั้งประเทศ"), T("ของ ผส. ล่ะ")], TC, S(agency="DOP", ttype="extended"), ["nat:ext:DOP"])
add(FU, [T("สถ.ต้องทำอะไรบ้าง"), T("มีกี่ข้อ")], D, S(agency="DLA"), ["doc:duty_counts:DLA"])
add(FU, [T("กรุงเทพมีวิทยากรขยายผลไหม"), T("วิทยากรหลักล่ะ")], TC, S("กรุงเทพมหานคร", ttype="core"), [],
    alt=[TV], zero=["core:กรุงเทพมหานคร"], note="Bangkok absent from the core table")
add(FU, [T("อุบลราชธานีมีวิทยากรขยายผลรวมเท่าไหร่"), T("แยกรายกรมหน่อยค่ะ")], TC, S(UB, ttype="extended"),
    ["ext:" + UB + ":DOPA", "ext:" + UB + ":DLA", "ext:" + UB + ":HSS", "ext:" + UB + ":CDD", "ext:" + UB + ":DOP"],
    note="per-agency breakdown")
add(FU, [T("ขอตัวเลขวิทยากรขยายผลปัตตานีหน่อยค่ะ"), T("ยะลาล่ะ"), T("นราฯ ด้วยค่ะ")], TC, S("นราธิวาส", ttype="extended"),
    ["ext:นราธิวาส"])
add(FU, [T("เบอร์ติดต่อเท่าไหร่"), T("แฟกซ์ล่ะ")], CT, S(), ["doc:contact_fax_last"])
add(FU, [T("อสม. ย่อมาจากอะไร"), T("ศพอส.ล่ะ")], G, S(), [])
add(FU, [T("กกต.มีหน้าที่อะไรใน MOU"), T("แล้วกรมสนับสนุนบริการสุขภาพ")], D, S(agency="HSS"), [])
add(FU, [T("MOU ฉบับแรกมีหน่วยงานไหนบ้าง"), T("ฉบับที่สองล่ะ")], L, S(), [], alt=[M])
add(FU, [T("วิทยากรขยายผลที่ระยองมีกี่คน"), T("จันทบุรีกับตราดล่ะ")], TC, S(ttype="extended"),
    ["ext:จันทบุรี", "ext:ตราด"], note="two provinces in the follow-up: both figures")
add(FU, [T("ลพบุรี มีวิทยากรหลักไหมคะ"), T("อ่างทองล่ะคะ")], TC, S("อ่างทอง", ttype="core"), ["core:อ่างทอง"])
add(FU, [T("จังหวัดนครปฐม วิทยากรขยายผล เท่าไร"), T("สุพรรณฯ ด้วย"), T("กาญจน์ด้วย")], TC, S("กาญจนบุรี", ttype="extended"),
    ["ext:กาญจนบุรี"])
add(FU, [T("พิษณุโลกมีวิทยากรขยายผลของ พช. กี่คน"), T("แล้ว สถ.ล่ะ")], TC, S("พิษณุโลก", "DLA", "extended"),
    ["ext:พิษณุโลก:DLA"])
add(FU, [T("สุโขทัยวิทยากรหลักกี่คนคะ"), T("ขยายผลด้วยค่ะ")], TC, S("สุโขทัย", ttype="extended"), ["ext:สุโขทัย"])
add(FU, [T("วิทยากรหลักมีกี่จังหวัด"), T("ขยายผลล่ะ")], TV, S(ttype="extended"), ["cov:extended_provinces_with_trainers"])
add(FU, [T("กี่จังหวัดที่มีวิทยากรหลักของ ปค."), T("ของ สบส.ล่ะ")], TV, S(agency="HSS", ttype="core"),
    ["cov:core_by_agency_provinces:HSS"])
add(FU, [T("เเพร่มีวิทยากรขยายผลกี่คนคับ"), T("พะเยา")], TC, S("พะเยา", ttype="extended"), ["ext:พะเยา"], note="bare province name")
add(FU, [T("หนองบัวลำภู ขยายผล มีกี่คนจ้ะ"), T("ส่วนหนองคายล่ะคะ")], TC, S("หนองคาย", ttype="extended"), ["ext:หนองคาย"])
add(FU, [T("พังงา วิทยากรหลัก มีกี่คนคะ"), T("ถ้าเป็นกระบี่ล่ะ")], TC, S("กระบี่", ttype="core"), ["core:กระบี่"])
add(FU, [T("ฉะเชิงเทรามีวิทยากรขยายผลกี่คนนะ"), T("ปราจีนบุรีเท่าไหร่")], TC, S("ปราจีนบุรี", ttype="extended"), ["ext:ปราจีนบุรี"])
add(FU, [T("สกลฯ วิทยากรขยายผลมีกี่คน"), T("ของ อสม. มีไหม")], TC, S("สกลนคร", "HSS", "extended"), [],
    zero=["ext:สกลนคร:HSS"], note="dash: answer none")
add(FU, [T("อุตรดิตถ์ มีวิทยากรขยายผลประจำจังหวัดกี่คน"), T("แล้วอุทัยฯ")], TC, S("อุทัยธานี", ttype="extended"), ["ext:อุทัยธานี"])
add(FU, [T("จ.ตาก มีคนเป็นวิทยากรขยายผลกี่คน"), T("เฉพาะฝ่ายปกครองกี่คน")], TC, S("ตาก", "DOPA", "extended"), ["ext:ตาก:DOPA"])
add(FU, [T("เพชรบุรีวิทยากรขยายผลรวมทุกกรมกี่คน"), T("ประจวบฯ ล่ะ")], TC, S("ประจวบคีรีขันธ์", ttype="extended"),
    ["ext:ประจวบคีรีขันธ์"])
add(FU, [T("กำแพงเพชรมีวิทยากรขยายผลสักกี่คน"), T("เปลี่ยนเป็นพิจิตร")], TC, S("พิจิตร", ttype="extended"), ["ext:พิจิตร"])
add(FU, [T("ศส.ปชต.คืออะไร"), T("ตั้งเมื่อไหร่")], CI, S(), ["doc:center_founded"])
add(FU, [T("ใครลงนาม MOU ฝั่งกรมการปกครอง"), T("แล้วฝั่ง ผส.ล่ะ")], M, S(agency="DOP"), [])
add(FU, [T("วิทยากรหลักของ สถ. ทั้งประเทศกี่คน"), T("สบส.ล่ะ")], TC, S(agency="HSS", ttype="core"), ["nat:core:HSS"])
add(FU, [T("สารคามมีวิทยากรขยายผลกี่คนคะ"), T("กาฬสินธุ์?"), T("ร้อยเอ็ดด้วย")], TC, S("ร้อยเอ็ด", ttype="extended"),
    ["ext:ร้อยเอ็ด"])
add(FU, [T("อำนาจเจริญ วิทยากรขยายผล🙏"), T("ขอของมุกดาหารด้วยครับ")], TC, S("มุกดาหาร", ttype="extended"),
    ["ext:มุกดาหาร"])
add(FU, [T("ชุมพรมีวิทยากรขยายผลเท่าไหร่คะ"), T("ระนองบ้าง")], TC, S("ระนอง", ttype="extended"), ["ext:ระนอง"])
add(FU, [T("วิทยากรหลักสุราษฎร์มีไหม กี่คน"), T("นครศรีฯล่ะ")], TC, S("นครศรีธรรมราช", ttype="core"), ["core:นครศรีธรรมราช"])
add(FU, [T("ขอจำนวนวิทยากรขยายผล นนท์ ค่ะ"), T("ปทุมล่ะ")], TC, S("ปทุมธานี", ttype="extended"), ["ext:ปทุมธานี"])
add(FU, [T("@civicbot อ่างทองวิทยากรหลักกี่คน", "g"), T("ขยายผลด้วยครับ", "gr")], TC, S("อ่างทอง", ttype="extended"),
    ["ext:อ่างทอง"])
add(FU, [T("กรุงเก่ามีวิทยากรหลักกี่คน"), T("รวมขยายผลด้วยทั้งหมดกี่คน")], TC, S("พระนครศรีอยุธยา"), ["comb:พระนครศรีอยุธยา"])

# ---------------------------------------------------------------- english (40)
E = "english"
def EN(text, intent, slots, figs=(), **kw):
    add(E, T(text), intent, slots, figs, lang="en", **kw)
EN("How many extended trainers are there in Korat?", TC, S(KR, ttype="extended"), ["ext:" + KR])
EN("how many core trainers in chiang mai", TC, S(CM, ttype="core"), ["core:" + CM])
EN("Number of trainers in Ubon Ratchathani?", TC, S(UB), ["core:" + UB, "ext:" + UB])
EN("total number of trainers nationwide, core and extended together?", TC, S(), ["nat:comb"])
EN("How many core trainers does the Department of Provincial Administration have?", TC, S(agency="DOPA", ttype="core"),
   ["nat:core:DOPA"])
EN("Which province has the most extended trainers?", TV, S(ttype="extended"), ["rank:extended"], alt=[TC])
EN("How many provinces have core trainers?", TV, S(ttype="core"), ["cov:core_provinces"])
EN("What does the Community Development Department have to do under the MOU?", D, S(agency="CDD"))
EN("What are the duties of the Election Commission office?", D, S(agency="ECT"))
EN("What is a Democracy Promotion Centre?", CI, S(), alt=[G])
EN("When was the ศส.ปชต. set up?", CI, S(), ["doc:center_founded"], note="Thai abbreviation inside English")
EN("What does อสม. stand for?", G, S())
EN("what does สถ. mean in these papers?", G, S(agency="DLA"))
EN("Who are the partner agencies in the MOU?", L, S())
EN("How long does the MOU with the Community Development Department last?", M, S(agency="CDD"), ["doc:mou2_term_years"])
EN("How many days notice to terminate the agreement?", M, S(), ["doc:mou2_notice_days"])
EN("What's the contact phone number?", CT, S(), ["doc:contact_phone_ext"])
EN("fax number please", CT, S(), ["doc:contact_fax_last"])
EN("hi bot", "greeting", S())
EN("what can you do?", "help", S())
EN("How many extended trainers in Khon Kaen from the health service support department?", TC, S(KK, "HSS", "extended"),
   ["ext:" + KK + ":HSS"])
EN("Does Bangkok have any trainers?", TC, S("กรุงเทพมหานคร"), [], alt=[TV],
   zero=["core:กรุงเทพมหานคร", "ext:กรุงเทพมหานคร"], note="none in either register")
EN("Trainers in Hat Yai?", TC, S("สงขลา"), ["ext:สงขลา"], zero=["core:สงขลา"],
   note="district Hat Yai -> สงขลา; no core trainers there")
EN("How many core trainers in Udon Thani?", TC, S("อุดรธานี", ttype="core"), ["core:อุดรธานี"])
EN("Buriram extended trainers count pls", TC, S("บุรีรัมย์", ttype="extended"), ["ext:บุรีรัมย์"])
EN("How many trainers does the Department of Older Persons have?", TC, S(agency="DOP"), ["nat:core:DOP", "nat:ext:DOP"],
   note="no type: both registers")
EN("list of core trainers in Surin", TL, S("สุรินทร์", ttype="core"))
EN("Who signed the MOU for the Election Commission?", M, S(agency="ECT"))
EN("How many MOUs are there?", M, S(), ["doc:mou_count"])
EN("Compare extended trainers in Sisaket and Surin", TC, S(ttype="extended"), ["ext:ศรีสะเกษ", "ext:สุรินทร์"])
EN("How many extended trainers are there in the Northeast (Isan)?", TC, S(ttype="extended"), ["reg:northeast:ext"],
   note="region: the 20 provinces of the Northeast")
EN("Phuket extended trainers?", TC, S("ภูเก็ต", ttype="extended"), ["ext:ภูเก็ต"])
EN("How many core trainers in Nakhon Si Thammarat?", TC, S("นครศรีธรรมราช", ttype="core"), ["core:นครศรีธรรมราช"])
EN("Who is the coordinator named in the letter?", CT, S())
EN("What is the Quality Citizen course?", G, S())
EN("how many provinces have no core trainers", TV, S(ttype="core"), ["cov:core_missing"])
EN("what's the difference between core trainers and extended trainers?", G, S())
EN("In 2563 how many extended trainers did Chiang Rai have?", TC, S("เชียงราย", ttype="extended"), ["ext:เชียงราย"])
EN("Roi Et core trainers from the older persons dept?", TC, S("ร้อยเอ็ด", "DOP", "core"), ["core:ร้อยเอ็ด:DOP"])
EN("How many extended trainers in Pattaya?", TC, S("ชลบุรี", ttype="extended"), ["ext:ชลบุรี"], note="Pattaya -> ชลบุรี")

# ---------------------------------------------------------------- clarify (45)
CL = "clarify"
def C(text, slots, figs, note, mode="p", intent=TC, lang="th"):
    add(CL, T(text, mode), intent, slots, figs, reply="clarify", lang=lang, note=note)
# places abroad (8)
C("เวียงจันทน์มีวิทยากรกี่คน", S(), ["nat:core", "nat:ext"], "abroad (Laos): must not give national totals as if local")
C("ญี่ปุ่นมีวิทยากรขยายผลไหมคะ", S(ttype="extended"), ["nat:ext"], "abroad")
C("มาเลเซีย วิทยากรหลัก กี่คน", S(ttype="core"), ["nat:core"], "abroad")
C("@civicbot พนมเปญ วิทยากรขยายผลกี่คนครับ", S(ttype="extended"), ["nat:ext"], "abroad (Cambodia), group", mode="g")
C("ย่างกุ้งมีวิทยากรกี่คน", S(), ["nat:core", "nat:ext"], "abroad (Myanmar)")
C("สิงคโปร์มีวิทยากรหลักไหม", S(ttype="core"), ["nat:core"], "abroad")
C("ปีนังวิทยากรขยายผลกี่คน", S(ttype="extended"), ["nat:ext"], "abroad (Malaysia)")
C("เขมรมีวิทยากรขยายผลมั้ย", S(ttype="extended"), ["nat:ext"], "abroad (Cambodia)")
# partial names shared by several provinces (9)
C("สมุทรมีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["ext:สมุทรปราการ", "ext:สมุทรสงคราม", "ext:สมุทรสาคร"],
  "partial name: three สมุทร provinces")
C("จ.เพชร วิทยากรขยายผลกี่คนคะ", S(ttype="extended"), ["ext:เพชรบุรี", "ext:เพชรบูรณ์"], "เพชรบุรี or เพชรบูรณ์")
C("วิทยากรหลักจังหวัดเชียงมีกี่คน", S(ttype="core"), ["core:เชียงใหม่", "core:เชียงราย"], "เชียงใหม่ or เชียงราย")
C("ชัย มีวิทยากรขยายผลกี่คนคะ", S(ttype="extended"), ["ext:ชัยนาท", "ext:ชัยภูมิ"], "ชัยนาท or ชัยภูมิ")
C("สระ วิทยากรขยายผลเท่าไหร่", S(ttype="extended"), ["ext:สระแก้ว", "ext:สระบุรี"], "สระแก้ว or สระบุรี")
C("หนอง มีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["ext:หนองคาย", "ext:หนองบัวลำภู"], "หนองคาย or หนองบัวลำภู")
C("ลำ วิทยากรขยายผลกี่คน", S(ttype="extended"), ["ext:ลำปาง", "ext:ลำพูน"], "ลำปาง or ลำพูน")
C("นคร มีวิทยากรหลักกี่คน", S(ttype="core"), ["core:นครปฐม", "core:นครศรีธรรมราช"],
  "six นคร provinces; bare นคร is ambiguous")
C("จังหวัดอุ... วิทยากรขยายผลกี่คน", S(ttype="extended"), ["ext:อุดรธานี", "ext:อุตรดิตถ์", "ext:อุบลราชธานี"],
  "four provinces start with อุ")
# unknown / unresolvable places (5)
C("อำเภอเมืองมีวิทยากรกี่คน", S(), ["nat:core", "nat:ext"], "every province has an อำเภอเมือง")
C("ต.บ้านใหม่มีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["nat:ext"], "a tambon name found in many provinces")
C("จังหวัดบ้านผมมีวิทยากรกี่คนครับ", S(), ["nat:core", "nat:ext"], "place not stated")
C("แถวบ้านเรามีวิทยากรหลักไหมคะ", S(ttype="core"), ["nat:core"], "place not stated")
C("ตำบลหนองบัวมีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["ext:หนองบัวลำภู"],
  "ตำบลหนองบัว exists in many provinces; guessing หนองบัวลำภู is wrong")
# attributes the register does not hold (10)
C("วิทยากรหลักขอนแก่นเป็นผู้หญิงกี่คน", S(KK, ttype="core"), ["core:" + KK], "gender not in the register")
C("วิทยากรขยายผลที่อายุเกิน 60 มีกี่คน", S(ttype="extended"), ["nat:ext"], "age not in the register")
C("วิทยากรผู้ชายในโคราชมีกี่คนคะ", S(KR), ["core:" + KR, "ext:" + KR], "gender")
C("วิทยากรหลักจบปริญญาตรีกี่คน", S(ttype="core"), ["nat:core"], "education not held")
C("วิทยากรขยายผลอุบลที่เป็นข้าราชการบำนาญกี่คน", S(UB, ttype="extended"), ["ext:" + UB], "employment status not held")
C("วิทยากรหลักเชียงใหม่อายุเฉลี่ยเท่าไหร่", S(CM, ttype="core"), ["core:" + CM], "age")
C("มีวิทยากรที่พูดภาษาเขมรได้กี่คนในสุรินทร์", S("สุรินทร์"), ["core:สุรินทร์", "ext:สุรินทร์"], "language skills not held")
C("วิทยากรขยายผลผู้หญิงทั้งประเทศกี่คน", S(ttype="extended"), ["nat:ext"], "gender")
C("วิทยากรขยายผลบุรีรัมย์ที่เป็นคนพิการมีกี่คน", S("บุรีรัมย์", ttype="extended"), ["ext:บุรีรัมย์"], "disability not held")
C("วิทยากรหลักแต่ละคนสอนไปกี่ครั้งแล้ว", S(ttype="core"), ["nat:core"], "activity history not held")
# years other than 2563 (8)
C("ปี 2566 มีวิทยากรหลักกี่คน", S(ttype="core"), ["nat:core"], "year 2566: register is 2563 only")
C("วิทยากรขยายผลปี 64 โคราชกี่คน", S(KR, ttype="extended"), ["ext:" + KR], "year 2564")
C("ปี ๒๕๖๕ วิทยากรขยายผลทั้งประเทศกี่คนคะ", S(ttype="extended"), ["nat:ext"], "year 2565 in Thai digits")
C("ข้อมูลวิทยากรปี 2567 ของขอนแก่นมีไหม", S(KK), ["core:" + KK, "ext:" + KK], "year 2567")
C("ปี 62 อุบลมีวิทยากรหลักกี่คน", S(UB, ttype="core"), ["core:" + UB], "year 2562")
C("ปีนี้ 2568 วิทยากรขยายผลเชียงรายกี่คน", S("เชียงราย", ttype="extended"), ["ext:เชียงราย"], "year 2568")
C("วิทยากรหลักปีงบ 67 มีกี่คน", S(ttype="core"), ["nat:core"], "fiscal year 2567")
C("ปีที่แล้ววิทยากรขยายผลสกลนครกี่คน", S("สกลนคร", ttype="extended"), ["ext:สกลนคร"],
  "'last year' is not 2563; the register is dated 2563")
# department words that are not one register column (5)
C("มหาดไทยมีวิทยากรหลักกี่คน", S(ttype="core"), ["nat:core:DOPA", "nat:core:DLA", "nat:core:CDD"],
  "the ministry covers DOPA, DLA and CDD: ambiguous")
C("กรมอนามัยมีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["nat:ext:HSS"], "กรมอนามัย is not a register department")
C("กศน. มีวิทยากรหลักกี่คน", S(ttype="core"), ["nat:core"], "กศน. is not a register department")
C("ตำรวจมีวิทยากรขยายผลกี่คน", S(ttype="extended"), ["nat:ext"], "police not in the register")
C("กกต. มีวิทยากรหลักกี่คน", S(agency="ECT", ttype="core"), ["nat:core"],
  "the register has 5 partner columns, none for the ECT office itself")

# ---------------------------------------------------------------- district (30)
DI = "district"
def DS(text, prov, figs, ttype=None, agency=None, note="", mode="p", zero=()):
    add(DI, T(text, mode), TC, S(prov, agency, ttype), figs, note=note, zero=zero)
DS("อยู่หาดใหญ่ค่ะ อยากรู้ว่ามีวิทยากรขยายผลกี่คน", "สงขลา", ["ext:สงขลา"], "extended", note="หาดใหญ่ -> สงขลา")
DS("อ.แม่สายวิทยากรหลักกี่คน", "เชียงราย", ["core:เชียงราย"], "core", note="แม่สาย -> เชียงราย")
DS("แม่สอดมีวิทยากรขยายผลเท่าไหร่คะ", "ตาก", ["ext:ตาก"], "extended", note="แม่สอด -> ตาก")
DS("ปากช่อง วิทยากรขยายผล กี่คน", KR, ["ext:" + KR], "extended", note="ปากช่อง -> นครราชสีมา")
DS("หัวหินมีวิทยากรขยายผลไหม", "ประจวบคีรีขันธ์", ["ext:ประจวบคีรีขันธ์"], "extended", note="หัวหิน -> ประจวบคีรีขันธ์")
DS("พัทยามีวิทยากรหลักกี่คน", "ชลบุรี", ["core:ชลบุรี"], "core", note="พัทยา -> ชลบุรี")
DS("เกาะสมุย วิทยากรขยายผลมีกี่คนคะ", "สุราษฎร์ธานี", ["ext:สุราษฎร์ธานี"], "extended", note="สมุย -> สุราษฎร์ธานี")
DS("ปายมีวิทยากรขยายผลกี่คนจ๊ะ", "แม่ฮ่องสอน", ["ext:แม่ฮ่องสอน"], "extended", note="ปาย -> แม่ฮ่องสอน")
DS("คนเบตงค่ะ วิทยากรขยายผลแถวนี้มีกี่คน", "ยะลา", ["ext:ยะลา"], "extended", note="เบตง -> ยะลา")
DS("อรัญประเทศ วิทยากรขยายผล กี่คนครับ", "สระแก้ว", ["ext:สระแก้ว"], "extended", note="อรัญประเทศ -> สระแก้ว")
DS("เชียงคานมีวิทยากรกี่คน", "เลย", ["ext:เลย"], note="เชียงคาน -> เลย; no core trainers in เลย", zero=["core:เลย"])
DS("อำเภอฝางมีวิทยากรหลักกี่คน", CM, ["core:" + CM], "core", note="ฝาง -> เชียงใหม่")
DS("ชะอำ วิทยากรขยายผลมีไหมคะ", "เพชรบุรี", ["ext:เพชรบุรี"], "extended", note="ชะอำ -> เพชรบุรี")
DS("บางบัวทองมีวิทยากรขยายผลกี่คนคะ", "นนทบุรี", ["ext:นนทบุรี"], "extended", note="บางบัวทอง -> นนทบุรี")
DS("วารินชำราบ วิทยากรหลักกี่คน", UB, ["core:" + UB], "core", note="วารินชำราบ -> อุบลราชธานี")
DS("กันทรลักษ์ วิทยากรขยายผล มีกี่คนจ้า", "ศรีสะเกษ", ["ext:ศรีสะเกษ"], "extended", note="กันทรลักษ์ -> ศรีสะเกษ")
DS("ทุ่งสง วิทยากรหลัก อสม. กี่คน", "นครศรีธรรมราช", ["core:นครศรีธรรมราช:HSS"], "core", "HSS",
   note="ทุ่งสง -> นครศรีธรรมราช")
DS("ชุมแพ อยากเชิญวิทยากรขยายผล ในจังหวัดมีกี่คน", KK, ["ext:" + KK], "extended", note="ชุมแพ -> ขอนแก่น")
DS("นางรองวิทยากรขยายผลกี่คนคะ", "บุรีรัมย์", ["ext:บุรีรัมย์"], "extended", note="นางรอง -> บุรีรัมย์")
DS("ผมอยู่เกาะช้าง มีวิทยากรขยายผลไหมครับ", "ตราด", ["ext:ตราด"], "extended", note="เกาะช้าง -> ตราด")
DS("เกาะลันตาวิทยากรหลักกี่คน", "กระบี่", ["core:กระบี่"], "core", note="เกาะลันตา -> กระบี่")
DS("ป่าตองมีวิทยากรขยายผลไหมครับ", "ภูเก็ต", ["ext:ภูเก็ต"], "extended", note="ป่าตอง -> ภูเก็ต")
DS("สุไหงโก-ลก วิทยากรขยายผลกี่คน", "นราธิวาส", ["ext:นราธิวาส"], "extended", note="สุไหงโก-ลก -> นราธิวาส")
DS("อ.ทองผาภูมิ วิทยากรขยายผลกี่คนคะ", "กาญจนบุรี", ["ext:กาญจนบุรี"], "extended", note="ทองผาภูมิ -> กาญจนบุรี")
DS("หล่มสัก ขยายผล เท่าไหร่", "เพชรบูรณ์", ["ext:เพชรบูรณ์"], "extended", note="หล่มสัก -> เพชรบูรณ์")
DS("สามพรานวิทยากรหลักกี่คนคะ", "นครปฐม", ["core:นครปฐม"], "core", note="สามพราน -> นครปฐม")
DS("บางพลี มีวิทยากรพลเมืองคุณภาพแบบขยายผลกี่คน", "สมุทรปราการ", ["ext:สมุทรปราการ"], "extended", note="บางพลี -> สมุทรปราการ")
DS("พิมายวิทยากรขยายผลของพัฒนากรกี่คน", KR, ["ext:" + KR + ":CDD"], "extended", "CDD", note="พิมาย -> นครราชสีมา")
DS("ทางธาตุพนมมีวิทยากรขยายผลเท่าไหร่ครับ", "นครพนม", ["ext:นครพนม"], "extended", note="ธาตุพนม -> นครพนม")
DS("@civicbot กุมภวาปีมีวิทยากรหลักกี่คนครับ", "อุดรธานี", ["core:อุดรธานี"], "core", note="กุมภวาปี -> อุดรธานี", mode="g")

# ---------------------------------------------------------------- region (15)
R = "region"
RN = "region grouping: six-region scheme (figures.py REGIONS); "
add(R, T("อีสานมีวิทยากรขยายผลทั้งหมดกี่คน"), TC, S(ttype="extended"), ["reg:northeast:ext"], note=RN + "อีสาน = 20 provinces")
add(R, T("ภาคอีสานวิทยากรหลักรวมกี่คนคะ"), TC, S(ttype="core"), ["reg:northeast:core"], note=RN + "อีสาน = 20 provinces")
add(R, T("ภาคตะวันออกเฉียงเหนือ วิทยากรขยายผลของ อสม. รวมกี่คน"), TC, S(agency="HSS", ttype="extended"),
    ["reg:northeast:ext:HSS"], note=RN + "northeast, HSS column")
add(R, T("วิทยากรทั้งหลักและขยายผลในภาคอีสานรวมกันกี่คน"), TC, S(), ["reg:northeast:comb"], note=RN + "core+extended")
add(R, T("ภาคใต้มีวิทยากรขยายผลกี่คน"), TC, S(ttype="extended"), ["reg:south:ext"], note=RN + "ภาคใต้ = 14 provinces")
add(R, T("ปักษ์ใต้วิทยากรหลักรวมเท่าไหร่"), TC, S(ttype="core"), ["reg:south:core"], note=RN + "ปักษ์ใต้ = ภาคใต้, 14 provinces")
add(R, T("ภาคใต้ วิทยากรขยายผลของ พช. รวมกี่คน"), TC, S(agency="CDD", ttype="extended"), ["reg:south:ext:CDD"],
    note=RN + "south, CDD column")
add(R, T("ภาคตะวันออกมีวิทยากรขยายผลกี่คน"), TC, S(ttype="extended"), ["reg:east:ext"], note=RN + "ภาคตะวันออก = 7 provinces")
add(R, T("@civicbot ภาคตะวันออกมีวิทยากรหลักกี่คน", "g"), TC, S(ttype="core"), ["reg:east:core"], note=RN + "east, 7 provinces")
add(R, T("ภาคเหนือ 9 จังหวัด มีวิทยากรขยายผลกี่คน"), TC, S(ttype="extended"), ["reg:north:ext"],
    note=RN + "ภาคเหนือ = 9 provinces (six-region scheme), stated in the message")
add(R, T("ภาคเหนือตอนบนมีวิทยากรหลักกี่คน"), TC, S(ttype="core"), ["reg:upper_north:core"],
    note="ภาคเหนือตอนบน = 8 upper-north provinces (figures.py SUBREGIONS); same core sum as the 9-province north")
add(R, T("ภาคตะวันตกวิทยากรขยายผลกี่คน"), TC, S(ttype="extended"), ["reg:west:ext"], note=RN + "ภาคตะวันตก = 5 provinces")
add(R, T("๓ จังหวัดชายแดนใต้มีวิทยากรขยายผลรวมกี่คน"), TC, S(ttype="extended"), ["reg:deep_south:ext"],
    note="ปัตตานี ยะลา นราธิวาส (figures.py SUBREGIONS)")
add(R, T("ฝั่งอันดามันมีวิทยากรหลักรวมกี่คน"), TC, S(ttype="core"), ["reg:andaman:core"],
    note="อันดามัน = กระบี่ ตรัง พังงา ภูเก็ต ระนอง สตูล (figures.py SUBREGIONS)")
add(R, T("อีสานมีกี่จังหวัดที่มีวิทยากรหลัก"), TV, S(ttype="core"), ["regcov:northeast"], note=RN + "coverage within the northeast")

# ---------------------------------------------------------------- comparison (15)
CP = "comparison"
add(CP, T("โคราชกับขอนแก่น ใครมีวิทยากรขยายผลมากกว่ากัน"), TC, S(ttype="extended"), ["ext:" + KR, "ext:" + KK])
add(CP, T("อุบลกับศรีสะเกษ วิทยากรขยายผลต่างกันกี่คน"), TC, S(ttype="extended"), ["ext:" + UB, "ext:ศรีสะเกษ"],
    note="a tie: the answer should say they are equal")
add(CP, T("เชียงใหม่ vs เชียงราย วิทยากรหลัก"), TC, S(ttype="core"), ["core:" + CM, "core:เชียงราย"])
add(CP, T("ปค. กับ สถ. ใครมีวิทยากรหลักมากกว่า"), TC, S(ttype="core"), ["nat:core:DOPA", "nat:core:DLA"],
    note="two departments")
add(CP, T("วิทยากรขยายผลของ อสม. กับ พช. ฝ่ายไหนเยอะกว่า"), TC, S(ttype="extended"), ["nat:ext:HSS", "nat:ext:CDD"])
add(CP, T("บุรีรัมย์เทียบสุรินทร์ วิทยากรขยายผล"), TC, S(ttype="extended"), ["ext:บุรีรัมย์", "ext:สุรินทร์"])
add(CP, T("@civicbot อุดรกับหนองคายมีวิทยากรหลักเท่ากันไหม", "g"), TC, S(ttype="core"), ["core:อุดรธานี", "core:หนองคาย"],
    note="equal values")
add(CP, T("ผู้สูงอายุกับท้องถิ่น วิทยากรขยายผลใครมากกว่า"), TC, S(ttype="extended"), ["nat:ext:DOP", "nat:ext:DLA"])
add(CP, T("ร้อยเอ็ดกับมหาสารคาม วิทยากรขยายผลห่างกันเท่าไหร่"), TC, S(ttype="extended"), ["ext:ร้อยเอ็ด", "ext:มหาสารคาม"])
add(CP, T("สงขลากับปัตตานี วิทยากรหลักใครเยอะกว่า"), TC, S(ttype="core"), ["core:ปัตตานี"], zero=["core:สงขลา"],
    note="สงขลา has no core trainers")
add(CP, T("ลำปางกับลำพูน วิทยากรขยายผลที่ไหนเยอะกว่า"), TC, S(ttype="extended"), ["ext:ลำปาง", "ext:ลำพูน"], note="equal")
add(CP, T("กรมการปกครองกับกรมการพัฒนาชุมชน วิทยากรขยายผลต่างกันกี่คน"), TC, S(ttype="extended"),
    ["nat:ext:DOPA", "nat:ext:CDD"])
add(CP, T("นครศรีฯ กับ สุราษฎร์ วิทยากรขยายผล ที่ไหนมากกว่า"), TC, S(ttype="extended"),
    ["ext:นครศรีธรรมราช", "ext:สุราษฎร์ธานี"])
add(CP, T("ภูเก็ตกับกระบี่ วิทยากรรวมทั้งสองประเภทเทียบกัน"), TC, S(), ["comb:ภูเก็ต", "comb:กระบี่"])
add(CP, T("ในเชียงใหม่ อสม.กับผู้สูงอายุ วิทยากรขยายผลใครเยอะกว่า"), TC, S(CM, ttype="extended"),
    ["ext:" + CM + ":HSS", "ext:" + CM + ":DOP"], note="two departments within one province")

# ---------------------------------------------------------------- silent (15)
SI = "silent"
def SL(text, mode, note, alt=None, intent="unknown"):
    add(SI, T(text, mode), intent, S(), [], reply="silent", note=note, alt=alt)
SL("@civicbot 555 วันนี้ร้อนมากเลย", "g", "mention, off-domain chatter")
SL("@civicbot ใครเอารถไปจอดขวางหน้าศาลา", "g", "mention, off-domain")
SL("ขอบคุณค่ะ @civicbot 🙏", "g", "thanks to the bot: no reply needed", alt=["greeting"])
SL("แจ้งข่าว พรุ่งนี้ประชุม อสม. 9 โมง ศาลาหมู่บ้านนะคะ", "g", "announcement with a domain word, not addressed")
SL("ขอบคุณทุกคนที่มาช่วยงานวันนี้นะคะ", "g", "thanks among members", alt=["greeting"])
SL("@civicbot ส่งรูปงานบุญให้ดูหน่อย", "g", "mention, off-domain")
SL("กกต.จังหวัดจะมาอบรมวิทยากรขยายผลวันที่ 12 นะครับ เตรียมเอกสารด้วย", "g", "announcement, not addressed")
SL("@civicbot ร้องเพลงให้ฟังหน่อย", "g", "mention, off-domain")
SL("สวัสดีวันจันทร์ค่ะทุกคน 🌸", "g", "greeting among members", alt=["greeting"])
SL("รับทราบค่ะ", "g", "acknowledgement")
SL("@civicbot ราคาหมูวันนี้เท่าไหร่", "g", "mention, off-domain")
SL("ส่งต่อ: ขอเชิญร่วมกิจกรรมวันรัฐธรรมนูญ 10 ธันวาคม ที่ อบต. ค่ะ", "g", "forwarded announcement")
SL("👍👍", "g", "emoji only")
SL("@civicbot มีคนขายที่ดินแถวนี้ไหม", "g", "mention, off-domain")
SL("ขอบใจจ้าบอท", "g", "thanks, not a question", alt=["greeting"])

# ---------------------------------------------------------------- write
COUNTS = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30, "region": 15,
          "comparison": 15, "silent": 15}
got = {}
for c in CASES:
    got[c["category"]] = got.get(c["category"], 0) + 1
if got != COUNTS or len(CASES) != 400:
    sys.exit(f"make_cases.py: wrong counts {got}")
texts = [tuple(t["text"] for t in c["turns"]) for c in CASES]
if len(set(texts)) != len(texts):
    dup = [t for t in texts if texts.count(t) > 1]
    sys.exit(f"make_cases.py: duplicate case texts {dup[:3]}")
with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "derivations.json"), "w", encoding="utf-8") as fh:
    json.dump(DERIV, fh, ensure_ascii=False, indent=1)
print("make_cases.py: wrote", len(CASES), "cases", got)
