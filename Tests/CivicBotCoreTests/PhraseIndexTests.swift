import CivicBotCore
import Testing

/// The index against a brute-force search: every occurrence of every phrase, and nothing else.
@Suite struct PhraseIndexTests {
    /// Consonants the normaliser keeps as they are, so that any run of them is plain Thai letters.
    static let letters = Array("กขคงจชดตทนบปพมยลวส".unicodeScalars)

    /// A small deterministic generator, so that a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in PhraseIndexTests.letters[next(PhraseIndexTests.letters.count)] }))
        }
    }

    @Test("hits are exactly the occurrences, with phrases added in any order of their first pairs", arguments: [1, 2, 3])
    func matchesBruteForce(seed: UInt64) {
        var random = Generator(state: seed)
        // Enough phrases that many first pairs share a bucket and the pairs' buckets are added out of order.
        let phrases = (0..<400).map { _ in random.word(2 + random.next(4)) }
        var index = PhraseIndex<Int>()
        for (i, phrase) in phrases.enumerated() {
            let added = index.add(phrase, rule: .syllable, payload: i)
            #expect(added)
        }
        var occurrences = 0
        for _ in 0..<60 {
            // A message made of phrases and filler, so that it holds known and chance occurrences.
            var text = ""
            for _ in 0..<6 { text += random.next(2) == 0 ? phrases[random.next(phrases.count)] : random.word(1 + random.next(3)) }
            let message = ThaiNormalizer.normalize(text)
            let scalars = message.compactScalars
            var expected = Set<[Int]>()
            for (entry, phrase) in phrases.enumerated() {
                let p = ThaiNormalizer.normalize(phrase).compactScalars
                guard p.count <= scalars.count else { continue }
                for start in 0...(scalars.count - p.count) where Array(scalars[start..<(start + p.count)]) == p {
                    expected.insert([entry, start, start + p.count])
                }
            }
            let found = Set(index.allHits(in: message).map { [$0.entry, $0.start, $0.end] })
            #expect(found == expected, "text \(text)")
            occurrences += expected.count
        }
        #expect(occurrences >= 60)
    }
}
