/// A size in cells.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = max(0, width); self.height = max(0, height) }
    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: origin at the top-left, x grows right, y grows down.
public struct Rect: Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        (self.x, self.y, self.width, self.height) = (x, y, max(0, width), max(0, height))
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle shrunk by `n` cells on every side (a border's inside).
    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Splits off `count` rows from the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: c), Rect(x: x, y: y + c, width: width, height: height - c))
    }

    /// Splits off `count` rows from the bottom: (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: height - c), Rect(x: x, y: maxY - c, width: width, height: c))
    }

    /// Splits off `count` columns from the left: (left, rest).
    public func splitLeft(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), width)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height))
    }

    /// Splits off `count` columns from the right: (rest, right).
    public func splitRight(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), width)
        return (Rect(x: x, y: y, width: width - c, height: height), Rect(x: maxX - c, y: y, width: c, height: height))
    }
}
