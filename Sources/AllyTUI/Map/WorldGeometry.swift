/// The decoded country outlines at every level of detail, decoded once from the embedded data.
public struct WorldGeometry: Sendable {
    /// Outlines from Natural Earth 1:110m, for world and other zoomed-out views.
    public let coarse: GeoLayer
    /// Outlines from 1:50m, simplified and without specks of islands: regional views in small panes.
    public let medium: GeoLayer
    /// Outlines from Natural Earth 1:50m, for close zooms (small states and islands included).
    public let detailed: GeoLayer

    /// The embedded geometry, decoded on first use (thread-safe lazy global).
    public static let shared: WorldGeometry = {
        do { return try WorldGeometry(text: EmbeddedGeometry.text) } catch {
            preconditionFailure("embedded geometry is corrupt: \(error)") // generated file; a build defect
        }
    }()

    /// The embedded geometry text (format: scripts/geo/convert.py).
    public static var embeddedText: String { EmbeddedGeometry.text }

    /// Size of the embedded geometry text in bytes.
    public static var embeddedByteCount: Int { EmbeddedGeometry.text.utf8.count }

    /// Decodes a geometry text with `coarse`, `medium` and `detailed` levels.
    public init(text: String) throws {
        let layers = try GeometryDecoder.decode(text)
        func level(_ name: String) throws -> GeoLayer {
            guard let layer = layers.first(where: { $0.name == name }) else { throw GeometryDecoder.DecodeError.missingLevel(name) }
            return layer
        }
        (coarse, medium, detailed) = (try level("coarse"), try level("medium"), try level("detailed"))
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
