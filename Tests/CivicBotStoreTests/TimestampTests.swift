import CivicBotStore
import Foundation
import Testing

@Suite struct TimestampTests {
    @Test("UTC ISO 8601 with milliseconds, as the database stores every time")
    func format() {
        #expect(AppDatabase.timestamp(Date(timeIntervalSince1970: 1_795_000_000)) == "2026-11-18T11:06:40.000Z")
        #expect(AppDatabase.timestamp(Date(timeIntervalSince1970: 0.5)) == "1970-01-01T00:00:00.500Z")
        #expect(AppDatabase.timestamp(Date(timeIntervalSince1970: 1_709_251_199.999)) == "2024-02-29T23:59:59.999Z")
    }

    @Test("a stored timestamp reads back as the same instant (to the millisecond)")
    func roundTrip() {
        let date = Date(timeIntervalSince1970: 1_795_000_000.25)
        #expect(AppDatabase.date(fromTimestamp: AppDatabase.timestamp(date)) == date)
        #expect(AppDatabase.date(fromTimestamp: "not a time") == Date(timeIntervalSince1970: 0))
    }
}
