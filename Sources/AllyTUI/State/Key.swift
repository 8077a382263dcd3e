/// A key press, decoded by the backend into something the UI core understands.
public enum Key: Sendable, Hashable {
    case char(Character)
    case ctrl(Character)       // Ctrl+letter, lowercased letter
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right
    case home, end, pageUp, pageDown
    case function(Int)
}

/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) { (self.kind, self.x, self.y) = (kind, x, y) }
}
