import AllyModel
import AllyTUI

/// Reading the user config for commands that only read it.
enum UserSettings {
    /// The saved config, or defaults with a warning when the file cannot be used (it is never touched here).
    static func load(_ store: ConfigStore = ConfigStore()) -> UserConfig {
        let (config, warning) = loadQuietly(store)
        if let warning {
            Console.error("allymap: warning: \(warning)")
            Console.error("allymap: this run uses the default weights and no saved scenarios")
        }
        return config
    }

    /// The saved config, or defaults and the reason the file was not used (for the explorer,
    /// which shows it in its status bar: stderr is hidden behind the full screen).
    static func loadQuietly(_ store: ConfigStore = ConfigStore()) -> (UserConfig, String?) {
        do {
            return (try store.load(), nil)
        } catch {
            return (.empty, TextSafety.printable("\(error)"))
        }
    }

    /// The explorer's theme: the one chosen now (saved for later runs), else the saved one, else
    /// dark; and a warning for the status bar when saving failed or the saved name is unknown.
    static func theme(_ chosen: ColorTheme?, config: UserConfig, configUsable: Bool,
                      store: ConfigStore = ConfigStore()) -> (ColorTheme, String?) {
        if let chosen {
            guard configUsable, config.theme != chosen.rawValue else { return (chosen, nil) }
            do {
                try store.update { $0.theme = chosen.rawValue }
                return (chosen, nil)
            } catch {
                return (chosen, "theme not saved: \(TextSafety.printable("\(error)"))")
            }
        }
        guard let name = config.theme else { return (.dark, nil) }
        guard let saved = ColorTheme(rawValue: name) else {
            return (.dark, "unknown theme \"\(TextSafety.printable(name))\" in the config: dark used")
        }
        return (saved, nil)
    }
}
