package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/petrel-events/petrel/doc"
)

// progress shows a one-line status of a long run on standard error, only
// when standard error is a terminal. It is used from one goroutine.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	printed bool
	docs    int
	sents   int
	events  int
}

// newProgress returns a progress line on w, shown only on a terminal.
func newProgress(w io.Writer) *progress {
	return &progress{w: w, on: isTerminal(w), start: time.Now()}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// add counts a processed document and redraws the line at most twice a
// second.
func (p *progress) add(d *doc.Doc) {
	p.docs++
	p.sents += len(d.Sentences)
	p.events += len(d.Events)
	if !p.on || time.Since(p.last) < 500*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.printed = true
	p.draw()
}

// draw writes the progress line over the previous one.
func (p *progress) draw() {
	rate := float64(p.docs) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\033[K%d documents, %d sentences, %d events (%.0f documents/s)", p.docs, p.sents, p.events, rate)
}

// clear erases the progress line so that another message can be printed
// on its own line; the next add redraws it.
func (p *progress) clear() {
	if p.printed {
		fmt.Fprint(p.w, "\r\033[K")
		p.last = time.Time{}
	}
}

// done ends the progress line with the final counts.
func (p *progress) done() {
	if p.printed {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
