/// The row that stays under the title bar while a what-if is in force: its name, what it
/// assumes, and how to leave it. Plain inputs in, cells out.
public struct ScenarioBanner: Widget {
    public var name: String
    /// One line on what the scenario assumes.
    public var description: String
    public init(name: String, description: String) { (self.name, self.description) = (name, description) }

    static let tag = " WHAT-IF "
    static let keys = " S baseline · s change "

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(" ", style: Theme.banner))
        let y = area.y
        var x = buffer.write(Self.tag, x: area.x, y: y, style: Theme.bannerTag, clip: area)
        // The name always shows whole when the row allows; the description is cut first, then the keys go.
        x = buffer.write(" " + name, x: x, y: y, style: Theme.banner.bolded, clip: area)
        let keysWidth = DisplayWidth.of(Self.keys)
        let room = area.maxX - x - 3 - 1
        // The key hint only where the whole description fits beside it: meaning before keys.
        let showKeys = room - keysWidth >= DisplayWidth.of(description)
        let descriptionRoom = showKeys ? room - keysWidth : room
        if descriptionRoom >= 4, !description.isEmpty {
            buffer.write(" · " + DisplayWidth.truncate(description, to: descriptionRoom), x: x, y: y, style: Theme.banner, clip: area)
        }
        if showKeys {
            buffer.write(Self.keys, x: area.maxX - keysWidth, y: y, style: Theme.banner, clip: area)
        }
    }
}
