import AllyModel

/// Text width lives in AllyModel so plain-text reports measure columns the same way as the
/// explorer; the alias keeps the name in scope for AllyTUI, the backend and their tests.
public typealias DisplayWidth = AllyModel.DisplayWidth
