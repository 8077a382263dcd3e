import AllyModel
import ArgumentParser

/// An error a scoring command reports on stderr before exiting with a sysexits code.
enum CommandFailure: Error {
    /// Bad arguments or settings (exit 64, EX_USAGE).
    case usage(String)
    /// The config file is unreadable or malformed (exit 78, EX_CONFIG).
    case config(String)
    /// The config file could not be written (exit 74, EX_IOERR).
    case io(String)

    /// Prints the message and returns the exit code to throw.
    func report() -> ExitCode {
        switch self {
        case .usage(let m): Console.error("allymap: \(m)"); return ExitCode(64)
        case .config(let m): Console.error("allymap: \(m)"); return ExitCode(78)
        case .io(let m): Console.error("allymap: \(m)"); return ExitCode(74)
        }
    }

    /// Runs `body`, turning model and config errors into a message and an exit code.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let f as CommandFailure {
            throw f.report()
        } catch let e as ConfigError {
            if case .unwritable = e { throw CommandFailure.io(e.description).report() }
            throw CommandFailure.config(e.description).report()
        } catch let e as ScoreError {
            throw CommandFailure.usage(e.description).report()
        } catch let e as ScenarioError {
            throw CommandFailure.usage(e.description).report()
        } catch let e as WeightError {
            throw CommandFailure.usage(e.description).report()
        }
    }
}
