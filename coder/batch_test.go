package coder_test

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/stages"
)

// batchSentence is a sentence of testdata/batches.txt and the events it
// should yield, each "CODE/PLOVER-TYPE SRC>TGT" (actor codes "+"-joined).
type batchSentence struct {
	line int
	text string
	want []string
}

// eventBatch is one invented batch: its publication date, the least number
// of expected events it must code exactly and the most events it may code
// that no expectation names.
type eventBatch struct {
	name, published string
	minExact        int
	maxFalse        int
	sentences       []*batchSentence
}

// readBatches reads testdata/batches.txt.
func readBatches(t *testing.T) []*eventBatch {
	t.Helper()
	var out []*eventBatch
	scanBatchFile(t, "testdata/batches.txt", func(n int, line string) {
		if !strings.HasPrefix(line, "@batch ") {
			if len(out) == 0 {
				t.Fatalf("batches.txt:%d: sentence before any @batch line", n)
			}
			out[len(out)-1].sentences = append(out[len(out)-1].sentences, &batchSentence{line: n, text: line})
			return
		}
		fs := strings.Fields(line)
		if len(fs) != 5 {
			t.Fatalf("batches.txt:%d: want @batch NAME DATE MIN-EXACT MAX-FALSE", n)
		}
		b := &eventBatch{name: fs[1], published: fs[2]}
		var err1, err2 error
		b.minExact, err1 = strconv.Atoi(fs[3])
		b.maxFalse, err2 = strconv.Atoi(fs[4])
		if err1 != nil || err2 != nil {
			t.Fatalf("batches.txt:%d: bad numbers in %q", n, line)
		}
		out = append(out, b)
	}, func(n int, line string) {
		if len(out) == 0 || len(out[len(out)-1].sentences) == 0 {
			t.Fatalf("batches.txt:%d: expectation before any sentence", n)
		}
		ss := out[len(out)-1].sentences
		ss[len(ss)-1].want = append(ss[len(ss)-1].want, strings.TrimSpace(line))
	})
	return out
}

func joinCodes(as []doc.ActorRef) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code)
	}
	return strings.Join(out, "+")
}

// TestEventBatches runs the whole pipeline (tokenizer, parser, times,
// actors, places, quotes, coder) on invented news batches, one sentence a
// document, and compares each sentence's events with the expected
// "CODE/TYPE SRC>TGT" lines: an expectation is met exactly by an event with the
// same CAMEO code, sources and targets; an event no expectation shares a
// PLOVER type with is false; events told as not done (negated or
// hypothetical) are left out. Each batch must keep at least its exact count
// and at most its false count (-v prints the scores and the misses).
func TestEventBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the parser model")
	}
	batches := readBatches(t)
	p, _, err := stages.New(stages.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, b := range batches {
		want, exact, typed, got, falses := 0, 0, 0, 0, 0
		for _, s := range b.sentences {
			d := &doc.Doc{ID: "batch", Text: s.text}
			d.Published, _ = doc.ParseTime(b.published)
			if err := p.Process(ctx, d); err != nil {
				t.Fatal(err)
			}
			// "CODE/TYPE SRC>TGT"; the type is the text up to the space
			// after the slash.
			typeOf := func(e string) string {
				code, _, _ := strings.Cut(e, " ")
				_, typ, _ := strings.Cut(code, "/")
				return typ
			}
			var evs, hypo []string
			for _, e := range d.Events {
				if e.Modality.Hypothetical || e.Modality.Negated {
					// Not told as done: neither met nor false.
					hypo = append(hypo, e.CAMEO.Code+"/"+e.PLOVER.Type+" "+joinCodes(e.Actors)+">"+joinCodes(e.Recipients))
					continue
				}
				evs = append(evs, e.CAMEO.Code+"/"+e.PLOVER.Type+" "+joinCodes(e.Actors)+">"+joinCodes(e.Recipients))
			}
			sort.Strings(evs)
			have, haveType := map[string]bool{}, map[string]bool{}
			for _, e := range evs {
				have[e] = true
				haveType[typeOf(e)] = true
			}
			wantSet, wantType := map[string]bool{}, map[string]bool{}
			var missed []string
			for _, w := range s.want {
				wantSet[w] = true
				wantType[typeOf(w)] = true
				want++
				switch {
				case have[w]:
					exact++
					typed++
				case haveType[typeOf(w)]:
					typed++
					missed = append(missed, w)
				default:
					missed = append(missed, w)
				}
			}
			var extra []string
			for _, e := range evs {
				got++
				if !wantSet[e] {
					extra = append(extra, e)
				}
				if !wantType[typeOf(e)] {
					falses++
				}
			}
			if len(missed) > 0 || len(extra) > 0 {
				t.Logf("%s batches.txt:%d %q\n\twant %s\n\tgot  %s\n\tnot done %s", b.name, s.line, s.text,
					strings.Join(s.want, "; "), strings.Join(evs, "; "), strings.Join(hypo, "; "))
			}
		}
		t.Logf("%s: %d sentences, %d expected events, %d exact, %d of the right type; %d coded, %d of a type not expected",
			b.name, len(b.sentences), want, exact, typed, got, falses)
		if exact < b.minExact {
			t.Errorf("%s: %d events exact, want at least %d", b.name, exact, b.minExact)
		}
		if falses > b.maxFalse {
			t.Errorf("%s: %d events of a type not expected, want at most %d", b.name, falses, b.maxFalse)
		}
	}
}
