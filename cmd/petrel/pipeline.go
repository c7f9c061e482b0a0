package main

import (
	"context"
	"fmt"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/clean"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/ontology"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/timex"
)

// pipelineConfig selects the resources and filters of the default
// pipeline.
type pipelineConfig struct {
	coder coder.Config
}

// newPipeline builds the default pipeline on the embedded models and
// dictionaries: clean → tokenize → times → actors → coder. It also returns
// the coder, for explanations.
func newPipeline(cfg pipelineConfig) (*pipeline.Pipeline, *coder.Coder, error) {
	tok := tokenize.New()
	times, err := timex.New()
	if err != nil {
		return nil, nil, fmt.Errorf("time expressions: %w", err)
	}
	k, err := kb.Load(kb.Data())
	if err != nil {
		return nil, nil, fmt.Errorf("knowledge base: %w", err)
	}
	onto, err := ontology.Load()
	if err != nil {
		return nil, nil, fmt.Errorf("ontology: %w", err)
	}
	dict, err := coder.DefaultDictionary()
	if err != nil {
		return nil, nil, fmt.Errorf("patterns: %w", err)
	}
	cd, err := coder.New(dict, onto, cfg.coder)
	if err != nil {
		return nil, nil, err
	}
	return pipeline.New(
		pipeline.Func("clean", func(_ context.Context, d *doc.Doc) error {
			d.Text = clean.Clean(d.Text)
			return nil
		}),
		pipeline.Func("tokenize", func(_ context.Context, d *doc.Doc) error {
			tok.Process(d)
			return nil
		}),
		times,
		actors.New(k),
		cd,
	), cd, nil
}
