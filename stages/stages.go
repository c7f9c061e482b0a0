// Package stages loads the components of petrel's default pipeline from
// the embedded models and dictionaries: clean → tokenize → tag and parse →
// times → actors → places → quotes → coder → event locations → tone.
//
// The CLI, the server and the tests that run whole stories build their
// pipelines here, so they run the same stages in the same order.
package stages

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

// Config selects the resources and options of the stages. The zero value
// is the embedded default.
type Config struct {
	// Coder holds the event coder's options.
	Coder coder.Config
	// KB, Dictionary and Discards replace the embedded knowledge base, the
	// embedded patterns and Coder.Discards when set (PETRARCH
	// dictionaries, say).
	KB         *kb.KB
	Dictionary *coder.Dictionary
	Discards   *coder.Discards
	// Ensemble parses with the reparsing ensemble (the embedded model's
	// parser and its embedded members; slower, see docs/nlp.md).
	Ensemble bool
	// Beam parses with the embedded beam-search parser instead of the
	// greedy one (slower, see docs/nlp.md); with Ensemble, it is the
	// ensemble's first parser.
	Beam bool
}

// Stages are the loaded components of the default pipeline, in order.
type Stages struct {
	Clean, Tokenize, Parse, Times, Actors, Places, Quotes, Coder, Locate, Tone pipeline.Component
	// EventCoder is the Coder stage itself, for explanations.
	EventCoder *coder.Coder
}

// Load loads every stage.
func Load(cfg Config) (*Stages, error) {
	tok := tokenize.New()
	load := model.Load
	if cfg.Ensemble {
		load = model.LoadEnsemble
	}
	parser, err := load()
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if cfg.Beam {
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
	k, cd, err := Recognition(cfg)
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
	return &Stages{
		Clean: pipeline.Func("clean", func(_ context.Context, d *doc.Doc) error {
			d.Text = clean.Clean(d.Text)
			return nil
		}),
		Tokenize: pipeline.Func("tokenize", func(_ context.Context, d *doc.Doc) error {
			tok.Process(d)
			return nil
		}),
		Parse: parser, Times: times, Actors: actors.New(k), Places: pl, Quotes: qs,
		Coder: cd, Locate: places.Locator{}, Tone: tone.New(), EventCoder: cd,
	}, nil
}

// Pipeline returns the stages as one pipeline, in order.
func (s *Stages) Pipeline() *pipeline.Pipeline {
	return pipeline.New(s.Clean, s.Tokenize, s.Parse, s.Times, s.Actors, s.Places, s.Quotes, s.Coder, s.Locate, s.Tone)
}

// New loads the stages and returns them as one pipeline, with the event
// coder for explanations.
func New(cfg Config) (*pipeline.Pipeline, *coder.Coder, error) {
	s, err := Load(cfg)
	if err != nil {
		return nil, nil, err
	}
	return s.Pipeline(), s.EventCoder, nil
}

// Recognition loads the knowledge base and the event coder of cfg.
func Recognition(cfg Config) (*kb.KB, *coder.Coder, error) {
	k := cfg.KB
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
	dict := cfg.Dictionary
	if dict == nil {
		if dict, err = coder.DefaultDictionary(); err != nil {
			return nil, nil, fmt.Errorf("patterns: %w", err)
		}
	}
	opts := cfg.Coder
	if cfg.Discards != nil {
		opts.Discards = cfg.Discards
	}
	cd, err := coder.New(dict, onto, opts)
	if err != nil {
		return nil, nil, err
	}
	return k, cd, nil
}
