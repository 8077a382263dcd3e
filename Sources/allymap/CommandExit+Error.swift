import AllyModel
import AllyReports
import AllyTerminal
import ArgumentParser

extension CommandExit {
    /// The exit for any error a command throws: model and config errors get their documented
    /// status here; ArgumentParser's own (bad arguments 64, `--help` 0) keep its status and text.
    init(_ error: any Error) {
        switch error {
        case let exit as CommandExit:
            self = exit
        case let e as DataError:
            let count = e.issues.count
            self.init(.dataError, message: e.description
                      + "\nallymap: the dataset has \(count) problem\(count == 1 ? "" : "s"); nothing was loaded")
        case let e as ConfigError:
            if case .unwritable = e { self = .io(e.description) } else { self = .config(e.description) }
        case let e as ScoreError:
            self = .usage(e.description)
        case let e as ScenarioError:
            self = .usage(e.description)
        case let e as WeightError:
            self = .usage(e.description)
        case let e as BriefError:
            self = .usage(e.description)
        case let e as TerminalError:
            self.init(.noTerminal, message: e.description)
        default:
            let message = AllyMap.fullMessage(for: error)
            self.init(ExitStatus(rawValue: AllyMap.exitCode(for: error).rawValue), message: message.isEmpty ? nil : message)
        }
    }
}
