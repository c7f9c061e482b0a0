package places

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

var (
	recOnce sync.Once
	rec     *Recognizer
	recErr  error
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	recOnce.Do(func() { rec, recErr = New() })
	if recErr != nil {
		t.Fatal(recErr)
	}
	return rec
}

// annotate tokenizes text and runs the places layer.
func annotate(t testing.TB, text string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text}
	tokenize.New().Process(d)
	if err := recognizer(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func placesString(d *doc.Doc) string {
	var parts []string
	for _, p := range d.Places {
		parts = append(parts, fmt.Sprintf("%s=%s/%s/%s", p.Text, p.Name, p.Country, p.Kind))
	}
	return strings.Join(parts, " ")
}

func TestDebug(t *testing.T) {
	for _, s := range []string{
		"Crypto cases are on the rise in Texas and nationwide and health officials are unsure.",
		"The interview, which was recorded in Paris on March 24, was aired late.",
	} {
		t.Log(placesString(annotate(t, s)))
	}
}

func TestDebugLGL(t *testing.T) {
	path := "/work/shared/eval/geo-dev/lgl.xml"
	arts, err := geoevalRead(path)
	if err != nil {
		t.Skip(err)
	}
	for _, a := range arts {
		if strings.Contains(a.Text, "Crypto cases are on the rise") || strings.Contains(a.Text, "recorded in Paris on March 24") {
			d := annotate(t, a.Text)
			t.Log(placesString(d))
			t.Log(len(d.Sentences), a.Text[:200])
		}
	}
}
