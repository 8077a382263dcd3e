/// One drawn screen and what drawing it measured; the loop draws the buffer and sends the
/// measurements back to `reduce` as `Event.measured`.
public struct Frame: Sendable {
    public var buffer: Buffer
    public var measurements: Measurements?

    public init(buffer: Buffer, measurements: Measurements? = nil) { (self.buffer, self.measurements) = (buffer, measurements) }
}
