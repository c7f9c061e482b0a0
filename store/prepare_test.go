package store

import (
	"reflect"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// TestPrepareCoversEveryDocument checks that the parallel preparation gives
// each document, at its own position, what preparing it alone gives, for
// batch sizes around the workers' chunk.
func TestPrepareCoversEveryDocument(t *testing.T) {
	g := NewSynth(7)
	for _, n := range []int{0, 1, prepareChunk - 1, prepareChunk, prepareChunk + 1, 5*prepareChunk + 3} {
		docs := make([]*doc.Doc, n)
		for i := range docs {
			docs[i] = g.Doc()
		}
		got := prepare(docs)
		if len(got) != n {
			t.Fatalf("%d documents: %d prepared", n, len(got))
		}
		for i, d := range docs {
			want := prepareDoc(d, nil)
			if !reflect.DeepEqual(got[i], want) {
				t.Fatalf("%d documents: document %d prepared differently in parallel", n, i)
			}
			if len(want.ev) != len(d.Events) || want.hash != ContentHash(d.Text) {
				t.Fatalf("document %d: %d prepared events for %d, hash %s", i, len(want.ev), len(d.Events), want.hash)
			}
			for j := range d.Events {
				dk, mk := Keys(&d.Events[j])
				if pe := want.ev[j]; pe.dyad != dk || pe.merge != mk || pe.day != EventDay(&d.Events[j], d.Published) || pe.err != nil || len(pe.rec) == 0 {
					t.Fatalf("document %d event %d: prepared %+v", i, j, pe)
				}
			}
		}
	}
}
