/// What the screen says when it is smaller than the explorer needs.
public struct TooSmallNotice: Widget {
    public var size: Size
    public var minimum: Size
    public init(size: Size, minimum: Size) { (self.size, self.minimum) = (size, minimum) }

    public func render(into buffer: inout Buffer, area: Rect) {
        let lines = ["Terminal too small", "\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)", "enlarge it, or q to quit"]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = area.x + max(0, (area.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + i, style: i == 0 ? Theme.heading : Theme.dim, clip: area)
        }
    }
}
