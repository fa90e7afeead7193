import RapportCommands

Rapport.main()
