package server

import (
	"strings"

	"github.com/petrel-events/petrel/actorcode"
)

// CodeLabel names an actor code for the aggregates, where one code stands
// for many mentions: "Russia" for RUS, "Russia: military" for RUSMIL. Codes
// of organisations (IGO, NGO …) keep the knowledge base's name when one is
// given, since the code names the organisation itself.
func CodeLabel(code, name string) string {
	c, err := actorcode.ParseLenient(code)
	if err != nil || code == "" {
		return firstNonEmpty(name, code)
	}
	var head string
	switch {
	case c.Country != "":
		head, _ = actorcode.CountryName(c.Country)
	case c.Prefix != "":
		return firstNonEmpty(name, code)
	case c.Region != "":
		_, head = actorcode.Lookup(c.Region)
	}
	var secs []string
	for _, s := range c.Sectors {
		if _, n := actorcode.Lookup(s); n != "" {
			secs = append(secs, shortSector(n))
		} else {
			secs = append(secs, s)
		}
	}
	switch {
	case head == "" && len(secs) == 0:
		return firstNonEmpty(name, code)
	case head == "":
		return strings.Join(secs, ", ") + " (unknown country)"
	case len(secs) == 0:
		return head
	}
	return head + ": " + strings.Join(secs, ", ")
}

// shortSector keeps the first part of a long sector name ("military,
// armed forces" → "military").
func shortSector(n string) string {
	if i := strings.IndexAny(n, ",(;"); i > 0 {
		n = n[:i]
	}
	return strings.TrimSpace(n)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
