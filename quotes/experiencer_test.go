package quotes

import (
	"context"
	"io/fs"
	"testing"
	"testing/fstest"
)

// TestExperiencer checks the experiencer section on hand-parsed
// fixtures (testdata/experiencer.dep): the person affected is the source
// — the object of an active verb, the subject of a passive one — and the
// subject or agent the content. The verbs are made cues by adding them
// to the say section, as the shipped list leaves them to the classifier.
func TestExperiencer(t *testing.T) {
	cues, err := fs.ReadFile(Data(), cuesFile)
	if err != nil {
		t.Fatal(err)
	}
	cues = append(cues, []byte("\n[say]\nanger\nunsettle\nresonate\nrattle\n")...)
	r, err := NewFromFS(fstest.MapFS{cuesFile: {Data: cues}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range readParsedFile(t, "testdata/experiencer.dep") {
		t.Run(f.name, func(t *testing.T) {
			if err := r.Process(context.Background(), f.d); err != nil {
				t.Fatal(err)
			}
			checkQuotes(t, f, false)
		})
	}
}
