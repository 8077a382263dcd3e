import AllyModel

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
}
