import AllyTUI

extension Buffer {
    /// The buffer as a terminal shows it under NO_COLOR (`ColorMode.none`): every colour the
    /// terminal's own, attributes (bold, dim, reverse, underline) kept.
    public var withoutColour: Buffer {
        var out = self
        out.restyle(out.area) { style in
            style.foreground = .default
            style.background = .default
        }
        return out
    }
}
