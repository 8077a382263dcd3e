import AllyReports
import ArgumentParser

/// `list --sort name|region|reliance|commitment|exposure|risk`.
extension ListReport.Order: ExpressibleByArgument {}

/// `scenario --sort region|risk|exposure|change`.
extension ScenarioReport.Order: ExpressibleByArgument {}
