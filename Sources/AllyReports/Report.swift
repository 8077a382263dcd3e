/// A command's output as text: built from model values, rendered once, printed by the caller.
public protocol Report {
    /// The report's text, without a trailing newline.
    func render(style: ReportStyle) -> String
}
