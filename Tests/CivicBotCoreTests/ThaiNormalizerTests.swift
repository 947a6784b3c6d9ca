import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct ThaiNormalizerTests {
    @Test("zero-width characters and soft hyphens vanish")
    func zeroWidth() {
        #expect(ThaiNormalizer.normalize("เชียง\u{200B}ใหม่\u{200C}\u{FEFF}").text == "เชียงใหม่")
        #expect(ThaiNormalizer.normalize("วิทยา\u{00AD}กร").compact == "วิทยากร")
    }

    @Test("two sara e make sara ae")
    func saraE() {
        #expect(ThaiNormalizer.normalize("ขอนเเก่น").text == "ขอนแก่น")
        #expect(ThaiNormalizer.normalize("เเปลก").text == "แปลก")
    }

    @Test("nikhahit + sara aa is sara am, with the tone mark before it")
    func saraAm() {
        #expect(ThaiNormalizer.normalize("ลําปาง").text == "ลำปาง")
        #expect(ThaiNormalizer.normalize("น\u{0E4D}\u{0E49}\u{0E32}").text == "น้ำ")  // น ํ ้ า
        #expect(ThaiNormalizer.normalize("น\u{0E33}\u{0E49}").text == "น้ำ")  // น ำ ้
        // NFKC is never applied: a proper sara am stays one scalar.
        #expect(ThaiNormalizer.normalize("ลำปาง").textScalars.contains(0x0E33))
    }

    @Test("a tone mark typed before its vowel is put after it")
    func toneOrder() {
        #expect(ThaiNormalizer.normalize("ก\u{0E48}\u{0E35}").text == "กี่")  // ก ่ ี → กี่
        #expect(ThaiNormalizer.normalize("ท\u{0E35}\u{0E48}").text == "ที่")
    }

    @Test("repeated vowels, tone marks and letters count once")
    func repetition() {
        #expect(ThaiNormalizer.normalize("ค่ะะะ").text == "ค่ะ")
        #expect(ThaiNormalizer.normalize("ไหมมมม").text == "ไหม")
        #expect(ThaiNormalizer.normalize("กี่คนนนน").text == "กี่คน")
        // Two of the same letter stay: some words have them.
        #expect(ThaiNormalizer.normalize("คนน").text == "คนน")
    }

    @Test("Thai digits become Arabic")
    func digits() {
        #expect(ThaiNormalizer.normalize("๕ อันดับ ปี ๒๕๖๓").text == "5 อันดับ ปี 2563")
    }

    @Test("paiyannoi and mai yamok are dropped, punctuation leaves the compact form")
    func signs() {
        #expect(ThaiNormalizer.normalize("อุบลฯ").text == "อุบล")
        #expect(ThaiNormalizer.normalize("ช้าๆ").text == "ช้า")
        #expect(ThaiNormalizer.normalize("ศส.ปชต. คืออะไร?").compact == "ศสปชตคืออะไร")
        #expect(ThaiNormalizer.normalize("ศส.ปชต. คืออะไร?").text == "ศส.ปชต. คืออะไร?")
    }

    @Test("control characters become spaces; white space collapses; Latin is lower-cased")
    func spacing() {
        #expect(ThaiNormalizer.normalize("  เชียงใหม่\t\n\u{0007}มี  Trainers ").text == "เชียงใหม่ มี trainers")
        #expect(ThaiNormalizer.normalize("\u{0000}\u{001B}").isEmpty)
        #expect(ThaiNormalizer.normalize("").isEmpty)
    }

    @Test("a mark with no letter before it is dropped")
    func dangling() {
        #expect(ThaiNormalizer.normalize("\u{0E48}เลย").text == "เลย")
        #expect(ThaiNormalizer.normalize("ก \u{0E34}").text == "ก")
    }

    @Test("full-width ASCII is folded")
    func fullWidth() {
        #expect(ThaiNormalizer.normalize("ＭＯＵ").text == "mou")
    }
}
