package main

import (
	"context"
	"fmt"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/clean"
	"github.com/petrel-events/petrel/nlp/model"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/ontology"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/places"
	"github.com/petrel-events/petrel/quotes"
	"github.com/petrel-events/petrel/timex"
	"github.com/petrel-events/petrel/tone"
)

// pipelineConfig selects the resources and filters of the default
// pipeline.
type pipelineConfig struct {
	coder coder.Config
	// petrarch, when set, replaces the knowledge base, the patterns and
	// the discard list with PETRARCH dictionaries (nil fields keep
	// petrel's own).
	petrarch *petrarchResources
	// ensemble parses with the reparsing ensemble (the embedded model's
	// parser and its embedded members; slower, see docs/nlp.md).
	ensemble bool
	// beam parses with the embedded beam-search parser instead of the
	// greedy one (slower, see docs/nlp.md); with ensemble, it is the
	// ensemble's first parser.
	beam bool
}

// stages are the loaded components of the default pipeline, in order.
type stages struct {
	clean, tokenize, parse, times, actors, quotes, places, coder, locate, tone pipeline.Component
	coderImpl                                                                  *coder.Coder
}

// loadStages loads every component of the default pipeline from the
// embedded models and dictionaries (or the PETRARCH ones of cfg).
func loadStages(cfg pipelineConfig) (*stages, error) {
	tok := tokenize.New()
	load := model.Load
	if cfg.ensemble {
		load = model.LoadEnsemble
	}
	parser, err := load()
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if cfg.beam {
		bp, err := parser.BeamParser()
		if err == nil {
			parser, err = parser.WithParser(bp)
		}
		if err != nil {
			return nil, fmt.Errorf("beam parser: %w", err)
		}
	}
	times, err := timex.New()
	if err != nil {
		return nil, fmt.Errorf("time expressions: %w", err)
	}
	k, cd, err := newRecognition(cfg)
	if err != nil {
		return nil, err
	}
	qs, err := quotes.New()
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	pl, err := places.New()
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return &stages{
		clean: pipeline.Func("clean", func(_ context.Context, d *doc.Doc) error {
			d.Text = clean.Clean(d.Text)
			return nil
		}),
		tokenize: pipeline.Func("tokenize", func(_ context.Context, d *doc.Doc) error {
			tok.Process(d)
			return nil
		}),
		parse: parser, times: times, actors: actors.New(k), quotes: qs, places: pl,
		coder: cd, locate: places.Locator{}, tone: tone.New(), coderImpl: cd,
	}, nil
}

// newPipeline builds the default pipeline: clean → tokenize → tag and
// parse → times → actors → places → quotes → coder → event locations →
// tone. It also returns the coder, for explanations.
func newPipeline(cfg pipelineConfig) (*pipeline.Pipeline, *coder.Coder, error) {
	s, err := loadStages(cfg)
	if err != nil {
		return nil, nil, err
	}
	return pipeline.New(s.clean, s.tokenize, s.parse, s.times, s.actors, s.places, s.quotes, s.coder, s.locate, s.tone), s.coderImpl, nil
}

// newRecognition loads the knowledge base and the event coder of a
// pipeline: petrel's own, or the PETRARCH dictionaries of cfg.
func newRecognition(cfg pipelineConfig) (*kb.KB, *coder.Coder, error) {
	pr := cfg.petrarch
	if pr == nil {
		pr = &petrarchResources{}
	}
	k := pr.kb
	if k == nil {
		var err error
		if k, err = kb.Load(kb.Data()); err != nil {
			return nil, nil, fmt.Errorf("knowledge base: %w", err)
		}
	}
	onto, err := ontology.Load()
	if err != nil {
		return nil, nil, fmt.Errorf("ontology: %w", err)
	}
	dict := pr.dict
	if dict == nil {
		if dict, err = coder.DefaultDictionary(); err != nil {
			return nil, nil, fmt.Errorf("patterns: %w", err)
		}
	}
	opts := cfg.coder
	if pr.discards != nil {
		opts.Discards = pr.discards
	}
	cd, err := coder.New(dict, onto, opts)
	if err != nil {
		return nil, nil, err
	}
	return k, cd, nil
}
