package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/kb/petrarch"
)

// petrarchFlags name PETRARCH dictionaries that replace petrel's own
// patterns and knowledge base.
type petrarchFlags struct {
	verbs    string
	actors   []string
	agents   string
	discards string
}

func (f *petrarchFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.verbs, "petrarch-verbs", "", "PETRARCH/TABARI verb dictionary used instead of petrel's patterns (CAMEO.2.0.txt)")
	fl.StringSliceVar(&f.actors, "petrarch-actors", nil, "PETRARCH actor dictionaries (comma-separated) used instead of petrel's knowledge base")
	fl.StringVar(&f.agents, "petrarch-agents", "", "PETRARCH agent dictionary used with --petrarch-actors")
	fl.StringVar(&f.discards, "petrarch-discards", "", "PETRARCH discard list: sentences (and stories) holding its phrases are not coded")
}

// set reports whether any PETRARCH dictionary was named.
func (f *petrarchFlags) set() bool {
	return f.verbs != "" || len(f.actors) > 0 || f.agents != "" || f.discards != ""
}

// petrarchResources are loaded PETRARCH dictionaries; nil fields keep
// petrel's own.
type petrarchResources struct {
	kb       *kb.KB
	dict     *coder.Dictionary
	discards *coder.Discards
}

// load reads the dictionaries named by the flags. Problems in single lines
// are logged as warnings (at most a few per file) and the lines skipped.
func (f *petrarchFlags) load(log *slog.Logger) (*petrarchResources, error) {
	res := &petrarchResources{}
	warn := func(file string, diags []petrarch.Diag) {
		for i, d := range diags {
			if i == 3 {
				log.Warn("more problems in the dictionary", "file", file, "count", len(diags)-3)
				break
			}
			log.Warn(d.Error())
		}
	}
	if f.verbs != "" {
		r, err := os.Open(f.verbs)
		if err != nil {
			return nil, fmt.Errorf("--petrarch-verbs: %w", err)
		}
		v, err := petrarch.ReadVerbs(r, f.verbs)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("--petrarch-verbs: %w", err)
		}
		warn(f.verbs, v.Diags)
		base, err := coder.DefaultDictionary()
		if err != nil {
			return nil, fmt.Errorf("patterns: %w", err)
		}
		d, notes, err := coder.FromPETRARCH(v, base)
		if err != nil {
			return nil, fmt.Errorf("--petrarch-verbs: %w", err)
		}
		for i, n := range notes {
			if i == 3 {
				log.Warn("more verb patterns skipped", "count", len(notes)-3)
				break
			}
			log.Warn(n)
		}
		res.dict = d
	}
	if len(f.actors) > 0 || f.agents != "" {
		var ents []*kb.Entity
		for _, name := range f.actors {
			r, err := os.Open(name)
			if err != nil {
				return nil, fmt.Errorf("--petrarch-actors: %w", err)
			}
			a, err := petrarch.ReadActors(r, filepath.Base(name))
			r.Close()
			if err != nil {
				return nil, fmt.Errorf("--petrarch-actors: %w", err)
			}
			warn(name, a.Diags)
			ents = append(ents, a.Entities...)
		}
		if f.agents != "" {
			r, err := os.Open(f.agents)
			if err != nil {
				return nil, fmt.Errorf("--petrarch-agents: %w", err)
			}
			a, err := petrarch.ReadAgents(r, filepath.Base(f.agents))
			r.Close()
			if err != nil {
				return nil, fmt.Errorf("--petrarch-agents: %w", err)
			}
			warn(f.agents, a.Diags)
			ents = append(ents, a.Entities()...)
		}
		res.kb = kb.New(petrarchEntities(ents))
	}
	if f.discards != "" {
		r, err := os.Open(f.discards)
		if err != nil {
			return nil, fmt.Errorf("--petrarch-discards: %w", err)
		}
		d, err := petrarch.ReadDiscards(r, f.discards)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("--petrarch-discards: %w", err)
		}
		warn(f.discards, d.Diags)
		res.discards = coder.DiscardsFromPETRARCH(d)
	}
	return res, nil
}

// petrarchEntities adapts imported actor entries to the recogniser: an
// undated entry coded with a single three-letter block that is no known
// prefix or sector is a state (the test dictionaries invent their own
// countries: "ARN" for Arnor), so that agent nouns compose with it
// ("Arnor officials" → ARNGOV).
func petrarchEntities(ents []*kb.Entity) []*kb.Entity {
	for _, e := range ents {
		if e.Kind != kb.KindGroup || len(e.Roles) > 0 || len(e.Code) != 3 || strings.ContainsAny(e.Code, "/-") {
			continue
		}
		if actorcode.IsPrefix(e.Code) || actorcode.IsSector(e.Code) {
			continue
		}
		e.Kind = kb.KindCountry
		e.Country = e.Code
	}
	return ents
}
