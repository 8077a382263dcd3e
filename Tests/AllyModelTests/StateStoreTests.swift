import Foundation
import Testing
@testable import AllyModel

/// The explorer's state files (history, marks): location, round trip, atomic replacement, and
/// refusal of anything that is not text lines as allymap writes them.
@Suite struct StateStoreTests {
    static func freshStore() -> StateStore {
        StateStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("allymap-state-\(UUID().uuidString)/allymap").path)
    }

    static func write(_ bytes: [UInt8], _ store: StateStore, _ name: String = "history") throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: store.path(name), contents: Data(bytes)))
    }

    @Test func locationFollowsXDG() {
        #expect(StateStore(environment: ["XDG_STATE_HOME": "/x/st", "HOME": "/home/u"]).path("history") == "/x/st/allymap/history")
        #expect(StateStore(environment: ["HOME": "/home/u"]).path("history") == "/home/u/.local/state/allymap/history")
        // A relative XDG_STATE_HOME is invalid per the spec and ignored.
        #expect(StateStore(environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/u"]).path("marks") == "/home/u/.local/state/allymap/marks")
    }

    @Test func aMissingFileIsEmpty() throws {
        #expect(try Self.freshStore().readLines("history") == [])
    }

    @Test func roundTripLeavesNoTemporaryFiles() throws {
        let store = Self.freshStore()
        let lines = ["goto japan", "export ~/briefs/Ünïcode 日本.md", "a\teurope\tpoland\tbaseline"]
        try store.writeLines(lines, to: "history")
        #expect(try store.readLines("history") == lines)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["history"])
        let mode = try FileManager.default.attributesOfItem(atPath: store.directory)[.posixPermissions] as? Int
        #expect(mode == 0o700, "the state directory is private")
    }

    /// The new file replaces the old by rename: a reader holding the old one sees it whole.
    @Test func aWriteReplacesTheFileByRename() throws {
        let store = Self.freshStore()
        try store.writeLines(["one"], to: "history")
        let before = try FileManager.default.attributesOfItem(atPath: store.path("history"))[.systemFileNumber] as? Int
        try store.writeLines(["one", "two"], to: "history")
        let after = try FileManager.default.attributesOfItem(atPath: store.path("history"))[.systemFileNumber] as? Int
        #expect(before != after)
        #expect(try store.readLines("history") == ["one", "two"])
    }

    @Test func blankLinesAndCarriageReturnsAreDropped() throws {
        let store = Self.freshStore()
        try Self.write(Array("goto japan\r\n\n\nregion asia\n".utf8), store)
        #expect(try store.readLines("history") == ["goto japan", "region asia"])
    }

    @Test(arguments: [
        ([0x67, 0x6F, 0x00, 0x0A], "binary data"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "binary data"),
        ([0x67, 0xFF, 0xFE, 0x0A], "not UTF-8"),
        ([0xC3, 0x0A], "not UTF-8"),
        (Array(repeating: 0x61, count: StateStore.maxLineLength + 1), "line 1 is longer than 1000 characters"),
    ] as [([UInt8], String)])
    func corruptFilesAreRefusedWithTheReason(bytes: [UInt8], reason: String) throws {
        let store = Self.freshStore()
        try Self.write(bytes, store)
        #expect {
            try store.readLines("history")
        } throws: { error in
            guard case .corrupt(let path, let why) = error as? StateFileError else { return false }
            return path == store.path("history") && why.contains(reason)
        }
    }

    @Test func aFileOverOneMegabyteIsNotOurs() throws {
        let store = Self.freshStore()
        try Self.write(Array(repeating: 0x61, count: 2 << 20), store)
        #expect(throws: StateFileError.self) { try store.readLines("history") }
    }

    @Test func aDirectoryInThePlaceOfTheFileIsUnreadable() throws {
        let store = Self.freshStore()
        try FileManager.default.createDirectory(atPath: store.path("history"), withIntermediateDirectories: true)
        #expect(throws: StateFileError.unreadable(path: store.path("history"), reason: "it is a directory")) {
            try store.readLines("history")
        }
    }

    /// A state home under a regular file cannot be created; the error names the path and the reason.
    @Test func anUnwritableDirectoryIsAClearError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: base.appendingPathComponent("file").path, contents: Data("x".utf8)))
        let store = StateStore(environment: ["XDG_STATE_HOME": base.appendingPathComponent("file/inside").path])
        do {
            try store.writeLines(["goto japan"], to: "history")
            Issue.record("wrote under a regular file")
        } catch {
            #expect(error.description.hasPrefix("cannot write \(base.path)/file/inside/allymap/history"))
            #expect(error.description.contains("Not a directory"), "\(error)")
        }
    }

    @Test func aMissingHomeIsReportedNotCreated() {
        let home = "/nonexistent-\(UUID().uuidString)"
        let store = StateStore(environment: ["HOME": home])
        #expect(throws: StateFileError.self) { try store.writeLines(["x"], to: "history") }
        #expect(!FileManager.default.fileExists(atPath: home))
    }
}
