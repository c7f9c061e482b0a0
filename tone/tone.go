// Package tone measures document tone the way GDELT does: the percentage
// of words with positive valence minus the percentage with negative
// valence. The valences come from the VADER lexicon
// (github.com/jonreiter/govader), a maintained general-purpose sentiment
// lexicon. See docs/tone.md for what tone can and cannot tell.
package tone

import (
	"context"

	"github.com/jonreiter/govader"

	"github.com/petrel-events/petrel/doc"
)

// Scorer is a pipeline component filling Doc.Tone. It is safe for
// concurrent use: the lexicon is only read.
type Scorer struct {
	lexicon map[string]float64
}

// New loads the VADER lexicon.
func New() *Scorer {
	return &Scorer{lexicon: govader.NewSentimentIntensityAnalyzer().Lexicon}
}

// Name implements pipeline.Component.
func (s *Scorer) Name() string { return "tone" }

// Process sets d.Tone from the word tokens of d.
func (s *Scorer) Process(_ context.Context, d *doc.Doc) error {
	d.Tone = s.Score(d.Tokens)
	return nil
}

// Score computes the tone of a token sequence: Positive and Negative are
// the percentages of words whose lexicon valence is above or below zero,
// Tone their difference, as in GDELT's Tone field.
func (s *Scorer) Score(toks []doc.Token) *doc.Tone {
	var t doc.Tone
	pos, neg := 0, 0
	for _, tok := range toks {
		if !isWord(tok.Text) {
			continue
		}
		t.Words++
		switch v := s.lexicon[tok.LowerText()]; {
		case v > 0:
			pos++
		case v < 0:
			neg++
		}
	}
	if t.Words > 0 {
		t.Positive = 100 * float64(pos) / float64(t.Words)
		t.Negative = 100 * float64(neg) / float64(t.Words)
		t.Tone = t.Positive - t.Negative
	}
	return &t
}

// isWord reports whether a token holds a letter.
func isWord(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}
