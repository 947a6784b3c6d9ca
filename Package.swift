// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "CivicBot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "civicbot", targets: ["civicbot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // The webhook server (issue 11): Hummingbird 2 on SwiftNIO, without swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        // HMAC-SHA256 of LINE's webhook signatures.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Pure: normaliser, lexicon, intent catalogue and matcher, reply rendering.
        .target(
            name: "CivicBotCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // SQLite: migrations, seed import, knowledge queries, interaction log.
        .target(
            name: "CivicBotStore",
            dependencies: [
                "CivicBotCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Seed")]
        ),
        // The bot: message in, reply out, logged; the REPL driver.
        .target(
            name: "CivicBotService",
            dependencies: [
                "CivicBotCore",
                "CivicBotStore",
                "CivicBotTransport",
                "CivicBotLine",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // LINE's Messaging API: webhook events, the signature check, the reply and push calls (over libcurl).
        .target(
            name: "CivicBotLine",
            dependencies: [
                "CivicBotTransport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The HTTP server of `civicbot serve`: LINE (and Telegram) webhooks, /healthz, /metrics.
        .target(
            name: "CivicBotWeb",
            dependencies: [
                "CivicBotService",
                "CivicBotLine",
                "CivicBotStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // `civicbot bench`: the phases, corpus, memory and report, and the serve figure against the
        // fake Bot API on loopback. Out of the runtime target: serve never links it.
        .target(
            name: "CivicBotBench",
            dependencies: [
                "CivicBotCore",
                "CivicBotStore",
                "CivicBotService",
                "CivicBotTransport",
                "CivicBotFakeTelegram",
                "CivicBotFakeLine",
                "CivicBotWeb",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // libcurl, as the system has it (libcurl4-openssl-dev).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Non-variadic C wrappers of curl_easy_setopt / curl_easy_getinfo (Swift cannot call variadics).
        .target(name: "CurlShim", dependencies: ["CCurl"]),
        // HTTP over libcurl and the Bot API client (Telegram's protocol).
        .target(
            name: "CivicBotTransport",
            dependencies: [
                "CurlShim",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A Bot-API-compatible server on 127.0.0.1 with fault injection, for tests and `civicbot bench`.
        .target(name: "CivicBotFakeTelegram"),
        // A LINE platform on 127.0.0.1 (signed webhooks, redelivery, reply tokens, push quota, faults).
        .target(name: "CivicBotFakeLine", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "civicbot",
            dependencies: [
                "CivicBotService",
                "CivicBotWeb",
                "CivicBotBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Shared by the test targets: the real Intents/ and paths.
        .target(name: "CivicBotTestSupport", dependencies: ["CivicBotCore"], path: "Tests/Support"),
        .testTarget(name: "CivicBotCoreTests", dependencies: ["CivicBotCore", "CivicBotTestSupport"]),
        .testTarget(name: "CivicBotStoreTests", dependencies: ["CivicBotStore", "CivicBotTestSupport"]),
        .testTarget(name: "CivicBotServiceTests", dependencies: ["CivicBotService", "CivicBotTestSupport", "CivicBotFakeTelegram"]),
        .testTarget(name: "CivicBotBenchTests", dependencies: ["CivicBotBench", "CivicBotCore", "CivicBotService", "CivicBotTestSupport"]),
        .testTarget(name: "CivicBotCLITests", dependencies: [
            "civicbot", "CivicBotStore", "CivicBotTestSupport", "CivicBotFakeTelegram", "CivicBotFakeLine",
            // To damage and inspect database files the way only SQL can (issue 9).
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "CivicBotTransportTests", dependencies: ["CivicBotTransport", "CivicBotFakeTelegram"]),
        .testTarget(name: "CivicBotLineTests", dependencies: ["CivicBotLine", "CivicBotFakeLine", "CivicBotService", "CivicBotTransport", "CivicBotTestSupport"]),
    ]
)
