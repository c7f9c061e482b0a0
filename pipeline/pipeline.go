// Package pipeline runs documents through petrel's annotation stages.
//
// A Pipeline is an ordered list of Components (cleanup, tokenizer, tagger and
// parser, recognisers, event coder), each of which reads and adds layers of a
// doc.Doc. Run processes a stream of documents on several goroutines and
// delivers the results in input order.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/petrel-events/petrel/doc"
)

// Component is one stage of the pipeline. Process must be safe for
// concurrent use on different documents.
type Component interface {
	Name() string
	Process(ctx context.Context, d *doc.Doc) error
}

// Func adapts a function to a Component.
func Func(name string, fn func(ctx context.Context, d *doc.Doc) error) Component {
	return funcComponent{name: name, fn: fn}
}

type funcComponent struct {
	name string
	fn   func(ctx context.Context, d *doc.Doc) error
}

func (f funcComponent) Name() string                                  { return f.name }
func (f funcComponent) Process(ctx context.Context, d *doc.Doc) error { return f.fn(ctx, d) }

// Pipeline is an ordered list of components.
type Pipeline struct {
	components []Component
}

// New returns a pipeline running cs in order.
func New(cs ...Component) *Pipeline { return &Pipeline{components: cs} }

// Names returns the names of the components in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.components))
	for i, c := range p.components {
		names[i] = c.Name()
	}
	return names
}

// Process runs every component on d. A panic in a component is turned into
// an error naming the component and the document, so that one bad document
// never stops a run.
func (p *Pipeline) Process(ctx context.Context, d *doc.Doc) (err error) {
	for _, c := range p.components {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := safeProcess(ctx, c, d); err != nil {
			return err
		}
	}
	return nil
}

func safeProcess(ctx context.Context, c Component, d *doc.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error in %s: %v\n%s", docName(d), c.Name(), r, debug.Stack())
		}
	}()
	if err := c.Process(ctx, d); err != nil {
		return fmt.Errorf("%s: %s: %w", docName(d), c.Name(), err)
	}
	return nil
}

func docName(d *doc.Doc) string {
	if d.Origin != "" {
		return d.Origin
	}
	return d.ID
}

// Source produces documents in order by calling emit for each one; it
// returns when the input is exhausted, ctx is cancelled or emit fails.
type Source func(ctx context.Context, emit func(*doc.Doc) error) error

// Sink receives each processed document in input order, with the error the
// pipeline met on it, if any. A non-nil return stops the run.
type Sink func(d *doc.Doc, err error) error

// Run reads documents from src, processes them on workers goroutines
// (GOMAXPROCS when workers < 1) and hands them to sink in input order. At
// most a few documents per worker are in flight, so memory stays bounded on
// inputs of any length.
func (p *Pipeline) Run(ctx context.Context, workers int, src Source, sink Sink) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type result struct {
		d   *doc.Doc
		err error
	}
	type job struct {
		d   *doc.Doc
		out chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- result{j.d, p.Process(ctx, j.d)}
			}
		}()
	}

	srcErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		srcErr <- src(ctx, func(d *doc.Doc) error {
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{d, out}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var sinkErr error
	for out := range order {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			// The job may never have been dispatched; drain what is left.
			continue
		}
		if sinkErr != nil {
			continue
		}
		if err := sink(r.d, r.err); err != nil {
			sinkErr = err
			cancel()
		}
	}
	wg.Wait()
	if sinkErr != nil {
		return sinkErr
	}
	if err := parent.Err(); err != nil {
		return err
	}
	return <-srcErr
}
