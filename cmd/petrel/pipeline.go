package main

import (
	"context"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/clean"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/pipeline"
)

// newPipeline builds the default pipeline on the embedded models and
// dictionaries.
func newPipeline() (*pipeline.Pipeline, error) {
	tok := tokenize.New()
	return pipeline.New(
		pipeline.Func("clean", func(_ context.Context, d *doc.Doc) error {
			d.Text = clean.Clean(d.Text)
			return nil
		}),
		pipeline.Func("tokenize", func(_ context.Context, d *doc.Doc) error {
			tok.Process(d)
			return nil
		}),
	), nil
}
