import Foundation
@testable import AllyModel

/// A tiny hand-made dataset, written to a temporary directory so tests can break it on purpose.
enum Fixture {
    static let actors = """
        # test actors
        id\tname\tkind\tregion\tiso2\tiso3\tcapital\tlat\tlon\tadversaries\taliases\thost\tsource\turl\tconfidence
        us\tUnited States\tus\tworld\tUS\tUSA\tWashington\t38.9\t-77.0\t\tUSA;America\t\tcapitals\t\thigh
        israel\tIsrael\tally\tmiddle-east\tIL\tISR\tJerusalem\t31.7683\t35.2137\tiran;hamas\t\t\tcapitals\t\tmedium
        japan\tJapan\tally\tasia\tJP\tJPN\tTokyo\t35.68\t139.69\tchina\tNippon\t\tcapitals\t\thigh
        south-korea\tSouth Korea\tally\tasia\tKR\tKOR\tSeoul\t37.56\t126.97\tnorth-korea;china\tROK\t\tcapitals\t\thigh
        south-africa\tSouth Africa\tally\tworld\tZA\tZAF\tPretoria\t-25.7\t28.2\t\t\t\tcapitals\t\tlow
        iran\tIran\tadversary\tmiddle-east\tIR\tIRN\tTehran\t35.7\t51.4\t\t\t\tcapitals\t\thigh
        china\tChina\tadversary\tasia\tCN\tCHN\tBeijing\t39.9\t116.4\t\tPRC\t\tcapitals\t\thigh
        north-korea\tNorth Korea\tadversary\tasia\tKP\tPRK\tPyongyang\t39.0\t125.7\t\tDPRK\t\tcapitals\t\thigh
        hamas\tHamas\tnonstate\tmiddle-east\t\t\tGaza City\t31.5\t34.46\t\t\tGaza\tcapitals\t\tmedium
        """

    static let indicators = """
        actor\tkey\tvalue\tunit\tyear\tsource\turl\tconfidence\tnote
        israel\tus_security_tie\tMOU on military aid\t\t2016\tState Dept\t\thigh\t
        israel\tarms_imports_us_share\t69\t%\t2019-2023\tSIPRI via i24\t\thigh\t
        israel\tus_fmf_annual\t3.3\tUSD bn\tFY2019-2028\tMOU\t\thigh\t
        japan\tarms_imports_us_share\t97\t%\t2019-2023\tSIPRI\t\thigh\t
        japan\tus_troops\t55000\tpersonnel\t2024\tDMDC\t\tlow\t
        china\tnuclear_warheads\t600\twarheads\t2025\tSIPRI\t\thigh\t
        iran\tnuclear_warheads\t0\twarheads\t2025\tSIPRI\t\thigh\t
        north-korea\tnuclear_warheads\t50\twarheads\t2025\tSIPRI\t\tmedium\t
        south-korea\tpublic_support_own_nukes\t76.2\t%\t2025\tAsan\t\thigh\t
        south-korea\tmilex_usd\tunknown\tUSD bn\t\tSIPRI\t\tlow\tnot in the extract
        """

    static let events = """
        id\tdate\ttitle\tregion\tactors\tothers\tkind\tsummary\tsource\turl\tconfidence
        oct7\t2023-10-07\tHamas attack\tmiddle-east\thamas;israel\t\tarmed\tAn attack on southern Israel.\tpress\t\thigh
        asan-2025\t2025\tAsan poll\tasia\tsouth-korea\t\tpoll\tRecord support for own weapons.\tAsan\t\thigh
        mou-2016\t2016-09-14\tUS-Israel MOU\tmiddle-east\tus;israel\t\ttreaty\tTen-year aid memorandum.\tState\t\thigh
        """

    static let claims = """
        id\tparagraph\tregion\tactors\tstance\tclaim\tsupports\tcontradicts\tnote
        israel-safe\t5\tmiddle-east\tisrael\tassertion\tNo neighbour of Israel has the bomb.\tiran.nuclear_warheads\t\t
        seoul-nukes\t6\tasia\tsouth-korea;japan\tassertion\tSeoul debates its own weapons.\tsouth-korea.public_support_own_nukes;asan-2025\t\t
        retreat\t2\tworld\t\tjudgement\tUS influence is shrinking.\t\t\t
        """

    /// No threats table rows: the fixture's actors list their adversaries themselves.
    static let threats = "ally\tadversary\trank\tbasis\tsource\tconfidence"

    static var tables: [DatasetTable: String] {
        [.actors: actors, .indicators: indicators, .events: events, .claims: claims, .threats: threats]
    }

    /// Writes the fixture (with `overrides`) as TSV files in a fresh temporary directory.
    static func directory(_ overrides: [DatasetTable: String] = [:]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("allymap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for table in DatasetTable.allCases {
            guard let text = overrides[table] ?? tables[table] else { continue }
            try Data(text.utf8).write(to: dir.appendingPathComponent(table.fileName(.tsv)))
        }
        return dir.path
    }

    static func directory(bytes table: DatasetTable, _ data: [UInt8]) throws -> String {
        let dir = try directory()
        try Data(data).write(to: URL(fileURLWithPath: dir).appendingPathComponent(table.fileName(.tsv)))
        return dir
    }

    static func load(_ overrides: [DatasetTable: String] = [:]) throws -> Dataset {
        try DatasetLoader.load(path: try directory(overrides))
    }

    /// The issues a broken dataset produces (empty if it loads).
    static func issues(_ overrides: [DatasetTable: String]) throws -> [DataIssue] {
        do {
            _ = try load(overrides)
            return []
        } catch let error as DataError {
            return error.issues
        }
    }
}
