import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A document read by a strict XML parser (Foundation's `XMLParser`, libxml2 underneath), kept as
/// a small element tree for tests: the brief's HTML is written as XHTML-compatible markup, so a
/// page that is not well-formed, or that a data value turned into markup, fails to parse or
/// shows up as an element here.
public final class MarkupTree {
    /// One element: its local name, attributes and children in order.
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public fileprivate(set) var children: [Node] = []

        init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

        /// The element's text, descendants included.
        public var text: String {
            children.map { node in
                switch node {
                case .text(let t): return t
                case .element(let e): return e.text
                }
            }.joined()
        }

        /// This element and every element under it, in document order.
        public var all: [Element] {
            [self] + children.flatMap { node -> [Element] in
                if case .element(let e) = node { return e.all }
                return []
            }
        }

        /// The classes in `class`.
        public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

        public subscript(attribute: String) -> String? { attributes[attribute] }
    }

    public enum Node {
        case element(Element)
        case text(String)
    }

    /// Why a document did not parse, with the parser's line and column.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public let root: Element

    /// Parses `text` strictly; throws on the first well-formedness error.
    public init(xml text: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        // On Linux `parse()` can return true after an error (a mismatched end tag, content after
        // the root), so every reported error counts, not only the return value.
        let finished = parser.parse()
        let error = builder.errors.first ?? parser.parserError.map { "\($0)" }
        guard finished, error == nil, let root = builder.root else {
            throw ParseError(description: "not well-formed XML near line \(builder.errorLine ?? parser.lineNumber): \(error ?? "no root element")")
        }
        self.root = root
    }

    /// Every element in document order.
    public var elements: [Element] { root.all }

    /// Elements named `name`.
    public func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The first element whose `id` is `id`.
    public func element(id: String) -> Element? { elements.first { $0["id"] == id } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []
        var errors: [String] = []
        var errorLine: Int?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if errors.isEmpty { errorLine = parser.lineNumber }
            errors.append("\(parseError)")
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
            if errors.isEmpty { errorLine = parser.lineNumber }
            errors.append("\(validationError)")
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = Element(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(.element(element)) } else if root == nil { root = element } else {
                errors.append("a second root element <\(name)>")
            }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.children.append(.text(string))
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.children.append(.text(String(decoding: block, as: UTF8.self)))
        }
    }
}
