"""Actor mentions: actors.py's ActorFinder, split into its data (gazetteer.py) and its passes by family."""
