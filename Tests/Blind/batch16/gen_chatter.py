#!/usr/bin/env python3
"""Build chatter.txt: the hand-written lines of chatter_hand.txt plus composed announcement,
reminder and caption lines, 300 unique lines in all. Deterministic (random.Random(SEED))."""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1616
TOTAL = 300
hand = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter_hand.txt"), encoding="utf-8") if l.strip()]

groups = ["ศส.ปชต.", "อสม.", "กรรมการหมู่บ้าน", "กลุ่มสตรี", "ชมรมผู้สูงอายุ", "คณะทำงาน ศส.ปชต.",
          "อาสาสมัครพัฒนาการเมือง", "วิทยากรขยายผล"]
days = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
dates = ["๓", "๕", "๘", "๑๒", "๑๔", "๑๘", "๒๑", "๒๕", "๒๗", "10", "16", "22", "29"]
months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค."]
times = ["08.30 น.", "09.00 น.", "09.30 น.", "10.00 น.", "13.00 น.", "13.30 น.", "บ่ายสองโมง", "หกโมงเย็น"]
places = ["ที่ทำการ อบต.", "ศาลาประชาคมหมู่ 1", "ศูนย์ ศส.ปชต.", "หอประชุมอำเภอ", "รพ.สต.บ้านหนองแก",
          "วัดป่าสามัคคี", "โรงเรียนบ้านดอนแดง", "บ้านผู้ใหญ่บ้าน"]
topics = ["ทบทวนหน้าที่กรรมการ", "วางแผนโครงการหมู่บ้านพลเมืองดี", "เตรียมงานวันเลือกตั้ง",
          "สรุปผลการอบรมพลเมืองคุณภาพ", "ฟังบรรยายจากวิทยากรหลัก", "ประสานงานกับ กกต.จังหวัด",
          "ติดตามแผนงานของ อบต.", "อัปเดตเบอร์โทรสมาชิก"]
acts = ["อบรมพลเมืองคุณภาพ", "เดินรณรงค์ไปใช้สิทธิ", "เวทีเสวนาประชาธิปไตย", "ประชุมประจำเดือน",
        "ลงพื้นที่เยี่ยมบ้าน", "มอบเกียรติบัตรวิทยากรขยายผล", "ปลูกต้นไม้วันประชาธิปไตย", "ตรวจเยี่ยมของ กกต."]
cap_places = ["ณ อบต.โนนสวรรค์", "ณ ศส.ปชต.ตำบลท่าช้าง", "ที่ศาลาวัดบ้านเหนือ", "ที่ลานอเนกประสงค์หมู่ 4",
              "ณ หอประชุมอำเภอ", "ที่ รพ.สต.บ้านโคก", "ณ โรงเรียนวัดกลาง"]
emo = ["📸", "📷", "🙏", "🌼", "👏", "", "✨", "💚"]
fwd_from = ["กลุ่มไลน์อำเภอ", "กกต.จังหวัด", "สำนักงานท้องถิ่นอำเภอ", "พัฒนาการอำเภอ", "สาธารณสุขอำเภอ", "กลุ่ม อสม.ตำบล"]
fwd_msg = ["ขอความร่วมมือส่งรายชื่อผู้เข้าอบรมภายในสัปดาห์นี้", "แจ้งเลื่อนการอบรมวิทยากรขยายผลออกไปก่อน",
           "ขอเชิญร่วมกิจกรรมวันประชาธิปไตย", "ขอให้ ศส.ปชต. รายงานผลการดำเนินงานรายไตรมาส",
           "แจ้งเบอร์โทรผู้ประสานงานคนใหม่ในไฟล์แนบ", "ขอให้ อสม. ทุกหมู่บ้านเข้าร่วมประชุมชี้แจง",
           "ประชาสัมพันธ์หลักสูตรพลเมืองคุณภาพรุ่นใหม่"]
small_a = ["ฝากบอกแม่", "ฝากบอกลุง", "ฝากบอกน้า", "ฝากบอกพี่หน่อย", "ฝากแจ้งยาย"]
small_b = ["ว่าเย็นนี้กลับบ้านช้า", "ว่าเอาของไปไว้หน้าบ้านแล้ว", "ว่าพรุ่งนี้ไม่ต้องรอ", "ว่าตลาดปิดวันนี้",
           "ว่ากับข้าวอยู่ในตู้กับข้าว", "ว่าจะไปงานบุญด้วย"]
foods = ["ส้มตำ", "ข้าวมันไก่", "ขนมจีน", "ก๋วยเตี๋ยวเรือ", "ข้าวหมาก", "ลาบหมู", "แกงส้ม"]
meals = ["มื้อเที่ยงวันนี้", "เย็นนี้", "เมื่อวาน", "เช้านี้"]

rng = random.Random(SEED)
out, seen = [], set(hand)


def add(s):
    if s not in seen:
        seen.add(s); out.append(s)


need = TOTAL - len(hand)
gen_domain = []
while len(out) < int(need * 0.72):
    k = rng.randrange(3)
    if k == 0:
        add("แจ้งประชุม%s %sที่ %s %s เวลา %s ณ %s เรื่อง%s" % (
            rng.choice(groups), rng.choice(days), rng.choice(dates), rng.choice(months),
            rng.choice(times), rng.choice(places), rng.choice(topics)))
    elif k == 1:
        add(("ภาพกิจกรรม%s %s %s" % (rng.choice(acts), rng.choice(cap_places), rng.choice(emo))).strip())
    else:
        add("ส่งต่อจาก%s: %s" % (rng.choice(fwd_from), rng.choice(fwd_msg)))
while len(out) < need:
    k = rng.randrange(2)
    if k == 0:
        add("%s%s" % (rng.choice(small_a), rng.choice(small_b)))
    else:
        add(("%s กิน%sกันจ้า %s" % (rng.choice(meals), rng.choice(foods), rng.choice(["😋", "อร่อยมาก", "ใครว่างมาเลย", ""]))).strip())

lines = hand + out
assert len(lines) == TOTAL and len(set(lines)) == TOTAL
with open(os.path.join(HERE, "chatter.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print("chatter.txt: %d lines (%d hand-written, %d composed)" % (len(lines), len(hand), len(out)))
