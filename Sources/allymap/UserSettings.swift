import AllyModel

/// Reading the user config for commands that only read it.
enum UserSettings {
    /// The saved config, or defaults with a warning when the file cannot be used (it is never touched here).
    static func load(_ store: ConfigStore = ConfigStore()) -> UserConfig {
        do {
            return try store.load()
        } catch {
            Console.error("allymap: warning: \(error)")
            Console.error("allymap: this run uses the default weights and no saved scenarios")
            return .empty
        }
    }
}
