package coder_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// ploverExpect is an expected event of a PLOVER batch: its type, its mode
// (scored when modeSet; "" for none), the contexts it must have and those
// it may have.
type ploverExpect struct {
	typ       string
	mode      string
	modeSet   bool
	ctx, opt  []string
	line      int
	sentence  string
	sentIndex int
}

// readPLOVERBatch reads a batch of testdata/plover (format in batch1.txt).
func readPLOVERBatch(t *testing.T, path string) (sentences []string, want []ploverExpect) {
	t.Helper()
	scanBatchFile(t, path, func(n int, line string) {
		sentences = append(sentences, line)
	}, func(n int, line string) {
		if len(sentences) == 0 {
			t.Fatalf("%s:%d: event before any sentence", path, n)
		}
		fs := strings.Fields(line)
		e := ploverExpect{typ: fs[0], line: n, sentence: sentences[len(sentences)-1], sentIndex: len(sentences) - 1}
		for _, w := range fs[1:] {
			k, v, ok := strings.Cut(w, "=")
			switch {
			case ok && k == "mode":
				e.modeSet = true
				if v != "-" {
					e.mode = v
				}
			case ok && k == "ctx":
				e.ctx = strings.Split(v, ",")
			case ok && k == "opt":
				e.opt = strings.Split(v, ",")
			default:
				t.Fatalf("%s:%d: want TYPE [mode=M] [ctx=A,B] [opt=C,D], got %q", path, n, w)
			}
		}
		want = append(want, e)
	})
	return sentences, want
}

// ploverBatchScore counts a batch's agreement: expected events found (an
// event of the type), modes right over modes scored, contexts required
// and found, and contexts produced that are required or allowed.
type ploverBatchScore struct {
	events, found            int
	modes, modesRight        int
	ctxWant, ctxFound        int
	ctxProduced, ctxRightful int
}

// TestPLOVERBatches codes the invented batches of testdata/plover and
// scores the mode and contexts of the expected events. Each batch must
// keep its floors (the figures after the fixes, less a margin;
// docs/patterns.md, "Modes and contexts").
func TestPLOVERBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the parser model")
	}
	floors := map[string]struct{ found, mode, ctxR, ctxP float64 }{
		"batch1.txt": {0.88, 0.85, 0.80, 0.78},
		"batch2.txt": {0.75, 0.6, 0.73, 0.85},
	}
	p := newModalityPipeline(t)
	files, err := filepath.Glob("testdata/plover/batch*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no batches: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		sentences, want := readPLOVERBatch(t, path)
		coded := make([][]doc.Event, len(sentences))
		for i, s := range sentences {
			coded[i] = p.code(t, fmt.Sprintf("%s:%d", name, i), s)
		}
		var sc ploverBatchScore
		for _, e := range want {
			sc.events++
			var ev *doc.Event
			for j := range coded[e.sentIndex] {
				if c := &coded[e.sentIndex][j]; c.PLOVER.Type == e.typ {
					ev = c
					break
				}
			}
			if e.modeSet {
				sc.modes++
			}
			sc.ctxWant += len(e.ctx)
			if ev == nil {
				var got []string
				for _, c := range coded[e.sentIndex] {
					got = append(got, c.PLOVER.Type)
				}
				t.Logf("%s:%d: no %s event (got %v): %s", name, e.line, e.typ, got, e.sentence)
				continue
			}
			sc.found++
			if e.modeSet {
				if ev.PLOVER.Mode == e.mode {
					sc.modesRight++
				} else {
					t.Logf("%s:%d: %s mode %q, want %q: %s", name, e.line, e.typ, ev.PLOVER.Mode, e.mode, e.sentence)
				}
			}
			var missing, wrong []string
			for _, c := range e.ctx {
				if slices.Contains(ev.PLOVER.Context, c) {
					sc.ctxFound++
				} else {
					missing = append(missing, c)
				}
			}
			for _, c := range ev.PLOVER.Context {
				sc.ctxProduced++
				if slices.Contains(e.ctx, c) || slices.Contains(e.opt, c) {
					sc.ctxRightful++
				} else {
					wrong = append(wrong, c)
				}
			}
			if len(missing)+len(wrong) > 0 {
				t.Logf("%s:%d: %s contexts %v: missing %v, wrong %v: %s", name, e.line, e.typ, ev.PLOVER.Context, missing, wrong, e.sentence)
			}
		}
		found, mode := ratio(sc.found, sc.events), ratio(sc.modesRight, sc.modes)
		ctxR, ctxP := ratio(sc.ctxFound, sc.ctxWant), ratio(sc.ctxRightful, sc.ctxProduced)
		t.Logf("%s: events %d/%d, modes %d/%d, contexts R %.2f (%d/%d) P %.2f (%d/%d)", name, sc.found, sc.events,
			sc.modesRight, sc.modes, ctxR, sc.ctxFound, sc.ctxWant, ctxP, sc.ctxRightful, sc.ctxProduced)
		fl, ok := floors[name]
		if !ok {
			t.Errorf("%s: no floor set", name)
			continue
		}
		if found < fl.found || mode < fl.mode || ctxR < fl.ctxR || ctxP < fl.ctxP {
			t.Errorf("%s: events %.2f modes %.2f contexts R %.2f P %.2f below the floors %.2f %.2f %.2f %.2f",
				name, found, mode, ctxR, ctxP, fl.found, fl.mode, fl.ctxR, fl.ctxP)
		}
	}
}
