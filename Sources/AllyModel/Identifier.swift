/// Rules for the ids that link the dataset's files together.
enum Identifier {
    /// Actor, event and claim ids: lowercase letters, digits and dashes, starting with a letter or digit.
    static func isSlug(_ s: String) -> Bool {
        guard let first = s.utf8.first, s.utf8.count <= 64, first != UInt8(ascii: "-") else { return false }
        return s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// Indicator keys: lowercase letters, digits and underscores.
    static func isKey(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 96 else { return false }
        return s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}
