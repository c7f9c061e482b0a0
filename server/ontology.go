package server

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/ontology"
)

// vocabulary is the JSON of GET /api/v1/ontology: labels for the codes the
// UI shows.
type vocabulary struct {
	CAMEO     map[string]string `json:"cameo"`
	Types     []ploverType      `json:"plover_types"`
	Countries map[string]string `json:"countries"`
}

type ploverType struct {
	Name       string  `json:"name"`
	QuadClass  int     `json:"quad_class"`
	Score      float64 `json:"score"`
	Definition string  `json:"definition"`
}

func loadVocabulary() ([]byte, error) {
	o, err := ontology.Load()
	if err != nil {
		return nil, fmt.Errorf("ontology: %w", err)
	}
	v := vocabulary{CAMEO: map[string]string{}, Countries: map[string]string{}}
	for _, c := range o.CAMEOCodes() {
		if cc, ok := o.CAMEO(c); ok {
			v.CAMEO[c] = cc.Name
		}
	}
	for _, t := range o.PLOVERTypes() {
		if pt, ok := o.PLOVERType(t); ok {
			v.Types = append(v.Types, ploverType{pt.Name, pt.QuadClass, pt.Score, pt.Definition})
		}
	}
	for _, c := range actorcode.Blocks(actorcode.Country) {
		if n, ok := actorcode.CountryName(c); ok {
			v.Countries[c] = n
		}
	}
	return json.Marshal(v)
}

func (s *Server) handleOntology(w http.ResponseWriter, _ *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, err := w.Write(s.vocab)
	return err
}
