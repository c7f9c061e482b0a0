package model

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"slices"
)

// WithParser returns a model sharing m's tagger, lemmatizer, features and
// ensemble members whose parser is e's: a parser trained on the same tag
// set, such as the beam-search parser (see LoadBeam). The tag sets must
// be identical (same names in the same order), as they are for parsers
// trained by Train with the same treebank, tagger epochs and seed.
func (m *Model) WithParser(e *Member) (*Model, error) {
	if e.reverse {
		return nil, errors.New("model: a right-to-left parser can only be an ensemble member")
	}
	if !slices.Equal(e.upos, m.upos) || !slices.Equal(e.xpos, m.xpos) {
		return nil, fmt.Errorf("model: the parser was trained on another tag set (%d tags, the model has %d)", len(e.upos), len(m.upos))
	}
	q := &Model{tagger: m.tagger, lemma: m.lemma, morph: m.morph, parser: e.parser, Info: m.Info + "; parser: " + e.Info,
		parserName: e.name}
	q.init()
	if len(m.ensemble) == 0 {
		return q, nil
	}
	return q.WithMembers(m.ensemble...)
}

// The embedded beam-search parser: the joint parser trained globally
// with a beam (petrel train --beam K --member), in the member file
// format. It parses with the embedded model's tags (see WithParser).
//
//go:embed en_ewt_beam.parser.zst
var beamParser []byte

// beamName is the file name of the embedded beam-search parser.
const beamName = "en_ewt_beam.parser.zst"

// LoadBeamParser decodes the embedded beam-search parser; use it with
// (*Model).WithParser, or LoadBeam.
func LoadBeamParser() (*Member, error) {
	e, err := ReadMember(bytes.NewReader(beamParser))
	if err != nil {
		return nil, fmt.Errorf("model: %s: %w", beamName, err)
	}
	e.name = beamName
	return e, nil
}

// BeamParser returns the embedded beam-search parser for m: the one among
// m's ensemble members if they include it (no second decoding), else
// LoadBeamParser's.
func (m *Model) BeamParser() (*Member, error) {
	for _, e := range m.ensemble {
		if e.name == beamName {
			return e, nil
		}
	}
	return LoadBeamParser()
}

// BeamParserSize returns the compressed size in bytes of the embedded
// beam-search parser.
func BeamParserSize() int { return len(beamParser) }

// LoadBeam decodes the embedded model with the embedded beam-search
// parser in place of its greedy parser: more accurate trees, slower
// (see docs/nlp.md).
func LoadBeam() (*Model, error) {
	m, err := Load()
	if err != nil {
		return nil, err
	}
	e, err := LoadBeamParser()
	if err != nil {
		return nil, err
	}
	return m.WithParser(e)
}
