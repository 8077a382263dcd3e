/// Weights are stored as `{"dependency": {"tie": 25, ...}, "risk": {...}}`; missing entries keep
/// their defaults and unknown names are an error, so a typo in the config file is reported, not ignored.
extension ScoreWeights: Codable {
    public init(from decoder: Decoder) throws {
        let raw = try [String: [String: Double]](from: decoder)
        self.init()
        for (index, entries) in raw {
            guard let kind = ScoreKind(rawValue: index) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: WeightError.unknownIndex(index).description))
            }
            for (component, weight) in entries {
                do { try set(kind, component, to: weight) } catch {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
                }
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var raw: [String: [String: Double]] = [:]
        for (kind, component, weight) in all() { raw[kind.rawValue, default: [:]][component.id] = weight }
        try raw.encode(to: encoder)
    }
}
