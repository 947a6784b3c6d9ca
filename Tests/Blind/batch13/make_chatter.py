#!/usr/bin/env python3
"""Write chatter.txt: 300 unique lines of village-group chatter that must get NO reply in a
group chat (not addressed to the bot: no @mention, no bot name, not a reply to the bot), even
though they are full of domain words. Relayed figures are true and come from figures.json.
Deterministic; standard library only.
"""
import json
import random
from pathlib import Path

from lexicon import PROV_ALIASES, MEMBER_NAMES, AGENCY_TH, EMOJI

HERE = Path(__file__).resolve().parent
F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
REG = F["registers"]
DOC = F["document"]
rng = random.Random(1300300)
N = 300

VILLAGES = ["บ้านโนนสูง", "บ้านหนองแวง", "บ้านดอนแก้ว", "บ้านป่าตาล", "บ้านท่าช้าง", "บ้านนาเจริญ",
            "บ้านห้วยทราย", "บ้านสันกลาง", "บ้านโคกกลาง", "บ้านหนองบัว", "บ้านนาดี", "บ้านทุ่งใหญ่",
            "บ้านแม่ใจ", "บ้านควนโพธิ์", "บ้านคลองใหม่", "บ้านหัวนา"]
PLACES = ["ศาลาประชาคม", "รพ.สต.", "ห้องประชุม อบต.", "ศาลาวัด", "โรงเรียนบ้านเรา", "หอประชุมอำเภอ",
          "ศาลาอเนกประสงค์", "บ้านผู้ใหญ่", "เทศบาลตำบล", "ศูนย์ ศส.ปชต. ตำบล"]
DAYS = ["พรุ่งนี้", "วันจันทร์นี้", "วันอังคารหน้า", "วันพุธที่จะถึง", "วันศุกร์นี้", "วันเสาร์นี้", "มะรืนนี้"]
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TIMES = ["08.30", "09.00", "09.30", "10.00", "13.00", "13.30", "14.00", "16.00", "18.00"]
FOODS = ["ข้าวเหนียวหมูปิ้ง", "ขนมจีน", "ส้มตำ", "ข้าวมันไก่", "ลาบ", "แกงเขียวหวาน", "กาแฟโบราณ", "ข้าวต้มมัด"]


def phone():
    return f"0{rng.choice([8, 9, 6])}{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"


def name():
    return rng.choice(MEMBER_NAMES)


def prov_with(t, a=None):
    rows = REG[t]["provinces"]
    ps = sorted(p for p, v in rows.items() if (v["by_agency"][a] if a else v["total"]) > 0)
    p = rng.choice(ps)
    return p, (rows[p]["by_agency"][a] if a else rows[p]["total"])


def psurf(p):
    return rng.choice(PROV_ALIASES.get(p, [p]))


def date():
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def reminder():
    return rng.choice([
        f"แจ้งประชุม ศส.ปชต. ตำบล {date()} เวลา {rng.choice(TIMES)} น. ที่{rng.choice(PLACES)} นะคะ",
        f"📢 {rng.choice(DAYS)} ประชุม อสม. หมู่ {rng.randint(1, 15)} เวลา {rng.choice(TIMES)} น. อย่าลืมนะจ๊ะ",
        f"เตือนความจำค่ะ {rng.choice(DAYS)} อบรมหลักสูตรพลเมืองคุณภาพ ที่{rng.choice(PLACES)} {rng.choice(TIMES)} น.",
        f"ประชุมกรรมการหมู่บ้าน{rng.choice(VILLAGES)} {rng.choice(DAYS)} {rng.choice(TIMES)} น. เรื่อง ศส.ปชต. ขอให้มาให้ครบนะครับ",
        f"นัดกลุ่มสตรี{rng.choice(VILLAGES)} ประชุมกองทุนพัฒนาบทบาทสตรี {date()} ค่ะ",
        f"ชมรมผู้สูงอายุนัดรวมตัว{rng.choice(DAYS)} {rng.choice(TIMES)} น. ที่{rng.choice(PLACES)} มีวิทยากรจากอำเภอมาบรรยายจ้า",
        f"อย่าลืมนะคะ {rng.choice(DAYS)} กกต.จังหวัดมาอบรมวิทยากรขยายผล ใส่เสื้อ อสม. มาด้วย",
    ])


def thanks():
    return rng.choice([
        f"ขอบคุณ{name()}ที่มาช่วยงาน ศส.ปชต. เมื่อวานนะคะ {rng.choice(EMOJI)}",
        f"ขอบคุณพี่ๆ อสม. {rng.choice(VILLAGES)} ทุกคนเลยค่ะ เหนื่อยกันมาก 🙏",
        f"ขอบคุณวิทยากรจาก{rng.choice(AGENCY_TH['CDD'] + AGENCY_TH['DOP'] + AGENCY_TH['DLA'])}ที่มาให้ความรู้ค่ะ",
        f"ขอบคุณครับ{name()} ได้เอกสาร MOU แล้วครับ",
        f"ขอบคุณสำหรับข้าวกล่องค่ะ{name()} อร่อยมาก {rng.choice(EMOJI)}",
        f"ขอบคุณทุกคนที่มาร่วมประชาคมหมู่บ้านวันนี้ครับ รวม {rng.randint(25, 140)} คน",
        f"ขอบคุณนายกอบต.ที่สนับสนุนงบทำป้าย ศส.ปชต. ค่ะ",
    ])


def announcement():
    return rng.choice([
        f"ประกาศ กกต.จังหวัด เปิดรับสมัครอาสาสมัครพัฒนาการเมือง ติดต่อ {phone()}",
        f"แจ้งข่าว: {rng.choice(AGENCY_TH['HSS'])}ขอให้ อสม. ส่งรายชื่อเข้าร่วมอบรมภายใน {date()} ค่ะ",
        f"ใครสนใจเป็นกรรมการประจำหน่วยเลือกตั้ง แจ้งชื่อที่{name()}ได้เลยครับ โทร {phone()}",
        f"ประกาศ: ปิดรับส่งแผนโครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตย {date()} นี้นะคะ",
        f"ประกาศจากเทศบาล งดจ่ายน้ำ{rng.choice(DAYS)} {rng.choice(TIMES)}-{rng.choice(['15.00', '17.00', '20.00'])} น. ค่ะ",
        f"แจ้งทุกคน ผู้ใหญ่บ้านฝากบอก {rng.choice(DAYS)} มีตรวจสุขภาพผู้สูงอายุที่{rng.choice(PLACES)}",
        f"ด่วน! กกต.อำเภอขอรายชื่อผู้สังเกตการณ์การเลือกตั้ง หมู่ละ {rng.randint(2, 5)} คน ส่งภายใน{rng.choice(DAYS)}",
    ])


def forwarded():
    return rng.choice(["ส่งต่อ: ", "Fw: ", "ส่งต่อจากกลุ่มอำเภอ ", "📌 ", "ส่งต่อข่าวค่ะ ", ""]) + rng.choice([
        f"หนังสือ ที่ {DOC['letter_ref']} เรื่องบันทึกข้อตกลงความร่วมมือ ขอให้ อปท. ศึกษาและพิจารณาดำเนินการ",
        f"ทะเบียนวิทยากรหลักสูตรพลเมืองคุณภาพ ปี {REG['core']['year_be']} แนบไฟล์ PDF ในอัลบั้มนะคะ",
        f"ผู้ประสานงาน {DOC['contact_unit']} โทร {DOC['contact_phone']} ต่อ {DOC['contact_ext']}",
        f"ไฟล์ MOU กกต. กับ {rng.choice(['กรมการปกครอง', 'กรมส่งเสริมการปกครองท้องถิ่น', 'กรมสนับสนุนบริการสุขภาพ', 'กรมกิจการผู้สูงอายุ', 'กรมการพัฒนาชุมชน'])} ส่งต่อจากกลุ่มจังหวัดค่ะ",
        f"แนวทางการประเมินมาตรฐาน ศส.ปชต. ดีเด่น ประจำปี อ่านก่อนประชุม{rng.choice(DAYS)}นะครับ",
        f"ให้สอดแทรกความรู้พลเมืองคุณภาพในการประชุม อสม. ทุกระดับ",
        f"จาก{rng.choice(AGENCY_TH['CDD'])}: คณะกรรมการพัฒนาสตรีทุกระดับเข้าร่วมเป็นกรรมการ ศส.ปชต.",
    ])


def caption():
    return rng.choice([
        f"📷 ภาพบรรยากาศอบรมหลักสูตรพลเมืองคุณภาพ ณ {rng.choice(PLACES)} {date()}",
        f"ภาพกิจกรรม ศส.ปชต. {rng.choice(VILLAGES)} วันนี้ค่ะ {rng.choice(EMOJI)}",
        f"รูปหมู่วิทยากรขยายผลรุ่น {rng.randint(1, 9)} ค่ะ หล่อสวยทุกคน 😁",
        f"ภาพ อสม. {rng.choice(VILLAGES)} ลงพื้นที่เคาะประตูบ้านชวนไปเลือกตั้ง",
        f"ป้ายศูนย์ส่งเสริมพัฒนาประชาธิปไตยตำบลติดตั้งเสร็จแล้วจ้า 📸",
        f"บรรยากาศประชุมชมรมผู้สูงอายุ มีวิทยากรจาก{rng.choice(AGENCY_TH['DOP'])}มาด้วย",
        f"ภาพมอบเกียรติบัตร ศส.ปชต. ดีเด่น ระดับอำเภอ ปี {rng.choice(['65', '66', '67'])} 🏆",
    ])


def figure_statement():
    t = rng.choice(["core", "extended", "extended"])
    tw = "วิทยากรหลัก" if t == "core" else "วิทยากรขยายผล"
    k = rng.randint(0, 5)
    if k == 0:
        p, n = prov_with(t)
        return f"ข้อมูลจากทะเบียนปี 63 {psurf(p)}มี{tw} {n} คนนะคะ"
    if k == 1:
        a = rng.choice(REG[t]["columns"])
        p, n = prov_with(t, a)
        return f"ของ{psurf(p)} {tw}สาย{AGENCY_TH[a][0]}มี {n} คน จดไว้แล้วค่ะ"
    if k == 2:
        return f"สรุปให้ค่ะ ทั้งประเทศ{tw}รวม {REG[t]['total']:,} คน ตามหนังสือที่ส่งมา"
    if k == 3:
        return f"MOU กับกรมการพัฒนาชุมชนมีอายุ {DOC['mou2_term_years']} ปี ถ้าจะเลิกต้องแจ้งล่วงหน้า {DOC['mou2_notice_days']} วัน นะครับ"
    if k == 4:
        return f"ศส.ปชต. เริ่มตั้งตั้งแต่ปี {DOC['centre_established_be']} โดย กกต. ร่วมกับ กศน. ครับ"
    p, n = prov_with("extended")
    return f"{name()} บอกว่า{psurf(p)}มีวิทยากรขยายผล {n} คน ของเรายังน้อยกว่าอีก 555"


def opinion():
    return rng.choice([
        "ส่วนตัวว่า MOU นี้ดีนะ อสม. จะได้มีบทบาทเรื่องประชาธิปไตยด้วย",
        f"คิดว่า ศส.ปชต. ควรจัดกิจกรรมตอนเย็นมากกว่า คนทำนาจะได้มาได้",
        "อบรมพลเมืองคุณภาพรอบนี้สนุกกว่ารอบที่แล้วเยอะเลย",
        f"เห็นด้วยกับ{name()}ค่ะ ควรชวนกลุ่มผู้สูงอายุมาร่วมด้วย",
        "วิทยากรขยายผลบ้านเราเก่งมาก พูดเข้าใจง่าย",
        "กรรมการหมู่บ้านน่าจะเข้าร่วม ศส.ปชต. ให้ครบทุกคนนะ",
        f"อยากให้ กกต.จังหวัด ลงมา{rng.choice(VILLAGES)}บ่อยๆ ค่ะ",
        "ผมว่าเอกสาร MOU ยาวไป ชาวบ้านอ่านไม่ไหว ต้องสรุปให้",
        f"ปีนี้ {rng.choice(VILLAGES)} น่าจะส่งประกวด ศส.ปชต. ดีเด่นได้นะ",
        "ถ้า อบต. บรรจุโครงการ ศส.ปชต. ในแผนปีหน้าได้ก็ดีเลย",
        f"วิทยากรจาก{rng.choice(AGENCY_TH['HSS'] + AGENCY_TH['DOPA'])}พูดดีมาก อยากให้มาอีก",
        "กลุ่มสตรีบ้านเราพร้อมมากเรื่องพลเมืองคุณภาพ ขาดแค่งบ",
    ]) + rng.choice(["", " ครับ", " ค่ะ", " นะ", " 🤔", " 👍"])


def joke():
    return rng.choice([
        "อบรมพลเมืองคุณภาพเสร็จ ขอเป็นพลเมืองอิ่มท้องก่อนนะ 555",
        f"วิทยากรหลักของบ้านเราคือ{name()} หลักแหลมทุกเรื่อง ยกเว้นเรื่องตื่นเช้า 😂",
        "ศส.ปชต. ย่อมาจาก ศูนย์ส่งเสริมการกินขนม ใช่ไหม 555",
        f"{name()}ไปอบรมขยายผลมา ขยายแต่เอวอ่ะ 🤣",
        "ประชุมวันนี้ สามชั่วโมง กาแฟหมดไปสองกระติก 555",
        f"MOU ของบ้านเรา = Mou กระทะ คืนนี้ที่บ้าน{name()} 🍖",
        "ใครเอารองเท้าไปผิดคู่ที่ศาลาประชาคม คืนด้วยนะจ๊ะ 555",
        f"{name()}นั่งหลับตอนวิทยากรบรรยาย แต่ตื่นทันตอนแจกข้าว 555",
        f"เลือกตั้งประธานชมรมผู้สูงอายุ โหวตกันสนุกกว่าเลือกตั้ง ส.ส. อีก 😆",
        f"อสม.{rng.choice(VILLAGES)} วัดความดันให้กันเอง ความดันขึ้นเพราะ{rng.choice(FOODS)} 555",
        "ศูนย์ประชาธิปไตยบ้านเรา ประชาธิปไตยมาก ใครมาก่อนได้เก้าอี้ก่อน 🤣",
    ])


def daily():
    return rng.choice([
        f"ฝนตกหนักแถวหมู่ {rng.randint(1, 15)} ขับรถระวังนะคะ",
        f"วันนี้ตลาดนัด{rng.choice(VILLAGES)} มี{rng.choice(FOODS)}เจ้าอร่อยมาด้วย",
        f"ใครว่างบ่ายนี้ไปช่วยกวาดลานวัดหน่อยจ้า",
        f"ไฟดับทั้งหมู่ {rng.randint(1, 15)} เลยค่ะ ตอนนี้",
        f"ลูกสาว{name()}สอบติดพยาบาลแล้วนะ ยินดีด้วยจ้า 🎉",
        f"เช้านี้หมอกลงหนามาก อากาศเย็นสบาย {rng.choice(EMOJI)}",
        f"ราคายางวันนี้ขึ้นนิดหน่อยครับ",
        f"ฝากซื้อ{rng.choice(FOODS)}ด้วยคนค่ะ จะกลับบ้านพอดี",
        f"เย็นนี้{name()}ทำ{rng.choice(FOODS)}เลี้ยงหลังประชุมนะจ๊ะ",
        f"ถนนเข้า{rng.choice(VILLAGES)}เป็นหลุมเยอะมาก ขับช้าๆ นะครับ",
        f"วันนี้ไปฉีดวัคซีนที่{rng.choice(['รพ.สต.', 'โรงพยาบาลอำเภอ'])}มา คนเยอะมากเลย",
        f"อรุณสวัสดิ์วัน{rng.choice(['จันทร์', 'อังคาร', 'พุธ', 'พฤหัส', 'ศุกร์', 'เสาร์', 'อาทิตย์'])}ค่ะทุกคน 🌞",
    ])


def ask_member():
    n = name()
    return rng.choice([
        f"{n}คะ {rng.choice(DAYS)}ประชุม ศส.ปชต. กี่โมงคะ",
        f"{n} ได้หนังสือ MOU จากอำเภอหรือยังครับ",
        f"{n} ช่วยส่งรายชื่อ อสม. ที่จะไปอบรมให้หน่อยค่ะ",
        f"{n} วิทยากรขยายผลที่จะมา{rng.choice(DAYS)} ชื่ออะไรนะคะ",
        f"{n} เบอร์ กกต.จังหวัด ใช่ {phone()} ไหมคะ",
        f"{n} ไปประชุมที่{rng.choice(PLACES)}ด้วยกันไหมครับ",
        f"{n} เอกสารลงทะเบียนอบรมอยู่ที่ใครคะ",
        f"{n} ฝากบอกผู้ใหญ่บ้านด้วยว่า พช.อำเภอโทรมาค่ะ",
        f"{n}ครับ โครงการหมู่บ้านพลเมืองดีฯ ส่งแผนหรือยังครับ",
        f"{n} ชมรมผู้สูงอายุจะไปร่วมด้วยกี่คนคะ",
        f"{n} อบรมวิทยากรขยายผล{rng.choice(DAYS)} ไปรถใครคะ",
        f"{n}คะ แบบประเมิน ศส.ปชต. ต้องส่งอำเภอวันไหนคะ",
        f"{n} MOU ฉบับกรมพัฒนาชุมชน มีในแฟ้มที่ศาลาไหมครับ",
    ])


KINDS = [reminder, thanks, announcement, forwarded, caption, figure_statement, opinion, joke, daily, ask_member]


def main():
    seen, lines = set(), []
    banned = ("บอท", "civicbot", "@")
    i = 0
    while len(lines) < N:
        i += 1
        if i > 200000:
            raise SystemExit("cannot make enough unique chatter")
        fn = KINDS[len(lines) % len(KINDS)]
        s = fn().strip()
        if s in seen or any(b in s.lower() for b in banned):
            continue
        seen.add(s)
        lines.append(s)
    (HERE / "chatter.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("chatter lines:", len(lines))


if __name__ == "__main__":
    main()
