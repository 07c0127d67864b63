// swift-tools-version:6.1
import PackageDescription

// Arrows point one way: Model ← Text ← Extraction; Model ← Export; the pipeline joins them and the CLI sits on top.
// No exporter imports Extraction, and the model imports nothing. Concurrency (work spread over the
// cores, in a fixed order) imports nothing either; extraction and the pipeline use it.
let package = Package(
  name: "diplograph",
  products: [
    .executable(name: "diplograph", targets: ["diplograph"]),
    .library(name: "DiplographModel", targets: ["DiplographModel"]),
    .library(name: "DiplographText", targets: ["DiplographText"]),
    .library(name: "DiplographExtraction", targets: ["DiplographExtraction"]),
    .library(name: "DiplographExport", targets: ["DiplographExport"]),
    .library(name: "DiplographPipeline", targets: ["DiplographPipeline"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "DiplographModel"),
    .target(name: "DiplographConcurrency"),
    .target(name: "DiplographText", dependencies: ["DiplographModel", "CLibXML2"]),
    .target(
      name: "DiplographExtraction",
      dependencies: ["DiplographModel", "DiplographText", "DiplographConcurrency"],
      resources: [.copy("Resources")]
    ),
    .target(name: "DiplographExport", dependencies: ["DiplographModel", "CLibXML2"]),
    .target(
      name: "DiplographPipeline",
      dependencies: [
        "DiplographModel", "DiplographText", "DiplographExtraction", "DiplographExport", "DiplographConcurrency",
      ]
    ),
    .executableTarget(
      name: "diplograph",
      dependencies: [
        "DiplographPipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "DiplographTestSupport",
      dependencies: ["DiplographModel", "DiplographExport", "CLibXML2"]
    ),
    .testTarget(name: "DiplographModelTests", dependencies: ["DiplographModel", "DiplographTestSupport"]),
    .testTarget(
      name: "DiplographTextTests",
      dependencies: [
        "DiplographText", "DiplographTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "DiplographExtractionTests",
      dependencies: [
        "DiplographExtraction", "DiplographPipeline", "DiplographTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Gold")]
    ),
    .testTarget(
      name: "DiplographExportTests",
      dependencies: [
        "DiplographExport", "DiplographTestSupport", "CLibXML2",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(name: "DiplographCLITests", dependencies: ["DiplographTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
