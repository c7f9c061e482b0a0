package demo

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDocs(t *testing.T) {
	docs, err := Docs()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 24 {
		t.Errorf("%d demo articles, want a few dozen", len(docs))
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		seen[d.ID] = true
		if d.Title == "" || !d.Published.Known() || d.Source == "" || len(d.Text) < 100 {
			t.Errorf("%s: incomplete article: %+v", d.ID, d)
		}
		if strings.ContainsAny(d.Text, "\"“”") {
			t.Errorf("%s: the demo articles quote nobody", d.ID)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for name, text := range map[string]string{
		"no separator":  "title: x\npublished: 2022-01-01\ntext",
		"bad key":       "title: x\nauthor: y\npublished: 2022-01-01\n---\ntext",
		"bad date":      "title: x\npublished: soon\n---\ntext",
		"missing title": "published: 2022-01-01\n---\ntext",
	} {
		fsys := fstest.MapFS{"a/x.txt": {Data: []byte(text)}}
		if _, err := Parse(fsys, "a"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
