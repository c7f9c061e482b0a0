package bus

import (
	"context"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

func TestEncodeDecode(t *testing.T) {
	pub, _ := doc.ParseTime("2025-06-01")
	d := &doc.Doc{ID: "a", URL: "https://x.example/1", Source: "x.example", Title: "T", Published: pub, Text: "Some text.",
		Meta: map[string]any{"k": "v"}, Events: []doc.Event{{ID: "e"}}}
	b, err := EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeDoc(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != d.ID || got.URL != d.URL || got.Source != d.Source || got.Title != d.Title || got.Text != d.Text ||
		got.Published.String() != d.Published.String() || got.Meta["k"] != "v" || len(got.Events) != 0 {
		t.Errorf("round trip: %+v", got)
	}
	if _, err := DecodeDoc([]byte("{")); err == nil {
		t.Error("bad JSON decoded")
	}
}

func TestDocHash(t *testing.T) {
	a := &doc.Doc{ID: "1", Source: "a.example", Text: "same"}
	b := &doc.Doc{ID: "1", Source: "b.example", Text: "same"}
	if DocHash(a) == DocHash(b) {
		t.Error("another outlet's copy has the same message id")
	}
	if DocHash(a) != DocHash(&doc.Doc{ID: "1", Source: "a.example", Text: "same"}) {
		t.Error("hash not stable")
	}
	// Field boundaries count: ("ab","c") differs from ("a","bc").
	if DocHash(&doc.Doc{ID: "ab", Text: "c"}) == DocHash(&doc.Doc{ID: "a", Text: "bc"}) {
		t.Error("field boundaries ignored")
	}
}

// TestEmbeddedQueue publishes to an embedded bus, drops duplicates,
// fetches, acks, and finds the queue empty; the file store survives a
// restart.
func TestEmbeddedQueue(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	b, err := OpenEmbedded(ctx, dir, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		for range 2 {
			if err := b.PublishDocument(ctx, &doc.Doc{ID: string(rune('a' + i)), Text: "text"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if p, _, err := b.Depth(ctx); err != nil || p != 3 {
		t.Fatalf("depth %d %v, want 3", p, err)
	}
	b.Close()
	b, err = OpenEmbedded(ctx, dir, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	dls, err := b.Fetch(ctx, 10, time.Second)
	if err != nil || len(dls) != 3 {
		t.Fatalf("fetched %d (%v) after a restart, want 3", len(dls), err)
	}
	for _, d := range dls {
		if d.Err != nil || d.Delivered != 1 {
			t.Errorf("delivery %+v", d)
		}
		if err := d.AckSync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if p, f, err := b.Depth(ctx); err != nil || p != 0 || f != 0 {
		t.Errorf("after acks: %d pending, %d in flight (%v)", p, f, err)
	}
}
