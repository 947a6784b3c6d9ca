"""Second half of the b5 cases: extra ordinary, follow-ups, English, clarify, district, region,
comparison, silent. Called from make_cases.py; figures come from figures.json via fig()."""

def build(add, TC, COVC, fig, P, N, R, COV, th, DOC):
    O = "ordinary"
    def tot(p, typ): return P[p][typ]["total"]

    # ------------------------------------------------------------ extra ordinary: real-world typing
    for text, prov, typ, ag, chat, note in [
        ("สวัสดีค่ะ พอดีพรุ่งนี้จะมีประชุมกับท่านนายอำเภอ แล้วท่านถามว่าจังหวัดเรามีวิทยากรขยายผลกี่คน จังหวัดขอนแก่นค่ะ รบกวนด้วยนะคะ", "ขอนแก่น", "extended", None, "private", "long rambling"),
        ("คือผมเพิ่งย้ายมาอยู่ศสปชตที่บุรีรัมย์ครับอยากรู้ว่ามีวิทยากรหลักในจังหวัดกี่คนเผื่อจะได้ไปขอความรู้ครับ", "บุรีรัมย์", "core", None, "private", "voice-typed run-on"),
        ("วิทยากร  หลัก   เชียงราย  กี่  คน", "เชียงราย", "core", None, "private", "odd spaces"),
        ("ขอนแก่นวิทยากรหลักกี่คนนนนน", "ขอนแก่น", "core", None, "private", "elongated particle"),
        ("ร้อยเอ้ดมีวิทยากรหลักกี่คนคับ", "ร้อยเอ็ด", "core", None, "private", "typo ร้อยเอ้ด"),
        ("อุบลราชธานีปี๒๕๖๓มีวิทยากรขยายผลกี่คน", "อุบลราชธานี", "extended", None, "private", "Thai digits year"),
        ("ทะเบียนวิทยากรหลักปี๖๓ จ.สตูล มีกี่คนครับ", "สตูล", "core", None, "private", "Thai digit short year"),
        ("@civicbot น้องบอทจ๋า พี่อยู่นครสวรรค์ อยากทราบว่ามีวิทยากรหลักกี่คนจ้ะ", "นครสวรรค์", "core", None, "group", "nickname for bot"),
        ("แม่อยากรู้ว่าพัทลุงมีวิทยากรขยายผลเท่าไหร่ลูก", "พัทลุง", "extended", None, "private", "elderly volunteer style"),
        ("เมืองย่าโมมีวิทยากรหลักกี่คนครับ", "นครราชสีมา", "core", None, "private", "nickname เมืองย่าโม"),
        ("หนองคายวิทยากรขยายผลมีกี่คนอ่ะ", "หนองคาย", "extended", None, "private", ""),
        ("ช่วยบอกจำนวนวิทยากรหลักสูตรพลเมืองคุณภาพของจังหวัดพิจิตรให้หน่อยนะครับขอบคุณครับ", "พิจิตร", None, None, "private", "no spaces, polite"),
        ("พังงาาา วิทยากรขยายผล กี่คนคะ", "พังงา", "extended", None, "private", ""),
        ("ตอนนี้อยู่ที่อบต.ค่ะ ปลัดให้ถามว่าสุโขทัยมีวิทยากรหลักกับขยายผลกี่คน", "สุโขทัย", None, None, "private", "rambling"),
        ("อ่างทองวิทยากรขยายผลกรมพัฒนาชุมชนมีกี่คน", "อ่างทอง", "extended", "CDD", "private", "0 in that cell; answer says none"),
        ("ยโสธรมีวิทยากรขยายผลกี่คนจ๊ะ", "ยโสธร", "extended", None, "private", ""),
        ("อำนาจเจริญ วิทยากรขยายผล ทั้งหมด", "อำนาจเจริญ", "extended", None, "private", "terse"),
        ("หนองบัวลำภูมีวิทยากรเท่าไหร่ครับ ทั้งหลักทั้งขยายผล", "หนองบัวลำภู", None, None, "private", "no core; extended 15"),
        ("ยะลามีวิทยากรขยายผลกี่คนค่ะ", "ยะลา", "extended", None, "private", "ค่ะ misuse"),
        ("อุตรดิตถ์มีวิทยากรขยายผลกี่คนครับ", "อุตรดิตถ์", "extended", None, "private", ""),
        ("@CivicBot ขอยอดวิทยากรขยายผลสมุทรสงครามค่ะ", "สมุทรสงคราม", "extended", None, "group", "capitalised mention"),
        ("กำแพงเพชรมีวิทยากรขยายผลกี่คน กรมกิจการผู้สูงอายุมีด้วยไหม", "กำแพงเพชร", "extended", None, "private", "DOP cell 0; total 10"),
        ("จังหวัดบึงกาฬ วิทยากร ขยายผล กี่ คน คะ", "บึงกาฬ", "extended", None, "private", "spaced"),
        ("ตราดมีวิทยากรขยายผลกี่คนเอ่ย", "ตราด", "extended", None, "private", ""),
        ("นราธิวาสวิทยากรขยายผลมีกี่คน ขอด่วนครับ", "นราธิวาส", "extended", None, "private", "urgent"),
        ("ปราจีนมีวิทยากรขยายผลเท่าไหร่", "ปราจีนบุรี", "extended", None, "private", "short name ปราจีน"),
        ("สิงห์บุรีวิทยากรขยายผลมีกี่คนนะคะ", "สิงห์บุรี", "extended", None, "private", ""),
        ("กาฬสินธุ์วิทยากรขยายผลของท้องถิ่นกี่คน", "กาฬสินธุ์", "extended", "DLA", "private", ""),
        ("ระนองมีวิทยากรขยายผลกี่คนครับผม", "ระนอง", "extended", None, "private", ""),
        ("ระยองวิทยากรขยายผลมีกี่คน", "ระยอง", "extended", None, "group", "group, unaddressed question"),
        ("ลำพูนวิทยากรขยายผลผู้สูงอายุกี่คน", "ลำพูน", "extended", "DOP", "private", ""),
        ("ชัยนาทมีวิทยากรขยายผลของพัฒนาชุมชนกี่คนครับ", "ชัยนาท", "extended", "CDD", "private", ""),
    ]:
        figs = fig(prov, typ, ag)
        if prov == "อ่างทอง" and ag == "CDD": figs = []
        TC(O, text, prov, typ, ag, chat=chat, note=note or f"{prov} {typ}", figs=figs)
    TC(O, "ตอนนี้วิทยากรหลักทั้งหมดทุกกรมรวมกันได้กี่คนแล้วคะ", None, "core", None, note="national core 158")
    add(O, "ขอบคุณมากค่ะน้องบอท", "greeting", {}, [], note="thanks in private: polite short reply (greeting)")
    add(O, "@civicbot ขอบใจนะ", "greeting", {}, [], chat="group", note="addressed thanks")
    add(O, "กกต.จังหวัดเบอร์อะไรคะ จะโทรไปขอวิทยากร", "contact", {}, [], note="contact")

    # ------------------------------------------------------------ follow-ups
    FU = "followup"
    def f(turns, intent, slots, figs, note, chat="private", reply="answer"):
        add(FU, turns, intent, slots, figs, reply=reply, note=note, chat=chat, rtb=(chat == "group"))
    f(["เชียงใหม่วิทยากรหลักมีกี่คนคะ", "แล้วขอนแก่นล่ะ"], "trainer_count", {"province": "ขอนแก่น", "trainer_type": "core"}, fig("ขอนแก่น", "core"), "province change keeps type core")
    f(["วิทยากรหลักเชียงใหม่เท่าไหร่", "ขยายผลล่ะ"], "trainer_count", {"province": "เชียงใหม่", "trainer_type": "extended"}, fig("เชียงใหม่", "extended"), "type change keeps province")
    f(["อุบลมีวิทยากรขยายผลกี่คนครับ", "เฉพาะกรมการปกครองล่ะครับ"], "trainer_count", {"province": "อุบลราชธานี", "trainer_type": "extended", "agency": "DOPA"}, fig("อุบลราชธานี", "extended", "DOPA"), "agency narrowing")
    f(["วิทยากรขยายผลโคราชกี่คน", "ทั้งประเทศล่ะ"], "trainer_count", {"trainer_type": "extended"}, fig(None, "extended"), "national, keeps type")
    f(["ร้อยเอ็ดมีวิทยากรหลักกี่คนครับ", "ทั้งประเทศล่ะครับ"], "trainer_count", {"trainer_type": "core"}, fig(None, "core"), "national core")
    f(["สุรินทร์วิทยากรขยายผลมีกี่คน", "แล้วศรีสะเกษ", "บุรีรัมย์ล่ะ"], "trainer_count", {"province": "บุรีรัมย์", "trainer_type": "extended"}, fig("บุรีรัมย์", "extended"), "3-turn province chain")
    f(["กรมการปกครองต้องทำอะไรบ้างใน mou", "แล้วพช.ล่ะ"], "agency_duties", {"agency": "CDD"}, [], "duties follow-up: agency change")
    f(["หน้าที่ของ อสม. ตามบันทึกข้อตกลง", "แล้วท้องถิ่นต้องทำอะไร"], "agency_duties", {"agency": "DLA"}, [], "duties follow-up")
    f(["กรมกิจการผู้สูงอายุมีหน้าที่อะไร", "กกต.เองล่ะ ต้องทำอะไร"], "agency_duties", {"agency": "ECT"}, [], "duties follow-up to ECT")
    f(["MOUกับกรมการพัฒนาชุมชนมีสาระสำคัญอะไร", "มีอายุกี่ปี"], "mou_info", {}, [DOC["mou2_term_years"]], "MOU term")
    f(["บันทึกข้อตกลงฉบับพช.เป็นยังไงบ้าง", "ถ้าจะเลิกต้องบอกก่อนกี่วัน"], "mou_info", {}, [DOC["termination_notice_days"]], "termination notice")
    f(["MOU มีใครลงนามบ้างคะ", "แล้วหนังสือนำส่งลงวันที่เท่าไหร่"], "mou_info", {}, [], "covering letter date 1 Feb 2565")
    f(["ขอนแก่นมีวิทยากรขยายผลกี่คน", "แล้วจังหวัดไหนไม่มีวิทยากรขยายผลเลยบ้าง"], "trainer_coverage", {"trainer_type": "extended"}, [], "only กรุงเทพมหานคร")
    f(["ตรังวิทยากรหลักกี่คน", "ขอรายชื่อด้วยได้ไหม"], "trainer_list", {"province": "ตรัง", "trainer_type": "core"}, [], "list follow-up")
    f(["น่านมีวิทยากรกี่คน", "หลักอย่างเดียว"], "trainer_count", {"province": "น่าน", "trainer_type": "core"}, fig("น่าน", "core"), "type narrowing")
    f(["เชียง...มีวิทยากรหลักกี่คน", "เชียงรายค่ะ"], "trainer_count", {"province": "เชียงราย", "trainer_type": "core"}, fig("เชียงราย", "core"), "answer after clarification")
    f(["นครมีวิทยากรขยายผลกี่คน", "นครพนมครับ"], "trainer_count", {"province": "นครพนม", "trainer_type": "extended"}, fig("นครพนม", "extended"), "after partial-name clarify")
    f(["อุดรวิทยากรขยายผลกี่คน", "ไม่ใช่ ผมหมายถึงวิทยากรหลัก"], "trainer_count", {"province": "อุดรธานี", "trainer_type": "core"}, fig("อุดรธานี", "core"), "correction")
    f(["@civicbot ลพบุรีวิทยากรหลักกี่คน", "แล้วขยายผลของลพบุรีล่ะ"], "trainer_count", {"province": "ลพบุรี", "trainer_type": "extended"}, fig("ลพบุรี", "extended"), "group reply_to_bot", chat="group")
    f(["@civicbot ชลบุรีมีวิทยากรขยายผลกี่คน", "จันทบุรีด้วยครับ"], "trainer_count", {"province": "จันทบุรี", "trainer_type": "extended"}, fig("จันทบุรี", "extended"), "group reply_to_bot", chat="group")
    f(["ปัตตานีมีวิทยากรขยายผลกี่คน", "ยะลาล่ะ", "นราธิวาสด้วย"], "trainer_count", {"province": "นราธิวาส", "trainer_type": "extended"}, fig("นราธิวาส", "extended"), "3-turn")
    f(["กรมการปกครองมีวิทยากรหลักกี่คนทั้งประเทศ", "แล้วกรมส่งเสริมการปกครองท้องถิ่นล่ะ"], "trainer_count", {"trainer_type": "core", "agency": "DLA"}, fig(None, "core", "DLA"), "national agency change")
    f(["กรมพัฒนาชุมชนมีวิทยากรขยายผลทั้งประเทศกี่คน", "กรมกิจการผู้สูงอายุล่ะ"], "trainer_count", {"trainer_type": "extended", "agency": "DOP"}, fig(None, "extended", "DOP"), "national agency change")
    f(["ภาคอีสานมีวิทยากรขยายผลกี่คน", "ภาคใต้ล่ะ"], "trainer_count", {"trainer_type": "extended"}, [R["south"]["extended"]], "region change; South = 14 provinces")
    f(["ภาคใต้มีวิทยากรหลักกี่คน", "ทั้งประเทศล่ะคะ"], "trainer_count", {"trainer_type": "core"}, fig(None, "core"), "region to national")
    f(["สงขลาวิทยากรขยายผลมีเท่าไหร่ครับ", "อำเภอหาดใหญ่อยู่สงขลาใช่ไหม งั้นหาดใหญ่ใช้วิทยากรชุดเดียวกันเลยใช่ป่ะ มีกรมการปกครองกี่คน"], "trainer_count", {"province": "สงขลา", "trainer_type": "extended", "agency": "DOPA"}, fig("สงขลา", "extended", "DOPA"), "district same province + agency")
    f(["ศส.ปชต.คืออะไร", "ตั้งมาตั้งแต่ปีไหน"], "center_info", {}, [DOC["centres_since_year"]], "centre follow-up")
    f(["ศูนย์ส่งเสริมพัฒนาประชาธิปไตยมีหน้าที่อะไร", "ปี63ตั้งกี่ศูนย์ต่อจังหวัด"], "center_info", {}, [], "one per province in 2563")
    f(["อสม.คืออะไร", "แล้วเกี่ยวกับศส.ปชต.ยังไง"], "agency_duties", {"agency": "HSS"}, [], "glossary then duties of HSS")
    f(["กรมส่งเสริมการปกครองท้องถิ่นต้องทำอะไรบ้าง", "มีกี่ข้อ"], "agency_duties", {"agency": "DLA"}, [], "count of duties (4) follows agency")
    f(["หน้าที่ของกกต.ตามMOUมีอะไรบ้าง", "ข้อ3คืออะไร"], "agency_duties", {"agency": "ECT"}, [], "election-unit committee / observers")
    f(["พิษณุโลกวิทยากรหลักกี่คน", "พิจิตรล่ะ", "รวมสองจังหวัดเท่าไหร่"], "trainer_count", {"trainer_type": "core"}, [tot("พิษณุโลก", "core") + tot("พิจิตร", "core")], "sum of two provinces")
    f(["เชียงใหม่วิทยากรขยายผลกี่คนครับ", "เชียงรายเยอะกว่าไหม"], "trainer_count", {"trainer_type": "extended"}, [tot("เชียงใหม่", "extended"), tot("เชียงราย", "extended")], "comparison follow-up")
    f(["กรุงเทพมีวิทยากรไหม", "แล้วนนทบุรีล่ะ"], "trainer_count", {"province": "นนทบุรี"}, fig("นนทบุรี"), "BKK zero then neighbour")
    f(["วิทยากรหลักมีอยู่กี่จังหวัดคะ", "แล้วที่ไม่มีล่ะ"], "trainer_coverage", {"trainer_type": "core"}, [COV["core"]["without"]], "coverage complement")
    f(["จังหวัดไหนวิทยากรขยายผลมากสุด", "ที่หนึ่งมีกี่คนเหรอ"], "trainer_coverage", {"trainer_type": "extended"}, [tot("นครราชสีมา", "extended")], "ranking follow-up")
    f(["วิทยากรหลักเพชรบุรีกี่คน", "แยกตามกรมได้ไหม"], "trainer_count", {"province": "เพชรบุรี", "trainer_type": "core"}, [P["เพชรบุรี"]["core"]["DOPA"]], "all five cells are 1 (total 5)")
    f(["อุบลฯมีวิทยากรหลักกี่คนคะ", "แยกรายกรมหน่อย"], "trainer_count", {"province": "อุบลราชธานี", "trainer_type": "core"}, [P["อุบลราชธานี"]["core"]["DOPA"]], "DOPA 6, DLA 1, DOP 1, HSS 0, CDD 0")
    f(["ร้อยเอ็ดวิทยากรขยายผลเท่าไหร่", "ท้องถิ่นกี่คน"], "trainer_count", {"province": "ร้อยเอ็ด", "trainer_type": "extended", "agency": "DLA"}, fig("ร้อยเอ็ด", "extended", "DLA"), "agency follow-up 13")
    f(["นครราชสีมาวิทยากรขยายผลกี่คน", "สาธารณสุขกี่คน"], "trainer_count", {"province": "นครราชสีมา", "trainer_type": "extended", "agency": "HSS"}, fig("นครราชสีมา", "extended", "HSS"), "HSS 11")
    f(["กระบี่วิทยากรหลักกี่คน", "ขยายผลด้วย", "รวมกันเท่าไหร่"], "trainer_count", {"province": "กระบี่"}, [P["กระบี่"]["all"]], "sum core+extended")
    f(["ขอนแก่นมีวิทยากรกี่คน", "ขอเบอร์ติดต่อประสานงานหน่อย"], "contact", {}, [], "switch to contact")
    f(["เอ็มโอยูมีกี่ฉบับ", "ฉบับแรกมีหน่วยงานไหนบ้าง"], "agency_list", {}, [], "parties of MOU1: DOPA DLA HSS DOP + ECT")
    f(["หนังสือนำส่งเรื่องอะไรคะ", "ใครเป็นผู้ประสานงาน"], "contact", {}, [], "coordinator นางจันทร์รัตน์")
    f(["พช.ต้องทำอะไรบ้าง", "แล้วพช.มีวิทยากรขยายผลทั้งประเทศกี่คน"], "trainer_count", {"agency": "CDD", "trainer_type": "extended"}, fig(None, "extended", "CDD"), "duties then count")
    f(["กรมกิจการผู้สูงอายุต้องทำอะไร", "มีวิทยากรหลักกี่คน"], "trainer_count", {"agency": "DOP", "trainer_type": "core"}, fig(None, "core", "DOP"), "duties then national count for same agency")
    f(["สระบุรีวิทยากรขยายผลกี่คน", "555 ขอบคุณค่ะ"], "greeting", {}, [], "thanks after answer (private)")
    f(["เชียงใหม่มีวิทยากรหลักกี่คน", "ขอบคุณครับ แล้วลำพูนมีวิทยากรหลักไหม"], "trainer_count", {"province": "ลำพูน", "trainer_type": "core"}, [], "ลำพูน 0 core; answer none")
    f(["ชัยภูมิวิทยากรขยายผลกี่คน", "มหาสารคามกับกาฬสินธุ์ล่ะ"], "trainer_count", {"trainer_type": "extended"}, [tot("มหาสารคาม", "extended"), tot("กาฬสินธุ์", "extended")], "two provinces in follow-up")
    f(["ภาคเหนือมีวิทยากรหลักกี่คน (9จังหวัดภาคเหนือตอนบน)", "ส่วนวิทยากรขยายผลของภาคเหนือตอนบนล่ะ"], "trainer_count", {"trainer_type": "extended"}, [R["upper_north"]["extended"]], "upper north 9 provinces")
    f(["@civicbot สตูลวิทยากรหลักเท่าไหร่", "ขยายผลด้วยครับ"], "trainer_count", {"province": "สตูล", "trainer_type": "extended"}, fig("สตูล", "extended"), "group follow-up", chat="group")
    f(["@civicbot กรมการปกครองมีหน้าที่อะไร", "ท้องถิ่นล่ะ"], "agency_duties", {"agency": "DLA"}, [], "group duties follow-up", chat="group")
    f(["ฉะเชิงเทรามีวิทยากรขยายผลกี่คน", "มีวิทยากรหลักด้วยไหม"], "trainer_count", {"province": "ฉะเชิงเทรา", "trainer_type": "core"}, [], "0 core")
    f(["ขอนแก่นวิทยากรหลักกี่คน", "ปี2566ล่ะ"], "trainer_count", {"province": "ขอนแก่น"}, [], "year not in registers", reply="clarify")
    f(["สกลนครวิทยากรขยายผลกี่คน", "ผู้หญิงกี่คน"], "trainer_count", {"province": "สกลนคร"}, [], "gender not in registers", reply="clarify")
    f(["บุรีรัมย์มีวิทยากรขยายผลกี่คน", "อำเภอนางรองมีกี่คน"], "trainer_count", {"province": "บุรีรัมย์", "trainer_type": "extended"}, fig("บุรีรัมย์", "extended"), "district of the same province: registers are per province, so the province figure (same rule as the district category)")
    f(["เลยมีวิทยากรขยายผลเท่าไหร่", "กศน.กี่คน"], "trainer_count", {"province": "เลย"}, [], "agency not in registers", reply="clarify")
    f(["ศส.ปชต.ตั้งปีไหน", "แล้วปี64ตั้งเพิ่มยังไง"], "center_info", {}, [], "one per district in 2564")
    f(["วิทยากรหลักคืออะไร", "ขยายผลล่ะคืออะไร"], "glossary", {}, [], "glossary follow-up")
    f(["ทั้งประเทศวิทยากรหลักกี่คน", "กรมไหนมีเยอะที่สุด"], "trainer_count", {"trainer_type": "core"}, [N["core"]["DOPA"]], "DOPA 35 biggest core column")
    f(["ทั่วประเทศวิทยากรขยายผลกี่คน", "กรมไหนน้อยสุด"], "trainer_count", {"trainer_type": "extended"}, [N["extended"]["DOP"]], "DOP 276 smallest extended column")
    f(["นครปฐมวิทยากรกี่คน", "ราชบุรีล่ะ"], "trainer_count", {"province": "ราชบุรี"}, fig("ราชบุรี"), "province change, both types (ราชบุรี core 0)")

    # ------------------------------------------------------------ English
    EN = "english"
    def en(text, intent, slots, figs, note, chat="private"):
        add(EN, text, intent, slots, figs, lang="en", note=note, chat=chat)
    en("How many core trainers does Chiang Mai have?", "trainer_count", {"province": "เชียงใหม่", "trainer_type": "core"}, fig("เชียงใหม่", "core"), "")
    en("how many extended trainers in khon kaen", "trainer_count", {"province": "ขอนแก่น", "trainer_type": "extended"}, fig("ขอนแก่น", "extended"), "lowercase")
    en("Number of trainers in Ubon Ratchathani please", "trainer_count", {"province": "อุบลราชธานี"}, fig("อุบลราชธานี"), "both types")
    en("Korat trainers?", "trainer_count", {"province": "นครราชสีมา"}, fig("นครราชสีมา"), "nickname Korat")
    en("What's the total number of core trainers nationwide?", "trainer_count", {"trainer_type": "core"}, fig(None, "core"), "")
    en("total extended trainers in thailand", "trainer_count", {"trainer_type": "extended"}, fig(None, "extended"), "")
    en("How many extended trainers from the Department of Provincial Administration in Ubon?", "trainer_count", {"province": "อุบลราชธานี", "trainer_type": "extended", "agency": "DOPA"}, fig("อุบลราชธานี", "extended", "DOPA"), "")
    en("Community Development Department extended trainers nationwide?", "trainer_count", {"trainer_type": "extended", "agency": "CDD"}, fig(None, "extended", "CDD"), "")
    en("Does Phuket have any trainers?", "trainer_count", {"province": "ภูเก็ต"}, fig("ภูเก็ต"), "extended 15, no core")
    en("Bangkok trainer count", "trainer_count", {"province": "กรุงเทพมหานคร"}, [], "zero; answer says none")
    en("How many trainers does Buriram have, core and extended?", "trainer_count", {"province": "บุรีรัมย์"}, fig("บุรีรัมย์"), "")
    en("Roi Et extended trainers from local administration dept", "trainer_count", {"province": "ร้อยเอ็ด", "trainer_type": "extended", "agency": "DLA"}, fig("ร้อยเอ็ด", "extended", "DLA"), "")
    en("Sisaket extended trainers?", "trainer_count", {"province": "ศรีสะเกษ", "trainer_type": "extended"}, fig("ศรีสะเกษ", "extended"), "")
    en("@civicbot how many core trainers in Surat Thani", "trainer_count", {"province": "สุราษฎร์ธานี", "trainer_type": "core"}, fig("สุราษฎร์ธานี", "core"), "group", chat="group")
    en("Compare Chiang Mai and Chiang Rai extended trainers", "trainer_count", {"trainer_type": "extended"}, [tot("เชียงใหม่", "extended"), tot("เชียงราย", "extended")], "comparison in English")
    en("How many provinces have core trainers?", "trainer_coverage", {"trainer_type": "core"}, [COV["core"]["with"]], "")
    en("Which province has the most extended trainers?", "trainer_coverage", {"trainer_type": "extended"}, [tot("นครราชสีมา", "extended")], "Nakhon Ratchasima 47")
    en("Which provinces have no extended trainers at all?", "trainer_coverage", {"trainer_type": "extended"}, [], "only Bangkok")
    en("List the trainers' names in Nan", "trainer_list", {"province": "น่าน"}, [], "")
    en("Who are the core trainers in Krabi?", "trainer_list", {"province": "กระบี่", "trainer_type": "core"}, [], "")
    en("What does the Department of Provincial Administration have to do under the MOU?", "agency_duties", {"agency": "DOPA"}, [], "")
    en("duties of the department of older persons", "agency_duties", {"agency": "DOP"}, [], "")
    en("What is the role of DLA?", "agency_duties", {"agency": "DLA"}, [], "")
    en("What must the Health Service Support Department do?", "agency_duties", {"agency": "HSS"}, [], "")
    en("What are the Election Commission's commitments in the MOU?", "agency_duties", {"agency": "ECT"}, [], "")
    en("CDD responsibilities?", "agency_duties", {"agency": "CDD"}, [], "")
    en("Which departments signed the MOU?", "agency_list", {}, [], "")
    en("Who are the partner agencies?", "agency_list", {}, [], "")
    en("How long does the MOU with the Community Development Department last?", "mou_info", {}, [DOC["mou2_term_years"]], "3 years")
    en("How many days notice to terminate the MOU?", "mou_info", {}, [DOC["termination_notice_days"]], "30 days")
    en("What is the covering letter about?", "mou_info", {}, [], "")
    en("What is the MOU about?", "mou_info", {}, [], "")
    en("What is a Democracy Promotion Centre?", "center_info", {}, [], "")
    en("when were the ศส.ปชต. centres set up", "center_info", {}, [DOC["centres_since_year"]], "mixed script")
    en("What does อสม. stand for?", "glossary", {}, [], "")
    en("What's the difference between core and extended trainers?", "glossary", {}, [], "")
    en("Who can I contact about this?", "contact", {}, [], "")
    en("phone number of the local election division", "contact", {}, [], "")
    en("What can you do?", "help", {}, [], "")
    en("Hi there!", "greeting", {}, [], "")
    en("good morning bot", "greeting", {}, [], "")
    en("Show bot usage stats for this week", "stats", {}, [], "admin stats")
    en("How many trainers does Nakhon Si Thammarat have in total?", "trainer_count", {"province": "นครศรีธรรมราช"}, [P["นครศรีธรรมราช"]["all"]], "total 29 (4 core + 25 extended)")
    en("trainers in the Northeast region?", "trainer_count", {}, [R["northeast"]["core"], R["northeast"]["extended"]], "Northeast = 20 provinces (Isan)")
    en("How many core trainers are there in Hat Yai?", "trainer_count", {"province": "สงขลา", "trainer_type": "core"}, [], "Hat Yai is in Songkhla, which has 0 core trainers")

    # ------------------------------------------------------------ clarify / decline
    CL = "clarify"
    def cl(text, intent="trainer_count", slots=None, note="", chat="private", lang="th"):
        add(CL, text, intent, slots or {}, [], reply="clarify", note=note, chat=chat, lang=lang)
    for t in ["จังหวัดเวียงจันทน์มีวิทยากรกี่คน", "ปีนังมีวิทยากรขยายผลกี่คนครับ", "จังหวัดสยามมีวิทยากรหลักไหม",
              "จ.ทะเลหมอกมีวิทยากรกี่ท่าน", "ย่างกุ้งมีวิทยากรพลเมืองคุณภาพไหม", "จังหวัดดอกคำใต้บุรีมีวิทยากรเท่าไหร่",
              "จังหวัดที่78มีวิทยากรกี่คน", "เมืองลับแลบุรีวิทยากรขยายผลกี่คน"]:
        cl(t, note="not one of the 77 provinces")
    for t in ["นครมีวิทยากรกี่คน", "สุ...มีวิทยากรหลักกี่คน", "สมุทรมีวิทยากรขยายผลเท่าไร", "เชียงมีวิทยากรหลักกี่คนคะ",
              "บุรีมีวิทยากรขยายผลกี่คน", "อุ มีวิทยากรกี่คน", "จังหวัดสระ...วิทยากรกี่คน", "ลำ... วิทยากรขยายผลกี่คน"]:
        cl(t, note="partial name matching several provinces: ask which")
    cl("วิทยากรผู้หญิงในเชียงใหม่มีกี่คน", slots={"province": "เชียงใหม่"}, note="gender not in registers")
    cl("อายุเฉลี่ยของวิทยากรขยายผลทั้งประเทศเท่าไหร่", slots={"trainer_type": "extended"}, note="age not in registers")
    cl("วิทยากรที่จบปริญญาโทมีกี่คน", note="education not in registers")
    cl("ค่าตอบแทนวิทยากรต่อชั่วโมงเท่าไหร่คะ", intent="unknown", note="fees not in the document")
    cl("วิทยากรหลักโคราชที่พูดภาษาอังกฤษได้มีกี่คน", slots={"province": "นครราชสีมา", "trainer_type": "core"}, note="language skill not in registers")
    cl("บ้านหนองแวงมีวิทยากรกี่คน", note="village name found in many provinces, no province given: ask which")
    cl("ปี2566ทั้งประเทศมีวิทยากรหลักกี่คน", slots={"trainer_type": "core"}, note="only 2563 registers")
    cl("วิทยากรขยายผลปี๒๕๖๗ของขอนแก่นกี่คน", slots={"province": "ขอนแก่น", "trainer_type": "extended"}, note="year not held")
    cl("ปีที่แล้วมีวิทยากรเพิ่มขึ้นกี่คน", note="no time series")
    cl("ทะเบียนปี2562มีวิทยากรขยายผลเท่าไหร่", slots={"trainer_type": "extended"}, note="2562 not held")
    cl("กศน.มีวิทยากรหลักกี่คน", slots={"trainer_type": "core"}, note="ONIE not a register column")
    cl("กรมอนามัยมีวิทยากรขยายผลทั้งประเทศเท่าไหร่", slots={"trainer_type": "extended"}, note="Dept of Health not in registers (HSS is a different department)")
    cl("กระทรวงศึกษาธิการมีวิทยากรกี่คน", note="ministry not in registers")
    cl("ตำรวจภูธรภาค4มีวิทยากรกี่นาย", note="police not in registers")
    cl("กรมส่งเสริมการเกษตรมีวิทยากรพลเมืองคุณภาพไหม", note="not in registers")
    cl("กรมประชาสัมพันธ์ที่อุดรมีวิทยากรขยายผลกี่คน", slots={"province": "อุดรธานี", "trainer_type": "extended"}, note="agency not in registers")
    cl("ทหารมีวิทยากรหลักเท่าไหร่", slots={"trainer_type": "core"}, note="army not in registers")
    cl("มีกี่คน", note="no subject")
    cl("กี่คนอะ", note="no subject")
    cl("asdfghjkl", intent="unknown", note="nonsense")
    cl("ฟหกดเสวง", intent="unknown", note="keyboard-layout nonsense")
    cl("???", intent="unknown", note="punctuation only")
    cl("ขอตัวเลขหน่อย", intent="unknown", note="which figure?")
    cl("ช่วยจองโรงแรมที่ขอนแก่นให้หน่อย", intent="unknown", note="out of scope; must not give trainer figures for ขอนแก่น")
    cl("ราคาทองวันนี้เท่าไหร่", intent="unknown", note="out of scope")
    cl("ผลบอลเมื่อคืนเป็นไง", intent="unknown", note="out of scope")
    cl("ใครจะชนะเลือกตั้งนายก อบจ. คราวนี้", intent="unknown", note="political prediction: decline")
    cl("How many trainers in Vientiane?", slots={}, note="not a Thai province", lang="en")
    cl("trainers in Samut?", note="partial: 3 Samut provinces", lang="en")
    cl("เบอร์มือถือวิทยากรหลักที่เชียงใหม่ขอหน่อย", intent="trainer_list", slots={"province": "เชียงใหม่", "trainer_type": "core"}, note="phone numbers only for admins in private chats; a volunteer is not an admin: decline, no figure")
    cl("จังหวัดไหนมีวิทยากรปี2566มากที่สุด", intent="trainer_coverage", note="year not held")
    cl("กกต.มีวิทยากรหลักกี่คนในทะเบียน", slots={"agency": "ECT", "trainer_type": "core"}, note="ECT is not one of the 5 register columns; must not invent an ECT figure")

    # ------------------------------------------------------------ districts
    DI = "district"
    for text, prov, typ, ag in [
        ("อ.แม่ริมมีวิทยากรกี่คน", "เชียงใหม่", None, None),
        ("อำเภอฝางมีวิทยากรหลักไหมครับ", "เชียงใหม่", "core", None),
        ("ผมอยู่หาดใหญ่ครับ มีวิทยากรขยายผลกี่คน", "สงขลา", "extended", None),
        ("บางละมุงมีวิทยากรขยายผลกี่คน", "ชลบุรี", "extended", None),
        ("อ.ศรีราชา วิทยากรหลักกี่คน", "ชลบุรี", "core", None),
        ("ปากช่องมีวิทยากรขยายผลกี่คนคะ", "นครราชสีมา", "extended", None),
        ("วารินชำราบมีวิทยากรหลักกี่คน", "อุบลราชธานี", "core", None),
        ("อ.เดชอุดม วิทยากรขยายผลกรมการปกครองกี่คน", "อุบลราชธานี", "extended", "DOPA"),
        ("แม่สายมีวิทยากรขยายผลกี่คนครับ", "เชียงราย", "extended", None),
        ("อ.บ้านไผ่มีวิทยากรกี่คน", "ขอนแก่น", None, None),
        ("ชุมแพมีวิทยากรขยายผลเท่าไหร่", "ขอนแก่น", "extended", None),
        ("อำเภอกุมภวาปีวิทยากรหลักกี่คน", "อุดรธานี", "core", None),
        ("เกาะสมุยมีวิทยากรขยายผลกี่คน", "สุราษฎร์ธานี", "extended", None),
        ("ทุ่งสงมีวิทยากรกี่คนครับ", "นครศรีธรรมราช", None, None),
        ("อ.แม่สอดมีวิทยากรขยายผลกี่คน", "ตาก", "extended", None),
        ("หัวหินมีวิทยากรขยายผลกี่คนคะ", "ประจวบคีรีขันธ์", "extended", None),
        ("ปากเกร็ดมีวิทยากรขยายผลกี่คน", "นนทบุรี", "extended", None),
        ("อ.เบตงมีวิทยากรขยายผลเท่าไร", "ยะลา", "extended", None),
        ("สุไหงโก-ลกมีวิทยากรกี่คน", "นราธิวาส", None, None),
        ("กันทรลักษ์มีวิทยากรขยายผลกี่คนครับ", "ศรีสะเกษ", "extended", None),
        ("อ.นางรองวิทยากรหลักกี่คน", "บุรีรัมย์", "core", None),
        ("ปายมีวิทยากรขยายผลกี่คน", "แม่ฮ่องสอน", "extended", None),
        ("เชียงคานวิทยากรขยายผลท้องถิ่นกี่คน", "เลย", "extended", "DLA"),
        ("อ.ศรีสัชนาลัยมีวิทยากรหลักกี่คน", "สุโขทัย", "core", None),
        ("ห้างฉัตรมีวิทยากรกี่คนจ๊ะ", "ลำปาง", None, None),
        ("อ.ธัญบุรีมีวิทยากรขยายผลกี่คน", "ปทุมธานี", "extended", None),
        ("อ.พิมาย วิทยากรขยายผลสาธารณสุขกี่คน", "นครราชสีมา", "extended", "HSS"),
        ("หล่มสักมีวิทยากรขยายผลกี่คนคะ", "เพชรบูรณ์", "extended", None),
        ("อำเภอตะกั่วป่ามีวิทยากรหลักกี่คน", "พังงา", "core", None),
        ("ต.ริมเหนือ อ.แม่ริม จ.เชียงใหม่ มีวิทยากรขยายผลกี่คนคะ", "เชียงใหม่", "extended", None),
        ("อ.ธาตุพนมมีวิทยากรขยายผลกี่คน", "นครพนม", "extended", None),
    ]:
        TC(DI, text, prov, typ, ag, note=f"district in {prov}: register is per province, answer with the province figure (no district breakdown)")

    # ------------------------------------------------------------ regions
    RG = "region"
    def rg(text, reg, typ, note, chat="private"):
        r = R[reg]
        figs = [r[typ]] if typ else [r["core"], r["extended"]]
        add(RG, text, "trainer_count", {"trainer_type": typ} if typ else {}, figs, note=note + f"; provinces: {' '.join(r['provinces'])}", chat=chat)
    rg("ภาคอีสานมีวิทยากรหลักกี่คน", "northeast", "core", "Northeast = 20 provinces")
    rg("ภาคตะวันออกเฉียงเหนือวิทยากรขยายผลรวมกี่คน", "northeast", "extended", "Northeast = 20 provinces")
    rg("@civicbot อีสานทั้งหมดมีวิทยากรกี่คน", "northeast", None, "Northeast = 20 provinces", chat="group")
    rg("ภาคใต้มีวิทยากรขยายผลกี่คนครับ", "south", "extended", "South = 14 provinces")
    rg("วิทยากรหลักภาคใต้ทั้งภาครวมเท่าไหร่", "south", "core", "South = 14 provinces")
    rg("ปักษ์ใต้มีวิทยากรกี่คน", "south", None, "South = 14 provinces")
    rg("ภาคตะวันออกมีวิทยากรขยายผลกี่คน", "east", "extended", "East = 7 provinces (6-region system)")
    rg("วิทยากรหลักภาคตะวันออกมีกี่คน", "east", "core", "East = 7 provinces")
    rg("ภาคเหนือตอนบนมีวิทยากรขยายผลกี่คน", "upper_north", "extended", "Upper North = 9 provinces")
    rg("ล้านนา9จังหวัดมีวิทยากรหลักกี่คน", "upper_north", "core", "Upper North = 9 provinces")
    rg("ภาคเหนือ17จังหวัดมีวิทยากรขยายผลรวมกี่คน", "north17", "extended", "North = 17 provinces (4-region grouping incl. ตาก)")
    rg("สามจังหวัดชายแดนใต้มีวิทยากรขยายผลกี่คน", "deep_south", "extended", "ปัตตานี ยะลา นราธิวาส")
    rg("3จชต.มีวิทยากรหลักกี่คน", "deep_south", "core", "deep south 3 provinces")
    rg("อีสานมีวิทยากรขยายผลกี่คนจ้า ขอยอดรวมภาค", "northeast", "extended", "Northeast = 20 provinces", chat="group")
    rg("ภาคเหนือ17จังหวัด วิทยากรหลักรวมเท่าไร", "north17", "core", "North = 17 provinces (4-region grouping incl. ตาก)")

    # ------------------------------------------------------------ comparisons
    CP = "comparison"
    def cp(text, a, b, typ, note="", chat="private", lang="th", ag=None):
        figs = [P[a][typ][ag], P[b][typ][ag]] if ag else [tot(a, typ), tot(b, typ)]
        figs = [x for x in figs if x]  # a zero may be written as "ไม่มี"
        s = {"trainer_type": typ}
        if ag: s["agency"] = ag
        add(CP, text, "trainer_count", s, figs, note=note or f"{a} vs {b} {typ}", chat=chat, lang=lang)
    cp("เชียงใหม่กับขอนแก่นที่ไหนวิทยากรขยายผลเยอะกว่า", "เชียงใหม่", "ขอนแก่น", "extended")
    cp("โคราชกับอุบลวิทยากรขยายผลต่างกันกี่คน", "นครราชสีมา", "อุบลราชธานี", "extended", "47 vs 45, difference 2")
    cp("เทียบวิทยากรหลักอุบลกับร้อยเอ็ดหน่อย", "อุบลราชธานี", "ร้อยเอ็ด", "core")
    cp("ศรีสะเกษvsบุรีรัมย์ วิทยากรขยายผล", "ศรีสะเกษ", "บุรีรัมย์", "extended", "tie 45-45")
    cp("สงขลากับปัตตานีใครมีวิทยากรขยายผลมากกว่ากัน", "สงขลา", "ปัตตานี", "extended")
    cp("@civicbot ชลบุรีเทียบระยอง วิทยากรขยายผล", "ชลบุรี", "ระยอง", "extended", chat="group")
    cp("วิทยากรหลักของกระบี่กับภูเก็ตต่างกันไหม", "กระบี่", "ภูเก็ต", "core", "5 vs 0 (ภูเก็ต none); only 5 listed")
    cp("พิษณุโลกกับนครสวรรค์ วิทยากรขยายผลใครเยอะ", "พิษณุโลก", "นครสวรรค์", "extended")
    cp("อุดรกับหนองคายวิทยากรขยายผลเทียบกันหน่อยครับ", "อุดรธานี", "หนองคาย", "extended")
    cp("ลำปางลำพูนวิทยากรขยายผลเท่ากันไหม", "ลำปาง", "ลำพูน", "extended", "16 vs 16 equal")
    cp("อุบลกับโคราช กรมการปกครอง วิทยากรขยายผลใครมากกว่า", "อุบลราชธานี", "นครราชสีมา", "extended", ag="DOPA")
    cp("นครปฐมกับราชบุรีวิทยากรขยายผลต่างกันกี่คน", "นครปฐม", "ราชบุรี", "extended", "24 vs 24, difference 0")
    cp("Which has more extended trainers, Songkhla or Nakhon Si Thammarat?", "สงขลา", "นครศรีธรรมราช", "extended", lang="en")
    cp("เชียงรายกับน่านวิทยากรหลักเท่ากันป่ะ", "เชียงราย", "น่าน", "core", "5 vs 5")
    cp("ร้อยเอ็ดกับมหาสารคาม ท้องถิ่น วิทยากรขยายผล เทียบกัน", "ร้อยเอ็ด", "มหาสารคาม", "extended", ag="DLA")
    # ------------------------------------------------------------ silent group messages
    SI = "silent"
    for t, note in [
        ("แจ้งประชุมวิทยากรขยายผลทุกท่าน วันพฤหัสที่ 12 นี้ เวลา 9.30 น. ที่ห้องประชุม อบต. นะคะ", "announcement with domain words"),
        ("จังหวัดเรามีวิทยากรหลัก 5 คนนะครับ ตามทะเบียนปี63 ฝากทุกคนประสานด้วย", "stated count, not a question"),
        ("ภาพบรรยากาศอบรมหลักสูตรพลเมืองคุณภาพ ศส.ปชต.ตำบลหนองแวง วันนี้ค่ะ 📸", "photo caption"),
        ("ขอบคุณวิทยากรจากกรมการพัฒนาชุมชนที่มาให้ความรู้เมื่อวานครับ", "thanks"),
        ("สรุปยอดผู้เข้าอบรม อสม. 45 คน ครบตามเป้าค่ะ", "stated count"),
        ("ประชาสัมพันธ์ MOU ฉบับใหม่ส่งถึงอำเภอแล้ว ใครยังไม่ได้รับแจ้งแอดมินได้เลย", "announcement"),
        ("พรุ่งนี้ทีมศส.ปชต.ไปลงพื้นที่หมู่ 7 เจอกันหน้าศาลาแปดโมงเช้า", "logistics"),
        ("รูปหมู่วิทยากรหลักรุ่นปี 2563 ครับ ยังเก็บไว้อยู่เลย", "caption with year"),
        ("ทะเบียนวิทยากรขยายผลอัปเดตในไดรฟ์แล้วนะคะ ตรวจสอบชื่อตัวเองได้เลย", "announcement"),
        ("ร้อยเอ็ดมีวิทยากรขยายผล 38 คน ตามที่บอทบอกเมื่อกี้ ขอบคุณครับ", "restated count"),
        ("กรมส่งเสริมการปกครองท้องถิ่นส่งหนังสือมาแล้ว เลขที่ มท ๐๘๑๘.๒/ว ๒๕๖๕ ใครจะดูขอได้ที่ปลัดนะ", "letter mention"),
        ("ยินดีด้วยกับศส.ปชต.ดีเด่นประจำปีของอำเภอเราค่ะ 👏👏", "congratulations"),
    ]:
        add(SI, t, "unknown", {}, [], reply="silent", chat="group", note=note + "; group, not addressed, no question")
