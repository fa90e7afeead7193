import RapportCommands

Rapport.start(Array(CommandLine.arguments.dropFirst()))
