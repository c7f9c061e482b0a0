package kb

import "github.com/petrel-events/petrel/match"

func splitWords(s string) []string { return match.Split(s) }
