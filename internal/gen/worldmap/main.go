// Command worldmap regenerates the dashboard's world map,
// server/web/static/vendor/world-atlas/countries-110m.json, from the
// world-atlas npm package (Natural Earth 1:110m country shapes as TopoJSON,
// ISC) with each country's ISO 3166 numeric id replaced by its alpha-3 code
// (the codes petrel's events carry), taken from the world-countries npm
// package (ODbL 1.0):
//
//	mkdir -p /tmp/wa /tmp/wc
//	(cd /tmp/wa && npm pack world-atlas@2.0.2 && tar xzf world-atlas-*.tgz)
//	(cd /tmp/wc && npm pack world-countries && tar xzf world-countries-*.tgz)
//	go run ./internal/gen/worldmap
//
// The packages themselves are not committed.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	atlas := flag.String("atlas", "/tmp/wa/package/countries-110m.json", "world-atlas countries-110m.json")
	countries := flag.String("countries", "/tmp/wc/package/countries.json", "world-countries countries.json")
	out := flag.String("out", "server/web/static/vendor/world-atlas/countries-110m.json", "output")
	flag.Parse()
	if err := run(*atlas, *countries, *out); err != nil {
		log.Fatal(err)
	}
}

func run(atlasPath, countriesPath, out string) error {
	var cs []struct {
		CCA3 string `json:"cca3"`
		CCN3 string `json:"ccn3"`
	}
	if err := readJSON(countriesPath, &cs); err != nil {
		return err
	}
	alpha3 := map[string]string{}
	for _, c := range cs {
		if c.CCN3 != "" {
			alpha3[c.CCN3] = c.CCA3
		}
	}
	var topo map[string]any
	if err := readJSON(atlasPath, &topo); err != nil {
		return err
	}
	objs, _ := topo["objects"].(map[string]any)
	countries, _ := objs["countries"].(map[string]any)
	geoms, _ := countries["geometries"].([]any)
	if len(geoms) == 0 {
		return fmt.Errorf("%s: no countries object", atlasPath)
	}
	missing := 0
	for _, g := range geoms {
		m := g.(map[string]any)
		id, _ := m["id"].(string)
		if a, ok := alpha3[id]; ok {
			m["id"] = a
		} else {
			delete(m, "id")
			missing++
		}
	}
	delete(objs, "land")
	b, err := json.Marshal(topo)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	log.Printf("%s: %d countries, %d without an ISO code", out, len(geoms), missing)
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
