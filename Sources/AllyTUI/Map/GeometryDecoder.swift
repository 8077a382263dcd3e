/// Decodes the compact geometry text written by `scripts/geo/convert.py` into `GeoLayer`s.
///
/// One pass over the UTF-8 bytes; rings are polyline-encoded (zigzag varints in 5-bit groups,
/// characters 63...126), the first point absolute and the others deltas, in centidegrees.
public enum GeometryDecoder {
    /// What can go wrong with a geometry text.
    public enum DecodeError: Error, Equatable, CustomStringConvertible {
        case badHeader
        case badLine(Int)
        case badRing(line: Int)
        case missingLevel(String)

        public var description: String {
            switch self {
            case .badHeader: return "geometry: missing 'allymap-geo 1' header"
            case .badLine(let n): return "geometry: malformed line \(n)"
            case .badRing(let n): return "geometry: malformed ring on line \(n)"
            case .missingLevel(let name): return "geometry: no '\(name)' level"
            }
        }
    }

    /// Decodes every level of `text`, in file order; with `only`, just that level (the others'
    /// lines are skipped undecoded, so a view pays only for the outlines it draws).
    public static func decode(_ text: String, only level: String? = nil) throws -> [GeoLayer] {
        var copy = text
        return try copy.withUTF8 { try decode(bytes: $0, only: level) }
    }

    // MARK: - Private

    private struct Builder {
        var name: String
        var countries: [GeoLayer.Country] = []
        var coordinates: [Int32] = []
        var ringStarts: [Int] = [0]
        var boxes: [GeoLayer.Box] = []

        func finish() -> GeoLayer {
            GeoLayer(name: name, countries: countries, coordinates: coordinates, ringStarts: ringStarts, ringBoxes: boxes)
        }
    }

    private static let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")

    private static func decode(bytes: UnsafeBufferPointer<UInt8>, only level: String?) throws -> [GeoLayer] {
        var layers: [GeoLayer] = []
        var current: Builder?
        var skipping = false
        var start = 0, lineNumber = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != newline { end += 1 }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            if lineNumber == 1 {
                guard String(decoding: line, as: UTF8.self) == "allymap-geo 1" else { throw DecodeError.badHeader }
                continue
            }
            if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
            if line.starts(with: "level ".utf8) {
                if let done = current, !skipping { layers.append(done.finish()) }
                let fields = String(decoding: line, as: UTF8.self).split(separator: " ")
                guard fields.count >= 2 else { throw DecodeError.badLine(lineNumber) }
                current = Builder(name: String(fields[1]))
                skipping = level.map { $0 != current!.name } ?? false
                continue
            }
            if skipping { continue }
            guard current != nil else { throw DecodeError.badLine(lineNumber) }
            try decodeCountry(line, lineNumber: lineNumber, into: &current!)
        }
        if let done = current, !skipping { layers.append(done.finish()) }
        return layers
    }

    private static func decodeCountry(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, into b: inout Builder) throws {
        guard let tab1 = line.firstIndex(of: tab),
              let tab2 = line[(tab1 + 1)...].firstIndex(of: tab) else { throw DecodeError.badLine(lineNumber) }
        let iso3 = String(decoding: UnsafeBufferPointer(rebasing: line[..<tab1]), as: UTF8.self)
        let name = String(decoding: UnsafeBufferPointer(rebasing: line[(tab1 + 1)..<tab2]), as: UTF8.self)
        let firstRing = b.boxes.count
        var i = tab2 + 1
        while i < line.count {
            var lon: Int32 = 0, lat: Int32 = 0
            var box = GeoLayer.Box(west: .max, south: .max, east: .min, north: .min)
            var count = 0
            while i < line.count && line[i] != space {
                guard let dLon = number(line, &i), let dLat = number(line, &i) else {
                    throw DecodeError.badRing(line: lineNumber)
                }
                lon &+= dLon; lat &+= dLat
                b.coordinates.append(lon); b.coordinates.append(lat)
                box.west = min(box.west, lon); box.east = max(box.east, lon)
                box.south = min(box.south, lat); box.north = max(box.north, lat)
                count += 1
            }
            i += 1 // the space between rings
            guard count >= 2 else { throw DecodeError.badRing(line: lineNumber) }
            b.ringStarts.append(b.coordinates.count / 2)
            b.boxes.append(box)
        }
        b.countries.append(GeoLayer.Country(iso3: iso3, name: name, rings: firstRing..<b.boxes.count))
    }

    /// One zigzag varint; nil when the bytes end mid-number or leave the alphabet.
    @inline(__always)
    private static func number(_ line: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int32? {
        var result: UInt32 = 0, shift: UInt32 = 0
        while i < line.count {
            let byte = line[i]
            guard byte >= 63 && byte <= 126, shift < 32 else { return nil }
            i += 1
            let chunk = UInt32(byte - 63)
            result |= (chunk & 0x1F) << shift
            shift += 5
            if chunk < 0x20 {
                return (result & 1) != 0 ? ~Int32(bitPattern: result >> 1) : Int32(bitPattern: result >> 1)
            }
        }
        return nil
    }
}
