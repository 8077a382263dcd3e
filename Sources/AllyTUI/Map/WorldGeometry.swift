import AllyModel

/// The country outlines at every level of detail, each decoded from the embedded text the
/// first time a view needs it: a regional view never decodes the world's coarse outlines, and
/// decoding all three levels was about a tenth of the instructions before the first frame.
public struct WorldGeometry: Sendable {
    private let levels: LevelCache

    /// Outlines from Natural Earth 1:110m, for world and other zoomed-out views.
    public var coarse: GeoLayer { levels.layer("coarse") }
    /// Outlines from 1:50m, simplified and without specks of islands: regional views in small panes.
    public var medium: GeoLayer { levels.layer("medium") }
    /// Outlines from Natural Earth 1:50m, for close zooms (small states and islands included).
    public var detailed: GeoLayer { levels.layer("detailed") }

    /// The embedded geometry (levels decoded on first use).
    public static let shared: WorldGeometry = {
        do { return try WorldGeometry(text: EmbeddedGeometry.text) } catch {
            preconditionFailure("embedded geometry is corrupt: \(error)") // generated file; a build defect
        }
    }()

    /// The embedded geometry text (format: scripts/geo/convert.py).
    public static var embeddedText: String { EmbeddedGeometry.text }

    /// Size of the embedded geometry text in bytes.
    public static var embeddedByteCount: Int { EmbeddedGeometry.text.utf8.count }

    static let levelNames = ["coarse", "medium", "detailed"]

    /// A geometry text with `coarse`, `medium` and `detailed` levels. Checks that they are all
    /// there and decodes none; `decodeAll` decodes (and so fully checks) every level now.
    public init(text: String, decodeAll: Bool = false) throws {
        // A plain byte scan: splitting 270 KB into lines (as Characters or generic slices) cost
        // more than decoding a level.
        var present = Set<String>()
        var copy = text
        copy.withUTF8 { bytes in
            let prefix = Array("level ".utf8)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end - start > prefix.count && bytes[start..<start + prefix.count].elementsEqual(prefix) {
                    var nameEnd = start + prefix.count
                    while nameEnd < end && bytes[nameEnd] != UInt8(ascii: " ") { nameEnd += 1 }
                    present.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + prefix.count)..<nameEnd]), as: UTF8.self))
                }
                start = end + 1
            }
        }
        if let missing = Self.levelNames.first(where: { !present.contains($0) }) { throw GeometryDecoder.DecodeError.missingLevel(missing) }
        levels = LevelCache(text: text)
        if decodeAll {
            for layer in try GeometryDecoder.decode(text) { levels.store(layer) }
        }
    }

    /// Latitude degrees per braille dot from which the coarse level is used (world views).
    public static let coarseThreshold = 0.5
    /// Latitude degrees per braille dot from which the medium level is used (regions in small panes).
    public static let mediumThreshold = 0.15

    /// The level that suits a zoom given as latitude degrees per braille dot: detail finer than
    /// a dot only adds noise, so zoomed-out views get the simpler outlines.
    public func layer(degreesPerDot: Double) -> GeoLayer {
        if degreesPerDot >= Self.coarseThreshold { return coarse }
        return degreesPerDot >= Self.mediumThreshold ? medium : detailed
    }
}

extension WorldGeometry {
    /// Decodes the outline level that the explorer's first frame of `region` draws on a screen
    /// of `size` (the default layout's map pane), so that a second thread can do it while the
    /// first loads the dataset. Any other level still decodes when first drawn.
    public static func prepare(region: Region, screen size: Size) {
        let inner = ExplorerLayout(size: size).map.inset(by: 1)
        guard inner.width > 0, inner.height > 0 else { return }
        _ = shared.layer(degreesPerDot: MapView(region: region).viewport(in: inner).degreesPerDot)
    }
}

/// Decoded levels by name, shared by copies of a `WorldGeometry`.
private final class LevelCache: @unchecked Sendable {
    private let text: String
    private let lock = Lock()
    private var layers: [String: GeoLayer] = [:]

    init(text: String) { self.text = text }

    func store(_ layer: GeoLayer) { lock.withLock { layers[layer.name] = layer } }

    func layer(_ name: String) -> GeoLayer {
        lock.withLock {
            if let done = layers[name] { return done }
            // The level's presence was checked on init; a decode error here is a corrupt build.
            guard let layer = try? GeometryDecoder.decode(text, only: name).first else {
                preconditionFailure("geometry level \(name) does not decode")
            }
            layers[name] = layer
            return layer
        }
    }
}
