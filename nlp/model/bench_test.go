package model

import (
	"testing"

	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/conllu"
)

func testForms(b *testing.B) [][]string {
	path := sharedtest.Path(b, "data", "ud-english-ewt", "en_ewt-ud-test.conllu")
	ss, err := conllu.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	out := make([][]string, len(ss))
	for i, s := range ss {
		for _, w := range s.Words {
			out[i] = append(out[i], w.Form)
		}
	}
	return out
}

// BenchmarkTagParse tags and parses the EWT test set (gold tokenization).
// Run it on one core: go test -run '^$' -bench . -cpu 1 ./nlp/model
func BenchmarkTagParse(b *testing.B) { benchTagParse(b, load(b)) }

// BenchmarkTagParseBeam is BenchmarkTagParse with the embedded
// beam-search parser (LoadBeam), for the speed ratio of the beam.
func BenchmarkTagParseBeam(b *testing.B) {
	e, err := LoadBeamParser()
	if err != nil {
		b.Fatal(err)
	}
	m, err := load(b).WithParser(e)
	if err != nil {
		b.Fatal(err)
	}
	benchTagParse(b, m)
}

// BenchmarkTagParseEnsemble is BenchmarkTagParse with the reparsing
// ensemble (the base parser and the embedded members), for the speed
// ratio of the ensemble.
func BenchmarkTagParseEnsemble(b *testing.B) {
	m := withEmbeddedMembers(b, load(b))
	benchTagParse(b, m)
}

// BenchmarkTagParseBeamEnsemble is BenchmarkTagParse with the embedded
// beam-search parser as the first voter of the reparsing ensemble
// (--beam --ensemble), for the speed ratio of that ensemble.
func BenchmarkTagParseBeamEnsemble(b *testing.B) {
	e, err := LoadBeamParser()
	if err != nil {
		b.Fatal(err)
	}
	m, err := withEmbeddedMembers(b, load(b)).WithParser(e)
	if err != nil {
		b.Fatal(err)
	}
	benchTagParse(b, m)
}

// benchTagParse tags and parses the EWT test set with m.
func benchTagParse(b *testing.B, m *Model) {
	sents := testForms(b)
	sc := new(scratch)
	b.ResetTimer()
	for b.Loop() {
		for _, forms := range sents {
			m.tagParse(sc, forms)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkAnnotate runs every stage: tags, parse, lemmas and features.
func BenchmarkAnnotate(b *testing.B) {
	sents := testForms(b)
	m := load(b)
	out := make([]Analysis, 512)
	b.ResetTimer()
	for b.Loop() {
		for _, forms := range sents {
			m.annotate(forms, out[:len(forms)], nil)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoad decodes the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
