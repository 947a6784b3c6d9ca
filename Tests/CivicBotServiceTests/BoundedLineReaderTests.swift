import CivicBotService
import Foundation
import Testing

/// Issue 9 item 11: `BoundedLineReader` reads any input in bounded memory.
@Suite struct BoundedLineReaderTests {
    /// The lines `reader` gives for `input` written to a pipe (on another thread, so a full pipe cannot block).
    func lines(_ input: [Data], maxLineBytes: Int, chunkSize: Int) -> (lines: [BoundedLineReader.Line], peak: Int) {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        DispatchQueue.global().async {
            for part in input { try? writer.write(contentsOf: part) }
            try? writer.close()
        }
        let reader = BoundedLineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes, chunkSize: chunkSize)
        var out: [BoundedLineReader.Line] = []
        while let line = reader.next() { out.append(line) }
        return (out, reader.peakLineBytes)
    }

    @Test("a line over the bound comes back as tooLong with its size, the lines around it whole; no more than the bound is ever held")
    func boundsEachLine() {
        let huge = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        let result = lines([Data("ก่อน\n".utf8), huge, Data("\r\nหลัง\r\n\nท้าย".utf8)], maxLineBytes: 1_024, chunkSize: 256)
        #expect(result.lines == [.text("ก่อน"), .tooLong(bytes: (1 << 20) + 1), .text("หลัง"), .text(""), .text("ท้าย")])
        #expect(result.peak <= 1_024)
    }

    @Test("a line of exactly the bound is kept; empty input has no lines")
    func edges() {
        let exact = Data(repeating: UInt8(ascii: "b"), count: 1_024)
        #expect(lines([exact, Data("\n".utf8)], maxLineBytes: 1_024, chunkSize: 100).lines == [.text(String(repeating: "b", count: 1_024))])
        #expect(lines([], maxLineBytes: 1_024, chunkSize: 100).lines.isEmpty)
    }
}
