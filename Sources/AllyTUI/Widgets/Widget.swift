/// Something drawn from plain inputs (text, numbers, flags: never the app state) into a
/// rectangle of a buffer, touching no cell outside it. The view builds widgets from the state
/// and derived data; widgets know nothing of either.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}

extension MapView: Widget {}
