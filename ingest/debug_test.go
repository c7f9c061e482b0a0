package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func TestDebugDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	r := &Reader{OnError: func(err error) { fmt.Println("ERR:", err) }}
	r.Read(context.Background(), []string{os.Getenv("DUMP")}, func(d *doc.Doc) error {
		d.Sentences = nil
		b, _ := json.MarshalIndent(struct {
			ID, URL, Source, Title, Byline, Lang, Published, Origin string
			Meta                                                    map[string]any
		}{d.ID, d.URL, d.Source, d.Title, d.Byline, d.Lang, d.Published.String(), d.Origin, d.Meta}, "", " ")
		fmt.Printf("%s\nTEXT<<%s>>\n\n", b, d.Text)
		return nil
	})
}

func TestDebugWARC(t *testing.T) {
	if os.Getenv("DUMPWARC") == "" {
		t.Skip()
	}
	dir := os.Getenv("DUMPWARC")
	os.WriteFile(dir+"/a.warc", buildWARC(t, fixtureRecords(t), false), 0o644)
	os.WriteFile(dir+"/a.warc.gz", buildWARC(t, fixtureRecords(t), true), 0o644)
}
