import RapportCommands

Rapport.main(Rapport.normalized(Array(CommandLine.arguments.dropFirst())))
