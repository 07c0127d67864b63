import ArgumentParser

@main
struct Diplograph: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diplograph",
    abstract: "Turn Chinese diplomatic texts into a knowledge graph and export it.",
    discussion: """
      Exit status: 0 when every input was read and every export written; \
      1 when an export could not be written (the others were, each file whole or not at all) \
      or another error stopped the run; \
      2 when some inputs could not be read (each is named on standard error; the others were \
      processed and exported); \
      3 when --strict stopped at the first unreadable input (nothing was written); \
      64 for a usage error.
      """,
    subcommands: [Export.self, Convert.self, Normalize.self, Render.self, Evaluate.self],
    defaultSubcommand: Export.self
  )
}
