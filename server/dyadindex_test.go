package server

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/store"
)

// TestDyadIndexFollowsWrites checks that the in-memory dyad rollup, updated
// from the events added since it was loaded, answers as a fresh load does,
// and that deleted events (a changed document) make it reload.
func TestDyadIndexFollowsWrites(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"), store.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sq := NewSQLStore(st)
	defer sq.Close()
	g := store.NewSynth(7)
	g.Days, g.DocsPerDay = 90, 4
	put := func(n int) {
		t.Helper()
		docs := make([]*doc.Doc, n)
		for i := range docs {
			docs[i] = g.Doc()
		}
		if _, err := st.PutDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	filters := []Filter{{}, {From: "2023-02-01", To: "2023-02-28"}, {Actor: "A"}, {QuadClass: 4}}
	same := func(step string) {
		t.Helper()
		fresh := NewSQLStore(st)
		defer fresh.Close()
		for _, f := range filters {
			got, err := sq.Network(ctx, f, 30)
			if err != nil {
				t.Fatal(err)
			}
			want, err := fresh.Network(ctx, f, 30)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got.Edges {
				// Goldstein sums may differ in the last bits.
				if i < len(want.Edges) && got.Edges[i].Goldstein-want.Edges[i].Goldstein < 1e-9 && want.Edges[i].Goldstein-got.Edges[i].Goldstein < 1e-9 {
					got.Edges[i].Goldstein = want.Edges[i].Goldstein
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, filter %+v: updated index\n%+v\nfresh load\n%+v", step, f, got, want)
			}
		}
	}
	put(150)
	same("first load")
	put(100)
	same("after new documents")
	if sq.dyads.reloads != 1 || sq.dyads.updates == 0 {
		t.Errorf("after new documents: %d reloads, %d updates; want 1 and some", sq.dyads.reloads, sq.dyads.updates)
	}
	// A changed document replaces its events: a deletion reloads.
	d := &doc.Doc{ID: "x", URL: "https://x.example/a", Source: "x.example", Text: "First version.", Published: doc.Time{Time: g.Start, DateOnly: true},
		Events: []doc.Event{{ID: "x-1", DocID: "x", Date: "2023-01-05", DatePrecision: "day",
			Actors:     []doc.ActorRef{{Code: "USAGOV", Country: "USA"}},
			Recipients: []doc.ActorRef{{Code: "CHN", Country: "CHN"}},
			CAMEO:      doc.CAMEO{Code: "036", Root: "03", QuadClass: 1, Goldstein: 4}}}}
	if _, err := st.PutDocuments(ctx, []*doc.Doc{d}); err != nil {
		t.Fatal(err)
	}
	same("after a new document")
	d2 := *d
	d2.ID, d2.Text = "", "Second version, changed."
	d2.Events = []doc.Event{d.Events[0]}
	d2.Events[0].CAMEO = doc.CAMEO{Code: "138", Root: "13", QuadClass: 3, Goldstein: -7}
	if _, err := st.PutDocuments(ctx, []*doc.Doc{&d2}); err != nil {
		t.Fatal(err)
	}
	same("after a changed document")
	if sq.dyads.reloads != 2 {
		t.Errorf("after a changed document: %d reloads, want 2", sq.dyads.reloads)
	}
}
